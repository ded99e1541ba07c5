"""What holds now against what was, and parts of things, as a reader would read them:

- "the original capacity was 30,000" and "X edited the paper for 23 years" say what was,
  not how many it holds or who edits it today; "moved to offices in X" still holds;
- "renamed X once the transaction completes" counts nothing: "once" opens a clause;
- "had paid £580,000 of the agreed fee" is a part of the fee, not the fee;
- "agreed to air three episodes of sixty minutes" is a plan, not what actually aired;
- "in the first four films, beginning with X" tells no shoot begun;
- "a purpose-built campus" and "a newly built campus" name no builder;
- "the largest employer" is the company that employs the most people;
- "springs known locally as the Seven Wells" are known as the Seven Wells;
- "a market town and civil parish in the Vale district" places the town;
- "the first major one" is a pronoun, not the number one;
- "did the Sorrelby distillery close" asks of the distillery, not of a verb "distillery";
- "Northwick's head office in Northwick Fields" is placed in a place named after Northwick;
- "uses X as its home ground", "what pen name did she use", "what is it used for now"
  are answered without "use";
- "the sequel", told beside the first film, is the second film;
- a year in an aside about another prize does not date this year's new award;
- a curated fact's plan since changed ("had dated it for November 19") still has to say
  what is asked: no flood hit a cinema on a film's old release date;
- "a capacity of 2.1 megawatts" is no water a reservoir holds;
- "on which headland" asks for the headland's name;
- "the first woman to serve as Dean" is the first to be Dean;
- "as originally built" is no height today, "Wickenhall & Ashbrine Water" is one name,
  "never built, as its promoters failed" says no, and "a former cinema in the town of X"
  names no cinema.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.news_articles import assert_answers, beside_curated, drafted
from tests.premise_reading import read

GROUND = """date 2023-03-02

Wickenhall Lane is a football stadium in Sorrelby, England, which has been the home \
ground of Sorrelby Rovers since 1911.

The original capacity was estimated at 28,000, almost all of it standing. It has an \
all-seated capacity of 19,460, making it the largest ground in the county.

The club moved to the site in 1911 after its old ground on Kettle Row was sold for \
housing. The first match, against Ambrosden Town, drew a crowd of about 6,000.

The Main Stand, rebuilt in 1994, holds most of the seats, and the East Stand was given a \
second tier in 2009. A plan for a new stadium on the edge of the town was dropped in 2016.

The largest employer in the town is Pettigrove Mills, whose bakery on the ring road \
employs about 700 people.
"""

PAPER = """date 2022-05-10

The Sorrelby Gazette is a weekly newspaper founded in 1868 by the printer Amos \
Lintwhistle. Amos Lintwhistle edited the paper himself for 31 years, while his sister \
Maud wrote a column under the pen name "A Neighbour".

In 2012 the Gazette left Kettle Row and moved to smaller offices in the Ambrosden \
Building near the station.
"""


def test_what_was_is_not_what_is_now(tmp_path: Path) -> None:
    (tmp_path / "ground").mkdir()
    (tmp_path / "paper").mkdir()
    _, ground = drafted(tmp_path / "ground", "wickenhall-lane", GROUND)
    assert_answers(ground, "How many spectators can the stadium hold today?", "19,460")
    _, paper = drafted(tmp_path / "paper", "sorrelby-gazette", PAPER)
    assert_answers(paper, "Who edits the Gazette today?", None)
    assert_answers(paper, "What pen name did Maud use for her column?", "A Neighbour")
    assert_answers(paper, "Where are the Gazette's offices located now?", "Ambrosden Building")


@pytest.mark.parametrize(
    ("question", "passage", "names", "answers"),
    [
        # "once" opening a clause counts nothing; a count of the asked thing does
        (
            "How many screens does Sorrelby currently operate?",
            "Sorrelby investors will own about 61 per cent of the company, which will be "
            "renamed Wickenhall Screens once the transaction completes.",
            {"sorrelby"},
            False,
        ),
        (
            "How many screens does Sorrelby currently operate?",
            "Sorrelby now runs 78 sites with 612 screens.",
            {"sorrelby"},
            True,
        ),
        # a part of the fee, and a fee
        (
            "What fee did the broadcaster agree to pay for the series?",
            "The broadcaster had paid £580,000 of the agreed fee.",
            set(),
            False,
        ),
        (
            "What fee did the broadcaster agree to pay for the series?",
            "The broadcaster commissioned the series for a fee of £640,000 and agreed to air "
            "three episodes.",
            set(),
            True,
        ),
        (
            "How much of the fee was paid?",
            "The broadcaster had paid £580,000 of the agreed fee.",
            set(),
            True,
        ),
        # a list's first item is no shoot begun, but it may tell when a run began
        (
            "In which city are cameras due to start rolling on the new Vane film?",
            "Kettlebury, 47, inherited the role in 2016 from Amos Pym, who had played the agent "
            'in the first four films, beginning with "The Sorrelby Letter" in 2004.',
            {"vane"},
            False,
        ),
        (
            "When did the series begin?",
            "The series ran for nine seasons, beginning with a pilot in 2004.",
            set(),
            True,
        ),
        # an adjective's participle names no builder; a verb's subject does
        (
            "Who built the campus?",
            "The Sorrelby Company will move into a purpose-built campus in 2026.",
            set(),
            False,
        ),
        (
            "Who built the campus?",
            "The Sorrelby Company will move into a newly built campus in 2026.",
            set(),
            False,
        ),
        (
            "Who built the campus?",
            "The Sorrelby Company built a campus in 2026.",
            set(),
            True,
        ),
        (
            "Who increased British naval strength?",
            "Admiral Pettigrove came to power and significantly increased British naval strength.",
            {"british"},
            True,
        ),
        # the largest employer employs the most people; the largest producer of another
        # thing produces no most wine
        (
            "Which company employs the most people in Sorrelby?",
            "The largest employer is Pettigrove Mills, whose bakery on the edge of the town "
            "employs about 700 people.",
            {"sorrelby"},
            True,
        ),
        (
            "Which country produces the most wine?",
            "The largest producer of cheese is Lintwhistle, which also makes some wine.",
            set(),
            False,
        ),
        # a name given with an adverb before "as"
        (
            "What are the springs at the river's source known as?",
            "The source of the river is a group of springs known locally as the Seven Wells.",
            set(),
            True,
        ),
        # a copula's longer noun still places the town
        (
            "In which district is Sorrelby located?",
            "Sorrelby is a market town and civil parish in the Ambrosden Vale district of "
            "Kettleshire, England.",
            {"sorrelby"},
            True,
        ),
        # "one" after an ordinal and an adjective is a pronoun
        (
            "Which tributary is the first major one?",
            "Below the village the river is joined by its first major tributary, the "
            "Lintwhistle Beck.",
            set(),
            True,
        ),
        # a name's noun before the verb is no verb; a name's verb still is
        (
            "In what year did the Kettlebury distillery close down?",
            "A small distillery, Kettlebury, operated from 1868 until it closed in 1931.",
            {"kettlebury"},
            True,
        ),
        (
            "How long did Western Europe control Cyprus?",
            "The island would be under Western European domination for the following 380 years.",
            {"western", "europe", "cyprus"},
            True,
        ),
        # a place named after the asked name is another place
        (
            "Where is the Northwick head office that is being shut?",
            "Northwick's head office in Northwick Fields will close.",
            {"northwick"},
            True,
        ),
        # "use" as a light verb
        (
            "Which club uses Wickenhall Lane as its home ground?",
            "Wickenhall Lane is a football stadium in Sorrelby, which has been the home ground "
            "of Sorrelby Rovers since 1911.",
            {"wickenhall", "lane"},
            True,
        ),
        (
            "What is the old distillery warehouse used for now?",
            "Its former warehouse is now the island's community hall.",
            set(),
            True,
        ),
        # the sequel told beside the first film is the second film
        (
            "Who is directing the second film?",
            "Director Maud Pettigrove, who made the first film, returns for the sequel.",
            set(),
            True,
        ),
        (
            "Who is directing the second film?",
            "Director Maud Pettigrove returns for the sequel.",
            set(),
            False,
        ),
        # "who has been cast as the new X" is not who played X before
        (
            "Who has been cast as the new Aethra?",
            'Maud Lintwhistle, the actress who played the queen Aethra in "The Sorrelby Crown", '
            "will not return for its sequel, the studio Kettlebury Pictures said.",
            {"aethra"},
            False,
        ),
        # a power is no volume a reservoir holds
        (
            "How much water can the reservoir hold?",
            "Its turbine has a capacity of 2.1 megawatts, enough to power about 1,500 homes.",
            set(),
            False,
        ),
        (
            "How much water can the reservoir hold?",
            "The reservoir holds 38,500 megalitres of water.",
            set(),
            True,
        ),
        # "on which headland" asks a name; a sentence naming none does not answer it
        (
            "On which headland was Fort Ambrosden built?",
            "Built of flint and brick on a pentagonal plan, the fort took seven years to complete.",
            {"fort", "ambrosden"},
            False,
        ),
        (
            "On which headland was Fort Ambrosden built?",
            "Fort Ambrosden was built on Kettle Head, a low chalk headland.",
            {"fort", "ambrosden"},
            True,
        ),
        # "to be Dean" is said as "to serve as Dean"
        (
            "Who is the first woman to be Dean of Sorrelby?",
            "Since 2015 the cathedral has been led by Miriam Lintwhistle, the first woman to "
            "serve as Dean of Sorrelby.",
            {"sorrelby"},
            True,
        ),
        (
            "Who is the first woman to be Dean of Sorrelby?",
            "Miriam Lintwhistle was the first woman to win the Sorrelby Prize.",
            {"sorrelby"},
            False,
        ),
    ],
)
def test_parts_plans_and_light_words(
    question: str, passage: str, names: set[str], answers: bool
) -> None:
    assert read(question, passage, names)[0] is answers


SERIES = """date 2024-10-08

The Kettlebury Broadcasting Corporation commissioned "The Drowned Lane" in March 2021 for \
a fee of £640,000 and agreed to air three episodes of sixty minutes each. When the programme was finally shown in June, it \
ran as two episodes of 45 minutes.
"""


def test_what_was_agreed_is_no_answer_to_what_actually_aired(tmp_path: Path) -> None:
    _, series = drafted(tmp_path, "sorrelby-series", SERIES)
    answer = series.answer("How long were the episodes that actually aired?")
    assert not (answer.answered and "sixty minutes" in answer.text), answer.text


AWARDS = """date 2024-02-01

The Sorrelby Film Awards will be held on 9 March. A new award for best stunt work, the \
Lintwhistle Prize, is being presented for the first time, while the prize for best short \
animation, which had been handed out since 2002, has been dropped.
"""


def test_a_year_in_an_aside_of_another_prize_does_not_date_this_one(tmp_path: Path) -> None:
    _, awards = drafted(tmp_path, "sorrelby-awards", AWARDS)
    assert_answers(
        awards, "Which award is being given out for the first time this year?", "Lintwhistle"
    )


CINEMA = """date 2024-10-01

The Wickenhall Palace in Sorrelby reopened its doors on Friday, nineteen months after \
floodwater from the River Kettle swept through its auditorium.

The flood struck in the early hours of 11 March 2023, when the Kettle burst its banks \
after three days of heavy rain. Inside the cinema the water reached 1.4 metres.
"""


def test_a_curated_plan_since_changed_still_has_to_say_what_is_asked(tmp_path: Path) -> None:
    # the curated MI7 facts beside the article "had dated" the film for a day: a plan since
    # changed, which says nothing of a flood
    engine = beside_curated(tmp_path, "wickenhall-palace", CINEMA)
    answer = engine.answer("On what date did the flood hit the cinema?")
    assert "Mission: Impossible" not in answer.text or not answer.answered, answer.text


RESERVOIR = """date 2021-08-19

Kettle Water is a reservoir in the hills above Sorrelby. Filling it required the \
abandonment of the village of Lower Wickenhall, whose 212 residents were moved between \
1932 and 1934.

As originally built, the dam was 51 metres high. In 1962 the crest was raised by three \
metres, bringing the structure to its present height of 54 metres.

The reservoir has been owned since 1989 by Wickenhall & Ashbrine Water, a company formed \
when the city's water department was sold. A branch railway to Lintwhistle Cross was \
authorised in 1883 but was never built, as its promoters failed to raise the money.

In 2019 the Sorrelby Film Archive found eleven lost films in the basement of a former \
cinema in the town of Pettigrove Ferry. On the original plans the dam is called simply \
"the Kettle Barrage".
"""


def test_what_a_reservoir_was_and_is_and_its_names_as_written(tmp_path: Path) -> None:
    _, reservoir = drafted(tmp_path, "kettle-water", RESERVOIR)
    today = reservoir.answer("How tall is the dam today?")
    assert not (today.answered and "51 metres" in today.text), today.text  # as first built
    assert_answers(
        reservoir, "Which company has owned the reservoir since 1989?", "Wickenhall & Ashbrine"
    )
    assert_answers(reservoir, "Was the branch railway to Lintwhistle Cross ever built?", "No")
    assert_answers(reservoir, "In which old cinema were the lost films found?", None)


PARISH = """date 2023-02-11

Lintwhistle is a market town and civil parish in the Kettle Vale district of Sorrelby.

At the first national census in 1801, Lintwhistle had 2,140 inhabitants. The population \
more than doubled over the following half-century, reaching 4,906 by 1851, largely because \
of the growth of the tannery. It then fell to 3,870 in 1901, after the tannery closed.

The census of 2001 recorded 10,337 residents, and at the 2021 census the parish had a \
population of 11,482.

Notable people from the town include the botanist Agnes Pettigrove (1821-1899), who was \
born in Sheep Street. The largest employer is Wickenhall Foods, whose plant on the edge of \
the town employs about 600 people.
"""


def test_a_year_the_question_gives_ranks_the_sentence_stating_it(tmp_path: Path) -> None:
    _, parish = drafted(tmp_path, "lintwhistle", PARISH)
    assert_answers(parish, "How many people lived in Lintwhistle in 1801?", "2,140")
    assert_answers(parish, "How many residents did the 2001 census record?", "10,337")
