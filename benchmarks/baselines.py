"""What the engine is compared with, on the same facts and questions.

- `WRatioBaseline`: brute-force rapidfuzz, `process.extractOne(q, every example question,
  scorer=fuzz.WRatio)`; the answer is the fact whose example question scores best.
- `BM25Baseline`: bm25s over the fact texts (answer and example questions; a passage is
  its sentence); the answer is the best-scoring fact. Text is tokenized with the engine's
  own `bot.text.normalize` (so "HS3", "three" and "III" reach it as "hs 3", "3", "3") and
  bm25s's English stop words: with bm25s's default token pattern, which drops one-letter
  tokens such as film numbers, it cannot tell "Hollow Star 2" from "Hollow Star 3".

Neither can decline on its own, so each gets the threshold that suits it best on this very
question set (`best_threshold`): an optimistic baseline, never a straw man.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process, utils

from benchmarks.corpus import Question
from bot.models import Fact
from bot.text import normalize


@dataclass(frozen=True)
class Outcome:
    """One baseline answer before a threshold is applied."""

    question: Question
    fact: Fact | None
    score: float
    seconds: float

    @property
    def right(self) -> bool:
        return self.fact is not None and self.question.is_right(self.fact, self.fact.answer)


@dataclass(frozen=True)
class Sweep:
    threshold: float
    accuracy: float  # percent of answerable questions answered right
    false_answer_rate: float  # percent of must-decline questions answered


class WRatioBaseline:
    name = "wratio"

    def __init__(self, facts: Sequence[Fact]) -> None:
        self._owners: list[Fact] = []
        self._choices: list[str] = []
        for fact in facts:
            for q in fact.questions:
                self._owners.append(fact)
                # Processed once here, so each question costs only the scoring itself.
                self._choices.append(utils.default_process(q))

    @property
    def size(self) -> int:
        return len(self._choices)

    def ask(self, text: str) -> tuple[Fact | None, float]:
        best = process.extractOne(utils.default_process(text), self._choices, scorer=fuzz.WRatio)
        if best is None:
            return None, 0.0
        return self._owners[best[2]], float(best[1])


class BM25Baseline:
    name = "bm25"

    def __init__(self, facts: Sequence[Fact]) -> None:
        # The `bench` extra: imported here so everything else runs without it.
        import bm25s  # type: ignore[import-untyped]
        from bm25s.stopwords import STOPWORDS_EN  # type: ignore[import-untyped]

        self._stop = frozenset(STOPWORDS_EN)
        self._facts = list(facts)
        docs = [self._tokens(" ".join((f.answer, *f.questions))) for f in self._facts]
        self._bm25: Any = bm25s.BM25()
        self._bm25.index(docs, show_progress=False)

    def _tokens(self, text: str) -> list[str]:
        return [t for t in normalize(text).split() if t not in self._stop]

    def ask(self, text: str) -> tuple[Fact | None, float]:
        ids = self._bm25.get_tokens_ids(self._tokens(text))
        if not ids:
            return None, 0.0
        scores = self._bm25.get_scores_from_ids(ids)
        best = int(scores.argmax())
        return self._facts[best], float(scores[best])


def run_baseline(
    ask: Callable[[str], tuple[Fact | None, float]], questions: Sequence[Question]
) -> list[Outcome]:
    outcomes = []
    for q in questions:
        started = time.perf_counter()
        fact, score = ask(q.text)
        outcomes.append(Outcome(q, fact, score, time.perf_counter() - started))
    return outcomes


def best_threshold(outcomes: Sequence[Outcome]) -> Sweep:
    """The threshold (answer when score >= it) maximising accuracy minus false-answer rate,
    both in percent, over every score seen; ties go to the higher threshold."""
    answerable = sum(1 for o in outcomes if o.question.answerable) or 1
    declined = sum(1 for o in outcomes if not o.question.answerable) or 1
    ordered = sorted(outcomes, key=lambda o: o.score, reverse=True)
    best = Sweep(float("inf"), 0.0, 0.0)
    right = wrong_answers = 0
    i = 0
    while i < len(ordered):
        score = ordered[i].score
        while i < len(ordered) and ordered[i].score == score:
            o = ordered[i]
            if o.question.answerable:
                right += o.right
            else:
                wrong_answers += 1
            i += 1
        sweep = Sweep(score, 100 * right / answerable, 100 * wrong_answers / declined)
        if sweep.accuracy - sweep.false_answer_rate > best.accuracy - best.false_answer_rate:
            best = sweep
    return best
