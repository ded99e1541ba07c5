"""Checking a fact file's entities: their keys and kinds, aliases that are ordinary words,
[[link]] tables, and names two entities would share. A part of the fact loader
(bot/facts.py); every problem names file:line and says what to fix."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from bot.aliases import alias_forms, surname_counts, written_as
from bot.errors import FactProblem
from bot.factfiles import (
    ENTITY_KEYS,
    _did_you_mean,
    _FileLines,
    _is_id,
    _ordinary_alias,
    _shown,
    _strings,
    _toml_type,
    kind_hint,
    list_problem,
    text_problem,
)
from bot.models import Entity, EntityKind


class _EntityChecks:
    """The entity checks of `_Loader`, which owns the state they read."""

    entities: dict[str, tuple[Entity, str, int]]
    links: list[tuple[str, tuple[str, ...], str, int]]
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
            allowed = "lower-case letters, digits, '-', '.', '_' or '#'"
            suggestion = re.sub(r"[^a-z0-9._#-]+", "-", str(table_id).lower()).strip("-._#")
            self.problem(
                file,
                line,
                f"{table} id '{_shown(table_id)}' may hold only {allowed}"
                + (f'; write id = "{suggestion[:200]}".' if suggestion else ".")
                if isinstance(table_id, str) and table_id.strip()
                else f"every {table} needs an 'id' of {allowed}, like id = \"mi7\".",
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
                    file,
                    line,
                    f"[[link]] gives names to entity '{_shown(target)}', which is not an entity"
                    f"{_did_you_mean(target, set(entities))}; fix its 'id', or delete the link.",
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
                    self.problem(file, line, _role_problem(eid, entity.of, person, entities))
            if entity.franchise and entity.franchise not in entities:
                self.problem(
                    file,
                    line,
                    f"entity '{eid}' has franchise = \"{_shown(entity.franchise)}\", which is not "
                    f"an entity{_did_you_mean(entity.franchise, set(entities))}; add the franchise "
                    "as an [[entity]] or fix the id.",
                )
            for form in alias_forms(entity, surnames):
                other = owners.get(form)
                if other and other != eid:
                    mine = written_as(entity, form, surnames)
                    theirs = written_as(entities[other], form, surnames)
                    where = "{}:{}".format(*linked.get(other, self.entities[other][1:]))
                    self.problem(file, line, _clash(eid, mine, other, theirs, where))
                owners[form] = eid
        return entities

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
            allowed = ", ".join(sorted(kinds))
            if isinstance(kind, list) and len(kind) == 1 and kind[0] in kinds:
                message = text_problem("kind", f"entity '{entity_id}'", kind, '"film"')
            elif kind is None:
                message = f"entity '{entity_id}' needs a 'kind', one of: {allowed}."
            elif isinstance(kind, str):
                message = (
                    f"entity '{entity_id}' has kind '{_shown(kind)}', which is not one of the "
                    f"allowed kinds: {allowed}{kind_hint(kind, kinds)}."
                )
            else:
                message = (
                    f"'kind' of entity '{entity_id}' must be one of {allowed} in quotes, "
                    f"not {_toml_type(kind)}."
                )
            self.problem(file, lines.key("entity", index, "kind"), message)
            return
        refs: dict[str, str | None] = {}
        for key in ("of", "franchise"):
            ref = raw.get(key)
            if ref is not None and not isinstance(ref, str):
                example = '"tom-cruise"' if key == "of" else '"mission-impossible"'
                owner = f"entity '{entity_id}'"
                self.problem(
                    file, lines.key("entity", index, key), text_problem(key, owner, ref, example)
                )
                return
            refs[key] = ref.strip() or None if ref is not None else None
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            example = '"Mission: Impossible 7"'
            self.problem(
                file,
                lines.key("entity", index, "name"),
                text_problem("name", f"entity '{entity_id}'", name, example)
                if name is not None and not isinstance(name, str)
                else f"entity '{entity_id}' needs a 'name', as fans write it, like name = {example}.",
            )
            return
        aliases = raw.get("aliases", [])
        if not _strings(aliases):
            self.problem(
                file,
                lines.key("entity", index, "aliases"),
                list_problem("aliases", f"entity '{entity_id}'", aliases, '"MI7", "MI 7"'),
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


def _clash(eid: str, mine: list[str], other: str, theirs: list[str], where: str) -> str:
    """Two entities named alike, in the words the moderator typed for each."""
    fix = "a name can belong to one entity only: remove it from one of them."
    same = [name for name in mine if name in theirs]
    if same:
        return f"entity '{eid}' and entity '{other}' ({where}) are both named {same[0]}; {fix}"
    return (
        f"entity '{eid}' is named {mine[0]} and entity '{other}' ({where}) is named "
        f"{theirs[0]}: the same name to the bot, which ignores case, spaces and punctuation "
        f"(and reads 'seven' as '7'); {fix}"
    )


def _role_problem(
    eid: str, of: str | None, person: Entity | None, entities: dict[str, Entity]
) -> str:
    """A role's `of` must name the person who plays it."""
    fix = "'of' names the person entity who plays the role"
    if of is None:
        return f"role '{eid}' needs 'of' naming the person who plays it, like of = \"tom-cruise\"."
    if person is None:
        known = _did_you_mean(of, {e for e, v in entities.items() if v.kind is EntityKind.PERSON})
        return f"role '{eid}' has of = \"{_shown(of)}\", which is not an entity{known}; {fix}."
    return f"role '{eid}' has of = \"{of}\", which is a {person.kind.value}, not a person; {fix}."
