"""Words that hedge what a question asks, which a passage states without the hedge: "what
is the sequel's reported budget" is answered by "insiders say the budget is $142
million", "roughly how many people work there" by "it employs about 8,400 people". So a
hedge is neither a word to rank passages by nor a term the premise check asks to be said.
"""

from __future__ import annotations

from bot.text import GLUE

# Before a noun ("the reported budget"); not as verbs: "what was reported", "who has been
# rumored".
HEDGES = frozenset("reported rumored rumoured alleged supposed expected estimated".split())
_AUXILIARIES = frozenset("is are was were be been being has have had".split())
# Before "how many" or "how much": "roughly how many", "approximately how much".
_APPROXIMATE = frozenset("roughly approximately about around nearly almost".split())


def hedge(words: list[str] | tuple[str, ...], i: int) -> bool:
    """Whether `words[i]` hedges the noun after it ("the reported budget") or the number
    asked for ("roughly how many")."""
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if words[i] in _APPROXIMATE and after == "how":
        return True
    return (
        words[i] in HEDGES and before not in _AUXILIARIES and after.isalpha() and after not in GLUE
    )
