"""A sum a passage gives another film is no answer for the film asked about.

"What did Penny Dreadnought make this weekend?" against the headline "'Kaldrith: Cobalt
Reckoning' Opens to $88.4 Million, Knocking 'Penny Dreadnought' From Top Spot": the
money follows one film's title, and the asked film comes only after it, as the one the
winner beat. Nor is "how much did The Hush Road cost" answered by '"Pyrewick" grossed
$288 million on a $45 million budget, and "The Hush Road" earned $431 million': the
budget is said in Pyrewick's part of the sentence.

News quotes titles, so a sentence is read in parts, each from a title to the next: the
asked film's parts, the parts of other titles, and what comes before any title.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.concepts import Concepts
from bot.engine.dimensions import DIMENSIONS, UNITS
from bot.engine.howlong import SPAN_KINDS, STRUCTURES
from bot.engine.measures import MULTIPLES
from bot.engine.verdicts import OTHER_FILM, OTHER_THING, PASS, Verdict
from bot.text import CAPITAL, DETERMINERS, GLUE, is_number, normalize, stem

if TYPE_CHECKING:
    from bot.engine.premise import Asked

# Verbs of box-office takings: "what did it make this weekend" asks for a sum too.
TAKINGS = frozenset("gross earn make take haul open debut bow".split())
# Sums that are no takings, which a question names: "how much did it cost to make".
OTHER_SUMS = frozenset("cost budget spend pay price fee salary value worth".split())
_SUM = re.compile(r"[$£€¥]\s?\d")
_NAMED = re.compile(rf"\s\W?{CAPITAL}")  # a capital past the first word: a name
_QUOTED_TITLE = re.compile(rf"[\"\u201c\u2018']{CAPITAL}[^\"\u201d\u2019]*[\"\u201d\u2019]")


def verdict(
    question: Asked, passage: str, known: Concepts, said: frozenset[str] = frozenset()
) -> Verdict:
    """A contradiction when the film of `question` (a question for a sum of money) has no
    sum in its parts of `passage` (as written) while another title's part has one, or
    has one only where the question's words are not said and another title's part says
    them beside its sum. `said`: the words of what the passage is about unnamed (its
    article's subject)."""
    compared = question.kind in _COMPARED_KINDS or question.kind in _DATED_KINDS
    if compared and _only_compared_with(question.names, passage):
        return Verdict.fail("contradicts", "compared with")
    # "which stadium is larger than X": not "Y is the second-largest, after X" (X is the
    # larger one)
    than = (
        question.sequence[question.sequence.index("than") + 1 :]
        if "than" in question.sequence
        else ()
    )
    if _only_compared_with(
        frozenset(w for w in than if w in question.names | question.capitals), passage
    ):
        return Verdict.fail("contradicts", "compared with")
    plain = tuple(t for t in question.terms if t not in question.capitals)  # names aside
    if "than" not in question.sequence and _term_only_compared_with(plain, passage):
        return Verdict.fail("contradicts", "compared with")
    if question.kind == "count" and _named_after_the_measures(question.names, passage):
        return Verdict.fail("contradicts", "measures of another")
    if question.kind == "length" and _another_structure(question, passage, said):
        return Verdict.fail("contradicts", "measures of another", OTHER_THING)
    if _measures_of_a_named(question, passage, said):
        # (a part's: the next passage may measure the whole)
        return Verdict.fail("contradicts", "measures of another", OTHER_THING)
    if question.kind == "count" and question.film_names and _counted_of_another(question, passage):
        return Verdict.fail("contradicts", "another film's count")
    if not (question.kind == "money" or TAKINGS.intersection(question.terms)):
        return PASS
    if _summed_of_the_earlier(question, passage):
        return Verdict.fail("contradicts", "the earlier film's sum", OTHER_FILM)
    if _summed_of_a_later(question, passage):
        return Verdict.fail("contradicts", "a later film's sum", OTHER_FILM)
    if not _SUM.search(passage):
        return PASS
    if not question.film_names:
        return _paid_to_a_title(question, passage)
    parts = _parts(passage, question.film_names)
    if not any(asked for asked, _ in parts):
        return PASS  # the film is not named: which film it means was settled already
    summed = [(asked, text) for asked, text in parts if _SUM.search(text)]
    if not any(not asked for asked, _ in summed):
        return PASS  # no sum of another title's
    own = [text for asked, text in summed if asked]
    if not own:
        return Verdict.fail("contradicts", "another film's sum")
    # a sum in the film's own part is its takings ("climbed to $340 million"); a sum of
    # another kind asked (a budget, a cost) must be said there as one
    # (the money asked may be the question's head, no term: "what was the budget of X")
    terms = sorted(OTHER_SUMS & {*question.terms, *(stem(w) for w in question.sequence)})
    if not terms or any(_says(terms, text, known) for text in own):
        return PASS
    if any(_says(terms, text, known) for asked, text in summed if not asked):
        return Verdict.fail("contradicts", "another film's sum")
    return PASS


def _counted_of_another(question: Asked, passage: str) -> bool:
    """Whether every number `passage` gives is in another title's part, none in the asked
    film's: "how many theaters was Wrenfall in" against '"Ostmark" opened from 4,010
    theaters, knocking "Wrenfall" out of first place'."""
    parts = _parts(passage, question.film_names)
    numbered = [asked for asked, text in parts if _NUMBER.search(text)]
    return any(asked for asked, _ in parts) and bool(numbered) and not any(numbered)


# A clause telling of the film before, up to its closing comma: "Returning from the first
# film, which opened in 2023 and took in $268 million on a budget of $70 million, are ...".
_OF_THE_EARLIER = re.compile(
    r"\b(?:the|its)\s+(?:first|original|previous|earlier)\s+(?:film|movie|installment|"
    r"instalment|entry|picture|one),?\s+which\b[^,;]*",
    re.I,
)
EARLIER_ASKED = frozenset("1st original previous earlier og".split())


def _summed_of_the_earlier(question: Asked, passage: str) -> bool:
    """Whether every sum `passage` gives is in a clause telling of the film before, when
    the question does not ask of that one ("what's the budget on the sequel")."""
    if not EARLIER_ASKED.isdisjoint(question.sequence):
        return False
    inside = [m.span() for m in _OF_THE_EARLIER.finditer(passage)]
    sums = [m.start() for m in _SUM.finditer(passage)]
    return bool(inside) and bool(sums) and all(any(a <= at < b for a, b in inside) for at in sums)


# ... and a sum spent on a later one: "a production budget of roughly $185 million for
# its reboot of "Tavkwood Runners," the 1989 chase thriller".
_FOR_A_LATER = re.compile(
    r"[$£€]\s?[\d.,]+(?:\s+(?:million|billion))?\s+(?:for|on)\s+(?:its|the|a|an)\s+"
    r"(?:new\s+)?(?:reboot|remake|sequel|prequel|follow-up)\b",
    re.I,
)


def _summed_of_a_later(question: Asked, passage: str) -> bool:
    """Whether `passage` gives a cost for a later film (`_FOR_A_LATER`) and the question
    asks the earlier one's ("what was the budget on the original 1989 movie")."""
    asked_cost = not OTHER_SUMS.isdisjoint(question.sequence)
    earlier = not EARLIER_ASKED.isdisjoint(question.sequence)
    return asked_cost and earlier and _FOR_A_LATER.search(passage) is not None


def _parts(passage: str, film_names: frozenset[str]) -> list[tuple[bool, str]]:
    """`passage` cut before each quoted title and each naming of the asked film, with
    whether each part opens on the asked film."""
    titles = [m.span() for m in _QUOTED_TITLE.finditer(passage)]
    cuts = {0} | {start for start, _ in titles}
    folded = passage.casefold()
    for name in film_names:
        pattern = r"\W+".join(map(re.escape, name.split()))
        found = (m.start() for m in re.finditer(rf"\b{pattern}\b", folded))
        # not inside a title, its own quoted or a longer one: "Tidebreaker" of
        # '"Wrackline: Tidebreaker"'
        cuts |= {at for at in found if not any(a < at < b for a, b in titles)}
    bounds = [*sorted(cuts), len(passage)]
    named = [f" {name} " for name in film_names]
    parts = []
    for start, end in pairwise(bounds):
        text = passage[start:end]
        head = f" {normalize(text)} "
        parts.append((any(head.startswith(name) for name in named), text))
    if len(parts) > 1 and 0 not in {a for a, _ in titles} and not _NAMED.search(parts[0][1]):
        # what opens the sentence before any name is said of the first one: 'Made for a
        # modest $18 million, "Haldenrock" follows ...'
        parts[0] = (parts[1][0], parts[0][1])
    return parts


def _says(terms: list[str], text: str, known: Concepts) -> bool:
    stems = [stem(w) for w in normalize(text).split()]
    return any(t in stems for t in terms) or bool(known.sharing(terms, stems))


# What a measured thing is compared with follows these: "the second-largest delta on the
# coast after the Tolvane Delta", "longer than the Ostra", "the second-tallest in the
# country, surpassed only by that of Orlby", "the highest dam in the country until the
# completion of the Varn Dam".
# (a ranking's "after" or "behind" follows its superlative: "nine years after Undertow"
# is a time, and "than" a comparative's)
_RANKED_PAST = (
    r"after|behind|ahead of|until(?:\s+the\s+\w+\s+of)?"
    r"|(?:surpassed|exceeded|overtaken|outranked|beaten|topped)\s+(?:only\s+)?by(?:\s+that\s+of)?"
)
# Kinds of answer a comparison's other side never has: "148 metres long ..., the
# second-longest cathedral after Jastford Minster" measures no minster.
_COMPARED_KINDS = frozenset({"count", "money", "any", *SPAN_KINDS})  # "any": "the circulation"
# ... nor a date: "Founded in 1147, it became second only to Morwen Abbey" founds no Morwen
_DATED_KINDS = frozenset("time date year month century".split())
_COMPARED_WITH = re.compile(
    rf"(?:\b\w+est\b[^;]{{0,60}}\b(?:{_RANKED_PAST})|\bthan|\bcompared (?:with|to)"
    r"|\b(?:second|next) only to)"
    r"\s+(?:the\s+)?(?-i:[a-z\d][\w,.-]*\s+){0,2}$",  # "after the much smaller Lake X", "the 18,500-seat X"
    re.I,
)


def _only_compared_with(names: frozenset[str], passage: str) -> bool:
    """Whether every name the passage gives with all the question's `names` in it stands
    after a comparison ("how big is the Tolvane Delta" against "it is the
    second-largest delta after the Tolvane Delta"): the measures are of the other."""
    if not names:
        return False
    spans = [
        m
        for m in re.finditer(rf"{CAPITAL}[\w'-]*(?:\s+{CAPITAL}[\w'-]*)*", passage)
        if names <= set(normalize(m.group(0)).split())
    ]
    return bool(spans) and all(_COMPARED_WITH.search(passage[: m.start()]) for m in spans)


def _term_only_compared_with(terms: tuple[str, ...], passage: str) -> bool:
    """Whether a word the question asks of stands in `passage` only as what something is
    compared with: "what do the females weigh" against "males, which are heavier than
    females, weigh up to 1.8 kilograms" (the weight is the males')."""
    words = normalize(passage).split()
    for term in terms:
        # ("originally estimated" asks what "the original estimate" says)
        at = [i for i, w in enumerate(words) if stem(w) in (term, term.removesuffix("ly"))]
        if at and all(_compared_at(words, i) for i in at):
            return True
    return False


def _compared_at(words: list[str], i: int) -> bool:
    """Whether the word at `i` is what something is compared with ("heavier than
    females", "more than twice the original estimate"), not counted by a bound ("more
    than 700 surviving works") nor stated beside it ("than the estimate of 900")."""
    before = words[max(0, i - COMPARED_REACH) : i]
    if "than" not in before:
        return False
    between = before[len(before) - before[::-1].index("than") :]
    if len(between) > 1:  # ("larger than the council's entire budget" compares the budget)
        return set(between) <= DETERMINERS | MULTIPLES and not _stated_beside(words, i)
    if any(is_number(w) or (w in GLUE and w not in DETERMINERS) for w in between):
        return False
    return not _stated_beside(words, i)


def _stated_beside(words: list[str], i: int) -> bool:
    """Whether the word at `i` has its own figure after it: "the estimate of 900"."""
    stated = words[i + 1 : i + 3]
    return len(stated) == 2 and stated[0] == "of" and is_number(stated[1])


# Words "than" may stand before the thing compared with: "than twice the original estimate".
COMPARED_REACH = 4


# A relative clause after a sentence's measures, about something else: "the lake lies at
# an elevation of 412 metres ..., where the slopes of Mount Pravhorn descend".
# ... or the side it was measured against: "Fairbairn led roughly 4,000 regulars against
# a smaller force commanded by Joris Kettering".
_RELATIVE = re.compile(r",\s+(?:where|which|whose|when)\b|\bagainst\b")
_NUMBER = re.compile(r"\d")


def _named_after_the_measures(names: frozenset[str], passage: str) -> bool:
    """Whether the question's `names` are said only in a relative clause that follows
    every number `passage` gives: the measures are of what the sentence is about."""
    clause = next(
        (m for m in _RELATIVE.finditer(passage) if not _NUMBER.search(passage[m.end() :])), None
    )
    if not names or clause is None or not _NUMBER.search(passage[: clause.start()]):
        return False
    before = set(normalize(passage[: clause.start()]).split())
    after = set(normalize(passage[clause.end() :]).split())
    return names.isdisjoint(before) and names <= after


def _another_structure(question: Asked, passage: str, said: frozenset[str]) -> bool:
    """Whether a passage naming neither the structure asked ("how long is the Lomvale
    river") nor its name speaks of another structure: "Building of the great hall ...
    had reached a length of 38 metres", in the river's article, measures the hall (but
    "it is the second-longest river", in it, the river its article is about: `said`)."""
    words = {stem(w) for w in normalize(passage).split()}
    asked = STRUCTURES.intersection(question.sequence)
    own = question.names | asked | (said & STRUCTURES)
    # ("Built in 1871 for the X Railway, it is 1,042 feet long" of a viaduct's article: its)
    its_own = bool(said & asked) and _IT_MEASURES.search(passage) is not None
    return not words & own and not its_own and bool(words & (STRUCTURES - asked))


_IT_MEASURES = re.compile(r"\bit (?:is|was|runs|measures) (?:about |some |nearly |almost )?\d")


# A measure set off after a name: "the Haldvik Tunnel, 1.9 kilometres long, the longest on
# the route" measures the tunnel, whatever the sentence goes on to say; so does a list's
# "- Haldvik Tunnel: 1.9 kilometres long".
# (a conversion in brackets stands between: "1,240 yards (1,134 m) long")
_CONVERTED = r"(?:\([^()]*\)\s+)?"
_UNIT = rf"[\d.,]+\s+(?:{'|'.join(sorted(UNITS))})\s+{_CONVERTED}"
# ... or in a which-clause of one: "joined by the Harrow Canal, which opened in 1794 and
# runs 64 kilometres".
_WHICH_CLAUSE = rf"({CAPITAL}[\w'-]*(?:\s+{CAPITAL}[\w'-]*)*),\s+which\b[^;.()]*$"
# (a distance measuring another way is no length: "410 metres across")
_OTHER_WAYS = r"long|in length|across|wide|high|tall|deep|above|below"
_BARE_DISTANCE = re.compile(
    rf"(?<![(\d.,])[\d.,]+\s+(?:{'|'.join(sorted(UNITS))})\b(?!\s+{_CONVERTED}(?:{_OTHER_WAYS}))"
)
_NAME_SET_OFF = rf"({CAPITAL}[\w'-]*(?:\s+{CAPITAL}[\w'-]*)*)[,:]\s+(?:about\s+|some\s+)?$"


def _measures_of_a_named(question: Asked, passage: str, said: frozenset[str]) -> bool:
    """Whether every measure of the asked dimension `passage` gives is set off after a
    name the question does not ask of, by name or as the article's subject (`said`): "how
    long is the line" against "the Haldvik Tunnel, 1.9 kilometres long" (a part of it)."""
    asked = [words for words in DIMENSIONS.values() if not words.isdisjoint(question.sequence)]
    if len(asked) != 1 or not (question.names or said):
        return False
    measure = re.compile(rf"{_UNIT}(?:in\s+)?(?:{'|'.join(sorted(asked[0]))})\b")
    measures = list(measure.finditer(passage))
    if asked[0] == DIMENSIONS["length"]:
        measures += _BARE_DISTANCE.finditer(passage)  # "which runs 64 kilometres from"
    owners = [
        re.search(_NAME_SET_OFF, passage[: m.start()])
        or re.search(_WHICH_CLAUSE, passage[: m.start()])
        for m in measures
    ]
    named = [set(normalize(owner.group(1)).split()) for owner in owners if owner]
    if not owners or len(named) < len(owners):
        return False
    # "how long's the tunnel under the pass" asks of "the Ivskarn Road Tunnel, 7.4
    # kilometres long": the structure first, a name only after it, saying where it is
    sequence = question.sequence
    head = next((i for i, w in enumerate(sequence) if w in STRUCTURES), len(sequence))
    if question.names and not question.names <= set(sequence[head + 1 :]):
        return all(not question.names <= words for words in named)
    return all(words.isdisjoint(said | set(sequence[head : head + 1])) for words in named)


# What a person is paid: "how much is Mabery being paid to take over", "his fee" (not
# what a company pays: "how much did Yolstone pay for the rights").
PAY = frozenset("salary fee wage wages".split())
_PAID = frozenset("be being been is was were get gets got getting".split())


def _paid_to_a_title(question: Asked, passage: str) -> Verdict:
    """A contradiction when a question for someone's pay meets a passage whose every sum
    follows a quoted title: "Mabery broke out with "Selvick Pass," which Trasklight
    acquired for $14 million" is the film's price, not his pay."""
    words = question.sequence
    paid = any(w == "paid" and i and words[i - 1] in _PAID for i, w in enumerate(words))
    if not question.names or not (paid or PAY.intersection(words)):
        return PASS
    parts = _parts(passage, frozenset())
    summed = [k for k, (_, text) in enumerate(parts) if _SUM.search(text)]
    titled = {k for k, (_, text) in enumerate(parts) if _QUOTED_TITLE.match(text)}
    return Verdict.fail("contradicts", "a title's sum") if set(summed) <= titled else PASS
