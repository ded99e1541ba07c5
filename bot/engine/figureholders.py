"""Whose figure a sentence tells, when it tells of two works or two people.

"How many seasons of "The Grebe Case" did Quennick run?" is not answered by "Quennick ran
"Kestle Blue" for four seasons and co-wrote "The Grebe Case"": the four seasons stand
beside the other title. "When will the Tarvel Vale sequel be released?" is not answered by
'its next feature, "Emberwing", will be released in 2027; a sequel to "Tarvel Vale" has
not been confirmed': the year is told in one clause, the asked film in another. So with
"the full-back X holds the points record with 1,486 points, while ..." asked of Y.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bot import newsform
from bot.engine import counting, kinds, stated
from bot.engine.premise import Asked
from bot.engine.setting import YEAR
from bot.text import GLUE, normalize, stem

# Clauses a sentence joins without sharing their subject: "...; a sequel ...", ", while X".
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas)\b")
_BRACKETED = re.compile(r"\([^()]*\)")
_NUMBER = re.compile(
    r"(?<![\w.,])(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b)",
    re.I,
)
COUNT_REACH = 3  # "1,486 points", "four full seasons": the number, then its noun


def _figures(question: Asked, passage: str) -> list[int]:
    """Where `passage` gives a figure of the kind asked: a sum, a year, or a number
    counting what "how many" asks for."""
    if question.kind == "money":
        return [m.start() for m in stated.SUM_WRITTEN.finditer(passage)]
    if question.kind in kinds.TIME_KINDS:
        return [m.start() for m in YEAR.finditer(passage)]
    if question.kind != "count":
        return []
    counted = set(counting.counted(question))
    return [
        m.start()
        for m in _NUMBER.finditer(passage)
        if any(stem(w) in counted for w in normalize(passage[m.end() :]).split()[:COUNT_REACH])
    ]


def _content(text: str) -> set[str]:
    return {w for w in normalize(text).split() if w not in GLUE}


def figure_of_another_title(question: Asked, passage: str) -> bool:
    """Whether every figure of the kind asked stands nearer another quoted title than the
    one the question names."""
    titles = [(m.start(), m.end(), _content(m[1])) for m in newsform.QUOTED.finditer(passage)]
    mine = [(a, b) for a, b, words in titles if words and words <= question.names]
    others = [(a, b) for a, b, words in titles if words and not words <= question.names]
    figures = [f for f in _figures(question, passage) if not any(a <= f < b for a, b, _ in titles)]
    if not (mine and others and figures):
        return False
    ends = [m.end() for m in _CLAUSE_BREAK.finditer(passage)]

    def clause(at: int) -> int:
        return sum(end <= at for end in ends)

    def distance(at: int, spans: Collection[tuple[int, int]]) -> float:
        # the figure is the title's before it ("'Pell' opened to $38 million, pushing
        # 'Orrin' out"), then the one after it; one in another clause is farthest
        return min(
            (a - at + len(passage) if at < a else at - b)
            + (clause(a) != clause(at)) * 2 * len(passage)
            for a, b in spans
        )

    return all(distance(f, others) < distance(f, mine) for f in figures)


def figure_of_another_clause(question: Asked, passage: str) -> bool:
    """Whether the names a question asks of stand only in clauses of `passage` holding no
    figure of the kind asked, and every such figure in a clause naming none of them."""
    asked = question.names
    # (a semicolon in brackets parts no clauses: "X (née Y; 14 March 1931 - 2004) was")
    unbracketed = _BRACKETED.sub(lambda m: m[0].replace(";", ","), passage)
    clauses = _CLAUSE_BREAK.split(unbracketed)
    if len(clauses) < 2 or not asked:
        return False
    with_figures = [c for c in clauses if _figures(question, c)]
    naming = [c for c in clauses if not asked.isdisjoint(normalize(c).split())]
    return bool(with_figures and naming) and all(c not in naming for c in with_figures)
