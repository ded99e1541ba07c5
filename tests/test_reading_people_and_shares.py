"""Whose share, count, post, kin or death a sentence gives, and other words it says them in:

- "what percentage of the plant's carbon dioxide emissions" is not "60 per cent of the
  plant's hydrogen sulphide emissions" (but "Swedish pupils" are "Swedish students");
- a population counts people and an attendance its crowd: not "200 small earthquakes"
  (nor the "3.4" of "measured 3.4 on the Richter scale", nor "in 2011, residents ...") and
  not "38 concerts streamed";
- "what profit" and "what circulation" ask a measure the passage must name: a revenue or
  "reduced to two pages" is none;
- "how old is the outgoing mayor" is not the deputy mayor's age who became acting mayor;
- "the originally estimated cost" is not what "more than twice the original estimate"
  says, and "how many died in the collapse" not "22 killed during construction, most of
  them in a collapse";
- "when did Jakob X die" is not "Anton X died in 1926, and Jakob, who ...", nor "who was
  X's wife" "his marriage to X's niece";
- "to whom did they sell it" is not answered by "sold to a private owner", "by how much
  did the shares fall" is by "dropped 11 per cent", "won the cup five times" counts cups,
  "visitors under 18" counts no visitors, and "at one time" is no number;
- "what is the length of the pier" asks a distance, "the largest cracks" are as wide as
  "up to 4 millimetres", "the engineer that planned the route" laid it out, and "she had
  no children, her executors sold it" denies no executors;
- "the centenary of his birth" dates no birth, "the trophy, founded in 1894," founds no
  club, and a tonnage is a measure the passage must give;
- "detained" is "arrested", "depend on" is "rely on", "step down" is "resign",
  "inaugurated" is "opened", "settled" is "occupied", "led" is "commanded", "hit" is
  "struck", "brought out" is "introduced", "drew 3,400 people" is how many attended, "of
  40 tons" is how heavy, and "how much money" is a sum of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.news_articles import assert_answers, drafted
from tests.premise_reading import read

NAMES = {"kinlochewe", "diabaig", "lochcarron", "sanachan", "fearnmore", "jakob", "anton"}
NAMES |= {"eirik", "ragnhild", "anna"}


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        (
            "What percentage of the plant's carbon dioxide emissions does the scheme remove?",
            "The company says the scheme removes about 60 per cent of the plant's hydrogen "
            "sulphide emissions.",
            False,
        ),
        (
            "What percentage of the plant's carbon dioxide emissions does the scheme remove?",
            "The company says the scheme removes about 60 per cent of the plant's carbon "
            "dioxide emissions.",
            True,
        ),
        (
            "About what percentage of Swedish students attended private schools in 2008?",
            "Over 10% of Swedish pupils were enrolled in private schools in 2008.",
            True,
        ),
        (
            "What is the population of Lochcarron?",
            "In 2011, residents of Lochcarron, a village four kilometres to the south, "
            "reported more than 200 small earthquakes, the strongest of which measured 3.4 on "
            "the Richter scale.",
            False,
        ),
        (
            "What is the population of Lochcarron?",
            "Lochcarron, a village four kilometres to the south, has a population of 640.",
            True,
        ),
        (
            "What was the attendance at the 2021 festival?",
            "The 2021 festival was held online, with 38 concerts streamed from empty venues.",
            False,
        ),
        (
            "What was the attendance at the 2021 festival?",
            "The 2021 festival drew a record attendance of 9,400.",
            True,
        ),
        (
            "What profit did Fearnmore Ferries make last year?",
            "Last year revenue at Fearnmore Ferries rose slightly, to 231 million kronur.",
            False,
        ),
        (
            "What profit did Fearnmore Ferries make last year?",
            "Fearnmore Ferries made a profit of 12 million kronur last year.",
            True,
        ),
        (
            "What was the Sanachan Gazette's circulation in the 1940s?",
            "During the paper shortage of the 1940s the Sanachan Gazette was reduced to two pages.",
            False,
        ),
        (
            "What was the Sanachan Gazette's circulation in the 1940s?",
            "In the 1940s the Sanachan Gazette had a circulation of 4,000.",
            True,
        ),
        (
            "How old is the outgoing mayor?",
            "Under the city charter, deputy mayor Anna Diabaig, 44, took over as acting mayor.",
            False,
        ),
        (
            "How old is the outgoing mayor?",
            "The mayor, Ross Diabaig, 58, announced his resignation on Tuesday.",
            True,
        ),
        (
            "What was the originally estimated cost of the Kinlochewe barrier?",
            "The Kinlochewe barrier was completed in 1986 at a cost of 2.4 billion crowns, more "
            "than twice the original estimate.",
            False,
        ),
        (
            "What was the originally estimated cost of the Kinlochewe barrier?",
            "The Kinlochewe barrier was originally estimated to cost 1.1 billion crowns.",
            True,
        ),
        (
            "How many workers died in the 1965 tunnel collapse?",
            "Twenty-two workers were killed during construction, most of them in a tunnel "
            "collapse in 1965.",
            False,
        ),
        (
            "How many workers died in the 1965 tunnel collapse?",
            "Nine workers died in the 1965 tunnel collapse.",
            True,
        ),
        (
            "Who was Eirik Fearnmore's wife?",
            "His claim rested on his marriage to Fearnmore's niece, Ragnhild.",
            False,
        ),
        (
            "Who was Eirik Fearnmore's wife?",
            "Fearnmore's wife, Ragnhild, ruled as regent after his death.",
            True,
        ),
    ],
)
def test_whose_share_count_post_kin_and_death(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, {n for n in NAMES if n in question.lower()})[0] is ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        # "sold to a private owner" names no one the brewery went to
        (
            "To whom did the monastic community sell the brewery?",
            "The monastic community brewed beer for over a century before the brewery was sold "
            "to a private owner in 1869.",
            False,
        ),
        (
            "To whom did the monastic community sell the brewery?",
            "In 1869 the monastic community sold the brewery to Johan Diabaig, a grain merchant.",
            True,
        ),
        # "dropped 11 per cent" says by how much; "fell sharply" does not
        (
            "By how much did the company's shares fall on Tuesday?",
            "The company's shares dropped 11 per cent on Tuesday, their biggest fall since 2011.",
            True,
        ),
        (
            "By how much did the company's shares fall on Tuesday?",
            "The company's shares fell sharply on Tuesday, their biggest fall since 2011.",
            False,
        ),
        # krónur are money; "at one time" is at once, not the number one
        (
            "What price was paid for the Sanachan Gazette in 1991?",
            "In 1991 the family sold the Sanachan Gazette to Nordpress for a sum reported at 14 "
            "million krónur.",
            True,
        ),
        (
            "What was the largest number of workers employed on the site at one time?",
            "At its largest, the site employed 3,400 workers at one time.",
            True,
        ),
        # "won the county cup five times" counts cups; "visitors under 18" counts no one
        (
            "How many county cups did the Vale win between 1971 and 1977?",
            "Under Ross Kinlochewe the Vale won the county cup five times in seven seasons, "
            "between 1971 and 1977.",
            True,
        ),
        (
            "What was the museum's attendance in 2024?",
            "The museum credited free entry for visitors under 18, introduced in April 2024.",
            False,
        ),
        (
            "What was the museum's attendance in 2024?",
            "In 2024 the museum drew 48,000 visitors.",
            True,
        ),
        # "stepping down" is leaving a post, and resigning
        (
            "Who is leaving the post of chief executive?",
            "The company said its chief executive, Alan Kinlochewe, will step down from the post "
            "in the summer.",
            True,
        ),
    ],
)
def test_recipients_changes_sums_and_counts(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, {n for n in NAMES if n in question.lower()})[0] is ok


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        # "the length of the pier" is a distance, not a film's runtime
        ("What is the length of the pier?", "The pier is 430 metres long.", True),
        ("What is the length of the pier?", "The pier was opened in 1871 by the mayor.", False),
        ("What is the length of the film?", "The film runs 118 minutes.", True),
        # a parenthesis's semicolon ends no clause: the railway's length is its own
        (
            "How long is the Kinlochewe Valley Railway?",
            "The Kinlochewe Valley Railway (KVR; Gaelic: Rathad Kinlochewe) is a heritage "
            "railway that runs for 9.4 miles (15.1 km) from the harbour.",
            True,
        ),
        # "up to 4 millimetres wide" is how wide the largest are
        (
            "How wide are the largest of the cracks?",
            "The report found diagonal cracks, some up to 4 millimetres wide, near the piers.",
            True,
        ),
        (
            "How wide are the largest of the cracks?",
            "The report found diagonal cracks near the piers.",
            False,
        ),
        # "the engineer that planned the route" laid it out; no plan since changed
        (
            "Who was the engineer that planned the route?",
            "The engineer Robert Diabaig laid out a route that climbs 680 feet from the sea.",
            True,
        ),
        # "310 metres too long" says by how much it was; "too long" alone does not
        (
            "By how much was the route too long according to the 2005 re-measurement?",
            "In 2005 a re-measurement found that the route had been 310 metres too long.",
            True,
        ),
        (
            "By how much was the route too long according to the 2005 re-measurement?",
            "In 2005 a re-measurement found that the route had been too long.",
            False,
        ),
        # "had no children" denies no executors
        (
            "What price did the trust pay Anna Sanachan's executors?",
            "Because she had no children, her executors sold the property to the trust for "
            "3.2 million pounds.",
            True,
        ),
        ("Who owns the hall?", "The trust is no longer the owner of the hall.", False),
    ],
)
def test_lengths_bounds_plans_and_denials(question: str, passage: str, ok: bool) -> None:
    assert read(question, passage, {n for n in NAMES if n in question.lower()})[0] is ok


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "How many people have the police detained over the theft?",
            "Police have arrested four people in connection with the theft.",
        ),
        (
            "Roughly how many volunteers does the festival depend on?",
            "The festival has one full-time employee and relies on about 600 volunteers.",
        ),
        (
            "Which museum director announced she would resign?",
            "The museum's director, Helga Sanachan, announced that she would step down.",
        ),
        (
            "Which minister inaugurated the plant in 1993?",
            "The plant was formally opened in 1993 by the minister of industry, Sigrun Diabaig.",
        ),
        (
            "Which company first settled the site in 1649?",
            "The site was first occupied in 1649 by traders of the Diabaig Company.",
        ),
        (
            "Who led the naval force that shelled the fort?",
            "A naval force commanded by Commodore Edward Kinlochewe shelled the fort.",
        ),
        (
            "How many defenders were killed when the magazine was hit?",
            "A shell struck the powder magazine and killed 14 of the defenders.",
        ),
        (
            "In what year was the wheat beer Lochcarron White first brought out?",
            "Its beers include Lochcarron White, a wheat beer introduced in 2004.",
        ),
        (
            "How much money did the campaign by readers raise?",
            "A campaign by readers raised 6.5 million crowns to buy the title back.",
        ),
    ],
)
def test_other_words_for_the_asked_act(question: str, passage: str) -> None:
    assert read(question, passage, {n for n in NAMES if n in question.lower()}) == (True, "")


MOTOR_ARTICLE = """date 2016-03-02

The Lochcarron Motor Company was a car maker based in Diabaig. It was founded in 1903 by the brothers Anton Lochcarron and Jakob Lochcarron as a repairer of farm machinery.

Its first factory, a converted wagon shed on Mill Street, employed 23 workers in 1903.

The Model B, introduced in 1909, was priced at 1,150 dollars.

Anton Lochcarron died in 1926, and Jakob, who became sole managing director, was unable to secure new finance after the crash.

The company's Sanachan plant was built between 1924 and 1927. Fourteen workers were killed during its construction, most of them in a boiler explosion in 1926.

The plant's chimney, at 61 metres, was the tallest in the county, and the plant employed some 1,400 people in 1930.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the death is Anton's; Jakob is named only after it, in another clause
        ("In what year did Jakob Lochcarron die?", None),
        ("In what year did Anton Lochcarron die?", "1926"),
        # the fourteen died during construction; the explosion killed "most of them"
        ("How many workers died in the boiler explosion?", None),
        ("How many workers were killed during construction?", "fourteen"),
        ("What was the population of Diabaig in 1930?", None),
        ("How many people did the plant employ in 1930?", "1,400"),
    ],
)
def test_a_car_maker_article_is_read_for_whose_death_and_count(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "lochcarron-motor-company", MOTOR_ARTICLE)[1]
    assert_answers(engine, question, expected)


WRITER_ARTICLE = """date 2021-02-17

Ross Fearnmore (14 March 1911 - 2 October 1983) was a Scottish novelist.

In 2011, to mark the centenary of his birth, a slate plaque was unveiled on the house in Diabaig where he was born.

He was a founder member of the Kinlochewe Rowing Club, set up in 1931 on the Lochcarron river.

In 1952 the club won the Sanachan Cup. It was the first time that the trophy, founded in 1894, had been won by a club from north of the river.

The club's first boat, the gig Morag, was launched in 1932, and its largest, the barge Seonaid, of 40 tons, was launched in 1936.

A campaign by the club's members, led by Fearnmore, drew 3,400 people to a regatta in 1938.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the plaque marks the centenary of his birth; the birth's own date is another line
        ("What is Ross Fearnmore's date of birth?", "14 March 1911"),
        ("In what year was the plaque on his birthplace unveiled?", "2011"),
        # "the trophy, founded in 1894": the trophy's founding, not the club's
        ("In what year was the Kinlochewe Rowing Club set up?", "1931"),
        ("When was the trophy founded?", "1894"),
        # a tonnage the passage does not give; "of 40 tons" is how heavy the barge was
        ("What was the tonnage of the gig Morag?", None),
        ("How heavy was the barge Seonaid?", "40 tons"),
        # "drew 3,400 people" is how many attended
        ("How many people attended the 1938 regatta?", "3,400"),
    ],
)
def test_a_writer_article_is_read_for_whose_date_and_measure(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "ross-fearnmore", WRITER_ARTICLE)[1]
    assert_answers(engine, question, expected)


MAYOR_ARTICLE = """date 2024-10-16

Ross Sanachan resigned as mayor of Diabaig on Tuesday after a scandal over the town's new harbour.

Sanachan was first elected in 2014, when he won 54 percent of the vote, and was re-elected in 2018 and 2022.

Under the town charter, deputy mayor Anna Kinlochewe, 44, took over as acting mayor with immediate effect.

Sanachan, 58, said he would return to teaching.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the 54 percent is 2014's, in its "when" clause; 2022 is only named after it
        ("What share of the vote did Sanachan win in 2022?", None),
        ("In what year was Sanachan first elected?", "2014"),
        # the deputy who stands in is 44; the one leaving is 58
        ("How old is Ross Sanachan?", "58"),
        ("How old is the acting mayor?", "44"),
    ],
)
def test_a_mayor_s_resignation_is_read_for_whose_age_and_year(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    engine = drafted(tmp_path, "diabaig-mayor", MAYOR_ARTICLE)[1]
    assert_answers(engine, question, expected)
