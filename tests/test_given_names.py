"""Fans call people by their first names: "why did ottilie leave", "who is wystan playing".
A first name only one person or character has, and no English word spells, names them;
a shared one, an ordinary word ("grace") and a first name before an unknown surname
("ottilie vance", someone else) do not."""

from __future__ import annotations

import pytest

from bot.aliases import AliasMatcher, given_names
from bot.engine import Engine
from bot.models import Entity, EntityKind
from tests.news_articles import assert_answers, drafted

ARTICLE = """Ottilie Marchbanks Exits 'Pellucid Run 2'; Wystan Achterberg Joins as the Warden
Date: 2026-04-14

Harrowgate Pictures has lost one of the stars of "Pellucid Run 2" weeks before filming.

Ottilie Marchbanks, who played the smuggler Brisa in the first film, has left the sequel because of a scheduling conflict with the stage musical "Lanterns at Noon" in London.

Wystan Achterberg will play the Warden, the film's new villain, the studio said on Monday.

Grace Dunleavy-Oyelaran returns as the pilot Kestra. Marguerite Solberg-Amadi directs, and Marguerite Fenwright wrote the script.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted(tmp_path_factory.mktemp("given"), "pellucid", ARTICLE)[1]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("why did ottilie leave the sequel", "scheduling conflict"),
        ("who is wystan playing in pellucid run 2", "the Warden"),
        ("who is Wystan playing", "the Warden"),
        # the full name still answers
        ("why did ottilie marchbanks leave", "scheduling conflict"),
    ],
)
def test_a_unique_first_name_names_its_owner(engine: Engine, question: str, expected: str) -> None:
    assert_answers(engine, question, expected)


def test_a_first_name_before_an_unknown_surname_is_someone_else(engine: Engine) -> None:
    answer = engine.answer("why did Ottilie Varga leave")
    assert not answer.answered
    assert "“ottilie varga”" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        # two people are called Marguerite: neither is meant
        "what did marguerite do on pellucid run 2",
        # "grace" is an English word before it is her name
        "what does grace think of the villain",
    ],
)
def test_a_shared_or_ordinary_first_name_names_no_one(engine: Engine, question: str) -> None:
    people = [e for e in engine.parse(question).entities if e != "pellucid-run-2"]
    assert people == []


def _person(name: str, kind: EntityKind = EntityKind.PERSON) -> Entity:
    return Entity(id=name.lower().replace(" ", "-"), kind=kind, name=name)


def test_given_names_are_unique_uncommon_and_of_names() -> None:
    entities = [
        _person("Ottilie Marchbanks"),
        _person("Marguerite Solberg"),
        _person("Marguerite Fenwright"),
        _person("Grace Dunleavy"),
        _person("Brisa Kell", EntityKind.ROLE),
        # a drafted "person" that is no one: no first name of hers is a name
        _person("Lisbon Prizes"),
        _person("Harrowgate Pictures", EntityKind.ORG),
    ]
    assert given_names(entities) == {
        "ottilie": "ottilie-marchbanks",
        "brisa": "brisa-kell",
    }


def test_a_first_name_never_takes_a_word_of_another_name() -> None:
    entities = [_person("Sloane Abernethy"), _person("Sloane Pictures", EntityKind.ORG)]
    matcher = AliasMatcher(entities, by_given_names=True)
    assert [m.entity_id for m in matcher.find(["sloane"])] != ["sloane-abernethy"]
    # without the option (a fact file's validity), first names are no aliases at all
    assert AliasMatcher([_person("Ottilie Marchbanks")]).find(["ottilie"]) == []
