"""A weekend box-office roundup as the trade press writes it: one film leads, and each
other film gets a paragraph of its own ("In third, "Brambles & Burrows" held up well.
It eased just 18% ..."), with the trade's words ("tumbled 61% in its second frame",
"bowed to", "Made for a reported $4 million") and chat's ("opening wknd", "thurs").
The article is our own (tests/data/news/weekend-roundup-article.txt)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from news_articles import Drafted, assert_answers, drafted, drafted_news

from bot.draftfilms import films_of_text
from bot.engine import doers, premise
from bot.engine.names import doer_named, given
from bot.models import Entity, EntityKind
from bot.sources import read_source
from bot.text import normalize, stem


@pytest.fixture(scope="module")
def roundup(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "weekend-roundup-article.txt", "roundup")


def test_quoted_titles_with_and_or_a_form_of_film_are_films(roundup: Drafted) -> None:
    entities = roundup[0]
    # "&" and "and" end a run of capitalised words, but not a quoted title
    assert entities["Brambles & Burrows"]["kind"] == "film"
    assert entities["Orchard and Ash"]["kind"] == "film"
    # a one-word quoted title is a film after a form of film: 'the horror film "Saltcellar,"'
    assert entities["Saltcellar"]["kind"] == "film"
    assert entities["Copperline"]["kind"] == "film"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # chat's "wknd" is the weekend (the speller took it for "wand")
        ("how much did deepwater make opening wknd", "$67.2 million"),
        # "how many theaters" is a count of theaters, not the "$67" of the headline
        ("how many theaters did deepwater open in?", "3,985"),
        # a paragraph about another film: its "Its director" is that film's
        ("who directed the lantern keepers return", "Marguerite Lusk"),
        ("who directed orchard and ash", "Kwame Ashdown"),
        ("who directed saltcellar", "Nessa Quarry"),
        # "tumbled 61% ... in its second frame"
        ("how much did the lantern keepers return drop in its 2nd weekend", "61%"),
        # "Made for a reported $4 million" is what it cost
        ("how much did saltcellar cost to make", "$4 million"),
        ("who is the distributor of brambles and burrows", "Halden Releasing"),
    ],
)
def test_each_film_of_a_roundup_is_answered_from_its_own_paragraph(
    roundup: Drafted, question: str, expected: str
) -> None:
    assert_answers(roundup[1], question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # no budget is given for the weekend's winner: "exhibitors, who spent much of last
        # year worrying" spent no money, and "micro-budget" is a kind of film
        "whats the budget on deepwater",
        "what was the budget of the lantern keepers return",
        # the gross of its opening weekend is no count of theaters for another film
        "how many theaters did orchard and ash play in",
    ],
)
def test_what_the_roundup_does_not_say_is_declined(roundup: Drafted, question: str) -> None:
    assert_answers(roundup[1], question, None)


def test_a_sentence_naming_no_film_in_a_story_about_one_stays_with_that_film(
    tmp_path: Path,
) -> None:
    # one paragraph names a star's other film first; the story is still about its own
    text = (
        "Copper Sky 3 Finally Sets Its Writing Team\n\nDate: 2026-05-02\n\n"
        '"Copper Sky 3" has its writers, the studio confirmed on Monday. The sequel opens '
        'in May 2027.\n\nLena Holt, who is shooting the film "Long Quiet" in Norway, will '
        "not return. The script, written again by Ada Brisk, explains her absence.\n"
    )
    _, engine = drafted(tmp_path, "copper-sky", text)
    assert_answers(engine, "who wrote the script for copper sky 3", "Ada Brisk")
    # neither the headline's capitals nor "on Monday" name a writer
    answer = engine.answer("who is writing copper sky 3")
    assert not answer.answered or "Ada Brisk" in answer.text, answer.text


@pytest.mark.parametrize(
    ("passage", "named", "not_named"),
    [
        (
            "Lumora+ Lands Cinderfall Films in Streaming Pact as Co-Creator Sues Halberd",
            {"lumora", "halberd"},
            {"lands", "films", "streaming", "pact", "sues"},
        ),
        ("Copper Sky 3 Finally Sets Its Writing Team", set(), {"finally", "sets", "writing"}),
        ('"Copper Sky 3" has its writers, the studio confirmed on Monday.', set(), {"monday"}),
    ],
)
def test_a_headline_s_capitals_and_a_weekday_are_no_names(
    passage: str, named: set[str], not_named: set[str]
) -> None:
    found = given(passage, {"copper", "sky", "cinderfall"})
    assert named <= found and not_named.isdisjoint(found), found


def _paragraph_films(
    tmp_path: Path, text: str, sentences: int | None = None
) -> list[tuple[str | None, str | None]]:
    """`films_of_text` for `text` (its first `sentences`), whose films are its quoted
    titles."""
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    doc = read_source(article)
    films = {
        e: Entity(e, EntityKind.FILM, e.replace("-", " "))
        for e in ("-".join(normalize(t).split()) for t in re.findall(r'"([^"]+)"', text))
    }
    named = [[e for e in films if films[e].name in s.lower()] for s in doc.sentences]
    end = sentences or len(doc.sentences)
    return films_of_text(doc.sentences[:end], doc.opens_paragraph[:end], named[:end], films)


ROUNDUP = (
    "Date: 2026-05-02\n\n"
    '"Harrow Deep 2" led the weekend.\n\n'
    '"Lantern Row" fell. Its director spoke.\n\n'
    '"Brass Owl" held. Its director spoke.\n\n'
    '"Salt Road" opened. Its director spoke.\n'
)


def test_only_a_roundup_gives_its_paragraphs_their_own_film(tmp_path: Path) -> None:
    found = _paragraph_films(tmp_path, ROUNDUP)
    assert [paragraph for _, paragraph in found] == [
        None,
        None,
        "lantern-row",
        None,
        "brass-owl",
        None,
        "salt-road",
    ]
    assert {main for main, _ in found} == {"harrow-deep-2"}
    # with only one other film leading a paragraph, every sentence is the main film's
    fewer = _paragraph_films(tmp_path, ROUNDUP, sentences=3)
    assert {paragraph for _, paragraph in fewer} == {None}


def test_a_film_named_late_in_a_paragraph_does_not_lead_it(tmp_path: Path) -> None:
    # a star's other projects, named at the end of a paragraph's first sentence, are no
    # roundup: the script the next sentence speaks of is still the main film's
    found = _paragraph_films(
        tmp_path,
        "Date: 2026-05-02\n\n"
        '"Harrow Deep 2" moved to October.\n\n'
        "Not returning is Ilse Varg, who stepped away over a clash with her streaming "
        'series "Lantern Row". The script was reworked.\n\n'
        "Fans will get a first look soon, with a teaser attached to the studio's holiday "
        'release "Brass Owl". A full trailer follows in spring.\n',
    )
    assert {paragraph for _, paragraph in found} == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("how much did it make opening wknd", "how much did it make opening weekend"),
        ("what yr did he win", "what year did he win"),
        ("movies he did w/ brennan", "movies he did with brennan"),
        ("where was it streaming b4 this", "where was it streaming before this"),
        ("a micro-budget horror film", "a microbudget horror film"),
        ("a low budget film", "a low budget film"),
    ],
)
def test_chat_spellings_and_a_film_s_size_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_an_opening_participle_is_of_the_sentence_s_subject() -> None:
    def reversed_verb(verb: str, objects: tuple[str, ...], passage: str) -> str | None:
        return doers.acts_reversed((verb, objects), [stem(w) for w in normalize(passage).split()])

    # "Directed by X, "Deepwater" opened": the film that follows was directed
    opened = 'Directed by Ysolde Farrant, "Deepwater" opened Friday.'
    assert reversed_verb("direct", ("deepwater",), opened) is None
    # mid-sentence, a participle with its agent still tells of the noun before it
    passage = "They rebuilt the inns and the new houses built by the guild."
    assert reversed_verb("build", ("inn",), passage) == "build"


def test_the_doer_of_a_verb_is_in_its_own_clause() -> None:
    words = normalize("Lumora Lands Cinderfall as Franchise Co-Creator Sues Halberd").split()
    stems = [stem(w) for w in words]
    assert not doer_named("sue", {"lumora", "cinderfall"}, words, stems, {"halberd"})
    words = normalize("Ambrose Kettleworth sues Halberd").split()
    stems = [stem(w) for w in words]
    assert doer_named("sue", {"ambrose", "kettleworth"}, words, stems, {"halberd"})


def test_a_question_naming_two_things_asks_one_of_the_other(roundup: Drafted) -> None:
    # not "What would you like to know about CinemaScore?": it asks what Deepwater got
    assert_answers(roundup[1], "wat cinemascore did deepwater get", "A-minus")


def test_a_series_films_together_are_not_answered_by_one_of_them(tmp_path: Path) -> None:
    text = (
        "Lumora+ Lands Cinderfall Films in Streaming Pact With Halberd\n\nDate: 2025-11-12\n\n"
        "Lumora+ has acquired the U.S. streaming rights to all seven films in Halberd "
        'Pictures\' "Cinderfall" franchise. "Cinderfall is one of the few film series that '
        "crosses generations,\" said Nadia Fairbrook, Lumora+'s content chief. Also left "
        'unaddressed: whether the agreement covers "Cinderfall: Ember Court," the eighth '
        "installment, currently slated for spring 2027, and whether Lumora+ obtained rights "
        'outside the United States. The most recent, "Cinderfall: The Ash Regent," opened in '
        "theaters in June 2024.\n"
    )
    _, engine = drafted(tmp_path, "cinderfall", text)
    # one film's date is not when the seven arrive on Lumora+
    assert_answers(engine, "when do the cinderfall films hit lumora+", None)
    assert_answers(engine, "when does ember court come out", "spring 2027")


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        # "back in 23" is 2023, and a list "1755, 56 and 57" shortens the later years
        (
            "what did it open to back in 23",
            "It opened to $61.7 million in 2023.",
            True,
        ),
        (
            "why did the raids of 1755, 56 and 57 fail",
            "The raids of 1755, 1756 and 1757 all failed, due to poor planning.",
            True,
        ),
        # a number the passage does not write is still another number
        ("what did it open to back in 23", "It opened to $61.7 million in 2022.", False),
    ],
)
def test_a_two_digit_year_is_the_year_written_in_full(
    question: str, passage: str, ok: bool
) -> None:
    asked = premise.asked(normalize(question).split(), "what", (), question)
    assert premise.check(asked, passage).ok is ok


def test_the_doer_of_a_relative_clause_is_the_noun_before_it() -> None:
    stems = [
        stem(w)
        for w in normalize(
            "Fresno is served by Route 99, the freeway that connects the Central Valley cities."
        ).split()
    ]
    # "what route connects Fresno": the freeway connects, not Fresno
    assert doers.acts_reversed(("connect", ("fresno",)), stems) is None
    stems = [stem(w) for w in normalize("The towns that Fresno connects are small.").split()]
    assert doers.acts_reversed(("connect", ("town",)), stems) == "connect"
