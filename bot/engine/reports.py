"""Answering from the history of reports (`bot.history`): the newest report on a subject
and topic is the answer, with the earlier one beside it when it differs; questions about
the past ("original release date", "was it ever dated for ...", "is it still coming out
on ...") are answered from the older reports.

A check (see `handlers.CHECKS`): it revises an answer that rests on a fact with a
history, and leaves every other answer alone, so facts reported on one date only are
answered exactly as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.engine import render
from bot.engine.parse import ParsedQuestion
from bot.history import Key, stated_value
from bot.models import Answer, EntityKind, Fact
from bot.text import MONTH_NAMES, is_calendar, is_number, normalize

if TYPE_CHECKING:
    from bot.engine.handlers import Context

# "what was MI7's original release date", "when was it first dated"
ORIGINAL_WORDS = frozenset("original originally initially initial first earliest".split())
# "what was the previous date", "was it ever dated for ..."
EARLIER_WORDS = frozenset("ever previously previous earlier formerly prior old once".split())


def newest_report(parsed: ParsedQuestion, reply: Answer, ctx: Context) -> Answer:
    """Answer from the newest report on the asked subject and topic, or from the older
    ones when the question asks about the past."""
    if not (reply.answered and reply.facts) or ctx.history is None:
        return reply
    if parsed.words[:1] == ("why",):
        return reply  # the reason a date moved is in the report that says so, not the newest
    position = ctx.index.position.get(reply.facts[0])
    if position is None:
        return reply
    fact = ctx.index.entries[position].fact
    key = _key_for(parsed, fact, ctx)
    if key is None:
        return reply
    history = ctx.history
    chain = history.chain(key)
    in_names = parsed.named_words
    words = set(parsed.words) - in_names
    asked = _asked_date(parsed, in_names)
    if parsed.qtype == "yesno" and not asked and render.is_no(reply.text):
        return reply  # "has it ever been delayed twice?" "No": a denial, no date to update
    newest = _best(parsed, history.newest(key), fact, ctx)
    same_report = (newest.source.file, newest.source.date) == (fact.source.file, fact.source.date)
    if same_report and parsed.qtype != "yesno":
        return reply  # one article: the sentence that answers, not its neighbour on the topic
    if parsed.qtype == "yesno" and asked:
        stating = [f for f in chain if _states(f, asked)]
        if words & EARLIER_WORDS:  # "was it ever dated for November 19, 2021?"
            if not stating:
                return _reply(reply, render.no_report(_with_earlier(newest, key, ctx)), newest)
            old = stating[-1]
            text = ctx.render(old)
            if not history.is_current(old, key):
                text += _later(newest, key, ctx)
            return _reply(reply, render.yes(text), old, newest)
        if _states(newest, asked):  # "is it still coming out on July 14, 2023?"
            return _reply(reply, _with_earlier(newest, key, ctx), newest)
        return _reply(reply, render.no_report(_with_earlier(newest, key, ctx)), newest)
    if words & ORIGINAL_WORDS:
        oldest = _best(
            parsed, tuple(f for f in chain if f.source.date == chain[0].source.date), fact, ctx
        )
        return _reply(reply, ctx.render(oldest) + _later(newest, key, ctx), oldest, newest)
    if words & EARLIER_WORDS:
        earlier = history.earlier(key, newest)
        if earlier:
            return _reply(
                reply, ctx.render(earlier[0]) + _later(newest, key, ctx), earlier[0], newest
            )
    text = _with_earlier(newest, key, ctx)
    # a "yes" the yes/no check gave stands for the newest report too
    return _reply(reply, render.yes(text) if render.is_yes(reply.text) else text, newest)


def _key_for(parsed: ParsedQuestion, fact: Fact, ctx: Context) -> Key | None:
    """The subject and topic the answer speaks to: a named person's cast status, else
    the named film's topic, else the fact's only film's."""
    assert ctx.history is not None
    keys = [k for k in ctx.history.keys.get(fact.id, ()) if ctx.history.chain(k)]
    if not keys:
        return None
    named = set(parsed.entities)
    people = {e for e in named if ctx.kind(e) is EntityKind.PERSON}
    films = {e for e in named if ctx.kind(e) is EntityKind.FILM}
    for key in keys:
        if key.subject in people and (not films or key.film in films):
            return key
    film_keys = [k for k in keys if k.topic != "cast_status"]
    if people:
        return None  # about a person whose own status has no history
    for key in film_keys:
        if key.subject in films:
            return key
    return film_keys[0] if not films and len(film_keys) == 1 else None


def _best(parsed: ParsedQuestion, facts: tuple[Fact, ...], answered: Fact, ctx: Context) -> Fact:
    """Of several reports of one date: the one already answering, else the best ranked,
    else a curated one."""
    if answered in facts or len(facts) == 1:
        return answered if answered in facts else facts[0]
    ids = {f.id for f in facts}
    entries = ctx.index.entries
    for item in ctx.rank(parsed):
        if entries[item.index].fact.id in ids:
            return entries[item.index].fact
    return min(facts, key=lambda f: (f.passage, len(f.entities)))


def _with_earlier(fact: Fact, key: Key, ctx: Context) -> str:
    """The newest report, with the earlier one when it said something else."""
    assert ctx.history is not None
    text = ctx.render(fact)
    kinds = ctx.history.kinds
    value = stated_value(fact, key, kinds)
    for old in ctx.history.earlier(key, fact):
        old_value = stated_value(old, key, kinds)
        if old_value is not None:
            if value is None or normalize(old_value) != normalize(value):
                return text + render.earlier_value(old_value)
            continue
        if value is None and key.topic != "release_date":
            return text + render.earlier_report(old.source.date or "", old.answer)
    return text


def _later(newest: Fact, key: Key, ctx: Context) -> str:
    assert ctx.history is not None
    value = stated_value(newest, key, ctx.history.kinds)
    return render.later_report(
        newest.source.date or "", value or f"\u201c{render.shorten(newest.answer, 120)}\u201d"
    )


def _asked_date(parsed: ParsedQuestion, in_names: set[str]) -> frozenset[str]:
    """The calendar words and numbers of the question ("november", "19", "2021")."""
    out = set()
    for typed in parsed.words:
        if typed in in_names:
            continue
        word = MONTH_NAMES.get(typed, typed)
        if is_calendar(word) or is_number(word):
            out.add(word.rstrip("stndrh") if is_number(word) else word)
    return frozenset(out)


def _states(fact: Fact, asked: frozenset[str]) -> bool:
    words = set(normalize(fact.answer).split())
    return asked <= words


def _reply(reply: Answer, text: str, fact: Fact, *more: Fact) -> Answer:
    facts = tuple(dict.fromkeys(f for f in (fact, *more)))
    return Answer(
        answered=True,
        text=text,
        confidence=reply.confidence,
        facts=tuple(f.id for f in facts),
        sources=tuple(dict.fromkeys(f.source for f in facts)),
        kind="answer",
    )


def release_line(fact: Fact, film: str, ctx: Context) -> tuple[Fact, str]:
    """For /release: a film's newest release-date report, with the earlier one."""
    key = Key(film, "release_date")
    if ctx.history is None or not ctx.history.chain(key):
        return fact, ctx.render(fact)
    newest = ctx.history.newest(key)
    best = fact if fact in newest else min(newest, key=lambda f: (f.passage, len(f.entities)))
    return best, _with_earlier(best, key, ctx)
