"""Concepts of a span or a length, which a question asking for a name or a time does not
mean.

"Run" and "take" say how long something lasts in "how long did the run last" or "how
many weeks did filming take", and "long" a length in "how long is the canal". Asked "who
runs the reserve" or "in what year did the first trains run", they say nothing of the
kind: "the longest flight of locks", "a feature of his own" or "lasted three weeks"
explains no one running anything.
"""

from __future__ import annotations

from functools import lru_cache

from bot.concepts import Concepts
from bot.engine.kinds import TIME_KINDS

# The concepts of a span or a length.
SPAN_CONCEPTS = frozenset({"@last", "@runtime"})
# The kinds of answer no span is part of: who or what by name, where from, when.
UNMEASURED_KINDS = frozenset({"name", "origin"}) | TIME_KINDS


def for_kind(known: Concepts, kind: str | None) -> Concepts:
    """`known`, without `SPAN_CONCEPTS` when the `kind` asked is one of `UNMEASURED_KINDS`."""
    return _without_spans(known) if kind in UNMEASURED_KINDS else known


# one per fact set in use: a reload's old concepts are let go
@lru_cache(maxsize=4)
def _without_spans(known: Concepts) -> Concepts:
    return Concepts({n: w for n, w in known.groups.items() if n not in SPAN_CONCEPTS})
