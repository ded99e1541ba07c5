"""Whose act, son or founding a sentence tells, and what bounds a figure without denying it:

- "in what year did Margaret die" is not answered by "after Angus's death in 1921 the firm
  was run by his daughter, Margaret", nor "what was the name of Angus's only son" by "Angus's
  only son died in 1889", nor "when was the distillery established" by "it was merged with
  two others to form Ullapool Distillers";
- "the priest-led congregation" is not "the priestless congregation" (and the hyphenated
  word is no typo for it), "how long is the rampart" not "a bank about 3 metres high", and
  "in 2016" is not the year of "the lowest total since 2016";
- "can last no longer than one hour" denies nothing; "the first female head" is "the first
  woman to lead"; "planned operations" are things, asked of as such; "its final 10 percent
  holding" is "its last 10 percent holding", no title numbered 10;
- "the schooner Gairloch" names the training ship; "a jail" is a prison, "researched" is
  studied, "donated" money paid for it, "taken down" is removed, "passed through" handled,
  "shut its doors" closed, "elected" chosen and "proposed" recommended; "what name do
  older maps give it" and "the race held at the opening" ask no giving or holding;
  "to which country did he emigrate" asks a country's name, which "emigrated" alone lacks;
- a count in "the North Pier Battery, which mounted four guns" is that battery's, one of
  "four cemeteries, known as A, B, C and D, together" is none of theirs, "the most notable
  finds" find nothing, "released in 2009, is also registered in Norway" dates no
  registration, and a sum beside "which was renovated in 2012" is no renovation's;
- "when did the first X take place" asks its first edition, which neither "broadcast since
  1999" nor "crews were found to have used" gives; "learned cheesemaking in Denmark" names
  no Danish town, "delayed because the trestle was demolished" tells no reason for the
  demolition, and "taken out of" is denied by "added".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.news_articles import assert_answers, drafted
from tests.premise_reading import read

NAMES = {"margaret", "lochinver", "angus", "ullapool", "gairloch", "applecross", "plockton"}


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        # ... asked who, the possessive tells the kin: Margaret's brother is Angus
        (
            "Who was Margaret's brother?",
            "The laird married Angus's sister Margaret in 1702.",
            True,
        ),
        (
            "What was the name of Angus Lochinver's only son?",
            "Angus's only son died in 1889, and two years later the family sold the firm.",
            False,
        ),
        (
            "What was the name of Angus's only son?",
            "Angus's only son, Ewan, died in 1889.",
            True,
        ),
        (
            "What was the name of Margaret's husband?",
            "Since 1955 the winning crew has been given the Scourie Oar, donated by Margaret "
            "in memory of her husband, who had drowned in the sound.",
            False,
        ),
        (
            "What was the name of Margaret's husband?",
            "The oar was donated by Margaret in memory of her husband, Ewan Lochinver.",
            True,
        ),
        (
            "When was the distillery established?",
            "The distillery was established in 1843 by a miller.",
            True,
        ),
    ],
)
def test_whose_son_and_kin(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, {n for n in NAMES if n in question.lower()})[0] is ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        (
            "To which branch of the priest-led church does the village belong?",
            "The village belongs to the Pomorian branch of the priestless church.",
            False,
        ),
        (
            "To which branch of the priestless church does the village belong?",
            "The village belongs to the Pomorian branch of the priestless church.",
            True,
        ),
        (
            "How long is the prehistoric rampart?",
            "The approach was cut off by a ditch up to 6 metres deep and a rampart, still "
            "visible as a bank about 3 metres high.",
            False,
        ),
        (
            "How long is the prehistoric rampart?",
            "The prehistoric rampart is about 3 metres high and runs for 400 metres.",
            True,
        ),
        (
            "How long is the festival?",
            "The festival lasts three days, and its stage is 3 metres high.",
            True,
        ),
        (
            "How long can a warning strike last?",
            "A warning strike can last no longer than one hour.",
            True,
        ),
        (
            "How long can a warning strike last?",
            "A warning strike is no longer allowed.",
            False,
        ),
    ],
)
def test_opposites_measures_and_bounds(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, set())[0] is ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        (
            "Who was the first female head of the theatre?",
            "Mirren Applecross, who became artistic director in 1949, was the first woman "
            "to lead the theatre.",
            True,
        ),
        (
            "Who was the first female head of the theatre?",
            "Mirren Applecross was the first woman to act at the theatre.",
            False,
        ),
        (
            "How many patients were on the waiting list for planned operations this January?",
            "The waiting list for planned operations rose from 11,200 patients last "
            "January to 14,650 this January.",
            True,
        ),
        (
            "What was the planned opening date of the hall?",
            "The hall opened on 3 May 1998.",
            False,
        ),
        (
            "What price did the state get for its final 10 percent holding?",
            "In 2019 the state sold its last 10 percent holding for 31 million euros.",
            True,
        ),
        (
            "What was the school's training vessel called?",
            "Its training ship, the schooner Gairloch, was launched in 1879.",
            True,
        ),
        (
            "Until which year did the fort serve as a jail?",
            "The fort was used as a prison, a role it kept until 1974.",
            True,
        ),
        (
            "Which linguist researched the dialect in the 1990s?",
            "The dialect was studied in the 1990s by the linguist Isla Plockton.",
            True,
        ),
        (
            "Whose money paid for the prayer house?",
            "The prayer house was rebuilt in brick with money donated by the merchant Ewan "
            "Plockton.",
            True,
        ),
        (
            "In which year was the rood screen removed?",
            "During the Reformation the rood screen was taken down in 1549.",
            True,
        ),
        (
            "What name do older maps give to Gairloch Falls?",
            "Gairloch Falls (in older maps the Great Weir) is a waterfall on the Ewe.",
            True,
        ),
        (
            "Who won the two-man race held when the track opened?",
            "The track opened in 1986 with a two-man race won by the local pair Ewan "
            "Plockton and Iain Ross.",
            True,
        ),
    ],
)
def test_other_words_and_things_named(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, {n for n in NAMES if n in question.lower()})[0] is ok


ARTICLE = """date 2025-09-16

Hotels in Applecross registered 412,000 overnight stays between June and August, down from 479,000 in the same period of 2024. It is the lowest summer total since 2016, leaving aside the pandemic years. Average hotel occupancy fell to 61 per cent from 72 per cent.

The Applecross Old Believers (Staroobryadtsy) belong to the Pomorian branch of the priestless Old Believers, which has no ordained clergy.

Ewan Plockton, the founder of the Applecross theatre, left the town in 1944, during the Second World War, and emigrated; he died in exile in 1967. His successor, Isla Gairloch, emigrated to Canada in 1951.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was the average hotel occupancy?", "61 per cent"),
        # "since 2016" measures from that year; the sentence after it is set now
        ("What was the average hotel occupancy in 2016?", None),
        # the hyphenated word is written so, no slip for "priestless"
        ("Which branch of the priest-led Old Believers do they belong to?", None),
        ("Which branch of the priestless Old Believers do they belong to?", "Pomorian"),
        # "to which country" asks for a country's name, which "emigrated" alone gives none
        ("To which country did Ewan Plockton emigrate in 1944?", None),
        ("To which country did Isla Gairloch emigrate?", "Canada"),
    ],
)
def test_an_article_is_read_for_years_set_and_hyphenated_words(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "applecross-summer", ARTICLE)[1]
    assert_answers(engine, question, expected)


BREWERY_ARTICLE = """date 2021-03-15

The Ullapool Brewery is a brewery in the town of Ullapool. Founded in 1843, it is one of the oldest breweries in the country still operating on its original site.

The brewery was founded by Angus Lochinver, a miller. Angus's only son died in 1889, and two years later the family sold the brewery to Hugh Poolewe, a grain merchant, for 210,000 marks.

After Hugh's death in 1921 the company was run by his daughter, Margaret Poolewe, one of very few women to manage a brewery at the time.

In 1948 the brewery was merged with two smaller plants to form Ullapool State Brewery No. 3.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the death is Hugh's, the founding Ullapool State Brewery's, the son unnamed
        ("In what year did Margaret Poolewe die?", None),
        ("When was the brewery established?", "1843"),
        ("What was the name of Angus Lochinver's only son?", None),
        ("When did Angus's only son die?", "1889"),
    ],
)
def test_a_brewery_article_is_read_for_whose_act_it_tells(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "ullapool-brewery", BREWERY_ARTICLE)[1]
    assert_answers(engine, question, expected)


FINDS_ARTICLE = """date 2021-06-14

The seaward approaches to Gairloch were covered by the Durness Battery on the western headland and by the North Pier Battery, which mounted four 280 mm guns in armoured turrets.

Among the most notable finds at Gairloch are the two Scourie picture stones, which were found in 1930 in the Poolewe cemetery. In 2014 a hoard of 317 silver coins was discovered by a metal-detectorist near the river bank. The four cemeteries, known as Achmore, Inverasdale, Poolewe and Mellon, together contain an estimated 1,000 graves.

The oat Gairloch Gold, released in 2009, is also registered in Norway and Sweden.

The harbour terminal, which was built in 1974 and renovated in 2012, has been fitted with new security scanners costing 1.1 million pounds.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a count in a "which" clause is the named thing's before it
        ("How many guns were mounted at the Durness Battery?", None),
        ("How many guns were mounted at the North Pier Battery?", "four 280 mm guns"),
        # "the most notable finds" is no finder; "a metal-detectorist" names none
        ("Who found the two picture stones in 1930?", None),
        ("What was the name of the metal-detectorist who discovered the coin hoard?", None),
        # four cemeteries counted together are no count of one of them
        ("How many graves are in the Poolewe cemetery?", None),
        ("How many graves do the cemeteries contain in total?", "1,000"),
        # the year dates its release, not its registration
        ("In what year was the oat Gairloch Gold registered in Norway?", None),
        ("In what year was the oat Gairloch Gold released?", "2009"),
        # the renovation is dated in an aside, the sum is the scanners'
        ("How much did the 2012 renovation of the terminal cost?", None),
        ("How much did the new security scanners cost?", "1.1 million"),
    ],
)
def test_an_article_of_finds_is_read_for_whose_count_year_and_sum(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "gairloch-finds", FINDS_ARTICLE)[1]
    assert_answers(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        # people counted where they live need not be said to reside there
        (
            "How many people resided in the town in 1900?",
            "In 1900 the town had 4,100 inhabitants.",
            True,
        ),
    ],
)
def test_people_counted_where_they_live(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, set())[0] is ok


LOCH_ARTICLE = """date 2016-05-20

Loch Achall, also called the Achall Water and, by older fishermen, the Grey Loch, is a shallow freshwater loch north of the town of Ullapool. It has a maximum depth of 3.2 metres. It is fed by two streams, the Rhidorroch and the Ardcharnich, and drains into the sea through the Achall Channel, a waterway that was straightened in 1896.

Achall Wine Hill is a terraced hill on the left bank of the River Rhidorroch, at the western edge of Ullapool. The town's airport lies six kilometres away from the town centre.

The Ullapool Port Company handled 6.8 million tonnes of cargo in 2024. The board proposed a dividend of 40 cents per share. A ducal roll of 1592 records that the fishermen of Achall delivered 3,000 salmon to the castle kitchen as rent.

The Ullapool library closed to the public in August 2023. In 2004 Anna Scourie became the first woman elected harbour master.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a definition whose aside of other names holds commas still defines "the loch"
        ("How deep is the loch at its deepest point?", "3.2 metres"),
        # phrases and other words for one act
        ("How much cargo passed through the port in 2024?", "6.8 million tonnes"),
        ("What dividend per share has the board recommended?", "40 cents"),
        ("When did the Ullapool library shut its doors?", "August 2023"),
        ("Who was the first woman to be chosen as harbour master?", "Anna Scourie"),
        ("Who was the first woman to be paid as harbour master?", None),
        # "in charge of straightening" asks who straightened it, which a passive never says
        ("Who was in charge of straightening the Achall Channel in 1896?", None),
    ],
)
def test_a_loch_article_is_read_for_other_words_and_places(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "loch-achall", LOCH_ARTICLE)[1]
    assert_answers(engine, question, expected)


COOPERATIVE_ARTICLE = """date 2021-11-03

The Scourie Dairy Cooperative was registered on 2 April 1908, with Johan Kinlochbervie, a retired ship's carpenter who had learned cheesemaking in Denmark, as its first manager. Its first chairman, Edvin Durness, had studied agriculture at Aarhus in Denmark.

The society has long proposed reopening the branch line towards Laxford, but the plans have been delayed because the timber trestle was demolished in 1967 and would have to be rebuilt. The eastern section survived intact because it lay in a zone that the commission never inspected.

The reserve was established by decree on 1 March 1994, and it was added to the Natura 2000 network in 1998.

The last recorded meeting on the green was held on 2 July 1611.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "in Denmark" alone names no Danish town; "at Aarhus in Denmark" does
        ("In which Danish town did Johan Kinlochbervie learn to make cheese?", None),
        ("In which Danish town did Edvin Durness study agriculture?", "Aarhus"),
        # what a "because" clause tells is the cause of something else, not explained
        ("Why was the timber trestle pulled down in 1967?", None),
        ("Why have the plans been delayed?", "because the timber trestle"),
        ("Why did the commission never inspect the eastern zone?", None),
        # "taken out" is removed, which "added" denies
        ("In what year was the reserve taken out of the Natura 2000 network?", None),
        ("In what year was the reserve added to the Natura 2000 network?", "1998"),
        # "recorded" describes the meeting; "held on 2 July 1611" dates it
        ("On what date did the last recorded meeting on the green take place?", "2 July 1611"),
    ],
)
def test_a_cooperative_article_is_read_for_countries_causes_and_removals(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "scourie-cooperative", COOPERATIVE_ARTICLE)[1]
    assert_answers(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        # "the first X take place" asks for its first edition, which the passage must give
        (
            "When did the first Ullapool Regatta take place?",
            "It has been broadcast live on regional television since 1999.",
            False,
        ),
        (
            "When did the first Ullapool Regatta take place?",
            "The first Ullapool Regatta took place on 6 July 1952.",
            True,
        ),
        # ... or its founding, which "crews were found to have used" is not
        (
            "When was the first Ullapool Regatta held?",
            "In 2011 two crews were found to have used carbon oars, and their results were "
            "annulled.",
            False,
        ),
        ("When was the first Ullapool Regatta held?", "The regatta was founded in 1952.", True),
    ],
)
def test_a_first_edition_asked_of_an_event(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, {"ullapool", "regatta"})[0] is ok
