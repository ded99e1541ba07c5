"""A film's production history and a studio's, read for what their words say: '"X" is a
1958 war film' defines a film (but "a film production company" is no film); the score
"composed by" someone answers who wrote the music; "initially set at ..., eventually rose
to" gives what it came to cost; "two weeks into filming" is no length of the shoot; one
"originally cast" is not who ended up playing the part, nor does "expanding the role of"
name a player; "Additional scenes were filmed at" is not where it was shot; "Y founded Z"
says nothing of who founded X; "how much did it sell for" is answered by "was acquired
for". The articles are our own, about invented films, people and places.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.counting import counts_another, one_of_many
from bot.engine.kinds import a_year, answer_kind, head_nouns
from bot.engine.parse import question_type
from bot.engine.performers import part_only_written
from bot.engine.plans import asks_plan, only_the_old_plan
from bot.engine.verbforms import verb_unsaid
from bot.text import normalize
from tests.news_articles import Drafted, assert_answers, drafted, drafted_news


@pytest.fixture(scope="module")
def production(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "nyssemoor-production-article.txt", "production")


@pytest.fixture(scope="module")
def studio(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "ovrendale-studio-article.txt", "studio")


def test_a_definition_as_a_film_drafts_a_film_and_a_film_company_is_none(
    production: Drafted, studio: Drafted
) -> None:
    assert production[0]["Nyssemoor"]["kind"] == "film"  # '"Nyssemoor" is a 1958 war film'
    # "Ovrendale Studios is a film production and distribution company"
    assert production[0]["Ovrendale Studios"]["kind"] == "org"
    assert studio[0]["Ovrendale Studios"]["kind"] == "org"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the title six words before "directed by" is what was directed
        ("who directed nyssemoor", "Ovid Nyberg"),
        # the music is written by its composer
        ("who wrote the music for nyssemoor", "Nyall Overby"),
        # "initially set at $800,000, eventually rose to $1.9 million"; "in the end" asks
        # nothing more
        ("what did nyssemoor end up costing in the end", "$1.9 million"),
        # "two weeks into filming" is a time within the shoot; "the 45 days that had
        # originally been planned" is what it is compared with, not all it says
        ("how long did the shoot take", "71 days"),
        # "which organization" asks for a name the passage need not call one
        ("which organization restored nyssemoor", "Nyrelund Film Archive"),
        # hiring to play a part is being cast in it, first is originally
        ("which actress was first hired to play the daughter in nyssemoor", "Nyla Ovesen"),
        ("who was originally cast as the daughter", "Nyla Ovesen"),
        # ... and no one "originally cast" ended up playing it, nor did the writer who
        # expanded the part
        ("who ended up playing the daughter", None),
        # "Additional scenes were filmed in a water tank at Ovington": the main shoot
        # is told in another sentence
        ("where was nyssemoor filmed", "Nyhaven"),
    ],
)
def test_a_production_history_is_read_for_what_its_words_say(
    production: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(production[1], question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "Nyrop founded Nyvale Animation" founded another studio: read on past it
        ("who founded ovrendale studios", "Nils Nystrom"),
        ("when was ovrendale studios founded", "1929"),
        # what sold for a sum was acquired for it
        ("how much did ovrendale sell for", "$640 million"),
        # "the studio's first feature" asks for a film, not a studio
        ("what was the studio's first feature", "Overmarsh Lights"),
        # a move says where it is since; "around the world" is worldwide
        ("where is ovrendale headquartered today", "Ovington"),
        ("how much has ovenglass made around the world", "$310 million"),
    ],
)
def test_a_studio_history_is_read_for_what_its_words_say(
    studio: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(studio[1], question, expected)


def test_a_decade_or_one_of_many_counts_no_staff(studio: Drafted) -> None:
    # "During the 1980s and 1990s, Ovrendale continued to work ..., one of the defining
    # works of its era" counts no one
    answer = studio[1].answer("how many people work at ovrendale")
    assert not answer.answered or "900" in answer.text, answer.text
    words = normalize("it is one of the defining works, one of 12 films").split()
    assert one_of_many(words, words.index("1"))
    assert not one_of_many(words, len(words) - 3)  # "one of 12 films"
    assert a_year(["the", "1990s"], 1) and not a_year(["40s"], 0)


def test_a_title_number_counts_nothing_a_question_counts() -> None:
    names = frozenset({"mossdale"})
    asked = tuple(normalize("which mossdale film had 2 directors").split())
    title = normalize("Mossdale 2: Under the Thaw (2002), again directed by X").split()
    counted = normalize("Mossdale 3 had 2 directors, X and Y").split()
    assert counts_another(asked, "2", title, names)
    assert not counts_another(asked, "2", counted, names)
    # "the 2025 festival": the passage has the year as the question does
    asked = tuple(normalize("which film won at the 2025 festival").split())
    said = normalize("The 2025 festival gave its top prize to X").split()
    assert not counts_another(asked, "2025", said, names)


SEQUEL = """date 2026-07-20

"Nyrath: The Ember Gate" Holds Top Spot in Second Weekend

Ovenworth Pictures' "Nyrath: The Ember Gate" earned an estimated $48.1 million in its second
weekend. The sequel fell 49 percent from its $94.2 million opening.

The original "Nyrath," released in 2021, slid 57 percent in its second weekend before
finishing with $611 million worldwide.

Directed by Nyda Ovanes, who also made the first film, "Nyrath: The Ember Gate" follows
the exiled heir Oven Nyle as he returns to the burning city.
"""


def test_a_sequel_beside_its_quoted_original_is_no_first_film(tmp_path: Path) -> None:
    # "who also made the first film, "Nyrath: The Ember Gate" follows" gives the sequel
    # no "first" names when the article quotes the original by the series' bare name
    entities, engine = drafted(tmp_path, "sequel", SEQUEL)
    aliases = entities["Nyrath: The Ember Gate"].get("aliases", [])
    assert "the original Nyrath" not in aliases and "the first film" not in aliases
    assert_answers(engine, "how much did the original nyrath drop in its 2nd weekend", "57 percent")
    assert_answers(engine, "how much did the ember gate make in its second weekend", "$48.1")


def test_what_a_verb_of_paying_asks_is_a_sum() -> None:
    for question in ("what did it end up costing", "what did they pay for it"):
        words = normalize(question).split()
        assert answer_kind(words, question_type(question), head_nouns(words)) == "money"
    words = normalize("what did the studio make in 2020").split()
    assert answer_kind(words, question_type("what did"), head_nouns(words)) != "money"


def test_first_cast_is_a_plan_a_later_casting_superseded() -> None:
    assert asks_plan(normalize("which actress was first hired to play her").split())
    assert asks_plan(normalize("who was originally cast as the daughter").split())
    assert not asks_plan(normalize("who plays the daughter").split())
    assert only_the_old_plan(normalize("X was originally cast as the daughter.").split())
    # the plan of what the sentence compares with is not all it says
    assert not only_the_old_plan(
        normalize("Shooting lasted 71 days, over the 45 days that had been planned.").split()
    )
    assert only_the_old_plan(
        normalize("It raises questions about X, which had been scheduled for May.").split()
    )


def test_a_part_only_written_names_no_player() -> None:
    assert part_only_written({"play"}, "He rewrote it, expanding the role of the daughter.")
    assert not part_only_written({"play"}, "The role of the daughter went to Ovena Nyquist.")
    assert not part_only_written({"direct"}, "He rewrote it, expanding the role.")


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "ovesby-town-article.txt", "town")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the last census's count is today's
        ("what's the population these days", "21,480"),
        # giving a charter is granting it; a siege is being besieged; reaching is arriving
        ("who gave ovesby its town charter", "Nyssa Ovrel"),
        ("how long did the 1622 siege go on", "nine weeks"),
        ("when did the railway reach ovesby", "1881"),
        # "who's" is "who is"; "rn" is now; "the current music director ... appointed in
        # 2016" holds now, and the music director asked is no other office
        ("who's the music director rn", "Ovelia Nystad"),
        # a player of an orchestra is a musician; an architect designs; a label is named
        # as one; "mostly" and a closing "roughly" hedge
        ("how many full-time players does the philharmonic have", "68"),
        ("who was the architect of the nyrow hall", "Oveta Nyberg"),
        ("what label does the orchestra mostly record for", "Nyvox Records"),
        ("how many people live in ovesby roughly", "21,480"),
        # one who died was killed; casualties are the killed and injured
        ("where did nyren ovast die", "Nyle Ford"),
        ("how many casualties did the defenders get", "400 defenders"),
    ],
)
def test_a_town_history_is_read_for_what_its_words_say(
    town: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(town[1], question, expected)


def test_chat_ranks_and_deal_worth_are_read_as_fans_mean_them(studio: Drafted) -> None:
    # "how much is the deal worth" asks the deal's sum; "originally" adds nothing to a
    # founding
    assert_answers(studio[1], "how much is the nyrath deal worth", "$75 million")
    assert_answers(studio[1], "who founded ovrendale studios originally", "Nils Nystrom")


def test_a_verb_the_passage_lacks_leaves_the_nouns_after_it_no_verbs() -> None:
    # "did the Normans first gain their identity": "gain" is the verb, and "identity"
    # after it no verb to read roles by
    asked = tuple(normalize("what century did the normans first gain their identity").split())
    said = ["the", "identity", "of", "the", "norman", "emerge", "in", "the", "10th", "century"]
    assert verb_unsaid(asked, 2, frozenset({"normans"}), said)
    assert not verb_unsaid(asked, 2, frozenset({"normans"}), [*said, "gain"])
