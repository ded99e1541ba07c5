"""Scoring: how well one indexed fact answers one question, as a pure function of the
question (a `Query`) and the fact's `IndexEntry`, with every weight and threshold named
in one frozen `Weights`.

The score is a weighted mean of three signals, then multiplied down by conflicts:
1. coverage: how much of the question the fact explains (IDF-weighted, with concept
   synonyms and shared word prefixes given part credit);
2. closeness to the fact's example questions (rapidfuzz token-sort ratio and Dice overlap);
3. entity agreement: the share of the question's named entities the fact is about.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from rapidfuzz import fuzz, process

from bot.aliases import Mention
from bot.concepts import Concepts
from bot.engine import gains, howlong, kinds, phrasewords, reasons, sizes
from bot.engine.closed import CLOSED_PARTICLES, joined
from bot.engine.derivations import derived
from bot.engine.explain import AGENT_ENDINGS
from bot.engine.families import related
from bot.engine.index import PREFIX, Index, IndexEntry
from bot.engine.parse import ParsedQuestion
from bot.models import EntityKind, QuestionType, Topic

# Which topics suit which question type; a small nudge, never a decision on its own.
TOPIC_AFFINITY: dict[QuestionType, frozenset[Topic]] = {
    "when": frozenset({"release_date", "production"}),
    "where": frozenset({"filming_location", "interview", "production"}),
    "who": frozenset(
        {"returning_cast", "new_cast", "cast", "director", "role", "person", "interview"}
    ),
    "yesno": frozenset({"returning_cast", "new_cast", "cast", "production", "director"}),
}


_COPULAS = frozenset("is was are were".split())
_WHICH = frozenset({"what", "which"})


# Question words a passage stating the fact seldom repeats ("how many tickets were sold
# in total": "18,500 tickets were sold"; "who co-founded it": "founded by A and B"), so
# they rank nothing (see `premise.IMPLIED`).
UNSAID = frozenset("total exist occur co describe".split())
# ... and "happen" ("when did the flood happen", "what year did the fire happen"), but
# not in "what happened to it", which asks what happened.
HAPPENING = frozenset("happen happens happened".split())


def asks_what_happened(words: Sequence[str]) -> bool:
    return any(a == "what" and b in HAPPENING for a, b in pairwise(words))


# Kinds of place a "what" or "which" question asks for by name.
PLACE_KINDS = frozenset("city town country state county region".split())
# ... and of organisation, which a passage names without the word: "which organization
# restored it" is answered by "carried out by the Phelandrian National Film Archive".
ORG_KINDS = frozenset("organization organisation company firm institution label".split())
# Verbs that only say an event happens, as stems.
EVENT_VERBS = frozenset({"hold"})


@dataclass(frozen=True)
class Weights:
    """Every weight and threshold of scoring and answering, in one place."""

    # --- coverage: credit for a question word the fact does not contain verbatim
    concept_credit: float = 0.8  # a synonym ("back" ~ "return") is nearly the same word
    prefix_credit: float = 0.7  # a shared 5-letter prefix ("promoting"/"promotional") is weaker
    # An ordinary word the facts never use weighs like a word in 1% of the facts: it may be
    # filler or the very thing asked about. A constant, so a large fact set full of rare
    # names doesn't make the same question harder to answer.
    unknown_word_weight: float = math.log(1 + 100)
    # --- closeness to example questions: the two measures count equally
    sort_ratio_share: float = 0.5  # token-sort ratio rewards the same words in any order
    dice_share: float = 0.5  # Dice rewards overlap without punishing extra words
    # --- the mean of the signals, for a fact with example questions
    coverage_weight: float = 0.55  # explaining the question's words matters most
    example_weight: float = 0.3  # curated example questions are strong evidence of intent
    entity_weight: float = 0.15  # naming the right things is needed but not sufficient
    # --- and for a fact without example questions (a passage): no closeness signal
    bare_coverage_weight: float = 0.75  # the words are all we have; keep coverage dominant
    bare_entity_weight: float = 0.25  # same 3:1-ish ratio to entities as above
    agree_when_none_named: float = 0.5  # no entity named: neither agreement nor conflict
    # --- conflicts multiply the score down
    other_film: float = 0.4  # a fact about another film is wrong, however close its words
    other_franchise: float = 0.4  # likewise for another franchise
    other_core_person: float = 0.6  # about someone the question doesn't name (not for who?)
    person_not_in_fact: float = 0.55  # the named person is absent from the fact
    # --- answer kind
    topic_nudge: float = 0.06  # a suitable topic for the question type: a tie-breaker only
    no_count: float = 0.5  # "how many" answered by a fact stating no number
    no_sum: float = 0.8  # "how much did it make" by a fact stating no sum ("52% of buyers")
    bound_sum: float = 0.85  # ... or only a bound ("his first film with a budget north of")
    no_time: float = 0.8  # "when" answered by a fact stating no date: milder, dates hide
    # "when" answered by a time on no calendar ("a March release may not be a bad
    # thing") when another passage gives the day: a tie-breaker, not a refusal
    vague_time: float = 0.93
    no_span: float = 0.5  # "how long" answered by a fact measuring no span ("a year-long run")
    # "where" answered by a fact naming nothing ("Its long shoot has been the subject of
    # two books"): milder, as a place may be an unnamed one ("in a disused quarry")
    no_name: float = 0.9
    # "why" asks for a cause as if for one more word, which a fact giving one says: the
    # headline "... After Months-Long Delay" shares more words with "why was it delayed"
    # than "pushed it back after an injury" does, but says no cause
    reason_weight: float = math.log(1 + 100)  # as a rare word: the cause is what is asked
    passage: float = 0.9  # curated facts win ties with the raw sentence they came from
    passage_length: float = 0.1  # how much a long passage loses against a short one
    # a headline loses a tie to a sentence saying as much: "X to Acquire Y in $4.2 Billion
    # Deal, Taking Control of Z" is no answer to "how much have the Z films made"
    headline: float = 0.98
    typical_passage: float = 20.0  # distinct stems in an ordinary sentence
    # --- thresholds
    answer_threshold: float = 0.55  # below this the bot declines rather than guess
    suggest_threshold: float = 0.4  # below this a fact is not "near" the question
    unknown_word_threshold: float = 0.56  # no entity named and a word the facts never use
    passage_threshold: float = 0.5  # a passage scored below this is not worth reading
    # ... unless the answer is of an exact kind (a count, a sum, a date), whose premise
    # check wants a number or a time beside the asked words: fewer sentences pass it
    typed_passage_threshold: float = 0.35
    # ... and a little lower for a name, which it holds to a name of the asked kind
    name_passage_threshold: float = 0.45
    passages_read: int = 1  # how many top-ranked passages are read against the question
    # one more when the first was on the question's topic but held no answer of its kind,
    # and after each passage that denied it of someone (reading on after any refusal
    # answered more wrongly than rightly)
    passages_after_no_answer: int = 1
    # how many top-ranked passages a question naming only something is read against for
    # one saying what it is ("what was the Pinedale Assembly Center?")
    definitions_read: int = 5
    membership_confidence: float = 0.9  # a cast fact naming the person settles "is X in"


WEIGHTS = Weights()


@dataclass(frozen=True)
class Query:
    """Everything about a question that scoring needs, computed once per question."""

    qtype: QuestionType
    canon: str  # words with names replaced by "@entity-id", concept words folded
    words: tuple[tuple[str, float, frozenset[str]], ...]  # (stem, weight, its concepts)
    named: frozenset[str] = frozenset()
    films: frozenset[str] = frozenset()
    franchises: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    counting: bool = False  # "how many ...": the answer must hold a number
    summing: bool = False  # "how much did it make": ... a sum of money
    spanning: bool = False  # "how long ...": the answer must measure a span
    dating: bool = False  # "in what year ...": the answer must hold a time, as for "when"
    reasoning: bool = False  # "why ...": the answer must give a cause
    # named things another entity says: "the UK" says what "British children" are
    said_by: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # each word's closed compounds with a particle: "walkout" for "walk"; its agent noun
    closed: Mapping[str, frozenset[str]] = field(init=False)
    canon_set: frozenset[str] = field(init=False)
    total: float = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "canon_set", frozenset(self.canon.split()))
        object.__setattr__(self, "total", sum(w for _, w, _ in self.words))
        # ... and two words written as one: "upfront" for "up front"
        stems = [s for s, _, _ in self.words]
        closed = {
            s: frozenset(s + p for p in CLOSED_PARTICLES)
            | {one for pair, one in joined(stems) if s in pair}
            # ... and who does it: "how many visit": "410,000 visitors", "what does it
            # make": "a maker of fasteners" (not for "who built it", which a passage's
            # "local builders" does not answer: the name is asked)
            | {s + ending for ending in AGENT_ENDINGS if self.qtype != "who"}
            for s in stems
        }
        object.__setattr__(self, "closed", closed)


@dataclass(order=True)
class Scored:
    score: float
    index: int = field(compare=False)


def score(
    query: Query, entry: IndexEntry, w: Weights = WEIGHTS, cause_after: bool = False
) -> float:
    """How well `entry` answers `query`, in [0, 1]. `cause_after`: the sentence after a
    passage gives a cause, which a "why" question may find there."""
    fact = entry.fact
    # 1. How much of the question this fact explains.
    matched = 0.0
    for s, weight, concepts in query.words:
        if s in entry.stems:
            matched += weight
        elif not concepts.isdisjoint(entry.concepts):
            matched += w.concept_credit * weight
        elif (
            len(s) > PREFIX
            and s[:PREFIX] in entry.prefixes
            and any(related(s, t) for t in entry.stems if t.startswith(s[:PREFIX]))
        ):
            # one word family ("promoting" ~ "promotional"), not any shared start
            # ("sequel" ~ "sequences")
            matched += w.prefix_credit * weight
        elif not derived(s).isdisjoint(entry.stems):
            matched += w.prefix_credit * weight  # "invade" ~ "invasion"
        elif not query.closed[s].isdisjoint(entry.stems):
            # "walk out" ~ "the walkout", "buy out" ~ "a buyout": one word family
            matched += w.prefix_credit * weight
    total_weight = query.total
    if query.reasoning and fact.passage:  # a curated fact's example questions say why
        total_weight += w.reason_weight
        matched += w.reason_weight if entry.has_reason or cause_after else 0.0
    coverage = matched / total_weight if total_weight else 1.0
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
        fuzzy = w.sort_ratio_share * (best[1] / 100 if best else 0.0) + w.dice_share * dice
    # 3. Entities: the fact must be about what the question names.
    named = query.named
    agreeing = sum(1 for e in entry.entities if e in named)
    if query.said_by:  # "British children" agree with a passage naming the UK
        agreeing += sum(
            1
            for e, by in query.said_by.items()
            if e not in entry.entities and not by.isdisjoint(entry.entities)
        )
    agree = agreeing / len(named) if named else w.agree_when_none_named
    total = w.bare_coverage_weight * coverage + w.bare_entity_weight * agree
    if entry.examples:
        with_examples = (
            w.coverage_weight * coverage + w.example_weight * fuzzy + w.entity_weight * agree
        )
        # A passage's drafted example questions ("When does X come out?") say one thing
        # it answers, not all: they may raise its score, never lower it.
        total = max(total, with_examples) if fact.passage else with_examples
    # 4. Conflicts: a fact about another film, franchise or person is wrong.
    if query.films and entry.films and query.films.isdisjoint(entry.films):
        total *= w.other_film
    if query.franchises and entry.franchises and query.franchises.isdisjoint(entry.franchises):
        total *= w.other_franchise
    # ("Who" asks for someone not named, and "why" often finds one: "after Marchbanks
    # suffered a torn Achilles tendon".)
    if (
        query.qtype != "who"
        and not query.reasoning
        and entry.core_people
        and named.isdisjoint(entry.core_people)
    ):
        total *= w.other_core_person
    if query.people and query.people.isdisjoint(entry.entities):
        total *= w.person_not_in_fact
    if query.qtype in TOPIC_AFFINITY and fact.topic in TOPIC_AFFINITY[query.qtype]:
        total += w.topic_nudge
    # 5. The answer must be of the kind asked for: a count for "how many", a span for
    # "how long", a time for "when".
    if query.counting and not entry.has_count:
        total *= w.no_count
    elif query.spanning and not entry.has_span:
        total *= w.no_span
    elif (query.qtype == "when" or query.dating) and not entry.has_time:
        total *= w.no_time
    elif query.qtype == "when" and not entry.has_date:
        total *= w.vague_time
    if query.qtype == "where" and not entry.has_name:
        total *= w.no_name
    if query.summing and not entry.has_sum:
        total *= w.no_sum
    elif query.summing and not entry.has_figure:
        total *= w.bound_sum
    if fact.passage:
        # A long sentence shares words with many questions by chance (BM25's length
        # normalisation): between passages explaining a question alike, the shorter wins.
        total *= w.passage - w.passage_length * len(entry.stems) / (
            len(entry.stems) + w.typical_passage
        )
        if entry.headline:
            total *= w.headline
    return min(total, 1.0)


def matched_stems(parsed: ParsedQuestion, entry: IndexEntry, concepts: Concepts) -> set[str]:
    """The question's content stems `entry` says, as words or by their concepts."""
    return {
        s
        for s in parsed.content
        if s in entry.stems or not concepts.of([s]).isdisjoint(entry.concepts)
    }


def build_query(
    index: Index,
    qtype: QuestionType,
    words: tuple[str, ...],
    entities: tuple[str, ...],
    content: tuple[str, ...],
    counting: bool,
    w: Weights = WEIGHTS,
    mentions: Sequence[Mention] | None = None,
) -> Query:
    """The Query for a parsed question, against this index's IDF and entities."""
    named = frozenset(entities)
    films = frozenset(e for e in named if index.kind(e) is EntityKind.FILM)
    franchises = {e for e in named if index.kind(e) is EntityKind.FRANCHISE}
    franchises |= {f for e in films if (f := index.entities[e].franchise) is not None}
    # "how long": the answer must measure a span (see `score`). "How long did they shoot"
    # asks an act's duration, which the span answers ("wrapped after 94 days"), so
    # "long" (and "last", "take") is no word to find; "how long is the avenue" asks the
    # thing's own measure, which a passage states with "long" ("two miles long"), or a
    # film's with "runs" (`bot.concepts` "@runtime").
    spanning = " ".join(words[:2]) == "how long"
    of_an_act = spanning and (len(words) < 3 or words[2] not in _COPULAS)
    # "how big is its endowment": the amount is asked, which a passage gives without "big"
    sized = sizes.SIZES if sizes.size_of_an_amount(words) else frozenset()
    sized |= gains.light_gains(words)  # "gain its independence": the owned noun says it
    # "in what year was she born": the year is what is asked, not a word to find
    asked_times = {b for a, b in pairwise(words) if a in _WHICH and b in kinds.TIME_HEAD_KINDS}
    # "what city is the con in", "what film did they show": the city or the film is
    # what is asked, which a passage names without calling it one ("the Kessler Hall in
    # Rotterdam", 'a restored print of "The Hollow Stars"')
    asked_places = {
        b
        for a, b in pairwise(words)
        if a in _WHICH and b in PLACE_KINDS | ORG_KINDS | kinds.TITLE_NOUNS
    }
    if asked_places or qtype in ("where", "when"):
        # "where was the con held": an event is held where and when it is, which a
        # passage says without the verb ("drew 9,200 fans to the Kessler Hall")
        asked_places |= EVENT_VERBS
    return Query(
        qtype=qtype,
        canon=index.canonical(list(words), mentions),
        words=tuple(
            (s, index.idf.get(s, w.unknown_word_weight), frozenset(index.concepts.of([s])))
            for s in content
            if not (of_an_act and s in howlong.DURATION_WORDS)
            and s not in sized
            and s not in asked_times
            and s not in asked_places
            and s not in UNSAID
            and not (s == "happen" and not asks_what_happened(words))
        ),
        named=named,
        films=films,
        franchises=frozenset(franchises),
        people=frozenset(e for e in named if index.kind(e) is EntityKind.PERSON),
        counting=counting,
        summing=not phrasewords.AMOUNT_WORDS.isdisjoint(content)  # "pull in", "gross": takings
        or kinds.answer_kind(list(words), qtype, kinds.head_nouns(list(words))) == "money",
        spanning=spanning,
        dating=bool(asked_times),
        reasoning=reasons.asks_reason(" ".join(words)),
        said_by=index.names.countries_said(words, mentions or ()),
    )
