"""Which word of a question is its verb, by the form its auxiliary asks for: after "did"
the bare verb ("did the Quellmoor monks build"), after "was" a participle ("was the
sound stage started"), so "monks" and "private" are no verbs whose roles a passage could
have the other way round; a word written with a capital is a name's. A copula's noun
after an article still reads like a verb ("what is Pellmoor a district of"). Sentences
are our own, about invented places and people.
"""

from __future__ import annotations

import pytest
from premise_reading import read

from bot.engine.verbforms import fits_auxiliary


@pytest.mark.parametrize(
    ("question", "passage", "names"),
    [
        # "monks" is the subject's noun, "build" the verb after "did"
        (
            "what chapel did the Quellmoor monks build in Tarrow",
            "Several monks of Quellmoor fled to Tarrow, where they built the Chapel of Saint Wend.",
            {"quellmoor", "tarrow"},
        ),
        # "private" after "is the Norn term for" is no participle, so no verb
        (
            "what is the Norn term for private cinemas",
            "In Orkvale, private cinemas (Norn: bildhus) were rare until 1950.",
            {"norn"},
        ),
        # "Rivers" with its capital names a prize, it is not "what rivers ..."
        (
            "What Rivers Prize winning composer teaches at the Pellmoor Academy?",
            "The Pellmoor Academy's teachers include composer Ada Berg, a Rivers Prize"
            " winner, and the editor Tomas Vell.",
            {"pellmoor", "academy"},
        ),
        (
            "who did the Quellmoor monks serve",
            "The Quellmoor monks served Queen Maren.",
            {"quellmoor"},
        ),
        # a noun after a preposition's article is no copula's noun
        (
            "how long was the standing ovation at the premiere",
            "The premiere drew an 11-minute standing ovation inside the Palais Corvane.",
            {"palais", "corvane"},
        ),
        # "graduating" modifies the students; "honored" is the verb
        (
            "what are the top 5% graduating students honored with",
            "Students graduating in the top 5% of the class are awarded the Gull Medal.",
            set(),
        ),
        # an opening participle tells of the subject after it
        (
            "what year was the festival founded",
            "Founded in 1968, it is one of the oldest film festivals in the region.",
            set(),
        ),
    ],
)
def test_the_verb_its_auxiliary_asks_for_is_read(
    question: str, passage: str, names: set[str]
) -> None:
    assert read(question, passage, names) == (True, "")


@pytest.mark.parametrize(
    ("question", "passage", "names"),
    [
        # the roles of the real verb are still read the other way round
        (
            "who did the Quellmoor monks serve",
            "Queen Maren served the Quellmoor monks.",
            {"quellmoor"},
        ),
        # ... but "Renamed the Quay Mall, the area": the area got the name
        (
            "what was the Quay Mall renamed as",
            "Renamed the Quay Mall, the area holds the oldest cinemas in Pellmoor.",
            {"quay", "mall"},
        ),
        # a copula's noun after an article reads like a verb: Pellmoor is no district
        (
            "what is Pellmoor a district of",
            "Quarrel, a district in Pellmoor, holds the studios.",
            {"pellmoor"},
        ),
    ],
)
def test_roles_the_other_way_round_still_refuse(
    question: str, passage: str, names: set[str]
) -> None:
    assert read(question, passage, names) == (False, "contradicts")


@pytest.mark.parametrize(
    ("auxiliary", "word", "fits"),
    [
        ("did", "establish", True),
        ("did", "monks", False),
        ("did", "address", True),  # a bare verb ending in "ss"
        ("did", "founded", False),
        ("was", "started", True),
        ("was", "press", False),
        ("is", "writing", True),
        ("has", "writing", False),
        ("has", "left", True),
        ("was", "cast", True),  # a participle written as its verb
    ],
)
def test_a_verb_fits_its_auxiliary_by_form(auxiliary: str, word: str, fits: bool) -> None:
    assert fits_auxiliary(auxiliary, word) is fits


def test_a_word_asked_twice_once_in_a_name_must_be_said_twice() -> None:
    # "west" of the question's own, besides the district's name
    assert read(
        "What is west of the West Side?",
        "The Pellmoor Executive Airport is also on the West Side.",
        set(),
    ) == (False, "unexplained")
    assert read(
        "What is west of the West Side?",
        "West of the West Side lies the Pellmoor Executive Airport.",
        set(),
    ) == (True, "")
