"""Who made a thing, where a town lies and the latest of several counts, as a reader would
read them:

- "the Fernlow Building, a limestone library on Market Square designed by the architect
  Ada Skelding" was designed by her, and "a castle raised in the late twelfth century by
  the Norman lord X" by him; "designed by the company's chief engineer, X" names him past
  his title;
- "a rebuilt version made the company's first successful flight" is the company's flight;
- "at the most recent census" is the last of several counts a sentence gives, and no
  lone count of 1990;
- a petition titled "No Pier, No Port" collected its signatures all the same; "will no
  longer be shot in Norway and will instead be filmed in Hungary" is shot after all;
- "On the night of 4 May 1923 a fire broke out" dates what the fire did;
- "lying at the mouth of the River Fern" says where the town stands;
- "handed back", "seized", "a status it lost", "divided into", "drains into", "at the
  expense of" and "charging £75 for" say "given back", "captured", "give up", "split
  into", "empties into", "paid for" and "the fee";
- "opened in third with $11.8 million" says what a film earned on its debut, "for a
  reported £18 million" what a firm was bought for;
- "She is the first woman to lead the library since Penrose" does not say who leads it;
- "for how long did it run" asks a span, "how warm is the spring" a temperature; "a
  women's team, Fernlow Ladies, was founded in 2004" founded no club, and "left to set
  up her own studio" no firm; "who taught her how to read" has no object "read"; "best
  known for the poem" is no act; "The same year" after a sentence with no year is the
  year before it; "The director of "Tidewrack", Nell Stavenby," is named;
- "why was the planned chapel never built" asks what became of it, answered by "as the
  money raised for it was spent instead"; "was due to begin shooting on a budget of" is
  the plan "supposed to cost" asks; "officially X until 1948" was its name before 1948;
  "developed a vaccine" created one; "the Portuguese production ..., and X said" names
  no one who started anything; a town "lying at the mouth of" its river stands on it,
  and "the espionage sequel" is the spy sequel.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.news_articles import assert_answers, drafted
from tests.premise_reading import read

TOWN = """date 2024-06-18

Caddowick is a market town and civil parish in the county of Morrowshire, lying at the \
mouth of the River Fern.

The town recorded a population of 12,400 at the 2011 census, which had risen to 13,950 by \
the census of 2021. Caddowick is divided into 14 wards.

The oldest surviving structure in the town is Caddowick Castle, a stone keep raised in the \
late twelfth century by the Norman lord Gerard de Fernlow.

Until 1974 the town was an independent municipal borough, a status it lost under local \
government reorganisation.

The cramped reading room on Mill Street was replaced in 1936 by the Fernlow Building, a \
limestone library on Market Square designed by the architect Ada Skelding.

On the night of 4 May 1923 a fire broke out in the maltings and spread to the cooperage; \
both were destroyed, although nobody was killed.

A petition titled "No Pier, No Port" had collected more than 12,000 signatures by the end \
of the month.
"""

FIRM = """date 2021-04-15

The Caddowick Aeroplane Company was founded in 1909 by the engineer Tomas Fernlow. A \
rebuilt version made the company's first successful flight on 3 August 1910.

Between 1914 and 1918 the firm built 900 aircraft, most of them the Caddowick Kestrel, a \
single-seat scout designed by the company's chief engineer, Edwin Morrowgate.

In 1912 Fernlow opened a flying school at Caddowick Down, charging £75 for a course of \
instruction.

The firm remained under family control until 1994, when it was acquired by the printing \
group Skelding for a reported £18 million.
"""


def test_makers_placings_and_the_latest_count_are_read_as_written(tmp_path: Path) -> None:
    _, town = drafted(tmp_path, "caddowick", TOWN)
    assert_answers(town, "Which architect designed the Fernlow Building?", "Skelding")
    assert_answers(town, "Who raised Caddowick Castle?", "Gerard de Fernlow")
    assert_answers(town, "What was the population at the most recent census?", "13,950")
    assert_answers(town, "How many wards is Caddowick split into?", "14 wards")
    assert_answers(town, "What status did Caddowick give up in 1974?", "municipal borough")
    assert_answers(town, "On what date did the maltings burn down?", "4 May 1923")
    assert_answers(town, "How many signatures did the petition gather?", "12,000")
    assert_answers(town, "At the mouth of which river does Caddowick stand?", "River Fern")


def test_a_firm_s_flight_designer_fee_and_price(tmp_path: Path) -> None:
    _, firm = drafted(tmp_path, "caddowick-aeroplane", FIRM)
    assert_answers(firm, "When did the company make its first successful flight?", "1910")
    assert_answers(firm, "Who designed the Caddowick Kestrel?", "Morrowgate")
    assert_answers(firm, "What was the fee for a course at the flying school?", "£75")
    assert_answers(firm, "How much did Skelding pay for the company?", "£18 million")


@pytest.mark.parametrize(
    ("question", "passage", "names", "answers"),
    [
        # "handed back" is given back; "seized" captured; "drains into" empties into
        (
            "Under which treaty was the island given back to Ostrevell?",
            "Under the Treaty of Kelm, signed in 1636, the island was handed back to Ostrevell.",
            {"ostrevell"},
            True,
        ),
        (
            "Which power captured the island in 1589?",
            "In 1589 the island was seized by the Fernlow Republic, a maritime power.",
            set(),
            True,
        ),
        (
            "Which river empties into Lake Skelding?",
            "The range divides the River Arne, which flows south, and the Kelder, which drains "
            "northwards into Lake Skelding.",
            {"skelding"},
            True,
        ),
        (
            "Who paid for the stone pier?",
            "A stone pier was completed in 1746 at the expense of the local landowner, Sir "
            "Ambrose Yarrowby.",
            set(),
            True,
        ),
        # a film's opening sum is what it earned; a sum a hedge stands before is a price
        (
            "How much did The Hollow Ferry earn on its debut?",
            'The horror film "The Hollow Ferry" opened in third with $11.8 million.',
            {"hollow", "ferry"},
            True,
        ),
        (
            "How much did Skelding pay for the firm?",
            "The firm was acquired by the printing group Skelding for a reported £18 million.",
            {"skelding"},
            True,
        ),
        # a lone count of 1990 is no latest census; "instead" films it after all
        (
            "How many red deer were counted in the latest census?",
            "A census in 1990 counted some 1,200 red deer, a number judged too high.",
            set(),
            False,
        ),
        (
            "Which country is the sequel now going to be shot in?",
            "The sequel will no longer be shot in Norway and will instead be filmed in Hungary.",
            set(),
            True,
        ),
        (
            "Which country is the sequel now going to be shot in?",
            "The sequel will no longer be shot in Norway.",
            set(),
            False,
        ),
        # a span for "for how long", a temperature for "how warm": no decade, no date
        (
            "For how long did the company operate?",
            "The line's worst disaster came on 14 November 1893, when a ship ran aground.",
            set(),
            False,
        ),
        (
            "For how long did the company operate?",
            "Founded in 1861, the company operated for 113 years.",
            set(),
            True,
        ),
        (
            "How warm is the water of the spring?",
            "In the 1890s the hydro introduced a high-pressure spray of warm spring water.",
            set(),
            False,
        ),
        (
            "How warm is the water of the spring?",
            "The spring rises at a constant temperature of 27 °C.",
            set(),
            True,
        ),
        # another thing founded, and someone's own
        (
            "What was the club called when it was founded?",
            "A women's team, Fernlow Ladies, was founded in 2004 and shares the ground.",
            set(),
            False,
        ),
        (
            "In what year was the firm founded?",
            "Edith Skelding left in 1937 to set up her own studio.",
            set(),
            False,
        ),
        (
            "Who taught her how to read?",
            "She was taught to read by the village curate, the Reverend Silas Yarrowby.",
            set(),
            True,
        ),
        (
            "Why was the planned chapel on the quadrangle never constructed?",
            "A chapel on the quadrangle was planned but was never built, as the money raised "
            "for it was spent instead on repairing the hall.",
            set(),
            True,
        ),
        (
            "How much money was Tidewrack supposed to cost to make?",
            '"Tidewrack", a period drama, was due to begin shooting in May on a budget of '
            "roughly £48 million.",
            {"tidewrack"},
            True,
        ),
        (
            "What was the shipping line's official name before 1948?",
            "The Fernlow Line, officially the Fernlow Steam Navigation Company until 1948, "
            "was a shipping company.",
            {"fernlow"},
            True,
        ),
        (
            "What disease did Arlo Skelding's team create a vaccine for?",
            "Arlo Skelding led the team that developed a vaccine against marsh fever, a "
            "parasitic disease.",
            {"arlo", "skelding"},
            True,
        ),
        (
            "How much money did the new spy sequel make during its first weekend?",
            'The espionage sequel "The Fernlow Cipher" took in an estimated $84.6 million over '
            "its opening weekend.",
            set(),
            True,
        ),
        (
            "Which river does Caddowick stand on?",
            "Caddowick is a market town in Morrowshire, lying at the mouth of the River Fern.",
            {"caddowick"},
            True,
        ),
        (
            "What is Letitia Fernlow's best-known poem?",
            'Letitia Fernlow was an English poet, best known for the long poem "The Orchard".',
            {"letitia", "fernlow"},
            True,
        ),
    ],
)
def test_other_words_for_the_asked_act(
    question: str, passage: str, names: set[str], answers: bool
) -> None:
    assert read(question, passage, names)[0] is answers


LIBRARY = """date 2022-11-20

The Caddowick Free Library opened in 1890, with the schoolteacher Agatha Penrose as its \
first librarian.

Harrowby retired in 2020 after fourteen years in charge and was succeeded by Priya \
Morrowgate, who had previously been head of digital services at the library. She is the \
first woman to lead the library since Penrose.
"""


def test_a_pronoun_set_beside_a_name_is_not_that_name(tmp_path: Path) -> None:
    _, library = drafted(tmp_path, "caddowick-library", LIBRARY)
    answer = library.answer("Who is the first woman to lead the library since Penrose?")
    assert "she (agatha penrose)" not in answer.text.lower()  # she is not Penrose herself
    assert_answers(library, "Who is the current head of the library?", "Priya Morrowgate")


CLUB = """date 2022-11-05

Caddowick Albion was founded in 1887. The early teams wore pale blue shirts, and it was \
not until 1912 that the amber stripes were adopted. The change is usually credited to the \
club secretary, Walter Greaves. The same year Albion won its first trophy, the Fernlow \
Senior Cup.

The director of "Tidewrack", Nell Stavenby, wrote on social media that the film about the \
club had been shelved. Edwin Skelding remains the company's largest shareholder.
"""


def test_a_year_past_a_yearless_sentence_and_a_director_named_after_the_film(
    tmp_path: Path,
) -> None:
    _, club = drafted(tmp_path, "caddowick-albion", CLUB)
    assert_answers(club, "Which trophy did Albion win in 1912?", "Fernlow Senior Cup")
    assert_answers(club, "Who is directing Tidewrack?", "Nell Stavenby")
    assert_answers(club, "Who is the biggest shareholder in the studio?", "Edwin Skelding")


POTTERY = """date 2021-04-19

The Caddowick Pottery Company is an English maker of tableware. In 2004 the company moved \
its Willow pattern to a factory near Porto. The Portuguese production did not last long: \
it was halted in 2010, and Edwin Yarrowby said the pattern would not be made again.
"""


def test_a_people_s_adjective_is_no_one_who_started_anything(tmp_path: Path) -> None:
    _, pottery = drafted(tmp_path, "caddowick-pottery", POTTERY)
    assert_answers(pottery, "Who started the pottery?", None)
