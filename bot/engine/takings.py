"""Which sum a passage's money is: "Reboot Opens to $71.4 Million" is takings, and no
answer to "what was the production budget", which asks what the film cost."""

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
