"""`facts audit`: what in the served facts deserves a moderator's look.

A declared table of checks over one fact version, each a pure function returning the
findings' lines. Nothing here is an error (validation refuses errors); these are the facts
that answer worse than they could, may be out of date, or are kept only for history:

- curated facts without example questions match fans' questions only by their words;
- time-sensitive facts whose report is old and that no newer report supersedes may be
  out of date ("as reported on ..." is honest, but a newer article may exist);
- time-sensitive facts whose source has no date cannot say when they were reported;
- superseded facts answer only "what was the original ..." questions;
- entities no fact names are aliases that lead nowhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from bot.browse import fact_line, one_line
from bot.engine import Engine
from bot.models import EntityKind, Fact

__all__ = ["AUDIT_CHECKS", "STALE_AFTER_DAYS", "AuditCheck", "audit"]

STALE_AFTER_DAYS = 365  # a time-sensitive report older than this may have newer news


@dataclass(frozen=True)
class AuditCheck:
    title: str  # "No example questions"
    advice: str  # what to do about each finding
    find: Callable[[Engine, date], list[str]]  # one line per finding


def _no_questions(engine: Engine, today: date) -> list[str]:
    return [fact_line(f) for f in engine.facts.facts if not f.passage and not f.questions]


def _days_old(fact: Fact, today: date) -> int | None:
    try:
        return (today - date.fromisoformat(fact.source.date or "")).days
    except ValueError:
        return None


def _stale(engine: Engine, today: date) -> list[str]:
    superseded = engine.history.superseded_facts()
    found = []
    for fact in engine.facts.facts:
        age = _days_old(fact, today) if fact.time_sensitive else None
        if age is not None and age > STALE_AFTER_DAYS and fact.id not in superseded:
            found.append((age, fact))
    found.sort(key=lambda pair: -pair[0])
    return [f"{age} days: {fact_line(fact)}" for age, fact in found]


def _undated(engine: Engine, today: date) -> list[str]:
    return [fact_line(f) for f in engine.facts.facts if f.time_sensitive and not f.source.date]


def _superseded(engine: Engine, today: date) -> list[str]:
    return [one_line(s.describe()) + f" ({', '.join(s.old)})" for s in engine.history.superseded()]


def _unreferenced(engine: Engine, today: date) -> list[str]:
    named = {e for f in engine.facts.facts for e in (*f.entities, *f.items)}
    # A role's actor and a film's franchise are reached through the role and the film.
    for entity_id in list(named):
        entity = engine.entities.get(entity_id)
        if entity is not None:
            named.update(x for x in (entity.of, entity.franchise) if x)
    return [
        one_line(f"{e.id} ({e.kind.value}): {e.name}")
        for e in engine.facts.entities
        if e.id not in named and e.kind is not EntityKind.FRANCHISE
    ]


AUDIT_CHECKS: tuple[AuditCheck, ...] = (
    AuditCheck(
        "No example questions",
        "curated facts that match only by their words; add `questions`",
        _no_questions,
    ),
    AuditCheck(
        f"Time-sensitive, over {STALE_AFTER_DAYS} days old",
        "nothing newer supersedes them; build a newer article if there is one",
        _stale,
    ),
    AuditCheck(
        "Time-sensitive without a date",
        "answers cannot say when it was reported; date the source",
        _undated,
    ),
    AuditCheck(
        "Superseded",
        "kept for history questions only; remove them if the history is wrong",
        _superseded,
    ),
    AuditCheck(
        "Entities no fact names",
        "their aliases lead nowhere; add a fact or remove the entity",
        _unreferenced,
    ),
)


def audit(engine: Engine, today: date, limit: int | None) -> str:
    """Each check with findings: its title, count and advice, then up to `limit` findings
    (all when None), one a line."""
    facts = engine.facts
    sections: list[str] = []
    for check in AUDIT_CHECKS:
        found = check.find(engine, today)
        if not found:
            continue
        shown = found if limit is None else found[:limit]
        sections.append(f"{check.title} ({len(found)}): {check.advice}.")
        sections.extend(f"  {line}" for line in shown)
        if len(found) > len(shown):
            sections.append(f"  \u2026 and {len(found) - len(shown)} more")
    head = (
        f"Fact version {engine.version if engine.version is not None else '(memory only)'}: "
        f"{len(facts.facts)} facts, {len(facts.entities)} entities; "
    )
    if not sections:
        return head + f"all {len(AUDIT_CHECKS)} checks found nothing to look at."
    found_by = sum(1 for line in sections if not line.startswith("  "))
    return (
        head + f"{found_by} of {len(AUDIT_CHECKS)} checks found something.\n" + "\n".join(sections)
    )
