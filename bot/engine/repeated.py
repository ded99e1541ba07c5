"""A word a question says twice, once as part of a name: "what is west of the West Side?"
asks of something west of a district, and "the airport is also on the West Side" says
"west" only inside the name. The passage must say the word as often as the question."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from bot.engine.verdicts import PASS, Verdict
from bot.text import stem


def verdict(
    sequence: Sequence[str], terms: Sequence[str], capitals: frozenset[str], stems: list[str]
) -> Verdict:
    """Fails on a key term the question (its normalized `sequence`) says more often than
    the passage (its `stems`) does, when one of its uses is a name's (in `capitals`)."""
    asked = Counter(stem(w) for w in sequence)
    said = Counter(stems)
    named = {stem(w) for w in capitals}
    for term in terms:
        if term in named and asked[term] > 1 and said[term] < asked[term]:
            return Verdict.fail("unexplained", term)
    return PASS
