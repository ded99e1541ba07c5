"""A count of what changed is no count held: "how many subscribers does Lumora have?" is
not answered by "Lumora ... lost an estimated 1.4 million subscribers in 2023", nor "how
many members does the club have" by "the club gained 300 members last year". Nor is it a
count at a start: "how many theaters did the film open in" is not answered by "the film
will expand to around 2,100 theaters". The next passage may give the number asked.
"""

from __future__ import annotations

from bot.engine import counting
from bot.engine.premise import Asked
from bot.engine.verdicts import OTHER_THING, PASS, Verdict
from bot.text import normalize, stem

# What "how many ... have" asks with: a number held.
HOLDING = frozenset("have has had total".split())
# Acts of a start, whose count is the first one: "how many theaters did it open in".
STARTS = frozenset("open debut launch premiere bow".split())
# The verbs of a change in a number held, which a question asking one says ("how many
# subscribers did it lose").
CHANGES = frozenset(
    "lose gain add shed cut drop grow fall rise increase decrease sign recruit expand widen".split()
)
# How far before a number its change verb may stand: "lost an estimated 1.4 million",
# "added some 300".
CHANGE_REACH = 3
# How far after a number its counted noun may stand: "1.4 million subscribers".
COUNTED_REACH = 2


def counted_as_a_change(question: Asked, passage: str) -> Verdict:
    """Whether every number in `passage` counting what a "how many ... have" (or "how
    many ... open in") question counts is one that changed: lost, gained, added."""
    sequence = question.sequence
    starting = not STARTS.isdisjoint(stem(w) for w in sequence)
    if sequence[:2] != ("how", "many") or (HOLDING.isdisjoint(sequence) and not starting):
        return PASS
    if not CHANGES.isdisjoint(stem(w) for w in sequence):
        return PASS  # "how many subscribers did it lose"
    things = set(counting.counted(question))
    words = normalize(passage).split()
    # a number's first word ("1 4 million" is "1.4 million"), before a plural of what is
    # counted (a "220-seat lecture theatre" counts the theatre's seats, not one's own)
    counts = [
        i
        for i, w in enumerate(words)
        if w[:1].isdigit()
        and not (i and words[i - 1][:1].isdigit())
        and any(
            t.endswith("s") and stem(t) in things for t in words[i + 1 : i + 1 + COUNTED_REACH + 1]
        )
    ]
    changed = [
        i for i in counts if any(stem(w) in CHANGES for w in words[max(0, i - CHANGE_REACH) : i])
    ]
    if counts and len(changed) == len(counts):
        return Verdict.fail("contradicts", "changed", OTHER_THING)
    return PASS
