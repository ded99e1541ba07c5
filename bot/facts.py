"""Reading and validating fact files. Pure: raises FactsError listing every problem.

Layout of a facts directory:
    *.toml            fact files ([[entity]] and [[fact]] tables)
    sources/*.txt     source articles; every sentence is also served as a passage
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bot.aliases import AliasMatcher, alias_forms, surname_counts
from bot.errors import FactProblem, FactsError
from bot.factfiles import (
    ENTITY_KEYS,
    FACT_KEYS,
    FILE_KEYS,
    LINK_KEYS,
    _did_you_mean,
    _FileLines,
    _is_id,
    _ordinary_alias,
    _shown,
    _strings,
    _table_list,
    _toml_type,
)
from bot.factset import FactChanges, FactDigests, diff_facts, fact_changes, make_factset
from bot.models import Entity, EntityKind, Fact, FactSet, Source
from bot.sources import SourceDoc, read_source
from bot.text import fold

__all__ = [
    "FactChanges",
    "FactLoader",
    "diff_facts",
    "fact_changes",
    "load_facts",
    "make_factset",
    "passages_of",
]


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


class FactLoader:
    """Reads and validates a facts directory, reusing what it validated last time.

    The service owns one, so a reload after editing one file of a large fact set parses
    only that file; `load_facts` without a loader starts from nothing.
    """

    def __init__(self) -> None:
        # Keyed by absolute path. Only filled after a load that found no problem.
        self.files: dict[str, _CachedFile] = {}
        self.passages: dict[str, _CachedPassages] = {}
        self.sources: dict[str, tuple[str, SourceDoc, str]] = {}  # digest, doc, folded text
        self.digests = FactDigests()

    def load(self, directory: Path) -> FactSet:
        """Read and validate every fact file and source in `directory`.

        Raises FactsError with every problem found (file:line and what to fix); nothing is
        partially loaded.
        """
        try:
            return _Loader(Path(directory), self).load()
        except FactsError:
            raise
        except Exception as exc:
            # Each file and fact is checked inside its own net (with its file:line); this one
            # is for what lies between them, so a start-up falls back to the stored facts and
            # a reload is refused and audited, whatever went wrong.
            raise FactsError(
                [
                    FactProblem(
                        str(directory),
                        0,
                        f"the facts could not be checked ({type(exc).__name__}: "
                        f"{_shown(str(exc))}).",
                    )
                ]
            ) from exc


def _covered(facts: tuple[Fact, ...] | list[Fact]) -> frozenset[tuple[str, str]]:
    """The source sentences that passage facts written in fact files already cover."""
    return frozenset((f.source.file, fold(f.source.quote)) for f in facts if f.passage)


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


_RawFact = tuple[dict[str, Any], str, int, "_FileLines", int]


class _Loader:
    def __init__(self, directory: Path, caches: FactLoader, *, use_cache: bool = True) -> None:
        self.directory = directory
        self.caches = caches
        self.root = str(directory.resolve())  # cache keys: once, not per file
        self.use_cache = use_cache
        self.problems: list[FactProblem] = []
        self.warnings: list[FactProblem] = []  # allowed, but worth a look (files parsed now)
        self.sources: dict[str, SourceDoc] = {}
        self.source_digests: dict[str, str] = {}
        self.folded: dict[str, str] = {}  # source name -> fold(text), for quote checks
        self.entities: dict[str, tuple[Entity, str, int]] = {}
        # Per fact file in name order: its cached facts, or the raw facts just parsed.
        self.order: list[tuple[_CachedFile | None, list[_RawFact]]] = []
        self.file_digests: dict[str, str] = {}  # path -> digest of files parsed this time
        self.cached: list[tuple[str, _CachedFile]] = []  # files reused from the cache
        # [[link]] tables: names a later article gives an existing entity (`facts build`
        # writes them; deleting one undoes the link). (entity id, aliases, file, line).
        self.links: list[tuple[str, tuple[str, ...], str, int]] = []

    def problem(self, file: str, line: int, message: str) -> None:
        self.problems.append(FactProblem(file, line, message))

    def warning(self, file: str, line: int, message: str) -> None:
        self.warnings.append(FactProblem(file, line, message))

    def load(self) -> FactSet:
        if not self.directory.is_dir():
            raise FactsError(
                [FactProblem(str(self.directory), 0, "the facts directory does not exist.")]
            )
        self._read_sources()
        files = sorted(self.directory.glob("*.toml"))
        if not files and not self.sources:
            self.problem(
                str(self.directory), 0, "no fact files (*.toml) or sources/*.txt were found here."
            )
        for path in files:
            self._read_file(path)
        entities = self._check_entities()
        context = self._context(entities)
        if any(c.context != context for _, c in self.cached):
            # An entity or a source changed: files checked against the old ones must be
            # checked again, which needs their text. Rare; read everything afresh.
            return _Loader(self.directory, self.caches, use_cache=False).load()
        facts = self._check_facts(entities)
        if self.problems:
            raise FactsError(self.problems)
        facts.extend(self._passages(entities, facts, context))
        self._remember(facts, context)
        factset = self.caches.digests.factset(facts, list(entities.values()))
        return replace(factset, warnings=tuple(str(w) for w in self.warnings))

    def _context(self, entities: dict[str, Entity]) -> str:
        parts = [*sorted(self.source_digests.items()), *sorted(entities), *sorted(self.links)]
        return _digest("\n".join(map(str, parts)).encode())

    def _remember(self, facts: list[Fact], context: str) -> None:
        by_file: dict[str, list[Fact]] = {}
        for fact in facts:
            if fact.file:
                by_file.setdefault(fact.file, []).append(fact)
        ents: dict[str, list[tuple[Entity, int]]] = {}
        for entity, file, line in self.entities.values():
            ents.setdefault(file, []).append((entity, line))
        warned: dict[str, list[FactProblem]] = {}
        for warning in self.warnings:
            warned.setdefault(warning.file, []).append(warning)
        for path, digest in self.file_digests.items():
            name = Path(path).name
            mine = tuple(by_file.get(name, ()))
            self.caches.files[path] = _CachedFile(
                digest,
                context,
                tuple(ents.get(name, ())),
                mine,
                _covered(mine),
                tuple(warned.get(name, ())),
            )

    def _read_sources(self) -> None:
        for path in sorted((self.directory / "sources").glob("*.txt")):
            try:
                digest = self.source_digests[path.name] = _digest(path.read_bytes())
                key = f"{self.root}/sources/{path.name}"
                cached = self.caches.sources.get(key) if self.use_cache else None
                if cached is None or cached[0] != digest:
                    doc = read_source(path)
                    cached = self.caches.sources[key] = (digest, doc, fold(doc.text))
                self.sources[path.name] = cached[1]
                self.folded[path.name] = cached[2]
            except (OSError, UnicodeDecodeError) as exc:
                self.problem(f"sources/{path.name}", 1, f"cannot read this source: {exc}.")

    def _read_file(self, path: Path) -> None:
        name = path.name
        try:
            data_bytes = path.read_bytes()
            text = data_bytes.decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.problem(name, 1, f"cannot read this file as UTF-8 text: {exc}.")
            return
        key, digest = f"{self.root}/{name}", _digest(data_bytes)
        cached = self.caches.files.get(key) if self.use_cache else None
        if cached is not None and cached.digest == digest:
            self.cached.append((key, cached))
            self.order.append((cached, []))
            for entity, line in cached.entities:
                self._register_entity(entity, name, line)
            if b"[[link" in data_bytes:
                self._read_links(tomllib.loads(text), name, _FileLines(text))
            return
        raws: list[_RawFact] = []
        self.order.append((None, raws))
        self.file_digests[key] = digest
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            match = re.search(r"line (\d+)", str(exc))
            line = int(match.group(1)) if match else 1
            reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
            self.problem(
                name, line, f"this is not valid TOML: {reason}. Check quotes and brackets."
            )
            return
        except RecursionError:
            self.problem(
                name,
                1,
                "this file nests arrays or tables too deeply to read; a fact file needs no "
                "more than [[entity]] and [[fact]] tables of strings and arrays of strings.",
            )
            return
        except ValueError as exc:  # e.g. an integer longer than Python converts (4,300 digits)
            self.problem(name, 1, f"this is not valid TOML: {_shown(str(exc))}.")
            return
        before = len(self.problems)
        try:
            self._read_tables(data, text, name, raws)
        except Exception as exc:
            # Every field is type-checked; this is the net under that, so that no fact file
            # can crash a reload or a start-up instead of being refused with its name.
            if len(self.problems) == before:
                self.problem(
                    name,
                    1,
                    f"this file could not be checked ({type(exc).__name__}: {_shown(str(exc))}).",
                )

    def _read_tables(
        self, data: dict[str, Any], text: str, name: str, raws: list[_RawFact]
    ) -> None:
        lines = _FileLines(text)
        for key in sorted(set(data) - FILE_KEYS):
            self.problem(
                name, 1, f"unknown top-level key '{_shown(key)}'{_did_you_mean(key, FILE_KEYS)}."
            )
        default_source = data.get("source")
        if default_source is not None and not isinstance(default_source, str):
            self.problem(
                name, lines.key("", 0, "source"), "'source' must be a file name in sources/."
            )
            default_source = None
        for index, raw in enumerate(self._tables(data, "entity", name, lines)):
            self._read_entity(raw, name, lines, index)
        self._read_links(data, name, lines)
        for index, raw in enumerate(self._tables(data, "fact", name, lines)):
            if default_source and "source" not in raw:
                raw = {**raw, "source": default_source}
            raws.append((raw, name, lines.table("fact", index), lines, index))

    def _tables(
        self, data: dict[str, Any], kind: str, file: str, lines: _FileLines
    ) -> list[dict[str, Any]]:
        """The [[entity]] or [[fact]] tables; anything else under that name is a problem."""
        value = data.get(kind)
        if value is None:
            return []
        if isinstance(value, dict):
            return [value]  # a single [entity] table: read as one
        if isinstance(value, list) and all(isinstance(v, dict) for v in value):
            return value
        self.problem(
            file,
            lines.key("", 0, kind),
            f"'{kind}' must be [[{kind}]] tables, not {_toml_type(value)}"
            + (" of other values" if isinstance(value, list) else "")
            + ".",
        )
        return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []

    def _read_entity(self, raw: dict[str, Any], file: str, lines: _FileLines, index: int) -> None:
        line = lines.table("entity", index)
        for key in sorted(set(raw) - ENTITY_KEYS):
            self.problem(
                file,
                lines.key("entity", index, key),
                f"unknown entity key '{_shown(key)}'{_did_you_mean(key, ENTITY_KEYS)}.",
            )
        entity_id = raw.get("id")
        if not _is_id(entity_id):
            self.problem(
                file,
                line,
                "every entity needs an 'id' of lower-case letters, digits, '-', '.' or '_'.",
            )
            return
        assert isinstance(entity_id, str)
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

    def _read_links(self, data: dict[str, Any], file: str, lines: _FileLines) -> None:
        for index, raw in enumerate(_table_list(data.get("link"))):
            line = lines.table("link", index)
            for key in sorted(set(raw) - LINK_KEYS):
                self.problem(
                    file, line, f"unknown link key '{key}'{_did_you_mean(key, LINK_KEYS)}."
                )
            target, aliases = raw.get("id"), raw.get("aliases", [])
            if not isinstance(target, str) or not _strings(aliases):
                self.problem(
                    file, line, "a [[link]] needs an entity 'id' and 'aliases', a list of strings."
                )
                continue
            self.links.append((target, tuple(a.strip() for a in aliases if a.strip()), file, line))

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
        for key in sorted(set(raw) - FACT_KEYS):
            self.problem(
                file, at(key), f"unknown fact key '{_shown(key)}'{_did_you_mean(key, FACT_KEYS)}."
            )
        fact_id = raw.get("id")
        if not _is_id(fact_id):
            self.problem(
                file,
                line,
                "every fact needs an 'id' of lower-case letters, digits, '-', '.' or '_'.",
            )
            return None
        assert isinstance(fact_id, str)
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

    def _passages(self, entities: dict[str, Entity], facts: list[Fact], context: str) -> list[Fact]:
        """One passage fact per source sentence that no passage in the files covers yet."""
        reused = {id(f) for _, c in self.cached for f in c.facts}
        covered = set().union(*(c.covered for _, c in self.cached))
        fresh = [f for f in facts if f.passage and id(f) not in reused]
        covered |= _covered(fresh)
        matcher: AliasMatcher | None = None
        passages: list[Fact] = []
        for doc in self.sources.values():
            key = f"{self.root}/sources/{doc.name}"
            cached = self.caches.passages.get(key) if self.use_cache else None
            digest = self.source_digests[doc.name]
            if cached is None or cached.digest != digest or cached.context != context:
                matcher = matcher or AliasMatcher(entities.values())
                cached = self.caches.passages[key] = _CachedPassages(
                    digest,
                    context,
                    tuple((p, fold(p.answer)) for p in passages_of(doc, matcher, entities)),
                )
            passages.extend(p for p, folded in cached.facts if (doc.name, folded) not in covered)
        return passages


def passages_of(doc: SourceDoc, matcher: AliasMatcher, entities: dict[str, Entity]) -> list[Fact]:
    """One passage fact per sentence of a source, tagged with the entities it names."""
    stem = Path(doc.name).stem
    named = [matcher.entities_in(sentence) for sentence in doc.sentences]
    films = Counter(e for ids in named for e in ids if entities[e].kind is EntityKind.FILM)
    # A sentence that names no film is about the film the article is about
    # ("X plays Y, while Z plays W."), so a question about another film won't get it.
    main_film = films.most_common(1)[0][0] if films else None
    passages: list[Fact] = []
    for number, (sentence, ids) in enumerate(zip(doc.sentences, named, strict=True), 1):
        if len(sentence) < 8:
            continue
        if main_film and not any(entities[e].kind is EntityKind.FILM for e in ids):
            ids = [*ids, main_film]
        passages.append(
            Fact(
                id=f"{stem}#{number}",
                topic="passage",
                answer=sentence,
                entities=tuple(ids),
                source=Source(file=doc.name, quote=sentence, date=doc.date),
                passage=True,
            )
        )
    return passages


def load_facts(directory: Path, loader: FactLoader | None = None) -> FactSet:
    """Read and validate every fact file and source in `directory` (see FactLoader.load)."""
    return (loader or FactLoader()).load(directory)
