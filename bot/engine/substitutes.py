"""Doers a passage names after their verb, where an object would stand.

The new one of a replacing: "X replaced the rowing boats with a horse ferry" has the
ferry replace the boats, though the boats stand right after the verb. So "in what year
did a horse ferry replace the rowing boats" is answered there, and "... did the rowing
boats replace a horse ferry" is not. And an infinitive's doer: "The first keeper to sail
north was Ilse" names who sailed north.
"""

from __future__ import annotations

from bot.engine.passive import AGENT_REACH

# Verbs whose new one comes after "with".
REPLACED_WITH = frozenset("replace substitute".split())


def new_one_after_with(stems: list[str], at: int, doers: list[str]) -> bool:
    """Whether the question's doer (the first of `doers`) comes after a "with" following
    the verb at `at` of the passage's `stems`, one of `REPLACED_WITH`."""
    after = stems[at + 1 :]
    return (
        stems[at] in REPLACED_WITH
        and "with" in after
        and any(w in after[after.index("with") + 1 :] for w in doers[:1])
    )


def named_after_infinitive(stems: list[str], at: int, subject: list[str]) -> bool:
    """ "The first keeper to sail north was Ilse": the doer of an infinitive is named
    after it, past a "be"; "agreed to swear loyalty to Ilse" names no doer."""
    if not at or stems[at - 1] != "to" or "be" not in stems[at:]:
        return False
    be = stems.index("be", at)
    return any(s in stems[be + 1 : be + 1 + AGENT_REACH] for s in subject[:1])
