"""Which way a measure goes: "how deep is the pool" is not answered by "a pool about 300
metres across", which gives its width. A passage stating one dimension and not the asked
one measures something else."""

from __future__ import annotations

from collections.abc import Sequence

# The words of each dimension, in a question after "how" and in a passage beside its
# number ("rising to 2,847 metres" is a height, "stretches 87 kilometres" a length).
DIMENSIONS = {
    "depth": frozenset("deep depth".split()),
    "width": frozenset("wide width across broad breadth diameter".split()),
    "height": frozenset("high height tall elevation altitude rising rises".split()),
    "length": frozenset("long length".split()),
}
_ASKED = {w: name for name, words in DIMENSIONS.items() for w in words}
# "how long" asks a time as often as a length: it is left to the other checks.
_NOT_ASKED = frozenset({"long"})
# "across" measures only after a unit ("300 metres across"; "across four films" does not).
UNITS = frozenset(
    "metres meters metre meter m kilometres kilometers km miles mile feet ft yards yard".split()
)


def other_dimension(question: Sequence[str], words: Sequence[str], kind: str = "") -> bool:
    """Whether a "how deep/wide/high/long" question (its normalized words) meets a
    passage (its normalized `words`) that states another dimension and not the asked
    one. (A "how long" question only when its `kind` of answer is a length.)"""
    if question[:1] != ("how",) or len(question) < 2 or question[1] not in _ASKED:
        return False
    if question[1] in _NOT_ASKED and kind != "length":
        return False
    measures = {w for i, w in enumerate(words) if w != "across" or (i and words[i - 1] in UNITS)}
    said = {name for name, dimension in DIMENSIONS.items() if not dimension.isdisjoint(measures)}
    if not _LENGTH_VERBS.isdisjoint(words):
        said.add("length")  # "rising on the moor, it flows ... for 87 kilometres"
    return bool(said) and _ASKED[question[1]] not in said


# Verbs a length is given by: "it flows south-east for 87 kilometres", "runs for 6 miles".
_LENGTH_VERBS = frozenset("flows flowing runs running extends stretches".split())
