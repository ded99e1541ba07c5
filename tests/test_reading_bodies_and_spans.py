"""Whose post, sum, year or measure a sentence gives, and the other words it says them in:

- a news lede's body is what the story calls it after: "Torridon Air, the regional carrier
  that ..." is "the airline", and "The Kishorn Theatre Company has named X as its new
  artistic director" names the company's director;
- "the mayor of Shieldaig" is not the mayor of another town, "how tall was the beacon" not
  "four kilometres to the south-west", "in what year did she start lecturing" not her dates
  of life "(1904-1989)", "how many in 1978" not "the lowest figure since records began in
  1978";
- "who published the memoir" is not answered by "which was published posthumously" with
  no publisher, nor "who is writing the music" by "a new play by X" and "Y's novel";
- "how many desks will the archive have" is not answered by "a study room with 40 desks,
  a cafe and an archive", "how many pupils attend Kishorn Central School" not by "Glenelg
  Fjord School, which will replace Kishorn Central School, will have room for 420", "the
  cause of Ingrid Dornie's death" not by "Erling Dornie died of typhoid", "what did he die
  of" not by "died in 1902", "when was the bakery built" not by "a customs house dating
  from 1878 and a small bakery", nor "who was chief
  executive before X" by "Y took over, replacing X"; "a line of lighthouse keepers" leaves
  no lighthouse unnamed, "other than ore" asks for more than the ore a passage has alone,
  "non-urgent cases" are no urgent ones, "more than 700 works" bounds a count, "at the end of
  2018" ends nothing, "Jonas, who taught eleven classes, and Ruth" counts
  Jonas's classes,
  and "how large a stake" is "a 60 percent stake";
- "how much was spent restoring it" is what "restored at a cost of" says, "while not
  admitting liability, paid" pays all the same, and "honoured her with a silver medal" is
  "awarded a silver medal by";
- "tended" the light is "kept" it, "fitted" is "installed",
  "tracked down" is "located", "seen" is "displayed", "quit" is "resigned", a "penalty
  imposed" is "fined", "put together" is "compiled", "handed in" is
  "submitted", "got away" is "escaped", "licensed" is "a licence", and a newspaper
  is "the paper".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.news_articles import assert_answers, drafted
from tests.premise_reading import read

NAMES = {"shieldaig", "kishorn", "torridon", "dornie", "glenelg", "balmacara", "arnisdale"}
NAMES |= {"ross", "capital"}


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        ("Who is the mayor of Shieldaig?", "The mayor of Dornie, Anna Glenelg, said so.", False),
        ("Who is the mayor of Shieldaig?", "The mayor of Shieldaig, Anna Glenelg, said so.", True),
        (
            "How tall was the Shieldaig beacon?",
            "He also kept the Shieldaig beacon, roughly four kilometres to the south-west.",
            False,
        ),
        ("How tall was the Shieldaig beacon?", "The Shieldaig beacon was 12 metres tall.", True),
        (
            "In what year did Mairi Dornie start lecturing at Glenelg University?",
            "It was founded by the physicist Mairi Dornie (1904-1989), a lecturer at Glenelg "
            "University.",
            False,
        ),
        (
            "In what year did Mairi Dornie start lecturing at Glenelg University?",
            "Mairi Dornie (1904-1989) began lecturing at Glenelg University in 1931.",
            True,
        ),
        (
            "Who published Wings over Kishorn in 1936?",
            "He spent his final years writing a memoir, Wings over Kishorn, which was "
            "published posthumously in 1936.",
            False,
        ),
        (
            "Who published Wings over Kishorn in 1936?",
            "His memoir, Wings over Kishorn, was published by Balmacara Press in 1936.",
            True,
        ),
        (
            "Who is writing the music for the adaptation of The Shuttle?",
            "The season opens with Northern Water, a new play by Ross Dornie, and closes with "
            "an adaptation of Anna Glenelg's novel The Shuttle.",
            False,
        ),
        (
            "Who is writing the music for the adaptation of The Shuttle?",
            "The adaptation of The Shuttle will have music by Ross Dornie.",
            True,
        ),
    ],
)
def test_whose_post_year_and_measure(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, {n for n in NAMES if n in question.lower()})[0] is ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        (
            "Which lighthouse did the Dornie family look after?",
            "The Dornie family was a line of lighthouse keepers who tended the Shieldaig "
            "Head Light.",
            True,
        ),
        (
            "How large a stake in the company did Glenelg Capital acquire?",
            "In 2018 the family sold a 60 percent stake in the company to Glenelg Capital.",
            True,
        ),
        (
            "How big a raise are the pilots demanding?",
            "The pilots are demanding an 8 percent increase.",
            True,
        ),
        (
            "Who was the chief executive before Ross Arnisdale took over?",
            "Kari Lunde took over as chief executive on August 1, replacing Ross Arnisdale.",
            False,
        ),
        # "non-urgent" is written "non urgent" once normalized: the prefix still denies
        (
            "What was the average waiting time for urgent cases?",
            "Average waiting time for non-urgent cases fell from 3 hours in 2023 to 2 hours 45 "
            "minutes in 2024.",
            False,
        ),
        (
            "What was the average waiting time for non-urgent cases?",
            "Average waiting time for non-urgent cases fell from 3 hours in 2023 to 2 hours 45 "
            "minutes in 2024.",
            True,
        ),
        # "more than 700 works" bounds a count; it compares the works with nothing
        (
            "Which art historian catalogued over 700 of her surviving works?",
            "Her niece, the art historian Liv Hansen, catalogued more than 700 surviving works.",
            True,
        ),
        # "at the end of 2018" is a time, which ends nothing the question starts
        (
            "How many families started the cooperative in 1957?",
            "Founded in 1957 by eleven families, the cooperative had a herd of about 9,400 "
            "animals at the end of 2018.",
            True,
        ),
        (
            "How many families started the cooperative in 1957?",
            "The cooperative, which eleven families had joined in 1957, ended in 1990.",
            False,
        ),
        # "other than ore" asks for more than the ore the passage has alone
        ("What did the line carry other than ore?", "The line carried ore to the coast.", False),
        ("What did the line carry other than ore?", "The line carried ore and timber.", True),
        ("What did the line carry besides ore?", "The line carried timber as well as ore.", True),
        (
            "Who was the chief executive before Ross Arnisdale took over?",
            "Ross Arnisdale took over as chief executive in 2013, replacing Kari Lunde.",
            True,
        ),
    ],
)
def test_whose_count_name_and_post(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, {n for n in NAMES if n in question.lower()})[0] is ok


def test_a_date_of_birth_is_a_birth_s_date() -> None:
    names = {"ragna", "dornie"}
    question = "What is Ragna Dornie's date of birth?"
    assert read(question, "Ragna Dornie (14 March 1891 - 2 May 1970) was a painter.", names)[0]
    anniversary = "A retrospective marking the 125th anniversary of her birth opened in March 2016."
    assert not read(question, anniversary, names)[0]


def test_a_war_s_dates_are_all_when_was_the_war_asks() -> None:
    passage = "The Glenelg War (1754-1763) was a colonial war between two clans."
    assert read("When was the Glenelg War?", passage, {"glenelg", "war"})[0]
    assert not read("When did the Glenelg War start a truce?", passage, {"glenelg", "war"})[0]


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        (
            "How much money was spent restoring the keeper's house?",
            "The keeper's house was restored between 2011 and 2014 at a cost of about 6.8 "
            "million kroner.",
            True,
        ),
        (
            "How much did the company pay the families?",
            "The company, while not admitting liability, paid 1.2 million kroner in "
            "compensation to the families of the dead.",
            True,
        ),
        (
            "How much did the company pay the families?",
            "The company has not paid the families anything.",
            False,
        ),
        (
            "Which organisation honoured Kari Dornie with a silver medal?",
            "Kari Dornie was awarded a silver medal by the Northern Lifesaving Society in 1912.",
            True,
        ),
        (
            "Which lighthouse did the Dornie family look after?",
            "The Dornie family tended the Shieldaig Head Light for four generations.",
            True,
        ),
        (
            "For how long did Marit Dornie tend the lamp by herself?",
            "Marit Dornie kept the lamp alone for eleven weeks in the winter of 1863.",
            True,
        ),
        (
            "Where was the lens fitted in 1904 made?",
            "In 1904 a lens, made in Paris, was installed in a new lantern room.",
            True,
        ),
        (
            "Who tracked down the wreck in 1976?",
            "The wreck was located in 1976 by divers led by Kjell Arnisdale.",
            True,
        ),
        (
            "Where can the ship's bell be seen today?",
            "The ship's bell is now displayed at the Torridon Maritime Museum.",
            True,
        ),
        (
            "Which news editor quit in 2012?",
            "In 2012 its news editor, Kari Glenelg, resigned after a dispute with the board.",
            True,
        ),
        (
            "What penalty did the authority impose on the station in 2009?",
            "In 2009 the station was fined 150,000 kroner by the authority.",
            True,
        ),
        (
            "How many hymns were in the hymnal Dornie put together?",
            "Dornie also compiled a hymnal containing 112 hymns.",
            True,
        ),
        (
            "When did the company hand in its application?",
            "The company submitted its application in May.",
            True,
        ),
        (
            "How many salmon got away when the moorings broke?",
            "About 40,000 salmon escaped when the moorings broke.",
            True,
        ),
        (
            "Who was the first woman in the province to be licensed as a pilot?",
            "In 1913 Signe Balmacara became the first woman in the province to hold a pilot's "
            "licence.",
            True,
        ),
    ],
)
def test_sums_awards_and_other_words(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, {n for n in NAMES if n in question.lower()})[0] is ok


THEATRE_ARTICLE = """date 2025-09-17

The Kishorn Theatre Company has named Isla Dornie as its new artistic director, ending an eight-month search to replace Ross Glenelg, who has led the company for 14 years and will step down at the end of December.

Dornie, 46, grew up in the fishing village of Arnisdale and began her career as a stage manager at the company in 2004.

Its annual budget has risen to 42.5 million kroner, from 38 million last year, helped by a larger grant from the culture ministry.
"""


AIRLINE_ARTICLE = """date 2025-11-04

Torridon Air, the regional carrier that links more than a dozen coastal communities in the north, said on Tuesday that it would cancel seven of its 19 routes after its pilots walked out in a dispute over pay.

The strike, which began at 6 a.m. on Monday, involves 142 of the airline's 168 pilots.

The mayor of Dornie, Hilde Arnisdale, said the island community depended on the daily flight to the hospital in Shieldaig.

Torridon Air, which was founded in 1987 with two propeller aircraft and now operates a fleet of 23, carried 1.1 million passengers last year.

The number of boats registered in Torridon fell from 212 in 2023 to 187 at the end of 2024, the lowest figure since records began in 1978.

The strike has cancelled 410 flights, the most in the region since the storms of 1974.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is the Kishorn Theatre Company's new artistic director?", "Isla Dornie"),
        ("Who is the company's new chief executive?", None),
    ],
)
def test_a_theatre_news_article_names_its_new_director(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "kishorn-theatre", THEATRE_ARTICLE)[1]
    assert_answers(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("In what year was the airline set up?", "1987"),
        ("Who is the mayor of Shieldaig?", None),
        ("Who is the mayor of Dornie?", "Hilde Arnisdale"),
        # "since records began in 1978" measures from that year: no count of it
        ("How many boats were registered in Torridon in 1978?", None),
        ("How many boats were registered in Torridon in 2023?", "212"),
        ("How many flights were cancelled in the storms of 1974?", None),
        ("How many flights has the strike cancelled?", "410"),
    ],
)
def test_an_airline_news_article_is_the_carrier_s(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "torridon-air", AIRLINE_ARTICLE)[1]
    assert_answers(engine, question, expected)


SCHOOL_ARTICLE = """date 2025-06-13

Glenelg Fjord School, which will replace the older Kishorn Central School, is being built at a cost of 246 million kroner and will have room for 420 pupils.

When it opens, the school will have a library, a study room with 40 desks, a cafe and a local history archive.

The Torridon Hotel, a four-storey building with 120 rooms, will house visiting teachers.

Ingrid Dornie, the school's first head, was the daughter of the teacher Erling Dornie.

Erling Dornie died of typhoid in 1899, leaving his widow to support the family.

Ross Glenelg, who built the old school, died in 1902, and his son took over the firm.

The buildings kept on the site include the chapel, a stone customs house dating from 1878 and a small bakery.

Teachers at the old school included Jonas Arnisdale, who taught eleven classes a week, and Ruth Balmacara, the first woman to head a school in the county.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the count is the new school's, the desks the study room's, the death Erling's
        ("How many pupils attend Kishorn Central School?", None),
        ("How many pupils will Glenelg Fjord School have room for?", "420"),
        ("How many desks will the local history archive have?", None),
        ("How many desks will the study room have?", "40"),
        ("How many rooms does the Torridon Hotel have?", "120"),
        ("What was the cause of Ingrid Dornie's death?", None),
        ("What was the cause of Erling Dornie's death?", "typhoid"),
        # "what did he die of" asks what killed him, which "died in 1902" does not say
        ("What did Ross Glenelg die of in 1902?", None),
        ("What did Erling Dornie die of?", "typhoid"),
        # the year is the customs house's, not the bakery's after it in the list
        ("In what year was the small bakery built?", None),
        ("In what year was the customs house built?", "1878"),
        # the count is in Jonas Arnisdale's "who" clause, not Ruth Balmacara's
        ("How many classes did Ruth Balmacara teach a week?", None),
        ("How many classes did Jonas Arnisdale teach a week?", "eleven"),
    ],
)
def test_a_school_article_is_read_for_whose_count_and_death(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "glenelg-school", SCHOOL_ARTICLE)[1]
    assert_answers(engine, question, expected)


PAPER_ARTICLE = """date 2021-03-02

The Torridon Courier is a regional newspaper published in Shieldaig. It was founded in 1888 by the printer Ross Dornie.

After the founder's death in 1931 the Courier was bought by the shipowner Anna Glenelg.

The paper changed to tabloid format in 1996, and in 1997 it became one of the first regional newspapers to launch a website.

The flood of 1953 is the subject of the documentary White Silence (2014), directed by Siri Arnisdale, and of a 1979 novel by Ross Kishorn.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who purchased the paper after the founder died?", "Anna Glenelg"),
        # the paper's own name, put in for "The paper", is no one who started it
        ("Who started the newspaper?", "Ross Dornie"),
        # "the documentary White Silence" is a title, no publishing company's name
        ("Which company published Ross Kishorn's novel about the flood?", None),
        ("Who directed the documentary about the flood?", "Siri Arnisdale"),
    ],
)
def test_a_newspaper_is_the_paper_and_a_documentary_no_company(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "torridon-courier", PAPER_ARTICLE)[1]
    assert_answers(engine, question, expected)
