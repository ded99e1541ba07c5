"""How a passage explains a question's key terms without repeating them (bot/engine/explain.py),
read through the premise check as the engine reads a passage. Examples are our own."""

from __future__ import annotations

import pytest

from bot.engine.explain import agent_bases
from bot.engine.families import related
from bot.engine.initials import abbreviations
from bot.engine.premise import asked, check
from bot.text import normalize, stem


def _reads(question: str, passage: str, qtype: str = "what") -> tuple[bool, str, str]:
    verdict = check(asked(normalize(question).split(), qtype, text=question), passage)
    return verdict.ok, verdict.reason, verdict.detail


@pytest.mark.parametrize(
    ("question", "passage", "qtype"),
    [
        # a verb's third person that the lemmatizer reads as a noun
        ("what does the name Ostvik mean", 'The name Ostvik means "east bay" in Norse.', "what"),
        # an agent noun and its verb, both ways
        ("who was the leader of the salt guild", "Maren Holt led the salt guild for years.", "who"),
        ("who governed the harbour", "Tomas Lind was the governor of the harbour.", "who"),
        ("who owns the Brannock Inn", "Ada Berg is the owner of the Brannock Inn.", "who"),
        # idioms a passage stating the fact does not repeat
        (
            "when did the siege of Ostvik take place",
            "The siege of Ostvik in 1702 ended the war.",
            "when",
        ),
        (
            "according to the census how many keepers were in Ostvik",
            "The census counted 40 keepers in Ostvik.",
            "how",
        ),
        (
            "what were the harbour chains made out of",
            "The harbour chains were made of iron.",
            "what",
        ),
        (
            "who designed the lighthouse located at Ostvik Point",
            "Ostvik Point has a lighthouse designed by Ada Berg.",
            "who",
        ),
        (
            "who was in charge of the harbour guard in 1702",
            "In 1702, Ilse Varg led the harbour guard.",
            "who",
        ),
        # "become" states what the passage states with "was" or "took the title"
        ("who became the harbour master", "Tomas Lind took the post of harbour master.", "who"),
        # school, college and university name one another
        (
            "who founded the university",
            "The college was founded by Ada Berg in 1702.",
            "who",
        ),
        # a work said to be by someone was made by them; a score is music
        ("who wrote the screenplay", "The screenplay is by Tomas Lind.", "who"),
        ("who is composing the music", "Composer Ada Berg is writing the score.", "who"),
        (
            "who is writing Copper Sky 3",
            "A script by Tomas Lind for Copper Sky 3 is in development.",
            "who",
        ),
        # box-office English for takings
        (
            "how much did the sequel make in its opening weekend",
            "The sequel opened to $95 million over the weekend.",
            "how",
        ),
        # a name and its initials
        (
            "how many keepers live in the United Kingdom",
            "About 40 keepers live in the UK.",
            "how",
        ),
        ("how many keepers live in the UK", "About 40 keepers live in the United Kingdom.", "how"),
        # a marriage names a husband; children are kids; an amount of money is money
        ("who was Ilse Varg's husband", "Ilse Varg married Tomas Lind in 1702.", "who"),
        ("how many kids live in Ostvik", "About 300 children live in Ostvik.", "how"),
        ("how much money did Copper Sky 2 earn", "Copper Sky 2 grossed $600 million.", "how"),
        # a budget is what it costs; filming may take weeks that it lasted
        ("how much is Copper Sky 3 costing", "Copper Sky 3 has a budget of $90 million.", "how"),
        ("how many weeks did filming take", "Filming lasted 14 weeks.", "how"),
        # what a thing cost to make is its cost; a villain is the antagonist; people
        # living in a town are its inhabitants; paying for a thing is financing it
        ("how much did Copper Sky 3 cost to make", "Copper Sky 3 cost $90 million.", "how"),
        (
            "who is the villain in Copper Sky 3",
            "In Copper Sky 3 Ada Berg plays the antagonist.",
            "who",
        ),
        ("how many people lived in Ostvik in 1900", "By 1900 Ostvik had 4,200 inhabitants.", "how"),
        ("who paid for the harbour wall", "The harbour wall was financed by Ada Berg.", "who"),
        # an outdoor scene is an exterior
        (
            "where were the outdoor scenes of Copper Sky 3 shot",
            "Exterior scenes for Copper Sky 3 were shot in Ostvik.",
            "where",
        ),
        (
            "what connects Ostvik to the coast",
            "The Lode Railway links Ostvik to the coast.",
            "what",
        ),
        # one word family, its derivational endings set aside
        ("what did Tomas Lind invest in", "Tomas Lind was an investor in the harbour.", "what"),
        # a verb and its Latinate noun, parting before five letters are shared
        (
            "when did the Danes invade Ostvik",
            "The invasion of Ostvik by the Danes in 1702 ended the war.",
            "when",
        ),
        (
            "how many writers submitted plays to the Ostvik festival",
            "Submissions of plays to the Ostvik festival came from 410 writers.",
            "how",
        ),
        (
            "who decided to close the harbour",
            "The decision to close the harbour was Ada Berg's.",
            "who",
        ),
    ],
)
def test_a_passage_saying_the_term_another_way_explains_it(
    question: str, passage: str, qtype: str
) -> None:
    assert _reads(question, passage, qtype)[:2] == (True, "")


@pytest.mark.parametrize(
    ("question", "passage", "qtype", "term"),
    [
        # an agent noun is not any verb: a founder is not who led it
        (
            "who was the founder of the salt guild",
            "Maren Holt led the salt guild.",
            "who",
            "founder",
        ),
        # a stranded preposition asks where: "located" must be said
        (
            "what area of Ostvik is the lighthouse located in",
            "The lighthouse of Ostvik was designed by Ada Berg.",
            "what",
            "locate",
        ),
        (
            "where is the lighthouse located",
            "The lighthouse was designed by Ada Berg.",
            "where",
            "locate",
        ),
        # praised by critics is not written by them
        ("who wrote the screenplay", "The screenplay was praised by critics.", "who", "write"),
        # initials of another name
        (
            "how many keepers live in the United Kingdom",
            "About 40 keepers live in the US.",
            "how",
            "unite",
        ),
        # "the earlier films" says nothing of filming, "the sea takes back" of takings
        (
            "where was Copper Sky 3 shot",
            "Ada Berg, who starred in the earlier films, joins Copper Sky 3.",
            "where",
            "shoot",
        ),
        (
            "how much did Copper Sky 2 earn",
            "Ada Berg says Copper Sky 2 takes place 9 years later.",
            "how",
            "earn",
        ),
        # "villain" and "village" share five letters, not a word family
        (
            "who is the villain",
            "Ada Berg grew up in the fishing village of Ostvik.",
            "who",
            "villain",
        ),
        # "committed" commissions nothing, though the two look alike
        (
            "who commissioned the harbour wall",
            "Ada Berg committed the town to the harbour wall.",
            "who",
            "commission",
        ),
        # nor "sequel" and "sequences": they part at the root's own last letter
        (
            "who wrote the sequel",
            "Ada Berg wrote the storm sequences for Copper Sky.",
            "who",
            "sequel",
        ),
    ],
)
def test_a_term_said_no_way_stays_unexplained(
    question: str, passage: str, qtype: str, term: str
) -> None:
    assert _reads(question, passage, qtype) == (False, "unexplained", term)


@pytest.mark.parametrize(
    ("word", "other", "family"),
    [
        ("promote", "promotional", True),  # a silent last letter dropped
        ("produce", "production", True),
        ("compete", "competition", True),
        ("investor", "investment", True),  # both endings set aside
        ("rival", "rivalry", True),  # one whole at the start of the other
        ("invade", "invasion", True),  # a Latinate noun (see `derivations`)
        ("sequel", "sequence", False),  # parting at a letter that is not silent
        ("villain", "village", False),
        ("format", "formalize", False),
    ],
)
def test_a_word_family_shares_its_root_whole(word: str, other: str, family: bool) -> None:
    assert related(stem(word), stem(other)) is family
    assert related(stem(other), stem(word)) is family


def test_agent_nouns_lead_back_to_their_verbs() -> None:
    assert {"lead", "leade"} >= agent_bases("leader") >= {"lead"}
    assert "rule" in agent_bases("ruler")
    assert "govern" in agent_bases("governor")
    assert agent_bases("her") == frozenset()  # too short to be an agent noun


def test_abbreviations_are_the_initials_of_multi_word_names() -> None:
    assert abbreviations("Banks in the United Kingdom and the United States of America") == {
        "uk": ("unite", "kingdom"),
        "usa": ("unite", "state", "america"),
    }
    assert abbreviations("a single Name here") == {}
