"""Checking what fact files say: each fact's keys, the entities it names, and its quote
against its source. A part of the fact loader (bot/facts.py); every problem names
file:line and says what to fix."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from bot.entitycheck import _EntityChecks
from bot.factfiles import (
    FACT_KEYS,
    TOPICS,
    _CachedFile,
    _did_you_mean,
    _FileLines,
    _RawFact,
    _shown,
    _strings,
    _toml_type,
    flag_problem,
    list_problem,
    text_problem,
)
from bot.models import Entity, Fact, Source
from bot.sources import SourceDoc, parse_date
from bot.text import fold


@dataclass
class _Repeated:
    """One problem that many facts of a file share (a renamed article, a renamed entity):
    said once, with how many facts it stops, rather than once per fact."""

    line: int  # where the first fact, or the file's own key, has it
    one: str  # the problem as a single fact has it
    many: str  # the problem for n facts, after the number: "facts cite ..."
    count: int = 0


class _FactChecks(_EntityChecks):
    """The fact checks of `_Loader`, which owns the state they read."""

    order: list[tuple[_CachedFile | None, list[_RawFact]]]
    folded: dict[str, str]
    sources: dict[str, SourceDoc]
    repeated: dict[tuple[str, str], _Repeated]

    def repeat(self, file: str, line: int, key: str, one: str, many: str) -> None:
        """A problem that other facts of `file` may share: said once by `_check_facts`."""
        self.repeated.setdefault((file, key), _Repeated(line, one, many)).count += 1

    def _check_facts(self, entities: dict[str, Entity]) -> list[Fact]:
        facts: list[Fact] = []
        seen: dict[str, str] = {}
        self.repeated = {}
        for cached, raws in self.order:
            checked = (
                cached.facts
                if cached is not None
                else [self._check_fact_safely(raw, entities) for raw in raws]
            )
            for fact in checked:
                if fact is not None:
                    self._add_unique(fact, facts, seen)
        for (file, _), shared in self.repeated.items():
            message = shared.one if shared.count == 1 else f"{shared.count} {shared.many}"
            self.problem(file, shared.line, message)
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
        owner = f"fact '{fact_id}'"
        flags: dict[str, bool] = {}
        for key in ("passage", "time_sensitive"):
            flag = raw.get(key, False)
            if not isinstance(flag, bool):
                # "no" and "false" in quotes are strings, and bool() of a string is True.
                self.problem(file, at(key), flag_problem(key, f"fact '{fact_id}'", flag))
                flag = False
            flags[key] = flag
        answer = raw.get("answer")
        if answer is not None and not isinstance(answer, str):
            example = '"MI7 comes out on May 23, 2025."'
            self.problem(file, at("answer"), text_problem("answer", owner, answer, example))
        elif not isinstance(answer, str) or not answer.strip():
            self.problem(
                file,
                at("answer"),
                f"fact '{fact_id}' has {'no' if answer is None else 'an empty'} 'answer'; "
                "write the sentence the bot should reply with.",
            )
        topic = raw.get("topic")
        if topic is not None and not isinstance(topic, str):
            self.problem(file, at("topic"), text_problem("topic", owner, topic, '"release_date"'))
        elif not isinstance(topic, str) or not topic.strip():
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
        if not _strings(about):
            self.problem(file, at("about"), list_problem("about", owner, about, '"mi7"'))
            about = []
        elif not about and not passage:
            self.problem(
                file,
                at("about"),
                f"fact '{fact_id}' needs 'about': a list of the entity ids it is about, "
                'like about = ["mi7"].',
            )
        items = raw.get("items", [])
        if not _strings(items):
            self.problem(
                file,
                at("items"),
                list_problem("items", owner, items, '"tom-cruise", "ving-rhames"'),
            )
            items = []
        refused = False
        for ref in dict.fromkeys([*about, *items]):
            if ref not in entities:
                refused = True
                unknown = f"unknown entity '{_shown(ref)}'{_did_you_mean(ref, set(entities))}"
                fix = "add it as an [[entity]] or fix the id"
                self.repeat(
                    file,
                    at("items" if ref in items and ref not in about else "about"),
                    f"entity:{ref}",
                    f"fact '{fact_id}' names {unknown}; {fix}.",
                    f"facts (the first is '{fact_id}') name {unknown}; {fix}.",
                )
        questions = raw.get("questions", [])
        if not _strings(questions):
            example = '"When does MI7 come out?", "What is the MI7 release date?"'
            self.problem(
                file, at("questions"), list_problem("questions", owner, questions, example)
            )
            questions = []
        source_name = raw.get("source")
        quote = raw.get("quote")
        doc = self.sources.get(source_name) if isinstance(source_name, str) else None
        if doc is None:
            self._missing_source(source_name, fact_id, file, line, lines, at("source"))
        if quote is not None and not isinstance(quote, str):
            example = '"words copied from the article"'
            self.problem(file, at("quote"), text_problem("quote", owner, quote, example))
        elif not isinstance(quote, str) or not quote.strip():
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
            given = f"'{_shown(date)}'" if isinstance(date, str) else _toml_type(date)
            meant = parse_date(date) if isinstance(date, str) else None
            self.problem(
                file,
                at("date"),
                f"'date' of fact '{fact_id}' is {given}, not YYYY-MM-DD: write date = {meant}."
                if meant
                else f"'date' of fact '{fact_id}' is {given}, not a date: write it as "
                "YYYY-MM-DD, like date = 2021-11-19.",
            )
        if len(self.problems) > before or doc is None or refused:
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

    def _missing_source(
        self, name: Any, fact_id: str, file: str, line: int, lines: _FileLines, key_line: int
    ) -> None:
        """A fact whose source is not in sources/: most often an article renamed or removed,
        which every fact citing it shares, so the file gets one problem for them all."""
        there = ", ".join(sorted(self.sources))
        listing = f"sources/ has {there}" if there else "sources/ has no articles"
        if isinstance(name, list) and len(name) == 1 and name[0] in self.sources:
            owner = f"fact '{fact_id}'"
            self.problem(file, key_line, text_problem("source", owner, name, '"mi7-article.txt"'))
            return
        if name is not None and not isinstance(name, str):
            self.problem(
                file,
                key_line,
                f"'source' of fact '{fact_id}' must be the file name of an article in "
                f"sources/ in quotes, not {_toml_type(name)}; {listing}.",
            )
            return
        if name is None:
            fix = 'name its article with source = "ARTICLE.txt" (on the fact or at the top)'
            self.repeat(
                file,
                line,
                "source:",
                f"fact '{fact_id}' has no 'source'; {fix}; {listing}.",
                f"facts (the first is '{fact_id}') have no 'source'; {fix}; {listing}.",
            )
            return
        if key_line == line:  # not on the fact: the file's own `source = ...`
            key_line = lines.key("", 0, "source")
        hint = _did_you_mean(name, set(self.sources)) or f" ({listing})"
        missing = f"source '{_shown(name)}', which is not in sources/"
        fix = "put the article back under that name, or change 'source' to the new name"
        self.repeat(
            file,
            key_line,
            f"source:{name}",
            f"fact '{fact_id}' cites {missing}{hint}; {fix}.",
            f"facts cite {missing}{hint}; {fix}.",
        )
