"""Spells, relatives, ranks, days and phrases:

- "how many plots did it have in 1947" is not answered by "41 plots, measured since
  1947", but "how many pupils in 1968" is by "doubled since 1968, when it had 330";
- "on what date did X take office" is not answered by "X was replaced by Y, previously
  deputy mayor of Z, who took office on 3 June", but is by "X, who took office on 3 June";
- "the highest number of pupils" is not told by "ranked highest of 31 schools";
- "which company would run it" is not answered by "on Mondays and Thursdays";
- "go down" is sinking, "go live" launching.
"""

from __future__ import annotations

import pytest

from bot.engine import actyears
from tests.premise_reading import asked_of, read


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        (
            "How many sample plots did the station have in 1947?",
            "The station maintains 41 sample plots, some of which have been measured every "
            "five years since 1947.",
            False,
        ),
        (
            "How many sample plots did the station have in 1947?",
            "In 1947 the station had 12 sample plots.",
            True,
        ),
        (
            "How many pupils did the school have in 1968?",
            "Enrolment has almost doubled since 1968, when the school had 330 pupils.",
            True,
        ),
    ],
)
def test_a_count_in_a_year_is_not_one_since_then(question: str, passage: str, ok: bool) -> None:
    assert actyears.of_another_year(asked_of(question), passage).ok is ok


NAMES = {"ann", "crantock", "eira", "trevone", "mousehole", "perranporth"}


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        # whose relative clause
        (
            "On what date did Ann Crantock take office as minister?",
            "Ann Crantock was replaced by Eira Trevone, previously deputy mayor of "
            "Mousehole, who took office on 3 June.",
            False,
        ),
        (
            "On what date did Ann Crantock take office as minister?",
            "Ann Crantock, who took office on 3 June, said the ruling was final.",
            True,
        ),
        # a rank is no number
        (
            "What was the highest number of pupils ever enrolled at the school?",
            "In a national survey the school was ranked highest of 31 schools for pupil "
            "satisfaction.",
            False,
        ),
        (
            "What was the highest number of pupils ever enrolled at the school?",
            "Enrolment at the school reached its highest number in 1979, with 340 pupils.",
            True,
        ),
        # days are no names
        (
            "Which company would operate the helicopter service?",
            "The ferry would be replaced by a subsidised helicopter service on Mondays and "
            "Thursdays.",
            False,
        ),
        # phrases of "go"
        (
            "On what date did the ship go down?",
            "The ship sank in the early hours of 17 November 1936.",
            True,
        ),
        (
            "On what date did the ship go down?",
            "The ship was built at Mousehole and launched on 2 March 1912.",
            False,
        ),
        ("When did the website go live?", "A website was launched in 1999.", True),
    ],
)
def test_whose_clause_rank_and_thing(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, NAMES & set(question.casefold().split()))[0] is ok
