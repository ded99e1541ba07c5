"""Who plays a part, and passages that name the part only as something written.

"Who ended up playing the daughter?" is explained word for word by "he rewrote the
screenplay, expanding the role of the ferryman's daughter": "role" is a word for playing
(`bot.concepts` "@role"), but the sentence tells of the part's writing, and names no one
who plays it. A passage answering the question says the playing, the casting or the
part's going to someone.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.text import normalize, stem

# A question's stems asking who performs a part ("who's cast as the Draumking" too).
PERFORMING = frozenset("play portray voice cast".split())
# The nouns for the part itself.
PARTS = frozenset("role part character".split())
# Stems of a passage that say someone performs it, is given it or takes it.
PERFORMED = frozenset(
    """play portray voice star cast appear join return reprise land take get win go sign
    choose select pick hire replace succeed inherit""".split()
)


def part_only_written(asked: Collection[str], passage: str) -> bool:
    """Whether a question asking who performs a part (its stems, `asked`) meets a
    `passage` that names the part and no one performing, being cast in or given it."""
    if PERFORMING.isdisjoint(asked):
        return False
    stems = {stem(w) for w in normalize(passage).split()}
    if PARTS.isdisjoint(stems):
        return False
    return PERFORMED.isdisjoint(stems)
