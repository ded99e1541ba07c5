"""Numbers and marks a passage gives an answer by, read on a mining town's reference
article of our own:

- "her Symphony No. 2" is her second symphony, and "the No. 4 pit" denies nothing;
- "was sold in 1962 to the Morvah Heritage Trust for £48,000": a sum stands further
  from its verb than other answers may, its currency marking it;
- "a carved slab about 2.6 metres long" tells how long the slab is;
- "At fifteen she won a place" tells how old she was;
- "went to the top of the national box office" is "number one";
- "had not discussed abandoning the plan" answers "has it discussed abandoning the plan"
  with "no": a failure the question asks of denies nothing;
- "As built, the railway crossed 11 bridges" tells what was, not how many it crosses
  today;
- "the first Tarrow film" is not "the third instalment, Tarrow Rising";
- "converted" ~ "conversion", "pay rise" ~ "increase", "banned" ~ "forbidden",
  "believed" ~ "thought".
"""

from __future__ import annotations

import pytest

from bot.engine import denials, ordinals
from bot.engine.derivations import derived
from bot.text import normalize
from tests.news_articles import Drafted, assert_answers, drafted_articles
from tests.premise_reading import read

ARTICLES = {"town": "kelderwick-article.txt"}


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Drafted]:
    return drafted_articles(tmp_path_factory, ARTICLES)


ASKED = [
    # a work numbered "No. 2" is the second of its kind, and no other
    ("town", "In what year did Ilsa Draycombe write her second symphony?", "1951"),
    ("town", "In what year did Ilsa Draycombe write her third symphony?", None),
    # "No." before a number denies nothing
    ("town", "How many miners drowned in the 1911 pit flood?", "fourteen"),
    # a sum, its sale's year and buyer between it and "sold"
    ("town", "For how much was Kelderwick Hall sold?", "£48,000"),
    # a length "long" gives, asked of what is no building
    ("town", "How long is the Ostlery Stone?", "2.6 metres"),
    # an age opening a sentence
    (
        "town",
        "How old was Ilsa Draycombe when she won a place at the Wistow School of Music?",
        "fifteen",
    ),
    ("town", "Which film was number one at the national box office in 2019?", "Tolcarne Tide"),
    ("town", "Has the council discussed abandoning the harbour plan?", "No:"),
    # "as built" (or a year long past) tells what was, not what is now or current
    ("town", "How many bridges does the harbour railway cross today?", "8 bridges"),
    ("town", "How tall is the current lighthouse on the quay?", None),
    # other words for the asked one
    ("town", "How many navvies carried out the gauge conversion?", "300"),
    ("town", "What pay increase ended the 1926 strike?", "9 percent"),
    ("town", "Since when has fishing with nets been forbidden in Kelderwick Bay?", "1974"),
    ("town", "In which city is Piran Wistow thought to have died?", "Valparaiso"),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_numbers_and_marks_are_read_as_a_reader_would(
    drafted: dict[str, Drafted], article: str, question: str, expected: str | None
) -> None:
    assert_answers(drafted[article][1], question, expected)


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        (
            "when did Ada Berg finish her 1st quartet",
            "Her String Quartet No. 1 was finished in 1932.",
            True,
        ),
        (
            "when did Ada Berg finish her 2nd quartet",
            "Her String Quartet No. 1 was finished in 1932.",
            False,
        ),
        ("when did the 1st season air", "Season 1 aired in 2019.", True),
        # "the first woman to serve as president" was the first female president, but
        # "the first man to serve as president" was not, nor "the first film to win" the
        # first film
        (
            "who was the 1st female president of the Ada Berg Society",
            "The first woman to serve as president of the Ada Berg Society was Mary Lind.",
            True,
        ),
        (
            "who was the 1st female president of the Ada Berg Society",
            "The first man to serve as president of the Ada Berg Society was Tom Lind.",
            False,
        ),
        (
            "what was the 1st film of the Ada Berg studio",
            "The first film to win the Gull for the Ada Berg studio was Tidewater.",
            False,
        ),
        # a number after "No." denies nothing, a "no" before a noun still does
        ("how many died in the shaft fire", "A fire in the No. 3 shaft killed 11 men.", True),
        ("how many died in the shaft fire", "No shaft fire ever killed anyone here.", False),
        # a failure asked of is no denial; one not asked of still is
        (
            "has the board discussed cancelling the film",
            "The board has discussed cancelling the film.",
            True,
        ),
        ("has the board discussed the film", "The board has cancelled the film.", False),
    ],
)
def test_a_passage_numbers_and_denies_as_a_reader_reads_it(
    question: str, passage: str, answers: bool
) -> None:
    assert read(question, passage, {"ada", "berg"})[0] is answers


def test_an_ordinal_counts_a_work_numbered_by_no_or_number() -> None:
    words = normalize("Her Symphony No. 2 and Piano Concerto Number 3").split()
    assert ordinals.ordinal_as_numbered(("her", "2nd", "symphony"), "2nd", words)
    assert ordinals.ordinal_as_numbered(("her", "3rd", "concerto"), "3rd", words)
    assert not ordinals.ordinal_as_numbered(("her", "3rd", "symphony"), "3rd", words)
    # a bare number counts only nouns numbered so ("season 4"), not any noun before one
    bare = normalize("Her symphony 4 was lost; season 4 aired").split()
    assert not ordinals.ordinal_as_numbered(("her", "4th", "symphony"), "4th", bare)
    assert ordinals.ordinal_as_numbered(("the", "4th", "season"), "4th", bare)


def test_no_before_a_number_is_a_numbering_not_a_denial() -> None:
    stems = normalize("a fire in the no 3 shaft killed eleven").split()
    assert denials.negated(stems, {"shaft"}) == []
    assert denials.negated(normalize("no shaft was dug").split(), {"shaft"}) == ["shaft"]


def test_an_age_opens_a_sentence_only_before_whom_it_is_of() -> None:
    assert "16 years old she won" in normalize("At sixteen she won a scholarship.")
    assert "19 years old marta" in normalize("He left. At 19, Marta joined the navy.")
    assert "years old" not in normalize("At 10 Downing Street he spoke.")
    assert "years old" not in normalize("At 1500 metres the air thins.")


def test_number_one_is_the_top_but_a_title_keeps_its_number() -> None:
    assert normalize("it was number one at the box office") == "it was top at the box office"
    assert normalize("her Symphony Number One") == "her symphony number 1"


def test_a_verb_in_vert_has_its_noun_in_version() -> None:
    assert "conversion" in derived("convert")
    assert "divert" in derived("diversion")


def test_the_first_film_of_a_series_is_none_a_passage_counts_otherwise() -> None:
    question = "what year did the first Tarrow film come out"
    assert read(question, "The first Tarrow film came out in 2008.", {"tarrow"})[0]
    assert read(question, "Tarrow came out in 2008 to strong reviews.", {"tarrow"})[0]
    # "the third instalment, Tarrow Rising" is another film of the series
    third = "Ada Berg directed the third instalment, Tarrow Rising, which came out in 2018."
    assert not read(question, third, {"tarrow"})[0]
    assert not read(question, "The third Tarrow film came out in 2018.", {"tarrow"})[0]
