"""Who plays a part, and passages that name the part only as something written.

"Who ended up playing the daughter?" is explained word for word by "he rewrote the
screenplay, expanding the role of the ferryman's daughter": "role" is a word for playing
(`bot.concepts` "@role"), but the sentence tells of the part's writing, and names no one
who plays it. A passage answering the question says the playing, the casting or the
part's going to someone.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from bot.engine import successor
from bot.text import GLUE, normalize, stem

# A question's stems asking who performs a part ("who's cast as the Draumking" too).
PERFORMING = frozenset("play portray voice cast".split())
# The nouns for the part itself.
PARTS = frozenset("role part character".split())
# Stems of a passage that say someone performs it, is given it or takes it.
PERFORMED = frozenset(
    """play portray voice star cast appear join return reprise land take get win go sign
    choose select pick hire replace succeed inherit recast""".split()
)


def part_only_written(asked: Collection[str], passage: str) -> bool:
    """Whether a question asking who performs a part (its stems, `asked`) meets a
    `passage` that names the part and no one performing, being cast in or given it."""
    if PERFORMING.isdisjoint(asked):
        return False
    stems = {stem(w) for w in normalize(passage).split()}
    if PARTS.isdisjoint(stems):
        return False
    return PERFORMED.isdisjoint(stems)


def unperformed(asked: Collection[str], kind: str, passage: str) -> bool:
    """Whether a question asking who performs a part meets a passage naming no one doing
    so (`part_only_written`, `performance_unsaid`)."""
    return part_only_written(asked, passage) or performance_unsaid(asked, kind, passage)


# A performing word is a noun, not the performing, after these or before "of": "the voice
# cast of X", "one of the best-known voices of the folk revival".
_AS_A_NOUN = frozenset("the a an its his her their whose known".split())
_FIXTURES = frozenset("game match fixture".split())  # what a club plays, as stems
# A cast named as a whole: "the cast includes X as ...", "the film stars X".
_CAST_LISTED = frozenset("include feature headline lead ensemble".split())
# Words before an "as" that gives no part: "such as", "as well as", "known as".
_NOT_A_PART = frozenset("such well so as soon far long known".split())


def performance_unsaid(asked: Collection[str], kind: str, passage: str) -> bool:
    """Whether a question asking who performs a part ("who plays Nell Trask", "which
    actress was cast as Nell Trask"; its stems `asked`, its answer `kind`) meets a
    `passage` that says no one plays it, is cast as it or takes it: "Trask ... became one
    of the best-known voices of the folk revival" is about her, not about who plays her."""
    if kind != "name" or PERFORMING.isdisjoint(asked) or not _FIXTURES.isdisjoint(asked):
        return False  # (nor does a club playing its home matches there play a part)
    words = normalize(passage).split()
    if any(w == "as" and words[i - 1] not in _NOT_A_PART for i, w in enumerate(words[1:], 1)):
        return False  # "X as Nell", "X was cast as Nell" (not "albums such as ...")
    if not _CAST_LISTED.isdisjoint(map(stem, words)):
        return False
    return not any(
        stem(w) in PERFORMED
        and words[i + 1 : i + 2] != ["of"]
        and (i == 0 or words[i - 1].rsplit("-", 1)[-1] not in _AS_A_NOUN)
        for i, w in enumerate(words)
    )


# "who plays the ferryman": the part asked, after its verb and an article.
_PLAYED = frozenset("play plays playing played portray portrays voice voices".split())


def part_only_owned(asked: Sequence[str], passage: str) -> bool:
    """Whether the part a question asks who plays ("who plays the ferryman") stands in
    `passage` only as an owner: "X, who plays the ferryman's estranged sister"."""
    at = _part_at(asked)
    if at is None:
        return False
    uses = re.finditer(rf"\b{re.escape(asked[at])}(['\u2019]s)?\b", passage, re.I)
    found = [bool(m.group(1)) for m in uses]
    return bool(found) and all(found)


def _part_at(asked: Sequence[str]) -> int | None:
    """Where the part asked starts in "who plays the ferryman": after its verb and "the"."""
    return next(
        (i + 2 for i, w in enumerate(asked[:-2]) if w in _PLAYED and asked[i + 1] == "the"), None
    )


def part_of_another(asked: Sequence[str], passage: str) -> bool:
    """Whether the part a question asks who plays stands in `passage` only as an owner
    (`part_only_owned`), another part is the one said to be played (`played_by_another`),
    or it was played in a film before (`played_before`)."""
    return (
        part_only_owned(asked, passage)
        or played_by_another(asked, passage)
        or played_before(asked, passage)
    )


# "X, played by Y" ("voiced by"): the part, back to the clause's start, then who plays it.
_PLAYED_BY = re.compile(
    r"([^,;(]*)[,(]\s*(?:who is\s+|who was\s+)?(?:played|voiced|portrayed) by\b", re.I
)
PART_REACH = 3  # "who plays the harbour pilot": the part's words after "the"
# "as" opening a clause, not a part: "as he investigates the death".
_AS_CLAUSE = [[w] for w in "he she they it we".split()]


def played_by_another(asked: Sequence[str], passage: str) -> bool:
    """Whether a question asking who plays a part ("who plays the harbour pilot") meets a
    passage whose "played by" gives another part's player: "it follows Inspector Ray
    Moffat, played by Callum Strade, as he investigates the death of a harbour pilot"."""
    at = _part_at(asked)
    if at is None:
        return False
    part = {stem(w) for w in asked[at : at + PART_REACH] if w not in GLUE}
    played = [m.group(1) for m in _PLAYED_BY.finditer(passage)]
    words = normalize(_PLAYED_BY.sub(" ", passage)).split()
    if not played or any(
        (w == "as" and words[i + 1 : i + 2] not in _AS_CLAUSE) or w in _PLAYED
        for i, w in enumerate(words)
    ):
        return False  # another way it says who plays what: "Y as the pilot", "Y plays"
    return all(part.isdisjoint(stem(w) for w in normalize(p).split()) for p in played)


# A past part, said in a relative clause: "her co-star X, who played the wizard Halloran,
# is in talks for a cameo" tells who played him in the earlier films.
_PLAYED_PAST = re.compile(
    r"\b(?:who (?:had |once |originally )?(?:played|voiced|portrayed)"
    # ... or in the passive: "the villain was originally played by X"
    r"|(?:was|were) (?:originally|once|first|previously) (?:played|voiced|portrayed) by)\b",
    re.I,
)
_ANY_PLAYED = re.compile(
    r"\b(?:play|plays|playing|played|voice|voices|voicing|voiced|portray\w*)\b", re.I
)


# ... and one in another production, of a year: "who played Ada in a 1987 television
# serial of the novel", which tells no one playing her now either.
_PLAYED_IN_A_DATED_WORK = re.compile(
    _PLAYED_PAST.pattern + r"[^,;]*?\bin (?:a|an|the) (?:[\w'-]+ ){0,2}?(?:1[89]\d\d|20\d\d)\b",
    re.I,
)
# A part given to someone new: "the part goes to Y" (and what `successor` reads as a part
# changing hands: "the role has been recast with Y", "has stepped into the role").
_RECAST = re.compile(r"\b(?:goes to|passes to)\b", re.I)
_NEWLY_CAST = frozenset("cast chosen picked".split())
# What asks a part of the past: "who played her", "who did she play".
_PAST_ASKED = frozenset("played voiced portrayed did was were had".split())


def played_before(asked: Sequence[str], passage: str) -> bool:
    """Whether a question asking who will play a part meets a passage telling only who
    played it before, in a relative clause (`_PLAYED_PAST`); or one asking who plays it
    meets one telling only who played it in another production of a year."""
    at = next((i for i, w in enumerate(asked) if w in _PLAYED or w in _NEWLY_CAST), None)
    if at is None or not _PAST_ASKED.isdisjoint(asked):
        return False
    # ("who has been cast as the new Aethra" asks who will play her, as "who will play" does)
    newly = asked[at] in _NEWLY_CAST and "new" in asked[at:]
    # ("who plays him now" asks it of today, as "who will play" of what comes)
    ahead = "will" in asked[:at] or "now" in asked[at:]
    told = _PLAYED_PAST if ahead or newly else _PLAYED_IN_A_DATED_WORK
    past = len(told.findall(passage))
    # ("X, who played the king, will not return; the role has been recast with Y": Y's)
    recast = told is _PLAYED_PAST and (
        _RECAST.search(passage) is not None
        or successor.states_succession(normalize(passage).split())
    )
    return past > 0 and past == len(_ANY_PLAYED.findall(passage)) and not recast


# Who plays, before the verb: "Maren Oduya, who plays the pilot Lysa Thorne".
_PLAYER = re.compile(
    r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)*) ?,? (?:who )?(?:now |also |will |again )*"
    r"(?:plays|played|voices|voiced"
    r"|portrays|portrayed|is playing|play|voice)\b"
)


def anothers_part(asked: Sequence[str], names: Collection[str], passage: str) -> bool:
    """Whether a question asking which part someone plays ("which character has Harlowe
    been playing", its normalized `asked`; `names`: its names' words) meets a passage
    whose every player named before a playing verb is someone else: "with Harlowe gone,
    Maren Oduya, who plays the pilot Lysa Thorne, moves up"."""
    if PARTS.isdisjoint(asked) or not any(w in _PLAYED for w in asked) or not names:
        return False
    players = [normalize(m[1]).split() for m in _PLAYER.finditer(passage)]
    # ("Tomas Hedley co-starred as her partner, while X played ...": his part, said so)
    performs = _part_told(names, normalize(passage).split())
    return bool(players) and not performs and all(set(names).isdisjoint(p) for p in players)


def part_untold(asked: Sequence[str], names: Collection[str], passage: str) -> bool:
    """Whether a question asking which part someone plays ("what role does Tobin Arkwell
    play") meets a passage telling no part of theirs: "newcomer Tobin Arkwell, 19, in his
    first feature role" (nor "X as", "X plays", "played by X")."""
    if PARTS.isdisjoint(asked) or not any(w in _PLAYED for w in asked) or not names:
        return False
    words = normalize(passage).split()
    named = [i for i, w in enumerate(words) if w in names]
    played_by = any(
        words[i - 1 : i] == ["by"] and words[i - 2 : i - 1] and stem(words[i - 2]) in PERFORMING
        for i in named
    )
    return bool(named) and not played_by and not _part_told(names, words, UNTOLD_REACH)


# A part told as what it is, not by name: "Yuki Sarn as a Japanese intelligence officer"
# (but "as a shipping magnate named Viktor Saal" names it).
_AS_WHAT_IT_IS = re.compile(r"^[^.;]{0,40}?\bas an? (?![^.;,]*\b(?:named|called)\b)")
_AS_NAMED = re.compile(r"^[^.;]{0,40}?\bas (?:the )?[A-Z]")
# What asks a part's name: "what is the name of X's character", "what's her role called".
_NAME_ASKED = frozenset("name named called".split())


def part_unnamed(asked: Sequence[str], names: Collection[str], passage: str) -> bool:
    """Whether a question asking the name of someone's part meets a passage telling the
    part only as what it is: "Yuki Sarn as a Japanese intelligence officer"."""
    if PARTS.isdisjoint(asked) or _NAME_ASKED.isdisjoint(asked) or not names:
        return False
    last = [w for w in asked if w in names][-1:]
    after = [passage[m.end() :] for w in last for m in re.finditer(rf"\b{w}\b", passage, re.I)]
    return bool(after) and all(
        _AS_WHAT_IT_IS.match(a) is not None and _AS_NAMED.match(a) is None for a in after
    )


# How far after a name a part may yet be told: "X is set to reprise her role as Dr Y".
UNTOLD_REACH = 8


def _part_told(names: Collection[str], words: list[str], reach: int = PART_REACH + 1) -> bool:
    """Whether one of `names` stands within `reach` words before "as" or a playing verb."""
    return any(
        w in names and not {"as", *_PLAYED}.isdisjoint(words[i + 1 : i + 1 + reach])
        for i, w in enumerate(words)
    )


# A part named after "as", then a relative clause telling of that character: "returns as
# Elias Marr, the disgraced courier who in the first film uncovered a ledger linking a
# shipping magnate to ...": what the clause names is no part anyone is said to play.
_DESCRIBED_PART = re.compile(
    r"\bas [A-Z][\w'-]*(?:\s[A-Z][\w'-]*)*\s?,?\s"
    r"(?:(?:the|a|an) [^,;]*?\s)?(?:who|whom|which|whose)\b"
)


def part_in_anothers_description(asked: Sequence[str], passage: str) -> bool:
    """Whether the part a question asks who plays stands in `passage` only inside the
    relative clause describing another part named after "as"."""
    at = _part_at(asked)
    described = _DESCRIBED_PART.search(passage)
    if at is None or described is None:
        return False
    part = {stem(w) for w in asked[at : at + PART_REACH] if w not in GLUE}
    before = {stem(w) for w in normalize(passage[: described.end()]).split()}
    after = {stem(w) for w in normalize(passage[described.end() :]).split()}
    # (a cast going on after the clause may give the part: ", with Y as the Tidewife")
    cast_on = _CAST_AS.search(passage, described.end()) is not None
    return not cast_on and part.isdisjoint(before) and part <= after


_CAST_AS = re.compile(r"\bas (?:the |[A-Z])")


# A performer named beside what they are: "Lysandra Quennick, the actress cast in the
# leading role", "the actor Brede Holm": a player, not the part played.
_PERFORMER_NOUNS = r"(?:actor|actress|star|performer|singer|comedian)"
_NAME = r"[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*"  # words apart by spaces: read one way
_PERFORMER_NAMED = re.compile(
    rf"({_NAME}), (?:the|a|an) (?:[\w-]+ )?{_PERFORMER_NOUNS}\b|\b{_PERFORMER_NOUNS} ({_NAME})"
)


def performers_named(passage: str) -> frozenset[str]:
    """The normalized words of the names `passage` calls a performer's."""
    return frozenset(
        w for m in _PERFORMER_NAMED.finditer(passage) for w in normalize(m[1] or m[2]).split()
    )
