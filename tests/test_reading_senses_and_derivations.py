"""What a word means by the question asked of it, and the nouns a verb is said by, read
on a market town's reference article of our own:

- "who runs the ferry" asks who operates it, which "the longest chain ferry" or "a
  gallery of her own" does not say; "how long is the bridge" may be told by "long";
- "was seen by 2 million viewers on 3 March" says nothing of when it was released;
- "the screenplay is by Ada Berg" names who wrote it, and "Tomas Lind, who voices Baron
  Silt, the first villain of the series who is not a human" denies nothing of Lind;
- "the Heritage Trust, a small charity founded in 1978 by X" tells who founded the trust,
  and "the new Lido was built ... and opened on 4 June 1938" when the Lido opened;
- "after the fire" tells an order a passage need not word ("destroyed by fire ...; never
  rebuilt" answers "was it rebuilt after the fire" with "no"), "after 1900" does not;
- "a fire destroyed the old grandstand, though it did not reach the pavilion" answers
  "did a fire destroy the grandstand" with "yes": the denial is another clause's;
- "in what year did the Danes invade" is answered by "after their second invasion, at
  Skelder Haven in 1013", the year beside the noun of the verb asked, and "how many
  films were submitted" by "1,240 film submissions".
"""

from __future__ import annotations

import pytest

from bot.concepts import GENERAL_CONCEPTS
from bot.engine import negated, premise, senses, unnamedjobs
from bot.engine.derivations import derived
from bot.text import normalize
from tests.news_articles import Drafted, assert_answers, drafted_articles
from tests.premise_reading import read

ARTICLES = {"town": "farrowdale-article.txt"}


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Drafted]:
    return drafted_articles(tmp_path_factory, ARTICLES)


ASKED = [
    # "run" asked of who operates a thing is no length, no lasting, no "own"
    ("town", "Who runs the Gossam Ferry?", None),
    ("town", "Who runs the Gossamere Gallery?", None),
    ("town", "Who runs the Farrowdale Museum?", "Gossam Valley Heritage Trust"),
    ("town", "Who designed the Gossam Ferry?", "Walter Pym"),
    (
        "town",
        "In what year did passenger trains first run on the Farrowdale Light Railway?",
        "1871",
    ),
    # a noun set beside the asked one is it; a verb after "and" has the sentence's subject
    ("town", "Who founded the Gossam Valley Heritage Trust?", "Mary Penlow"),
    ("town", "When was the Farrowdale Lido opened?", "4 June 1938"),
    ("town", "Were the Assembly Rooms rebuilt after the fire?", "No:"),
    # a denial in another clause of the sentence says nothing of the asked act
    ("town", "Did a fire destroy the old grandstand?", "Yes:"),
    ("town", "Did the 1987 fire destroy the pavilion?", "No:"),
    # a verb and its Latinate noun
    ("town", "In what year did the Danes invade at Skelder Haven?", "1013"),
    ("town", "How many films were submitted to the 2019 festival?", "1,240"),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_a_word_is_read_in_the_sense_asked_and_in_its_nouns(
    drafted: dict[str, Drafted], article: str, question: str, expected: str | None
) -> None:
    assert_answers(drafted[article][1], question, expected)


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        # a span's words say nothing of who runs a thing or when it first ran
        ("who runs the Ostvik ferry", "Ada Berg built the longest ferry in Ostvik.", False),
        ("who runs the Ostvik ferry", "The Ostvik ferry is run by Ada Berg.", True),
        ("who runs the Ostvik inn", "Ada Berg left the Ostvik inn for a bar of her own.", False),
        ("when did the first trains run to Ostvik", "Trains to Ostvik lasted until 1959.", False),
        (
            "when did the first trains run to Ostvik",
            "The first trains ran to Ostvik in 1871.",
            True,
        ),
        # "watch" and "see" ask when a film comes out; a passage's viewers release nothing
        ("when can I watch Copper Sky 3", "Copper Sky 3 comes out on June 12.", True),
        (
            "when is Copper Sky 3 released",
            "Copper Sky 3 was seen by 2 million viewers on 3 March.",
            False,
        ),
        # ... but how long a thing runs or lasts, or how long it is, they tell
        ("how long does Copper Sky 3 run", "Copper Sky 3 has a runtime of 128 minutes.", True),
        ("how many weeks did filming take", "Filming lasted 14 weeks.", True),
        ("how long is the Ostvik bridge", "The Ostvik bridge is 40 metres long.", True),
    ],
)
def test_a_concept_is_read_only_where_it_is_meant(
    question: str, passage: str, answers: bool
) -> None:
    assert read(question, passage, {"ostvik", "ada", "berg", "copper", "sky"})[0] is answers


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        # a work said to be by someone names its maker, though "a writer" comes later
        (
            "who wrote the script for Copper Sky 3",
            "The screenplay for Copper Sky 3 is by Ada Berg, whose draft was finished in May;"
            " the studio will bring in a writer for revisions.",
            True,
        ),
        (
            "who wrote the script for Copper Sky 3",
            "The studio will bring in a writer for revisions of the Copper Sky 3 script.",
            False,
        ),
        # a denial in a relative clause of another noun denies nothing of the name
        (
            "which actor plays the villain Baron Silt",
            "The main newcomer is Tomas Lind, who voices Baron Silt, the first villain of the"
            " series who is not a human.",
            True,
        ),
    ],
)
def test_a_maker_is_named_by_by_and_a_denial_is_of_its_own_noun(
    question: str, passage: str, answers: bool
) -> None:
    names = {"copper", "sky", "baron", "silt"}
    assert read(question, passage, names)[0] is answers


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        # "a charity founded by X" after the trust is the trust's founding
        (
            "who founded the Ostvik Harbour Trust",
            "Repairs began in 1998 under the Ostvik Harbour Trust, a charity founded by local"
            " historian Ada Berg.",
            True,
        ),
        (
            "who founded the Ostvik Harbour Trust",
            "The Ostvik Harbour Trust founded a charity run by local historian Ada Berg.",
            False,
        ),
        # "X ... was built ... and opened on": X opened
        (
            "when was Ostvik Park opened",
            "The new stadium, Ostvik Park, was built for £7 million on farmland north of the"
            " town and opened on 6 September 2003.",
            True,
        ),
        # "after" an event tells the order, which a passage need not say in the word ...
        (
            "was the Ostvik pavilion rebuilt after the fire",
            "The Ostvik pavilion was destroyed by fire on 17 March 1976; it was rebuilt in 1981.",
            True,
        ),
        (
            "how long was the Ostvik pavilion shut after the 1976 storm",
            "The Ostvik pavilion was badly damaged by a storm in 1976; it stayed shut for three"
            " years.",
            True,
        ),
        # ... but "after 1900" says after what
        (
            "how many trees were planted in Ostvik after 1900",
            "About 1,800 trees were planted in Ostvik between 1850 and 1900.",
            False,
        ),
    ],
)
def test_whose_act_a_passage_tells_and_after_what(
    question: str, passage: str, answers: bool
) -> None:
    assert read(question, passage, {"ostvik", "ada", "berg"})[0] is answers


def test_a_job_after_as_is_the_named_ones_post_not_the_one_asked_for() -> None:
    passage = normalize(
        "The current director, Ada Berg, was appointed in 2017, succeeding Tomas Lind, who"
        " had led the garden for 22 years."
    ).split()
    predecessor = tuple("who did ada berg replace as director".split())
    director = tuple("who is the garden s director".split())
    assert not unnamedjobs.only_described(passage, predecessor, {"tomas", "lind"})
    assert unnamedjobs.only_described(passage, director, {"tomas", "lind"})
    # the job is read from the verb's stem too: "who scored it" asks for a composer
    described = normalize("Ada Berg, a composer best known for concert works, joins.").split()
    assert unnamedjobs.only_described(described, tuple("who scored the film".split()), {"ada"})


def test_a_denial_is_read_with_what_else_is_said_of_its_passage() -> None:
    # "It" is the article's film, and "the movie" the question's word for it
    question = "will the movie be released in china"
    asked = premise.asked(normalize(question).split(), "yesno", set(), question)
    passage = "It has not yet opened in Japan, and it will not be released in China."
    assert not negated.denies(asked, passage, GENERAL_CONCEPTS)
    assert negated.denies(asked, passage, GENERAL_CONCEPTS, ("the movie",))


def test_only_a_question_asking_no_measure_sets_the_span_concepts_aside() -> None:
    assert "@last" in senses.for_kind(GENERAL_CONCEPTS, "count").of(["last"])
    assert "@runtime" in senses.for_kind(GENERAL_CONCEPTS, "span").of(["run"])
    for kind in ("name", "year", "time"):
        assert senses.for_kind(GENERAL_CONCEPTS, kind).of(["run"]) == {"@operate"}


@pytest.mark.parametrize(
    ("word", "others"),
    [
        ("invade", {"invasion"}),
        ("decision", {"decide"}),
        ("submit", {"submission"}),
        ("receive", {"reception", "receival"}),
        ("arrival", {"arrive"}),
        ("commission", set()),  # "committed" commissions nothing
        ("bit", set()),  # too short to share anything but its ending
    ],
)
def test_a_latinate_noun_is_derived_from_its_verb_and_back(word: str, others: set[str]) -> None:
    assert derived(word) == others
