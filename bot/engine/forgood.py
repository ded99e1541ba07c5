"""An end asked for good, and a passage that undoes it: "when did the observatory close for
good" is not answered by "closed for the works in 2001 and reopened in September 2003"."""

from __future__ import annotations

import re
from collections.abc import Sequence

_FOR_GOOD = re.compile(r"\b(?:for good|permanently|forever|for ever)\b")
_UNDONE = frozenset("reopen reopened reopens reopening rejoined returned temporarily".split())


def undone(sequence: Sequence[str], words: Sequence[str]) -> bool:
    """Whether a question asking of an end for good meets a passage saying it was undone."""
    return bool(_FOR_GOOD.search(" ".join(sequence))) and not _UNDONE.isdisjoint(words)
