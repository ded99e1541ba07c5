"""Counts that leave out what they count, because a count before them names it.

"The society had 312 members in 1900 and 1,150 by 1950" counts members twice, though it
says "members" once; "a shooting script of 174 pages, which the studio wanted cut to
roughly 120" counts pages twice. So the second number answers "how many members in
1950", and neither answers "how many features has she produced".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text import GLUE

# Words between a change's "to" or "from" and its number: "cut to roughly 120".
_HEDGES = frozenset("about around roughly some nearly almost just only".split())
CHANGE_MARKS = frozenset({"to", "from"})
# The words after "and" that date a count: "and 1,150 by 1950".
_DATING = frozenset({"in", "by"})
YEAR = re.compile(r"1[5-9]\d\d|20\d\d")  # a year as a normalized word


def dated_after_and(words: Sequence[str]) -> list[int]:
    """Where counts after "and" stand that leave out the noun and give a year: "312
    members in 1900 and 1,150 by 1950" (the last word of "1 150" counts)."""
    found = []
    for i in (i for i, w in enumerate(words[:-1]) if w == "and" and words[i + 1].isdigit()):
        end = _number_end(words, i + 1)
        dated = words[end : end + 1] and words[end] in _DATING
        if dated and YEAR.fullmatch("".join(words[end + 1 : end + 2])):
            found.append(end - 1)
    return found


def counts_another(words: Sequence[str], stems: Sequence[str], at: int, asked: set[str]) -> bool:
    """Whether the number at `at`, the end of a change with no noun after it ("cut to
    roughly 120"), counts what the number before it counts, and that is not the `asked`
    thing ("a script of 174 pages")."""
    before = [k for k in range(max(0, at - 3), at) if words[k] not in _HEDGES]
    if len(before) < 2 or words[before[-1]] not in CHANGE_MARKS:
        return False
    if stems[before[-2]] not in CHANGES:
        return False  # ("from 310 animals in 2005 to 520 in 2020": no verb says the change)
    end = _number_end(words, at)
    if end < len(words) and words[end].isalpha() and words[end] not in GLUE:
        return False  # a noun of its own: "cut to 120 minutes"
    starts = [
        k for k in range(at - 1, -1, -1) if words[k].isdigit() and words[k - 1 : k] != ["and"]
    ]
    starts = [k for k in starts if k == 0 or not words[k - 1].isdigit()]
    if not starts or YEAR.fullmatch(words[starts[0]]):
        return False
    noun = _number_end(words, starts[0])
    return (
        noun < len(words)
        and words[noun].isalpha()
        and words[noun] not in GLUE
        and stems[noun] not in asked
    )


# Verbs that change a count to another, as stems: "wanted it cut to roughly 120".
CHANGES = frozenset(
    "cut reduce trim shorten raise increase rise grow fall drop expand shrink lower boost extend".split()
)


def _number_end(words: Sequence[str], at: int) -> int:
    """Where the words after the number at `at` begin ("70 000 visitors": at "visitors")."""
    k = at + 1
    while k < len(words) and words[k].isdigit():
        k += 1
    return k
