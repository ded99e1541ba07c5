"""Whether a passage explains a question's key term: says it, or a word that means it.

A sentence answering a question seldom repeats its every word. "Who was the leader?" is
answered by "Oursel led ...", "what does the name mean?" by "the name means ...", "in the
United Kingdom" by "in the UK". Each way a passage may say a term is one entry of
`WAYS`, tried in order; a term none of them finds is one the passage leaves unexplained,
and the premise check declines it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from bot.concepts import Concepts
from bot.engine import (
    derivations,
    families,
    makers,
    otherwords,
    phrases,
    phrasewords,
    plans,
    releasewords,
    verbnouns,
)
from bot.engine.awarders import prize_gone
from bot.engine.families import FAMILY_PREFIX, related
from bot.text import DETERMINERS, is_number

# A verb this long or longer may stand with the -s of its third person: "means".
MIN_VERB_FORM_BASE = 4
# Endings of agent nouns ("leader", "ruler", "governor"), and the shortest verb one may
# come from, so "owner" finds "own" but "her" finds no "h".
AGENT_ENDINGS = ("er", "r", "or")
MIN_AGENT_BASE = 3


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage's words as the ways of explaining read them."""

    stems: tuple[str, ...]
    have: frozenset[str]  # its words and their stems (and what else is said of it)
    # the concept groups its stems belong to, with how many of its words say each: one
    # word explains one term by its concept
    saying: Mapping[str, int]
    families: frozenset[str]  # the leading letters of its longer stems

    @classmethod
    def read(cls, stems: list[str], have: set[str], known: Concepts, words: list[str]) -> Passage:
        """`stems` and their `words` (normalized), then `have`: its words, their stems
        and what else is said of it, with `MONEY` when it states an amount."""
        # "took $200 million" is takings: a light verb beside money keeps its concept
        acts = concept_stems(words, stems, light=not MONEY.isdisjoint(have))
        implied = phrases.implied_concepts(stems)
        saying = Counter(c for s in dict.fromkeys(acts) if s for c in known.of([s]))
        saying.update(c for c in implied if c not in saying)
        return cls(
            stems=tuple(stems),
            have=frozenset(have) - _in_motion_only(words, stems),
            saying=saying,
            families=frozenset(s[:FAMILY_PREFIX] for s in stems if len(s) >= FAMILY_PREFIX),
        )


# Symbols of an amount of money, and the words a question may use for one: a passage
# stating an amount ("grossing $212 million") explains them.
CURRENCIES = frozenset("$£€¥")
MONEY = frozenset("money dollar cash fund".split())
# Verbs too light to stand for a concept in a passage: "the sea takes back" earns nothing
# (but "how much did it take" asks what it earned); "spent much of last year" buys nothing.
LIGHT_IN_PASSAGE = frozenset({"take", "make", "spend"})
# Words that ask for a concept in a question and state none in a passage: "when can I
# watch it" asks when it comes out; "was watched for 77 million hours" releases nothing.
ONLY_ASKED = frozenset({"watch", "see"})

# Stems that name an act only in a verb's -ed or -ing form: "slated for June" says when
# it comes out, "a prestige slate" (a studio's list of films) does not.
ACT_ONLY_AS_PARTICIPLE = frozenset({"slate"})
# ... and says no release of something else ("photography, originally slated for July").
SCHEDULED_OTHER = frozenset("photography filming shooting shoot production trailer".split())
SCHEDULED_REACH = 4
# Stems that name an act only after one of these words: "comes out in June" and "is out
# now" release a film, "build out a slate" and "sold out" do not.
ACT_ONLY_AFTER: dict[str, frozenset[str]] = {
    "out": frozenset("come comes came coming is are was were be been being now".split()),
}
# ... and only before one of these: "hits theaters in May" releases a film, "the
# studio's 2024 fantasy hit" does not.
ACT_ONLY_BEFORE: dict[str, frozenset[str]] = {
    "hit": frozenset("theaters theatres cinemas screens streaming shelves digital".split()),
    # "behind the camera" directs; "the writing team behind "Embers"" wrote it
    "behind": frozenset({"the"}),
}
# ... and never after one of these, which make it a noun: "a fresh marketing push" is
# no release pushed back.
NO_ACT_AFTER: dict[str, frozenset[str]] = {
    "push": frozenset(
        "a the marketing promotional publicity awards campaign fresh big major final".split()
    ),
    # "Quarrell's next feature, a coastal mystery" is a film, casting no one
    "feature": frozenset(
        "a her his their its next new latest first debut second s previous".split()
    ),
    # "where the production has booked five soundstages": its team, not its shoot starting
    "production": frozenset({"the"}),
    # "a 58 percent approval score", "audience scores": a rating, no film's music
    "score": frozenset("approval audience review critics test exit aggregate average".split()),
    # "his feature directorial debut, "The Quiet Orchard"": a first work, released or not
    "debut": releasewords.FIRST_WORKS,
    # "because of steel price rises": a price of something else, no cost of the thing asked
    "price": frozenset("steel oil fuel coal gas food ticket share stock land house".split()),
    # "a qualifying run that earned $612,000", "its theatrical run": a showing, managing nothing
    "run": frozenset("a the its their qualifying theatrical limited initial original long".split()),
    # "to open a gallery of her own": no one owns or runs the thing asked
    "own": frozenset("his her its their our my your s one".split()),
    # "the animation studio behind the 2019 hit": it made it, directing nothing
    "behind": frozenset("studio studios company firm house distributor streamer".split()),
    "student": frozenset({"her", "his"}),  # "her students included X": she taught, X attended
}
# Verbs that a word after them makes one of motion: "running down a hallway".
MOTION_VERBS = frozenset({"run"})
MOTIONS = frozenset("down across along through away into toward around".split())
# ... and never before one of these: "directing music videos" composes no music.
NO_ACT_BEFORE: dict[str, frozenset[str]] = {
    "music": frozenset({"video", "videos"}),
    # "taking control of the franchise" takes no money in (as "took $742 million" does)
    "take": frozenset("control charge part place office note notice shape care".split()),
    # "was made for about $14 million" is what it cost (`phrases.implied_concepts`), no takings
    "make": frozenset({"for"}),
    # "Cruise running down a smoky hallway" runs nothing (as "runs the museum" does)
    **dict.fromkeys(MOTION_VERBS, MOTIONS),
    # "six feature films" features no one in a cast
    "feature": frozenset("film films length debut documentary documentaries".split()),
    # "the former theatre manager", "a cinema chain" release no film (as "in theaters" does)
    **dict.fromkeys(
        ("theater", "theatre", "cinema"),
        frozenset(
            """manager managers owner owners chain chains operator operators company group
            building buildings district critic staff circuit association organ""".split()
        ),
    ),
}


# Verbs that are adjectives after these words, and then say no act: "March is wide open"
# and "the date remains open" release nothing.
VERB_OR_ADJECTIVE = frozenset({"open"})
_ADJECTIVE_AFTER = frozenset("is are was were be been wide remain remains stay stays left".split())


def concept_stems(words: list[str], stems: list[str], light: bool) -> list[str]:
    """`stems` (of `words`, aligned) with those that carry no concept blanked out: a light
    verb (unless `light`), one of `ONLY_ASKED`, of `VERB_OR_ADJECTIVE` as an adjective, a
    word naming an act only in some contexts used outside them (`_no_act_here`); a noun use of
    `verbnouns.VERB_OR_NOUN` is its `verbnouns.NOUN_SENSE` ("the films grossed": movies)."""
    return [
        verbnouns.NOUN_SENSE.get(s, "")
        if verbnouns.noun_use(s, words, i)
        else ""
        if (s in LIGHT_IN_PASSAGE and not light)
        or s in ONLY_ASKED
        or _no_act_here(s, words, i)
        or (s in VERB_OR_ADJECTIVE and i > 0 and words[i - 1] in _ADJECTIVE_AFTER)
        # "the film's release has been pushed": a release moved, not the shoot's start
        else RESCHEDULED
        if s in RELEASE_MOVES and "release" in words[max(0, i - MOVED_REACH) : i]
        else s
        for i, s in enumerate(stems)
    ]


def _in_motion_only(words: list[str], stems: list[str]) -> frozenset[str]:
    """The `MOTION_VERBS` every use of which is a motion ("running down a hallway")."""
    return frozenset(
        verb
        for verb in MOTION_VERBS
        if verb in stems
        and all(
            words[k + 1 : k + 2] and words[k + 1] in MOTIONS
            for k, s in enumerate(stems)
            if s == verb
        )
    )


def _no_act_here(s: str, words: list[str], i: int) -> bool:
    """Whether the stem `s` of `words[i]` is out of the context that makes it an act:
    one of `ACT_ONLY_AS_PARTICIPLE` in another form, of `ACT_ONLY_AFTER` after other
    words, of `ACT_ONLY_BEFORE` before other words, of `NO_ACT_BEFORE` before its own,
    of `NO_ACT_AFTER` after its own or a number ("he directed 11 features")."""
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    return (
        (
            s in ACT_ONLY_AS_PARTICIPLE
            and (
                not words[i].endswith(("ed", "ing"))
                or not SCHEDULED_OTHER.isdisjoint(words[max(0, i - SCHEDULED_REACH) : i])
            )
        )
        or (s in ACT_ONLY_AFTER and before not in ACT_ONLY_AFTER[s])
        or (s in ACT_ONLY_BEFORE and after not in ACT_ONLY_BEFORE[s])
        or (s in NO_ACT_BEFORE and after in NO_ACT_BEFORE[s])
        or (s in NO_ACT_AFTER and (before in NO_ACT_AFTER[s] or is_number(before)))
        # "Production, originally set for March, has been pushed to May 12": the shoot moved
        or (s in RELEASE_MOVES and words[:1] != [] and words[0] in SCHEDULED_OTHER)
        or before == "re"  # "a team re-formed in 1949" was not founded then, but again
        or (s == "behind" and words[i + 1 : i + 3] == ["the", "scenes"])  # directs nothing
    )


# The release words that move a date, which a sentence opening on the shoot says of it.
RELEASE_MOVES = frozenset("push postpone reschedule".split())
RESCHEDULED = "reschedule"  # a release's move, whose concepts are a release's and a delay's
MOVED_REACH = 4  # "the film's release has been pushed"


def _said(term: str, passage: Passage, known: Concepts) -> bool:
    return term in passage.have


def _synonym(term: str, passage: Passage, known: Concepts) -> bool:
    return term not in NARROW_TERMS and not known.of([term]).isdisjoint(passage.saying)


# Words a question asks as a narrower kind than the rest of their concept: "has she
# published a novel" is not answered by "two volumes of translation" (though "how many
# copies have the books sold" is by "the novels have sold").
NARROW_TERMS = frozenset({"novel"})


def _family(term: str, passage: Passage, known: Concepts) -> bool:
    """ "promotional" ~ "promote", "rival" ~ "rivalry" (see `families`)."""
    if len(term) > FAMILY_PREFIX:
        return term[:FAMILY_PREFIX] in passage.families and any(
            related(term, s) for s in passage.stems
        )
    return families.opens_another(term, passage.stems)


def _derived(term: str, passage: Passage, known: Concepts) -> bool:
    """ "invade" ~ "invasion", "submit" ~ "submission" (see `derivations`)."""
    return not derivations.derived(term).isdisjoint(passage.stems)


def _verb_form(term: str, passage: Passage, known: Concepts) -> bool:
    # "the name means": the lemmatizer reads "means" as the noun of "by all means"
    if len(term) >= MIN_VERB_FORM_BASE and term + "s" in passage.have:
        return True
    # "learn to cast bronze": "learning bronze casting", a gerund the lemmatizer keeps as a
    # noun (not "the building", which is a thing: no determiner before it)
    gerunds = {term + "ing", term[:-1] + "ing" if term.endswith("e") else term + term[-1:] + "ing"}
    return any(
        s in gerunds and not (k and passage.stems[k - 1] in DETERMINERS)
        for k, s in enumerate(passage.stems)
    )


def _doer(term: str, passage: Passage, known: Concepts) -> bool:
    """ "leader" ~ "led", "founder" ~ "founded", "governor" ~ "governed", both ways."""
    return not agent_bases(term).isdisjoint(passage.have) or any(
        term in agent_bases(s) for s in passage.stems
    )


def agent_bases(word: str) -> frozenset[str]:
    """The verbs an agent noun may come from: "leader" -> lead, "ruler" -> rule."""
    return frozenset(
        word[: -len(ending)]
        for ending in AGENT_ENDINGS
        if word.endswith(ending) and len(word) - len(ending) >= MIN_AGENT_BASE
    )


def _authored(term: str, passage: Passage, known: Concepts) -> bool:
    """ "Who wrote the screenplay?" is answered by "The screenplay is by Mirela Dobos" or
    "a script by Jess Moreno": a work said to be by someone was made by them, whatever
    the making is called."""
    return term in makers.AUTHORING and makers.by_someone(passage.stems, term in makers.WRITING)


Way = Callable[[str, Passage, Concepts], bool]


# The ways a passage may say a question's term, cheapest first.
def _first(term: str, passage: Passage, known: Concepts) -> bool:
    """ "did the original director come back" (fans' "og"): "X, who directed the first
    film," (not a concept: ranking would take any "first" for the original release date)."""
    return term == ORIGINAL and not FIRSTS.isdisjoint(passage.stems)


ORIGINAL, FIRST = "original", "1st"
# ... nor "remake of the 1958 war drama" (what a remake remakes is the original)
FIRSTS = frozenset({FIRST, "originally", "initially", "initial", "earlier", "remake"})


def _moved(term: str, passage: Passage, known: Concepts) -> bool:
    """ "What's the new release date": "has moved X from June 12 to March 19" (a date moved
    to is the new one, and the film's release what was moved)."""
    return term in MOVED_TERMS and plans.moves_a_date(passage.stems)


MOVED_TERMS = frozenset({"new", "release"})


def _built_over_years(term: str, passage: Passage, known: Concepts) -> bool:
    """ "When was the dam finished": "a dam was built between 1958 and 1963" (a building
    told over years ends in the last of them)."""
    built = bool(known.sharing(["build"], passage.stems))  # "built", "constructed"
    spanned = _YEARS_SPANNED.search(" ".join(passage.stems)) is not None
    return term in FINISHING and built and spanned


FINISHING = frozenset({"finish", "complete"})
_YEARS_SPANNED = re.compile(r"\b(?:between|from) \d{4} (?:and|to) \d{4}\b")


def _phrased(term: str, passage: Passage, known: Concepts) -> bool:
    """ "Who founded the trust" is answered by "The trust was set up in 1998 by", "which
    film won the top prize" by '"Yarrow Field" took the top prize': two words, or a verb
    and its object, that say the term or another word for it (`phrasewords.phrase_word`;
    "why did she bail" against "she stepped away")."""
    meant = ({term} | known.mates(term)) & phrasewords.MEANT  # "leave": "step down" (resign)
    return bool(meant) and not meant.isdisjoint(phrasewords.phrase_words_in(passage.stems))


WAYS: tuple[Way, ...] = (
    _said,
    _synonym,
    _family,
    _derived,
    _verb_form,
    _doer,
    _authored,
    prize_gone,  # "the grand jury prize went to X"
    _first,
    _moved,
    _phrased,
    _built_over_years,
    otherwords.measured,
    otherwords.studio,
    otherwords.employed,
    otherwords.opened_with,
    otherwords.yearly,
    otherwords.high_quantity,
    otherwords.bounded_above,  # "the largest": "up to 4 millimetres"
    otherwords.medieval,  # "the medieval church": "a 12th-century church"
)


# Concepts whose words are other words for one act, thing or quality ("win" ~ "earn",
# "award" ~ "medal"): a passage word of one stands for one question term, not two. The
# others are frames, whose one word implies the rest: "pupils" are students who attend,
# "married" says who the husband is, "premiere" is a release and its date.
ONE_TERM_EACH = frozenset(
    """@receive @honour @big @link @carry @operate @refer @compare @leave @worldwide @school
    @class @child @villain @bestow @mine""".split()
)


def unexplained(terms: tuple[str, ...], passage: Passage, known: Concepts) -> str | None:
    """The first of `terms` the passage says in none of the `WAYS`, else None.

    A passage word stands for one term by its concept, not for two: "did Coldwater win
    any awards" is not explained by "Coldwater earned $289 million", though "earn",
    "win" and "award" all say @receive (a later way may still say it: "went to X")."""
    spent: Counter[str] = Counter()
    for term in terms:
        for way in (way for way in WAYS if way(term, passage, known)):
            meant = sorted(known.of([term])) if way is _synonym else []
            if shared := [c for c in meant if spent[c] < passage.saying.get(c, 0)]:
                spent.update(shared[:1])
            if way is not _synonym or shared or not ONE_TERM_EACH.issuperset(meant):
                break
        else:
            return term
    return None
