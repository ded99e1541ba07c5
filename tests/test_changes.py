"""A count of what changed is no count held: "how many members does the club have" is not
answered by "the club gained 300 members last year"."""

from __future__ import annotations

import pytest

from bot.engine.changes import counted_as_a_change
from bot.engine.premise import asked
from bot.text import normalize


def _held(question: str, passage: str) -> bool:
    read = asked(normalize(question).split(), "how", set(), question)
    return counted_as_a_change(read, passage).ok


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        (
            "how many subscribers does Ostflix have",
            "Ostflix, which launched in 2020, lost an estimated 1.4 million subscribers in 2023.",
            False,
        ),
        (
            "how many members does the rowing club have",
            "The rowing club gained some 300 members after the regatta was televised.",
            False,
        ),
        (
            "how many subscribers does Ostflix have",
            "Ostflix, which lost 1.4 million subscribers in 2023, now has 9 million subscribers.",
            True,
        ),
        (
            "how many subscribers did Ostflix lose",
            "Ostflix, which launched in 2020, lost an estimated 1.4 million subscribers in 2023.",
            True,
        ),
        # a measure of a thing added is no change in a count: "a 220-seat theatre"
        (
            "how many seats does the new theatre have",
            "The refurbishment added a 220-seat theatre to the hall.",
            True,
        ),
    ],
)
def test_a_count_that_changed_is_no_count_held(question: str, passage: str, answers: bool) -> None:
    assert _held(question, passage) is answers
