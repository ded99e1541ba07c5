"""Which facts a starting service serves: the facts directory, or the newest stored version.

The facts directory is the moderators' source of truth: when it is valid and differs from
the newest stored version, it becomes a new version. When it is broken, the newest stored
version is served and the errors become start-up notes.
"""

from __future__ import annotations

import asyncio
import logging

from bot.config import Settings
from bot.engine import Engine
from bot.errors import FactsError
from bot.facts import FactLoader, fact_changes
from bot.factstore import FactStore
from bot.memory import settle as settle_memory
from bot.models import FactSet
from bot.moderation import reload_report

log = logging.getLogger("bot.service")

__all__ = ["Start", "starting_facts"]

Start = tuple[int | None, Engine, list[str]]  # version, engine, notes for moderators


async def starting_facts(
    settings: Settings, store: FactStore, loader: FactLoader, *, sync_facts_dir: bool
) -> Start:
    """The version and engine to serve first. With `sync_facts_dir=False` the newest stored
    version is served as it is (the directory is read only when the store has none)."""
    log.debug("Starting on the facts in %s and the store at %s", settings.facts_dir, store.path)
    notes: list[str] = []
    if store.rebuilt:
        notes.append(store.rebuilt)
    if not sync_facts_dir:
        stored_only = await store.load_version()
        if stored_only is not None:
            engine = await asyncio.to_thread(Engine, stored_only[1], stored_only[0])
            return stored_only[0], engine, notes
    facts_error: FactsError | None = None
    try:
        facts: FactSet | None = await asyncio.to_thread(loader.load, settings.facts_dir)
    except FactsError as exc:
        facts, facts_error = None, exc
    stored = await store.load_version()
    if facts is None:
        assert facts_error is not None
        if stored is None:
            raise facts_error
        problems = [str(p) for p in facts_error.problems]
        notes.append(
            f"The fact files in {settings.facts_dir} have errors, so the last good "
            f"version ({stored[0]}) is being served: " + "; ".join(problems[:5])
        )
        version, facts = stored
    elif stored is not None and stored[1].digest == facts.digest:
        version, facts = stored
    elif (
        stored is not None and (older := await store.version_with_digest(facts.digest)) is not None
    ):
        # An old copy of the files (a process started from last week's image, with others
        # on one store): storing them again would roll every process back.
        notes.append(
            f"The fact files in {settings.facts_dir} are those of version {older}, older "
            f"than the newest stored version {stored[0]}, so version {stored[0]} is served; "
            "update this directory, or `franchise-bot facts reload` from it to serve it again."
        )
        version, facts = stored
    else:
        version = await store.save_version(facts, source=str(settings.facts_dir))
        changes = await asyncio.to_thread(fact_changes, stored[1] if stored else None, facts)
        report = reload_report(changes, facts, version, 0.0)
        await store.record_reload(
            who="startup",
            platform="system",
            source=str(settings.facts_dir),
            report=report,
        )
        if stored is not None:
            # Said out loud: otherwise the next `facts reload` reports "+0 -0 ~0" for edits
            # that were just stored here, and the moderator wonders where they went.
            notes.append(
                f"Facts changed on disk since the last reload: stored as version {version} "
                f"(+{report.added} -{report.removed} ~{report.changed}) from "
                f"{settings.facts_dir}."
            )
        if store.rebuilt:
            notes.append(f"Fact version {version} was rebuilt from {settings.facts_dir}.")
    engine = await asyncio.to_thread(Engine, facts, version)
    settle_memory()
    for note in notes:
        log.warning("%s", note)
    if store.created and stored is None:
        # Every first start, so not a warning; but a store that vanished also lands here,
        # and a moderator asking for the status should be able to tell.
        created = (
            f"No store was found at {store.path}, so a new one was created with fact "
            f"version {version} from {settings.facts_dir}."
        )
        log.info("%s", created)
        notes.append(created)
    log.info(
        "Serving fact version %s: %d facts from %s (store %s).",
        version,
        len(facts.facts),
        settings.facts_dir,
        store.path,
    )
    return version, engine, notes
