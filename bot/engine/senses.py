"""Concepts of a span or a length, which a question asking for a name or a time does not
mean.

"Run" and "take" say how long something lasts in "how long did the run last" or "how
many weeks did filming take", and "long" a length in "how long is the canal". Asked "who
runs the reserve" or "in what year did the first trains run", they say nothing of the
kind: "the longest flight of locks", "a feature of his own" or "lasted three weeks"
explains no one running anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from bot.concepts import Concepts
from bot.engine.kinds import TIME_KINDS
from bot.engine.releasewords import HIT_WHERE

# The concepts of a span or a length.
SPAN_CONCEPTS = frozenset({"@last", "@runtime"})
# The kinds of answer no span is part of: who or what by name, where from, when.
UNMEASURED_KINDS = frozenset({"name", "origin"}) | TIME_KINDS


# Words of a concept that say it only when a time is asked: "when does it hit theaters"
# asks a release, "what reef did the ship hit" none ("launched on 2 March 1912").
TIMED_ONLY = {"@release": frozenset({"hit"})}
UNTIMED_KINDS = frozenset({"name", "origin", "count", "money", "length", "span", "any"})


def for_kind(known: Concepts, kind: str | None, sequence: Sequence[str] = ()) -> Concepts:
    """`known`, without `SPAN_CONCEPTS` when the `kind` asked is one of `UNMEASURED_KINDS`,
    and without `TIMED_ONLY` words when the kind asked is a name, a quantity or any thing
    (`UNTIMED_KINDS`) and the question (its normalized `sequence`) sends nothing to
    theaters."""
    known = _without_spans(known) if kind in UNMEASURED_KINDS else known
    released = any(a == "hit" and b in HIT_WHERE for a, b in pairwise(sequence))
    return _untimed(known) if kind in UNTIMED_KINDS and not released else known


# one per fact set in use: a reload's old concepts are let go
@lru_cache(maxsize=4)
def _without_spans(known: Concepts) -> Concepts:
    return Concepts({n: w for n, w in known.groups.items() if n not in SPAN_CONCEPTS})


@lru_cache(maxsize=4)
def _untimed(known: Concepts) -> Concepts:
    return Concepts({n: w - TIMED_ONLY.get(n, frozenset()) for n, w in known.groups.items()})
