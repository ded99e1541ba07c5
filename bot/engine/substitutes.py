"""The new one of a replacing: "X replaced the rowing boats with a horse ferry" has the
ferry replace the boats, though the boats stand right after the verb, where an object
stands. So "in what year did a horse ferry replace the rowing boats" is answered there,
and "... did the rowing boats replace a horse ferry" is not.
"""

from __future__ import annotations

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
