"""Whose founding, who holds a post, who made a work, what a fine or a purchase cost, and
whose word a figure is:

- "when was the college set up" is not answered by "the college's alumni association,
  founded in 1909";
- "who heads Vind" is answered by "Vind's chief executive, Hanne Orkangerud, said";
- "who wrote the tone poem X" is answered by "the tone poem X by the composer Y", but
  "who started the experiment" not by "a trial begun in 1878", nor "from whom did they
  buy the farm" by "the farm, bought in 1921";
- "in even-numbered years" is not "in odd-numbered years", nor "on the mainland" "outside
  the mainland";
- "how much must the firm pay as a penalty" by "has been fined 9.5 million kroner", and
  "what was the purchase price" by "was bought in 2009 for 38 million kroner";
- "how many people lived there, according to the census bureau" by a passage citing no
  source, but not by one citing another;
- "what was the club called when it was formed" by "formed in 1891 as X", not by the name
  the reader's gloss sets beside "The club (Barra Rovers FC) was formed";
- and other words: "looking for" is searching, "put into" invested, a range "extends" as
  it stretches, a cartoon is animated, "radiocarbon-dated" is dated and "state-owned" is
  the state's; "he was 34 when he was appointed" tells how old he was, "filed for
  bankruptcy" that it went bankrupt, "as proposed" what was planned, and a rival market is
  a competing one;
- "by how much did the estimate go up" is not answered by "would cost an estimated 78
  million kroner", and "the Gloppen and Hornindal valleys" are no person's.
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
            "When was Balivanich Agricultural College set up?",
            "The college's alumni association, founded in 1909, has around 11,000 members.",
            False,
        ),
        (
            "When was Balivanich Agricultural College set up?",
            "Balivanich Agricultural College, set up in 1859, has 4,000 students.",
            True,
        ),
        (
            "When was the alumni association founded?",
            "The college's alumni association, founded in 1909, has around 11,000 members.",
            True,
        ),
        (
            "Who heads Lochboisdale Wind now?",
            "Lochboisdale Wind's chief executive, Hanne Eriskay, said the company would appeal.",
            True,
        ),
        (
            "Who heads Lochboisdale Wind now?",
            "Lochboisdale Wind's chief executive said the company would appeal.",
            False,
        ),
        (
            "Who wrote the tone poem Barra Sound?",
            "The best known of them, the tone poem Barra Sound by the composer Henrik Lund, "
            "was written for the 1958 contest.",
            True,
        ),
        (
            "From whom did the college buy Ness Farm in 1921?",
            "Ness Farm, bought in 1921, keeps the college's dairy herd of 220 cows.",
            False,
        ),
        (
            "From whom did the college buy Ness Farm in 1921?",
            "In 1921 the Uig family sold Ness Farm to the college.",
            True,
        ),
        (
            "Who started the Broadfield Experiment in 1878?",
            "The farm hosts the Broadfield Experiment, a trial begun in 1878 that compares "
            "manure with mineral fertiliser.",
            False,
        ),
        (
            "Which was the first Barra Stores shop to open on the mainland?",
            "The Uig shop opened in 1991 and was the chain's first outside the mainland.",
            False,
        ),
        (
            "Which was the first Barra Stores shop to open outside the mainland?",
            "The Uig shop opened in 1991 and was the chain's first outside the mainland.",
            True,
        ),
        (
            "On which day does the race start in even-numbered years?",
            "The race is held in odd-numbered years, normally starting on the first Saturday "
            "of July.",
            False,
        ),
        (
            "On which day does the race start in odd-numbered years?",
            "The race is held in odd-numbered years, normally starting on the first Saturday "
            "of July.",
            True,
        ),
        (
            "Who wrote the poem Barra Sound?",
            "The poem Barra Sound, praised by critics, was written for the 1958 contest.",
            False,
        ),
    ],
)
def test_whose_founding_post_and_work(question: str, passage: str, ok: bool) -> None:
    names = {"balivanich", "agricultural", "college", "lochboisdale", "wind", "barra", "sound"}
    names |= {"ness", "farm", "broadfield", "experiment", "stores"}
    assert read(question, passage, {n for n in names if n in question.lower()})[0] is ok


@pytest.mark.parametrize(
    ("passage", "ok"),
    [
        # the name the reader's gloss puts beside "the club" is its name now
        (
            "The club (Barra Rovers Football Club) was formed at a meeting in the back room "
            "of the Anchor Inn in 1891.",
            False,
        ),
        ("The club was formed in 1891 as Castlebay Harbour Rovers.", True),
        ("It was founded in 1891 and was originally known as Castlebay Harbour Rovers.", True),
    ],
)
def test_the_name_a_thing_was_given_when_it_was_formed(passage: str, ok: bool) -> None:
    assert read("What was the club called when it was first formed?", passage, set())[0] is ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        (
            "How much must Eriskay Seafood pay as a penalty for the escape?",
            "The fish farming company Eriskay Seafood has been fined 9.5 million kroner over "
            "the escape of farmed salmon from its site last autumn.",
            True,
        ),
        # a thing's own cost, told in a relative clause
        (
            "How much did it cost to build the new town hall?",
            "The new town hall, which cost 5.2 million kroner to build, was inaugurated in 1914.",
            True,
        ),
        (
            "What was the purchase price of Ness Orchard?",
            "The newest farm, Ness Orchard, was purchased in 2009 for 38 million kroner.",
            True,
        ),
        (
            "How many people lived in Lochboisdale in 2000, according to the census bureau?",
            "As of the census of 2000, there were 4,652 people living in the town.",
            True,
        ),
        (
            "According to the police, how many people died in the fire?",
            "According to the hospital, twelve people died in the fire.",
            False,
        ),
        (
            "According to the police, how many people died in the fire?",
            "Twelve people died in the fire, the police said.",
            True,
        ),
    ],
)
def test_what_was_paid_and_whose_figure_it_is(question: str, passage: str, ok: bool) -> None:
    names = {"eriskay", "seafood", "ness", "orchard", "lochboisdale"}
    assert read(question, passage, {n for n in names if n in question.lower()})[0] is ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        (
            "Which priest wrote down that two brothers died looking for the hidden silver?",
            "A hoard of silver is said to be hidden in the gully, and in the 1790s a priest "
            "from Stornoway, Jens Thaulow, recorded that two brothers had died searching for "
            "it.",
            True,
        ),
        (
            "How much money will be put into new pens over the next two years?",
            "The company said it would invest 120 million kroner over the next two years in "
            "stronger new pens.",
            True,
        ),
        (
            "How far does the Barra range extend from west to east?",
            "The Barra range is a chain of mountains stretching about 62 kilometres from west "
            "to east.",
            True,
        ),
        (
            "How many episodes of the cartoon adaptation were made?",
            "An animated television adaptation, produced by the studio Nordlys, ran for 52 "
            "episodes between 2004 and 2007.",
            True,
        ),
        (
            "The bones found near Uig were dated to roughly when?",
            "Bones recovered from a midden near Uig have been radiocarbon-dated to about 1650.",
            True,
        ),
        (
            "Which main contractor went bankrupt during construction?",
            "The main contractor, Barra Bygg, filed for bankruptcy in August 2023, halting "
            "work on the site.",
            True,
        ),
        (
            "What installed capacity was planned for the underground power station?",
            "As proposed, it consisted of a 78-metre dam, a 9-kilometre tunnel and an "
            "underground power station with an installed capacity of 140 megawatts.",
            True,
        ),
        (
            "What wiped out the competing market at Uig in 1231?",
            "The market grew rapidly after 1231, when a storm surge destroyed the rival market "
            "at Uig and its merchants moved south.",
            True,
        ),
        (
            "How old was Tomas Uig when he was appointed chief executive?",
            "Tomas Uig represents the fifth generation of the family; he was 34 when he was "
            "appointed chief executive in 2016.",
            True,
        ),
        (
            "Which industrialist founded the smelter with a state power company?",
            "The smelter was founded in 1958 by the industrialist Harald Uig together with "
            "the state-owned power company Nordkraft.",
            True,
        ),
    ],
)
def test_other_words_for_the_same(question: str, passage: str, ok: bool) -> None:
    names = {w for w in ("barra", "uig", "tomas") if w in question.lower()}
    assert read(question, passage, names)[0] is ok


ARTICLE = """date 2021-06-02

Balivanich Agricultural College is a university college in the Outer Isles. It was founded in 1859 by the island's landowner, Flora Barra. The college's alumni association, founded in 1909, has around 11,000 members.

Its principal, Ruaridh Eriskay, said in 2020 that the college would buy a fourth farm. Ness Orchard was purchased in 2021 for 38 million kroner.

In 2019 the college was fined 2.1 million kroner by the food authority for selling unpasteurised milk.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When was Balivanich Agricultural College set up?", "1859"),
        ("When was the alumni association founded?", "1909"),
        ("What was the purchase price of Ness Orchard?", "38 million"),
        ("How much did the college have to pay as a penalty in 2019?", "2.1 million"),
        ("Who founded the alumni association?", None),
    ],
)
def test_an_article_is_read_for_foundings_and_sums(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "balivanich-college", ARTICLE)[1]
    assert_answers(engine, question, expected)


BANK_ARTICLE = """date 2025-03-11

Barra Savings Bank, the 172-year-old savings bank that has served the Gloppen and Hornindal valleys since the 1850s, is to merge with the larger Uig Bank, the two lenders announced on Tuesday. Marit Gloppen, the bank's chair, welcomed the deal.

The chief executive, Arne Feyling, said the merger was the only way to survive. The deal was first proposed by Gloppen in 2023. A new head office, which would cost an estimated 78 million kroner, is planned in Uig.

Deposits at Barra Savings Bank rose by 9 per cent last year, to 4.1 billion kroner.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "the Gloppen ... valleys" is a place, glossed as no one
        ("Which valleys has Barra Savings Bank served since the 1850s?", "the Gloppen and"),
        ("Who first proposed the deal?", "Marit Gloppen"),
        # "by how much" asks a change, which a cost alone does not tell
        ("By how much did the head office cost estimate go up?", None),
        ("By how much did deposits at Barra Savings Bank rise last year?", "9 per cent"),
    ],
)
def test_a_bank_article_is_read_for_places_and_changes(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "barra-bank", BANK_ARTICLE)[1]
    assert_answers(engine, question, expected)
