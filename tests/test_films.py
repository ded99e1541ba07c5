"""Which film of a franchise "the new X" and "the last X" mean (bot/engine/films.py):
the film the newest reports say most about, and the one before it by the year written
beside its title."""

from __future__ import annotations

from bot.engine import Engine, films
from bot.models import Entity, EntityKind, Fact, FactSet, Source


def _engine(*answers: tuple[str, tuple[str, ...], str]) -> Engine:
    franchise = Entity(id="gale", kind=EntityKind.FRANCHISE, name="Gale Run")
    titles = {"gale-run": "Gale Run", "gale-run-2": "Gale Run 2", "gale-run-3": "Gale Run 3"}
    return Engine(
        FactSet(
            facts=tuple(
                Fact(
                    id=f"f{i}",
                    topic="trivia",
                    answer=answer,
                    entities=entities,
                    source=Source(file="a.txt", quote=answer, date=date),
                    passage=True,
                )
                for i, (answer, entities, date) in enumerate(answers)
            ),
            entities=(
                franchise,
                *(
                    Entity(id=i, kind=EntityKind.FILM, name=name, franchise="gale")
                    for i, name in titles.items()
                ),
            ),
        )
    )


def test_the_last_film_is_the_one_before_the_newest_by_its_written_year() -> None:
    engine = _engine(
        ('"Gale Run 3" opens in May.', ("gale-run-3",), "2026-11-30"),
        ("Ada Berg directs the sequel.", ("gale-run-3",), "2026-11-30"),
        ('The 2019 original "Gale Run" made $90 million.', ("gale-run",), "2026-11-30"),
        ('Its director also made 2023\'s "Gale Run 2".', ("gale-run-2",), "2026-11-30"),
    )
    index = engine.context.index
    assert films.newest_film(index, "gale") == "gale-run-3"
    assert films.previous_film(index, "gale") == "gale-run-2"
    by_id = {e.id: e for e in index.names.films_of["gale"]}
    assert films.film_year(index, by_id["gale-run"]) == 2019
    assert films.film_year(index, by_id["gale-run-3"]) is None


def test_a_year_in_brackets_after_the_title_counts_too() -> None:
    engine = _engine(
        ('"Gale Run 3" opens in May.', ("gale-run-3",), "2026-11-30"),
        ("Ada Berg directs the sequel.", ("gale-run-3",), "2026-11-30"),
        ('"Gale Run 2" (2023) made $120 million.', ("gale-run-2",), "2026-11-30"),
    )
    assert films.previous_film(engine.context.index, "gale") == "gale-run-2"


def test_with_no_year_written_the_last_film_is_not_guessed() -> None:
    engine = _engine(
        ('"Gale Run 3" opens in May.', ("gale-run-3",), "2026-11-30"),
        ("Ada Berg directs the sequel.", ("gale-run-3",), "2026-11-30"),
        ('"Gale Run 2" made $120 million.', ("gale-run-2",), "2026-11-30"),
        ('"Gale Run" made $90 million.', ("gale-run",), "2026-11-30"),
    )
    assert films.previous_film(engine.context.index, "gale") is None
