"""Who plays a part, and passages that name the part only as something written.

"Who ended up playing the daughter?" is explained word for word by "he rewrote the
screenplay, expanding the role of the ferryman's daughter": "role" is a word for playing
(`bot.concepts` "@role"), but the sentence tells of the part's writing, and names no one
who plays it. A passage answering the question says the playing, the casting or the
part's going to someone.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

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


# "who plays the ferryman": the part asked, after its verb and an article.
_PLAYED = frozenset("play plays playing played portray portrays voice voices".split())


def part_only_owned(asked: Sequence[str], passage: str) -> bool:
    """Whether the part a question asks who plays ("who plays the ferryman") stands in
    `passage` only as an owner: "X, who plays the ferryman's estranged sister"."""
    at = next((i for i, w in enumerate(asked[:-2]) if w in _PLAYED and asked[i + 1] == "the"), None)
    if at is None:
        return False
    uses = re.finditer(rf"\b{re.escape(asked[at + 2])}(['\u2019]s)?\b", passage, re.I)
    found = [bool(m.group(1)) for m in uses]
    return bool(found) and all(found)
