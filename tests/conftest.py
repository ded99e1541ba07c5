"""Shared fixtures: real settings, a real aiosqlite store in a temp dir, the test facts and
an engine built on them."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.engine import Engine
from bot.facts import load_facts
from bot.replies import Requester
from bot.service import Service

REPO = Path(__file__).resolve().parent.parent
SHIPPED_FACTS = REPO / "facts"  # what moderators edit: only tests of the shipped data read it
# A copy of the shipped MI7 facts and their source, so that a moderator's edit to facts/
# cannot break a unit test. Tests that check the shipped files themselves use SHIPPED_FACTS.
TEST_FACTS = Path(__file__).resolve().parent / "data" / "facts"


@pytest.fixture(scope="session")
def engine() -> Engine:
    """An engine on the test facts; engines are read-only once built, so one is shared."""
    return Engine(load_facts(TEST_FACTS), version=1)


@pytest.fixture
def facts_dir(tmp_path: Path) -> Path:
    """A private copy of the test facts that a test may edit or break."""
    target = tmp_path / "facts"
    shutil.copytree(TEST_FACTS, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


@pytest.fixture
def settings(tmp_path: Path, facts_dir: Path) -> Settings:
    return Settings.from_env(
        {
            "FRANCHISE_BOT_FACTS": str(facts_dir),
            "FRANCHISE_BOT_DB": str(tmp_path / "store.db"),
        }
    )


@pytest.fixture
async def service(settings: Settings) -> AsyncIterator[Service]:
    svc = await Service.open(settings)
    try:
        yield svc
    finally:
        await svc.close()


@pytest.fixture
def no_slack_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No SLACK_* variables for the test: Bolt reads them itself when a value is not given,
    so the app would take the machine's settings for the test's."""
    for name in list(os.environ):
        if name.startswith("SLACK_"):
            monkeypatch.delenv(name)


@pytest.fixture
def moderator() -> Requester:
    return Requester(platform="test", user_id="mod-1", is_moderator=True, name="Mod")


@pytest.fixture
def member() -> Requester:
    return Requester(platform="test", user_id="user-1", is_moderator=False, name="Fan")
