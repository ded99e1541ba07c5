"""A franchise's history as long-form news writes it: a first film sharing the series'
name, "Made for $9 million, it grossed ...", "Created by X for Y, it ran ...", "took the
reins", and beside them what is kept back ("has yet to announce", "declined to give") and
an anonymous source's reason for being anonymous. The article is our own
(tests/data/news/quarrymoor-retrospective-article.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from news_articles import Drafted, assert_answers, drafted, drafted_news

from bot.concepts import GENERAL_CONCEPTS
from bot.draftmerge import _middle_names
from bot.engine import premise, withheld
from bot.engine.reasons import gives_reason
from bot.models import Entity, EntityKind
from bot.text import normalize, stem


@pytest.fixture(scope="module")
def quarrymoor(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "quarrymoor-retrospective-article.txt", "quarrymoor")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the first film shares the series' name and is quoted: '"Quarrymoor," directed by'
        ("who directed the first quarrymoor", "Anselm Treadgold"),
        # "Made for about $9 million, it grossed ...": "it" is the film the sentence before
        # opened on
        ("how much did the first quarrymoor make", "$71 million"),
        # "Created by X for the service Y, it ran ...": the one work named before
        ("how many episodes did the long causeway have", "16 episodes"),
        # taking the reins of a film is directing it
        ("who directed ashlar", "Isaura Penhallow-Reyes"),
        # a slip stems from its cause
        ("why was the special delayed", "change of animation houses"),
    ],
)
def test_what_the_history_says_is_answered(
    quarrymoor: Drafted, question: str, expected: str
) -> None:
    assert_answers(quarrymoor[1], question, expected)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # "has yet to announce who will voice": no one is named for the part
        ("who will voice the narrator", "yet to announce"),
        # "declined to give a budget": the sentence keeps the budget back
        ("what is the budget for the special", "declined to give"),
    ],
)
def test_what_the_studio_keeps_back_is_declined_with_the_sentence(
    quarrymoor: Drafted, question: str, shown: str
) -> None:
    answer = quarrymoor[1].answer(question)
    assert not answer.answered, answer.text
    assert shown in answer.text


def test_the_first_film_is_not_answered_by_a_sentence_naming_a_later_one(
    tmp_path: Path,
) -> None:
    text = (
        "Brightwell Dates Third Veilmark Film\n\nDate: 2026-05-02\n\n"
        'Brightwell Pictures has dated "Veilmark: Tidebreak," the third film in its sailing '
        'franchise, for June 18, 2027. Odile Kestner, who directed the 2024 entry "Veilmark: '
        'The Hollow Crown," returns to direct. That decision follows the strong performance '
        'of "The Hollow Crown," which grossed $1.12 billion worldwide. The original 2021 '
        'film, "Veilmark," is still one of the studio\'s most-streamed titles.\n'
    )
    _, engine = drafted(tmp_path, "veilmark", text)
    # the facts speak of the first film ("Veilmark," is ...) but give none of its takings
    answer = engine.answer("how much did the first veilmark gross")
    assert not answer.answered, answer.text
    assert "don't have any facts" not in answer.text  # the film is known, its gross not
    assert_answers(engine, "how much did the hollow crown gross", "$1.12 billion")


def test_the_first_film_is_not_answered_by_a_sentence_about_the_whole_series(
    tmp_path: Path,
) -> None:
    text = (
        "A Costume Designer's Long Road\n\nDate: 2026-04-11\n\n"
        'Halvard Quince is the costume designer behind the "Loomridge" films, the '
        "clockwork fantasy series produced by Tinmarsh Pictures. He did not work on the "
        "first film. That job went to Odalys Fenwright, whose gowns for the original "
        '"Loomridge" were praised. Quince has since designed "Loomridge: Copper Vow" and '
        '"Loomridge: Gear Winter," which open in 2026 and 2027.\n'
    )
    _, engine = drafted(tmp_path, "loomridge", text)
    # "behind the Loomridge films" is every film's designer, not the first one's
    answer = engine.answer("Who designed the costumes for the first Loomridge film?")
    assert "Quince" not in answer.text or not answer.answered, answer.text
    assert_answers(engine, "who is the costume designer on the loomridge films", "Quince")


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        # a year in a title's apposition is the earlier film's, not the release asked
        (
            "when is the sequel hitting theaters",
            '"Starling Drift 2," the sequel to the studio\'s 2022 space-adventure hit, has '
            "been delayed again, and when it finally arrives it will look different.",
            False,
        ),
        ("when is the sequel hitting theaters", "The sequel hits theaters on Feb. 26, 2027.", True),
    ],
)
def test_a_hit_and_a_year_in_an_apposition_give_no_release_date(
    question: str, passage: str, ok: bool
) -> None:
    asked = premise.asked(normalize(question).split(), "when", {"sequel"}, question)
    assert premise.check(asked, passage).ok is ok


@pytest.mark.parametrize(
    ("passage", "gives"),
    [
        ("The latest slip stems from a change of animation houses.", True),
        (
            "Two people, who spoke on condition of anonymity because they were not "
            "authorized to discuss it, said the new house was hired in April.",
            False,
        ),
    ],
)
def test_a_cause_stems_from_and_anonymity_is_no_cause(passage: str, gives: bool) -> None:
    assert gives_reason(normalize(passage).split()) is gives


@pytest.mark.parametrize(
    ("passage", "question"),
    [
        (
            "Lanthorn has yet to announce who will voice the narrator.",
            "who will voice the narrator",
        ),
        ("The studio declined to give a budget for it.", "what is the budget for the special"),
    ],
)
def test_a_passage_keeping_back_what_is_asked_fails_as_withheld(
    passage: str, question: str
) -> None:
    asked = premise.asked(normalize(question).split(), "what", (), question)
    words = normalize(passage).split()
    terms = (*asked.terms, *asked.heads)
    verdict = withheld.verdict(terms, words, [stem(w) for w in words], GENERAL_CONCEPTS)
    assert verdict.reason == "withheld"


def test_a_middle_name_written_once_is_the_person_named_without_it() -> None:
    short = Entity("", EntityKind.PERSON, "Tobiah Castell", ("Castell",))
    long = Entity("", EntityKind.PERSON, "Tobiah Renwick Castell")
    other = Entity("", EntityKind.PERSON, "Ronald Castell")
    merged = _middle_names([short, long, other])
    assert [e.name for e in merged] == ["Tobiah Castell", "Ronald Castell"]
    assert "Tobiah Renwick Castell" in merged[0].aliases
    # two people it could be: neither takes it
    twin = Entity("", EntityKind.PERSON, "Tobiah Castell")
    assert len(_middle_names([short, twin, long])) == 3
