"""A word a question says twice, once as part of a name: "what is west of the West Side?"
asks of something west of a district, and "the airport is also on the West Side" says
"west" only inside the name. The passage must say the word as often as the question."""

from __future__ import annotations

from functools import lru_cache

from bot.engine.verdicts import PASS, Verdict
from bot.text import stem

# Questions read against each of their passages: their repeated terms, worked out once.
QUESTIONS_CACHED = 1024


def verdict(
    sequence: tuple[str, ...], terms: tuple[str, ...], capitals: frozenset[str], stems: list[str]
) -> Verdict:
    """Fails on a key term the question (its normalized `sequence`) says more often than
    the passage (its `stems`) does, when one of its uses is a name's (in `capitals`)."""
    for term, times in _repeated(sequence, terms, capitals):
        if stems.count(term) < times:
            return Verdict.fail("unexplained", term)
    return PASS


@lru_cache(maxsize=QUESTIONS_CACHED)
def _repeated(
    sequence: tuple[str, ...], terms: tuple[str, ...], capitals: frozenset[str]
) -> tuple[tuple[str, int], ...]:
    """The question's key terms it says more than once, one use a name's, and how often."""
    asked = [stem(w) for w in sequence]
    named = {stem(w) for w in capitals}
    return tuple((t, n) for t in terms if t in named and (n := asked.count(t)) > 1)
