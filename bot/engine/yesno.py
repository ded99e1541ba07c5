"""The yes/no check (see `handlers.CHECKS`): a yes/no question is answered "yes" only by
a fact that states exactly the asked relation, "no" by a fact that states another date,
and otherwise declined with the closest fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.concepts import Concepts
from bot.engine import denials, gone, mentioned, negated, referents, render
from bot.engine.families import related
from bot.engine.parse import ParsedQuestion
from bot.engine.passive import is_participle
from bot.engine.plans import (
    PROMOTION_REACH,
    PROMOTIONS,
    asks_plan,
    now_from,
    states_plan,
)
from bot.engine.reports import EARLIER_WORDS
from bot.history import CAST_TOPICS
from bot.models import Answer, EntityKind, Fact
from bot.text import MONTH_NAMES, is_calendar, is_number, normalize, stem

if TYPE_CHECKING:
    from bot.engine.handlers import Context
    from bot.engine.premise import Asked

# Words that, asked about a named person, ask whether they are in a film.
MEMBERSHIP_WORDS = frozenset(
    "in back return come join cast star appear feature reprise part".split()
)
# Concepts that, like MEMBERSHIP_WORDS, ask whether someone is in a film.
MEMBERSHIP_CONCEPTS = frozenset({"@cast", "@return", "@join"})
# How a curated fact says the matter is open or denied: "Not confirmed: as of the report ..."
_OPEN_VERDICT = re.compile(r"(?:not|no|un)\w*\b[^:.]{0,20}:\s", re.I)
# Words of a yes/no question that say nothing of the relation asked about.
MEMBERSHIP_NEUTRAL = frozenset("still yet really actually".split())
# Words that join the people of one list: "Ving Rhames and Simon Pegg are back".
LIST_JOINERS = frozenset("and or & plus as well".split())
# Words that name the film a relation is of, and belong to no one: in "Ilario Wrenlock,
# who directed the first film, is directing the sequel as well, working from a script he
# co-wrote with Leopold Petty-Vesk", "sequel" is nearer the co-writer than the director.
FILM_NOUNS = frozenset("film movie sequel prequel flick installment instalment entry".split())


def yes_or_no(parsed: ParsedQuestion, reply: Answer, ctx: Context) -> Answer:
    """A yes/no question is answered "yes" only by a fact that states the asked
    relation: the date or number asked about, and the asked person as the one the
    relation word belongs to ("is Tom Cruise directing" is not answered by a fact
    where Cruise stars and McQuarrie directs). A fact giving another date is a "no";
    anything else is a decline that shows the closest fact."""
    if not (reply.answered and parsed.qtype == "yesno" and reply.facts) or render.is_no(reply.text):
        return reply  # a "no" was settled by the handler (`soleroles`)
    entry = ctx.index.entries[ctx.index.position[reply.facts[0]]]
    fact = entry.fact
    if not fact.passage and _OPEN_VERDICT.match(fact.answer):
        return reply  # a curated "Not confirmed: ..." is the answer, never after "Yes:"
    fact_words = normalize(fact.answer).split()
    present = set(fact_words)
    in_names = parsed.named_words
    for typed in parsed.words:
        if typed in in_names:
            continue  # "Jun" in "Jun Sevani" is a name, not June
        word = MONTH_NAMES.get(typed, typed)
        cardinal = word.rstrip("stndrh") if is_number(word) else word  # "4th" states "4"
        if (is_calendar(word) or is_number(word)) and not {word, cardinal} & present:
            promoted = not PROMOTIONS.isdisjoint(fact_words) and PROMOTIONS.isdisjoint(parsed.words)
            if entry.has_time and is_calendar(word) and not promoted:
                # another date of the film's ("the campaign opens ... in November" dates
                # a promotion, which says nothing of the film's own date)
                return replace(reply, text=render.no(ctx.render(fact)))
            return ctx.closest_only(parsed, fact)
        if is_calendar(word) and _promotion_dated(fact_words, word, parsed.words):
            return ctx.closest_only(parsed, fact)  # "to release the first trailer on June 2"
    # "is Deacon Ferrow back as Vell": who follows "as" is the part played, not the one asked
    # about (the answer names the part too: every named entity is in it)
    # ... and so is who follows "play": "does X still play Orla Fenwythe"
    played = frozenset(
        m.entity_id
        for m in parsed.mentions
        if m.start
        and (parsed.words[m.start - 1] == "as" or stem(parsed.words[m.start - 1]) in PLAY)
    )
    people = [e for e in parsed.entities if ctx.kind(e) is EntityKind.PERSON and e not in played]
    if fact.passage and _only_proposed(parsed, fact_words, ctx.index.concepts):
        return ctx.closest_only(parsed, fact)  # "in talks to direct it" is no "yes"
    if not people and fact.passage:
        # a passage read against the question explained all its terms and contradicted
        # none: "is it the most expensive film Grayholm has made?" ~ "making it the most
        # expensive film Grayholm has ever made"; but "it will not open in Japan until
        # March" is no "yes" to "did it open in Japan"
        if _set_aside(parsed, fact.answer) or _the_only_one(parsed, fact.answer):
            return no(fact, reply.confidence, ctx)  # "by a trust rather than by the guild"
        if negated.says_not_of(fact.answer, parsed.content) or _told_of_another(
            parsed, fact.answer
        ):
            return ctx.closest_only(parsed, fact)
        return replace(reply, text=render.yes(reply.text))
    if len(people) != 1:
        return reply
    person = people[0]
    relation = {s for s in parsed.content if s not in MEMBERSHIP_NEUTRAL}
    if fact.topic in CAST_TOPICS and person in fact.items:
        # A cast list naming the person states "is X in / part of / back for" by its topic.
        relation = {s for s in relation if not _asks_membership(s, ctx.index.concepts)}
    if not relation:
        # "is Tsaroukian doing Zephyrine?" asks nothing a word can check; a passage
        # denying it of her ("will not be directed by Tsaroukian") is a "no"
        return no(fact, reply.confidence, ctx) if denied_of_the_asked(parsed, fact, ctx) else reply
    if not _relation_belongs_to(relation, fact_words, person, ctx, played):
        return ctx.closest_only(parsed, fact)
    if (
        fact.passage
        and _negated_of(person, fact, ctx)
        and _denies_relation(relation, fact_words, fact.answer, ctx)
    ):
        # "is Haraldsen scoring it" against "Haraldsen has not yet been confirmed for
        # the sequel": her relation, but not stated as holding; "Quessant returns as
        # Anouk Pell, who had not appeared since the first film" is still a "yes"
        if negated.unsettled(fact.answer):
            return ctx.closest_only(parsed, fact)
        return no(fact, reply.confidence, ctx)
    return replace(reply, text=render.yes(reply.text))


# Words of a question that weigh one thing against another itself ("rather than").
_WEIGHING = frozenset("rather instead".split())


def _set_aside(parsed: ParsedQuestion, passage: str) -> bool:
    """Whether the passage sets a thing the question asks of aside for another: "is the
    museum run by the guild?" against "run by a charitable trust rather than by the
    guild" is a "no"."""
    return _WEIGHING.isdisjoint(parsed.words) and denials.only_set_aside(passage, parsed.content)


# How far after "the only" its noun stands: "the only rack railway ever built".
ONLY_REACH = 3


def _the_only_one(parsed: ParsedQuestion, passage: str) -> bool:
    """Whether a question asking of another of a kind ("is any other rack railway in
    Scotland?") meets a passage calling the one it tells of the only one of that kind:
    "it is the only rack railway ever built in Scotland" is a "no"."""
    if {"other", "another"}.isdisjoint(parsed.words):
        return False
    words = normalize(passage).split()
    return any(
        words[i - 1 : i + 1] in (["the", "only"], ["the", "sole"])
        and not {stem(w) for w in words[i + 1 : i + 1 + ONLY_REACH]}.isdisjoint(parsed.content)
        for i in range(1, len(words))
    )


def _told_of_another(parsed: ParsedQuestion, passage: str) -> bool:
    """Whether every word of the asked relation stands in a "who" aside about someone the
    question does not name: "have the Rovers been a Football League club" is no "yes" from
    "..., replacing Renshaw, who left to join a Football League club as a coach"."""
    words = normalize(passage).split()
    said = [i for i, w in enumerate(words) if stem(w) in parsed.content]
    return bool(said) and len(
        mentioned.in_anothers_aside(passage, words, parsed.words, said)
    ) == len(said)


def _only_proposed(parsed: ParsedQuestion, words: list[str], known: Concepts) -> bool:
    """Whether the passage (its normalized `words`) has the asked act only as proposed:
    the question's participle (or another word for it) only as an infinitive of a
    proposal ("was the precinct ever constructed" against "backed a proposal by a
    developer to clear the ruins and build a shopping precinct"), or an asked word it says
    only in a proposal, or any asked word only after a word of talk ("did it merge with
    X": "entered talks about a possible merger")."""
    stems = [stem(w) for w in words]
    acts = {stem(w) for w in parsed.words if is_participle(w) or w.endswith("ing")}
    for act in acts & set(parsed.content):
        said = {act} | known.sharing([act], stems)
        uses = [k for k, s in enumerate(stems) if s in said]
        # ... or only weighed: "did the club end up moving" against "considered relocating"
        if uses and all(
            _proposed(words, stems, k) or (k and stems[k - 1] in _WEIGHED) for k in uses
        ):
            return True
    if not HYPOTHETICAL.isdisjoint(map(stem, parsed.words)):
        return False  # "is a merger possible": what is asked is the talk
    asked = set(parsed.content) - parsed.named_words
    # ... or an asked word the passage says only in what was proposed: "did it ever become
    # a comprehensive school" against "there were proposals to turn it into a
    # comprehensive school" (unless the proposal is what is asked of)
    if PROPOSALS.isdisjoint(map(stem, parsed.words)) and _only_where(
        asked, stems, lambda k: _proposed(words, stems, k)
    ):
        return True
    return _only_where(asked, stems, lambda k: _hypothetical(stems, k), family=True)


def _only_where(
    asked: Iterable[str], stems: list[str], where: Callable[[int], bool], family: bool = False
) -> bool:
    """Whether the passage (its `stems`) says one of the `asked` stems (or, with `family`,
    a word of its family) and says it only `where` holds."""
    return any(
        (found := [k for k, s in enumerate(stems) if s == a or (family and related(a, s))])
        and all(where(k) for k in found)
        for a in asked
    )


def _proposed(words: list[str], stems: list[str], k: int) -> bool:
    return "to" in words[max(0, k - INFINITIVE_REACH) : k] and not PROPOSALS.isdisjoint(
        stems[max(0, k - PROPOSAL_REACH) : k]
    )


def _hypothetical(stems: list[str], k: int) -> bool:
    return not HYPOTHETICAL.isdisjoint(stems[max(0, k - HYPOTHETICAL_REACH) : k])


# Words that make what follows them only proposed: "a proposal to build", "planned to".
PROPOSALS = frozenset("proposal propose plan scheme bid hope intend aim want".split())
INFINITIVE_REACH = 5  # "to clear the ruins and build"
# Verbs whose gerund is only weighed, not done: "considered relocating" (stems).
_WEIGHED = frozenset("consider contemplate debate discuss weigh explore".split())
# Words that make the act noun or verb after them only talked of: "a possible merger",
# "talks on a takeover", "the proposed extension" (stems).
HYPOTHETICAL = frozenset("possible potential propose moot prospective rumour rumor talk".split())
HYPOTHETICAL_REACH = 3  # "talks about a possible merger"
PROPOSAL_REACH = 12  # "a proposal by a developer, Tarrow Estates, to clear the ruins and build"


def _negated_of(person: str, fact: Fact, ctx: Context) -> bool:
    """Whether a negation stands in the clause of `fact` that names `person`: by the
    surname at least ("will not be directed by Tsaroukian"), or the first name a quote
    calls them by ('"Sindre will not be replaced," she said'), or as the one a pronoun
    opening it means ("She will not return": Lysandra Quennick)."""
    name = normalize(ctx.index.entities[person].name).split()
    text = referents.as_read(ctx.index, fact)
    return bool(name) and not gone.denied(set(name), text).isdisjoint(name)


def _denies_relation(relation: set[str], words: list[str], passage: str, ctx: Context) -> bool:
    """Whether the negations of `passage` (its normalized `words`) deny the asked `relation`
    (stems), or words for it, and not only another verb: "Pesk, who attended the
    premiere, did not speak" says Pesk went."""
    denied = negated.denied_verbs(words)
    if not denied or relation & set(denied) or ctx.index.concepts.sharing(relation, denied):
        return True
    said = [stem(w) for w in negated.outside_negations(passage, words)]
    return not (relation & set(said) or ctx.index.concepts.sharing(relation, said))


def only_a_plan(parsed: ParsedQuestion, reply: Answer, ctx: Context) -> Answer:
    """ "Is it still coming out in December?" against "moved X, which had been dated for
    December 4, out of the holiday season": a "yes" whose date was only a plan, given up,
    is none (after the report history, which answers "no" from a newer date)."""
    if not (render.is_yes(reply.text) and reply.facts):
        return reply
    if asks_plan(parsed.words) or not EARLIER_WORDS.isdisjoint(parsed.words):
        return reply  # "was it ever dated for November 19?": the plan is what is asked
    fact = ctx.index.entries[ctx.index.position[reply.facts[0]]].fact
    words = normalize(fact.answer).split()
    asked = [w for w in (MONTH_NAMES.get(w, w) for w in parsed.words) if is_calendar(w)]
    if not asked or not states_plan(words):
        return reply
    # "pushed X from July 24 to November 13": "still in july?" is a "no", and "in
    # november?" a "yes"
    now = now_from(words)
    if now is None:
        return ctx.closest_only(parsed, fact)
    if any(i > now for i, w in enumerate(words) if w in asked):
        return reply
    return no(fact, reply.confidence, ctx)


PLAY = frozenset("play portray voice".split())


def _asks_membership(stem_: str, concepts: Concepts) -> bool:
    return stem_ in MEMBERSHIP_WORDS or not concepts.of([stem_]).isdisjoint(MEMBERSHIP_CONCEPTS)


def _relation_belongs_to(
    relation: set[str], fact_words: list[str], person: str, ctx: Context, played: frozenset[str]
) -> bool:
    """Whether the fact states the relation (its stems or concepts) and the person
    nearest to each relation word (not a part `played`), or listed with that person, is
    `person`."""
    people_at: list[tuple[int, str]] = []
    for m in ctx.index.matcher.find(fact_words):
        entity = ctx.index.entities[m.entity_id]
        who = entity.of if entity.kind is EntityKind.ROLE and entity.of else entity.id
        if ctx.kind(who) is EntityKind.PERSON and who not in played:
            people_at.extend((i, who) for i in range(m.start, m.end))
    relation_concepts = ctx.index.concepts.of(relation)
    found = False
    for i, word in enumerate(fact_words):
        s = stem(word)
        if s in FILM_NOUNS:
            continue
        if s in relation or not ctx.index.concepts.of([s]).isdisjoint(relation_concepts):
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


def no(fact: Fact, confidence: float, ctx: Context) -> Answer:
    """ "No:" and the passage that says so."""
    answer = ctx.answer_with(fact, confidence)
    return replace(answer, text=render.no_report(answer.text))


def denied_of_the_asked(parsed: ParsedQuestion, fact: Fact, ctx: Context) -> bool:
    """Whether a yes/no question asks of one person what the passage denies of them: its
    negation stands in the clause that names them."""
    people = _people_asked(parsed, ctx)
    if parsed.qtype != "yesno" or len(people) != 1:
        return False
    if negated.unsettled(fact.answer):
        return False  # "has not yet been confirmed for the sequel" denies nothing yet
    return _negated_of(people[0], fact, ctx)


def negates_the_asked(
    parsed: ParsedQuestion, question: Asked, text: str, ctx: Context, said: Iterable[str] = ()
) -> bool:
    """Whether a passage (`text`) says what a yes/no question asks, of the one person it
    names if it names one, with a "not": "The film did not open in China" (see
    `bot.engine.negated`)."""
    people = _people_asked(parsed, ctx)
    if parsed.qtype != "yesno" or len(people) > 1:
        return False
    words = set(normalize(text).split())
    if people and words.isdisjoint(normalize(ctx.index.entities[people[0]].name).split()):
        return False
    return negated.denies(question, text, ctx.index.concepts, said)


# Verbs a part's name follows: "is X coming back to play Vane": Vane is played, not asked of.
_PLAYING = frozenset("play playing played voice voicing as".split())


def _people_asked(parsed: ParsedQuestion, ctx: Context) -> list[str]:
    """The people a yes/no question asks of: not a part it names as played."""
    parts = {b for a, b in pairwise(parsed.words) if a in _PLAYING}
    return [
        e
        for e in parsed.entities
        if ctx.kind(e) is EntityKind.PERSON
        and parts.isdisjoint(normalize(ctx.index.entities[e].name).split())
    ]


def _promotion_dated(fact_words: list[str], month: str, asked: tuple[str, ...]) -> bool:
    """Whether every time the fact writes `month`, it dates a trailer, a teaser or a
    poster ("had been set to release the first trailer on June 2"), which "is it opening
    in June?" does not ask about (unless it names one)."""
    at = [i for i, w in enumerate(fact_words) if w == month]
    near = [any(w in PROMOTIONS for w in fact_words[max(0, i - PROMOTION_REACH) : i]) for i in at]
    return bool(at) and all(near) and PROMOTIONS.isdisjoint(asked)
