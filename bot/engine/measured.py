"""A time measured from an event: "The film will stream 45 days after its cinema
release" says when something else happens, not when the release is, so a "when" question
about the release is not answered by it."""

from __future__ import annotations

from bot.engine.howlong import SPANS

_MEASURED_FROM = frozenset("after before".split())
MEASURED_FROM_REACH = 3  # "after its cinema release": the event within a few words


def measured_from(stems: list[str], events: set[str]) -> bool:
    """Whether `stems` (a passage's) give a span "after" or "before" one of `events`."""
    return any(
        s in _MEASURED_FROM
        and i
        and stems[i - 1] in SPANS
        and not events.isdisjoint(stems[i + 1 : i + 1 + MEASURED_FROM_REACH])
        for i, s in enumerate(stems)
    )
