"""Which sum a passage's money is: "Reboot Opens to $71.4 Million" is takings, and no
answer to "what was the production budget", which asks what the film cost; "families
with incomes below $60,000" bounds a sum, and says nothing of what anyone paid."""

from __future__ import annotations

from collections.abc import Collection

# The question's words for what a film cost.
BUDGET_WORDS = frozenset("budget cost costing".split())
# Verbs that put takings right after them: "opened to", "grossed", "took in", "added".
# ("made" is left out: "made for $11 million" is a budget.)
TAKING_VERBS = frozenset("open gross earn take haul collect add debut bow".split())
TAKING_REACH = 3  # "opened to an estimated $71.4 million"


def takings_for_a_budget(asked: Collection[str], stems: list[str], at: int) -> bool:
    """Whether the sum at `at` is takings (a `TAKING_VERBS` verb just before it) and the
    question (its words and stems, `asked`) asks what the film cost."""
    return not BUDGET_WORDS.isdisjoint(asked) and not TAKING_VERBS.isdisjoint(
        stems[max(0, at - TAKING_REACH) : at]
    )


# Words before a sum that make it a bound, not an amount: "incomes below $60,000".
BOUNDS = frozenset("below above under over exceeding".split())


def a_bound(asked: Collection[str], words: list[str], at: int) -> bool:
    """Whether the sum at `at` bounds another (a `BOUNDS` word right before it) and the
    question (its words, `asked`) asks for no bound."""
    k = at - 1
    while k >= 0 and words[k].isdigit():
        k -= 1  # "below 60 000": normalize() splits a written sum
    return k >= 0 and words[k] in BOUNDS and BOUNDS.isdisjoint(asked)


def not_the_sum(asked: Collection[str], words: list[str], stems: list[str], at: int) -> bool:
    """Whether the sum at `at` is takings where a budget is asked, or a bound."""
    return takings_for_a_budget(asked, stems, at) or a_bound(asked, words, at)
