"""Participles that name a kind of thing before a noun, not an act: "the nine founding
harbours that had joined by 1260" are the league's first members, and say nothing of
when it was founded. Both a question and a passage are read with them as the adjective
they are, so "who were the founding members" still finds "the founding members"."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text import DETERMINERS, GLUE

# Each such participle and the adjective it stands for before a noun ("the founding of
# the league" is still the act: a noun, with "of" after it).
ATTRIBUTIVE = {"founding": "original"}
_NO_NOUN = GLUE | DETERMINERS


def as_adjectives(words: Sequence[str]) -> list[str]:
    """`words` (normalized) with each `ATTRIBUTIVE` participle before a noun as its
    adjective."""
    return [
        ATTRIBUTIVE[w]
        if w in ATTRIBUTIVE and i + 1 < len(words) and words[i + 1] not in _NO_NOUN
        else w
        for i, w in enumerate(words)
    ]
