"""One of a series a question asks of as the one a report is about: "how many projects
are getting money in this round" is not answered by "in that previous round, nine
projects shared £1.6 million" (the next passage may tell of this one). "This year" is
read by the report's date instead (`setting.of_another_year`).
"""

from __future__ import annotations

import re

# "this round", "the current season": one of a series, asked as the present one.
_THIS_ONE = re.compile(r"\b(?:this|current) (round|season|series|edition|tour|campaign|term)\b")
EARLIER = "previous|last|earlier|prior|first"
PRESENT = "this|current|latest"


def an_earlier_one(question: str, passage: str) -> str | None:
    """The series noun ("round") of a normalized `question` asking of "this round" when
    `passage` tells of an earlier one ("the previous round") and not of this one."""
    this = _THIS_ONE.search(question)
    if this is None:
        return None
    noun = this[1]
    earlier = re.search(rf"\b(?:{EARLIER}) {noun}\b", passage, re.I)
    present = re.search(rf"\b(?:{PRESENT}) {noun}\b", passage, re.I)
    return noun if earlier and not present else None
