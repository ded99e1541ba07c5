"""What a sentence refers back to: a pronoun opening it, "the" before a name's last word."""

from __future__ import annotations

from bot.coref import referred
from bot.models import Entity, EntityKind

ENTITIES = {
    "ilse-varg": Entity("ilse-varg", EntityKind.PERSON, "Ilse Varg"),
    "maren-holt": Entity("maren-holt", EntityKind.PERSON, "Maren Holt"),
    "lindholm-park": Entity("lindholm-park", EntityKind.PLACE, "Lindholm Park"),
    "ostvik": Entity("ostvik", EntityKind.PLACE, "Ostvik"),
}


def test_a_pronoun_opening_a_sentence_is_the_one_person_named_before() -> None:
    sentences = ["Ilse Varg came to Ostvik in 1702.", "In 1711 she sold the inn."]
    assert referred(sentences, [["ilse-varg", "ostvik"], []], ENTITIES) == [(), ("ilse-varg",)]


def test_a_pronoun_after_two_people_or_after_a_name_is_left_alone() -> None:
    two = ["Ilse Varg met Maren Holt in 1702.", "She sold the inn."]
    assert referred(two, [["ilse-varg", "maren-holt"], []], ENTITIES)[1] == ()
    # "Maren and her brother": the sentence names whom "her" means
    after_name = ["Ilse Varg came in 1702.", "Maren Holt and her brother stayed."]
    assert referred(after_name, [["ilse-varg"], ["maren-holt"]], ENTITIES)[1] == ()


def test_the_last_word_of_a_name_just_mentioned_points_back_to_it() -> None:
    sentences = [
        "Lindholm Park opened in 1931.",
        "The park covers 300 acres.",
        "A fair is held there.",
        "Boats sail from the harbour.",
        "The park closes at dusk.",
    ]
    named: list[list[str]] = [["lindholm-park"], [], [], [], []]
    found = referred(sentences, named, ENTITIES)
    assert found[1] == ("lindholm-park",)
    # three sentences on, "the park" may be any park
    assert found[4] == ()


def test_it_opening_a_sentence_is_what_the_sentence_before_opened_on() -> None:
    sentences = ["Lindholm Park earned a prize in 1931.", "It was laid out by Ostvik masons."]
    found = referred(sentences, [["lindholm-park"], ["ostvik"]], ENTITIES)
    assert found[1] == ("lindholm-park",)
    # a sentence opening on something else gives "it" no referent
    other = ["In 1931 Lindholm Park earned a prize.", "It was a cold year."]
    assert referred(other, [["lindholm-park"], []], ENTITIES)[1] == ()
