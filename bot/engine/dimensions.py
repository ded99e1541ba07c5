"""Which way a measure goes: "how deep is the pool" is not answered by "a pool about 300
metres across", which gives its width. A passage stating one dimension and not the asked
one measures something else."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from bot.text import GLUE, normalize, stem

# The words of each dimension, in a question after "how" and in a passage beside its
# number ("rising to 2,847 metres" is a height, "stretches 87 kilometres" a length).
DIMENSIONS = {
    "depth": frozenset("deep depth".split()),
    "width": frozenset("wide width across broad breadth diameter".split()),
    "height": frozenset("high height tall elevation altitude rising rises rise".split()),
    "length": frozenset("long length".split()),
    # (a lean is no height: "a tower that leans 1.4 metres out of true")
    "lean": frozenset("lean leans leaning".split()),
}
_ASKED = {w: name for name, words in DIMENSIONS.items() for w in words}
# "how long" asks a time as often as a length: it is left to the other checks.
_NOT_ASKED = frozenset({"long"})
# "across" measures only after a unit ("300 metres across"; "across four films" does not).
UNITS = frozenset(
    "metres meters metre meter m kilometres kilometers km miles mile feet ft yards yard".split()
)
# Units of small measures ("cracks up to 4 millimetres wide"), which a calibre also uses:
# "four 280 mm guns" counts guns, so they are no unit a count is read past.
SMALL_UNITS = frozenset("centimetres centimeters cm millimetres millimeters mm inches inch".split())
AREA_UNITS = frozenset("hectares acres square sq km2 km²".split())
# "How warm is the spring" asks a temperature: "rises at 27 °C" (normalized "27 c").
WARMTH = frozenset("warm hot cold cool".split())
TEMPERATURES = frozenset("temperature degree celsius fahrenheit".split())


def other_dimension(question: Sequence[str], words: Sequence[str], kind: str = "") -> bool:
    """Whether a "how deep/wide/high/long" question (its normalized words) meets a
    passage (its normalized `words`) that states another dimension and not the asked
    one. (A "how long" question only when its `kind` of answer is a length.)"""
    if question[:1] != ("how",) or len(question) < 2 or question[1] not in _ASKED:
        return False
    # ("how long is it" may ask either: a passage giving no time is read for a length)
    either = kind == "span" and TIMES.isdisjoint(words)
    if question[1] in _NOT_ASKED and kind != "length" and not either:
        return False
    # (a dimension's word beside a unit: not "the firm Helford Deep Recovery located it")
    near = {
        k for i, w in enumerate(words) if w in UNITS for k in range(i - UNIT_REACH, i + UNIT_REACH)
    }
    measures = {
        w for i, w in enumerate(words) if i in near and (w != "across" or words[i - 1] in UNITS)
    }
    said = {name for name, dimension in DIMENSIONS.items() if not dimension.isdisjoint(measures)}
    if not _LENGTH_VERBS.isdisjoint(words):
        said.add("length")  # "rising on the moor, it flows ... for 87 kilometres"
    if any(a in UNITS and _WAYS.intersection(_way_after(words, i)) for i, a in enumerate(words)):
        said.add("position")  # "found the wreck 1.8 kilometres south of ...": where it lies
    return bool(said) and _ASKED[question[1]] not in said


# Units of time, which a "how long" asking either a time or a length may be answered in.
TIMES = frozenset(
    """second seconds minute minutes hour hours day days week weeks month months year years
    decade decades century centuries""".split()
)
UNIT_REACH = 6  # "rising on the moor at 540 metres", "11 kilometres (7 mi) long"


# Where a distance after its unit places a thing, not its size: "1.8 kilometres south of".
_WAYS = frozenset(
    "north south east west northeast northwest southeast southwest away off inland offshore "
    "upstream downstream".split()
)


WAY_REACH = 3  # "four kilometres to the south-west"


def _way_after(words: Sequence[str], i: int) -> set[str]:
    """The words soon after a unit, a compass point's parts apart ("south-west")."""
    return {part for w in words[i + 1 : i + 1 + WAY_REACH] for part in w.split("-")}


def states_dimension(term: str, words: Collection[str]) -> bool:
    """Whether a passage (its words and stems) measures the dimension a "how high" asks
    by its `term` in a unit ("rises to 11 metres above normal river level" is a height),
    or the area a "how large" asks."""
    if term in _SIZES:  # "how large an area does it enclose": "an area of 7.5 hectares"
        return not AREA_UNITS.isdisjoint(words)
    name = _ASKED.get(term)
    if name is None or UNITS.isdisjoint(words):
        return False
    # ("412 metres above sea level" is a height, though "above" alone may be a depth's)
    return not DIMENSIONS[name].isdisjoint(words) or (
        name == "height" and SEA_LEVEL.issubset(words)
    )


_SIZES = frozenset("large big".split())
SEA_LEVEL = frozenset("above sea level".split())


# Verbs a length is given by: "it flows south-east for 87 kilometres", "runs for 6 miles".
_LENGTH_VERBS = frozenset("flows flowing runs running extends stretches".split())


# "the great hall, which is 21 metres long and 8.5 metres wide": a measure given in a
# "which" clause is its noun's, up to this many words after "which".
WHICH_CLAUSE_REACH = 10
_BEING = frozenset("is was are were measures measured stands stood rises rose".split())


def of_another_thing(question: Sequence[str], words: Sequence[str]) -> bool:
    """Whether the asked dimension ("how wide is the undercroft") is given in a passage
    (its normalized `words`) only in a "which" clause of a noun the question does not
    name: "an undercroft ... and the great hall, which is 8.5 metres wide"."""
    if question[:1] != ("how",) or len(question) < 2 or question[1] not in _ASKED:
        return False
    dimension = DIMENSIONS[_ASKED[question[1]]]
    # ("it runs for 6 miles ... the tunnel, which is 1,240 yards long": a length of its own)
    if dimension is DIMENSIONS["length"]:
        dimension = dimension | _LENGTH_VERBS
    said = {i for i, w in enumerate(words) if w in dimension}
    asked = {stem(w) for w in question}
    owned = set()
    for i, w in enumerate(words[1:-1], 1):
        if w == "which" and words[i + 1] in _BEING and stem(words[i - 1]) not in asked:
            owned |= set(range(i + 2, i + 2 + WHICH_CLAUSE_REACH))
    return bool(said) and (said <= owned or _asked_only_after(said, asked, question[1], words))


_RELATIVES = frozenset("which that who".split())


def _asked_only_after(
    said: set[int], asked: set[str], dimension: str, words: Sequence[str]
) -> bool:
    """Whether what the question names stands only in a relative clause after the measure,
    which measures the noun before it: "how tall was the tower that collapsed" against
    "the central spire, 262 feet high, which replaced a tower that collapsed in 1387"."""
    if words[:1] == ["it"]:
        return False  # "It is about 112 kilometres long and ...": its subject's measure
    named = asked - GLUE - {stem(dimension), "how"}
    things = {i for i, w in enumerate(words) if w not in GLUE and stem(w) in named}
    relative = next((i for i in range(max(said), len(words)) if words[i] in _RELATIVES), None)
    return bool(things) and relative is not None and min(things) > relative


# A measure as written, and one written before the name of what it measures: "the
# 120-mile Rathmoor Way", "a 40-metre Signal Tower".
_UNIT = r"(?:mile|kilometre|kilometer|km|metre|meter|foot|ft|yard)"  # as before a noun
_MEASURE = re.compile(rf"\b\d[\d,.]*(?:\s|-)?(?:{_UNIT}s?|feet)\b")
_MEASURING_A_NAME = re.compile(
    rf"\b\d[\d,.]*-{_UNIT}(?:-long)? ((?:[A-Z][\w'-]*)(?: [A-Z][\w'-]*)*)"
)


def names_another(question: Sequence[str], names: Collection[str], text: str) -> bool:
    """Whether a "how long/high/wide/deep" question naming something (`names`, its
    names' normalized words) meets a passage whose every measure is written before the
    name of another thing: "how long is the Rathmoor Navigation" against "the towpath
    forms part of the 120-mile Rathmoor Way"."""
    if question[:1] != ("how",) or len(question) < 2 or question[1] not in _ASKED or not names:
        return False
    measured = [set(normalize(m.group(1)).split()) for m in _MEASURING_A_NAME.finditer(text)]
    return (
        bool(measured)
        and len(measured) == len(_MEASURE.findall(text))
        and all(not set(names) <= name for name in measured)
    )
