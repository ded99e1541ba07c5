"""The `Engine` façade: builds the index for one FactSet, then answers questions by
walking the declared pipeline (parse -> handlers -> checks), and serves the commands.

Pure and synchronous. Built once per fact version, then only read, so one Engine can
serve any number of concurrent questions and a reload swaps in a whole new one.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from bot.aliases import AliasMatcher
from bot.engine import handlers, render, reports, subject
from bot.engine.index import Index
from bot.engine.parse import MAX_QUESTION_CHARS, ParsedQuestion, parse
from bot.engine.score import WEIGHTS, Weights
from bot.engine.speller import repair
from bot.history import CAST_TOPICS, History
from bot.models import Answer, Entity, EntityKind, Fact, FactSet, Topic
from bot.text import clean, normalize


class Engine:
    """Answers questions from one FactSet. Build is O(facts); a question touches only
    the facts sharing an entity or a rare word with it."""

    index: Index
    history: History
    entities: dict[str, Entity]
    matcher: AliasMatcher

    def __init__(
        self,
        facts: FactSet,
        version: int | None = None,
        *,
        previous: Engine | None = None,
        weights: Weights = WEIGHTS,
    ) -> None:
        self.facts = facts
        self.version = version
        self.index = Index(facts, previous.index if previous is not None else None)
        self.entities = self.index.entities
        self.matcher = self.index.matcher
        self.weights = weights
        self.handlers: tuple[handlers.Handler, ...] = handlers.HANDLERS
        self.history = History(facts, previous.history if previous is not None else None)
        # Moderators are shown what this version supersedes; find it here, on the
        # builder's thread, not on the event loop that reports it.
        self.history.superseded()
        self.context = handlers.Context(self.index, self.cast, weights, self.history)
        self.subject = subject.article_subject(facts.facts, self.entities, self.index.subjects)
        self.things = subject.article_things(self.entities, self.index.subjects)

    def parse(self, question: str) -> ParsedQuestion:
        return parse(self.index, question)

    def answer(self, question: str) -> Answer:
        parsed = subject.with_subject(self.parse(question), self.subject, self.entities)
        parsed = subject.with_thing(parsed, self.things, self.index.concepts, self.entities)
        reply = self._resolve(parsed)
        for check in handlers.CHECKS:
            reply = check(parsed, reply, self.context)
        return reply

    def _resolve(self, parsed: ParsedQuestion) -> Answer:
        for handler in self.handlers:
            reply = handler(parsed, self.context)
            if reply is not None:
                return reply
        return self.context.decline(parsed, [])  # unreachable while ranked_answer is last

    def render(self, fact: Fact) -> str:
        """The answer text; time-sensitive and passage answers say when it was reported."""
        return self.context.render(fact)

    # ------------------------------------------------------------------ films

    def films(self) -> list[Entity]:
        return list(self.index.names.films)

    def film_choices(self, typed: str = "", limit: int = 25) -> list[str]:
        films = self.index.names.films
        names = [f.name for f in films]
        typed = typed.strip()
        if not typed:
            return sorted(names)[:limit]
        choices = {f.name: " ".join([f.name, *f.aliases]) for f in films}
        ranked = process.extract(
            typed, choices, scorer=fuzz.partial_ratio, processor=str.casefold, limit=limit
        )
        return [name for _, score, name in ranked if score >= 50]

    def find_film(self, text: str) -> Entity | None:
        """The film `text` names, by alias or, failing that, by a close fuzzy match."""
        # Typo repair is quadratic in a word's length: a 100,000-character "film" held the
        # event loop for seconds. No film name is longer than a question.
        text = text[:MAX_QUESTION_CHARS]
        for eid in self.matcher.entities_in(text):
            if self.index.kind(eid) is EntityKind.FILM:
                return self.entities[eid]
        words = repair(self.index, normalize(text).split())[0]
        for eid in self.matcher.entities_in(" ".join(words)):
            if self.index.kind(eid) is EntityKind.FILM:
                return self.entities[eid]
        films = self.index.names.films
        forms = {f.id: normalize(alias) for f in films for alias in (f.name, *f.aliases)}
        if not forms:
            return None
        best = process.extractOne(normalize(text), forms, scorer=fuzz.ratio, score_cutoff=85)
        return self.entities[best[2]] if best else None

    # ------------------------------------------------------------------ commands

    def release(self, film: str | None = None) -> Answer:
        """Release dates: of one film, or of every film the facts date."""
        return self._topic_answer(film, frozenset({"release_date"}), "release date")

    def cast(self, film: str | None = None) -> Answer:
        """The cast facts: of one film, or of every film with cast facts."""
        return self._topic_answer(film, CAST_TOPICS, "cast")

    def _topic_answer(self, film: str | None, topics: frozenset[Topic], what: str) -> Answer:
        known = self.index.names.films
        if film and film.strip():
            entity = self.find_film(film)
            if entity is None:
                names = [f.name for f in known[:6]]
                return Answer(False, render.unknown_film(clean(film), names), kind="unknown_entity")
            films = [entity]
        else:
            films = known
        entries = self.index.entries
        picked: list[Fact] = []
        lines: list[str] = []
        for entity in films:
            facts = [
                entries[i].fact
                for i in self.index.by_entity.get(entity.id, ())
                if entries[i].fact.topic in topics
            ]
            # The fact most specific to this film: fewest other films, most list items.
            facts.sort(key=lambda f: (len(self.index.entry_of(f).films), -len(f.items)))
            for fact in facts[: 2 if what == "cast" else 1]:
                text = self.render(fact)
                if what == "release date":  # the newest report, not the first one filed
                    fact, text = reports.release_line(fact, entity.id, self.context)
                if fact not in picked:
                    picked.append(fact)
                    lines.append(text)
        if not picked:
            target = films[0].name if film and films else "any film"
            return Answer(False, render.no_topic(what, target), kind="decline")
        return Answer(
            True,
            "\n".join(lines),
            confidence=1.0,
            facts=tuple(f.id for f in picked),
            sources=tuple(dict.fromkeys(f.source for f in picked)),
            kind="answer",
        )
