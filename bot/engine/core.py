"""The answer engine: question in, sourced Answer (or an honest decline) out.

Pure and synchronous. Built once per fact version, then only read, so one Engine can
serve any number of concurrent questions and a reload swaps in a whole new one.

How a question is answered:
1. clean and normalize it; repair typos against the facts' own vocabulary;
2. find the entities it names (aliases, longest first) and what it asks (who/when/...);
3. decline at once if it names something the facts don't know ("dune 3", "keanu reeves");
4. gather candidate facts from the entity and word postings (never every fact);
5. score each: how much of the question the fact explains (IDF-weighted, with concept
   synonyms), how close it is to the fact's example questions (rapidfuzz), whether the
   entities agree, and whether the fact's topic suits the question type;
6. answer above the threshold, else decline with up to 3 "did you mean" suggestions.
"""

from __future__ import annotations

import math
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.aliases import AliasMatcher, Mention
from bot.engine import premise
from bot.models import Answer, Entity, EntityKind, Fact, FactSet
from bot.text import (
    GLUE,
    MONTH_NAMES,
    NUMBER_WORDS,
    QUESTION_WORDS,
    clean,
    common_words,
    concepts_of,
    is_calendar,
    is_number,
    normalize,
    stem,
)

MAX_QUESTION_CHARS = 500
ANSWER_THRESHOLD = 0.55
SUGGEST_THRESHOLD = 0.4  # below this a fact is not "near" the question
UNKNOWN_WORD_THRESHOLD = 0.56  # no entity named and a word the facts never use
# Topics that only make sense about a named film: asked with an unknown word and no
# known film, the unknown word is probably the film ("when does the batman come out").
FILM_SUBJECT_TOPICS = frozenset(
    {"release_date", "director", "filming_location", "production", "title"}
)
PASSAGES_READ = 1  # how many top-ranked passages are read against the question
PASSAGE_THRESHOLD = 0.5  # a passage scored below this is not worth reading
PASSAGE_WEIGHT = 0.9  # curated facts win ties with the raw sentence they came from
MAX_TOKEN_POSTINGS = 200  # a word in more facts than this is no use for finding candidates
MAX_ENTITY_POSTINGS = 300  # past this, an entity's facts are narrowed by the question's words
UNKNOWN_WORD_WEIGHT = math.log(1 + 100)  # as if the word were in 1% of the facts
PREFIX = 5  # stems sharing this many leading letters count as related words
# Words a fact answers for by the kind of thing it names: "which studio" ~ Paramount.
KIND_WORDS: dict[EntityKind | None, tuple[str, ...]] = {
    EntityKind.ORG: ("studio", "company"),
    EntityKind.PLACE: ("place", "location"),
    EntityKind.PERSON: ("person", "actor"),
    EntityKind.ROLE: ("character", "role"),
}  # a word in more facts than this is no use for finding candidates

HELP_TEXT = (
    "Ask me about a film franchise, e.g. \u201cwho's returning for MI7?\u201d or "
    "\u201cwhen does Mission: Impossible 8 come out?\u201d. "
    "Commands: /release [film], /cast [film], /help."
)
GREETINGS = frozenset(
    "hi hello hey hiya yo howdy sup hola greetings morning evening afternoon thanks thank you cheers help bot ping test good gm".split()
)
CAST_TOPICS = frozenset({"returning_cast", "new_cast", "cast"})
DESCRIBES_PEOPLE = frozenset({"person", "role", "director"})
SPECIFIC_KINDS = frozenset({EntityKind.FILM, EntityKind.PERSON, EntityKind.ROLE})
# A lone roman numeral after a franchise's name is a film number ("Sable Tempest V").
ROMAN_AFTER_TITLE = {"v": "5", "x": "10"}
# Which topics suit which question type; a small nudge, never a decision on its own.
TOPIC_AFFINITY: dict[str, frozenset[str]] = {
    "when": frozenset({"release_date", "production", "production_start"}),
    "where": frozenset({"filming_location", "interview", "production"}),
    "who": frozenset(
        {"returning_cast", "new_cast", "cast", "director", "role", "person", "interview"}
    ),
    "yesno": frozenset({"returning_cast", "new_cast", "cast", "production", "director"}),
}
FILM_CUES = frozenset({"movie", "film", "sequel", "part", "installment", "franchise", "series"})
# Words that, asked about a named person, ask whether they are in a film.
MEMBERSHIP_WORDS = frozenset(
    "in back return come join cast star appear feature reprise part".split()
)
# Words of a yes/no question that say nothing of the relation asked about.
MEMBERSHIP_NEUTRAL = frozenset("still yet really actually".split())
YESNO_STARTS = frozenset("is are was were will does do did has have can could should would".split())


@dataclass(frozen=True)
class ParsedQuestion:
    """What the engine understood of a question; also useful for debugging replies."""

    text: str  # cleaned, as the user wrote it
    words: tuple[str, ...]  # normalized, typos repaired
    mentions: tuple[Mention, ...]
    entities: tuple[str, ...]  # ids named, in order, plus characters' actors
    qtype: str  # who | when | where | what | which | how | yesno | other
    content: tuple[str, ...]  # stems of meaningful words outside entity names
    unknown: tuple[str, ...]  # stems the facts never use
    unknown_phrase: str | None  # a name-like phrase the facts don't know
    repaired: tuple[tuple[str, str], ...] = ()
    counting: bool = False  # "how many ...": the answer must hold a number


@dataclass(slots=True)
class _Indexed:
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


@dataclass(frozen=True)
class _Query:
    parsed: ParsedQuestion
    canon: str
    canon_set: frozenset[str]
    words: list[tuple[str, float, frozenset[str]]]  # (stem, weight, its concepts)
    total: float
    named: frozenset[str]
    films: frozenset[str]
    franchises: frozenset[str]
    people: frozenset[str]


@dataclass(order=True)
class _Scored:
    score: float
    index: int = field(compare=False)


class _Speller:
    """Typo repair against a vocabulary: one edit (an extra, missing, wrong or swapped
    letter) for any word, two for long words. Finds candidates through a table of each
    word with one letter deleted, so a look-up costs a few dict probes, not a scan."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.deletes: dict[str, list[str]] = defaultdict(list)
        self.by_prefix: dict[str, list[str]] = defaultdict(list)
        for word in counts:
            if len(word) >= 4 and word.isalpha():
                for j in range(len(word)):
                    self.deletes[word[:j] + word[j + 1 :]].append(word)
                self.by_prefix[word[:2]].append(word)

    def correct(self, word: str) -> str | None:
        candidates: set[str] = set(self.deletes.get(word, ()))
        for j in range(len(word)):
            deleted = word[:j] + word[j + 1 :]
            if deleted in self.counts:
                candidates.add(deleted)
            candidates.update(self.deletes.get(deleted, ()))
        # OSA, not Levenshtein: two swapped letters ("dagyn") are one slip of the fingers.
        candidates = {c for c in candidates if OSA.distance(word, c) <= 1}
        if not candidates and len(word) >= 7:
            pool = self.by_prefix.get(word[:2], [])
            best = process.extractOne(word, pool, scorer=OSA.distance, score_cutoff=2)
            if best:
                candidates.add(best[0])
        if not candidates:
            return None
        return max(candidates, key=lambda c: (-OSA.distance(word, c), self.counts[c]))


@lru_cache(maxsize=1)
def _english_speller() -> _Speller:
    words = {w: 1 for w in common_words()}
    words.update({w: 1 for w in NUMBER_WORDS})
    return _Speller(words)


class _Names:
    """What the entities alone determine: alias lookup, name words, films. Built once per
    entity set and shared by the next Engine when a reload leaves the entities alone."""

    def __init__(self, entities: tuple[Entity, ...]) -> None:
        memo: dict[str, str] = {}

        def norm(text: str) -> str:
            found = memo.get(text)
            if found is None:
                found = memo[text] = normalize(text)
            return found

        self.entities: dict[str, Entity] = {e.id: e for e in entities}
        self.matcher = AliasMatcher(entities, norm)
        self.films = [e for e in entities if e.kind is EntityKind.FILM]
        self.person_words = {
            w
            for e in entities
            if e.kind in (EntityKind.PERSON, EntityKind.ROLE)
            for w in norm(e.name).split()
        }
        self.title_words = {
            w
            for e in self.films
            for w in norm(e.name).split()
            if w not in GLUE and not is_number(w)
        }
        # Multi-word names by each of their words, to repair "simon peg" -> "simon pegg"
        # by looking only at names sharing a word with the question.
        self.by_word: dict[str, set[str]] = defaultdict(set)
        self.words: list[str] = []  # every word of every name and alias (typo vocabulary)
        for entity in entities:
            for form in (entity.name, *entity.aliases):
                words = norm(form).split()
                self.words.extend(words)
                if len(words) >= 2:
                    for w in words:
                        if w not in GLUE and not is_number(w):
                            self.by_word[w].add(" ".join(words))


class Engine:
    """Answers questions from one FactSet. Build is O(facts); a question touches only
    the facts sharing an entity or a rare word with it."""

    _vocab: dict[str, int]  # every word of the facts, with how often it occurs
    _names: _Names
    entities: dict[str, Entity]
    _speller: _Speller  # typo repair against the facts' own words

    def __init__(
        self, facts: FactSet, version: int | None = None, *, previous: Engine | None = None
    ) -> None:
        self.facts = facts
        self.version = version
        if previous is not None and previous.facts.entities == facts.entities:
            names = previous._names  # same entities: same aliases, same name lookups
        else:
            names = _Names(facts.entities)
        self._names = names
        self.entities = names.entities
        self.matcher = names.matcher
        self._films = names.films
        self._person_words = names.person_words
        self._title_words = names.title_words
        self._names_by_word = names.by_word
        self._index: list[_Indexed] = []
        self._by_entity: dict[str, list[int]] = defaultdict(list)
        self._by_stem: dict[str, list[int]] = defaultdict(list)
        word_counts: dict[str, int] = defaultdict(int)
        # A reload usually changes a few facts: reuse the index entries of the rest, which
        # are valid as long as the entities (and so the aliases) are the same.
        # Facts are matched by identity first (a reload reuses the Fact objects of unchanged
        # files), then by equality (a version read back from the store has new objects).
        by_identity: dict[int, _Indexed] = {}
        by_value: dict[Fact, _Indexed] | None = None
        reusing = previous is not None and previous.facts.entities == facts.entities
        if previous is not None and reusing:
            by_identity = {id(entry.fact): entry for entry in previous._index}
            # Words of removed facts may linger in the typo vocabulary: harmless.
            word_counts.update(previous._vocab)
        else:
            for w in names.words:
                word_counts[w] += 1
        new_words = False
        self._words_cache: dict[str, list[str]] = {}
        for i, fact in enumerate(facts.facts):
            entry = by_identity.get(id(fact))
            if entry is not None and entry.fact is not fact:
                entry = None
            if entry is None and previous is not None and reusing:
                if by_value is None:
                    by_value = {e.fact: e for e in previous._index}
                entry = by_value.get(fact)
            if entry is None:
                entry = self._index_fact(fact)
                for piece in (fact.answer, fact.source.quote, *fact.questions):
                    for w in self._normalized(piece):
                        new_words = new_words or w not in word_counts
                        word_counts[w] += 1
            self._index.append(entry)
            for e in entry.entities:
                self._by_entity[e].append(i)
            for st in entry.stems:
                self._by_stem[st].append(i)
        del self._words_cache
        self._position = {entry.fact.id: i for i, entry in enumerate(self._index)}
        n = max(1, len(self._index))
        self._idf = {s: math.log(1 + n / len(p)) for s, p in self._by_stem.items()}
        self._max_idf = math.log(1 + n / 0.5)
        # An ordinary word the facts never use ("members", "folks") weighs like a typical
        # word: it may be filler, or the thing asked about that no fact mentions.
        # A constant, not a statistic of the vocabulary: the median IDF rises as rare names
        # fill a large fact set, which would make the same question harder to answer.
        self._unknown_weight = UNKNOWN_WORD_WEIGHT
        self._vocab = dict(word_counts)
        self._stems = frozenset(self._by_stem)
        if previous is not None and reusing and not new_words:
            # The typo-repair tables depend only on the vocabulary, which gained nothing.
            self._speller = previous._speller
        else:
            self._speller = _Speller(self._vocab)

    # ------------------------------------------------------------------ helpers

    def _normalized(self, text: str) -> list[str]:
        """normalize(text).split(), remembered while an index is built (passages repeat
        their answer as their quote; topics repeat everywhere)."""
        words = self._words_cache.get(text)
        if words is None:
            if len(self._words_cache) > 4096:  # bounded: sharing is mostly within a fact
                self._words_cache.clear()
            words = self._words_cache[text] = [_intern(w) for w in normalize(text).split()]
        return words

    def _index_fact(self, fact: Fact) -> _Indexed:
        stem_words: list[str] = []
        for piece in (
            fact.answer,
            fact.source.quote,
            *fact.questions,
            fact.topic.replace("_", " "),
        ):
            stem_words.extend(self._normalized(piece))
        examples = [_intern(self._canonical(self._normalized(q))) for q in fact.questions]
        for e in fact.entities:  # "which studio ..." matches a fact naming Paramount
            stem_words.extend(KIND_WORDS.get(self._kind(e), ()))
        stems = tuple({_intern(stem(w)): None for w in stem_words if w not in GLUE})
        franchises = frozenset(
            f
            for e in fact.entities
            for f in (
                e if self._kind(e) is EntityKind.FRANCHISE else None,
                self.entities[e].franchise if e in self.entities else None,
            )
            if f
        )
        entity_ids = frozenset(fact.entities) | franchises
        answer_words = self._normalized(fact.answer)
        return _Indexed(
            fact=fact,
            stems=stems,
            concepts=tuple(concepts_of(stems)),
            examples=tuple(examples),
            example_sets=tuple(tuple({_intern(t): None for t in x.split()}) for x in examples),
            entities=tuple(entity_ids),
            films=tuple(e for e in entity_ids if self._kind(e) is EntityKind.FILM),
            franchises=tuple(franchises),
            prefixes=tuple({_intern(x[:PREFIX]): None for x in stems if len(x) >= PREFIX + 1}),
            core_people=tuple(self._core_people(examples)),
            has_count=bool(_COUNT.search(" ".join(answer_words)))
            and bool(_COUNT.search(self._without_names(answer_words))),
            has_time=bool(_TIME.search(fact.answer)),
        )

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
                if self._kind(entity) in (EntityKind.PERSON, EntityKind.ROLE):
                    counts[entity] += 1
        return frozenset(e for e, n in counts.items() if n >= 0.75 * len(examples))

    def _kind(self, entity_id: str) -> EntityKind | None:
        entity = self.entities.get(entity_id)
        return entity.kind if entity else None

    def _canonical(self, words: list[str]) -> str:
        """Words with each alias replaced by its entity id, so "MI7" and "Mission
        Impossible 7" compare equal in fuzzy scoring."""
        out: list[str] = []
        i = 0
        for mention in self.matcher.find(words):
            out.extend(_concept_word(w) for w in words[i : mention.start] if w not in GLUE)
            out.append("@" + mention.entity_id)
            i = mention.end
        out.extend(_concept_word(w) for w in words[i:] if w not in GLUE)
        return " ".join(out)

    def films(self) -> list[Entity]:
        return list(self._films)

    def film_choices(self, typed: str = "", limit: int = 25) -> list[str]:
        names = [f.name for f in self._films]
        typed = typed.strip()
        if not typed:
            return sorted(names)[:limit]
        choices = {f.name: " ".join([f.name, *f.aliases]) for f in self._films}
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
            if self._kind(eid) is EntityKind.FILM:
                return self.entities[eid]
        words = self._repair(normalize(text).split())[0]
        for eid in self.matcher.entities_in(" ".join(words)):
            if self._kind(eid) is EntityKind.FILM:
                return self.entities[eid]
        forms = {f.id: normalize(alias) for f in self._films for alias in (f.name, *f.aliases)}
        if not forms:
            return None
        best = process.extractOne(normalize(text), forms, scorer=fuzz.ratio, score_cutoff=85)
        return self.entities[best[2]] if best else None

    # ------------------------------------------------------------------ parsing

    def _repair(self, words: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
        """Fix typos: first against the facts' own words (names, titles), then against
        ordinary English, so "retuning" finds "returning" and "actulaly" is not taken
        for a name the facts don't know."""
        repaired: list[tuple[str, str]] = []
        out = []
        common = common_words()
        for w in words:
            if (
                len(w) >= 4
                and w.isalpha()
                and w not in self._vocab
                and w not in GLUE
                and w not in common
                and stem(w) not in self._stems
                and not concepts_of([stem(w)])
            ):
                fixed = self._speller.correct(w) or _english_speller().correct(w)
                if fixed:
                    repaired.append((w, fixed))
                    out.append(fixed)
                    continue
            out.append(w)
        return out, repaired

    def _repair_names(
        self, words: list[str], mentions: list[Mention]
    ) -> tuple[list[str], list[Mention], list[tuple[str, str]]]:
        """Fix a misspelt part of a multi-word name ("simon peg", "vanesa kirby"): a pair of
        words outside any mention, sharing one word with a known name and close to it."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        fixes: list[tuple[str, str]] = []
        i = 0
        out = list(words)
        while i < len(out) - 1:
            pair = out[i : i + 2]
            if i in taken or i + 1 in taken or any(w in GLUE for w in pair):
                i += 1
                continue
            names = self._names_by_word.get(pair[0], set()) | self._names_by_word.get(
                pair[1], set()
            )
            phrase = " ".join(pair)
            best = process.extractOne(
                phrase,
                [n for n in names if len(n.split()) == 2],
                scorer=fuzz.ratio,
                score_cutoff=85,
            )
            if best and best[0] != phrase:
                fixes.append((phrase, best[0]))
                out[i : i + 2] = best[0].split()
                i += 2
            else:
                i += 1
        if not fixes:
            return words, mentions, fixes
        return out, self.matcher.find(out), fixes

    def parse(self, question: str) -> ParsedQuestion:
        text = clean(question[:MAX_QUESTION_CHARS])
        raw_words = _strip_preface(normalize(text).split())
        words, repaired = self._repair(raw_words)
        mentions = self.matcher.find(words)
        words, mentions, name_fixes = self._repair_names(words, mentions)
        repaired.extend(name_fixes)
        entity_ids: list[str] = []
        for m in mentions:
            entity_ids.append(m.entity_id)
            entity = self.entities[m.entity_id]
            if entity.kind is EntityKind.ROLE and entity.of:
                entity_ids.append(entity.of)
        in_mention: set[int] = set()
        for m in mentions:
            in_mention.update(range(m.start, m.end))
        content: list[str] = []
        unknown: list[str] = []
        for i, w in enumerate(words):
            if i in in_mention or w in GLUE or is_number(w):
                continue
            s = stem(w)
            content.append(s)
            if s not in self._stems and not concepts_of([s]):
                unknown.append(s)
        return ParsedQuestion(
            text=text,
            words=tuple(words),
            mentions=tuple(mentions),
            entities=tuple(dict.fromkeys(entity_ids)),
            qtype=_question_type(words),
            content=tuple(content),
            unknown=tuple(unknown),
            unknown_phrase=_as_typed(
                self._unknown_phrase(text, words, in_mention), words, raw_words
            ),
            repaired=tuple(repaired),
            counting=" ".join(words[:4]).startswith(("how many", "how much"))
            or " how many " in f" {' '.join(words)} ",
        )

    def _unknown_phrase(self, text: str, words: list[str], in_mention: set[int]) -> str | None:
        """A phrase that names something the facts don't know: two or more unknown words
        together ("keanu reeves", "fast and furious"), an unknown word with a number
        ("dune 3"), a capitalised unknown word ("Oppenheimer"), or an unknown word
        before "movie"/"film"."""
        numbered = self._unknown_film_number(words)
        if numbered:
            return numbered
        capitalised = {
            normalize(w)
            for w in re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w']+", text)
            if normalize(w)
        }

        def unknown(i: int) -> bool:
            w = words[i]
            if i in in_mention or w in GLUE or w in QUESTION_WORDS or is_calendar(w):
                return False
            if is_number(w):
                return True
            s = stem(w)
            return s not in self._stems and not concepts_of([s])

        runs: list[list[int]] = []
        current: list[int] = []
        for i, _ in enumerate(words):
            if unknown(i) or (
                current
                and (words[i] in {"and", "of", "the", "&"} or words[i] in self._person_words)
                and i not in in_mention
            ):
                current.append(i)
            else:
                if current:
                    runs.append(current)
                current = []
        if current:
            runs.append(current)
        for run in runs:
            # Connectors only count inside a run, never at its end.
            while run and not unknown(run[-1]) and words[run[-1]] not in self._person_words:
                run.pop()
            if not run:
                continue
            # A first name of a known person followed by an unknown surname is someone else.
            start = run[0]
            while (
                start > 0 and words[start - 1] in self._person_words and start - 1 not in in_mention
            ):
                start -= 1
            run = list(range(start, run[-1] + 1))
            real = [i for i in run if unknown(i)]
            if not real:
                continue
            numbers = [i for i in real if is_number(words[i])]
            words_only = [i for i in real if not is_number(words[i])]
            after = words[run[-1] + 1] if run[-1] + 1 < len(words) else ""
            phrase = " ".join(words[i] for i in run)
            if not words_only:
                # A bare number after a franchise or a film's title words is a film we
                # don't know ("mission impossible 9", "hollow star 4"); "2018" alone is not.
                if run[0] > 0 and (run[0] - 1) in in_mention:
                    prev = self._mention_at(words, run[0] - 1)
                    if prev and self._kind(prev) is EntityKind.FRANCHISE:
                        return f"{self._name_of_mention(words, run[0] - 1)} {phrase}"
                title: list[str] = []
                j = run[0] - 1
                while j >= 0 and j not in in_mention and words[j] in self._title_words:
                    title.insert(0, words[j])
                    j -= 1
                if title:
                    return " ".join([*title, phrase])
                continue
            if (
                len(run) >= 2
                or numbers
                or after in FILM_CUES
                or any(words[i] in capitalised for i in words_only)
                or any(not self._ordinary(words[i]) for i in words_only)
            ):
                return phrase
        return None

    def _unknown_film_number(self, words: list[str]) -> str | None:
        """ "the sixth Azure Meridian film", "Sable Tempest V": a franchise with a film
        number that no film of it has (a film that exists is matched by its own alias)."""
        for mention in self.matcher.find(words):
            if self._kind(mention.entity_id) is not EntityKind.FRANCHISE:
                continue
            name = " ".join(words[mention.start : mention.end])
            before = words[mention.start - 1] if mention.start > 0 else ""
            after = words[mention.end] if mention.end < len(words) else ""
            if re.fullmatch(r"\d+(st|nd|rd|th)", before):
                return f"{before} {name}"
            if after in ROMAN_AFTER_TITLE:
                return f"{name} {after}"
        return None

    @staticmethod
    def _ordinary(word: str) -> bool:
        """An ordinary English word, as opposed to a name the facts don't know."""
        common = common_words()
        return word in common or stem(word) in common or len(word) <= 2

    def _mention_at(self, words: list[str], index: int) -> str | None:
        for m in self.matcher.find(words):
            if m.start <= index < m.end:
                return m.entity_id
        return None

    def _name_of_mention(self, words: list[str], index: int) -> str:
        for m in self.matcher.find(words):
            if m.start <= index < m.end:
                return " ".join(words[m.start : m.end])
        return words[index]

    # ------------------------------------------------------------------ answering

    def answer(self, question: str) -> Answer:
        parsed = self.parse(question)
        reply = self._resolve(parsed)
        if reply.answered and parsed.qtype == "yesno" and reply.facts:
            return self._yes_or_no(parsed, reply)
        return reply

    def _yes_or_no(self, parsed: ParsedQuestion, reply: Answer) -> Answer:
        """A yes/no question is answered "yes" only by a fact that states the asked
        relation: the date or number asked about, and the asked person as the one the
        relation word belongs to ("is Tom Cruise directing" is not answered by a fact
        where Cruise stars and McQuarrie directs). A fact giving another date is a "no";
        anything else is a decline that shows the closest fact."""
        fact = self._index[self._position[reply.facts[0]]].fact
        text = self.render(fact)
        fact_words = normalize(fact.answer).split()
        present = set(fact_words)
        for w in (MONTH_NAMES.get(w, w) for w in parsed.words):
            if (
                (is_calendar(w) or is_number(w))
                and w not in present
                and not any(w == m for m in self._numbers_in_names(parsed))
            ):
                if self._index[self._position[fact.id]].has_time and is_calendar(w):
                    return replace(reply, text=f"No: {text}")
                return self._closest_only(parsed, fact)
        people = [e for e in parsed.entities if self._kind(e) is EntityKind.PERSON]
        if len(people) == 1 and not self._relation_belongs_to(parsed, fact_words, people[0]):
            return self._closest_only(parsed, fact)
        return reply

    def _numbers_in_names(self, parsed: ParsedQuestion) -> set[str]:
        return {w for m in parsed.mentions for w in parsed.words[m.start : m.end]}

    def _relation_belongs_to(
        self, parsed: ParsedQuestion, fact_words: list[str], person: str
    ) -> bool:
        """Whether the person nearest to each relation word of the question, in the
        fact, is `person`. A fact naming no other person cannot misattribute."""
        people_at: list[tuple[int, str]] = []
        for m in self.matcher.find(fact_words):
            entity = self.entities[m.entity_id]
            who = entity.of if entity.kind is EntityKind.ROLE and entity.of else entity.id
            if self._kind(who) is EntityKind.PERSON:
                people_at.extend((i, who) for i in range(m.start, m.end))
        relation = {s for s in parsed.content if s not in MEMBERSHIP_NEUTRAL}
        if not relation:
            return True
        relation_concepts = concepts_of(relation)
        found = False
        for i, w in enumerate(fact_words):
            s = stem(w)
            if s in relation or not concepts_of([s]).isdisjoint(relation_concepts):
                found = True
                if people_at and person not in _listed_with(fact_words, people_at, i):
                    return False
        return found

    def _closest_only(self, parsed: ParsedQuestion, fact: Fact) -> Answer:
        return Answer(
            False,
            f"My facts don't say that. The closest they come: \u201c{_shorten(fact.answer, 200)}\u201d "
            f"({fact.source.cite()})",
            confidence=0.0,
            suggestions=self._suggest(self._rank(parsed)[:3], parsed.entities),
            kind="decline",
        )

    def _resolve(self, parsed: ParsedQuestion) -> Answer:
        if not parsed.words:
            return Answer(False, HELP_TEXT, kind="empty")
        if parsed.qtype == "other" and all(w in GREETINGS for w in parsed.words):
            return Answer(False, HELP_TEXT, kind="help")
        if parsed.unknown_phrase:
            return self._decline_unknown(parsed, parsed.unknown_phrase)
        membership = self._membership(parsed)
        if membership is not None:
            return membership
        if not parsed.content and parsed.entities and parsed.qtype in {"who", "what", "other"}:
            return self._about_entity(parsed)
        ranked = self._rank(parsed)
        if ranked and self._index[ranked[0].index].fact.passage:
            return self._read_passages(parsed, ranked)
        if not ranked or ranked[0].score < ANSWER_THRESHOLD:
            return self._decline(parsed, ranked[:6])
        best = self._index[ranked[0].index]
        if not parsed.entities:
            # With no entity named, the words alone must carry the question: at least two
            # of them must match, and an unknown word may be the film it is really about.
            matched = self._matched_stems(parsed, best)
            if len(matched) < 2:
                return self._decline(parsed, ranked[:3])
            if parsed.unknown and (
                ranked[0].score < UNKNOWN_WORD_THRESHOLD or best.fact.topic in FILM_SUBJECT_TOPICS
            ):
                return self._decline(parsed, ranked[:3])
        return self._answer_with(best.fact, ranked[0].score)

    def _read_passages(self, parsed: ParsedQuestion, ranked: list[_Scored]) -> Answer:
        """Answer from an uncurated passage only when reading it against the question
        finds no contradiction, every key term explained and an answer of the asked kind;
        otherwise decline, showing the closest the article comes."""
        in_names = {w for m in parsed.mentions for w in parsed.words[m.start : m.end]}
        question = premise.asked(parsed.words, parsed.qtype, in_names)
        named = set(parsed.entities)
        closest: tuple[Fact, premise.Verdict] | None = None
        for item in ranked[:PASSAGES_READ]:
            if item.score < PASSAGE_THRESHOLD:
                break
            entry = self._index[item.index]
            fact = entry.fact
            missing = named - set(entry.entities)
            verdict = (
                premise.Verdict.fail("unexplained", min(missing))
                if missing
                else premise.check(question, fact.answer)
            )
            if verdict.ok:
                if fact.passage or item.score >= ANSWER_THRESHOLD:
                    return self._answer_with(fact, item.score)
            elif closest is None:
                closest = (fact, verdict)
        # A curated fact near the top was written to answer questions like this one.
        for item in ranked:
            if item.score < ANSWER_THRESHOLD:
                break
            if not self._index[item.index].fact.passage:
                return self._answer_with(self._index[item.index].fact, item.score)
        if closest is None:
            return self._decline(parsed, ranked[:6])
        fact, verdict = closest
        decline = self._decline(parsed, ranked[:6])
        return Answer(
            False,
            f"I don't know that: the facts don't say. The closest they come: "
            f"\u201c{_shorten(fact.answer, 200)}\u201d ({fact.source.cite()})",
            confidence=decline.confidence,
            suggestions=decline.suggestions,
            kind="decline",
        )

    def _about_entity(self, parsed: ParsedQuestion) -> Answer:
        """A question that only names something ("MI7", "who is Tom Cruise?", "what is
        MI7 about?"): describe a person when a fact does; otherwise offer questions."""
        first = self.entities[parsed.entities[0]]
        if parsed.qtype == "who" and first.kind is EntityKind.FILM:
            cast = self.cast(first.name)  # "who's in Hollow Star 3?"
            if cast.answered:
                return cast
        ranked = self._rank(parsed)
        if parsed.qtype == "who" and first.kind in (EntityKind.PERSON, EntityKind.ROLE):
            for item in ranked:
                fact = self._index[item.index].fact
                if fact.topic in DESCRIBES_PEOPLE and first.id in fact.entities:
                    return self._answer_with(fact, max(item.score, ANSWER_THRESHOLD))
        answer = self._decline(parsed, ranked[:6])
        return Answer(
            False,
            f"What would you like to know about {first.name}? Try one of the suggestions."
            if answer.suggestions
            else answer.text,
            confidence=answer.confidence,
            suggestions=answer.suggestions,
            kind="decline",
        )

    def _matched_stems(self, parsed: ParsedQuestion, entry: _Indexed) -> set[str]:
        return {
            s
            for s in parsed.content
            if s in entry.stems or not concepts_of([s]).isdisjoint(entry.concepts)
        }

    def _rank(self, parsed: ParsedQuestion) -> list[_Scored]:
        candidates = self._candidates(parsed)
        if not candidates:
            return []
        query = self._query(parsed)
        scored = [_Scored(self._score(query, i), i) for i in candidates]
        scored.sort(reverse=True)
        return scored

    def _query(self, parsed: ParsedQuestion) -> _Query:
        """Everything about the question that scoring needs, computed once per question."""
        canon = self._canonical(list(parsed.words))
        named = frozenset(parsed.entities)
        films = frozenset(e for e in named if self._kind(e) is EntityKind.FILM)
        franchises = {e for e in named if self._kind(e) is EntityKind.FRANCHISE}
        franchises |= {f for e in films if (f := self.entities[e].franchise) is not None}
        words = [
            (s, self._idf.get(s, self._unknown_weight), frozenset(concepts_of([s])))
            for s in parsed.content
        ]
        return _Query(
            parsed=parsed,
            canon=canon,
            canon_set=frozenset(canon.split()),
            words=words,
            total=sum(w for _, w, _ in words),
            named=named,
            films=films,
            franchises=frozenset(franchises),
            people=frozenset(e for e in named if self._kind(e) is EntityKind.PERSON),
        )

    def _candidates(self, parsed: ParsedQuestion) -> set[int]:
        """The facts worth scoring: those about the most specific entity the question
        names (plus the other named entities' when they are small), narrowed by the
        question's rarest words when that still leaves too many; with no entity named,
        the facts sharing its rarest words."""
        # A film, person or character pins the question down; a studio, outlet, place or
        # franchise it also names is left to scoring.
        specific = [
            e for e in parsed.entities if self._kind(e) in SPECIFIC_KINDS and e in self._by_entity
        ]
        postings = sorted(
            (self._by_entity[e] for e in (specific or parsed.entities) if e in self._by_entity),
            key=len,
        )
        rare_words = sorted(
            (s for s in set(parsed.content) if s in self._by_stem),
            key=lambda s: len(self._by_stem[s]),
        )
        if postings:
            found = set(postings[0])
            for more in postings[1:]:
                if len(more) <= MAX_ENTITY_POSTINGS:
                    found.update(more)
            if len(found) > MAX_ENTITY_POSTINGS and rare_words:
                # "what did X tell Deadline ...": Deadline is in thousands of facts.
                sharing = set()
                for s in rare_words[:2]:
                    sharing.update(self._by_stem[s])
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
            posting = self._by_stem[s]
            if len(posting) <= MAX_TOKEN_POSTINGS or not found:
                found.update(posting[:MAX_TOKEN_POSTINGS])
        return found

    def _score(self, query: _Query, index: int) -> float:
        entry = self._index[index]
        fact = entry.fact
        parsed = query.parsed
        # 1. How much of the question this fact explains. A word the facts never use
        # weighs like a typical word: the question is about something the fact lacks.
        matched = 0.0
        for s, weight, concepts in query.words:
            if s in entry.stems:
                matched += weight
            elif not concepts.isdisjoint(entry.concepts):
                matched += 0.8 * weight
            elif len(s) > PREFIX and s[:PREFIX] in entry.prefixes:
                matched += 0.7 * weight
        coverage = matched / query.total if query.total else 1.0
        # 2. Closeness to the fact's example questions (entity names canonicalised).
        # Not token_set_ratio or WRatio: they score any pair sharing one word highly.
        fuzzy = 0.0
        if entry.examples:
            best = process.extractOne(query.canon, entry.examples, scorer=fuzz.token_sort_ratio)
            q_set = query.canon_set
            dice = max(
                2 * sum(1 for t in ex if t in q_set) / (len(q_set) + len(ex))
                for ex in entry.example_sets
            )
            fuzzy = 0.5 * (best[1] / 100 if best else 0.0) + 0.5 * dice
        # 3. Entities: the fact must be about what the question names.
        named = query.named
        agree = sum(1 for e in entry.entities if e in named) / len(named) if named else 0.5
        score = (
            0.55 * coverage + 0.3 * fuzzy + 0.15 * agree
            if entry.examples
            else 0.75 * coverage + 0.25 * agree
        )
        # 4. Conflicts: a fact about another film, franchise or person is wrong.
        if query.films and entry.films and query.films.isdisjoint(entry.films):
            score *= 0.4
        if query.franchises and entry.franchises and query.franchises.isdisjoint(entry.franchises):
            score *= 0.4
        if parsed.qtype != "who" and entry.core_people and named.isdisjoint(entry.core_people):
            score *= 0.6  # about someone the question doesn't name
        if query.people and query.people.isdisjoint(entry.entities):
            score *= 0.55
        if parsed.qtype in TOPIC_AFFINITY and fact.topic in TOPIC_AFFINITY[parsed.qtype]:
            score += 0.06
        # The answer must be of the kind asked for: a count for "how many", a time for "when".
        if parsed.counting and not entry.has_count:
            score *= 0.5
        elif parsed.qtype == "when" and not entry.has_time:
            score *= 0.8
        if fact.passage:
            score *= PASSAGE_WEIGHT
        return min(score, 1.0)

    def _membership(self, parsed: ParsedQuestion) -> Answer | None:
        """ "Is X in MI7?" / "is X back?": answer from a cast fact naming X, or say the facts
        don't say so. Returns None when the question is not of this shape."""
        if parsed.qtype != "yesno":
            return None
        people = [e for e in parsed.entities if self._kind(e) is EntityKind.PERSON]
        if len(people) != 1:
            return None
        rest = {stem(w) for w in parsed.words} | set(parsed.words)
        if not (rest & MEMBERSHIP_WORDS) or len(parsed.content) > 3:
            return None
        person = people[0]
        films = [e for e in parsed.entities if self._kind(e) is EntityKind.FILM]
        best: tuple[float, Fact] | None = None
        for i in self._by_entity.get(person, ()):
            fact = self._index[i].fact
            if fact.topic not in CAST_TOPICS:
                continue
            if films and not set(films) & set(fact.entities):
                continue
            score = (2.0 if person in fact.items else 1.0) - 0.1 * len(fact.items)
            if best is None or score > best[0]:
                best = (score, fact)
        if best is None:
            film = self.entities[films[0]].name if films else "the films I know about"
            name = self.entities[person].name
            return Answer(
                False,
                f"My facts don't say whether {name} is in {film}.",
                confidence=0.0,
                suggestions=self._suggest(self._rank(parsed)[:3], parsed.entities),
                kind="decline",
            )
        return self._answer_with(best[1], 0.9)

    def _answer_with(self, fact: Fact, score: float) -> Answer:
        return Answer(
            answered=True,
            text=self.render(fact),
            confidence=round(min(1.0, max(0.0, score)), 3),
            facts=(fact.id,),
            sources=(fact.source,),
            kind="answer",
        )

    def render(self, fact: Fact) -> str:
        """The answer text; time-sensitive and passage answers say when it was reported."""
        text = fact.answer
        date = fact.source.date
        if (fact.time_sensitive or fact.passage) and date:
            first = text.split(" ", 1)[0]
            if first and first[0].isupper() and not self._is_name_word(first):
                text = first[0].lower() + text[1:]
            return f"As reported on {date}, {text}"
        return text

    def _is_name_word(self, word: str) -> bool:
        w = normalize(word)
        return (
            bool(w) and w not in GLUE and (w in self._person_words or w in self.matcher.first_words)
        )

    def _suggest(self, ranked: Iterable[_Scored], named: tuple[str, ...] = ()) -> tuple[str, ...]:
        suggestions: list[str] = []
        wanted = {"@" + e for e in named}
        # Curated facts first: their example questions are questions the bot answers.
        for item in sorted(ranked, key=lambda r: (self._index[r.index].fact.passage, -r.score)):
            if item.score < SUGGEST_THRESHOLD:
                continue
            entry = self._index[item.index]
            fact = entry.fact
            suggestion = fact.questions[0] if fact.questions else _shorten(fact.answer)
            # Prefer the example question that names what the user named.
            for question, tokens in zip(fact.questions, entry.example_sets, strict=False):
                if not wanted.isdisjoint(tokens):
                    suggestion = question
                    break
            if suggestion not in suggestions:
                suggestions.append(suggestion)
        return tuple(suggestions[:3])

    def _decline(self, parsed: ParsedQuestion, ranked: list[_Scored]) -> Answer:
        if not parsed.entities:
            # Without a named entity, one shared word ("make") is not "near" a fact.
            ranked = [
                r for r in ranked if len(self._matched_stems(parsed, self._index[r.index])) >= 2
            ]
        suggestions = self._suggest(ranked, parsed.entities)
        text = "I don't know that: my facts don't cover it."
        if suggestions:
            text += " Did you mean one of the suggestions below?"
        best = ranked[0].score if ranked else 0.0
        return Answer(
            False, text, confidence=round(best, 3), suggestions=suggestions, kind="decline"
        )

    def _decline_unknown(self, parsed: ParsedQuestion, phrase: str) -> Answer:
        known = ", ".join(e.name for e in self._films[:4])
        phrase = _shorten(phrase, 60)
        text = f"I don't have any facts about \u201c{phrase}\u201d, so I can't answer that."
        if known:
            text += f" I know about {known}."
        return Answer(False, text, kind="unknown_entity")

    # ------------------------------------------------------------------ commands

    def release(self, film: str | None = None) -> Answer:
        """Release dates: of one film, or of every film the facts date."""
        return self._topic_answer(film, {"release_date"}, "release date")

    def cast(self, film: str | None = None) -> Answer:
        """The cast facts: of one film, or of every film with cast facts."""
        return self._topic_answer(film, CAST_TOPICS, "cast")

    def _topic_answer(
        self, film: str | None, topics: set[str] | frozenset[str], what: str
    ) -> Answer:
        if film and film.strip():
            entity = self.find_film(film)
            if entity is None:
                names = ", ".join(f.name for f in self._films[:6]) or "none yet"
                return Answer(
                    False,
                    f"I don't know a film called \u201c{clean(film)[:80]}\u201d. Films I know: {names}.",
                    kind="unknown_entity",
                )
            films = [entity]
        else:
            films = self._films
        picked: list[Fact] = []
        for entity in films:
            facts = [
                self._index[i].fact
                for i in self._by_entity.get(entity.id, ())
                if self._index[i].fact.topic in topics
            ]
            # The fact most specific to this film: fewest other films, most list items.
            facts.sort(key=lambda f: (len(self._index_of(f).films), -len(f.items)))
            picked.extend(f for f in facts[: 2 if what == "cast" else 1] if f not in picked)
        if not picked:
            target = films[0].name if film and films else "any film"
            return Answer(False, f"My facts have no {what} for {target}.", kind="decline")
        return Answer(
            True,
            "\n".join(self.render(f) for f in picked),
            confidence=1.0,
            facts=tuple(f.id for f in picked),
            sources=tuple(dict.fromkeys(f.source for f in picked)),
            kind="answer",
        )

    def _index_of(self, fact: Fact) -> _Indexed:
        for i in self._by_entity.get(fact.entities[0], ()) if fact.entities else ():
            if self._index[i].fact is fact:
                return self._index[i]
        return next(e for e in self._index if e.fact is fact)


# Politeness before the question proper: "can you tell me who ...", "do you know when ...".
_PREFACE = re.compile(
    r"^(?:(?:hey|hi|hello|yo|ok|okay|so|please|quick question)\s+)*"
    r"(?:(?:(?:can|could|would|will) you|do you know|does anyone know|any idea|i wonder|"
    r"i want to know|i d like to know|i would like to know)\s+)?"
    r"(?:please\s+)?(?:(?:tell|show|give) (?:me|us)\s+(?:about\s+)?)?"
)


# Checked on normalized text, where number words are already digits ("three" -> "3")
# and ordinals are not ("first" -> "1st").
_COUNT = re.compile(r"\b\d+\b|\b(twice|once|pair|dozen|several|both)\b")
_TIME = re.compile(
    r"\d{4}|\b(january|february|march|april|may|june|july|august|september|october|"
    r"november|december|week|month|year|after|before|until|now|soon|later|next|spring|"
    r"summer|autumn|fall|winter|today|yesterday|tomorrow|date|dated|back to back)\b",
    re.I,
)


# Words that join the people of one list: "Ving Rhames and Simon Pegg are back".
LIST_JOINERS = frozenset("and or & plus as well".split())


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


def _strip_preface(words: list[str]) -> list[str]:
    text = " ".join(words)
    stripped = _PREFACE.sub("", text, count=1).strip()
    return stripped.split() if stripped else words


def _question_type(words: list[str] | tuple[str, ...]) -> str:
    for w in words[:6]:
        if w in ("who", "whom", "whose"):
            return "who"
        if w in ("when",):
            return "when"
        if w in ("where",):
            return "where"
        if w in ("what", "which"):
            return "what"
        if w == "how":
            return "how"
    if words and words[0] in YESNO_STARTS:
        return "yesno"
    return "other"


_intern = sys.intern  # one string object per distinct word across 100,000 facts


def _as_typed(phrase: str | None, words: list[str], typed: list[str]) -> str | None:
    """The phrase as the user wrote it: typo repair may have turned "pitt" into "mitt",
    and a decline should name what was asked about."""
    if phrase is None or len(words) != len(typed):
        return phrase
    parts = phrase.split()
    for start in range(len(words) - len(parts) + 1):
        if words[start : start + len(parts)] == parts:
            return " ".join(typed[start : start + len(parts)])
    return phrase


@lru_cache(maxsize=65536)
def _concept_word(word: str) -> str:
    """A word as fuzzy scoring sees it: its stem, or the concept it belongs to."""
    s = stem(word)
    found = concepts_of([s])
    return min(found) if found else s


def _shorten(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"
