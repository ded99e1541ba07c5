"""What a sentence sets aside, ranks below the top, supposes or tells of another work,
read on a harbour town's reference article and a fantasy sequel's news story of our own:

- "run by a charitable trust rather than by the town council" answers "is it run by the
  council?" with "no";
- "the third largest opening of 2025" is not the biggest;
- "the follow-up to X, ..., which grossed $88 million on a budget of $9 million" gives
  X's budget, not the sequel's; "repairing it would cost £4 million" is no cost paid;
- "first held in 1886, raises about £12,000 a year" is no sum raised in 1886;
- "established by the merchant X" says nothing of what it was established as;
- "told a local newspaper" names no newspaper, "a 1998 book by X" no title, and "Pia
  Lorne as a railway inspector" no character;
- "2,900 theatres across North America ..., with a UK release following" counts no
  theatres in the UK;
- "Ismert, best known for ..., replaces Tam Rudgely" is read as Dayo Ismert, and "to a
  plan drawn by Harrowfen" as Thomas Harrowfen's;
- "a qualifying run that earned $612,000" runs nothing;
- "Ada Marsk and Tom Ruell, the writing team behind ..." directed nothing;
- "does the choir own its hall" asks of owning, which "the choir's home has been the
  Pell Hall" does not say;
- "who played Ada Wexmoor in a 1987 television serial" is not who plays her now, and "the
  role" after "who played the housekeeper Mrs Calvick" is that part, not one named before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.concepts import GENERAL_CONCEPTS
from bot.engine import (
    actplaces,
    complements,
    dated,
    denials,
    kinds,
    ofanother,
    performers,
    premise,
    setting,
    stated,
    versions,
)
from bot.engine.premise import asked
from bot.text import normalize, stem
from tests import news_articles
from tests.news_articles import Drafted, assert_answers, drafted_articles
from tests.premise_reading import read

ARTICLES = {
    "harbour": "brantwick-harbour-article.txt",
    "sequel": "wexmoor-rising-article.txt",
}


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Drafted]:
    return drafted_articles(tmp_path_factory, ARTICLES)


ASKED = [
    # a contrast sets its second thing aside
    ("harbour", "Is the museum run by the town council?", "No:"),
    ("harbour", "Is the museum run by a charitable trust?", "Yes:"),
    # a yearly sum is no sum of the year the event began
    ("harbour", "How much did the regatta raise in 1886?", None),
    ("harbour", "How much does the regatta raise each year?", "£12,000"),
    # "established as" asks what it was set up to be
    ("harbour", "What was the harbour originally established as?", None),
    ("harbour", "When was the harbour established?", "1702"),
    # an indefinite newspaper is no named one
    ("harbour", "Which newspaper quoted the harbourmaster?", None),
    ("harbour", "Which newspaper has been printed since 1853?", "Brantwick Courier"),
    # a surname further on is read with the full name the article gave before
    ("harbour", "Who drew the plan for the quays?", "Thomas Harrowfen"),
    # "a 1998 book by X" gives no title of it
    ("harbour", "What is the title of Jane Tamblin's 1998 book?", None),
    # "the only one" of a kind answers "is there any other" with "no"
    ("harbour", "Is there any other cliff railway in the county?", "No:"),
    # "a peak in the Alps" names no peak
    ("harbour", "Which peak did Ezra Tull climb in 1921?", None),
    # a rank below the top is not the top
    ("sequel", "Which film had the biggest opening of 2025?", None),
    # the figures of the work a sequel follows are that work's
    ("sequel", "What did the sequel cost to make?", None),
    ("sequel", "What was the budget of The Wexmoor Key?", "$9 million"),
    # a count with a place of its own is no count of another place
    ("sequel", "how many theatres is it opening in in the uk", None),
    ("sequel", "How many theatres did it open in across North America?", "2,900"),
    # an opening surname is read as the full name the article gave before
    ("sequel", "who replaced Tam Rudgely", "Dayo Ismert"),
    ("sequel", "Who played Ada Wexmoor in the television serial?", "Mara Quellish"),
    # "Pia Lorne as a railway inspector" names no character
    ("sequel", "What is the name of Pia Lorne's character?", None),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_what_a_sentence_sets_aside_ranks_or_supposes(
    drafted: dict[str, Drafted], article: str, question: str, expected: str | None
) -> None:
    assert_answers(drafted[article][1], question, expected)


def test_a_part_played_in_another_production_is_not_the_part_now(
    drafted: dict[str, Drafted],
) -> None:
    engine = drafted["sequel"][1]
    answer = engine.answer("who is playing Ada Wexmoor")
    assert not answer.answered or "Lio Tervant" in answer.text, answer.text
    assert "Mara Quellish" not in answer.text or not answer.answered


def test_the_role_after_a_part_named_in_its_own_sentence_is_that_part(
    drafted: dict[str, Drafted],
) -> None:
    answer = drafted["sequel"][1].answer("Which actor who played Corrie Ashlund is not returning?")
    assert not answer.answered or "Senna Dunnery" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        # "own" after its subject is a verb the passage must say (not "its own hall")
        (
            "does the choir own its hall",
            "Since 1934 the choir's home has been the Pell Hall, a concert hall on the quay.",
            False,
        ),
        ("does the choir own its hall", "The choir has owned its hall since 1934.", True),
        (
            "what percentage of the club does the supporters trust own",
            "The Pell Rovers Supporters' Trust still holds a 26 per cent stake in the club.",
            True,
        ),
        # "a qualifying run" is a showing of a film, which runs (owns) nothing
        (
            "who owned the ship",
            "Pell Pictures gave the film about the ship a qualifying run that earned $612,000.",
            False,
        ),
        ("who owned the ship", "The ship was run by the Pell Line until 1921.", True),
        # a part's kin is of one side: a mother is no father
        (
            "who has been cast as the singer s father",
            "Gwen Harker takes the role of the singer's mother, Agnes.",
            False,
        ),
        # "X and Y, the writing team behind ..." are writers
        (
            "who directed the harbour",
            "They have been replaced by Ada Marsk and Tom Ruell, the writing team behind the"
            ' 2022 horror film "The Harbour".',
            False,
        ),
        (
            "who wrote the harbour",
            "They have been replaced by Ada Marsk and Tom Ruell, the writing team behind the"
            ' 2022 horror film "The Harbour".',
            True,
        ),
        (
            "which bridge is the longest in the county",
            "The Pell Bridge is the second longest in the county.",
            False,
        ),
        (
            "which bridge is the second longest in the county",
            "The Pell Bridge is the second longest in the county.",
            True,
        ),
    ],
)
def test_what_a_passage_supposes_names_or_ranks(question: str, passage: str, answers: bool) -> None:
    assert read(question, passage, set())[0] is answers


@pytest.mark.parametrize(
    ("passage", "answers"),
    [
        ("The council estimates that rebuilding the bridge would cost at least £9 million.", False),
        ("The bridge was finished in 1871 at a cost of £52,000.", True),
    ],
)
def test_a_cost_supposed_is_no_cost_paid(passage: str, answers: bool) -> None:
    question = "what did the bridge end up costing"
    words = normalize(question).split()
    read_ = asked(words, "what", set(), question)
    told = ofanother.verdict(read_, passage, normalize(passage).split(), GENERAL_CONCEPTS)
    assert read(question, passage, set())[0] and told.ok is answers


def test_a_contrast_sets_aside_only_what_follows_it() -> None:
    passage = "The ferry is run by a cooperative instead of the county, and carries 90 cars."
    assert denials.only_set_aside(passage, [stem("county")])
    assert not denials.only_set_aside(passage, [stem("cooperative")])
    assert not denials.only_set_aside("The county runs the ferry.", [stem("county")])


def test_a_sum_only_supposed_is_no_cost_paid() -> None:
    asked = tuple("what did the bridge cost".split())
    assert stated.only_supposed(asked, "Repairs could cost as much as $40 million.")
    assert not stated.only_supposed(
        asked, "It cost $40 million, and repairs could cost $2 million."
    )
    assert not stated.only_supposed(
        tuple("what would repairs cost".split()), "would cost $2 million"
    )


def test_the_figures_of_the_work_followed_are_its_own() -> None:
    passage = (
        'The film is the sequel to "Lantern Row," which earned $41 million on a budget of'
        " $6 million."
    )
    assert versions.figure_of_the_original(passage, set("what did the film cost".split()))
    assert not versions.figure_of_the_original(passage, set("what did lantern row cost".split()))
    assert not versions.figure_of_the_original(
        'The sequel to "Lantern Row," which was a hit, cost $30 million.',
        set("what did the sequel cost".split()),
    )


def test_established_as_asks_for_what_follows_as() -> None:
    asked = tuple(normalize("what was the school founded as").split())
    assert complements.as_unsaid(asked, normalize("The school was founded by a priest.").split())
    assert not complements.as_unsaid(
        asked, normalize("The school was founded in 1841 as a charity.").split()
    )
    # "known as" asks a name, which the naming check reads
    assert not complements.as_unsaid(
        tuple(normalize("what is the school known as").split()),
        normalize("The school is known locally.").split(),
    )


def test_a_figure_placed_elsewhere_is_no_figure_of_the_asked_place() -> None:
    passage = "It opens in 410 cinemas across Germany on May 2, with a French release in June."
    assert actplaces.figure_placed_elsewhere({"french", "france"}, passage)
    assert not actplaces.figure_placed_elsewhere({"germany"}, passage)
    both = "It took $5 million in Germany and $2 million in France."
    assert not actplaces.figure_placed_elsewhere({"france"}, both)


def test_what_is_it_called_now_asks_a_name() -> None:
    assert kinds.NAMING_QUESTION.search("what is the sequel called now")
    assert kinds.NAMING_QUESTION.search("what was the bridge called originally")
    assert not kinds.NAMING_QUESTION.search("who called the meeting now")


RENAMED = """date 2025-01-22

Streamer Tamsquill pushes back drama "The Pell Letters", renames it "Lantern Bay"

Tamsquill has delayed the premiere of its romantic drama "The Pell Letters" by almost three \
months and given the film a new title, the streaming service said on Wednesday.

The change came at the request of its marketing team, which found in surveys across nine \
markets that viewers outside Britain struggled to remember the old title.
"""


def test_what_a_film_is_called_now_is_its_new_title(tmp_path: Path) -> None:
    engine = news_articles.drafted(tmp_path, "pell-letters", RENAMED)[1]
    assert_answers(engine, "what's the pell letters called now", "Lantern Bay")
    # "which nine markets" asks for nine names, which "across nine markets" does not give
    assert_answers(engine, "Which nine markets did the marketing team survey?", None)


@pytest.mark.parametrize(
    ("question", "passage", "names", "of_another"),
    [
        (
            'How many seasons of "The Grebe Case" did Quennick run?',
            'Quennick ran the procedural "Kestle Blue" for four seasons and co-wrote the'
            ' miniseries "The Grebe Case".',
            "grebe case quennick",
            True,
        ),
        (
            'How many seasons of "Kestle Blue" did Quennick run?',
            'Quennick ran the procedural "Kestle Blue" for four seasons and co-wrote the'
            ' miniseries "The Grebe Case".',
            "kestle blue quennick",
            False,
        ),
        (
            "When will the Tarvel Vale sequel be released?",
            'Its next feature, "Emberwing", will be released in 2027; a sequel to "Tarvel Vale"'
            " has not been confirmed.",
            "tarvel vale",
            True,
        ),
        (
            "When will Emberwing be released?",
            'Its next feature, "Emberwing", will be released in 2027; a sequel to "Tarvel Vale"'
            " has not been confirmed.",
            "emberwing",
            False,
        ),
        (
            "How many points did Gareth Ollen score?",
            "Its record appearance holder is Gareth Ollen, who played 412 matches, while the"
            " full-back Dan Reeve holds the points record with 1,486 points.",
            "gareth ollen",
            True,
        ),
    ],
)
def test_a_figure_beside_another_title_or_in_anothers_clause_is_theirs(
    question: str, passage: str, names: str, of_another: bool
) -> None:
    words = normalize(question).split()
    read_ = asked(words, "how" if words[0] == "how" else "when", set(names.split()), question)
    told = ofanother.verdict(read_, passage, normalize(passage).split(), GENERAL_CONCEPTS)
    assert (not told.ok) is of_another


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        (
            "what is the record crowd for the derby",
            "The derby, first played in 1885, regularly draws crowds above 4,000.",
            False,
        ),
        (
            "what is the record crowd for the derby",
            "The largest crowd for the derby was 6,210.",
            True,
        ),
        # ... but "record" the verb asks no record
        (
            "how many sessions did the pair record together",
            "Most of the cast recorded separately, but the pair recorded together for 12 sessions.",
            True,
        ),
        # the doer of a verb joined by "and" to the sentence's first predicate
        (
            "when did the pell heritage trust sell the ruins",
            "The Pell Heritage Trust was founded in 1984 and bought the ruins from the Ashdown"
            " family in 1991.",
            False,
        ),
        (
            "when did the ashdown family sell the ruins",
            "The Pell Heritage Trust was founded in 1984 and bought the ruins from the Ashdown"
            " family in 1991.",
            True,
        ),
    ],
)
def test_a_record_and_a_converse_are_read_of_their_subjects(
    question: str, passage: str, answers: bool
) -> None:
    assert read(question, passage, set())[0] is answers


def test_a_curated_fact_of_another_story_does_not_answer_for_a_part_it_never_names(
    tmp_path: Path,
) -> None:
    text = (news_articles.NEWS / ARTICLES["sequel"]).read_text(encoding="utf-8")
    engine = news_articles.beside_curated(tmp_path, "wexmoor", text)
    assert_answers(engine, "whos the voice of corrie ashlund", None)


def test_a_part_told_as_what_it_is_has_no_name() -> None:
    asked = tuple(normalize("what is the name of pia lorne's character").split())
    names = {"pia", "lorne"}
    assert performers.part_unnamed(asked, names, "It adds Pia Lorne as a railway inspector.")
    assert not performers.part_unnamed(
        asked, names, "It adds Pia Lorne as a railway inspector named Ada Fell."
    )
    assert not performers.part_unnamed(asked, names, "It adds Pia Lorne as Ada Fell.")


def test_a_year_opening_a_clause_and_a_count_in_its_own_clause() -> None:
    passage = (
        "Traffic peaked in 1846, when the canal carried 1.2 million tons, and in 1839 the"
        " Pell Canal Company paid a dividend of 14 per cent."
    )

    def read_of(question: str) -> premise.Asked:
        qtype = "how" if question.startswith("how") else "what"
        return asked(normalize(question).split(), qtype, {"pell", "canal", "company"}, question)

    assert not setting.year_of_another_clause(
        read_of("what dividend did the company pay in 1846"), passage
    ).ok
    assert setting.year_of_another_clause(
        read_of("what dividend did the company pay in 1839"), passage
    ).ok
    assert setting.counted_then(read_of("how many tons did the canal carry in 1846"), passage).ok
    assert not setting.counted_then(
        read_of("how many tons did the canal carry in 1839"), passage
    ).ok


def test_a_year_before_another_works_noun_dates_that_work() -> None:
    passage = "It is now the studio's highest-grossing film, overtaking its 2019 war drama."
    assert dated.only_works_dated(passage, {"when", "did", "the", "film", "open"})
    assert not dated.only_works_dated(passage, {"when", "was", "the", "war", "drama"})
    assert not dated.only_works_dated("It opened in 2021, overtaking its 2019 drama.", set())


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        # "re-formed in 1949" is no founding
        (
            "in what year was the pell sword team founded",
            "The dance is led by the Pell Sword team, a team re-formed in 1949 after lapsing"
            " during the war.",
            False,
        ),
        (
            "in what year was the pell sword team founded",
            "The dance is led by the Pell Sword team, a team formed in 1949.",
            True,
        ),
        # "declined to reveal its subject" says what a work is about is withheld
        (
            "what is their next musical about",
            "They are already writing their next musical, but declined to reveal its subject.",
            False,
        ),
    ],
)
def test_a_repeat_and_a_withheld_subject_answer_nothing(
    question: str, passage: str, answers: bool
) -> None:
    assert read(question, passage, set())[0] is answers


@pytest.mark.parametrize(
    ("question", "passage", "names", "answers"),
    [
        # a measure of the one ranked after the name asked is not the name's
        (
            "what is the weekly circulation of the selbury star",
            "It is the oldest newspaper in the county and, with a weekly circulation of about"
            " 11,400 copies, the second largest after the Selbury Star.",
            {"selbury", "star"},
            False,
        ),
        # a move asked to a month is not a move to another one
        (
            "when was the release date moved to july",
            "The studio had dated it for July 25, but in January moved it to November 21.",
            set(),
            False,
        ),
        (
            "when was the release date moved to november",
            "The studio had dated it for July 25, but in January moved it to November 21.",
            set(),
            True,
        ),
    ],
)
def test_a_ranked_name_and_a_months_move(
    question: str, passage: str, names: set[str], answers: bool
) -> None:
    assert read(question, passage, names)[0] is answers
