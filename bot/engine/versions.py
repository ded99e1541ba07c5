"""A version of a work is another work: "the screen version of the stage musical will open
in cinemas in 2025" tells when the film opens, not when the musical first did."""

from __future__ import annotations

import re
from collections.abc import Set

from bot.engine import roles
from bot.engine.roles import Owned
from bot.text import normalize


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


# What a work is made from, told in a clause of its own: 'the follow-up to "A Week in
# Ferrowby," the 2021 surprise hit ..., which grossed $214 million on a budget of $31
# million'. The clause runs from the noun to the end of the "which" clause after it.
_ORIGINAL_TOLD = re.compile(
    r"\b(?:follow-up|followup|sequel|successor|remake|prequel|spin-?off)s?\s+(?:to|of)\b"
    r"(?P<original>[^;]*?,[\"\u201d]?\s*(?:which|whose)\b[^,;]*)",
    re.I,
)
_FIGURE = re.compile(r"\d")


def figure_of_the_original(passage: str, asked: Set[str]) -> bool:
    """Whether every figure of `passage` is told of the work the one it speaks of follows,
    in that work's own clause: "what did the sequel cost" is not answered by "the film is
    the follow-up to X, ..., which grossed $214 million on a budget of $31 million"
    (unless the question names X: `asked` are its normalized words)."""
    told = list(_ORIGINAL_TOLD.finditer(passage))
    if not told:
        return False
    original = " ".join(m["original"] for m in told)
    if not set(normalize(original).split()).isdisjoint(asked - _FIGURE_GLUE):
        return False
    rest = _ORIGINAL_TOLD.sub(" ", passage)
    return _FIGURE.search(original) is not None and _FIGURE.search(rest) is None


# Words the question shares with any clause: they name nothing.
_FIGURE_GLUE = frozenset(
    "the a an of to in on for and it its was is did does how much many what when which film"
    " movie make made cost earn gross".split()
)
