"""Ways a passage says a question's term by words no concept holds: a measure for "how
high", a job at a firm for "employs", the studio for "the company" (see `explain.WAYS`).
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from bot.concepts import Concepts
from bot.engine import dimensions, howlong
from bot.text import GLUE

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
    """ "the company's history" of a film studio: "the studio's 74-year history"."""
    return term in COMPANY_TERMS and "studio" in passage.stems


COMPANY_TERMS = frozenset({"company", "firm"})


def measured(term: str, passage: Passage, known: Concepts) -> bool:
    """ "How high does its tip rise": "rises to 11 metres above the river" (a height);
    "in its first ten years": "in its first decade"."""
    return dimensions.states_dimension(term, passage.have) or howlong.unit_of_multiple(
        term, passage.have
    )
