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
