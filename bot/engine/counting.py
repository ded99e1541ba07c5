"""What a number in a passage counts, against what "how many" asks to count: "how many
theaters" is not answered by "a premiere in 190 countries", nor by "the association,
which represents more than 4,000 theaters", nor "three new wide releases"."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from itertools import dropwhile, takewhile
from typing import TYPE_CHECKING

from bot.concepts import Concepts
from bot.engine import dimensions, roles, sizes
from bot.engine.passive import is_participle
from bot.text import DETERMINERS, GLUE, is_number, is_ordinal, normalize, stem

if TYPE_CHECKING:
    from bot.engine.premise import Asked

# Words after a number that say how big it is: "96 million paid subscribers".
MAGNITUDES = frozenset("hundred thousand million billion trillion dozen more than".split())
# How many words after a number (past its magnitude) may name what it counts.
COUNTED_REACH = 3


def past_magnitudes(words: list[str], at: int) -> int:
    """Where the words after the number at `at` begin, past its `MAGNITUDES`."""
    k = at + 1
    while k < len(words) and words[k] in MAGNITUDES:
        k += 1
    return k


# Prepositions a question may open on before "how many": "in how many theaters did it
# open" asks what "how many theaters did it open in" does.
# (Not "by": "by how much was it raised" asks a difference, and no agent after "raised".)
_STRANDABLE = frozenset("in on at for from to with across over".split())


def preposition_stranded(words: list[str]) -> list[str]:
    """ "in how many theaters did it open" as "how many theaters did it open in" ("for how
    long did it run" as "how long did it run for"), the order the reading expects."""
    asks = words[1:3] in (["how", "many"], ["how", "much"], ["how", "long"])
    return [*words[1:], words[0]] if len(words) > 3 and words[0] in _STRANDABLE and asks else words


def counted(question: Asked) -> list[str]:
    """The stems of what "how many X Y" counts: its words after "how many", up to its
    verb, but a name's ("how many Sablecourt Prize nominations did it get": nominations)."""
    counted = [stem(w) for w in question.sequence[2:4] if w not in GLUE]
    if counted[:1] == ["person"] and people_by_act(question.sequence, 2):
        # "how many people were killed": those killed ("63 miners were killed")
        act = next(w for w in question.sequence[3:] if w not in _AUXILIARIES)
        counted.append(stem(act))
    # (a name the facts do not know counts by its capitals: "how many Yolden Reel noms")
    named = question.names | question.capitals
    if any(w in named for w in question.sequence[2:4]) and roles.AUXILIARIES.intersection(
        question.sequence
    ):
        phrase = takewhile(lambda w: w not in roles.AUXILIARIES, question.sequence[2:])
        return [stem(w) for w in phrase if w not in GLUE and w not in named] or counted
    return counted


def asked_things(question: Asked, stems: list[str], known: Concepts) -> set[str]:
    """What "how many theaters" counts, as stems: "theater", and the passage's words
    that share a concept with it; both words of "how many total volumes"."""
    for measure, people in NAMED_COUNTS.items():
        if measure in question.words:  # people, and not "9,000 dock workers lived there"
            return set(people)
    things = counted(question)
    if not things or question.sequence[2] in GLUE:
        return set()
    seated = set(SEATS) if not CAPACITY_VERBS.isdisjoint(map(stem, question.sequence)) else set()
    return set(things) | (known.sharing(things, stems) - counted_apart(things)) | seated


# "How many people can the hall seat": "a 180-seat cinema" counts its seats.
CAPACITY_VERBS = frozenset("seat accommodate".split())
SEATS = frozenset("seat capacity".split())
POPULATION = frozenset("population people resident inhabitant person".split())  # its stems
# Measures a question asks by name that count people or copies, and the stems of what
# each counts: "what was the attendance in 2021" is no "38 concerts streamed", "what was
# its circulation" no "reduced to two pages".
NAMED_COUNTS = {
    "population": POPULATION,
    "attendance": frozenset(
        "attendance attendee visitor spectator crowd audience fan guest people person "
        "festivalgoer concertgoer".split()
    ),
    "circulation": frozenset("circulation copy reader subscriber".split()),
}
# Things one concept holds, counted apart: "from 3,900 theaters", "IMAX took $9 million
# from 380 screens" and "three new wide releases" (films) count different things.
_RELEASES = "release premiere debut open".split()  # stems, as asked things are
COUNTED_APART = {"theater": ["screen", *_RELEASES], "cinema": ["screen", *_RELEASES]}
COUNTED_APART["screen"] = ["theater", "cinema", "site", "venue", *_RELEASES]


def counted_apart(things: Iterable[str]) -> set[str]:
    """What the asked `things` (stems) are counted apart from: screens from cinemas."""
    return {other for t in things for other in COUNTED_APART.get(t, ())}


def counts_other_things(words: list[str], stems: list[str], at: int, asked: set[str]) -> bool:
    """ "a premiere in 190 countries" for "how many theaters": the number counts a
    thing named right after it (a word, not a function word), and none of the next
    `COUNTED_REACH` words is the thing asked about."""
    k = past_magnitudes(words, at)
    if words[k : k + 1] == ["times"] and not asked.isdisjoint(stems[max(0, at - 3) : at]):
        return False  # "won the county cup five times", "streamed 40 million times"
    if at and stems[at - 1] in asked and words[at - 1] == stems[at - 1]:
        return True  # "lock 1 at Hallow Wharf": a number after its thing labels one
    if at and words[at - 1].isdigit() and words[at].isdigit() and len(words[at]) != 3:
        return counts_other_things(words, stems, at - 1, asked)  # the "4" of "3.4"
    if at > 1 and words[at - 1] in _AGE_BOUNDS and stems[at - 2] in asked:
        return True  # "free entry for visitors under 18": an age, no count of visitors
    if words[k : k + 1] == ["of"] and k + 3 < len(words) and words[k + 1] in _PICKED_FROM:
        # "seven of its 31 sites" counts sites, not screens ("nine of its venues": cinemas)
        j = k + 3 if is_number(words[k + 2]) else k + 2
        return stems[j] in counted_apart(asked)
    if k + 1 < len(words) and re.fullmatch(r"\d{1,2}", words[k]):
        # "raised the lake by 3.5 metres" (normalized "3 5 metres"): a measure, whose
        # unit is what it counts (but "1,000 soldiers" is "1 000 soldiers": read as before)
        if words[k + 1] in dimensions.UNITS:
            return asked.isdisjoint(stems[k + 1 : k + 2])
        if words[k + 1] not in MAGNITUDES:
            # "measured 3.4 on the Richter scale": a fraction with no unit counts no
            # whole things ("1,000 soldiers" has three digits after its comma)
            return words[k + 1] in GLUE
        k = past_magnitudes(words, k)  # "77.1 million hours": what follows its magnitude
    unit = k
    while unit < len(words) and words[unit].isdigit():
        unit += 1  # "18,000 tonnes" is normalized "18 000 tonnes"
    if unit < len(words) and words[unit] in MEASURE_UNITS:
        return asked.isdisjoint(stems[unit : unit + 1])  # "18,000 tonnes of crude oil"
    # (two modifiers joined count one thing: "fourteen film and television projects", not
    # "fourteen films and three television projects")
    joined = [j for j in range(k, k + COUNTED_REACH) if stems[j : j + 1] == ["and"]]
    joined = [j for j in joined if j + 1 < len(words) and not is_number(words[j + 1])]
    # (a modifier is singular: "3,500 seabirds and closing salmon farms" counts seabirds)
    joined = [j for j in joined if words[j - 1] == stems[j - 1]]
    after = stems[k : k + COUNTED_REACH + 2 * len(joined)]
    if not after or words[k] in GLUE or not words[k].isalpha():
        return False
    if at and words[at - 1] in ("a", "an"):
        return stems[k] not in asked  # "a two-chamber staircase, Locks 21 and 22": chambers
    if stems[k] in _ANY_KIND and not asked.isdisjoint(stems[:at]):
        return False  # "a population of pine martens, estimated at 340 animals": martens
    # "380 objects, among them ship models": the objects are counted, not the models
    after = list(takewhile(lambda s: s not in _SOME_OF_THEM, after))
    return asked.isdisjoint(after)


_SOME_OF_THEM = frozenset("among include such".split())
# Nouns that count whatever kind of creature the sentence named before the number.
_ANY_KIND = frozenset("animal individual specimen creature bird".split())
_AGE_BOUNDS = frozenset("under over aged".split())
# Units a number measures by, which are what it counts: "18,000 tonnes" counts no farms.
MEASURE_UNITS = dimensions.UNITS | sizes.HELD_UNITS | sizes.POWER_UNITS


# "the association, which represents more than 4,000 theaters": a relative clause's own
# words, this many before its number (and after it) at most.
RELATIVE_REACH = 5
_RELATIVES = frozenset("which who whom".split())


def counted_by_another(
    words: list[str], stems: list[str], at: int, asked: set[str], named: frozenset[str]
) -> bool:
    """Whether the number at `at` counts for a relative clause of something the question
    does not name, with a verb it does not ask about: "how many theaters is it opening
    in" is no question for "the association, which represents more than 4,000 theaters",
    nor "how many staff work at the hospital" for "a depot that employs about 900 people"
    (but "how many subscribers does Lumora+ have" is for "Lumora+, which reported 61
    million subscribers")."""
    for k in range(at - 1, max(-1, at - RELATIVE_REACH - 1), -1):
        # ("a centre that employs about 900 people", not "said that it employs" nor "that
        # cup run, and his 41 league goals")
        relative = words[k] in _RELATIVES or (words[k] == "that" and _a_verb(words[k + 1]))
        if relative and k + 1 < at:
            # "who was twice awarded the prize": its verb may come after the number
            clause = stems[k + 1 : at] + stems[at + 1 : at + RELATIVE_REACH]
            return asked.isdisjoint(clause) and (not k or words[k - 1] not in named)
    return False


def _a_verb(word: str) -> bool:
    """Whether `word` is shaped as a verb in the present or the past: "employs", "opened"."""
    return word not in GLUE and word.endswith(("s", "ed")) and stem(word) != word


# Words after a number that make it an increase, not a total: "expand the film into 200
# additional theaters" says nothing of how many it plays in.
INCREMENTS = frozenset("additional extra further".split())


def an_increment(words: list[str], at: int, asked: frozenset[str]) -> bool:
    """Whether the number at `at` counts an increase ("200 additional theaters") that
    the question (its words, `asked`) does not ask about."""
    k = past_magnitudes(words, at)
    return k < len(words) and words[k] in INCREMENTS and words[k] not in asked


# What follows "one of" when it picks one thing of many, counting none: "one of the
# defining works", "one of its founders" (but "one of 12 films" counts twelve).
_PICKED_FROM = frozenset("the its his her their our these those".split())


# Words that make a count a part of a whole: "the first two seasons", "the final three
# episodes", "the two largest stations".
_PART_OPENERS = frozenset("1st first last final next opening closing remaining other".split())


def a_part_counted(words: list[str], at: int, asked: Collection[str]) -> bool:
    """Whether the number at `at` counts some of a whole (`_PART_OPENERS` before it, or a
    superlative after it) that the question (its words, `asked`) does not pick out."""
    before = words[at - 1] if at else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    superlative = after.endswith("est") and stem(after) != after
    qualifier = before if before in _PART_OPENERS else after if superlative else ""
    return bool(qualifier) and qualifier not in asked


# Dimensions asked as "how tall", "how deep": a number answers them only with its unit.
def one_of_many(words: list[str], at: int) -> bool:
    """Whether the number at `at` is the "one" of "one of the ...", which counts nothing
    (normalized words write "one" as "1")."""
    return (
        words[at : at + 2] == ["1", "of"] and len(words) > at + 2 and words[at + 2] in _PICKED_FROM
    )


def of_an_addition(passage: str, asked: frozenset[str]) -> bool:
    """Whether `passage` opens on an addition ("Additional scenes were filmed in water
    tanks at X") that the question (its words, `asked`) does not ask about: it tells of
    more of the act, not where or how the act itself was done."""
    first = normalize(passage).split()[:1]  # (not "Further south, ...")
    return bool(first) and first[0] in _ADDED and first[0] not in asked


_ADDED = INCREMENTS - {"further"}


def counts_another(
    asked: Sequence[str], number: str, words: list[str], names: frozenset[str]
) -> bool:
    """Whether the question (its words, `asked`) counts a thing with `number` ("which
    Mossbottom film had 2 directors") and the passage has the number only in a title
    the question names ("Mossbottom 2: Under the Thaw (2002), again directed by X")."""
    if is_ordinal(number):  # "the first chairman" ranks, counts nothing ("The board's first")
        return False
    counting = any(
        w == number
        and (i == 0 or asked[i - 1] not in names)
        and i + 1 < len(asked)
        and asked[i + 1].isalpha()
        and asked[i + 1] not in GLUE
        for i, w in enumerate(asked)
    )
    at = [k for k, w in enumerate(words) if w == number]
    return counting and bool(at) and all(k and words[k - 1] in names for k in at)


# A code of letters and a number written joined: "the K4 motorway", "the A470".
_CODE = re.compile(r"\b([A-Za-z]{1,2})(\d{1,3})\b")


def in_a_code(words: Sequence[str], i: int, text: str) -> bool:
    """Whether the number at `i` of a question's normalized `words` is a code's, as its
    `text` writes it ("k 4" of "the K4 motorway"): a name's part, no number to state."""
    if not (i > 0 and words[i].isdigit()):
        return False
    return (words[i - 1], words[i]) in {(m[1].lower(), m[2]) for m in _CODE.finditer(text)}


# Units of time (singular): a number before one measures a time, not a count of what is
# asked ("the four-year undergraduate program" tells no enrollment); "how many days did
# it take" asks a span (`bot.engine.idioms`).
TIME_UNITS = frozenset("year day week month hour minute decade century".split())


_ONE_AFTER = DETERMINERS - {"a", "an", "these", "those"}  # "the new one", "its first one"
ONE_MODIFIER_REACH = 3  # how many words may say what the "one" is: "oldest continuously operating"
# Words before "one" that make it a pronoun: "how would one reach", "which one".
_ONE_AS_PRONOUN_AFTER = frozenset(
    "would could can should does do did may might must will which what the this that each".split()
)


def pronoun_one(words: list[str], i: int) -> bool:
    """ "one of the parks", "how would one describe": "one" as a pronoun, not a number."""
    if words[i] != "1":
        return False
    # "the new one", "the first one", "the oldest continuously operating one", "the first
    # major one": "one" after a determiner and the words (an ordinal too) saying what it is
    k = i - 1
    while k > 0 and i - k <= ONE_MODIFIER_REACH and _says_what_it_is(words[k]):
        k -= 1
    after_adjective = i > 1 and (
        words[i - 2] in _ONE_AFTER or (k < i - 1 and words[k] in _ONE_AFTER)
    )
    of_many = words[i + 1 : i + 2] == ["of"]
    ending = i + 1 == len(words) and words[i - 2 : i - 1] in (["a"], ["an"])  # "an old one"
    # "the most workers employed at one time", "at any one time": at once, no count
    at_once = words[i + 1 : i + 2] == ["time"] and words[i - 1 : i] in (["at"], ["any"])
    return (
        of_many
        or ending
        or at_once
        or (i > 0 and words[i - 1] in _ONE_AS_PRONOUN_AFTER)
        or after_adjective
    )


def _says_what_it_is(word: str) -> bool:
    return (word.isalpha() and word not in GLUE) or is_ordinal(word)


def people_by_act(words: Sequence[str], i: int) -> bool:
    """Whether the people a question counts at `i` are counted by their act, named right
    after them ("how many people died", "how many people visit it each year"): a passage
    counts them by who did it ("11,000 soldiers and civilians", "410,000 visitors a year",
    "14,200 workers", "63 miners were killed"), so "people" is not a word it need say;
    the act still is."""
    if " how many " not in f" {' '.join(words[:i])} ":
        return False
    rest = list(dropwhile(lambda w: w in _AUXILIARIES, words[i + 1 :]))
    after = rest[0] if rest else ""
    if len(rest) < len(words) - i - 1 and not is_participle(after):
        return False  # "how many people were in the stands": no act
    return after.isalpha() and after not in GLUE


# Words between the people and their act: "how many people were killed".
_AUXILIARIES = frozenset("were was have had been got".split())


# Seasons a rate is counted in besides `TIME_UNITS`: "every summer".
_RATE_PERIODS = frozenset("season summer winter spring autumn fall weekend night".split())


def a_rate(words: Sequence[str], i: int) -> bool:
    """Whether "every" at `i` says how often ("every year": "340,000 visitors a year"),
    not all of a kind ("in every film")."""
    after = stem(words[i + 1]) if i + 1 < len(words) else ""
    return words[i] == "every" and (after in TIME_UNITS or after in _RATE_PERIODS)


def numbers_counting(words: Sequence[str], things: Collection[str]) -> int:
    """How many numbers of `words` (normalized) count `things` (stems) within
    `COUNTED_REACH` words: two of "mounted four 280 mm guns"."""
    asked = set(things)
    return sum(
        1
        for i, w in enumerate(words)
        if is_number(w)
        and not asked.isdisjoint(stem(x) for x in words[i + 1 : i + 1 + COUNTED_REACH])
    )


def counted_for_another_act(question: Asked, words: list[str], known: Concepts) -> bool:
    """Whether every number of a passage (its normalized `words`) counting what "how many"
    asks for is told of an act the question does not ask about, a verb in -ing after the
    counted noun: "how many seasons did Orrick write" is not answered by "... after six
    seasons directing the sitcom"."""
    things = set(counted(question))
    asked = set(question.terms) - things
    acts = [
        words[i + 2]
        for i, w in enumerate(words[:-2])
        if w.isdigit() and stem(words[i + 1]) in things
    ]
    return bool(acts) and all(
        a.endswith("ing")
        and stem(a) in WORK_ACTS
        and stem(a) not in asked
        and not known.sharing(asked, [stem(a)])
        for a in acts
    )


# Acts of making a work that a count of its parts may be told of: "six seasons directing
# the sitcom" (not "62 markets, giving it", where the -ing says what the count did).
WORK_ACTS = frozenset("write direct produce edit compose design star host present".split())


# Words before a number that make it the count of what is asked: "which two streets",
# "what are the two harbours". A passage naming two streets need not say "two".
_ASKING = frozenset("what which".split())


def counts_the_answer(words: list[str], i: int) -> bool:
    """Whether the question's number at `i` counts the answer ("which two streets")."""
    before = [w for w in words[max(0, i - 3) : i] if w not in ("are", "were", "the")]
    return bool(before) and before[-1] in _ASKING
