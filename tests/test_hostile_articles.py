"""Hostile article text: a moderator's article with long runs of capitals builds and is
answered in bounded time.

A run like "Ab-Ab-Ab-..." or "XXXX..." once met patterns that could read it in
exponentially many ways ("[A-Z][\\w-]*" words joined by optional spaces or hyphens), so a
sentence that then failed to match took seconds to minutes: 48 s to build this article
and 12 s for each of three questions before the patterns were made to read a name one
way only. The time is measured after the call returns, as a hang guard, not a speed
target (benchmarks/ has those).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.news_articles import drafted

HANG_GUARD_S = 2.0
RUN = "-".join(["Ab"] * 27)
CAPS = "X" * 27
ARTICLE = f"""date 2024-01-01

{RUN} zz. A mural "{RUN} zz" was painted there.

The film was shot in {CAPS} and in the {CAPS}, where 5 in {CAPS} zz.

It was given as {CAPS} zz by {CAPS} as {CAPS}, who played the lead.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Who played the lead?",
        "Where was the film shot?",
        "What award was given?",
        "Which character did she play?",
    ],
)
def test_long_runs_of_capitals_build_and_answer_in_bounded_time(
    tmp_path: Path, question: str
) -> None:
    started = time.perf_counter()
    _, engine = drafted(tmp_path, "runs", ARTICLE)
    assert time.perf_counter() - started < HANG_GUARD_S
    started = time.perf_counter()
    answer = engine.answer(question)
    assert time.perf_counter() - started < HANG_GUARD_S
    assert answer.text
