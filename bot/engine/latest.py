"""The latest of a count taken now and again: "the population at the most recent census".

A reference article gives a town's population at several censuses, one to a sentence or
several in one. "What was the population at the most recent census?" asks of the latest
the article states, so a sentence whose censuses all came before one another sentence of
the article states ("from 1,240 at the 1851 census it reached a peak of 2,310 in 1891",
beside "At the 2021 census it had a population of 912") is no answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine import followon, opposites
from bot.engine.index import Index
from bot.engine.setting import YEAR
from bot.engine.verdicts import OTHER_THING, PASS, Verdict
from bot.models import Fact
from bot.text import normalize, stem

# How many sentences either side of a passage are searched for a later count: an article,
# all but the longest.
ARTICLE_REACH = 200


def not_the_latest(sequence: Sequence[str], index: Index, fact: Fact) -> Verdict:
    """A refusal when the question (its normalized `sequence`) asks of the latest count
    and another passage of `fact`'s article states that count in a later year."""
    at = next((i for i in range(len(sequence)) if opposites.latest_count(sequence, i)), None)
    if at is None:
        return PASS
    counts = {stem(w) for w in sequence[at + 1 :]} & opposites.COUNTED_RECENTLY
    years = _years_of(fact, counts)
    if not years:
        return PASS
    for direction in (1, -1):
        for step in range(1, ARTICLE_REACH):
            other = followon.passage_beside(index, fact, direction * step)
            if other is None:
                break
            if (later := _years_of(other, counts)) and max(later) > max(years):
                return Verdict.fail("contradicts", f"latest {max(later)}", OTHER_THING)
    return PASS


def _years_of(fact: Fact, counts: set[str]) -> list[str]:
    """The years `fact` states, when it says one of the `counts` ("census")."""
    said = {stem(w) for w in normalize(fact.answer).split()}
    return YEAR.findall(fact.answer) if not counts.isdisjoint(said) else []
