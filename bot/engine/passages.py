"""Reading the top-ranked passages against a question: the first that passes the
premise check (`bot.engine.premise`) answers, with what the index knows of it said too:
its film, its article's subject, the year or the part its sentences before give, the
cause in the sentence after. A passage that holds no answer of the asked kind, or denies
it of someone, or is of another film, lets the next one be read."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.concepts import GENERAL_CONCEPTS, Concepts
from bot.engine import (
    actyears,
    changes,
    counting,
    defined,
    denials,
    followon,
    forgood,
    gone,
    howlong,
    latest,
    located,
    namekinds,
    occasions,
    ofanother,
    openings,
    ordinals,
    performers,
    plans,
    premise,
    quotes,
    referents,
    sequels,
    setting,
    stated,
    successor,
    thennow,
    verdicts,
    yesno,
)
from bot.engine import films as series
from bot.engine.filmobjects import done_to_another_film
from bot.engine.parse import ParsedQuestion
from bot.engine.score import Scored, Weights
from bot.engine.subject import pronoun_person_words
from bot.models import Answer, Fact
from bot.text import GLUE, normalize, stem

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from bot.aliases import Mention
    from bot.engine.handlers import Context
    from bot.engine.index import Index


def read_passages(
    parsed: ParsedQuestion, ranked: list[Scored], ctx: Context
) -> Answer | Fact | None:
    """An answer from a top-ranked passage that passes the premise check; else the
    closest passage read (a Fact), or None when none was worth reading."""
    w = ctx.weights
    entries, concepts = ctx.index.entries, ctx.index.concepts
    asked_as = (parsed.words, parsed.qtype, parsed.named_words, parsed.text)
    question = premise.asked(*asked_as, successor_asked=parsed.successor)
    question = replace(question, film_names=series.other_names(ctx.index, parsed.mentions))
    counted = ordinals.of_a_kind(parsed.words, ctx.index.kinds_defined)
    question = replace(question, numbers=(*question.numbers, *counted))
    if parsed.owner_named:  # "the school's endowment": Dunmere's
        noun, owner = parsed.owner_named
        owned = tuple((owner if o == noun else o, t) for o, t in question.owned)
        # ... its name the question's own ("who started the newspaper": not "The paper (X)")
        names_of = (normalize(ctx.index.entities[e].name).split() for e in parsed.entities)
        its_name = {w for name in names_of for w in name}
        question = replace(question, owned=owned, words=question.words | its_name)
    named = set(parsed.entities)
    whole = series.of_the_whole_series(parsed.words, parsed.mentions)
    within = {} if whole else ctx.index.names.within  # "Harvard College" names Harvard
    # "the UK" says what a "British" one is
    countries = ctx.index.names.countries_said(parsed.words, parsed.mentions)
    film_words = film_words_of(question)
    closest: Fact | None = None
    reading = w.passages_read
    # a headline's year ("Release Pushed to 2027") waits for the next passage's day
    headline: tuple[Fact, float] | None = None
    for n, item in enumerate(ranked):
        if n >= reading or item.score < _threshold(question.kind, w):
            break
        entry = entries[item.index]
        if not entry.fact.passage:
            continue
        about = set(entry.fact.entities if whole else entry.entities)
        missing = {
            e
            for e in named - about
            if within.get(e, set()).isdisjoint(entry.entities)
            and countries.get(e, set()).isdisjoint(entry.entities)
        }
        if missing:  # "under Western European domination" names the Europe asked about
            said_as = ctx.index.names.adjectives
            words = set(normalize(entry.fact.answer).split())
            missing = {e for e in missing if said_as.get(e, frozenset()).isdisjoint(words)}
        if missing and (place := set(ctx.index.place_words(entry.fact))):
            # "The population density was 4,404.5 people per square mile" is Fresno's
            missing = {e for e in missing if not _named_by(ctx.index, e) <= place}
        missing = {e for e in missing if not ctx.index.implied_subject(entry.fact, e)}
        # A passage of an article about a film is about that film: "the sequel", "the new
        # film" in a question mean it, whether or not the sentence says so, unless the
        # sentence opens on an earlier one ("The first Glass Orchard earned ...").
        earlier = series.of_earlier_film(entry.fact.answer)
        film = film_words if entry.films and not earlier else ()
        if film and sequels.later_than_named(parsed.words, parsed.mentions, entry.films):
            film = ()  # "the Haldenrock sequel" is not the Haldenrock its article is about
        # ... and one of a reference article is about its subject ("It is 220 miles ...")
        subject = defined.words_for(ctx.index.subjects, entry.fact) or ctx.index.place_words(
            entry.fact
        )  # "July is the warmest month" is the town's
        said = (*film, *subject, *referents.people_words(ctx.index, entry, question))
        fact = entry.fact
        if question.successor:  # the part named in one sentence, "the role" in the next
            fact = followon.with_part_named(ctx.index, fact) or fact
        text = referents.as_read(ctx.index, fact)  # "She (Ilse Varg) posted ..."
        text_words = normalize(text).split()
        # "in 2000" of "The population density was ..." after "As of the census of 2000"
        set_in = setting.in_setting(question, ctx.index, entry.fact)
        # "how long's the Yarvent" of a passage about the River Yarvent: its length
        set_in = replace(set_in, kind=howlong.of_a_named_structure(set_in.kind, parsed.words, said))
        if missing:
            verdict = verdicts.Verdict.fail("unexplained", min(missing))
        elif series.of_a_later_film(ctx.index, parsed.words, parsed.mentions, entry.fact):
            verdict = verdicts.Verdict.fail("contradicts", "1st", verdicts.OTHER_FILM)
        elif _done_to_another_film(question, entry.films, text, parsed.mentions, ctx.index):
            verdict = verdicts.Verdict.fail("contradicts", "object", verdicts.OTHER_FILM)
        elif counting.of_an_addition(entry.fact.answer, question.words):
            # "Additional scenes were filmed at X": the act itself is told elsewhere
            verdict = verdicts.Verdict.fail("no_answer", "additional", verdicts.OTHER_THING)
        elif forgood.undone(question.sequence, text_words):
            # "when did it close for good": not "closed in 2001 and reopened in 2003"
            verdict = verdicts.Verdict.fail("contradicts", "for good", verdicts.OTHER_THING)
        elif not (elsewhere := ofanother.verdict(question, text, text_words, concepts)).ok:
            verdict = elsewhere  # "$412 million worldwide" for "in the UK" (see `ofanother`)
        elif performers.unperformed({*question.terms, *question.words}, question.kind, text):
            verdict = verdicts.Verdict.fail("no_answer", "performer")  # "expanding the role"
        elif only_of_an_earlier_work(question, text, ctx.index.concepts):
            # "X, whose previous film earned $212 million on a $40 million budget": that
            # film's budget, not this one's
            verdict = verdicts.Verdict.fail("contradicts", "earlier work", verdicts.OTHER_FILM)
        elif openings.opens_on_another(ctx.index, entry.fact) and openings.names_none(
            question.film_names, text
        ):
            # "the original Thornvale slid 58 percent" for the sequel the question names
            verdict = verdicts.Verdict.fail("contradicts", "earlier", verdicts.OTHER_FILM)
        elif (
            (entry.films or entry.franchises or openings.EARLIER_FILM.match(entry.fact.answer))
            and not parsed.entities
            and openings.earlier_of_the_unnamed(question, entry.fact)
        ):
            # ... or for the news's film, naming none: "when do cameras start rolling"
            verdict = verdicts.Verdict.fail("contradicts", "earlier", verdicts.OTHER_FILM)
        elif quotes.only_words(question.sequence, question.names, entry.fact.answer):
            verdict = verdicts.Verdict.fail("no_answer", "quoted", verdicts.OTHER_THING)
        elif not (planned := plans.actual_not_planned(question.sequence, text_words, text)).ok:
            verdict = planned  # "how long did it actually last": not "was scheduled to last"
        elif not (dated := thennow.verdict(question, entry.fact)).ok:
            verdict = dated  # "how many screens now" against "... opened in 1988"
        elif not (of_then := setting.counted_then(set_in, text, fact.source.date or "")).ok:
            verdict = of_then  # "how many in 2019" against "..., which began in 2019, has 41"
        elif not (of_then := latest.not_the_latest(question.sequence, ctx.index, fact)).ok:
            verdict = of_then  # "the most recent census": not "1,240 in 1851" beside 2021's
        elif not (of_then := setting.of_another_year(parsed.text, entry.fact)).ok:
            verdict = of_then  # "which film won this year" against "... won it in 2016"
        elif not (of_then := actyears.of_another_year(set_in, text)).ok:
            verdict = of_then  # another year's event, sum, clause or act (see `actyears`)
        elif not (held := changes.counted_as_a_change(question, text)).ok:
            verdict = held  # "how many does it have": not "lost 1.4 million subscribers"
        elif not (of_then := occasions.of_another_occasion(question, text, concepts)).ok:
            verdict = of_then  # "employ when it closed": "employed 2,100 in 1913, closed in 1968"
        else:
            verdict = premise.check(set_in, text, ctx.index.concepts, said=said)
        if verdict.reason == "contradicts" and verdict.detail in counted:
            # "the first seedhold" against "the median seedhold": another of the kind
            verdict = replace(verdict, cause=verdicts.OTHER_THING)
        # drafted example questions explain its terms in fans' words ("come out"), and so do
        # the sentences that one opening on "He" or "Her" refers back to: `followon`
        if (
            verdict.reason == "unexplained"
            and not missing
            and (alike := followon.explaining(ctx.index, entry.fact, question.kind))
        ):
            verdict = premise.check(set_in, text, ctx.index.concepts, said=(*alike, *said))
        # ("who was her instructor": not the one "her" stands for)
        meant = pronoun_person_words(parsed, ctx.index, entry.fact)
        known = replace(question, words=question.words | meant)
        if verdict.ok and namekinds.names_none(known, text, ctx.index):
            verdict = verdicts.Verdict.fail("no_answer", "name")  # "which studio", "who"
        unnamed = (verdict.reason, verdict.detail) == ("no_answer", "name")
        denied = verdict.cause == verdicts.NEGATED and question.sequence[:1] == ("who",)
        if unnamed or denied:
            # "X, who directed the first two films, will not return ... Her replacement
            # is Owen Draycott": who does it now is told after, and the act is the one
            # denied ("will not be behind the camera ... has instead tapped Y")
            replacement = _replacement(ctx, entry.fact, set_in, said, text)
            if replacement is not None:
                return ctx.answer_with(replacement, item.score)
        if verdict.reason == "no_answer" and question.kind == "reason":
            joined = followon.with_cause_after(ctx.index, entry.fact, named)
            if joined is not None:  # the act in this sentence, its cause in the next
                return ctx.answer_with(joined, item.score)
        if verdict.ok and question.kind == "time" and not stated.day(text):
            if headline:  # no passage read since gives a day: the headline's year, then
                return ctx.answer_with(*headline)
            if entry.headline:
                headline = (fact, item.score)
                reading += 1
                continue
        if verdict.ok and entry.headline and not headline and _lede_tied(question, ranked, n):
            # "what did he injure": "Exits After On-Set Injury" says it in few words, the
            # story's sentence ranked as high in full ("after fracturing his left ankle")
            headline = (fact, item.score)
            reading += 1
            continue
        if verdict.ok:
            return ctx.answer_with(fact, item.score)
        if verdict.cause == verdicts.NEGATED and (
            yesno.denied_of_the_asked(parsed, entry.fact, ctx)
            or yesno.negates_the_asked(parsed, question, text, ctx, said)
        ):
            return yesno.no(entry.fact, item.score, ctx)  # "Will Nina Holt write it?"
        if verdict.cause == verdicts.NEGATED and _denied_of_the_named(question, text):
            return entry.fact  # "She (Quenella Vintross) never married": no one to name
        # "Copper Sky 3 has found its director." (on the topic, no answer of the asked
        # kind), "Tomas Lind is not returning" (denied of someone) or "Copper Sky opened
        # to $61 million" (another film): the next passage may hold it. After a denial
        # the next one may deny it too ("X, who directed the original, will not return";
        # "X said he had no appetite for directing it"), and the one after that names who
        # will. A number, a date or a name beside the asked words is seldom there by
        # chance: for one, a third passage is read after two holding none
        deeper = n == 1 and question.kind in _READ_DEEPER
        # ... and so is one not saying "located", which a sentence placing the thing
        # seldom repeats ("Dromsk is a mill town on the River Velbrae")
        unplaced = verdict.reason == "unexplained" and verdict.detail in located.LOCATED_TERMS
        if (n == 0 or deeper or verdict.cause in _READ_PAST) and (
            verdict.reason == "no_answer" or verdict.cause in _READ_ON or unplaced
        ):
            reading += w.passages_after_no_answer
        elif entry.headline:
            # a headline says in few words what the story's first sentence says in full
            # ("Tops the Box Office With $36.4 Million Debut"): the next may say the rest
            reading += w.passages_after_no_answer
        if closest is None:
            closest = entry.fact
    return ctx.answer_with(*headline) if headline else closest


# How much below a headline the next passage may rank and still be read for "what".
HEADLINE_TIE = 0.02


def _lede_tied(question: premise.Asked, ranked: Sequence[Scored], n: int) -> bool:
    """Whether a "what" question's next passage ranks as high as the headline at `n`."""
    tied = n + 1 < len(ranked) and ranked[n + 1].score >= ranked[n].score - HEADLINE_TIE
    return tied and question.sequence[:1] == ("what",)


# Contradictions after which the next passage is read too (see `read_passages`).
_READ_ON = frozenset(
    {verdicts.NEGATED, verdicts.OTHER_FILM, verdicts.OTHER_THING, verdicts.SUPERSEDED}
)
# ... and those after which it is read at any rank: a denial, or another thing's act
# ("Additional scenes were filmed at X", "Y founded Z").
_READ_PAST = frozenset({verdicts.NEGATED, verdicts.OTHER_THING})


def _threshold(kind: str, w: Weights) -> float:
    """How high a passage must rank to be read: lower for an answer of a kind (`Weights`)."""
    exact = w.typed_passage_threshold if kind in _EXACT_KINDS else w.passage_threshold
    return w.name_passage_threshold if kind == "name" else exact


# Kinds of answer read in a third passage when the first two hold none (`read_passages`).
_EXACT_KINDS = frozenset("count money time date year month".split()) | howlong.SPAN_KINDS
# ... and those a third passage is read for ("who founded the school": "Founded in 1562,
# it ..." and another naming no one, then "The school was established by Sir X").
_READ_DEEPER = _EXACT_KINDS | {"name"}


def _done_to_another_film(
    question: premise.Asked,
    films: Iterable[str],
    passage: str,
    mentions: Sequence[Mention],
    index: Index,
) -> bool:
    """`filmobjects.done_to_another_film` for a passage about `films`, with the names of those
    the question (its `mentions`) does not name."""
    asked = {m.entity_id for m in mentions}
    others = [
        normalize(name)
        for f in films
        if f not in asked and f in index.entities
        for name in (index.entities[f].name, *index.entities[f].aliases)
        if len(name) >= series.MIN_FILM_NAME
    ]
    words = normalize(passage).split()
    stems = [stem(w) for w in words]
    return done_to_another_film(question.acts, words, stems, others, question.film_names)


def _named_by(index: Index, entity_id: str) -> set[str]:
    entity = index.entities.get(entity_id)
    return set(normalize(entity.name).split()) if entity else {entity_id}


def _replacement(
    ctx: Context, fact: Fact, question: premise.Asked, said: Sequence[str], text: str
) -> Fact | None:
    """The passage a sentence or two after `fact`'s naming who replaces the one its `text`
    says will not return (or left, if it says so: "He was replaced by Y"; unless leaving
    is asked), when it answers `question`, which asks for someone (`said`: of the film)."""
    denies = not gone.DENIALS.isdisjoint(_ONLY.sub("", normalize(text)).split())
    left = _LEAVING_ASKED.isdisjoint(question.terms) and gone.tells_departure(text)
    whom = defined.asks_whom(question.sequence, question.heads) and (denies or left)
    after = followon.replacement_after(ctx.index, fact) if whom else None
    said = (*said, text)
    if after is None or not premise.check(question, after.answer, ctx.index.concepts, said=said).ok:
        return None
    words = normalize(after.answer).split()  # (not "the role was never recast")
    told = denies or (successor.states_succession(words) and gone.DENIALS.isdisjoint(words))
    return after if told else None


_ONLY = re.compile(r"\bnot (?:the )?only\b")  # "not the only upheaval" denies no one's part
_LEAVING_ASKED = frozenset(map(stem, gone.DEPARTING)) | {"depart"}  # as question terms


# A clause about someone's earlier work, up to its end (a bracket, or the comma before the
# sentence's verb): "whose previous film "The Saltmarsh Letters" earned $212 million
# worldwide on a $40 million budget, will rewrite it".
_EARLIER_WORK = re.compile(
    r"\bwhose (?:previous|last|earlier|prior|first|debut) (?:film|movie|feature|picture)\b[^;)]*?"
    r"(?:,(?=\s+(?:will|is|are|was|were|has|have|had|said)\b)|[;)]|$)"
    # ... or a job someone had on another titled work: "who worked as head of story on the
    # studio's 2023 hit "Mossback""
    r"|\bwho (?:worked|served) as\b[^;,]*?\bon\b[^;,]*?[\"\u201c][^\"\u201d]+[\"\u201d]"
    # ... or what is told of the work another follows: 'the studio's second feature,
    # following "The Sallowmere Kite", which grossed $380 million worldwide'
    r"|\b(?:following|after)\s+[\"\u201c](?P<title>[^\"\u201d]+)[\"\u201d],?\s+which\b[^;)]*"
)


def only_of_an_earlier_work(
    question: premise.Asked, passage: str, known: Concepts = GENERAL_CONCEPTS
) -> bool:
    """Whether every word of the passage for what the question asks (its terms and head)
    stands in a clause about someone's earlier work (`_EARLIER_WORK`)."""
    asked = {*question.terms, *question.heads}  # "what's the budget": its head
    clauses = " ".join(
        m.group(0)
        for m in _EARLIER_WORK.finditer(passage)
        if not (m["title"] and set(normalize(m["title"]).split()) - GLUE <= question.names)
    )  # (not of the work the question names: "how much did The Sallowmere Kite make")
    if not clauses or not asked:
        return False
    inside = {stem(w) for w in normalize(clauses).split()}
    outside = {stem(w) for w in normalize(_EARLIER_WORK.sub(" ", passage)).split()}
    # ("how much has it earned": "which grossed $380 million" says it in another word)
    return bool(asked & inside or known.sharing(asked, inside)) and not (
        asked & outside or known.sharing(asked, outside)
    )


def film_words_of(question: premise.Asked) -> tuple[str, ...]:
    """`premise.FILM_WORDS`, but for those the question uses as a verb: "the film" says
    nothing of where the sequel will be "filmed" or when "filming" starts."""
    return tuple(
        phrase
        for phrase in premise.FILM_WORDS
        if question.words.isdisjoint({f"{phrase[4:]}ed", f"{phrase[4:]}ing"})
    )


# How far into a passage its denial may stand and still open on the one it denies of.
DENIED_OPENING = 6


def _denied_of_the_named(question: premise.Asked, passage: str) -> bool:
    """Whether `passage` opens on the names the question gives, then denies: "who was she
    married to" of "She (Quenella Vintross) never married" has no answer in a later
    passage, which speaks of someone else's wife."""
    words = normalize(passage).split()
    denial = next((i for i, w in enumerate(words) if w in denials.NEGATIONS), None)
    return (
        denial is not None
        and denial <= DENIED_OPENING
        and bool(question.names)
        and question.names <= set(words[:denial])
    )
