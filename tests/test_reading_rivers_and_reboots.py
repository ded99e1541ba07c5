"""A river's reference article and a reboot's production story, read as fans ask about
them. Our own articles, about invented things:

- "how long's the Quelmere" of an article about the River Quelmere asks its length, which
  "approximately 148 kilometres (92 mi) long" gives, not "four days of continuous rain";
- "how tall are the round towers" is not answered by "five round towers, of which only
  three survive": a height needs its unit;
- "62 metres long, ... the second-longest castle church after Veskl Abbey" measures no
  abbey;
- "the two largest intermediate stations" and "the first two seasons" count a part;
- "The Battle of Quelmford was fought on 3 May 1403" defines a battle, so "fought" is no
  word of every sentence of its article (the treaty of 1404 is no answer);
- the budget "for its reboot of" a 1991 film is not the 1991 film's; a job the passage
  never says ("how old is the new director") is not the age it gives of an actor; "shot
  by a different cinematographer" names no cinematographer;
- "who plays the courier" is not answered by one "who plays the courier's sister";
- a Friday haul and previews are part of a weekend's takings;
- a headline's year waits for a passage's day; "now after the delay" asks when it opens
  now; "the new release date" of an article's film is not another franchise's;
- "when was he born" is not answered by his death in his hometown, but by his life's dates;
- "worldwide" after "pull in" is no verb, "Tarrow's horror hit" no verb "hit"; "next
  to" a river is on its bank.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import ages, counting, defined, dimensions, kinds, premise, roles, takings
from bot.text import normalize, stem
from tests.news_articles import Drafted, assert_answers, beside_curated, drafted, drafted_articles

ARTICLES = {
    "river": "quelmere-river-article.txt",
    "reboot": "quelmford-reboot-article.txt",
}


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Drafted]:
    return drafted_articles(tmp_path_factory, ARTICLES)


ASKED = [
    # the article's structure, asked by its name alone
    ("river", "how long's the quelmere?", "148 kilometres"),
    # a height needs its unit
    ("river", "how tall are the round towers", None),
    ("river", "how tall is the keep", "31 metres"),
    # the other side of a comparison is not measured
    ("river", "how long is veskl abbey", None),
    ("river", "how long is the castle church", "62 metres"),
    # a part counted is no total
    ("river", "how many stations did the railway have", "eleven"),
    # a battle's definition says when it was fought, not every sentence of its article
    ("river", "when was the battle of quelmford fought", "3 May 1403"),
    # a later film's budget
    ("reboot", "what was the budget on the original 1991 movie", None),
    # an age given of someone doing another job
    ("reboot", "how old is the new director?", None),
    ("reboot", "how old is the villain", "29"),
    # a job described, never named
    ("reboot", "who was the dp on the reboot", None),
    ("reboot", "who's directing the reboot", "Veskla Tarrow"),
    # the first two seasons of a series are not all of them
    ("reboot", "how many seasons of quelm street were there in total", None),
    # the original film's opening is not the reboot's shoot
    ("reboot", "when do cameras start rolling", "June"),
    ("reboot", "how much did the reboot make on friday", "$9.4 million"),
    # "worldwide" is no verb; "Tarrow's horror hit" is what made the money
    ("reboot", "how much did the 1991 original pull in worldwide?", "$180 million"),
    ("reboot", "how much did tarrow's horror hit make", "$97 million"),
    # "next to" a river: on its bank
    ("river", "which river is the castle next to", "River Quelmere"),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_each_article_is_read_for_what_readers_ask(
    read: dict[str, Drafted], article: str, question: str, expected: str | None
) -> None:
    assert_answers(read[article][1], question, expected)


def test_a_part_s_owner_is_not_its_player(read: dict[str, Drafted]) -> None:
    answer = read["reboot"][1].answer("who plays the courier")
    assert not answer.answered or "Jeskina Marr" not in answer.text
    assert_answers(read["reboot"][1], "who plays the courier's sister", "Jeskina Marr")


@pytest.mark.parametrize(
    ("sentence", "number", "part"),
    [
        ("ran the 1st 2 seasons of the series", "2", True),
        ("directed the final 3 episodes", "3", True),
        ("the 2 largest stations", "2", True),
        ("the series ran for 5 seasons", "5", False),
    ],
)
def test_a_part_counted_is_no_total(sentence: str, number: str, part: bool) -> None:
    words = sentence.split()
    asked = {"how", "many", "seasons", "episodes", "stations"}
    assert counting.a_part_counted(words, words.index(number), asked) is part


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("how big is the budget on the sequel", "money"),
        ("how large is the endowment", "money"),
        ("how big is the lake", "count"),
    ],
)
def test_how_big_a_sum_is_asks_the_sum(question: str, kind: str) -> None:
    words = question.split()
    assert kinds.answer_kind(words, "how", kinds.head_nouns(words)) == kind


def test_a_river_s_flow_gives_its_length() -> None:
    question = tuple("how long is the ghyrwent".split())
    flowing = "rising on the moor it flows south east for 87 kilometres".split()
    rising = "rising on the moor at 540 metres".split()
    assert not dimensions.other_dimension(question, flowing, "length")
    assert dimensions.other_dimension(question, rising, "length")


def test_an_adverb_is_no_doer() -> None:
    passage = normalize("The char spawns in late winter, usually in February, at depth.")
    words = passage.split()
    question = tuple("which month do they usually spawn in".split())
    assert roles.roles_swapped(question, [stem(w) for w in words], frozenset(), (), words) is None


def test_a_day_s_takings_are_no_weekend_s() -> None:
    words = "its friday haul of 17 9 million included 5 1 million from thursday previews".split()
    asked = {"how", "much", "did", "it", "pull", "in"}
    assert takings.a_day_s(asked, words, words.index("17"))
    assert not takings.a_day_s({*asked, "friday"}, words, words.index("17"))


def test_a_definition_s_noun_ends_before_its_participle() -> None:
    sentence = "The Battle of Quelmford was an engagement fought on 3 May 1403 at the ford."
    assert defined.definition(sentence) == "Battle of Quelmford engagement"


def test_an_age_of_no_one_in_the_job_asked() -> None:
    text = "how old is the new director"
    question = premise.asked(tuple(text.split()), "how", frozenset(), text)
    actor = "the villain will be played by quelmina dorr 29 years old".split()
    director = "the film is directed by veskla tarrow 41 years old".split()
    assert not ages.verdict(question, actor).ok
    assert ages.verdict(question, director).ok


LIFE = """date 2025-11-04

Harvel Tarrowsen

Harvel Tarrowsen (2 August 1871 - 14 March 1949) was a Jeskish physicist and instrument \
maker, best known for his early electrometers.

After retiring, Tarrowsen returned to his hometown, where he died on 14 March 1949 at the \
age of 77.
"""


def test_a_birth_is_asked_of_a_birth(tmp_path: Path) -> None:
    _, engine = drafted(tmp_path, "life", LIFE)
    assert_answers(engine, "when was tarrowsen born?", "2 August 1871")


DELAY = """date 2026-01-10

Jesk Pictures Taps Veskla Tarrow for 'Quelm Street' Finale; Release Pushed to 2027

Jesk Pictures named Veskla Tarrow on Friday to direct the last film of its series.

"Quelm Street" had been scheduled to open on November 20, 2026; Jesk Pictures now plans \
to release it on March 5, 2027, in standard and large-format theaters.
"""


@pytest.mark.parametrize(
    "question",
    [
        "when does quelm street hit theaters now after the delay",
        "when does quelm street hit theaters now",
    ],
)
def test_a_headline_s_year_waits_for_a_day(tmp_path: Path, question: str) -> None:
    _, engine = drafted(tmp_path, "delay", DELAY)
    assert_answers(engine, question, "March 5, 2027")


SLIPPING = """date 2026-02-19

Flood Halts Shoot of Fantasy Sequel 'Jeskwater 2'

A flood at the Quelmouth studios has halted production on "Jeskwater 2," the sequel to \
Vesklan Pictures' 2023 fantasy hit "Jeskwater," for at least six weeks.

The release date, which had been set for Nov. 12, 2027, is expected to slip into the \
following year, though the studio has not yet announced a new slot.
"""


def test_a_new_release_date_is_the_news_s_film_s(tmp_path: Path) -> None:
    # beside the curated Mission: Impossible facts, as the evaluation builds an article
    engine = beside_curated(tmp_path, "slipping", SLIPPING)
    assert_answers(engine, "what's the new release date then?", None)
