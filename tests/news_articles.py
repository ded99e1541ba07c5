"""Drafting a news article of our own in a test, and what a fan would see asking it."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from bot.drafts import build_draft
from bot.engine import Engine
from bot.facts import load_facts

# The curated facts the tests share (MI7's).
TEST_FACTS = Path(__file__).parent / "data" / "facts"


def drafted(root: Path, name: str, text: str) -> tuple[dict[str, dict[str, object]], Engine]:
    """The draft's entities by name, and an engine over the draft, for `text` built by
    `facts build` as `name`.txt in `root`."""
    article = root / f"{name}.txt"
    article.write_text(text, encoding="utf-8")
    facts = root / "facts"
    facts.mkdir()
    report = build_draft(article, facts)
    data = tomllib.loads(report.draft.read_text(encoding="utf-8"))
    return {str(e["name"]): e for e in data["entity"]}, Engine(load_facts(facts))


def beside_curated(root: Path, name: str, text: str) -> Engine:
    """An engine over the curated test facts (MI7's) with `text` built by `facts build`
    as `name`.txt beside them, as the evaluation builds an article beside the shipped
    facts."""
    facts = root / "facts"
    shutil.copytree(TEST_FACTS, facts, ignore=shutil.ignore_patterns("__pycache__"))
    article = root / f"{name}.txt"
    article.write_text(text, encoding="utf-8")
    build_draft(article, facts)
    return Engine(load_facts(facts))


def assert_answers(engine: Engine, question: str, expected: str | None) -> None:
    """`question` is answered with `expected` in the text, or declined when it is None."""
    answer = engine.answer(question)
    if expected is None:
        assert not answer.answered, answer.text
    else:
        assert answer.answered and expected in answer.text, answer.text


# Our own news articles, drafted by the tests that read them.
NEWS = Path(__file__).parent / "data" / "news"
# A drafted article: its entities by name, and an engine over the draft.
Drafted = tuple[dict[str, dict[str, object]], Engine]


def drafted_news(factory: pytest.TempPathFactory, article: str, name: str) -> Drafted:
    """`drafted` for our own article `NEWS`/`article`, in a fresh directory."""
    return drafted(factory.mktemp(name), name, (NEWS / article).read_text(encoding="utf-8"))


def drafted_articles(
    factory: pytest.TempPathFactory, articles: dict[str, str]
) -> dict[str, Drafted]:
    """Each of our own `articles` (file by the name a test uses) drafted once."""
    return {name: drafted_news(factory, file, name) for name, file in articles.items()}
