"""Answering from the best-ranked fact, and a curated fact asked a question nobody wrote
it for.

A curated fact answers its example questions; the premise check (`bot.engine.premise`) is
for passages, whose words were never meant as answers. But in a store of many articles a
question naming no film, series or person ("who owned the studio in 1950?") can reach a
curated fact of another story by two shared words ("own", "studio"). Such a fact answers only
when it does not contradict the question (a year, a number or a negation the question
has and the fact lacks means it is about something else) and says all its key terms.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.concepts import Concepts
from bot.engine import namekinds, premise
from bot.engine.index import SPECIFIC_KINDS, IndexEntry
from bot.engine.parse import ParsedQuestion
from bot.engine.score import Scored, matched_stems
from bot.engine.verdicts import SUPERSEDED
from bot.models import Answer, EntityKind, Fact, Topic
from bot.text import normalize, stem

if TYPE_CHECKING:
    from bot.engine.handlers import Context

# Topics that only make sense about a named film: asked with an unknown word and no
# known film, the unknown word is probably the film ("when does the batman come out").
FILM_SUBJECT_TOPICS: frozenset[Topic] = frozenset(
    {"release_date", "director", "filming_location", "production", "title"}
)


# A question's pronoun for a film it does not name: "when does it start filming", asked
# with no conversation before it, could mean any film in the store.
UNNAMED_FILM = frozenset({"it"})

# ... and its nouns for one: "where was the movie shot".
FILM_NOUNS = frozenset("movie film picture sequel".split())

# What a question calls the thing it asks of, "when is the new cinema due to open": the
# first noun after "the" and the words that only tell which one.
_THE_THING = re.compile(
    r"\bthe (?:(?:new|next|latest|upcoming|planned|proposed|original|first|second|third|last)"
    r" )*(\w+)"
)
# ... and the nouns that may stand for a film (or for the film a curated fact is about).
_A_FILM = frozenset(w[4:] for w in premise.FILM_WORDS) | frozenset("one ones movies films".split())

# What a question names that says which story it asks of.
OF_ONE_STORY = SPECIFIC_KINDS | {EntityKind.FRANCHISE}


def best_fact(parsed: ParsedQuestion, ranked: list[Scored], ctx: Context) -> Answer:
    """The best-ranked fact as the answer, if it scores enough; else a decline."""
    w = ctx.weights
    entries = ctx.index.entries
    if not ranked or ranked[0].score < w.answer_threshold:
        return ctx.decline(parsed, ranked[:6])
    best = entries[ranked[0].index]
    if not parsed.entities:
        # With no entity named, the words alone must carry the question: at least two
        # of them must match, an unknown word may be the film it is really about, "it"
        # may be any film, and a fact of another story must not contradict it ("who
        # owned the studio in 1950").
        unknown = parsed.unknown and (
            ranked[0].score < w.unknown_word_threshold or best.fact.topic in FILM_SUBJECT_TOPICS
        )
        if (
            len(matched_stems(parsed, best, ctx.index.concepts)) < 2
            or unknown
            or (best.fact.topic in FILM_SUBJECT_TOPICS and _any_film(parsed, best, ctx))
            or (best.fact.topic in FILM_SUBJECT_TOPICS and _of_another_thing(parsed, best.fact))
            or contradicts(parsed, best.fact, ctx.index.concepts, holds_answer=True)
            # "who shoots her films" is not answered by where MI7 filmed: it names no one
            or namekinds.names_none(_asked(parsed), best.fact.answer, ctx.index)
        ):
            return ctx.decline(parsed, ranked[:3])
    elif not any(ctx.index.kind(e) in OF_ONE_STORY for e in parsed.entities) and contradicts(
        parsed, best.fact, ctx.index.concepts
    ):
        # naming no film, series nor person, only a platform or a place many stories
        # share: "did the director respond on Instagram?"
        return ctx.decline(parsed, ranked[:3])
    elif _someone_else(parsed, best, ctx):
        return ctx.decline(parsed, ranked[:3])  # "who's the voice of Pip": not Julia Meade's
    return ctx.answer_with(best.fact, ranked[0].score)


def _someone_else(parsed: ParsedQuestion, best: IndexEntry, ctx: Context) -> bool:
    """Whether the question names someone or something (not a place, which many stories
    share) and the fact is about none of it: a fact of another story ranked first for a
    name it does not tell of."""
    named = {e for e in parsed.entities if ctx.index.kind(e) is not EntityKind.PLACE}
    return bool(named) and named.isdisjoint(best.entities)


def _any_film(parsed: ParsedQuestion, best: IndexEntry, ctx: Context) -> bool:
    """Whether a question naming no film could mean any film in the store: "when does it
    start filming", or "where was the movie shot" with news of another film in the store
    than the one of the curated fact that ranks best."""
    if not UNNAMED_FILM.isdisjoint(parsed.words):
        return True
    return not FILM_NOUNS.isdisjoint(parsed.words) and bool(ctx.index.news_films - set(best.films))


def _of_another_thing(parsed: ParsedQuestion, fact: Fact) -> bool:
    """Whether a question naming nothing asks of a thing that is no film and that the
    film's fact never mentions: "when is the new cinema now scheduled to open" is not
    answered by the date a film was scheduled to open."""
    thing = _THE_THING.search(" ".join(parsed.words))
    if thing is None or thing[1] in _A_FILM:
        return False
    said = normalize(" ".join((fact.answer, *fact.questions))).split()
    return stem(thing[1]) not in {stem(w) for w in said}


def contradicts(
    parsed: ParsedQuestion, fact: Fact, concepts: Concepts, holds_answer: bool = False
) -> bool:
    """Whether `fact` is about something other than what `parsed` asks: it contradicts
    the question (see `premise.check`), or leaves one of its key terms unsaid ("when's
    the trailer for the sequel dropping" is not answered by the sequel's release date;
    "did the director respond to the delay on Instagram?" not by another story's director
    posting on Instagram); with `holds_answer`, also when it holds nothing of the kind
    asked for (no town for "in which town")."""
    asked = _asked(parsed)
    verdict = premise.check(asked, fact.answer, concepts, said=fact.questions)
    if holds_answer and verdict.reason == "no_answer":
        return True  # "in which town will the shoot begin": the fact names no town
    if verdict.cause == SUPERSEDED:
        # a plan since changed, "had dated it for May", is history, not a contradiction;
        # but the fact must still say what is asked ("when did the flood hit the cinema")
        return not _says_every_term(asked, fact, concepts)
    return verdict.reason in ("unexplained", "contradicts")


def _says_every_term(asked: premise.Asked, fact: Fact, concepts: Concepts) -> bool:
    """Whether `fact` (its answer, or its example questions) says each of the question's
    key terms, or a word sharing a concept with it."""
    said = " ".join((fact.answer, *fact.questions))
    stems = [stem(w) for w in normalize(said).split()]
    return all(t in stems or concepts.sharing([t], stems) for t in asked.terms)


def _asked(parsed: ParsedQuestion) -> premise.Asked:
    return premise.asked(parsed.words, parsed.qtype, parsed.named_words, parsed.text)
