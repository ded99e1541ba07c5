"""The premise check's third step: does the passage hold an answer of the asked kind?

A time for "when", a number for "how many", a name for "who" and "where", a cause or a
purpose for "why", another name given for the thing asked about for "what is another name
for X", each near the words the question asks about, in the same clause: in "A trailer is
expected in December, and the film will open on the same day", December is the trailer's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from bot import newsform
from bot.concepts import Concepts
from bot.engine import (
    actplaces,
    agents,
    ages,
    closed,
    complements,
    counting,
    crew,
    defined,
    elisions,
    families,
    fronted,
    gone,
    groups,
    howlong,
    kinds,
    labels,
    measured,
    measures,
    mentioned,
    names,
    naming,
    partcounts,
    passive,
    performers,
    phrases,
    plans,
    reaches,
    releasewords,
    roles,
    sizes,
    stated,
    takings,
    totals,
    unnamed,
    unnamedjobs,
)
from bot.engine.score import PLACE_KINDS
from bot.engine.verdicts import PASS, Verdict
from bot.text import stem

if TYPE_CHECKING:
    from bot.engine.premise import Asked

# Where someone is from: a word of origin, then a capitalised place within a few words
# ("born in 1979 in Aarhus", "grew up on a farm near Aarhus"; not "born 14 May 1971").
_MONTHS = "|".join(m.capitalize() for m in kinds.MONTHS)
_FROM_A_PLACE = re.compile(
    rf"\b(?i:{'|'.join(sorted(kinds.ORIGINS))}|grew up)(?:\s+(?!to\b)(?:[a-z]+|\d+,?)){{0,4}}"
    rf"\s+(?!(?:{_MONTHS})\b)[A-Z]"
)


def verdict(
    question: Asked, passage: str, words: list[str], stems: list[str], known: Concepts
) -> Verdict:
    """A refusal when `passage` holds nothing of the kind asked (`holds_answer`), or says
    the asked word only as what a thing was established as (`complements`); else PASS."""
    ok = holds_answer(question, passage, words, stems, known)
    ok = ok and not complements.as_unsaid(question.sequence, words)  # "established as"
    ok = ok and not naming.earlier_name_unsaid(question.sequence, passage)  # "original name"
    return PASS if ok else Verdict.fail("no_answer", question.kind)


def holds_answer(
    question: Asked, passage: str, words: list[str], stems: list[str], known: Concepts
) -> bool:
    """Whether `passage` (with its normalized `words` and their `stems`) holds something
    of the kind `question` asks for, beyond the question's own words."""
    if question.kind == "alias":
        # the passage's words for the asked thing count ("principal award" for "prize")
        terms = {*question.terms, *known.sharing(question.terms, stems)}
        ok = naming.gives_name(passage, naming.named_as_asked(question), terms)
    elif question.kind == "reason":
        ok = mentioned.gives_own_reason(passage, words, question.sequence)
    elif question.kind == "origin":
        ok = _FROM_A_PLACE.search(passage) is not None  # "from" too: the question's own
    elif question.kind == "name":
        given = names.given(passage, question.words, question)
        if not (names.FILM_HEADS | _TITLED_WORKS).isdisjoint(question.heads):
            given |= names.titled(passage)  # "which film": '"Chasmfield"' names one
        elif question.sequence[:1] in (("who",), ("whom",)):
            given -= names.title_words(passage)  # 'released as "The Farewell"': no one
        given -= crew.other_crew(given, words, question.words)
        if crew.only_another_office(words, question.words) or crew.no_composer(
            words, question.words
        ):
            given = set()  # "casting director X" names no director, "directed by X" no composer
        if _asks_someone(question) and unnamedjobs.unnamed(words, question.sequence, given):
            given = set()  # "X described the new composer as ..." names no composer
        if (asked := unnamed.asked_noun(question.sequence)) and unnamed.only_unnamed(
            asked, passage
        ):
            given = set()  # "left to join a shipping firm abroad" names no firm
        if not question.negated and not asks_of_the_past(question):
            # "who will compose the music?": not one who "will not return"; but "who
            # directed it?" is still she who "would not return for a third film"
            given -= gone.denied(given, passage, question.terms) | gone.departed(given, passage)
        # a headline's grammar ("X Exits as Y Is Recast") says too little for "who", "where"
        place = question.sequence[:1] == ("where",) or _asks_a_place(question)
        ok = any(w not in question.words for w in given) and not (
            question.sequence[:1] in (("who",), ("where",)) and newsform.headline(passage)
        )
        if not ok and question.sequence[:1] == ("who",):
            return groups.group_did_it(words, question.words)  # "by the dukes", no name
        if ok and place:
            # "where did they film it": a place the passage puts something in or at, not
            # any name ("the film's flagship, the Gray Heron")
            # (nor a title: 'worked with him once before, on "Ebbrell's Lantern"')
            unplaced = question.words | names.owners(passage) | names.title_words(passage)
            placed = names.placed_at(given - unplaced, words)
            # ("in which two cities": two places, not one and a film's "of Eldermere")
            runs = [at for at in placed if at - 1 not in placed]
            wanted = names.how_many_named(question.sequence)
            placed = placed if len(runs) >= wanted else []
            acts = set(question.terms) - question.names
            ok = bool(placed) and not actplaces.place_of_another_act(passage, stems, acts, placed)
            ok = ok and not actplaces.life_only_dated(question.sequence, words)
        elif (
            ok
            and defined.asks_whom(question.sequence, question.heads)
            and _possessed_only(question, passage)
        ):
            ok = False  # "who plays Yvaine Harrick": not one playing "Harrick's rival"
        elif ok and question.acts is not None and agents.asks_someone(question.sequence):
            ok = names.doer_named(question.acts[0], given, words, stems, question.words)
        elif ok and (verb := _progressive_done_by(question, stems)) is not None:
            ok = names.doer_named(verb, given, words, stems, question.words)
        elif ok and question.sequence[:1] in (("who",), ("whom",)):
            slot = roles.object_slot(question.sequence, stems, question.owned)
            ok = names.named_in(slot, given, words, question.words)
    else:
        holds = kinds.ANSWER_KINDS.get(question.kind)
        if measures.asks_change(question.sequence):
            holds = measures.change_held  # "by how much was it raised": "by a quarter"
        # the words asked about, and the passage's words for them ("cinemas" for "release")
        asked_about = set(question.terms) | known.sharing(question.terms, stems)
        # "how long did filming take" is answered by "... wrapped after 94 days"
        also_at = howlong.measured_at(question.kind, question.sequence, words, stems)
        # "moving the sequel from November 20 to March 5": the move is of its release
        if question.kind in kinds.TIME_KINDS and plans.moves_a_date(stems):
            also_at = [i for i, s in enumerate(stems) if s in plans.MOVING]
        ok = holds is None or _held_near(
            question, passage, words, stems, holds, asked_about, also_at, known
        )
        if ok and question.kind in kinds.TIME_KINDS:
            ok = not measured.measured_from(stems, asked_about)
        if ok and question.kind == "money":
            ok = stated.sum_of_money(passage, words)
            ok = ok and not stated.only_compared(passage, question.names)
            ok = ok and not stated.cost_of_another(question.words, words)  # "tickets cost"
            # "what was the budget": not "opened in fifth with $5.2 million"
            ok = ok and ("budget" not in question.heads or not BUDGET_SAID.isdisjoint(stems))
        if ok and measures.asks_change(question.sequence):
            ok = measures.change_said(passage)  # "would cost 780 million": no change
        if ok and question.kind == "date":
            ok = stated.day(passage)
        if ok and question.kind in kinds.TIME_KINDS:
            ok = stated.life_event(question.words, question.names, passage, stems)
        ok = ok and not sizes.another_measure(question.sequence, words, question.kind)
        ok = ok and stated.death_cause_said(question.sequence, passage)  # "died of typhoid"
    return ok


# Words a passage states a budget with: "produced for $22 million", "cost $160 million".
BUDGET_SAID = frozenset("budget cost costing spend produce make pay fund price".split())
SITES = frozenset("location site place venue".split())  # "at what location did it wrap"


def _possessed_only(question: Asked, passage: str) -> bool:
    """Whether the passage names the asked one only as an owner ("Harrick's rival"); not
    when the question asks of the owner ("the chief executive of Ormond Mills" is
    "Ormond's chief executive")."""
    if question.owned or any(
        a == "of" and b in question.names for a, b in pairwise(question.sequence)
    ):
        return False
    # (a name the store does not know counts, written with a capital: "played Marnie")
    asked = question.names | question.capitals
    return names.only_possessed(asked, passage) or performers.part_of_another(
        question.sequence, passage
    )  # "the ferryman's sister"


def _asks_a_place(question: Asked) -> bool:
    """ "what city is the con in", "in which town was she born", "at what location did it
    wrap": where something is, by the place's kind (not "which town is the largest",
    which names the town itself)."""
    sequence = question.sequence
    which, at = ("what", "which"), ("in", "at")
    preposition_last = len(sequence) > 1 and sequence[0] in which and sequence[-1] in at
    preposition_first = len(sequence) > 1 and sequence[0] in at and sequence[1] in which
    return (preposition_last or preposition_first) and not (PLACE_KINDS | SITES).isdisjoint(
        question.heads
    )


def _held_near(
    question: Asked,
    passage: str,
    words: list[str],
    stems: list[str],
    holds: Callable[[str], bool],
    asked_about: set[str],
    also_at: list[int],
    known: Concepts,
) -> bool:
    """A word of the asked kind, not one of the question's own, standing near a word the
    question asks about: in "the record high was set on June 8, while the record low was
    set on February 6", the month of the record low is February, the one beside it."""
    # "retire" asked, "until her retirement" said (but "Normans" is no "Normandy")
    named = {stem(w) for w in question.capitals | question.names}
    family = [t for t in question.terms if t not in named]
    asked_at = sorted(
        {
            i
            for i, s in enumerate(stems)
            if (
                s in asked_about
                or any(families.related(t, s) or closed.closed_compound(t, s) for t in family)
            )
            and not releasewords.no_release(words, i)
        }
        | set(also_at)
    )
    # a quoted title, and what it is said to be, count for nothing between two words:
    # 'dated "Harrier Point 3: Starfall," the third film in the series, for March 5'
    quoted = phrases.titled(passage, len(words))
    apart = [0]
    for inside in quoted:
        apart.append(apart[-1] + (not inside))
    if question.kind in kinds.TIME_KINDS and asked_at:
        asked_at = releasewords.said_of_the_film(question, words, stems, apart, asked_at)
        if not asked_at:
            return False
    given_up = plans.given_up_plans(words, stems)
    # "how many theaters" is no sum of money: not the "84" of "$84 Million Opening"
    how_many = question.sequence[:2] == ("how", "many")
    # a sum is no time either: not the "380" of "$380 Million"
    timing = question.kind in kinds.TIME_KINDS
    sums = (
        stated.sum_words(passage) if how_many or timing or question.kind == "money" else frozenset()
    )
    # ... nor is a share a count, unless one is asked: "38% of the weekend gross"
    shares = measures.unasked_shares(passage, question) if question.kind == "count" else set()
    by_how_much = measures.asks_change(question.sequence)
    others = releasewords.years_of_others(passage, question.words) if timing else set()
    editions = (releasewords.editions(passage) if timing else set()) | labels.labelled(passage)
    counts = how_many or not question.words.isdisjoint(counting.NAMED_COUNTS)
    asked_things = counting.asked_things(question, stems, known) if counts else set()
    # "how many people live on the island": "a population of 412", wherever the island is
    asked_at += [i for i, s in enumerate(stems) if s in asked_things and i not in asked_at]
    # "a nine-screen venue" counts the venue's screens, not all a chain's
    in_all = how_many and not totals.ASKS_A_SUM.isdisjoint(question.sequence)
    parts_of = partcounts.of_one_thing(passage, len(words)) if in_all else {}
    # ... and what it asks done: "opening" of "how many theaters is it opening in"
    counted = set(counting.counted(question))
    act_terms = [t for t in question.terms if t not in counted]
    acts = set(act_terms) | (known.sharing(act_terms, stems) - counted)
    found = [
        i
        for i, w in enumerate(words)
        # (a span's unit the question gives still measures one by a count it does not:
        # "how long's the shoot, in days" against "a 34-day shoot"; not "Seven Years' War")
        if (
            w not in question.words
            or (question.kind in howlong.SPAN_KINDS and i and words[i - 1] not in question.words)
        )
        and holds(w)
        and i not in given_up
        and words[i] not in shares
        and not (kinds.loose_ordinal(words, i) or (timing and measured.span_unit(words, i)))
        and _sum_fits(question.kind, words, i, sums, not_a_sum=how_many or timing)
        and not (asked_things and counting.counts_other_things(words, stems, i, asked_things))
        and not (asked_things and elisions.counts_another(words, stems, i, asked_things))
        and not (how_many and counting.counted_by_another(words, stems, i, acts, question.words))
        and not (how_many and counting.an_increment(words, i, question.words))
        and not ((how_many or question.kind == "count") and counting.one_of_many(words, i))
        and not (
            (how_many or question.kind == "count") and measures.a_multiple(words, i, question.words)
        )
        and not (how_many and counting.a_part_counted(words, i, question.words))
        and not (how_many and measures.measures_a_sibling(question.sequence, stems, i))
        and not (question.kind == "count" and not by_how_much and measures.fraction_of(words, i))
        and not (by_how_much and measures.part_counted(words, i))  # "two of its routes"
        and not (how_many and measures.of_another_material(question.sequence, words, i))
        and not (question.kind == "count" and measures.unmeasured(question.sequence, words, i))
        and not (question.kind == "count" and measures.a_span_modifier(words, i, question.words))
        and not (question.kind == "money" and takings.not_the_sum(question.words, words, stems, i))
        and (i not in parts_of or parts_of[i] in question.words)
        and not (question.kind in kinds.TIME_KINDS and kinds.counted(words, i))
        and not ((timing or question.kind in howlong.SPAN_KINDS) and ages.in_an_age(words, i))
        and not (
            question.kind == "count"
            and _AGE_ASKED.isdisjoint(question.words)
            and ages.is_age(words, i)
        )
        and words[i] not in others  # "Driftwood Saints, released in 2019": its year
        and i not in editions
        and not (timing and plans.a_bound(words, i))
        and not (
            question.kind in ("count", "money")
            and (kinds.a_year(words, i) or stated.a_day(words, i) or stated.a_clause_once(words, i))
        )
        and measured.span_of_the_act(words, stems, i, asked_about, question)
    ]
    # "when was the London premiere planned": not the New York one's date (`mentioned`)
    unowned = mentioned.set_apart(passage, words, question.sequence, question.names, found)
    found = [i for i in found if i not in unowned]
    if not asked_at:
        return bool(found)
    # "A trailer is expected in December, and the film will open ...": December is the
    # trailer's, in another clause
    clause = phrases.clauses(passage, len(words))
    opening = fronted.opening_time(passage)  # "In 1903, X introduced ...": all of it then
    far = {i for i in found if reaches.far_reaching(question.kind, words, i)}  # "for £1.2m"
    return any(
        (
            i in opening
            or (
                abs(apart[i] - apart[j])
                <= (reaches.FAR_REACH if i in far else reaches.ANSWER_REACH)
                and clause[i] == clause[j]
            )
        )
        # a year in a title's apposition is the title's: 'X, "the sequel to its 2022 hit,"'
        and (quoted[j] or not quoted[i] or question.kind not in kinds.TIME_KINDS)
        and not (timing and phrases.starts_a_span_ended_by(words, i, j))
        for i in found
        for j in asked_at
    )


def _sum_fits(kind: str, words: list[str], i: int, sums: frozenset[str], not_a_sum: bool) -> bool:
    """Whether the number at `i` may answer as far as sums go: for "how many" and "when"
    (`not_a_sum`) no word of a sum ("84" of "$84 Million Opening", "380" of "$380
    Million"); for money only a sum ("$340 million", not "71 million paid subscribers")."""
    if not_a_sum:
        return words[i] not in sums
    return kind != "money" or stated.a_sum(words, i, sums)


def _asks_someone(question: Asked) -> bool:
    """Whether the question asks for someone ("who", "which composer", "the name of the
    composer"), not for a thing of someone's ("which TV show is the composer known for")."""
    heads = set(question.heads)
    asked_job = not heads.isdisjoint(unnamedjobs.ASKED_JOBS) or heads == {"name"}
    return question.sequence[:1] in (("who",), ("whom",)) or asked_job


# Works besides films a quoted title names: "which TV show": 'the series "The Wardens"'.
_TITLED_WORKS = frozenset("show series programme program book novel play song album".split())
_AGE_ASKED = frozenset("old age aged".split())  # a count asking none: not "Widdaleford, 68,"


def _progressive_done_by(question: Asked, stems: list[str]) -> str | None:
    """ "Who is replacing her?" read against "the choir would be replaced by sampled
    vocals": the verb, when the passage has it only in the passive with its agent, whom
    the answer must name."""
    sequence = question.sequence
    if len(sequence) < 4 or sequence[0] != "who" or not sequence[2].endswith("ing"):
        return None
    verb = stem(sequence[2])
    uses = [k for k, s in enumerate(stems) if s == verb]
    return verb if uses and all(passive.agent_of(stems, k) is not None for k in uses) else None


_PAST_AUXILIARIES = frozenset("did was were had".split())


def asks_of_the_past(question: Asked) -> bool:
    """ "Who directed the sequel?", "when did she leave": an act done, which a passage
    denying what someone will do next does not undo ("which actor quit": a departure)."""
    words = question.sequence
    if not _SUCCEEDING.isdisjoint(words):
        return False  # "who took over the role": never the one who left it
    return not (_PAST_AUXILIARIES.isdisjoint(words) and gone.DEPARTING.isdisjoint(words)) or (
        len(words) > 1 and passive.is_participle(words[1])
    )


# What asks for one who came after another ("took over" reads "succeeded").
_SUCCEEDING = frozenset("succeed succeeded succeeds replace replaced replaces".split())
