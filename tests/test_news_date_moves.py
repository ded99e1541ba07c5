"""A sequel's release date moved away from a rival, as the trade press writes it: the
headline names the film first and the rival second, and the body names the rival more;
a title with "&" ("Brass & Bramble: The Copper Tide") that fans write with "and" or
"n"; the first film of a series named after it; a trailer's date "released" by the
studio. The article is our own (tests/data/news/brass-and-bramble-date-move-article.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from news_articles import Drafted, assert_answers, drafted, drafted_news

from bot.aliases import alias_forms
from bot.draftfilms import named_only_aside
from bot.draftlede import main_film
from bot.models import Entity, EntityKind


@pytest.fixture(scope="module")
def moved(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "brass-and-bramble-date-move-article.txt", "moved")


def test_a_title_with_an_ampersand_is_one_film_and_no_piece_of_it_is_a_name(
    moved: Drafted,
) -> None:
    entities = moved[0]
    assert entities["Brass & Bramble: The Copper Tide"]["kind"] == "film"
    assert "The Copper Tide" in entities["Brass & Bramble: The Copper Tide"]["aliases"]  # type: ignore[operator]
    # the run after the "&" is neither a film nor anyone's name
    assert "Bramble: The Copper Tide" not in entities and "Bramble" not in entities
    # "Animation" names a studio; "Moviegoers" opening a sentence names no one
    assert entities["Lanternfield Animation"]["kind"] == "org"
    assert "Moviegoers" not in entities


def test_an_ampersand_is_and_to_fans() -> None:
    film = Entity("b3", EntityKind.FILM, "Brass & Bramble 3")
    assert {"brass bramble 3", "brass and bramble 3"} <= alias_forms(film)


def test_the_first_film_named_stays_the_subject_against_a_rival_named_more() -> None:
    named = [["tide", "run"], ["run"], ["run"], ["tide"]]
    same_series = {("tide", "tide"), ("run", "run")}
    subject = main_film(named, lambda e: True, lambda a, b: (a, b) in same_series)
    assert subject == "tide"
    # of one series, the one named most: the lede may name the earlier film first
    assert main_film([["one", "two"], ["two"]], lambda e: True) == "two"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "has pushed X from July 24 to November 13" states its release date
        ("whats the release date for the copper tide", "November 13, 2026"),
        # chat's "n" and "comin"
        ("when does brass n bramble 3 come out", "November 13, 2026"),
        ("is brass and bramble 3 still comin out in july??", "November 13, 2026"),
        # "to release the first trailer": the trailer is what is released
        ("when does the first trailer drop", "August 20"),
        ("who is directing the copper tide", "Wen Adeyemi-Strand"),
        # two things named and nothing else asked: their fact, not a menu
        ("cinemascore for gearwood pls", "an A grade"),
        # "the first Brass & Bramble" is the film the series is named after, and
        # "opened to $58.4 million" is an opening weekend's takings
        ("how much did the first brass & bramble make opening weekend", "$58.4 million"),
        ("when did the first brass & bramble come out", "2019"),
    ],
)
def test_the_move_is_answered(moved: Drafted, question: str, expected: str) -> None:
    assert_answers(moved[1], question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the rival's theater count is the rival's
        "how many theaters is the copper tide opening in",
        # "to release the first trailer on June 2" dates a trailer, not the film
        "is the copper tide opening in june",
    ],
)
def test_what_the_move_does_not_say_is_declined(moved: Drafted, question: str) -> None:
    answer = moved[1].answer(question)
    assert not answer.answered or answer.text.startswith("No: "), answer.text


def test_other_releases_are_not_the_article_s_film(moved: Drafted) -> None:
    # "two other wide releases, both of which open in June" speaks of other films
    index = moved[1].context.index
    fact = next(e.fact for e in index.entries if "two other wide releases" in e.fact.answer)
    assert "brass-bramble-the-copper-tide" not in fact.entities


@pytest.mark.parametrize(
    ("sentence", "aside"),
    [
        # a title in apposition to the relative clause's noun, set off by its own comma
        ('Solberg, who directed the second installment, "Thorn 2: Lanterns," left.', True),
        # a title after the clause is the sentence's subject
        ('Directed by Farrant, who took over from Okafor, "Thorn 2: Lanterns" opened.', False),
    ],
)
def test_a_title_in_apposition_to_an_aside_is_in_the_aside(sentence: str, aside: bool) -> None:
    film = Entity("thorn-2", EntityKind.FILM, "Thorn 2: Lanterns")
    assert named_only_aside(sentence, ["thorn-2"], {"thorn-2": film}) is aside


def test_a_replacement_director_is_read_through_his_credits(tmp_path: Path) -> None:
    text = (
        'Ines Dahl Exits Fantasy Sequel "Ashgrove 3: Low Tide"\nDate: April 22, 2026\n\n'
        'Ines Dahl has stepped down as director of "Ashgrove 3: Low Tide," the studio\'s '
        "fantasy sequel, seven weeks into filming. Tomas Okoro, the Lagos-born filmmaker "
        'behind last year\'s thriller "The Long Quiet," will take over in May.\n\n'
        "Okoro plans to reshoot the film's prologue and the harbour battle sequence.\n"
    )
    entities, engine = drafted(tmp_path, "ashgrove", text)
    # "Lagos-born" is an adjective, not a name; "The Long Quiet" is his credit, an aside
    assert "Lagos-born" not in entities
    assert_answers(engine, "who is taking over ashgrove 3", "Tomas Okoro")
    # "getting" asks nothing; a sequence is a scene
    assert_answers(engine, "which scenes are getting reshot", "battle sequence")
