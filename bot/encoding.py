"""Facts and entities as JSON rows: one field table for every store and for digests.

The stores (SQLite, PostgreSQL) keep each fact and entity as one JSON object; the fact
loader hashes each one as a flat list. Both read the field names from `FIELDS`, so a field
added to a model is stored and hashed without touching either.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import fields, is_dataclass
from datetime import UTC, datetime
from typing import Any

from bot.models import NO_VOCABULARY, Entity, EntityKind, Fact, FactSet, Source, Vocabulary

__all__ = [
    "FIELDS",
    "decode_factset",
    "decode_vocabulary",
    "dumps",
    "encode_vocabulary",
    "entity",
    "fact",
    "iso",
    "now",
    "row",
]

# The one field table: each model's field names in declaration order.
FIELDS: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in fields(cls)) for cls in (Fact, Entity, Source)
}
_FACT_FIELDS = frozenset(FIELDS[Fact])
_ENTITY_FIELDS = frozenset(FIELDS[Entity])
# JSON has no tuples: these fields come back as lists and are turned back into tuples.
# (models.py uses postponed annotations, so a field's type is its source text.)
_FACT_TUPLES = tuple(f.name for f in fields(Fact) if str(f.type).startswith("tuple"))
_ENTITY_TUPLES = tuple(f.name for f in fields(Entity) if str(f.type).startswith("tuple"))


def _plain(value: object) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _fields_of(value)
    raise TypeError(f"{type(value).__name__} cannot be stored as JSON")


# One encoder for every row: json.dumps() with options builds a new encoder per call.
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=_plain)


def _fields_of(item: Any) -> dict[str, Any]:
    # Field by field rather than dataclasses.asdict(), which deep-copies and is ~10x slower
    # (and not vars(): the models use __slots__).
    return {name: getattr(item, name) for name in FIELDS[type(item)]}


def dumps(item: Fact | Entity) -> str:
    """A fact or entity as the JSON object a store keeps."""
    # EntityKind is a StrEnum, so json writes its string value.
    return _ENCODER.encode(_fields_of(item))


def row(item: Fact | Entity | Source) -> list[Any]:
    """A model as a flat JSON-able list, in field order (for digests; faster than asdict)."""
    return [
        row(value) if isinstance(value, Source) else value
        for value in (getattr(item, name) for name in FIELDS[type(item)])
    ]


def fact(data: str) -> Fact:
    values: dict[str, Any] = json.loads(data)
    for name in _FACT_TUPLES:
        if name in values:
            values[name] = tuple(values[name])
    values["source"] = Source(**values["source"])
    return Fact(**_known(values, _FACT_FIELDS))


def entity(data: str) -> Entity:
    values: dict[str, Any] = json.loads(data)
    for name in _ENTITY_TUPLES:
        if name in values:
            values[name] = tuple(values[name])
    values["kind"] = EntityKind(values["kind"])
    return Entity(**_known(values, _ENTITY_FIELDS))


def _known(values: dict[str, Any], names: frozenset[str]) -> dict[str, Any]:
    # Drop a field since removed from the dataclass (missing ones take their defaults), so a
    # change to the models does not make older versions unreadable.
    if values.keys() <= names:
        return values
    return {k: v for k, v in values.items() if k in names}


def decode_factset(
    fact_rows: Iterable[Sequence[Any]],
    entity_rows: Iterable[Sequence[Any]],
    digest: str,
    order: str | None = None,
    vocabulary: str | None = None,
) -> FactSet:
    """A FactSet from stored rows (JSON in the first column); `order` is a JSON list of ids,
    `vocabulary` the set's Vocabulary as `encode_vocabulary` wrote it."""
    facts = [fact(r[0]) for r in fact_rows]
    if order is not None:
        by_id = {f.id: f for f in facts}
        facts = [by_id[fact_id] for fact_id in json.loads(order)]
    return FactSet(
        facts=tuple(facts),
        entities=tuple(entity(r[0]) for r in entity_rows),
        digest=digest,
        vocabulary=decode_vocabulary(vocabulary),
    )


def encode_vocabulary(vocabulary: Vocabulary) -> str | None:
    """The stored form of a FactSet's vocabulary: JSON, or NULL when it has none."""
    if vocabulary == NO_VOCABULARY:
        return None
    return json.dumps(vocabulary.as_json(), separators=(",", ":"), sort_keys=True)


def decode_vocabulary(data: str | None) -> Vocabulary:
    return Vocabulary.from_json(json.loads(data)) if data else NO_VOCABULARY


def iso(moment: datetime) -> str:
    # Naive datetimes are taken as UTC. One fixed format, so string order is time order.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def now() -> str:
    return iso(datetime.now(UTC))
