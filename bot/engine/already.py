"""Whether a passage tells only as still to come what a question asks as done already.

"How many positions has the hospital already cut?" is not answered by "in June the
council ordered it to cut 120 full-time positions by 2027": the cut is ordered, not made.
The asked verb is the word after "already" ("already been cut": after "been"), and
every use the passage makes of it stands after "to", "will" or "would" ("is to be cut").
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.concepts import GENERAL_CONCEPTS
from bot.engine.verdicts import PASS, Verdict
from bot.text import stem

# Words before a verb that put it still to come: "to cut", "will cut", "would close".
_TO_COME = frozenset("to will would".split())
_PASSIVE = frozenset("be been being".split())  # "already been cut", "is to be cut"


def verdict(sequence: Sequence[str], words: Sequence[str], stems: Sequence[str]) -> Verdict:
    """A contradiction when the question (its normalized `sequence`) asks what has
    "already" been done and the passage (its normalized `words` and their `stems`) says
    that act only as one to come."""
    if "already" not in sequence:
        return PASS
    after = [w for w in sequence[sequence.index("already") + 1 :] if w not in _PASSIVE]
    if not after:
        return PASS
    verb = stem(after[0])
    acts = {verb} | GENERAL_CONCEPTS.mates(verb)
    uses = [k for k, s in enumerate(stems) if s in acts]
    if uses and all(_to_come(words, k) for k in uses):
        return Verdict.fail("contradicts", f"to {words[uses[0]]}")
    return PASS


def _to_come(words: Sequence[str], at: int) -> bool:
    before = at - 1 - (words[at - 1 : at] == ["be"])  # "is to be cut", "will be cut"
    return before >= 0 and words[before] in _TO_COME
