"""Trade news read for whose name is whose and which film is which: a quoted title after
a genre ("the gothic mystery "Quenvale"") is a film's, so "the film" of the next sentence
is it; a name holding the one a question asks of is the question's own ("Nessa Qualm" of
"what will Qualm play"), not an answer; "her first feature shot on film stock" was not
her first feature; "which film came in second" asks for a film and refers to none. The
article and sentences are our own, about invented films and people.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from premise_reading import read

from bot.engine.kinds import head_nouns
from bot.engine.passages import film_words_of
from bot.engine.premise import asked, check
from bot.text import normalize
from tests.news_articles import Drafted, assert_answers, drafted, drafted_news


@pytest.fixture(scope="module")
def weekend(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "quenvale-weekend-article.txt", "weekend")


def test_a_quoted_title_after_a_genre_is_drafted_as_a_film(weekend: Drafted) -> None:
    entities, _ = weekend
    assert entities["Quenvale"]["kind"] == "film"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "The film, directed by ..." is the mystery the lead named
        ("who is the director of quenvale", "Ilka Vantross"),
        ("who is starring in quenvale", "Pell Oskarr"),
        # "produced for a reported $48 million" says its budget
        ("what was the reported production budget of quenvale", "$48 million"),
        # the headline says less than the lead, which is read after it
        ("how much did quenvale take at the domestic box office on its opening weekend", "$36.4"),
        # "came in second" is "second place went to"; the film asked for refers to none
        ("which film came in second place that weekend", "Harrowlight"),
        ("what was the film that came in second place that weekend", "Harrowlight"),
        # "the villain" names no character, and Nessa Qualm is whom the question asks of
        ("what was the name of the character qualm will play", None),
        # "the film" is no filming, and the sequel's start names no studio
        ("which studio will the sequel be filmed at", None),
        # the lost feature is never named; Ormond is the question's own studio
        ("what was the animated feature ormond lost when its partner studio closed", None),
        # "her first feature shot on film stock" is of a narrower kind
        ("what was vantross's first feature film", None),
    ],
)
def test_a_weekend_report_is_read_for_whose_name_is_whose(
    weekend: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(weekend[1], question, expected)


@pytest.mark.parametrize(
    ("question", "passage", "names", "ok"),
    [
        # the narrowing is the question's own: it asks of the first shot on film stock
        (
            "what was Vantross's first feature shot on film stock",
            "Her 2023 film premiered at Ostermere and was her first feature shot on film stock.",
            {"vantross"},
            True,
        ),
        (
            "what was Vantross's first feature",
            "Her 2023 film premiered at Ostermere and was her first feature shot on film stock.",
            {"vantross"},
            False,
        ),
        # "the first film to win" counts films that won, not films
        (
            "what was the first film made at the Ostermere studio",
            "Marrowfield was the first film to win the Ostermere studio's grant.",
            {"ostermere"},
            False,
        ),
        # a name sharing one word with the question's is another's
        (
            "who founded Harrow Park",
            "Harrow Park was founded by the late Emil Harrow, a long-time resident.",
            {"harrow", "park"},
            True,
        ),
        # the question's own name, in full, is no answer to whom she replaced
        (
            "who did Qualm replace",
            "The part will now be played by Nessa Qualm, the studio said.",
            {"qualm"},
            False,
        ),
    ],
)
def test_an_ordinal_narrowed_and_a_name_of_the_questions_own(
    question: str, passage: str, names: set[str], ok: bool
) -> None:
    assert read(question, passage, names)[0] is ok


def test_a_film_the_article_is_about_says_nothing_of_filming() -> None:
    passage = 'Snapwell Pictures confirmed that Ada Berg will play the villain in "Kessel II."'
    for question, ok in (
        ("which studio will the sequel be filmed at", False),
        ("who will play the villain in the sequel", True),
    ):
        read_as = asked(normalize(question).split(), "what", set(), question)
        # in an article about a film, "the film" and "the sequel" are said of every passage
        assert check(read_as, passage, said=film_words_of(read_as)).ok is ok, question


@pytest.mark.parametrize(
    ("question", "passage", "names"),
    [
        # a hedge on the number asked for is no term: the count may be rough or not
        (
            "roughly how many people work at Ormond",
            "Ormond employs about 1,200 people across its two lots.",
            {"ormond"},
        ),
        # "cast as the villain" is who plays the villain
        (
            "who has been cast as the villain in Quenvale",
            "Ormond confirmed that Nessa Qualm will play the villain in Quenvale.",
            {"quenvale"},
        ),
        # "working on" a spin-off is developing it
        (
            "which streamer is working on a Quenvale spin-off",
            "The streamer Kestrelvision is developing a Quenvale spin-off series.",
            {"quenvale"},
        ),
        # "due in cinemas" asks when it is released
        (
            "when is Quenvale due in cinemas",
            "Ormond has set a release date of May 2, 2027 for Quenvale.",
            {"quenvale"},
        ),
        # a release "slot" is its date
        (
            "which film is taking over the June 12 slot",
            'Ormond will release "Harrowlight," which moves up to take the June 12 date.',
            set(),
        ),
    ],
)
def test_trade_wording_for_the_asked_thing(question: str, passage: str, names: set[str]) -> None:
    assert read(question, passage, names) == (True, "")


def test_an_ordinal_before_the_head_noun_leaves_the_noun_the_head() -> None:
    assert head_nouns("what was the first film to win the gull".split()) == {"film"}
    assert head_nouns("what was the animated feature ormond lost".split()) == {"feature"}
    # a participle after the head is no modifier of a noun
    assert head_nouns("what is featured on the flag".split()) == {"featured"}


@pytest.fixture(scope="module")
def festival(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "kessmoor-festival-article.txt", "festival")


def test_an_archive_is_drafted_as_an_institution_not_a_person(festival: Drafted) -> None:
    entities, _ = festival
    assert entities["Kessmoor Film Archive"]["kind"] == "org"
    # ... so "Kessmoor" is no first name of it that a question's "Kessmoor" would mean
    assert "aliases" not in entities["Kessmoor Film Archive"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "closing night film" is ordinary English, and the film it "will close with"
        ("who is directing the closing night film pike lantern", "Oren Halvik"),
        # "founders" are who "founded" it
        ("who were the founders of the kessmoor film festival", "Lenz Kessling"),
        # "eleven features" he directed are no films he starred in
        ("which kessmoor film did oren halvik star in", None),
        # a feature asked for is named by its title in quotes
        ("which feature did ada venn ask halvik to direct", "Copper Vane"),
    ],
)
def test_a_festival_article_is_read_for_its_occasions(
    festival: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(festival[1], question, expected)


def test_a_main_prize_is_its_top_one_and_opening_doors_is_opening() -> None:
    main = "what is the Kessmoor festival's main prize"
    top = "The Kessmoor festival's top prize, the Amber Heron, carries a cash award."
    assert read(main, top, {"kessmoor"}) == (True, "")
    doors = "when did the Kessmoor Palace first open its doors"
    opened = "The Kessmoor Palace opened on 12 October 1928 with a silent film."
    assert read(doors, opened, {"kessmoor", "palace"}) == (True, "")


def test_continents_and_their_peoples_are_drafted_as_places(tmp_path: Path) -> None:
    text = (
        "date 2026-06-01\n\nThe sequel made $48.2 million from 3,912 North American theaters."
        " Latin America was the strongest region abroad. Ada Berg directed it.\n"
    )
    entities, engine = drafted(tmp_path, "weekend", text)
    assert entities["North American"]["kind"] == "place"
    assert entities["Latin America"]["kind"] == "place"
    # "North America" is no surname of a person called "Latin America"
    assert "latin-america" not in engine.parse("how much did it make in north america").entities


def test_a_name_asked_for_a_thing_beside_a_place_is_the_things() -> None:
    question = "whats the top prize at kessmoor called"
    passage = (
        "Founded in Kessmoor in 1961, the festival grew quickly over the following decades,"
        " and its top prize, the Amber Heron, carries a purse."
    )
    assert read(question, passage, {"kessmoor"}) == (True, "")
    # the name given must be of the asked thing: here none is given
    bare = "The Kessmoor festival's top prize carries a purse of 20,000 euros."
    assert read(question, bare, {"kessmoor"})[0] is False


@pytest.mark.parametrize(
    ("question", "passage", "names"),
    [
        # a participle with its doer still tells of the subject after it
        (
            "when was Kessmoor Studios founded",
            "Founded in 1931 by the brothers Ivo and Lenz Kessling, it is one of the oldest"
            " studios in the country.",
            {"kessmoor", "studios"},
        ),
        # a jury's president is who leads it
        (
            "who is the president of the jury this year",
            "The jury will be led by actor Oren Halvik, who starred in last year's winner.",
            set(),
        ),
    ],
)
def test_who_did_it_and_who_leads_it(question: str, passage: str, names: set[str]) -> None:
    assert read(question, passage, names) == (True, "")


def test_the_name_of_someones_father_is_a_persons(festival: Drafted) -> None:
    # the passage names a film and a place, and her father without his name
    engine = festival[1]
    answer = engine.answer("what was the name of oren halvik's father")
    assert not answer.answered, answer.text
