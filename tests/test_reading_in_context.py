"""Sentences read in the context the article gives them, as a reader reads them:

- "The population density was 412 ..." after "As of the census of 1991, ..." is the
  density in 1991, and the one after "At the 2011 census ..." the density in 2011;
  a year no sentence sets stays a premise the facts must state; "the most recent census"
  is the latest the article tells;
- '"...," the head brewer said in 2022, when the brewery marked 150 years since its
  founding' tells neither when the brewery was founded nor who founded it;
- "there were proposals to turn Brantwood into a comprehensive school" is no "yes" to
  "did it ever become one";
- "The medal, awarded annually by the Brantwood Society of Editors" names the giver, not
  the medal, "Ines Carrowby, the actress cast in the leading role" is no part's name, and
  "She will not return" after her name is a "no" to "will Carrowby return";
- "(born Adelaide Mary Brantwood; ...)" gives her name at birth;
- "800,000 crossings in 2005, a number that had risen to about 1.2 million by 2019" counts
  the crossings of 2019, and "X, whose roofs were painted green so that ..." says why the
  roofs were painted;
- "In 1880 she was awarded a pension of £100 a year" is the pension of 1880;
- "Brantwood Vale wants ..." after "Brantwood Vale Studios" is the studio, and a lede's
  "Tadlow Picturehouses, the family-owned cinema chain that ..." makes "the chain" and
  "the business" of later sentences the chain, which is a company;
- "bought it from the Estate" is told by "the Estate, which sold it to X", "the lead mines"
  by "a lead-mining village", "who chairs it" by "Its chair, X,", "who first explored it"
  by "it was first explored by X", and "who plays the queen" by "X has been cast as the
  queen, a role originally announced for Y";
- "songs from singers who had never been recorded" denies nothing of what she recorded,
  and "The chain, which is based in X" places the cinema chain.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.news_articles import assert_answers, drafted
from tests.premise_reading import read

PARISH = """date 2024-02-11

Tadlow is a market town and civil parish in the Wintersett district of Northamptonshire, \
England.

As of the census of 1991, there were 8,204 people and 3,310 households living in the \
parish. The population density was 412 people per square kilometre. About a fifth of the \
residents were under sixteen.

The town grew quickly in the following decades as new estates were built on its northern \
edge, from 8,204 in 1991 to 8,950 in 2001. At the 2011 census the population had reached \
9,870. The population density was 496 \
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
        # the latest count the article tells, not an earlier one
        ("What was the population at the most recent census?", "9,870"),
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
confirmed that Ines Carrowby, the actress cast in the leading role, has withdrawn from the \
production. She will not return for the additional photography scheduled for the winter.

Her role, the detective Nell Haskett, has been recast. Filming resumed at the studio's \
Skelwith Lot outside Manchester.

The Fellgate Medal, awarded every year by the Brantwood Society of Editors, will be \
presented to the editor Roy Askew at a dinner in Leeds. The medal, awarded annually by the \
Brantwood Society of Editors, will be given to Askew on 3 May.
"""

BIO = """date 2019-05-12

Ada Skelwith (1821-1889) was an English novelist and poet from Tadlow.

Her first novel, "The Brantwood Inheritance", appeared in 1848 under a male pen name. In \
1880 she was awarded a Civil List pension of £100 a year in recognition of her services to \
literature.

The Skelwith Fell Race, first held in 1973 in her memory, raises around £15,000 a year for \
the village school.
"""

BRIDGE = """date 2021-08-14

The Skelwith Chain Bridge is a suspension footbridge over the River Tadlow, opened in 1834.

The Skelwith Bridge Trust recorded roughly 800,000 crossings in 2005, a number that had \
risen to about 1.2 million by 2019.
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
        ("fellgate", NEWS, "Who has withdrawn from the production?", "Ines Carrowby"),
        # "She will not return" denies it of the one "she" means
        ("fellgate", NEWS, "Will Carrowby return for the additional filming?", "No"),
        # what a count had risen to by a year is that year's count
        (
            "skelwith-chain-bridge",
            BRIDGE,
            "How many crossings were recorded in 2019?",
            "1.2 million",
        ),
        ("skelwith-chain-bridge", BRIDGE, "How many crossings were recorded in 2010?", None),
        # a yearly sum is of the year the sentence opens on, not of one said in an aside
        ("ada-skelwith", BIO, "How much was the pension she received in 1880?", "£100"),
        ("ada-skelwith", BIO, "How much did the fell race raise in 1973?", None),
    ],
)
def test_what_a_sentence_tells_of_and_what_it_only_mentions(
    tmp_path: Path, name: str, article: str, question: str, expected: str | None
) -> None:
    _, engine = drafted(tmp_path, name, article)
    assert_answers(engine, question, expected)


STRIKE = """date 2025-08-20

Members of the Skelwith Performers' Guild voted on Tuesday to strike against Brantwood Vale \
Studios, the largest employer of background actors in the county.

Brantwood Vale will open a second sound stage in May 2026, its chief executive, Tom \
Ormsby, said in a statement.
"""

CHAIN = """date 2024-02-06

Tadlow Picturehouses, the family-owned cinema chain that has operated across the county \
for more than eighty years, is to close five of its eleven cinemas.

Managing director Fenella Ormsby, whose grandfather founded the business in 1938, said the \
decision had been the hardest of her working life.

The chain closed two cinemas in 2023 and opened a new site in Skelwith.
"""


def test_a_body_a_news_lede_defines_is_called_by_its_trade(tmp_path: Path) -> None:
    _, engine = drafted(tmp_path, "tadlow-picturehouses", CHAIN)
    assert_answers(engine, "Who is the managing director of the chain?", "Fenella Ormsby")
    assert_answers(engine, "Where did the company open a new site?", "Skelwith")


def test_a_studio_called_without_its_trade_is_the_studio(tmp_path: Path) -> None:
    entities, engine = drafted(tmp_path, "skelwith-strike", STRIKE)
    assert entities["Brantwood Vale Studios"]["aliases"] == ["Brantwood Vale"]
    assert "Brantwood Vale" not in entities  # no person of that name
    assert_answers(engine, "When will the studio open its second sound stage?", "May 2026")
    assert_answers(engine, "Who is the studio's chief executive?", "Tom Ormsby")


@pytest.mark.parametrize(
    ("question", "passage", "names", "answers"),
    [
        (
            "Which trust bought the moor from the Skelwith Estate?",
            "The moor was owned for centuries by the Skelwith Estate, which sold it in 1994 to "
            "the Brantwood Wildlife Trust.",
            ["estate", "skelwith"],
            True,
        ),
        (
            "Which town gets its water from Tadlow Reservoir?",
            "The village lies beside Tadlow Reservoir, which was built in 1904 to supply drinking "
            "water to Fellgate.",
            ["reservoir", "tadlow"],
            True,
        ),
        (
            "Which trust sold the moor to the Skelwith Estate?",
            "The moor was owned for centuries by the Skelwith Estate, which sold it in 1994 to "
            "the Brantwood Wildlife Trust.",
            ["estate", "skelwith"],
            False,
        ),
        (
            "In what year were the Fellgate copper mines closed?",
            "To the east lies Fellgate, a former copper-mining village whose mines were worked "
            "until they closed in 1887.",
            ["fellgate"],
            True,
        ),
        (
            "Where does the brewery get its water?",
            "All of its beers are brewed with water drawn from Saint Oswin's Well, a borehole "
            "beneath the brewery yard.",
            [],
            True,
        ),
        (
            "Who first surveyed Tadlow Cave?",
            "It was first surveyed in 1871 by the quarry owner Josiah Ormsby, who laid a walkway "
            "into the first chamber.",
            ["cave", "tadlow"],
            True,
        ),
        (
            "Who chairs the Tadlow Film Society?",
            "Its chair, Imogen Brantwood, said the society would keep showing films locally.",
            ["film", "society", "tadlow"],
            True,
        ),
        (
            "Who plays the exiled queen Serawyn?",
            "Ingrid Skelwith has been cast as the exiled queen Serawyn, a role that was "
            "originally announced for Paloma Ormsby last autumn.",
            ["serawyn"],
            True,
        ),
        (
            "Which actress was first announced as the queen Serawyn?",
            "Ingrid Skelwith has been cast as the exiled queen Serawyn, a role that was "
            "originally announced for Paloma Ormsby last autumn.",
            ["serawyn"],
            True,
        ),
        # "born X" in brackets names her at birth; a pronoun read as her name does not
        (
            "What was Ada Skelwith's name at birth?",
            "Ada Skelwith (born Adelaide Mary Brantwood; 1821-1889) was an English novelist.",
            ["ada", "skelwith"],
            True,
        ),
        (
            "What was Ada Skelwith's name at birth?",
            "Skelwith (Ada Skelwith) was born in the village of Tadlow End.",
            ["ada", "skelwith"],
            False,
        ),
        # what a relative clause denies of others is no denial of what the sentence says of
        # its subject
        (
            "How many songs did Ada Brantwood record?",
            "Ada Brantwood recorded around 340 songs from singers who had never been "
            "recorded before.",
            ["ada", "brantwood"],
            True,
        ),
        (
            "Was the Tadlow tower ever built?",
            "The Tadlow tower, which was never built, would have stood 90 metres tall.",
            ["tadlow"],
            False,
        ),
        # "The chain, which is based in X" places the cinema chain, whatever cinemas follow
        (
            "Where is the cinema chain headquartered?",
            "The chain, which is based in Tadlow Marsh and runs 112 cinemas across the UK, "
            "reported a pre-tax profit of £14.2 million.",
            [],
            True,
        ),
        # a "whose" clause telling of the asked thing gives its purpose
        (
            "Why were the roofs painted green and brown?",
            "The works were designed by the architect Hugh Tadlow, whose sawtooth roofs were "
            "painted green and brown so that the factory would look like fields from the air.",
            [],
            True,
        ),
        # "first intended" asks the old plan, and "what to do with the land" attaches
        # nothing to the land
        (
            "What had the council first intended to do with the land after buying it?",
            "After the closure the land was bought by the district council, which had "
            "originally planned to clear it for housing.",
            [],
            True,
        ),
        (
            "What did the council do with the land?",
            "After the closure the land was bought by the district council, which had "
            "originally planned to clear it for housing.",
            [],
            False,
        ),
    ],
)
def test_sources_compounds_posts_and_plans_read_as_meant(
    question: str, passage: str, names: list[str], answers: bool
) -> None:
    assert read(question, passage, set(names))[0] is answers
