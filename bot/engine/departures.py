"""A "no" for someone who has left: "is Solberg still directing Thornveil 3?" is answered
"No" by "Annika Solberg has stepped down as director of "Thornveil 3"".

A question in the present or future tense ("is", "are", "will") asks whether the person
is still part of the film; a passage about that film in which the person's name is
followed closely by a departure ("has stepped down", "exited", "left over creative
differences") states the opposite. Questions about the past ("did she direct the second
one?") are left to the other handlers: leaving a film does not undo having made one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.engine import render
from bot.engine.parse import ParsedQuestion
from bot.models import Answer, EntityKind
from bot.text import normalize

if TYPE_CHECKING:
    from bot.engine.handlers import Context

# Words opening a question about now or later.
_NOW_OR_LATER = frozenset("is are will".split())
# What a question asks one keeps, which leaving does not undo: "is X keeping a credit".
_OUTLASTS = frozenset("keep keeping keeps kept retain retaining retains credit credited".split())
# A departure, in normalized words.
_DEPARTED = re.compile(
    r"^(?:\S+ ){0,%d}(?:has |have |had )?(?:stepped down|steps down|stepping down|exits"
    r"|exited|exiting|left|leaves|leaving|quit|quits|departed|departs|dropped out|drops out"
    r"|bows out|bowed out|bowing out"
    r"|parted ways|was fired|has been fired|was replaced|has been replaced|is no longer"
    r"|will not return|is not returning|will no longer)\b"
)
# How many words may stand between a person's name and the departure: "Solberg, who
# directed the second installment, left" keeps the clause's words between them.
DEPARTURE_REACH = 10
_AFTER_NAME = re.compile(_DEPARTED.pattern % DEPARTURE_REACH)


def departed(parsed: ParsedQuestion, ctx: Context) -> Answer | None:
    """ "No:" and the passage saying the one person asked about has left the film (or
    left, when no film is named), else None."""
    if parsed.qtype != "yesno" or parsed.words[0] not in _NOW_OR_LATER:
        return None
    if not _OUTLASTS.isdisjoint(parsed.words):
        return None  # "is X keeping a credit on it": what one keeps after leaving
    people = [e for e in parsed.entities if ctx.kind(e) is EntityKind.PERSON]
    if len(set(people)) != 1:
        return None
    person = ctx.index.entities[people[0]]
    films = {e for e in parsed.entities if ctx.kind(e) is EntityKind.FILM}
    forms = [normalize(f).split() for f in (person.name, *person.aliases)]
    for at in ctx.index.by_entity.get(person.id, ()):
        entry = ctx.index.entries[at]
        if not entry.fact.passage or not films <= set(entry.entities):
            continue
        words = normalize(entry.fact.answer).split()
        if any(_leaves_after(words, form) for form in forms if form):
            reply = ctx.answer_with(entry.fact, ctx.weights.answer_threshold)
            return replace(reply, text=render.no_report(reply.text))
    return None


def _leaves_after(words: list[str], name: list[str]) -> bool:
    """Whether a departure follows an occurrence of `name` in `words`, within reach, with
    the name its subject: not after a preposition ("two calls with Rafael, and I left
    both"), and no other subject or clause between them."""
    n = len(name)
    for k in range(len(words) - n + 1):
        if words[k : k + n] != name or (k and words[k - 1] in _BEFORE_AN_OBJECT):
            continue
        found = _AFTER_NAME.match(" ".join(words[k + n :]))
        if found and _OTHER_SUBJECTS.isdisjoint(found.group(0).split()[:-1]):
            return True
    return False


_BEFORE_AN_OBJECT = frozenset("with to for by of from about at on in than like".split())
_OTHER_SUBJECTS = frozenset("i we he she they you it and but".split())
