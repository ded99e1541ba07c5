"""Normalisation: what users type in many ways must come out the same."""

from bot.concepts import GENERAL_CONCEPTS
from bot.text import clean, common_words, fold, normalize, stem


def test_spellings_of_a_film_agree() -> None:
    forms = ["MI7", "MI 7", "M:I 7", "mission impossible seven", "Mission: Impossible 7"]
    normalized = {
        normalize(f).replace("mission impossible", "mi").replace("m i", "mi") for f in forms
    }
    assert normalized == {"mi 7"}


def test_contractions_smart_quotes_and_repeated_punctuation() -> None:
    assert normalize("Who\u2019s returning for MI7???") == "who is returning for mi 7"
    assert normalize("whos back") == "who is back"
    assert normalize("Cruise's stunts") == "cruise stunts"


def test_invisible_and_control_characters_are_removed() -> None:
    assert clean("MI\u200b7\u202e \x00rel\u2066ease") == "MI7 release"
    assert clean("\t  spaced \n out ") == "spaced out"


def test_fold_ignores_case_accents_and_quote_style() -> None:
    assert fold("It\u2019s TERRIFYING") == fold("it's terrifying")
    assert fold("Café") == fold("cafe")


def test_stems_fold_inflections_both_ways() -> None:
    assert stem("returning") == stem("returns") == "return"
    assert stem("filmed") == stem("filming") == stem("films") == "film"
    assert stem("wrapped") == "wrap"
    assert stem("directed") == stem("director") == "direct"


def test_rose_is_read_as_the_verb() -> None:
    # "rose" is mostly the verb in an article: "expenses rose by 21 per cent"
    assert stem("rose") == stem("risen") == "rise"


def test_common_words_are_ordinary_words_not_names() -> None:
    words = common_words()
    assert {"premiere", "member", "weather"} <= words
    assert not {"keanu", "klementieff", "oppenheimer"} & words


def test_back_asks_for_a_return_not_for_production_news() -> None:
    # "who's back for the sequel?" is no question about "the production resumed in March"
    assert GENERAL_CONCEPTS.of(["back"]) == {"@return"}
    assert "@production" in GENERAL_CONCEPTS.of(["production"])


def test_a_negation_typed_without_its_apostrophe_is_still_a_negation() -> None:
    assert normalize("why isnt she back") == "why is not she back"
    assert normalize("didnt he direct it") == "did not he direct it"
    assert normalize("it wont cant") == "it wont cant"  # words of their own


def test_taking_over_a_part_is_succeeding_in_it() -> None:
    # "who took over as director" is answered by "X, who replaces Y"
    assert normalize("Who took over as director?") == "who succeeded as director"
    assert normalize("she is taking over the role") == "she is succeeding the role"
    # ... not a place taken, nor "taking over from Y", which names the one replaced
    assert normalize("they took over the lot") == "they took over the lot"
    assert normalize("taking over from Ilse Varg") == "taking over from ilse varg"
