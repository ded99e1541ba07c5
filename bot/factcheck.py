"""Checking what fact files say: entities and their aliases, links, and each fact against
its source. A part of the fact loader (bot/facts.py); every problem names file:line."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from bot.aliases import alias_forms, surname_counts
from bot.errors import FactProblem
from bot.factfiles import (
    ENTITY_KEYS,
    FACT_KEYS,
    TOPICS,
    _CachedFile,
    _did_you_mean,
    _FileLines,
    _is_id,
    _ordinary_alias,
    _RawFact,
    _shown,
    _strings,
    _toml_type,
)
from bot.models import Entity, EntityKind, Fact, Source
from bot.sources import SourceDoc
from bot.text import fold


class _FactChecks:
    """The checks of `_Loader`, which owns the state they read."""

    entities: dict[str, tuple[Entity, str, int]]
    links: list[tuple[str, tuple[str, ...], str, int]]
    order: list[tuple[_CachedFile | None, list[_RawFact]]]
    folded: dict[str, str]
    sources: dict[str, SourceDoc]
    problems: list[FactProblem]
    warnings: list[FactProblem]

    def problem(self, file: str, line: int, message: str) -> None:
        self.problems.append(FactProblem(file, line, message))

    def warning(self, file: str, line: int, message: str) -> None:
        self.warnings.append(FactProblem(file, line, message))

    def _table_id(
        self,
        table: str,
        raw: dict[str, Any],
        keys: set[str],
        file: str,
        line: int,
        at: Callable[[str], int],
    ) -> str | None:
        """A [[fact]] or [[entity]] table's id, after naming its unknown keys; None (with a
        problem) when the id is missing or malformed."""
        for key in sorted(set(raw) - keys):
            self.problem(
                file, at(key), f"unknown {table} key '{_shown(key)}'{_did_you_mean(key, keys)}."
            )
        table_id = raw.get("id")
        if not _is_id(table_id):
            self.problem(
                file,
                line,
                f"every {table} needs an 'id' of lower-case letters, digits, '-', '.' or '_'.",
            )
            return None
        assert isinstance(table_id, str)
        return table_id

    def _check_aliases(self, aliases: list[str], entity_id: str, file: str, line: int) -> None:
        for alias in aliases:
            ordinary = _ordinary_alias(alias)
            if ordinary is None:
                continue
            word, refuse = ordinary
            if refuse:
                self.problem(
                    file,
                    line,
                    f"alias '{_shown(alias)}' of entity '{entity_id}' is the ordinary word "
                    f"'{word}' that questions are made of: it would make questions such as "
                    "\u201cwho's returning for MI7?\u201d about this entity. Use a longer alias.",
                )
            else:
                self.warning(
                    file,
                    line,
                    f"alias '{_shown(alias)}' of entity '{entity_id}' is also the English word "
                    f"'{word}': a question using that word in its ordinary sense will be taken "
                    "as about this entity. Keep it only if fans use it as a name.",
                )

    def _check_entities(self) -> dict[str, Entity]:
        entities = {eid: e for eid, (e, _, _) in self.entities.items()}
        linked: dict[str, tuple[str, int]] = {}
        for target, aliases, file, line in self.links:
            entity = entities.get(target)
            if entity is None:
                self.problem(
                    file, line, f"[[link]] names entity '{target}', which is not an entity."
                )
                continue
            # Applied to a copy: the cache keeps each file's own entities.
            entities[target] = replace(
                entity, aliases=tuple(dict.fromkeys([*entity.aliases, *aliases]))
            )
            linked[target] = (file, line)
        owners: dict[str, str] = {}
        surnames = surname_counts(entities.values())
        for eid, (_, file, line) in self.entities.items():
            entity = entities[eid]
            file, line = linked.get(eid, (file, line))
            if entity.kind is EntityKind.ROLE:
                person = entities.get(entity.of or "")
                if person is None or person.kind is not EntityKind.PERSON:
                    self.problem(
                        file,
                        line,
                        f"role '{eid}' needs 'of' naming a person entity (got {entity.of!r}).",
                    )
            if entity.franchise and entity.franchise not in entities:
                self.problem(
                    file,
                    line,
                    f"entity '{eid}' names franchise '{entity.franchise}', which is not an entity.",
                )
            for form in alias_forms(entity, surnames):
                other = owners.get(form)
                if other and other != eid:
                    self.problem(
                        file,
                        line,
                        f"alias '{form}' names both '{other}' and '{eid}'; "
                        "remove it from one of them.",
                    )
                owners[form] = eid
        return entities

    def _check_facts(self, entities: dict[str, Entity]) -> list[Fact]:
        facts: list[Fact] = []
        seen: dict[str, str] = {}
        for cached, raws in self.order:
            checked = (
                cached.facts
                if cached is not None
                else [self._check_fact_safely(raw, entities) for raw in raws]
            )
            for fact in checked:
                if fact is not None:
                    self._add_unique(fact, facts, seen)
        return facts

    def _add_unique(self, fact: Fact, facts: list[Fact], seen: dict[str, str]) -> None:
        if fact.id in seen:
            self.problem(
                fact.file,
                fact.line,
                f"fact id '{fact.id}' is already used at {seen[fact.id]}; ids must be unique.",
            )
            return
        seen[fact.id] = f"{fact.file}:{fact.line}"
        facts.append(fact)

    def _check_fact_safely(self, raw: _RawFact, entities: dict[str, Entity]) -> Fact | None:
        before = len(self.problems)
        try:
            return self._check_fact(*raw, entities)
        except Exception as exc:
            # The net under the type checks: a fact that cannot be checked is refused with
            # its place, never a crash of the whole reload.
            if len(self.problems) == before:
                self.problem(
                    raw[1],
                    raw[2],
                    f"this fact could not be checked ({type(exc).__name__}: {_shown(str(exc))}).",
                )
            return None

    def _check_fact(
        self,
        raw: dict[str, Any],
        file: str,
        line: int,
        lines: _FileLines,
        index: int,
        entities: dict[str, Entity],
    ) -> Fact | None:
        def at(key: str) -> int:
            return lines.key("fact", index, key)

        before = len(self.problems)
        fact_id = self._table_id("fact", raw, FACT_KEYS, file, line, at)
        if fact_id is None:
            return None
        flags: dict[str, bool] = {}
        for key in ("passage", "time_sensitive"):
            flag = raw.get(key, False)
            if not isinstance(flag, bool):
                # "no" and "false" in quotes are strings, and bool() of a string is True.
                self.problem(
                    file,
                    at(key),
                    f"'{key}' of fact '{fact_id}' must be true or false without quotes, "
                    f"not {_toml_type(flag)}.",
                )
                flag = False
            flags[key] = flag
        answer = raw.get("answer")
        if not isinstance(answer, str) or not answer.strip():
            self.problem(file, at("answer"), f"fact '{fact_id}' has an empty 'answer'; write one.")
        topic = raw.get("topic")
        if not isinstance(topic, str) or not topic.strip():
            self.problem(
                file,
                at("topic"),
                f"fact '{fact_id}' needs a 'topic' (e.g. release_date, returning_cast).",
            )
        elif topic.strip() not in TOPICS:
            self.problem(
                file,
                at("topic"),
                f"fact '{fact_id}' has the unknown topic '{_shown(topic)}'"
                f"{_did_you_mean(topic.strip(), set(TOPICS))}; the topics are "
                f"{', '.join(TOPICS)}.",
            )
        passage = flags["passage"]
        about = raw.get("about", [])
        if not _strings(about) or (not about and not passage):
            self.problem(
                file,
                at("about"),
                f"fact '{fact_id}' needs 'about': a list of the entity ids it is about.",
            )
            about = []
        items = raw.get("items", [])
        if not _strings(items):
            self.problem(file, at("items"), f"'items' of fact '{fact_id}' must be entity ids.")
            items = []
        for ref in [*about, *items]:
            if ref not in entities:
                self.problem(
                    file,
                    at("items" if ref in items and ref not in about else "about"),
                    f"fact '{fact_id}' names unknown entity '{_shown(ref)}'"
                    f"{_did_you_mean(ref, set(entities))}; add it as an [[entity]] or fix the id.",
                )
        questions = raw.get("questions", [])
        if not _strings(questions):
            self.problem(file, at("questions"), f"'questions' of fact '{fact_id}' must be strings.")
            questions = []
        source_name = raw.get("source")
        quote = raw.get("quote")
        doc = self.sources.get(source_name) if isinstance(source_name, str) else None
        if doc is None:
            known = ", ".join(sorted(self.sources)) or "none"
            given = (
                "" if isinstance(source_name, str | None) else f", not {_toml_type(source_name)}"
            )
            self.problem(
                file,
                at("source"),
                f"fact '{fact_id}' needs 'source' naming a file in sources/ (known: {known})"
                f"{given}.",
            )
        if not isinstance(quote, str) or not quote.strip():
            self.problem(
                file,
                at("quote"),
                f"fact '{fact_id}' needs 'quote': the exact words of the source it rests on.",
            )
        elif doc is not None and fold(quote) not in self.folded[doc.name]:
            self.problem(
                file,
                at("quote"),
                f"the quote of fact '{fact_id}' is not in sources/{doc.name}; "
                "copy the words exactly from the article.",
            )
        date = raw.get("date", doc.date if doc else None)
        if isinstance(date, dt.date) and not isinstance(date, dt.datetime):
            date = date.isoformat()  # written as a TOML date, without quotes
        if date is not None and not (
            isinstance(date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date)
        ):
            self.problem(file, at("date"), f"'date' of fact '{fact_id}' must look like 2021-11-19.")
        if len(self.problems) > before or doc is None:
            return None
        assert isinstance(answer, str) and isinstance(topic, str) and isinstance(quote, str)
        assert date is None or isinstance(date, str)
        return Fact(
            id=fact_id,
            topic=topic.strip(),
            answer=answer.strip(),
            entities=tuple(dict.fromkeys(about)),
            source=Source(file=doc.name, quote=quote.strip(), date=date),
            questions=tuple(q.strip() for q in questions if q.strip()),
            items=tuple(items),
            time_sensitive=flags["time_sensitive"],
            passage=passage,
            file=file,
            line=line,
        )

    def _read_entity(self, raw: dict[str, Any], file: str, lines: _FileLines, index: int) -> None:
        line = lines.table("entity", index)
        entity_id = self._table_id(
            "entity", raw, ENTITY_KEYS, file, line, lambda key: lines.key("entity", index, key)
        )
        if entity_id is None:
            return
        kinds = {k.value for k in EntityKind}
        kind = raw.get("kind")
        if not isinstance(kind, str) or kind not in kinds:
            given = "" if kind is None or isinstance(kind, str) else f", not {_toml_type(kind)}"
            self.problem(
                file,
                lines.key("entity", index, "kind"),
                f"entity '{entity_id}' needs a 'kind', one of: {', '.join(sorted(kinds))}{given}.",
            )
            return
        refs: dict[str, str | None] = {}
        for key in ("of", "franchise"):
            ref = raw.get(key)
            if ref is not None and not isinstance(ref, str):
                self.problem(
                    file,
                    lines.key("entity", index, key),
                    f"'{key}' of entity '{entity_id}' must be an entity id in quotes, "
                    f"not {_toml_type(ref)}.",
                )
                return
            refs[key] = ref.strip() or None if ref is not None else None
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            self.problem(
                file, lines.key("entity", index, "name"), f"entity '{entity_id}' needs a 'name'."
            )
            return
        aliases = raw.get("aliases", [])
        if not _strings(aliases):
            self.problem(
                file,
                lines.key("entity", index, "aliases"),
                f"'aliases' of entity '{entity_id}' must be a list of strings.",
            )
            aliases = []
        self._check_aliases(aliases, entity_id, file, lines.key("entity", index, "aliases"))
        if entity_id in self.entities:
            self._register_entity(Entity(entity_id, EntityKind(kind), name), file, line)
            return
        entity = Entity(
            id=entity_id,
            kind=EntityKind(kind),
            name=name.strip(),
            aliases=tuple(a.strip() for a in aliases if a.strip()),
            of=refs["of"],
            franchise=refs["franchise"],
        )
        self._register_entity(entity, file, line)

    def _register_entity(self, entity: Entity, file: str, line: int) -> None:
        if entity.id in self.entities:
            _, other_file, other_line = self.entities[entity.id]
            self.problem(
                file,
                line,
                f"entity id '{entity.id}' is already used at {other_file}:{other_line}; "
                "give this one another id.",
            )
            return
        self.entities[entity.id] = (entity, file, line)
