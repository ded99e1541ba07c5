"""Ordinary words an article writes as names.

A streamer called "Parallax", a studio called "Universal" or "Legendary": the word is in
the dictionary, and a lone dictionary word is no name in most articles ("Supplies ran
low", a heading's "Background"). An article that capitalises the word alone in the middle
of its sentences again and again, and never writes it in lower case, uses it as a name:
"on Parallax on December 18", "Parallax's chief content officer".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from bot.text import GLUE

# One capital mid-sentence may be emphasis or a stray heading word; two make a habit.
MIN_CAPITALISED = 2
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def words_as_names(
    phrases: Iterable[tuple[str, re.Match[str], bool]],
    text: str,
    common: frozenset[str],
    calendar: frozenset[str],
) -> frozenset[str]:
    """The dictionary words (lower case) that `text` writes as names: each capitalised,
    alone, mid-sentence at least `MIN_CAPITALISED` times and never in lower case.
    `phrases` are the article's capitalised phrases as (sentence, match, at a sentence's
    start)."""
    counts: Counter[str] = Counter()
    for _, match, at_start in phrases:
        word = _POSSESSIVE.sub("", match.group(0).strip(".,;:-'\"\u2019"))
        lowered = word.lower()
        if at_start or not word.isalpha() or lowered in GLUE or lowered in calendar:
            continue
        if lowered in common:
            counts[lowered] += 1
    return frozenset(
        word
        for word, n in counts.items()
        if n >= MIN_CAPITALISED and not re.search(rf"\b{word}\b", text)
    )
