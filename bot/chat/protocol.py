"""What the chat layer needs of an engine: parse, answer, and what it knows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from bot.aliases import Mention
from bot.models import Answer, Entity, FactSet


class ParsedLike(Protocol):
    """The parts of the engine's ParsedQuestion that follow-ups are resolved from."""

    @property
    def words(self) -> tuple[str, ...]: ...  # normalized; mentions index into these
    @property
    def mentions(self) -> tuple[Mention, ...]: ...
    @property
    def entities(self) -> tuple[str, ...]: ...  # ids named, plus characters' actors
    @property
    def qtype(self) -> str: ...


class ChatEngine(Protocol):
    """`bot.engine.Engine` as the conversation sees it."""

    @property
    def entities(self) -> Mapping[str, Entity]: ...
    @property
    def facts(self) -> FactSet: ...
    def parse(self, question: str) -> ParsedLike: ...
    def answer(self, question: str) -> Answer: ...
    def films(self) -> list[Entity]: ...
