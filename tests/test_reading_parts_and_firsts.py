"""Whose act, count, sum and "first" a sentence tells, read on articles of our own.

"The English dub was directed by X" names no director of the film; "its first female
captain" was not the club's first captain; "61 songs, none of which was released" says
no song was; "replaced the rowing boats with a horse ferry" has the ferry replace the
boats. A count in a clause apart from the asked year ("leased as early as 1605, and ...
a harvest of 40 tonnes a year") is not that year's, a "depot that employs 900 people" is
no count of the infirmary's staff, "will expand to 2,100 theaters" no count of the
theaters a film opened in, an amount of a list no amount of one item, and a first year's
sales no total. "Its" after a sentence opening on a person is not that person's; an
effects house is a company; "¥180 million" is no sum in dollars; "has not announced a
sequel" answers "has it announced a sequel" with "no"."""

from __future__ import annotations

from pathlib import Path

import pytest
from news_articles import assert_answers, drafted

from bot.engine import (
    Engine,
    counting,
    names,
    negated,
    partsdone,
    performers,
    stated,
    totals,
    withheld,
)
from bot.engine.premise import asked
from bot.text import normalize, stem
from tests.premise_reading import read

CLUB = """Date: 2024-05-14

Tarrowby Rowing Club

The Tarrowby Rowing Club was formed in 1871 by a group of clerks led by Samuel Fenwick, \
who became its first captain. Women were admitted in 1946, and the club elected its first \
female captain, Ada Marlow, in 1978.

Harold Quenby won the national sculls title in 1931 and 1933. Its most successful rower \
is Nora Pike, who joined the club in 2004.

The largest employer in Tarrowby is the Tarrowby Infirmary, followed by a depot opened in \
2012 that employs about 900 people.

Oyster beds on the Tarr were leased to growers as early as 1605, and the river still \
supplies oysters, with a harvest of around 40 tonnes a year.
"""

FILM = """Date: 2025-01-20

Felsham Lantern Sets Wide Release

"The Felsham Lantern," the animated feature from Hollinby Pictures, opened in four \
theaters on Friday, December 6, taking $212,000. The film will expand to around 2,100 \
theaters on January 10.

The English dub was directed by Wren Adeyemi and recorded in Toronto over six weeks.

Visual effects were handled by the London-based house Strellick Digital, which delivered \
900 shots.

In South Korea it drew 1.9 million admissions, the most for a Japanese animated film \
there since 2016.

Composer Lotte Vane wrote 14 songs for the film, none of which was released as a single.
"""


@pytest.fixture(scope="module")
def club(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted(tmp_path_factory.mktemp("club"), "tarrowby", CLUB)[1]


@pytest.fixture(scope="module")
def film(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, dict[str, object]], Engine]:
    return drafted(tmp_path_factory.mktemp("film"), "felsham-lantern", FILM)


def test_its_after_a_person_is_not_that_persons(club: Engine) -> None:
    assert_answers(club, "In what year did Nora Pike join the club?", "2004")
    assert not club.answer("In what year did Harold Quenby join the club?").answered


def test_a_first_of_a_narrower_kind_is_no_first_of_all(club: Engine) -> None:
    assert_answers(club, "Who was the club's first female captain?", "Ada Marlow")
    answer = club.answer("Who served as the club's first captain?")
    assert not answer.answered or "Samuel Fenwick" in answer.text


def test_a_count_of_another_clause_or_thing_is_not_the_asked_one(club: Engine) -> None:
    assert not club.answer("How many tonnes of oysters were harvested in 1605?").answered
    assert not club.answer("How many staff work at the Tarrowby Infirmary?").answered
    assert_answers(club, "How many people does the depot employ?", "900")


def test_an_opening_count_is_not_the_count_expanded_to(film: tuple[object, Engine]) -> None:
    assert_answers(film[1], "How many theaters did the film open in?", "four theaters")
    assert_answers(film[1], "How many theaters will the film expand to?", "2,100")


def test_an_effects_house_is_a_company_and_a_peoples_adjective_no_studio(
    film: tuple[dict[str, dict[str, object]], Engine],
) -> None:
    entities, engine = film
    assert entities["Strellick Digital"]["kind"] == "org"
    assert_answers(engine, "Which company handled the visual effects?", "Strellick Digital")
    assert not engine.answer("Which studio animated the film in South Korea?").answered


def test_none_of_which_denies_each_of_them(film: tuple[object, Engine]) -> None:
    assert not film[1].answer("Which of the songs were released as singles?").answered


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        # a part of a work has a maker of its own
        (
            "who directed the harbour lights",
            "The dub was directed by Carla Wendt and recorded in Los Angeles.",
            False,
        ),
        (
            "who directed the harbour lights",
            "The Harbour Lights was directed by Carla Wendt and recorded in Los Angeles.",
            True,
        ),
        (
            "who wrote the score",
            "The score was written by Carla Wendt in 1901.",
            True,
        ),
        # "replaced A with B": B replaces A
        (
            "in what year did a horse ferry replace the rowing boats",
            "In 1791 the ferryman replaced the rowing boats with a horse ferry capable of"
            " carrying a carriage.",
            True,
        ),
        (
            "in what year did the rowing boats replace a horse ferry",
            "In 1791 the ferryman replaced the rowing boats with a horse ferry capable of"
            " carrying a carriage.",
            False,
        ),
        # a "first" narrowed by a word between it and its noun
        (
            "who was the society's first president",
            "The society's first woman president, the chemist Margaret Orme, served from"
            " 1968 to 1971.",
            False,
        ),
        (
            "who was the society's first female president",
            "The society's first woman president, the chemist Margaret Orme, served from"
            " 1968 to 1971.",
            True,
        ),
        # "none of which" denies the verb after it
        (
            "which of her recordings were reissued",
            "She recorded 61 sides between 1926 and 1939, none of which was reissued in her"
            " lifetime.",
            False,
        ),
        (
            "which of her recordings were reissued",
            "She recorded 61 sides between 1926 and 1939, several of which were reissued by"
            " Orlo Records in 1950.",
            True,
        ),
    ],
)
def test_whose_act_and_which_first_a_sentence_tells(
    question: str, passage: str, answers: bool
) -> None:
    assert read(question, passage, set())[0] is answers


def test_a_place_after_another_act_is_not_where_the_asked_one_happened(
    tmp_path: Path,
) -> None:
    text = """Date: 2024-09-18

The Long Road to Quarrow

The original "Long Road to Quarrow" was released in 1958. It was shot in 24 days on a \
budget of $640,000 and earned $3.1 million in North America.
"""
    engine = drafted(tmp_path, "quarrow", text)[1]
    assert not engine.answer("Where was the original movie shot?").answered


def _totals(question: str, names: set[str], passage: str) -> bool:
    read_ = asked(normalize(question).split(), "how", names, question)
    return totals.verdict(read_, normalize(passage).split(), passage).ok


@pytest.mark.parametrize(
    ("question", "names", "passage", "answers"),
    [
        # an amount of a list is the whole list's
        (
            "How many hectares of saltmarsh does the reserve cover?",
            set(),
            "The reserve covers about 1,140 hectares of sand dunes, saltmarsh and grassland.",
            False,
        ),
        (
            "How many hectares of saltmarsh does the reserve cover?",
            set(),
            "The reserve covers about 1,140 hectares of saltmarsh.",
            True,
        ),
        # ... but a relative clause after the noun lists nothing
        (
            "How many pairs of storm petrels nest on the island?",
            set(),
            "The island supports about 1,200 pairs of storm petrels, which nest in old walls,"
            " and 22 pairs of chough.",
            True,
        ),
        # a count of several places together is no count of one of them
        (
            "How many days was the film shot in Tallinn?",
            {"tallinn"},
            "It was shot over 52 days in Cardiff, Tallinn and the Welsh valleys in 2023.",
            False,
        ),
        # "in total" is not answered by a first span's count
        (
            "How many copies has the game sold in total?",
            set(),
            "The game followed in 2023 and sold 4.1 million copies in its first year.",
            False,
        ),
        (
            "How many copies did the game sell?",
            set(),
            "The game followed in 2023 and sold 4.1 million copies in its first year.",
            True,
        ),
    ],
)
def test_a_part_or_a_span_of_a_count_is_not_the_count_asked(
    question: str, names: set[str], passage: str, answers: bool
) -> None:
    assert _totals(question, names, passage) is answers


def test_a_decimal_count_counts_the_noun_after_its_magnitude() -> None:
    words = normalize("The film was watched for 77.1 million hours in its first week.").split()
    stems = [stem(w) for w in words]
    assert counting.counts_other_things(words, stems, words.index("77"), {"view"})
    words = normalize("The film drew 41.3 million views in its first week.").split()
    stems = [stem(w) for w in words]
    assert not counting.counts_other_things(words, stems, words.index("41"), {"view"})


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        ("what was the opening weekend in dollars", "It took ¥180 million in Japan.", False),
        ("what was the opening weekend in dollars", "It took ¥180 million ($1.2 million).", True),
        ("how much did it take in japan", "It took ¥180 million in Japan.", True),
    ],
)
def test_a_sum_in_another_currency_is_no_sum_in_the_one_asked(
    question: str, passage: str, answers: bool
) -> None:
    words = normalize(question).split()
    in_currency = stated.unit_verdict({*words, *map(stem, words)}, passage).ok
    assert (in_currency and stated.sum_of_money(passage, normalize(passage).split())) is answers


def test_a_dateline_names_no_one() -> None:
    passage = "LOS ANGELES -- Northvale Pictures' adaptation of the game has a new director."
    assert "angeles" not in names.given(passage, frozenset({"direct"}))


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        (
            "in which year did the trust sell the islets",
            "The trust bought the islets from a local farming family in 2004.",
            False,
        ),
        (
            "in which year did the family sell the islets",
            "The trust bought the islets from the family in 2004.",
            True,
        ),
    ],
)
def test_a_converse_deal_names_the_other_side_not_the_asked_one(
    question: str, passage: str, answers: bool
) -> None:
    assert read(question, passage, set())[0] is answers


def test_a_thing_kept_out_of_the_trailer_is_withheld() -> None:
    text = "It will be joined by a second creature whose design the studio has kept out of the trailer."
    assert withheld.WITHHOLDING.search(normalize(text)) is not None


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # "full-time" and "one-day" modify what is counted; they ask no time
        ("How many full-time musicians does the orchestra employ?", "count"),
        ("How many one-day cup finals has the club reached?", "count"),
        ("what is the release date", "time"),
    ],
)
def test_how_many_asks_a_count_whatever_modifies_its_noun(question: str, kind: str) -> None:
    words = normalize(question).split()
    assert asked(words, words[0], set(), question).kind == kind


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        # a fronted participle with its day and place, then "it": said of "it"
        (
            "when was the cricket club founded",
            "Founded on 2 April 1871 at a meeting in the Swan Hotel in the city of Dunmore,"
            " it was admitted to first-class status as a cricket club in 1895.",
            True,
        ),
        # a sum in another currency answers no question asking in dollars
        (
            "what did the film take in japan in dollars",
            "The film took ¥180 million in Japan in its opening weekend.",
            False,
        ),
    ],
)
def test_fronted_participles_and_currencies(question: str, passage: str, answers: bool) -> None:
    assert read(question, passage, set())[0] is answers


def test_a_denied_telling_answers_a_question_about_the_telling() -> None:
    passage = "The streamer has not announced a sequel, and the star said she had no plans."
    # "has not announced the budget" leaves the budget open; asked of the announcing, "no"
    assert negated.unsettled(passage)
    assert not negated.unsettled(passage, ("announce", "sequel"))
    assert negated.affirmed("A fire destroyed the shop, although nobody was killed.") == (
        "A fire destroyed the shop, although somebody was killed."
    )


@pytest.mark.parametrize(
    ("verb", "passage", "of_a_part"),
    [
        ("direct", "The dub was directed by Carla Wendt.", True),
        # the part a verb makes of a work is the work's own, and a sequel may be the work
        ("write", "The screenplay was written by Carla Wendt.", False),
        ("direct", "The sequel was directed by Carla Wendt.", False),
    ],
)
def test_a_part_of_a_work_has_a_maker_of_its_own(verb: str, passage: str, of_a_part: bool) -> None:
    words = normalize(passage).split()
    acts = (verb, ("harbour", "light"))
    assert partsdone.done_to_a_part(acts, [stem(w) for w in words], words) is of_a_part


@pytest.mark.parametrize(
    ("passage", "untold"),
    [
        (
            "The cast includes Ruth Oke as the mayor and newcomer Tobin Arkwell, 19, in his first role.",
            True,
        ),
        ("The biggest delay came when co-star Tobin Arkwell broke his wrist in Lisbon.", True),
        ("Tobin Arkwell, 71, who has played the grocer Len Abbot since 1987, is leaving.", False),
        ("Tobin Arkwell is set to reprise his role as the seismologist Dr Ilse Varg.", False),
        ("The grocer, played by Tobin Arkwell, returns in the spring.", False),
    ],
)
def test_a_part_asked_of_someone_must_be_told_of_them(passage: str, untold: bool) -> None:
    asked_ = tuple(normalize("what role does Tobin Arkwell play").split())
    assert performers.part_untold(asked_, {"tobin", "arkwell"}, passage) is untold


@pytest.mark.parametrize(
    ("passage", "answers"),
    [
        (
            "Notable people include Amos Trent, who served as the town's first mayor,"
            " and the novelist Maud Pellow, whose novel Slag Lane is set in the works.",
            False,
        ),
        ("The novelist Maud Pellow published her first novel, Slag Lane, in 1936.", True),
    ],
)
def test_someones_first_is_of_the_noun_asked(passage: str, answers: bool) -> None:
    question = "What was the title of Maud Pellow's first novel?"
    assert read(question, passage, {"maud", "pellow"})[0] is answers
