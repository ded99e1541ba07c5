"""What a report tells of another time, another holder or a group, as a reader would read
it:

- "how many projects get money in this round" is not answered by "in that previous
  round, nine projects shared £1.6 million"; "fourteen film and television projects"
  counts projects;
- a weekday a report was made ("confirming on Thursday that the sequel will open") is no
  date of the release;
- "the top ten films grossed $98 million" is no one film's takings, nor a film's "took
  £210 million" its studio's revenues;
- "the site it would have occupied" was never occupied;
- "in 2016 the trust announced that it would move it by 2019" is no answer to what is
  now expected, years later;
- "its previous owners had run it" tells of them, not of her;
- a who-question is not answered by a title in quotes, nor by a drafted "When does X
  start filming?" example beside a sentence on the budget;
- "the physician Ada Quenby" is someone, and no organisation;
- "over the coming year" asks of the next one, which a report says without the words;
- "the Tarrow Mills Youth Band" is another band than "the Tarrow Mills Band";
- "the role of Hester's mother, Agnes Pell, has been recast" names the part, not who
  took it over; a quote is no subtitle; "which drama school" asks for a school;
- a film "directed by X" with "a special mention for its score" names no one who wrote
  the music;
- "That year" is the year the sentence before ends on; "sold the island to the Carne
  Holm Trust" makes the trust no place; a distance "1.2 kilometres offshore from X"
  ends its sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.news_articles import assert_answers, drafted
from tests.premise_reading import read

FUND = """date 2024-11-05

Fourteen film and television projects from across the Tarrow Downs will share £2.4 \
million in the latest round of awards from the Ennick Valley Screen Fund, the fund said \
on Monday.

In that previous round, nine projects shared £1.6 million.

Skarvik Pictures has reversed course on "Quenby Road 2", confirming on Thursday that the \
sequel will open in cinemas after all.

The production's budget, originally set at 40 million dollars, is now estimated at close \
to 55 million, making it the most expensive film Skarvik Pictures has ever made.

Overall, the top ten films grossed about $98 million over the weekend, up 12 percent on a \
year earlier.

The film, developed for two years under the working title "Quenby Road 2: Night Shift", \
will now be released as "The Quenby Farewell", and Tomas Reed will not return as the \
landlord Ada Lenn.

The studio told shareholders on Wednesday that it would release nine films over the \
next year.

Its period drama "Tarrow Light" took £210 million worldwide against a production cost of \
just £14 million.
"""

INFIRMARY = """date 2021-06-02

The Tolven Infirmary, known until 1948 as the Ennick Infirmary for Women, is a public \
hospital in Ennick. It was founded in 1871 by the physician Ada Quenby and her husband, \
the wool merchant Tomas Lenn, and was among the first hospitals in the region to be run \
chiefly by women.

Plans for an east wing, approved in 1938, were shelved, and the wing was never built; the \
site it would have occupied is now a car park.

In 2016 the trust announced that it would move the maternity unit to a new building by \
2019.
"""


BAND = """date 2022-06-18

The Tarrow Mills Band is a brass band based in the town of Ennick. Founded in 1879 by \
workers at the Ennick woollen mill, it is one of the oldest brass bands in the county.

The mill's workforce had fallen to fewer than 300 by 1983. That year the Ennick family \
sold the mill to its managers, and the bandroom was sold to the Carne Holm Trust, a \
charity.

A training ensemble, the Tarrow Mills Youth Band, was formed in 1984 and has supplied \
many of the senior band's players since.
"""

RECAST = """date 2025-03-14

Skarvik Pictures has begun shooting "Carne Hollow 3", the third film in its family drama \
series. The role of Hester's mother, Agnes Pell, has also been recast.

The newcomer Ilse Tarrow, a graduate of the Ennick Academy of Dramatic Art, takes over as \
Hester.

The studio's chief executive told investors that the series remained "the cornerstone of \
our slate".
"""


def test_another_band_a_part_and_a_quote_are_read_as_written(tmp_path: Path) -> None:
    (tmp_path / "band").mkdir()
    (tmp_path / "recast").mkdir()
    entities, band = drafted(tmp_path / "band", "tarrow-mills-band", BAND)
    assert entities["Carne Holm Trust"]["kind"] == "org"  # sold "to the" trust: no place
    assert_answers(band, "In what year was the Tarrow Mills Band formed?", "1879")
    assert_answers(band, "In what year was the Tarrow Mills Youth Band formed?", "1984")
    assert_answers(band, "In what year did the Ennick family sell the mill?", "1983")
    _, recast = drafted(tmp_path / "recast", "carne-hollow", RECAST)
    assert_answers(recast, "Who has taken over the part of Hester's mother?", None)
    assert_answers(recast, "What is the subtitle of the third Carne Hollow movie?", None)
    assert_answers(recast, "Which drama school did Ilse Tarrow graduate from?", "Ennick Academy")


def test_a_report_of_another_round_a_weekday_and_a_group_answers_nothing(
    tmp_path: Path,
) -> None:
    _, engine = drafted(tmp_path, "ennick-fund", FUND)
    assert_answers(engine, "How many projects are getting money in this round?", "fourteen")
    assert_answers(engine, "On what date will the sequel now be released in cinemas?", None)
    assert_answers(engine, "How much did Quenby Road 2 take over the weekend?", None)
    # a title is no one, and a drafted example on filming explains no "finish"
    assert_answers(engine, "Who is the new Ada Lenn?", None)
    assert_answers(engine, "Who has been brought in to finish the movie?", None)
    assert_answers(engine, "How many films will the studio release over the coming year?", "nine")
    # a film's takings are no studio's revenues
    assert_answers(engine, "What were the studio's total revenues for the year?", None)


def test_a_hospital_s_founders_unbuilt_wing_and_old_plans_answer_nothing(tmp_path: Path) -> None:
    entities, engine = drafted(tmp_path, "tolven-infirmary", INFIRMARY)
    assert entities["Tolven Infirmary"]["kind"] == "org"
    assert_answers(engine, "Which organisation runs the hospital?", None)
    assert_answers(engine, "What did the east wing occupy?", None)
    assert_answers(engine, "By what year is the maternity unit now expected to move?", None)
    assert_answers(engine, "Who founded the Tolven Infirmary?", "Ada Quenby")


@pytest.mark.parametrize(
    ("question", "passage", "names", "answers"),
    [
        # a group's takings are no one film's
        (
            "how much did the top ten films take over the weekend",
            "Overall, the top ten films grossed about $98 million over the weekend.",
            set(),
            True,
        ),
        (
            "how much did Quenby Road take over the weekend",
            "Quenby Road took $14.2 million over the weekend, ahead of all other films.",
            {"quenby", "road"},
            True,
        ),
        # an act of a former holder is none of hers
        (
            "for how long has she owned and run the Picturedrome",
            "At the time the Picturedrome was on the verge of closing; its previous owners, "
            "the Carne family, had run it since the 1950s.",
            {"picturedrome"},
            False,
        ),
        (
            "since when has she run the Picturedrome",
            "She has run the Picturedrome since 1983, when she bought it from its previous owners.",
            {"picturedrome"},
            True,
        ),
        (
            "how many films did she direct",
            "Her previous films were directed by others; she directed four films.",
            set(),
            True,
        ),
        (
            "which merchant planted the pine woods",
            "It was bought by Tomas Lenn, a shipping merchant, who built a house on the site "
            "of the prior's lodging and planted the pine woods.",
            set(),
            True,
        ),
        # what would have been was not
        (
            "what did the east wing occupy",
            "The wing was never built; the site it would have occupied is now a car park.",
            set(),
            False,
        ),
        # a director's and a producer's names are no composer's
        (
            "who wrote the music for the film",
            "The film, directed by Orla Lenn and produced by the small outfit Tarrow Pictures, "
            "took home the Golden Beacon, along with a special mention for its score.",
            set(),
            False,
        ),
        (
            "who directed the film",
            "The film, directed by Orla Lenn and produced by the small outfit Tarrow Pictures, "
            "took home the Golden Beacon, along with a special mention for its score.",
            set(),
            True,
        ),
        # a distance may close a long sentence
        (
            "how far is the island from Dunmere",
            "Carne Holm is a tidal island at the mouth of the Lenn Estuary, lying about 1.2 "
            "kilometres offshore from Dunmere.",
            {"dunmere"},
            True,
        ),
        # two joined modifiers count one thing
        (
            "how many projects will share the money",
            "Fourteen film and television projects will share £2.4 million.",
            set(),
            True,
        ),
    ],
)
def test_other_times_holders_and_groups_in_one_passage(
    question: str, passage: str, names: set[str], answers: bool
) -> None:
    assert read(question, passage, names)[0] is answers
