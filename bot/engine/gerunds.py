"""A gerund after a preposition is its verb's act: "responded in 1737 by building Fort
Gubbrook" tells who built the fort, though the dictionary reads "building" as the noun
(a house). A passage is ranked by the verb too, so "who built Fort Gubbrook" finds it;
the premise check reads verb forms already (`bot.engine.explain`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from bot.text import common_words, stem

# Prepositions a gerund follows: "by building", "after signing", "without telling".
_BEFORE = frozenset("by after before while without upon since".split())


def verbs(words: Sequence[str]) -> list[str]:
    """The verbs of the gerunds after prepositions in normalized `words` that the
    dictionary reads as nouns ("build" of "by building", "wed" of "after wedding")."""
    return [
        verb
        for before, word in pairwise(words)
        if before in _BEFORE
        and word.endswith("ing")
        and stem(word) == word
        and (verb := _verb(word[:-3])) is not None
    ]


def verbs_of(word: str) -> frozenset[str]:
    """The verbs an -ing form the dictionary reads as a noun may be made from: "mine" (or
    "min") of "mining"."""
    if not word.endswith("ing") or stem(word) != word:
        return frozenset()
    return frozenset(_forms(word[:-3])) & common_words()


def _forms(root: str) -> tuple[str, ...]:
    doubled = root[:-1] if len(root) > 2 and root[-1] == root[-2] else ""
    return (root, root + "e", doubled)


def _verb(root: str) -> str | None:
    """The dictionary's verb an -ing form was made from: "build", "settl(e)", "wed(d)"."""
    common = common_words()
    return next((v for v in _forms(root) if v and v in common), None)
