"""Acts a passage tells in order. "She retired from Zorhaven in 1951 and moved to the
village of Yarnmouth" says she moved after she retired, though it never says "after".
So a question's "after" is explained when the act it introduces is told first and the
question's other act after it, joined by "and" or "then" ("where did she move after she
retired"); its "before" when they are told the other way round."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text import GLUE, stem

# The words joining two acts told one after the other.
_JOINS = frozenset({"and", "then"})
# Words that stand between "after" and the act it introduces: "after she retired".
_SKIPPED = GLUE | frozenset("he she they it his her their its had has have".split())
# How many words apart the two acts may stand in the passage.
ORDER_REACH = 12


def explained(question: Sequence[str], passage: Sequence[str]) -> set[str]:
    """ "after" or "before" of a question's words (as written) that the passage's words
    tell by order alone."""
    if not {"after", "before"} & set(question[1:]):
        return set()  # most questions: no passage to stem
    stems = [stem(w) for w in passage]
    found: set[str] = set()
    for at, word in enumerate(question):
        if word not in ("after", "before") or at == 0:
            continue
        earlier = next((stem(w) for w in question[at + 1 :] if w not in _SKIPPED), None)
        later = stem(question[at - 1])
        if word == "before":
            earlier, later = later, earlier
        if earlier and later and _told_in_order(stems, earlier, later):
            found.add(word)
    return found


def _told_in_order(stems: list[str], earlier: str, later: str) -> bool:
    return any(
        stems[j] == later and not _JOINS.isdisjoint(stems[i + 1 : j])
        for i, s in enumerate(stems)
        if s == earlier
        for j in range(i + 1, min(len(stems), i + ORDER_REACH))
    )
