"""A weekend report and a cinema's history, read for what their words stand for: "the
film" after a film introduced with its year is that film; '"Lantern Tithe," the
supernatural thriller' names a film, and "from director X" says who directed it; "who
started the studio" asks who founded it, not who "restarted" its label; "took the top
prize" is winning it; "audiences bought 400,000 tickets" is what the film sold; "one of
the first in the county" was not the first; "250 additional theaters" counts no total;
"opened to $52.6 million" is no budget. The articles are our own, about invented films,
people and places.
"""

from __future__ import annotations

import pytest

from bot.aliases import Mention
from bot.engine.kinds import answer_kind, head_nouns
from bot.engine.parse import question_type
from bot.engine.passive import agent_of
from bot.engine.phrasewords import org_start, phrase_word
from bot.text import normalize, stem
from tests.news_articles import Drafted, assert_answers, drafted, drafted_news


@pytest.fixture(scope="module")
def weekend(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "dwarrow-weekend-article.txt", "weekend")


@pytest.fixture(scope="module")
def cinema(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "yvelmark-cinema-article.txt", "cinema")


def test_a_title_with_a_genre_in_apposition_or_rebooted_is_a_film(weekend: Drafted) -> None:
    entities, _ = weekend
    assert entities["Lantern Tithe"]["kind"] == "film"  # '"Lantern Tithe," the ... thriller'
    assert entities["Dwarrow Hollow"]["kind"] == "film"  # 'reboot of "Dwarrow Hollow,"'


def test_a_cinema_named_by_its_head_noun_is_one_entity(cinema: Drafted) -> None:
    entities, _ = cinema
    assert entities["Yvelmark Picturedrome"]["kind"] == "org"  # no person's name
    assert "Picturedrome" in entities["Yvelmark Picturedrome"].get("aliases", [])
    assert "Picturedrome" not in entities


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "from director X" says who directed it; the agent noun is no verb to read roles by
        ("who directed lantern tithe", "Dagny Ysolde"),
        # "The film was directed from a script by X" names the script's writer
        ("who wrote the script for lantern tithe", "Yorrin Dask"),
        # "the film" of the next sentence is the weekend's new film, not the other one
        ("who directed dwarrow hollow", "Dolph Yarrick"),
        # "cost a reported $94 million to produce", not "opened to $52.6 million"
        ("what was the production budget of the dwarrow hollow reboot", "$94 million"),
        ("how many theaters did dwarrow hollow open in", "3,880"),
        # "250 additional theaters" is an increase, no count of theaters it plays in
        ("how many theaters will dwarrow hollow be playing in next weekend", None),
        # starting a studio is founding it, not restarting its horror label
        ("who started yvenna studios", "Yorick Wendle"),
        ("when was yvenna studios started", "1946"),
        ("who set up yvenna studios", "Yorick Wendle"),
    ],
)
def test_a_weekend_report_is_read_for_what_its_words_stand_for(
    weekend: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(weekend[1], question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "The film, which was shot in 22 days" follows '"Yarrow Field" (1954)'
        ("how long did it take to shoot yarrow field", "22 days"),
        # ... and "Its success with audiences, who bought 400,000 tickets" too
        ("how many tickets did yarrow field sell in its first year", "400,000"),
        # "took the top prize" is winning it
        ("which film won the top prize at dunvale", "Yarrow Field"),
        # "set up in 1998 by" says who founded it, as the index ranks it
        ("who founded the yvelmark trust", "Delyth Yorath"),
        ("who set up the yvelmark trust", "Delyth Yorath"),
        # a town asked for with "from" is where one was born
        ("which town is dunstan yoke from", "Dunholt"),
        # "how many times" is answered by "twice"
        ("how many times has yoke won the dunvale critics award", "twice"),
        # "one of the first in the county to be equipped for sound" was not the first
        ("what was the first cinema in the county to get sound", None),
    ],
)
def test_a_cinema_history_is_read_for_what_its_words_stand_for(
    cinema: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(cinema[1], question, expected)


def test_a_word_the_facts_lack_before_movie_is_no_unknown_name(cinema: Drafted) -> None:
    # "the final movie" describes a film; it names none the bot should say it can't find
    reply = cinema[1].answer("what was the final movie shown at the picturedrome")
    assert "final" not in reply.text


@pytest.mark.parametrize(
    ("words", "at", "meant"),
    [
        ("which film took the festival's top prize", 2, "win"),
        ("how much did it take at the box office", 3, None),  # takings, not a prize
        ("who set up the trust", 1, "found"),
        ("why did he walk away", 3, "leave"),
    ],
)
def test_two_words_or_a_verb_and_its_honour_say_one_word(
    words: str, at: int, meant: str | None
) -> None:
    assert phrase_word(normalize(words).split(), at) == meant


def test_starting_an_organisation_is_founding_it_and_starting_filming_is_not() -> None:
    def is_org(entity_id: str) -> bool:
        return entity_id == "kraxton"

    started = "who started kraxton".split()
    assert org_start(started, 1, [Mention("kraxton", 2, 3)], is_org) == "found"
    passive = "when was kraxton started".split()
    assert org_start(passive, 3, [Mention("kraxton", 2, 3)], is_org) == "found"
    filming = "when did kraxton start production".split()
    assert org_start(filming, 3, [Mention("kraxton", 2, 3)], is_org) is None


def test_a_by_after_a_work_names_the_works_maker_not_the_verbs() -> None:
    directed = [stem(w) for w in normalize("it was directed from a script by Yorrin Dask").split()]
    assert agent_of(directed, 2) is None
    plain = [stem(w) for w in normalize("it was directed by Dolph Yarrick").split()]
    assert agent_of(plain, 2) == ["dolph", "yarrick"]


def test_a_town_asked_for_with_from_asks_for_an_origin() -> None:
    words = normalize("which town is she from").split()
    assert answer_kind(words, question_type(words), head_nouns(words, frozenset())) == "origin"
    # ... but not a film asked for with "from": "which film is the clip from"
    clip = normalize("which film is the clip from").split()
    assert answer_kind(clip, question_type(clip), head_nouns(clip, frozenset())) != "origin"


ACADEMY = """date 2025-02-11

Founded in 1921 by the cinematographer Odile Yarwood and named after the river that runs past its gates, Dunmere is the oldest institution in the country devoted to teaching film. Its campus stands on the edge of Yvelmark.

Dunmere was granted the right to award degrees in 1958. Dunmere's endowment of $210 million is the largest of any film school in the region. Beginning in 2019, students from families with incomes below $40,000 pay no tuition.
"""


@pytest.fixture(scope="module")
def academy(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted(tmp_path_factory.mktemp("academy"), "dunmere", ACADEMY)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "the school" is the institution the article defines, though its sentences say
        # "Dunmere" (a definition may follow a participle's clause: "Founded in 1921 ...")
        ("when was the school granted the right to award degrees", "1958"),
        ("how big is the school's endowment", "$210 million"),
        # "incomes below $40,000" bounds a sum; it is no sum anyone pays
        ("how much do students pay to go to dunmere", None),
    ],
)
def test_the_thing_a_reference_article_defines_is_what_the_school_means(
    academy: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(academy[1], question, expected)
