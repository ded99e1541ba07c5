"""Sums of money asked of a year: "how much did the terminal cost to build in 1998" is
answered by the sum a passage dates to 1998, not by one nearer another year, nor by a
yearly sum of every year since."""

from __future__ import annotations

import re

from bot.engine import stated
from bot.engine.premise import Asked
from bot.engine.setting import YEAR
from bot.engine.verdicts import OTHER_THING, PASS, Verdict

# What says a sum is of every year: "£15,000 a year", "$2 million annually" (not "a year
# later").
_PER_YEAR = re.compile(
    r"\s*(?:thousand|million|billion|bn|m\b)?\s*(?:a|per|each|every)\s+(?:year|annum)\b"
    r"(?!\s+(?:later|earlier|before|after|ago|on)\b)"
    r"|\s*(?:thousand|million|billion|bn|m\b)?\s*(?:annually|yearly)\b",
    re.I,
)

# A year a sentence opens on, which dates all it tells: "In 1880 she was awarded ...".
_OPENING_YEAR = re.compile(r"(?:In|By|During)\s+(?:[A-Z][a-z]+\s+)?(\d{4})\b")


def sum_of_another_year(question: Asked, passage: str) -> Verdict:
    """Whether every sum of money in `passage` stands nearer another year than the one a
    question asks it of: "how much did the terminal cost to build in 1998" is not
    answered by "it opened in 1998 and was extended in 2016 at a cost of 340 million
    crowns"."""
    asked = {n for n in question.numbers if YEAR.fullmatch(n)}
    years = [(m.start(), m.group(0)) for m in YEAR.finditer(passage)]
    written = list(stated.SUM_WRITTEN.finditer(passage))
    # "how much did the race raise in 1973": not "first held in 1973 ..., raises around
    # £15,000 a year", a yearly sum of every year since
    yearly = all(_PER_YEAR.match(passage, m.end()) for m in written)
    # (but "In 1880 she was awarded a pension of £100 a year" is of the year it opens on)
    yearly = yearly and not ((opening := _OPENING_YEAR.match(passage)) and opening[1] in asked)
    if question.kind == "money" and asked and written and yearly:
        return Verdict.fail("contradicts", "then every year", OTHER_THING)
    if question.kind != "money" or not asked or len({y for _, y in years}) < 2:
        return PASS
    sums = [m.start() for m in written]
    nearest = {min(years, key=lambda y: (abs(y[0] - at), y[0]))[1] for at in sums}
    if nearest and nearest.isdisjoint(asked):
        return Verdict.fail("contradicts", f"then {min(nearest)}", OTHER_THING)
    return PASS
