"""The README is exercised: its commands run, its settings are the ones read."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from adapters import discord_setup, slack_setup
from adapters.cli import _parser
from bot import config, logsetup
from bot.commands import COMMANDS
from bot.config import Settings
from bot.replies import ReplyKind, Requester
from bot.service import Service

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
    # The core's settings, and each adapter's own.
    source = "".join(
        Path(module.__file__ or "").read_text(encoding="utf-8")
        for module in (config, logsetup, discord_setup, slack_setup)
    )
    read = set(re.findall(r'"((?:FRANCHISE_BOT|DISCORD|SLACK)_[A-Z_]+)"', source))
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", README, flags=re.M))
    assert read == documented


CLI_ROWS = re.findall(r"^\| `franchise-bot ([^`]+)` \|", README, flags=re.M)
CHAT_ROWS = re.findall(
    r"^\| `(/[^`]+)`(?: \([^)]*\))? \| (?:everyone|moderators) \|", README, flags=re.M
)


def test_every_documented_command_line_parses() -> None:
    assert len(CLI_ROWS) >= 12
    parser = _parser()
    for row in CLI_ROWS:
        argv = shlex.split(row.replace("[--guild ID]", "--guild 1"))
        parser.parse_args(argv)  # argparse exits (a test failure) on anything it does not know


def test_the_chat_command_table_is_the_command_table() -> None:
    usages = {command.usage() for command in COMMANDS}
    assert set(CHAT_ROWS) == usages
    assert "`/franchise-help`" in README  # Slack's name for help


# What a moderator would type for each placeholder of the chat command table.
EXAMPLES = {
    "[LIMIT]": "5",
    "[FILTER]": "film:MI7 topic:release_date",
    "ID": "mi7-release-date",
    "TEXT": "who directs MI7",
}


async def test_every_documented_chat_command_runs(service: Service, moderator: Requester) -> None:
    for row in CHAT_ROWS:
        typed = row.replace("QUESTION", "who's returning for MI7?").replace("[FILM]", "MI7")
        for placeholder, example in EXAMPLES.items():
            typed = typed.replace(placeholder, example)
        reply = await service.command(moderator, typed)
        assert reply.kind in {ReplyKind.ANSWER, ReplyKind.INFO, ReplyKind.HELP}, (row, reply)


def test_the_piped_example_runs(settings: Settings, tmp_path: Path) -> None:
    command = re.search(r"^printf \"(.+)\\n\" \| franchise-bot run$", README, flags=re.M)
    assert command is not None
    done = subprocess.run(
        [str(Path(sys.executable).with_name("franchise-bot")), "run"],
        input=command.group(1) + "\n",
        env={
            "PATH": os.environ.get("PATH", ""),
            "FRANCHISE_BOT_FACTS": str(settings.facts_dir),
            "FRANCHISE_BOT_DB": str(tmp_path / "readme.db"),
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Vanessa Kirby" in done.stdout and "Source: mi7-article.txt" in done.stdout
