"""A franchise moving to streaming, as trade news writes it: a series titled "The X: Y"
and then called "Y", a showrunner named with her job, a role whose casting is kept secret,
another title in a box-office aside, a runtime, month abbreviations, a percentage beside
a sum. Fans ask in chat shorthand ("eps", "s1", "like 150m?"). The draft names what the
article names; the engine answers what it says and declines what it keeps back."""

from __future__ import annotations

import pytest
from news_articles import Drafted, assert_answers, drafted_news

from bot.concepts import GENERAL_CONCEPTS
from bot.engine import guesses, kinds, premise, withheld
from bot.engine.stated import sum_of_money
from bot.text import normalize, stem


@pytest.fixture(scope="module")
def cinderlane(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "cinderlane-streaming-article.txt", "cinderlane")


def test_a_showrunner_is_drafted_by_her_name_not_her_job(cinderlane: Drafted) -> None:
    entities, engine = cinderlane
    assert "Odalys Brennick" in entities
    assert not any(name.startswith("Showrunner") for name in entities)
    assert_answers(engine, "who is the showrunner", "Odalys Brennick")


def test_quoted_titles_are_works_and_the_series_title_keeps_its_colon(
    cinderlane: Drafted,
) -> None:
    entities, _ = cinderlane
    series = entities["Cinderlane: Emberhall"]
    assert series["kind"] == "film"
    # the article quotes "Emberhall" alone: the subtitle is the series' name too
    assert "Emberhall" in series.get("aliases", [])  # type: ignore[operator]
    # a credit in an aside and a title in a box-office roundup are works, not people
    assert entities["Night Ledger"]["kind"] == "film"
    assert entities["Paper Lanterns"]["kind"] == "film"
    # a fourth "Cinderlane" film: the quoted series name is the franchise
    assert entities["Cinderlane"]["kind"] == "franchise"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "stars X as Y" says who plays Y
        ("who plays aubric fane", "Tobiah Quenneville"),
        # the subtitle alone, and a month as news abbreviates it
        ("when does emberhall premiere", "Sept. 24, 2027"),
        # a runtime: "runs 48 minutes" says how long
        ("how long are the episodes", "48 minutes"),
        # "shot" is the past of "shoot"
        ("where did they shoot it", "Harrowmere Bay"),
        # the novels are the books
        ("how many copies have the books sold", "nine million"),
        # "the first film" ranks the sentence about the first film; a sum is money
        ("how much did the first film make", "$140 million"),
    ],
)
def test_what_the_article_says_is_answered(
    cinderlane: Drafted, question: str, expected: str
) -> None:
    assert_answers(cinderlane[1], question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the casting is kept under wraps: the streamer is no answer to "who"
        "who plays maelis",
        # ordinary words of film news are no unknown names, and nothing says so
        "is there a reboot planned",
        # "38% of its opening gross" is no sum of money
        "how much did the first film make opening weekend",
        # "did not release the terms of the deal" is no release date
        "when was the deal released",
    ],
)
def test_what_it_does_not_say_is_declined(cinderlane: Drafted, question: str) -> None:
    assert_answers(cinderlane[1], question, None)


def test_a_withheld_role_shows_the_sentence_that_keeps_it_back(cinderlane: Drafted) -> None:
    answer = cinderlane[1].answer("who plays maelis")
    assert not answer.answered
    assert "under wraps" in answer.text


def test_a_hedged_guess_is_no_premise(cinderlane: Drafted) -> None:
    # "like 150m?" is a guess: the decline shows the sum the article gives, not "150m"
    answer = cinderlane[1].answer("did the first film make like 150m?")
    assert "$140 million" in answer.text
    assert "150" not in answer.text


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("how many eps is s1", "how many episodes is season 1"),
        ("is it like 3 hrs", "is it like 3 hours"),
        ("did it open to like 60m?", "did it open to like 60 million"),
        ("it made £1.2bn", "it made 1 2 billion"),
        ("the U.S. 1 highway", "the u s 1 highway"),  # "U.S." is no season
    ],
)
def test_chat_shorthand_is_read_as_words(text: str, normalized: str) -> None:
    assert normalize(text) == normalized


@pytest.mark.parametrize(
    ("passage", "question", "withheld_term"),
    [
        ("Quillbox+ has kept the casting of that role under wraps.", "who plays maelis", "role"),
        ("The studio declined to name the director.", "who is directing it", "direct"),
        ("The release date has yet to be announced.", "when is the release date", "release"),
        # what the withholding is about stands in another clause: no verdict
        (
            "Ines Calloway will direct the sequel, though the studio has not announced a date.",
            "who is directing the sequel",
            None,
        ),
    ],
)
def test_a_passage_withholding_what_is_asked_is_no_answer(
    passage: str, question: str, withheld_term: str | None
) -> None:
    asked = normalize(question).split()
    terms = premise.asked(asked, asked[0]).terms  # type: ignore[arg-type]
    words = normalize(passage).split()
    verdict = withheld.verdict(terms, words, [stem(w) for w in words], GENERAL_CONCEPTS)
    if withheld_term is None:
        assert verdict.ok, verdict
    else:
        assert (verdict.ok, verdict.reason, verdict.detail) == (False, "withheld", withheld_term)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("how much did it make", "money"),
        ("how much did the sequel cost", "money"),
        ("how much did the books sell", "count"),
        ("how many episodes are there", "count"),
    ],
)
def test_how_much_money_asks_for_a_sum(cinderlane: Drafted, question: str, kind: str) -> None:
    words = normalize(question).split()
    assert premise.asked(words, cinderlane[1].parse(question).qtype).kind == kind


def test_a_sum_is_stated_with_its_currency() -> None:
    assert sum_of_money("It earned $140 million.", normalize("It earned $140 million.").split())
    share = "Premium screens made up 38% of the gross."
    assert not sum_of_money(share, normalize(share).split())


def test_only_the_first_of_the_series_ranks_by_its_ordinal() -> None:
    assert kinds.ordered(normalize("how much did the first film make").split(), 4)
    # "her first film score" is about someone's career, not one of the series' films
    assert not kinds.ordered(normalize("what was her first film score").split(), 3)


def test_news_month_abbreviations_are_times() -> None:
    for word in ("nov", "sept", "dec"):
        assert kinds.ANSWER_KINDS["time"](word)


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("what did it open to again like 60 million", "what did it open to again"),
        ("is it like 3 hours", "is it"),
        # a number nobody hedges stays a premise
        ("did it open to 60 million", "did it open to 60 million"),
    ],
)
def test_a_hedged_guess_is_taken_out_of_the_question(question: str, left: str) -> None:
    assert " ".join(guesses.without_guesses(question.split())) == left
