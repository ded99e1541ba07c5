"""Whom and what a sentence is about, as a reader takes it:

- in a biography, "who was her teacher" asks for someone other than the one "her" means,
  and "where did she go to school" for where she was taught, not a school she opened; a
  memoir's quoted title is no one's name;
- a news lede's "X, the regional cinema chain," makes an unowned "Chief executive Y said"
  the chain's; "the other five will shut" counts the rest, not all the closures; "six of
  its 28 sites" counts sites, not screens; "when is the new cinema due to open" is not
  answered by a film's release date from another story;
- "a record set in 1948, unlikely to be beaten given the present capacity" is no capacity
  of today; "considered relocating, but the plan was never carried out" is no "yes" to
  "did it end up moving"; "several months of additional preparation" is no length of the
  shoot; a grant's value is a sum, not the month it was awarded; a pit is a colliery.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import gone
from tests.news_articles import assert_answers, beside_curated, drafted
from tests.premise_reading import read

SCULPTOR = """date 2022-04-09

Ysolde Lealholm (3 March 1870 – 9 June 1941) was a sculptor and drawing teacher who, in \
1899, became the first woman to exhibit at the Grosmont Salon. She later founded one of \
the earliest art schools for women in the county.

She was educated at the Goathland School for Girls, where she showed an early talent for \
modelling, and in 1888 she moved to the city to work in her aunt's studio.

Her tutor, the painter Amos Ruswarp, at first refused to teach her, and she was accepted \
only after her aunt paid twice the usual fee.

Instead, in 1902, she opened the Lealholm Drawing School at Sandsend, which taught more \
than 300 students before it closed in 1930.

Her memoir, "Above the Kettleness Cliffs", was published in 1938 and has been reprinted twice.
"""

CHAIN = """date 2024-10-08

Egton Picturehouses, the regional cinema chain, is to close six of its 28 sites while \
opening a new flagship venue in Danby, the company announced on Tuesday.

The closures include the chain's oldest cinema, the Roxy in Kettleness. The Roxy will hold \
its final screening on 12 January 2025; the other five will shut before the end of this \
year.

Chief executive Harriet Sleights said falling attendance and rising energy bills had made \
the sites unviable.

The new flagship will occupy a former department store in Danby. The cinema is now due to \
open its doors in the spring.
"""

GROUND = """date 2021-08-15

Egton Lane is a cricket ground in the market town of Danby, England. The ground's current \
capacity is 6,500, well below the 14,000 it could hold before seating was installed.

The record attendance at Egton Lane, 15,230, was set in 1948 during a county match, and it \
is unlikely ever to be beaten given the present capacity.

After the 2015 flood the county club considered relocating permanently to a new site on \
the edge of town, but the plan was never carried out, and flood defences were built \
instead in 2018.

The first pit in the parish was sunk in 1872 beside the ground.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the one "her" stands for is no answer to who someone of hers was
        ("Who was her drawing teacher?", None),
        ("Where did she go to school?", "Goathland School for Girls"),
        ("Who taught at the Lealholm Drawing School?", None),
    ],
)
def test_a_biography_s_pronoun_is_its_subject_not_the_answer(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    entities, engine = drafted(tmp_path, "ysolde-lealholm", SCULPTOR)
    # the memoir's title is a work's, no one's name
    assert not [n for n, e in entities.items() if "Kettleness" in n and e["kind"] == "person"]
    assert_answers(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is the chain's chief executive?", "Harriet Sleights"),
        ("How many cinemas is Egton Picturehouses shutting?", "six"),
        ("How many screens will the flagship have?", None),
    ],
)
def test_a_lede_s_chain_owns_its_posts_and_counts(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    _, engine = drafted(tmp_path, "egton-picturehouses", CHAIN)
    assert_answers(engine, question, expected)


def test_a_cinema_s_opening_is_no_film_s_release(tmp_path: Path) -> None:
    engine = beside_curated(tmp_path, "egton-picturehouses", CHAIN)
    answer = engine.answer("When is the new cinema now scheduled to open?")
    assert "Mission" not in answer.text and "MI7" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # not the record of 1948, whatever "the present capacity" it is set beside
        ("How many spectators can the ground hold today?", None),
        ("Did the county club end up moving to a new site?", None),
        ("When was the colliery sunk?", "1872"),
    ],
)
def test_what_holds_now_and_what_was_only_weighed(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    _, engine = drafted(tmp_path, "egton-lane", GROUND)
    assert_answers(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "How long is the shoot now expected to last?",
            "The budget rose after the script grew, and people close to the production say "
            "the move requires new sets and several months of additional preparation.",
        ),
        (
            "What is the value of the Danby Heritage Fund grant?",
            "The trust hoped to open in December 2024, but delays in securing a grant from "
            "the Danby Heritage Fund pushed the target back to April 2025.",
        ),
    ],
)
def test_a_span_or_a_date_of_something_else_is_no_answer(question: str, passage: str) -> None:
    assert read(question, passage, {"danby", "heritage", "fund"}) == (False, "no_answer")


PARK = """date 2020-05-02

Sneaton Park is a football ground in the market town of Mickleby, England. It has been the \
home of Mickleby Rovers, who play in the Northern League, since the club was formed in 1892.

The original wooden stand, designed by the local architect Amos Roxby and opened in 1894, \
burned down in 1931.

The first recorded match at Sneaton Park took place in June 1885.

Behind the north terrace an iron footbridge carries a lane across the River Sneat.

"We have never had bigger crowds," said Helen Ugthorpe, the chief executive of Sneaton Park.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which club plays its home matches at Sneaton Park?", "Mickleby Rovers"),
        # "the first" stand is the original one, "the earliest" match the first one
        ("Who designed the first stand?", "Amos Roxby"),
        ("When did the earliest recorded match take place?", "June 1885"),
        ("Which river does the footbridge span?", "River Sneat"),
    ],
)
def test_a_ground_s_words_said_another_way(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    _, engine = drafted(tmp_path, "sneaton-park", PARK)
    assert_answers(engine, question, expected)


ORGANIST = """date 2019-03-02

Edda Staithes (4 May 1890 – 2 June 1960) was an English composer and organist.

Staithes was born in Ugthorpe, a fishing village on the Yorkshire coast.

From 1930 until her retirement Staithes taught composition at the Mickleby College of Music.
"""


def test_her_teacher_is_not_the_biography_s_subject_beside_newer_news(tmp_path: Path) -> None:
    # the store's film news is newer than the biography, so "her" is resolved to no one;
    # the biography's own passage still takes "her" for its subject
    engine = beside_curated(tmp_path, "edda-staithes", ORGANIST)
    assert_answers(engine, "Who was her composition teacher?", None)


SERIES = """date 2025-03-14

Grosmont Pictures has confirmed that "Embers of Kettleness", the prequel to its Lythe \
Crown fantasy franchise, will be released in cinemas.

Hector Marrable, who directed two of the three Lythe Crown films, left the project last \
autumn.
"""


def test_a_series_counted_with_its_films_is_no_person(tmp_path: Path) -> None:
    entities, _ = drafted(tmp_path, "embers-of-kettleness", SERIES)
    assert entities["Lythe Crown"]["kind"] == "franchise"


def test_a_departure_after_a_bracketed_name_and_its_clause() -> None:
    passage = (
        "Marrable (Hector Marrable), who directed two of the three films, left the "
        "project last autumn."
    )
    assert "marrable" in gone.departed({"marrable", "hector"}, passage)


GARDENS = """date 2022-06-01

Egton Moor Gardens is a walled garden near the village of Sneaton, England, laid out in \
the 1790s for the Roxby family.

The gardens are open April through September, from 10am to 5pm.
"""


def test_what_months_of_the_year_asks_for_months(tmp_path: Path) -> None:
    engine = beside_curated(tmp_path, "egton-moor-gardens", GARDENS)  # as the eval builds
    question = "What months of the year are the gardens open?"
    assert_answers(engine, question, "April through September")
    # ... which a passage without a month does not give
    assert not read(question, "The gardens are open daily from 10am to 5pm.", set())[0]
