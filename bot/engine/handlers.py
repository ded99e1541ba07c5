"""The question pipeline: an ordered list of handlers, each claiming a question by
returning an Answer or passing it on with None (as starlette's routes or bolt's listeners
do), then checks that may revise a claimed answer. `Engine.answer` walks HANDLERS in
order; the last, `ranked_answer`, claims every question."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial
from typing import Protocol

from bot.engine import (
    curated,
    definitions,
    departures,
    passages,
    ranking,
    referents,
    render,
    reports,
    soleroles,
    titled,
    yesno,
)
from bot.engine import films as series
from bot.engine.index import Index
from bot.engine.parse import ParsedQuestion
from bot.engine.score import WEIGHTS, Scored, Weights, matched_stems
from bot.engine.yesno import MEMBERSHIP_WORDS
from bot.history import CAST_TOPICS, History
from bot.models import Answer, Entity, EntityKind, Fact, Topic
from bot.text import GLUE, PERSON_PRONOUNS, is_number, normalize, stem

GREETINGS = frozenset(
    "hi hello hey hiya yo howdy sup hola greetings morning evening afternoon thanks thank you cheers help bot ping test good gm".split()
)
DESCRIBES_PEOPLE: frozenset[Topic] = frozenset({"person", "role", "director"})


class Context:
    """What handlers share: the index, the weights, ranking and the common answers."""

    def __init__(
        self,
        index: Index,
        cast: Callable[[str], Answer],
        weights: Weights = WEIGHTS,
        history: History | None = None,
    ) -> None:
        self.index = index
        self.weights = weights
        self.history = history  # reports by subject and topic, oldest first
        self.cast = cast  # the /cast command's answer for a film name
        self._recent: list[Entity] | None = None
        self._last_ranked: tuple[ParsedQuestion, list[Scored]] | None = None
        self.current = series.current_film(index, history.latest if history else {})

    def recent_films(self) -> list[Entity]:
        """Every film, the most recently reported on first (computed once)."""
        if self._recent is None:
            latest = self.history.latest if self.history is not None else {}
            films = self.index.names.films
            self._recent = sorted(films, key=lambda f: latest.get(f.id, ""), reverse=True)
        return self._recent

    def kind(self, entity_id: str) -> EntityKind | None:
        return self.index.kind(entity_id)

    def rank(self, parsed: ParsedQuestion) -> list[Scored]:
        # A question is often ranked twice (an answer, then a check or a decline asking
        # again): the last ranking is kept. One slot, replaced whole, so threads sharing
        # the engine at worst miss it; a copy, so no caller can change it for another.
        last = self._last_ranked
        if last is not None and last[0] is parsed:
            return list(last[1])
        ranked = self._rank(parsed)
        self._last_ranked = (parsed, ranked)
        return list(ranked)

    def _rank(self, parsed: ParsedQuestion) -> list[Scored]:
        return ranking.ranked(self.index, parsed, self.weights, self.current)

    def render(self, fact: Fact) -> str:
        # a passage opening on "she" names whom it means: "she (Imre Salvatec) posted"
        return render.answer_text(fact, self.is_name_word, referents.as_read(self.index, fact))

    def is_name_word(self, word: str) -> bool:
        w = normalize(word)
        names = self.index.names
        return (
            bool(w)
            and w not in GLUE
            and (w in names.person_words or w in self.index.matcher.first_words)
        )

    def answer_with(self, fact: Fact, confidence: float) -> Answer:
        return Answer(
            answered=True,
            text=self.render(fact),
            confidence=round(min(1.0, max(0.0, confidence)), 3),
            facts=(fact.id,),
            sources=(fact.source,),
            kind="answer",
        )

    def suggest(self, ranked: Iterable[Scored], named: tuple[str, ...] = ()) -> tuple[str, ...]:
        suggestions: list[str] = []
        wanted = {"@" + e for e in named}
        entries = self.index.entries
        # Curated facts first: their example questions are questions the bot answers.
        for item in sorted(ranked, key=lambda r: (entries[r.index].fact.passage, -r.score)):
            if item.score < self.weights.suggest_threshold:
                continue
            entry = entries[item.index]
            fact = entry.fact
            suggestion = fact.questions[0] if fact.questions else render.shorten(fact.answer)
            # Prefer the example question that names what the user named.
            for question, tokens in zip(fact.questions, entry.example_sets, strict=False):
                if not wanted.isdisjoint(tokens):
                    suggestion = question
                    break
            if suggestion not in suggestions:
                suggestions.append(suggestion)
        return tuple(suggestions[:3])

    def decline(self, parsed: ParsedQuestion, ranked: list[Scored]) -> Answer:
        if not parsed.entities:
            # Without a named entity, one shared word ("make") is not "near" a fact.
            ranked = [
                r
                for r in ranked
                if len(matched_stems(parsed, self.index.entries[r.index], self.index.concepts)) >= 2
            ]
        suggestions = self.suggest(ranked, parsed.entities)
        best = ranked[0].score if ranked else 0.0
        return Answer(
            False, render.dont_know(bool(suggestions)), confidence=round(best, 3),
            suggestions=suggestions, kind="decline",
        )  # fmt: skip

    def closest_only(self, parsed: ParsedQuestion, fact: Fact) -> Answer:
        suggestions = self.suggest(self.rank(parsed)[:3], parsed.entities)
        return Answer(
            False, render.closest_only(fact), confidence=0.0, suggestions=suggestions,
            kind="decline",
        )  # fmt: skip


class Handler(Protocol):
    def __call__(self, parsed: ParsedQuestion, ctx: Context) -> Answer | None: ...


def empty(parsed: ParsedQuestion, ctx: Context) -> Answer | None:
    """Nothing asked: say what the bot does."""
    return None if parsed.words else Answer(False, render.HELP_TEXT, kind="empty")


def greeting(parsed: ParsedQuestion, ctx: Context) -> Answer | None:
    """ "hi", "thanks bot": say what the bot does."""
    if parsed.qtype == "other" and all(w in GREETINGS for w in parsed.words):
        return Answer(False, render.HELP_TEXT, kind="help")
    return None


def unknown_entity(parsed: ParsedQuestion, ctx: Context) -> Answer | None:
    """ "when is dune 3 out": a name the facts don't know is declined at once."""
    if not parsed.unknown_phrase:
        return None
    known = [e.name for e in relevant_films(parsed, ctx)]
    return Answer(False, render.unknown_entity(parsed.unknown_phrase, known), kind="unknown_entity")


def relevant_films(parsed: ParsedQuestion, ctx: Context, limit: int = 4) -> list[Entity]:
    """The films worth naming in a decline: those of the franchise asked about (named, or
    sharing a word with the unknown phrase, as "hollow star 9" does), else the films most
    recently reported on. Never every film: the facts may know thousands."""
    names = ctx.index.names
    entities = ctx.index.entities
    franchises = {
        entities[e].franchise if ctx.kind(e) is EntityKind.FILM else e
        for e in parsed.entities
        if ctx.kind(e) in (EntityKind.FILM, EntityKind.FRANCHISE)
    }
    if not franchises and parsed.unknown_phrase:
        words = {w for w in normalize(parsed.unknown_phrase).split() if w not in GLUE}
        words -= {w for w in words if is_number(w)}
        franchises = {f for w in words for f in names.franchise_words.get(w, ())}
    picked = [film for f in franchises if f for film in names.films_of.get(f, ())]
    if picked:
        picked.sort(key=lambda film: names.film_order[film.id])
        return picked[:limit]
    return ctx.recent_films()[:limit]


def membership(parsed: ParsedQuestion, ctx: Context) -> Answer | None:
    """ "Is X in MI7?" / "is X back?": answer from a cast fact naming X, or say the facts
    don't say so. Passes when the question is not of this shape."""
    if parsed.qtype != "yesno":
        return None
    people = [e for e in parsed.entities if ctx.kind(e) is EntityKind.PERSON]
    if len(people) != 1:
        return None
    rest = {stem(w) for w in parsed.words} | set(parsed.words)
    if not (rest & MEMBERSHIP_WORDS) or len(parsed.content) > 3:
        return None
    person = people[0]
    films = [e for e in parsed.entities if ctx.kind(e) is EntityKind.FILM]
    best: tuple[float, Fact] | None = None
    for i in ctx.index.by_entity.get(person, ()):
        fact = ctx.index.entries[i].fact
        if fact.topic not in CAST_TOPICS:
            continue
        if films and not set(films) & set(fact.entities):
            continue
        # The person listed among the cast beats a fact that only mentions them.
        rank = (2.0 if person in fact.items else 1.0) - 0.1 * len(fact.items)
        if best is None or rank > best[0]:
            best = (rank, fact)
    if best is None:
        # "Is Cora Lind in it?" against "Cora Lind ... does not appear": a "no", whatever
        # else the sentence is about
        denials = (
            fact
            for i in ctx.index.by_entity.get(person, ())
            if (fact := ctx.index.entries[i].fact).passage
            and (not films or set(films) & set(fact.entities))
            and yesno.denied_of_the_asked(parsed, fact, ctx)
        )
        if (denial := next(denials, None)) is not None:
            return yesno.no(denial, ctx.weights.membership_confidence, ctx)
        entities = ctx.index.entities
        film = entities[films[0]].name if films else None
        return Answer(
            False,
            render.not_in_film(entities[person].name, film),
            confidence=0.0,
            suggestions=ctx.suggest(ctx.rank(parsed)[:3], parsed.entities),
            kind="decline",
        )
    if best[1].passage and yesno.denied_of_the_asked(parsed, best[1], ctx):
        return yesno.no(best[1], ctx.weights.membership_confidence, ctx)  # "... is not returning"
    return ctx.answer_with(best[1], ctx.weights.membership_confidence)


def bare_entity(parsed: ParsedQuestion, ctx: Context) -> Answer | None:
    """A question that only names something ("MI7", "who is Tom Cruise?", "what is
    MI7 about?"): describe a person when a fact does, or anything when a passage says
    what it is (`definitions`); otherwise offer questions."""
    if parsed.content or not parsed.entities or parsed.qtype not in {"who", "what", "other"}:
        return None
    if parsed.naming or (parsed.qtype in ("what", "other") and len(set(parsed.entities)) > 1):
        return None  # "what is another name for X?", "cinemascore for X?"
    first = ctx.index.entities[parsed.entities[0]]
    if parsed.qtype == "who" and first.kind is EntityKind.FILM:
        cast = ctx.cast(first.name)  # "who's in Hollow Star 3?"
        if cast.answered:
            return cast
    ranked = ctx.rank(parsed)
    if parsed.qtype == "who" and first.kind in (EntityKind.PERSON, EntityKind.ROLE):
        for item in ranked:
            fact = ctx.index.entries[item.index].fact
            if fact.topic in DESCRIBES_PEOPLE and first.id in fact.entities:
                return ctx.answer_with(fact, max(item.score, ctx.weights.answer_threshold))
    for item in ranked[: ctx.weights.definitions_read]:  # "what was the Pinedale Assembly Center?"
        fact = ctx.index.entries[item.index].fact
        if fact.passage and definitions.defines(first, fact.answer):
            return ctx.answer_with(fact, max(item.score, ctx.weights.answer_threshold))
    answer = ctx.decline(parsed, ranked[:6])
    return replace(
        answer, text=render.what_about(first.name) if answer.suggestions else answer.text
    )


def ranked_answer(parsed: ParsedQuestion, ctx: Context) -> Answer:
    """The best-scoring fact above the threshold, else a decline with suggestions. Claims
    every question, so it comes last. When a passage ranks first it is read against the
    question; if it is no answer, the curated facts get their turn under the same rules,
    and a decline shows the closest the article came."""
    ranked = ctx.rank(parsed)
    entries = ctx.index.entries
    if not (ranked and entries[ranked[0].index].fact.passage):
        first = curated.best_fact(parsed, ranked, ctx)
        if (
            first.answered
            or parsed.qtype == "yesno"
            or not PERSON_PRONOUNS.isdisjoint(parsed.words)
        ):
            return first  # "is she back?", "who shoots her films": no one named to read of
        # a curated fact of another story ranked first and is no answer: an article's
        # passages below it may be ("when does filming start now" beside the MI7 facts)
        below = [item for item in ranked if entries[item.index].fact.passage]
        found = passages.read_passages(parsed, below, ctx) if below else None
        return found if isinstance(found, Answer) else first
    read = passages.read_passages(parsed, ranked, ctx)
    if isinstance(read, Answer):
        return read
    facts = [item for item in ranked if not entries[item.index].fact.passage]
    reply = curated.best_fact(parsed, facts, ctx) if facts else None
    if reply is not None and reply.answered:
        return reply
    decline = ctx.decline(parsed, ranked[:6])
    return decline if read is None else replace(decline, text=render.closest_passage(read))


sole_role: Handler = partial(soleroles.other_holder, answer_who=ranked_answer)
HANDLERS: tuple[Handler, ...] = (
    empty,
    greeting,
    unknown_entity,
    # "is X back for it?" against "X Bows Out": a departure says "no" before any cast list
    departures.departed,
    membership,
    bare_entity,
    sole_role,
    titled.film_title,
    ranked_answer,
)


# Checks that may revise a claimed answer, in order. The newest report comes last: it
# settles a yes/no question about a date against the whole history, not one fact.
CHECKS: tuple[Callable[[ParsedQuestion, Answer, Context], Answer], ...] = (
    yesno.yes_or_no,
    reports.newest_report,
    yesno.only_a_plan,
)
