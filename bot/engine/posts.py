"""A post a question names after "as": "who runs the company as chief executive", "who
took over as music director", "who serves as chair". The post says the act: a passage
naming the company's chief executive answers, whether it says "runs", "heads" or
nothing of the act ("chief executive Marcus Tellavine, who succeeded Ambersley").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from bot.text import DETERMINERS, stem

# Verbs whose act a post after "as" says (as stems).
POST_VERBS = frozenset("run serve work act lead head stay remain".split())
# Posts a person holds in a body.
POST_NOUNS = frozenset(
    """director executive chief ceo chairman chairwoman chair editor president captain
    manager conductor head leader coach principal curator keeper secretary treasurer
    governor mayor abbot superintendent commissioner""".split()
)
AS_REACH = 4  # "who runs the company as": the verb's object stands between
POST_REACH = 3  # "as its new music director": the post's own words after "as"


def as_a_post(words: Sequence[str], i: int) -> bool:
    """Whether the question's verb at `i` (its normalized `words`) is followed, past its
    object, by "as" and a post: "runs the company as chief executive"."""
    if stem(words[i]) not in POST_VERBS or "as" not in words[i + 1 : i + 1 + AS_REACH]:
        return False
    at = words.index("as", i + 1)
    post = [w for w in words[at + 1 : at + 1 + POST_REACH] if w not in DETERMINERS]
    return not POST_NOUNS.isdisjoint(post)


def held_by_name(word: str, passage: str) -> bool:
    """Whether `word` is a body's post with its holder's name set beside it: "Its chair,
    Imogen Talbrook, said" tells who chairs it, and so does "Orkanger Vind's chief
    executive, Hanne Orkangerud"."""
    post = rf"(?:[a-z-]+ )?{re.escape(word)}(?: [a-z-]+)?"
    return re.search(rf"(?:\b[Ii]ts|\b[Tt]heir|\w['\u2019]s) {post},? [A-Z]", passage) is not None


def holders(words: Sequence[str]) -> list[str]:
    """The words (normalized) right after a post, where its holder's name stands: "chief
    executive Leonora Baptiste said" tells who runs the body."""
    return [b for a, b in pairwise(words) if a in POST_NOUNS]
