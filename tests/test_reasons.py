"""What gives a reason, which a "why" question asks for."""

from __future__ import annotations

import pytest

from bot.engine.reasons import asks_reason, gives_reason
from bot.text import normalize
from tests.premise_reading import read


@pytest.mark.parametrize(
    ("passage", "gives"),
    [
        ("The studio confirmed the shift Monday, citing a longer effects schedule.", True),
        ("The actor stepped away because of a scheduling conflict.", True),
        ("The studio delayed it after the effects house asked for more time.", True),
        ("Rafe Donnelly left the project in June over creative differences.", True),
        ("It ended the programme in 2007 as the programme was believed to harm them.", True),
        ("Stations use UHF to avoid interference with older ones.", True),
        ("To spare the old pier, only small ferries sail from Ostvik.", True),
        # ... or by a purpose of these verbs, or what led to it, forced it or was traded
        ("The fourth arch was pulled down by retreating troops to slow the pursuit.", True),
        ("Heavy losses led the board to close the branch line in 1962.", True),
        ("Dockers struck for a week in protest at the new shift rota.", True),
        ("The castellan surrendered in exchange for safe passage for the garrison.", True),
        ("In 1868 she moved to Brighton for the sake of her health.", True),
        ("The branch was rejected by planners on environmental grounds.", True),
        ("The channel silted up, which is why the market moved inland.", True),
        ("Filming was halted for a month after a storm wrecked the harbour set.", True),
        ("The merger was called off after the two boards failed to agree a price.", True),
        # a purpose "to" of any verb, a role's "as", a time's "after" give no reason
        ("The script was reworked to explain the captain's absence.", False),
        ("Saoirse Kemble joins the cast as Juno Rask.", False),
        ("Kemble was cast in January after a long search.", False),
        ("The sequel opens on October 1, 2027.", False),
    ],
)
def test_a_reason_is_given_by_a_cause_or_a_purpose(passage: str, gives: bool) -> None:
    assert gives_reason(normalize(passage).split()) is gives


def test_why_and_how_come_ask_for_a_reason() -> None:
    assert asks_reason("why did they delay it")
    assert asks_reason("how come she left")
    assert asks_reason("she left what for")
    assert not asks_reason("who left the project")
    assert not asks_reason("how long is the film")


# The cause a sentence gives is what a "why" asks for; the act it is the cause of may be
# told in other words ("pick" ~ "chose"), so one of the question's terms may go unsaid.
# Not so when no cause is given, when a second term is unsaid, when the sentence says the
# opposite act ("refused" for "approve"), or when the question asks something else.
@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        (
            "Why did the trustees pick the hill for the observatory?",
            "The trustees chose the hill as the site of the observatory because the air"
            " was clear of smoke.",
            True,
        ),
        (
            "Why did the trustees pick the hill for the observatory?",
            "The trustees chose the hill as the site of the observatory in 1874.",
            False,
        ),
        (
            "Why did the trustees pick the valley for the telescope?",
            "The trustees chose the hill as the site of the observatory because the air"
            " was clear of smoke.",
            False,
        ),
        (
            "Why did the council approve the marina plan?",
            "The marina plan was refused by the council in 2019 because of the flood risk.",
            False,
        ),
        (
            "When did the trustees pick the hill for the observatory?",
            "The trustees chose the hill as the site of the observatory because the air"
            " was clear of smoke.",
            False,
        ),
    ],
)
def test_a_cause_answers_why_though_the_act_is_told_in_other_words(
    question: str, passage: str, answers: bool
) -> None:
    assert read(question, passage, set())[0] is answers


# So with "on what date": a passage stating a day answers it though the act is told in
# other words ("chosen" ~ "voted in"), but not a month alone, nor "when", nor the act's
# opposite ("appointed" for "dismissed").
@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        (
            "On what day were the guild's wardens chosen?",
            "The guild was governed by a master and two wardens, voted in each year on 3 February.",
            True,
        ),
        (
            "On what day were the guild's wardens chosen?",
            "The guild was governed by a master and two wardens, voted in each year in February.",
            False,
        ),
        (
            "When were the guild's wardens chosen?",
            "The guild was governed by a master and two wardens, voted in each year on 3 February.",
            False,
        ),
        (
            "On what day were the guild's wardens dismissed?",
            "The guild was governed by a master and two wardens, appointed each year on 3"
            " February.",
            False,
        ),
    ],
)
def test_a_day_answers_on_what_date_though_the_act_is_told_in_other_words(
    question: str, passage: str, answers: bool
) -> None:
    assert read(question, passage, set())[0] is answers
