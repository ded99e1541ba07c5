"""How big an amount is: "how big is its endowment" asks the amount itself ("valued at
$3.1 billion"), which a passage gives without saying "big"; "how large is the park" asks
of a place's size, which a passage must say."""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine import dimensions
from bot.engine.kinds import COUNT_HEADS, MONEY_HEADS
from bot.text import stem

SIZES = frozenset("big large".split())
# Groups, whose size is their count: "how big was the army" is answered by "an army of
# some 6,000 men".
GROUPS = frozenset(
    """army fleet force garrison crowd population staff workforce team crew cast
    collection herd flock colony membership congregation""".split()
)
# What a size may be asked of as an amount: sums, counts, and a crowd.
# ... and a change, by its share or its sum: "how big was its drop" ("dropped 58%").
_AMOUNTS = MONEY_HEADS | COUNT_HEADS | {"crowd", "attendance", "audience"}
_AMOUNTS |= {stem(w) for w in "drop decline fall rise increase jump gain loss cut dip".split()}
_AMOUNTS |= {stem(w) for w in GROUPS}
# ... and a sum the passage must name too: "how big was the deficit" ("a deficit of £14m")
_AMOUNTS |= {stem(w) for w in "deficit surplus debt profit loss turnover subsidy".split()}
# ... and a part or a change it gives as a share: "how large a stake did it buy" ("a 34
# percent stake"), "how big a raise are they demanding" ("an 8 percent increase")
_AMOUNTS |= {stem(w) for w in "share stake reduction raise discount".split()}


def size_of_an_amount(words: Sequence[str]) -> bool:
    """Whether a question (its normalized `words`) asks how big an amount or a group is."""
    return (
        len(words) > 2
        and words[0] == "how"
        and words[1] in SIZES
        and not _AMOUNTS.isdisjoint(stem(w) for w in words[2:])
    )


# "How big" of a place or a thing asks its size, which a measure gives ("about 2,300
# hectares"), not a count of what it holds ("up to 40,000 waders"); but a group's size is
# its count ("an army of some 6,000 men"), and so is an amount's (`size_of_an_amount`).
MEASURE_UNITS = dimensions.UNITS | dimensions.AREA_UNITS


def counted_not_measured(question: Sequence[str], words: Sequence[str]) -> bool:
    """Whether "how big/large is X" (X no group, no amount) meets a passage (its
    normalized `words`) with no measure."""
    if question[:1] != ("how",) or len(question) < 3 or question[1] not in SIZES:
        return False
    if not GROUPS.isdisjoint(question[2:]) or size_of_an_amount(question):
        return False
    return MEASURE_UNITS.isdisjoint(words)


def another_measure(question: Sequence[str], words: Sequence[str], kind: str) -> bool:
    """Whether a passage (its normalized `words`) measures another way than `question`
    asks: another dimension (`dimensions.other_dimension`), a count for a size, or only
    a power for what a thing holds."""
    if kind == "count" and (counted_not_measured(question, words) or power_held(question, words)):
        return True
    return dimensions.other_dimension(question, words, kind)


# What asks what a thing holds ("how much water can the reservoir hold"), the units of a
# power, which nothing holds ("a capacity of 2.1 megawatts" is a turbine's), and those of
# what is held.
_HOLDING = frozenset("hold holds contain contains store stores".split())
POWER_UNITS = frozenset("watts kilowatts megawatts gigawatts kw mw gw horsepower".split())
HELD_UNITS = frozenset(
    "litres liters megalitres megaliters gallons cubic tonnes tons barrels m3".split()
)


def power_held(question: Sequence[str], words: Sequence[str]) -> bool:
    """Whether a question asking how much a thing holds meets a passage (its normalized
    `words`) measuring a power and nothing held."""
    if question[:2] != ("how", "much") or _HOLDING.isdisjoint(question):
        return False
    return not POWER_UNITS.isdisjoint(words) and HELD_UNITS.isdisjoint(words)
