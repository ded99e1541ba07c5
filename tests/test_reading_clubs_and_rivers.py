"""A football club's and a river's reference articles, and two greenlight reports, read as
fans ask about them: a club is called without its formal ending ("Ogbury Rovers" for
Ogbury Rovers Football Club) and by its town's name; "The club was founded" is the
article's subject, and "a youth academy, founded in 2009" tells of the academy; a record
is a superlative ("the biggest crowd they've ever had"); "how long is the river" is
answered by the length it flows, not by a stretch of it; a river rises where it starts and
has its mouth where it empties; "set up" and "formed" found a company; a present-tense
role holds now, whatever year the appointment was; an untitled third film is numbered
by a franchise's short name too ("Ogdrift 3" of "The Ogdrift Protocol"). The articles
are our own, about invented clubs, rivers, films and people.
"""

from __future__ import annotations

import pytest

from bot.draftmerge import tidied_names
from bot.engine import appositions, compounds, howlong, premise
from bot.engine.extremes import bounded_record
from bot.engine.gone import departed
from bot.engine.opposites import extreme_said
from bot.engine.owners import possessions
from bot.models import Entity, EntityKind
from bot.text import normalize, stem
from tests.news_articles import Drafted, assert_answers, drafted_articles

# Our own articles, each drafted once for the module, by the name the tests use.
ARTICLES = {
    "club": "ogbury-rovers-club-article.txt",
    "river": "ubwater-river-article.txt",
    "town": "ubbleton-town-article.txt",
    "prequel": "ubhallow-prequel-article.txt",
    "third_film": "ogdrift-third-film-article.txt",
    "untitled_sequel": "ubvale-untitled-sequel-article.txt",
    "weekend": "ogmoor-reboot-weekend-article.txt",
    "university": "ogmere-university-article.txt",
    "island": "ubsay-island-article.txt",
    "finale": "ubmarsh-finale-article.txt",
    "exit": "ubreach-director-exit-article.txt",
}


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Drafted]:
    return drafted_articles(tmp_path_factory, ARTICLES)


def test_a_club_is_one_entity_by_its_everyday_names(read: dict[str, Drafted]) -> None:
    entities = read["club"][0]
    rovers = entities["Ogbury Rovers Football Club"]
    assert rovers["kind"] == "org"
    # the name without "Football Club", the town's name the article calls it by, and
    # its nickname
    assert {"Ogbury Rovers", "Ogbury", "Moorhens"} <= set(rovers["aliases"])  # type: ignore[arg-type]
    assert not {"Ogbury Rovers", "Ogbury", "Moorhens"} & set(entities)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "The club was founded in 1887": the subject, not the academy "founded in 2009"
        ("when was ogbury rovers founded?", "1887"),
        ("who founded the club", "Oglaf Penhallow"),
        ("when was the youth academy founded", "2009"),
        # the women's side entered a league in 2016; the 2009 founding is the academy's
        ("when was the women's side founded", None),
        # "The current manager ... was appointed in June 2023": he manages it now
        ("who's the manager now", "Ubald Ferris"),
        ("how many can ubbridge lane hold", "6,200"),
        # "Nicknamed "the Moorhens", the side ...": the club by its nickname; "home games"
        # are its "home matches"
        ("where do the moorhens play home games", "Ubbridge Lane"),
        # "the club's biggest ever crowd" asks its own record: "The record attendance"
        ("what's the club's biggest ever crowd?", "11,340"),
    ],
)
def test_a_club_history_is_read_for_what_fans_ask(
    read: dict[str, Drafted], question: str, expected: str | None
) -> None:
    assert_answers(read["club"][1], question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the river flows 168 km; "a 22 km stretch of the river" is a part of it
        ("how long is the ubwater?", "168 km"),
        ("how long is the river", "168 km"),
        # it "rises" where it starts, and its "mouth" is where it empties
        ("where does the ubwater start", "Ogden Fells"),
        ("what bay does it empty into?", "Ubhaven Bay"),
        # merchants "formed" the company: it was set up then
        ("when was the navigation company set up", "1802"),
        ("who formed the navigation company", "Ubbington merchants"),
    ],
)
def test_a_river_is_read_for_what_fans_ask(
    read: dict[str, Drafted], question: str, expected: str | None
) -> None:
    assert_answers(read["river"][1], question, expected)


def test_a_town_is_its_own_name_not_its_newspaper_s(read: dict[str, Drafted]) -> None:
    entities = read["town"][0]
    # "Ubbleton" over the town's history is the town, no first name of "Ubbleton Gazette"
    assert "Ubbleton" in entities
    assert entities["Ubbleton Gazette"]["kind"] == "org"
    assert "Ubbleton" not in entities["Ubbleton Gazette"].get("aliases", [])  # type: ignore[operator]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "a market town and civil parish": "the parish" and "the town" are Ubbleton
        ("how many people live in ubbleton?", "9,800"),
        ("when did ubbleton get its market charter", "1274"),
        # "river's" before "the" is "river is"; a river's name says it is one, and "the
        # abbey at Ubwick" beside "the river crossing" names none
        ("what river's the town on", "River Ogley"),
        ("when was the gazette first published", "1872"),
        # what a place logs it records
        ("how many visitors did the museum log in 2023", "41,000"),
    ],
)
def test_a_town_is_read_for_what_fans_ask(
    read: dict[str, Drafted], question: str, expected: str | None
) -> None:
    assert_answers(read["town"][1], question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "X, who wrote and directed both previous films, is stepping back from the
        # director's chair": not who directs it now
        ("who's directing black seam?", "Ubeline Marr"),
        ("who is directing the ubhallow prequel", "Ubeline Marr"),
        # the unit the question gives measures the span the passage counts
        ("how long's the shoot, in days?", "28-day shoot"),
        ("how long is the shoot in weeks", None),
        # a year is read in a third passage when two hold none
        ("what year does the prequel take place in", "1889"),
        # "Filming begins in Wales": a country names no town
        ("which town in wales are they filming in?", None),
        ("where are they filming black seam", "Wales"),
    ],
)
def test_a_prequel_report_is_read_for_what_fans_ask(
    read: dict[str, Drafted], question: str, expected: str | None
) -> None:
    assert_answers(read["prequel"][1], question, expected)


def test_a_series_short_name_numbers_its_untitled_film(read: dict[str, Drafted]) -> None:
    entities = read["third_film"][0]
    # "The Ogdrift Protocol" and "Ogdrift: Night Watch" are one franchise
    assert entities["Ogdrift Protocol"]["kind"] == "franchise"
    assert "Ogdrift" in entities["Ogdrift Protocol"]["aliases"]  # type: ignore[operator]
    assert "Ogdrift" not in entities
    assert entities["Ogdrift: Night Watch"]["franchise"] == "ogdrift-protocol"
    # the headline's "Greenlights Third 'Ogdrift Protocol' Film" announces it
    third = entities["Ogdrift Protocol 3"]
    assert "Ogdrift 3" in third["aliases"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who's directing ogdrift 3", "Ogilvy Ubrane"),
        ("when's the third ogdrift movie out", "October 8, 2027"),
        ("how much has glass harbour made", "$540 million"),
    ],
)
def test_a_third_film_is_asked_of_by_the_series_short_name(
    read: dict[str, Drafted], question: str, expected: str | None
) -> None:
    assert_answers(read["third_film"][1], question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "set the third instalment of its fantasy franchise Ubvale ... The untitled
        # sequel": "the" announces a film with no title yet
        ("when is ubvale 3 coming out", "March 17, 2028"),
        ("who's directing the third ubvale movie", "Ubrica Thorne"),
        ("when does ubvale 4 come out", None),
    ],
)
def test_an_untitled_sequel_announced_with_the_is_numbered(
    read: dict[str, Drafted], question: str, expected: str | None
) -> None:
    assert "Ubvale 3" in read["untitled_sequel"][0]
    assert_answers(read["untitled_sequel"][1], question, expected)


def test_a_record_is_a_superlative_of_its_direction() -> None:
    assert extreme_said("hottest", "the record high temperature was 41".split()) == "record"
    assert extreme_said("biggest", "a record attendance of 9,000".split()) == "record"
    assert extreme_said("coldest", "a record low of minus 12".split()) == "record"
    # a record high is no coldest, nor a record low a hottest
    assert extreme_said("coldest", "the record high temperature".split()) is None
    assert extreme_said("hottest", "a record low of minus 12".split()) is None


def test_a_record_of_its_own_is_no_record_of_all_time() -> None:
    asked = tuple("what is the biggest crowd they have ever had".split())
    assert not bounded_record(asked, "the ground s record attendance of 9,000".split())
    # "the club's biggest ever crowd" (normalized "the club biggest ever") is the club's
    assert not bounded_record(tuple("what is the club biggest ever crowd".split()), ["x"])
    # "the most viewed trailer ever" still asks all time's
    ever = tuple("is it the most viewed trailer ever".split())
    assert bounded_record(ever, "a record for the studio".split())


def test_a_superlative_said_as_a_record_explains_its_adjective() -> None:
    question = premise.asked(tuple("what is the hottest temperature on record".split()), "what")
    passage = "The official record high temperature is 41 °C, set on July 8, 1905."
    assert premise.check(question, passage).ok
    low = "The official record low temperature is minus 12 °C, set on January 6, 1913."
    assert not premise.check(question, low).ok


def test_a_founding_member_founded_nothing() -> None:
    words = normalize("Harvard was a founding member of the association in 1900").split()
    assert "founding" not in compounds.without_roles(words)
    passage = "Harvard was a founding member of the association in 1900."
    assert {"found", "founding"} <= compounds.unsaid_parts(passage, frozenset({"form"}))
    # ... unless the question asks of the member
    assert not compounds.unsaid_parts(passage, frozenset({"member", "found"}))


def test_a_participle_set_off_tells_of_the_thing_it_follows() -> None:
    passage = "The club also runs a youth academy, founded in 2009, and a women's side."
    asked = tuple(normalize("when was the women's side founded").split())
    assert appositions.participle_of_another(asked, passage) == "found"
    academy = tuple("when was the youth academy founded".split())
    assert appositions.participle_of_another(academy, passage) is None
    assert appositions.of_another((), passage.lower().split(), passage, "found")
    told = "The club was founded in 1887 by a schoolmaster."
    assert not appositions.of_another((), told.lower().split(), told, "found")


def test_a_length_stands_by_the_verb_it_flows_by() -> None:
    words = normalize("the river flows for approximately 168 km").split()
    assert howlong.lasting_at(words, [stem(w) for w in words]) == [2]


def test_an_organisation_is_named_without_its_formal_ending() -> None:
    full = Entity("", EntityKind.ORG, "Pelmoor Athletic Football Club")
    short = Entity("", EntityKind.ORG, "Pelmoor Athletic")
    tidied = tidied_names([full, short], frozenset())
    assert [e.name for e in tidied] == ["Pelmoor Athletic Football Club"]
    assert tidied[0].aliases == ("Pelmoor Athletic",)
    # two clubs sharing the short name: neither takes it
    other = Entity("", EntityKind.ORG, "Pelmoor Athletic FC")
    assert all(not e.aliases for e in tidied_names([full, other], frozenset()))


def test_a_departure_told_after_a_relative_clause_is_one() -> None:
    passage = "Series creator Ogmund Fairley, who directed both films, is stepping back this time."
    assert departed({"ogmund", "fairley"}, passage) == {"ogmund", "fairley"}
    # "who replaced X, who had quit": the quitting is X's, told inside the clause
    kept = "Ogmund Fairley, who replaced the director who had quit, will direct it."
    assert departed({"ogmund", "fairley"}, kept) == set()


def test_an_s_before_a_determiner_is_no_possessive() -> None:
    assert possessions("what river's the town on") == ()
    assert possessions("what is the river's name") == (("river", "name"),)


def test_a_phrase_and_a_deal_are_read_as_their_words() -> None:
    question = premise.asked(tuple("where did they sign the deal".split()), "where")
    assert premise.check(question, "The agreement was signed at Ubford Town Hall in 1911.").ok


def test_a_franchise_is_what_the_article_calls_one(read: dict[str, Drafted]) -> None:
    # "rebooting The Ogmoor Chronicles, the fantasy franchise that grossed ...": no person
    assert read["weekend"][0]["Ogmoor Chronicles"]["kind"] == "franchise"
    assert read["weekend"][0]["Ogmoor Chronicles reboot"]["franchise"] == "ogmoor-chronicles"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "36% of the weekend gross" is a share, not how big the weekend was; "in its
        # second weekend" is no opening weekend
        ("how big was the opening weekend?", None),
        ("how much did ubren tide make on its opening weekend", None),
        ("how much did ubren tide make in its second weekend", "$38.5 million"),
        ("by what percent did it fall", "51%"),
        # "analysts expect the film to cross $450 million": a forecast, nothing taken
        ("how much has ubren tide made worldwide", None),
        # "X, who made the first two films, stepped away": not who directs it now
        ("who's directing the ogmoor reboot now", "Ugo Marrant"),
    ],
)
def test_a_weekend_report_tells_takings_from_shares_and_forecasts(
    read: dict[str, Drafted], question: str, expected: str | None
) -> None:
    assert_answers(read["weekend"][1], question, expected)


def test_a_university_is_its_own_first_word(read: dict[str, Drafted]) -> None:
    # "Ogmere Kestrels", drafted as someone's name, takes no "Ogmere" from the university
    kestrels = read["university"][0]["Ogmere Kestrels"]
    assert "Ogmere" not in kestrels.get("aliases", [])  # type: ignore[operator]
    # ... and the article never says "Ogmere" alone, but fans do
    assert "Ogmere" in read["university"][0]["Ogmere University"]["aliases"]  # type: ignore[operator]
    assert_answers(read["university"][1], "what year was ogmere founded?", "1868")
    # "how big" of an amount asks the amount
    assert_answers(
        read["university"][1], "how big is ogmere university's endowment?", "$2.4 billion"
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the tallest peak is the highest point; a mountain is a "Mount"
        ("what's the tallest peak on ubsay?", "Mount Ogren"),
        ("how high does that mountain go, in metres?", "902 metres"),
        # "its population fell by nearly half" counts no one
        ("what's the population of the island", "2,140"),
    ],
)
def test_an_island_is_read_for_what_fans_ask(
    read: dict[str, Drafted], question: str, expected: str | None
) -> None:
    assert_answers(read["island"][1], question, expected)


def test_the_third_and_final_chapter_is_the_final_film(read: dict[str, Drafted]) -> None:
    aliases = read["finale"][0]["Ubmarsh: The Last Ember"]["aliases"]
    assert {"Ubmarsh 3", "the final Ubmarsh movie", "the finale"} <= set(aliases)  # type: ignore[arg-type]
    # "the last film" alone is left out: a sequel's report calls the one before it so
    assert "the last film" not in aliases  # type: ignore[operator]
    assert_answers(read["finale"][1], "when does the final ubmarsh movie come out", "2026")


def test_a_debut_is_the_first_of_its_works() -> None:
    question = premise.asked(tuple("what was her 1st feature".split()), "what")
    debut = 'She made her feature debut with "Ubwater" (2001), a story of a widow.'
    assert premise.check(question, debut).ok
    # ... but a third feature is no first one
    assert not premise.check(question, 'Her third feature, "Ogden" (2009), was a hit.').ok


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "the film's release has been pushed from June 4": a release moved, which says
        # nothing of the shoot, whose own sentence answers
        ("when was shooting originally supposed to begin?", "previously set to begin in March"),
        # "kick off" is beginning
        ("when was shooting originally supposed to kick off?", "previously set to begin in March"),
        ("when does filming start now", "August"),
        ("when does ubreach 2 come out now", "October"),
    ],
)
def test_a_moved_release_is_no_moved_shoot(
    read: dict[str, Drafted], question: str, expected: str | None
) -> None:
    assert_answers(read["exit"][1], question, expected)
