"""Plans a sentence says were changed: "was originally scheduled to begin in September",
"had been dated for November 20".

News of a delay states the old plan beside the new one, and often alone: "The production
was originally scheduled to begin in mid-September 2025." That sentence shares every word
of "when did filming start?" and answers it wrongly; it answers "when was it originally
supposed to start?" and "what was the og date before they moved it?". Ordinary English,
read on normalized words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.engine.verdicts import PASS, SUPERSEDED, Verdict

# A plan the sentence says was not kept. "First" (which normalize() writes "1st") only
# with what was planned for after it: "first dated X for June 12", not "the nation's
# first planned community".
PLAN_OBJECT_WORDS = 6
_PLANNED = re.compile(
    r"\b(?:original(?:ly)?|initially|previously) (?:been )?"
    r"(?:scheduled|planned|slated|set|dated|due|expected|intended|supposed|meant)\b"
    r"|\b1st (?:been )?(?:scheduled|planned|slated|set|dated|due|expected)\b"
    rf"(?=(?: \S+){{0,{PLAN_OBJECT_WORDS}}} (?:for|to)\b)"
    r"|\bhad (?:been )?(?:scheduled|planned|slated|set|dated|due|expected)\b"
    r"|\b(?:was|were) (?:to have|supposed to|meant to)\b"
)
# What says the sentence also gives what happened or holds now: "had been dated for
# November 20, will now open on March 5".
_NOW = re.compile(
    r"\b(?:now|instead|but|however|moved|pushed|shifted|relocated|switched|changed|"
    r"rescheduled|delayed|postponed|began|started|begun|finally)\b"
)
# Words of a question asking for the old plan ("og" is chat for "original"). "Original"
# alone is not one: "the original name", "from originally", and "the original release
# date", which the reports' history answers from the oldest report (`reports`).
_ASKING = frozenset("og initially supposed meant planned".split())
# ... and words it then uses that the sentence stating the plan need not repeat: "what was
# the og date before they moved it" is answered by "had been dated for November 20".
PLAN_TERMS = frozenset(
    """og original originally initially supposed suppose meant mean plan planned schedule
    scheduled before move moved delay delayed push pushed change changed shift shifted""".split()
)
# The concept a sentence stating a changed plan is given, and the word that stands for
# a plan question's PLAN_TERMS among its ranked words (`bot.concepts` "@plan").
PLANNED = "@plan"
ASKED_WORD = "plan"


def asks_plan(words: Sequence[str]) -> bool:
    """Whether a question (normalized words) asks what was planned before a change."""
    return not _ASKING.isdisjoint(words)


def states_plan(words: Sequence[str]) -> bool:
    """Whether a sentence (normalized words) states a plan that was changed."""
    return _PLANNED.search(" ".join(words)) is not None


def only_the_old_plan(words: Sequence[str]) -> bool:
    """Whether a sentence states a changed plan and nothing of what holds now."""
    text = " ".join(words)
    plan = _PLANNED.search(text)
    return plan is not None and _NOW.search(text[plan.end() :] + " " + text[: plan.start()]) is None


def verdict(asking: bool, words: Sequence[str]) -> Verdict:
    """The premise check on a sentence for a question that is `asking` the old plan or not."""
    if asking and not states_plan(words):
        return Verdict.fail("no_answer", "plan")
    if not asking and only_the_old_plan(words):
        return Verdict.fail("contradicts", "planned", SUPERSEDED)
    return PASS
