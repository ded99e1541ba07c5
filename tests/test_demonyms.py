"""A people's adjective is ordinary English and is said of its country: "which French
town" is no unknown name, and "twinned with Vellac in Brittany, France" answers it;
"British pupils" are the UK's. The people themselves are not their country: "built by
the Welsh" is not answered by "settlers came to Wales and built". Articles are our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from news_articles import TEST_FACTS, assert_answers, drafted

from bot.demonyms import adjectival
from bot.engine import Engine
from bot.facts import load_facts

TOWN = """Date: 2025-03-02

Marlstow

Marlstow is a market town on the River Pell. It has been twinned with Vellac in \
Brittany, France, since 1971. The Marlstow Regal cinema opened in 1921.

About 14 per cent of the pupils in the UK's county schools attend Marlstow Grammar, the \
council says. British visitors made up most of the 2024 festival audience.

In the twelfth century settlers from Ostvik came to Wales and built many castles there, \
including Pellcastle. The Welsh princes later retook it.
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted(tmp_path_factory.mktemp("town"), "marlstow", TOWN)[1]


def test_a_peoples_adjective_is_answered_by_its_country(town: Engine) -> None:
    assert_answers(town, "Which French town is Marlstow twinned with?", "Vellac")
    assert_answers(
        town, "What percentage of British pupils attend Marlstow Grammar?", "14 per cent"
    )


def test_another_peoples_adjective_is_declined_not_refused_as_a_name(town: Engine) -> None:
    answer = town.answer("Which German town is Marlstow twinned with?")
    assert not answer.answered
    assert "don't have any facts about" not in answer.text, answer.text


def test_the_people_themselves_are_not_their_country(town: Engine) -> None:
    # "the Welsh" did the building, not someone in Wales
    assert_answers(town, "What castles were built by the Welsh?", None)


@pytest.mark.parametrize(
    "question",
    ["which French actor is in mi7?", "is there a Dutch cut of mi7", "which Greek island"],
)
def test_fans_peoples_adjectives_are_never_unknown_names(question: str) -> None:
    answer = Engine(load_facts(Path(TEST_FACTS))).answer(question)
    assert "don't have any facts about" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("words", "at", "describes"),
    [
        ("which french town".split(), 1, True),
        ("how many british children".split(), 2, True),
        ("built by the irish".split(), 3, False),
        ("the french attacked".split(), 1, False),
    ],
)
def test_adjectival_use(words: list[str], at: int, describes: bool) -> None:
    assert adjectival(words, at) is describes
