"""A castle's reference article and a studio's reshoot story, asked with the words fans
use for what an article is about: "the place", "the project", "the old keep", "the new
scenes"; how old someone was, and how big an army was. Our own articles, about invented
things:

- "who owns the place" is the castle's owner, "why did he leave the project" the film's
  director's reason: the pointing noun names the article's subject, which a passage about
  it need not repeat ("the place of X" is another idiom, a stand-in);
- "the old stone keep" and "the new scenes" are the keep and the scenes, but "who is the
  new head of production" asks a change of holder the story does not tell, "the old
  name" one of the names a thing has in turn, and "the new gallery" of a reference
  article another than the one it had ("new" is of a work in the making only);
- "how old was he when he died" is answered by "at the age of 63", and not by a date;
- "how big was the army" is its count ("a rebel army of some 4,000 men"), which neither
  the day of "14 August" nor the "III" of "King Aldwin III" gives;
- "what grade did audiences give it" is answered by the grade it "earned";
- "seven islands, the largest of which, Crandholm" names an island; "has served as mayor
  since 2019" and "has been appointed curator" hold now, whatever year a clause gives;
- "the village's school, Tavrok Grammar" names the school by its owner's name;
- "when did they first light the beacon" asks when it was first lit ("first" no noun's), and
  "the castle ... was originally called Ulm Tower" is the castle's name;
- "The Ulmbry Heritage Trust, which also cares for three abbeys, is based in ..." tells
  where the trust is based, the clause between notwithstanding;
- "when was the curtain wall finished" is answered by "built between 1170 and 1184";
- "running down a hallway" runs nothing, so it tells no owner and no one who runs a thing.
"""

from __future__ import annotations

import pytest

from bot.concepts import GENERAL_CONCEPTS
from bot.engine import explain, guesses, labels, owners, proforms, sizes
from bot.text import normalize, stem
from tests.news_articles import Drafted, assert_answers, drafted_articles

ARTICLES = {
    "castle": "tavrok-castle-article.txt",
    "reshoots": "ulmbry-pictures-article.txt",
}


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Drafted]:
    return drafted_articles(tmp_path_factory, ARTICLES)


ASKED = [
    # the pointing nouns
    ("castle", "who owns the place", "Ulmbry Heritage Trust"),
    ("reshoots", "why did ansel tavrin leave the project", "creative differences"),
    ("castle", "what took the place of the ticket hut", None),
    # how new or old the thing asked of is
    ("castle", "when was the old stone keep finished", "1142"),
    ("castle", "who designed the new visitor centre", "Mira Ulmgate"),  # it says "new"
    ("reshoots", "when's the new film coming out", "November 20"),
    ("reshoots", "where will they shoot the new scenes", "Marsh Lane Studios"),
    ("reshoots", "who's the new head of production", None),
    ("castle", "what was the old name of the castle", None),
    ("reshoots", "what's the new release date", "November 20"),
    # a grade given is one earned
    ("reshoots", "what grade did audiences give low water", "A- CinemaScore"),
    # an age
    ("castle", "how old was crandor vessick when he died", "at the age of 63"),
    ("castle", "how old was king aldwin at the siege", None),
    # one of those named before ("the largest of which, Crandholm"); what has been so
    # since, in the present perfect, holds now
    ("castle", "what's the biggest island", "Crandholm"),
    ("castle", "who's the mayor of tavrok now", "Tomas Ulmbeck"),
    ("castle", "who's the curator of the keep now", "Wenna Tavrok"),
    ("castle", "who founded the village's school", "Ilsa Crandmoor"),
    # "first" of an act, and an adverb between "and" and a passive verb
    ("castle", "when did they first light the beacon", "1410"),
    ("castle", "what was the castle called originally", "Ulm Tower"),
    # a building told over years is finished in the last
    ("castle", "when was the curtain wall finished", "between 1170 and 1184"),
    ("castle", "when was the visitor centre finished", None),
    # a passive verb's subject is the sentence's opening noun, a clause set off between
    ("castle", "where is the trust based", "the old mill at Tavrok"),
    # a group's size is its count
    ("castle", "how big was the earl's army", "4,000 men"),
    ("castle", "how big was the rebel army", "4,000 men"),
    ("castle", "how big was the king's garrison", None),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_each_article_is_read_as_fans_ask(
    read: dict[str, Drafted], article: str, question: str, expected: str | None
) -> None:
    assert_answers(read[article][1], question, expected)


@pytest.mark.parametrize(
    ("question", "word", "points"),
    [
        ("who owns the place", "place", True),
        ("why did she leave this project", "project", True),
        ("what took the place of the ferry", "place", False),  # a stand-in
        ("what place did it come", "place", False),  # a placing asked
    ],
)
def test_a_pointing_noun_names_the_subject(question: str, word: str, points: bool) -> None:
    words = normalize(question).split()
    assert proforms.pro_form(words, words.index(word)) is points


@pytest.mark.parametrize(
    ("question", "word", "of_the_thing"),
    [
        ("when was the old stone bridge finished", "old", True),
        ("who directed the new film", "new", True),
        ("who directed the new komador film", "new", True),
        ("when did the new gallery open", "new", False),  # another than the old one
        ("who is the new head of production", "new", False),  # a new holder asked
        ("what was the old name of the station", "old", False),  # one of its names
        ("what is the new date", "new", False),
        ("how old was he", "old", False),
    ],
)
def test_how_new_a_thing_is_names_it(question: str, word: str, of_the_thing: bool) -> None:
    words = normalize(question).split()
    assert proforms.age_of_a_thing(words, words.index(word)) is of_the_thing


def test_a_group_is_sized_by_its_count_a_place_by_a_measure() -> None:
    assert sizes.size_of_an_amount(normalize("how big was the army").split())
    assert not sizes.size_of_an_amount(normalize("how big is the marsh").split())


def test_a_rulers_number_counts_nothing() -> None:
    passage = "The garrison of King Aldwin III held against 4,000 men."
    words = normalize(passage).split()
    assert [words[i] for i in labels.regnal(passage)] == ["3"]


def test_a_name_opened_by_the_owner_names_the_thing_not_its_owner() -> None:
    """ "The village's school, Tavrok Grammar" does not make Tavrok the school's owner by
    name, as "her apprentice Tomas" makes Tomas the apprentice, not the one who has one."""
    passage = "The village's parish school, Tavrok Grammar, was founded in 1590."
    stems = [stem(w) for w in normalize(passage).split()]
    assert owners.other_owner([("tavrok", "school")], passage, stems, set()) is None
    told = "Her apprentice Tomas kept the school."
    told_stems = [stem(w) for w in normalize(told).split()]
    assert owners.other_owner([("tomas", "apprentice")], told, told_stems, set()) == "apprentice"


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("what was its population around 1900", "what was its population around 1900"),
        ("did it open to like 60m", "did it open to"),  # a guess at the answer
        ("when did it open around 1990", "when did it open"),
    ],
)
def test_a_year_asked_of_is_no_guess(question: str, left: str) -> None:
    assert guesses.without_guesses(normalize(question).split()) == normalize(left).split()


def test_running_down_a_hallway_runs_nothing() -> None:
    def explained(term: str, passage: str) -> bool:
        words = normalize(passage).split()
        stems = [stem(w) for w in words]
        read = explain.Passage.read(stems, {*words, *stems}, GENERAL_CONCEPTS, words)
        return explain.unexplained((term,), read, GENERAL_CONCEPTS) is None

    assert explained("own", "The trust runs the museum.")
    assert not explained("own", "Cruise is running down a smoky hallway.")
    assert explained("run", "The trust runs the museum.")
    assert not explained("run", "Cruise is running down a smoky hallway.")
