"""The initials a sentence may abbreviate a multi-word name by: "the UK" for "the United
Kingdom" explains a question's "United Kingdom", and the other way about."""

from __future__ import annotations

import re

from bot.text import normalize, stem

# A name of two or more capitalised words, "of" or "and" allowed between them: "United
# Kingdom", "Bank of America". Its initials are how a sentence may abbreviate it.
_SPELLED_OUT = re.compile(r"[A-Z][a-z]+(?:\s+(?:(?:of|and)\s+)?[A-Z][a-z]+)+")


def abbreviations(text: str) -> dict[str, tuple[str, ...]]:
    """Each multi-word name's initials in `text`, with the stems of its words:
    "the United Kingdom" -> {"uk": ("unite", "kingdom")}."""
    found: dict[str, tuple[str, ...]] = {}
    for match in _SPELLED_OUT.finditer(text):
        capitalised = [w for w in match.group(0).split() if w[0].isupper()]
        initials = "".join(w[0] for w in capitalised).lower()
        found[initials] = tuple(stem(normalize(w)) for w in capitalised)
    return found
