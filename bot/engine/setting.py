"""The year a passage's sentence is set in, when the sentence before sets it.

A reference article states a year once and goes on without it: "As of the census of
2000, there were 427,652 people ... The population density was 4,097.9 people per square
mile." "What was the population density in 2000?" asks of the second sentence, which
states no year; the year it is set in is the first one's. A passage stating a year of
its own is set in that one, and one whose sentences before state none is set in none:
the question's year then stays a premise the passage must state.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from bot.engine import counting, elisions, explain, followon, phrases, serials
from bot.engine.index import Index, IndexEntry
from bot.engine.premise import Asked
from bot.engine.verdicts import OTHER_THING, PASS, Verdict
from bot.models import Fact
from bot.text import GLUE, is_number, normalize, stem

# A year as written in a sentence: "1940", "2008" (not "427,652" or "1,427.9"); an
# earlier one after "in": "established in 1142" (not "1200 soldiers").
YEAR = re.compile(r"(?<![\d,.])(?:1[5-9]\d\d|20\d\d|(?<=\bin )1[0-4]\d\d)(?!\d|[,.]\d)")
# A century as `normalize` writes it: "the 17th century".
CENTURY = re.compile(r"(?<!twenty )\b(1\d|[1-9])(?:st|nd|rd|th) century\b")
# How many sentences back a year still sets the scene: a paragraph's opening "As of the
# census of 2000" holds for the two sentences after it.
SETTING_REACH = 2
# A sentence opening on the present is set at its writing, not in the years before ("Since
# then ..." is not: it is set after the year the sentence before gives).
_TODAY = re.compile(r"(?:today|now|currently|nowadays|at present)\b", re.I)


# How far into a sentence a year sets its scene: "As of the census of 2000, ...", "In
# 1998 the studio was sold ..."; one said later is of a clause's own event.
SETTING_WORDS = 8
_AS_OF = re.compile(r"\bas of\b[^.;]{0,30}?(1[5-9]\d\d|20\d\d)", re.I)
# A year a sentence measures from sets no scene: "It is the lowest total since 2016" is
# set at its writing, and "average occupancy fell to 61 per cent" after it is too.
_MEASURED_FROM = re.compile(r"\b(?:since|than in|than)\s+$", re.I)


def _setting_years(sentence: str) -> list[str]:
    """The years `sentence` is set in: those near its start, or after "as of"."""
    opening = " ".join(sentence.split()[:SETTING_WORDS])
    years = [m for m in YEAR.finditer(opening) if not _MEASURED_FROM.search(opening[: m.start()])]
    return [m[0] for m in years] + _AS_OF.findall(sentence)


def years_before(index: Index, fact: Fact) -> frozenset[str]:
    """The years the sentences before `fact`'s set it in: those of the nearest one
    within `SETTING_REACH` that states any, when `fact` states none itself."""
    if YEAR.search(fact.answer) or _TODAY.match(fact.answer):
        return frozenset()  # ("Today its budget is ...": set at its writing)
    for step in range(1, SETTING_REACH + 1):
        before = followon.passage_beside(index, fact, -step)
        if before is None:
            break
        if years := _setting_years(before.answer):
            return frozenset(years)
        if YEAR.search(before.answer):
            break  # a year said in passing ("the series last reached theaters in 2009")
    return frozenset()


def with_years_set(index: Index, entry: IndexEntry, years: frozenset[str]) -> IndexEntry:
    """`entry` saying, as words it ranks by, those of the question's `years` the
    sentences before its passage set it in: "the population density in 2000" finds the
    sentence after "As of the census of 2000, ...", which states no year of its own."""
    missing = years.difference(entry.stems)
    if not missing or not entry.fact.passage:
        return entry
    set_in = missing & years_before(index, entry.fact)
    return replace(entry, stems=(*entry.stems, *sorted(set_in))) if set_in else entry


def in_setting(question: Asked, index: Index, fact: Fact) -> Asked:
    """`question` without the years `fact` is set in, as premises it must state."""
    if not question.numbers:
        return question
    years = years_before(index, fact)
    kept = tuple(n for n in question.numbers if n not in years)
    return question if len(kept) == len(question.numbers) else replace(question, numbers=kept)


# What a count may be asked of: "how many subscribers", "how much did it earn".
COUNT_KINDS = frozenset({"count", "money"})
# A clause telling when something else happened: ", which launched in 2019," dates the
# thing it follows, not the count the sentence goes on to give.
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\b[^,]*,")
# A year a count is measured from: "the lowest figure since records began in 1978" gives
# no count of 1978.
# (not one a clause after it counts in: "since 1968, when the school had 330 pupils")
_SINCE_A_YEAR = re.compile(
    r"\bsince\b[^,;.]{0,40}?\b(?:1[5-9]\d\d|20\d\d)\b(?!,? when\b[^,;.]*\b\d+(?:,\d{3})*\b)"
)
# A count set in the present: "and today enrols about 24,300", or by a verb in it: "the
# Lenn Creamery, opened in 1923, which employs about 340 people", "the library, added in
# 1784, holds about 6,000 volumes".
_COUNTED_NOW = re.compile(
    r"\b(?:today|now|currently|presently)\s+(?:[a-z]+\s+){0,3}?\$?\d"
    r"|\b(?:employs|has|enrols|enrolls|houses|holds|seats|serves|counts|contains)"
    r"\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more than\s+)?\$?\d"
)


def counted_then(question: Asked, passage: str, reported: str = "") -> Verdict:
    """Whether a count asked of a year is given of another time: "how many subscribers
    did it have when it launched in 2019?" against "Ombryx, which launched in 2019,
    reported 41 million subscribers at the end of 2023", or "... was chartered in 1911
    and today enrols about 24,300" (unless the year asked is the one it was `reported`
    in). The next passage may give the count of that year."""
    years_asked = {n for n in question.numbers if n.isdigit() and len(n) == len("1911")}
    present = question.kind in COUNT_KINDS and _PAST_ASKED.isdisjoint(question.sequence)
    if present and not years_asked and (then := _counted_only_then(passage)):
        return Verdict.fail("contradicts", f"then {then}", OTHER_THING)  # "how many does it have"
    asked = (years_asked or _when_it(question, passage)) & set(YEAR.findall(passage))
    if question.kind not in COUNT_KINDS or not asked:
        return PASS  # (a year the passage never states fails the premise check anyway)
    if asked.isdisjoint(YEAR.findall(_SINCE_A_YEAR.sub("", passage))):
        return Verdict.fail("contradicts", "since then", OTHER_THING)  # "... since 1978"
    main = _RELATIVE_ASIDE.sub(",", passage)
    years = set(YEAR.findall(main))
    if years and asked.isdisjoint(years):
        return Verdict.fail("contradicts", f"then {min(years)}", OTHER_THING)
    if (dated := _years_of_the_count(question, main)) and asked.isdisjoint(dated):
        # "how many homes were flooded in 2014": not "floods in 1953 left 2,000 homes under
        # water, and a further flood in 2014 closed the centre"
        return Verdict.fail("contradicts", f"then {min(dated)}", OTHER_THING)
    if _counted_in_another_clause(question, main, asked):
        return Verdict.fail("contradicts", "then another", OTHER_THING)
    if (nearest := _years_nearest_the_count(question, main)) and asked.isdisjoint(nearest):
        # "how many visited in 2020": not "received 912,000 visitors in 2019, before
        # attendance fell ..., when the glasshouses were closed for most of 2020"
        return Verdict.fail("contradicts", f"then {min(nearest)}", OTHER_THING)
    if _COUNTED_NOW.search(passage.lower()) and reported[:4] not in asked:
        return Verdict.fail("contradicts", "now", OTHER_THING)
    return PASS


def _years_of_the_count(question: Asked, passage: str) -> set[str]:
    """The years standing in the clauses (`phrases.clauses`) where a number counts what
    "how many" asks for ("2,000 homes")."""
    words = normalize(passage).split()
    clause = phrases.clauses(passage, len(words))
    counting_in = {clause[i] for i in _counts(question, words)}
    return {w for i, w in enumerate(words) if clause[i] in counting_in and YEAR.fullmatch(w)}


COUNT_REACH = 2  # "2,000 homes", "41 new homes": the number, then its noun


def _counts(question: Asked, words: list[str]) -> list[int]:
    """Where the normalized `words` hold a number counting what "how many" asks for."""
    things = set(counting.counted(question))
    counts = [
        i
        for i, w in enumerate(words)
        if w.isdigit() and any(stem(t) in things for t in words[i + 1 : i + 1 + COUNT_REACH])
    ]
    return counts + _changed_to(words) if counts else counts


# What a count went on to: "800,000 crossings in 2005, a number that had risen to about
# 1.2 million by 2019" counts the crossings of 2019 too.
_CHANGED_TO = re.compile(r"\b(?:risen|rose|grown|grew|fallen|fell|climbed|dropped) to\b")
CHANGE_REACH = 3  # "risen to about 1.2 million": the change, a word, the number


def _changed_to(words: list[str]) -> list[int]:
    return [
        i
        for i, w in enumerate(words)
        if w.isdigit() and _CHANGED_TO.search(" ".join(words[max(0, i - CHANGE_REACH) : i]))
    ]


FRONTED = 3  # "In 1605, growers harvested 40 tonnes": a year opening the sentence dates it


def _counted_in_another_clause(question: Asked, passage: str, asked: set[str]) -> bool:
    """Whether each count asked stands in a clause (`phrases.clauses`) apart from every
    asked year, none opening the sentence: "beds were leased as early as 1605, and the
    estuary supplies oysters, with a harvest of 40 tonnes a year" is no harvest of 1605
    (but "a storm in 1817 destroyed the fleet and killed 63 men" is the storm's)."""
    words = normalize(passage).split()
    clause = phrases.clauses(passage, len(words))
    years = [i for i, w in enumerate(words) if w in asked]
    counts = _counts(question, words)
    return (
        bool(years and counts)
        and min(years) >= FRONTED
        and {clause[i] for i in years}.isdisjoint(clause[i] for i in counts)
    )


def _years_nearest_the_count(question: Asked, passage: str) -> set[str]:
    """The year standing nearest (in words; the later of two as near: "visitors in
    2020") each number that counts what "how many" asks for."""
    words = normalize(passage).split()
    things = set(counting.counted(question))
    years = [i for i, w in enumerate(words) if YEAR.fullmatch(w)]
    counts = [
        i
        for i, w in enumerate(words)
        if w.isdigit()
        and i not in years
        and not "".join(words[i + 1 : i + 2]).isdigit()  # "912 000": its last word counts
        and any(
            stem(t) in things or not explain.agent_bases(stem(t)).isdisjoint(things)
            for t in words[i + 1 : i + 1 + COUNT_REACH]
        )  # "how many people visited": "912,000 visitors"
    ]
    counts += (_changed_to(words) + elisions.dated_after_and(words)) if counts else []
    if not years:
        return set()
    clause = phrases.clauses(passage, len(words))  # a year of the count's own clause first

    def nearest(at: int) -> int:
        return min(years, key=lambda y: (clause[y] != clause[at], abs(y - at), -y))

    return {words[nearest(at)] for at in counts}


# "has almost doubled since 1974, when the school had 410 pupils": a count in a clause
# dating it to a year, which a question in the present ("how many pupils does it have")
# does not ask.
_WHEN_THEN = re.compile(r"\b(1[5-9]\d\d|20\d\d), when\b[^,;.]*")
_PAST_ASKED = frozenset("did was were had".split())
_COUNT = re.compile(r"\d")


def _counted_only_then(passage: str) -> str | None:
    """The year of the "YEAR, when ..." clause that holds every count of `passage`."""
    clauses = list(_WHEN_THEN.finditer(passage))
    rest = YEAR.sub("", _WHEN_THEN.sub("", passage))
    counted = [m for m in clauses if _COUNT.search(YEAR.sub("", m.group(0)[4:]))]
    return counted[0].group(1) if counted and not _COUNT.search(rest) else None


_GLUE_STEMS = frozenset(stem(w) for w in GLUE)  # "when it was launched": "launch" only


def is_year(word: str) -> bool:
    """Whether a normalized word is a year as a sentence writes one: "1913", "2012"."""
    return YEAR.fullmatch(word) is not None


def when_clause(sequence: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]] | None:
    """The stems of a question before its "when" (not its first word), and those of the
    event after it but its glue: "how many did the works employ | when it closed" gives
    the employing and the closing. None without such a "when"."""
    if "when" not in sequence[1:]:
        return None
    at = sequence.index("when", 1)
    before = frozenset(stem(w) for w in sequence[:at])
    return before, frozenset(stem(w) for w in sequence[at + 1 :]) - _GLUE_STEMS


def _when_it(question: Asked, passage: str) -> set[str]:
    """The years of the passage's asides and comma-set parts that tell the act a
    question's "when it ..." dates its count by: "when it launched" of "X, which launched
    in 2017, reported", "when it gained university status" of "..., gained university
    status in 2005 and now has about 11,200 students"."""
    words = list(question.sequence)
    if "when" not in words:
        return set()
    acts = {stem(w) for w in words[words.index("when") + 1 :]} - _GLUE_STEMS
    asides = [m.group(0) for m in _RELATIVE_ASIDE.finditer(passage)] + re.split(r"[,;]", passage)
    return {
        y
        for aside in asides
        if acts & {stem(w) for w in normalize(aside).split()}
        for y in YEAR.findall(aside)
    }


# What asks of the year an article was written in: "which film won this year".
_THIS_YEAR = re.compile(r"\bthis (?:year|year's)\b")


def of_another_year(question: str, fact: Fact) -> Verdict:
    """Whether a question (as typed: parsing sets "this year" aside) asking of "this year"
    meets a passage dating what it tells to other years only: "whose own film won the
    Golden Heron in 2016" in a 2024 report. The next passage may tell of this year's."""
    typed = normalize(question)
    if (earlier := serials.an_earlier_one(typed, fact.answer)) is not None:
        return Verdict.fail("contradicts", f"previous {earlier}", OTHER_THING)  # "this round"
    written = (fact.source.date or "")[:4]
    if not written.isdigit() or not _THIS_YEAR.search(typed):
        return PASS
    # (not a year in an aside of another thing: "the prize for X, which had been handed
    # out since 2002, has been dropped")
    years = set(YEAR.findall(_RELATIVE_ASIDE.sub(",", fact.answer)))
    if years and written not in years:
        return Verdict.fail("contradicts", f"then {min(years)}", OTHER_THING)
    return PASS


# The events of a life a year may date, by the words that tell them happening (not a
# "husband", who says a marriage was, but not when).
LIFE_EVENTS = {
    **dict.fromkeys("born birth".split(), "birth"),
    **dict.fromkeys(
        "marry married marries marrying marriage wedding wed wedded".split(), "marriage"
    ),
    **dict.fromkeys("die died dies dying death".split(), "death"),
}


# The events a word for kin says without telling them ("her husband" for a marriage,
# `bot.concepts` "@marry"): a passage may explain such a question and date another event.
SAID_BY_KIN = frozenset({"marriage"})


def year_of_another_life_event(question: Asked, passage: str) -> Verdict:
    """Whether a question asking when an event of a life happened ("in what year did she
    marry Alasdair Venn") meets a passage that tells another such event and not the asked
    one: "... after the death of her husband, the painter Alasdair Venn, in 1989"."""
    asked = {LIFE_EVENTS[w] for w in question.sequence if w in LIFE_EVENTS}
    if question.kind not in ("time", "year") or not asked & SAID_BY_KIN:
        return PASS
    said = {LIFE_EVENTS[w] for w in normalize(passage).split() if w in LIFE_EVENTS}
    if said and said.isdisjoint(asked):
        return Verdict.fail("contradicts", f"then {min(said)}", OTHER_THING)
    return PASS


def year_of_another_clause(question: Asked, passage: str) -> Verdict:
    """Whether the year a question asks of (or its numbered part: "season two") stands in
    `passage` only in clauses that say nothing it asks about, and what it asks about only
    in clauses of other years (or parts): "what dividend did the company pay in 1846?"
    against "traffic peaked in 1846 ..., and the company paid a dividend of 22 per cent in
    1839"; "how many episodes of season two did X direct" against "Y wrote the season two
    episode ..., while X directed three episodes of season three"."""
    years = {n for n in question.numbers if YEAR.fullmatch(n)}
    labelled = {
        f"{a} {b}" for a, b in pairwise(question.sequence) if a in PARTS and b in question.numbers
    }
    parts = {m.split()[0] for m in labelled}
    # (not what "how many" counts: the act it asks of, "how many episodes did X direct")
    asked = {*question.terms, *question.heads} - question.names - PARTS
    asked = (asked - set(counting.counted(question)) if labelled else asked) or asked
    if not (years or labelled) or not asked:
        return PASS
    # "who led the ceremony when the tunnel reopened in 2001": the year dates the reopening
    # the ceremony is asked at, so the ceremony's clause must hold it
    if (split := when_clause(question.sequence)) is not None:
        asked = (asked & split[0]) or asked
    words = normalize(passage).split()
    clause = phrases.clauses(passage, len(words))
    said = {clause[i] for i, w in enumerate(words) if stem(w) in asked}
    # ... and "by 2021 that figure had risen to 540" counts what the clause before counts
    said |= {
        clause[i] for i, w in enumerate(words) if w in _FIGURES and i and words[i - 1] in _THAT
    }

    def marks(c: int) -> set[str]:
        dated = {w for i, w in enumerate(words) if clause[i] == c and YEAR.fullmatch(w)}
        numbered = {
            f"{a} {b}"
            for i, (a, b) in enumerate(pairwise(words))
            if clause[i] == c and a in parts and is_number(b)
        }
        return (dated if years else set()) | numbered

    # ... and what "which medal" asks for must stand in a clause of the year: "which medal
    # in 1927" against "a doctorate in 1927, and in 1935 she received the Lennie Medal"
    heads = {clause[i] for i, w in enumerate(words) if stem(w) in question.heads}
    for clauses in (said, heads):
        of_clause = {c: marks(c) for c in clauses}
        if clauses and all(m and m.isdisjoint(years | labelled) for m in of_clause.values()):
            first = min(min(m) for m in of_clause.values())
            return Verdict.fail("contradicts", f"then {first}", OTHER_THING)
    return PASS


_FIGURES = frozenset("figure number total tally".split())
_THAT = frozenset("that this the".split())


# Numbered parts of a work or a run: "season two", "part 3".
PARTS = frozenset("season series part chapter volume phase stage".split())
