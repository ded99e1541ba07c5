"""An island's reference article and a sequel's hiring story, read as fans ask about
them. Our own articles, about invented things:

- "under French rule" says what France did, though the sentence never names France;
- "for several centuries" and "fourteen films a year" measure a span: no answer to "when";
- "1,240 yards (1,134 m) long" measures the tunnel its which-clause names, not the canal;
  "how long's the tunnel under the ridge" asks that tunnel's length;
- "who's the prior now" is not answered by a priory founded in 1142;
- "Kesvell, who returns to direct" is of the sequel, not of the original film;
- words for the same thing: wreck ~ destroy, build ~ construct, under ~ beneath,
  altogether ~ in total, stuck ~ trapped; "close for good" asks when it closed;
- "the lighthouse on the northern headland, designed by X": the lighthouse's designer;
- "the deepest of which" is the deepest of the shafts named before it;
- "the engineer behind the harbour": "behind" is no verb's subject;
- "how many people live on the island" is answered by "a permanent population of 388";
- "a marina ..., which opened in 2003, and ... now accommodates the Maritime Museum"
  says when the marina opened; "900 objects, among them ship models" counts objects;
  "built at a cost of £2.1 million" is no fee; "one of the largest" is no size;
- 'Meanwhile "Tamvault," ... has been pushed' dates another film; what a film "went on
  to gross" is no opening; "the marketing costs" are not what the film cost;
- "who's cast as the Grey Warden" is not answered by a consultant's "role"; "described the
  new composer as her first choice" names no composer; "audience scores" are no music;
- a headline's "at TamCon" says where the slate was shown, not where TamCon is;
- "a post held since 2021 by X" holds now; "sits at the mouth of" says where; "the coat
  of arms" is its arms; "what town gets its water from there" asks no origin;
- "analysts had projected" answers what they expected; "what will it open to" asks a sum;
  "snapped up", "headed up": the particle adds nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.concepts import GENERAL_CONCEPTS
from bot.engine import answered, attributive, explain, idioms, measured, premise, verbforms
from bot.engine.nametables import NameTables
from bot.models import Entity, EntityKind
from bot.text import normalize, stem
from tests.news_articles import Drafted, assert_answers, drafted, drafted_articles

ARTICLES = {
    "island": "tamvoe-island-article.txt",
    "sequel": "kesvane-run-sequel-article.txt",
}


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Drafted]:
    return drafted_articles(tmp_path_factory, ARTICLES)


ASKED = [
    # a people's adjective says what its country did
    ("island", "how long did france rule tamvoe", "140 years"),
    # a unit counted is a span, no time
    ("island", "when was tamvoe the chain's principal fishing station", None),
    # a measure in brackets, and the which-clause's own name
    ("island", "how long is the tamvoe canal", "6 miles"),
    ("island", "how long's the tunnel under the ridge", "1,240 yards"),
    # what holds now is not what held in 1142
    ("island", "who's the prior there right now?", None),
    ("island", "who led the canons in 1142", "Prior Kesmund"),
    # other words for the same act
    ("island", "what year did the storm wreck the pier", "1953"),
    ("island", "what was the canal built to carry?", "slate"),
    ("island", "how many locks are there altogether", "14 locks"),
    ("island", "when did the mine close for good", "1968"),
    # a participle set off after a noun and where it stands tells of the noun
    ("island", "who designed the lighthouse", "Brenna Tamvik"),
    # "the deepest of which": of the shafts before it
    ("island", "how deep did the deepest shaft go", "410 metres"),
    # a post "held since 2021" is held now
    ("island", "who's the harbour master these days", "Tamra Kesvik"),
    # where a thing sits is where it is; a coat of arms is its arms
    ("island", "what river does port tamvoe sit at the mouth of", "River Kesv"),
    ("island", "what's on the coat of arms", "silver gull"),
    # "gets its water from there" asks no origin
    ("island", "what town gets its water from there", "Kesvick"),
    # what is left after a copula is what remains
    ("island", "how many canons were left at the reformation", "six"),
    # the people counted by their population
    ("island", "how many people live on the island", "388"),
    # a which-clause's verb is its own noun's: the marina opened in 2003, not the museum
    ("island", "when did the maritime museum open", None),
    # "900 objects, among them ship models" counts the objects
    ("island", "how many ship models does the museum have", None),
    ("island", "how many objects does the museum hold", "900"),
    # what a school was built "at a cost of" is no fee
    ("island", "how much are the school fees", None),
    # "one of the largest" measures nothing
    ("island", "how big is kesvale wood", None),
    # one who returns to direct directs the sequel
    ("sequel", "who wrote the screenplay for the original kesvane run", None),
    ("sequel", "who directed the original kesvane run", "Tamara Kesvell"),
    ("sequel", "who's directing kesvane run 2", "Kesvell"),
    # 'Meanwhile "Tamvault," ... has been pushed': another film's date
    ("sequel", "when's kesvane run 2 hitting theaters", "November 20"),
    # what a film "went on to gross" is no opening weekend's
    ("sequel", "how much did kesvane run make on its opening weekend", None),
    ("sequel", "how much did kesvane run make worldwide", "$187 million"),
    # marketing costs are not what the film cost
    ("sequel", "how much did tamvault cost", None),
    ("sequel", "how much did kesvane run 2 cost", "$60 million"),
    # "the film" with "the original" named beside it is of both
    ("sequel", "how much did the first kesvane run make worldwide", "$187 million"),
    # a forecast asked in other words; "open to" asks a sum
    ("sequel", "what were analysts expecting for its first weekend", "$40 million"),
    ("sequel", "what are people predicting kesvane run 2 will open to", "$40 million"),
    # particles that add nothing
    ("sequel", "who snapped up the overseas rights", "Tamvale Releasing"),
    ("sequel", "who headed up the marketing team", "Kesvia Moor"),
    # a consultant's role casts no one as the villain
    ("sequel", "who's cast as the grey warden", None),
    # "described the new composer as" names no composer; the one he replaces does
    ("sequel", "who's the new composer", None),
    ("sequel", "who's doing the new music for it", "Brenvor Tamsley"),
    ("sequel", "who's the composer on kesvane run 2", "Brenvor Tamsley"),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_each_article_is_read_for_what_readers_ask(
    read: dict[str, Drafted], article: str, question: str, expected: str | None
) -> None:
    assert_answers(read[article][1], question, expected)


@pytest.mark.parametrize(
    ("sentence", "unit", "span"),
    [
        ("for several centuries it was the port", "centuries", True),
        ("releasing fourteen films a year", "year", True),
        ("for years it was closed", "years", True),
        ("a year later it reopened", "year", False),
        ("that year it reopened", "year", False),
        ("in the 12th century", "century", False),
    ],
)
def test_a_unit_counted_measures_a_span(sentence: str, unit: str, span: bool) -> None:
    words = sentence.split()
    assert measured.span_unit(words, words.index(unit)) is span


def test_left_after_a_copula_is_what_remains() -> None:
    assert "remain" in attributive.as_adjectives("how many of them are left".split(), ())
    assert "left" in attributive.as_adjectives("when was it left to the town".split(), ())
    assert "left" in attributive.as_adjectives("who left the band".split(), ())


def test_last_before_an_adverb_or_after_to_is_a_verb() -> None:
    asked = attributive.as_adjectives("how long were they meant to last originally".split(), ())
    assert "last" in asked
    assert "final" in attributive.as_adjectives("when did the last train run".split(), ())


@pytest.mark.parametrize(
    ("question", "unsaid"),
    [
        ("how far out from the coast is it", "out"),
        ("when did it close for good", "good"),
        ("how many got stuck up there", "up"),
    ],
)
def test_idioms_ask_nothing_more(question: str, unsaid: str) -> None:
    words = question.split()
    assert idioms.unsaid(words, words.index(unsaid), "how")


def test_moving_back_asks_a_return() -> None:
    asked = premise.asked(("when", "did", "the", "monks", "move", "back"), "when", frozenset(), "")
    assert "move" not in asked.terms
    assert "back" in asked.terms


def test_a_noun_after_a_preposition_is_no_predicate_noun() -> None:
    question = tuple("who was the engineer behind the harbour".split())
    assert not verbforms.predicate_noun(question, 1, 6)
    assert verbforms.predicate_noun(tuple("what is france a region of".split()), 1, 4)


def test_a_place_is_named_by_its_people_s_adjective() -> None:
    europe = Entity(id="europe", kind=EntityKind.PLACE, name="Europe")
    ostvik = Entity(id="ostvik", kind=EntityKind.PLACE, name="Ostvik")
    tables = NameTables((europe, ostvik))
    assert "european" in tables.adjectives["europe"]
    assert "ostvik" not in tables.adjectives


def test_a_rating_s_score_is_no_music() -> None:
    words = "audience scores were high and the score won a prize".split()
    stems = ["audience", "score", "be", "high", "and", "the", "score", "win", "a", "prize"]
    assert explain.concept_stems(words, stems, light=False)[1] == ""
    assert explain.concept_stems(words, stems, light=False)[6] == "score"


def test_a_headline_s_place_answers_no_where() -> None:
    text = "where does tamcon take place"
    question = premise.asked(tuple(text.split()), "where", frozenset({"tamcon"}), text)
    for passage, holds in [
        ("Brenvista Unveils 12-Film Slate at TamCon, Greenlights 'Kesvane' Sequel", False),
        ("TamCon, the convention held every spring in Kesvport, opened on Monday.", True),
    ]:
        words = normalize(passage).split()
        stems = [stem(w) for w in words]
        assert answered.holds_answer(question, passage, words, stems, GENERAL_CONCEPTS) is holds


CONVENTION = """date 2026-04-03

Brenvista Pictures Unveils 12-Film Slate at TamCon

Brenvista Pictures used its presentation at TamCon to lay out twelve films it intends to \
release through 2027. TamCon continues through Thursday.
"""


@pytest.mark.parametrize("question", ["where does tamcon take place", "where is tamcon held"])
def test_a_headline_says_no_place(tmp_path: Path, question: str) -> None:
    _, engine = drafted(tmp_path, "convention", CONVENTION)
    assert_answers(engine, question, None)
