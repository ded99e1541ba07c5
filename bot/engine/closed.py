"""Words a passage writes closed that a question writes apart: a phrasal verb's noun
("when did they walk out" against "the walkout"), two words as one ("up front" against
"upfront"), and a superlative said as its extreme ("the biggest crowd" against "a record
attendance")."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from bot.engine import opposites, ordered
from bot.text import stem

# Particles a phrasal verb's noun is written closed with: "walk out" ~ "the walkout",
# "buy out" ~ "a buyout", "lay off" ~ "layoffs".
CLOSED_PARTICLES = ("out", "up", "down", "off", "over", "back")
MIN_JOINED = 7  # "upfront", "lifelong" (shorter joins are chance: "a"+"go")


def closed_compound(verb: str, word: str) -> bool:
    """Whether `word` is `verb` (a stem) and a particle written as one: "walkout"."""
    return word.startswith(verb) and word[len(verb) :] in CLOSED_PARTICLES


def closed_in(words: Sequence[str], have: set[str], said: Sequence[str]) -> set[str]:
    """The words of a question (as stems) a passage (its words `said`, and `have` with
    their stems) says in another form: verbs and particles written as one, "walk" and
    "out" of "when did they walk out" against "the walkout"; and a superlative's
    adjective it says as the same extreme, "big" of "the biggest crowd" against "a
    record attendance" (the premise check holds the extreme itself to the passage)."""
    extremes = {
        stem(x)
        for i, w in enumerate(words)
        if opposites.superlative_at(words, i) and opposites.extreme_said(w, said) is not None
        # "the deepest point" against "a maximum depth of 138 m": the point is the extreme
        for x in (w, *(p for p in words[i + 1 : i + 2] if p == "point"))
    }
    return (
        extremes
        | ordered.explained(words, said)
        | {
            t
            for a, b in pairwise(words)
            if b in CLOSED_PARTICLES and (stem(a) + b in have or b + stem(a) in have)  # "outflow"
            for t in (stem(a), b)
        }
        # two words of the question one of the passage: "up front" against "upfront"
        | {t for (a, b), one in joined(words) if one in have for t in (a, b)}
    )


def joined(words: Sequence[str]) -> list[tuple[tuple[str, str], str]]:
    """Neighbouring `words` long enough to be one written closed: ("up", "front"), "upfront"."""
    return [((a, b), a + b) for a, b in pairwise(words) if len(a + b) >= MIN_JOINED]
