"""What kind of answer a question asks, and of what.

"What is X called" asks the name a passage gives the thing it describes, said with a
copula ("its tallest hill is Brannfell") or with "known as" after a description standing
beside the cue, the people it belongs to named further back. "What is the depth of X"
asks a measure and "what was its gross" a sum: a sentence with no number answers
neither. A measure written before a name ("the 120-mile Harlby Way") is that name's, and a
figure before a move ("... in Plymouth before transferring to the West End") the place's
moved from; "second only to" is a rank, no second weekend.
A part a relative clause names in describing another part ("returns as Elias Marr, the
courier who exposed a shipping magnate") is no part anyone is said to play."""

from __future__ import annotations

import pytest

from bot.engine import actplaces, dimensions, performers
from bot.engine.premise import asked, check
from bot.text import normalize
from tests.premise_reading import read


def _answers(question: str, names: set[str], passage: str) -> bool:
    return check(asked(normalize(question).split(), "what", names, question), passage).ok


@pytest.mark.parametrize(
    ("question", "names", "passage", "answers"),
    [
        (
            "what is the highest hill on Ostvik called",
            {"ostvik"},
            "Its tallest hill is Brannfell, which rises to 412 metres on the western side.",
            True,
        ),
        (
            "what is the highest hill on Ostvik called",
            {"ostvik"},
            "Its tallest hill rises to 412 metres on the western side.",
            False,
        ),
        (
            "what was the council of Varn elders called",
            {"varn"},
            "For two centuries the Varn had no king; they were ruled by a council of elders"
            " known as the moot, which met each spring.",
            True,
        ),
        (
            "what was the council of Varn elders called",
            {"varn"},
            "For two centuries the Varn had no king, and the harbour town they traded from"
            " was known as the Wyke.",
            False,
        ),
    ],
)
def test_a_name_is_given_for_the_thing_described(
    question: str, names: set[str], passage: str, answers: bool
) -> None:
    assert _answers(question, names, passage) is answers


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        ("What is the depth of the lake?", "The lake has a depth of 40 metres.", True),
        ("What is the height of the tower?", "The tower rises to 52 metres.", True),
        ("What was the width of the gate?", "The gate was 4 metres wide.", True),
        (
            "What is the depth of the lake?",
            "The lake, the deepest in the county, is fed by three rivers.",
            False,
        ),
        (
            "What was the height of the old spire?",
            "The old spire, the tallest in the county, fell in a storm in 1703.",
            False,
        ),
        ("What was the gross of the first film?", "The first film grossed $41 million.", True),
        (
            "What was the gross of the first film?",
            "The first film, a surprise hit, was directed by Ann Vell.",
            False,
        ),
    ],
)
def test_a_measure_or_a_sum_asked_by_its_noun_wants_a_number(
    question: str, passage: str, answers: bool
) -> None:
    assert read(question, passage, set())[0] is answers


def test_a_measure_written_before_a_name_measures_that_name() -> None:
    way = "The towpath forms part of the 120-mile Harlby Way, and a museum opened in 2006."
    navigation = ("how", "long", "is", "the", "harlby", "navigation")
    assert dimensions.names_another(navigation, {"harlby", "navigation"}, way)
    assert not dimensions.names_another(
        ("how", "long", "is", "the", "harlby", "way"), {"harlby", "way"}, way
    )
    # a measure of its own beside it is the asked thing's, or may be
    both = "It runs for 31 miles and joins the 120-mile Harlby Way at Brann."
    assert not dimensions.names_another(navigation, {"harlby", "navigation"}, both)


def test_a_figure_before_a_move_is_the_place_moved_from() -> None:
    run = (
        "The musical ran for 1,204 performances at the Quay Theatre in Plymouth before"
        " transferring to the West End."
    )
    assert actplaces.figure_before_a_move({"west", "end"}, run)
    assert not actplaces.figure_before_a_move({"plymouth"}, run)
    # a figure after the move may be the asked place's
    both = "It ran for 300 nights in Plymouth before transferring to the West End for 90 more."
    assert not actplaces.figure_before_a_move({"west", "end"}, both)


@pytest.mark.parametrize(
    ("passage", "answers"),
    [
        (
            "The film earned £3.8 million in Britain on its opening weekend, second only to a"
            " returning holdover.",
            False,
        ),
        (
            "The film earned £3.8 million in its second weekend, second only to a returning"
            " holdover.",
            True,
        ),
    ],
)
def test_second_only_to_is_a_rank_not_a_second_weekend(passage: str, answers: bool) -> None:
    assert read("How much did the film make in its second weekend?", passage, set())[0] is answers


def test_a_part_named_in_anothers_description_is_played_by_no_one_said() -> None:
    courier = (
        "Ada Renn returns as Elias Marr, the courier who in the first film exposed a"
        " smuggling ring run by a shipping magnate."
    )
    magnate = ("who", "plays", "the", "shipping", "magnate")
    assert performers.part_in_anothers_description(magnate, courier)
    assert not performers.part_in_anothers_description(("who", "plays", "the", "courier"), courier)
    # a cast going on after the clause may give the part
    cast = f"{courier[:-1]}, with Tom Hale as the shipping magnate."
    assert not performers.part_in_anothers_description(magnate, cast)
