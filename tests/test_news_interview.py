"""A director's interview about a sequel, our own article
(tests/data/news/thornmere-sequel-interview-article.txt): "Driftwood Saints, released in
2019," is a film and its year is its own; "At 104 minutes, it is ..." is about the
film just named; an age is no time; "the X sequel" is the franchise's newest film; a
film someone is only "known for" is not what the sentence says anything of; fans'
"walk away", "who wrote the music" and a remark after "lol,"."""

from __future__ import annotations

import pytest
from news_articles import Drafted, assert_answers, drafted_news

from bot.draftnumbers import number_films
from bot.engine import (
    Engine,
    ages,
    asides,
    defined,
    explain,
    idioms,
    namekinds,
    names,
    phrasewords,
    premise,
    releasewords,
)
from bot.models import Entity, EntityKind
from bot.text import normalize, stem


@pytest.fixture(scope="module")
def interview(tmp_path_factory: pytest.TempPathFactory) -> Drafted:
    return drafted_news(tmp_path_factory, "thornmere-sequel-interview-article.txt", "interview")


def test_a_name_released_in_a_year_is_a_film(interview: Drafted) -> None:
    assert interview[0]["Driftwood Saints"]["kind"] == "film"


def test_the_sequel_named_after_its_first_film_is_its_second(interview: Drafted) -> None:
    aliases = interview[0]["Thornmere: The Salt Widow"]["aliases"]
    assert "Thornmere 2" in aliases  # type: ignore[operator]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "At 104 minutes, it is the longest": "it" is the film the sentence before named
        ("how long is thornmere 2 btw", "104 minutes"),
        ("what year did driftwood saints come out", "2019"),
        # ... and 2019 is Driftwood Saints' year, not the sequel's release, which the
        # relative clause after its title gives ("which Larchgate releases on November 6")
        ("when does the thornmere sequel come out?? need tix lol", "November 6, 2026"),
        ("when did driftwood saints start filming", None),
        # Velyan is known for "Low Water"; the part he plays is in Thornmere's sequel
        ("Which character did Caradoc Velyan play in Low Water?", None),
    ],
)
def test_the_interview_is_answered(interview: Drafted, question: str, expected: str) -> None:
    assert_answers(interview[1], question, expected)


def test_the_franchise_and_sequel_is_its_newest_film(interview: Drafted) -> None:
    parsed = interview[1].parse("where did they shoot the thornmere sequel")
    assert parsed.entities == ("thornmere-the-salt-widow",)


def test_an_earlier_movie_is_no_unknown_name(interview: Drafted) -> None:
    answer = interview[1].answer("What earlier movie did Penhallow make before Thornmere?")
    assert "don't have any facts about" not in answer.text


def test_a_remark_after_lol_asks_nothing(interview: Drafted) -> None:
    parsed = interview[1].parse("where'd they shoot thornmere 2 lol, looks so cold")
    assert "cold" not in parsed.words


def test_an_age_is_no_time() -> None:
    words = normalize("Vesterholt, 47, left the production after a 52-year-old actor").split()
    aged = [w for i, w in enumerate(words) if ages.in_an_age(words, i)]
    assert aged == ["years", "old", "year", "old"]
    span = normalize("the shoot lasted three years").split()
    assert not any(ages.in_an_age(span, i) for i in range(len(span)))


def test_who_wrote_the_music_asks_for_its_composer() -> None:
    words = normalize("who wrote the music for the salt widow").split()
    assert idioms.unsaid(words, words.index("wrote"), "who")
    script = normalize("who wrote the script").split()
    assert not idioms.unsaid(script, script.index("wrote"), "who")


def test_a_film_only_known_for_is_not_spoken_of() -> None:
    passage = 'He is played by Caradoc Velyan, a stage actor best known for "Low Water," who won.'
    assert asides.only_known_for(passage, {"low water"})
    assert not asides.only_known_for('He played Skerry in "Low Water."', {"low water"})
    assert releasewords.years_of_others(
        "Driftwood Saints, released in 2019, ran 86.", frozenset()
    ) == {"2019"}
    assert not releasewords.years_of_others(
        "Driftwood Saints, released in 2019, ran 86.", frozenset({"driftwood"})
    )


def test_which_character_wants_a_part_or_a_person(interview: Drafted) -> None:
    index = interview[1].context.index
    text = "which character does Caradoc Velyan play"
    question = premise.asked(normalize(text).split(), "what", {"caradoc", "velyan"}, text)
    company = "Caradoc Velyan joined Larchgate's Ashgrove Holdings label last year."
    assert namekinds.names_none(question, company, index)
    part = "Caradoc Velyan plays the Warden of Skerry."
    assert not namekinds.names_none(question, part, index)


def test_walking_away_is_leaving() -> None:
    assert phrasewords.phrase_word(normalize("why did she walk away").split(), 3) == "leave"
    assert phrasewords.phrase_word(normalize("did he drop out").split(), 2) == "leave"


def test_a_title_number_says_which_film_whatever_a_sentence_near_it_says() -> None:
    title = "Gloamwright III: The Brinemoor Reliquary"
    film = Entity("", EntityKind.FILM, title, (), franchise="Gloamwright")
    sentence = (
        'Directed by Ossian Pell, who also helmed the second film, "Brinemoor Reliquary" '
        "reunites its cast."
    )
    (numbered,) = number_films([sentence], [film])
    assert "the second film" not in numbered.aliases
    agreeing = f'The third film, "{title}," opens in May.'
    (numbered,) = number_films([agreeing], [film])
    assert "the third film" in numbered.aliases


def test_scheduling_and_serving_ask_nothing_more(interview: Drafted) -> None:
    words = normalize("when is the fourth film scheduled to come out").split()
    assert idioms.unsaid(words, words.index("scheduled"), "when")
    assert "serve" not in interview[1].parse("who serves as the festival's director").content


def test_what_a_thing_is_called_is_given_in_other_words() -> None:
    text = "What is the festival's main competition prize called?"
    question = premise.asked(normalize(text).split(), "what", set(), text)
    passage = "Its principal award, the Silver Bittern, is presented to the best film in the main competition."
    assert premise.check(question, passage).ok


def test_a_definition_names_what_its_subject_is() -> None:
    sentence = "The Alvaray Film Festival (AFF) is an annual film festival held each September."
    assert defined.definition(sentence) == "Alvaray Film Festival festival"


def test_a_single_letter_is_no_key_term() -> None:
    text = "where r they shooting the salt widow"
    question = premise.asked(normalize(text).split(), "where", {"salt", "widow"}, text)
    assert "r" not in question.terms and "shoot" in question.terms


def test_an_award_category_names_no_one() -> None:
    listed = (
        "The film was nominated for Best Picture, Best Director and Best Makeup and Hairstyling."
    )
    assert names.given(listed, set()) == set()
    assert "halvarsen" in names.given("Best Director went to Ragnhild Halvarsen.", set())


def test_a_number_is_never_repaired_into_another_films(engine: Engine) -> None:
    # the MI7 facts call it "the seventh film"; "the sixth film" is not a slip for it
    assert "mi7" not in engine.parse("why was the planned sixth film called off").entities
    assert "mi7" in engine.parse("why was the seventh film delayed").entities


def test_in_which_town_asks_for_a_place_by_name() -> None:
    text = "In which town was Kestrel born?"
    question = premise.asked(normalize(text).split(), "what", {"kestrel"}, text)
    assert question.kind == "name"
    defined_only = "Orla Kestrel (born 14 March 1981) is an Irish actress."
    assert not premise.check(question, defined_only).ok
    assert premise.check(question, "Kestrel was born in Kinsale, County Cork.").ok


def test_chats_number_one_is_the_top_one() -> None:
    assert normalize("which country is the #1 market") == "which country is the top market"


@pytest.mark.parametrize(
    ("passage", "ok"),
    [
        # "not planned before June" bounds a digital release; it gives no opening date
        ("With weeks still ahead in China, a digital release is not planned before June.", False),
        # "not completed until 1769" is when it was completed
        ("The takeover was not completed until 1769.", True),
    ],
)
def test_a_bound_is_no_date(passage: str, ok: bool) -> None:
    text = (
        "When was the takeover completed?"
        if "takeover" in passage
        else "On what date did the film open in China?"
    )
    question = premise.asked(normalize(text).split(), "when", {"china"}, text)
    assert premise.check(question, passage).ok is ok


def test_a_remark_of_symbols_only_is_dropped_without_a_crash(interview: Drafted) -> None:
    assert interview[1].parse("how long is thornmere 2? \ufdfd").words[-1] == "2"


def test_a_spin_off_is_one_word_and_no_place_something_is_off() -> None:
    assert normalize("Reunite for Parallax+ Spin-off 'The Ormond Ledger'").endswith(
        "spinoff the ormond ledger"
    )
    assert normalize("a director-driven film") == "a directordriven film"


def test_music_videos_compose_no_music() -> None:
    words = normalize("she directed music videos in Brussels").split()
    assert "music" not in explain.concept_stems(words, [stem(w) for w in words], light=True)
    score = normalize("he wrote the music for it").split()
    assert "music" in explain.concept_stems(score, [stem(w) for w in score], light=True)
