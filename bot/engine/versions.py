"""A version of a work is another work: "the screen version of the stage musical will open
in cinemas in 2025" tells when the film opens, not when the musical first did."""

from __future__ import annotations

from bot.engine import roles
from bot.engine.roles import Owned


def done_by_a_version(words: tuple[str, ...], stems: list[str], owned: Owned = ()) -> str | None:
    """ "When did the stage musical first open?" read against "The screen version of the
    stage musical will open in cinemas in 2025": the question's subject stands before its
    verb only as what a version is of, so the act is the version's. Returns the verb."""
    found = roles.do_question(words, stems, owned)
    if found is None:
        return None
    _, starts, verb, at = found
    before = [k for k in starts if k < at]
    return verb if before and all(_of_a_version(stems, k) for k in before) else None


# Nouns for another work made of one: "the screen version of the musical" is a film.
VERSIONS = frozenset(
    "version adaptation remake translation revival sequel prequel spinoff parody".split()
)


def _of_a_version(stems: list[str], k: int) -> bool:
    """Whether the word at `k` opens the object of "version of (the)": "the screen version
    of the stage musical" is the version, and what it does the musical does not."""
    before = stems[max(0, k - 3) : k]
    if before[-1:] in (["the"], ["a"], ["an"]):
        before = before[:-1]
    return len(before) >= 2 and before[-1] == "of" and before[-2] in VERSIONS
