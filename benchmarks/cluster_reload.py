"""A moderator's reload during the cluster benchmark, and how long it takes to reach every bot.

Every so many questions the benchmark rewords one answer in the shared fact files and runs
`franchise-bot facts reload` against the shared store, as a moderator would, while the
fans keep asking. Propagation is measured from the moment the new version is committed
(the benchmark polls the store's newest version every STORE_POLL_S) to the moment each
bot process's /readyz says it serves that version (polled every SERVED_POLL_S): both
polls bound its resolution.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from benchmarks.cluster_bots import BotProcess, run_cli
from bot.factstore import FactStore

STORE_POLL_S = 0.005
SERVED_POLL_S = 0.01
COMMIT_TIMEOUT_S = 120.0  # a CLI process starting and loading the facts on a busy machine
PROPAGATION_TIMEOUT_S = 30.0  # never reached: the bot would be left serving old facts
_ANSWER = 'answer = "'


@dataclass
class Propagation:
    """One reload: the version it made, how long the CLI took, and when each bot served it."""

    version: int
    cli_s: float
    seconds: dict[str, float | None]  # by process; None: not served within the timeout

    @property
    def slowest_s(self) -> float | None:
        times = list(self.seconds.values())
        return None if None in times else max(t for t in times if t is not None)


def reword(facts_dir: Path, revision: int) -> None:
    """What a moderator does before a reload: edit one answer, differently each time."""
    for path in sorted(facts_dir.glob("*.toml")):
        lines = path.read_text(encoding="utf-8").split("\n")
        for i, line in enumerate(lines):
            if line.startswith(_ANSWER) and line.endswith('"'):
                base = line[:-1].split(" (revision ")[0]
                lines[i] = f'{base} (revision {revision})"'
                path.write_text("\n".join(lines), encoding="utf-8")
                return
    raise RuntimeError(f"no answer to edit in {facts_dir}")


@dataclass
class Reloads:
    """Runs a reload after every `every` questions, one at a time, while traffic goes on."""

    facts_dir: Path
    env: Mapping[str, str]
    store: FactStore
    bots: Sequence[BotProcess]
    every: int
    session: aiohttp.ClientSession
    done: list[Propagation] = field(default_factory=list)
    _last: asyncio.Task[None] | None = None

    async def after_sent(self, sent: int) -> None:
        if self.every > 0 and sent % self.every == 0:
            previous = self._last
            self._last = asyncio.create_task(self._after(previous, sent // self.every))

    async def finish(self) -> list[Propagation]:
        if self._last is not None:
            await self._last
        return self.done

    async def _after(self, previous: asyncio.Task[None] | None, revision: int) -> None:
        if previous is not None:
            await previous
        self.done.append(await self.reload(revision))

    async def reload(self, revision: int) -> Propagation:
        before = await self.store.latest_version()
        reword(self.facts_dir, revision)
        watch = asyncio.create_task(self._committed(before))
        started = time.perf_counter()
        try:
            await run_cli(self.env, "facts", "reload")
        except BaseException:
            watch.cancel()
            raise
        cli_s = time.perf_counter() - started
        version, committed = await asyncio.wait_for(watch, COMMIT_TIMEOUT_S)
        served = await asyncio.gather(*(self._served(b, version, committed) for b in self.bots))
        return Propagation(
            version, cli_s, {b.name: s for b, s in zip(self.bots, served, strict=True)}
        )

    async def _committed(self, before: int | None) -> tuple[int, float]:
        """The new version and when it was first seen in the store."""
        while True:
            latest = await self.store.latest_version()
            if latest is not None and (before is None or latest > before):
                return latest, time.perf_counter()
            await asyncio.sleep(STORE_POLL_S)

    async def _served(self, bot: BotProcess, version: int, committed: float) -> float | None:
        deadline = committed + PROPAGATION_TIMEOUT_S
        while time.perf_counter() < deadline:
            served = await bot.served_version(self.session)
            if served is not None and served >= version:
                return time.perf_counter() - committed
            await asyncio.sleep(SERVED_POLL_S)
        return None
