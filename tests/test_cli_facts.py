"""A moderator's facts commands as they are run (issue 14): real subprocesses, a real SQLite
store, the test facts (or the shipped ones, for `facts init`)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from moderator_edits import VENICE_FILE

REPO = Path(__file__).resolve().parent.parent


def run(args: list[str], env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def base_env() -> dict[str, str]:
    return {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DISCORD_", "SLACK_", "FRANCHISE_BOT_"))
    }


@pytest.fixture
def env(tmp_path: Path, facts_dir: Path) -> dict[str, str]:
    return {
        **base_env(),
        "FRANCHISE_BOT_FACTS": str(facts_dir),
        "FRANCHISE_BOT_DB": str(tmp_path / "cli.db"),
    }


def test_init_copies_the_facts_and_every_command_then_uses_the_copy(tmp_path: Path) -> None:
    env = {**base_env(), "FRANCHISE_BOT_DB": str(tmp_path / "store.db")}
    before = run(["facts", "validate"], env)
    assert "(shipped with the package)" in before.stderr.splitlines()[0]

    done = run(["facts", "init"], env)
    copy = tmp_path / "facts"
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Copied the shipped facts (") and f"to {copy}." in done.stdout
    assert (copy / "sources" / "mi7-article.txt").is_file()
    assert not (copy / "__init__.py").exists() and not (copy / "__pycache__").exists()
    where = f"Facts: {copy} (facts init); store: {tmp_path / 'store.db'}"
    assert done.stderr.splitlines() == [where]

    # Edit the copy: validate, reload and show read it, from any directory.
    (copy / "venice.toml").write_text(VENICE_FILE, encoding="utf-8")
    validated = run(["facts", "validate"], env)
    assert validated.stderr.splitlines()[0] == where
    assert validated.stdout.startswith("OK: ") and f"in {copy}" in validated.stdout
    reloaded = run(["facts", "reload"], env)
    assert reloaded.returncode == 0, reloaded.stderr
    assert reloaded.stderr.splitlines()[0] == where
    shown = run(["facts", "show", "mi7-venice"], env)
    assert shown.stdout.startswith("mi7-venice: venice.toml:3\n"), shown.stdout
    asked = run(["ask", "did mi7 film in venice?"], env)
    assert "filmed in Venice" in asked.stdout

    # A broken edit is caught in the copy, not "OK" from site-packages.
    (copy / "venice.toml").write_text(VENICE_FILE.replace("for a while now", "in Venice"), "utf-8")
    broken = run(["facts", "validate"], env)
    assert broken.returncode == 1 and "venice.toml:" in broken.stderr

    # FRANCHISE_BOT_FACTS still wins.
    other = run(
        ["facts", "validate"], {**env, "FRANCHISE_BOT_FACTS": str(REPO / "tests/data/facts")}
    )
    assert other.returncode == 0 and "(FRANCHISE_BOT_FACTS)" in other.stderr


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    env = {**base_env(), "FRANCHISE_BOT_DB": str(tmp_path / "store.db")}
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notes.txt").write_text("keep me", encoding="utf-8")
    refused = run(["facts", "init", str(target)], env)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert f"{target} already exists and is not empty, so nothing was copied" in refused.stderr
    assert "--force" in refused.stderr and not (target / "sources").exists()
    forced = run(["facts", "init", str(target), "--force"], env)
    assert forced.returncode == 0, forced.stderr
    assert (target / "notes.txt").read_text() == "keep me"
    assert (target / "sources" / "mi7-article.txt").is_file()
    assert (tmp_path / "facts-dir.txt").read_text().strip() == str(target)
    listed = run(["facts", "list", "--film", "MI7"], env)
    assert listed.stderr.startswith(f"Facts: {target} (facts init)")


def test_every_facts_command_says_where_with_the_password_hidden(tmp_path: Path) -> None:
    url = "postgresql://bot:s3cret-pw@127.0.0.1:9/facts"
    done = run(
        ["facts", "validate"],
        {**base_env(), "FRANCHISE_BOT_DB": url, "FRANCHISE_BOT_FACTS": str(tmp_path / "none")},
    )
    first = done.stderr.splitlines()[0]
    assert first == (
        f"Facts: {tmp_path / 'none'} (FRANCHISE_BOT_FACTS); store: postgresql://bot@127.0.0.1:9/facts"
    )
    assert "s3cret" not in done.stderr + done.stdout


def test_list_show_search_and_audit(env: dict[str, str], tmp_path: Path) -> None:
    where = (
        f"Facts: {env['FRANCHISE_BOT_FACTS']} (FRANCHISE_BOT_FACTS); store: {tmp_path / 'cli.db'}"
    )
    listed = run(["facts", "list", "--film", "MI8", "--topic", "release_date"], env)
    assert listed.returncode == 0 and listed.stderr.splitlines() == [where]
    assert listed.stdout.splitlines() == [
        "2 facts (film 'MI8', topic 'release_date') (`facts show ID` shows one):",
        "  mi8-release-date (release_date, mi7-article.txt): Paramount had dated Mission: "
        "Impossible 8 for Nov…",
        "  sequels-release-dates (release_date, mi7-article.txt): Paramount had dated its two "
        "untitled Mission…",
    ]
    everything = run(["facts", "list"], env)
    assert len(everything.stdout.splitlines()) == 1 + 45  # no chat limit on the command line

    shown = run(["facts", "show", "mi7-director"], env)
    assert "Christopher McQuarrie is directing" in shown.stdout
    assert "Questions: Who directs MI7?" in shown.stdout
    missing = run(["facts", "show", "mi7-directr"], env)
    assert missing.returncode == 1 and missing.stdout == ""
    assert "No fact has the id 'mi7-directr'. Did you mean mi7-director" in missing.stderr

    searched = run(["facts", "search", "who", "directs", "mi7"], env)
    lines = searched.stdout.splitlines()
    assert lines[0].startswith("Asked as a question, the bot answers from mi7-director.")
    assert re.match(r"  1\.00 mi7-director \(director", lines[1])

    audited = run(["facts", "audit", "--limit", "1"], env)
    assert audited.returncode == 0
    assert "Time-sensitive, over 365 days old (15)" in audited.stdout
    assert "… and 14 more" in audited.stdout
    bad = run(["facts", "audit", "--limit", "0"], env)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert "The limit must be a whole number from 1 to 1000, not '0'." in bad.stderr


def test_unanswered_with_a_limit(env: dict[str, str]) -> None:
    questions = [
        "who composed the mi7 score?",
        "Who composes the MI7 score",
        "when does dune 3 come out",
        "thanks!",
        "who plays the villain in mi9?",
    ]
    run(["ask"], env, "\n".join(questions) + "\n")
    top = run(["facts", "unanswered", "--limit", "1"], env)
    assert top.returncode == 0, top.stderr
    assert top.stdout.splitlines() == [
        "4 unanswered questions in the last 30 days, 3 different; the 1 most asked:",
        "  2× Who composes the MI7 score (2 wordings)",
    ]
    bad = run(["facts", "unanswered", "--limit", "many"], env)
    assert bad.returncode == 2
    assert "The limit must be a whole number from 1 to 50, not 'many'." in bad.stderr


def test_status_after_a_refused_reload_says_why(env: dict[str, str], facts_dir: Path) -> None:
    run(["facts", "reload"], env)
    (facts_dir / "dup.toml").write_text(
        VENICE_FILE.replace('id = "mi7-venice"', 'id = "mi7-director"'), encoding="utf-8"
    )
    refused = run(["facts", "reload"], env)
    assert refused.returncode == 1
    status = run(["facts", "status"], env)
    last = next(x for x in status.stdout.splitlines() if x.startswith("Last reload:"))
    assert re.fullmatch(
        r"Last reload: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC by cli:cli \(refused: .*fact id "
        r"'mi7-director' is already used at .*; ids must be unique\.\)\.",
        last,
    ), last
    loaded = next(x for x in status.stdout.splitlines() if x.startswith("Loaded "))
    assert re.match(r"Loaded \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC from ", loaded)


def test_run_says_when_it_stores_edited_files(env: dict[str, str], facts_dir: Path) -> None:
    assert run(["run"], env, "").returncode == 0
    (facts_dir / "venice.toml").write_text(VENICE_FILE, encoding="utf-8")
    started = run(["run"], env, "/facts status\n")
    said = (
        "Facts changed on disk since the last reload: stored as version 2 (+1 -0 ~0) "
        f"from {facts_dir}."
    )
    assert started.returncode == 0
    assert started.stderr.count(said) == 1, started.stderr
    assert said in started.stdout  # the status lists it too
    reloaded = run(["facts", "reload"], env)
    assert "(+0 -0 ~0)" in reloaded.stdout  # no surprise: the start said where they went


@pytest.mark.parametrize("action", ["init", "list", "show", "search", "audit", "unanswered"])
def test_help_describes_each_new_command(action: str, env: dict[str, str]) -> None:
    done = run(["facts", action, "--help"], env)
    assert done.returncode == 0 and f"usage: franchise-bot facts {action}" in done.stdout
    description = done.stdout.split("\n\n")[1]
    assert not description.startswith(("positional", "options")), done.stdout
