"""A weekend box-office story and an island's reference article, read as fans ask about
them. Our own articles, about invented things:

- a story whose headline opens on a series' title ("'The Quarnby Vault' Opens to $38
  Million, Pushing 'Quarnel Tides' to Second"), drafted as a series because a sequel's
  title is registered, is about that film, not the rival its headline names after;
- "newcomer Dace Quarrin, a 23-year-old stage actor" is Quarrin's age, nobody else's;
- "one of the largest sales to come out of this year's festival" dates no release;
- "based on a novel" names no book;
- "a population of 3,870, most of whom live in Quarnport" is not Quarnport's, nor is
  the size of "the third-largest island after Great Ostra" Great Ostra's;
- "lived on the island from 1934 until her death" does not date the death;
- "The painter Tamsin Quarle was born ..." introduces her, and refers back to no one;
- after "She never married", no later sentence names her spouse;
- "retired in 1950 and moved to Skellwick" tells what she did after retiring;
- "a trilogy produced between 2009 and 2014 by the Ostrey Company" names its maker;
- "writer-director Anka Ferrow" is a director, and "The director found Quarrin" names none;
- a film named only in an aside on someone's credit is not the sentence's film.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.concepts import GENERAL_CONCEPTS
from bot.draftlede import series_first_named
from bot.engine import (
    Engine,
    ages,
    asides,
    chatter,
    closed,
    counting,
    families,
    kinds,
    namekinds,
    ordered,
    passive,
    phrases,
    premise,
    releasewords,
    rivals,
    totals,
)
from bot.models import Entity, EntityKind
from bot.text import normalize, stem
from tests.news_articles import Drafted, assert_answers, drafted, drafted_articles

ARTICLES = {
    "weekend": "quarnby-vault-weekend-article.txt",
    "island": "quarnsey-island-article.txt",
}


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Drafted]:
    return drafted_articles(tmp_path_factory, ARTICLES)


ASKED = [
    # the story's film is the one its headline opens on: the debut's director is its
    # director, and no one named directs the rival
    ("weekend", "who directed the quarnby vault", "Sefa Quarnholt"),
    ("weekend", "who directed quarnel tides", None),
    ("weekend", "who is behind the camera on quarnel tides", None),
    ("weekend", "how much has quarnel tides made", "$64 million"),
    ("weekend", "how much did the quarnby vault cost", "$80 million"),
    # "cost a reported $80 million before marketing": asked so, nothing is denied; the
    # marketing's own cost is not given
    ("weekend", "how much did the quarnby vault cost before marketing", "$80 million"),
    ("weekend", "how much did halverd spend on marketing the quarnby vault", None),
    # an age in an apposition is the age of the name before it
    ("weekend", "how old is dace quarrin", "23-year-old"),
    ("weekend", "how old is mirelle quarnot", None),
    # "this year's Quarnfield Film Festival" is which festival, not when anything opens
    ("weekend", "when does lowmarrow drop on quarnflix", None),
    ("weekend", "when is lowmarrow coming out", None),
    ("weekend", "how much did quarnflix pay for lowmarrow", "$16 million"),
    # "the debut feature from writer-director Anka Ferrow": she is both; and "The
    # director found Quarrin" names no director
    ("weekend", "who directed lowmarrow", "Anka Ferrow"),
    ("weekend", "who made lowmarrow", "Anka Ferrow"),
    # "written by Ines Varrow, a co-writer on 2022's "Brightfall", and directed by
    # Quarnholt": Brightfall (a film, by its year) is only in an aside on her credit
    ("weekend", "who directed brightfall", None),
    ("weekend", "who co-wrote brightfall", "Ines Varrow"),
    ("weekend", "who directed quarnwell", "Quarnholt"),  # "who previously directed"
    # "based on a novel": no title given
    ("weekend", "what book is lowmarrow based on", None),
    # "a trilogy produced between 2009 and 2014 by the now-defunct Ostrey Company": the
    # time between the participle and its "by" leaves the company its maker
    ("weekend", "which company produced the original quarnel films", "Ostrey Company"),
    # "tried out" is applying: "a casting call that drew more than 1,800 applicants"
    ("weekend", "how many people tried out at the open casting call", "1,800 applicants"),
    # a whole's count is not its part's
    ("island", "how many people live in quarnport", None),
    ("island", "how many people live on quarnsey", "3,870"),
    # "the third-largest island in the Skellan Sea after Great Ostra": Quarnsey's size
    ("island", "how big is quarnsey", "96 square kilometres"),
    ("island", "how big is great ostra", None),
    # "Lake Quarnmere ... reaches a maximum depth of 12 metres ..., where the slopes of
    # Skell Hill rise": "Quarnmere" is the lake, its maximum the deepest point, and the
    # measures are the lake's, not the hill's
    ("island", "how deep does quarnmere get at the deepest point", "12 metres"),
    ("island", "how deep is lake quarnmere", "12 metres"),
    ("island", "how tall is skell hill", None),
    ("island", "when did the harbour lights go electric", "1931"),  # "were electrified"
    # "from 1934 until her death": 1934 is when the stay began
    ("island", "when did ilsabet quarrow die", None),
    ("island", "when did tamsin quarle die", "1979"),
    ("island", "where was tamsin quarle born", "Quarnport"),
    # "She never married." after the painter's introduction: her brother's wife is not hers
    ("island", "who was tamsin quarle married to", None),
    ("island", "who did tamsin quarle marry", None),
    ("island", "who was edric quarle married to", "Wenna"),
    # "retired from it in 1950 and moved to the village of Skellwick": moved after, in
    # that order, and not before
    ("island", "where did tamsin quarle move after she retired", "Skellwick"),
    ("island", "where did tamsin quarle move before she retired", None),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_each_article_is_read_for_what_readers_ask(
    read: dict[str, Drafted], article: str, question: str, expected: str | None
) -> None:
    assert_answers(read[article][1], question, expected)


def test_a_decline_after_a_denial_shows_the_denial(read: dict[str, Drafted]) -> None:
    answer = read["island"][1].answer("who was tamsin quarle married to")
    assert not answer.answered and "She never married." in answer.text


def test_the_drafted_kinds_follow_the_words_around_the_names(read: dict[str, Drafted]) -> None:
    island = read["island"][0]
    assert island["Quarnport"]["kind"] == "place"  # "the harbour town of Quarnport"
    assert island["Quarnmere Regatta"]["kind"] == "org"  # an event, no person
    assert island["Lake Quarnmere"]["aliases"] == ["Quarnmere"]
    weekend = read["weekend"][0]
    assert weekend["Quarnel Tides"]["kind"] == "film"


def test_a_reboot_of_a_quoted_title_makes_it_a_film(tmp_path: Path) -> None:
    text = (
        "date 2026-02-19\n\nOrrin Vale Exits 'Tessor' Reboot as Dunmarch Studios Moves It\n\n"
        'Orrin Vale has left "Tessor," two months before filming. The original "Tessor" '
        "films ran from 1984 to 1991. The studio moved the film's release from November "
        "13, 2026, to March 5, 2027.\n"
    )
    entities, engine = drafted(tmp_path, "tessor", text)
    assert entities["Tessor"]["kind"] == "film"
    assert_answers(engine, "when's tessor hitting theaters now", "March 5, 2027")


def _asked(engine: Engine, question: str) -> premise.Asked:
    parsed = engine.parse(question)
    return premise.asked(parsed.words, parsed.qtype, parsed.named_words, parsed.text)


def test_a_series_opening_the_lede_is_its_story_s_film_only_when_named_as_one() -> None:
    entities = {
        "vault": Entity("vault", EntityKind.FRANCHISE, "Quarnby Vault"),
        "tides": Entity("tides", EntityKind.FILM, "Quarnel Tides"),
        "key": Entity("key", EntityKind.FILM, "Quarnby Vault: Second Key", franchise="vault"),
    }
    opened = ["'The Quarnby Vault' Opens to $38 Million, Pushing 'Quarnel Tides' to Second"]
    assert series_first_named(opened, [["vault", "tides"]], entities) == "vault"
    called = ['Halverd\'s caper thriller "The Quarnby Vault" led the weekend.']
    assert series_first_named(called, [["vault"]], entities) == "vault"
    # named in passing, or beside a film of its own, it is no film
    passing = ["The Sound of Quarnby Vault: A Composer on Ten Years"]
    assert series_first_named(passing, [["vault"]], entities) is None
    beside = ["'The Quarnby Vault' Sequel 'Second Key' Dated"]
    assert series_first_named(beside, [["vault", "key"]], entities) is None


@pytest.mark.parametrize(
    ("passage", "answered"),
    [
        ("The film, based on a novel, will open in June.", False),
        ('The film is based on the 1994 novel "Salt Ledger".', True),
    ],
)
def test_a_book_asked_for_needs_a_title(
    read: dict[str, Drafted], passage: str, answered: bool
) -> None:
    engine = read["weekend"][1]
    question = _asked(engine, "what book is lowmarrow based on")
    assert namekinds.names_none(question, passage, engine.context.index) is not answered


@pytest.mark.parametrize(
    ("question", "passage", "fits"),
    [
        (
            "how old is mira holt",
            "Mira Holt will be joined by Dace Ruin, a 23-year-old actor.",
            False,
        ),
        (
            "how old is dace ruin",
            "Mira Holt will be joined by Dace Ruin, a 23-year-old actor.",
            True,
        ),
        ("how old is dace ruin", "She, a 23-year-old actor, plays the lead.", True),
    ],
)
def test_an_age_after_a_name_is_that_one_s(question: str, passage: str, fits: bool) -> None:
    asked = premise.asked(question.split(), "how", question.split()[-2:])
    assert ages.verdict(asked, normalize(passage).split()).ok is fits


@pytest.mark.parametrize(
    ("question", "fits"),
    [("how many people live in quarnport", False), ("how many people live on quarnsey", True)],
)
def test_a_count_of_a_whole_is_not_its_part_s(
    read: dict[str, Drafted], question: str, fits: bool
) -> None:
    passage = "Quarnsey had 3,870 people in 2021, most of whom live in Quarnport."
    asked = _asked(read["island"][1], question)
    assert totals.verdict(asked, normalize(passage).split()).ok is fits


def test_this_year_s_festival_is_which_festival() -> None:
    passage = "It was sold at this year's Quarnfield Film Festival, and opens later this year."
    words = normalize(passage).split()
    edition = {words[i] for i in releasewords.editions(passage)}
    assert edition == {"this", "year"}
    # only the first "this year": the opening later this year is a time
    assert max(releasewords.editions(passage)) < len(words) - 2


def test_a_time_after_from_starts_the_span_until_ends() -> None:
    words = normalize("She lived there from 1934 until her death in 1960.").split()
    started, death, died = words.index("1934"), words.index("death"), words.index("1960")
    assert phrases.starts_a_span_ended_by(words, started, death)
    assert not phrases.starts_a_span_ended_by(words, died, death)


@pytest.mark.parametrize(
    ("question", "explained"),
    [
        ("where did she move after she retired", {"after"}),
        ("where did she move before she retired", set()),
        ("what did she teach before she moved", {"before"}),
    ],
)
def test_acts_told_in_order_explain_after_and_before(question: str, explained: set[str]) -> None:
    passage = normalize("She taught drawing, retired from it in 1950 and moved to Skellwick.")
    assert ordered.explained(question.split(), passage.split()) == explained


def test_a_time_between_a_participle_and_its_by_leaves_the_agent() -> None:
    words = normalize("a trilogy produced between 2009 and 2014 by the Ostrey Company").split()
    stems = [stem(w) for w in words]
    assert passive.agent_of(stems, words.index("produced")) == ["the", "ostrey", "company"]
    # but a place or a thing between is another clause's: no agent
    other = normalize("films produced for the studio and praised by critics").split()
    assert passive.agent_of([stem(w) for w in other], other.index("produced")) is None


def test_trying_out_is_applying() -> None:
    assert "applied" in chatter.without_chatter("how many people tried out for the part".split())


@pytest.mark.parametrize(
    ("passage", "named"),
    [
        ("The director found Quarrin through an open casting call.", False),
        ("Director Anka Ferrow found Quarrin through an open casting call.", True),
        ("Anka Ferrow, the director, found Quarrin at a casting call.", True),
    ],
)
def test_a_director_who_is_not_named_names_no_director(
    read: dict[str, Drafted], passage: str, named: bool
) -> None:
    engine = read["weekend"][1]
    question = _asked(engine, "who directed lowmarrow")
    verdict = premise.check(question, passage, engine.context.index.concepts)
    assert (verdict.reason != "no_answer") is named, verdict


def test_a_leader_asked_for_is_a_person(read: dict[str, Drafted]) -> None:
    engine = read["weekend"][1]  # where Halverd Pictures is a company
    question = _asked(engine, "who was the rebel leader")
    passage = "Halverd Pictures pardoned all rebels except four named leaders."
    assert namekinds.names_none(question, passage, engine.context.index)
    assert not namekinds.names_none(
        question, "The rebels were led by Ansel Brack.", engine.context.index
    )


def test_getting_going_is_starting() -> None:
    assert "start" in chatter.without_chatter("when did the regatta get going".split())


def test_what_got_someone_to_do_it_asks_why() -> None:
    words = chatter.without_chatter("what got tolliver to return".split())
    assert words == ["why", "did", "tolliver", "return"]


@pytest.mark.parametrize(
    ("passage", "terms", "aside"),
    [
        (
            'It is written by Ines Varrow, a co-writer on "Brightfall", and directed by Ode.',
            ("direct",),
            True,
        ),
        (
            'It is written by Ines Varrow, a co-writer on "Brightfall", and directed by Ode.',
            ("write",),
            False,
        ),
        ('Ode, who directed "Brightfall", returns for the sequel.', ("direct",), False),
        ('"Brightfall" was directed by Ode.', ("direct",), False),
    ],
)
def test_a_film_only_in_an_aside_on_a_credit_is_not_the_sentence_s(
    passage: str, terms: tuple[str, ...], aside: bool
) -> None:
    assert asides.only_aside(passage, {"brightfall"}, terms) is aside


def test_a_decimal_s_unit_is_what_it_counts() -> None:
    words = normalize("It raised the lake by 2.5 metres and flooded the hamlet.").split()
    stems = [stem(w) for w in words]
    at = words.index("2")
    assert counting.counts_other_things(words, stems, at, {"people", "family"})
    assert not counting.counts_other_things(words, stems, at, {"metre"})


def test_words_of_one_family_and_order() -> None:
    assert families.related("electric", "electrify")  # "go electric": "were electrified"
    # "flows out" is the "outflow"
    said = normalize("Its only outflow, the Brack Burn, drains east.").split()
    assert "flow" in closed.closed_in(("which", "stream", "flows", "out"), set(said), said)


def test_a_town_is_not_the_company_named_after_it(tmp_path: Path) -> None:
    text = (
        "date 2026-01-22\n\nKelvby Tramway\n\nThe Kelvby Tramway is a tram network serving "
        "the city of Kelvby. The Kelvby Tramway Company opened its first line in 1897, and "
        "the city bought the company in 1906.\n"
    )
    entities, _ = drafted(tmp_path, "kelvby", text)
    assert entities["Kelvby"]["kind"] == "place"
    assert "Kelvby" not in entities["Kelvby Tramway Company"].get("aliases", [])


@pytest.mark.parametrize(
    ("asked", "fits"),
    [
        ("how many troops did joris kettering have", False),
        ("how many troops did ada fairn lead", True),
    ],
)
def test_a_count_given_before_the_other_side_is_not_the_other_side_s(
    asked: str, fits: bool
) -> None:
    passage = (
        "Ada Fairn led roughly 4,000 regulars against a smaller force commanded by Joris Kettering."
    )
    question = premise.asked(asked.split(), "how", asked.split()[4:6], asked)
    assert rivals.verdict(question, passage, GENERAL_CONCEPTS).ok is fits


def test_a_compound_s_last_noun_two_words_on_is_the_head() -> None:
    assert kinds.head_nouns("what was weskmoor production budget".split()) == {"budget"}
    # "exact" is a premise the passage must state ("opened in 2020" gives no exact date)
    assert kinds.head_nouns("what was the exact release date".split()) == {"date"}


def test_a_glacier_and_a_peak_are_places_and_a_hut_is_no_one(tmp_path: Path) -> None:
    text = (
        "date 2025-11-03\n\nOrsvane Glacier\n\nThe Orsvane Glacier descends from Orsvane Peak. "
        "In 1931 climbers built the Kettel Hut beside it, and the Orsmark Glacier Service "
        "has measured the ice since 1950.\n"
    )
    entities, _ = drafted(tmp_path, "orsvane", text)
    assert entities["Orsvane Glacier"]["kind"] == "place"
    assert entities["Orsvane Peak"]["kind"] == "place"
    assert entities["Kettel Hut"]["kind"] == "org"
    assert entities["Orsmark Glacier Service"]["kind"] == "org"


def test_the_first_film_of_a_series_article_is_the_series_first(tmp_path: Path) -> None:
    text = (
        "date 2025-09-16\n\nOrvel Pictures Dates 'Tessaly: The Last Harbour' for 2027\n\n"
        'Orvel Pictures has dated "Tessaly: The Last Harbour," the third and final film in '
        'the "Tessaly" series, for March 19, 2027. The first film, released in 2019, grossed '
        '$412 million worldwide. The second, "Tessaly: Ember Road," made $508 million.\n'
    )
    engine = drafted(tmp_path, "tessaly", text)[1]
    assert_answers(engine, "how much did the first tessaly movie make worldwide", "$412 million")
