"""Where the facts are: `FRANCHISE_BOT_FACTS`, else the writable copy `facts init` made, else
the facts shipped with the package.

An installed package's facts sit in site-packages, where a moderator's edit is lost at the
next upgrade and a checkout's `facts/` is never read. `facts init` copies them to a folder
the moderator owns (by default `facts/` beside the store) and records that folder in a
pointer file beside the store, so every later command, in any directory, reads the copy.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from bot.errors import BotError

__all__ = [
    "COPY_NAME",
    "POINTER_NAME",
    "FactsLocation",
    "data_folder",
    "init_facts",
    "locate",
    "shipped_facts_dir",
    "user_data_folder",
]

POINTER_NAME = "facts-dir.txt"  # beside the store: the folder `facts init` copied the facts to
COPY_NAME = "facts"  # the folder `facts init` copies to when it is given none
# What a copy leaves out: the installed package's own machinery, not moderator data.
NOT_FACTS = shutil.ignore_patterns("__pycache__", "__init__.py", "*.pyc")

# Where the facts came from, as the facts commands' first line says it.
FROM_ENV = "FRANCHISE_BOT_FACTS"
FROM_INIT = "facts init"
SHIPPED = "shipped with the package"


@dataclass(frozen=True)
class FactsLocation:
    path: Path
    origin: str  # FROM_ENV, FROM_INIT or SHIPPED


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


def user_data_folder() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("franchise-bot", appauthor=False))


def data_folder(db: str) -> Path:
    """The folder beside the store: a SQLite file's folder, else the user data folder (a
    PostgreSQL or in-memory store has no folder of its own)."""
    if not db or "://" in db or db == ":memory:" or db.startswith("file:"):
        return user_data_folder()
    return Path(db).expanduser().parent


def locate(facts_setting: str, db: str) -> FactsLocation:
    """The facts directory every command uses, and why."""
    if facts_setting.strip():
        return FactsLocation(Path(facts_setting.strip()).expanduser(), FROM_ENV)
    pointer = data_folder(db) / POINTER_NAME
    try:
        recorded = pointer.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        recorded = ""
    if recorded:
        # Used even when it has gone: "does not exist" then names it, instead of the
        # shipped facts being served silently in place of the moderator's edits.
        return FactsLocation(Path(recorded), FROM_INIT)
    return FactsLocation(shipped_facts_dir(), SHIPPED)


def init_facts(target: Path | None, db: str, *, force: bool = False) -> str:
    """Copy the shipped facts to `target` (default: `facts/` beside the store), record it
    as the facts directory, and say what was done. Raises BotError with a sentence."""
    shipped = shipped_facts_dir()
    folder = data_folder(db)
    target = (target or folder / COPY_NAME).expanduser().resolve()
    if target == shipped.resolve():
        raise BotError(f"{target} is where the shipped facts are; choose another directory.")
    if target.exists() and not target.is_dir():
        raise BotError(f"{target} is a file, not a directory; choose another directory.")
    if target.is_dir() and any(target.iterdir()) and not force:
        raise BotError(
            f"{target} already exists and is not empty, so nothing was copied; choose "
            "another directory, or add --force to overwrite the shipped files in it "
            "(other files are kept)."
        )
    pointer = folder / POINTER_NAME
    try:
        shutil.copytree(shipped, target, ignore=NOT_FACTS, dirs_exist_ok=True)
        folder.mkdir(parents=True, exist_ok=True)
        pointer.write_text(f"{target}\n", encoding="utf-8")
    except OSError as exc:
        where = exc.filename or target
        raise BotError(f"Could not copy the facts to {where}: {exc.strerror or exc}.") from exc
    files = sorted(p for p in target.glob("*.toml"))
    sources = sorted(p for p in (target / "sources").glob("*") if p.is_file())
    return (
        f"Copied the shipped facts ({_count(len(files), 'fact file')}, "
        f"{_count(len(sources), 'source')}) to "
        f"{target}.\nEvery franchise-bot command now reads them (recorded in {pointer}); "
        f"{FROM_ENV}, when set, still wins.\nEdit them, then run `franchise-bot facts "
        "validate` and `franchise-bot facts reload`."
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
