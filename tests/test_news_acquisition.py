"""A festival acquisition as the trade press writes it, and a studio's encyclopedic
history, both our own (tests/data/news/): a quoted title with small words in it is one
film, with the initials fans write; "the sequel to its hit X" numbers the sequel; a
chain of appositions after a title stands between a purchase and its price; "the
studio" of a reference article is the studio it defines; and a curated fact of another
story does not answer a question it contradicts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import TEST_FACTS
from news_articles import NEWS, Drafted, assert_answers, drafted_news

from bot.drafts import build_draft
from bot.engine import Engine, defined, explain, idioms, phrases
from bot.facts import load_facts
from bot.text import normalize, stem
from bot.titles import title_aliases


@pytest.fixture(scope="module")
def acquisition(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "marsh-lantern-acquisition-article.txt", "deal")


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "corrowfield-studios-history-article.txt", "studio")


def test_a_quoted_title_with_small_words_is_one_film(acquisition: Drafted) -> None:
    entities = acquisition[0]
    assert entities["Songs of the Weir"]["kind"] == "film"
    assert "SotW" in entities["Songs of the Weir"]["aliases"]  # type: ignore[operator]
    assert "Weir" not in entities  # a piece of the title, never a name of its own
    assert entities["Tidewell Streaming"]["kind"] == "org"


def test_initials_keep_small_words_only_in_a_whole_title() -> None:
    assert "SotM" in title_aliases("Saints of the Marsh")
    assert "SotD" not in title_aliases("Copper Sky: Song of the Deep")
    assert title_aliases("Saints under Marsh") == []  # a lower-case word breaks the run


def test_the_sequel_to_the_first_film_is_its_second(acquisition: Drafted) -> None:
    aliases = acquisition[0]["Glimmerfold: The Salt Orrery"]["aliases"]
    assert "Glimmerfold 2" in aliases  # type: ignore[operator]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # '"Songs of the Weir" premiered ... at the festival in Varnholm', not "a run of
        # buys ... to build out a prestige slate": a slate and "build out" release nothing
        ("At which festival did the film premiere?", "Varnholm"),
        # "sequel" is the film asked about, not a word the co-writer nearer it owns
        ("is vaskin directing the sequel again?", "Yes"),
        # "The sequel is due ..." after the sentence naming Glimmerfold's sequel
        ("when does glimmerfold 2 come out", "October 15, 2027"),
        ("when does glimmerfold 3 come out", None),
        ("who composed the music for songs of the weir", None),
        # a remark after the question asks nothing
        ("when does glimmerfold 2 come out? cant wait ngl", "October 15, 2027"),
        ("who plays the lock keeper? heard she was great", "Mirelle Ankerby"),
        # "take place" ranks nothing: a passage saying where it premiered answers
        ("Where did the premiere take place?", "Corrow Hall"),
    ],
)
def test_the_acquisition_is_answered(
    acquisition: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(acquisition[1], question, expected)


def test_or_nah_asks_nothing(acquisition: Drafted) -> None:
    answer = acquisition[1].answer("is mirelle ankerby in glimmerfold 2 or nah")
    assert "nah" not in answer.text


def test_appositions_after_a_title_stand_between_nothing() -> None:
    passage = (
        'Tidewell has acquired rights to "Songs of the Weir," the drama that won the Golden '
        "Heron, the top prize at the Varnholm Film Festival, for $18.2 million."
    )
    words = normalize(passage).split()
    inside = phrases.titled(passage, len(words))
    assert inside[words.index("heron")] and inside[words.index("varnholm")]
    assert not inside[words.index("acquired")] and not inside[words.index("million")]


@pytest.mark.parametrize(
    ("sentence", "acting"),
    [
        ("to build out a prestige slate", {"out": False, "slate": False}),
        ("it was slated for June and comes out in May", {"slate": True, "out": True}),
        # the shoot is scheduled, not the film's release
        ("principal photography, originally slated for July, begins", {"slate": False}),
        ("the studio's 2024 fantasy hit", {"hit": False}),
        ("it hits theaters in May", {"hit": True}),
    ],
)
def test_some_words_name_an_act_only_in_context(sentence: str, acting: dict[str, bool]) -> None:
    words = normalize(sentence).split()
    kept = set(explain.concept_stems(words, [stem(w) for w in words], light=True))
    for word, act in acting.items():
        assert (word in kept) is act, word


def test_a_reference_article_defines_its_subject() -> None:
    assert defined.definition("Fresnel, the county seat, is a city in the state.") == "Fresnel city"
    assert defined.definition("Orrisgate Pictures has acquired the rights") == ""
    words = normalize("It is currently owned by Halberd Quay Holdings.").split()
    # ... and "it" of a business is "the firm" and "the business" too
    assert defined.said_of(words, "Corrowfield Studios company") == [
        "corrowfield",
        "studios",
        "company",
        "business",
        "firm",
    ]
    assert defined.said_of(normalize("Snow is rare.").split(), "Corrowfield Studios") == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "It is currently owned by ...": "it" is the studio the article defines
        ("Who owns the studio today?", "Halberd Quay Holdings"),
        ("What company did the studio merge with in 1946?", "Pell Newsreel Company"),
        ("How many feature films has the company released?", "412"),
        ("Who owned the studio in 1950?", None),
        # "a company based in Leeds": where it is headquartered
        ("Which city is the studio headquartered in?", "Leeds"),
        # "the company was sold to ... for a reported $95 million": "the company" is the
        # studio, whose sale is its buyer's purchase
        ("How much was the studio sold for in 1998?", "$95 million"),
        ("Who sold the studio to Halberd Quay Holdings?", None),
    ],
)
def test_the_studio_history_is_answered(history: Drafted, question: str, expected: str) -> None:
    assert_answers(history[1], question, expected)


def test_a_rating_is_what_it_is_rated() -> None:
    assert stem("rating") == stem("rated") and stem("buying") == stem("bought")


def test_holdings_name_a_company(history: Drafted) -> None:
    assert history[0]["Halberd Quay Holdings"]["kind"] == "org"


@pytest.fixture(scope="module")
def beside_mi7(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The studio history drafted into a copy of the MI7 facts, as a moderator adds it."""
    root = tmp_path_factory.mktemp("beside")
    facts = root / "facts"
    shutil.copytree(TEST_FACTS, facts)
    article = root / "corrowfield.txt"
    article.write_text(
        (NEWS / "corrowfield-studios-history-article.txt").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    build_draft(article, facts)
    return Engine(load_facts(facts))


@pytest.mark.parametrize(
    "question",
    ["Who owned the studio in 1950?", "How many feature films did the studio release in 1959?"],
)
def test_a_curated_fact_of_another_story_does_not_answer_a_contradicted_question(
    beside_mi7: Engine, question: str
) -> None:
    assert not beside_mi7.answer(question).answered


def test_the_studio_is_answered_beside_another_story(beside_mi7: Engine) -> None:
    assert_answers(beside_mi7, "Who owns the studio today?", "Halberd Quay Holdings")


def test_a_reference_article_with_no_definition_has_no_subject(tmp_path: Path) -> None:
    facts = load_facts(TEST_FACTS)
    assert defined.subjects(facts.facts) == {}


def test_a_hedge_before_a_noun_asks_nothing() -> None:
    asked = normalize("what is the sequel's reported budget").split()
    assert idioms.unsaid(asked, asked.index("reported"), "what")
    verb = normalize("who was reported missing").split()
    assert not idioms.unsaid(verb, verb.index("reported"), "who")
