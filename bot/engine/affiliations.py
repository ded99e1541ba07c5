"""Acts a passage states by an apposition, not by a verb.

"Which firm does the analyst Priya Castellane work for?" is answered by "said Priya
Castellane, an analyst at the research firm Reelmetric": a job held "at" a body is work
for it. "Which studio makes the war films?" is answered by "Mukerholt Pictures, the studio
behind the series": a body "behind" a work made it. Each is a concept the passage states
(`bot.engine.phrases.implied_concepts`) with none of the concept's words.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

WORKED_AT = "@workplace"
MADE = "@produce"

# How the nouns for a job end: "analyst", "researcher", "curator", "historian",
# "spokeswoman".
JOB_ENDINGS = ("ist", "yst", "er", "or", "ian", "man", "woman")
JOB_REACH = 3  # "a senior leisure analyst at": the words from "a" to the job
# Bodies that make a work: "the studio behind", "the company behind".
MAKERS = frozenset("studio company team firm outfit producer".split())


def implied(stems: Sequence[str]) -> tuple[str, ...]:
    """The concepts `stems` (a passage's) state by apposition: a job at a body, a body
    behind a work."""
    worked = any(s == "at" and _job_after_article(stems, i - 1) for i, s in enumerate(stems) if i)
    made = any(a in MAKERS and b == "behind" for a, b in pairwise(stems))
    return (*((WORKED_AT,) if worked else ()), *((MADE,) if made else ()))


def _job_after_article(stems: Sequence[str], at: int) -> bool:
    """Whether the word at `at` is a job's noun with "a" or "an" a few words before it."""
    before = stems[max(0, at - JOB_REACH) : at]
    return stems[at].endswith(JOB_ENDINGS) and not {"a", "an"}.isdisjoint(before)
