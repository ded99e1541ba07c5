"""What a "what is X called" question asks: the name a passage gives the thing it
describes, said with a copula ("its tallest hill is Brannfell") or with "known as" after a
description standing beside the cue, the people it belongs to named further back."""

from __future__ import annotations

import pytest

from bot.engine.premise import asked, check
from bot.text import normalize


def _answers(question: str, names: set[str], passage: str) -> bool:
    return check(asked(normalize(question).split(), "what", names, question), passage).ok


@pytest.mark.parametrize(
    ("question", "names", "passage", "answers"),
    [
        (
            "what is the highest hill on Ostvik called",
            {"ostvik"},
            "Its tallest hill is Brannfell, which rises to 412 metres on the western side.",
            True,
        ),
        (
            "what is the highest hill on Ostvik called",
            {"ostvik"},
            "Its tallest hill rises to 412 metres on the western side.",
            False,
        ),
        (
            "what was the council of Varn elders called",
            {"varn"},
            "For two centuries the Varn had no king; they were ruled by a council of elders"
            " known as the moot, which met each spring.",
            True,
        ),
        (
            "what was the council of Varn elders called",
            {"varn"},
            "For two centuries the Varn had no king, and the harbour town they traded from"
            " was known as the Wyke.",
            False,
        ),
    ],
)
def test_a_name_is_given_for_the_thing_described(
    question: str, names: set[str], passage: str, answers: bool
) -> None:
    assert _answers(question, names, passage) is answers
