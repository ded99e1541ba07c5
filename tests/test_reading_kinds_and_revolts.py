"""Reference articles about a kind of thing, a revolt and a university, and film news of a
sequel and a spin-off, read as fans ask about them: an article defining "an izlet"
calls the rest "izlets", "such granaries" or "the Utbury Izlet", which names one of
them, not a person; "the first izlet" is the earliest, not any one "founded after 1975";
a peace treaty is the treaty; "how many people died" is answered by the soldiers and
civilians who did; a general named once in full is that general when named by surname;
"In 1924, ..." dates the whole sentence; "the second film, Utvale: Salt and Cinder" is
one title, and "Salt and Cinder grossed" tells of it, not of the sequel; "the feature"
after 'an animated spin-off, "X,"' is X; one who "will not return" directs nothing now;
and "August is the warmest month" in a town's article is the town's.
The articles are our own, about invented things, films and people.
"""

from __future__ import annotations

import pytest

from bot.draftwords import coined_nouns
from bot.engine import defined, fronted, ordinals, premise
from bot.engine.families import related
from bot.text import common_words, normalize
from tests.news_articles import Drafted, assert_answers, drafted_articles

# Our own articles, each drafted once for the module, by the name the tests use.
ARTICLES = {
    "izlet": "izlet-granary-article.txt",
    "revolt": "izmar-revolt-article.txt",
    "sequel": "utvale-glass-harbor-article.txt",
    "spin_off": "izvara-spinoff-weekend-article.txt",
    "university": "izbury-university-article.txt",
    "town": "izwick-town-article.txt",
    "exit": "izhaven-director-exit-article.txt",
}


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Drafted]:
    return drafted_articles(tmp_path_factory, ARTICLES)


@pytest.mark.parametrize(
    ("opening", "subject"),
    [
        # an article about a kind of thing opens on it, one or many, with no proper name
        ("An izlet is a village-run granary that lends seed grain.", "izlet"),
        ("Reed schools, also known as river schools, are not run by the state.", "reed school"),
        # ... but "many schools" are some of them, and a headline defines nothing
        ("Many schools are run by the state.", ""),
        ("Sequels are back", ""),
        ("A sequel is in the works.", ""),
    ],
)
def test_an_article_about_a_kind_of_thing_defines_it(opening: str, subject: str) -> None:
    assert defined.definition(opening) == subject


def test_such_ones_of_a_kind_are_the_subject_s() -> None:
    words = normalize("Such granaries received a state subsidy, as did such izlets.").split()
    assert defined.said_of(words, "izlet") == ["izlet"]
    assert defined.said_of(normalize("The mills closed in 1920.").split(), "izlet") == []


def test_a_word_only_the_article_writes_in_lower_case_is_a_noun() -> None:
    text = "An izlet is a granary. Most izlets are cooperatives. The Utbury Izlet is the largest."
    assert coined_nouns(text, common_words()) == {"izlet"}
    # a name written once in lower case, or a dictionary word, is none
    assert coined_nouns("The Utbury izlet is old. Mills are old.", common_words()) == frozenset()


def test_a_named_one_of_the_kind_is_no_person(read: dict[str, Drafted]) -> None:
    entities = read["izlet"][0]
    assert entities["Utbury Izlet"]["kind"] == "org"
    # the title line "Izlet" names the kind, which is no entity of its own
    assert "Izlet" not in entities


# What readers ask of each article (by its name in ARTICLES), and the answer's words, or
# None for a decline.
ASKED = [
    # "the earliest recorded izlet", not "half of them were founded after 1975"
    ("izlet", "when was the first izlet opened?", "1652"),
    ("izlet", "how many members does the utbury izlet have?", "1,450"),
    ("izlet", "which is the biggest izlet?", "Utbury Izlet"),
    ("izlet", "how many members does a typical izlet have?", "between 40 and 120"),
    # "Sparked by a new tax on looms, the revolt spread ...": what set it off
    ("revolt", "what set off the izmar revolt in the first place?", "new tax on looms"),
    # "the Treaty of Utford, signed on 9 June 1811": the treaty's signing
    ("revolt", "when was the peace treaty signed?", "9 June 1811"),
    ("revolt", "how many people died in the revolt?", "2,900"),
    ("revolt", "roughly how many people died?", "2,900"),
    # "General Ada Utrecht" two sentences before "Utrecht ... defeated the main
    # rebel army"; "crushed" is "defeated"
    ("revolt", "which general crushed the rebels at izfield?", "General Ada Utrecht"),
    # no battle of Izbridge is told
    ("revolt", "which general won the battle of izbridge?", None),
    # "answered the peace in 1812 by building Fort Izholm": who built it
    ("revolt", "who had Fort Izholm built?", "Piet Ulland"),
    # not "Salt and Cinder grossed $480 million worldwide in 2023"
    ("sequel", "when can I see the glass harbor in cinemas?", "March 5, 2027"),
    # "X, who directed the first two films, will not return": no director now
    ("sequel", "who's directing the third utvale movie?", None),
    ("sequel", "who's doing the music for the third utvale film?", "Wren Halloway"),
    ("sequel", "how long is the new utvale movie, runtime wise?", "2 hours and 20 minutes"),
    # "the running time" is its runtime, no time of day
    ("sequel", "what's the running time of the glass harbor?", "2 hours and 20 minutes"),
    ("sequel", "how many days will principal photography take?", "88 days"),
    # "an animated spin-off, "Izvara: The Lamp Wardens," ... The feature is being
    # directed by Osric Dunleavy"
    ("spin_off", "who's directing the lamp wardens movie?", "Osric Dunleavy"),
    # "the animated musical Izzy Lane" is a film
    ("spin_off", "which movie finished #2 that weekend?", "Izzy Lane"),
    # "the top market" is the largest one
    ("spin_off", "which country was the top market outside the US?", "China"),
    # "Utmere Screen" names the awards: the question counts nominations
    ("spin_off", "How many Utmere Screen noms did Night Lamps get?", "four nominations"),
    # "The institution was founded by ...": the university, by another of its nouns
    ("university", "who founded izbury?", "Carl Izzo"),
    ("university", "who started izbury university in the first place?", "Carl Izzo"),
    # "the university's primary sports facility" is Izbury's
    ("university", "what is izbury's primary sports facility?", "Harrow Gymnasium"),
    # "In 1924, after a decade of planning, ..., the trustees at last opened a medical
    # school for the university": the opening year dates the whole sentence
    ("university", "when did izbury open its medical school?", "1924"),
    # a town's article is about the town in every sentence naming no other place
    ("town", "what's the warmest month in izwick?", "August"),
    ("town", "what is the wettest month in izwick?", "November"),
    # "The neighbouring town of Utford holds its market on Fridays": Utford's
    ("town", "what day is the market in izwick?", None),
    # "Petra Lund, who directed the first film, will not return ... Her replacement is
    # Joss Whelby": the replacement, two sentences on, directs it now
    ("exit", "who's directing low tide?", "Joss Whelby"),
    ("exit", "who's directing izhaven 2?", "Joss Whelby"),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_each_article_is_read_for_what_readers_ask(
    read: dict[str, Drafted], article: str, question: str, expected: str | None
) -> None:
    assert_answers(read[article][1], question, expected)


def test_a_subtitle_with_and_is_one_title(read: dict[str, Drafted]) -> None:
    entities = read["sequel"][0]
    salt = entities["Utvale: Salt and Cinder"]
    assert "Salt and Cinder" in salt["aliases"]  # type: ignore[operator]
    assert "Utvale 2" in salt["aliases"]  # type: ignore[operator]
    # "Cinder" of "Salt and Cinder grossed" is no name of its own; the lede's "the third
    # instalment of its fantasy franchise Utvale" numbers the new film
    assert "Cinder" not in entities
    assert "Utvale 3" in entities["Utvale: The Glass Harbor"]["aliases"]  # type: ignore[operator]


def test_a_post_is_no_name(read: dict[str, Drafted]) -> None:
    entities = read["spin_off"][0]
    # "Izmont's CEO, Hal Brenner": Hal Brenner is the person, not "Izmont's CEO"
    assert entities["Hal Brenner"]["kind"] == "person"
    assert not [name for name in entities if "CEO" in name]


def test_a_fronted_time_covers_its_sentence() -> None:
    assert list(fronted.opening_time("In 1924, the trustees opened a school.")) == [0, 1]
    assert list(fronted.opening_time("On 14 May 1721, a crowd gathered.")) == [0, 1, 2, 3]
    # a phrase of place, or a time inside the sentence, sets nothing
    assert not fronted.opening_time("In Utwick, the trustees opened a school in 1924.")
    assert not fronted.opening_time("The trustees opened a school in 1924.")


def test_on_campus_and_behind_are_no_terms_of_a_question() -> None:
    # "how tall is the clock tower on campus": the tower, wherever its passage says it is
    words = normalize("how tall is the clock tower on campus").split()
    assert "campus" not in premise.asked(words, "how").terms
    assert "tower" in premise.asked(words, "how").terms
    # "which architect was behind the gymnasium": who designed it, "designed by X"
    words = normalize("which architect was behind the gymnasium").split()
    assert "behind" not in premise.asked(words, "what").terms


def test_in_the_first_place_counts_nothing() -> None:
    words = normalize("what set off the revolt in the first place").split()
    assert ordinals.adverbial_first(words, words.index("1st"))


@pytest.mark.parametrize(
    ("verb", "noun", "same"),
    [
        ("respond", "response", True),
        ("expand", "expansion", True),
        ("defend", "defense", True),
        ("send", "sense", False),
        ("lead", "lease", False),
    ],
)
def test_a_verb_s_noun_in_s_is_of_its_family(verb: str, noun: str, same: bool) -> None:
    assert related(verb, noun) is same
