"""A streaming deal for a horror prequel and a trading league's reference article, read as
fans ask about them: section headings on their own lines stay out of the sentences under
them; "Ekport's Ekhall" is the Ekhall; "the spy thriller The Ekbury Affair", "the
creature feature Ekmond's Well" and "Ekmire Hollow, the long-delayed prequel to ..." are
films, so "where does Ekmire Hollow take place" asks where it is set; "topping the $31
million it spent on ..." is another film's price; "the seven founding harbours" say
nothing of when the league was founded; "X, a guildhouse finished in 1388" is X's
finishing; and "who's behind the camera" asks who directs the film the news is about,
not the franchise curated beside it. The articles are our own, about invented things.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import (
    Engine,
    attributive,
    chatter,
    kinds,
    measures,
    passive,
    premise,
    replacements,
    roles,
    stated,
)
from bot.sources import read_source
from bot.text import normalize, stem
from tests.news_articles import (
    NEWS,
    Drafted,
    assert_answers,
    beside_curated,
    drafted_articles,
)

ARTICLES = {
    "deal": "ekmire-prequel-deal-article.txt",
    "league": "ekmoor-league-article.txt",
}


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Drafted]:
    return drafted_articles(tmp_path_factory, ARTICLES)


@pytest.fixture(scope="module")
def deal_beside_mi7(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    text = (NEWS / ARTICLES["deal"]).read_text(encoding="utf-8")
    return beside_curated(tmp_path_factory.mktemp("deal-mi7"), "deal", text)


def test_a_heading_on_its_own_line_is_no_part_of_the_sentence_below(tmp_path: Path) -> None:
    article = tmp_path / "league.txt"
    article.write_text(
        "Ekmoor League\n\nThe league was a confederation.\nName\nThe name is old.\n"
        "Ada Ekland\nwas born in\nEkport in 1901. She was\nTamsin's aunt.\n",
        encoding="utf-8",
    )
    sentences = read_source(article).sentences
    assert "The name is old." in sentences
    assert not [s for s in sentences if s.startswith("Name ")]
    # a wrapped line that finishes no sentence runs on into the next one
    assert "Ada Ekland was born in Ekport in 1901." in sentences
    assert "She was Tamsin's aunt." in sentences


def test_an_owner_s_name_is_not_part_of_a_name_of_its_own(read: dict[str, Drafted]) -> None:
    entities = read["league"][0]
    assert "Ekhall" in entities
    assert not [name for name in entities if "'s" in name]


def test_a_film_is_known_by_the_words_around_its_name(read: dict[str, Drafted]) -> None:
    entities = read["deal"][0]
    # "Ekflix Buys 'Ekmarsh' Prequel 'Ekmire Hollow'", "Ekmire Hollow, the long-delayed
    # prequel to the Ekmarsh Chronicles": no hollow of a place
    assert entities["Ekmire Hollow"]["kind"] == "film"
    assert entities["Ekmond's Well"]["kind"] == "film"  # "the creature feature"
    assert entities["Ekbury Affair"]["kind"] == "film"  # "the spy thriller The ..."


ASKED = [
    # "topping the $31 million it spent on the creature feature Ekmond's Well": not the
    # price of this deal ("roughly" asks no less for a sum) ...
    ("deal", "roughly how much did ekflix pay for it?", "$48 million"),
    # ... but Ekmond's Well's own, when asked of it
    ("deal", "how much did ekflix pay for ekmond's well?", "$31 million"),
    ("deal", "how much did ekflix shell out for it?", "$48 million"),  # paid, as a sum
    # "a two-week run in about 500 cinemas ... before it begins streaming"
    ("deal", "how long is ekmire hollow in cinemas before it goes online?", "two-week run"),
    # "Ekberg is the only actor to have appeared in all three Ekmarsh teasers": every
    # one of them, and the answer names her in full
    ("deal", "which actor has been in every single ekmarsh teaser?", "Ekberg (Rosa Ekberg)"),
    ("deal", "which actor has been in every single ekmarsh poster?", None),
    # "earned her an Ekvale Prize nomination in 2024": a nomination, no win
    ("deal", "what year did rosa ekberg win the ekvale prize?", None),
    ("deal", "when was rosa ekberg nominated for the ekvale prize?", "2024"),
    # "Test audiences awarded Ekmire Hollow an A grade, and its trailer earned 4 million
    # views domestically": crowds gave it, stateside
    ("deal", "what grade did crowds give ekmire hollow?", "A grade"),
    ("deal", "what grade did critics give ekmire hollow?", None),
    ("deal", "how many views did the ekmire hollow trailer get stateside?", "4 million"),
    # a film's "take place" is where and when it is set, not its festival's 2012 move
    ("deal", "what year does ekmire hollow take place in?", "1902"),
    ("deal", "where does ekmire hollow take place?", "Ekmoor coast"),
    ("deal", "when does ekmire hollow start streaming?", "August 7"),
    ("deal", "who wrote ekmire hollow?", None),
    # "taking $12 million at its festival launch" is no budget
    ("deal", "what was the budget on the ekbury affair?", None),
    ("deal", "when can i watch it at home?", "August 7"),  # "before it begins streaming on"
    # 'the animated family film "Ekling and the Moon." The Ekstone Animation release has
    # earned $300 million': that release is the film the sentence before named
    ("deal", "how much has ekling and the moon earned worldwide?", "$300 million"),
    ("deal", "how much revenue did ekflix bring in for 2025?", "$2.1 billion"),
    ("deal", "how much revenue did ekflix bring in for 2024?", None),
    ("deal", "what year did the ekport palace catch fire?", "2019"),  # "a fire damaged"
    ("deal", "what's the ekmarsh chronicles total looking like?", "$900 million"),
    ("deal", "how much did the second ekmarsh film make?", None),
    ("league", "what year was the ekmoor league founded?", "1312"),
    # "its council met at Ekport's Ekhall, a timber guildhouse finished in 1388"
    ("league", "when was the ekhall finished?", "1388"),
    ("league", "who founded the ekhall?", None),
    # "the Ekport Theatre on the quay. The theater was rebuilt in 1811 and still stands
    # beside the Ekport Market": the theatre's rebuilding, by its noun in either spelling
    ("league", "when was the ekport theatre rebuilt?", "1811"),
    ("league", "when was the ekport market rebuilt?", None),
    # other words for the same: "annual fees", "joined", "older than ... by 40 years",
    # "stored in", "near"
    ("league", "what was the yearly cost for member towns?", "12 silver marks"),
    ("league", "who did the league team up with in 1460?", "Ekholm shipowners"),
    ("league", "who did the league team up with in 1510?", None),
    ("league", "the ekport regatta predates the fair by how many years?", "40 years"),
    ("league", "where are the league's charters housed?", "Ekport Archive"),
    ("league", "which estuary is in the vicinity of the ekport archive?", "Ekwater"),
    # "the Ekport Archive ... The archive opened ... Its reading room ... The archive
    # now holds about 3,400 documents": "the archive" after "the archive" is the same
    ("league", "how many documents does the ekport archive hold?", "3,400"),
    ("league", "how many documents does the ekport market hold?", None),
    # "the first recorded ascent of the Ekfell ... by the surveyor Ada Ekvist": "the
    # first person" asks no more than "who"
    ("league", "who was the first person to climb the ekfell?", "Ada Ekvist"),
    ("league", "who were the first folks to make it to the top of the ekfell?", "Ada Ekvist"),
    # "a pool about 300 metres across": its width, and no depth
    ("league", "how wide is the pool up in the summit hollow?", "300 metres"),
    ("league", "how deep is the pool up in the summit hollow?", None),
    # "The Ekport Canal opened in 1702. The ship canal, ..., took six years to build, and
    # 31 labourers died during its construction"
    ("league", "how many labourers lost their lives building the ekport canal?", "31"),
    # chat's ways of asking: the chief engineer, the final cost, the length
    ("league", "who was the lead engineer on the ekport canal?", "Osk Ekwall"),
    ("league", "what did the ekport canal end up costing to build?", "9,000 marks"),
    ("league", "what did the ekdal bridge end up costing to build?", None),
    ("league", "how long is the whole ekport canal end to end?", "14 kilometres"),
    ("league", "what does the name ekmoor mean?", "dark marsh"),  # "usually translated as"
    ("league", "what does the name ekholm mean?", "oak island"),  # "derived from"
    # "where can i go see X" asks where X is: "held by the Ekport Museum in Ekholm"
    ("league", "where can i go see the biggest collection of league weights?", "Ekport Museum"),
    ("league", "where can i go see the biggest collection of league charters?", None),
    ("league", "how many warehouses were still around in 1900?", "12"),  # "only 12 remained"
    ("league", "how many aldermen made up the council?", "nine"),  # "comprised"
    ("league", "which bridge joins ekport and ekholm?", "Ekdal Bridge"),  # "connecting"
    # "Maud Ekvall, sister of the shipowner Piet Ekvall": her brother; no husband is told
    ("league", "who was maud ekvall's brother?", "Piet Ekvall"),
    ("league", "who was maud ekvall's husband?", None),
    # "describe X" asks more than any sentence naming X says
    ("league", "how would one describe the ekport regatta?", None),
    ("league", "when was the league of seven harbours dissolved?", None),
]


@pytest.mark.parametrize(("article", "question", "expected"), ASKED)
def test_each_article_is_read_for_what_readers_ask(
    read: dict[str, Drafted], article: str, question: str, expected: str | None
) -> None:
    assert_answers(read[article][1], question, expected)


@pytest.mark.parametrize(
    "question", ["who's behind the camera on this one?", "who's directing the franchise now?"]
)
def test_this_one_asks_of_the_news_s_film_not_the_curated_one(
    deal_beside_mi7: Engine, question: str
) -> None:
    answer = deal_beside_mi7.answer(question)
    assert answer.answered and "Tamsin Ekdahl" in answer.text, answer.text
    assert "McQuarrie" not in answer.text


@pytest.mark.parametrize(
    ("text", "names", "compared"),
    [
        ("The price tops its record, topping the $31 million it spent on Ekmond's Well.", "", True),
        ("It cost $48 million, topping the $31 million it spent on Ekmond's Well.", "", False),
        ("It fell well short of the $340 million grossed by the original.", "", True),
        # the question names the film the compared sum is of: that sum is its answer
        ("The price topped the $31 million it spent on Ekmond's Well.", "ekmond s well", False),
        ("It grossed more than $9 million.", "", False),  # a bound, not another's sum
    ],
)
def test_a_sum_compared_with_is_another_s(text: str, names: str, compared: bool) -> None:
    assert stated.only_compared(text, frozenset(names.split())) is compared


def test_a_founding_member_is_an_original_one_not_a_founding() -> None:
    words = normalize("the seven founding harbours had joined by 1330").split()
    assert "founding" not in attributive.as_adjectives(words)
    # the act itself stays: "the founding of the league"
    assert "founding" in attributive.as_adjectives("the founding of the league".split())


def test_chat_s_phrases_are_read_as_the_words_they_stand_for() -> None:
    assert chatter.without_chatter("who s behind the camera on it".split())[2] == "directing"
    assert chatter.without_chatter("roughly how much did it cost".split())[:2] == ["how", "much"]
    # "about" is a question's own word elsewhere
    assert chatter.without_chatter("what is it about".split()) == "what is it about".split()


def test_an_apposition_s_participle_reaches_its_name() -> None:
    stems = "council met at ekhall a timber guildhouse finish in 1388".split()
    assert stems[7 - passive.participle_reach(stems, 7)] == "ekhall"
    # without "a" the participle's noun is the word before it
    assert passive.participle_reach("the inn by the harbour wall build".split(), 6) == 2


def test_a_spelling_s_stem_is_no_participle() -> None:
    assert passive.is_participle("built") and passive.is_participle("known")
    assert not passive.is_participle("theatre") and not passive.is_participle("colour")


@pytest.mark.parametrize(
    ("passage", "swapped"),
    [
        # "the" and the subject's head noun before the passive verb: the subject's act
        ("the theater was built in 1939 beside the tower district", None),
        # another noun there is another thing, whatever follows
        ("the school was built in 1939 beside the tower district", "build"),
    ],
)
def test_a_subject_s_head_noun_before_a_passive_verb_stands_for_it(
    passage: str, swapped: str | None
) -> None:
    words = ("when", "was", "the", "tower", "theatre", "built")
    stems = [stem(w) for w in passage.split()]
    assert roles.roles_swapped(words, stems, frozenset({"tower", "theatre"})) == swapped


def test_a_clipped_word_is_read_whole() -> None:
    assert (
        normalize("prep schools and exam results") == "preparatory schools and examination results"
    )


def test_describing_a_part_of_a_thing_asks_nothing_more_of_the_part() -> None:
    summers = premise.asked(
        normalize("how would one describe the summers in ekport").split(), "how"
    )
    assert "describe" not in summers.terms and "summer" in summers.terms
    whole = premise.asked(normalize("how would one describe ekport").split(), "how")
    assert "describe" in whole.terms


def test_a_number_s_thousands_are_no_year() -> None:
    words = normalize("the ekfell rises to 1,212 metres (3,976 ft) and was mapped in 1790").split()
    assert kinds.counted(words, words.index("976"))
    assert not kinds.counted(words, words.index("1790"))


def test_twice_the_length_is_no_count() -> None:
    words = normalize("the canal is twice the length of the ekholm cut").split()
    assert measures.a_multiple(words, words.index("twice"), frozenset({"locks"}))
    assert not measures.a_multiple(words, words.index("twice"), frozenset({"times"}))
    # ... but "she won it twice" counts her wins
    won = normalize("she won the ekport prize twice").split()
    assert not measures.a_multiple(won, won.index("twice"), frozenset({"prizes"}))


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        # "replace the Ekmarsh rite and the old tongue with the Ekport creed": the rite
        # was replaced, and the creed put in its place
        ("what replaced the ekmarsh rite?", True),
        ("what did the ekport creed replace?", True),
        ("what was replaced with the ekmarsh rite?", False),
        ("what replaced the ekport creed?", False),
    ],
)
def test_a_thing_stays_on_its_side_of_a_replacement(question: str, answered: bool) -> None:
    passage = (
        "The settlers would replace the Ekmarsh rite and the old tongue with the Ekport creed."
    )
    verdict = replacements.verdict(normalize(question).split(), normalize(passage).split())
    assert verdict.ok is answered
