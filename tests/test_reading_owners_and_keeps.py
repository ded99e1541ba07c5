"""A valley town's reference article and a sequel's legal-fight story, read for whose
figure an answer is and what a passage keeps. Our own articles, about invented things:

- a name the question asks about must own the answer: "the Paris premiere, scheduled for
  May 3, ..., along with a press tour that was to start in Tokyo" dates no Tokyo
  premiere; "begin in Iceland in January 2027 ..., with additional filming in the Faroe
  Islands" dates no shooting there; "...; that distinction belongs to the village of Upper
  Tarnwell" gives the town's population, not the village's; a tributary's length after a
  clause break is not the one named before it;
- "Martin Vell became managing director in 2008, succeeding his uncle Gerald Vell" is
  Martin's year, asked "in what year" as much as "when"; "the society won ... in 1950, and
  X was nominated, winning once, in 2023" has X win after all;
- "a women's team was founded in 2016" is no founding of the club;
- "Luke, 19." at a sentence's end is Luke's age, and "Thomas, Edith's son" asks Thomas's;
- "in how many theaters did it open" is a count, which "$240 million since its March
  release" does not give;
- "keeps its November 2027 release date" is no new date; "applies only in North America"
  is no "yes" to "outside North America";
- "names the studio, the director and the screenwriter, X" names no director; "Y voices
  a pair of crows" is no voicing of Wren, whom another clause names;
- "Gate 3 ... is the only gate" counts no gates, nor "a two-storey wing, Rooms 4 and 5"
  rooms;
- "$40,000 on the campaign, including a radio advert" is the campaign's, not the
  advert's;
- "nominated three times, winning once, in 2019" tells no first nomination;
- "initially for only three hours a day" says nothing of today; "two films ... together
  took less than $10 million" is neither film's takings.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine, counting, mentioned, patients
from bot.text import normalize, stem
from tests.news_articles import NEWS, assert_answers, beside_curated, drafted_news
from tests.premise_reading import read as read_premise


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Engine]:
    """The town's article drafted alone; the sequel's beside the curated MI7 facts, as the
    evaluation builds an article."""
    sequel = (NEWS / "cobrisk-sequel-article.txt").read_text(encoding="utf-8")
    return {
        "town": drafted_news(tmp_path_factory, "draxby-valley-article.txt", "town")[1],
        "sequel": beside_curated(tmp_path_factory.mktemp("sequel"), "sequel", sequel),
    }


ASKED = [
    # the names asked about own the answer
    ("sequel", "When was the Tokyo premiere scheduled?", None),
    ("sequel", "When was the Paris premiere scheduled?", "May 3"),
    ("sequel", "When does shooting in the Faroe Islands begin?", None),
    ("sequel", "When does shooting in Iceland begin?", "January 2027"),
    ("town", "How many people lived in Upper Tarnwell in 2021?", None),
    # whose act
    ("town", "In what year did Gerald Vell become managing director?", None),
    ("town", "In what year did Martin Vell become managing director?", "2008"),
    ("town", "When was the club founded?", None),
    ("town", "When were Draxby Rovers formed?", "1893"),
    ("town", "In what year did the society win the county drama prize?", "1950"),
    # whose age
    ("town", "How old is Thomas, Edith's son?", None),
    ("town", "How old is Luke?", "19"),
    # a count asked after a preposition
    ("sequel", "In how many theaters did Cobrisk open?", None),
    ("sequel", "How much has Cobrisk made worldwide?", "$240 million"),
    # what is kept, and where only
    ("sequel", "Is Cobrisk 2 getting a new release date?", None),
    ("sequel", "When is Cobrisk 2 coming out?", "November 2027"),
    ("sequel", "Does the court order apply outside North America?", None),
    # what held at first, or of several together
    ("town", "How many hours a day does Radio Mulvane broadcast today?", None),
    ("town", "When did Radio Mulvane begin broadcasting?", "1979"),
    ("sequel", "How much did Long Water earn at the box office?", None),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_answers_owned_and_kept(
    read: dict[str, Engine], article: str, question: str, expected: str | None
) -> None:
    assert_answers(read[article], question, expected)


READ = [
    # a name set off after the answer, or in a later clause, does not own it
    (
        "when did the ferry to Holm start running",
        "The ferry to Skarn started running in 1911, with a second route, to Holm, added later.",
        {"holm"},
        False,
    ),
    (
        "when did the ferry to Skarn start running",
        "The ferry to Skarn started running in 1911, with a second route, to Holm, added later.",
        {"skarn"},
        True,
    ),
    # ... but one right after it, with no comma between, does
    (
        "how much did Brellow pay for the Vantry catalogue",
        "Brellow agreed to pay $90 million for the rights to stream the catalogue of Vantry.",
        {"brellow", "vantry"},
        True,
    ),
    # what a passage keeps, and where only it holds
    (
        "is the museum getting a new name",
        "The museum keeps its old name despite the merger.",
        set(),
        False,
    ),
    (
        "does the ban apply outside Ostrey",
        "The new rules took effect in May, although the ban applies only in Ostrey.",
        {"ostrey"},
        False,
    ),
    # a job spoken of, not named; an act done to another
    (
        "who is the director",
        "Ada Colm filed her lawsuit in May, naming the studio, the director and the credited"
        " screenwriter, Ola Brandt.",
        set(),
        False,
    ),
    (
        "who voices Wren",
        "Ada Lund joins as Pip, a mole who guides Wren across the ice; comedian Tom Hale voices"
        " a pair of crows; and Eva Moss and Bo Lind play Wren's cousins.",
        {"wren"},
        False,
    ),
    ("who voices Wren", "Tom Hale voices the young fox Wren.", {"wren"}, True),
    # a number after its thing labels one; one in "a two-storey wing" counts storeys
    (
        "how many gates does the dam have",
        "Gate 3 at the west end is the only gate on the dam with a steel frame.",
        set(),
        False,
    ),
    (
        "how many gates does the dam have",
        "The dam has twelve gates and a fish ladder.",
        set(),
        True,
    ),
    (
        "how many rooms does the inn have",
        "In 1890 the inn gained a two-storey wing, Rooms 4 and 5, built over the old stables.",
        set(),
        False,
    ),
    # an amount of a whole, and the part it goes on to name
    (
        "how much did the radio advert cost",
        "The council spent about $40,000 on the campaign, including a radio advert that ran"
        " for a month.",
        set(),
        False,
    ),
    (
        "how much did the council spend on the campaign",
        "The council spent about $40,000 on the campaign, including a radio advert that ran"
        " for a month.",
        set(),
        True,
    ),
    # several times tell no first time
    (
        "in which year was the choir first nominated for the county prize",
        "The choir was nominated three times for the county prize, winning once, in 2019.",
        set(),
        False,
    ),
    (
        "when did the cinema first open",
        "The cinema first opened in 1921 and has since been restored twice.",
        set(),
        True,
    ),
    # whose age: the name before a sentence-final age
    (
        "how old is Ada, Tom's sister",
        "Tom lives on the farm with his sister Ada and his nephew Piers, 31.",
        {"ada", "tom"},
        False,
    ),
    (
        "how old is Piers",
        "Tom lives on the farm with his sister Ada and his nephew Piers, 31.",
        {"piers"},
        True,
    ),
]


@pytest.mark.parametrize(("question", "passage", "names", "ok"), READ)
def test_premise_reads_whose_answer(question: str, passage: str, names: set[str], ok: bool) -> None:
    assert read_premise(question, passage, names)[0] is ok


def test_a_name_set_off_after_the_answer_does_not_own_it() -> None:
    passage = "The Oslo premiere, set for June 2, was cancelled, along with a tour in Rome."
    words = normalize(passage).split()
    june = words.index("june")
    assert mentioned.set_apart(passage, words, ("rome", "premiere"), {"rome"}, [june]) == {june}
    assert mentioned.set_apart(passage, words, ("oslo", "premiere"), {"oslo"}, [june]) == set()


def test_a_phrase_the_sentence_opens_on_is_its_subjects() -> None:
    passage = "Founded in 1902 in Harl by two weavers, the Skellan Mill employed 300 people."
    words = normalize(passage).split()
    year = words.index("1902")
    assert mentioned.set_apart(passage, words, ("skellan", "mill"), {"skellan"}, [year]) == set()


def test_mentions_are_runs_of_name_words() -> None:
    sequence = ("how", "many", "lived", "in", "upper", "tarnwell", "in", "2021")
    assert mentioned.mentions(sequence, {"upper", "tarnwell"}) == [("upper", "tarnwell")]


def test_a_preposition_before_how_many_goes_to_the_end() -> None:
    words = "in how many theaters did it open".split()
    assert counting.preposition_stranded(words) == "how many theaters did it open in".split()
    # "by how much" asks a difference, not an agent
    by = "by how much was the toll raised".split()
    assert counting.preposition_stranded(by) == by


def test_a_passive_of_another_thing() -> None:
    stems = [stem(w) for w in normalize("A youth section was founded in 1990.").split()]
    assert patients.another_patient(stems, "found", ["club"])
    it = [stem(w) for w in normalize("It was founded in 1990.").split()]
    assert not patients.another_patient(it, "found", ["club"])
    named = [stem(w) for w in normalize("Harl Athletic was founded in 1990.").split()]
    assert not patients.another_patient(named, "found", ["club"])
