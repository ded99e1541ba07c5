"""Whose passive a passage states, when it never names the thing a question asks of.

"When was the club founded?" is not answered by "a women's team was founded in 2017":
the passage has the asked verb in the passive, but what it happened to is a thing of its
own, introduced by "a" before "was". (A name there, "Athletic was founded", or a
pronoun, "it was founded", may be the club, and word order cannot tell.)
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.passive import is_passive
from bot.text import DETERMINERS, GLUE, stem

# Words that introduce a thing of its own: "a women's team" (not "the company", which
# may be the studio asked about by another word).
_OPENERS = frozenset("a an another".split())
# How many words before "was" the opener of its subject may stand: "a women's team".
OPENER_REACH = 3
# Adverbs between "was" and its participle: "was later founded", "was first built".
_BETWEEN = frozenset("also later first then originally formally officially".split())


def another_patient(stems: list[str], verb: str, subject: Sequence[str]) -> bool:
    """Whether every passive use of `verb` in the passage (`stems`) has a subject of its
    own, a noun after "a" that is none of the question's `subject` stems."""
    uses = [k for k, s in enumerate(stems) if s == verb and is_passive(stems, k)]
    return bool(uses) and all(_subject_of_its_own(stems, k, subject) for k in uses)


def _subject_of_its_own(stems: Sequence[str], at: int, subject: Sequence[str]) -> bool:
    k = at - 1
    while k > 0 and (stems[k] in _BETWEEN or stems[k].endswith("ly")):
        k -= 1
    if k < 2 or stems[k] != "be":
        return False
    head = stems[k - 1]
    opened = any(s in _OPENERS for s in stems[max(0, k - 1 - OPENER_REACH) : k - 1])
    return opened and head.isalpha() and head not in DETERMINERS and head not in subject


def asked_object_before(
    words: Sequence[str], verb: str, stems: list[str], at: int, reach: int
) -> bool:
    """Whether the passage's passive `verb` at `at` is done to the question's object (its
    words after the verb), standing within `reach` before it: "where does the council
    hold its meetings" against "Its meetings are held at X", which names no doer."""
    if not is_passive(stems, at):
        return False
    asked = next((i for i, w in enumerate(words) if stem(w) == verb), len(words))
    objects = {stem(w) for w in words[asked + 1 :] if w not in GLUE}
    return not objects.isdisjoint(stems[max(0, at - reach) : at])
