"""One suite, every store: SQLite (a temporary file), PostgreSQL (a throwaway cluster) and
the in-memory store.

Whatever the service relies on must hold on each backend alike: versions, the reload
audit, the question log and its retention, health, and several writers at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from postgres_cluster import shared_cluster

from bot.errors import StoreError
from bot.memstore import MemoryStore
from bot.models import Entity, EntityKind, Fact, FactSet, ReloadReport, Source, Vocabulary
from bot.pgstore import PostgresStore
from bot.store import KEEP_VERSIONS, QUESTION_MAX_CHARS, Store
from bot.stores import AnyStore, open_store

Opener = Callable[[], Awaitable[AnyStore]]


def factset(tag: str = "a", extra: int = 0) -> FactSet:
    """A small set using every field kind: tuples, an enum, a nested Source, unicode."""
    entities = (
        Entity(id="mi7", kind=EntityKind.FILM, name="Mission: Impossible 7", aliases=("MI7",)),
        Entity(id="tom-cruise", kind=EntityKind.PERSON, name="Tom Cruise", aliases=("Cruise",)),
    )
    facts = tuple(
        Fact(
            id=f"{tag}-{n}",
            topic="release",
            answer=f"It is due in cinemas in 2023 — «soon» ({tag} {n}).",
            entities=("mi7",),
            source=Source(file="mi7-article.txt", quote="due in 2023", date="2021-11-19"),
            questions=("When is MI7 out?",),
            time_sensitive=True,
        )
        for n in range(2 + extra)
    )
    return FactSet(facts=facts, entities=entities, digest=f"digest-{tag}")


@pytest.fixture(params=["sqlite", "postgresql", "memory"])
def where(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a store lives: a SQLite file path, or a PostgreSQL URL of a fresh database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    if request.param == "memory":
        return f"memory://{tmp_path.name}"
    cluster = shared_cluster(request.config)
    return cluster.url(cluster.new_database())


@pytest.fixture
async def opener(where: str) -> AsyncIterator[Opener]:
    """Opens more stores at the same place (another process would), closing them all after."""
    opened: list[AnyStore] = []

    async def open_one() -> AnyStore:
        store = await open_store(where)
        opened.append(store)
        return store

    yield open_one
    for store in opened:
        await store.close()


@pytest.fixture
async def store(opener: Opener) -> AnyStore:
    return await opener()


# ---------------------------------------------------------------- opening


async def test_the_url_or_path_selects_the_backend(where: str, store: AnyStore) -> None:
    expected = {"postgresql": PostgresStore, "memory": MemoryStore}.get(
        where.partition("://")[0], Store
    )
    assert type(store) is expected
    assert store.rebuilt is None


async def test_a_new_store_says_so_once_and_reopening_keeps_everything(opener: Opener) -> None:
    first = await opener()
    assert first.created
    assert await first.save_version(factset(), source="facts") == 1
    again = await opener()  # migrations already applied: nothing re-run, nothing lost
    assert not again.created
    assert await again.load_version() == (1, factset())


# ---------------------------------------------------------------- versions


async def test_empty_store_has_no_version(store: AnyStore) -> None:
    assert await store.latest_version() is None
    assert await store.latest_digest() is None
    assert await store.load_version() is None


async def test_versions_round_trip_and_older_ones_load(store: AnyStore) -> None:
    first = await store.save_version(factset("a"), source="facts/")
    second = await store.save_version(factset("b"), source="facts/")
    assert second > first
    assert await store.latest_version() == second
    assert await store.latest_digest() == "digest-b"
    assert await store.load_version() == (second, factset("b"))
    assert await store.load_version(first) == (first, factset("a"))
    assert await store.load_version(second + 100) is None


async def test_a_version_is_found_by_its_digest_after_its_facts_are_pruned(
    store: AnyStore,
) -> None:
    first = await store.save_version(factset("a"), source="facts/")
    for name in "bcde":  # more than the versions whose facts are kept
        await store.save_version(factset(name), source="facts/")
    assert await store.load_version(first) is None
    assert await store.version_with_digest("digest-a") == first
    assert await store.version_with_digest("digest-z") is None


async def test_the_vocabulary_round_trips(store: AnyStore) -> None:
    vocabulary = Vocabulary((("stunt", ("cliff", "peril")),), ("paramount",))
    facts = replace(factset("v"), vocabulary=vocabulary)
    version = await store.save_version(facts, source="facts/")
    assert await store.load_version(version) == (version, facts)


async def test_only_the_newest_versions_keep_their_facts(store: AnyStore) -> None:
    saved = [await store.save_version(factset(str(n)), source="t") for n in range(5)]
    for old in saved[:-KEEP_VERSIONS]:
        assert await store.load_version(old) is None
    for kept in saved[-KEEP_VERSIONS:]:
        loaded = await store.load_version(kept)
        assert loaded is not None and loaded[0] == kept


async def test_saving_on_a_base_copies_unchanged_facts_and_keeps_the_new_order(
    store: AnyStore,
) -> None:
    base_set = factset("a", extra=3)
    base = await store.save_version(base_set, source="t")
    changed = replace(base_set.facts[1], answer="Changed.")
    added = replace(base_set.facts[0], id="a-new", answer="New.")
    facts = (added, base_set.facts[0], changed, *base_set.facts[3:])  # a-2 removed
    new_set = replace(base_set, facts=facts, digest="digest-edit")
    version = await store.save_version(
        new_set, source="t", base=base, touched={"a-new", "a-1", "a-2"}, same_entities=True
    )
    assert await store.load_version(version) == (version, new_set)


# ---------------------------------------------------------------- reload audit


async def test_reloads_are_audited_newest_first(store: AnyStore) -> None:
    await store.record_reload(
        who="Mod (mod-1)",
        platform="discord",
        source="facts/",
        report=ReloadReport(ok=True, version=1, facts=12, added=2, aliases=3, ms=4.5),
    )
    await store.record_reload(
        who="Mod (mod-1)",
        platform="slack",
        source="facts/",
        report=ReloadReport(ok=False, version=None, errors=("a.toml:3: bad date", "b.toml:1: x")),
    )
    refused, accepted = await store.recent_reloads()
    assert (refused.ok, refused.version, refused.errors) == (
        False,
        None,
        ("a.toml:3: bad date", "b.toml:1: x"),
    )
    assert (accepted.ok, accepted.version, accepted.facts, accepted.who) == (
        True,
        1,
        12,
        "Mod (mod-1)",
    )
    assert accepted.at.endswith("+00:00") and accepted.at <= refused.at
    assert len(await store.recent_reloads(1)) == 1


# ---------------------------------------------------------------- question log


async def test_questions_are_logged_truncated_and_newest_first(store: AnyStore) -> None:
    then = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    await store.log_question(
        platform="slack", question="who is in mi7", answered=True, confidence=0.9,
        fact_id="a-1", at=then,
    )  # fmt: skip
    await store.log_question(
        platform="discord", question="x" * 2000, answered=False, confidence=0.0, fact_id=None,
        at=then + timedelta(seconds=1),
    )  # fmt: skip
    assert await store.question_count() == 2
    newest, oldest = await store.recent_questions()
    assert len(newest.question) == QUESTION_MAX_CHARS
    assert (newest.platform, newest.answered, newest.fact_id) == ("discord", False, None)
    assert (oldest.question, oldest.confidence, oldest.fact_id) == ("who is in mi7", 0.9, "a-1")
    assert oldest.at == "2024-05-01T12:00:00.000000+00:00"


async def test_unanswered_groups_spellings_and_orders_by_count(store: AnyStore) -> None:
    now = datetime.now(UTC)
    asked = [
        ("Is Keanu in MI7?", 5),
        ("is keanu in mi7?  ", 4),
        ("when is dune 3", 3),
        ("answered question", 2),
        ("Is Keanu in MI7?", 60 * 24 * 40),  # older than the window: not counted
    ]
    for question, minutes_ago in asked:
        await store.log_question(
            platform="test",
            question=question,
            answered=question == "answered question",
            confidence=0.1,
            fact_id=None,
            at=now - timedelta(minutes=minutes_ago),
        )
    top = await store.unanswered(days=30)
    assert [(row.question, row.count) for row in top] == [
        ("is keanu in mi7?  ", 2),  # the most recent spelling stands for its group
        ("when is dune 3", 1),
    ]


async def test_retention_deletes_only_old_questions(store: AnyStore) -> None:
    now = datetime.now(UTC)
    for days in (1, 29, 31, 400):
        await store.log_question(
            platform="test", question=f"{days} days ago", answered=False, confidence=0.0,
            fact_id=None, at=now - timedelta(days=days),
        )  # fmt: skip
    assert await store.prune_log(30) == 2
    assert [q.question for q in await store.recent_questions()] == ["1 days ago", "29 days ago"]
    assert await store.prune_log(30) == 0


# ---------------------------------------------------------------- health


async def test_a_healthy_store_reports_no_problem(store: AnyStore) -> None:
    assert await store.check() is None
    assert await store.check(probe_writes=False) is None
    assert store.stuck_for() == 0.0


async def test_a_closed_store_says_so_in_a_sentence(store: AnyStore) -> None:
    await store.close()
    problem = await store.check()
    assert problem is not None and "closed" in problem and problem.endswith(".")
    with pytest.raises(StoreError, match=r"^Cannot save a new facts version: .* is closed\.$"):
        await store.save_version(factset(), source="t")
    with pytest.raises(StoreError, match="closed"):
        await store.log_question(
            platform="t", question="q", answered=False, confidence=0.0, fact_id=None
        )


# ---------------------------------------------------------------- several writers


async def test_two_stores_twenty_concurrent_saves_lose_nothing(opener: Opener) -> None:
    one, two = await opener(), await opener()
    observed: list[int] = []
    done = asyncio.Event()

    async def watch() -> None:
        # A third reader, as another process serving questions would be.
        reader = await opener()
        while not done.is_set():
            latest = await reader.latest_version()
            if latest is not None:
                observed.append(latest)
            await asyncio.sleep(0)

    async def save(store: AnyStore, n: int) -> tuple[int, FactSet]:
        facts = factset(f"w{n}")
        version = await store.save_version(facts, source=f"writer {n}")
        await store.record_reload(
            who=f"writer {n}", platform="test", source="t", report=ReloadReport(True, version)
        )
        await store.log_question(
            platform="test", question=f"q{n}", answered=True, confidence=1.0, fact_id=None
        )
        return version, facts

    watcher = asyncio.create_task(watch())
    results = await asyncio.gather(*(save(one if n % 2 else two, n) for n in range(20)))
    done.set()
    await watcher

    versions = [version for version, _ in results]
    assert len(set(versions)) == 20  # no save lost or merged into another
    assert await one.latest_version() == max(versions)
    # Seen from outside, the newest version only ever moves forward.
    assert observed == sorted(observed)
    # Each kept version holds exactly what its writer saved, not a mix.
    by_version = dict(results)
    for version in sorted(versions)[-KEEP_VERSIONS:]:
        assert await two.load_version(version) == (version, by_version[version])
    assert len(await two.recent_reloads(50)) == 20
    assert await one.question_count() == 20


# ------------------------------------------------------------------ installations


async def test_installations_are_shared_replaced_and_deleted_per_workspace(
    opener: Opener,
) -> None:
    """What a second worker process sees of an install another one saved."""
    one, two = await opener(), await opener()
    await one.save_installation(platform="slack", workspace="-:T1", installer="", data='{"a": 1}')
    await one.save_installation(platform="slack", workspace="-:T1", installer="U1", data='"u1"')
    await one.save_installation(platform="slack", workspace="-:T2", installer="", data='{"b": 2}')
    assert await two.find_installation(platform="slack", workspace="-:T1") == '{"a": 1}'
    assert await two.find_installation(platform="slack", workspace="-:T1", installer="U1") == '"u1"'
    assert await two.find_installation(platform="discord", workspace="-:T1") is None
    # Installing again replaces the record.
    await two.save_installation(platform="slack", workspace="-:T1", installer="", data='"new"')
    assert await one.find_installation(platform="slack", workspace="-:T1") == '"new"'
    await one.delete_installation(platform="slack", workspace="-:T1", installer="U1")
    assert await two.find_installation(platform="slack", workspace="-:T1", installer="U1") is None
    assert await two.find_installation(platform="slack", workspace="-:T1") == '"new"'
    await one.delete_installation(platform="slack", workspace="-:T1")
    assert await two.find_installation(platform="slack", workspace="-:T1") is None
    assert await two.find_installation(platform="slack", workspace="-:T2") == '{"b": 2}'


async def test_an_install_state_is_taken_once_and_only_before_it_expires(opener: Opener) -> None:
    one, two = await opener(), await opener()
    soon = datetime.now(UTC) + timedelta(minutes=10)
    await one.add_oauth_state("s1", expires_at=soon)
    await one.add_oauth_state("s2", expires_at=soon)
    await one.add_oauth_state("old", expires_at=datetime.now(UTC) - timedelta(seconds=1))
    # Two workers racing for one state: exactly one wins it.
    taken = await asyncio.gather(two.take_oauth_state("s1"), one.take_oauth_state("s1"))
    assert sorted(taken) == [False, True]
    assert not await two.take_oauth_state("never issued")
    assert not await two.take_oauth_state("old")
    assert not await two.take_oauth_state("s2", now=soon + timedelta(seconds=1))
    assert not await one.take_oauth_state("s2")  # an expired state is gone, not kept


# ------------------------------------------------------------------ rate limits


async def test_a_rate_limit_holds_across_processes_sharing_the_store(opener: Opener) -> None:
    """Two workers count one user's questions together: 3 allowed, one notice, then silence
    until the window has passed."""
    from bot.ratelimit import Verdict

    one, two = await opener(), await opener()
    seen = []
    for n in range(6):
        store = (one, two)[n % 2]
        decision = await store.rate_check("slack:U1", limit=3, window_s=30, now=1000.0 + n)
        seen.append(decision.verdict)
    assert seen == [Verdict.ALLOW] * 3 + [Verdict.NOTICE, Verdict.SILENT, Verdict.SILENT]
    refused = await one.rate_check("slack:U1", limit=3, window_s=30, now=1010.0)
    assert refused.retry_after == pytest.approx(20.0)  # the oldest of the 3 leaves at 1030
    # Another user, and the same user once the oldest question left the window.
    assert (await two.rate_check("slack:U2", limit=3, window_s=30, now=1010.0)).verdict is (
        Verdict.ALLOW
    )
    assert (await two.rate_check("slack:U1", limit=3, window_s=30, now=1030.5)).verdict is (
        Verdict.ALLOW
    )


async def test_concurrent_questions_from_two_processes_never_exceed_the_limit(
    opener: Opener,
) -> None:
    from bot.ratelimit import Verdict

    one, two = await opener(), await opener()
    decisions = await asyncio.gather(
        *(
            (one, two)[n % 2].rate_check("slack:U1", limit=5, window_s=30, now=2000.0)
            for n in range(30)
        )
    )
    verdicts = [d.verdict for d in decisions]
    assert verdicts.count(Verdict.ALLOW) == 5
    assert verdicts.count(Verdict.NOTICE) == 1
