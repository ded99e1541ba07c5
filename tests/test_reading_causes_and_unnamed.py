"""Causes told the other way round, things spoken of but never named, and places that are
only people:

- "what caused the fire" is not answered by "the concert was cancelled after a fire" (what
  the fire caused), nor by "the cause of the fire was never established";
- "which shipping firm did she join" is not answered by "left to join a shipping firm
  abroad", "what were the names of the two workers" by "killing two workers", nor "who
  will be appointed as the cost adviser" by "would appoint an independent cost adviser";
- "the Faculty of Education" is not "the Faculty of Humanities and Education", nor "the
  Court of Appeal" "the Supreme Court"; "before 2019" is not "since 2019";
- "when was the abbey established" is not answered by "in 1537 the monastery was
  dissolved", but is by "founded in 1187 and dissolved in 1537";
- "where does the festival take place" is not answered by "after the resignation of Tor
  Haugli": "of" places nothing but after a place's part ("the outskirts of Portree");
- "what is the ordinance known as" keeps its quoted name whole: "the "Tobermory rule"";
- "what percentage of the aid from the college" is "the college's aid", and "compiled with
  her longtime collaborator X" is "with X";
- "who took over from X as director" is answered by "X ... was replaced by Y", not by a
  chairman who spoke of the search.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.news_articles import assert_answers, drafted
from tests.premise_reading import read


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        (
            "What caused the fire at the Portree concert hall?",
            "Its premiere, planned for Portree in 1923, was cancelled after a fire at the "
            "concert hall, and the work was first played in Oban instead.",
            False,
        ),
        (
            "What caused the fire at the concert hall?",
            "The fire at the concert hall was caused by a faulty stage heater.",
            True,
        ),
        (
            "What caused the fire at the concert hall?",
            "The hall closed after a fire in 1920, which was caused by a faulty heater.",
            True,
        ),
        (
            "What caused the cancellation of the premiere?",
            "The premiere was cancelled after a fire at the concert hall.",
            True,
        ),
        (
            "What caused the fire that destroyed the manor house?",
            "The manor house burned down in January 1689; the cause of the fire was never "
            "established, although an inquiry blamed the bailiff for keeping no buckets.",
            False,
        ),
        (
            "What started the fire of 1881 in Portree?",
            "Several minor fires, in 1834, 1858 and 1881, had already prompted calls for "
            "stricter building rules.",
            False,
        ),
        (
            "What started the fire of 1881 in Portree?",
            "The fire of 1881, which prompted calls for stricter rules, was started by a "
            "spark from a forge.",
            True,
        ),
        (
            "What started the fire that destroyed the main warehouse in 1984?",
            "A fire in 1984 destroyed the main warehouse at Tarbert, causing damage estimated "
            "at 45 million kroner.",
            False,
        ),
        (
            "Why was the ferry withdrawn?",
            "The ferry was withdrawn in 1998 for reasons that remain unclear.",
            False,
        ),
        (
            "Why was the ferry withdrawn?",
            "The ferry was withdrawn in 1998 because its hull had corroded.",
            True,
        ),
    ],
)
def test_a_cause_is_one_of_what_is_asked(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, {"portree"})[0] is ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        (
            "Which shipping firm did Sine Castlebay leave to join?",
            "Technical director Sine Castlebay, who had led the project since 2019, left in "
            "September to join a shipping firm abroad and was replaced by Ruaridh Lochmaddy.",
            False,
        ),
        (
            "Which shipping firm did Sine Castlebay leave to join?",
            "Technical director Sine Castlebay left in September to join Kylerhea Lines, a "
            "shipping firm in Oban.",
            True,
        ),
        (
            "Which shipping firm did Sine Castlebay leave to join?",
            "Technical director Sine Castlebay left in September to join a shipping firm, "
            "Kylerhea Lines.",
            True,
        ),
        (
            "Which shipping firm was founded in 1901?",
            "Kylerhea Lines was a shipping firm founded in 1901 by Ruaridh Lochmaddy.",
            True,
        ),
        (
            "What were the names of the two workers killed when the tunnel collapsed?",
            "In March 2011 part of the tunnel at Tarbert collapsed during maintenance work, "
            "killing two workers.",
            False,
        ),
        (
            "What were the names of the two workers killed when the tunnel collapsed?",
            "In March 2011 part of the tunnel at Tarbert collapsed, killing two workers, "
            "Iain Broadford and Seumas Uig.",
            True,
        ),
        (
            "Which two towns did the railway link?",
            "The railway linked two towns on the west coast.",
            False,
        ),
        (
            "Which Portree Savings Bank offices are going to shut?",
            "Its branches in Uig and Staffin are to close, as are four Portree Savings Bank "
            "offices where the two networks overlap.",
            False,
        ),
        (
            "What was the name of the Barra chieftain who was Morag's father?",
            "According to a Latin legend compiled around 1180 by a monk named Arnulf, Morag "
            "was the daughter of a chieftain on Barra who refused to let her marry.",
            False,
        ),
        (
            "Which two towns did the railway link?",
            "The railway linked two towns, Tarbert and Lochmaddy.",
            True,
        ),
        (
            "Who will be appointed as the independent cost adviser?",
            "The council leader, Morag Uig, said the council would appoint an independent "
            "cost adviser before the contract is signed.",
            False,
        ),
        (
            "Who will be appointed as the independent cost adviser?",
            "The council will appoint Iain Broadford, an independent cost adviser, before the "
            "contract is signed.",
            True,
        ),
        (
            "Which award is being presented for the first time?",
            "A new award for best stunt work, the Lintwhistle Prize, is being presented for "
            "the first time.",
            True,
        ),
    ],
)
def test_a_thing_spoken_of_but_not_named_names_nothing(
    question: str, passage: str, ok: bool
) -> None:
    names = {"sine", "castlebay"} if "Castlebay" in question else set()
    assert read(question, passage, names)[0] is ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        (
            "In what year was Dunvegan Abbey established?",
            "Rebuilding had barely started when the Reformation came: in 1537 the monastery "
            "was dissolved and its monks dispersed.",
            False,
        ),
        (
            "In what year was Dunvegan Abbey established?",
            "Founded in 1187 and dissolved in 1537, it was the richest religious house in "
            "the north.",
            True,
        ),
        (
            "In what year was Dunvegan Abbey dissolved?",
            "Founded in 1187 and dissolved in 1537, it was the richest religious house in "
            "the north.",
            True,
        ),
        (
            "Where does the festival take place?",
            "The announcement was the first decision by the new director, who took over on "
            "1 January after the resignation of Tor Haugli.",
            False,
        ),
        (
            "Where does the festival take place?",
            "The festival is held every June on the outskirts of Portree.",
            True,
        ),
        # another court, and a spell that starts when the asked one ends
        (
            "Over how many days did the Court of Appeal hear the case?",
            "The firm and the state appealed to the Supreme Court, which heard the case over "
            "five days in March 2017.",
            False,
        ),
        (
            "Over how many days did the Court of Appeal hear the case?",
            "The Inverness Court of Appeal heard the case over five days in March 2017.",
            True,
        ),
        (
            "Who was in charge of the construction project before 2019?",
            "Tor Eriskay, who had led the construction project since 2019, stepped down in March.",
            False,
        ),
        (
            "On what dates will the regatta be sailed this year?",
            "The change also means the festival will no longer clash with the regatta, a "
            "sailing race on the island.",
            False,
        ),
        (
            "What percentage of the aid for students from Staffa College is given as grants?",
            "Grants make up 88% of Staffa College's aid for students, the rest being loans.",
            True,
        ),
        # another body's name: "the Faculty of Humanities and Education"
        (
            "How many staff work in the Faculty of Education?",
            "The new Faculty of Humanities and Education will have about 390 staff.",
            False,
        ),
        (
            "How many staff work in the Faculty of Education?",
            "The Faculty of Education has about 390 staff.",
            True,
        ),
        (
            "What percentage of the aid for students from Staffa College is given as grants?",
            "Grants make up 88% of the aid Staffa College pays to Iona College.",
            False,
        ),
    ],
)
def test_an_act_a_place_and_a_source(question: str, passage: str, ok: bool) -> None:
    names = {w for w in ("dunvegan", "abbey", "portree", "staffa") if w in question.lower()}
    assert read(question, passage, names)[0] is ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        # the one the passive "replaced by" names took over, not one who only spoke
        (
            "Who took over from Sine Castlebay as technical director?",
            "Technical director Sine Castlebay left in September and was replaced by Ruaridh "
            "Lochmaddy.",
            True,
        ),
        (
            "Who took over from Sine Castlebay as technical director?",
            "Technical director Sine Castlebay left in September; the chairman, Ruaridh "
            "Lochmaddy, said the search for a replacement had begun.",
            False,
        ),
        (
            "Who took over from Sine Castlebay as technical director?",
            "Technical director Sine Castlebay, who replaced Ruaridh Lochmaddy in 2019, left "
            "in September.",
            False,
        ),
        # "with her longtime collaborator X" is "with X"
        (
            "How many objects did the catalogue she compiled with Iain Broadford list?",
            "With her longtime collaborator Iain Broadford, she compiled the Carbost "
            "Catalogue, which listed nearly 3,600 objects.",
            True,
        ),
        (
            "How many objects did the catalogue she compiled with Iain Broadford list?",
            "Her longtime collaborator Iain Broadford compiled the Carbost Catalogue, which "
            "listed nearly 3,600 objects.",
            False,
        ),
    ],
)
def test_who_took_over_and_whom_she_worked_with(question: str, passage: str, ok: bool) -> None:
    names = {"sine", "castlebay", "iain", "broadford"}
    assert read(question, passage, names)[0] is ok


ARTICLE = """date 2023-10-02

Mairi Tobermory (1931-2012) was an astronomer who founded the Carbost Observatory on the Isle of Eriskay in 1968. She was also a campaigner for dark skies, and in 1984 the island council adopted a lighting ordinance, often called the "Tobermory rule", restricting outdoor lighting near the observatory.

The observatory's first telescope was moved to Portree in 1979 after a storm damaged its dome. The cause of the storm damage to the library was never established.

In 1990 her assistant, Ewan Kyleakin, left to join a university abroad. He was replaced by Flora Stornoway, who ran the observatory until 2005.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the 1984 lighting ordinance commonly called?", "Tobermory rule"),
        ("Who founded the Carbost Observatory?", "Mairi Tobermory"),
        ("Where was the first telescope moved in 1979?", "Portree"),
        ("Which university did Ewan Kyleakin leave to join?", None),
        ("What caused the storm?", None),
    ],
)
def test_an_article_is_read_for_causes_and_names(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "carbost-observatory", ARTICLE)[1]
    assert_answers(engine, question, expected)
