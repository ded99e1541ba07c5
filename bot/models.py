"""The bot's vocabulary as frozen dataclasses. No I/O here."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

__all__ = [
    "NO_VOCABULARY",
    "Answer",
    "AnswerKind",
    "AuditEntry",
    "Entity",
    "EntityKind",
    "Fact",
    "FactSet",
    "LoggedQuestion",
    "QuestionType",
    "ReloadReport",
    "Source",
    "Topic",
    "UnansweredCount",
    "Vocabulary",
]


class EntityKind(StrEnum):
    FILM = "film"
    PERSON = "person"
    ROLE = "role"  # a character; `of` names the person who plays it
    PLACE = "place"
    ORG = "org"
    FRANCHISE = "franchise"


@dataclass(frozen=True, slots=True)  # slots: 100,000s of these stay in memory
class Entity:
    """Something facts are about: a film, a person, a character, a place."""

    id: str
    kind: EntityKind
    name: str
    aliases: tuple[str, ...] = ()
    of: str | None = None  # for a role: the id of the person who plays it
    franchise: str | None = None  # for a film: the id of its franchise


@dataclass(frozen=True, slots=True)  # slots: 100,000s of these stay in memory
class Source:
    """Where a fact comes from: a source file, the exact words quoted, and its date."""

    file: str
    quote: str
    date: str | None = None  # ISO date the source was published, when known

    def cite(self) -> str:
        return f"{self.file} ({self.date})" if self.date else self.file


@dataclass(frozen=True, slots=True)  # slots: 100,000s of these stay in memory
class Fact:
    """One answerable statement, with the questions it answers and its provenance."""

    id: str
    topic: str
    answer: str
    entities: tuple[str, ...]
    source: Source
    questions: tuple[str, ...] = ()
    items: tuple[str, ...] = ()  # entity ids a list answer enumerates (e.g. returning cast)
    time_sensitive: bool = False  # answers say "As reported on DATE, ..."
    passage: bool = False  # drafted from one sentence of a source, not curated
    file: str = ""  # fact file it was read from (empty for automatic passages)
    line: int = 0


@dataclass(frozen=True)
class Vocabulary:
    """A franchise's own words, from its fact files' [vocabulary] tables: what code keeps
    only for general English."""

    concepts: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (name, its words), by name
    org_words: tuple[str, ...] = ()  # a phrase with one is drafted as an organisation

    def as_json(self) -> dict[str, object]:
        return {"concepts": dict(self.concepts), "org_words": list(self.org_words)}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Vocabulary:
        concepts = data.get("concepts", {})
        org_words = data.get("org_words", [])
        assert isinstance(concepts, dict) and isinstance(org_words, list)
        return cls(
            tuple((str(k), tuple(map(str, v))) for k, v in sorted(concepts.items())),
            tuple(map(str, org_words)),
        )


NO_VOCABULARY = Vocabulary()


@dataclass(frozen=True)
class FactSet:
    """Everything one reload produces: facts, the entities they name, and the vocabulary."""

    facts: tuple[Fact, ...]
    entities: tuple[Entity, ...]
    digest: str = ""  # content hash, to tell whether a reload changed anything
    vocabulary: Vocabulary = NO_VOCABULARY
    # Things validation allowed but a moderator should look at (file:line: what), from the
    # fact files read afresh; not part of the facts, so not compared and not stored.
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def alias_count(self) -> int:
        return sum(len(e.aliases) for e in self.entities)


# What a fact reports. Fact files name one of these (bot/factfiles.py TOPICS describes each,
# and refuses any other word with "did you mean"); the engine's topic tables are typed by it.
Topic = Literal[
    "release_date",
    "release",
    "returning_cast",
    "new_cast",
    "cast",
    "cast_status",
    "role",
    "person",
    "director",
    "title",
    "production",
    "filming_location",
    "location",
    "stunt",
    "quote",
    "interview",
    "social",
    "event",
    "trivia",
    "passage",
]

# What a question asks for, from its question word ("which" asks as "what" does).
QuestionType = Literal["who", "when", "where", "what", "how", "yesno", "other"]

# What an answer is, as adapters, the question log and `ask --json` see it.
AnswerKind = Literal[
    "answer",  # a sourced answer
    "decline",  # the facts do not say
    "unknown_entity",  # the question names something the facts do not know
    "help",  # the question asked how to use the bot
    "empty",  # nothing to answer
    "smalltalk",  # a greeting or thanks (bot/chat)
    "several",  # one message, several questions (bot/chat)
]


@dataclass(frozen=True)
class Answer:
    """What the engine says to a question. A decline is a normal Answer, not an error."""

    answered: bool
    text: str
    confidence: float = 0.0
    facts: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    suggestions: tuple[str, ...] = ()
    kind: AnswerKind = "answer"

    def as_json(self) -> dict[str, object]:
        return {
            "answered": self.answered,
            "text": self.text,
            "confidence": round(self.confidence, 3),
            "facts": list(self.facts),
            "sources": [{"file": s.file, "date": s.date, "quote": s.quote} for s in self.sources],
            "suggestions": list(self.suggestions),
            "kind": self.kind,
        }


@dataclass(frozen=True)
class ReloadReport:
    """The outcome of a reload, for the moderator who asked and for the audit."""

    ok: bool
    version: int | None
    facts: int = 0
    added: int = 0
    removed: int = 0
    changed: int = 0
    aliases: int = 0
    ms: float = 0.0
    errors: tuple[str, ...] = ()
    unchanged: bool = False
    store_problem: str | None = None
    # "mi7 release date: the 2021-11-19 report is superseded by the 2022-05-23 report",
    # for each report this reload newly supersedes: nothing is overwritten silently.
    superseded: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # from validation: allowed, but worth a look
    # "These files were stored as version 2 when a bot started ...": why "+0 -0 ~0"
    note: str | None = None

    MAX_WARNINGS_SHOWN = 5

    def summary(self) -> str:
        if not self.ok:
            return "Reload refused; still serving the previous facts. " + " ".join(self.errors)
        text = (
            f"{self.facts} facts (+{self.added} -{self.removed} ~{self.changed}), "
            f"{self.aliases} aliases, {self.ms:.0f} ms"
        )
        if self.version is not None:
            text += f" (version {self.version})"
        if self.store_problem:
            text += f". Warning: {self.store_problem}"
        if self.note:
            text += f". {self.note}"
        if self.superseded:
            text += "\nSuperseded by newer reports:\n" + "\n".join(
                f"  {line}" for line in self.superseded
            )
        shown = self.warnings[: self.MAX_WARNINGS_SHOWN]
        if shown:
            more = len(self.warnings) - len(shown)
            text += "\nWarnings:\n" + "\n".join(shown) + (f"\n(and {more} more)" if more else "")
        return text


@dataclass(frozen=True)
class LoggedQuestion:
    at: str
    platform: str
    question: str
    answered: bool
    confidence: float
    fact_id: str | None


@dataclass(frozen=True)
class UnansweredCount:
    question: str
    count: int
    last_asked: str


@dataclass(frozen=True)
class AuditEntry:
    at: str
    who: str
    source: str
    ok: bool
    version: int | None
    facts: int
    errors: tuple[str, ...] = field(default_factory=tuple)
