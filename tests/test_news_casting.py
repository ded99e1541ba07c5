"""Casting news with a career behind it, as the trade press writes it: ages in
appositions ("Brandvold, 38,"), a birthplace after a participle ("Born in 1987 in
Hollundby, ..., she"), an awards list that pairs each category with its film, a studio
"producing" the film beside a quote that "made" something, "director-driven" thrillers,
and fans' "og director". The article is our own
(tests/data/news/lantern-reef-casting-article.txt)."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
from news_articles import Drafted, assert_answers, drafted, drafted_news

from bot.concepts import GENERAL_CONCEPTS
from bot.coref import referred
from bot.drafttopics import topic_of
from bot.engine import ages, films, kinds, namekinds, opposites, plans, premise
from bot.models import Entity, EntityKind
from bot.text import common_words, normalize
from bot.titles import MAX_INITIALS


@pytest.fixture(scope="module")
def casting(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "lantern-reef-casting-article.txt", "casting")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "og" is the first film's here, not a plan since changed
        ("who's directing lantern reef 2? did the og director come back", "Casimir Oduya"),
        # an age in an apposition after the name
        ("how old is brandvold", "38"),
        ("how old is mathis quell", "29"),
        # the "she" after a participle's clause is the one person named before it
        ("where was brandvold born", "Hollundby"),
        # "Quell, 29," says an age: its "old" denies nothing "new"
        ("who's the new ivo stern", "Mathis Quell"),
        # each category with the film after it
        ("who won best actress for salt hymn", "Brandvold"),
        ("who won best actor for dry season", "Emeka Vaughn"),
        # "making" a film is producing it
        ("which studio is making lantern reef 2", "Marrow Lane Pictures"),
        # "Missing from the cast is X, who played Y" says why nothing; "the Swedish
        # actress" in the next sentence is X (not the part she played), and says why
        ("why isnt greta holm back as signe lund", "year-long stage run"),
        ("why did holm turn down the sequel", "year-long stage run"),
    ],
)
def test_the_casting_news_is_answered(casting: Drafted, question: str, expected: str) -> None:
    assert_answers(casting[1], question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the awards list gives these categories to other films
        "who won best actor for salt hymn",
        "who won best actress for dry season",
        # the sentence naming Rund gives Quell's age
        "how old is aksel rund",
        # no date is set; her screen debut is no release
        "when does lantern reef 2 come out",
    ],
)
def test_what_the_casting_news_does_not_say_is_declined(casting: Drafted, question: str) -> None:
    assert_answers(casting[1], question, None)


def test_names_are_people_and_places_by_what_follows_them(casting: Drafted) -> None:
    entities = casting[0]
    # "now goes to Mathis Quell, 29,": an age makes a person, though "to" comes before
    assert entities["Mathis Quell"]["kind"] == "person"
    # "off the coast of Malta", "on the Jutland coast"
    assert entities["Malta"]["kind"] == "place"
    assert entities["Jutland"]["kind"] == "place"


def test_a_quote_names_no_studio_and_a_place_no_one(tmp_path: Path) -> None:
    text = (
        'Harrow Pictures Casts Ilse Marrin in "Gull Rock 2"\nDate: May 2, 2026\n\n'
        'Harrow Pictures has cast Ilse Marrin in "Gull Rock 2," the sequel to its 2023 '
        "thriller.\n\n"
        '"I loved the script, which made this an easy yes," Marrin said. The crew '
        "traveled to Porvenja last week.\n"
    )
    engine = drafted(tmp_path, "gull-rock", text)[1]
    index = engine.context.index
    parsed = engine.parse("which studio made gull rock 2")
    question = premise.asked(parsed.words, parsed.qtype, text=parsed.text)
    # the only name beside "made" is the speaker's, and a person is no studio
    quote = '"I loved the script, which made this an easy yes," Marrin said.'
    assert namekinds.names_none(question, quote, index)
    assert not namekinds.names_none(question, "Harrow Pictures made the sequel.", index)
    # a name the article never gave may be a company's
    assert not namekinds.names_none(question, "Tollgate made the sequel.", index)
    who = engine.parse("who made gull rock 2")
    assert not namekinds.names_none(premise.asked(who.words, who.qtype), quote, index)
    # "who" asks for someone: a place is no one
    who = engine.parse("who is the stunt coordinator")
    asked = premise.asked(who.words, who.qtype)
    trip = "Department heads, including the stunt coordinator, traveled to Porvenja."
    assert namekinds.names_none(asked, trip, index)
    assert not namekinds.names_none(asked, "Stunt coordinator Ada Quell went too.", index)


def test_a_pronoun_after_a_participles_clause_is_the_person_named_before() -> None:
    entities = {"ottilie": Entity("ottilie", EntityKind.PERSON, "Ottilie Brandvold")}
    sentences = [
        "For Ottilie Brandvold, the project marks a return.",
        "Born in 1987 in a fishing town, she studied drama.",
    ]
    assert referred(sentences, [["ottilie"], []], entities) == [(), ("ottilie",)]


def test_an_age_and_a_compound_adjective_are_normalized() -> None:
    assert normalize("Brandvold, 38, spent") == "brandvold 38 years old spent"
    # a date's day or a year is no age
    assert normalize("On May 5, 44, people came") == "on may 5 44 people came"
    # "director-driven" names no director; a name before "-led" keeps its word
    assert normalize("director-driven thrillers") == "directordriven thrillers"
    assert "director" not in normalize("director-driven thrillers").split()
    assert topic_of("Marrow Lane has built its name on director-driven thrillers.") != "director"


def test_a_persons_debut_is_no_release() -> None:
    sentence = "She studied drama before making her screen debut in a crime series."
    assert topic_of(sentence) != "release_date"
    assert topic_of("The sequel will debut in theaters on May 1.") == "release_date"


def test_og_asks_a_plan_only_of_a_date() -> None:
    assert plans.asks_plan(normalize("what was the og release date").split())
    assert not plans.asks_plan(normalize("did the og director come back").split())


def test_a_question_word_keeps_a_titles_last_word_from_being_asked() -> None:
    # "the cormorant year" is a title: the question asks who, not which year
    assert kinds.head_nouns(normalize("who is directing the cormorant year").split()) == set()
    assert kinds.head_nouns(normalize("night ferry 2 release date").split()) == {"date"}


def test_an_age_is_the_one_of_the_name_before_it() -> None:
    words = normalize(
        "The role of Ivo Stern, played by Aksel Rund, goes to Mathis Quell, 29, a newcomer."
    )
    for asked, ok in (("how old is aksel rund", False), ("how old is mathis quell", True)):
        question = premise.asked(normalize(asked).split(), "how", asked.split()[-2:])
        assert ages.verdict(question, words.split()).ok is ok, asked
    # "who is 29 years old" names no one before the age
    question = premise.asked("how old is aksel rund".split(), "how", ["aksel", "rund"])
    assert ages.verdict(question, normalize("Rund, who is 29 years old").split()).ok


def test_an_awards_category_is_the_one_before_the_film() -> None:
    words = normalize(
        'Brandvold won Best Actress for "Salt Hymn," and Vaughn was named Best Actor for '
        '"Dry Season."'
    ).split()
    assert opposites.awarded_the_other(["best", "actor"], {"salt", "hymn"}, words) == "actress"
    assert opposites.awarded_the_other(["best", "actor"], {"dry", "season"}, words) is None


def test_a_lawsuit_in_the_words_of_the_court_pages(tmp_path: Path) -> None:
    text = (
        "Ilse Marrin Sues Harrow Pictures\nDate: May 2, 2026\n\n"
        "Ilse Marrin has sued Harrow Pictures over her exit from its sequel.\n\n"
        "The complaint, filed Monday in Ostvik County Superior Court, cites at least 14 "
        "internal messages.\n\n"
        "Her attorney, Tomas Vey, called the studio's decision cruel.\n"
    )
    engine = drafted(tmp_path, "marrin", text)[1]
    # the complaint is the lawsuit; "msgs" are messages; an attorney is a lawyer
    assert_answers(engine, "which court is the lawsuit in", "Ostvik County Superior Court")
    assert_answers(engine, "how many internal msgs does the complaint cite", "14")
    assert_answers(engine, "who is her lawyer", "Tomas Vey")


@pytest.mark.parametrize(
    ("question", "now"),
    [
        ("what's the name of the character she's playing", True),
        ("who is brandvold playing", True),
        ("who will brandvold play", True),
        ("who did brandvold play in salt hymn", False),
        ("who was the director", False),
    ],
)
def test_a_question_of_now(question: str, now: bool) -> None:
    assert films.asks_of_now(normalize(question).split()) is now


def test_of_now_a_passage_about_an_earlier_film_ranks_as_another_films(
    casting: Drafted,
) -> None:
    engine = casting[1]
    index = engine.context.index
    current = engine.context.current
    assert current is not None and current.name == "Lantern Reef 2"
    everything = range(len(index.entries))
    earlier = {
        index.entries[at].fact.answer
        for at in films.earlier_films(
            index, engine.parse("who is brandvold playing"), current, everything
        )
    }
    # the ferry pilot of "Salt Hymn" (2018) was then; "will play Ada Kerr" is now
    assert any("ferry pilot" in passage for passage in earlier)
    assert not any("Ada Kerr" in passage for passage in earlier)
    # asked of the past, or of a film by name, nothing ranks lower
    for asked in ("who did brandvold play", "who is brandvold playing in salt hymn"):
        assert not films.earlier_films(index, engine.parse(asked), current, everything), asked


def test_a_denial_by_surname_is_a_no_and_a_company_is_no_director(tmp_path: Path) -> None:
    text = (
        'Harrow Pictures Dates Two "Gull Rock" Films\nDate: May 2, 2026\n\n'
        "The Burbank-based Harrow Pictures has named a new filmmaker for its next two "
        'films. Ilse Marrin will direct "Gull Rock 3." "Gull Rock 4" will not be directed '
        "by Marrin; that film goes to Tomas Vey.\n"
    )
    engine = drafted(tmp_path, "gull-rock", text)[1]
    # "will not be directed by Marrin" denies it of Ilse Marrin, by her surname, even
    # when the question's verb ("doing") checks nothing
    for question in ("is ilse marrin directing gull rock 4", "is marrin doing gull rock 4 too?"):
        no = engine.answer(question)
        assert no.answered and no.text.startswith("No: "), (question, no.text)
    # a director is a person: a studio (or "Burbank-based") names none
    index = engine.context.index
    who = engine.parse("who is the new director")
    asked = premise.asked(who.words, who.qtype)
    lede = "The Burbank-based Harrow Pictures has named a new filmmaker for its next two films."
    assert namekinds.names_none(asked, lede, index)
    assert not namekinds.names_none(asked, 'Ilse Marrin will direct "Gull Rock 3."', index)


def test_no_concept_word_is_a_titles_initials(tmp_path: Path) -> None:
    # A concept's words are refused as aliases, and a title's initials are its alias:
    # were "og" a concept word, "Outer Grove 2" (OG2, OG) would fail validation and its
    # draft fall back to passages only.
    short = {
        w
        for words in GENERAL_CONCEPTS.groups.values()
        for w in words
        if len(w) <= MAX_INITIALS and w.isalpha() and w not in common_words()
    }
    assert not short
    text = (
        'Harrow Pictures Dates "Outer Grove 2"\nDate: May 2, 2026\n\n"Outer Grove 2," the '
        'sequel to the 2023 thriller "Outer Grove," will open on May 1, 2027, Harrow '
        "Pictures said. The film reunites the cast of the first Outer Grove.\n"
    )
    entities, engine = drafted(tmp_path, "outer-grove", text)
    assert {"Outer Grove", "Outer Grove 2"} <= set(entities)
    # and fans' "og" is "original" there, "the og release date" a plan
    assert "original" in engine.parse("who directed the og outer grove").words
    assert "og" in engine.parse("what was the og release date").words


def test_ordinary_words_before_part_are_no_title(casting: Drafted) -> None:
    engine = casting[1]
    # "part" makes a title only with its number: "dead reckoning part 1"
    assert (
        engine.parse("which company is covering part of the budget overrun").unknown_phrase is None
    )
    assert "zorvath" in (engine.parse("is zorvath part 2 out").unknown_phrase or "")


def test_a_described_film_and_chat_words_are_no_unknown_names(casting: Drafted) -> None:
    engine = casting[1]
    # "her big breakthrough film" describes a film; "nom" is chat for "nomination"
    assert engine.parse("what was her big breakthrough film").unknown_phrase is None
    nominated = engine.parse("which movie got her the nom")
    assert "nomination" in nominated.words and nominated.unknown_phrase is None
    # a lowercase title before "movie" still is one
    assert "zorvath" in (engine.parse("when is the zorvath movie out").unknown_phrase or "")


def test_what_an_index_names_is_let_go_with_the_index(tmp_path: Path) -> None:
    text = 'Ilse Marrin Joins "Gull Rock 2"\nDate: May 2, 2026\n\nIlse Marrin joined the cast.\n'
    engine = drafted(tmp_path, "gull-rock", text)[1]
    who = engine.parse("who is the new director")
    namekinds.names_none(
        premise.asked(who.words, who.qtype), "Ilse Marrin said so.", engine.context.index
    )
    index = weakref.ref(engine.context.index)
    del engine, who
    gc.collect()
    # a reload replaces the index; the words worked out for it must not keep it alive
    assert index() is None
