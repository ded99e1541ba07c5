"""A time measured from an event: "The film will stream 45 days after its cinema
release" says when something else happens, not when the release is, so a "when" question
about the release is not answered by it; nor is a span ("for several centuries")."""

from __future__ import annotations

from bot.engine.howlong import SPANS
from bot.engine.kinds import NUMBER_WORDS

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


# A time's unit counted or dealt out measures a span, never a point in time: "for several
# centuries", "fourteen films a year", "for years"; but "a year later", "two decades
# after the war" and "that year" date something.
_UNITS = frozenset("year years decade decades century centuries".split())
_MEASURING = NUMBER_WORDS | frozenset("a an few several many some for per each every".split())
_RELATIVE = frozenset("later earlier ago after before afterwards".split())


def span_unit(words: list[str], i: int) -> bool:
    """Whether the unit at `i` measures a span ("for several centuries", "a year")
    rather than dating an event ("a year later", "that year")."""
    if words[i] not in _UNITS or not i:
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    return (words[i - 1] in _MEASURING or words[i - 1].isdigit()) and after not in _RELATIVE
