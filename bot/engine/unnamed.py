"""Whether a passage speaks of a thing a question asks the name of only by its kind:
"sold to a merchant company" names no company, "a new English opera at the theatre" no
theatre (see `namekinds`)."""

from __future__ import annotations

import re
from itertools import dropwhile, takewhile

from bot.engine.passive import is_participle
from bot.text import DETERMINERS, GLUE, stem

# A thing spoken of as one of its kind ("sold his rights to a Scottish merchant company",
# "a television series she is shooting") is not named there, unless a name follows it: "a
# company, Harlow Ltd", "a series called Ferrow", 'a novel, "Ash Hours"'.
_MODIFIERS = r"\s+(?:[\w'-]+\s+){0,3}?$"  # up to three words before the noun
_INDEFINITE = re.compile(r"\b(?:a|an|another)" + _MODIFIERS, re.I)
_DETERMINED = re.compile(r"\b(?:a|an|another|the)" + _MODIFIERS, re.I)
# ... or before it: "Orla Brenn, a director best known for ...", "The Salt Road (1862), a
# three-volume novel".
_NAMED_BEFORE = re.compile(r"[A-Z][\w'-]*[\"”)]?(?:\s*\([^()]*\))?\s*,\s*$")
_NAMED_AFTER = re.compile(r"\s*(?:,\s*)?(?:the\s+)?[A-Z0-9\"“‘'(:]")  # "a river, the Selva"
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
    """Whether `passage` says the asked `head` noun first after "a" or "an", and nowhere
    with a name beside it: "sold to a merchant company ... until the merchant company went
    bankrupt" names no company."""
    said = list(re.finditer(rf"\b{re.escape(head)}s?\b", passage, re.I))
    return (
        bool(said)
        and _INDEFINITE.search(passage[: said[0].start()]) is not None
        and not any(_named_beside(passage, m) for m in said)
    )


def _named_beside(passage: str, said: re.Match[str]) -> bool:
    """Whether a name stands beside the noun `said`: with a capital, before its
    determiner, right after it, or called so further on."""
    opener = _DETERMINED.search(passage[: said.start()])
    start = opener.start() if opener else said.start()
    return bool(
        said[0][:1].isupper()  # "the Quindle River": the noun is the name's
        or _NAMED_BEFORE.search(passage[:start])
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
    phrase = list(takewhile(lambda w: w not in GLUE and not is_participle(w), after))
    return phrase[-1] if phrase else None
