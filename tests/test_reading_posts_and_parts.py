"""Who holds a post now, what a part of a whole is, and whose a name, a count or a date is:

- "the first chairman of the Achnasheen Conservation Board" ranks a chairman: "The
  board's first chairman was X" answers it (an ordinal counts nothing);
- "the club now known as X" names the club and asks nothing of now; "what did Queen X
  found" is to found, not to find; "the original name" asks a name the passage gives;
- "which war did the treaty end" needs a war's name, "what was the wingspan", "the
  height" or "the alcohol strength" a measure ("a ten-seat amphibian" is none, "1,102 m"
  is one: a spaced "m" after a number is metres, not a million);
- "who chairs the authority" is not answered by holders whose terms all ended, while
  "who was the first woman to head it" is, by "He was followed by X and by Y, the first
  ..."; "who took over as editor" has a post after "as", no object;
- "how many people live in the village of X" is not "11,500 live within the park, mostly
  in the villages of X and Y", nor a count of "the Riverside and X districts" one of X's
  (but it is one of the town they are in); "the K4" is a road's name, its 4 no number;
- a subject named before both of two opposite acts is no sign of which is asked; a buyer
  is told from the seller's side past an apposition; a thing named only as what another
  is compared with ("second only to X"), or as what a new charter will replace, has no
  date or share there, and "Y is the second-largest, after X" makes X the larger; an archive that "opened a reading room" did not open itself;
- a birth beside another name is that one's ("one daughter, Catriona, born in 1963"), and
  a name of common words ("Clashnessie Abbey") is no surname shared with "Morwen Abbey";
- in an article, "the park" after a park it was compared with is still its own, "the
  860-bed hospital" is the one named before, "the Health Workers' Union (HWU)" is a body's
  name, the club's article's stadium is the club's, "Four walkers" answers who (naming no
  one), and what the chief ranger is reported to have said denies nothing of who he is;
- a sentence opening on a full date is set then; "340 animals" counts the martens named
  before it, in a 2019 survey and not a 2008 one; "examples built" counts what was built;
  "first found" is "first recorded", "switched" "converted", and
  jobs "lost" are "the loss of" them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.text import normalize
from tests.news_articles import assert_answers, drafted
from tests.premise_reading import read


def _read(question: str, passage: str) -> bool:
    """Whether `passage` answers `question`, whose names are its capitalised words."""
    names = {normalize(w) for w in question.split()[1:] if w[:1].isupper()}
    return read(question, passage, {w for name in names for w in name.split()})[0]


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        # an ordinal ranks: the board's first chairman is the asked one
        (
            "Who was the first chairman of the Achnasheen Conservation Board?",
            "The board's first chairman was the retired headmaster Owen Aultbea; he was "
            "succeeded in 2004 by the ecologist Dr. Mairi Badachro.",
            True,
        ),
        # "found" after "did" is to found
        (
            "What institution did Queen Isolde found in 1271?",
            "Isolde founded the University of Melvaig in 1271, the oldest in the kingdom.",
            True,
        ),
        (
            "What institution did Queen Isolde found in 1271?",
            "Isolde visited the University of Melvaig in 1271, the oldest in the kingdom.",
            False,
        ),
        # a measure's noun needs the measure, with its unit
        (
            "What was the wingspan of the Kestrel amphibian?",
            "The firm's best-known type was the Kestrel, a ten-seat amphibian built for "
            "services to islands and lakes.",
            False,
        ),
        (
            "What was the wingspan of the Kestrel amphibian?",
            "The Kestrel, a ten-seat amphibian, had a wingspan of 17 metres.",
            True,
        ),
        (
            "What is the height of Opinan, the island's older volcanic centre?",
            "A second, older volcanic centre, Opinan (1,102 m), occupies the western third "
            "of the island.",
            True,
        ),
        (
            "What is the height of Opinan, the island's older volcanic centre?",
            "A second, older volcanic centre, Opinan, occupies the western third of the "
            "island, with four craters.",
            False,
        ),
        # a part of a whole, set apart by "mostly in"
        (
            "How many people live in the village of Aultbea?",
            "Around 11,500 people live within the park, mostly in the villages of Aultbea and "
            "Badachro.",
            False,
        ),
        (
            "How many people live in the village of Aultbea?",
            "Around 1,500 people live in the village of Aultbea.",
            True,
        ),
        # the subject before both acts: the cut is its own
        (
            "How many jobs did Melvaig say it would cut?",
            "Melvaig, the battery start-up that raised $48 million from investors last "
            "autumn, said on Wednesday it would cut 140 jobs.",
            True,
        ),
        # a buyer told from the seller's side, past an apposition
        (
            "How much did the Badachro Co-operative pay for the rights?",
            "In 1921 the estate sold the rights to a newly formed body, the Badachro "
            "Co-operative, for £3,400.",
            True,
        ),
        (
            "How much did the Badachro Co-operative pay for the rights?",
            "In 1921 the estate sold the rights to a newly formed body, the Opinan Trust, "
            "for £3,400, a sum lent by the Badachro Co-operative.",
            False,
        ),
    ],
)
def test_posts_parts_measures_and_ranks(question: str, passage: str, ok: bool) -> None:
    assert _read(question, passage) is ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        # a sentence opening on a full date or a year is set then, however long it runs
        (
            "On what date was the Battle of Aultbea Ford fought?",
            "On 3 September 1487 the royal army was defeated at the Battle of Aultbea Ford, "
            "and the king was killed in the fighting.",
            True,
        ),
        (
            "On what date was the Battle of Aultbea Ford fought?",
            "The royal army was defeated at the Battle of Aultbea Ford, and the king was "
            "killed in the fighting; his body was never recovered.",
            False,
        ),
        # "340 animals" counts the martens the sentence named before it
        (
            "How many pine martens were estimated to live in the park in 2019?",
            "The park is home to the largest population of pine martens in the country, "
            "estimated at 340 animals in 2019.",
            True,
        ),
        (
            "How many otters were estimated to live in the park in 2019?",
            "The park is home to the largest population of pine martens in the country, "
            "estimated at 340 animals in 2019.",
            False,
        ),
        # "who took over as editor": what follows "as" is the post, no object of "took over"
        (
            "Who took over as editor of the Aultbea Courier when Mairi Opinan stepped down?",
            "She (Mairi Opinan) stepped down in 2017 and was succeeded by Ewan Badachro, "
            "formerly the paper's sports editor.",
            True,
        ),
    ],
)
def test_dates_creatures_and_posts(question: str, passage: str, ok: bool) -> None:
    assert _read(question, passage) is ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        # "the original name" asks a name the passage must give
        (
            "What was the original name of the Aultbea Institute of Technology?",
            "The original Quarry Street building of the Aultbea Institute of Technology was "
            "not demolished; it now houses the institute's museum.",
            False,
        ),
        (
            "What was the original name of the Aultbea Institute of Technology?",
            "The Aultbea Institute of Technology was founded in 1871 as the Aultbea School of "
            "Mines.",
            True,
        ),
        (
            "What was the Badachro club's original name?",
            "The Badachro club was originally named Aultbea Dockers.",
            True,
        ),
        # a thing named only as what another is compared with is dated by nothing there
        (
            "In what year was Melvaig Abbey founded?",
            "Founded in 1147 by monks from Opinan, Badachro Abbey became one of the "
            "wealthiest houses in the region, second only to Melvaig Abbey.",
            False,
        ),
        (
            "In what year was Badachro Abbey founded?",
            "Founded in 1147 by monks from Opinan, Badachro Abbey became one of the "
            "wealthiest houses in the region, second only to Melvaig Abbey.",
            True,
        ),
        # an archive that opened a reading room did not open itself then
        (
            "When did the Aultbea Maritime Archive first open?",
            "The records are held at the Aultbea Maritime Archive, which opened a dedicated "
            "reading room for them in 1962.",
            False,
        ),
        (
            "When did the Aultbea Maritime Archive first open?",
            "The Aultbea Maritime Archive opened its doors to the public in 1962.",
            True,
        ),
        # ... but a programme of road building begun is the road building's beginning
        (
            "When did the road building begin?",
            "In 1820 the county council began a programme of road building across the valley.",
            True,
        ),
        # a birth beside another name is that one's
        (
            "In what year was the painter Ewan Melvaig born?",
            "In 1961 she married the painter Ewan Melvaig; they had one daughter, Catriona, "
            "born in 1963.",
            False,
        ),
        (
            "In what year was the painter Ewan Melvaig born?",
            "The painter Ewan Melvaig, born in 1931, married her in 1961.",
            True,
        ),
        # a count of two districts together is no count of one
        (
            "How many Opinan residents were evacuated?",
            "About 1,900 residents of the low-lying Badachro and Opinan districts were "
            "evacuated overnight.",
            False,
        ),
        # ... but the town the districts are in counts them all
        (
            "About how many residents of Opinan were evacuated?",
            "About 1,900 residents of the low-lying Riverside and Millhaven districts of "
            "Opinan were evacuated overnight.",
            True,
        ),
        # "the K4" is a road's name: its 4 is no number the passage must give
        (
            "How many drivers were stranded on the K4 overnight?",
            "Police said about 340 drivers had been stranded overnight on the motorway.",
            True,
        ),
        # "Y is the second-largest, after X": X is the larger, and nothing is larger than X
        (
            "Which stadium in the league is larger than Melvaig Park?",
            "Melvaig Park is the second-largest stadium in the league, after the "
            "18,500-capacity Aultbea Arena.",
            True,
        ),
        (
            "Which stadium in the league is larger than the Aultbea Arena?",
            "Melvaig Park is the second-largest stadium in the league, after the "
            "18,500-capacity Aultbea Arena.",
            False,
        ),
        # what the new charter won is not the old law's
        (
            "What percentage of voters approved the 1971 Basic Law?",
            "Voters have approved a new constitution, with 58.4 percent backing the charter "
            "that will replace the 1971 Basic Law.",
            False,
        ),
        (
            "What percentage of voters approved the new constitution?",
            "Voters have approved a new constitution, with 58.4 percent backing the charter "
            "that will replace the 1971 Basic Law.",
            True,
        ),
        # a strength is a measure the passage must give
        (
            "What was the alcohol strength of Harbour Porter during the war?",
            "During the war restrictions on grain forced the brewery to reduce the strength of "
            "its beers, and Harbour Porter was not brewed at all.",
            False,
        ),
    ],
)
def test_names_comparisons_births_and_replacements(question: str, passage: str, ok: bool) -> None:
    assert _read(question, passage) is ok


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "How many examples of the Kestrel were built?",
            "The Kestrel entered production in 1961 and became the firm's best-selling type, "
            "with 1,130 built over twenty-two years.",
        ),
        (
            "In what year were ruffe first found in Loch Achnasheen?",
            "Ruffe were first recorded in the loch in 1974.",
        ),
        (
            "When did the Aultbea Courier switch to the tabloid format?",
            "The Aultbea Courier converted to the tabloid format in 1996.",
        ),
        (
            "How many jobs will be lost when the Aultbea plant closes?",
            "The company will close its Aultbea plant next year with the loss of 420 jobs.",
        ),
    ],
)
def test_other_words_for_the_asked_thing(question: str, passage: str) -> None:
    assert _read(question, passage)


PARK_ARTICLE = """date 2021-08-02

Achnasheen National Park is a national park in the north of the country, covering 1,140 square kilometres of moor and forest.

Established on 19 May 1957, it was the country's third national park, and it remains the second-largest, smaller only than Opinan Forest National Park.

Carn Melvaig, at 1,047 metres, is the highest point in the park.

Around 11,500 people live within the park, mostly in the villages of Aultbea and Badachro.

The park is administered by the Achnasheen National Park Authority, a body of 18 members. Its first chairman was Hugh Opinan.

He was followed by Ewan Aultbea (1969-1988) and by Mairi Badachro (1988-2011), the first woman to lead the authority.

In 2018 a wildfire on the slopes of Carn Melvaig burned 620 hectares of heather moor.

Four walkers were injured in a rockfall on the ridge in 2019.

The chief ranger of the park, Calum Aultbea, said he had never seen a drier summer.

The park is home to the largest population of pine martens in the country, estimated at 340 animals in a 2019 survey, and to ospreys, which returned in 2008.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "the park" after a park it was compared with is still its own
        ("What is the highest point in Achnasheen National Park?", "Carn Melvaig"),
        ("What is the highest point in Opinan Forest National Park?", None),
        # a count of the park's people, most of them in two villages
        ("How many people live in the village of Aultbea?", None),
        ("How many people live within Achnasheen National Park?", "11,500"),
        # all terms of office named ended years before: no one named chairs it now
        ("Who chairs the Achnasheen National Park Authority?", None),
        ("Who was the first woman to head the Achnasheen National Park Authority?", "Badachro"),
        ("How many hectares did the 2018 wildfire burn?", "620"),
        # "Four walkers" answers who, though it names no one
        ("Who was injured in the 2019 rockfall?", "four walkers"),
        ("How many walkers were injured in the 2019 rockfall?", "four walkers"),
        # what he is reported to have said denies nothing of who he is
        ("Who is the chief ranger of Achnasheen National Park?", "Calum Aultbea"),
        # "340 animals" counts the martens, in 2019's survey and no other
        ("How many pine martens were estimated to live in the park in 2019?", "340"),
        ("How many pine martens were counted in the park's 2008 survey?", None),
    ],
)
def test_a_park_article_is_read_for_its_own_posts_and_parts(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "achnasheen-national-park", PARK_ARTICLE)[1]
    assert_answers(engine, question, expected)


STRIKE_ARTICLE = """date 2024-10-09

About 2,300 nurses and porters at Achnasheen General Hospital walked out on Wednesday at the start of a 72-hour strike over pay.

The strike, called by the Health Workers' Union (HWU), is the first by nurses at the 860-bed hospital since it opened in 1974.

The union is demanding a 9 per cent rise for the 2024-25 financial year.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "the 860-bed hospital" is the one named before it
        ("How many beds does Achnasheen General Hospital have?", "860-bed"),
        ("In what year did Achnasheen General Hospital open?", "1974"),
        # a name of common words with its initials after it is a body's: "the union" is it
        ("What pay rise is the Health Workers' Union demanding?", "9 per cent"),
    ],
)
def test_a_strike_report_is_read_for_its_hospital_and_union(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "achnasheen-strike", STRIKE_ARTICLE)[1]
    assert_answers(engine, question, expected)


MINE_ARTICLE = """date 2024-10-15

AULTBEA, Oct 15 (Wire) - Two miners were killed when a section of rock collapsed at Melvaig Resources Ltd's Opinan copper mine on Tuesday, the company said.

Three other workers were rescued from the eastern shaft after six hours.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "Two miners" is a count, no name of a part of the mine
        ("In which part of the Opinan copper mine did the rock collapse?", None),
        ("How many miners were killed at the Opinan copper mine?", "Two miners"),
    ],
)
def test_a_mine_report_names_no_part_by_its_count(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "opinan-mine", MINE_ARTICLE)[1]
    assert_answers(engine, question, expected)


CLUB_ARTICLE = """date 2023-05-14

Badachro Athletic Football Club is a professional football club based in the port town of Badachro.

The club was founded on 3 September 1891 at a meeting in the Ship Inn, under the name Aultbea Dockers.

It plays its home matches at the Melvaig Stadium, which holds 14,200 spectators.

The stadium was designed by the architect Helen Opinan and cost £21 million.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "now known as" names the club; the founding is long past and still its answer
        ("When was the club now known as Badachro Athletic founded?", "3 September 1891"),
        # the stadium of the club's own article is the club's
        ("How much did it cost to build Badachro's Melvaig Stadium?", "£21 million"),
        ("Who designed Badachro's Melvaig Stadium?", "Helen Opinan"),
    ],
)
def test_a_club_article_is_read_for_its_own_stadium_and_founding(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "badachro-athletic", CLUB_ARTICLE)[1]
    assert_answers(engine, question, expected)
