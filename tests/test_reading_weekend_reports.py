"""A weekend's box-office report and a company's history, read as fans ask about them: a
sequel titled without a colon ("Eyrwind Rising", called a sequel) joins its series, and
"the Eyrwind sequel" is that film, not the third one dated for later; "came in 2nd" is
asked of the place a passage gives ("slipped to second place"), not of "its second
weekend"; "how much did it open to" asks a sum, not "34 percent"; "would not return for a
planned spin-off" denies the spin-off; chat
shorthand ("HQ", "CEO") is ordinary words; "who replaced X" is read by the roles of
"succeeded by" too; "North American" is said of "North America"; "a role she first
played" is the player's, named before it; a date moved "from its original date of" one
day to another gives the new one; crowns are money. The articles are our
own, about invented films, people and places.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.engine.denials import negated
from bot.engine.doers import subject_question
from bot.engine.gone import departed
from bot.engine.phrasewords import phrase_word
from bot.engine.placings import places
from bot.engine.plans import moves_a_date
from bot.text import normalize, stem
from tests.news_articles import NEWS, Drafted, assert_answers, beside_curated, drafted_news


@pytest.fixture(scope="module")
def weekend(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "eyrwind-weekend-article.txt", "weekend")


@pytest.fixture(scope="module")
def weekend_beside_curated(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    text = (NEWS / "eyrwind-weekend-article.txt").read_text(encoding="utf-8")
    return beside_curated(tmp_path_factory.mktemp("beside"), "weekend", text)


@pytest.fixture(scope="module")
def company(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "ixvale-company-article.txt", "company")


def test_a_sequel_titled_without_a_colon_joins_its_series(weekend: Drafted) -> None:
    entities = weekend[0]
    assert entities["Eyrwind Rising"]["franchise"] == "eyrwind"  # 'adventure sequel "X"'
    # the film the body dates; the headline's capitals are no names
    assert entities["Eyrwind 3"]["kind"] == "film"
    assert not any("Tops" in name for name in entities)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the film introduced as the sequel, not the third one dated for 2027
        ("who directed the eyrwind sequel", "directed again by Eyla Ixworth"),
        # "would not return for a planned spin-off series": no one is named for it
        ("who's going to direct the eyrwind spin-off series", None),
        # the place a passage gives, not "its second weekend"; "at the box office" is
        # the ranking, which a report of places need not repeat
        ("what came in 2nd at the box office", "Ixdale Nights"),
        ("which film finished third", "Eybright Lantern"),
        ("what came in 5th at the box office", None),
        # takings are a sum: "34 percent of the opening" is no answer
        ("how much did eyrwind rising open to", "$48.6 million"),
        # "from its original date of June 4, 2027, to October 1, 2027": the new one
        ("when does eyrwind 3 come out", "October 1, 2027"),
        ("what's the new release date for eyrwind 3", "October 1, 2027"),
        # an analyst who "said" something directs nothing, and "will direct the third
        # installment" is told of no film "Eyrwind 3" names
        ("who's going to direct eyrwind 3", None),
        ("who will direct eyrwind 3", None),
        # "Production ... has been pushed to May 12" moves the shoot, not the release
        ("when does eyrwind rising come out", None),
        ("when does filming start now?", "May 12"),
        # "after director X stepped away from the project": X directs it no longer, nor
        # does the studio that pushed it; "Replacing him is Y" does
        ("so who's directing eyhollow 2 now?", "Eyna Ixwell"),
        ("when is eyhollow 2 coming out", "2027"),
        # "X returned as Eyko, a role she first played in 2022": she is X, who plays her
        ("who plays eyko", "Eyrun Ixholm"),
        # "end up" is a phrasal verb, not a verb "up" whose roles are read; the original
        # "Eyrwind" is the first film, "Eyrwind" (2022), not only the series
        ("what did the very first eyrwind end up grossing worldwide", "$190 million"),
    ],
)
def test_a_weekend_report_is_read_for_what_fans_ask(
    weekend: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(weekend[1], question, expected)


def test_how_much_a_film_opened_to_is_never_a_share(weekend: Drafted) -> None:
    answer = weekend[1].answer("how much did the sequel open to")
    assert "percent" not in answer.text or not answer.answered, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "CEO" is chat for chief executive, not an unknown name
        ("who was appointed CEO in 1988", "Eymund Ixtorp"),
        # "Ixtorp ... was succeeded as chief executive by Ixana Eyholt": she replaced
        # him, and no one is named who replaced her
        ("who replaced Ixtorp", "Ixana Eyholt"),
        ("who replaced Ixana Eyholt as CEO?", None),
        # a sale's converse keeps its roles: the buyer is who bought
        ("who bought the barometer division", "Eyfield Holdings"),
        # a sum in a history's own currency: "for 40 million crowns"
        ("how much was the barometer division sold for", "40 million crowns"),
        # the last census gives the population now; volumes are books
        ("what's eyburgh's population now (latest census)", "41,200"),
        ("how many books does the company archive hold", "12,000 volumes"),
        # what a place contains it holds; one admitted is accepted
        ("how many volumes are contained in the company archive", "12,000 volumes"),
        ("what share of applicants did the apprentice school admit in 2023", "9%"),
        # "cod and herring, and the herring catch of about 80,000 tonnes": the herring's,
        # and "nearly half of the national catch" counts no tonnes
        ("how many tonnes of herring does eyburgh land a year", "80,000 tonnes"),
        ("how many tonnes of cod does eyburgh land a year", None),
        # "from the old quay at Eyburgh" is from Eyburgh
        ("how long is the test range from eyburgh to the lighthouse", "6 kilometres"),
        # "railway" and "railroad" are one thing's words
        ("when did the railway get to eyburgh", "1871"),
        # "the company" is the business the article defines; "Ixvale" alone is the
        # company, not the first of its founders' family
        ("where's ixvale HQ", "headquartered in Eyburgh"),
        ("how many people work at ixvale", "2,400"),
        # "Ixana Eyholt sold the radio division to its managers": the buyer is after "to"
        ("who bought the radio division", None),
        # "North American shipyards" are North America's
        ("what share of the sounders did north american shipyards buy", "about a third"),
    ],
)
def test_a_company_history_is_read_for_what_fans_ask(
    company: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(company[1], question, expected)


def test_company_words_make_a_drafted_name_an_organisation(company: Drafted) -> None:
    entities = company[0]
    assert entities["Ixvale Instruments"]["kind"] == "org"
    assert "Ixvale" in entities["Ixvale Instruments"]["aliases"]  # not Ixelle Ixvale's
    assert entities["Eyburgh Stock Exchange"]["kind"] == "org"
    # a name opening on a place's noun is a place; flood gates are no person
    assert entities["River Eyla"]["kind"] == "place"
    assert entities["Eyburgh Barrier"]["kind"] == "org"


@pytest.mark.parametrize(
    ("typed", "means"),
    [
        ("where's the HQ", "headquarters"),
        ("who is the new ceo", "chief executive"),
        ("which vfx house is on it", "visual effects"),
        ("who's the dir", "director"),
        ("who's in mgmt there", "management"),
    ],
)
def test_chat_shorthand_for_ordinary_words_is_read_as_them(typed: str, means: str) -> None:
    assert means in normalize(typed)


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("slipped to second place with $17.2 million", ["place:2nd"]),
        ('the animated "Eybright Lantern" placed third', ["place:3rd"]),
        ("fell 41 percent in its second weekend", []),
    ],
)
def test_the_places_a_passage_gives(passage: str, expected: list[str]) -> None:
    assert list(places(normalize(passage).split())) == expected


def test_a_negated_verb_denies_what_its_preposition_takes() -> None:
    stems = [stem(w) for w in normalize("she would not return for a planned spin-off").split()]
    assert negated(stems, {"spinoff"}) == ["spinoff"]
    # ... but not a term well past it
    far = "she would not return for the sequel and will produce the spin-off"
    assert negated([stem(w) for w in normalize(far).split()], {"spinoff"}) == []


def test_a_date_moved_from_its_original_date_is_a_move() -> None:
    moved = "will move from its original date of May 22, 2025, to March 13, 2026"
    assert moves_a_date(normalize(moved).split())
    assert not moves_a_date(normalize("its original date of May 22, 2025 holds").split())


@pytest.mark.parametrize(
    "question",
    ["who will direct the sequel", "who is going to direct the sequel", "who directed the sequel"],
)
def test_a_question_of_the_future_asks_for_the_doer_as_the_past_does(question: str) -> None:
    assert subject_question(normalize(question).split()) == ("direct", ("sequel",))


def test_a_name_a_departure_follows_is_departed() -> None:
    passage = "pushed it to 2027 after director Ixander Eyvold stepped away from the project"
    assert departed({"ixander", "eyvold", "ixmoor"}, passage) == {"ixander", "eyvold"}
    assert departed({"ixander", "eyvold"}, "director Ixander Eyvold will return") == set()


def test_shutting_down_is_closing() -> None:
    assert phrase_word(["shut", "down"], 0) == "close"  # "when did the smelter shut down"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the MI7 facts' "Production on ... will begin after ..." ranks first and is no
        # answer to a question naming no film: the article's passages below it are read
        ("when does filming start now?", "May 12"),
        ("how many theaters did it open in", "3,812"),
        # ... but not for a yes/no question or a person no one named
        ("is she back?", None),
        ("who shoots her films", None),
    ],
)
def test_an_article_beside_curated_facts_is_read_when_they_hold_no_answer(
    weekend_beside_curated: Engine, question: str, expected: str | None
) -> None:
    assert_answers(weekend_beside_curated, question, expected)
