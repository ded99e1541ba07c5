"""Whose post, whose year, whose act, and what other words say:

- "who is the head teacher of X" is not answered by "deputy head at X", though "who will
  take over as head" may be;
- "how many arches did the bridge lose in 1789" is not answered by "the bridge, which had
  survived floods in 1789, lost two arches": the year dates the aside's act;
- "when were the Gulls formed" is not answered by "the club founded a women's team";
- "how much did X sell the farm for" is not answered by "the farm was bought by X";
- "how many jobs has it already cut" is not answered by "ordered to cut 120 jobs";
- "where did the poet die" is not answered by "(1902-1979), who was born in Y";
- "who did X marry" is answered by "in 1950 he married Y" though another X follows, and
  "what wiped out the crop" by "an outbreak destroyed the crop" though "originally" went
  before;
- "why did he resign" is not answered by the next sentence's "The resignation led the
  club to appoint X": what it brought about;
- "what reef did the ship hit" is not answered by "launched" (no film hits a reef), "when
  did she become chair" by "she remained chair", "by how much" by "two of its routes",
  "tonnes of butter" by "tonnes of cheese", "Scribe A" by "Scribe B", "how deep" by
  "four kilometres inland", nor "in the capital" by "rather than in the capital";
- and other words: "left school at fifteen" is how old she was, a 13th-century chapel
  is medieval, an association is a body, an airstrip a runway, "the most numerous" the
  most common; but no painter is a sculptor and no father a mother.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import actyears
from tests.news_articles import assert_answers, drafted
from tests.premise_reading import asked_of, read


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        (
            "Who is the head teacher of Trevone Grammar School?",
            "Dr Eira Mousehole, currently deputy head at Trevone Grammar School, will become "
            "the first head teacher of the new academy.",
            False,
        ),
        (
            "Who will be the head teacher of the new academy?",
            "Dr Eira Mousehole, currently deputy head at Trevone Grammar School, will become "
            "the first head teacher of the new academy.",
            True,
        ),
        (
            "Who is the president of the Perranporth Rowing Association?",
            "Tom Crantock, the association's vice-president, opened the regatta.",
            False,
        ),
        (
            "Who is the president of the Perranporth Rowing Association?",
            "Tom Crantock, president of the Perranporth Rowing Association, opened the regatta.",
            True,
        ),
        (
            "Who will take over from Ann Mevagissey as head of the harbour board?",
            "Ann Mevagissey will retire in March and will be succeeded by Tom Crantock, "
            "currently deputy head of the harbour board.",
            True,
        ),
    ],
)
def test_a_deputy_does_not_hold_the_post_asked(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, set())[0] is ok


@pytest.mark.parametrize(
    ("passage", "ok"),
    [
        (
            "The bridge at Mousehole, which had survived floods in 1789 and 1953, lost two of "
            "its five arches.",
            False,
        ),
        (
            "The bridge at Mousehole, which was rebuilt in 1802, lost two of its five arches "
            "in 1789.",
            True,
        ),
    ],
)
def test_a_year_in_an_aside_dates_the_aside(passage: str, ok: bool) -> None:
    question = asked_of("How many arches did the bridge lose in 1789?", {"mousehole"})
    assert actyears.of_another_year(question, passage).ok is ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        # a new thing of the club's own, not the club
        (
            "What year were the Crantock Gulls formed?",
            "In 2019 the club founded a women's team, the Crantock Terns, which plays in the "
            "second division.",
            False,
        ),
        (
            "What year were the Crantock Gulls formed?",
            "The Crantock Gulls were founded in 1987 by a group of fishermen.",
            True,
        ),
        ("When was the harbour wall built?", "Masons built the harbour wall in 1702.", True),
        # the one who bought it sold nothing
        (
            "How much did Ann Crantock sell the farm for?",
            "In 1849 the farm was bought at auction by Ann Crantock, who paid 2,150 "
            "rixdollars for it.",
            False,
        ),
        (
            "How much did Ann Crantock pay for the farm?",
            "In 1849 the farm was bought at auction by Ann Crantock, who paid 2,150 "
            "rixdollars for it.",
            True,
        ),
        # done already, or only ordered
        (
            "How many jobs has the hospital already cut?",
            "In June the council ordered the hospital to cut 120 jobs by 2027.",
            False,
        ),
        ("How many jobs has the hospital already cut?", "The hospital has cut 120 jobs.", True),
        # a life's dates and its other event
        (
            "Where did the poet Jory Trevone die?",
            "The poet Jory Trevone (1902-1979), who was born in Mousehole, wrote about the "
            "harbour.",
            False,
        ),
        (
            "Where was the poet Jory Trevone born?",
            "The poet Jory Trevone (1902-1979), who was born in Mousehole, wrote about the "
            "harbour.",
            True,
        ),
        # the object said right after the verb, whatever stood before it
        (
            "What wiped out the coffee crop?",
            "The partners originally planted coffee, but in 1885 an outbreak of leaf rust "
            "destroyed almost the entire crop.",
            True,
        ),
        (
            "Which Frank led Norman forces?",
            'A Norman named Oursel led a force of "Franks" into the valley.',
            False,
        ),
        # "he" may be the one asked of
        (
            "Who did Jory Trevone marry?",
            "In 1950 he married the weaver Eira Dahl; one of their children, Ben Trevone, "
            "also became a painter.",
            True,
        ),
    ],
)
def test_whose_act_it_is(question: str, passage: str, ok: bool) -> None:
    names = {"crantock", "gulls", "terns", "ann", "jory", "trevone", "mousehole", "eira", "dahl"}
    names |= {"frank", "norman", "oursel"}
    assert read(question, passage, names & set(question.casefold().split()))[0] is ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        ("How old was she when she left school?", "She left school at fifteen to work.", True),
        (
            "How old was she when she left school?",
            "She left school and worked at 14 Harbour Street.",
            False,
        ),
        (
            "To which saint is the medieval chapel dedicated?",
            "The 13th-century chapel is dedicated to St Piran.",
            True,
        ),
        (
            "To which saint is the medieval chapel dedicated?",
            "The 18th-century chapel is dedicated to St Piran.",
            False,
        ),
        ("How long is the runway?", "The gravel airstrip is 900 metres long.", True),
        (
            "In what year was the body that sets the race rules founded?",
            "The race rules are set by the Crantock Rowing Association, founded in 1931.",
            True,
        ),
        ("In what year did he give up painting?", "He stopped painting in 1990.", True),
        (
            "Which bird is the most common on the cliffs?",
            "The most numerous bird on the cliffs is the Atlantic puffin, followed by the "
            "common guillemot.",
            True,
        ),
        (
            "How big was the hospital's deficit last year?",
            "The hospital ended last year with a deficit of 87 million kroner.",
            True,
        ),
        (
            "Which of his children became a sculptor?",
            "One of their children, Ben Trevone, also became a painter.",
            False,
        ),
        (
            "Which artist painted the ceiling?",
            "The ceiling was painted by the painter Ben Trevone.",
            True,
        ),
        (
            "What is the research station named after?",
            "The research station takes its name from Mousehole Glacier, 3 kilometres south.",
            True,
        ),
        (
            "What is the research station named after?",
            "The research station was opened in 1968 after a fire destroyed the old hut.",
            False,
        ),
        (
            "When did work on the tunnel begin?",
            "Construction of the tunnel began in March 2022.",
            True,
        ),
        (
            "At what age did Jory Trevone row for the last time?",
            "Jory Trevone rowed his final race in 1998 at the age of 71.",
            True,
        ),
        ("Who was her mother?", "Her father was the fisherman Jory Trevone.", False),
        ("Who was her father?", "Her father was the fisherman Jory Trevone.", True),
    ],
)
def test_other_words_for_the_same_and_for_another(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, {"ben", "trevone", "jory", "crantock"})[0] is ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        # a ship that hits a reef is no film hitting theaters
        (
            "What reef did the ship hit?",
            "The ship was built at Mousehole and launched on 2 March 1912.",
            False,
        ),
        (
            "When does the sequel hit theaters?",
            "The sequel will be released on 2 March 2027.",
            True,
        ),
        # a spell told from its middle tells no start
        (
            "In what year did Ann Crantock become chair of the board?",
            "Her son succeeded her as director in 2006, while she remained chair of the board "
            "until her retirement in 2015.",
            False,
        ),
        # a change, by how much: not a count of its parts, and "by 12 per cent" is no doer
        (
            "By how much did Trevone Air cut its capacity last autumn?",
            "Trevone Air reduced its capacity last autumn and suspended two of its routes.",
            False,
        ),
        (
            "By how much did Trevone Air cut its capacity last autumn?",
            "Trevone Air reduced its capacity by 12 per cent last autumn.",
            True,
        ),
        # the measured thing, the thing's letter, the way a distance points
        (
            "How many tonnes of butter does the dairy make each year?",
            "The dairy makes milk, cream and butter, and around 1,900 tonnes of cheese a year.",
            False,
        ),
        (
            "How many tonnes of butter does the dairy make each year?",
            "The dairy makes around 1,900 tonnes of butter a year.",
            True,
        ),
        (
            "Who has Scribe A been identified as?",
            "Scribe B has been identified as Brother Jory Trevone, a canon of the Augustinian house.",
            False,
        ),
        (
            "Who has Scribe B been identified as?",
            "Scribe B has been identified as Brother Jory Trevone, a canon of the Augustinian house.",
            True,
        ),
        (
            "How deep is the Mousehole spring?",
            "Mousehole, a natural spring four kilometres inland, is too shallow to swim in.",
            False,
        ),
        # what a contrast sets aside is not so
        (
            "Which codex was the first to be handed over in the capital?",
            "The Mousehole Codex was the first to be handed over in the west rather than in "
            "the capital.",
            False,
        ),
        (
            "What is the station named after?",
            "The station takes its name from the Mousehole Glacier to the south.",
            True,
        ),
    ],
)
def test_what_is_asked_and_what_is_told_beside_it(question: str, passage: str, ok: bool) -> None:
    names = {"mousehole", "trevone", "air", "ann", "crantock", "jory", "scribe", "codex"}
    assert read(question, passage, names & set(question.casefold().split()))[0] is ok


ARTICLE = """date 2024-05-14

The Mevagissey Gulls are an ice hockey club based in Mevagissey. The club was formed in 1987 by a group of former fishermen. In 2019 the club founded a women's team, the Mevagissey Terns, which plays in the second division.

The club's president is Tom Crantock. His vice-president, Eira Perranporth, ran the club's youth programme until 2020, when she left for Trevone.

The club's first rink, which had survived floods in 1953 and 1968, lost its roof in a storm. A new rink was opened in 2003 at a cost of £4.2 million.

Tom Crantock resigned as coach in 2015. The resignation led the club to appoint its first full-time coach, Ann Mousehole.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What year were the Mevagissey Gulls formed?", "1987"),
        ("What year were the Mevagissey Terns formed?", "2019"),
        ("Who is the president of the Mevagissey Gulls?", "Tom Crantock"),
        ("Who is the vice-president of the club?", "Eira Perranporth"),
        ("What did the first rink lose in the storm of 1953?", None),
        ("Who is the president of Trevone?", None),
        # what the resignation brought about is no cause of it
        ("Why did Tom Crantock resign as coach?", None),
    ],
)
def test_an_article_is_read_for_whose_post_and_year(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "mevagissey-gulls", ARTICLE)[1]
    assert_answers(engine, question, expected)
