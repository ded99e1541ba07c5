"""Words that hedge what a question asks, which a passage states without the hedge: "what
is the sequel's reported budget" is answered by "insiders say the budget is $142
million", "roughly how many people work there" by "it employs about 8,400 people", "how
much is the deal worth" by "a $1.35 billion deal". So a hedge is neither a word to rank
passages by nor a term the premise check asks to be said.
"""

from __future__ import annotations

from bot.text import GLUE, stem

# Before a noun ("the reported budget"); not as verbs: "what was reported", "who has been
# rumored".
HEDGES = frozenset("reported rumored rumoured alleged supposed expected estimated".split())
# ... and as verbs before "to" only: "how much is the film said to cost".
_SAID = frozenset("said believed thought understood".split())
_AUXILIARIES = frozenset("is are was were be been being has have had".split())
# Before "how many" or "how much": "roughly how many", "approximately how much"; or last.
_APPROXIMATE = frozenset("roughly approximately about around nearly almost".split())
# Adverbs that say only who says it: "what did it reportedly cost".
_BY_REPORT = frozenset("reportedly allegedly supposedly apparently".split())
# Anywhere: how much of the time the asked thing holds, which a passage seldom repeats.
_MOSTLY = frozenset("mostly mainly chiefly primarily predominantly".split())
# Acts done once, at a thing's start, which "originally" adds nothing to.
_ONCE = frozenset("found create establish".split())


def hedge(words: list[str] | tuple[str, ...], i: int) -> bool:
    """Whether `words[i]` hedges the noun after it ("the reported budget") or the number
    asked for ("roughly how many")."""
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if words[i] in _APPROXIMATE and (after == "how" or (i + 1 == len(words) and i > 2)):
        return True  # ... or ends it: "what's the budget roughly"
    if words[i] in _MOSTLY:
        return True  # "what label do they mostly record for": "most of them for X"
    if words[i] == "originally" and not _ONCE.isdisjoint(stem(w) for w in words):
        return True  # "who founded it originally": who founded it, which is done once
    verb = words[i + 2] if i + 2 < len(words) else ""
    if words[i] in HEDGES | _SAID and after == "to" and verb.isalpha() and verb not in GLUE:
        return True  # "how much is the film reported to cost": what it costs, by report
    if words[i] in _BY_REPORT:
        return True  # "what did each episode reportedly cost"
    if words[i] == "worth" and list(words[:2]) == ["how", "much"]:
        return True  # "how much is the deal worth": the deal's sum, "a $1.35 billion deal"
    return (
        words[i] in HEDGES and before not in _AUXILIARIES and after.isalpha() and after not in GLUE
    )
