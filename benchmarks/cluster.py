"""`python -m benchmarks.cluster [--questions N]`: the bot as several processes on one store.

On a throwaway PostgreSQL cluster (tests/postgres_cluster.py), then on one shared SQLite
file for comparison: the loopback Discord gateway (4 shards) and the loopback Slack Web
API start in this process, then three `python -m bot run` processes on the one store: two
Discord shard groups (shards 0,1 and 2,3) and one Slack HTTP worker (benchmarks/
cluster_bots.py). 1,000 fans ask the questions (benchmarks/cluster_traffic.py); after every
1,000 a moderator rewords an answer and runs `franchise-bot facts reload` while they go
on asking (benchmarks/cluster_reload.py). Printed per store:

- p50 and p99 per question end to end: the fake sending it to the fake receiving the reply;
- reload propagation: from the new version's commit to each process serving it, the
  slowest process of each reload (worst and median over the reloads);
- question-log rows lost: questions sent minus rows the store's question log gained;
- questions unanswered (no reply, or a reply without the expected answer) and replies to
  nothing (a second answer, a rate-limit notice).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

from benchmarks.cluster_bots import (
    DISCORD_TOKEN,
    REPO,
    SHARD_COUNT,
    SLACK_WORKER,
    START_TIMEOUT_S,
    BotProcess,
    base_env,
    process_envs,
    run_cli,
    start,
)
from benchmarks.cluster_fakes import PostgresCluster, TimedDiscord, TimedSlack, find_bindir
from benchmarks.cluster_reload import Propagation, Reloads
from benchmarks.cluster_traffic import SERVERS, Outcome, Traffic, plan
from bot.config import RATE_SCOPES
from bot.stores import open_store

QUESTIONS = 10_000
RELOAD_EVERY = 1_000
# Questions in flight at once. One: p50 and p99 are then the path of a question through
# the fakes, a bot process and the store, not time spent queueing behind other questions
# on a 2-CPU machine (--concurrency 4 shows that too; benchmarks/README.md has both).
CONCURRENCY = 1
BACKENDS = ("postgresql", "sqlite")
SHIPPED_FACTS = REPO / "facts"


def percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def _say(line: str) -> None:
    """Progress on stderr, so --json's stdout stays one object."""
    print(line, file=sys.stderr, flush=True)


async def _logged(bot: BotProcess, line: str) -> None:
    async with asyncio.timeout(START_TIMEOUT_S):
        while line not in bot.log.read_text(encoding="utf-8", errors="replace"):
            if bot.process.returncode is not None:
                raise RuntimeError(f"{bot.name} stopped while starting:\n{bot.tail()}")
            await asyncio.sleep(0.1)


@dataclass(frozen=True)
class Options:
    questions: int = QUESTIONS
    reload_every: int = RELOAD_EVERY
    concurrency: int = CONCURRENCY
    rate_scope: str = RATE_SCOPES[0]  # FRANCHISE_BOT_RATE_SCOPE: "store" adds a write per question
    # PostgreSQL's own defaults (each commit flushed to disk before it returns), as a
    # production server runs; False: the test suite's fsync and synchronous_commit off.
    durable_postgres: bool = True


async def run_on(label: str, store: str, work: Path, options: Options) -> dict[str, Any]:
    """The whole run on one store (a postgresql:// URL or a SQLite file path)."""
    facts_dir = work / "facts"
    shutil.copytree(SHIPPED_FACTS, facts_dir, ignore=shutil.ignore_patterns("__pycache__"))
    env = {
        **base_env(store, facts_dir),
        "FRANCHISE_BOT_LOG_LEVEL": "INFO",  # "franchise-bot is running" says a bot is up
        "FRANCHISE_BOT_RATE_SCOPE": options.rate_scope,
    }
    await run_cli(env, "facts", "reload")  # the first version, before any bot starts
    bots: list[BotProcess] = []
    async with contextlib.AsyncExitStack() as stack:
        # Closed last to first: the bots stop before the fakes and the store they use.
        discord = TimedDiscord(
            DISCORD_TOKEN, guild_ids=SERVERS, shard_count=SHARD_COUNT, max_concurrency=SHARD_COUNT
        )
        await discord.start()
        stack.push_async_callback(discord.close)
        slack = TimedSlack()
        await slack.start()
        stack.push_async_callback(slack.close)
        opened = await open_store(store)
        stack.push_async_callback(opened.close)
        session = await stack.enter_async_context(aiohttp.ClientSession())
        envs = process_envs(
            env,
            discord.http_url + "/{caller}",
            f"ws://127.0.0.1:{discord.port}/{{caller}}/gateway",
            slack.api_url,
            slack.bot_token,
        )
        _say(f"{label}: starting {len(envs)} bot processes")
        for name, process_env in envs.items():
            bot = await start(name, process_env, work)
            stack.push_async_callback(bot.stop)
            bots.append(bot)
        await asyncio.gather(*(_logged(b, "franchise-bot is running") for b in bots))
        await discord.wait_shards(SHARD_COUNT, timeout=START_TIMEOUT_S)
        await asyncio.gather(*(b.wait_ready(session) for b in bots))
        rows_before = await opened.question_count()
        reloads = Reloads(facts_dir, env, opened, bots, options.reload_every, session)
        slack_url = next(b.slack_url for b in bots if b.name == SLACK_WORKER)
        traffic = Traffic(discord, slack, slack_url, options.concurrency, reloads.after_sent)
        _say(f"  asking {options.questions:,} questions")
        started = time.perf_counter()
        outcomes = await traffic.run(plan(options.questions))
        traffic_s = time.perf_counter() - started
        propagations = await reloads.finish()
        rows = await opened.question_count() - rows_before
    extra = [*discord.arrival.unexpected, *discord.arrival.early.values()]
    extra += [*slack.arrival.unexpected, *slack.arrival.early.values()]
    failures = [b.name for b in bots if b.process.returncode not in (0, 130)]
    return report(outcomes, propagations, rows, len(extra), traffic_s, failures)


def report(
    outcomes: Sequence[Outcome],
    propagations: Sequence[Propagation],
    rows: int,
    extra_replies: int,
    traffic_s: float,
    failures: Sequence[str],
) -> dict[str, Any]:
    times = [o.seconds * 1000 for o in outcomes if o.seconds is not None]
    by_platform = {
        name: [o.seconds * 1000 for o in outcomes if o.ask.platform == name and o.seconds]
        for name in ("discord", "slack")
    }
    slowest = [p.slowest_s for p in propagations]
    reached = [s for s in slowest if s is not None]
    return {
        "questions": len(outcomes),
        "answered": sum(o.answered for o in outcomes),
        "unanswered": sum(not o.answered for o in outcomes),
        "extra_replies": extra_replies,
        "p50_ms": round(percentile(times, 50), 2) if times else None,
        "p99_ms": round(percentile(times, 99), 2) if times else None,
        **{
            f"{name}_{what}_ms": round(percentile(t, pct), 2) if t else None
            for name, t in by_platform.items()
            for what, pct in (("p50", 50), ("p99", 99))
        },
        "questions_per_s": round(len(outcomes) / traffic_s, 1),
        "reloads": len(propagations),
        "reloads_not_served": len(slowest) - len(reached),
        "reload_propagation_max_s": round(max(reached), 3) if reached else None,
        "reload_propagation_median_s": round(statistics.median(reached), 3) if reached else None,
        "reload_cli_median_s": round(statistics.median(p.cli_s for p in propagations), 2)
        if propagations
        else None,
        "log_rows": rows,
        "log_rows_lost": len(outcomes) - rows,
        "processes_failed": list(failures),
    }


async def run(backends: Sequence[str], options: Options) -> dict[str, Any]:
    results: dict[str, Any] = {
        "questions": options.questions,
        "reload_every": options.reload_every,
        "concurrency": options.concurrency,
        "rate_scope": options.rate_scope,
        "postgres_commits": "durable" if options.durable_postgres else "fsync off",
        "git_head": _git_head(),
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs",
    }
    for backend in backends:
        with tempfile.TemporaryDirectory(prefix=f"franchise-bench-{backend}-") as tmp:
            work = Path(tmp)
            if backend == "sqlite":
                results[backend] = await run_on(backend, str(work / "shared.db"), work, options)
                continue
            bindir = find_bindir()
            if bindir is None:
                raise SystemExit(
                    "PostgreSQL's initdb and pg_ctl were not found; install PostgreSQL "
                    "(apt-get install -y postgresql) or run with --store sqlite."
                )
            cluster = PostgresCluster(bindir, durable=options.durable_postgres)
            try:
                cluster.start()
                url = cluster.url(cluster.new_database())
                results[backend] = await run_on(backend, url, work, options)
            finally:
                cluster.stop()
    return results


def _git_head() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() or "unknown"


def _text(results: dict[str, Any]) -> str:
    lines = [
        f"{results['questions']:,} questions from 1,000 fans, a reload every "
        f"{results['reload_every']:,}, {results['concurrency']} in flight, rate limits counted "
        f"per {results['rate_scope']}, PostgreSQL commits {results['postgres_commits']}; 3 bot processes "
        f"(Discord shards 0,1 and 2,3 of 4; one Slack HTTP worker)",
        "",
    ]
    for backend in BACKENDS:
        r = results.get(backend)
        if r is None:
            continue
        lines += [
            f"{backend}:",
            f"  per question end to end   p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms "
            f"(Discord p50 {r['discord_p50_ms']} / p99 {r['discord_p99_ms']} ms; Slack p50 "
            f"{r['slack_p50_ms']} / p99 {r['slack_p99_ms']} ms), {r['questions_per_s']} questions/s",
            f"  reload propagation        max {r['reload_propagation_max_s']} s, median "
            f"{r['reload_propagation_median_s']} s over {r['reloads']} reloads "
            f"({r['reloads_not_served']} never served); `facts reload` itself "
            f"{r['reload_cli_median_s']} s",
            f"  question-log rows lost    {r['log_rows_lost']} ({r['log_rows']:,} rows for "
            f"{r['questions']:,} questions)",
            f"  unanswered                {r['unanswered']}; replies to nothing {r['extra_replies']}",
        ]
        if r["processes_failed"]:
            lines.append(
                f"  processes that did not stop cleanly: {', '.join(r['processes_failed'])}"
            )
    lines += ["", f"git {results['git_head']}, Python {results['python']}, {results['machine']}"]
    return "\n".join(lines)


def _interrupt_on_sigterm() -> None:
    """A `kill` (or a test's timeout) stops the run as Ctrl-C does: the bots, the fakes and
    the PostgreSQL cluster are stopped on the way out instead of left running."""

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.cluster",
        description="Three bot processes on one store: latency, reload propagation, lost log rows.",
    )
    parser.add_argument("--questions", type=int, default=QUESTIONS, help=f"default {QUESTIONS:,}")
    parser.add_argument(
        "--reload-every",
        type=int,
        default=RELOAD_EVERY,
        help=f"questions between reloads (default {RELOAD_EVERY:,})",
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        default=CONCURRENCY,
        help=f"questions in flight (default {CONCURRENCY})",
    )
    parser.add_argument(
        "--rate-scope",
        choices=RATE_SCOPES,
        default=RATE_SCOPES[0],
        help="FRANCHISE_BOT_RATE_SCOPE for the bots (default: each process counts alone)",
    )
    parser.add_argument(
        "--fast-postgres",
        action="store_true",
        help="PostgreSQL with fsync and synchronous_commit off, as the tests run it "
        "(default: PostgreSQL's own durable settings)",
    )
    parser.add_argument("--store", choices=(*BACKENDS, "both"), default="both")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if args.questions < 1 or args.concurrency < 1 or args.reload_every < 0:
        parser.error("--questions and --concurrency must be at least 1, --reload-every at least 0")
    _interrupt_on_sigterm()
    backends = BACKENDS if args.store == "both" else (args.store,)
    options = Options(
        args.questions,
        args.reload_every,
        args.concurrency,
        args.rate_scope,
        durable_postgres=not args.fast_postgres,
    )
    try:
        results = asyncio.run(run(backends, options))
    except KeyboardInterrupt:
        print("Interrupted: the bots, the fakes and PostgreSQL were stopped.", file=sys.stderr)
        return 130
    print(json.dumps(results, indent=2) if args.json else _text(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
