"""The question pipeline: an ordered list of handlers, each claiming a question by
returning an Answer or passing it on with None (as starlette's routes or bolt's listeners
do), then checks that may revise a claimed answer.

`Engine.answer` walks HANDLERS in order; the last, RankedAnswer, claims every question.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Protocol

from bot.engine import premise, render, reports
from bot.engine.index import Index, IndexEntry
from bot.engine.parse import ParsedQuestion
from bot.engine.score import WEIGHTS, Scored, Weights, build_query, score
from bot.history import History
from bot.models import Answer, Entity, EntityKind, Fact
from bot.text import GLUE, MONTH_NAMES, concepts_of, is_calendar, is_number, normalize, stem

GREETINGS = frozenset(
    "hi hello hey hiya yo howdy sup hola greetings morning evening afternoon thanks thank you cheers help bot ping test good gm".split()
)
CAST_TOPICS = frozenset({"returning_cast", "new_cast", "cast"})
# Concepts that, like MEMBERSHIP_WORDS, ask whether someone is in a film.
MEMBERSHIP_CONCEPTS = frozenset({"@cast", "@return", "@join"})
DESCRIBES_PEOPLE = frozenset({"person", "role", "director"})
# Topics that only make sense about a named film: asked with an unknown word and no
# known film, the unknown word is probably the film ("when does the batman come out").
FILM_SUBJECT_TOPICS = frozenset(
    {"release_date", "director", "filming_location", "production", "title"}
)
# Words that, asked about a named person, ask whether they are in a film.
MEMBERSHIP_WORDS = frozenset(
    "in back return come join cast star appear feature reprise part".split()
)
# Words of a yes/no question that say nothing of the relation asked about.
MEMBERSHIP_NEUTRAL = frozenset("still yet really actually".split())
# Words that join the people of one list: "Ving Rhames and Simon Pegg are back".
LIST_JOINERS = frozenset("and or & plus as well".split())


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

    def kind(self, entity_id: str) -> EntityKind | None:
        return self.index.kind(entity_id)

    def rank(self, parsed: ParsedQuestion) -> list[Scored]:
        candidates = self.index.candidates(parsed.entities, parsed.content)
        if not candidates:
            return []
        query = build_query(
            self.index, parsed.qtype, parsed.words, parsed.entities, parsed.content,
            parsed.counting, self.weights,
        )  # fmt: skip
        entries = self.index.entries
        scored = [Scored(score(query, entries[i], self.weights), i) for i in candidates]
        scored.sort(reverse=True)
        return scored

    def render(self, fact: Fact) -> str:
        return render.answer_text(fact, self.is_name_word)

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
                r for r in ranked if len(matched_stems(parsed, self.index.entries[r.index])) >= 2
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


def matched_stems(parsed: ParsedQuestion, entry: IndexEntry) -> set[str]:
    return {
        s
        for s in parsed.content
        if s in entry.stems or not concepts_of([s]).isdisjoint(entry.concepts)
    }


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
    films = ctx.index.names.films
    entities = ctx.index.entities
    franchises = {
        entities[e].franchise if ctx.kind(e) is EntityKind.FILM else e
        for e in parsed.entities
        if ctx.kind(e) in (EntityKind.FILM, EntityKind.FRANCHISE)
    }
    if not franchises and parsed.unknown_phrase:
        words = {w for w in normalize(parsed.unknown_phrase).split() if w not in GLUE}
        words -= {w for w in words if is_number(w)}
        franchises = {
            f.franchise
            for f in films
            if f.franchise and words & set(normalize(entities[f.franchise].name).split())
        }
    picked = [f for f in films if f.franchise and f.franchise in franchises]
    if not picked:
        latest = ctx.history.latest if ctx.history is not None else {}
        picked = sorted(films, key=lambda f: latest.get(f.id, ""), reverse=True)
    return picked[:limit]


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
        entities = ctx.index.entities
        film = entities[films[0]].name if films else None
        return Answer(
            False,
            render.not_in_film(entities[person].name, film),
            confidence=0.0,
            suggestions=ctx.suggest(ctx.rank(parsed)[:3], parsed.entities),
            kind="decline",
        )
    return ctx.answer_with(best[1], ctx.weights.membership_confidence)


def bare_entity(parsed: ParsedQuestion, ctx: Context) -> Answer | None:
    """A question that only names something ("MI7", "who is Tom Cruise?", "what is
    MI7 about?"): describe a person when a fact does; otherwise offer questions."""
    if parsed.content or not parsed.entities or parsed.qtype not in {"who", "what", "other"}:
        return None
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
        return _best_fact(parsed, ranked, ctx)
    read = _read_passages(parsed, ranked, ctx)
    if isinstance(read, Answer):
        return read
    curated = [item for item in ranked if not entries[item.index].fact.passage]
    reply = _best_fact(parsed, curated, ctx) if curated else None
    if reply is not None and reply.answered:
        return reply
    decline = ctx.decline(parsed, ranked[:6])
    return decline if read is None else replace(decline, text=render.closest_passage(read))


def _best_fact(parsed: ParsedQuestion, ranked: list[Scored], ctx: Context) -> Answer:
    w = ctx.weights
    entries = ctx.index.entries
    if not ranked or ranked[0].score < w.answer_threshold:
        return ctx.decline(parsed, ranked[:6])
    best = entries[ranked[0].index]
    if not parsed.entities:
        # With no entity named, the words alone must carry the question: at least two
        # of them must match, and an unknown word may be the film it is really about.
        if len(matched_stems(parsed, best)) < 2:
            return ctx.decline(parsed, ranked[:3])
        if parsed.unknown and (
            ranked[0].score < w.unknown_word_threshold or best.fact.topic in FILM_SUBJECT_TOPICS
        ):
            return ctx.decline(parsed, ranked[:3])
    return ctx.answer_with(best.fact, ranked[0].score)


def _read_passages(
    parsed: ParsedQuestion, ranked: list[Scored], ctx: Context
) -> Answer | Fact | None:
    """An answer from a top-ranked passage that passes the premise check; else the
    closest passage read (a Fact), or None when none was worth reading."""
    w = ctx.weights
    entries = ctx.index.entries
    in_names = {word for m in parsed.mentions for word in parsed.words[m.start : m.end]}
    question = premise.asked(parsed.words, parsed.qtype, in_names)
    named = set(parsed.entities)
    closest: Fact | None = None
    for item in ranked[: w.passages_read]:
        if item.score < w.passage_threshold:
            break
        entry = entries[item.index]
        if not entry.fact.passage:
            continue
        missing = named - set(entry.entities)
        verdict = (
            premise.Verdict.fail("unexplained", min(missing))
            if missing
            else premise.check(question, entry.fact.answer)
        )
        if verdict.reason == "unexplained" and entry.fact.questions and not missing:
            # The draft's example questions say what the passage answers in fans' words
            # ("come out" for a release date): they explain the question's terms too.
            verdict = premise.check(question, " ".join((entry.fact.answer, *entry.fact.questions)))
        if verdict.ok:
            return ctx.answer_with(entry.fact, item.score)
        if closest is None:
            closest = entry.fact
    return closest


HANDLERS: tuple[Handler, ...] = (
    empty,
    greeting,
    unknown_entity,
    membership,
    bare_entity,
    ranked_answer,
)


def yes_or_no(parsed: ParsedQuestion, reply: Answer, ctx: Context) -> Answer:
    """A yes/no question is answered "yes" only by a fact that states the asked
    relation: the date or number asked about, and the asked person as the one the
    relation word belongs to ("is Tom Cruise directing" is not answered by a fact
    where Cruise stars and McQuarrie directs). A fact giving another date is a "no";
    anything else is a decline that shows the closest fact."""
    if not (reply.answered and parsed.qtype == "yesno" and reply.facts):
        return reply
    entry = ctx.index.entries[ctx.index.position[reply.facts[0]]]
    fact = entry.fact
    fact_words = normalize(fact.answer).split()
    present = set(fact_words)
    in_names = {word for m in parsed.mentions for word in parsed.words[m.start : m.end]}
    for typed in parsed.words:
        if typed in in_names:
            continue  # "Jun" in "Jun Sevani" is a name, not June
        word = MONTH_NAMES.get(typed, typed)
        cardinal = word.rstrip("stndrh") if is_number(word) else word  # "4th" states "4"
        if (is_calendar(word) or is_number(word)) and not {word, cardinal} & present:
            if entry.has_time and is_calendar(word):
                return replace(reply, text=render.no(ctx.render(fact)))
            return ctx.closest_only(parsed, fact)
    people = [e for e in parsed.entities if ctx.kind(e) is EntityKind.PERSON]
    if len(people) != 1:
        return reply
    person = people[0]
    relation = {s for s in parsed.content if s not in MEMBERSHIP_NEUTRAL}
    if fact.topic in CAST_TOPICS and person in fact.items:
        # A cast list naming the person states "is X in / part of / back for" by its topic.
        relation = {s for s in relation if not _asks_membership(s)}
    if relation and not _relation_belongs_to(relation, fact_words, person, ctx):
        return ctx.closest_only(parsed, fact)
    return reply


def _asks_membership(stem_: str) -> bool:
    return stem_ in MEMBERSHIP_WORDS or not concepts_of([stem_]).isdisjoint(MEMBERSHIP_CONCEPTS)


def _relation_belongs_to(
    relation: set[str], fact_words: list[str], person: str, ctx: Context
) -> bool:
    """Whether the fact states the relation (its stems or concepts) and the person
    nearest to each relation word, or listed with that person, is `person`."""
    people_at: list[tuple[int, str]] = []
    for m in ctx.index.matcher.find(fact_words):
        entity = ctx.index.entities[m.entity_id]
        who = entity.of if entity.kind is EntityKind.ROLE and entity.of else entity.id
        if ctx.kind(who) is EntityKind.PERSON:
            people_at.extend((i, who) for i in range(m.start, m.end))
    relation_concepts = concepts_of(relation)
    found = False
    for i, word in enumerate(fact_words):
        s = stem(word)
        if s in relation or not concepts_of([s]).isdisjoint(relation_concepts):
            found = True
            if people_at and person not in _listed_with(fact_words, people_at, i):
                return False
    return found


def _listed_with(words: list[str], people_at: list[tuple[int, str]], at: int) -> set[str]:
    """The people the relation word at `at` belongs to: the person nearest to it and
    everyone listed together with that person."""
    who_at = dict(people_at)
    nearest = min(people_at, key=lambda p: abs(p[0] - at))[0]
    listed = {who_at[nearest]}
    for step in (-1, 1):
        i = nearest + step
        while 0 <= i < len(words) and (i in who_at or words[i] in LIST_JOINERS):
            if i in who_at:
                listed.add(who_at[i])
            i += step
    return listed


# Checks that may revise a claimed answer, in order. The newest report comes last: it
# settles a yes/no question about a date against the whole history, not one fact.
CHECKS: tuple[Callable[[ParsedQuestion, Answer, Context], Answer], ...] = (
    yes_or_no,
    reports.newest_report,
)
