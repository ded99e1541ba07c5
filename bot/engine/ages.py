"""Whose age a passage gives: "how old is Aksel Rund?" is no question for "the role,
played in the first film by Aksel Rund, now goes to Mathis Quell, 29", whose 29 is
Quell's. News gives an age in an apposition after the name, which normalizing writes
out as "quell 29 years old" (`bot.text`); the name before it is whose age it is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.engine.crew import CREW
from bot.engine.verdicts import OTHER_THING, PASS, Verdict
from bot.text import GLUE, stem

if TYPE_CHECKING:
    from bot.engine.premise import Asked

# Jobs a question may ask the age of by name of the job, and their verbs (`crew.CREW`).
_JOBS = {job: CREW[job] for job in ("director", "writer", "composer", "producer")}
# "Quell, 29," and "newcomer Zorik Vintaleo, a 24-year-old stage actor"
_APPOSITION_AGE = re.compile(r"(\S+) (?:an? )?[1-9][0-9] years? old\b")
# An age before a name: "81 year old randi" (normalized).
_AGE_BEFORE = re.compile(r"\b[1-9][0-9] years? old (\S+)")
# Words that date a person or a thing, from which an age is read: "born", "aged 29".
_DATING = frozenset("born aged age birth built founded".split())
_YEAR = re.compile(r"\b1[0-9]{3}\b|\b20[0-9]{2}\b")
# Words before an age that name no one: "who is 29 years old", "she turned 29 years old".
_NO_OWNER = GLUE | frozenset(
    "is was are were be being been turned turns turning now he she they".split()
)


def verdict(question: Asked, words: list[str]) -> Verdict:
    """A contradiction when `question` asks a named person's age (or how many years a
    named thing has lasted) and every age the passage (normalized `words`) gives in an
    apposition is someone else's."""
    if question.sequence[:3] == ("how", "many", "years") and question.names:
        # "how many years has Pellivar Pictures been around" against "Harold Beecham, 78,
        # plays Calder's mentor": a count of years none but another's age gives
        text = " ".join(words)
        numbers = [w for w in words if w.isdigit()]
        aged = {m.group(1) for m in _APPOSITION_AGE.finditer(text)} - _NO_OWNER
        only_ages = len(numbers) == len(_APPOSITION_AGE.findall(text))
        if numbers and aged and only_ages and question.names.isdisjoint(aged):
            return Verdict.fail("contradicts", f"age of {min(aged)}", OTHER_THING)
        return PASS
    if question.sequence[:2] != ("how", "old"):
        return PASS
    text = " ".join(words)
    if not (_AGE.search(text) or _DATING & {*words} or _YEAR.search(text) or told_at(words)):
        # "how old is Yarrick" against "Yarrick, a former documentary editor": no age,
        # no birth and no year to count from
        return Verdict.fail("no_answer", "age")
    if not question.names:
        # "how old is the new director" against "will be played by Tavkenna Giskow, 29":
        # a job asked that the passage never says is someone else's age
        jobs = [w for w in question.sequence if w in _JOBS]
        said = {stem(w) for w in words} | set(words)
        if jobs and not any(j in said or _JOBS[j] in said for j in jobs):
            return Verdict.fail("contradicts", f"age of no {jobs[0]}")
        return PASS
    owners = [
        m.group(1) for m in _APPOSITION_AGE.finditer(" ".join(words)) if m.group(1) not in _NO_OWNER
    ]
    # "how old is Tove, Randi's daughter": Tove's age, not Randi's
    asked = question.names - {owner for owner, _ in question.owned} or question.names
    # ... and "81-year-old Randi Kestrum Aasheim" gives the age of the name after it
    before_names = {m.group(1) for m in _AGE_BEFORE.finditer(" ".join(words))}
    if owners and asked.isdisjoint(owners) and asked.isdisjoint(before_names):
        return Verdict.fail("contradicts", f"age of {owners[0]}")
    return PASS


# The words of an age, written out: "29 years old", "a 52 year old stage actor".
_AGE_WORDS = frozenset({"years", "year", "old"})
_AGE = re.compile(r"\b[1-9][0-9]? years? old\b")


def in_an_age(words: list[str], i: int) -> bool:
    """Whether the word at `i` of normalized `words` belongs to an age ("29 years old"):
    no time, no count of years ("when did filming start" is not answered by "Vesterholt,
    47, left the production")."""
    window = " ".join(words[max(0, i - 2) : i + 3])
    return words[i] in _AGE_WORDS and _AGE.search(window) is not None


def is_age(words: list[str], i: int) -> bool:
    """Whether the number at `i` of normalized `words` is an age: "68 years old" (as
    "Widdaleford, 68," is normalized)."""
    return words[i].isdigit() and words[i + 1 : i + 3] in (["years", "old"], ["year", "old"])


# An age told after a life's act with "at": "he left school at fourteen to work", "died at
# 83" (not "at 14 Harbour Street", "at 8 pm", "at 40 per cent": a word of what follows).
_AT_AN_AGE = re.compile(
    r"\b(?:left|married|died|retired|joined|started|began|emigrated|moved|won|became|"
    r"entered|wrote|published|learned|learnt) (?:\S+ ){0,3}?at (\d{1,3}|[a-z]+teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ][a-z]+)?\b"
    r"(?= to\b| and\b| in\b| when\b| after\b| while\b| as\b|$)"
)
MOST_YEARS = 120  # no one's age is more
# ... or as what someone "was" when something happened: "he was 34 when he was appointed".
_WAS_AN_AGE = re.compile(r"\b(?:was|were) (\d{1,3}) (?:when|at the time)\b")


def told_at(words: list[str]) -> frozenset[str]:
    """The words an age told with "at" after a life's act explains ("how old was he when
    he left school": "he left school at fourteen to work"), or told as what one "was"
    then ("he was 34 when he was appointed")."""
    text = " ".join(words)
    for m in [*_AT_AN_AGE.finditer(text), *_WAS_AN_AGE.finditer(text)]:
        if not m[1].isdigit() or int(m[1]) <= MOST_YEARS:
            return frozenset({"old", "age"})
    return frozenset()
