"""A streaming deal and a fan convention, as the trade press writes them: a streamer
whose name is a dictionary word ("Prism"), the old theatrical date beside the new
premiere, earlier films by their numbers ("the first three films", "the second and third
films"), a cause told in the sentence after the act, and fans' chat ("the con"). The
article is our own (tests/data/news/prism-streaming-deal-article.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from news_articles import Drafted, assert_answers, drafted, drafted_news

from bot.draftbrands import words_as_names
from bot.draftnames import CALENDAR, _phrases
from bot.drafttopics import topic_of
from bot.engine import crew, kinds, reasons
from bot.sources import read_source
from bot.text import common_words, normalize, stem


@pytest.fixture(scope="module")
def deal(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "prism-streaming-deal-article.txt", "deal")


def test_a_dictionary_word_the_article_writes_as_a_name_is_an_entity(deal: Drafted) -> None:
    entities = deal[0]
    assert entities["Prism"]["kind"] == "org"
    # "Three-day passes" opening a sentence names nothing
    assert "Three-day" not in entities


def test_a_word_also_written_in_lower_case_stays_a_word(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Date: 2026-04-09\n\nThe sequel film opens on Prism in May. A trailer ran on Prism "
        "and on Beacon. The film's prism of colour is its look, its crew told Beacon.\n",
        encoding="utf-8",
    )
    doc = read_source(article)
    found = words_as_names(_phrases(doc, True), doc.text, common_words(), CALENDAR)
    # "prism" is also written in lower case; "Beacon" is capitalised mid-sentence twice
    assert found == frozenset({"beacon"})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "acquired ... in a deal valued at" is what was paid; the streamer's "71 million
        # paid subscribers" and its rival's $340 million offer are not
        ("how much did prism pay for saltwick", "380"),
        # "Ordway had dated it for October 16" is the plan the premiere replaced
        ("when does saltwick 4 come out", "November 27, 2026"),
        ("when does ember tide come out on prism", "November 27, 2026"),
        ("where did they shoot saltwick 4", "Gdansk"),
        # the act in one sentence, its cause in the next, about "the 81-year-old actor"
        ("why did achterberg cancel", "broken his wrist"),
        # "the second and third films" are not the new film
        ("who wrote ember tide", "Tomas Greer"),
        # chat's "con"; a city named without the word "city"; "held" needs no verb
        ("what city is the con in", "Rotterdam"),
        ("where was saltcon held", "Kessler Hall"),
        ("how many subscribers does prism have", "71 million"),
        ("how much did the first saltwick make", "$402 million"),
        # "how fast did they sell out" asks how long it took
        ("how fast did the 3 day passes sell out", "within an hour"),
        # "in total" is no word a passage repeats; "forty minutes" counts no tickets
        ("how many tix got sold total", "7,400"),
        # a festival's "opening night" is one event, not a release at night
        ("wat film did they show on opening nite", "Low Water"),
    ],
)
def test_the_deal_is_answered(deal: Drafted, question: str, expected: str) -> None:
    assert_answers(deal[1], question, expected)


def test_a_role_one_person_holds_is_answered_yes_or_no(deal: Drafted) -> None:
    engine = deal[1]
    # '"Ember Tide," directed by Lotte Brandt': the title's apposition, not a reversal
    assert_answers(engine, "who directed ember tide", "Lotte Brandt")
    assert engine.answer("is lotte brandt directing ember tide").text.startswith("Yes: ")
    # a film has one director: another named in the role is a "no", with the fact
    no = engine.answer("did tomas greer direct ember tide?")
    assert no.answered and no.text.startswith("No: ") and "Lotte Brandt" in no.text, no.text
    # many write a film: one writer named says nothing against another
    assert not engine.answer("did lotte brandt write ember tide").answered


def test_someone_who_has_left_is_a_no_for_now_but_not_for_the_past(deal: Drafted) -> None:
    engine = deal[1]
    # "Jonas Hale, who scored the first three films, ..., has exited "Ember Tide""
    for question in ("is jonas hale still scoring ember tide", "will hale compose saltwick 4"):
        no = engine.answer(question)
        assert no.answered and no.text.startswith("No: ") and "exited" in no.text, no.text
    # the films named in the aside are not the one he left, so "why" finds the cause
    assert_answers(engine, "why did hale leave ember tide", "scheduling conflict")
    # leaving the new film says nothing against having scored an old one
    assert not engine.answer("did hale score the first saltwick").text.startswith("No: ")


@pytest.mark.parametrize(
    "question",
    [
        # "a premiere in 160 countries" counts no theaters; "October 16" is a day
        "how many theaters is ember tide opening in",
        # a price asked: "sold out within an hour" states none
        "how much are the three-day passes",
        # "wrapped principal photography in January" is when filming ended
        "when did ember tide start filming",
        # the premiere of the fourth film is no release of the first
        "when was the first saltwick released",
    ],
)
def test_what_the_deal_does_not_say_is_declined(deal: Drafted, question: str) -> None:
    assert_answers(deal[1], question, None)


@pytest.mark.parametrize(
    ("passage", "gives"),
    [
        ("was due to host the convention's closing panel, cancelled his appearance", False),
        ("the premiere was cancelled due to a scheduling conflict", True),
        ("the actor explained that he had broken his wrist in a fall", True),
    ],
)
def test_a_schedule_is_no_cause_and_an_explanation_is_one(passage: str, gives: bool) -> None:
    assert reasons.gives_reason(normalize(passage).split()) is gives


def test_british_doubled_l_is_the_same_word() -> None:
    assert stem("cancelled") == stem("canceled") == "cancel"
    assert stem("labelling") == "label"
    assert stem("filled") == "fill"


@pytest.mark.parametrize(
    ("sentence", "not_topic"),
    [
        (
            "But launching a fourth film in a crowded October corridor was costly.",
            "filming_location",
        ),
        ("A marathon covered the three films released in the 1990s.", "release_date"),
    ],
)
def test_a_film_in_a_corridor_is_no_location_and_other_films_releases_no_date(
    sentence: str, not_topic: str
) -> None:
    assert topic_of(sentence) != not_topic
    assert topic_of("The crew will film in Gdansk.") == "filming_location"


def test_how_much_with_a_copula_asks_a_price() -> None:
    words = normalize("how much are the three day passes").split()
    assert kinds.answer_kind(words, "how", frozenset()) == "money"
    words = normalize("how much snow does the town get").split()
    assert kinds.answer_kind(words, "how", frozenset()) == "count"


def test_what_others_tell_after_a_withholding_is_told(tmp_path: Path) -> None:
    text = (
        'Harbor Sets Festival Premiere for "Gull Rock 2"\nDate: May 2, 2026\n\n'
        'Harbor Pictures has not disclosed the budget of "Gull Rock 2," the sequel to its '
        "2023 thriller, but two sources familiar with the production put it at $80 "
        "million. The studio has not announced a release date for the film.\n\n"
        "Festival director Ines Brandt called the sequel a coup. The film was directed by "
        "Tomas Vey, who also made the first one.\n"
    )
    _, engine = drafted(tmp_path, "gull-rock", text)
    # "has not disclosed the budget, but two sources put it at": the sources tell it
    assert_answers(engine, "whats the budget on gull rock 2", "$80 million")
    # nobody tells the date, though
    assert_answers(engine, "when does gull rock 2 come out", None)
    # a festival director directs the festival, not the film
    assert_answers(engine, "who directed gull rock 2", "Tomas Vey")
    words = normalize("festival director ines brandt called it a coup").split()
    assert crew.other_crew({"ines", "brandt"}, words, {"who", "direct"}) == {"ines", "brandt"}
