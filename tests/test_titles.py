"""The names a draft gives a film by its title (bot/titles.py) and the film a film-news
article is about (bot/draftfilms.py). Titles and articles are our own."""

from __future__ import annotations

from bot.draftfilms import main_film, named_only_aside
from bot.models import Entity, EntityKind
from bot.titles import title_aliases


def test_a_number_before_the_subtitle_names_the_film_by_series_and_number() -> None:
    aliases = title_aliases("Harrier Point 3: Starfall")
    for fan_name in ("Harrier Point 3", "HP3", "HP 3", "the third Harrier Point", "Starfall"):
        assert fan_name in aliases


def test_a_one_word_subtitle_names_the_film_only_when_it_is_no_ordinary_word() -> None:
    assert "Starfall" in title_aliases("Harrier Point: Starfall")
    assert "Impossible" not in title_aliases("Mission: Impossible")
    assert "Reckoning" not in title_aliases("Copper Sky: Reckoning")


def test_a_subtitle_of_several_names_is_also_written_by_its_initials() -> None:
    assert "GC" in title_aliases("Harrier Point: The Glass Citadel")
    assert "Ice Tide" in title_aliases("Frostline: Ice Tide")
    assert "IT" not in title_aliases("Frostline: Ice Tide")  # "it" is a word
    assert "DRPO" not in title_aliases("Copper Sky: Dead Reckoning Part One")
    assert "SotD" not in title_aliases("Copper Sky: Song of the Deep")


def test_a_title_numbered_at_its_end_keeps_its_names() -> None:
    aliases = title_aliases("Copper Sky 2")
    assert {"CS2", "the second Copper Sky"} <= set(aliases)
    assert "Copper Sky three" in title_aliases("Copper Sky Part 3")  # not "Copper Sky iii"
    assert title_aliases("Copper Sky") == []


def test_a_part_numbered_in_words_is_also_the_series_and_its_number() -> None:
    # fans call "Vorrathane: Part Two" "Vorrathane 2", and it is the second Vorrathane
    aliases = set(title_aliases("Vorrathane: Part Two"))
    assert {"Vorrathane 2", "the second Vorrathane", "Part Two"} <= aliases
    assert "Copper Sky 3" in title_aliases("Copper Sky Part 3")


def test_the_article_is_about_the_film_its_lede_names_not_the_one_named_most() -> None:
    named = [["firm", "new-film"], ["ines", "old-film"], ["old-film"], ["old-film"]]
    assert main_film(named, lambda e: e.endswith("film")) == "new-film"
    assert main_film([["firm"], ["ines"]], lambda e: e.endswith("film")) is None


def test_a_film_named_only_in_an_aside_leaves_the_sentence_to_the_articles_film() -> None:
    old = Entity("old-film", EntityKind.FILM, "Harrier Point 2")
    films = {"old-film": old}
    aside = 'Ines Varga, who directed the 2023 entry "Harrier Point 2," returns to direct.'
    assert named_only_aside(aside, ["old-film"], films)
    said = "Harrier Point 2, which Ines Varga directed, grossed $300 million."
    assert not named_only_aside(said, ["old-film"], films)
    assert not named_only_aside("Harrier Point 2 grossed $300 million.", ["old-film"], films)


def test_a_one_word_series_read_as_two_words_is_written_by_their_initials() -> None:
    # "Coldwater" is "cold" + "water": fans write "CW3" for "Coldwater 3"
    aliases = title_aliases("Coldwater 3: The Drowned City")
    assert "CW3" in aliases and "CW 3" in aliases
    # a word no two ordinary words make gets no initials ("Gallowglass II")
    assert not any(a.startswith(("GG", "G2")) for a in title_aliases("Gallowglass II"))
