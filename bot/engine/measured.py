"""A time measured from an event: "The film will stream 45 days after its cinema
release" says when something else happens, not when the release is, so a "when" question
about the release is not answered by it; nor is a span ("for several centuries"). And a
span asked is one of the act asked: not "several months of additional preparation" for
how long the shoot will last (`span_of_the_act`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.engine.howlong import SPAN_KINDS, SPANS, asks_runtime
from bot.engine.kinds import NUMBER_WORDS, measured_span

if TYPE_CHECKING:
    from bot.engine.premise import Asked

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


def span_of_the_act(
    words: list[str], stems: list[str], at: int, asked_about: set[str], question: Asked
) -> bool:
    """For a span asked, one measured ("after 94 days") and, after "spent", of the act asked
    ("spent three weeks staging a chase": the chase's); a runtime only in hours, minutes."""
    if question.kind not in SPAN_KINDS:
        return True
    if not measured_span(words, at, question.kind in ("length", "span")):  # "4 m long"
        return False
    if words[at + 1 : at + 2] == ["into"] and "into" not in question.words:
        return False  # "three weeks into filming, she withdrew": a time within it
    if (part := words[at + 1 : at + 2]) and part[0] in _PARTS and part[0] not in question.words:
        return False  # "a 46 km stretch of the river": a part's length, not the river's
    # ("what is the length of the pier" asks a distance, no film's runtime)
    runtime = question.kind != "length" and asks_runtime(question.sequence, question.words)
    if runtime and (words[at] not in _CLOCK or words[at + 1 : at + 2] == ["of"]):
        return False  # nor is "40 minutes of the film were captured in IMAX" its length
    if runtime and not _OWN_LENGTHS.isdisjoint(words[max(0, at - OWN_LENGTH_REACH) : at]):
        return False  # "the finished score runs 118 minutes": the score's length
    if words[at + 1 : at + 2] == ["of"] and asked_about.isdisjoint(stems[at + 2 : at + 5]):
        return False  # "several months of additional preparation": the preparation's
    spent = "spend" in stems[max(0, at - SPENT_REACH) : at]
    return not spent or not asked_about.isdisjoint(stems[at + 1 : at + 1 + SPENT_REACH])


_CLOCK = frozenset("hour hours minute minutes".split())
_PARTS = frozenset("stretch section portion segment part leg".split())
# Things in or around a film with a length of their own, and how far before the span
# one may stand: "the trailer runs two minutes" is not the film's runtime.
_OWN_LENGTHS = frozenset(
    "score soundtrack album trailer trailers teaser clip footage sequence scene prologue".split()
)
OWN_LENGTH_REACH = 6
# How far "spent" may stand before its span, and the act after it: "spent 3 weeks filming".
SPENT_REACH = 3
