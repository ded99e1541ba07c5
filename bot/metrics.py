"""What an operator's dashboard counts: questions, answer latency, reloads, the fact version
served, store errors and rate-limit notices, in Prometheus' text format.

Each `Service` owns one `Metrics` with its own registry (not prometheus-client's global
one), so several services in one process, as in tests, never count into each other. The
core only records here; adapters/ops_http.py serves `exposition()` at /metrics.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Awaitable, Callable
from typing import Concatenate, Final, ParamSpec, Protocol, TypeVar

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from bot.models import ReloadReport
from bot.replies import Reply, ReplyKind, Requester

__all__ = [
    "ANSWER_BUCKETS_S",
    "CONTENT_TYPE",
    "Metrics",
    "counted",
    "outcome",
    "reload_result",
]

CONTENT_TYPE: Final = CONTENT_TYPE_LATEST  # Prometheus text format: text/plain; version=...

# Answer latency buckets, in seconds. Answers from memory take about a millisecond and the
# target is 20 ms end to end (benchmarks/README.md), so the buckets are fine below 50 ms;
# the long tail is a store stuck behind a lock (the question-log write waits up to 0.25 s,
# bot/service.py LOG_WAIT_S) or an overloaded process.
ANSWER_BUCKETS_S: Final = (
    0.001,
    0.0025,
    0.005,
    0.01,
    0.02,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
)

# A reply's outcome, the `outcome` label of franchise_bot_questions_total. Small talk is an
# answer kind, not a reply kind: `outcome` looks at the answer first.
SMALLTALK: Final = "smalltalk"
OUTCOMES: Final[dict[ReplyKind, str]] = {
    ReplyKind.ANSWER: "answered",
    ReplyKind.DECLINE: "declined",  # "I don't know that"
    ReplyKind.HELP: "help",  # an empty message or "help": the usage text
    ReplyKind.RATE_LIMITED: "rate_limited",  # the one polite notice
    ReplyKind.SILENCED: "silenced",  # over the limit after the notice: nothing posted
    ReplyKind.ERROR: "error",
    ReplyKind.REFUSED: "refused",
    ReplyKind.INFO: "info",
}
FAILED: Final = "failed"  # the question raised: the adapter's error handling replied
# Outcomes that never reached the engine: no answer latency to observe.
NOT_ANSWERED_BY_ENGINE: Final = frozenset({"rate_limited", "silenced", FAILED})


def outcome(reply: Reply) -> str:
    if reply.answer is not None and reply.answer.kind == SMALLTALK:
        return SMALLTALK
    return OUTCOMES[reply.kind]


RELOAD_RESULTS: Final = ("ok", "unchanged", "refused", "failed")


def reload_result(report: ReloadReport) -> str:
    """ok: stored and served; unchanged: the files equal what is served; refused: the fact
    files have errors, the old facts keep serving; failed: served, but the store could not
    keep the new version (memory only until a reload succeeds)."""
    if not report.ok:
        return "refused"
    if report.unchanged:
        return "unchanged"
    if report.version is None:
        return "failed"
    return "ok"


class Metrics:
    """The metric objects of one service, and the registry they are exposed from."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.questions = Counter(
            "franchise_bot_questions",
            "Questions (chat messages, /release, /cast) by platform and outcome.",
            ["platform", "outcome"],
            registry=self.registry,
        )
        self.answer_seconds = Histogram(
            "franchise_bot_answer_seconds",
            "Time from a question reaching the service to its reply, question log included.",
            buckets=ANSWER_BUCKETS_S,
            registry=self.registry,
        )
        self.reloads = Counter(
            "franchise_bot_reloads",
            "Fact reloads asked of this process, by result (ok, unchanged, refused, failed).",
            ["result"],
            registry=self.registry,
        )
        self._question_counters: dict[tuple[str, str], Counter] = {}
        for result in RELOAD_RESULTS:  # each result scraped from the start, at 0
            self.reloads.labels(result)
        self.fact_version = Gauge(
            "franchise_bot_fact_version",
            "The stored fact version served; 0 while serving facts the store could not keep.",
            registry=self.registry,
        )
        self.store_errors = Counter(
            "franchise_bot_store_errors",
            "Store operations that failed (question-log writes, saves, version polls).",
            registry=self.registry,
        )
        self.rate_limit_notices = Counter(
            "franchise_bot_rate_limit_notices",
            "Users told they are asking too fast (once per user per window), by platform.",
            ["platform"],
            registry=self.registry,
        )

    def follow_version(self, version: Callable[[], int | None]) -> None:
        """Read the served version when scraped, so the gauge cannot lag a swap."""
        self.fact_version.set_function(lambda: float(version() or 0))

    def question(self, platform: str, result: str, seconds: float) -> None:
        # prometheus-client looks labels up under a lock (~5 us); a question is ~1 ms.
        counter = self._question_counters.get((platform, result))
        if counter is None:
            counter = self._question_counters[platform, result] = self.questions.labels(
                platform, result
            )
        counter.inc()
        if result not in NOT_ANSWERED_BY_ENGINE:
            self.answer_seconds.observe(seconds)

    def reloaded(self, result: str) -> None:
        self.reloads.labels(result).inc()

    def exposition(self) -> bytes:
        """Every metric in Prometheus' text format."""
        return generate_latest(self.registry)


class Measured(Protocol):
    metrics: Metrics


S = TypeVar("S", bound=Measured)
P = ParamSpec("P")


def counted(
    method: Callable[Concatenate[S, Requester, P], Awaitable[Reply]],
) -> Callable[Concatenate[S, Requester, P], Awaitable[Reply]]:
    """Count a question command by platform and outcome, and time its answer."""

    @functools.wraps(method)
    async def measured(self: S, who: Requester, /, *args: P.args, **kwargs: P.kwargs) -> Reply:
        started = time.perf_counter()
        try:
            reply = await method(self, who, *args, **kwargs)
        except Exception:  # not a cancellation: nobody is waiting for that reply
            self.metrics.question(who.platform, FAILED, 0.0)
            raise
        self.metrics.question(who.platform, outcome(reply), time.perf_counter() - started)
        return reply

    return measured
