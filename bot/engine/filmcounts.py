"""Which film of a series a passage counts: "the first Tarrow film" asks of the
series' first, and a passage counting another ("the third instalment, Tarrow Rising",
"the third Tarrow film") and never the first tells of another film. Ordinary English
on normalized words, where "third" is written "3rd".
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from itertools import pairwise

from bot.text import is_ordinal

FIRST = "1st"
# Words a passage may call the first film by.
ORIGINAL = frozenset("original originals debut".split())
# Nouns an ordinal counts films by: "the third instalment", "its second feature".
FILM_WORDS = frozenset(
    "film movie flick installment instalment entry chapter sequel one picture feature".split()
)


def another_film_counted(
    sequence: Sequence[str], words: Sequence[str], names: Set[str]
) -> str | None:
    """The ordinal a passage counts a film of the series by when the question asks for
    the first, before the series' name: "the first Tarrow film" against "the third
    instalment, Tarrow Rising" (or "the third Tarrow film"), never the first."""
    asked = {w for w, after in pairwise(sequence) if is_ordinal(w) and after in names}
    # (only the first: a later one a passage may call "the next chapter", beside "X, who
    # directed the third film"; and the first is "the original" too)
    if asked != {FIRST} or FIRST in words or not ORIGINAL.isdisjoint(words):
        return None
    return next(
        (
            w
            for w, after in pairwise(words)
            if is_ordinal(w) and (after in FILM_WORDS or after in names)
        ),
        None,
    )


# How far after "original" the noun it is said of may stand: "the original wooden pavilion".
ORIGINAL_REACH = 3


def first_as_original(sequence: Sequence[str], words: Sequence[str]) -> bool:
    """Whether a passage (`words`) says a question's (`sequence`) "first" thing as the
    "original" one: "who designed the first pavilion" is told by "the original wooden
    pavilion, designed by X" (normalized, "first" is "1st")."""
    nouns = {b for a, b in pairwise(sequence) if a == FIRST}
    return any(
        w == "original" and not nouns.isdisjoint(words[k + 1 : k + 1 + ORIGINAL_REACH])
        for k, w in enumerate(words)
    )
