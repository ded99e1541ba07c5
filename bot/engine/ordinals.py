"""An ordinal counts the noun after it: "its second weekend" is not "the second film".

"How much did Ember Tithe make in its second weekend?" against "... after the second
film, Ember Tithe, climbed past $612 million over the weekend": the passage says "second"
and "weekend", but of other things. A question's ordinal before a noun is answered only by
one with the same ordinal a few words before it, or a word for it: "the second full weekend".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence, Set
from itertools import pairwise

from bot.concepts import GENERAL_CONCEPTS
from bot.engine import filmcounts, passive, sequels
from bot.engine.filmcounts import FILM_WORDS, FIRST
from bot.engine.verbforms import DO
from bot.engine.verdicts import OTHER_FILM, PASS, Verdict
from bot.text import GLUE, singular, stem

_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# How far after its ordinal a passage may put the noun: "the second full weekend",
# "the third and final film".
NOUN_REACH = 3


def verdict(
    sequence: Sequence[str],
    words: Sequence[str],
    stems: Sequence[str],
    names: Set[str],
    owners: Set[str] = frozenset(),
) -> Verdict:
    """Whether the passage (`words`, normalized, and their `stems`) counts what each of the
    question's (`sequence`, normalized; `names`: the words of its names; `owners`: the
    words before its possessives, "the club's") ordinals counts.
    Before a name the ordinal counts a film ("the first Saltwick make"); after no
    determiner it is an adverb ("when was it first broadcast"), which counts nothing."""
    if later := _a_later_span(sequence, words, stems):
        return Verdict.fail("contradicts", f"opening {later}")  # "in its second weekend"
    if _later_than_a_debut(sequence, words):
        return Verdict.fail("contradicts", "debut", OTHER_FILM)  # not "her second feature"
    if counted := filmcounts.another_film_counted(sequence, words, names):
        return Verdict.fail("contradicts", counted, OTHER_FILM)  # "the third instalment"
    if _first_of_many(sequence, words):
        return Verdict.fail("no_answer", "first time")
    for i, word in enumerate(sequence):
        if not _ORDINAL.fullmatch(word) or word not in words or not i:
            continue  # a passage without the ordinal is judged by the number check
        # "Snaith's first feature" (or "the club's") counts as "her first feature" does,
        # but "when did Radio Ostvik first broadcast" counts nothing
        possessed = sequence[i - 1] in names | owners and not adverbial_first(sequence, i)
        if sequence[i - 1] not in _COUNTING_AFTER and not possessed:
            continue
        after = next((k for k in range(i + 1, len(sequence)) if sequence[k] not in names), None)
        noun = sequence[after] if after is not None else ""
        if after != i + 1 and noun not in FILM_WORDS:
            noun = "film"
        if noun in GLUE or not noun.isalpha():
            continue
        kind = _kind(stem(noun))
        if alike := {w for w, same in _ALIKE.items() if same == noun}:
            kind |= alike  # "the first female president": "the first woman to serve as"
        head = sequence[after + 1] if after is not None and after + 1 < len(sequence) else ""
        if head.isalpha() and head not in GLUE and head not in names:
            kind |= _kind(stem(head))  # "the first complete history": a history is counted
        if _narrowed(word, kind, words, stems, [stem(w) for w in sequence]):
            return Verdict.fail("contradicts", f"{word} {noun} of a kind")
        if word == FIRST and not _OPENING.isdisjoint(stems):
            continue  # "its first weekend" is its opening one
        if possessed and sequence[i - 1] in names and noun in _OPENING_SPANS:
            continue  # "Gull Harbor's second weekend": "fell to second place" may tell it
        # (but "Maud Pellow's first novel" is no novel "the town's first mayor" counts)
        if _counts_another(word, kind, words, stems, names):
            return Verdict.fail("contradicts", f"{word} {noun}")
    return PASS


def _later_than_a_debut(sequence: Sequence[str], words: Sequence[str]) -> bool:
    """Whether a question for someone's debut film ("what was Ilse Varg's debut film")
    meets a passage counting only a later one ("the second feature from Ilse Varg")."""
    if "debut" not in sequence or "debut" in words or FIRST in words:
        return False
    return any(
        _ORDINAL.fullmatch(w)
        and w != FIRST
        and not FILM_WORDS.isdisjoint(words[k + 1 : k + 1 + NOUN_REACH])
        for k, w in enumerate(words)
    )


# "was her first feature shot on digital": a copula before the ordinal's noun phrase makes
# a verb after it a modifier, which narrows what is counted.
_COPULAS = frozenset("is was are were became becomes remains".split())
COPULA_REACH = 3  # "was also her first", "is the studio's first"


# Words between an ordinal and its noun that count only some of what the noun names: "the
# club's first female captain", "the first sound film" (not "the second full weekend").
NARROWING = frozenset(
    """female male woman women man men black white foreign native openly elected professional amateur
    paid salaried permanent international solo animated sound colour color digital""".split()
)

# ... said either way: "the first woman president" is "the first female president".
_ALIKE = {"woman": "female", "women": "female", "man": "male", "men": "male", "color": "colour"}


def _narrowed(
    ordinal: str,
    nouns: frozenset[str],
    words: Sequence[str],
    stems: Sequence[str],
    asked: Sequence[str],
) -> bool:
    """Whether the passage counts `nouns` only of a narrower kind the question (`asked`, its
    stems in order) doesn't ask of: "her first feature shot on digital cameras" was not her
    first feature, nor "the first film to win the Gull" the first film ("shot" asks it)."""
    for i in (i for i, w in enumerate(words) if w == ordinal):
        reach = range(i + 1, min(i + 1 + NOUN_REACH, len(words)))
        at = next((k for k in reach if stems[k] in nouns), None)
        if at is None or at + 2 >= len(words):
            continue
        alike = {_ALIKE.get(a, a) for a in asked}
        if any(
            words[k] in NARROWING and _ALIKE.get(words[k], words[k]) not in alike
            for k in range(i + 1, at)
        ):
            return True  # "its first female captain" was not its first captain
        verb = words[at + 2] if words[at + 1] == "to" else words[at + 1]
        infinitive = words[at + 1] == "to" and verb.isalpha() and verb not in GLUE
        copula = not _COPULAS.isdisjoint(words[max(0, i - COPULA_REACH) : i])
        modifier = infinitive or (copula and passive.is_participle(verb))
        # ("the first woman to serve as president" counts presidents: it names the noun)
        restated = infinitive and not nouns.isdisjoint(stems[at + 3 : at + 3 + NOUN_REACH])
        # ... and the question's own infinitive ("to lead", "to be chosen") may say it in
        # other words (not its noun: "her first feature film" is no "feature shot on film")
        acts = [b for a, b in pairwise(asked) if a == "to"]
        acts += [asked[k + 2] for k in range(len(asked) - 2) if (*asked[k : k + 2],) == TO_BE]
        narrow = not NARROWING.isdisjoint(asked)  # (its noun too: "the first female head")
        said = stem(verb) in asked or not GENERAL_CONCEPTS.of([stem(verb)]).isdisjoint(
            GENERAL_CONCEPTS.of([*acts, *(nouns if narrow else ())])  # "to lead" ~ "head"
        )  # ... and "to be" is said as holding a post: "the first woman to serve as Dean"
        said = said or ("be" in acts and stem(verb) in _HOLDING_A_POST)
        if modifier and not said and not restated:
            return True
    return False


_HOLDING_A_POST = frozenset("serve become act".split())
TO_BE = ("to", "be")  # "the first woman to be chosen": chosen asked


# Words before an ordinal that make it count a noun: "the first film", "its second weekend".
_COUNTING_AFTER = frozenset("the its his her their a an this that".split())


# Words for one thing: a box office's weekend is its "frame".
_SAME = (FILM_WORDS, frozenset("weekend frame".split()))


def adverbial_first(words: Sequence[str], i: int) -> bool:
    """Whether the "1st" at `i` says when an act first happened ("when did the cinema
    first open", "was it first shown in 1998"), not which of a series ("Harvard's first
    building"): no determiner before it, and a verb after it: a participle, or after
    "did" a word that ends the question or comes before a function word ("first open",
    "first win the award"; "did Harlowe's first cinema open" counts cinemas)."""
    if (
        words[i] == FIRST
        and words[i - 2 : i] == ["in", "the"]
        and words[i + 1 : i + 2] == ["place"]
    ):
        return True  # "what set off the revolt in the first place": at the outset
    if words[i] != FIRST or not 0 < i < len(words) - 1 or words[i - 1] in _COUNTING_AFTER:
        return False
    if first_staged(words):
        return False  # "when was the cup first held": its first edition, or its founding
    verb, after = words[i + 1], words[i + 2 : i + 3]
    asked_with_do = not DO.isdisjoint(words[:i]) and (not after or after[0] in GLUE)
    # (an agent's noun stems as its verb does, but "Rovers' first manager" counts managers)
    participle = passive.is_participle(verb) and not verb.endswith(_AGENT_ENDINGS)
    return verb.isalpha() and verb not in GLUE and (asked_with_do or participle)


_AGENT_ENDINGS = ("er", "or")


def _kind(noun: str) -> frozenset[str]:
    return next((same for same in _SAME if noun in same), frozenset({noun}))


_RANKED = ("only", "to")


def _counts_another(
    ordinal: str,
    nouns: frozenset[str],
    words: Sequence[str],
    stems: Sequence[str],
    names: Set[str],
) -> bool:
    """Whether each time the passage says `ordinal` it counts a noun not of `nouns`. One
    that counts nothing ("she was the first to") may be of what the question counts, and
    one before a name of the question's counts a film ("the first Kaldrith in 2022")."""
    for i, w in enumerate(words):
        if w != ordinal:
            continue
        if words[i + 1 : i + 2] and words[i + 1].isdigit():
            continue  # "the first three films": several, not the first one
        if tuple(words[max(0, i - 3) : i]) in _ONE_OF_THE:
            continue  # "one of the first in the region to": one of several, not the first
        if tuple(words[i + 1 : i + 3]) == _RANKED:
            continue  # "second only to a returning holdover": a rank, no second weekend
        if not nouns.isdisjoint(stems[i + 1 : i + 1 + NOUN_REACH]):
            return False
        after = i + 1
        while after < len(words) and words[after] in names:
            after += 1
        if not nouns.isdisjoint(stems[after : after + NOUN_REACH]):
            return False
        if after > i + 1 and nouns is FILM_WORDS:
            return False
        if words[after : after + 1] and words[after].endswith("ed"):
            return False  # "and the second earned $520 million": the noun is left out
        if after == len(words) or not words[after].isalpha() or words[after] in GLUE:
            return False
    return True


_ONE_OF_THE = (("1", "of", "the"), ("one", "of", "the"))  # normalize() writes "one" "1"


# "its first weekend" is the "opening weekend" a box-office report speaks of.
_OPENING = frozenset("opening open debut bow premiere launch".split())
_OPENING_SPANS = frozenset("weekend week day night".split())


def an_opening(sequence: Sequence[str], have: Collection[str]) -> bool:
    """Whether a question's "1st" (`sequence`, its normalized words) is of a span that a
    passage naming an opening (`have`, its words and stems) gives as its opening's."""
    return not _OPENING.isdisjoint(have) and any(
        a == "1st" and b in _OPENING_SPANS for a, b in pairwise(sequence)
    )


def _a_later_span(sequence: Sequence[str], words: Sequence[str], stems: Sequence[str]) -> str:
    """The span ("weekend") a question asks the opening one of ("its opening weekend") that
    a passage gives only a later one of ("in its second weekend", "a 51% fall"), naming
    no opening; "" otherwise. One the question measures from ("how much did it fall from
    its opening weekend") is the change's start, not the span asked."""
    asked = {
        sequence[k + 1]
        for k in range(len(sequence) - 1)
        if sequence[k] in _OPENING
        and sequence[k + 1] in _OPENING_SPANS
        and "from" not in sequence[max(0, k - 2) : k]
    }
    later = {b for a, b in pairwise(words) if _ORDINAL.fullmatch(a) and a != FIRST and b in asked}
    return min(later) if later and _OPENING.isdisjoint(stems) and FIRST not in words else ""


# Nouns a number after counts as an ordinal before would: "season 1" is "the first season".
_NUMBERED_NOUNS = frozenset("season episode part chapter book volume phase series".split())


def said_as_ordinal(
    sequence: Sequence[str], number: str, have: Collection[str], words: Sequence[str]
) -> bool:
    """Whether a passage says the question's `number` as an ordinal: its "first weekend"
    as an opening (`an_opening`), its "season 1" as "the first season"."""
    first = number == FIRST and (
        an_opening(sequence, have)
        or (first_staged(sequence) and not _FOUNDED.isdisjoint(have))
        or not INAUGURAL.isdisjoint(have)
        or opened_with_a_film(sequence, words)
        or a_debut(sequence, have)
        or premiered(sequence, have)
        or filmcounts.first_as_original(sequence, words)
    )
    return (
        first
        or numbered_as_ordinal(sequence, number, words)
        or ordinal_as_numbered(sequence, number, words)
        or sequels.a_second_film(sequence, number, words)
    )


# How a film is first shown, and the words a passage says its first showing by.
_SHOWN = frozenset("screen screened show shown play played air aired perform performed".split())
_PREMIERED = frozenset("premiere debut".split())  # (a passage's stems: "premiered")


def premiered(sequence: Sequence[str], have: Collection[str]) -> bool:
    """Whether the question asks where or when a film was first shown ("where'd it first
    screen") and the passage tells its premiere, which is its first showing."""
    asked = any(a == FIRST and b in _SHOWN for a, b in pairwise(sequence))
    return asked and not _PREMIERED.isdisjoint(have)


# Verbs an event is staged by ("when was the cup held" is answered by any year it was):
_STAGED = frozenset("held staged hosted contested".split())
_FOUNDED = frozenset("founded establish established inaugurate inaugurated".split())  # no "found"


def first_staged(sequence: Sequence[str]) -> bool:
    """Whether a question asks an event's first edition or founding ("when was it first
    held", "when was the first Enthwick Cup held", "... did the first X Row take place")."""
    took_place = " ".join(sequence[-2:]) in ("take place", "took place")  # not "1st place"
    return FIRST in sequence and (not _STAGED.isdisjoint(sequence) or took_place)


OPENED_WITH_REACH = 6  # "It opened on 2 March 1931 with a screening of"


def opened_with_a_film(sequence: Sequence[str], words: Sequence[str]) -> bool:
    """Whether the question asks for a first film (`sequence`: "the 1st film shown at
    the Picturedrome") and the passage tells what a place opened with ("It opened on 2
    March 1931 with a screening of ..."), which was its first."""
    asked = any(a == FIRST and b in FILM_WORDS for a, b in pairwise(sequence))
    return asked and any(
        w in ("opened", "opens", "opening") and "with" in words[i + 1 : i + 1 + OPENED_WITH_REACH]
        for i, w in enumerate(words)
    )


# Works a debut is the first of: "she made her feature debut with X" is her first feature.
_DEBUT_WORKS = frozenset("feature film movie novel book album role play".split())


def a_debut(sequence: Sequence[str], have: Collection[str]) -> bool:
    """Whether a question's "1st" is of a work a passage naming a debut gives as it."""
    return "debut" in have and any(a == FIRST and b in _DEBUT_WORKS for a, b in pairwise(sequence))


# Words that say a thing was the first of its kind: "the inaugural Copper Heron" was the
# very first one awarded, "the earliest documented seedhold" the first one set up.
INAUGURAL = frozenset("inaugural inaugurate maiden earliest".split())


def numbered_as_ordinal(sequence: Sequence[str], number: str, words: Sequence[str]) -> bool:
    """Whether the question's (`sequence`) `number` numbers the noun before it ("season
    1") and the passage (`words`, normalized) counts that noun with the same ordinal
    ("the first season", normalized "the 1st season")."""
    if not number.isdigit():
        return False
    nth = f"{number}{_suffix(int(number))}"
    numbered = {noun for noun, after in pairwise(sequence) if after == number}
    return any(a == nth and b in numbered & _NUMBERED_NOUNS for a, b in pairwise(words))


# Words a work's number follows: "Symphony No. 1" (normalized "symphony no 1").
_NUMBER_MARKS = frozenset({"no", "number"})


def ordinal_as_numbered(sequence: Sequence[str], number: str, words: Sequence[str]) -> bool:
    """Whether the question's ordinal `number` ("her 1st symphony") counts a noun the
    passage (`words`, normalized) numbers with it: "her Symphony No. 1", "season 1"."""
    digits = number[:-2]
    if not (digits.isdigit() and number == f"{digits}{_suffix(int(digits))}"):
        return False
    nouns = {b for a, b in pairwise(sequence) if a == number and b.isalpha() and b not in GLUE}
    for i, word in enumerate(words):
        after = list(words[i + 1 : i + 3])
        bare = after[:1] == [digits] and word in _NUMBERED_NOUNS  # "season 1"
        marked = len(after) == 2 and after[0] in _NUMBER_MARKS and after[1] == digits
        if word in nouns and (bare or marked):
            return True
    return False


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def of_a_kind(words: Sequence[str], kinds: Collection[str]) -> tuple[str, ...]:
    """The ordinals a question puts before a noun naming a kind of thing an article
    defines (`kinds`: "izlet" of "An izlet is a village-run granary ...", "private
    school"), which a passage must say: "the first izlet" is not "the median izlet"."""
    return tuple(
        w
        for i, w in enumerate(words)
        if _ORDINAL.fullmatch(w)
        and any(
            singular(" ".join(words[i + 1 : i + 1 + n])) in kinds for n in range(1, KIND_WORDS + 1)
        )
    )


KIND_WORDS = 3  # the words a kind's name may have: "private school", "civil parish"


# How a passage says an act happened more than once: "three times", "was re-elected".
_MANY_TIMES = re.compile(r"\b(?:twice|(?:[2-9]|\d\d|several|many|multiple) times|re [a-z]+ed)\b")


def _first_of_many(sequence: Sequence[str], words: Sequence[str]) -> bool:
    """ "In which year was she first nominated?" against "was nominated three times,
    winning once, in 2023" or "was re-elected": the passage tells of a later one."""
    return FIRST in sequence and FIRST not in words and bool(_MANY_TIMES.search(" ".join(words)))
