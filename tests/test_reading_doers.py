"""Who did what, and to what: a venue's own count is no chain's total, a score's length
no film's, "a fire that began" started nothing anyone did, "the festival launched the
market" is when the market was launched, and a "secondary-school teacher" went to no
film school. Sentences and articles are our own, about invented films, places and people.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from news_articles import assert_answers, beside_curated, drafted
from premise_reading import read

from bot.drafts import build_draft
from bot.engine import Engine, defined
from bot.engine.premise import asked
from bot.facts import load_facts
from bot.text import normalize

CHAIN = """Date: 2026-02-09

Harlowe Picturehouses

Harlowe Picturehouses is a cinema chain headquartered in the city of Pellmoor. Founded \
in 1928 as a single picture house, it grew into a regional operator and, as of 2025, \
operates 40 sites with a combined 310 screens.

In 1991 Harlowe opened its first multiplex, a nine-screen venue at the Quayside Retail \
Park. The Harlowe Palace opened in 1936 with a 1,450-seat auditorium.

In March 1941 the Harlowe Palace was badly damaged by a fire that began in the \
projection box.
"""

REBOOT = """Date: 2026-05-27

Director Exits 'The Ambergate Code' Reboot

Director Tomas Vell has walked away from "The Ambergate Code", Ostrey Films' $150 \
million reboot of the spy franchise, six weeks before filming. Ines Marrow, cast last \
September as a reimagined Ambergate, remains attached to the project, the studio said. \
Principal photography is scheduled to begin May 11 at Quarrel Studios, outside Pellmoor.
"""


@pytest.mark.parametrize(
    ("question", "passage", "names"),
    [
        # the market is what was launched, after the verb as before it
        (
            "when was the Pellmark Market launched",
            "Under Ada Berg the festival launched the Pellmark Market in 2008.",
            {"pellmark", "market"},
        ),
        # a title's apposition is the film its participle tells of
        (
            "who directed Gull Harbor",
            'The studio\'s next release is "Gull Harbor", a period drama directed by Ada Berg.',
            {"gull", "harbor"},
        ),
        # other words for a birthday
        (
            "when is Ada Berg's birthday",
            "Ada Berg (born 14 March 1971) is an actress.",
            {"ada", "berg"},
        ),
        # training at a school is attending it
        (
            "which drama school did she attend",
            "From 1989 to 1992 she trained at the Pellmoor Academy of Dramatic Art.",
            set(),
        ),
        # other words for using, and for after
        (
            "what was the Harlowe Palace used as",
            "The Harlowe Palace was also utilized as a field hospital.",
            {"harlowe", "palace"},
        ),
        # a word after an ordinal is a noun, no verb whose roles could be swapped
        (
            "how bad was Gull Harbor's second weekend drop",
            'Last weekend\'s champion, "Gull Harbor," fell to second place with $24.6 million,'
            " a drop of 61% from its opening.",
            {"gull", "harbor"},
        ),
        # a sale to someone says who bought
        (
            "who bought the Harlowe chain",
            "In 1984 the family sold the Harlowe chain to Quorley Holdings for £6.8 million.",
            {"harlowe"},
        ),
        # a century written out
        (
            "in what century was the Harlowe Palace built",
            "The Harlowe Palace was built in the early nineteenth century.",
            {"harlowe", "palace"},
        ),
        # a denial in other words denies what the question does
        (
            "which is the largest cinema not connected to the tram line",
            "The Regent is the largest cinema in Pellmoor not directly linked to the tram line.",
            set(),
        ),
        # ... asked of the reboot, the reboot's year
        (
            "what year did the Mirewood reboot come out",
            "The studio revived the Mirewood series, and the 1984 reboot became its biggest"
            " release.",
            {"mirewood"},
        ),
        # ... but the question may say the whole compound otherwise
        (
            "how long did the vfx strike go on",
            "The delay follows a 71-day strike by visual-effects workers.",
            set(),
        ),
        # a count of one thing's parts, asked of that thing
        (
            "how many seats does the Harlowe Palace have",
            "The Harlowe Palace opened in 1936 with a 1,450-seat auditorium.",
            {"harlowe", "palace"},
        ),
        # the film's cut runs its length
        (
            "what's the runtime of Gull Harbor",
            'The final cut of "Gull Harbor" runs 126 minutes.',
            {"gull", "harbor"},
        ),
        # "lasted" after "that" is the verb, no "that last film"
        (
            "how long did the strike go on for",
            "The strike was a dispute in the city that lasted for 47 days.",
            set(),
        ),
        # other words for starting, shutting, giving, moving and an Oscar
        (
            "who started the Pellmoor Film Festival",
            "The Pellmoor Film Festival was founded in 1987 by a schoolteacher, Ada Berg.",
            {"pellmoor", "film", "festival"},
        ),
        (
            "what year was the station shut down",
            "The railway reached the town in 1859, but the station was closed in 1964.",
            set(),
        ),
        (
            "how many drawings did the studio give to the museum",
            "In 2019 the studio donated some 4,000 drawings to the museum.",
            set(),
        ),
        (
            "in what year did Ada Berg relocate to Pellmoor",
            "In 1997 Berg moved to Pellmoor.",
            {"ada", "berg"},
        ),
        (
            "which film got Ada Berg an Oscar nomination",
            'Her third feature, "Gull Harbor", earned Ada Berg an Academy Award nomination.',
            {"ada", "berg"},
        ),
        # a participle written as its verb, after "is" and the thing it is done to
        (
            "which city is Gull Harbor mostly set in",
            'Set largely in Pellmoor, "Gull Harbor" follows a crew of divers.',
            {"gull", "harbor"},
        ),
        # "first" before a verb says when it happened, not which of a series
        (
            "when did the Harlowe Palace first open",
            "The Harlowe Palace on Anchor Street opened in 1936 as a converted chapel.",
            {"harlowe", "palace"},
        ),
        # an actress may be called a stage actor; only award categories set them apart
        (
            "which actress has been cast as the sorceress Calyx",
            "Newcomer Ada Berg, a 24-year-old stage actor, has been cast as Calyx, a sorceress.",
            {"calyx"},
        ),
        # the screenplay says what was written
        (
            "who wrote the script for Gull Harbor",
            'The screenplay for "Gull Harbor" comes from Tomas Vell, a newcomer.',
            {"gull", "harbor"},
        ),
        # a name asked, given in quotes or after a colon
        (
            "what was the name of the stage play about the strike",
            'The strike inspired the 1986 stage play "Two in the Booth".',
            set(),
        ),
        (
            "what was the name of the ferry",
            "The town gave its own old name to the ferry: Quellwyn, meaning grey water.",
            set(),
        ),
        # a phrasal verb written as one noun
        (
            "when did the projectionists walk out",
            "Under Ilse Varg the projectionists voted to strike, and the walkout began on"
            " 3 March 1934.",
            set(),
        ),
        (
            "which year were the projectionists locked out",
            "The lockout of the projectionists lasted from 1931 to 1932.",
            set(),
        ),
    ],
)
def test_the_one_it_is_done_to_and_its_other_words_are_read(
    question: str, passage: str, names: set[str]
) -> None:
    assert read(question, passage, names) == (True, "")


@pytest.mark.parametrize(
    ("question", "passage", "names", "reason"),
    [
        # a fire that began started nothing anyone did, nor did the chain that began
        # dividing its halls start itself
        (
            "who started Harlowe Picturehouses",
            "In March 1941 the Harlowe Palace was badly damaged by a fire that began in the"
            " projection box.",
            {"harlowe", "picturehouses"},
            "no_answer",
        ),
        (
            "who started the chain",
            "Under Percy Vell the chain began dividing its halls, a process that started at"
            " the Regent in 1979.",
            set(),
            "no_answer",
        ),
        # "renamed the Quay Mall": the Quay Mall is the new name, not what was renamed
        (
            "what was Quay Mall renamed as",
            "Renamed the Quay Mall, the area holds the oldest buildings in Pellmoor.",
            {"quay", "mall"},
            "contradicts",
        ),
        # a word inside a compound is the compound's: a school teacher's is no film school
        (
            "where did she go to film school",
            "Ada Berg was born in Lenholm, the daughter of a secondary-school teacher.",
            set(),
            "unexplained",
        ),
        # ... a sale to no one named does not
        (
            "who bought the Harlowe chain",
            "In 1984 the family sold the Harlowe chain and moved abroad.",
            {"harlowe"},
            "contradicts",
        ),
        # the 1984 reboot's year is not the original's
        (
            "what year did Mirewood come out",
            "The studio revived the Mirewood series, and the 1984 reboot became its biggest"
            " release.",
            {"mirewood"},
            "no_answer",
        ),
        # a venue's screens are not all the chain's
        (
            "how many screens does Harlowe have in total",
            "In 1991 Harlowe opened its first multiplex, a nine-screen venue at the Quayside"
            " Retail Park.",
            {"harlowe"},
            "no_answer",
        ),
        # the score's length, or the trailer's, is not the film's runtime
        (
            "what's the runtime of Gull Harbor",
            'The finished score of "Gull Harbor" runs 118 minutes, double the first film\'s.',
            {"gull", "harbor"},
            "no_answer",
        ),
        (
            "how long is the runtime of Gull Harbor",
            'The first trailer for "Gull Harbor" runs two minutes and ten seconds.',
            {"gull", "harbor"},
            "no_answer",
        ),
        # the first of a series is asked, and the passage says which opened, not the first
        (
            "when did Harlowe's first cinema open",
            "The Harlowe Palace on Anchor Street opened in 1936 as a converted chapel.",
            {"harlowe"},
            "contradicts",
        ),
        # a film's screens are no count of its theaters
        (
            "how many theaters was Gull Harbor playing in",
            "Gull Harbor played in IMAX too: its IMAX screenings took $9 million from 380 screens.",
            {"gull", "harbor"},
            "no_answer",
        ),
        # finishing tells no start, and a founder's prize no founding
        (
            "when is shooting on Gull Harbor supposed to start",
            '"Gull Harbor" opened in July 2025 and finished its run with $742 million.',
            {"gull", "harbor"},
            "unexplained",
        ),
        (
            "when did the Pellmoor film festival start",
            "The Berg Prize, named in honour of the Pellmoor festival's co-founder, was"
            " introduced in 1996.",
            {"pellmoor"},
            "unexplained",
        ),
        # a name is asked, and the passage gives none
        (
            "what was the name of the stage play about the strike",
            "The strike has also been the subject of a stage play.",
            {"strike"},
            "no_answer",
        ),
        # asked of now, one who gave the act up does it no longer
        (
            "who is directing Gull Harbor",
            "Ada Berg, who stepped away from directing after the second film, remains a"
            " producer on Gull Harbor.",
            {"gull", "harbor"},
            "contradicts",
        ),
    ],
)
def test_another_doer_or_another_thing_s_count_is_refused(
    question: str, passage: str, names: set[str], reason: str
) -> None:
    assert read(question, passage, names) == (False, reason)


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted(tmp_path_factory.mktemp("chain"), "harlowe-picturehouses", CHAIN)[1]


def test_a_chain_s_total_is_not_one_venue_s(chain: Engine) -> None:
    # "these days" asks of now: the 1991 venue is neither the total nor today's
    assert_answers(chain, "how many screens does harlowe have in total these days", "310")
    assert_answers(chain, "how many seats does the Harlowe Palace have", "1,450")
    assert_answers(chain, "who started harlowe picturehouses", None)


def test_a_question_naming_only_something_is_told_what_it_is(chain: Engine) -> None:
    assert_answers(chain, "what is Harlowe Picturehouses", "cinema chain")
    # a sentence naming the retail park says where the multiplex is, not what the park is
    answer = chain.answer("what is the Quayside Retail Park")
    assert not answer.answered, answer.text


def test_how_much_a_film_took_is_money_and_how_much_time_is_not() -> None:
    def kind(question: str) -> str:
        return asked(normalize(question).split(), "how", set(), question).kind

    assert kind("how much did it take in its opening weekend") == "money"
    assert kind("how much time did the shoot take") != "money"


def test_a_subject_s_proper_name_in_a_passage_refers_to_it() -> None:
    # "Harvard was formed in 1636": the university, so "the school" of a question
    words = normalize("Harvel was formed in 1636 by vote of the court.").split()
    assert defined.said_of(words, "Harvel University university") == [
        "harvel",
        "university",
        "university",
    ]
    # a kind of thing ("Private school") is no proper name: "schools" need not mean it
    assert defined.said_of(normalize("Schools grew.").split(), "Private school school") == []
    # nor is a person's name in a biography taken for her job
    assert defined.said_of(normalize("Berg won in 2015.").split(), "Ada Berg director") == []


def test_the_new_one_is_the_newest_news_s_film_beside_another_series(tmp_path: Path) -> None:
    # beside the curated MI facts, a reboot's news of 2026 is "the new one", though its
    # film belongs to no series the facts know
    engine = beside_curated(tmp_path, "ambergate-code", REBOOT)
    assert_answers(engine, "who's playing Ambergate in the new one", "Ines Marrow")
    # "who" is not answered by a fact naming only films and places
    assert_answers(engine, "who shoots her films", None)
    # "they" shooting is the news's film's makers, not MI8's
    assert_answers(engine, "when do they start shooting", "May 11")


def test_a_share_after_a_title_word_is_no_unknown_film(engine: Engine) -> None:
    # "top" begins "Top Gun: Maverick" in the curated facts; "the top 4-5%" is a share,
    # "top gun 3" a film the facts don't know
    for question in ("what do the top 4-5% of fans want", "what did the top 4-5% say"):
        assert "I don't have any facts about" not in engine.answer(question).text
    assert "top gun 3" in engine.answer("when does top gun 3 come out").text.lower()


PREQUEL = """Date: 2026-04-02

Ostrey Films Greenlights 'Ambergate' Prequel

Ostrey Films has greenlit "Ambergate: The Cartographer," a prequel to its 2023 hit \
"Ambergate." Tomas Vell, who directed the original, will not return behind the camera \
for the prequel but will serve as an executive producer. Vell is busy on an unrelated \
thriller and said in January that he had no appetite for directing the prequel. Ines \
Marrow, whose debut feature won the Pellmoor Prize for best first film in 2024, is \
attached to direct it, the studio said on Tuesday.
"""


def test_after_one_denial_and_another_the_next_passage_is_read(tmp_path: Path) -> None:
    engine = drafted(tmp_path, "ambergate-prequel", PREQUEL)[1]
    assert_answers(engine, "who's directing the ambergate prequel?", "Ines Marrow")


FESTIVAL = """Date: 2026-09-03

'Quarry Light' Opens 12th Pellmoor Film Festival

Ines Marrow's drama "Quarry Light" opened the 12th Pellmoor Film Festival on Wednesday \
night to a five-minute standing ovation.
"""


def test_this_year_asks_of_the_news_s_own_year(tmp_path: Path) -> None:
    engine = drafted(tmp_path, "pellmoor-opener", FESTIVAL)[1]
    assert_answers(engine, "what film opened pellmoor this year", "Quarry Light")


def test_she_with_no_conversation_is_the_newest_biography_s_subject(tmp_path: Path) -> None:
    # the newer biography is filed first by name: "she" is its subject, by date
    older = (
        "Date: 2026-01-10\n\nXenia Quell\n\nXenia Quell is a director. She grew up in Pellmoor.\n"
    )
    newer = "Date: 2026-05-10\n\nAda Brisk\n\nAda Brisk is a director. She grew up in Harlow.\n"
    for name, text in (("zz-quell.txt", older), ("aa-brisk.txt", newer)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        build_draft(tmp_path / name, tmp_path / "facts")
    engine = Engine(load_facts(tmp_path / "facts"))
    assert engine.subject == "ada-brisk"
    assert_answers(engine, "where did she grow up", "Harlow")


INKFALL = """Date: 2025-11-06

Flooding Halts 'Inkfall' Prequel Shoot

Production on "Inkfall: The Low Tide", the horror prequel, has stopped after flooding \
swamped the set in Marrowby. "We will be back in January," said director Tessaly Vane, \
who is making her franchise debut.

The Inkfall series began in 2014 with a film directed by Orrin Pask and shot in a \
single farmhouse on a budget of $3 million. Pask, who stepped away from directing after \
the second film, remains an executive producer.
"""


@pytest.fixture(scope="module")
def inkfall(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return beside_curated(tmp_path_factory.mktemp("inkfall"), "inkfall-prequel", INKFALL)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # how the series began is its first film's story, not the prequel's
        ("who is directing Inkfall: The Low Tide?", "Tessaly Vane"),
        ("what's the budget of the low tide", None),
    ],
)
def test_how_a_series_began_is_of_its_first_film(
    inkfall: Engine, question: str, expected: str | None
) -> None:
    assert_answers(inkfall, question, expected)


def test_a_series_told_from_its_beginning_has_a_first_film(inkfall: Engine) -> None:
    # the facts speak of it, though by no name: no "I don't have any facts about 1st inkfall"
    reply = inkfall.answer("who directed the first inkfall film")
    assert "don't have any facts about" not in reply.text, reply.text
