"""What is only to come, what a prefix says, who did an act and which time was first:

- "what was the outcome of the ballot" is not answered by "the union said it would ballot
  members", nor "what did she say after her meeting with X" by "said she ... would seek a
  meeting with X": an act someone said would come has no outcome yet; but a history's
  "which would be under Trewey rule for 380 years" tells what was;
- "post-war earnings" are no "pre-war" ones, though a prefix stands only inside a compound;
- "which astronomers disputed it" is not answered by "the explanation was disputed at the
  time", which names no one (as "who disputed it" is not);
- "when did it win its first award" is not answered by "has won the award six times, most
  recently in 2020".
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
        # a plan's date answers a question in the past: the news told it ahead
        (
            "When was the Trewey sequel released?",
            "Geevor Pictures said it would release the Trewey sequel on March 8, 2027.",
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


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        (
            "Which astronomers disputed her explanation of the binary?",
            "She showed that the binary's period was lengthening; the explanation was disputed "
            "at the time but is now accepted.",
            False,
        ),
        (
            "Which astronomers disputed her explanation of the binary?",
            "Her explanation of the binary was disputed by the astronomers Carl Penn and Jo Lee.",
            True,
        ),
        (
            "In what year did Geevor Yachts win its first Trewey Design Award?",
            "Geevor Yachts has received the Trewey Design Award six times, most recently in 2020.",
            False,
        ),
        (
            "In what year did Geevor Yachts win its most recent Trewey Design Award?",
            "Geevor Yachts has received the Trewey Design Award six times, most recently in 2020.",
            True,
        ),
    ],
)
def test_who_did_it_and_which_time_was_first(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, {"geevor", "yachts", "trewey", "design", "award"})[0] is ok
