"""What is only to come, and what a prefix says:

- "what was the outcome of the ballot" is not answered by "the union said it would ballot
  members", nor "what did she say after her meeting with X" by "said she ... would seek a
  meeting with X": an act someone said would come has no outcome yet; but a history's
  "which would be under Trewey rule for 380 years" tells what was;
- "post-war earnings" are no "pre-war" ones, though a prefix stands only inside a compound.
"""

from __future__ import annotations

import pytest

from bot.engine import plans
from bot.text import normalize
from tests.premise_reading import read


@pytest.mark.parametrize(
    ("question", "passage", "planned"),
    [
        (
            "What was the outcome of the union's ballot on strike action?",
            "The local branch of the union said it would ballot members on strike action.",
            True,
        ),
        (
            "What did Ann Treen say after her meeting with the mayor?",
            'Ann Treen said she was "deeply concerned" about the loss of jobs and would seek '
            "a meeting with the mayor.",
            True,
        ),
        (
            "How long did the Trewey kings rule Geevor?",
            "The conquest of Geevor opened a new chapter, and the island would be under Trewey "
            "rule for the following 380 years.",
            False,
        ),
        (
            "What will the union ballot its members on?",
            "The union said it would ballot members on strike action.",
            False,
        ),
    ],
)
def test_what_someone_said_would_come_has_not_happened(
    question: str, passage: str, planned: bool
) -> None:
    verdict = plans.actual_not_planned(
        tuple(normalize(question).split()), normalize(passage).split()
    )
    assert (not verdict.ok) is planned


@pytest.mark.parametrize(
    ("question", "passage", "verdict"),
    [
        (
            "What were its post-war earnings?",
            "Its pre-war earnings were 5 million pounds.",
            (False, "contradicts"),
        ),
        (
            "What were its pre-war earnings?",
            "Its pre-war earnings were 5 million pounds.",
            (True, ""),
        ),
    ],
)
def test_a_prefix_says_its_side(question: str, passage: str, verdict: tuple[bool, str]) -> None:
    assert read(question, passage, set()) == verdict
