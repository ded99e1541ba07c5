"""A question dating its act by another event ("when it closed") asks of the year the
passage gives that event: an act the passage dates to another year answers another
time."""

from __future__ import annotations

import pytest

from bot.concepts import GENERAL_CONCEPTS
from bot.engine import setting
from bot.engine.occasions import of_another_occasion
from bot.engine.premise import asked
from bot.text import normalize
from tests.premise_reading import QTYPES


def _of_the_occasion(question: str, passage: str) -> bool:
    words = normalize(question).split()
    read = asked(words, QTYPES.get(words[0], "what"), set(), question)
    return of_another_occasion(read, passage, GENERAL_CONCEPTS).ok


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        (
            "how many people did the works employ when it closed",
            "The works, which employed 2,100 people at its peak in 1913 and closed in 1968,"
            " stood beside the canal.",
            False,
        ),
        (
            "how many people did the works employ when it closed",
            "The works still employed 640 people when it closed in 1968.",
            True,
        ),
        (
            "who chaired the board when it was founded",
            "The board, established in 1984 and chaired since 2012 by Ann Vell, meets monthly.",
            False,
        ),
        (
            "who chaired the board when it was founded",
            "The board was founded in 1984 and chaired from 1984 to 1990 by Ann Vell.",
            True,
        ),
        # a yes/no question is answered "no" by the other year
        (
            "did the line carry passengers when it opened",
            "The line opened to goods traffic in 1879 but did not carry passengers until 1882.",
            True,
        ),
        (
            "how many people did the works employ",
            "The works, which employed 2,100 people at its peak in 1913 and closed in 1968,"
            " stood beside the canal.",
            True,
        ),
    ],
)
def test_an_act_dated_to_another_year_than_the_occasion_asked_is_another_time(
    question: str, passage: str, answers: bool
) -> None:
    assert _of_the_occasion(question, passage) is answers


@pytest.mark.parametrize(
    ("passage", "answers"),
    [
        (
            "The garden received 912,000 visitors in 2019, before attendance fell when the"
            " glasshouses were closed for most of 2020.",
            False,
        ),
        (
            "The garden received 912,000 visitors in 2019 and 410,000 visitors in 2020, when"
            " the glasshouses were closed.",
            True,
        ),
    ],
)
def test_a_count_is_of_the_year_nearest_it(passage: str, answers: bool) -> None:
    question = "how many people visited the garden in 2020"
    read = asked(normalize(question).split(), "how", set(), question)
    assert setting.counted_then(read, passage).ok is answers
