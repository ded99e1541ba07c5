"""An act a passage does to another film than the one asked: "who directed Phellmoor
Road" is not answered by "X, who had been attached to direct the company's thriller
"Klaxon Winter," has left" (see `passages`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.engine import doers

# How far after the asked verb the film it is done to may be named: "attached to direct
# the company's thriller Klaxon Winter".
FILM_OBJECT_REACH = 6


def done_to_another_film(
    acts: tuple[str, tuple[str, ...]] | None,
    words: Sequence[str],
    stems: Sequence[str],
    others: Iterable[str],
    asked: Iterable[str],
) -> bool:
    """Whether every use of the question's verb ("who directed Phellmoor Road") is done
    to another film the passage names (`others`, normalized names) soon after it, and the
    passage names none of the question's films (`asked`): "X, who had been attached to
    direct the company's thriller "Klaxon Winter," has left"."""
    if acts is None:
        return False
    text = f" {' '.join(words)} "
    if any(f" {name} " in text for name in asked):
        return False
    uses = doers.verb_uses(acts[0], stems, words)
    after = [f" {' '.join(words[k + 1 : k + 1 + FILM_OBJECT_REACH])} " for k in uses]
    return bool(uses) and all(any(f" {n} " in a for n in others) for a in after)
