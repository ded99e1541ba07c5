"""A canal basin's reference article and a documentary sale's news story, asked what
fans ask of them: how many people do a thing, when a thing happened "three years later",
who holds an office now, and who bought a film. Our own articles, about invented things:

- "how many people visit the museum every year" is answered by "86,000 visitors a year":
  the people are counted by their act, and "every year" is a rate, not all years;
- "three years later the basin was drained" is read with the year it reckons from the
  sentence before: "three years later (1965)", and "the following year" after it (1966);
- "who's the warden now" is not answered by a warden "in the eighteenth century";
- "how many barges" is not answered by "several barges", nor "how big is the basin" by
  the 120 boats it holds;
- "the Harnvale Lightermen, a guild founded in 1519" tells the guild's founding, not the
  quarter's, and a drama set beside the film's title is the film;
- "who bought it" is not answered by a producer who "described the sale as" proof;
- "the northern towpath runs at an average width of 2.1 metres, whereas the southern
  towpath ..." measures no southern towpath;
- "that start date has now been pushed to February 2026" moves a shoot, not a release;
- "what did he injure" is answered by "fractured his right wrist", and the story's
  sentence is read before a headline saying only "After On-Set Injury";
- "talks with Kestvane stalled when the studio ..." is Kestvane's studio, not the one
  the article is about.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.concepts import GENERAL_CONCEPTS
from bot.engine import (
    appositions,
    chatter,
    counting,
    doers,
    idioms,
    kinds,
    namekinds,
    paraphrased,
    sizes,
)
from bot.engine.reckoned import opening as reckoned_opening
from bot.text import normalize, stem
from tests.news_articles import Drafted, assert_answers, drafted, drafted_articles

ARTICLES = {
    "basin": "harnvale-basin-article.txt",
    "sale": "kestvane-documentary-article.txt",
    "takeover": "harnvale-takeover-article.txt",
}


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Drafted]:
    return drafted_articles(tmp_path_factory, ARTICLES)


ASKED = [
    # people counted by their act, and a rate
    ("basin", "how many people visit the museum every year", "86,000"),
    ("basin", "roughly how many people visit each year", "86,000"),
    ("basin", "how many people work at the museum", "41"),
    ("basin", "how many people were killed in the pumping house explosion", "seven workers"),
    # fans' words for the article's: "expire" for "lapsed", "upstairs" for "upper"; a
    # bird "lays" eggs (no past of "lie")
    ("basin", "when did the company's licence expire", "1901"),
    ("basin", "what's the room upstairs called", "Sail Loft"),
    ("basin", "how many eggs does each pair lay", "three to five"),
    # a year reckoned from the sentence before, and from one reckoned so itself
    ("basin", "when was the basin drained", "three years later (1965)"),
    ("basin", "when did the town council buy the site", "the following year (1966)"),
    # an office held centuries before the article is not held now
    ("basin", "who's the warden now", None),
    ("basin", "who laid out the timber yard", "Tamsin Harnwick"),
    # "several" counts nothing
    ("basin", "how many barges did the company keep", None),
    # the last census is the latest a passage gives; a break-in is when thieves broke in
    ("basin", "how many people lived in harnvale at the last census", "11,870"),
    ("basin", "what did the thieves take in the 1997 break-in", "two brass lamps"),
    # a size is measured, not counted by what the place holds
    ("basin", "how big is the basin", None),
    ("basin", "how many boats does the basin hold", "120"),
    # a thing a passage introduces with "a" acts for itself, unless it is the named one's
    # apposition
    ("basin", "what year did the lightermen start", "1519"),
    ("basin", "when was the museum founded", "1991"),
    # a thing that is itself the answer stands before its verb
    ("basin", "what's featured on the museum's crest", "heron"),
    ("sale", "when does the harnvey letters start shooting", "June 2"),
    ("sale", "how much did they pay for it", "$6.5 million"),
    # "films" are movies as nouns, though no film is shot; a first movie asks its title,
    # which neither a streamer nor a country gives
    ("sale", "how much did harnvick's first two movies make combined", "$3.4 million"),
    ("sale", "what was harnvick's first movie", None),
    # a premiere is a film's first showing; a documentary article's quoted title is a film
    ("sale", "where did the salt choir first screen", "Harnvale Documentary Festival"),
    # a contrast's other side is measured, not the asked one
    ("basin", "what's the average width of the southern towpath", None),
    ("basin", "what's the average width of the northern towpath", "2.1 metres"),
    # a shoot's start date moved is no release date
    ("takeover", "when's kestline coming out in theaters", None),
    ("takeover", "when are cameras rolling on kestline now", "February 2026"),
    # "take over from" is to replace
    ("takeover", "who did kestrel harnby take over from", "Tamsin Orley"),
    # an injury said by its kind ("fractured"), told in full below a headline
    ("takeover", "what did kestrel harnby injure", "right wrist"),
    # nobody is said to have bought it: the producer only talks about the sale
    ("sale", "who bought the salt choir", None),
    ("sale", "who ended up buying the salt choir", None),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_each_article_is_read_as_fans_ask(
    read: dict[str, Drafted], article: str, question: str, expected: str | None
) -> None:
    assert_answers(read[article][1], question, expected)


@pytest.mark.parametrize(
    ("question", "by_act"),
    [
        ("how many people visit it each year", True),
        ("how many people work there", True),
        ("how many people died in the flood", True),
        ("how many people were killed", True),  # "63 miners were killed"
        ("how many people were in the stands", False),  # no act: the people stay asked
        ("how many people in the survey", False),
    ],
)
def test_people_are_counted_by_their_act(question: str, by_act: bool) -> None:
    words = normalize(question).split()
    assert counting.people_by_act(words, words.index("people")) is by_act


@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("how many visit every year", True),
        ("how many come every summer", True),
        ("has she been in every film", False),
    ],
)
def test_every_year_is_a_rate(question: str, rate: bool) -> None:
    words = normalize(question).split()
    assert counting.a_rate(words, words.index("every")) is rate


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("expire", "lapse"),
        ("allow", "permit"),
        ("upstairs", "upper"),
        ("rid", "eradication"),
        ("switchback", "hairpin"),
        ("injure", "fracture"),
        ("stop", "close"),
    ],
)
def test_words_for_the_same_thing(asked: str, said: str) -> None:
    assert not GENERAL_CONCEPTS.of([asked]).isdisjoint(GENERAL_CONCEPTS.of([stem(said)]))


def test_several_is_no_count() -> None:
    assert not kinds.is_count("several")
    assert kinds.is_count("seven")


def test_an_office_asks_for_a_person() -> None:
    assert {"abbot", "bishop", "curator", "conductor", "principal"} <= namekinds.PERSON_HEADS
    # an architect may be a firm
    assert "architect" not in namekinds.PERSON_HEADS


def test_a_speaker_about_a_sale_is_no_buyer() -> None:
    said = "producer ansel kestrin described the sale as proof that patience still pays"
    words = said.split()
    assert paraphrased.only_talked_of(words, [stem(w) for w in words])
    bought = "the studio hailed its own purchase of the film"
    words = bought.split()
    assert not paraphrased.only_talked_of(words, [stem(w) for w in words])


def test_how_things_turned_out_asks_the_act() -> None:
    asked = doers.subject_question("who ended up buying the salt choir".split())
    assert asked is not None and asked[0] == "buy"


@pytest.mark.parametrize(
    ("question", "passage", "verb"),
    [
        # a guild's founding, cut short
        (
            "when was the quarter started",
            "The trade was controlled by the Lightermen, a guild founded in 1519.",
            "found",
        ),
        # the thing asked is the guild: its apposition's act is its own
        (
            "when were the wharf lightermen started",
            'The trade went to "The Wharf Lightermen," a guild founded in 1519.',
            None,
        ),
        # a clause with its own verb: what is featured is the answer
        ("what is featured on the flag", "An ash leaf is featured on the flag.", None),
    ],
)
def test_a_thing_introduced_with_a_acts_for_itself(
    question: str, passage: str, verb: str | None
) -> None:
    said_for = {"found"}  # the passage's word for "started"
    assert appositions.relative_of_another(tuple(question.split()), passage, said_for) == verb


def test_the_studio_after_another_company_is_that_company_s(
    read: dict[str, Drafted],
) -> None:
    engine = read["takeover"][1]
    talks = next(
        entry.fact for entry in engine.index.entries if entry.fact.answer.startswith("Talks with")
    )
    assert "kestvane-pictures" in talks.entities
    assert "harnvale-studios" not in talks.entities


HEADLINED = """date 2025-10-14

Kestrel Harnby Exits 'Harnvey Passage' After On-Set Injury; Orla Kestrin Steps In

Kestrel Harnby has withdrawn from the thriller "Harnvey Passage" after fracturing his
left ankle during a stunt rehearsal, and he will be replaced by Orla Kestrin.
"""


def test_the_story_s_sentence_tells_what_its_headline_sums_up(tmp_path: Path) -> None:
    _, engine = drafted(tmp_path, "headlined", HEADLINED)
    assert_answers(engine, "what did kestrel harnby injure", "left ankle")


RAIL = """date 2025-05-01

Harnvale Light Railway

The Harnvale Light Railway is a narrow-gauge railway in the Harn valley. Passenger trains
ran on the railway until 1959, and steam trains ran on the railway again from 1994 after
volunteers relaid the track. The line opened on 3 May 1881, when its first train ran from
Harnvale to Kestmoor with the mayor aboard.
"""


def test_a_later_time_read_past_for_the_first(tmp_path: Path) -> None:
    # the trains of 1959 and 1994 are not the first: the next sentence tells when it ran
    _, engine = drafted(tmp_path, "rail", RAIL)
    assert_answers(engine, "when did the first train run", "3 May 1881")


@pytest.mark.parametrize(
    ("question", "passage", "unmeasured"),
    [
        ("how big is the marsh", "in winter it holds up to 40,000 waders", True),
        ("how big is the marsh", "a salt marsh covering about 2,300 hectares", False),
        ("how big was the army", "an army of some 6,000 men", False),  # a group: its count
        ("how big is its endowment", "valued at $3.1 billion", False),  # an amount
    ],
)
def test_a_size_is_measured(question: str, passage: str, unmeasured: bool) -> None:
    asked, words = tuple(normalize(question).split()), normalize(passage).split()
    assert sizes.counted_not_measured(asked, words) is unmeasured


@pytest.mark.parametrize(
    ("question", "word", "unsaid"),
    [
        ("how many people live there as of the last census", "last", True),
        ("what do fans call the team", "fans", True),
        ("when did the train station shut down", "train", True),
        ("how many fans came", "fans", False),
    ],
)
def test_words_a_passage_need_not_repeat(question: str, word: str, unsaid: bool) -> None:
    words = normalize(question).split()
    assert idioms.unsaid(words, words.index(word), "what") is unsaid


@pytest.mark.parametrize(
    ("question", "read_as"),
    [
        ("how fast did the tickets sell out", "how long did the tickets sell out"),
        ("how fast could the liner go", "how fast could the liner go"),  # a speed
    ],
)
def test_how_fast_asks_a_span_unless_a_thing_moves(question: str, read_as: str) -> None:
    assert chatter.without_chatter(question.split()) == read_as.split()


@pytest.mark.parametrize(
    ("opening", "reckoned"),
    [
        ("Two years later the lighthouse was automated.", True),
        ("The following year the keepers left.", True),
        ("About two years later the lighthouse was automated.", False),  # no exact year
        ("In 1989 the lighthouse was automated.", False),
    ],
)
def test_a_year_is_reckoned_only_from_an_exact_opening(opening: str, reckoned: bool) -> None:
    assert (reckoned_opening(opening) is not None) is reckoned
