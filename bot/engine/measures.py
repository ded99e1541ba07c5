"""Numbers that measure or share where "how many" or "how tall" asks a count or a size:
"four D-shaped towers" measures no height, "the pear harvest of about 210,000 tonnes" no
plums, "nearly half of national production" counts nothing, and "the four-year program"
tells no enrollment."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache
from itertools import dropwhile, takewhile
from typing import TYPE_CHECKING

from bot.concepts import GENERAL_CONCEPTS
from bot.engine import dimensions
from bot.engine.counting import MEASURE_UNITS, TIME_UNITS, past_magnitudes
from bot.engine.kinds import is_count
from bot.engine.sizes import SIZES
from bot.text import DETERMINERS, GLUE, normalize, stem

if TYPE_CHECKING:
    from bot.engine.premise import Asked

_MEASURED = frozenset("tall high deep wide".split())  # ("how far did it drop": a share)
# ... and the nouns of those measures: "what was the wingspan of the Petrel"
_MEASURED_HEADS = frozenset("height depth width wingspan altitude elevation diameter".split())
MEASURED_HEAD_REACH = 4  # "what was the maximum wingspan"


def unmeasured(question: Sequence[str], words: list[str], at: int) -> bool:
    """Whether a "how tall/high/deep/wide" or "what is the height of" question meets a
    number without its unit at `at`: "four D-shaped towers, of which only two survive"
    measures no height, "a ten-seat amphibian" no wingspan; or a share asked of one thing
    meets a share of another (`share_of_another`)."""
    asked_how = question[:1] == ("how",) and question[1:2] != () and question[1] in _MEASURED
    asked_what = question[:1] in (("what",), ("which",)) and not _MEASURED_HEADS.isdisjoint(
        question[1:MEASURED_HEAD_REACH]
    )
    if not (asked_how or asked_what):
        return share_of_another(question, words, at)
    k = past_magnitudes(words, at)
    while k < len(words) and words[k].isdigit():
        k = past_magnitudes(words, k)  # "2,318 metres" is normalized "2 318 metres"
    return k >= len(words) or words[k] not in dimensions.UNITS | dimensions.SMALL_UNITS


def _shared_thing(words: Sequence[str], at: int) -> set[str]:
    """The stems of the thing a share is of, when `words[at]` is a share word followed by
    "of": "plant hydrogen sulphide emission" of "percent of the plant's hydrogen
    sulphide emissions", up to the first function word."""
    if list(words[at + 1 : at + 2]) != ["of"]:
        return set()
    thing = dropwhile(lambda w: w in DETERMINERS, words[at + 2 :])
    return {stem(w) for w in takewhile(lambda w: w.isalpha() and w not in GLUE, thing)}


@lru_cache(maxsize=256)
def _share_asked(question: tuple[str, ...]) -> frozenset[str]:
    """What a question asks a share of ("what percentage of the emissions"), read once
    for all the numbers of all its passages."""
    asked = [k for k, w in enumerate(question) if w in SHARE_WORDS and w != "per"]
    return frozenset(_shared_thing(question, asked[0]) if asked else ())


def share_of_another(question: Sequence[str], words: list[str], at: int) -> bool:
    """Whether the question asks a share of one thing and the number at `at` is a share
    of another: "what percentage of the plant's carbon dioxide emissions" against "about
    60 per cent of the plant's hydrogen sulphide emissions" (each names what the other
    does not)."""
    thing = set(_share_asked(tuple(question)))
    if not thing:
        return False
    k = past_magnitudes(words, at)
    k += words[k : k + 2] == ["per", "cent"]  # "per cent": the share word is its second
    said = (
        _shared_thing(words, k) if k < len(words) and words[k] in SHARE_WORDS | {"cent"} else set()
    )
    said -= GENERAL_CONCEPTS.sharing(thing, said)  # "of Swedish pupils" for "students"
    thing -= GENERAL_CONCEPTS.sharing(said, thing)
    return bool(said - thing) and bool(thing - said)


# Words that are multiples in themselves: "more than twice the length of".
MULTIPLES = frozenset("twice thrice double triple treble".split())


# What follows "N times" that makes it a multiple: "2.3 times its revenue", "three times as".
_MULTIPLIED = [
    [w] for w in "the its their his her as more less larger bigger higher greater".split()
]


def a_multiple(words: list[str], at: int, asked: frozenset[str]) -> bool:
    """Whether the number at `at` is a multiple ("about 2.3 times its annual revenue",
    normalized "2 3 times", or "twice the length") or a share more than another that the
    question (its words, `asked`) does not ask about."""
    if words[at] in MULTIPLES:  # "twice the length", "twice as long" (but "won it twice")
        return words[at + 1 : at + 2] in (["the"], ["as"], ["that"]) and "times" not in asked
    k = at + 1
    while k < len(words) and words[k].isdigit():
        k += 1
    # ... or a share more or less than another ("fifty percent more land in X than in Y")
    share = words[k : k + 1] == ["percent"] and words[k + 1 : k + 2] in _COMPARED
    # ("won the county cup five times in seven seasons" counts the wins)
    times = words[k : k + 1] == ["times"] and words[k + 1 : k + 2] in _MULTIPLIED
    return (times and "times" not in asked) or (share and "percent" not in asked)


_COMPARED = [[w] for w in "more less fewer larger greater higher lower bigger smaller".split()]


# How far before its number the thing measured may be named: "the pear harvest of about".
MEASURED_REACH = 4


def measures_a_sibling(asked: Sequence[str], stems: list[str], at: int) -> bool:
    """Whether a question measuring a thing ("how many tonnes of plums") meets a number
    measuring another thing of a list holding it: "orchards of pears and plums, and the
    pear harvest of about 210,000 tonnes" gives the pears' harvest, not the plums'."""
    of = [k for k in range(3, len(asked) - 1) if asked[k] == "of" and asked[:2] == ("how", "many")]
    if not of:
        return False
    thing = stem(asked[of[0] + 1])
    siblings = {
        stems[k + 1] if stems[k - 1] == thing else stems[k - 1]
        for k in range(1, len(stems) - 1)
        if stems[k] in ("and", "or") and thing in (stems[k - 1], stems[k + 1])
    } - {thing}
    while at and stems[at - 1].isdigit():
        at -= 1  # "210,000" is read as "210 000"
    return not siblings.isdisjoint(stems[max(0, at - MEASURED_REACH) : at])


# Fractions, which "of" after them makes a share of something, not a count of it.
_FRACTIONS = frozenset("half third quarter fifth".split())


_SHARE = re.compile(r"\d[\d,.]*(?=\s?(?:%|percent\b|per cent\b))")
# Words a question asks for a share with: "by what percent did it fall".
SHARE_WORDS = frozenset("percent percentage share proportion fraction per".split())


def unasked_shares(passage: str, question: Asked) -> set[str]:
    """The normalized numbers of each share the passage writes ("38" of "38%"), which are
    no count unless the question asks a share ("what percentage") or a change ("by how
    much did it rise": "by 40 per cent")."""
    if not SHARE_WORDS.isdisjoint(question.words) or asks_change(question.sequence):
        return set()
    if _asks_a_share_s_size(question.sequence):
        return set()  # "how large a stake did it buy": "a 60 percent stake"
    return {normalize(m.group(0)) for m in _SHARE.finditer(passage)}


# What "how big a ..." may ask that is given as a share: "how big a raise", "how large a
# stake".
_GIVEN_AS_SHARES = frozenset("stake raise increase rise reduction cut discount".split())


def _asks_a_share_s_size(sequence: Sequence[str]) -> bool:
    """Whether a question asks "how big a" (or "how large an") of a thing told as a share."""
    return (
        len(sequence) > 3
        and sequence[0] == "how"
        and sequence[1] in SIZES
        and sequence[2] in ("a", "an")
        and not _GIVEN_AS_SHARES.isdisjoint(sequence[3:5])
    )


def asks_change(sequence: Sequence[str]) -> bool:
    """Whether a question asks how much a thing changed: "by how much", "by how many"."""
    return tuple(sequence[:2]) == ("by", "how")


# How a passage says by how much a thing changed: "rose by 9 per cent", "from 78,200 to
# 61,000", "up 14 per cent", "£18 million more", "doubled" (not "would cost an estimated
# 780 million kroner", which says what it costs, not by how much that changed).
_CHANGE_SAID = re.compile(
    r"\bby (?:\S+ ){0,3}?(?:\S*\d|half|third|quarter|fifth|tenth)"  # "by a quarter"
    r"|\bfrom (?:\S+ ){0,3}?\S*\d[^.;]{0,60}? to (?:\S+ ){0,2}?\S*\d"
    r"|\b(?:up|down) (?:\S+ ){0,2}?\S*\d"
    r"|\d\S* (?:\S+ ){0,3}(?:more|less|higher|lower|fewer|over|under)\b"  # "$6 million over"
    r"|\b(?:doubled|tripled|trebled|halved|quadrupled)\b"
    # "its shares dropped 11 per cent": a verb of change, then by how much
    r"|\b(?:rose|fell|dropped|climbed|jumped|slipped|declined|grew|gained|lost|increased"
    r"|decreased|plunged|slumped|soared) (?:about |around |nearly |almost |some )?\d[\d,.]*"
    r" ?(?:%|per ?cent|percent|points)"
    # "had been 310 metres too long": by how much it missed
    r"|\d[\d,.]* \w+ too (?:long|short|high|low|wide|narrow|large|small|heavy|light)\b",
    re.I,
)


def change_said(passage: str) -> bool:
    """Whether `passage` says by how much something changed, as "by how much" asks."""
    return _CHANGE_SAID.search(passage) is not None


def change_held(word: str) -> bool:
    """Whether `word` may say how much a thing changed: a count, or a fraction ("raised
    the tolls by a quarter")."""
    return is_count(word) or word in _FRACTIONS


def fraction_of(words: list[str], at: int) -> bool:
    """Whether the word at `at` is a share, "nearly half of national production", or a
    change by one, "its population fell by nearly half", which counts nothing that "how
    many tonnes" asks."""
    changed = "by" in words[max(0, at - CHANGE_REACH) : at]
    return words[at] in _FRACTIONS and (words[at + 1 : at + 2] == ["of"] or changed)


CHANGE_REACH = 2  # words between "by" and its share: "by nearly half"


def part_counted(words: Sequence[str], at: int) -> bool:
    """Whether the number at `at` counts some of a thing's parts ("suspended two of its
    routes"), which tells no change "by how much" asks."""
    return words[at + 1 : at + 2] == ["of"] and words[at + 2 : at + 3] in _OWNERS


_OWNERS = [[w] for w in "its their his her the these those".split()]


def a_span_modifier(words: Sequence[str], i: int, asked: Collection[str]) -> bool:
    """Whether the number at `i` is a span ("4 year" of "the four-year program", "three
    years after the act"; not "38 years old"), when the question counts no such unit:
    no count of anything else."""
    unit = words[i + 1] if i + 1 < len(words) else ""
    spans = unit in TIME_UNITS or (unit.endswith("s") and unit[:-1] in TIME_UNITS)
    return (
        spans and unit not in asked and unit[:-1] not in asked and words[i + 2 : i + 3] != ["old"]
    )


MATERIAL_REACH = 3  # words after "of" that name a measured thing: "tonnes of crude oil"


def of_another_material(sequence: Sequence[str], words: Sequence[str], at: int) -> bool:
    """Whether the number at `at` measures another thing in the unit asked: "how many
    tonnes of skyr" is not answered by "around 1,900 tonnes of cheese a year"."""
    asked = sequence[2:5]
    if len(asked) < 3 or asked[0] not in MEASURE_UNITS or asked[1] != "of":
        return False
    unit = past_magnitudes(list(words), at)
    while unit < len(words) and words[unit].isdigit():
        unit += 1  # "1,900 tonnes" is normalized "1 900 tonnes"
    if words[unit : unit + 2] != [asked[0], "of"]:
        return False
    said = {stem(w) for w in words[unit + 2 : unit + 2 + MATERIAL_REACH]}
    return stem(asked[2]) not in said
