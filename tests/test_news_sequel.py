"""A sequel's news, asked as fans ask it: the series' title alone, as a sentence's
subject, for the first film; a composer "not yet confirmed" neither a "yes" nor a "no"; a
date the film "had" been given no longer its date; what a marketing campaign opens, or a
re-release of the original, no release of the sequel; a studio's record no record of all
time. The article is our own (tests/data/news/quillmarsh-sequel-article.txt)."""

from __future__ import annotations

import pytest

from bot.concepts import GENERAL_CONCEPTS
from bot.engine import Engine, extremes, names, negated, phrases, withheld
from bot.text import normalize, stem
from tests.news_articles import Drafted, assert_answers, drafted_news


@pytest.fixture(scope="module")
def quillmarsh(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "quillmarsh-sequel-article.txt", "quillmarsh")


@pytest.fixture(scope="module")
def engine(quillmarsh: Drafted) -> Engine:
    return quillmarsh[1]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "the shoot split between Trieste and Valletta" says where
        ("where are they shooting the new one", "Trieste"),
        ("when does quillmarsh 2 come out", "March 19, 2027"),
        # "has cast X as the villain" says whom she plays
        ("who is playing the villain in quillmarsh 2", "Odalys Fenwick-Marr"),
        # "actually" asks nothing more; the campaign's November re-release is no opening
        ("when does quillmarsh 2 actually hit theaters", "March 19, 2027"),
        # '"Quillmarsh" was a surprise ... Made for $38 million, it grossed $214 million'
        ("how much did the first quillmarsh make", "$214 million"),
    ],
)
def test_a_sequels_news_answers(engine: Engine, question: str, expected: str) -> None:
    assert_answers(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the first film's figures are not the sequel's
        "whats the budget for quillmarsh 2",
        "how much did quillmarsh 2 gross",
        # "has not yet been confirmed": not a "yes", and not a "no" either
        "is ysolde brannagh scoring quillmarsh 2",
        # "head of production Benedek Sallow" is nowhere a place
        "where is tarrow hill's head of production",
        # "a record for Tarrow Hill" is no record of all time
        "is it the most viewed teaser ever",
        # "40 minutes of the film" is a part of it, not its length
        "whats the runtime of quillmarsh 2",
    ],
)
def test_a_sequels_news_declines(engine: Engine, question: str) -> None:
    answer = engine.answer(question)
    assert not answer.answered, answer.text
    assert not answer.text.startswith(("Yes", "No")), answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # December was the date it "had"; "it now opens March 19, 2027"
        ("is quillmarsh 2 still coming out in december", "No: "),
        ("is quillmarsh 2 coming out in march 2027", "Yes: "),
        # ... and asked as the old plan, December is what was planned
        ("was quillmarsh 2 ever dated for december 11, 2026", "Yes: "),
        ("was quillmarsh 2 originally supposed to come out in december", "Yes: "),
    ],
)
def test_a_date_given_up_is_no_longer_its_date(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(expected), answer.text


def test_the_series_title_as_a_subject_is_the_first_films(quillmarsh: Drafted) -> None:
    engine = quillmarsh[1]
    about = {
        fact.answer: fact.entities
        for fact in engine.index.facts.facts
        if "$38 million" in fact.answer
    }
    assert about and all("quillmarsh-2" not in entities for entities in about.values())


@pytest.mark.parametrize(
    ("passage", "open_"),
    [
        ("Brannagh has not yet been confirmed for the sequel.", True),
        ("The studio did not disclose a budget.", True),
        ("The film has not yet opened in Brazil.", False),
        ("The film did not open in China.", False),
    ],
)
def test_a_negation_of_deciding_or_telling_leaves_the_matter_open(
    passage: str, open_: bool
) -> None:
    assert negated.unsettled(passage) is open_
    assert (negated.affirmed(passage) is None) is open_


@pytest.mark.parametrize(
    ("sentence", "name", "placed"),
    [
        ("the shoot split between budapest and malta", "budapest", True),
        ("sets on the outskirts of budapest", "budapest", True),
        ("filmed in northern ostvik", "ostvik", True),
        ("larkmoor president of production silas ferrandino said", "silas", False),
    ],
)
def test_a_place_stands_after_a_preposition_of_place(
    sentence: str, name: str, placed: bool
) -> None:
    assert names.placed({name}, sentence.split()) is placed


@pytest.mark.parametrize(
    ("question", "passage", "bounded"),
    [
        ("is it the most viewed trailer ever", "96 million views, a record for the studio", True),
        ("is it the biggest opening ever", "the biggest opening ever for a musical", False),
        ("is it the biggest opening ever", "the best opening in the studio's history", False),
        # "ever" of any time, no record asked
        ("did he ever direct a sequel", "he directed the sequel", False),
    ],
)
def test_a_record_of_all_time_is_not_one_of_a_studio(
    question: str, passage: str, bounded: bool
) -> None:
    words = normalize(passage).split()
    assert extremes.bounded_record(tuple(normalize(question).split()), words) is bounded


@pytest.mark.parametrize(
    ("terms", "passage", "held_back"),
    [
        # what another film cost is no figure for the one withheld
        (
            ["budget"],
            "Sunmarch did not disclose a budget for the film, though the second film "
            "reportedly cost around $210 million.",
            True,
        ),
        # ... but what sources tell of the film itself is
        (
            ["budget"],
            "The studio has not confirmed the budget, but sources put the cost at $185 million.",
            False,
        ),
        (["cast"], "The studio said it would announce the rest of the cast in January.", True),
    ],
)
def test_what_is_withheld(terms: list[str], passage: str, held_back: bool) -> None:
    words = normalize(passage).split()
    verdict = withheld.verdict(terms, words, [stem(w) for w in words], GENERAL_CONCEPTS)
    assert (verdict.reason == "withheld") is held_back


def test_a_title_word_with_another_number_is_another_film() -> None:
    passage = normalize(
        'Ada Voss, who directed both "Ironvale" and "Ironvale II: The Ash Crown," will produce.'
    ).split()
    asked = tuple(normalize("who is directing ironvale 3").split())
    assert phrases.title_number_missing(asked, passage) == "ironvale 3"
