"""A count written into a compound before a noun counts that one thing's parts: "a
nine-screen venue" has nine screens and says nothing of how many screens the chain that
opened it has in all. Asked for a total, it answers only a question saying the noun
("how many screens does the venue have in all"). (Asked for no total, the thing may be
the one asked about: "the Palace opened with a 1,450-seat auditorium".)"""

from __future__ import annotations

import re

from bot.engine import kinds
from bot.text import normalize

# "nine-screen venue", "1,450-seat auditorium": a number, a hyphen, the counted parts'
# noun, then the noun of the thing that has them.
_COMPOUND = re.compile(r"(?<![\w-])(\d[\d,]*|[A-Za-z]+)-([a-z]+)\s+([A-Za-z]+)")


def of_one_thing(passage: str, count: int) -> dict[int, str]:
    """For each of the `count` normalized words of `passage` that is the number of such
    a compound, the normalized noun of the thing it counts the parts of; none when the
    words do not add up."""
    found: dict[int, str] = {}
    for match in _COMPOUND.finditer(passage):
        if not kinds.is_count(match[1].lower().replace(",", "")):
            continue
        first = len(normalize(passage[: match.start()]).split())
        last = len(normalize(passage[: match.start(2)]).split())
        if last > count:
            return {}
        found.update((i, normalize(match[3])) for i in range(first, last))
    return found
