"""A "no" for a role that one person holds: "did Priya Nandakumar direct Emberfall 3?"
is answered "No" by '"Kingdom of Cinders," directed by Tobias Wren'.

A film has one director and one composer, so a fact naming another in that role states
the opposite of the question. The question is asked again as "who directed Emberfall 3",
under every rule a "who" question answers by; when that answer does not name the asked
person, it is the "no". Roles shared by many (cast, writers, producers) are left out: a
sentence naming one writer says nothing against another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.engine import render
from bot.engine.parse import YESNO_STARTS, ParsedQuestion, parse
from bot.models import Answer, EntityKind

if TYPE_CHECKING:
    from bot.engine.handlers import Context

# Stems of the roles one person holds on a film.
SOLE_ROLES = frozenset({"direct", "helm", "compose"})


def other_holder(
    parsed: ParsedQuestion, ctx: Context, answer_who: Callable[[ParsedQuestion, Context], Answer]
) -> Answer | None:
    """ "No:" and the fact naming another holder of the asked sole role, else None.
    `answer_who` answers the question asked again with "who"."""
    if parsed.qtype != "yesno" or SOLE_ROLES.isdisjoint(parsed.content):
        return None
    people = [m for m in parsed.mentions if ctx.kind(m.entity_id) is EntityKind.PERSON]
    if len(people) != 1 or parsed.words[0] not in YESNO_STARTS:  # "who" takes its place
        return None
    person = people[0]
    rest = [*parsed.words[1 : person.start], *parsed.words[person.end :]]
    asked = parse(ctx.index, " ".join(["who", *rest]))
    reply = answer_who(asked, ctx)
    if not (reply.answered and reply.facts):
        return None
    fact = ctx.index.entries[ctx.index.position[reply.facts[0]]].fact
    if person.entity_id in fact.entities:
        return None  # the asked person holds it: the ranked answer says "yes"
    return replace(reply, text=render.no_report(reply.text))
