"""Where log lines go and how loud they are: `-v`, `-vv` and the FRANCHISE_BOT_LOG_* settings.

- no flag: warnings and errors, ours and the libraries';
- `-v`: INFO for our own loggers (bot.*, adapters.*): start-up, reloads, refusals, store
  problems; the libraries stay at WARNING;
- `-vv`: DEBUG for ours, INFO for the libraries (aiosqlite, discord, slack_bolt, asyncio,
  asyncpg ...), and tracebacks. Without `-vv` a logged exception is one line.

FRANCHISE_BOT_LOG_LEVEL sets our loggers' level instead of the flags;
FRANCHISE_BOT_LOG_FORMAT=json writes one JSON object per line; FRANCHISE_BOT_LOG_FILE
appends to that file instead of standard error. The values of secrets in the environment
(names ending in _TOKEN, _SECRET or _PASSWORD, and a database URL's password) are masked in
every line, whatever logged them.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Mapping
from datetime import UTC, datetime
from urllib.parse import urlsplit

from bot.errors import ConfigError

__all__ = ["OUR_LOGGERS", "configure"]

OUR_LOGGERS = ("bot", "adapters")

# -v count -> (our loggers' level, everyone else's level)
VERBOSITY: dict[int, tuple[int, int]] = {
    0: (logging.WARNING, logging.WARNING),
    1: (logging.INFO, logging.WARNING),
    2: (logging.DEBUG, logging.INFO),
}
TRACEBACKS_FROM = 2  # -vv: a logged exception keeps its traceback
LEVEL_NAMES = ("DEBUG", "INFO", "WARNING", "ERROR")
SECRET_SUFFIXES = ("_TOKEN", "_SECRET", "_PASSWORD")
MASK = "[secret]"
SHORTEST_SECRET = 6  # shorter values would mask ordinary words


def _secrets(environ: Mapping[str, str]) -> list[str]:
    found = [v.strip() for k, v in environ.items() if k.upper().endswith(SECRET_SUFFIXES)]
    db = environ.get("FRANCHISE_BOT_DB", "")
    if "://" in db:
        found.append(urlsplit(db).password or "")
    # Longest first, so a secret containing another is masked whole.
    return sorted({s for s in found if len(s) >= SHORTEST_SECRET}, key=len, reverse=True)


class _Formatter(logging.Formatter):
    """Plain text or JSON, one line per record unless tracebacks are wanted."""

    def __init__(self, *, as_json: bool, tracebacks: bool, secrets: list[str]) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self.as_json = as_json
        self.tracebacks = tracebacks
        self.secrets = secrets

    def _exception(self, record: logging.LogRecord) -> str | None:
        if record.exc_info and record.exc_info[1] is not None:
            if self.tracebacks:
                return self.formatException(record.exc_info)
            exc = record.exc_info[1]
            text = " ".join(str(exc).split())
            return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
        return None

    def format(self, record: logging.LogRecord) -> str:
        exception = self._exception(record)
        if self.as_json:
            entry = {
                "timestamp": datetime.fromtimestamp(record.created, UTC).isoformat(
                    timespec="milliseconds"
                ),
                "level": record.levelname,
                "logger": record.name,
                "message": record.getMessage(),
            }
            if exception is not None:
                entry["exception"] = exception
            return self._mask(json.dumps(entry, ensure_ascii=False))
        line = f"{self.formatTime(record)} {record.levelname} {record.name}: {record.getMessage()}"
        if exception is not None:
            line += ("\n" if self.tracebacks else " | ") + exception
        return self._mask(line)

    def _mask(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text


def configure(verbose: int, environ: Mapping[str, str] | None = None) -> None:
    """Set up the process's logging once, before anything logs. Raises ConfigError with a
    sentence for a bad FRANCHISE_BOT_LOG_* value."""
    env = os.environ if environ is None else environ
    ours, others = VERBOSITY[min(verbose, max(VERBOSITY))]
    level_name = env.get("FRANCHISE_BOT_LOG_LEVEL", "").strip().upper()
    if level_name:
        if level_name not in LEVEL_NAMES:
            raise ConfigError(
                f"'FRANCHISE_BOT_LOG_LEVEL' must be one of {', '.join(LEVEL_NAMES)}, "
                f"not {level_name!r}."
            )
        ours = getattr(logging, level_name)
    log_format = env.get("FRANCHISE_BOT_LOG_FORMAT", "").strip().lower() or "text"
    if log_format not in {"text", "json"}:
        raise ConfigError(f"'FRANCHISE_BOT_LOG_FORMAT' must be text or json, not {log_format!r}.")
    path = env.get("FRANCHISE_BOT_LOG_FILE", "").strip()
    handler: logging.Handler
    if path:
        try:
            handler = logging.FileHandler(path, encoding="utf-8")
        except OSError as exc:
            raise ConfigError(
                f"'FRANCHISE_BOT_LOG_FILE' cannot be written ({exc.strerror}): "
                f"choose a file in a folder the bot may write to, not {path!r}."
            ) from None
    else:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        _Formatter(
            as_json=log_format == "json",
            tracebacks=verbose >= TRACEBACKS_FROM or ours <= logging.DEBUG,
            secrets=_secrets(env),
        )
    )
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(others)
    for name in OUR_LOGGERS:
        logging.getLogger(name).setLevel(ours)
