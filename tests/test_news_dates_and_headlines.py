"""Dates and headlines as news writes them: "release date for hollow crown?" asks when,
"The Hollow Crown" is "hollow crown" to fans, "first dated for June 12" is a plan since
given up, and a title-case headline says too little of who did what to answer "who"."""

from __future__ import annotations

from pathlib import Path

import pytest
from news_articles import assert_answers, drafted

from bot.engine import Engine, kinds, plans, premise
from bot.text import normalize
from bot.titles import title_aliases

ARTICLE = (
    "Brightwell Sequel Adds Two, Loses Its Prince: Hale Exits as Aldric Is Recast\n\n"
    "Date: 2026-02-18\n\n"
    'Brightwell Pictures has filled out the cast of "Copperfen: The Hollow Crown," the '
    "third film in its fantasy series, and confirmed that one familiar face won't be back. "
    "Lachlan Hale, who has played Prince Aldric since 2021, has left the series.\n\n"
    "The part has been recast with Jonah Sato, a British actor. Recasting a lead is always "
    "a gamble, and fans pointed out that the novels by Harriet Quell make Aldric younger.\n\n"
    'When Brightwell first dated "Copperfen: The Hollow Crown" for June 12, 2026, it looked '
    'like a safe bet. "Copperfen: The Hollow Crown" now opens on December 17, 2027.\n'
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted(tmp_path_factory.mktemp("copperfen"), "copperfen", ARTICLE)[1]


def test_a_subtitle_is_named_without_its_the() -> None:
    assert "Hollow Crown" in title_aliases("Copperfen: The Hollow Crown")
    assert "The Hollow Crown" in title_aliases("Copperfen: The Hollow Crown")
    # one word after "The" is too little to name a film alone
    assert "Return" not in title_aliases("Copperfen: The Return")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "release date for X?" asks when; "hollow crown" is the film without its "The"
        ("release date for hollow crown?", "December 17, 2027"),
        # the date it was first given is not when it comes out now
        ("when is hollow crown coming out now", "December 17, 2027"),
    ],
)
def test_what_the_casting_news_says_is_answered(
    engine: Engine, question: str, expected: str
) -> None:
    assert_answers(engine, question, expected)


def test_a_headline_does_not_answer_who(engine: Engine) -> None:
    # "Hale Exits as Aldric Is Recast" names who left, not who replaces him; nor is the
    # novelist named beside "Recasting a lead" the new Aldric
    answer = engine.answer("who's replacing lachlan hale as aldric")
    assert not answer.answered or "Jonah Sato" in answer.text, answer.text


def test_no_question_word_but_a_date_asks_when() -> None:
    words = normalize("release date for hollow crown?").split()
    assert kinds.answer_kind(words, "other", frozenset()) == "time"


def test_first_dated_is_a_plan_since_given_up() -> None:
    words = normalize('When Brightwell first dated "X" for June 12, it looked safe.').split()
    assert plans.only_the_old_plan(words)
    # an adjective's "first" plans nothing
    words = normalize("He built the nation's first planned aviation community.").split()
    assert not plans.only_the_old_plan(words)
    question = "when is x coming out now"
    asked = premise.asked(normalize(question).split(), "when", {"x"}, question)
    assert not premise.check(
        asked, 'When Brightwell first dated "X" for June 12, it looked safe.'
    ).ok


def test_drafting_the_article_keeps_the_film_s_short_name(tmp_path: Path) -> None:
    entities, _ = drafted(tmp_path, "copperfen", ARTICLE)
    aliases = entities["Copperfen: The Hollow Crown"]["aliases"]
    assert isinstance(aliases, list) and "Hollow Crown" in aliases
