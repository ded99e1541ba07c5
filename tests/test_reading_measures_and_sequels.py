"""A railway's reference article and a weekend box-office story, read as fans ask about
them. Our own articles, about invented things:

- "the Harrowkeld Tunnel, 2.4 kilometres long" in a list of a line's works is the
  tunnel's length, not the line's;
- "The Treaty of Ostmar was a trade agreement signed on 2 May 1869" dates the treaty's
  signing;
- "Dromsk is a mill town on the River Velbrae" says what river it sits on;
- "fiancée" and "Béravel" are asked without their accents;
- "Upper Faldria" is a place, and no one's surname makes "Faldria" theirs;
- 'Made for a modest $14 million, "Ostmar Light" follows ...' is the film's budget, not a
  rival's;
- "co-written by" answers who co-wrote it;
- "employs around 600 people" is no population, "the heaviest snowfall" the most snow
  ever had, and "burned by striking workers" says who burned it;
- "the Ostmar Light sequel" is no film the story is about;
- "has instead tapped X", after the director "will not be behind the camera", names who
  directs it; "the writing team behind X" directs nothing; ", topping the $180 million
  spent on X" leaves the budget the new film's; the first film, drafted with its year,
  is known as "the first Myrrow Gate".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.draftnames import _classify
from bot.engine import doers, idioms, passive, phrasewords, sequels
from bot.text import normalize, stem
from tests.news_articles import Drafted, assert_answers, drafted, drafted_articles

ARTICLES = {
    "railway": "ruvanby-railway-article.txt",
    "weekend": "ostmar-lighthouse-weekend-article.txt",
    "sequel": "myrrow-gate-sequel-article.txt",
}


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Drafted]:
    return drafted_articles(tmp_path_factory, ARTICLES)


ASKED = [
    # a measure set off after a name is that name's
    ("railway", "how long is the harrowkeld tunnel", "2.4 kilometres"),
    ("railway", "how long is the yssel viaduct", None),
    # "X was a trade agreement signed on": the copula makes the agreement the treaty
    ("railway", "when was the treaty of ostmar signed", "2 May 1869"),
    ("railway", "when was the treaty signed", "2 May 1869"),
    # "acted as mediator" is the mediator: "under the mediation of"
    ("railway", "which duchy acted as mediator in the talks", "Duchy of Harrowmark"),
    # "a mill town on the River Velbrae" places it, though nothing says "located"
    ("railway", "where is dromsk located", "River Velbrae"),
    ("railway", "what river is dromsk on", "River Velbrae"),
    # "from Duke Osric Faldrane": a duke is a person, whatever "from" says
    ("railway", "who gave dromsk its market charter", "Duke Osric Faldrane"),
    # a population needs words of living somewhere: a mill's staff is no town's people
    ("railway", "how many people live in dromsk", "4,310"),
    ("railway", "how many people live in ruvanby", None),
    ("railway", "how many people work at the paper mill", "600 people"),
    # "the most snow it has ever had" is its own record, the heaviest snowfall
    ("railway", "what is the most snow dromsk has ever had", "31 centimetres"),
    # "by striking workers": a group of people, named by what they were, did it
    ("railway", "who burned the first dromsk station", "striking workers"),
    ("railway", "who designed the first dromsk station", None),
    # "granite quarried at Harrow Moor" says where it came from
    ("railway", "where was the bridges' granite from", "Harrow Moor"),
    ("railway", "where was the granite quarried", "Harrow Moor"),
    # a calling before a name says who did its act: "under the engineer Matthias Béravel"
    ("railway", "who engineered the line", "Matthias Béravel"),
    ("railway", "who was the architect of the yssel viaduct", "Tomas Velbrand"),
    ("railway", "who was the architect of the harrowkeld tunnel", None),
    # a verb parted from its particle by its object is the phrase all the same
    ("railway", "who brought the dromsk lantern fair back", "Ilsa Brenn"),
    ("railway", "when did they put the clock tower in", "1924"),
    ("railway", "which war did the treaty bring to an end", "Mill Toll War"),
    # accents typed or not
    ("railway", "who was matthias beravel's fiancee", "Ilse Carrowmoor"),
    ("railway", "who was béravel's fiancée", "Ilse Carrowmoor"),
    ("railway", "who was the engineer on the line", "Béravel"),
    # the fronted budget is the film's the sentence goes on to name
    ("weekend", "what did ostmar light cost to make", "$14 million"),
    ("weekend", "how much did the velbrae run cost", "$95 million"),
    ("weekend", "who co-wrote ostmar light", "Petra Dromskov"),
    ("weekend", "who co-wrote the screenplay", "Petra Dromskov"),
    # "has instead tapped X" after "will not be behind the camera": who directs it now
    ("sequel", "who is directing myrrow gate 3", "Ida Myrrick"),
    ("sequel", "who is directing the new one", "Ida Myrrick"),
    ("sequel", "who directed ashfall", None),  # "the writing team behind "Ashfall""
    ("sequel", "who wrote ashfall", "Ansel Brook"),
    # a film measured against in a closing clause leaves the sentence its own film's
    ("sequel", "what's the budget on myrrow gate 3", "$210 million"),
    ("sequel", "what's the budget on the new one", "$210 million"),
    # the draft gave the first film its year: "the first Myrrow Gate" is known
    ("sequel", "how much did the first myrrow gate movie make", "$540 million"),
    ("sequel", "how much did the fourth myrrow gate movie make", None),
    # "That project is slated to begin filming in Spain": the project just named
    ("sequel", "where are they shooting myrrow gate 3", "Norway"),
    ("sequel", "where will dust choir film", "Spain"),
    # "the second director departure at Corlan": where one left, not who
    ("sequel", "who is walking away from myrrow gate 3", None),
    # a sum after a quoted title is the film's, not the pay of the person named before it
    ("sequel", "how much is myrrick being paid to direct it", None),
    ("sequel", "how much did harlow pictures pay for cold harbour", "$9 million"),
    # the sequel to the story's film is another, unknown film
    ("weekend", "when is the ostmar light sequel coming out", None),
    ("weekend", "when does the sequel to ostmar light come out", None),
    ("weekend", "who is directing the ostmar light sequel", None),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_each_article_is_read_for_what_readers_ask(
    read: dict[str, Drafted], article: str, question: str, expected: str | None
) -> None:
    assert_answers(read[article][1], question, expected)


def test_the_line_is_not_measured_by_its_tunnel(read: dict[str, Drafted]) -> None:
    answer = read["railway"][1].answer("how long is the line")
    assert "2.4 kilometres" not in answer.text or not answer.answered


def test_a_region_s_name_is_a_place_and_lends_no_surname(read: dict[str, Drafted]) -> None:
    entities = read["railway"][0]
    assert entities["Upper Faldria"]["kind"] == "place"
    assert entities["Duke Osric Faldrane"]["kind"] == "person"
    assert entities["Yssel Viaduct"]["kind"] == "place"
    assert "Faldria" not in entities["Upper Faldria"].get("aliases", [])


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Upper Normandy", "place"),
        ("West Francia", "place"),
        ("North Fresno", "place"),
        ("Central Bank", "org"),  # an institution's word ends it
        ("Anna Westrick", "person"),
        ("New France", "place"),
        ("Great Britain", "place"),
        ("French Louisiana", "place"),  # a people's adjective opens no person's name
        ("French Canadians", "org"),  # ... and its plural is a people
        ("Fort Ticonderoga", "place"),
        ("Rollo's Vikings", "org"),  # an owner's thing, never a person's name
        ("Hudson's Bay", "place"),
        ("Duke Osric Faldrane", "person"),  # a rank makes a person
        ("Prince Edward Island", "place"),  # ... unless a place's word ends it
        ("Dromsk Lantern Fair", "org"),  # a fair is an event, no person
    ],
)
def test_the_first_word_of_a_name_may_say_its_kind(name: str, kind: str) -> None:
    words = name.split()
    found = _classify(name, words, "the ", frozenset(), frozenset(), film_doc=False)
    assert found is not None and found.value == kind


def test_a_studio_may_open_on_new_in_film_news() -> None:
    found = _classify(
        "New Meridian", ["New", "Meridian"], "", frozenset(), frozenset(), film_doc=True
    )
    assert found is not None and found.value != "place"


def test_accents_fold_in_the_words_questions_and_passages_share() -> None:
    assert normalize("His fiancée Béravel") == normalize("his fiancee Beravel")
    assert normalize("Ergänzungsschulen") == "erganzungsschulen"


@pytest.mark.parametrize(
    ("question", "later"),
    [
        ("when is the ostmar light sequel coming out", True),
        ("when does the sequel to ostmar light come out", True),
        ("when does ostmar light come out", False),
        ("when does the sequel come out", False),  # the story's film may be the sequel
    ],
)
def test_a_sequel_of_a_named_film_is_another_film(question: str, later: bool) -> None:
    from bot.aliases import Mention

    words = tuple(normalize(question).split())
    at = next((i for i, w in enumerate(words) if w == "ostmar"), None)
    mentions = [] if at is None else [Mention("ostmar-light", at, at + 2)]
    assert sequels.later_than_named(words, mentions, ("ostmar-light",)) is later


def test_a_copula_reaches_back_to_its_subject() -> None:
    stems = [
        stem(w) for w in normalize("The Treaty of Ostmar was a trade agreement signed").split()
    ]
    at = stems.index("sign")
    assert "treaty" in stems[at - passive.participle_reach(stems, at) : at]


@pytest.mark.parametrize(
    ("passage", "reversed_"),
    [
        # "writing" modifies the partner: no act whose roles could be reversed
        (
            "Teodor will work from the script by Ilsa Brand and her longtime writing partner Ivo.",
            None,
        ),
        # ... where "the script" written by someone before the verb is the other way round
        ("The script kept writing itself, Ivo said.", "write"),
    ],
)
def test_a_gerund_an_owner_has_is_no_act(passage: str, reversed_: str | None) -> None:
    words = normalize(passage).split()
    stems = [stem(w) for w in words]
    assert doers.acts_reversed(("write", ("script",)), stems, words) == reversed_


@pytest.mark.parametrize(
    ("question", "at", "unsaid"),
    [
        ("how many fans can the stadium hold", 2, True),  # its capacity, "a 21,400-seat"
        ("how many spectators can the stadium hold", 2, True),
        ("how many fans did the club lose", 2, False),  # fans lost are fans
        ("who was the engineer behind the aqueduct", 4, True),  # "designed by the engineer X"
        ("who is standing behind the stage", 3, False),  # a place
    ],
)
def test_words_a_passage_need_not_repeat(question: str, at: int, unsaid: bool) -> None:
    words = normalize(question).split()
    qtype = "who" if words[0] == "who" else "how"
    assert idioms.unsaid(words, at, qtype) is unsaid


def test_a_pronoun_reaches_back_past_a_sentence_naming_no_one(tmp_path: Path) -> None:
    text = (
        "date 2026-05-11\n\nThe Dromsk Branch\n\n"
        "The Dromsk Branch is a railway in Upper Faldria. Work on it began in 1870 under "
        "the engineer Matthias Kellvar. Its bridges were built of granite quarried at "
        "Harrow Moor. His wife Ada Kellvar laid the first stone at Dromsk.\n"
    )
    _, engine = drafted(tmp_path, "branch", text)
    assert_answers(engine, "who was matthias kellvar's wife", "Ada Kellvar")


@pytest.mark.parametrize(
    ("question", "verb", "meant", "particle"),
    [
        ("who brought the lantern fair back", 1, "revive", 5),
        ("when did they shut the old mill down", 3, "close", 7),
        ("who brought back the fair", 1, "revive", 2),  # next to its verb
        ("who brought the fair to the town back", 1, None, None),  # "to" ends the object
        ("what did they put on the table", 3, None, None),  # no particle of a phrase
    ],
)
def test_a_particle_may_follow_the_verb_s_object(
    question: str, verb: int, meant: str | None, particle: int | None
) -> None:
    words = normalize(question).split()
    assert phrasewords.phrase_word(words, verb) == meant
    if particle is not None:
        assert phrasewords.phrase_particle(words, particle)
