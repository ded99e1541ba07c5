"""Passages that state what a question asks for, but of something else.

Each reading below finds the asked kind of thing in a passage told of another than the one
asked: a measure of another noun ("the great hall, which is 8.5 metres wide" for the
undercroft), a sum made elsewhere ("$412 million worldwide" for "in the UK"), a figure of
another place (", where it ran for 1,412 performances"), a budget for an overrun, a count
of a group or of another act, another's part, a director who only led a jury, a prize's
giver for its receiver, another person's nationality, a count or a year of another
thing in a list ("a study room with 40 desks, a cafe and an archive"), another person of
the same surname. The next passage may hold the answer, so most of them let the reading
go on (`OTHER_THING`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.concepts import Concepts
from bot.engine import (
    actplaces,
    awarders,
    counting,
    dated,
    dimensions,
    figureholders,
    kinds,
    mentioned,
    names,
    namesakes,
    owners,
    performers,
    stated,
    takings,
    versions,
)
from bot.engine.namekinds import COUNTRY_WORDS
from bot.engine.premise import Asked
from bot.engine.verdicts import OTHER_THING, PASS, Verdict
from bot.text import GLUE, common_words, normalize, stem

# A reading: the question, the passage as read, its normalized words, the concepts.
Reading = Callable[[Asked, str, list[str], Concepts], bool]


def _measure(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "the Narvick Canal, which ... runs 64 kilometres": the canal's, not the river's
    # ... and "the 120-mile Rathmoor Way" the Way's, not the Rathmoor Navigation's
    return dimensions.of_another_thing(question.sequence, words) or dimensions.names_another(
        question.sequence, question.names, text
    )


def _scope(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "how much did it make in the UK": not "$412 million worldwide"
    places = {*question.names, *dict(question.abbreviated)}
    return question.kind == "money" and stated.sum_of_another_scope(
        list(question.sequence), places, words
    )


def _supposed(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "what did it end up costing": not "repairing it would cost £18 million"
    return question.kind == "money" and stated.only_supposed(question.sequence, text)


def _place(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "how many performances did the Chicago run have": not "before moving to Broadway,
    # where it ran for 1,412 performances"
    asked = question.kind in ("count", "money")
    return asked and (
        actplaces.figure_of_another_place(question.names, text)
        or actplaces.figure_before_a_move(question.names, text)
        or actplaces.figure_placed_elsewhere(_places(question), text)  # "across North America"
    )


def _places(question: Asked) -> set[str]:
    """The words a question names a place with after "in" or "across" ("in the UK",
    not "when the Wenlow flooded"): its names, its capitalised words, its abbreviations
    ("uk") and a country's words typed in lower case."""
    said = {*question.names, *question.capitals, *dict(question.abbreviated)}
    sequence = [w for w in question.sequence if w != "the"]
    placed = {w for k, w in enumerate(sequence) if k and sequence[k - 1] in _PLACING}
    countries = COUNTRY_WORDS.intersection(sequence)  # "on its UK opening weekend": anywhere
    return {w for w in (said & placed) | countries if w not in GLUE}


_PLACING = frozenset("in across throughout".split())


def _overrun(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "by how much did it go over budget": not "made on a production budget of $28 million"
    return takings.asks_overrun(question.words) and not takings.OVERRUN_SAID.search(text)


def _group(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "the four novels, beginning with X and ending with Y, have sold 9 million"
    return question.kind == "count" and mentioned.named_only_as_one_of(
        text, question.names | question.capitals
    )


def _compared(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "what is the capacity of Harbourside Stadium": not "it is the second-largest after
    # Harbourside Stadium" (unless a comparison is asked: "which is larger than X")
    names = question.names | question.capitals
    compares = not COMPARING.isdisjoint(question.sequence)
    return not compares and mentioned.named_only_as_compared(text, names)


COMPARING = frozenset("than after behind before larger smaller bigger more less".split())


def _act(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "how many seasons did X write": not "six seasons directing the sitcom"
    return question.kind == "count" and counting.counted_for_another_act(question, words, known)


def _doer(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "which foundry cast the oldest bell": not "..., the oldest of which was cast in 1458,
    # and the organ was built in 1879 by the firm of X"
    # (a name's word the store does not know is no act: "Clement" of "Clement Dunnery")
    acts = set(question.terms) - question.names - question.capitals - set(question.heads)
    if question.kind != "name" or not acts:
        return False
    given = names.given(text, question.words, question) - question.words
    return bool(given) and actplaces.name_of_another_act(given, acts, text)


def _part(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "which character has Harlowe been playing": not "Maren Oduya, who plays the pilot"
    # ... nor "returns as Elias Marr, the courier who exposed a shipping magnate" who
    # plays the magnate
    return (
        performers.anothers_part(question.sequence, question.names, text)
        or performers.part_in_anothers_description(question.sequence, text)
        or performers.part_untold(question.sequence, question.names, text)  # "in his first role"
        or performers.part_unnamed(question.sequence, question.names, text)  # "as a spy"
    )


def _original(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "what did the sequel cost": not "the follow-up to X, which ... on a budget of $31 million"
    figures = question.kind in ("money", "count") or question.kind in kinds.TIME_KINDS
    return figures and versions.figure_of_the_original(text, set(question.words))


def _held_by_another(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "how many seasons of "The Grebe Case"": not the four seasons of "Kestle Blue"
    return figureholders.figure_of_another_title(
        question, text
    ) or figureholders.figure_of_another_clause(question, text)


def _dated_work(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "when did the film open": not "overtaking its 2019 war drama"; "when was it
    # founded": not '"...," she said in 2021'
    return question.kind in kinds.TIME_KINDS and (
        dated.only_works_dated(text, question.words)
        or dated.only_sayings_dated(text, question.words)
    )


def _director(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "who directed it": not "the jury, led by the French director X"
    return mentioned.director_only_a_jurys_head(question.sequence, text)


def _receiver(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "who received it": not "the Society has awarded it every year since 1960"
    return awarders.only_the_giver(question.sequence, text)


def _nationality(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "what nationality is Elling": not "the Italian conductor Renzetti ..., while the
    # general director has been Markus Elling"
    return mentioned.nationality_of_another(question.sequence, question.names, words)


def _longer_name(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "when was the Amblecote Mills Band formed": not "the Amblecote Mills Youth Band was
    # formed in 1984", another band by a name with an ordinary word more
    return mentioned.named_longer(question.sequence, question.names, words)


def _act_elsewhere(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "which subject did she study at Penbryn Academy": not "after attending Penbryn
    # Academy, she began studying English at Tresaith College"
    return actplaces.at_another_place(question.sequence, question.names | question.capitals, text)


# A spouse named beside one's parents tells their marriage: "the third of five children of
# Samuel X, a millwright, and his wife Hannah" names no wife or husband of the one born.
_PARENTS_SPOUSE = re.compile(
    r"\b(?:sons?|daughters?|child|children) of\b[^.;]*?\b(?:his wife|her husband)\b", re.I
)
_SPOUSES = frozenset("husband wife spouse marry".split())
_MARRIED = re.compile(r"\bmarr(?:y|ied|ies|iage)\b", re.I)


def _parents_spouse(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    return (
        not _SPOUSES.isdisjoint(question.words)
        and _PARENTS_SPOUSE.search(text) is not None
        and _MARRIED.search(text) is None
    )


# A "which" clause and the name before it: "the North Mole Battery, which mounted four
# 280 mm guns" counts the battery's guns; and a "who" clause, of a question naming someone:
# "Jonas Inndyr, who made eleven films" counts Inndyr's, not Ruth Alder's.
_WHICH_CLAUSE = re.compile(r"((?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]*),? which ([^,;.]*)")
_WHO_CLAUSE = re.compile(r"((?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]*),? (?:which|who) ([^,;.]*)")


def _count_of_another(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "how many guns were mounted at the Talsi Battery": not "covered by the Talsi Battery
    # and by the North Mole Battery, which mounted four 280 mm guns"
    named = question.names | question.capitals
    if question.kind != "count" or not named:
        return False
    things = set(counting.counted(question))
    counts = counting.numbers_counting(words, things)
    owned = _WHO_CLAUSE if question.capitals else _WHICH_CLAUSE
    clauses = [
        (set(normalize(m[1]).split()), counting.numbers_counting(normalize(m[2]).split(), things))
        for m in owned.finditer(text)
    ]
    others = sum(n for owner, n in clauses if not owner <= named)
    if counts and others == counts:
        return True
    # ... nor "Fjord School, which will replace the older Central School, will have room for
    # 420 pupils" how many the Central School has: it is named only inside another's clause
    main = normalize(owned.sub(r"\1", text)).split()
    named_words = {w for w in question.names & set(words) if w not in common_words()}
    return (
        bool(named_words)
        and named_words.isdisjoint(main)
        and bool(counting.numbers_counting(main, things))
    )


# A count a thing is given "with": "a study room with 40 desks" counts the room's desks.
APPOSED_REACH = 3
_WITH_A_COUNT = re.compile(r"\b(?:an?|the|its)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+with\s+([^,;.]*)")


def _count_with_another(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "how many desks will the local history archive have": not "a study room with 40
    # desks, a cafe and a local history archive"
    if question.kind != "count":
        return False
    things = set(counting.counted(question))
    asked = _asked_stems(question)
    withs = [
        (
            {stem(w) for w in m[1].split()},
            counting.numbers_counting(normalize(m[2]).split(), things),
        )
        for m in _WITH_A_COUNT.finditer(text)
        # (not one set beside the asked thing: "the hotel, a building with 120 rooms")
        if asked.isdisjoint(map(stem, normalize(text[: m.start()]).split()[-APPOSED_REACH:]))
    ]
    others = sum(n for owner, n in withs if owner.isdisjoint(asked | things))
    return others > 0 and others == counting.numbers_counting(words, things)


# A year as written, and one a thing is given by a phrase after it: "a stone customs house
# dating from 1878".
_YEAR = r"\b(?:1[5-9]\d\d|20\d\d)\b"
_DATED_THING = re.compile(
    r"\b(?:an?|the)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)(?:\s+(?:dating from|dated to|built in)"
    # ... or set beside it: "the trophy, founded in 1894, had been won by a club"
    r"|,\s+(?:founded|established|formed|built|opened|introduced|created|set up) in)\s+"
    rf"(?:about |around |c\. )?({_YEAR})"
)


def _dated_another(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "in what year was the small bakery built": not "the church, a stone customs house
    # dating from 1878 and a small bakery" (every year the passage gives is another's)
    if question.kind not in _WHEN_KINDS:
        return False
    asked = _asked_stems(question)
    dated = [(m[2], {stem(w) for w in m[1].split()}) for m in _DATED_THING.finditer(text)]
    years = set(re.findall(_YEAR, text))
    others = {year for year, owner in dated if owner.isdisjoint(asked)}
    return bool(others) and years == others


def _commemorated(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "what is Elwyn Tywynne's date of birth": not "in 2011, to mark the centenary of his
    # birth, a slate plaque was unveiled" (the asked event is said only as remembered)
    if question.kind not in _WHEN_KINDS:
        return False
    asked = _asked_stems(question)
    marked = [stem(m[1].lower()) for m in stated.COMMEMORATED.finditer(text)]
    marked = [event for event in marked if event in asked]
    if not marked:
        return False
    stems = [stem(w) for w in words]
    return all(stems.count(event) == marked.count(event) for event in marked)


# A year and what happened then: "first elected in 2014, when he won 54 percent".
_WHEN_THEN = re.compile(rf"\bin ({_YEAR}),? when ([^,.;]*)")


def _counted_another_year(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "what share of the vote did he win in 2022": not "first elected in 2014, when he won
    # 54 percent of the vote, and re-elected in 2018 and 2022" (every count is 2014's)
    years = {n for n in question.numbers if re.fullmatch(_YEAR, n)}
    if question.kind not in ("count", "money", "any") or not years:
        return False
    others = [m for m in _WHEN_THEN.finditer(text) if m[1] not in years]
    rest = _WHEN_THEN.sub(" ", text)
    return bool(others) and not re.search(r"\d", re.sub(_YEAR, " ", rest))


def _asked_stems(question: Asked) -> set[str]:
    """The stems of what a question asks of: its terms, head nouns and names' words."""
    return set(question.terms) | {stem(w) for w in (*question.heads, *question.names)}


_WHEN_KINDS = frozenset("time date year month".split())


def _anothers_act(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "in what year did Margarethe die": not "After Friedrich's death in 1921 the company
    # was run by his daughter, Margarethe" (asked when: "Edgar's sister Margaret" tells
    # who Margaret's brother is)
    if not question.names or question.kind not in _WHEN_KINDS:
        return False
    acts = set(question.terms) | known.sharing(question.terms, [stem(w) for w in words])
    return owners.only_anothers(acts, question.names | question.capitals, text)


# A new thing a passage's subject goes to make: "merged with two smaller plants to form
# Tukumhaven State Brewery No. 3" founds that one, not the brewery merged.
_FORMED = re.compile(r"\bto (?:form|create|found|establish|set up)\s+(?:the\s+)?[A-Z]")
_FOUNDING = frozenset("found form create establish".split())


def _formed_another(question: Asked, text: str, words: list[str], known: Concepts) -> bool:
    # "when was the brewery established": not "In 1948 the brewery was ... merged with
    # two smaller plants to form Tukumhaven State Brewery No. 3"
    asked = set(question.terms) & _FOUNDING
    if not asked or question.names or not (formed := _FORMED.findall(text)):
        return False
    founding = asked | known.sharing(asked, [stem(w) for w in words])
    return sum(stem(w) in founding for w in words) == len(formed)


# The readings in the order they are tried: (the verdict's detail, its cause, the reading).
READINGS: tuple[tuple[str, str, Reading], ...] = (
    ("measure", OTHER_THING, _measure),
    ("scope", OTHER_THING, _scope),
    ("supposed", OTHER_THING, _supposed),
    ("place", OTHER_THING, _place),
    ("overrun", OTHER_THING, _overrun),
    ("group", OTHER_THING, _group),
    ("compared", OTHER_THING, _compared),
    ("act", OTHER_THING, _act),
    ("doer", OTHER_THING, _doer),
    ("part", OTHER_THING, _part),
    ("original", OTHER_THING, _original),
    ("another's figure", OTHER_THING, _held_by_another),
    ("dated work", OTHER_THING, _dated_work),
    ("director", "", _director),
    ("receiver", "", _receiver),
    ("nationality", OTHER_THING, _nationality),
    ("longer name", OTHER_THING, _longer_name),
    ("parents' marriage", OTHER_THING, _parents_spouse),
    ("act's place", OTHER_THING, _act_elsewhere),
    ("another's act", OTHER_THING, _anothers_act),
    ("formed another", OTHER_THING, _formed_another),
    ("another's count", OTHER_THING, _count_of_another),
    ("count with another", OTHER_THING, _count_with_another),
    ("another of the name", OTHER_THING, namesakes.another_of_the_name),
    ("remembered", OTHER_THING, _commemorated),
    ("another year's count", OTHER_THING, _counted_another_year),
    ("another dated", OTHER_THING, _dated_another),
)


def verdict(question: Asked, text: str, words: list[str], known: Concepts) -> Verdict:
    """The first of `READINGS` that finds the passage (`text`, its normalized `words`)
    tells the asked thing of something else, as a refusal; else `PASS`."""
    for detail, cause, reads in READINGS:
        if reads(question, text, words, known):
            return Verdict.fail("no_answer", detail, cause)
    return PASS
