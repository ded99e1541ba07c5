"""What a sentence says in other words than the question's, and what it only seems to say:

- "moved to Marsett House" tells a move into it; "it was taken over by the council" who
  took it over; "an analyst at the research firm X" where she works; "was requisitioned
  by the Ministry and used as a store" what the building was used for; "312 members in
  1900 and 1,150 by 1950" the members of 1950; "initially put at $48 million, has grown
  to about $61 million" what it is now expected to cost; "organised by" who runs it;
  "within the interior" inside; "the loss of 180 jobs" the jobs lost; "a year" annually;
- but "trouble behind the scenes" directs nothing, "not the only upheaval" denies no one's
  part, "174 pages, which the studio wanted cut to roughly 120" counts no features, and
  one who "has never directed a full-length film" may still be "the new director";
- "it is 1,042 feet long" in a viaduct's article is the viaduct's length, a move "from
  Raydale Bridge to" a town is where it has been since, a shoot "is moving to Croatia"
  whatever was once meant, "who will direct the reboot" asks the doer, a TV series'
  quoted title names the show, "a biography by X" says who wrote it, "declared void
  after" gives why; but "backed by a new sponsor" names no sponsor, and "Countersett,
  68," counts no workforce.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import epithets, referents, setting
from bot.engine.premise import asked
from bot.text import clean, normalize
from tests.news_articles import assert_answers, drafted
from tests.premise_reading import read

REMAKE = """date 2025-03-14

Oskar Raydale has stepped down as director of "The Semerwater Signal", Cubeck Pictures' \
remake of the 1961 war drama, the studio confirmed on Thursday. The film's lead producer, \
Ilse Countersett, will take over behind the camera.

Countersett, who has produced nine features for the company since joining it in 2011, \
has never directed a full-length film.

People close to the production said the dispute centred on the film's length: the \
director had delivered a shooting script of 168 pages, which the studio wanted cut to \
roughly 115.

The change of director is not the only upheaval the remake has faced. The role of the \
radio operator, first offered to Piet Worton, was recast in November; Anja Askwith now \
plays the part.

The budget, which Cubeck Pictures initially put at $52 million, has grown to about \
$67 million, according to two people familiar with the production.

Ivelda Marsett, a box-office analyst at the research firm Worton Metrics, said the \
change of director was "a gamble the studio had to take".

The production has been dogged by trouble behind the scenes since the first table read \
in October.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many features has the new director produced for the studio?", "nine"),
        ("How much is the remake now expected to cost?", "$67 million"),
        ("Where does analyst Ivelda Marsett work?", "Worton Metrics"),
        # the recast part is no one's direction, nor is trouble behind the scenes
        ("Who will now direct The Semerwater Signal?", None),
    ],
)
def test_a_remake_read_in_other_words(tmp_path: Path, question: str, expected: str | None) -> None:
    _, engine = drafted(tmp_path, "semerwater-signal", REMAKE)
    assert_answers(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "What year did the society move into Marsett House?",
            "In 1889 the society moved to Marsett House, a sandstone building on Quarry Street.",
        ),
        (
            "Who took over the ferry company in 1978?",
            "Rising fuel prices pushed the ferry company into difficulty, and it was taken over by "
            "Raydale County Council in 1978.",
        ),
        (
            "What was the building used for during the Second World War?",
            "During the Second World War the building was requisitioned by the Ministry of "
            "Food and used as a store for tinned goods.",
        ),
        (
            "Which company has run the race since 1994?",
            "Since 1994 the race has been organised by Cubeck Sport Events, a company based "
            "in Semerwater.",
        ),
        (
            "How many roundhouse platforms have been found inside the fort?",
            "Within the fort's interior, surveys have found the platforms of at least 112 "
            "roundhouses.",
        ),
        (
            "How many jobs were lost when it closed?",
            "The works closed on 30 April 1982 with the loss of 180 jobs.",
        ),
        (
            "How many people visit the museum annually?",
            "The Worton Pottery Museum opened in 1991 and now receives about 22,000 "
            "visitors a year.",
        ),
    ],
)
def test_said_in_other_words(question: str, passage: str) -> None:
    named = {"marsett", "house", "worton", "pottery", "museum"}
    assert read(question, passage, named) == (True, "")


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # trouble behind the scenes directs nothing
        (
            "Who is directing the film?",
            "Cubeck Pictures moved the film's premiere to November, ending weeks of "
            "speculation about trouble behind the scenes.",
        ),
        # the pages a script was cut to are no features
        (
            "How many features has the new director produced?",
            "The director had delivered a shooting script of 168 pages, which the studio "
            "wanted cut to roughly 115.",
        ),
    ],
)
def test_what_a_sentence_only_seems_to_say(question: str, passage: str) -> None:
    assert read(question, passage, set())[0] is False


def test_a_count_that_leaves_out_its_noun_counts_the_same_thing() -> None:
    text = "How many members did the society have in 1950?"
    question = asked(normalize(text).split(), "how", set(), text)
    passage = "The society had 312 members in 1900 and 1,150 by 1950."
    assert setting.counted_then(question, passage).ok  # not only 1900's count


def test_above_sea_level_is_a_height_but_above_alone_no_depths_rival() -> None:
    depth = (
        "The deepest known system is Worton Pot, which opens on the plateau above the "
        "southern rim and descends to 183 metres."
    )
    assert read("How deep does Worton Pot go?", depth, {"worton", "pot"}) == (True, "")


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "To which company did the original director sell the remake rights?",
            "Ilse Marsett, who directed the 1961 film, sold the remake rights to Cubeck "
            "Media in 2019.",
        ),
        (
            "Who directed the original war drama?",
            "Cubeck Pictures is making a remake of the 1958 war drama, which was directed "
            "by Piet Worton.",
        ),
    ],
)
def test_what_a_remake_remakes_is_the_original(question: str, passage: str) -> None:
    assert read(question, passage, {"ilse", "marsett"}) == (True, "")


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "How many people were living in Worton in 1901?",
            "Worton lost most of its people as miners moved away, and by 1901 the hamlet "
            "had only 140 inhabitants.",
        ),
        (
            "Which explorer campaigned for the rules to be changed so she could join?",
            "After a campaign led by the explorer Rupert Askwith, the rules were changed "
            "and she was admitted in 1893.",
        ),
    ],
)
def test_living_is_inhabiting_and_admitted_is_joining(question: str, passage: str) -> None:
    assert read(question, passage, {"worton"}) == (True, "")


def test_that_figure_counts_what_the_clause_before_counts() -> None:
    text = "How many members did the club have in 2021?"
    question = asked(normalize(text).split(), "how", set(), text)
    passage = "The club had 312 members in 2001, and by 2021 that figure had risen to 540."
    assert setting.year_of_another_clause(question, passage).ok


SPIN_OFF = """date 2025-03-14

Marsett Pictures has lost the star of its Cubeck Run spin-off. Ilse Raydale, who has \
played the mechanic Juno in four of the five films, has withdrawn from the project.

The studio said the decision was mutual. Raydale has signed on to lead a stage revival \
in London this autumn.

An online petition asking the studio to wait for Raydale gathered 60,000 signatures.
"""


def test_the_article_says_who_the_actress_is(tmp_path: Path) -> None:
    _, engine = drafted(tmp_path, "cubeck-run", SPIN_OFF)
    # she played a part, so "the actress" is Raydale, whom the petition names
    question = "How many people signed the petition asking the studio to wait for the actress?"
    assert_answers(engine, question, "60,000")


def test_an_epithet_describes_whom_a_question_asks_of_not_what_it_asks(tmp_path: Path) -> None:
    _, engine = drafted(tmp_path, "cubeck-run", SPIN_OFF)
    entry = next(e for e in engine.index.entries if "petition" in e.fact.answer)
    assert "actor" in epithets.of_people(engine.index, entry)
    text = "Who signed a petition asking the studio to wait for the actress?"
    describing = asked(normalize(text).split(), "who", set(), text)
    assert "actor" in referents.people_words(engine.index, entry, describing)
    text = "Which actress signed the petition?"
    asking = asked(normalize(text).split(), "what", set(), text)
    assert "actor" not in referents.people_words(engine.index, entry, asking)


TRUST = """date 2024-05-02

The Worton Lantern Trust is a charity in northern England that looks after the Worton \
lantern slides. It was founded in 1902 by the photographer Agnes Marsett.

In 1911 Marsett moved to Raydale Cross, where she taught painting at the village school \
until her death in 1930.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "founded by X" makes her the founder a later sentence names
        ("Where did the founder teach painting?", "Raydale Cross"),
        ("Who founded the trust?", "Agnes Marsett"),
    ],
)
def test_the_founder_is_who_founded_it(tmp_path: Path, question: str, expected: str) -> None:
    _, engine = drafted(tmp_path, "worton-lantern-trust", TRUST)
    assert_answers(engine, question, expected)


def test_a_fraction_stays_as_written() -> None:
    # NFKC would write "8½" as "81⁄2", another number
    assert clean("scoring 8½ points from 11 games") == "scoring 8½ points from 11 games"


VIADUCT = """date 2019-06-02

The Cubeck Beck Viaduct is a former railway viaduct that spans the valley of the Cubeck \
Beck north of the village of Worton Cross in northern England. Built between 1871 and \
1875 for the Worton and Askwith Railway, it is 1,042 feet (318 m) long and stands 112 \
feet above the stream at its highest point.

The Askwith Vale broadcaster moved its headquarters from Raydale Bridge to a smaller \
building in the market town of Marsettby in 2015, selling its old studios to a housing \
developer.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "it" is the viaduct the article is about, not the railway it was built for
        ("How long is the viaduct?", "1,042 feet"),
        # a move "from Raydale Bridge to" a town tells where it has been since
        ("Which town is the broadcaster now headquartered in?", "Marsettby"),
    ],
)
def test_an_encyclopedia_article_read_in_other_words(
    tmp_path: Path, question: str, expected: str
) -> None:
    _, engine = drafted(tmp_path, "cubeck-beck-viaduct", VIADUCT)
    assert_answers(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "How high above sea level is the inn?",
            "Standing 412 metres above sea level where two droving roads meet, the inn "
            "served cattle drovers for two centuries.",
        ),
        (
            "Which country is the sequel's shoot relocating to?",
            "Cubeck Pictures confirmed that principal photography on the sequel is moving "
            "to Croatia, ending a dispute with Raydale, where most of the story was meant "
            "to unfold.",
        ),
        (
            "Who will direct the reboot?",
            'The reboot, provisionally titled "Cross: The Semerwater Ledger", will be '
            "directed by Tomasz Worton.",
        ),
        (
            "Which TV show is the new composer best known for?",
            "Her replacement is Tobias Askwith, a 38-year-old Scottish composer best known "
            'for his work on the television series "The Lantern Wardens".',
        ),
        (
            "Who wrote the 2019 biography of her?",
            'A biography by the historian Leonie Raydale, titled "The Woman with the Chain", '
            "was published in 2019.",
        ),
        (
            "Why was the 2019 race declared void?",
            "The 2019 race was declared void after the Worton boat was swamped by the wash "
            "of a pleasure cruiser.",
        ),
    ],
)
def test_who_what_and_why_said_in_other_words(question: str, passage: str) -> None:
    assert read(question, passage, {"worton", "cross"}) == (True, "")


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # a sponsor spoken of, not named
        (
            "Who is the new sponsor?",
            "The Marsett Silver Reel, the award for debut films presented at the Askwith "
            "Film Festival, will be backed by a new sponsor from next year.",
        ),
        # an age is no workforce, whether or not the question opens on a hedge
        (
            "How big is the studio's workforce?",
            "Countersett, 68, broke the news to staff at a meeting in the studio canteen.",
        ),
        (
            "Roughly how big is the studio's workforce today?",
            "Countersett, 68, broke the news to staff at a meeting in the studio canteen.",
        ),
    ],
)
def test_no_one_and_nothing_of_the_kind_asked(question: str, passage: str) -> None:
    assert read(question, passage, {"countersett"})[0] is False
