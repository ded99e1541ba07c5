"""Reading a passage against the question before answering from it.

A sentence of an article sharing most of a question's words is often no answer to it:
"who decreased the fleet?" against "Maren increased the fleet". A curated fact was written
to answer its example questions; a passage was not, so before answering from one it asks:

1. does the passage contradict the question? A negation one side has and the other
   lacks, an antonym in place of the asked word ("smallest" for "largest"), a word
   negated by a prefix ("disapproved" for "approved"), or a number the passage lacks;
2. does the passage explain every key term of the question? A term it never mentions
   means the question asks about something the passage does not say (but a "why" or an
   "on what date" question's act may be told in other words beside the cause or the day
   it asks: `keyterms`);
3. does the passage hold something of the kind asked for, beyond the question's own
   words? A time for "when", a number for "how many", a name for "who" and "where".
Pure functions over normalized words; the tables are ordinary English, not any article's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot import coref, demonyms
from bot.concepts import GENERAL_CONCEPTS, Concepts
from bot.engine import (
    ages,
    already,
    answered,
    appositions,
    attached,
    attributive,
    compounds,
    converses,
    counting,
    dated,
    denials,
    deputies,
    destinations,
    doers,
    explain,
    extremes,
    films,
    formers,
    guesses,
    howlong,
    idioms,
    initials,
    keyterms,
    kinds,
    labels,
    located,
    opposites,
    ordinals,
    owners,
    patients,
    phrases,
    phrasewords,
    plans,
    predecessor,
    repeated,
    replacements,
    rivals,
    roles,
    score,
    senses,
    shortyears,
    stated,
    successor,
    totals,
    verbforms,
    verbnouns,
    versions,
    withheld,
)
from bot.engine.affixes import negated_by_affix, negated_form
from bot.engine.denials import NEGATIONS
from bot.engine.verdicts import NEGATED, OTHER_FILM, OTHER_THING, PASS, Verdict
from bot.models import QuestionType
from bot.text import GLUE, POSSESSIVES, SCAFFOLD, capitalised_words, is_number, normalize, stem

# "Why isn't X back?" is asked of what "Missing from the lineup is X" says without "not".
_ABSENT_WORDS = "missing absent declined exited departed dropped quit unavailable unable"
ABSENT = frozenset(_ABSENT_WORDS.split())
_OF_A_FIRST = frozenset({("when",), ("where",), ("how",)})  # "first": read past a later time
_FILM_NOUNS = "sequel film movie installment instalment picture series show reboot remake prequel"
FILM_WORDS = tuple(f"the {w}" for w in f"{_FILM_NOUNS} spinoff".split())  # "who wrote the sequel"

# Words a question adds that a passage stating the fact seldom repeats: "how many existed" ~
# "there were four", "the total number of keepers" ~ "40 keepers", "reportedly paying" ~ "it
# will pay, according to two people", "who co-founded it" ~ "founded by A and B" (no "located").
IMPLIED = frozenset(
    """exist exists existed existing occur occurs occurred total altogether number during
    upon once sometimes largely previously become became co reportedly allegedly supposedly
    apparently purportedly roughly approximately""".split()
)
# Words of a question that are no key terms: function words, negations, scaffolding.
NO_TERMS = GLUE | NEGATIONS | SCAFFOLD | IMPLIED
# A measure the passage must name: "what is the population of X" is no "220 miles from X".
STATED_MEASURES = frozenset("population cost price salary fee revenue score profit".split())


@dataclass(frozen=True, slots=True)
class Asked:
    """What a question asks, as the premise check needs it."""

    terms: tuple[str, ...]  # key stems the passage must explain
    acts: tuple[str, tuple[str, ...]] | None  # "who replaced the keepers": (verb, its objects)
    numbers: tuple[str, ...]  # numbers the passage must state too
    negated: bool  # the question itself is negative ("which didn't ...")
    kind: str  # a key of ANSWER_KINDS, or name | any: what the answer must contain
    words: frozenset[str]  # every normalized word and stem of the question
    sequence: tuple[str, ...] = ()  # the normalized question, in order
    names: frozenset[str] = frozenset()  # words of the names it mentions ("tomas", "lind")
    owned: tuple[tuple[str, str], ...] = ()  # its possessives: ("ilse", "daughter")
    capitals: frozenset[str] = frozenset()  # its words written with a capital
    abbreviated: tuple[tuple[str, tuple[str, ...]], ...] = ()  # ("uk", ("unite", "kingdom"))
    successor: bool = False  # "who's the new Hesk": the passage must say the part changed hands
    plan: bool = False  # "what was the og date": the passage must state a plan since changed
    heads: tuple[str, ...] = ()  # what it asks for by name ("what's the budget"), stemmed
    # the other names of the films it names by number, normalized: a passage calling
    # "Hollowfen 2" "Hollowfen: The Clockwright's Debt" need not number it
    film_names: frozenset[str] = frozenset()
    # peoples it names as doers or owners ("built by the Welsh"): "in Wales" is no doer
    peoples: frozenset[str] = frozenset()


def asked(
    words: Iterable[str],
    qtype: QuestionType,
    named: Iterable[str] = (),
    text: str = "",
    successor_asked: bool = False,
) -> Asked:
    """Read a normalized question (`named`: the words inside its name mentions). If
    `successor_asked` (see `bot.engine.successor`), its "new" is no term."""
    words = idioms.without_background(guesses.without_guesses(list(words)))
    words = counting.preposition_stranded(words)  # "in how many theaters ..."
    named_words = set(named)
    words = attributive.as_adjectives(words, named_words)  # "the founding members"
    capitals = capitalised_words(text)
    heads = kinds.head_nouns(words, capitals)
    kind = kinds.answer_kind(words, qtype, heads)
    plan = plans.asks_plan(words)
    terms: list[str] = []
    numbers: list[str] = []
    for i, w in enumerate(words):
        if w in named_words or films.unnamed_film(words, i) or counting.in_a_code(words, i, text):
            continue  # a name, "the new one" (the film the news is about), "K4"'s number
        if films.named_by_place(words, i, named_words) and not ordinals.first_staged(words):
            continue  # "the original Grayhollow Protocol": the film its name says
        if is_number(w) or kinds.DECADE.match(w):
            # "the first Night Ferry" is the film named "Night Ferry", and "when did it
            # first open" asks when it opened
            first = w == "1st" and (
                (i + 1 < len(words) and words[i + 1] in named_words)
                or ordinals.adverbial_first(words, i)
            )
            first = first and not ordinals.first_staged(words)  # "the first X held"
            if not (
                counting.counts_the_answer(words, i) or counting.pronoun_one(words, i) or first
            ):
                numbers.append(w)
            continue
        if w == "us" and w in capitals and "outside" not in words[max(0, i - 2) : i]:
            terms.append(w)  # "the US rights": a country, not "us" ("outside the US": overseas)
        if w == "own" and i and words[i - 1] not in {*POSSESSIVES, "s", "very"}:
            w = "owns"  # "does the trust own the hall" (not "its own hall", a glue word)
        if w in NO_TERMS and (phrase := phrasewords.adjacent_phrase(words, i)):
            terms.append(phrase)  # "when did the ship go down": when it sank
            continue
        if w in NO_TERMS or not w.isalpha() or len(w) == 1:  # "where r they shooting"
            continue
        if w in score.HAPPENING and not score.asks_what_happened(words):  # "when did it happen"
            continue
        if idioms.order_only(words, i, named_words | capitals):
            continue  # "rebuilt after the fire": the order told, seldom the word
        if w == "status" and i and words[i - 1] not in GLUE:
            continue  # "when did it get nature reserve status": when it was made a reserve
        if (successor_asked and w == "new") or (plan and w in plans.PLAN_TERMS):
            continue
        if idioms.unsaid(words, i, qtype) or kinds.said_by_a_span(kind, stem(w)):
            continue
        if w in kinds.TITLE_NOUNS and i and words[i - 1] in named_words:
            continue  # "the last veilrunner movie": the title says which film
        if phrase := phrasewords.phrase_word(words, i):
            terms.append(phrase)  # "pull in": takings
            continue
        if phrasewords.phrase_particle(words, i):
            continue
        if (
            w in heads
            and w not in STATED_MEASURES
            and stem(w) not in kinds.ROLES
            and not negated_form(w)
        ):
            continue  # "what singer": a passage naming one says "singer" (or a synonym)
        terms.append(stem(w))
    return Asked(
        terms=tuple(dict.fromkeys(terms)),
        acts=doers.subject_question(words, capitals),
        numbers=tuple(dict.fromkeys(numbers)),
        negated=any(w in NEGATIONS for w in words),
        kind=kind,
        words=frozenset(words) | {stem(w) for w in words},
        # without "the new one": the film the news is about, which a passage need not say
        sequence=tuple(w for i, w in enumerate(words) if not films.unnamed_film(words, i)),
        names=frozenset(named_words),
        owned=owners.possessions(text),
        capitals=capitals,
        abbreviated=tuple(initials.abbreviations(text).items()),
        successor=successor_asked,
        peoples=demonyms.peoples(words),
        plan=plan,
        heads=tuple(stem(w) for w in heads),
    )


def check(
    question: Asked,
    passage: str,
    concepts: Concepts = GENERAL_CONCEPTS,
    said: Iterable[str] = (),
) -> Verdict:
    """Whether `passage` (a sentence as written) answers `question`. What else is `said`
    of it (a draft's example questions, in fans' words: "come out" for a release) may
    explain the question's terms, but the answer must stand in the passage itself."""
    concepts = senses.for_kind(concepts, question.kind, question.sequence)  # "who runs it"
    words = attributive.as_adjectives(normalize(passage).split())  # "the founding harbours"
    stems = [stem(w) for w in words]
    have = set(words) | set(stems) | ({"us"} if "U.S." in passage else set())  # "the US"
    # "grossing $212 million" or "raised 2.3 million pounds" is money, though it never says so
    have |= explain.MONEY if stated.states_a_sum(passage) else set()
    have |= converses.turned_order(question.sequence, stems)  # "X before Y": "Y after X"
    have |= ages.told_at(words)  # "how old was he when he left": "left school at fourteen"
    verbs = verbnouns.unsaid_by_nouns(question.sequence)  # "the movie": no "did they film it"
    # "the picture" (the film a news passage is about) says its own words, no concept's:
    # no "post" (a picture posted) of "how many post-1980 films"
    literal = {text[4:] for text in said if text in FILM_WORDS} - verbs
    said = [text for text in said if text not in FILM_WORDS]
    also_words = [w for text in said for w in normalize(text).split() if w not in verbs]
    also, also_set = [stem(w) for w in also_words], frozenset(also_words)
    # "a secondary-school teacher" says no "school" of "film school" (see `compounds`)
    unsaid = compounds.unsaid_parts(passage, question.words) | verbnouns.unsaid_acts(
        question.sequence, words, passage
    )  # ... nor "the Zoffbridge Film Festival" where they filmed it (see `verbnouns`)
    kept = [(s, w) for s, w in zip(stems, words, strict=True) if w not in unsaid]
    for verdict in (
        _contradiction(question, passage, words, stems, have, concepts),
        doers.verdict(question.sequence, question.acts, words, stems, concepts, passage),
        attached.verdict(question, passage, words, stems, set(also_words), concepts),
        withheld.verdict(
            (*question.terms, *question.heads, *withheld.asked_about(question.sequence)),
            words,
            stems,
            concepts,
        ),
        keyterms.verdict(
            # "Galaxy School in Kathmandu", '"The Salt King" (2001)'
            replacements.without_before(
                dated.without_release(
                    located.without_located(question, passage, also_set), passage
                ),
                words,
            ),
            [*(s for s, w in kept), *also],
            (have - unsaid)
            | {f for pair in kept for f in pair}
            | set(also)
            | literal
            | {stem(w) for w in literal}
            | set(initials.abbreviations(passage)),
            concepts,
            [*(w for s, w in kept), *also_words],
        ),
        repeated.verdict(question.sequence, question.terms, question.capitals, stems),
        labels.letter_verdict(question.sequence, question.capitals, passage),  # "Scribe B"
        answered.verdict(question, passage, words, stems, concepts),
        successor.verdict(question.successor, words),
        predecessor.verdict(question.sequence, question.names | question.capitals, passage),
        deputies.verdict(question.sequence, question.capitals, words),  # "deputy head at X"
        ordinals.verdict(
            question.sequence, words, stems, question.names, {o for o, _ in question.owned}
        ),
        rivals.verdict(question, passage, concepts, also_set),
        ages.verdict(question, words),
        totals.verdict(question, words, passage),
        stated.unit_verdict(question.words, passage),  # "in dollars": not "¥180 million"
        plans.verdict(question.plan, words),
        already.verdict(question.sequence, words, stems),  # "already cut": "ordered to cut"
        replacements.verdict(question.sequence, words),  # "what replaced X": not X's place
        destinations.moved_elsewhere(question.sequence, question.names, words, passage),
    ):
        if not verdict.ok:
            return verdict
    return PASS


def _contradiction(
    question: Asked,
    passage: str,
    words: list[str],
    stems: list[str],
    have: set[str],
    known: Concepts,
) -> Verdict:
    for number in question.numbers:
        if (
            number not in have
            and not shortyears.short_year(number, have)
            and not howlong.said_as_one_unit(question.sequence, number, have)  # "a decade"
            and not ordinals.said_as_ordinal(question.sequence, number, have, words)
        ) or counting.counts_another(question.sequence, number, words, question.names):
            # ("trains ran until 1959" is a later time than the first: the next passage
            # may tell when, where or how much the first was, though not who)
            first = number == "1st" and question.sequence[:1] in _OF_A_FIRST
            return Verdict.fail("contradicts", number, OTHER_THING if first else "")
    # a passage opening on "It" or "The sequel" names its film in the sentence before
    # ("Copper Sky 2 earned $600m. It was shot in Norway."): its words need not number it
    referring = bool(words[:1]) and words[0] in coref.THING_PRONOUNS
    referring = referring or " ".join(words[:2]) in FILM_WORDS
    referring = referring or phrases.says_any(words, question.film_names)
    named = question.names if referring else frozenset()
    if title := phrases.title_number_missing(question.sequence, words, named):
        return Verdict.fail("contradicts", title, OTHER_FILM)
    # the head noun counts too: "what veto does it have" against "it has no veto"
    asked_about = {stem(w) for w in question.sequence if w not in GLUE} | set(question.terms)
    asked_about |= known.sharing(question.terms, stems)  # "back" ~ "he is not returning"
    plain = denials.outside_titles(stems, passage, question.negated)  # "No Pier, No Port"
    left_out = denials.left_out(question.sequence)
    asked_of = asked_about - left_out - known.sharing(left_out, stems)
    negated_terms = denials.negated(plain, asked_of, question.sequence, question.names)
    if question.negated and not (question.kind == "reason" and not ABSENT.isdisjoint(words)):
        if not have & NEGATIONS:
            return Verdict.fail("contradicts", "not")
        # "what are schools not a part of?" is not answered by "schools are not run by
        # the state": the passage must negate what the question negates.
        denied = denials.negated([stem(w) for w in question.sequence], set(question.terms))
        # ("not connected to" is denied by "not directly linked to")
        negated_too = set(denied) & set(negated_terms) or known.sharing(denied, negated_terms)
        if denied and not negated_too:
            return Verdict.fail("contradicts", f"not {denied[0]}")
    elif negated_terms:
        return Verdict.fail("contradicts", f"no {negated_terms[0]}", NEGATED)
    if denials.asked_only_set_aside(question.sequence, question.negated, question.terms, passage):
        return Verdict.fail("contradicts", "rather than", NEGATED)  # "rather than in X"
    as_asked = verbforms.said_as_asked(words, stems, question.terms, question.words, known)
    names = question.names | question.capitals  # a title's word is no verb: "A Clerk Among"
    swapped = (
        converses.unless_told_conversely(  # "X paid": "sold it to X"
            question.sequence,
            stems,
            roles.roles_swapped(question.sequence, as_asked, names, question.owned, words),
        )
        or roles.subject_moved(question.sequence, stems, question.owned, names)
        or roles.patient_moved(question.sequence, stems)
        or patients.another_object(question.sequence, stems)  # "founded a youth ensemble"
        or formers.by_a_former(question.sequence, words)  # "its previous owners had run it"
        or appositions.participle_of_another(question.sequence, passage)
        or destinations.destination_moved(question.sequence, stems)
    )
    clause = appositions.relative_of_another(  # "a guild founded in 1402": the guild's act
        question.sequence, passage, known.sharing(question.terms, stems)
    ) or versions.done_by_a_version(question.sequence, stems, question.owned)  # "its remake"
    if swapped := swapped or clause:  # another's act: "a youth academy, founded in 2009"
        another = bool(clause) or appositions.of_another(question.names, words, passage, swapped)
        return Verdict.fail("contradicts", f"roles of {swapped}", OTHER_THING if another else "")
    if (extreme := extremes.unsaid(question.sequence, words, stems)) is not None:
        return extreme  # "which park is the smallest": not "three small ponds"
    if extremes.bounded_record(question.sequence, words):
        # "is it the most viewed trailer ever" against "187 million views ..., a record
        # for Marlowe-Kestrel": a record of one studio is no record of all time
        return Verdict.fail("contradicts", "ever")
    particulars = {w for w in question.sequence if w in kinds.MONTHS or w in question.names}
    particulars |= set(question.numbers)
    contrasted = opposites.misread(
        question.terms, particulars, stems
    ) or opposites.awarded_the_other(question.sequence, particulars, words)
    contrasted = contrasted or opposites.only_nominated(question.terms, stems, words)
    contrasted = contrasted or opposites.other_side(question.sequence, question.terms, stems)
    if contrasted:
        return Verdict.fail("contradicts", contrasted)
    # (function words count here: "over 18" is not "under 18", "after" not "before")
    of_ages = opposites.only_in_ages_or_times(stems)  # "81-year-old", "the end of 2018"
    for term in opposites.opposable(question.terms, question.sequence):
        if term in have:
            continue
        opposite = (opposites.ANTONYMS.get(term, frozenset()) & have) - of_ages
        if opposites.said_as_well(opposite, known.sharing([term], stems)):
            continue  # "established": "founded in 1187 and dissolved in 1537"
        if opposite:  # ... nor "stop-motion films" a "start" (read only when it matters)
            opposite -= compounds.only_in_compounds(passage)
            # ... nor "sold a stake to X" a "buy": it says who bought it
            opposite = converses.not_converse(question.sequence, term, opposite, stems)
        if opposite:
            return Verdict.fail("contradicts", min(opposite))
        if negated := negated_by_affix(term, have):
            return Verdict.fail("contradicts", negated)
    return PASS
