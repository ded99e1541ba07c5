"""Whether a passage speaks of a thing a question asks the name of only by its kind:
"sold to a merchant company" names no company, "a new English opera at the theatre" no
theatre (see `namekinds`), "left to join a shipping firm abroad" no firm and "killing two
workers" no worker (`asked_noun` reads which noun a "which", "the names of" or "who is
the" question asks for; `answered` declines a passage naming none)."""

from __future__ import annotations

import re
from itertools import dropwhile, takewhile

from bot.engine.passive import is_participle
from bot.text import DETERMINERS, GLUE, stem

# A thing spoken of as one of its kind ("sold his rights to a Scottish merchant company",
# "a television series she is shooting") is not named there, unless a name follows it: "a
# company, Harlow Ltd", "a series called Ferrow", 'a novel, "Ash Hours"'.
_MODIFIERS = r"\s+(?:[\w'-]+\s+){0,3}?$"  # up to three words before the noun
# (or a few of them: "killing two workers")
_COUNTS = r"two|three|four|five|six|seven|eight|nine|ten|[2-9]|10"
# (or one's: "in memory of her husband", and "Heinrich's only son died in 1889", but a
# name's only opening a clause: "X serves as the university's recreation facility")
_PRONOUNS = r"his|her|their"
_OWNED = rf"[A-Z][\w-]*['\u2019]s|{_PRONOUNS}"
# (a pronoun's noun phrase holds no determiner: not "her leadership the company")
_OWN_MODIFIERS = r"\s+(?:(?!(?:the|a|an|its|his|her|their)\b)[\w'-]+\s+){0,2}?$"
_INDEFINITE = re.compile(
    rf"\b(?:a|an|another|{_COUNTS})"
    + _MODIFIERS
    + rf"|\b(?:{_PRONOUNS})"
    + _OWN_MODIFIERS
    + r"|(?:^|[,;] |\band |\bbut )[A-Z][\w-]*['\u2019]s"
    + _MODIFIERS,
    re.I,
)
_DETERMINED = re.compile(rf"\b(?:a|an|another|the|{_COUNTS}|{_OWNED})" + _MODIFIERS, re.I)
# ... or before it: "Orla Brenn, a director best known for ...", "The Salt Road (1862), a
# three-volume novel", "Kylerhea Lines was a shipping firm", "his son Duncan as a hostage".
_NAMED_BEFORE = re.compile(r"[A-Z][\w'-]*[\"”)]?(?:\s*\([^()]*\))?\s*,\s*$")
_SAID_TO_BE = re.compile(
    r"[A-Z][\w'-]*\s+(?:is|was|are|were|became|remains|remained|as)\s+(?:a|an|another)" + _MODIFIERS
)
_NAMED_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:the\s+)?[A-Z0-9\"“‘'(:]"  # "a river, the Selva"
    # ... after a phrase of its own: "a new award for best stunt work, the Lintwhistle
    # Prize", "nine committees, of which the Finance Committee", "companies led by X"
    r"|(?:\s+[\w-]+){1,4},\s+(?:the\s+)?[A-Z]"  # (or "a priest from Vik, Jens Thaulow")
    r"|,\s+(?:of which|including|such as|notably)\s+(?:the\s+)?[A-Z]"
    r"|[^.;]{0,40}?\bof (?:which|whom|them|these),\s+(?:the\s+)?[A-Z]"  # "the largest of which, X"
    r"|\s+(?:led|owned|run|headed) by\s+(?:the\s+)?[A-Z]"
)
# ... or gives it one further on: "a freshwater spring inside the ward, known as the Lady's Well"
_CALLED = re.compile(r"\b(?:called|named|titled|dubbed|known (?:\w+ )?as)\b")


def phrase_head(sequence: tuple[str, ...], head: str) -> bool:
    """Whether `head` ends its noun phrase in the question: "which theatre was", not
    "what school model"."""
    return any(
        stem(w) == stem(head) and (k + 1 == len(sequence) or sequence[k + 1] in GLUE)
        for k, w in enumerate(sequence)
    )


def only_unnamed(head: str, passage: str) -> bool:
    """Whether `passage` says the asked `head` noun first after "a", "an", a count or a
    possessive ("her husband", "Heinrich's only son" opening a clause), and nowhere with a
    name beside it: "sold to a merchant company ... until the merchant company went
    bankrupt" names no company."""
    # (with what a hyphen joins before it: "discovered by a metal-detectorist")
    said = list(re.finditer(rf"\b(?:\w+-)?{re.escape(head)}s?\b", passage, re.I))
    # (not a noun before its doer's: "a line of lighthouse keepers" speaks of no lighthouse)
    said = [m for m in said if not _BEFORE_A_DOER.match(passage, m.end())]
    return (
        bool(said)
        and _INDEFINITE.search(passage[: said[0].start()]) is not None
        and not any(_named_beside(passage, m) for m in said)
    )


_BEFORE_A_DOER = re.compile(r"\s+[a-z]+(?:er|or|ist)s?\b")


def _named_beside(passage: str, said: re.Match[str]) -> bool:
    """Whether a name stands beside the noun `said`: with a capital, before its
    determiner, right after it, or called so further on."""
    opener = _DETERMINED.search(passage[: said.start()])
    start = opener.start() if opener else said.start()
    return bool(
        said[0][:1].isupper()  # "the Quindle River": the noun is the name's
        or _NAMED_BEFORE.search(passage[:start])
        or _SAID_TO_BE.search(passage[: said.start()])
        or _NAMED_AFTER.match(passage, said.end())
        or _CALLED.search(passage, said.end())
    )


# What says one is left unnamed: "addressed to an unnamed friend", "an undisclosed fee".
_LEFT_UNNAMED = re.compile(
    r"\b(?:unnamed|unidentified|anonymous|undisclosed)\s+([a-z]+)(?:[\s-]+([a-z]+))?", re.I
)


def left_unnamed(sequence: tuple[str, ...], passage: str) -> bool:
    """Whether the passage leaves a noun of the question unnamed: "who was the friend the
    letters were addressed to" against "letters addressed to an unnamed friend"."""
    nouns = {stem(w) for w in sequence if w.isalpha() and w not in GLUE}
    said = {stem(w.lower()) for m in _LEFT_UNNAMED.finditer(passage) for w in m.groups() if w}
    return not nouns.isdisjoint(said)


NAMES = frozenset({"name", "title", "names", "titles"})  # "the name of", "the names of"


def named_noun(sequence: tuple[str, ...]) -> str | None:
    """The noun "the name of" asks the name of: "game" of "what was the name of the card
    game released by the mobile division" (its phrase's last word before a participle)."""
    of = next(
        (k for k, w in enumerate(sequence) if w == "of" and k and sequence[k - 1] in NAMES), 0
    )
    after = tuple(dropwhile(lambda w: w in DETERMINERS, sequence[of + 1 :] if of else ()))
    phrase = list(takewhile(lambda w: _in_phrase(w) and not is_participle(w), after))
    return phrase[-1] if phrase else None


# Words of glue that stand inside a noun phrase: "the name of Heinrich's only son".
_WITHIN_PHRASE = frozenset({"only", "own"})


def _in_phrase(word: str) -> bool:
    return word not in GLUE or word in _WITHIN_PHRASE


# Words that end the noun a "which" question asks for: "which shipping firm did".
_ASKING_ENDS = frozenset("did does do is was were are has have had will would can could".split())
ASKED_REACH = 4  # words of "which ...": "which Hornindal Regional Bank offices"
# Nouns a question asks for that are no thing a passage names: "what name was it given".
_NOT_THINGS = frozenset("name names title titles kind type sort form way of".split())
# "Who will be appointed as the independent cost adviser?": who the one the question
# describes is; the noun stands last, or before a preposition ("who is the head of X").
_WHO_IS = re.compile(
    r"^who (?:is|was|are|were|will be|would be|has been|had been)(?: \w+ed)?(?: as)?"
    r" (?:the|a|an) ((?:\w+ ){0,2}?\w+)(?: (?:of|at|for|in|on)\b.*)?$"
)


def asked_noun(sequence: tuple[str, ...]) -> str | None:
    """The noun a question asks for by its kind: "firm" of "to which shipping firm did he
    move" (the word before its auxiliary, or the one after "which" when a verb follows at
    once: "which body gave the grant"), "workers" of "what were the names of the two
    workers", "adviser" of "who will be appointed as the cost adviser"; or None."""
    if (named := named_noun(sequence)) is not None:
        return named if named.isalpha() and named not in _NOT_THINGS else None
    at = next((i for i, w in enumerate(sequence[:3]) if w in ("which", "what")), None)
    if at is None:
        said = _WHO_IS.match(" ".join(sequence))
        noun = said[1].split()[-1] if said else None
        return noun if noun is not None and noun.isalpha() else None
    span = sequence[at + 1 : at + 2 + ASKED_REACH]  # (with the auxiliary after the noun)
    ends = [k for k, w in enumerate(span) if w in _ASKING_ENDS]
    if ends and not ends[0]:
        return None  # "what was the ...": no noun asked for before the auxiliary
    noun = span[ends[0] - 1] if ends else span[0] if span else None
    return None if noun is None or not noun.isalpha() or noun in _NOT_THINGS else noun
