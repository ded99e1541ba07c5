"""Settings from the environment. Takes the environment as an argument so tests pass a dict."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import ConfigError


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


def shipped_facts_dir() -> Path:
    """The facts that come with the package, so an installed bot works from any directory."""
    try:
        import franchise_facts  # type: ignore[import-not-found]  # the repo's facts/, installed

        paths = list(franchise_facts.__path__)
        if paths:
            return Path(paths[0])
    except ImportError:
        pass
    # Running from a source checkout without installing.
    return Path(__file__).resolve().parent.parent / "facts"


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("franchise-bot", appauthor=False)) / "franchise-bot.db"


def _store_location(raw: str) -> str:
    """A URL as it is; a file path with ~ expanded; nothing set: the user's data folder."""
    if not raw:
        return str(default_db_path())
    if "://" in raw or raw == ":memory:" or raw.startswith("file:"):
        return raw
    return str(Path(raw).expanduser())


def _int(environ: Mapping[str, str], name: str, default: int, minimum: int = 0) -> int:
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


def _ids(environ: Mapping[str, str], name: str) -> frozenset[str]:
    raw = environ.get(name, "")
    return frozenset(part.strip() for part in raw.replace(";", ",").split(",") if part.strip())


def _secret(environ: Mapping[str, str], name: str) -> Secret | None:
    value = environ.get(name, "").strip()
    return Secret(value) if value else None


@dataclass(frozen=True)
class Settings:
    facts_dir: Path
    # FRANCHISE_BOT_DB as given: a postgresql:// URL, memory://NAME, or a SQLite file path.
    # A string, because a URL is not a path (Path would fold its "//" into "/").
    db: str
    log_days: int = 30
    rate_limit: int = 5  # questions per user ...
    rate_window_s: float = 30.0  # ... in this many seconds
    poll_interval_s: float = 2.0  # how often a running bot looks for a newer fact version
    discord_token: Secret | None = None
    discord_api_base_url: str | None = None
    discord_gateway_url: str | None = None
    discord_moderator_role_ids: frozenset[str] = field(default_factory=frozenset)
    slack_bot_token: Secret | None = None
    slack_signing_secret: Secret | None = None
    slack_app_token: Secret | None = None
    slack_port: int = 3000
    slack_api_base_url: str | None = None
    slack_moderator_ids: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        facts = env.get("FRANCHISE_BOT_FACTS", "").strip()
        db = env.get("FRANCHISE_BOT_DB", "").strip()
        role_ids = _ids(env, "DISCORD_MODERATOR_ROLE_IDS")
        bad_roles = sorted(r for r in role_ids if not r.isdigit())
        if bad_roles:
            raise ConfigError(
                f"'DISCORD_MODERATOR_ROLE_IDS' must list numeric role IDs separated by commas; "
                f"{', '.join(bad_roles)} is not one."
            )
        slack_mods = _ids(env, "SLACK_MODERATOR_IDS")
        bad_mods = sorted(m for m in slack_mods if not (m[:1] in "UW" and m.isalnum()))
        if bad_mods:
            raise ConfigError(
                f"'SLACK_MODERATOR_IDS' must list Slack user IDs like U123ABC (not display "
                f"names); {', '.join(bad_mods)} is not one."
            )
        return cls(
            facts_dir=Path(facts).expanduser() if facts else shipped_facts_dir(),
            db=_store_location(db),
            log_days=_int(env, "FRANCHISE_BOT_LOG_DAYS", 30, minimum=1),
            rate_limit=_int(env, "FRANCHISE_BOT_RATE_LIMIT", 5, minimum=1),
            rate_window_s=float(_int(env, "FRANCHISE_BOT_RATE_WINDOW", 30, minimum=1)),
            discord_token=_secret(env, "DISCORD_TOKEN"),
            discord_api_base_url=env.get("DISCORD_API_BASE_URL", "").strip() or None,
            discord_gateway_url=env.get("DISCORD_GATEWAY_URL", "").strip() or None,
            discord_moderator_role_ids=role_ids,
            slack_bot_token=_secret(env, "SLACK_BOT_TOKEN"),
            slack_signing_secret=_secret(env, "SLACK_SIGNING_SECRET"),
            slack_app_token=_secret(env, "SLACK_APP_TOKEN"),
            slack_port=_int(env, "SLACK_PORT", 3000, minimum=0),
            slack_api_base_url=env.get("SLACK_API_BASE_URL", "").strip() or None,
            slack_moderator_ids=slack_mods,
        )

    @property
    def db_path(self) -> Path:
        """The SQLite store's file, when `db` names one (not a URL)."""
        if "://" in self.db:
            raise ConfigError(
                f"'FRANCHISE_BOT_DB' is a URL ({self.db.partition('://')[0]}://...), not a file."
            )
        return Path(self.db)

    @property
    def discord_enabled(self) -> bool:
        return self.discord_token is not None

    @property
    def slack_enabled(self) -> bool:
        return any((self.slack_bot_token, self.slack_signing_secret, self.slack_app_token))
