"""A film's troubled adaptation and a market town's reference article, asked in fans' own
words rather than the articles'. Our own articles, about invented things:

- another word for the same thing: "the movie" is "the film", "based on" "adapted from",
  "the old customs house" "the former" one, "pieces" "objects", "the ride" "the
  journey", "the restoration" "repairs", "expanded" "enlarged", "how heavy" what it
  "weighs", "what do they eat" what it "feeds on", "keeping track" "monitored";
- two words for one: "come down" collapses, "burn down" destroys, "cave in" collapses,
  "step away" leaves, "turn up" finds, "set back" costs, "up front" is "upfront";
- "X's part" is X's role, "a first-look deal" counts no first film, "for his part" is
  no role at all;
- "how long's the movie" asks its running time, "how old is she" an age or a year;
- "what did he die of" asks a cause, "when was he born" no centenary of his birth;
  "where did they film it" is not answered by "the Zoffbridge Film Festival";
- "who bought the lands" is answered by "sold in 1540 to X" (a person, not a place);
  "a seed bank that was opened in 1998" opened no garden; "after the much smaller Yask
  Tarn" measures no tarn; '"Brinewood," earned two nominations' names a film;
- "where was shooting supposed to start", naming no film, asks of the news's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.concepts import GENERAL_CONCEPTS
from bot.engine import (
    ages,
    closed,
    howlong,
    namekinds,
    premise,
    reasons,
    shortyears,
    verbnouns,
)
from bot.text import normalize, stem
from tests.news_articles import (
    NEWS,
    Drafted,
    assert_answers,
    beside_curated,
    drafted,
    drafted_articles,
)

ARTICLES = {
    "ledger": "yaskmoor-ledger-article.txt",
    "town": "yaskbury-town-article.txt",
}


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Drafted]:
    return drafted_articles(tmp_path_factory, ARTICLES)


ASKED = [
    # two words written as one
    ("ledger", "how much is zoffrey getting up front", "$14 million"),
    # "stop" is the shutdown
    ("ledger", "when did they stop filming", "February 9"),
    # a phrase's word for leaving, and what "bail" means
    ("ledger", "why did yaskin drop out", "scheduling conflict"),
    ("ledger", "who's stepping in for zoffany", "Orla Yaskell"),
    # a part is a role
    ("ledger", "what part will zoffrey play", "Mette Yask"),
    # a runtime is said in hours and minutes
    ("ledger", "how long's the movie", "two hours and eleven minutes"),
    # "the standing ovation" is no verb "stand"
    ("ledger", "how long did the standing ovation go on", "nine minutes"),
    # an age needs an age, a birth or a year
    ("ledger", "how old is brann zoffel", "31"),
    ("ledger", "how old is zoffrey", None),
    # a series nobody names is no answer to "which show"
    ("ledger", "which tv show did yaskin leave for", None),
    # "a first-look deal" tells no first film
    ("ledger", "what was zoffel's first movie", None),
    # a festival's name says nothing of where a film was shot
    ("ledger", "where did they film salt meridian", None),
    # a single quoted word in film news is a title: "Brinewood" has no budget here
    ("ledger", "what was the budget on brinewood", None),
    ("ledger", "what was the budget on the salt ledger", "$90 million"),
    ("town", "when did the abbey tower come down", "1711"),
    # a relative clause's verb is its own noun's
    ("town", "what year did the botanic garden open", None),
    ("town", "when was the seed bank opened", "1998"),
    # the other side of a comparison is not measured, whatever adjectives stand between
    ("town", "how deep is yask tarn", None),
    ("town", "how deep is zoffle mere", "34 metres"),
    ("town", "when did the theatre burn down", "1843"),
    ("town", "how many miners died in the blast", "forty-one"),
    ("town", "when did the tunnel cave in", "1902"),
    ("town", "when did the missing registers turn up", "1977"),
    ("town", "when was the guild shut down", "1835"),
    ("town", "who bought the abbey lands", "Edwin Zoffard"),
    ("town", "what's in the old customs house these days", "Yaskbury Maritime Museum"),
    ("town", "how many pieces does the museum have", "3,100"),
    ("town", "which curator expanded the library", "Marta Yasken"),
    ("town", "how much did the restoration cost", "£2.6 million"),
    ("town", "how big was the grant", "£1.8 million"),
    ("town", "how long does the ride take", "forty minutes"),
    ("town", "what do zoffle grebes eat", "small fish"),
    ("town", "how heavy is the zoffle grebe", "400 grams"),
    ("town", "how long do the eggs take to hatch", "twenty-five days"),
    # no age, no death in the article
    ("town", "how old is marta yasken", None),
    ("town", "what did edwin zoffard die of", None),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_each_article_is_read_in_fans_words(
    read: dict[str, Drafted], article: str, question: str, expected: str | None
) -> None:
    assert_answers(read[article][1], question, expected)


LIFE = """date 2025-10-02

Arvid Yaskholm

Arvid Yaskholm (4 May 1802 - 9 January 1861) was a Zoffish canal engineer.

He died of pneumonia at his house in Yaskport, aged 58. The house has been a museum since
1902, the centenary of his birth.

His brother Niels Yaskholm died in 1870 in Zoffmouth.
"""


def test_a_death_s_cause_is_asked_as_a_cause(tmp_path: Path) -> None:
    _, engine = drafted(tmp_path, "life", LIFE)
    assert_answers(engine, "what did arvid yaskholm die of", "pneumonia")
    assert_answers(engine, "what did niels yaskholm die of", None)
    assert_answers(engine, "when did niels yaskholm die", "1870")
    # a centenary of a birth is no birth
    assert_answers(engine, "when was arvid yaskholm born", "4 May 1802")


def test_the_shooting_asked_alone_is_the_news_film_s(tmp_path: Path) -> None:
    text = (NEWS / ARTICLES["ledger"]).read_text(encoding="utf-8")
    engine = beside_curated(tmp_path, "ledger", text)
    assert_answers(engine, "where was shooting supposed to start", "Yaskport Studios")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("who took over Blaskova's part", "who succeeded blaskova role"),
        ("what part did she play", "what role did she play"),
        ("Gormer, for his part, was unapologetic", "gormer for his part was unapologetic"),
        ("a part-time post", "a part time post"),
        ("a first-look deal with the studio", "a firstlook deal with the studio"),
        ("which fest did it open", "which festival did it open"),
        ("her TV debut", "her television debut"),
        ("who took over the part of Nobvada", "who succeeded the role of nobvada"),
        ("part of the city", "part of the city"),
    ],
)
def test_a_part_is_a_role_and_a_first_look_no_first(text: str, says: str) -> None:
    assert normalize(text) == says


def test_a_film_asked_as_an_act_is_not_a_festival_s_name() -> None:
    asked = "where did they film it".split()
    festival = "Her first feature premiered at the Zoffbridge Film Festival."
    shot = "The film was filmed in Yaskport."
    assert verbnouns.said_only_as_nouns(asked, normalize(festival).split(), festival)
    assert not verbnouns.said_only_as_nouns(asked, normalize(shot).split(), shot)
    # "who is in the film" asks of the film, not the act
    assert not verbnouns.asked_as_verbs("who is in the film".split())


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("what did he die of", True),
        ("how did the old duke die", True),
        ("what killed him", True),
        ("what killed off the river traffic", False),
        ("when did he die", False),
    ],
)
def test_a_death_s_cause_is_a_reason(question: str, asks: bool) -> None:
    assert reasons.asks_reason(question) is asks


def test_an_age_needs_an_age_a_birth_or_a_year() -> None:
    text = "how old is yarrick"
    question = premise.asked(tuple(text.split()), "how", frozenset({"yarrick"}), text)
    assert not ages.verdict(question, "yarrick a former documentary editor".split()).ok
    assert ages.verdict(question, "yarrick was born in 1971".split()).ok


@pytest.mark.parametrize(
    ("question", "runtime"),
    [
        ("how long is the movie", True),
        ("how long the film", True),
        ("what is the runtime", True),
        ("how long did the film shoot", False),
        ("how long is the tunnel", False),
    ],
)
def test_how_long_a_film_is_asks_its_runtime(question: str, runtime: bool) -> None:
    words = question.split()
    assert howlong.asks_runtime(words, set(words)) is runtime


def test_two_words_of_a_question_may_be_one_of_the_passage() -> None:
    said = "paid 14 million upfront".split()
    have = {*said, *map(stem, said)}
    assert closed.closed_in(("how", "much", "up", "front"), have, said) >= {"up", "front"}
    # a chance join of short words is no word: "a" + "go"
    assert not closed.closed_in(("a", "go"), {"ago"}, ["ago"])


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("movie", "film"),
        ("restoration", "repair"),
        ("piece", "object"),
        ("heavy", "weigh"),
        ("eat", "feed"),
        ("withdraw", "quit"),
        ("run", "manage"),
        ("scrap", "abolish"),
        ("dad", "father"),
        ("train", "rail"),
        ("sign", "conclude"),
        ("extra", "add"),
        ("suggest", "propose"),
        ("altogether", "combined"),
    ],
)
def test_words_for_the_same_thing(asked: str, said: str) -> None:
    assert not GENERAL_CONCEPTS.of([asked]).isdisjoint(GENERAL_CONCEPTS.of([said]))


@pytest.mark.parametrize(
    ("decade", "said", "within"),
    [
        ("60s", "1962", True),
        ("60s", "1972", False),
        ("1960s", "1963", True),
        ("1960s", "1953", False),
        ("60s", "1960s", True),
    ],
)
def test_a_decade_asked_is_said_by_its_years(decade: str, said: str, within: bool) -> None:
    assert shortyears.short_year(decade, {said}) is within


def test_a_status_after_its_kind_is_no_key_term() -> None:
    text = "when did it get nature reserve status"
    question = premise.asked(tuple(text.split()), "when", frozenset(), text)
    assert "status" not in question.terms
    text = "when did its status change"
    assert "status" in premise.asked(tuple(text.split()), "when", frozenset(), text).terms


def test_a_participle_told_by_its_date_names_no_doer() -> None:
    text = "who founded the university"
    question = premise.asked(tuple(text.split()), "who", frozenset(), text)
    passage = (
        "The university is a founding member of the Nuvarian Universities Group, an "
        "association of research institutions established in 1998."
    )
    assert premise.check(question, passage).reason == "no_answer"
    assert premise.check(question, "The university was established by Moskar Nuvington.").ok


@pytest.mark.parametrize(
    ("text", "names", "head"),
    [
        ("what is the name of droitha hulmane novel", {"droitha", "hulmane"}, "novel"),
        ("what is the name of the new lead character", set(), "character"),
        ("what is the title of the television series she is producing", set(), "series"),
        (
            "what is the name of the character cebrina lott would play",
            {"cebrina", "lott"},
            "character",
        ),
    ],
)
def test_the_name_of_asks_for_its_noun_phrase_s_last_noun(
    text: str, names: set[str], head: str
) -> None:
    question = premise.asked(tuple(text.split()), "what", frozenset(names), text)
    assert namekinds.compound_head(question) == {head}
