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
from itertools import pairwise

from bot.engine.verdicts import PASS, SUPERSEDED, Verdict
from bot.text import GLUE, capitalised_words, stem

# A plan the sentence says was not kept. "First" (which normalize() writes "1st") only
# with what was planned for after it: "first dated X for June 12", not "the nation's
# first planned community".
PLAN_OBJECT_WORDS = 6
MOVED_REACH = 14  # words between "pushed" and "from June 12": the film's name and apposition
# What a date a plan moved from or to opens on (normalized): a day, a month, a season.
_WHEN = (
    r"(?:\d|(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|spring|summer|fall|autumn|winter|early|mid|late)\b)"
)
_PLANNED = re.compile(
    r"\b(?:original(?:ly)?|initially|previously) (?:been )?"
    r"(?:scheduled|planned|slated|set|dated|due|expected|intended|supposed|meant|announced"
    r"|pencilled|penciled|cast|hired|chosen|signed|offered)\b"  # "was originally cast as"
    r"|\b1st (?:been )?(?:scheduled|planned|slated|set|dated|due|expected)\b"
    rf"(?=(?: \S+){{0,{PLAN_OBJECT_WORDS}}} (?:for|to)\b)"
    r"|\bhad (?:been )?(?:scheduled|planned|slated|set|dated|due|expected|positioned)\b"
    r"|\b(?:was|were) (?:to have|supposed to|meant to)\b"
    r"|^as (?:originally )?(?:proposed|planned|designed)\b"  # "As proposed, it consisted of"
    # "was due to premiere in Manila" (not "was due to the strike", a cause)
    r"|\b(?:was|were) due to (?!(?:the|a|an|its|their|his|her)\b)[a-z]+\b"
    # "has pushed X, the fourth film, from June 12, 2026, to March 5, 2027"
    rf"|\b(?:pushed|moved|shifted|delayed|postponed|bumped)\b(?: \S+){{0,{MOVED_REACH}}}? from "
    rf"(?={_WHEN})"
)
# What says the sentence also gives what happened or holds now: "had been dated for
# November 20, will now open on March 5", or what a sum came to.
_NOW = re.compile(
    r"\b(?:now|instead|but|however|moved|moving|pushed|shifted|relocated|relocating|switched|"
    r"changed|rescheduled|delayed|postponed|began|started|begun|finally|"
    # "initially set at $1.1 million, eventually rose to $2.6 million"
    r"eventually|ultimately|rose|grew|climbed|ballooned|swelled|increased|fell)\b"
    # ... or who has the part now, told first: "X has been cast as the queen, a role that
    # was originally announced for Y"
    r"|\b(?:has|have) been (?:cast|recast|named|hired|chosen|picked|signed|tapped)\b"
)
# Words of a question asking for the old plan ("og" is chat for "original"). "Original"
# alone is not one: "the original name", "from originally", and "the original release
# date", which the reports' history answers from the oldest report (`reports`).
_ASKING = frozenset("initially supposed meant planned".split())
# "Og" asks for the old plan only before a word of timing: "the og release date", not "the
# og director" or "the og movies", which mean the first film's.
_OG = "og"
_OG_TIMING = frozenset("release date dates day plan plans schedule premiere opening slot".split())
# "Originally" asks for it before a participle of planning: "what date was it originally
# set to open", not "where is she from originally".
_ORIGINALLY = "originally"
_PLANNED_FOR = frozenset("set scheduled slated dated due planned expected cast".split())
# ... and "first" before a word of choosing: "which actress was first hired to play her".
_FIRST = "1st"
# (and of intending: "what had the council first intended to do with the site")
_CHOSEN = frozenset("cast hired chosen picked signed attached intended planned".split())
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


def og_as_original(words: Sequence[str]) -> list[str]:
    """Fans' "og" as "original" where it asks for no plan ("the og director", "the og
    movies"); before a word of timing ("the og release date") it stays a plan's word."""
    return [
        "original" if w == _OG and after not in _OG_TIMING else w
        for w, after in pairwise([*words, ""])
    ]


def asks_plan(words: Sequence[str]) -> bool:
    """Whether a question (normalized words) asks what was planned before a change.
    "Is supposed to" asks what is expected now: "how many days is the shoot supposed to
    take" is answered by "the shoot is expected to run 92 days"; "the planned festival
    hall" is a thing, its plan told or not."""
    if "never" in words:
        return False  # "why was the planned chapel never built": what became of the plan
    return any(
        w in _ASKING
        and not (w in _EXPECTED and _present(words[:i]))
        and not (w == "planned" and _a_planned_thing(words, i))
        for i, w in enumerate(words)
    ) or any(
        (w == _OG and after in _OG_TIMING)
        or (w == _ORIGINALLY and after in _PLANNED_FOR)
        or (w == _FIRST and after in _CHOSEN)
        for w, after in pairwise([*words, ""])
    )


def _a_planned_thing(words: Sequence[str], i: int) -> bool:
    """Whether "planned" at `i` describes a thing: "the planned festival hall", "the
    waiting list for planned operations" (not "what was planned for the site"), or is
    done by the one asked for: "the engineer that planned the route" laid it out."""
    after = words[i + 1] if i + 1 < len(words) else ""
    planner = words[i - 1 : i] in (["who"], ["that"]) and after in ("the", "a", "an", "its")
    return (
        planner
        or words[i - 1 : i] in (["the"], ["a"], ["an"], ["its"])
        or (after.isalpha() and after not in GLUE)
    )


def _present(before: Sequence[str]) -> bool:
    # "when is the third Pellinore Drift movie supposed to come out": "is", however far
    # its subject puts it, and no "was"
    return bool(_PRESENT.intersection(before)) and _PAST.isdisjoint(before)


_EXPECTED = frozenset("supposed meant".split())
_PRESENT = frozenset("is are am".split())
_PAST = frozenset("was were".split())


# "from its original date of May 22": the date moved from, named as a date
_OLD_DATE = r"(?:(?:its|the) (?:\S+ )?(?:date|slot) (?:of )?)"
# "has moved X, the third film, from June 12, 2026, to March 19, 2027" (on stems: "moved"
# is "move"): what was moved, and from when to when.
MOVING = frozenset("move push shift delay postpone reschedule bump".split())
_MOVED_FROM_TO = re.compile(
    rf"\b(?:{'|'.join(sorted(MOVING))})\b(?: \S+){{0,{MOVED_REACH}}}? "
    rf"from {_OLD_DATE}?{_WHEN}(?:(?! to ).){{0,20}} to {_WHEN}"
)


def moves_a_date(words: Sequence[str]) -> bool:
    """Whether a sentence (its normalized words, or their stems: the index reads words,
    the premise check stems) moves something from one date to another."""
    if "from" not in words or "to" not in words:
        return False
    return _MOVED_FROM_TO.search(" ".join(stem(w) for w in words)) is not None


def states_plan(words: Sequence[str]) -> bool:
    """Whether a sentence (normalized words) states a plan that was changed."""
    return _PLANNED.search(" ".join(words)) is not None


def only_the_old_plan(words: Sequence[str]) -> bool:
    """Whether a sentence states a changed plan and nothing of what holds now."""
    text = " ".join(words)
    plan = _PLANNED.search(text)
    # ("pushed X from June 12 to March 5" says both in the one phrase; "lasted 94 days,
    # twice the 50 days that had originally been planned" says the plan of a thing it
    # compares with)
    return (
        plan is not None
        and _NOW.search(text) is None
        and not (
            _COMPARED_PLAN.search(text[: plan.start()])
            and text[plan.end() :].split()[:1] in _CLAUSE_ENDS
        )
    )


# What a plan after the thing a sentence compares with opens on, its clause ending with
# it: "the 50 days that had been planned" (but "which had been scheduled for a summer
# release" and "which had positioned X as its biggest release" are a plan's).
_CLAUSE_ENDS: tuple[list[str], ...] = ([], ["and"], ["but"], ["while"], ["so"])
_COMPARED_PLAN = re.compile(r"\b(?:that|which|than)(?: had| has| have)?(?: been)? $")


def now_from(words: Sequence[str]) -> int | None:
    """Where a sentence stating a changed plan goes on to what holds now (a word index):
    the "to" of "pushed X from July 24 to November 13", the "but" of "had dated the film
    for December 11, but moved it ...; it now opens March 19"."""
    if moves_a_date(words):
        start = words.index("from")
        return next((i for i, w in enumerate(words) if w == "to" and i > start), None)
    text = " ".join(words)
    plan = _PLANNED.search(text)
    now = _NOW.search(text, plan.end()) if plan is not None else None
    return None if now is None else text[: now.start()].count(" ")


def verdict(asking: bool, words: Sequence[str]) -> Verdict:
    """The premise check on a sentence for a question that is `asking` the old plan or not."""
    if asking and not states_plan(words):
        return Verdict.fail("no_answer", "plan")
    if asking and _of_a_promotion(words):
        return Verdict.fail("no_answer", "plan")  # "a first trailer had been planned for May"
    if not asking and only_the_old_plan(words):
        return Verdict.fail("contradicts", "planned", SUPERSEDED)
    return PASS


# What a plan may be made for besides the film: "a first trailer had been planned for
# December", within PROMOTION_REACH words before the plan.
PROMOTIONS = frozenset(
    "trailer trailers teaser teasers poster posters footage clip clips campaign campaigns".split()
)
PROMOTION_REACH = 5  # "the teaser trailer for the third film debuted"


def _of_a_promotion(words: Sequence[str]) -> bool:
    plan = _PLANNED.search(" ".join(words))
    if plan is None:
        return False
    at = len(" ".join(words)[: plan.start()].split())
    return not PROMOTIONS.isdisjoint(words[max(0, at - PROMOTION_REACH) : at])


# "was first planned for a December 2027 release, but the studio delayed it": a plan the
# sentence says was given up, and what it had planned is no answer; nor is the "after"
# of why, only a new time it was moved to ("delayed it to March 2028").
_FORMERLY = frozenset("1st originally initially once".split())  # normalize() writes "1st"
_PLANNED_STEMS = frozenset("plan schedule set slate due expect intend".split())
_GIVEN_UP = frozenset("delay postpone push move change cancel drop abandon".split())
_MOVED_TO = frozenset("to until till".split())
MOVED_TO_REACH = 2


def given_up_plans(words: list[str], stems: list[str]) -> set[int]:
    """The positions of `words` (a normalized passage, `stems` its stems) that state a
    plan the passage says was given up, and the reason after it."""
    planned = next(
        (k for k, (a, b) in enumerate(pairwise(stems)) if a in _FORMERLY and b in _PLANNED_STEMS),
        None,
    )
    given_up = next((k for k, s in enumerate(stems) if s in _GIVEN_UP), None)
    if planned is None or given_up is None:
        return set()
    return {
        i
        for i in range(planned, len(words))
        if i < given_up or _MOVED_TO.isdisjoint(words[max(0, i - MOVED_TO_REACH) : i])
    }


# "A digital release is not planned before June": June bounds the time, it is no time
# the event has. ("Not completed until 1769" is when it was completed.)
_BOUNDING = frozenset({"before"})
BOUND_REACH = 3  # "not planned before June": the "not" a few words before the bound


def a_bound(words: list[str], i: int) -> bool:
    """Whether the time at `i` only bounds a plan that is not made: "not ... before June"."""
    return i > 0 and words[i - 1] in _BOUNDING and "not" in words[max(0, i - 1 - BOUND_REACH) : i]


# What a question asks when it asks what happened in the end: "how long did the shoot
# actually last" is not answered by "was scheduled to last 96 days".
_ACTUAL = frozenset("actually eventually ultimately finally really".split())
_ONLY_PLANNED = re.compile(
    r"\b(?:was|were|is|are|had been) (?:originally |initially )?(?:scheduled|planned|expected"
    r"|set|slated|meant|supposed|intended|due) to\b"
    # ... or promised: "agreed to air three episodes of sixty minutes each"
    r"|\b(?:agreed|promised|pledged|undertook|contracted) to\b"
)
# ... unless the passage goes on to what happened: "... but ran to 171 days"
_OUTCOME = frozenset("but instead actually eventually ultimately finally however".split())


def actual_not_planned(sequence: Sequence[str], words: Sequence[str], text: str = "") -> Verdict:
    """No answer when a question asks what actually happened (`_ACTUAL`) and the passage
    (normalized `words`) tells only what was planned; nor when the passage has the asked
    act only as what would have been ("the site it would have occupied")."""
    if _only_would_have(sequence, words) or _only_to_come(sequence, words, text):
        return Verdict.fail("no_answer", "planned")
    if _ACTUAL.isdisjoint(sequence) or not _ONLY_PLANNED.search(" ".join(words)):
        return PASS
    return PASS if not _OUTCOME.isdisjoint(words) else Verdict.fail("no_answer", "planned")


# What puts an act in a past that never was: "the site it would have occupied".
_UNREAL = frozenset({("would", "have"), ("could", "have"), ("might", "have")})


def _only_would_have(sequence: Sequence[str], words: Sequence[str]) -> bool:
    """Whether every use in `words` of the question's verbs (its words that are past
    participles in the passage after "would have") is after "would have"."""
    uses = [k for k in range(2, len(words)) if (words[k - 2], words[k - 1]) in _UNREAL]
    unreal = {stem(words[k]) for k in uses} & {stem(w) for w in sequence}
    return bool(unreal) and all(
        k >= 2 and (words[k - 2], words[k - 1]) in _UNREAL
        for k, w in enumerate(words)
        if stem(w) in unreal
    )


# Words that ask of a past (`_only_to_come`), and that ask of a future or a plan.
_PAST_ASKED = frozenset("did was were had after".split())
_FUTURE_ASKED = frozenset(
    "will would plan plans planned expected going shall set scheduled slated due originally "
    "original initial initially supposed meant intended".split()
)
_TIME_ASKED = frozenset("when date year day month".split())
TO_COME_REACH = 3  # "would seek a meeting": the modal, its verb, an article, the noun
# Who said a thing would be: "the union said it would ballot members".
_SAID = frozenset("said says announced promised pledged told expects expected hopes".split())
SAID_REACH = 12  # "said she was "deeply concerned" about the loss of jobs and would"


def _only_to_come(sequence: Sequence[str], words: Sequence[str], text: str) -> bool:
    """Whether a question asks of a past act or event ("the outcome of the ballot", "after
    her meeting with X") that the passage (normalized `words`; `text`, as written) says
    someone said would come: "said it would ballot members", "would seek a meeting". (A
    plan's date answers "when did it open"; the names the plan is of are no event.)"""
    said = {*sequence, *map(stem, sequence)}  # ("dated" asks a date)
    if _PAST_ASKED.isdisjoint(sequence) or not (_FUTURE_ASKED | _TIME_ASKED).isdisjoint(said):
        return False
    named = capitalised_words(text)
    asked = {stem(w) for w in sequence if w.isalpha() and w not in GLUE and w not in named}
    uses = [k for k, w in enumerate(words) if len(w) > 3 and stem(w) in asked]
    later = {k for k in uses if _to_come(words, k)}
    return bool({stem(words[k]) for k in later} - {stem(words[k]) for k in uses if k not in later})


def _to_come(words: Sequence[str], k: int) -> bool:
    """Whether the word at `k` is a plan's, after "would" in what someone said would be
    ("said it would ballot members"; not a history's "which would be under Western European
    domination for 380 years")."""
    would = max((j for j in range(max(0, k - TO_COME_REACH), k) if words[j] == "would"), default=-1)
    return would >= 0 and not _SAID.isdisjoint(words[max(0, would - SAID_REACH) : would])


# A plan told as made in a year: "in 2019 the company announced that it would move ...".
_PLANNED_THEN = re.compile(
    r"\bin (\d{4}),? (?:[\w'-]+ ){0,3}(?:announced|said|planned|promised|pledged)"
    r" (?:that )?(?:it|they|he|she|the \w+) would\b"
)


def plan_made_in(said: str) -> int | None:
    """The year a passage (lower-cased) says a plan was made in, which a question asking
    what is "now" expected may have outlived."""
    match = _PLANNED_THEN.search(said)
    return int(match[1]) if match else None
