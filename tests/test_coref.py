"""What a sentence refers back to: a pronoun opening it, "the" before a name's last word."""

from __future__ import annotations

from bot.biography import main_person
from bot.coref import referred
from bot.models import Entity, EntityKind

ENTITIES = {
    "ilse-varg": Entity("ilse-varg", EntityKind.PERSON, "Ilse Varg"),
    "maren-holt": Entity("maren-holt", EntityKind.PERSON, "Maren Holt"),
    "lindholm-park": Entity("lindholm-park", EntityKind.PLACE, "Lindholm Park"),
    "ostvik": Entity("ostvik", EntityKind.PLACE, "Ostvik"),
    "tomas-berg": Entity("tomas-berg", EntityKind.PERSON, "Tomas Berg"),
    # a draft takes a lone first name for an organisation
    "edvard": Entity("edvard", EntityKind.ORG, "Edvard"),
    "copper-sky-2": Entity("copper-sky-2", EntityKind.FILM, "Copper Sky 2"),
    "copper-sky-3": Entity("copper-sky-3", EntityKind.FILM, "Copper Sky 3"),
}


def test_a_pronoun_opening_a_sentence_is_the_one_person_named_before() -> None:
    sentences = ["Ilse Varg came to Ostvik in 1702.", "In 1711 she sold the inn."]
    assert referred(sentences, [["ilse-varg", "ostvik"], []], ENTITIES) == [(), ("ilse-varg",)]


def test_a_pronoun_reaches_back_over_sentences_naming_no_one() -> None:
    sentences = [
        "Ilse Varg came to Ostvik in 1702.",
        "She also wrote on harbour tolls.",
        "Honours",
        "She was given the freedom of the port in 1720.",
    ]
    named: list[list[str]] = [["ilse-varg", "ostvik"], [], [], []]
    assert referred(sentences, named, ENTITIES)[1:] == [("ilse-varg",), (), ("ilse-varg",)]


def test_a_pronoun_after_two_people_or_after_a_name_is_left_alone() -> None:
    two = ["Ilse Varg met Maren Holt in 1702.", "She sold the inn."]
    assert referred(two, [["ilse-varg", "maren-holt"], []], ENTITIES)[1] == ()
    # "Maren and her brother": the sentence names whom "her" means
    after_name = ["Ilse Varg came in 1702.", "Maren Holt and her brother stayed."]
    assert referred(after_name, [["ilse-varg"], ["maren-holt"]], ENTITIES)[1] == ()


def test_the_last_word_of_a_name_just_mentioned_points_back_to_it() -> None:
    sentences = [
        "The town grew in 1900.",
        "Its mill closed in 1950.",
        "Lindholm Park opened in 1931.",
        "The park covers 300 acres.",
        "A fair is held there.",
        "Boats sail from the harbour.",
        "The park closes at dusk.",
    ]
    named: list[list[str]] = [[], [], ["lindholm-park"], [], [], [], []]
    found = referred(sentences, named, ENTITIES)
    assert found[3] == ("lindholm-park",)
    # three sentences on, "the park" may be any park
    assert found[6] == ()


def test_the_thing_an_article_opens_on_is_its_every_the_park() -> None:
    # "The park" far below a lede that opens on Lindholm Park is Lindholm Park
    sentences = [
        "Lindholm Park",
        "Lindholm Park is a public park in Ostvik.",
        "A fair is held there.",
        "Boats sail from the harbour.",
        "The park closes at dusk.",
    ]
    named: list[list[str]] = [["lindholm-park"], ["lindholm-park", "ostvik"], [], [], []]
    assert referred(sentences, named, ENTITIES)[4] == ("lindholm-park",)
    # ... unless another park was named just before
    named[3] = ["brass-park"]
    entities = {**ENTITIES, "brass-park": Entity("brass-park", EntityKind.PLACE, "Brass Park")}
    sentences[3] = "Boats sail to Brass Park."
    assert referred(sentences, named, entities)[4] == ("brass-park",)


def test_an_article_opening_on_a_company_calls_it_by_its_noun_in_the_singular() -> None:
    # "Stanwold Studios" far above is "the studio" and owns "the studio's chief executive"
    studios = Entity("stanwold-studios", EntityKind.ORG, "Stanwold Studios")
    sentences = [
        "Stanwold Studios has moved its fantasy film to 2026, the company said.",
        "Filming wrapped in March.",
        "Fans were unhappy.",
        "The studio's chief executive, Ada Berg, spoke to investors.",
    ]
    named: list[list[str]] = [["stanwold-studios"], [], [], ["ada-berg"]]
    entities = {**ENTITIES, "stanwold-studios": studios, "ada-berg": ENTITIES["ilse-varg"]}
    assert referred(sentences, named, entities)[3] == ("stanwold-studios",)
    sentences[3] = "A chief executive, Ada Berg, spoke to investors."
    assert referred(sentences, named, entities)[3] == ()


def test_a_she_after_an_owner_and_the_one_owned_is_the_one_owned() -> None:
    # "with Ilse's daughter, Maren Holt, ... She served": Maren, not her mother
    entities = {
        **ENTITIES,
        "ilse-varg": Entity("ilse-varg", EntityKind.PERSON, "Ilse Varg", ("Ilse",)),
    }
    sentences = [
        "The family returned to politics with Ilse's daughter, Maren Holt, who won in 1983.",
        "She served as a minister from 1992.",
    ]
    named: list[list[str]] = [["ilse-varg", "maren-holt"], []]
    assert referred(sentences, named, entities)[1] == ("maren-holt",)
    # two people named as such leave a "she" to neither
    sentences[0] = "Ilse Varg and Maren Holt won in 1983."
    assert referred(sentences, named, entities)[1] == ()


def test_it_opening_a_sentence_is_what_the_sentence_before_opened_on() -> None:
    sentences = ["Lindholm Park earned a prize in 1931.", "It was laid out by Ostvik masons."]
    found = referred(sentences, [["lindholm-park"], ["ostvik"]], ENTITIES)
    assert found[1] == ("lindholm-park",)
    # a sentence opening on something else gives "it" no referent
    other = ["In 1931 Lindholm Park earned a prize.", "It was a cold year."]
    assert referred(other, [["lindholm-park"], []], ENTITIES)[1] == ()


def test_it_is_what_the_sentence_before_said_its_subject_is() -> None:
    sentences = ["The best-known work of the guild is Lindholm Park.", "It was laid out in 1931."]
    assert referred(sentences, [["lindholm-park"], []], ENTITIES)[1] == ("lindholm-park",)
    # named, but not as what the subject is: "it" may be anything
    other = ["The guild met in Lindholm Park.", "It was laid out in 1931."]
    assert referred(other, [["lindholm-park"], []], ENTITIES)[1] == ()


def test_he_after_a_sentence_naming_only_a_lone_first_name_is_that_one() -> None:
    sentences = ["The guild feared the temper of Edvard.", "He closed the harbour in 1702."]
    assert referred(sentences, [["edvard"], []], ENTITIES)[1] == ("edvard",)
    # with a place named too, "he" is not read
    two = ["Edvard came to Ostvik.", "He closed the harbour in 1702."]
    assert referred(two, [["edvard", "ostvik"], []], ENTITIES)[1] == ()


def test_that_film_is_the_film_the_sentence_before_named_last() -> None:
    sentences = [
        "Copper Sky 3 costs more than Copper Sky 2.",
        "That film earned $600 million.",
    ]
    named = [["copper-sky-3", "copper-sky-2"], []]
    assert referred(sentences, named, ENTITIES)[1] == ("copper-sky-2",)
    # "The film" is not "that film": the article's own film, as before
    plain = [sentences[0], "The film earned $600 million."]
    assert referred(plain, named, ENTITIES)[1] == ()


def test_a_sentence_opening_on_a_calling_refers_back_as_he_would() -> None:
    sentences = ["Not returning is Ilse Varg, the harbour master.", "The actor left in June."]
    assert referred(sentences, [["ilse-varg"], []], ENTITIES)[1] == ("ilse-varg",)
    # "The inn" is no calling
    inn = ["Ilse Varg came to Ostvik.", "The inn closed in June."]
    assert referred(inn, [["ilse-varg", "ostvik"], []], ENTITIES)[1] == ()


def test_a_pronoun_no_one_person_before_it_explains_is_the_articles_subject() -> None:
    sentences = [
        "Ilse Varg came to Ostvik in 1702.",
        "Among the pupils were Maren Holt and Tomas Berg.",
        "In 1720 she sold the inn.",
    ]
    named = [["ilse-varg", "ostvik"], ["maren-holt", "tomas-berg"], []]
    assert referred(sentences, named, ENTITIES)[2] == ()  # two people before it
    assert referred(sentences, named, ENTITIES, subject="ilse-varg")[2] == ("ilse-varg",)


def test_a_pronoun_after_a_sentence_opening_on_one_continues_its_person() -> None:
    # "She" opened the sentence before, so the people named later in it are not meant
    sentences = [
        "Ilse Varg came to Ostvik in 1702.",
        "She taught Maren Holt the trade.",
        "Her pupils were Maren Holt and Tomas Berg.",
        "In 1720 she sold the inn.",
    ]
    named = [["ilse-varg", "ostvik"], ["maren-holt"], ["maren-holt", "tomas-berg"], []]
    assert referred(sentences, named, ENTITIES)[1:] == [
        ("ilse-varg",),
        ("ilse-varg",),
        ("ilse-varg",),
    ]


def test_it_after_a_participle_is_the_work_the_sentence_before_named() -> None:
    sentences = [
        "In 2021 the series moved to streaming with Copper Sky 2, a prequel.",
        "Created by Tomas Berg for the service, it ran for two seasons.",
    ]
    named = [["copper-sky-2"], ["tomas-berg"]]
    assert referred(sentences, named, ENTITIES)[1] == ("copper-sky-2",)
    # a sentence opening on it after one naming two things: either may be meant
    two = [sentences[0], sentences[1]]
    assert referred(two, [["copper-sky-2", "copper-sky-3"], ["tomas-berg"]], ENTITIES)[1] == ()
    # "Made for $11 million, it grossed ...": what the sentence before opened on
    made = [
        "Copper Sky 3, directed by Tomas Berg, opened in June.",
        "Made for $11 million, it grossed $94 million.",
    ]
    assert referred(made, [["copper-sky-3", "tomas-berg"], []], ENTITIES)[1] == ("copper-sky-3",)


def test_a_biography_has_a_subject_and_news_of_many_people_none() -> None:
    biography = [["ilse-varg"], ["ilse-varg", "ostvik"], ["ilse-varg"], ["maren-holt"], []]
    assert main_person(biography, ENTITIES) == "ilse-varg"
    news = [["ilse-varg"], ["maren-holt"], ["ilse-varg", "maren-holt"], ["ostvik"]]
    assert main_person(news, ENTITIES) is None
    assert main_person([["ostvik"], ["lindholm-park"]], ENTITIES) is None  # no people


def test_an_it_that_opens_is_the_film_moved_not_the_studio_that_moved_it() -> None:
    entities = {
        **ENTITIES,
        "harbor-pictures": Entity("harbor-pictures", EntityKind.ORG, "Harbor Pictures"),
    }
    sentences = [
        'Harbor Pictures also moved "Copper Sky 2" out of the holiday season.',
        'It will now open March 12, giving "Copper Sky 3" a clear run.',
    ]
    named = [["harbor-pictures", "copper-sky-2"], ["copper-sky-3"]]
    assert referred(sentences, named, entities)[1] == ("copper-sky-2",)
    # what else "it" does is still what the sentence before opened on
    said = ['Harbor Pictures moved "Copper Sky 2" to May.', "It also cut 40 jobs."]
    assert referred(said, [["harbor-pictures", "copper-sky-2"], []], entities)[1] == (
        "harbor-pictures",
    )


def test_a_him_after_an_opening_participle_is_the_one_named_before() -> None:
    # "Replacing him is X": the "him" is the one the sentence before named
    sentences = ["Ilse Varg stepped away from the project.", "Replacing him is Tomas Berg."]
    named = [["ilse-varg"], ["tomas-berg"]]
    assert referred(sentences, named, ENTITIES) == [(), ("ilse-varg",)]
