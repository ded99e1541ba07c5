"""The per-fact index: one entry per fact, postings by entity and by stem, IDF, the names
the entities determine, and the typo speller over the facts' own words.

Built once per fact version (O(facts)), then only read. A reload that leaves the entities
alone reuses the previous index's entries for unchanged facts, its names and its speller.
"""

from __future__ import annotations

import math
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from bot import demonyms, newsform
from bot.aliases import Mention
from bot.concepts import GENERAL_CONCEPTS
from bot.engine import compounds, dated, defined, gerunds, howlong, kinds, placings, reasons, stated
from bot.engine.attributive import as_adjectives
from bot.engine.explain import concept_stems
from bot.engine.nametables import NameTables
from bot.engine.phrases import implied_concepts
from bot.engine.phrasewords import phrase_words_in
from bot.engine.speller import Speller
from bot.models import EntityKind, Fact, FactSet
from bot.text import GLUE, capitalised_words, normalize, stem

MAX_TOKEN_POSTINGS = 200  # a word in more facts than this is no use for finding candidates
MAX_ENTITY_POSTINGS = 300  # past this, an entity's facts are narrowed by the question's words
PREFIX = 5  # stems sharing this many leading letters count as related words
CONCEPT_WORDS_CACHED = 65536  # distinct question words remembered; enough, and bounded
# General English, with a people's adjective meaning its country ("French" ~ "France").
_CONCEPTS = GENERAL_CONCEPTS.extended(demonyms.concept_groups())
# The concept a passage dating a title in brackets states ('"The Salt King" (2001)').
RELEASED = "@release"
# A film, person or character pins a question down; a studio, place or franchise does not.
SPECIFIC_KINDS = frozenset({EntityKind.FILM, EntityKind.PERSON, EntityKind.ROLE})
# Words a fact answers for by the kind of thing it names: "which studio" ~ Paramount.
KIND_WORDS: dict[EntityKind | None, tuple[str, ...]] = {
    EntityKind.ORG: ("studio", "company"),
    EntityKind.PLACE: ("place", "location"),
    EntityKind.PERSON: ("person", "actor"),
    EntityKind.ROLE: ("character", "role"),
}

intern = sys.intern  # one string object per distinct word across 100,000 facts


@dataclass(slots=True)
class IndexEntry:
    """What scoring needs to know about one fact, computed once when the index is built."""

    fact: Fact
    # Tuples, not sets: 100,000 entries of thirty-element frozensets cost ~2 KB each more,
    # and membership in thirty items is still fast for the few candidates a question has.
    stems: tuple[str, ...]
    concepts: tuple[str, ...]
    examples: tuple[str, ...]  # example questions in canonical form
    example_sets: tuple[tuple[str, ...], ...]
    entities: tuple[str, ...]
    films: tuple[str, ...]
    franchises: tuple[str, ...]  # of the fact's films, and any it names itself
    prefixes: tuple[str, ...]  # stem prefixes, so "promoting" finds "promotional"
    core_people: tuple[str, ...]  # people/characters nearly every example question names
    has_count: bool  # the answer states a number (not counting titles like "MI7")
    has_time: bool  # the answer states a date or a time
    has_span: bool  # the answer measures a span with its unit ("after 94 days")
    has_reason: bool = False  # the answer gives a cause or a purpose ("pushed it back after")
    has_date: bool = True  # its time is one on a calendar: a year or a day of a month
    has_sum: bool = True  # the answer states a sum of money ("$47.3 million")
    has_figure: bool = True  # ... and one as a figure, not a bound ("north of $100 million")
    headline: bool = False  # a title-case headline, whose compressed wording says less
    has_name: bool = True  # the answer writes a name with a capital past its first word


class Index:
    """Every fact's entry, with postings by entity and by stem, and each stem's IDF."""

    facts: FactSet
    names: NameTables
    vocab: dict[str, int]  # every word of the facts, with how often it occurs
    speller: Speller  # typo repair against the facts' own words

    def __init__(self, facts: FactSet, previous: Index | None = None) -> None:
        reusing = (
            previous is not None
            and previous.facts.entities == facts.entities
            and previous.facts.vocabulary == facts.vocabulary  # entries hold their concepts
        )
        self.facts = facts
        self.concepts = _CONCEPTS.extended(facts.vocabulary.concepts)
        # what each reference article defines in its first sentence ("Fresno city")
        self.subjects = defined.subjects(facts.facts)
        # ... those that are kinds of thing ("izlet"): "the first izlet" counts one of them
        self.kinds_defined = frozenset(normalize(s) for s in self.subjects.values() if s.islower())
        self._concept_words: dict[str, str] = {}
        # Same entities: same aliases, same name lookups.
        names = previous.names if previous is not None and reusing else NameTables(facts.entities)
        self.names = names
        self.entities = names.entities
        self.matcher = names.matcher
        self.entries: list[IndexEntry] = []
        self.by_entity: dict[str, list[int]] = defaultdict(list)
        self.by_stem: dict[str, list[int]] = defaultdict(list)
        word_counts: dict[str, int] = defaultdict(int)
        # A reload usually changes a few facts: reuse the index entries of the rest, which
        # are valid as long as the entities (and so the aliases) are the same.
        # Facts are matched by identity first (a reload reuses the Fact objects of unchanged
        # files), then by equality (a version read back from the store has new objects).
        by_identity: dict[int, IndexEntry] = {}
        by_value: dict[Fact, IndexEntry] | None = None
        if previous is not None and reusing:
            by_identity = {id(entry.fact): entry for entry in previous.entries}
            # Words of removed facts may linger in the typo vocabulary: harmless.
            word_counts.update(previous.vocab)
        else:
            for w in names.words:
                word_counts[w] += 1
        new_words = False
        self._words_cache: dict[str, list[str]] = {}
        self._subject_cache: dict[defined.Article, frozenset[str]] = {}
        for i, fact in enumerate(facts.facts):
            entry = by_identity.get(id(fact))
            if entry is not None and entry.fact is not fact:
                entry = None
            if entry is None and previous is not None and reusing:
                if by_value is None:
                    by_value = {e.fact: e for e in previous.entries}
                entry = by_value.get(fact)
            if (
                entry is not None
                and previous
                and defined.changed(previous.subjects, self.subjects, fact)
            ):
                entry = None  # its article's subject, which is in its stems, changed
            if entry is None:
                entry = self._index_fact(fact)
                for piece in (fact.answer, fact.source.quote, *fact.questions):
                    for w in self._normalized(piece):
                        new_words = new_words or w not in word_counts
                        word_counts[w] += 1
            self.entries.append(entry)
            for e in entry.entities:
                self.by_entity[e].append(i)
            for st in entry.stems:
                self.by_stem[st].append(i)
        del self._words_cache, self._subject_cache
        self.position = {entry.fact.id: i for i, entry in enumerate(self.entries)}
        # the films news passages tell of ("where was the movie shot", with news of several
        # films in the store, means no one of them in particular)
        self.news_films = frozenset(f for e in self.entries if e.fact.passage for f in e.films)
        n = max(1, len(self.entries))
        self.idf = {s: math.log(1 + n / len(p)) for s, p in self.by_stem.items()}
        self.vocab = dict(word_counts)
        self.stems = frozenset(self.by_stem)
        if previous is not None and reusing and not new_words:
            # The typo-repair tables depend only on the vocabulary, which gained nothing.
            self.speller = previous.speller
        else:
            self.speller = Speller(self.vocab)

    def kind(self, entity_id: str) -> EntityKind | None:
        entity = self.entities.get(entity_id)
        return entity.kind if entity else None

    def canonical(self, words: list[str], mentions: Sequence[Mention] | None = None) -> str:
        """Words with each alias replaced by its entity id, so "MI7" and "Mission
        Impossible 7" compare equal in fuzzy scoring; a parsed question's own `mentions`
        ("the next Mission Impossible" for MI7) when given."""
        out: list[str] = []
        i = 0
        for mention in self.matcher.find(words) if mentions is None else mentions:
            out.extend(self.concept_word(w) for w in words[i : mention.start] if w not in GLUE)
            out.append("@" + mention.entity_id)
            i = mention.end
        out.extend(self.concept_word(w) for w in words[i:] if w not in GLUE)
        return " ".join(out)

    def concept_word(self, word: str) -> str:
        """A word as fuzzy scoring sees it: its stem, or the concept it belongs to."""
        known = self._concept_words.get(word)
        if known is None:
            found = self.concepts.of([s := stem(word)])
            known = min(found) if found else s
            if len(self._concept_words) < CONCEPT_WORDS_CACHED:
                self._concept_words[word] = known
        return known

    def entry_of(self, fact: Fact) -> IndexEntry:
        for i in self.by_entity.get(fact.entities[0], ()) if fact.entities else ():
            if self.entries[i].fact is fact:
                return self.entries[i]
        return next(e for e in self.entries if e.fact is fact)

    def candidates(self, entities: tuple[str, ...], content: tuple[str, ...]) -> set[int]:
        """The facts worth scoring: those about the most specific entity the question
        names (plus the other named entities' when they are small), narrowed by the
        question's rarest words when that still leaves too many; with no entity named,
        the facts sharing its rarest words."""
        specific = [e for e in entities if self.kind(e) in SPECIFIC_KINDS and e in self.by_entity]
        postings = sorted(
            (self.by_entity[e] for e in (specific or entities) if e in self.by_entity), key=len
        )
        # ties keep the question's order: a set's would change with the process's hash seed
        rare_words = sorted(
            (s for s in dict.fromkeys(content) if s in self.by_stem),
            key=lambda s: len(self.by_stem[s]),
        )
        if postings:
            found = set(postings[0])
            # "the Merrow Canal Museum" names the canal too (see `_within`)
            within = [
                self.by_entity.get(w, ()) for e in entities for w in self.names.within.get(e, ())
            ]
            for more in [*postings[1:], *within]:
                if len(more) <= MAX_ENTITY_POSTINGS:
                    found.update(more)
            if len(found) > MAX_ENTITY_POSTINGS and rare_words:
                # "what did X tell Deadline ...": Deadline is in thousands of facts.
                sharing = set()
                for s in rare_words[:2]:
                    sharing.update(self.by_stem[s])
                narrowed = found & sharing
                if narrowed:
                    found = (
                        narrowed
                        if len(narrowed) <= MAX_ENTITY_POSTINGS
                        else set(sorted(narrowed)[:MAX_ENTITY_POSTINGS])
                    )
            return found
        found = set()
        for s in rare_words[:3]:
            posting = self.by_stem[s]
            if len(posting) <= MAX_TOKEN_POSTINGS or not found:
                found.update(posting[:MAX_TOKEN_POSTINGS])
        # and the facts saying the same with another word of its concept: "how long did
        # they shoot" finds "principal photography ... wrapped after 94 days"
        for s in set(content):
            for mate in self.concepts.mates(s):
                posting = self.by_stem.get(mate, [])
                if len(posting) <= MAX_TOKEN_POSTINGS:
                    found.update(posting)
        return found

    # ------------------------------------------------------------------ building

    def _normalized(self, text: str) -> list[str]:
        """normalize(text).split(), remembered while an index is built (passages repeat
        their answer as their quote; topics repeat everywhere)."""
        words = self._words_cache.get(text)
        if words is None:
            if len(self._words_cache) > 4096:  # bounded: sharing is mostly within a fact
                self._words_cache.clear()
            words = self._words_cache[text] = [intern(w) for w in normalize(text).split()]
        return words

    def _subject_entities(self, article: defined.Article) -> frozenset[str]:
        """The entities named as an article's defined subject ("Ulladine Picturehouses"
        of "Ulladine Picturehouses chain": the subject, then the noun saying what it is,
        when the definition gave one)."""
        found = self._subject_cache.get(article)
        if found is None:
            subject = self.subjects[article]
            names = {normalize(subject), normalize(defined.proper_name(subject))}
            found = frozenset(e.id for e in self.entities.values() if normalize(e.name) in names)
            self._subject_cache[article] = found
        return found

    def place_words(self, fact: Fact) -> list[str]:
        """The words of the place a settlement's reference article is about, when `fact` is
        one of its passages naming no other place: "The population density was 4,404.5
        people per square mile" is of the town's."""
        if any(self.kind(e) in (EntityKind.PLACE, EntityKind.ORG) for e in fact.entities):
            return []
        return defined.of_the_place(self.subjects, fact)

    def implied_subject(self, fact: Fact, entity_id: str) -> bool:
        """Whether `entity_id` is the subject of `fact`'s reference article and the passage
        names nothing else of its kind, so it is about it unsaid: "The stadium cost £21
        million" in the club's article is the club's stadium."""
        subject = self.subjects.get(defined.article_of(fact)) if fact.passage else None
        entity = self.entities.get(entity_id)
        if not subject or entity is None:
            return False
        if normalize(defined.proper_name(subject)) != normalize(entity.name):
            return False
        return all(e == entity_id or self.kind(e) != entity.kind for e in fact.entities)

    def _it_is_another(self, fact: Fact, words: list[str]) -> bool:
        """Whether the "It" a passage opens on was read as a thing it doesn't name, not
        the article's subject: "Elsie and the Iron Heron, a stop-motion series ... It was
        sold to broadcasters in twenty countries" (a film the draft adds to every sentence
        of an article about one is no such reading)."""
        if words[:1] not in (["it"], ["its"]):
            return False
        text = f" {' '.join(words)} "
        return any(
            self.kind(e) not in (EntityKind.FILM, EntityKind.PERSON)
            and f" {normalize(self.entities[e].name)} " not in text
            for e in fact.entities
            if e in self.entities
        )

    def _index_fact(self, fact: Fact) -> IndexEntry:
        # "the founding harbours" are the original ones, no founding (see `attributive`)
        answer_words = compounds.without_roles(as_adjectives(self._normalized(fact.answer)))
        # the example questions and the topic say what the fact is about in other words
        about = [w for q in fact.questions for w in self._normalized(q)]
        about += self._normalized(fact.topic.replace("_", " "))
        stem_words = [*answer_words, *as_adjectives(self._normalized(fact.source.quote)), *about]
        referred = defined.words_for(self.subjects, fact, answer_words)  # "It is ..."
        referred = referred or self.place_words(fact)  # "July is the warmest month"
        stem_words += referred
        examples = [intern(self.canonical(self._normalized(q))) for q in fact.questions]
        for e in fact.entities:  # "which studio ..." matches a fact naming Paramount
            stem_words.extend(KIND_WORDS.get(self.kind(e), ()))
        # "was set up in 1998 by": ranked as "founded", as a question's words are read
        phrased = (*phrase_words_in(answer_words), *placings.places(answer_words))
        phrased += tuple(gerunds.verbs(answer_words))  # "by building": built
        stems = tuple(
            {intern(s): None for s in (*(stem(w) for w in stem_words if w not in GLUE), *phrased)}
        )
        franchises = frozenset(
            f
            for e in fact.entities
            for f in (
                e if self.kind(e) is EntityKind.FRANCHISE else None,
                self.entities[e].franchise if e in self.entities else None,
            )
            if f
        )
        entity_ids = frozenset(fact.entities) | franchises
        if referred and not self._it_is_another(fact, answer_words):
            # "the company operates 58 cinemas" is about the article's subject
            entity_ids |= self._subject_entities(defined.article_of(fact))
        return IndexEntry(
            fact=fact,
            stems=stems,
            concepts=(
                *self._concepts(answer_words, about),
                *implied_concepts(answer_words),
                *((RELEASED,) if fact.passage and dated.dates_a_title(fact.answer) else ()),
            ),
            examples=tuple(examples),
            example_sets=tuple(tuple({intern(t): None for t in x.split()}) for x in examples),
            entities=tuple(entity_ids),
            films=tuple(e for e in entity_ids if self.kind(e) is EntityKind.FILM),
            franchises=tuple(franchises),
            prefixes=tuple({intern(x[:PREFIX]): None for x in stems if len(x) >= PREFIX + 1}),
            core_people=tuple(self._core_people(examples)),
            has_count=stated.count(answer_words)
            and stated.count(self._without_names(answer_words).split()),
            has_time=stated.time(fact.answer),
            has_date=stated.date(fact.answer),
            has_sum=stated.sum_of_money(fact.answer, answer_words),
            has_figure=not stated.only_bounds(fact.answer),
            headline=fact.passage and newsform.headline(fact.answer),
            has_name=bool(capitalised_words(fact.answer)),
            has_reason=reasons.gives_reason(answer_words),
            has_span=any(
                w in howlong.SPANS and kinds.measured_span(answer_words, i, length=True)
                for i, w in enumerate(answer_words)
            ),
        )

    def _concepts(self, answer_words: list[str], about: list[str]) -> set[str]:
        """The concepts a fact's answer and the words `about` it say: not those of the kind
        words its entities add ("film" says no filming), nor a verb's noun ("the new
        film") or adjective ("wide open") in its answer."""
        acting = concept_stems(answer_words, [stem(w) for w in answer_words], light=True)
        # ... and what its phrases say: "stepped away" leaves, "turned up" finds
        return self.concepts.of([*acting, *map(stem, about), *phrase_words_in(answer_words)])

    def _without_names(self, words: list[str]) -> str:
        keep = [True] * len(words)
        for mention in self.matcher.find(words):
            for i in range(mention.start, mention.end):
                keep[i] = False
        return " ".join(w for w, k in zip(words, keep, strict=True) if k)

    def _core_people(self, examples: list[str]) -> frozenset[str]:
        """The people or characters a fact is about, judged by its example questions:
        a fact asked about as "... Michelle Monaghan ..." is no answer to a question
        that doesn't name her."""
        if not examples:
            return frozenset()
        counts: dict[str, int] = defaultdict(int)
        for example in examples:
            for token in set(example.split()):
                entity = token[1:] if token.startswith("@") else ""
                if self.kind(entity) in (EntityKind.PERSON, EntityKind.ROLE):
                    counts[entity] += 1
        return frozenset(e for e, n in counts.items() if n >= 0.75 * len(examples))
