"""A box-office weekend as the trade press writes it: "its first weekend" is the opening
weekend, a share of ticket buyers is no takings, the first film of a series opens the
sentence before "Made for about $19 million, it ...", and fans add asides ("tbh i
forgot"). The article is our own (tests/data/news/quarry-light-weekend-article.txt)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from news_articles import Drafted, assert_answers, drafted_news

from bot.concepts import GENERAL_CONCEPTS
from bot.draftwords import is_common
from bot.engine import ordinals, premise, stated, totals
from bot.engine.score import WEIGHTS, build_query, score
from bot.text import common_words, normalize


@pytest.fixture(scope="module")
def weekend(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "quarry-light-weekend-article.txt", "weekend")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "its first weekend" is the opening weekend; "57% of buyers" is no sum of money
        ("how much did quarry light pull in its first weekend?", "$38.2 million"),
        # 'The first "Quarry Light," ... Made for about $19 million, it ...': "it" is the
        # first film; the asker's aside asks nothing
        ("what did the first quarry light gross worldwide tbh i forgot", "$164 million"),
        ("how many theaters did quarry light open in", "3,405"),
        # "overseas" is outside the US; "added $21.4 million" is what it made there
        ("how much did quarry light make outside the us", "$21.4 million"),
        # a figure beats a bound ("her first film with a budget north of $50 million")
        ("how much is the quarry light sequel costing", "$61 million"),
        # a day on the calendar beats "a February release may suit a horror title"
        ("when is the quarry light sequel releasing", "February 19, 2027"),
    ],
)
def test_the_weekend_is_answered(weekend: Drafted, question: str, expected: str) -> None:
    assert_answers(weekend[1], question, expected)


def test_an_irregular_plural_opening_a_sentence_names_no_one(weekend: Drafted) -> None:
    assert "Women" not in weekend[0]
    assert is_common("Women", common_words()) and is_common("Children", common_words())


def test_a_vague_time_and_a_missing_sum_rank_lower(weekend: Drafted) -> None:
    engine = weekend[1]
    index = engine.context.index
    vague = next(e for e in index.entries if "February release" in e.fact.answer)
    dated = replace(vague, has_date=True)
    when = engine.parse("when is the sequel releasing")
    query = build_query(index, when.qtype, when.words, when.entities, when.content, False)
    assert score(query, vague) == pytest.approx(score(query, dated) * WEIGHTS.vague_time)
    shares = next(e for e in index.entries if "57%" in e.fact.answer)
    assert not shares.has_sum
    much = engine.parse("how much did quarry light pull in")
    query = build_query(index, much.qtype, much.words, much.entities, much.content, True)
    assert query.summing
    assert score(query, shares) == pytest.approx(
        score(query, replace(shares, has_sum=True)) * WEIGHTS.no_sum
    )


def test_a_first_weekend_is_an_opening_one() -> None:
    sequence = tuple(normalize("how much did it make its first weekend").split())
    assert ordinals.an_opening(sequence, {"opening", "weekend"})
    assert not ordinals.an_opening(sequence, {"weekend", "second"})
    assert not ordinals.an_opening(tuple(normalize("who was first").split()), {"opening"})


def test_a_film_shown_at_festivals_is_no_part_played() -> None:
    words = normalize("The film won three prizes and played at more than 40 festivals.").split()
    assert "played" not in words and "screened" in words
    assert "played" in normalize("She played a translator in the film.").split()


def test_a_sum_given_only_as_a_bound_is_no_figure() -> None:
    assert stated.only_bounds("his first film with a budget north of $100 million")
    assert not stated.only_bounds("made for under $9 million, it grossed $74 million")
    assert not stated.only_bounds("It cost $5 million.")


@pytest.mark.parametrize(
    ("question", "named", "passage", "holds"),
    [
        (
            "how many theaters is it opening in",
            [],
            "The guild, which represents more than 4,000 theaters, praised the move.",
            False,
        ),
        (
            "how many subscribers does lumora have",
            ["lumora"],
            "It suits Lumora, which reported 61 million subscribers in September.",
            True,
        ),
    ],
)
def test_a_count_in_a_relative_clause_is_its_antecedents(
    question: str, named: list[str], passage: str, holds: bool
) -> None:
    asked = premise.asked(normalize(question).split(), "how", named, question)
    assert premise.check(asked, passage, GENERAL_CONCEPTS).ok is holds


@pytest.mark.parametrize(
    ("question", "passage", "holds"),
    [
        # a sum over three films is no answer for one of them
        (
            "how much did the first hexworth movie make",
            "The three films, released between 2009 and 2014, grossed a combined $1.7 billion.",
            False,
        ),
        # unless the question asks for the sum
        (
            "how much did the hexworth films make together",
            "The three films, released between 2009 and 2014, grossed a combined $1.7 billion.",
            True,
        ),
        # a film's own figure beside the franchise's cumulative take still answers
        (
            "how much did ormsgard rising make",
            "It grossed $912 million, lifting the cumulative take of the series to $2 billion.",
            True,
        ),
    ],
)
def test_a_summed_amount_answers_no_question_of_one_thing(
    question: str, passage: str, holds: bool
) -> None:
    asked = premise.asked(normalize(question).split(), "how", [], question)
    assert totals.verdict(asked, normalize(passage).split()).ok is holds
