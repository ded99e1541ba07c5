"""What the bot knows, for moderators: facts listed by film, topic or source, one fact in
full, and the facts the engine itself would match for a text.

Pure: reads one `Engine` (one fact version). Every "not found" is a sentence that says what
there is instead. Search goes through the engine's own parse and ranking, so a moderator
sees what a fan's question would reach, not what a second matcher thinks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.engine import Engine
from bot.models import Fact
from bot.text import clean

__all__ = [
    "LINE_WIDTH",
    "FactFilter",
    "FilterError",
    "describe_fact",
    "fact_line",
    "fit",
    "list_facts",
    "one_line",
    "search_facts",
    "suggest_ids",
]

LINE_WIDTH = 100  # one listed fact per line: past this many characters, an ellipsis
ELLIPSIS = "\u2026"
SEARCH_MIN_SCORE = 0.05  # the engine's score (0-1) below which a fact shares nothing useful
ID_SUGGESTION_CUTOFF = 60  # rapidfuzz ratio for "did you mean" on a mistyped fact id
FILTER_KEYS = ("film", "topic", "source")
# "film:MI7 topic:release date source=mi7-article.txt": each key up to the next key.
_FILTER = re.compile(
    rf"\b({'|'.join(FILTER_KEYS)})\s*[:=]\s*(.*?)\s*(?=\b(?:{'|'.join(FILTER_KEYS)})\s*[:=]|$)",
    re.I | re.S,
)


class FilterError(ValueError):
    """A filter names no film, topic or source the facts have: the message says which do."""


def one_line(text: str, width: int | None = LINE_WIDTH) -> str:
    """Visible text on one line (fans' and moderators' text may hold newlines or escapes),
    with an ellipsis past `width` characters."""
    flat = " ".join(clean(text).split())
    if width is not None and len(flat) > width:
        return flat[: width - 1].rstrip() + ELLIPSIS
    return flat


@dataclass(frozen=True)
class FactFilter:
    film: str = ""
    topic: str = ""
    source: str = ""

    @classmethod
    def parse(cls, text: str) -> FactFilter:
        """A chat filter: "film:MI7 topic:release_date source:mi7-article.txt", any of them;
        bare words are a film ("MI7")."""
        found = {key.lower(): value for key, value in _FILTER.findall(text)}
        if not found and text.strip():
            return cls(film=text.strip())
        return cls(**found)

    def __str__(self) -> str:
        return ", ".join(f"{k} {v!r}" for k, v in zip(FILTER_KEYS, self.values(), strict=True) if v)

    def values(self) -> tuple[str, str, str]:
        return (self.film, self.topic, self.source)


def list_facts(engine: Engine, wanted: FactFilter) -> list[Fact]:
    """The facts matching every part of the filter, in file order. Raises FilterError."""
    facts = list(engine.facts.facts)
    if wanted.film:
        film = engine.find_film(wanted.film)
        if film is None:
            names = ", ".join(sorted(f.name for f in engine.films())[:8])
            raise FilterError(
                f"No film is called {one_line(wanted.film, 40)!r}; the films are: {names}."
            )
        about = {engine.index.entries[i].fact.id for i in engine.index.by_entity.get(film.id, ())}
        facts = [f for f in facts if f.id in about or film.id in f.items]
    if wanted.topic:
        topic = "_".join(wanted.topic.casefold().split())
        topics = sorted({f.topic for f in engine.facts.facts})
        if topic not in topics:
            raise FilterError(
                f"No fact has the topic {one_line(wanted.topic, 40)!r}; the topics are: "
                f"{', '.join(topics)}."
            )
        facts = [f for f in facts if f.topic == topic]
    if wanted.source:
        name = wanted.source.strip().casefold()
        files = sorted({f.source.file for f in engine.facts.facts})
        matching = {f for f in files if name in (f.casefold(), f.casefold().rsplit(".", 1)[0])}
        if not matching:
            raise FilterError(
                f"No fact comes from the source {one_line(wanted.source, 60)!r}; the sources "
                f"are: {', '.join(files)}."
            )
        facts = [f for f in facts if f.source.file in matching]
    return facts


def fact_line(fact: Fact, width: int | None = LINE_WIDTH) -> str:
    """One line: "mi7-director (director, mi7-article.txt): Christopher McQuarrie ..."."""
    return one_line(f"{fact.id} ({fact.topic}, {fact.source.file}): {fact.answer}", width)


def describe_fact(engine: Engine, fact_id: str, width: int | None = None) -> str | None:
    """One fact in full: where it is written, what it is about, its answer as the bot says
    it, its source and questions; None when no fact has that id."""
    fact = next((f for f in engine.facts.facts if f.id == fact_id.strip()), None)
    if fact is None:
        return None
    where = f"{fact.file}:{fact.line}" if fact.file else "drafted from its source's sentence"
    about = ", ".join(_entity_name(engine, e) for e in fact.entities) or "nothing named"
    lines = [
        f"{fact.id}: {where}",
        f"Topic: {fact.topic}"
        + (", time-sensitive" if fact.time_sensitive else "")
        + (", uncurated passage" if fact.passage else ""),
        f"About: {about}",
    ]
    if fact.items:
        lines.append("Lists: " + ", ".join(_entity_name(engine, e) for e in fact.items))
    lines.append("Answer: " + one_line(fact.answer, width))
    lines.append("The bot says: " + one_line(engine.render(fact), width))
    quote = one_line(fact.source.quote, width)
    lines.append(f"Source: {fact.source.cite()}: \u201c{quote}\u201d")
    if fact.questions:
        lines.append("Questions: " + one_line(" | ".join(fact.questions), width))
    newer = [s for s in engine.history.superseded() if fact.id in s.old]
    for supersession in newer:
        lines.append(f"Superseded: {supersession.describe()} ({', '.join(supersession.new)})")
    return "\n".join(lines)


def suggest_ids(engine: Engine, fact_id: str, limit: int = 3) -> list[str]:
    ids = [f.id for f in engine.facts.facts]
    typed = fact_id.strip().casefold()
    cutoff = ID_SUGGESTION_CUTOFF
    found = process.extract(typed, ids, scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)
    return [match for match, _, _ in found]


def search_facts(engine: Engine, text: str, limit: int) -> tuple[list[tuple[float, Fact]], str]:
    """The facts the engine ranks highest for `text` (as it would for a fan's question),
    with their scores, and what the bot would answer to it: a fact id, or a decline."""
    parsed = engine.parse(text)
    ranked = engine.context.rank(parsed)
    entries = engine.index.entries
    hits = [(s.score, entries[s.index].fact) for s in ranked if s.score >= SEARCH_MIN_SCORE]
    answer = engine.answer(text)
    if answer.answered and answer.facts:
        verdict = f"Asked as a question, the bot answers from {', '.join(answer.facts)}."
    else:
        verdict = "Asked as a question, the bot declines it."
    return hits[:limit], verdict


def _entity_name(engine: Engine, entity_id: str) -> str:
    entity = engine.entities.get(entity_id)
    return f"{entity.name} ({entity_id})" if entity else entity_id


def fit(lines: list[str], budget: int | None, more: str) -> str:
    """The lines that fit in `budget` characters (all when None), then `more` with the
    number of lines left out ("… 12 more lines: {n}")."""
    if budget is None:
        return "\n".join(lines)
    kept: list[str] = []
    used = 0
    for line in lines:
        if used + len(line) + 1 > budget - len(more) - 20:
            break
        kept.append(line)
        used += len(line) + 1
    left = len(lines) - len(kept)
    if left:
        kept.append(f"\u2026 {left} more line{'s' if left != 1 else ''}: {more}")
    return "\n".join(kept)
