"""What a question ending on "as" asks for: "what was the garden originally established
as?" asks what it was set up to be ("as a physic garden"), which a passage telling only
who established it ("was established by the physician X") does not say."""

from __future__ import annotations

from collections.abc import Sequence

from bot.text import stem

# Verbs whose "as" the question asks for is a name, not a complement ("known as"), which
# the naming check reads.
_NAMING = frozenset("know refer call name term dub nickname".split())
# How far after the asked verb its "as" may stand: "was founded in 1791 as a school".
AS_REACH = 6


def as_unsaid(asked: Sequence[str], words: Sequence[str]) -> bool:
    """Whether a question (its normalized words, `asked`) ending "<verb> as" meets a
    passage (its normalized `words`) with no "as" within `AS_REACH` words after that verb."""
    if len(asked) < 3 or asked[-1] != "as" or stem(asked[-2]) in _NAMING:
        return False
    verb = stem(asked[-2])
    at = [i for i, w in enumerate(words) if stem(w) == verb]
    return bool(at) and not any("as" in words[i + 1 : i + 1 + AS_REACH] for i in at)
