"""What only the PostgreSQL store does: reloads reaching other processes by notification,
polling when the notification connection is lost, its own migrations, and never a password
in what it says. Against a real throwaway cluster (tests/postgres_cluster.py)."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from postgres_cluster import PASSWORD, PostgresCluster, shared_cluster

from bot.errors import NotAStoreError, StoreError
from bot.models import FactSet, ReloadReport
from bot.pgschema import MIGRATIONS
from bot.pgstore import PostgresStore
from bot.stores import open_store, watch_versions

REPO = Path(__file__).resolve().parent.parent
PROPAGATION_S = 1.0  # issue 15: a reload reaches every process within a second


@pytest.fixture
def cluster(request: pytest.FixtureRequest) -> PostgresCluster:
    return shared_cluster(request.config)


@pytest.fixture
def database(cluster: PostgresCluster) -> str:
    return cluster.new_database()


@pytest.fixture
async def store(cluster: PostgresCluster, database: str) -> AsyncIterator[PostgresStore]:
    opened = await PostgresStore.open(cluster.url(database))
    yield opened
    await opened.close()


def empty() -> FactSet:
    return FactSet(facts=(), entities=(), digest="d")


async def next_version(versions: AsyncIterator[int], within: float) -> int:
    return await asyncio.wait_for(anext(versions), within)


async def wait_until(condition: object, within: float = 15.0) -> None:
    deadline = time.monotonic() + within
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.05)


# ---------------------------------------------------------------- opening and migrations


async def test_migrations_are_recorded_once_in_order(
    cluster: PostgresCluster, database: str
) -> None:
    url = cluster.url(database)
    first = await open_store(url)
    await first.close()
    recorded = cluster.sql("SELECT name FROM migrations ORDER BY applied_at, name", database)
    assert recorded.splitlines() == [name for name, _ in MIGRATIONS]
    # Two processes starting together: both open, nothing is applied twice.
    again = await asyncio.gather(open_store(url), open_store(url))
    for store in again:
        await store.close()
    assert cluster.sql("SELECT count(*) FROM migrations", database) == str(len(MIGRATIONS))


async def test_another_applications_database_is_refused_untouched(
    cluster: PostgresCluster, database: str
) -> None:
    cluster.sql("CREATE TABLE invoices (id int); INSERT INTO invoices VALUES (7)", database)
    cluster.sql("ALTER TABLE invoices OWNER TO bot", database)
    with pytest.raises(NotAStoreError, match=r"holds tables of something else \(invoices\)"):
        await open_store(cluster.url(database))
    assert cluster.sql("SELECT string_agg(tablename, ',') FROM pg_tables"
                       " WHERE schemaname = 'public'", database) == "invoices"  # fmt: skip


# ---------------------------------------------------------------- reload propagation


SAVER = """
import asyncio, sys, time
from bot.models import FactSet
from bot.stores import open_store

async def main() -> None:
    store = await open_store(sys.argv[1])
    version = await store.save_version(FactSet((), (), "other"), source="other process")
    print(version, time.time(), flush=True)
    await store.close()

asyncio.run(main())
"""


async def test_a_save_in_another_process_is_seen_within_a_second(
    cluster: PostgresCluster, database: str, store: PostgresStore
) -> None:
    versions = store.watch_versions(recheck=60.0)  # no polling while listening
    waiting = asyncio.ensure_future(next_version(versions, 30.0))
    await wait_until(lambda: store.listening)
    saver = await asyncio.create_subprocess_exec(
        sys.executable, "-c", SAVER, cluster.url(database), cwd=REPO,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    out, err = await saver.communicate()
    assert saver.returncode == 0, err.decode()
    seen = await waiting
    seen_at = time.time()
    saved, saved_at = out.decode().split()
    assert seen == int(saved)
    assert seen_at - float(saved_at) < PROPAGATION_S
    await versions.aclose()


async def test_polling_covers_a_lost_listener_and_notifications_resume(
    cluster: PostgresCluster,
    database: str,
    store: PostgresStore,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="bot.pgstore")
    writer = await PostgresStore.open(cluster.url(database))
    versions = store.watch_versions(poll_interval=0.3, recheck=60.0)
    try:
        first = asyncio.ensure_future(next_version(versions, 30.0))
        await wait_until(lambda: store.listening)
        saved = await writer.save_version(empty(), source="t")
        assert await first == saved

        # The listener is cut off, and cannot come back while the database refuses
        # new connections; the pools' open connections still work.
        cluster.sql(f"ALTER DATABASE {database} ALLOW_CONNECTIONS false")
        cluster.sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE application_name = 'franchise-bot listener'"
        )
        following = asyncio.ensure_future(next_version(versions, 30.0))
        await wait_until(lambda: not store.listening)
        started = time.monotonic()
        saved = await writer.save_version(empty(), source="t")
        assert await following == saved
        assert time.monotonic() - started < PROPAGATION_S  # by polling
        assert "polling for new fact versions" in caplog.text

        cluster.sql(f"ALTER DATABASE {database} ALLOW_CONNECTIONS true")
        after = asyncio.ensure_future(next_version(versions, 30.0))
        await wait_until(lambda: store.listening)
        started = time.monotonic()
        saved = await writer.save_version(empty(), source="t")
        # Polling is off again (recheck=60 s): only a notification is this quick.
        assert await after == saved
        assert time.monotonic() - started < PROPAGATION_S
        assert caplog.text.count("Listening for new fact versions") == 2
    finally:
        cluster.sql(f"ALTER DATABASE {database} ALLOW_CONNECTIONS true")
        await versions.aclose()
        await writer.close()
    assert not store.listening


async def test_sqlite_watchers_poll(tmp_path: Path) -> None:
    one, two = await open_store(tmp_path / "s.db"), await open_store(tmp_path / "s.db")
    versions = watch_versions(two, poll_interval=0.05)
    try:
        waiting = asyncio.ensure_future(next_version(versions, 10.0))
        await asyncio.sleep(0.1)
        saved = await one.save_version(empty(), source="t")
        assert await waiting == saved
    finally:
        await versions.aclose()
        await one.close()
        await two.close()


# ---------------------------------------------------------------- secrets


async def test_a_password_in_the_url_never_reaches_logs_or_errors(
    cluster: PostgresCluster, database: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    said: list[str] = []

    store = await open_store(cluster.url(database))
    assert isinstance(store, PostgresStore)
    assert store.path == f"postgresql://bot@127.0.0.1:{cluster.port}/{database}"
    said.append(store.path)
    versions = store.watch_versions(poll_interval=0.1)
    waiting = asyncio.ensure_future(next_version(versions, 30.0))
    await wait_until(lambda: store.listening)
    await store.save_version(empty(), source="t")
    await waiting
    cluster.sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        " WHERE application_name LIKE 'franchise-bot%'"
    )
    # Every pooled connection was cut: the next uses fail, and the check says why.
    problems = [await store.check()]
    try:
        await store.record_reload(
            who="m", platform="t", source="t", report=ReloadReport(ok=True, version=1)
        )
    except StoreError as exc:
        problems.append(str(exc))
    said += [p for p in problems if p]
    # Broken connections are replaced: the store works again without a restart.
    for _ in range(10):
        try:
            assert await store.latest_version() == 1
            break
        except StoreError as exc:
            said.append(str(exc))
    else:
        pytest.fail("the store did not recover from its connections being cut")
    await versions.aclose()
    await store.close()

    # A wrong password, an unreachable server, a missing database, a URL-encoded password.
    for url in (
        cluster.url(database, password=PASSWORD + "-wrong"),
        f"postgresql://bot:{PASSWORD}@127.0.0.1:1/{database}",
        cluster.url("no_such_database"),
        f"postgresql://bot:{PASSWORD}%21@127.0.0.1:{cluster.port}/{database}",
    ):
        with pytest.raises(StoreError) as caught:
            await open_store(url)
        said.append(str(caught.value))
        assert caught.value.__cause__ is None and caught.value.__context__ is not None
    assert "refused the bot's credentials" in said[-4]
    assert "cannot be reached" in said[-3]
    assert "does not exist" in said[-2]

    for text in [*said, caplog.text]:
        assert PASSWORD not in text
    assert all("127.0.0.1" in text for text in said)
