"""Sentences read in the context the article gives them, as a reader reads them:

- "The population density was 412 ..." after "As of the census of 1991, ..." is the
  density in 1991, and the one after "At the 2011 census ..." the density in 2011;
  a year no sentence sets stays a premise the facts must state;
- '"...," the head brewer said in 2022, when the brewery marked 150 years since its
  founding' tells neither when the brewery was founded nor who founded it;
- "there were proposals to turn Brantwood into a comprehensive school" is no "yes" to
  "did it ever become one";
- "The medal, awarded annually by the Brantwood Society of Editors" names the giver, not
  the medal, and "Ines Carrowby, the actress cast in the leading role" is no part's name;
- "the studio's Skelwith Lot outside Manchester" names no studio: Manchester is a place.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.news_articles import assert_answers, drafted

PARISH = """date 2024-02-11

Tadlow is a market town and civil parish in the Wintersett district of Northamptonshire, \
England.

As of the census of 1991, there were 8,204 people and 3,310 households living in the \
parish. The population density was 412 people per square kilometre. About a fifth of the \
residents were under sixteen.

The town grew quickly in the following decades as new estates were built on its northern \
edge. At the 2011 census the population had reached 9,870. The population density was 496 \
people per square kilometre, and the average household held 2.4 people.

The parish church of St Oswin dates from the thirteenth century.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was the population density in 1991?", "412"),
        ("What was Tadlow's population density in 2011?", "496"),
        ("How big was the average household in 2011?", "2.4"),
        ("How many households were there in 1991?", "3,310"),
        ("What was the population density in 2001?", None),
    ],
)
def test_a_year_the_sentence_before_sets_is_the_passage_s_year(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    _, parish = drafted(tmp_path, "tadlow", PARISH)
    assert_answers(parish, question, expected)


BREWERY = """date 2023-06-02

The Skelwith Brewery is a family brewery in the village of Skelwith, England, best known \
for a dark mild, Skelwith Old.

In 1961 the Brantwood family sold a minority stake to a regional pub company, but bought \
it back in 1988.

"We are still brewing the way our great-grandmother did," the head brewer, Tom Ormsby, \
said in 2022, when the brewery marked 150 years since its founding.
"""

SCHOOL = """date 2022-09-14

Brantwood Grammar School is a selective school for boys in the market town of Skelwith, \
England.

In the 1980s, as many grammar schools across the county were being merged, there were \
proposals to turn Brantwood into a comprehensive school. The plan was dropped after a \
change of control at the council.

The school moved to its present site on Fell Road in 1931 and became a grammar school in \
1944.
"""

NEWS = """date 2025-04-10

Brantwood Pictures has delayed its thriller "Fellgate" to March 2026. The studio also \
confirmed that Ines Carrowby, the actress cast in the leading role, has left the production.

Her role, the detective Nell Haskett, has been recast. Filming resumed at the studio's \
Skelwith Lot outside Manchester.

The Fellgate Medal, awarded every year by the Brantwood Society of Editors, will be \
presented to the editor Roy Askew at a dinner in Leeds. The medal, awarded annually by the \
Brantwood Society of Editors, will be given to Askew on 3 May.
"""


@pytest.mark.parametrize(
    ("name", "article", "question", "expected"),
    [
        ("skelwith-brewery", BREWERY, "In what year was the brewery established?", None),
        ("skelwith-brewery", BREWERY, "Who founded the Skelwith Brewery?", None),
        ("skelwith-brewery", BREWERY, "When did Ormsby say that?", "2022"),
        (
            "brantwood-grammar-school",
            SCHOOL,
            "Did Brantwood ever become a comprehensive school?",
            None,
        ),
        (
            "brantwood-grammar-school",
            SCHOOL,
            "Were there proposals to turn Brantwood into a comprehensive school?",
            "Yes",
        ),
        ("fellgate", NEWS, "What award will Roy Askew receive?", "Fellgate Medal"),
        (
            "fellgate",
            NEWS,
            "What is the name of the character the departing actress was going to play?",
            None,
        ),
        ("fellgate", NEWS, "Who has left the production?", "Ines Carrowby"),
    ],
)
def test_what_a_sentence_tells_of_and_what_it_only_mentions(
    tmp_path: Path, name: str, article: str, question: str, expected: str | None
) -> None:
    _, engine = drafted(tmp_path, name, article)
    assert_answers(engine, question, expected)


def test_a_name_outside_which_something_stands_is_a_place(tmp_path: Path) -> None:
    entities, _ = drafted(tmp_path, "fellgate", NEWS)
    assert entities["Manchester"]["kind"] == "place"  # "outside Manchester": no company
