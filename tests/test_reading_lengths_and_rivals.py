"""A river's reference article and a weekend box-office story, read as fans ask about
them. Our own articles, about invented things:

- "how long's the abbey church" asks its length ("about 71 metres long"), not how long
  the building work went on; "how long did it take" asks a time, never "71 metres";
- "approximately 186 kilometres (116 mi) in length" is the river's length;
- "- Narvick Tunnel: 1,940 metres long", a list's item, and "the Narvick Canal, which
  ... runs 64 kilometres" measure the tunnel and the canal, not the river;
- "the highest dam in the country until the completion of the Narvmoor Dam" and "the
  second-tallest, surpassed only by that of Ormsby" measure the sentence's own subject;
- '"Plovhaven" played in 3,870 locations, pushing "Mirskfield" out of first place'
  counts Plovhaven's theatres, not Mirskfield's;
- "in the US" asks the domestic takings, which "North American theatres" report;
- '"Plovhaven," a $150 million survival epic' and '"Mirskfield," Plovmoor Films' heist
  comedy' are films, so "The film, which was directed by X" is Plovhaven's;
- "who got the railway built" asks who built it, not when its locomotive was built;
- a club's side is its team: "what's the team's nickname";
- "when did Lomvick receive its charter" is answered by "Lomvick's charter of 1641";
- "The festival ... according to its director, X" names the festival's director, and "the
  festival, which ran for ten days" is no film's runtime;
- "has committed to a theatrical release in the autumn" says when it will come out, not
  when it did;
- a "not" far on in a clause of its own ("begins to suspect that her brother was not the
  man she believed") denies nothing of the names the sentence opened on;
- "Returning from the first film, which ... took in $268 million on a budget of $70
  million, are ..." gives the first film's budget, not the sequel's;
- "her debut film" is not "the second feature from X"; "what did X bid" asks a sum;
  "founded in 1874 as the Lomvick School of Mines" names no founder; 'The 1998 "Hound,"
  ...' opens on the film a reboot remakes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import chatter, kinds, names, openings
from bot.text import normalize, stem
from tests.news_articles import Drafted, assert_answers, drafted, drafted_articles

ARTICLES = {
    "river": "lomvale-river-article.txt",
    "weekend": "plovhaven-weekend-box-office-article.txt",
}


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Drafted]:
    return drafted_articles(tmp_path_factory, ARTICLES)


ASKED = [
    # a structure's "how long" asks its length
    ("river", "how long's the abbey church", "71 metres"),
    ("river", "how long is the lomvale river", "186 kilometres"),
    # a list's item and a which-clause measure their own names
    ("river", "how long is the narvick tunnel", "1,940 metres"),
    ("river", "how long is the narvick canal", "64 kilometres"),
    # the measure is the sentence's subject's, not what it is compared with
    ("river", "how tall is the ormskeld dam", "131 metres"),
    ("river", "how tall is the narvmoor dam", None),
    ("river", "how tall is the abbey's spire", "96 metres"),
    ("river", "how tall is ormsby's spire", None),
    # a definition's participle tells of what it defines, not of the last name before it
    ("river", "when was ormsby castle founded", "1088"),
    # the asked dimension's word stands beside the number: "rose to a height of 27 metres",
    # "by which time it had reached a length of 38 metres"
    ("river", "how tall was the keep", "27 metres"),
    ("river", "how long was the great hall", "38 metres"),
    # "get it built" asks who built it: a locomotive built in 1879 says no one
    ("river", "who got the railway built", None),
    ("river", "who was behind getting the railway built", None),
    # "which museum" is answered by a museum's name, not by where the specimens were shot
    ("river", "which museum has lomm's specimens", "Lomvick Museum"),
    ("river", "which museum got narvo's gull specimens", None),
    # coming to have what is one's own: the owned noun says it
    ("river", "when did lomvick receive its charter", "1641"),
    ("river", "when did lomvick gain its charter", "1641"),
    ("river", "when did lomvick lose its charter", None),
    # a film named by an apposition with a sum in it
    ("weekend", "who directed plovhaven", "Plovia Mirskand"),
    ("weekend", "who directed mirskfield", None),
    # domestic takings, asked in fans' words
    ("weekend", "how much did plovhaven open to in the us", "$58.2 million"),
    ("weekend", "how much did plovhaven open to worldwide", "$129.2 million"),
    # a number in another title's part counts nothing of the asked film
    ("weekend", "how many theaters did plovhaven open in", "3,870"),
    ("weekend", "how many theaters was mirskfield playing in", None),
    # "how big" a change asks its share: "a drop of 41 percent"
    ("weekend", "how big was mirskfield's drop", "41 percent"),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_each_article_is_read_for_what_readers_ask(
    read: dict[str, Drafted], article: str, question: str, expected: str | None
) -> None:
    assert_answers(read[article][1], question, expected)


def test_a_time_asked_is_never_a_structure_s_length(read: dict[str, Drafted]) -> None:
    answer = read["river"][1].answer("how long did it take to build the abbey church")
    assert "71 metres" not in answer.text or not answer.answered


def test_films_named_by_appositions_are_drafted_as_films(read: dict[str, Drafted]) -> None:
    entities = read["weekend"][0]
    assert entities["Plovhaven"]["kind"] == "film"  # '"X," a $150 million survival epic'
    assert entities["Mirskfield"]["kind"] == "film"  # '"X," Plovmoor Films' heist comedy'
    assert entities["Plovling"]["kind"] == "film"  # 'the animated "X,"'


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("how long is the church", "length"),
        ("how long the church", "length"),  # "how long's the church", normalized
        ("how long is the river", "length"),
        ("how long is the bridge closed", "span"),
        ("how long did the siege last", "duration"),
        ("how long is the film", "span"),
    ],
)
def test_how_long_asks_a_length_a_time_or_either(question: str, kind: str) -> None:
    words = question.split()
    assert kinds.answer_kind(words, "how", kinds.head_nouns(words)) == kind


def test_a_caused_act_is_asked_as_the_act() -> None:
    plain = chatter.without_chatter
    assert plain("who got the dam built".split()) == "who built the dam".split()
    behind = "who was behind getting the old bridge built".split()
    assert plain(behind) == "who built the old bridge".split()


CLUB = """date 2026-01-20

Narvbury Athletic F.C.

Narvbury Athletic Football Club is a semi-professional football club based in Narvbury. \
Founded in 1894 by workers at the Lomfield tannery, the club is nicknamed "the Tanners" and \
plays its home matches at Plover Lane.

The club won the county cup in 1931 and again in 1978.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what's the team's nickname", "the Tanners"),
        ("when was the team founded", "1894"),
        ("who founded the team", "workers at the Lomfield tannery"),
    ],
)
def test_a_club_is_asked_of_as_the_team(tmp_path: Path, question: str, expected: str) -> None:
    _, engine = drafted(tmp_path, "club", CLUB)
    assert_answers(engine, question, expected)


FESTIVAL = """date 2026-03-10

'Ormhollow' Wins Top Prize at Mirskport Film Festival

"Ormhollow," the second feature from Plovina Mirsk, won the Golden Gull, the top prize at the \
Mirskport Film Festival, on Saturday night.

The festival, which ran for ten days, sold 88,000 tickets, according to its director, Narvella \
Plost.

The distributor Plovline Pictures has committed to a theatrical release of the film in the \
autumn.
"""
PREMIERE = "\nThe film premiered on March 2 to a long standing ovation.\n"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who directed ormhollow", None),  # not the festival's director
        ("how long does ormhollow run", None),  # not the festival's ten days
        ("when will ormhollow be released", "autumn"),
        ("when is ormhollow coming out", "autumn"),
        ("when did ormhollow come out", None),  # planned, not done
        ("when did ormhollow first screen", None),
    ],
)
def test_a_festival_s_director_and_a_planned_release(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    _, engine = drafted(tmp_path, "festival", FESTIVAL)
    assert_answers(engine, question, expected)


def test_a_release_done_is_answered_by_when_it_happened(tmp_path: Path) -> None:
    _, engine = drafted(tmp_path, "festival", FESTIVAL + PREMIERE)
    assert_answers(engine, "when did ormhollow first screen", "March 2")


CAST = """date 2026-02-03

Plovline Buys 'Narvhollow' After All-Night Talks

Plovline Pictures has bought the North American rights to "Narvhollow," the drama that \
premiered at the Mirskford Winter Festival on January 30.

Directed by Lomvard Pell, whose earlier features include "Narvgate" (2019), the film stars \
Ostra Mirsk as a ferry pilot who, after a storm wrecks the harbour, begins to suspect that her \
own late brother was not the man she believed him to be.
"""


def test_a_far_denial_denies_nothing_of_the_cast(tmp_path: Path) -> None:
    _, engine = drafted(tmp_path, "cast", CAST)
    assert_answers(engine, "who plays the ferry pilot", "Ostra Mirsk")


def test_a_language_s_name_is_no_slip_for_another_word(tmp_path: Path) -> None:
    # "latin" is in no fact and no list of ordinary words: it was "repaired" to "lain"
    _, engine = drafted(tmp_path, "club", CLUB)
    assert "latin" in engine.parse("what's the club's latin motto").words
    reply = engine.answer("what's the club's latin motto").text
    assert "Latin" not in reply or "facts about" not in reply  # no unknown name either


SEQUEL = """date 2026-02-04

'Narvgate 2' Adds Ostra Mirsk to Its Cast

Ostra Mirsk has joined the cast of "Narvgate 2," the sequel to the 2023 thriller "Narvgate," \
Plovline Pictures said on Tuesday.

Returning from the first film, which opened in 2023 and took in $268 million globally on a \
budget of roughly $70 million, are Lomma Drisk and Pell Ormand.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is the budget of narvgate 2", None),
        ("how much did narvgate 2 cost", None),
        ("who is returning from the first film", "Lomma Drisk"),
    ],
)
def test_a_sum_in_a_clause_of_the_first_film_is_its_own(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    _, engine = drafted(tmp_path, "sequel", SEQUEL)
    assert_answers(engine, question, expected)


SALE = """date 2026-02-03

'The Narv Hours' Sells to Plovstream for $14 Million

"The Narv Hours," the second feature from writer-director Ostra Pell, has been acquired by the \
streaming service Plovstream for worldwide rights in a deal valued at roughly $14 million.

At least four buyers, among them the independent distributor Mirskgate Pictures, were said to \
have made offers before Plovstream closed the deal.

Pell, a former documentary editor, made her directing debut in 2022 with "The Lomv Tide," which \
won the audience award at the Narvmouth Festival.

The film premiered at the Narvmouth Film Festival last month, and it will open in theaters before \
it streams; the deal is the festival's biggest sale since the 2019 box office hit "Orlby."
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what was pell's debut film", "The Lomv Tide"),  # not "the second feature from"
        ("what did mirskgate pictures bid", None),  # a bid is a sum, and none is said
        ("what did plovstream pay", "$14 million"),  # the lede, which says it in full
    ],
)
def test_a_debut_and_a_bid(tmp_path: Path, question: str, expected: str | None) -> None:
    _, engine = drafted(tmp_path, "sale", SALE)
    assert_answers(engine, question, expected)


def test_what_a_thing_was_founded_as_is_no_founder() -> None:
    words = normalize("Founded in 1874 as the Lomvick School of Mines, it was renamed").split()
    stems = [stem(w) for w in words]
    given = {"lomvick", "school", "mines"}
    assert not names.doer_named("start", given, words, stems, {"who", "start", "institute"})
    founded_by = normalize("It was started by Narvel Orm, a mill owner").split()
    by_stems = [stem(w) for w in founded_by]
    assert names.doer_named("start", {"narvel", "orm"}, founded_by, by_stems, {"who", "start"})


def test_a_dated_title_opening_a_sentence_is_the_earlier_film() -> None:
    assert openings._OPENS_ON_EARLIER.match('The 1998 "Hound," directed by the late Narvo Drisk')
    assert not openings._OPENS_ON_EARLIER.match('The reboot of "Hound" has found a director')
