"""Where the facts are (issue 14): the setting, else the copy `facts init` made, else the
shipped facts; the copy goes beside the store."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.errors import BotError
from bot.factsdir import (
    FROM_ENV,
    FROM_INIT,
    POINTER_NAME,
    SHIPPED,
    data_folder,
    init_facts,
    locate,
    shipped_facts_dir,
    user_data_folder,
)


def test_the_setting_wins_then_the_copy_then_the_shipped_facts(tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    assert locate("", db).origin == SHIPPED and locate("", db).path == shipped_facts_dir()
    init_facts(None, db)
    assert locate("", db) == locate("", db).__class__(tmp_path / "facts", FROM_INIT)
    assert locate(str(tmp_path / "mine"), db).origin == FROM_ENV
    settings = Settings.from_env({"FRANCHISE_BOT_DB": db})
    assert settings.facts_dir == tmp_path / "facts" and settings.facts_origin == FROM_INIT


def test_a_copy_that_has_gone_is_named_not_replaced_by_the_shipped_facts(tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    (tmp_path / POINTER_NAME).write_text(str(tmp_path / "gone") + "\n", encoding="utf-8")
    assert locate("", db).path == tmp_path / "gone"


def test_the_copy_goes_beside_a_store_file_else_in_the_user_data_folder(tmp_path: Path) -> None:
    assert data_folder(str(tmp_path / "x" / "store.db")) == tmp_path / "x"
    for url in ("postgresql://u@h/db", "memory://test", ":memory:", ""):
        assert data_folder(url) == user_data_folder()


def test_init_refuses_the_shipped_folder_and_a_file(tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    with pytest.raises(BotError, match="is where the shipped facts are"):
        init_facts(shipped_facts_dir(), db)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(BotError, match="is a file, not a directory"):
        init_facts(tmp_path / "file", db)
    assert not (tmp_path / POINTER_NAME).exists()
