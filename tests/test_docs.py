"""The README is exercised: its commands exist, its settings are the ones read."""

from __future__ import annotations

import re
from pathlib import Path

from adapters.cli import _parser
from bot import config

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_quick_start_has_the_two_commands() -> None:
    assert "pip install . && franchise-bot run" in README
    assert "pip install -e '.[test]' && pytest" in README


def test_every_cli_command_is_documented() -> None:
    parser = _parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():  # type: ignore[union-attr]
        nested = [a for a in command._actions if a.dest.endswith("_command")]
        if not nested:
            assert f"franchise-bot {name}" in README, name
        for action in nested:
            for child in action.choices:  # type: ignore[union-attr]
                assert f"franchise-bot {name} {child}" in README, f"{name} {child}"


def test_configuration_table_matches_the_settings_read() -> None:
    source = Path(config.__file__).read_text(encoding="utf-8")
    read = set(re.findall(r'"((?:FRANCHISE_BOT|DISCORD|SLACK)_[A-Z_]+)"', source))
    read.add("FRANCHISE_BOT_LOG_LEVEL")  # read by the CLI's logging set-up
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", README, flags=re.M))
    assert read == documented
