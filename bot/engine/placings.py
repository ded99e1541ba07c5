"""A place in a ranking: "which film came in second that weekend" is answered by "second
place went to X", which says the place without the verb. So the verb of a placing is
neither a word to rank passages by nor a term the premise check asks a passage to say."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text import is_ordinal, stem

# Verbs that put something in a place: "came (in) second", "finished third", "ranked first".
_PLACING = frozenset("come finish place rank".split())


def placing(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` (of normalized `words`) is a verb placing something by the
    ordinal after it ("came in 2nd")."""
    placed = [w for w in words[i + 1 : i + 3] if w != "in"][:1]
    return stem(words[i]) in _PLACING and any(map(is_ordinal, placed))
