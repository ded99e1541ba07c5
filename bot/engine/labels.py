"""Numbers that name and count nothing: a ruler's ("King Waskard II") and a thing's label
("Locks 21 and 22", "Platform 9"). No "how many" or "when" is answered by one.
"""

from __future__ import annotations

import re

from bot.engine.kinds import MONTHS
from bot.text import GLUE, normalize

# A ruler's number: "King Waskard II", "Henry III of Castile" (normalizing writes it "2").
_REGNAL = re.compile(r"\b[A-Z][a-z]+ ([IVX]{1,6})\b")


def regnal(passage: str) -> set[int]:
    """The positions, in normalized words of `passage`, of rulers' numbers, which count
    nothing and date nothing."""
    return {len(normalize(passage[: m.start(1)]).split()) for m in _REGNAL.finditer(passage)}


# A thing's number after its capitalised name within a sentence: "Locks 21 and 22",
# "Platform 9" (not a month's day, "March 8", nor a sentence's opening "Covering 96").
_LABEL = re.compile(
    r"(?<=[\w,;:(] )([A-Z][a-z]+) (\d{1,3})\b(?![,.]\d)(?: and (\d{1,3})\b(?![,.]\d))?"
)


def labelled(passage: str) -> set[int]:
    """The positions, in normalized words of `passage`, of numbers that name and count
    nothing: rulers' (`regnal`) and things' labels ("Locks 21 and 22")."""
    at = regnal(passage)
    for m in _LABEL.finditer(passage):
        if (label := m.group(1).lower()) in MONTHS or label in GLUE:
            continue
        for group in (2, 3):
            if m.group(group):
                at.add(len(normalize(passage[: m.start(group)]).split()))
    return at
