"""A FactSet's digest, and what changed between two fact sets."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from bot.encoding import row
from bot.models import NO_VOCABULARY, Entity, Fact, FactSet, Vocabulary

__all__ = ["FactChanges", "FactDigests", "diff_facts", "fact_changes", "make_factset"]


class FactDigests:
    """Builds FactSets with their digest, remembering each item's share of the last one."""

    def __init__(self) -> None:
        # By object identity (the item is kept with it, so an id is never reused while its
        # entry exists). Replaced on every digest, so it holds only the newest set's items.
        self._parts: dict[int, tuple[Fact | Entity, bytes]] = {}

    def factset(
        self, facts: list[Fact], entities: list[Entity], vocabulary: Vocabulary = NO_VOCABULARY
    ) -> FactSet:
        # One json.dumps per item, not one for all: a single C call over 100,000 facts holds
        # the GIL for ~0.3 s, stalling the event loop while a reload runs in a thread.
        digest = hashlib.sha256()
        items: list[Fact | Entity] = [*facts, *entities]
        parts: dict[int, tuple[Fact | Entity, bytes]] = {}
        for item in items:
            known = self._parts.get(id(item))
            if known is not None and known[0] is item:
                part = known[1]
            else:
                encoded = json.dumps(row(item), separators=(",", ":")).encode()
                part = hashlib.blake2b(encoded, digest_size=16).digest()
            parts[id(item)] = (item, part)
            digest.update(part)
        self._parts = parts
        if vocabulary != NO_VOCABULARY:  # so a set without one keeps the digest it had
            digest.update(json.dumps(vocabulary.as_json(), sort_keys=True).encode())
        return FactSet(tuple(facts), tuple(entities), digest.hexdigest(), vocabulary)


def make_factset(facts: list[Fact], entities: list[Entity]) -> FactSet:
    """A FactSet with its digest, for facts built in code (benchmarks, tests)."""
    return FactDigests().factset(facts, entities)


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
