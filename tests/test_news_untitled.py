"""Films news announces before they have titles, and a series article in sections.

"Osterhune has greenlit a fourth installment of its franchise "Thistlemark"": fans ask
about "thistlemark 4" from that day, and the article's news (its director, shoot and
budget) is that film's, not the earlier film the lede measures it against. A reboot is
"the new Brackenhold". An encyclopedia's article on a series heads a section with each
film's title, and a section's sentences ("The film was released on 4 November 2011")
are that film's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.drafts import build_draft
from bot.engine import Engine
from bot.facts import load_facts
from tests.news_articles import (
    NEWS,
    Drafted,
    assert_answers,
    beside_curated,
    drafted,
    drafted_news,
)


@pytest.fixture(scope="module")
def greenlit(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "thistlemark-greenlight-article.txt", "greenlit")


def test_an_announced_film_gets_an_entity_named_as_fans_name_it(greenlit: Drafted) -> None:
    entities, _ = greenlit
    film = entities["Thistlemark 4"]
    assert film["kind"] == "film"
    assert film["franchise"] == "thistlemark"
    assert "the fourth Thistlemark film" in film["aliases"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who will direct the fourth thistlemark film", "Harrowlind Quaye"),
        ("who's writing thistlemark 4", "Ambervane Colt"),
        ("what's the budget for thistlemark 4", "$175 million"),
        ("where's thistlemark 4 filming", "Tromsø"),
        ("is velstrand okoro coming back for thistlemark 4", "No: "),
        # "climbed past $540 million at the worldwide box office" is what it made
        ("how much did the salt vigil make worldwide", "$540 million"),
        # an ordinal counts the noun after it: the lede's "third film" is no weekend
        ("how much did the salt vigil make in its 2nd weekend", None),
        ("when does thistlemark 4 come out", None),
        ("what is the fourth thistlemark film called", None),
    ],
)
def test_the_announced_film_is_answered(greenlit: Drafted, question: str, expected: str) -> None:
    assert_answers(greenlit[1], question, expected)


@pytest.fixture(scope="module")
def reboot(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "brackenhold-reboot-article.txt", "reboot")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who's directing the new brackenhold", "Isadora Venn"),
        ("who is writing the brackenhold reboot", "Tobiah Marsh"),
        ("when does the reboot start shooting", "May 2027"),
        ("where is the reboot shooting", "Slovakia"),
        ("who directed the original brackenhold films", "Rodric Fane"),
        ("when is the brackenhold reboot out", None),
    ],
)
def test_a_reboot_is_the_new_film(reboot: Drafted, question: str, expected: str) -> None:
    assert "Brackenhold reboot" in reboot[0]
    assert_answers(reboot[1], question, expected)


def test_the_new_one_of_several_series_is_that_of_the_newest_news(tmp_path: Path) -> None:
    for article in ("thistlemark-greenlight-article.txt", "brackenhold-reboot-article.txt"):
        build_draft(NEWS / article, tmp_path)
    engine = Engine(load_facts(tmp_path))
    # the reboot's article (September 2) is newer than the greenlight's (August 19)
    assert_answers(engine, "where are they filming the new one", "Slovakia")


@pytest.fixture(scope="module")
def series(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "quillhaven-series-article.txt", "series")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the heading "Quillhaven (2011)" names the first film, and its section is its
        ("when was the first quillhaven film released", "4 November 2011"),
        ("how much did the first quillhaven make", "$402 million"),
        ("who directed gloam tide", "Perrin Aske"),
        ("when was gloam tide originally supposed to come out", "March 2019"),
        # "in the second and third films" is of the series all the same
        ("who plays the warden in the quillhaven films", "Orrin Vance"),
        # the first film's budget is no other film's
        ("what was the budget of quillhaven: gloam tide", None),
        # the series' total, which the lede opening on the series states (no film's)
        ("how much has the quillhaven series grossed", "$1.6 billion"),
    ],
)
def test_a_series_article_is_read_by_its_sections(
    series: Drafted, question: str, expected: str
) -> None:
    assert series[0]["Quillhaven (2011)"]["kind"] == "film"
    assert_answers(series[1], question, expected)


@pytest.fixture(scope="module")
def sequel(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "copperfane-sequel-greenlight-article.txt", "sequel")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "a sequel to its spring fantasy hit "Copperfane"": Copperfane 2, and "hit" before
        # a quoted title says it is a film's
        ("who is directing copperfane 2", "Odile Marrow"),
        ("where is the copperfane sequel shooting", "Ljubljana"),
        ("who directed copperfane", "Odile Marrow"),
        ("when did copperfane open", "March 20"),
        ("when does copperfane 2 come out", None),
    ],
)
def test_a_sequel_to_a_film_of_no_series(sequel: Drafted, question: str, expected: str) -> None:
    assert sequel[0]["Copperfane 2"]["kind"] == "film"
    assert_answers(sequel[1], question, expected)


@pytest.fixture(scope="module")
def titled(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "gallowmere-titled-greenlight-article.txt", "titled")


def test_an_announced_film_titled_in_the_article_is_one_film(titled: Drafted) -> None:
    entities, _ = titled
    film = entities["Gallowmere: The Salt Crown"]
    assert "Gallowmere 3" in film["aliases"]  # type: ignore[operator]
    assert "Gallowmere 3" not in entities  # no second, untitled film for the same one


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who is directing Gallowmere: The Salt Crown?", "Rosalind Okafor"),
        ("who's directing gallowmere 3", "Rosalind Okafor"),
        ("who plays the villain in the salt crown", "Teodor Halloran"),
        ("how much did lantern tide make", "$410 million"),
        ("who directed lantern tide", None),
    ],
)
def test_the_titled_film_is_answered_by_both_names(
    titled: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(titled[1], question, expected)


HOLLOWFEN = """Date: 2026-03-18

Ada Berg to Direct Third 'Hollowfen' Film

Pellmoor Pictures has chosen Ada Berg to direct the third instalment of its "Hollowfen" \
fantasy series, the studio confirmed on Tuesday. The film, titled "Hollowfen: Tidewater," \
is scheduled to open in cinemas on November 17, 2028. "Hollowfen: Ashgrove" opened in 2025.
"""


def test_the_film_an_article_numbers_with_the_and_titles_is_one_film(tmp_path: Path) -> None:
    entities, engine = drafted(tmp_path, "hollowfen", HOLLOWFEN)
    assert "Hollowfen 3" in entities["Hollowfen: Tidewater"]["aliases"]  # type: ignore[operator]
    assert "Hollowfen 3" not in entities
    assert_answers(engine, "when does the third hollowfen movie come out", "November 17, 2028")


DRAYMOOR = """Date: 2026-05-04

Morvah Pictures Reboots 'Draymoor'

Morvah Pictures is rebooting "Draymoor," the smuggling adventure series that ran for three \
films in the 1990s. The new film, titled "The Draymoor: Salt Lanes," will be directed by Ada \
Berg. Shooting begins in Cornwall in May 2027. "Draymoor: Black Tide" closed the original run.
"""


def test_a_reboot_the_article_titles_is_that_film(tmp_path: Path) -> None:
    entities, engine = drafted(tmp_path, "draymoor", DRAYMOOR)
    film = entities["Draymoor: Salt Lanes"]
    assert "the reboot" in film["aliases"]  # type: ignore[operator]
    assert "Draymoor reboot" not in entities  # no second, untitled film for the same one
    assert_answers(engine, "who is directing the reboot", "Ada Berg")
    assert_answers(engine, "who directed draymoor: black tide", None)


KESTREL = """Date: 2025-03-14

Skerry Pictures has chosen Tomas Lind as the seventh performer to play the spy Kestrel Vane, \
ending a two-year search. The next film in the franchise starts shooting in May and is due in \
cinemas in March 2027, the studio said.
"""


def test_the_next_film_of_news_newer_than_every_film_known_is_none_of_them(
    tmp_path: Path,
) -> None:
    # the spy franchise's news names no film the draft could find; "the next film" is not
    # MI7, which the older curated facts are about
    engine = beside_curated(tmp_path, "kestrel", KESTREL)
    answer = engine.answer("when is the next film due to come out")
    assert "Mission: Impossible" not in answer.text and "MI7" not in answer.text
    # named, MI7 is still answered
    assert_answers(engine, "when does mission impossible 7 come out", "November 19, 2021")


TARROWGLASS = """Date: 2025-03-14

Ennick Pictures has recast the central villain of its long-running "Tarrowglass" spy series \
and quietly cancelled a planned spin-off, the studio confirmed on Thursday.

The role of Count Vask, the arms broker who has menaced the agent Ada Lindqvist since the \
first film in 2011, will now be played by Mark Quenby. He replaces Tomas Lind, who \
originated the part and appeared in four of the six films. Lind will not return for the \
seventh instalment, which has been provisionally titled "Tarrowglass: Ember Vault".

Kate Orrin, who plays Lindqvist, is confirmed to return for the seventh film. Shooting on \
"Ember Vault" is due to begin in September, with a release date now set for 19 March 2027.

The seventh film will be directed by Mary Holt, who was also behind the camera for the fifth \
and sixth instalments.
"""


def test_the_seventh_film_of_another_series_news_is_its_own(tmp_path: Path) -> None:
    # MI7's curated aliases call it "the seventh film"; in an article drafting a film of a
    # series the facts did not know, "the seventh film" is that series' seventh, and the
    # newest news's
    engine = beside_curated(tmp_path, "tarrowglass", TARROWGLASS)
    assert_answers(engine, "When is the seventh film now scheduled to come out?", "19 March 2027")
    # named, MI7 is still answered
    assert_answers(engine, "when does mission impossible 7 come out", "November 19, 2021")
