"""Films an article numbers in words get the names fans use for the number."""

from __future__ import annotations

from bot.draftnumbers import number_films
from bot.models import Entity, EntityKind


def _film(name: str) -> Entity:
    return Entity("", EntityKind.FILM, name)


def test_a_title_the_article_numbers_gets_its_number_and_its_series() -> None:
    sentences = [
        'The studio said "Salt Road: Low Tide," the third film in its Salt Road series, opens in May.',
        'The second installment, "Salt Road: Undertow," took $90 million.',
    ]
    out = number_films(sentences, [_film("Salt Road: Low Tide"), _film("Salt Road: Undertow")])
    series = [e for e in out if e.kind is EntityKind.FRANCHISE]
    assert [e.name for e in series] == ["Salt Road"]
    low_tide, undertow = (e for e in out if e.kind is EntityKind.FILM)
    assert low_tide.franchise == "Salt Road" and undertow.franchise == "Salt Road"
    assert {"Salt Road 3", "the third Salt Road movie", "the third film"} <= set(low_tide.aliases)
    assert "Salt Road 2" in undertow.aliases and "Salt Road 3" not in undertow.aliases


def test_a_number_before_the_title_may_have_the_series_between() -> None:
    sentences = [
        'The studio said the fourth chapter of its "Salt Road" saga, now officially titled'
        ' "Salt Road: Low Tide," opens in May.',
    ]
    out = number_films(sentences, [_film("Salt Road: Low Tide")])
    low_tide = next(e for e in out if e.kind is EntityKind.FILM)
    assert "Salt Road 4" in low_tide.aliases


def test_no_series_from_a_word_said_only_inside_titles() -> None:
    # "Mission" is never said but in the two titles: no franchise "Mission", no "Mission 8"
    sentences = [
        "The seventh film is called Mission: Impossible - Dead Reckoning Part One.",
        "Mission: Impossible - Dead Reckoning Part Two, the eighth film, opens in 2024.",
    ]
    films = [
        _film("Mission: Impossible - Dead Reckoning Part One"),
        _film("Mission: Impossible - Dead Reckoning Part Two"),
    ]
    out = number_films(sentences, films)
    assert out == films


def test_a_title_numbered_two_ways_gets_no_number() -> None:
    sentences = [
        '"Salt Road: Low Tide," the third film, opens in May. Its series is Salt Road.',
        '"Salt Road: Low Tide," the fourth movie, per another report.',
    ]
    (series, low_tide) = number_films(sentences, [_film("Salt Road: Low Tide")])
    assert series.kind is EntityKind.FRANCHISE
    assert not any(a.startswith(("Salt Road 3", "Salt Road 4")) for a in low_tide.aliases)
