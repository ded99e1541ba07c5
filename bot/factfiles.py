"""The shape of a fact file: its keys, TOML types and line numbers, and the words a
problem uses to point at what to fix."""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from dataclasses import dataclass
from typing import Any

from bot.concepts import GENERAL_CONCEPTS
from bot.errors import FactProblem
from bot.models import Entity, Fact, Topic
from bot.text import GLUE, QUESTION_WORDS, common_words, normalize, stem

ENTITY_KEYS = {"id", "kind", "name", "aliases", "of", "franchise"}


FACT_KEYS = {
    "id",
    "topic",
    "answer",
    "about",
    "questions",
    "items",
    "source",
    "quote",
    "date",
    "time_sensitive",
    "passage",
}


FILE_KEYS = {"source", "entity", "fact", "link", "vocabulary"}


VOCABULARY_KEYS = {"concepts", "org_words"}


LINK_KEYS = {"id", "aliases"}


_ID = re.compile(r"[a-z0-9][a-z0-9._#-]{0,199}")  # the whole id (fullmatch); 200 characters at most


_SHOWN_CHARS = 60  # a value from a fact file quoted in a problem: enough to recognise it


def _shown(text: str) -> str:
    """A value from a fact file as a problem quotes it: one line, at most 60 characters."""
    text = " ".join(text[: _SHOWN_CHARS * 4].split())
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "\u2026"


def _toml_type(value: Any) -> str:
    """What a TOML value is, in the TOML spec's words (never its repr: that may be huge, or
    nested thousands deep)."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, dt.datetime):
        return "a date with a time of day"
    return "a date" if isinstance(value, dt.date) else "a time of day"


def _is_id(value: Any) -> bool:
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def _ordinary_alias(alias: str) -> tuple[str, bool] | None:
    """(the word, refuse?) when a one-word alias is an ordinary English word, else None.

    Questions are made of such words: an alias "returning" or "who" turns "who's
    returning for MI7?" into a question about that entity. Words that carry a question's
    meaning (function words, question words, and the words of a concept such as @return)
    are refused; other common words ("Fallout", "Cruise") are allowed with a warning, since
    fans do use some of them as names.
    """
    words = normalize(alias).split()
    if len(words) != 1:
        return None
    word = words[0]
    if word in GLUE or word in QUESTION_WORDS or GENERAL_CONCEPTS.of([word, stem(word)]):
        return word, True
    if word in common_words():
        return word, False
    return None


def refused_alias(alias: str) -> bool:
    """Whether validation refuses `alias` as an ordinary word questions are made of:
    "HQ", which normalizing reads as "headquarters"."""
    ordinary = _ordinary_alias(alias)
    return ordinary is not None and ordinary[1]


class _FileLines:
    """Finds the line of a table or key in a TOML file, since tomllib gives no positions."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.tables: dict[str, list[int]] = {"entity": [], "fact": [], "link": []}
        for number, line in enumerate(self.lines, start=1):
            match = re.match(r"\s*\[\[\s*(entity|fact|link)\s*\]\]", line)
            if match:
                self.tables[match.group(1)].append(number)

    def table(self, kind: str, index: int) -> int:
        starts = self.tables.get(kind, [])
        return starts[index] if index < len(starts) else 1

    def key(self, kind: str, index: int, key: str) -> int:
        start = self.table(kind, index)
        for number in range(start, len(self.lines) + 1):
            line = self.lines[number - 1]
            if number > start and re.match(r"\s*\[", line):
                break
            if re.match(rf"\s*{re.escape(key)}\s*=", line):
                return number
        return start


# The one table of fact topics: what a fact reports. The engine, the history of reports and
# `facts build` read these words; a fact file naming another is refused with "did you mean".
TOPICS: dict[Topic, str] = {
    "release_date": "when a film comes out (later reports replace earlier ones)",
    "release": "a release other than the date itself (format, region, streaming)",
    "returning_cast": "who is back for a film",
    "new_cast": "who joins a film",
    "cast": "a film's cast in general",
    "cast_status": "whether someone's part is confirmed",
    "role": "who plays whom",
    "person": "about a person, not a film",
    "director": "who directs a film",
    "title": "a film's title",
    "production": "how a film is being made (studio, shoot, delays)",
    "filming_location": "where a film is shot",
    "location": "a place in the story or the news",
    "stunt": "a stunt",
    "quote": "what someone said",
    "interview": "from an interview",
    "social": "a social-media post",
    "event": "a premiere, screening or other event",
    "trivia": "anything else worth knowing",
    "passage": "a sentence of a source served as it is",
}


def read_vocabulary(
    value: Any, file: str, text: str
) -> tuple[dict[str, set[str]], set[str], list[FactProblem]]:
    """A file's [vocabulary] table: its concepts (name -> words) and org words, and the
    problems with it. Words are compared with a question's stems: write "stunt", not
    "stunts"."""
    found = re.search(r"^\s*\[\s*vocabulary\b", text, re.M)
    line = text.count("\n", 0, found.start()) + 1 if found else 1
    concepts: dict[str, set[str]] = {}
    org_words: set[str] = set()
    problems: list[FactProblem] = []

    def words(raw: Any, key: str, table: str) -> set[str]:
        if not _strings(raw):
            example = '"stunt", "stuntman"'
            problems.append(FactProblem(file, line, list_problem(key, table, raw, example)))
            return set()
        return {normalize(w) for w in raw if normalize(w)}

    if not isinstance(value, dict):
        return {}, set(), [FactProblem(file, line, "'vocabulary' must be a [vocabulary] table.")]
    for key in sorted(set(value) - VOCABULARY_KEYS):
        problems.append(
            FactProblem(
                file,
                line,
                f"unknown vocabulary key '{_shown(key)}'{_did_you_mean(key, VOCABULARY_KEYS)}.",
            )
        )
    raw_concepts = value.get("concepts", {})
    if not isinstance(raw_concepts, dict):
        problems.append(FactProblem(file, line, "[vocabulary.concepts] must be a table."))
        raw_concepts = {}
    for name, raw in raw_concepts.items():
        if not _is_id(name):
            problems.append(
                FactProblem(
                    file,
                    line,
                    f"concept name '{_shown(name)}' may hold only lower-case letters, digits, "
                    "'-', '.', '_' or '#'.",
                )
            )
            continue
        concepts[name] = words(raw, name, "[vocabulary.concepts]")
    if "org_words" in value:
        org_words = words(value["org_words"], "org_words", "[vocabulary]")
    return concepts, org_words, problems


# Words moderators write for a kind, and the kind they mean: `kind = "city"` is a place.
KIND_HINTS = {
    "place": "city town country state region location venue studio_lot island village",
    "person": "actor actress director producer writer composer star cast crew people human",
    "org": "studio company organisation organization distributor network streamer label",
    "film": "movie sequel prequel picture episode show series_entry",
    "franchise": "series saga universe trilogy collection",
    "role": "character part",
}
_KIND_OF_WORD = {word: kind for kind, words in KIND_HINTS.items() for word in words.split()}


def kind_hint(kind: str, kinds: set[str]) -> str:
    """ " (for a city, use 'place')", or "did you mean" for a misspelt kind, or ""."""
    word = kind.strip().lower()
    if word in _KIND_OF_WORD:
        return f" (for a{'n' if word[0] in 'aeiou' else ''} {word}, use '{_KIND_OF_WORD[word]}')"
    return _did_you_mean(word, kinds)


def _toml_string(text: str) -> str:
    """A string as a fact file writes it: a TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(_shown(text), ensure_ascii=False)


def list_problem(key: str, owner: str, value: Any, example: str) -> str:
    """What is wrong with a key that must be a list of strings, and how to write it: the
    commonest slip is one string without brackets (`questions = "When?"`)."""
    if isinstance(value, str):
        return (
            f"'{key}' of {owner} must be a list, even of one: write "
            f"{key} = [{_toml_string(value)}] (in square brackets)."
        )
    if isinstance(value, list):
        odd = next((v for v in value if not isinstance(v, str)), None)
        return (
            f"'{key}' of {owner} must be a list of strings in quotes, like {key} = [{example}]; "
            f"it holds {_toml_type(odd)}."
        )
    return f"'{key}' of {owner} must be a list of strings, like {key} = [{example}], not {_toml_type(value)}."


def text_problem(key: str, owner: str, value: Any, example: str) -> str:
    """What is wrong with a key that must be one string: often a list of one, in brackets."""
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str):
        return (
            f"'{key}' of {owner} must be one string, not a list: write "
            f"{key} = {_toml_string(value[0])} (without square brackets)."
        )
    return f"'{key}' of {owner} must be text in quotes, like {key} = {example}, not {_toml_type(value)}."


_FALSE_WORDS = frozenset("no false n off 0 never".split())
_TRUE_WORDS = frozenset("yes true y on 1 always".split())


def flag_problem(key: str, owner: str, value: Any) -> str:
    """A true/false key given something else: "no" in quotes is a string, and would be true."""
    given = f"the string {_toml_string(value)}" if isinstance(value, str) else _toml_type(value)
    word = str(value).strip().lower()
    fix = (
        f"{key} = false"
        if word in _FALSE_WORDS
        else f"{key} = true"
        if word in _TRUE_WORDS
        else f"{key} = true or {key} = false"
    )
    return (
        f"'{key}' of {owner} is {given}, but it must be true or false: write {fix}, without quotes."
    )


def _did_you_mean(word: str, choices: set[str]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _table_list(value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    if isinstance(value, dict):
        return [value]
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


@dataclass(frozen=True)
class _CachedFile:
    """A fact file as last validated: reused while its bytes and its context (the entity
    ids and sources it was checked against) are unchanged, so a reload after editing one
    file of a large fact set parses only that file."""

    digest: str
    context: str
    entities: tuple[tuple[Entity, int], ...]  # with the line each is defined on
    facts: tuple[Fact, ...]
    covered: frozenset[tuple[str, str]]  # (source, folded quote) of its passage facts
    warnings: tuple[FactProblem, ...] = ()


@dataclass(frozen=True)
class _CachedPassages:
    digest: str  # of the source text
    context: str
    facts: tuple[tuple[Fact, str], ...]  # with the folded sentence


_RawFact = tuple[dict[str, Any], str, int, _FileLines, int]
