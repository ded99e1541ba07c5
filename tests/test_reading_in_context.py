"""Sentences read in the context the article gives them, as a reader reads them:

- "The population density was 412 ..." after "As of the census of 1991, ..." is the
  density in 1991, and the one after "At the 2011 census ..." the density in 2011;
  a year no sentence sets stays a premise the facts must state.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.news_articles import assert_answers, drafted

PARISH = """date 2024-02-11

Tadlow is a market town and civil parish in the Wintersett district of Northamptonshire, \
England.

As of the census of 1991, there were 8,204 people and 3,310 households living in the \
parish. The population density was 412 people per square kilometre. About a fifth of the \
residents were under sixteen.

The town grew quickly in the following decades as new estates were built on its northern \
edge. At the 2011 census the population had reached 9,870. The population density was 496 \
people per square kilometre, and the average household held 2.4 people.

The parish church of St Oswin dates from the thirteenth century.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was the population density in 1991?", "412"),
        ("What was Tadlow's population density in 2011?", "496"),
        ("How big was the average household in 2011?", "2.4"),
        ("How many households were there in 1991?", "3,310"),
        ("What was the population density in 2001?", None),
    ],
)
def test_a_year_the_sentence_before_sets_is_the_passage_s_year(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    _, parish = drafted(tmp_path, "tadlow", PARISH)
    assert_answers(parish, question, expected)
