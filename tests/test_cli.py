"""The command line as users run it: real subprocesses, a temporary store and facts."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def run(
    args: list[str], env: dict[str, str], stdin: str = "", cwd: Path = REPO
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def env(tmp_path: Path, facts_dir: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))}
    return {
        **clean,
        "FRANCHISE_BOT_FACTS": str(facts_dir),
        "FRANCHISE_BOT_DB": str(tmp_path / "cli.db"),
    }


def test_ask_json_reads_stdin_and_answers_in_order(env: dict[str, str]) -> None:
    questions = [
        "who's returning for MI7?",
        "",
        "when does dune 3 come out",
        "hello",
        "mi8 release date",
    ]
    done = run(["ask", "--json"], env, "\n".join(questions) + "\n")
    assert done.returncode == 0, done.stderr
    replies = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(replies) == len(questions)
    for reply in replies:
        assert {"answered", "text", "confidence", "facts", "sources", "suggestions"} <= set(reply)
    assert replies[0]["answered"] and "Vanessa Kirby" in replies[0]["text"]
    assert replies[0]["sources"][0]["file"] == "mi7-article.txt"
    assert not replies[1]["answered"] and not replies[2]["answered"]
    assert replies[3]["kind"] == "smalltalk"  # a greeting, with an example question
    assert "November 4, 2022" in replies[4]["text"]


def test_ask_one_question_prints_answer_and_source(env: dict[str, str]) -> None:
    done = run(["ask", "who", "directs", "MI7?"], env)
    assert done.returncode == 0
    assert "McQuarrie" in done.stdout and "Source: mi7-article.txt (2021-11-19)" in done.stdout


def test_run_chats_on_the_console_when_piped(env: dict[str, str], tmp_path: Path) -> None:
    script = "who's returning for MI7?\n/release MI7\n/cast\n/facts status\n/help\n"
    done = run(["run"], env, script, cwd=tmp_path)  # works from any directory
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for name in ["Vanessa Kirby", "Rebecca Ferguson", "Angela Bassett"]:
        assert name in out
    assert "November 19, 2021" in out and "Serving fact version" in out and "/release" in out
    assert "you>" not in out  # no prompt when stdin is not a terminal
    assert "Traceback" not in done.stderr


def test_console_survives_hostile_lines(env: dict[str, str]) -> None:
    lines = [
        "",
        "   ",
        "\x00\x07\x1b[31m",
        "\u200b\u202e",
        "🔥" * 50,
        "x" * 10_000,
        "@everyone <!channel>",
    ]
    done = run(["run"], env, "\n".join(lines) + "\nwhen does mi7 come out\n")
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert "November 19, 2021" in done.stdout


def test_facts_validate_reports_counts_or_problems(env: dict[str, str], facts_dir: Path) -> None:
    ok = run(["facts", "validate"], env)
    assert ok.returncode == 0 and ok.stdout.startswith("OK: ")
    (facts_dir / "bad.toml").write_text('[[fact]]\nid = "x"\n', encoding="utf-8")
    bad = run(["facts", "validate"], env)
    assert bad.returncode == 1
    assert "bad.toml:1:" in bad.stderr and "Traceback" not in bad.stderr


def test_facts_build_drafts_an_article_that_is_answerable_without_curation(
    env: dict[str, str], facts_dir: Path
) -> None:
    article = REPO / "tests" / "data" / "hollow-star-article.txt"
    built = run(["facts", "build", str(article)], env)
    assert built.returncode == 0, built.stderr
    assert (facts_dir / "sources" / "hollow-star-article.txt").exists()
    draft = (facts_dir / "hollow-star-article.toml").read_text()
    assert 'name = "Hollow Star 3"' in draft and 'name = "Marisol Okafor"' in draft
    assert 'kind = "place"' in draft and "passage = true" in draft
    reloaded = run(["facts", "reload"], env)
    assert reloaded.returncode == 0 and "+" in reloaded.stdout
    questions = [
        "who directs hollow star 3?",
        "when does hollow star 3 come out?",
        "who is returning for hollow star 3?",
        "where is hollow star 3 filming?",
        "when does hollow star 4 come out?",
        "who's returning for MI7?",
    ]
    replies = [
        json.loads(x)
        for x in run(["ask", "--json"], env, "\n".join(questions) + "\n").stdout.splitlines()
    ]
    assert "Marisol Okafor" in replies[0]["text"]
    assert "June 12, 2027" in replies[1]["text"]
    assert "Devon Achterberg" in replies[2]["text"]
    assert "Reykjavik" in replies[3]["text"]
    assert not replies[4]["answered"]
    assert "Vanessa Kirby" in replies[5]["text"]
    again = run(["facts", "build", str(article)], env)
    assert again.returncode == 1 and "already exists" in again.stderr


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["ask"],
        ["run"],
        ["facts"],
        ["facts", "build"],
        ["facts", "reload"],
        ["facts", "status"],
        ["facts", "unanswered"],
        ["facts", "validate"],
        ["discord"],
        ["discord", "sync"],
        ["discord", "invite"],
        ["slack"],
        ["slack", "manifest"],
    ],
)
def test_help_on_everything(args: list[str], env: dict[str, str]) -> None:
    done = run([*args, "--help"], env)
    assert done.returncode == 0 and "usage: franchise-bot" in done.stdout


def test_bad_settings_stop_with_a_sentence(env: dict[str, str]) -> None:
    done = run(["ask", "hi"], {**env, "FRANCHISE_BOT_LOG_DAYS": "soon"})
    assert done.returncode == 2
    assert "'FRANCHISE_BOT_LOG_DAYS' must be a whole number" in done.stderr
    missing = run(["facts", "validate"], {**env, "FRANCHISE_BOT_FACTS": "/nonexistent/facts"})
    assert missing.returncode == 1 and "does not exist" in missing.stderr


def _subcommands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every parser in the command tree, with the words that reach it."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _subcommands(child, (*path, name))


def test_every_command_says_what_it_does_in_its_help() -> None:
    from adapters.cli import _parser

    found = dict(_subcommands(_parser()))
    assert ("slack", "manifest") in found and ("discord", "sync") in found
    missing = [" ".join(path) for path, parser in found.items() if not parser.description]
    assert not missing, f"no description in --help: {missing}"


def test_help_shows_the_description(env: dict[str, str]) -> None:
    done = run(["slack", "manifest", "--help"], env)
    assert done.returncode == 0
    assert "Without --url the app uses Socket Mode" in " ".join(done.stdout.split())


def test_slack_manifest_for_http_mode_or_socket_mode(env: dict[str, str]) -> None:
    url = "https://bot.example.com/slack/events"
    http = json.loads(run(["slack", "manifest", "--url", url], env).stdout)
    settings = http["settings"]
    assert settings["socket_mode_enabled"] is False
    assert settings["event_subscriptions"]["request_url"] == url
    assert settings["interactivity"]["request_url"] == url
    commands = http["features"]["slash_commands"]
    assert commands and all(c["url"] == url for c in commands)
    # installing into other workspaces by OAuth comes back to the same server
    assert http["oauth_config"]["redirect_urls"] == ["https://bot.example.com/slack/oauth_redirect"]
    socket = json.loads(run(["slack", "manifest"], env).stdout)
    assert socket["settings"]["socket_mode_enabled"] is True
    assert "request_url" not in socket["settings"]["event_subscriptions"]
    assert all("url" not in c for c in socket["features"]["slash_commands"])
    assert "redirect_urls" not in socket["oauth_config"]
    refused = run(["slack", "manifest", "--url", "http://bot.example.com/slack/events"], env)
    assert refused.returncode == 2 and "is not an https URL" in refused.stderr
    assert "Traceback" not in refused.stderr
