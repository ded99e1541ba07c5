"""How loud `franchise-bot` is, as an operator sees it on standard error (real subprocesses):
nothing by default, our INFO with -v, our DEBUG and the libraries' INFO with -vv, JSON lines,
a log file, no traceback below -vv and no secret ever."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from fakes.discord_fake import FakeDiscord
from test_failures import DISCORD_TOKEN, base_env, discord_env, exits

from bot.replies import ReplyKind, Requester
from bot.service import Service

REPO = Path(__file__).resolve().parent.parent
SENTINEL = "xoxb-logging-sentinel-0123456789"


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def log_lines(stderr: str, level: str) -> list[str]:
    return [line for line in stderr.splitlines() if f" {level} " in line]


@pytest.fixture
def env(facts_dir: Path, tmp_path: Path) -> dict[str, str]:
    return base_env(facts_dir, tmp_path / "store.db")


def test_quiet_by_default_our_info_with_v_our_debug_with_vv(env: dict[str, str]) -> None:
    quiet, info, debug = (run([*flag, "ask", "hi"], env) for flag in ([], ["-v"], ["-vv"]))
    assert all(done.returncode == 0 for done in (quiet, info, debug))
    assert not log_lines(quiet.stderr, "INFO") and not log_lines(quiet.stderr, "DEBUG")
    # -v: the start-up lines of ours, nothing at DEBUG.
    assert any(
        "INFO bot.service: Serving fact version 1" in line for line in info.stderr.splitlines()
    )
    assert not log_lines(info.stderr, "DEBUG")
    assert all(" bot." in line or " adapters." in line for line in log_lines(info.stderr, "INFO"))
    # -vv: our DEBUG too, but no library floods (aiosqlite logs each statement at DEBUG).
    ours = log_lines(debug.stderr, "DEBUG")
    assert ours and all(" bot." in line or " adapters." in line for line in ours), ours
    assert "aiosqlite" not in debug.stderr


async def test_libraries_info_only_with_vv(facts_dir: Path, tmp_path: Path) -> None:
    fake = FakeDiscord(DISCORD_TOKEN)
    await fake.start()
    try:
        env = base_env(facts_dir, tmp_path / "store.db", **discord_env(fake.port))
        v_code, _, v_err = await exits(["-v", "discord", "invite"], env)
        vv_code, out, vv_err = await exits(["-vv", "discord", "invite"], env)
    finally:
        await fake.close()
    assert v_code == vv_code == 0 and "client_id=" in out
    assert "discord." not in v_err  # the library stays at WARNING with -v
    assert "INFO discord.client: logging in using static token" in vv_err
    assert "DEBUG discord" not in vv_err  # the library at INFO, never DEBUG
    assert "DEBUG adapters.discord_bot: Discord: logging in at http://127.0.0.1" in vv_err
    assert DISCORD_TOKEN not in v_err + vv_err


def _log_an_error(env: dict[str, str], verbose: int) -> subprocess.CompletedProcess[str]:
    code = (
        "import logging\n"
        "from bot.logsetup import configure\n"
        f"configure({verbose})\n"
        "try:\n"
        f"    raise ValueError('the token {SENTINEL} was refused')\n"
        "except ValueError:\n"
        "    logging.getLogger('bot.test').exception('Something failed with %s', "
        f"'{SENTINEL}')\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True
    )


def test_a_logged_exception_is_one_line_below_vv_and_secrets_are_masked(
    env: dict[str, str],
) -> None:
    env = {**env, "SLACK_BOT_TOKEN": SENTINEL}
    one = _log_an_error(env, 1)
    assert one.stderr.count("\n") == 1, one.stderr
    assert "ERROR bot.test: Something failed with [secret] | ValueError: the token [secret]" in (
        one.stderr
    )
    full = _log_an_error(env, 2)
    assert "Traceback (most recent call last)" in full.stderr
    assert SENTINEL not in one.stderr + full.stderr


def test_json_lines_with_the_exception_text(env: dict[str, str]) -> None:
    env = {**env, "FRANCHISE_BOT_LOG_FORMAT": "json", "SLACK_BOT_TOKEN": SENTINEL}
    done = _log_an_error(env, 1)
    [entry] = [json.loads(line) for line in done.stderr.splitlines()]
    assert set(entry) == {"timestamp", "level", "logger", "message", "exception"}
    assert entry["level"] == "ERROR" and entry["logger"] == "bot.test"
    assert entry["message"] == "Something failed with [secret]"
    assert entry["exception"] == "ValueError: the token [secret] was refused"
    asked = run(["-v", "ask", "hi"], env)
    entries = [json.loads(line) for line in asked.stderr.splitlines() if line.startswith("{")]
    assert any(e["message"].startswith("Serving fact version") for e in entries)
    assert all(e["timestamp"].endswith("+00:00") for e in entries)


def test_log_file_instead_of_standard_error(env: dict[str, str], tmp_path: Path) -> None:
    log_file = tmp_path / "bot.log"
    done = run(["-v", "ask", "hi"], {**env, "FRANCHISE_BOT_LOG_FILE": str(log_file)})
    assert done.returncode == 0
    assert not log_lines(done.stderr, "INFO")
    assert "INFO bot.service: Serving fact version" in log_file.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("setting", "value", "says"),
    [
        ("FRANCHISE_BOT_LOG_FORMAT", "xml", "'FRANCHISE_BOT_LOG_FORMAT' must be text or json"),
        ("FRANCHISE_BOT_LOG_LEVEL", "loud", "'FRANCHISE_BOT_LOG_LEVEL' must be one of DEBUG"),
        ("FRANCHISE_BOT_LOG_FILE", "/nonexistent/dir/bot.log", "'FRANCHISE_BOT_LOG_FILE' cannot"),
    ],
)
def test_bad_log_settings_are_one_sentence(
    env: dict[str, str], setting: str, value: str, says: str
) -> None:
    done = run(["ask", "hi"], {**env, setting: value})
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Configuration error: {says}"), lines
    assert lines[0].endswith(".")


def test_v_logs_reloads_and_refusals_in_one_line_each(env: dict[str, str], facts_dir: Path) -> None:
    assert run(["ask", "hi"], env).returncode == 0  # the store now serves version 1
    fact_file = next(facts_dir.glob("*.toml"))
    fact_file.write_text(fact_file.read_text(encoding="utf-8") + "\n[[[\n", encoding="utf-8")
    refused = run(["-v", "facts", "reload"], env)
    [line] = [line for line in refused.stderr.splitlines() if "Facts reload" in line]
    assert f"INFO bot.service: Facts reload by cli:cli from {facts_dir}: refused: " in line
    assert fact_file.name in line


async def test_a_refused_moderator_command_is_logged_without_who(
    service: Service, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    fan = Requester(platform="discord", user_id="4242424242", is_moderator=False, name="Fan")
    reply = await service.facts_reload(fan)
    assert reply.kind is ReplyKind.REFUSED
    said = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert "Refused a moderator command to a non-moderator on discord." in said
    assert "4242424242" not in caplog.text and "Fan" not in caplog.text
