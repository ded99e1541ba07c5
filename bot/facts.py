"""Reading and validating fact files. Pure: raises FactsError listing every problem.

Layout of a facts directory:
    *.toml            fact files ([[entity]] and [[fact]] tables)
    sources/*.txt     source articles; every sentence is also served as a passage
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.aliases import AliasMatcher
from bot.coref import about
from bot.errors import FactProblem, FactsError
from bot.factcheck import _FactChecks
from bot.factfiles import (
    FILE_KEYS,
    LINK_KEYS,
    _CachedFile,
    _CachedPassages,
    _did_you_mean,
    _FileLines,
    _RawFact,
    _shown,
    _strings,
    _table_list,
    _toml_type,
    read_vocabulary,
    text_problem,
)
from bot.factset import FactChanges, FactDigests, diff_facts, fact_changes, make_factset
from bot.models import Entity, EntityKind, Fact, FactSet, Source, Vocabulary
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


def _unreadable(what: str, exc: OSError | UnicodeDecodeError) -> tuple[int, str]:
    """The line and the sentence saying why a file could not be read."""
    if isinstance(exc, UnicodeDecodeError):
        line = exc.object[: exc.start].count(b"\n") + 1
        byte = exc.object[exc.start]
        return line, f"{what} is not UTF-8 text (byte 0x{byte:02x} on this line); save it as UTF-8."
    return 1, f"{what} cannot be read ({exc.strerror or exc})."


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class _Loader(_FactChecks):
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
        self.concepts: dict[str, set[str]] = {}  # [vocabulary] tables, all files merged
        self.org_words: set[str] = set()

    def load(self) -> FactSet:
        if not self.directory.is_dir():
            raise FactsError(
                [
                    FactProblem(
                        str(self.directory),
                        0,
                        "the facts directory does not exist; set FRANCHISE_BOT_FACTS to the "
                        "folder holding your fact files, or run `franchise-bot facts init` "
                        "to make one.",
                    )
                ]
            )
        self._read_sources()
        files = sorted(self.directory.glob("*.toml"))
        if not files and not self.sources:
            self.problem(
                str(self.directory),
                0,
                "no fact files (*.toml) or articles (sources/*.txt) are in this folder; "
                "is FRANCHISE_BOT_FACTS set to the right one?",
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
        vocabulary = Vocabulary(
            tuple((name, tuple(sorted(words))) for name, words in sorted(self.concepts.items())),
            tuple(sorted(self.org_words)),
        )
        factset = self.caches.digests.factset(facts, list(entities.values()), vocabulary)
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
                self.problem(f"sources/{path.name}", *_unreadable("this article", exc))

    def _read_file(self, path: Path) -> None:
        name = path.name
        try:
            data_bytes = path.read_bytes()
            text = data_bytes.decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.problem(name, *_unreadable("this fact file", exc))
            return
        key, digest = f"{self.root}/{name}", _digest(data_bytes)
        cached = self.caches.files.get(key) if self.use_cache else None
        if cached is not None and cached.digest == digest:
            self.cached.append((key, cached))
            self.order.append((cached, []))
            for entity, line in cached.entities:
                self._register_entity(entity, name, line)
            if b"[[link" in data_bytes or b"vocabulary" in data_bytes:
                data = tomllib.loads(text)
                self._read_links(data, name, _FileLines(text))
                self._read_vocabulary(data, name, text)
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
            example = '"mi7-article.txt"'
            self.problem(
                name,
                lines.key("", 0, "source"),
                text_problem("source", "this file", default_source, example),
            )
            default_source = None
        for index, raw in enumerate(self._tables(data, "entity", name, lines)):
            self._read_entity(raw, name, lines, index)
        self._read_links(data, name, lines)
        self._read_vocabulary(data, name, text)
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

    def _read_vocabulary(self, data: dict[str, Any], file: str, text: str) -> None:
        if "vocabulary" not in data:
            return
        concepts, org_words, problems = read_vocabulary(data["vocabulary"], file, text)
        self.problems.extend(problems)
        for concept, words in concepts.items():
            self.concepts.setdefault(concept, set()).update(words)
        self.org_words |= org_words

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
    named = [matcher.entities_in(sentence, written=True) for sentence in doc.sentences]
    films = Counter(e for ids in named for e in ids if entities[e].kind is EntityKind.FILM)
    # A sentence that names no film is about the film the article is about
    # ("X plays Y, while Z plays W."), so a question about another film won't get it.
    main_film = films.most_common(1)[0][0] if films else None
    # "She sold it in 1711": a sentence is also about whom it refers back to
    named = about(doc.sentences, named, entities)
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
