"""A time set before a sentence's subject is the time of its whole main clause.

"In 1903, Harvard Stadium introduced a new era into football with the first-ever
permanent reinforced concrete stadium" dates the stadium, though "1903" stands far from
"concrete stadium": the opening phrase, set off by its comma, says when all of what
follows happened. A time inside the sentence is read near its own words only.
"""

from __future__ import annotations

import re

from bot.text import normalize

# "In 1903,", "On 14 May 1721,", "By the late 1990s,": a preposition of time, a few words
# holding a number, and the comma that sets them off.
_OPENING_TIME = re.compile(
    r"^(?:In|On|By|During|Since|From|After|Before|Around)\s+(?=[^,]{0,20}\d)[^,]{1,30},"
    # ... or a part of a day and its full date, which needs no comma: "On the night of 3
    # March 1923 a fire broke out"
    r"|^(?:On|During) the (?:night|morning|afternoon|evening) of \d{1,2} [A-Z][a-z]+ \d{4}\b"
    # ... and so does a full date or a year: "On 3 September 1487 the royal army was
    # defeated", "In March 1952 the co-operative had 46 members"
    r"|^On (?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2},? \d{4})\b"
    r"|^In (?:[A-Z][a-z]+ )?\d{4}\b"
)


def opening_time(passage: str) -> range:
    """The positions (in the passage's normalized words) of the time phrase it opens on,
    empty when it opens otherwise."""
    match = _OPENING_TIME.match(passage)
    return range(len(normalize(match[0]).split())) if match else range(0)
