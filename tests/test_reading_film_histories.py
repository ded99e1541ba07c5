"""A weekend report and a cinema's history, read for what their words stand for: "the
film" after a film introduced with its year is that film; '"Lantern Tithe," the
supernatural thriller' names a film, and "from director X" says who directed it; "who
started the studio" asks who founded it, not who "restarted" its label; "took the top
prize" is winning it; "audiences bought 400,000 tickets" is what the film sold; "one of
the first in the county" was not the first; "250 additional theaters" counts no total;
"opened to $52.6 million" is no budget. The articles are our own, about invented films,
people and places.
"""

from __future__ import annotations

import pytest
from premise_reading import read

from bot.aliases import Mention
from bot.engine.kinds import answer_kind, head_nouns
from bot.engine.parse import question_type
from bot.engine.passive import agent_of
from bot.engine.phrasewords import phrase_word, with_object_verbs
from bot.models import EntityKind
from bot.text import normalize, stem
from tests.news_articles import Drafted, assert_answers, drafted, drafted_news


@pytest.fixture(scope="module")
def weekend(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "dwarrow-weekend-article.txt", "weekend")


@pytest.fixture(scope="module")
def cinema(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "yvelmark-cinema-article.txt", "cinema")


def test_a_title_with_a_genre_in_apposition_or_rebooted_is_a_film(weekend: Drafted) -> None:
    entities, _ = weekend
    assert entities["Lantern Tithe"]["kind"] == "film"  # '"Lantern Tithe," the ... thriller'
    assert entities["Dwarrow Hollow"]["kind"] == "film"  # 'reboot of "Dwarrow Hollow,"'


def test_a_company_called_by_its_first_word_is_one_entity(weekend: Drafted) -> None:
    entities, _ = weekend
    assert "Yvenna" in entities["Yvenna Studios"].get("aliases", [])
    assert "Dwelmoor" in entities["Dwelmoor Pictures"].get("aliases", [])
    assert "Yvenna" not in entities and "Dwelmoor" not in entities


def test_a_cinema_named_by_its_head_noun_is_one_entity(cinema: Drafted) -> None:
    entities, _ = cinema
    assert entities["Yvelmark Picturedrome"]["kind"] == "org"  # no person's name
    assert "Picturedrome" in entities["Yvelmark Picturedrome"].get("aliases", [])
    assert "Picturedrome" not in entities


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "from director X" says who directed it; the agent noun is no verb to read roles by
        ("who directed lantern tithe", "Dagny Ysolde"),
        # "The film was directed from a script by X" names the script's writer
        ("who wrote the script for lantern tithe", "Yorrin Dask"),
        # "the film" of the next sentence is the weekend's new film, not the other one
        ("who directed dwarrow hollow", "Dolph Yarrick"),
        # "the new Dwarrow Hollow" is the reboot the news is about, its "new" no term
        ("who directed the new dwarrow hollow", "Dolph Yarrick"),
        # "cost a reported $94 million to produce", not "opened to $52.6 million"
        ("what was the production budget of the dwarrow hollow reboot", "$94 million"),
        ("how many theaters did dwarrow hollow open in", "3,880"),
        # "250 additional theaters" is an increase, no count of theaters it plays in
        ("how many theaters will dwarrow hollow be playing in next weekend", None),
        # starting a studio is founding it, not restarting its horror label
        ("who started yvenna studios", "Yorick Wendle"),
        ("when was yvenna studios started", "1946"),
        ("who set up yvenna studios", "Yorick Wendle"),
        # "cost a reported $94 million" is what it cost, not what it made
        ("how much did dwarrow hollow make", "$52.6 Million"),
        # "put out" is releasing; "the film" after '"Wicker Lantern," the new thriller'
        ("which studio is putting out wicker lantern", "Dwelmoor"),
        ("when will wicker lantern come out", "February"),
        # "DP" is the director of photography; "who made" a film asks its director
        ("who is the dp on wicker lantern", "Dilys Yarrow"),
        ("who made wicker lantern", "Yorrin Dask"),
        # "current" is said by "has served ... since 2021"
        ("who is dwelmoor's current head of camera", "Dilys Yarrow"),
        # "Yvenna" alone is Yvenna Studios, called so after its first mention
        ("who started yvenna", "Yorick Wendle"),
        ("what year was yvenna studios started", "1946"),
        # "the series that last played in cinemas in 2011" sets no scene for the reboot's
        # takings in the sentence after it
        ("how much did the 2011 dwarrow hollow movie make overseas", None),
    ],
)
def test_a_weekend_report_is_read_for_what_its_words_stand_for(
    weekend: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(weekend[1], question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "The film, which was shot in 22 days" follows '"Yarrow Field" (1954)'
        ("how long did it take to shoot yarrow field", "22 days"),
        # ... and "Its success with audiences, who bought 400,000 tickets" too
        ("how many tickets did yarrow field sell in its first year", "400,000"),
        # "took the top prize" is winning it
        ("which film won the top prize at dunvale", "Yarrow Field"),
        # "set up in 1998 by" says who founded it, as the index ranks it
        ("who founded the yvelmark trust", "Delyth Yorath"),
        ("who set up the yvelmark trust", "Delyth Yorath"),
        # a town asked for with "from" is where one was born
        ("which town is dunstan yoke from", "Dunholt"),
        # what a place holds is its seats: "with seats for 1,960 people"
        ("how many people can the yvelmark picturedrome hold", "1,960"),
        # "how many times" is answered by "twice"
        ("how many times has yoke won the dunvale critics award", "twice"),
        # "one of the first in the county to be equipped for sound" was not the first
        ("what was the first cinema in the county to get sound", None),
    ],
)
def test_a_cinema_history_is_read_for_what_its_words_stand_for(
    cinema: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(cinema[1], question, expected)


def test_a_word_the_facts_lack_before_movie_is_no_unknown_name(cinema: Drafted) -> None:
    # "the final movie" describes a film; it names none the bot should say it can't find
    reply = cinema[1].answer("what was the final movie shown at the picturedrome")
    assert "final" not in reply.text


@pytest.mark.parametrize(
    ("words", "at", "meant"),
    [
        ("which film took the festival's top prize", 2, "win"),
        ("how much did it take at the box office", 3, None),  # takings, not a prize
        ("who set up the trust", 1, "found"),
        ("why did he walk away", 3, "leave"),
        ("which studio put out the film", 2, "release"),
        ("what did they pay to pick up the film", 5, "acquire"),
        ("which film picked up the top prize", 2, "win"),  # an honour after it: winning
    ],
)
def test_two_words_or_a_verb_and_its_honour_say_one_word(
    words: str, at: int, meant: str | None
) -> None:
    assert phrase_word(normalize(words).split(), at) == meant


def test_a_verb_beside_a_name_of_its_kind_is_read_as_the_verb_it_stands_for() -> None:
    kinds = {"kraxton": EntityKind.ORG, "clay-season": EntityKind.FILM}

    def read(question: str, entity: str, start: int, end: int) -> str:
        words = question.split()
        mentions = [Mention(entity, start, end)]
        return " ".join(with_object_verbs(words, mentions, kinds.__getitem__))

    assert read("who started kraxton", "kraxton", 2, 3) == "who founded kraxton"
    assert read("when was kraxton started", "kraxton", 2, 3) == "when was kraxton founded"
    # its object is production, not the studio
    assert read("when did kraxton start production", "kraxton", 2, 3).endswith("start production")
    assert read("who made clay season", "clay-season", 2, 4) == "who directed clay season"
    # the takings a film makes, and a studio making it, are no directing
    assert read("how much did clay season make", "clay-season", 3, 5).endswith("make")
    assert read("which studio made clay season", "clay-season", 3, 5).endswith("made clay season")


def test_a_by_after_a_work_names_the_works_maker_not_the_verbs() -> None:
    directed = [stem(w) for w in normalize("it was directed from a script by Yorrin Dask").split()]
    assert agent_of(directed, 2) is None
    plain = [stem(w) for w in normalize("it was directed by Dolph Yarrick").split()]
    assert agent_of(plain, 2) == ["dolph", "yarrick"]


def test_a_town_asked_for_with_from_asks_for_an_origin() -> None:
    words = normalize("which town is she from").split()
    assert answer_kind(words, question_type(words), head_nouns(words, frozenset())) == "origin"
    # ... but not a film asked for with "from": "which film is the clip from"
    clip = normalize("which film is the clip from").split()
    assert answer_kind(clip, question_type(clip), head_nouns(clip, frozenset())) != "origin"


ACADEMY = """date 2025-02-11

Founded in 1921 by the cinematographer Odile Yarwood and named after the river that runs past its gates, Dunmere is the oldest institution in the country devoted to teaching film. Its campus stands on the edge of Yvelmark.

Dunmere was granted the right to award degrees in 1958. Dunmere's endowment of $210 million is the largest of any film school in the region. Beginning in 2019, students from families with incomes below $40,000 pay no tuition.
"""


@pytest.fixture(scope="module")
def academy(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted(tmp_path_factory.mktemp("academy"), "dunmere", ACADEMY)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "the school" is the institution the article defines, though its sentences say
        # "Dunmere" (a definition may follow a participle's clause: "Founded in 1921 ...")
        ("when was the school granted the right to award degrees", "1958"),
        ("how big is the school's endowment", "$210 million"),
        # "incomes below $40,000" bounds a sum; it is no sum anyone pays
        ("how much do students pay to go to dunmere", None),
    ],
)
def test_the_thing_a_reference_article_defines_is_what_the_school_means(
    academy: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(academy[1], question, expected)


def test_a_cinemas_history_is_not_about_the_first_film_it_showed(cinema: Drafted) -> None:
    # titled by the cinema's name, the article's films are what it showed, so a sentence
    # naming none (who commissioned it) is about no film
    engine = cinema[1]
    commissioned = next(
        e.fact
        for e in engine.index.entries
        if e.fact.answer.startswith("The cinema was commissioned")
    )
    assert "dapple-and-daw" not in commissioned.entities
    assert "dorrit-yale" in commissioned.entities


@pytest.mark.parametrize(
    ("question", "passage", "names", "ok"),
    [
        # general paraphrases: "control" is "dominated", "troops" are "forces", a start
        # "erupted", "how many people" a population
        (
            "where did the guild control",
            "The guild dominated much of the Upper Ennet Valley.",
            {"guild"},
            True,
        ),
        (
            "who controlled the studio's forces after the war",
            "After the war, Ilse Varg assumed command of the studio's forces.",
            set(),
            True,
        ),
        (
            "when did the strike start",
            "The dispute erupted into a strike in May 1954.",
            set(),
            True,
        ),
        (
            "how many people were in the colony",
            "The colony had a population of roughly 60,000.",
            set(),
            True,
        ),
        # a person asked for by a head noun, as by "who": not one cast as the part's kin
        (
            "which actress plays hesper dunn",
            "Orla Finch has been cast as Hesper's estranged brother Cass.",
            {"hesper", "dunn"},
            False,
        ),
        (
            "which actress plays hesper dunn",
            "Orla Finch will return as the cartographer Hesper Dunn.",
            {"hesper", "dunn"},
            True,
        ),
        # "the new Dwarrow Hollow" names the film the news is about; "new" is no term
        (
            "who directed the new dwarrow hollow",
            "Dwarrow Hollow was directed by Dolph Yarrick.",
            {"dwarrow", "hollow"},
            True,
        ),
        # an office the question names itself is the one asked for, not another
        (
            "who is the current artistic director",
            "Delyth Arrow has served as artistic director since 2017.",
            set(),
            True,
        ),
        (
            "who is directing the sequel",
            "Artistic director Delyth Arrow said the sequel would open the festival.",
            set(),
            False,
        ),
        # ... but a population is no count of a studio's staff
        (
            "how many people work at the studio",
            "The town around the studio had a population of roughly 60,000.",
            set(),
            False,
        ),
    ],
)
def test_words_are_read_for_what_they_say_of_the_question(
    question: str, passage: str, names: set[str], ok: bool
) -> None:
    assert read(question, passage, names)[0] is ok


DEAL = """date 2024-09-05

Kelvmoor Media Group to Buy Yarrowdene Studios for $900 Million

Kelvmoor Media Group has agreed to acquire Yarrowdene Studios, the producer of the "Lantern Reach" films, in a deal valued at $900 million. Yarrowdene Studios was founded in 1999 by the producer Dilwen Yates. Over the past quarter century it has produced 41 feature films. Yates will stay on to run a new production label, to be called Yarrowdene Originals. London-based Kelvmoor will pay $14 per Yarrowdene share. Kelvmoor shares fell 3 percent on Wednesday.
"""


@pytest.fixture(scope="module")
def deal(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted(tmp_path_factory.mktemp("deal"), "yarrowdene", DEAL)


def test_a_company_holding_a_company_word_is_called_by_its_first_word(deal: Drafted) -> None:
    entities, _ = deal
    assert "Kelvmoor" in entities["Kelvmoor Media Group"].get("aliases", [])
    assert entities["Yarrowdene Originals"]["kind"] == "org"  # a label, no person


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "Over the past quarter century it has produced ...": "it" is the studio
        ("how many feature films has yarrowdene studios produced", "41"),
        ("how much is kelvmoor paying for yarrowdene", "$900 million"),
        ("how far did kelvmoor shares fall", "3 percent"),
        # "$14 per share" is a rate: no answer to the whole price, but to a rate asked
        ("how much is kelvmoor paying per share", "$14"),
    ],
)
def test_a_studio_sale_is_read_for_whose_name_is_whose(
    deal: Drafted, question: str, expected: str | None
) -> None:
    assert_answers(deal[1], question, expected)


REMAKE = """date 2025-05-02

Orla Finchley to Direct Remake of "Yew Harbour" for Kelby Pictures; Yarrowvue Takes Streaming Rights

Orla Finchley, the director whose 2019 debut "Salt Meadow" won the audience award at the Dunvale Film Festival, has been attached to direct a remake of the 1990 thriller "Yew Harbour" for Kelby Pictures, the studio said on Thursday.

Alongside the directing news, Kelby announced that it had sold the worldwide streaming rights to the remake to Yarrowvue, the subscription service, for $48 million.
"""


def test_a_headline_refused_after_the_first_passage_is_read_past(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "the directing news" ranks first and names no one; the headline after it is no
    # answer to "who" either, and the lead it compresses is read next
    _, engine = drafted(tmp_path_factory.mktemp("remake"), "yew-harbour", REMAKE)
    assert_answers(engine, "who is directing the remake", "Orla Finchley")
