"""Reading and validating fact files. Pure: raises FactsError listing every problem.

Layout of a facts directory:
    *.toml            fact files ([[entity]] and [[fact]] tables)
    sources/*.txt     source articles; every sentence is also served as a passage
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from bot.aliases import AliasMatcher, alias_forms, surname_counts
from bot.errors import FactProblem, FactsError
from bot.models import Entity, EntityKind, Fact, FactSet, Source
from bot.sources import SourceDoc, read_source
from bot.text import fold

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
FILE_KEYS = {"source", "entity", "fact", "link"}
LINK_KEYS = {"id", "aliases"}
_ID = re.compile(r"^[a-z0-9][a-z0-9._#-]*$")


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


def _did_you_mean(word: str, choices: set[str]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


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


@dataclass(frozen=True)
class _CachedPassages:
    digest: str  # of the source text
    context: str
    facts: tuple[tuple[Fact, str], ...]  # with the folded sentence


# Keyed by absolute path. Only filled after a load that found no problem.
_FILE_CACHE: dict[str, _CachedFile] = {}
_PASSAGE_CACHE: dict[str, _CachedPassages] = {}
_SOURCE_CACHE: dict[str, tuple[str, SourceDoc, str]] = {}  # digest, doc, folded text
# Each fact's share of the last FactSet digest, by object identity (the item is kept
# with it, so an id is never reused while its entry exists). Replaced on every digest,
# so it holds only the newest fact set's items.
_ITEM_DIGESTS: dict[int, tuple[Fact | Entity, bytes]] = {}


def _covered(facts: tuple[Fact, ...] | list[Fact]) -> frozenset[tuple[str, str]]:
    """The source sentences that passage facts written in fact files already cover."""
    return frozenset((f.source.file, fold(f.source.quote)) for f in facts if f.passage)


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


_RawFact = tuple[dict[str, Any], str, int, "_FileLines", int]


class _Loader:
    def __init__(self, directory: Path, *, use_cache: bool = True) -> None:
        self.directory = directory
        self.root = str(directory.resolve())  # cache keys: once, not per file
        self.use_cache = use_cache
        self.problems: list[FactProblem] = []
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
            return _Loader(self.directory, use_cache=False).load()
        facts = self._check_facts(entities)
        if self.problems:
            raise FactsError(self.problems)
        facts.extend(self._passages(entities, facts, context))
        self._remember(facts, context)
        return _factset(facts, list(entities.values()))

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
        for path, digest in self.file_digests.items():
            name = Path(path).name
            mine = tuple(by_file.get(name, ()))
            _FILE_CACHE[path] = _CachedFile(
                digest, context, tuple(ents.get(name, ())), mine, _covered(mine)
            )

    def _read_sources(self) -> None:
        for path in sorted((self.directory / "sources").glob("*.txt")):
            try:
                digest = self.source_digests[path.name] = _digest(path.read_bytes())
                key = f"{self.root}/sources/{path.name}"
                cached = _SOURCE_CACHE.get(key) if self.use_cache else None
                if cached is None or cached[0] != digest:
                    doc = read_source(path)
                    cached = _SOURCE_CACHE[key] = (digest, doc, fold(doc.text))
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
        cached = _FILE_CACHE.get(key) if self.use_cache else None
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
        lines = _FileLines(text)
        for key in sorted(set(data) - FILE_KEYS):
            self.problem(name, 1, f"unknown top-level key '{key}'{_did_you_mean(key, FILE_KEYS)}.")
        default_source = data.get("source")
        if default_source is not None and not isinstance(default_source, str):
            self.problem(
                name, lines.key("", 0, "source"), "'source' must be a file name in sources/."
            )
            default_source = None
        for index, raw in enumerate(_table_list(data.get("entity"))):
            self._read_entity(raw, name, lines, index)
        self._read_links(data, name, lines)
        for index, raw in enumerate(_table_list(data.get("fact"))):
            if default_source and "source" not in raw:
                raw = {**raw, "source": default_source}
            raws.append((raw, name, lines.table("fact", index), lines, index))

    def _read_entity(self, raw: dict[str, Any], file: str, lines: _FileLines, index: int) -> None:
        line = lines.table("entity", index)
        for key in sorted(set(raw) - ENTITY_KEYS):
            self.problem(
                file,
                lines.key("entity", index, key),
                f"unknown entity key '{key}'{_did_you_mean(key, ENTITY_KEYS)}.",
            )
        entity_id = raw.get("id")
        if not isinstance(entity_id, str) or not _ID.match(entity_id):
            self.problem(
                file,
                line,
                "every entity needs an 'id' of lower-case letters, digits, '-', '.' or '_'.",
            )
            return
        kinds = {k.value for k in EntityKind}
        kind = raw.get("kind")
        if kind not in kinds:
            self.problem(
                file,
                lines.key("entity", index, "kind"),
                f"entity '{entity_id}' needs a 'kind', one of: {', '.join(sorted(kinds))}.",
            )
            return
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
        if entity_id in self.entities:
            self._register_entity(Entity(entity_id, EntityKind(kind), name), file, line)
            return
        entity = Entity(
            id=entity_id,
            kind=EntityKind(kind),
            name=name.strip(),
            aliases=tuple(a.strip() for a in aliases if a.strip()),
            of=raw.get("of") or None,
            franchise=raw.get("franchise") or None,
        )
        self._register_entity(entity, file, line)

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
                else [self._check_fact(*raw, entities) for raw in raws]
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
            self.problem(file, at(key), f"unknown fact key '{key}'{_did_you_mean(key, FACT_KEYS)}.")
        fact_id = raw.get("id")
        if not isinstance(fact_id, str) or not _ID.match(fact_id):
            self.problem(
                file,
                line,
                "every fact needs an 'id' of lower-case letters, digits, '-', '.' or '_'.",
            )
            return None
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
        passage = bool(raw.get("passage", False))
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
                    f"fact '{fact_id}' names unknown entity '{ref}'"
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
            self.problem(
                file,
                at("source"),
                f"fact '{fact_id}' needs 'source' naming a file in sources/ (known: {known}).",
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
        if date is not None and not (
            isinstance(date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date)
        ):
            self.problem(file, at("date"), f"'date' of fact '{fact_id}' must look like 2021-11-19.")
        if len(self.problems) > before or doc is None:
            return None
        assert isinstance(answer, str) and isinstance(topic, str) and isinstance(quote, str)
        return Fact(
            id=fact_id,
            topic=topic.strip(),
            answer=answer.strip(),
            entities=tuple(dict.fromkeys(about)),
            source=Source(file=doc.name, quote=quote.strip(), date=date),
            questions=tuple(q.strip() for q in questions if q.strip()),
            items=tuple(items),
            time_sensitive=bool(raw.get("time_sensitive", False)),
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
            cached = _PASSAGE_CACHE.get(key) if self.use_cache else None
            digest = self.source_digests[doc.name]
            if cached is None or cached.digest != digest or cached.context != context:
                matcher = matcher or AliasMatcher(entities.values())
                cached = _PASSAGE_CACHE[key] = _CachedPassages(
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


def _table_list(value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    if isinstance(value, dict):
        return [value]
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


_FIELDS = {cls: tuple(f.name for f in fields(cls)) for cls in (Fact, Entity, Source)}


def _row(item: Fact | Entity | Source) -> list[Any]:
    """A dataclass as a flat JSON-able list, in field order (much faster than asdict)."""
    return [
        _row(value) if isinstance(value, Source) else value
        for value in (getattr(item, name) for name in _FIELDS[type(item)])
    ]


def _factset(facts: list[Fact], entities: list[Entity]) -> FactSet:
    # One json.dumps per item, not one for all: a single C call over 100,000 facts holds
    # the GIL for ~0.3 s, stalling the event loop while a reload runs in a thread.
    global _ITEM_DIGESTS
    digest = hashlib.sha256()
    items: list[Fact | Entity] = [*facts, *entities]
    parts: dict[int, tuple[Fact | Entity, bytes]] = {}
    for item in items:
        known = _ITEM_DIGESTS.get(id(item))
        if known is not None and known[0] is item:
            part = known[1]
        else:
            row = json.dumps(_row(item), separators=(",", ":")).encode()
            part = hashlib.blake2b(row, digest_size=16).digest()
        parts[id(item)] = (item, part)
        digest.update(part)
    _ITEM_DIGESTS = parts
    return FactSet(facts=tuple(facts), entities=tuple(entities), digest=digest.hexdigest())


def make_factset(facts: list[Fact], entities: list[Entity]) -> FactSet:
    """A FactSet with its digest, for facts built in code (benchmarks, tests)."""
    return _factset(facts, entities)


def load_facts(directory: Path) -> FactSet:
    """Read and validate every fact file and source in `directory`.

    Raises FactsError with every problem found (file:line and what to fix); nothing is
    partially loaded.
    """
    return _Loader(Path(directory)).load()


@dataclass(frozen=True)
class FactChanges:
    """The fact ids a reload adds, removes and changes."""

    added: frozenset[str]
    removed: frozenset[str]
    changed: frozenset[str]

    @property
    def touched(self) -> frozenset[str]:
        return self.added | self.removed | self.changed


def fact_changes(old: FactSet | None, new: FactSet) -> FactChanges:
    before = {f.id: f for f in old.facts} if old else {}
    after = {f.id: f for f in new.facts}
    return FactChanges(
        added=frozenset(fid for fid in after if fid not in before),
        removed=frozenset(fid for fid in before if fid not in after),
        # `is not` first: a reload reuses the Fact objects of unchanged files.
        changed=frozenset(
            fid
            for fid, f in after.items()
            if fid in before and before[fid] is not f and before[fid] != f
        ),
    )


def diff_facts(old: FactSet | None, new: FactSet) -> tuple[int, int, int]:
    """(added, removed, changed) fact counts between two fact sets."""
    changes = fact_changes(old, new)
    return len(changes.added), len(changes.removed), len(changes.changed)
