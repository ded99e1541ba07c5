"""How big an amount is: "how big is its endowment" asks the amount itself ("valued at
$3.1 billion"), which a passage gives without saying "big"; "how large is the park" asks
of a place's size, which a passage must say."""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.kinds import COUNT_HEADS, MONEY_HEADS
from bot.text import stem

SIZES = frozenset("big large".split())
# What a size may be asked of as an amount: sums, counts, and a crowd.
# ... and a change, by its share or its sum: "how big was its drop" ("dropped 58%").
_AMOUNTS = MONEY_HEADS | COUNT_HEADS | {"crowd", "attendance", "audience"}
_AMOUNTS |= {stem(w) for w in "drop decline fall rise increase jump gain loss cut dip".split()}


def size_of_an_amount(words: Sequence[str]) -> bool:
    """Whether a question (its normalized `words`) asks how big an amount is."""
    return (
        len(words) > 2
        and words[0] == "how"
        and words[1] in SIZES
        and not _AMOUNTS.isdisjoint(stem(w) for w in words[2:])
    )
