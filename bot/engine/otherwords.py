"""Ways a passage says a question's term by words no concept holds: a measure for "how
high", a job at a firm for "employs", the studio for "the company", an opening's sum
for what a film "earned" (see `explain.WAYS`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.concepts import Concepts
from bot.engine import dimensions, howlong, takings
from bot.engine.opposites import QUANTITIES
from bot.text import GLUE, is_number

if TYPE_CHECKING:
    from bot.engine.explain import Passage


def employed(term: str, passage: Passage, known: Concepts) -> bool:
    """ "Which firm employs the analyst": "a box office analyst at Gorsedale Research" (a
    job at a place of work)."""
    return term == "employ" and any(
        b == "at" and (a in JOBS or (a.endswith(("er", "or", "ist")) and a not in GLUE))
        for a, b in pairwise(passage.stems)
    )


JOBS = frozenset("analyst executive economist chemist scientist officer".split())


def studio(term: str, passage: Passage, known: Concepts) -> bool:
    """ "the company's history" of a film studio: "the studio's 74-year history"; "what
    did they pay for the company": "the firm was acquired for £18 million"."""
    return term in COMPANY_TERMS and not COMPANY_WORDS.isdisjoint(passage.stems)


COMPANY_TERMS = frozenset({"company", "firm", "studio"})  # (a film studio's "the company")
# A passage's words for a company ("business" is left out: "the printing business" is a
# trade as often as a firm).
COMPANY_WORDS = frozenset({"studio", "company", "firm", "corporation"})


def yearly(term: str, passage: Passage, known: Concepts) -> bool:
    """ "How many people visit it annually": "receives about 22,000 visitors a year"."""
    return term in YEARLY and any(a in EACH and b == "year" for a, b in pairwise(passage.stems))


YEARLY = frozenset("annual annually yearly".split())
EACH = frozenset("a per each every".split())


def high_quantity(term: str, passage: Passage, known: Concepts) -> bool:
    """ "The biggest individual score": "the highest individual score" (of a quantity,
    "high" says its size; see `opposites.QUANTITIES`)."""
    stems = passage.stems
    return term in SIZES and any(
        s == "high" and not QUANTITIES.isdisjoint(stems[k + 1 : k + 3]) for k, s in enumerate(stems)
    )


SIZES = frozenset("big large great".split())


def bounded_above(term: str, passage: Passage, known: Concepts) -> bool:
    """ "How wide are the largest of the cracks": "some up to 4 millimetres wide" (the
    bound of a measure is its largest; see `extremes`)."""
    return term in SIZES and says_up_to(passage.stems)


def says_up_to(words: Sequence[str]) -> bool:
    """Whether `words` (normalized, or their stems) bound a measure: "up to 4 millimetres"."""
    return any(
        tuple(words[k : k + 2]) == ("up", "to") and is_number(words[k + 2])
        for k in range(len(words) - 2)
    )


def measured(term: str, passage: Passage, known: Concepts) -> bool:
    """ "How high does its tip rise": "rises to 11 metres above the river" (a height);
    "in its first ten years": "in its first decade"; "how warm": a temperature."""
    return (
        dimensions.states_dimension(term, passage.have)
        or howlong.unit_of_multiple(term, passage.have)
        or (term in dimensions.WARMTH and not dimensions.TEMPERATURES.isdisjoint(passage.have))
    )


def opened_with(term: str, passage: Passage, known: Concepts) -> bool:
    """ "How much did it earn on its debut": "opened in third with $11.8 million" (a sum
    a film opens with is what it took)."""
    return (
        term in takings.TAKING_WORDS
        and "money" in passage.have
        and any(
            a in OPENING and "with" in passage.stems[i + 1 : i + 1 + OPENED_REACH]
            for i, a in enumerate(passage.stems)
        )
    )


OPENING = frozenset("open debut bow".split())
OPENED_REACH = 4  # "opened in third place with"


def medieval(term: str, passage: Passage, known: Concepts) -> bool:
    """ "The medieval church": "a 12th-century church" (the Middle Ages ran from the fifth
    century to the fifteenth)."""
    return term == "medieval" and any(
        b == "century" and (m := _ORDINAL.fullmatch(a)) is not None and 5 <= int(m[1]) <= 15
        for a, b in pairwise(passage.stems)
    )


_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")
