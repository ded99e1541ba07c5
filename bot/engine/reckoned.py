"""A year a passage gives only by reckoning from the sentence before it.

Reference articles tell a story in order and count on the reader to keep the date: "It
was sounded for the last time in 1987. Two years later the lighthouse was automated."
Asked "when was it automated?", a fan wants 1989, which the second sentence alone does
not say. The engine reckons it from the year the sentence before ends on and writes it
beside the words it reckons from: "Two years later (1989) the lighthouse was automated".
Only a sentence opening on the reckoning is read so: a year told mid-sentence belongs to
that sentence's own clauses, whose dates the sentence before does not set.
"""

from __future__ import annotations

import re

from bot.engine import followon
from bot.engine.index import Index
from bot.models import Fact
from bot.text import NUMBER_WORDS

_COUNT = r"(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
# How a sentence opens on a year reckoned from the one before, each with the years it
# moves by (a count's own for "two years later"; its sign from the direction word).
_OPENINGS = re.compile(
    # (not "about two years later": a reckoned year would be more exact than the story)
    r"^(?:(?:only|just)\s+)?"
    rf"(?:{_COUNT}\s+years?\s+(?P<way>later|afterwards?|after that|earlier|before that)"
    r"|(?:in\s+)?the\s+(?P<next>following|next|subsequent)\s+year"
    r"|(?:in\s+)?the\s+(?P<last>previous|preceding)\s+year"
    r"|(?P<same>(?:later|earlier)\s+(?:that|the\s+same)\s+year|(?:in\s+)?the\s+same\s+year"
    r"|that\s+same\s+year|(?:in\s+)?that\s+year))\b",
    re.IGNORECASE,
)
_BACKWARD = frozenset({"earlier", "before that"})
# A year as the sentence before gives it ("in 1987"), not a decade ("in the 1970s",
# which `setting`'s year reads as 1970) nor a sum ("$1900").
_YEAR = re.compile(r"(?<![\d,.$])\b(1[0-9]\d\d|20\d\d)\b(?![,.]\d|\d)")
# How many sentences in a row may each reckon from the one before.
CHAIN = 3
# How many sentences saying no year may stand between a reckoning and its year.
YEARLESS_REACH = 1
# A year already said right after the reckoning: "Two years later, in 1989, ...".
_STATED_AFTER = re.compile(r"^[\s,(]*(?:in\s+)?(?:1[0-9]\d\d|20\d\d)\b")


def _moved_by(reckoning: re.Match[str]) -> int:
    if reckoning["next"]:
        return 1
    if reckoning["last"]:
        return -1
    if reckoning["same"]:
        return 0
    count = reckoning["count"].lower()
    years = 1 if count in ("a", "an") else int(NUMBER_WORDS.get(count, count))
    return -years if reckoning["way"].lower() in _BACKWARD else years


def opening(text: str) -> re.Match[str] | None:
    """The reckoning `text` opens on ("Two years later"), if it opens on one."""
    return _OPENINGS.match(text)


def dated(index: Index, fact: Fact, text: str, depth: int = 0) -> str:
    """`text` (`fact`'s passage as read) with the year its opening reckons from the
    sentence before written beside it, when both are there; otherwise as it is. The
    sentence before may reckon its own year the same way ("Three years later the basin
    was drained. The following year the council bought it")."""
    reckoning = opening(text)
    if reckoning is None or _STATED_AFTER.match(text[reckoning.end() :]) or depth > CHAIN:
        return text
    # the last year the sentence before says, the one the story moved on from (past
    # sentences that say none: "... until 1912 that the stripes were adopted. The change
    # is credited to X. The same year Albion won ...")
    years: list[str] = []
    for back in range(1, YEARLESS_REACH + 2):
        before = followon.passage_beside(index, fact, -back)
        if before is None:
            return text
        years = _YEAR.findall(dated(index, before, before.answer, depth + 1))
        if years:
            break
    if not years:
        return text
    year = int(years[-1]) + _moved_by(reckoning)
    return f"{text[: reckoning.end()]} ({year}){text[reckoning.end() :]}"
