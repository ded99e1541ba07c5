"""Settings from the environment. Takes the environment as an argument so tests pass a dict."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.errors import ConfigError
from bot.factsdir import SHIPPED, locate, user_data_folder
from bot.factsdir import shipped_facts_dir as shipped_facts_dir  # where it used to live


class Secret:
    """A setting that must never be printed: its repr and str hide the value."""

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)


def default_db_path() -> Path:
    return user_data_folder() / "franchise-bot.db"


def _store_location(raw: str) -> str:
    """A URL as it is; a file path with ~ expanded; nothing set: the user's data folder."""
    if not raw:
        return str(default_db_path())
    if "://" in raw or raw == ":memory:" or raw.startswith("file:"):
        return raw
    return str(Path(raw).expanduser())


MAX_PORT = 65535


def read_int(environ: Mapping[str, str], name: str, default: int, minimum: int = 0) -> int:
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"'{name}' must be a whole number, not {raw!r}.") from None
    if value < minimum:
        raise ConfigError(f"'{name}' must be at least {minimum}, not {value}.")
    return value


def read_port(environ: Mapping[str, str], name: str) -> int | None:
    """A TCP port (0 picks a free one), or None when unset."""
    raw = environ.get(name, "").strip()
    if not raw:
        return None
    if not (raw.isascii() and raw.isdigit()) or int(raw) > MAX_PORT:
        raise ConfigError(f"'{name}' must be a port number from 0 to {MAX_PORT}, not {raw!r}.")
    return int(raw)


RATE_SCOPES = ("process", "store")  # the first is the default


def read_choice(environ: Mapping[str, str], name: str, choices: tuple[str, ...]) -> str:
    raw = environ.get(name, "").strip()
    if not raw:
        return choices[0]
    if raw.lower() not in choices:
        raise ConfigError(f"'{name}' must be {' or '.join(choices)}, not {raw!r}.")
    return raw.lower()


def read_ids(environ: Mapping[str, str], name: str) -> frozenset[str]:
    raw = environ.get(name, "")
    return frozenset(part.strip() for part in raw.replace(";", ",").split(",") if part.strip())


@dataclass(frozen=True)
class ShardGroup:
    """The Discord shards this process runs: `ids` out of `count` shards in all. Every process
    of one bot sets the same count; each takes its own ids. `ids` None means all of them."""

    count: int
    ids: tuple[int, ...] | None = None

    def __str__(self) -> str:
        if self.ids is None:
            return f"shards 0-{self.count - 1} of {self.count}"
        plural = "s" if len(self.ids) > 1 else ""
        return f"shard{plural} {', '.join(map(str, self.ids))} of {self.count}"


SHARD_COUNT = "DISCORD_SHARD_COUNT"
SHARD_IDS = "DISCORD_SHARD_IDS"
_SHARD_RANGE = re.compile(r"(\d+)(?:-(\d+))?")


def _shard_ids(raw: str, count: int) -> tuple[int, ...]:
    """DISCORD_SHARD_IDS such as 0,1 or 2-3 (or 0,2-3) -> sorted shard numbers below `count`."""
    found: set[int] = set()
    parts = [part.strip() for part in raw.replace(";", ",").split(",") if part.strip()]
    for part in parts or [raw]:
        match = _SHARD_RANGE.fullmatch(part)
        first, last = (int(match[1]), int(match[2] or match[1])) if match else (1, 0)
        if first > last:  # not a number, or a range backwards
            raise ConfigError(
                f"'{SHARD_IDS}' must list shard numbers or ranges separated by commas, such as "
                f"0,1 or 2-3; {part!r} is not one."
            )
        if last >= count:
            raise ConfigError(
                f"'{SHARD_IDS}' names shard {last}, but with '{SHARD_COUNT}' {count} the shards "
                f"are numbered 0 to {count - 1}."
            )
        found.update(range(first, last + 1))
    return tuple(sorted(found))


def read_shard_group(environ: Mapping[str, str]) -> ShardGroup | None:
    """DISCORD_SHARD_COUNT and DISCORD_SHARD_IDS; None when neither is set (one connection,
    as a bot in fewer than 2,500 servers needs)."""
    raw_ids = environ.get(SHARD_IDS, "").strip()
    if not environ.get(SHARD_COUNT, "").strip():
        if raw_ids:
            raise ConfigError(
                f"'{SHARD_IDS}' needs '{SHARD_COUNT}': set it to the number of shards "
                f"across all of the bot's processes."
            )
        return None
    count = read_int(environ, SHARD_COUNT, 1, minimum=1)
    return ShardGroup(count, _shard_ids(raw_ids, count) if raw_ids else None)


def read_secret(environ: Mapping[str, str], name: str) -> Secret | None:
    value = environ.get(name, "").strip()
    return Secret(value) if value else None


@dataclass(frozen=True)
class Settings:
    """The core's settings. Each adapter reads its own (adapters/discord_setup.py,
    adapters/slack_setup.py) from the same environment."""

    facts_dir: Path
    # FRANCHISE_BOT_DB as given: a postgresql:// URL, memory://NAME, or a SQLite file path.
    # A string, because a URL is not a path (Path would fold its "//" into "/").
    db: str
    log_days: int = 30
    rate_limit: int = 5  # questions per user ...
    rate_window_s: float = 30.0  # ... in this many seconds
    # Where rate limits are counted: "process" (each process alone, so N processes allow N
    # times the limit) or "store" (every process sharing the store together, at the cost
    # of one store write before each answer). See bot/sharedlimit.py.
    rate_scope: str = "process"
    poll_interval_s: float = 2.0  # how often a running bot looks for a newer fact version
    # /healthz, /readyz and /metrics (adapters/ops_http.py): served only when a port is set.
    # Loopback by default so metrics never reach a network by accident; in a container the
    # orchestrator's probes need FRANCHISE_BOT_HTTP_HOST=0.0.0.0.
    http_port: int | None = None
    http_host: str = "127.0.0.1"
    # Why facts_dir is the facts directory (bot/factsdir.py): the setting, `facts init`'s
    # copy, or the shipped facts. The facts commands' first line says it.
    facts_origin: str = SHIPPED

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        db = _store_location(env.get("FRANCHISE_BOT_DB", "").strip())
        facts = locate(env.get("FRANCHISE_BOT_FACTS", ""), db)
        return cls(
            facts_dir=facts.path,
            facts_origin=facts.origin,
            db=db,
            log_days=read_int(env, "FRANCHISE_BOT_LOG_DAYS", 30, minimum=1),
            rate_limit=read_int(env, "FRANCHISE_BOT_RATE_LIMIT", 5, minimum=1),
            rate_window_s=float(read_int(env, "FRANCHISE_BOT_RATE_WINDOW", 30, minimum=1)),
            rate_scope=read_choice(env, "FRANCHISE_BOT_RATE_SCOPE", RATE_SCOPES),
            http_port=read_port(env, "FRANCHISE_BOT_HTTP_PORT"),
            http_host=env.get("FRANCHISE_BOT_HTTP_HOST", "").strip() or "127.0.0.1",
        )

    @property
    def db_path(self) -> Path:
        """The SQLite store's file, when `db` names one (not a URL)."""
        if "://" in self.db:
            raise ConfigError(
                f"'FRANCHISE_BOT_DB' is a URL ({self.db.partition('://')[0]}://...), not a file."
            )
        return Path(self.db)
