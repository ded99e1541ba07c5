"""How a weekend report and a festival's reference article word what fans ask: "the new
Velmorra sequel" is the film the news is about, "the original Velmorra" its first film;
"three new wide releases" are no count of theaters; a film critic who "co-founded" a
festival is one who "established" it; "the inaugural Copper Heron" was the very first;
an auditorium that "seated 1,250" could hold that many people. The articles are our own,
about invented films, places and people (`tests/data/news`).
"""

from __future__ import annotations

import pytest
from premise_reading import read

from tests.news_articles import Drafted, assert_answers, drafted_news


@pytest.fixture(scope="module")
def weekend(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "velmorra-weekend-article.txt", "weekend")


@pytest.fixture(scope="module")
def festival(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "orlavik-festival-article.txt", "festival")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "new" says which film the name means, as "the sequel" does
        ("who directed the new velmorra sequel", "Ilsabet Kessan"),
        # and "original" the first one, which the passage names
        ("who directed the original velmorra", "Anton Drossel"),
        # "three new wide releases ... are set to open" counts films, not theaters
        ("how many theaters did velmorra 2 open in", "3,874"),
        # "married" tells of both: she married him, so she is married to him
        ("who was kessan married to", "Jonas Vardell"),
        ("who directed velmorra 3", None),
    ],
)
def test_a_weekend_report_is_answered(
    weekend: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(weekend[1], question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a "film critic" is asked for, not a film; "co-" needs saying no more than once
        ("which film critic co-founded the orlavik festival?", "Maren Quennby"),
        ("how many people could the caskwell centre's main auditorium hold?", "1,250"),
        # "inaugural" is first; "Kittering, who would win the prize" is no prize's winning
        ("what film won the very first copper heron", "Northern Lanterns"),
        # an opening participle tells of the subject after it
        ("what year was the festival founded", "1974"),
        # "the Orlavik Screen School ... was established" founded no festival
        ("in what year was the orlavik festival founded", "1974"),
        ("who won the copper heron in 1990", None),
    ],
)
def test_a_festivals_reference_article_is_answered(
    festival: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(festival[1], question, expected)


def test_a_verb_said_another_way_has_the_same_roles() -> None:
    # the railroad founded something; it was not founded
    assert read(
        "When was the Pellmoor Railroad founded?",
        "In 1872, the Pellmoor Railroad established a station near the river.",
        {"pellmoor", "railroad"},
    ) == (False, "contradicts")
    assert read(
        "When was the Pellmoor Railroad founded?",
        "The Pellmoor Railroad was established in 1861.",
        {"pellmoor", "railroad"},
    ) == (True, "")


def test_a_passive_passage_must_have_the_whole_subject_before_its_verb() -> None:
    # "the Orlavik Screen School was established" is no founding of the Orlavik festival
    assert read(
        "in what year was the Orlavik festival founded",
        "The Orlavik Screen School was established in 2004 and works with the festival.",
        {"orlavik"},
    ) == (False, "contradicts")


def test_original_before_a_films_name_needs_no_saying() -> None:
    assert read(
        "who directed the original Grayhill Protocol",
        '"The Grayhill Protocol," which was directed by Anton Drossel, was a sleeper hit.',
        {"grayhill", "protocol"},
    ) == (True, "")


def test_new_releases_are_no_count_of_theaters() -> None:
    assert read(
        "how many theaters was velmorra 2 playing in",
        '"The Salt Crown" faces its first real competition next weekend, when three new wide'
        " releases are set to open.",
        {"velmorra", "2"},
    ) == (False, "no_answer")


@pytest.mark.parametrize(
    ("question", "passage", "names"),
    [
        # "say no" is to decline
        (
            "why did she say no to scoring the sequel",
            "Ada Berg was approached to score the sequel but declined, citing exhaustion.",
            {"ada", "berg"},
        ),
        # "back from June": the date it was pencilled in for
        (
            "why did they push Low Tide back from June 2027",
            "The studio had originally pencilled Low Tide in for June 25, 2027, but pushed it"
            " back by five months to accommodate its star's stage run.",
            {"low", "tide"},
        ),
    ],
)
def test_what_a_move_or_a_refusal_is_called_otherwise(
    question: str, passage: str, names: set[str]
) -> None:
    assert read(question, passage, names) == (True, "")


@pytest.mark.parametrize(
    ("question", "passage", "names"),
    [
        # "starting in what year" asks since when, which "since 2004" says
        (
            "starting in what year has the Pellmoor Picturehouse topped the city's cinema rankings",
            "The Pellmoor Picturehouse has topped the city's cinema rankings since 2004.",
            {"pellmoor", "picturehouse"},
        ),
        # a "faculty member" is one the faculty includes, as a cast member is
        (
            "what composer is a faculty member at the Pellmoor Academy",
            "The Pellmoor Academy's faculty includes the composer Ada Berg.",
            {"pellmoor", "academy"},
        ),
    ],
)
def test_a_state_since_a_year_and_a_groups_members(
    question: str, passage: str, names: set[str]
) -> None:
    assert read(question, passage, names) == (True, "")
