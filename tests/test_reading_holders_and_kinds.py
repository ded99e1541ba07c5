"""Who holds a post now, what a count is of, and what kind of name a question asks for:

- "who is the current mayor" is not answered by "the former mayor Denis Kenidjack", though
  "who was the mayor" may be;
- "how many volumes did the library hold when it was added in 1902" is not answered by
  "added in 1902, holds about 14,000 volumes": that count is today's;
- the wounded are not the killed, "a single season" is one season, "an ornamental one"
  is no number, and "the biggest score ever by a Treen player" is "the highest score by a
  Treen player" (while "the biggest city" is no "highest city");
- "who founded the Portheras Institute" is not answered by "the Treen Players were formed
  by ..." that speaks of the institute;
- "which streaming service" and "the name of the press award" ask for a name that "talks
  with streaming services" and "won a national press award" do not give, "which theatre"
  is not answered by "at the theatre", "who was the friend" by "an unnamed friend", nor
  "in which years" by "three times"; a primary school is no secondary one;
- a draft reads "Councillor Jenna Carnyorth" as Jenna Carnyorth, "Port Bojewyan" and
  "Ireland" as places.
"""

from __future__ import annotations

import pytest

from bot.engine import counting, unnamed
from bot.engine.engine import Engine
from tests.news_articles import assert_answers, drafted
from tests.premise_reading import read

HARBOUR = """date 2025-06-10

Trewellard Town Council has approved a £38 million plan for a new harbour road, the \
council said on Tuesday. Councillor Jenna Carnyorth, who chairs the transport committee, \
said the road would open in 2028.

The former mayor Denis Kenidjack, who opposed the plan, said it would cost far more than \
the council admits.

The Carnyorth Library, added to the town hall in 1902, holds about 14,000 volumes.

The road will link the harbour with Port Bojewyan, where most of the town's fish is \
landed, and with the ferry to Ireland.

The Treen Opera was first staged at the Kenidjack Royal Theatre in 1907, with the \
composer conducting.

Its premiere was a popular success, and the run of 22 performances was a record for a new \
English opera at the theatre.

The Sennack Sentinel is the town's weekly paper. Its coverage of the 1953 flood, which \
swept through lower Trewellard, won a national press award and is still regarded as its \
finest reporting.

Asked whether the harbour company was in talks with streaming services about a \
documentary, its chair, Ruth Boswednack, would say only: "We'll talk to everyone."

In 1911 the harbour master, Amos Treen, wrote a series of 40 letters addressed to an \
unnamed friend, describing the herring season.

The Trewellard rowing club has won the county cup three times. Its only venture into \
publishing, a card game launched in 2022 to raise funds, never turned a profit.
"""


@pytest.fixture(scope="module")
def harbour(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, dict[str, object]], Engine]:
    return drafted(tmp_path_factory.mktemp("harbour"), "trewellard-road", HARBOUR)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many volumes does the Carnyorth Library hold?", "14,000"),
        # the count is today's, not the one of the year it was added
        ("How many volumes did the library hold when it was added in 1902?", None),
        ("In which theatre was the opera premiered?", "Kenidjack Royal Theatre"),
        ("What was the name of the national press award given for the flood coverage?", None),
        ("Which streaming service is the harbour company talking to?", None),
        ("Who chairs the transport committee?", "Jenna Carnyorth"),
        # a friend left unnamed, a game told only as one of its kind, a count for years
        ("Who was the friend the harbour master's letters were addressed to?", None),
        ("How many letters did the harbour master write?", "40 letters"),
        ("What was the name of the card game launched by the rowing club?", None),
        ("In which years did the rowing club win the county cup?", None),
        ("How many times has the rowing club won the county cup?", "three times"),
    ],
)
def test_a_harbour_report_read_for_what_it_names(
    harbour: tuple[dict[str, dict[str, object]], Engine], question: str, expected: str | None
) -> None:
    assert_answers(harbour[1], question, expected)


def test_a_draft_reads_titles_ports_and_countries(
    harbour: tuple[dict[str, dict[str, object]], Engine],
) -> None:
    entities, _ = harbour
    assert "Councillor Jenna Carnyorth" not in entities
    assert entities["Jenna Carnyorth"]["kind"] == "person"
    assert entities["Port Bojewyan"]["kind"] == "place"
    assert entities["Ireland"]["kind"] == "place"


FORMER_MAYOR = (
    "Critics, among them the former mayor Denis Kenidjack, have argued that second homes "
    "now make up almost a quarter of the houses in Trewellard."
)


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        ("Who is the current mayor of Trewellard?", FORMER_MAYOR, False),
        ("Who is the mayor of Trewellard?", FORMER_MAYOR, False),
        ("Who was the mayor of Trewellard?", FORMER_MAYOR, True),
        (
            "How many people were wounded in the clash?",
            "A clash in August 1911, in which three people were killed, led to the bylaws.",
            False,
        ),
        (
            "How many casualties were there in the clash?",
            "A clash in August 1911, in which three people were killed, led to the bylaws.",
            True,
        ),
        (
            "Who founded the Portheras Institute?",
            "The Treen Players were formed by Ann Pell, whose family had long performed at the "
            "Portheras Institute.",
            False,
        ),
        (
            "Who formed the Treen Players?",
            "The Treen Players were formed by Ann Pell in 1921.",
            True,
        ),
        (
            "How many cases did Carne record over one wet season?",
            "Carne recorded 212 cases in a single wet season, of whom 31 died.",
            True,
        ),
        (
            "What is the biggest individual score ever by a Treen player?",
            "Arthur Colley's 231 in 1934 is still the highest individual score by a Treen player.",
            True,
        ),
        ("What is the biggest city in Ostvia?", "Lund is the highest city in Ostvia.", False),
        (
            "When did the first primary school in Ostvia open?",
            "The first secondary school in Ostvia, Lund School, opened in 1962.",
            False,
        ),
        (
            "When did the first secondary school in Ostvia open?",
            "The first secondary school in Ostvia, Lund School, opened in 1962.",
            True,
        ),
    ],
)
def test_holders_casualties_and_sizes(question: str, passage: str, ok: bool) -> None:
    names = {"trewellard", "portheras", "institute", "treen", "players", "carne", "ostvia"}
    assert read(question, passage, names)[0] is ok


def test_one_ending_a_question_after_a_is_a_pronoun() -> None:
    words = "who turned the kitchen garden into an ornamental 1".split()
    assert counting.pronoun_one(words, len(words) - 1)
    words = "how many cases over 1 wet season".split()
    assert not counting.pronoun_one(words, 3)


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("what was the name of the card game released by the club", "game"),
        ("what is the title of her third novel", "novel"),
        ("what is another name for the west side of fresno", None),  # no "name of"
    ],
)
def test_the_noun_a_name_is_asked_of(question: str, noun: str | None) -> None:
    assert unnamed.named_noun(tuple(question.split())) == noun
