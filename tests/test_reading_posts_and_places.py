"""Posts, their holders and where things stand, as a reference article says them:

- "who was mayor before Ada Quenby" is answered by "Quenby took office in 2019,
  succeeding Tomas Reed" (the one succeeded came before), not by "Quenby was succeeded
  by Tomas Reed";
- "the chief executive of Ormond Mills" is "Ormond's chief executive";
- "the first woman to lead the council" is "the first woman to head the authority", and
  a participle after "chosen as leader" tells of whoever was chosen;
- "in which county does the observatory stand" is answered by "X is an observatory on
  the summit of Ormond Fell, a hill in the county of Tarrow": the place may be a part
  of a named one;
- a town defined as "a market and spa town" is "the town" its passages name;
- "the studio's own platform, Ennick Plus" is a company, and names no character;
- "it" in a shipbuilder's article is "the company";
- "née Tarrant" is the maiden name of the one a biography is about, "The Weavers of
  Ennick (1862), a three-volume novel" names the novel, "from 1862" is a time, and
  "which river's valley" asks which river;
- "a proposal to clear the ruins and build a precinct" built nothing: no "yes" to "was it
  ever constructed".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.news_articles import assert_answers, drafted
from tests.premise_reading import read

QUENBY = {"ada", "quenby"}


@pytest.mark.parametrize(
    ("question", "passage", "names", "answers"),
    [
        # the one a holder succeeded held the post before
        (
            "who was mayor before Ada Quenby",
            "The current mayor, Ada Quenby, took office in May 2019, succeeding Tomas Reed, "
            "who had held the post for three terms.",
            QUENBY,
            True,
        ),
        (
            "who was chief executive before Ada Quenby",
            "Ada Quenby has been chief executive since 2019, replacing Tomas Reed.",
            QUENBY,
            True,
        ),
        (  # ... ahead of a people, by their capital
            "who was the ruling class ahead of the Ennicks",
            "The invading Ennicks replaced the Carnish lords as the ruling class of the valley.",
            set(),
            True,
        ),
        (
            "who was the ruling class ahead of the Ennicks",
            "The Carnish lords replaced the invading Ennicks as the ruling class of the valley.",
            set(),
            False,
        ),
        (
            "who was chief executive prior to Ada Quenby",
            "Ada Quenby became chief executive in 2019, succeeding Tomas Reed.",
            QUENBY,
            True,
        ),
        (  # the one who succeeded her came after
            "who was mayor before Ada Quenby",
            "Ada Quenby was mayor from 2011 and was succeeded by Tomas Reed in 2019.",
            QUENBY,
            False,
        ),
        (  # a sentence saying nothing of a succession says nothing of "before"
            "who was mayor before Ada Quenby",
            "The mayor, Ada Quenby, opened the new library with Tomas Reed in 2019.",
            QUENBY,
            False,
        ),
        # "the X of N" asks what "N's X" says
        (
            "who is the chief executive of Ormond Mills",
            "Hella Varne, Ormond's chief executive, said the mill would stay open.",
            {"ormond", "mills"},
            True,
        ),
        (
            "who plays Yvaine Ormond",
            "Hella Varne, who plays Ormond's rival, has joined the cast.",
            {"yvaine", "ormond"},
            False,
        ),
        # an ordinal's infinitive may be said in other words
        (
            "who became the first woman to lead the council",
            "Hella Varne became the first woman to head the council.",
            set(),
            True,
        ),
        (
            "who became the first woman to lead the council",
            "Hella Varne became the first woman to sit on the council.",
            set(),
            False,
        ),
        # a participle tells of the clause it hangs on
        (
            "who became the first woman to lead the council",
            "After the election, Councillor Hella Varne was chosen as leader, becoming the "
            "first woman to head the council.",
            set(),
            True,
        ),
        (
            "who became the first woman to lead the council",
            "After the election the council was reorganised as a cabinet, becoming the first "
            "in Wales to be led by a woman.",
            set(),
            False,
        ),
        # a passive done to the question's object names no other doer (unless it names one)
        (
            "where does the council hold its meetings",
            "Its meetings are held at the Civic Offices in Ennick, a building that opened in "
            "1978 as the headquarters of the old district council.",
            set(),
            True,
        ),
        (
            "where does the council hold its meetings",
            "Its meetings are held by the choir at the Civic Offices, beside the council chamber.",
            set(),
            False,
        ),
        # one "originally hired" was the first choice, since replaced
        (
            "which composer was first hired for the film",
            "Ada Berg had originally hired a different composer, Tomas Reed, but Reed left "
            "the film during pre-production.",
            set(),
            True,
        ),
        (
            "which composer was first hired for the film",
            "Ada Berg hired the composer Tomas Reed in 2021 to score the film.",
            set(),
            False,
        ),
        (
            "which composer was hired to score the film",
            "Ada Berg had originally hired the composer Tomas Reed to score the film.",
            set(),
            False,
        ),
        # a do-question's verb is no word of a name before it, whatever the last word's case
        (
            "What did the restoration of the Ennick Palm House cost?",
            "The Ennick Palm House itself was closed in 2014 for a major restoration, which "
            "lasted three years and cost £11 million.",
            set(),
            True,
        ),
        (
            "Who did King Tomas I of Carne Marry?",
            "King Tomas I of Carne, whose elder brother Alexander had married Ada of Ennick, "
            "brought Ennick customs to Carne.",
            set(),
            False,
        ),
        # ... nor a verb of its relative clause: the passive asked is the last word's
        (
            "what were the men and boys who broke flints on the moor called",
            "Men and boys, who were known as knappers, worked on the moor breaking and "
            "sorting the flints.",
            set(),
            True,
        ),
        (
            "what was the Act of Parliament that authorised the reservoir called",
            "An Act of Parliament authorising the reservoir, the Ennick Water Act, was passed "
            "in 1927.",
            {"act", "parliament"},
            True,
        ),
        (
            "what was the Act of Parliament that authorised the reservoir called",
            "An Act of Parliament, the Ennick Water Act, was passed in 1927 to build a road.",
            {"act", "parliament"},
            False,
        ),
        # a name given after a naming verb is what is named, not its namer
        (
            "who is the Ennick Telescope named after",
            "In 1961 a reflecting telescope, named the Ennick Telescope after its principal "
            "donor, Lady Ada Quenby, was installed in a new dome.",
            {"ennick", "telescope"},
            True,
        ),
        (  # ... where another verb's object is what it was done to
            "when was the Ennick railroad founded",
            "In 1871 the Ennick railroad founded a station at Carne.",
            {"ennick"},
            False,
        ),
        # a place that is a part of a named one
        (
            "in which county does Ormond Fell Observatory stand",
            "Ormond Fell Observatory is an astronomical observatory on the summit of Ormond "
            "Fell, a moorland hill in the county of Tarrow.",
            {"ormond", "fell", "observatory"},
            True,
        ),
        (
            "which river valley is Ormondale located in",
            "Ormondale is a county borough in south-east Wales, lying in the upper valley of "
            "the River Carne.",
            {"ormondale"},
            True,
        ),
        (  # a name merely said beside a place does not place it
            "in which county is Ormond Fell Observatory located",
            "Staff from Ormond Fell Observatory visited schools across the county last year.",
            {"ormond", "fell", "observatory"},
            False,
        ),
    ],
)
def test_a_post_or_a_place_is_read_as_the_question_asks_it(
    question: str, passage: str, names: set[str], answers: bool
) -> None:
    assert read(question, passage, names)[0] is answers


TARROWBY = """Date: 2022-11-19

Tarrowby Spa is a market and spa town in the west of England, lying in the valley of the \
River Carne. It grew from a small wool village into a fashionable resort on the strength of \
its mineral springs.

The arrival of the Ennick and Tarrowby Railway in 1852 brought day-trippers in large numbers \
and changed the character of the resort.

The Ennick canal carried coal to the mills from 1797.
"""


def test_a_town_whose_kind_takes_two_words_is_the_town_its_passages_name(
    tmp_path: Path,
) -> None:
    # "a market and spa town": "the town" of a question is Tarrowby Spa, which a passage
    # naming a word of it is about
    _, engine = drafted(tmp_path, "tarrowby", TARROWBY)
    assert_answers(engine, "What year did the railway reach the town?", "1852")
    # ... but a passage naming no word of it is not ("the Ennick canal")
    assert_answers(engine, "When did the canal reach the town?", None)


ENNICK = """Date: 2025-03-14

Ennick Pictures confirmed on Thursday that its franchise Tarrow Drift will branch out into a \
television spin-off, and that one of the saga's central roles has been recast.

Eight episodes have been ordered, and they will stream exclusively on the studio's own \
platform, Ennick Plus.
"""


def test_a_streaming_platform_is_a_company_and_names_no_character(tmp_path: Path) -> None:
    entities, engine = drafted(tmp_path, "ennick", ENNICK)
    assert entities["Ennick Plus"]["kind"] == "org"
    # the first sentence names a studio and a franchise, and no character
    assert_answers(engine, "Which character is at the centre of the spin-off?", None)
    assert_answers(engine, "How many episodes have been ordered?", "eight episodes")


TARROW_MARINE = """Date: 2020-04-07

Tarrow Marine Ltd is a British shipbuilder based at Ennick Haven on the estuary of the River \
Carne.

Founded in 1868, it is one of the oldest shipyards in the country still building vessels.

Since 1998 it has been a subsidiary of the Norwegian group Skarvik Maritime.
"""

ENNICK_ABBEY = """Date: 2020-04-07

Ennick Abbey is a ruined Cistercian abbey on the estuary of the River Carne.

Founded in 1132, it is one of the oldest abbeys in the county.
"""


def test_a_business_is_the_company_its_pronouns_refer_to(tmp_path: Path) -> None:
    (tmp_path / "marine").mkdir()
    (tmp_path / "abbey").mkdir()
    _, engine = drafted(tmp_path / "marine", "tarrow-marine", TARROW_MARINE)
    assert_answers(engine, "In what year was the company founded?", "1868")
    assert_answers(engine, "Which Norwegian group owns the company?", "Skarvik Maritime")
    # an abbey is no company, whatever "it" says of it
    _, abbey = drafted(tmp_path / "abbey", "ennick-abbey", ENNICK_ABBEY)
    assert_answers(abbey, "In what year was the company founded?", None)
    assert_answers(abbey, "In what year was the abbey founded?", "1132")


QUENBY_LIFE = """Date: 2021-05-11

Ada Quenby (née Tarrant; 3 April 1831 - 19 January 1894) was an English novelist and \
essayist, best known for The Weavers of Ennick (1862), a three-volume novel about mill workers.

She was the third of five children of Nathaniel Tarrant, a Unitarian minister.

From 1862 until her death she taught drawing at the Ennick School of Art.
"""

LENN_DISTRICT = """Date: 2021-05-11

The Ennick tin district is a former mining district in western Carneshire, centred on the \
market town of Tarrow St Anne and the valley of the River Lenn.

In 1856 its mines produced about 4,200 tons of black tin.
"""


def test_a_life_a_maiden_name_and_a_possessive_head_are_read_as_written(
    tmp_path: Path,
) -> None:
    (tmp_path / "life").mkdir()
    (tmp_path / "district").mkdir()
    _, life = drafted(tmp_path / "life", "ada-quenby", QUENBY_LIFE)
    # "née Tarrant" is her maiden name, not her father Nathaniel Tarrant's
    assert_answers(life, "When was the novelist born?", "3 April 1831")
    # a title before its year and a comma names the novel after it
    assert_answers(life, "Which novel is Ada Quenby most famous for?", "The Weavers of Ennick")
    # "from 1862" is when, not where she is from
    assert_answers(life, "Where did she teach drawing from 1862?", "Ennick School of Art")
    _, district = drafted(tmp_path / "district", "ennick-district", LENN_DISTRICT)
    # "which river's valley" asks which river
    assert_answers(district, "Which river's valley is the district centred on?", "River Lenn")


ENNICK_HALL = """Date: 2019-05-02

The Ennick market hall burned down in 1974. In 1976 the council backed a proposal by a \
developer, Tarrow Estates, to clear the ruins and build a shopping precinct to be called the \
Carne Centre.

A new market hall was built on the site in 1981 and opened by the mayor.
"""


def test_an_act_only_proposed_is_no_yes(tmp_path: Path) -> None:
    _, engine = drafted(tmp_path, "ennick-hall", ENNICK_HALL)
    assert_answers(engine, "Was the developer's shopping precinct ever constructed?", None)
    assert_answers(engine, "Was a new market hall built on the site?", "Yes")
