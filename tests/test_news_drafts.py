"""Film news as it is written: a title-case headline, a recast, quotes, initials, titles in
quotes, an earlier film in the franchise. The draft names what the article names, and
the engine answers who holds a part now."""

from __future__ import annotations

import pytest
from news_articles import assert_answers, drafted

from bot.aliases import AliasMatcher
from bot.coref import referred
from bot.draftfilms import main_film
from bot.draftmerge import _given_names
from bot.engine import Engine
from bot.engine.plans import asks_plan, only_the_old_plan
from bot.engine.successor import asks_successor, states_succession
from bot.models import Entity, EntityKind
from bot.newsform import headline
from bot.text import normalize

STORMGLASS = """date 2026-06-01

'Stormglass 2' Shifts to May 2028 as Renata Qualls Takes Over as Captain Ivo Brandt

Brightwater Studios has moved "Stormglass 2," the sequel to its 2024 naval thriller, out \
of the autumn, and given its spin-off "Iron Harbor Nights" the October date. The sequel, which had been dated for October 3, 2027, will now open on \
May 12, 2028.

Oskar Lindqvist, who played Captain Ivo Brandt in the first film, has left the project. \
According to the studio, the part now calls for a younger actor. Brightwater has recast \
the role with Renata Qualls, star of the series "Night Harbor Blues."

"Oskar gave Ivo his spine," director M.J. Arden said. "Don't expect the same man. \
Renata gives him a temper."

The original "Stormglass," released in 2024, grossed $318 million worldwide.

Filming was originally scheduled to begin in March 2026.

Det. Hana Ruiz, a retired harbour police officer, advised on the script.
"""


@pytest.fixture(scope="module")
def stormglass(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, dict[str, object]], Engine]:
    return drafted(tmp_path_factory.mktemp("stormglass"), "stormglass", STORMGLASS)


def test_the_draft_names_the_articles_people_and_titles_and_no_headline_words(
    stormglass: tuple[dict[str, dict[str, object]], Engine],
) -> None:
    entities, _ = stormglass
    # the headline capitalises every word: none of its runs is a name
    assert not [n for n in entities if "Takes" in n or "Shifts" in n], sorted(entities)
    # initials with two points, and a police rank before a name
    assert entities["M.J. Arden"]["kind"] == "person"
    assert entities["Hana Ruiz"]["kind"] == "person"
    assert not {"Det", "Det Hana Ruiz", "Don't"} & set(entities), sorted(entities)
    # a first name alone, in a quote, is the person the article names in full
    assert "Oskar" in entities["Oskar Lindqvist"]["aliases"]  # type: ignore[operator]
    assert "Ivo" in entities["Captain Ivo Brandt"]["aliases"]  # type: ignore[operator]
    assert not {"Oskar", "Ivo", "Renata"} & set(entities)
    # a quoted title in the lede is a title, whatever its words
    assert entities["Iron Harbor Nights"]["kind"] == "film"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who's the new ivo brandt", "Renata Qualls"),
        ("who plays brandt now??", "Renata Qualls"),
        ("who played captain ivo brandt in the first film", "Oskar Lindqvist"),
        ("when's stormglass 2 out now", "May 12, 2028"),
        ("who is the new hana ruiz", None),  # no one took her part over
        ("wait when was stormglass 2 originally supposed to come out", "October 3, 2027"),
        ("what was the og release date before they moved it", "October 3, 2027"),
        ("when did filming start", None),  # only the plan since changed is given
    ],
)
def test_a_recast_part_and_a_moved_date_are_answered_from_the_news(
    stormglass: tuple[dict[str, dict[str, object]], Engine], question: str, expected: str | None
) -> None:
    assert_answers(stormglass[1], question, expected)


@pytest.mark.parametrize(
    ("sentence", "headline_or_not"),
    [
        ("'Stormglass 2' Shifts to May 2028 as Renata Qualls Takes Over", True),
        ("Lighthouse Row Movie Finally Rolls Cameras in Nova Scotia", True),
        ("Brightwater Studios has moved Stormglass 2 to May", False),
        ("Honours", False),  # a biography's section heading: too short to tell
        ("Steven Pinker, Lisa Randall and Roy Glauber Teach There.", False),  # a sentence
    ],
)
def test_a_title_case_headline_is_told_from_a_sentence(
    sentence: str, headline_or_not: bool
) -> None:
    assert headline(sentence) is headline_or_not


def test_a_lone_given_name_joins_the_one_person_it_names_and_no_one_else() -> None:
    people = [
        Entity("", EntityKind.PERSON, "Marcus Fenwright"),
        Entity("", EntityKind.PERSON, "Warden Osric Vale"),
        Entity("", EntityKind.PERSON, "Ada Holm"),
        Entity("", EntityKind.PERSON, "Ada Reyes"),
    ]
    lone = [Entity("", EntityKind.ORG, n) for n in ("Marcus", "Osric", "Ada", "Vale")]
    kept = {e.name: e for e in _given_names([*people, *lone])}
    assert kept["Marcus Fenwright"].aliases == ("Marcus",)
    assert kept["Warden Osric Vale"].aliases == ("Osric",)
    # two Adas: the lone word is left as it is; a surname is not a given name
    assert "Ada" in kept and kept["Ada Holm"].aliases == ()
    assert "Vale" in kept


def test_the_role_is_the_part_named_just_before() -> None:
    entities = {
        "lind": Entity("lind", EntityKind.PERSON, "Tomas Lind"),
        "hesk": Entity("hesk", EntityKind.PERSON, "Admiral Corva Hesk"),
        "fisk": Entity("fisk", EntityKind.PERSON, "Oyelaran Fisk"),
    }
    sentences = [
        "Tomas Lind, who has played Admiral Corva Hesk since 2019, has exited the film.",
        "His stage commitments collided with the reshoots.",
        "The studio has recast the role with Oyelaran Fisk.",
    ]
    named = [["lind", "hesk"], [], ["fisk"]]
    assert referred(sentences, named, entities)[2] == ("hesk",)
    # "the role of ..." names its part itself
    own = [sentences[0], "The role of the admiral's son goes to Oyelaran Fisk."]
    assert referred(own, [["lind", "hesk"], ["fisk"]], entities)[1] == ()


def test_the_articles_film_is_the_one_its_lede_names() -> None:
    def is_film(e: str) -> bool:
        return e.startswith("film")

    assert main_film([[], ["film-a", "x"], ["film-b"]], is_film) == "film-a"
    # a biography naming its first film in the fifth sentence is about no film
    assert main_film([["x"], [], ["y"], [], ["film-a"]], is_film) is None


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("Halcyon has recast the role with Oyelaran Fisk.", True),
        ("The role of Dunmore now goes to Hana Vosburgh.", True),
        ("Lionel Oduya will step into the character's armor.", True),
        ("Fisk takes over as the admiral.", True),
        ("Talia Brennick has played the admiral since 2019.", False),
        ("The new film opens in May.", False),
    ],
)
def test_a_sentence_saying_a_part_changed_hands(sentence: str, states: bool) -> None:
    assert states_succession(normalize(sentence).split()) is states


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("who's the new hesk", True),
        ("who plays hesk now", True),
        ("who played hesk", False),
        ("who is directing the new one", False),
        ("when is the new hesk film out", False),
    ],
)
def test_a_question_asking_who_took_a_part_over(question: str, asks: bool) -> None:
    hesk = Entity("hesk", EntityKind.PERSON, "Corva Hesk", ("Hesk",))
    words = normalize(question).split()
    mentions = AliasMatcher([hesk]).find(words)
    assert asks_successor(words, mentions, {"hesk": hesk}) is asks


@pytest.mark.parametrize(
    ("sentence", "old_plan_only"),
    [
        ("The production was originally scheduled to begin in mid-September 2025.", True),
        ("The sequel had been dated for November 20, 2026.", True),
        ("The sequel, which had been dated for November 20, will now open on March 5.", False),
        ("It was originally set to shoot in Budapest, but the production relocated.", False),
        ("Filming began in Halifax on February 16.", False),
    ],
)
def test_a_sentence_giving_only_a_plan_since_changed(sentence: str, old_plan_only: bool) -> None:
    assert only_the_old_plan(normalize(sentence).split()) is old_plan_only


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("when was it originally supposed to come out", True),
        ("what was the og release date", True),
        ("what was the original name of the school", False),
        ("what was the original release date", False),  # the oldest report's
        ("where is he from originally", False),
        ("when does it come out", False),
    ],
)
def test_a_question_asking_for_the_old_plan(question: str, asks: bool) -> None:
    assert asks_plan(normalize(question).split()) is asks
