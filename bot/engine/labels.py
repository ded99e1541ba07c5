"""Numbers that name and count nothing: a ruler's ("King Waskard II") and a thing's label
("Locks 21 and 22", "Platform 9"). No "how many" or "when" is answered by one.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.engine.kinds import MONTHS
from bot.engine.verdicts import PASS, Verdict
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


# A thing's letter after its capitalised noun: "Scribe A", "Hut B", "Plan C" (not "I").
_LETTER = re.compile(r"\b([A-Z][a-z]+) ([A-HJ-Z])\b(?![.'\u2019-])")


def letter_verdict(sequence: tuple[str, ...], capitals: frozenset[str], passage: str) -> Verdict:
    """A contradiction when the question (its normalized `sequence`, with its `capitals`)
    names a thing by a letter ("who has Scribe A been identified as") and the passage
    names that thing only by other letters ("Scribe B has been identified as"). (The
    article of "did they give Harbour a name" reads as a letter too, but contradicts
    only a passage that labels a Harbour by another letter.)"""
    asked = {
        (noun, letter)
        for noun, letter in pairwise(sequence)
        if len(letter) == 1 and letter.isalpha() and noun in capitals and noun.isalpha()
    }
    said = {(normalize(m[1]), m[2].lower()) for m in _LETTER.finditer(passage)}
    for noun, letter in asked:
        others = {other for n, other in said if n == noun}
        if others and letter not in others:
            return Verdict.fail("contradicts", f"{noun} {min(others)}")
    return PASS
