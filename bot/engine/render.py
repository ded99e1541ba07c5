"""All the prose the engine writes: answers, declines, help."""

from __future__ import annotations

from collections.abc import Callable

from bot import demonyms
from bot.models import Fact
from bot.text import GLUE, is_calendar, normalize

HELP_TEXT = (
    "Ask me about a film franchise, e.g. \u201cwho's returning for MI7?\u201d or "
    "\u201cwhen does Mission: Impossible 8 come out?\u201d. "
    "Commands: /release [film], /cast [film], /help."
)
DONT_KNOW = "I don't know that: my facts don't cover it."
DID_YOU_MEAN = " Did you mean one of the suggestions below?"


def answer_text(fact: Fact, is_name_word: Callable[[str], bool], written: str | None = None) -> str:
    """The answer text (`written`, else the fact's answer, as written); time-sensitive and
    passage answers say when it was reported."""
    text = fact.answer if written is None else written
    date = fact.source.date
    if (fact.time_sensitive or fact.passage) and date:
        first, second = [*text.split(" ", 2), "", ""][:2]
        # "Harbor Pictures has ...": an ordinary word opening a capitalised name stays, as
        # does a word with a capital inside ("Okonjo-Lind was born", "McQuarrie said")
        if (
            first[:1].isupper()
            and first[1:] == first[1:].lower()
            and not is_name_word(first)
            and not _opens_name(first, second)
            and not _of_an_entity(first, fact)
            and not is_calendar(normalize(first).split()[0] if normalize(first) else "")
        ):  # "Friday's opening night" keeps its weekday's capital
            text = first[0].lower() + text[1:]
        return f"As reported on {date}, {text}"
    return text


def _of_an_entity(first: str, fact: Fact) -> bool:
    """Whether `first` is a word of a name the fact is about ("Salt and Shadow grossed
    ...", by its entities' ids, which are their names' words), or a country's or a
    people's ("China was the largest market", "French troops ...")."""
    word = normalize(first)
    if not word or word in GLUE:
        return False
    return demonyms.names_a_people(word) or any(word in e.split("-") for e in fact.entities)


def _opens_name(first: str, second: str) -> bool:
    return second[:1].isupper() and first.casefold() not in GLUE


def dont_know(has_suggestions: bool) -> str:
    return DONT_KNOW + (DID_YOU_MEAN if has_suggestions else "")


def closest_only(fact: Fact) -> str:
    """A yes/no question no fact settles: show the nearest fact instead."""
    return (
        f"My facts don't say that. The closest they come: \u201c{shorten(fact.answer, 200)}\u201d "
        f"({fact.source.cite()})"
    )


def closest_passage(fact: Fact) -> str:
    """A passage near the question that, read against it, does not answer it."""
    return (
        f"I don't know that: the facts don't say. The closest they come: "
        f"\u201c{shorten(fact.answer, 200)}\u201d ({fact.source.cite()})"
    )


def not_in_film(person: str, film: str | None) -> str:
    return f"My facts don't say whether {person} is in {film or 'the films I know about'}."


def what_about(name: str) -> str:
    return f"What would you like to know about {name}? Try one of the suggestions."


def unknown_entity(phrase: str, known_films: list[str]) -> str:
    text = (
        f"I don't have any facts about \u201c{shorten(phrase, 60)}\u201d, so I can't answer that."
    )
    if known_films:
        text += f" I know about {', '.join(known_films)}."
    return text


def unknown_film(typed: str, known_films: list[str]) -> str:
    names = ", ".join(known_films) or "none yet"
    return f"I don't know a film called \u201c{typed[:80]}\u201d. Films I know: {names}."


def no_topic(what: str, target: str) -> str:
    return f"My facts have no {what} for {target}."


def no(text: str) -> str:
    return f"No: {text}"


def shorten(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


def lower_first(text: str) -> str:
    """ "As reported on ..." after "No: " or inside a sentence."""
    return text[:1].lower() + text[1:] if text.startswith("As reported") else text


def earlier_value(value: str) -> str:
    """The earlier report's value beside the newest: "(earlier reported: November 19, 2021)"."""
    return f" (earlier reported: {value})"


def earlier_report(date: str, answer: str) -> str:
    return f" (earlier, as reported on {date}: \u201c{shorten(answer, 120)}\u201d)"


def later_report(date: str, value: str) -> str:
    """Beside an old report given because the past was asked about: what replaced it."""
    return f" (since superseded: as reported on {date}, {value})"


def yes(text: str) -> str:
    return f"Yes: {lower_first(text)}"


def is_yes(text: str) -> bool:
    return text.startswith("Yes: ")


def is_no(text: str) -> bool:
    return text.startswith("No: ")


def no_report(text: str) -> str:
    """ "No: as reported on 2022-05-23, ..." """
    return f"No: {lower_first(text)}"
