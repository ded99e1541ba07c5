"""Bodies, posts, talks and measures, as a reference article says them:

- what an article says a name is outweighs how the name looks: "The Kessingly Consort is
  a professional chamber choir" is an organisation, "Haddow Fold is a former
  coal-mining village" a place, and "from Arthur Vennick, a surveyor" a person;
- "talks about a possible merger" is no merger: no "yes" to "did they merge";
- "who founded the choir" is not answered by "the Consort founded a youth choir": the
  choir is the founder there, of a new thing;
- "at which event" asks for a gathering, which "announced on a Sunday" names none;
- "who runs the choir as general manager" asks for its general manager, whatever the
  act is called;
- "how high does it rise" is a height ("rises to 212 metres"), "how large an area" an
  area ("6 hectares"), "how far from X" a distance that may close a long sentence;
- "held each year" asks when, not which year; "how many people can it seat" is answered
  by "a 240-seat hall";
- "Pellwick & Corvell is a printing and publishing house" defines a business, which "its"
  and "the firm" are; "its first decade" is "its first ten years";
- "whom did she replace as director" asks who was replaced, "as director" on neither
  side; "who wrote the music" asks for its composer; "learning bronze casting" is
  learning to cast it, and studying at a school attending it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.news_articles import assert_answers, drafted
from tests.premise_reading import read

CONSORT = """date 2024-03-02

The Kessingly Consort is a professional chamber choir based in the city of Orlestone. \
Founded in 1981 by the organist Osric Pellane, it usually sings with between 12 and 20 \
voices and is known for early music.

Pellane formed the group from former choral scholars of Orlestone Minster. Its first \
concert was given in the Minster on 4 May 1981.

In 2009 the Consort founded an associated youth choir, Consort Juniors, for singers aged \
14 to 19.

In 2016, after a cut to its grant from the city council, the choir entered talks about a \
possible merger with the Orlestone Choral Society, a much larger amateur chorus. The \
merger never went ahead.

Pellane, the best-known English organist of his generation, announced on a Sunday in \
March 2003 that he would retire as music director. He later said he had "no regrets at \
all" about stepping away.

The choir's general manager, Tessa Brayne, who took over from Ivo Trask in 2019, said in \
2023 that ticket sales had recovered to their level before the pandemic.

The Consort also runs the Kessingly Festival, held each year on the last weekend of June \
in the Minster close.
"""

SINGERS = """date 2024-03-02

The Orlestone Singers is a chamber choir based in the city of Orlestone. It usually sings \
with between 12 and 20 voices and is known for early music.

In 2009 the Singers founded an associated youth ensemble, the Minster Juniors, for singers \
aged 14 to 19.
"""

PELLWICK = """date 2020-05-01

Pellwick & Corvell is a British printing and publishing house based in the town of \
Orlestone. Founded in 1851 as a jobbing printer, it grew into a publisher of maps and \
guidebooks.

The firm was established by Edwin Pellwick, a compositor from Leeds.

Its first great success, the "Pellwick Road Atlas", sold more than 60,000 copies in its \
first decade.

Its schools list was sold to a rival publisher, Corvell Educational, in 1988.
"""

HADDOW = """date 2019-07-11

Haddow Fold is a former coal-mining village in the valley of the River Wenlow, about \
nine kilometres north of the market town of Pellbury. Its name was given in 1790 by \
Arthur Vennick, a surveyor working for the canal company, who named it after a sheep \
fold on the common, and it has been written the same way ever since.

Above the village stands Haddow Rings, an Iron Age hill fort. The fort encloses an area \
of about 6 hectares, and its summit rises to 212 metres above sea level.

The village hall, a 240-seat hall built by the miners in 1924, hosts the Haddow Show, \
held each year on the first Saturday of September.
"""


def test_what_an_article_says_a_name_is_outweighs_its_shape(tmp_path: Path) -> None:
    (tmp_path / "consort").mkdir()
    (tmp_path / "haddow").mkdir()
    consort, _ = drafted(tmp_path / "consort", "kessingly-consort", CONSORT)
    assert consort["Kessingly Consort"]["kind"] == "org"
    assert consort["Orlestone Choral Society"]["kind"] == "org"
    assert consort["Osric Pellane"]["kind"] == "person"
    assert consort["Ivo Trask"]["kind"] == "person"  # "took over from" him: no place
    haddow, _ = drafted(tmp_path / "haddow", "haddow-fold", HADDOW)
    assert haddow["Haddow Fold"]["kind"] == "place"
    assert haddow["Arthur Vennick"]["kind"] == "person"  # though "by" and "from" precede it


def test_talks_a_founder_an_event_and_a_post_are_read_as_written(tmp_path: Path) -> None:
    _, engine = drafted(tmp_path, "kessingly-consort", CONSORT)
    # talk of a possible merger is no merger
    assert_answers(engine, "Did the choir end up merging with the Orlestone Choral Society?", None)
    assert_answers(engine, "Did the Consort ever merge with the Orlestone Choral Society?", None)
    # ... though it answers whether one was possible
    assert_answers(engine, "Was a merger with the Orlestone Choral Society possible?", "Yes")
    # the choir founded the youth choir: it is not who founded the choir
    assert_answers(engine, "Who founded the choir?", "Osric Pellane")
    # an event is asked for: a day names none
    assert_answers(engine, "At which event did Pellane announce that he was retiring?", None)
    # the post says the act
    assert_answers(engine, "Who runs the choir as general manager?", "Tessa Brayne")
    # "each year" asks when
    assert_answers(engine, "When is the Kessingly Festival held each year?", "last weekend of June")


def test_a_thing_that_founded_another_is_not_its_own_founder(tmp_path: Path) -> None:
    entities, engine = drafted(tmp_path, "orlestone-singers", SINGERS)
    assert entities["Orlestone Singers"]["kind"] == "org"
    assert_answers(engine, "Who founded the choir?", None)
    assert_answers(engine, "Who founded the Orlestone Singers?", None)


def test_measures_and_seats_are_read_as_their_dimension(tmp_path: Path) -> None:
    _, engine = drafted(tmp_path, "haddow-fold", HADDOW)
    assert_answers(engine, "How large an area does the fort enclose?", "6 hectares")
    assert_answers(engine, "How high does the summit rise?", "212 metres")
    assert_answers(engine, "How far is Haddow Fold from Pellbury?", "nine kilometres")
    assert_answers(engine, "How many people can the village hall seat?", "240-seat")
    assert_answers(engine, "When is the Haddow Show held each year?", "first Saturday")


def test_a_house_of_a_trade_is_the_firm_its_pronouns_refer_to(tmp_path: Path) -> None:
    _, engine = drafted(tmp_path, "pellwick-and-corvell", PELLWICK)
    assert_answers(engine, "Which publisher bought the firm's schools list?", "Corvell Educational")
    assert_answers(engine, "Who founded the printing firm?", "Edwin Pellwick")
    assert_answers(
        engine, "How many copies of the Road Atlas were sold in its first ten years?", "60,000"
    )
    # a decade is ten years, no other number of them
    assert_answers(
        engine, "How many copies of the Road Atlas were sold in its first two years?", None
    )


@pytest.mark.parametrize(
    ("question", "passage", "names", "answers"),
    [
        # the asked thing founded a new one: it is no answer to who founded it
        (
            "who founded the choir",
            "In 2009 the choir founded an associated youth ensemble, the Minster Juniors.",
            {"minster"},
            False,
        ),
        ("who founded the choir", "Osric Pellane founded a choir in 1981.", set(), True),
        ("who founded the choir", "The choir was founded in 1981 by Osric Pellane.", set(), True),
        ("who founded the company", "Osric Pellane founded the company in 1981.", set(), True),
        # a new thing asked is no known one
        (
            "who founded a youth choir",
            "In 2009 the Consort founded an associated youth choir, Consort Juniors.",
            {"consort"},
            True,
        ),
        # a height and an area are their dimension's measures
        (
            "how high does the summit rise",
            "Its summit rises to 212 metres above sea level.",
            set(),
            True,
        ),
        ("how high is the summit", "Its summit is 212 metres from the road.", set(), False),
        (
            "how large an area does the fort enclose",
            "The fort encloses an area of about 6 hectares.",
            set(),
            True,
        ),
        # a distance closes its sentence: it may stand far from what it measures
        (
            "how far is the abbey from Dunmere",
            "Tarrow Abbey is a ruined Cistercian abbey in the valley of the River Lenn, "
            "about six kilometres west of the market town of Dunmere.",
            {"dunmere"},
            True,
        ),
        # the post says the act; a holder of another post is no answer
        (
            "who runs the company as chief executive",
            "In a statement, chief executive Marta Lenn said the company had no choice.",
            set(),
            True,
        ),
        (
            "who runs the company as chief executive",
            "In a statement, finance director Marta Lenn said the company had no choice.",
            set(),
            False,
        ),
        # the post after "as" is on neither side of a replacement
        (
            "whom did Priya Lenn replace as director",
            "said the museum's director, Priya Lenn, who took over from Gordon Reed in 2022.",
            {"priya", "lenn"},
            True,
        ),
        (
            "whom did Gordon Reed replace as director",
            "said the museum's director, Priya Lenn, who took over from Gordon Reed in 2022.",
            {"gordon", "reed"},
            False,
        ),
        # a job at a firm says who employs its holder; a film studio is a company
        (
            "which consultancy employs the analyst Ada Lenn",
            "Ada Lenn, a box office analyst at the consultancy Tarrow Insights, said the date "
            "looked smart.",
            {"ada", "lenn"},
            True,
        ),
        (
            "how many people does the company now employ",
            "The headcount rose to 2,340 as the studio brought its effects work in-house.",
            set(),
            True,
        ),
        # a gerund the lemmatizer keeps as a noun still says its verb; a thing does not
        (
            "in which city did she learn to cast bronze",
            "After the war she spent two years in Florence learning bronze casting.",
            set(),
            True,
        ),
        ("who built the tower", "The building was designed by Ada Lenn.", set(), False),
        # studying at a school is attending it
        (
            "which art school did she attend",
            "At sixteen she won a scholarship to the Tarrow School of Art, where she studied "
            "under the sculptor Ines Holm.",
            set(),
            True,
        ),
        # writing music is a composer's job
        (
            "who was recognised for writing the music of Paper Lanterns",
            "The cinematographer Ines Holm won for Saltmarsh, and the composer Tobias Wren was "
            "recognised for his score for Paper Lanterns.",
            {"paper", "lanterns"},
            True,
        ),
        (
            "who was recognised for writing the script of Paper Lanterns",
            "The cinematographer Ines Holm won for Saltmarsh, and the composer Tobias Wren was "
            "recognised for his score for Paper Lanterns.",
            {"paper", "lanterns"},
            False,
        ),
    ],
)
def test_roles_and_measures_in_one_passage(
    question: str, passage: str, names: set[str], answers: bool
) -> None:
    assert read(question, passage, names)[0] is answers
