"""Where an asked act happened: the place must stand in the clause telling of the act.

"Where did Arthur Vosse die?" is not answered by "Corvane married the sculptor Arthur
Vosse, who carved the war memorial in the village square; he died in 1926": the square is
where the memorial stands, in a clause before the one telling of the death, which names no
place. Clauses are those `phrases.clauses` splits a sentence into (at a semicolon, or ",
and" before a new subject); an act the passage says in other words is not looked for.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from bot.engine import phrases, phrasewords
from bot.engine.kinds import MONTHS
from bot.engine.names import SUBJECT_PRONOUNS
from bot.engine.roles import AUXILIARIES
from bot.text import normalize, stem


def place_of_another_act(
    passage: str, stems: Sequence[str], acts: Collection[str], placed: Collection[int]
) -> bool:
    """Whether the asked `acts` (stems, "die") stand in `passage` (its normalized words'
    `stems`) only in clauses holding none of the `placed` names (their positions), or
    each place follows another act joined on by "and"."""
    told = [i for i, s in enumerate(stems) if s in acts]
    if not told or not placed:
        return False
    clause = phrases.clauses(passage, len(stems))
    if {clause[i] for i in placed}.isdisjoint(clause[i] for i in told):
        return True
    words = normalize(passage).split()
    return len(words) == len(stems) and all(
        _after_another_act(words, stems, acts, told, p) for p in placed
    )


# Words telling a birth, and a death, which a biography's bracketed dates ("(14 March
# 1931 - 2 September 2004)") tell without a place.
_LIFE_EVENTS = (
    frozenset("born birth".split()),
    frozenset("die died death killed drowned".split()),
)


def life_only_dated(asked: Collection[str], words: Sequence[str]) -> bool:
    """Whether a question asking where someone was born or died (its words `asked`) meets
    a passage (its normalized `words`) that does not tell that event, so only its dates
    can: "in which town was she born" is not answered by "X (1931 - 2004) was a novelist
    known for sagas set in the town of Sedbusk", nor "where did he die" by "X (1902-1979),
    who was born in Y"."""
    return phrases.lifespan(words) and any(
        not event.isdisjoint(asked) and event.isdisjoint(words) for event in _LIFE_EVENTS
    )


def _after_another_act(
    words: Sequence[str], stems: Sequence[str], acts: Collection[str], told: list[int], at: int
) -> bool:
    """Whether the place at `at` follows, after the last asked act before it (`told`), an
    "and" and a verb in the past not of the `acts`: "it was shot in 24 days ...
    and earned $3.1 million in North America" (where "shot" ends, "earned" begins)."""
    last = max((i for i in told if i < at), default=None)
    return last is not None and any(
        words[k - 1] == "and" and words[k].endswith("ed") and stems[k] not in acts
        for k in range(last + 2, at)
    )


# "premiered in Chicago in 2014 before moving to Broadway in 2016, where it ran for 1,412
# performances": the figure after ", where" is of the place named just before it.
_WHERE_CLAUSE = re.compile(
    r"\b(?:in|to|at|on) (?:the )?([A-Z][\w'-]*(?:\s[A-Z][\w'-]*)*?\s?)(?:,? in \d{4})?, where\b"
    r"(.*?)(?=, and |, but |;|$)"  # up to the next clause: ", and Halberd paid $4 million"
)


def figure_of_another_place(asked_places: Collection[str], passage: str) -> bool:
    """Whether every figure `passage` gives stands in a ", where" clause of a place other
    than the one asked (`asked_places`: the question's name words, normalized), which
    the passage names before it: the Broadway run's count is no count of the Chicago one."""
    clauses = list(_WHERE_CLAUSE.finditer(passage))
    if not clauses:
        return False
    rest = _WHERE_CLAUSE.sub(" ", passage)
    asked = {p for p in asked_places if p in normalize(passage[: clauses[0].start(1)]).split()}
    return (
        bool(asked)
        and not _figures(rest)
        and all(_figures(m[2]) and asked.isdisjoint(normalize(m[1]).split()) for m in clauses)
    )


# "ran for 2,846 performances at the Rathmoor Theatre in London before transferring to
# Broadway": a figure before the move is of the place moved from.
_MOVED_TO = re.compile(
    r"\b(?:before|then|later) (?:transferring|moving|relocating|switching|touring) to\b"
)


def figure_before_a_move(asked_places: Collection[str], passage: str) -> bool:
    """Whether the place a question asks of (`asked_places`: its name words, normalized)
    stands in `passage` only after a move to it ("before transferring to Broadway"), and
    every figure before the move: those are the place's moved from."""
    move = _MOVED_TO.search(passage)
    if move is None:
        return False
    before, after = passage[: move.start()], passage[move.end() :]
    asked = set(asked_places) & set(normalize(after).split())
    return (
        bool(asked)
        and asked.isdisjoint(normalize(before).split())
        and _figures(before)
        and not _figures(after)
    )


_NUMBER = re.compile(r"\d(?:[\d,.]*\d)?s?")
_YEAR = re.compile(r"1\d{3}|20\d{2}|\d+s")  # a year or a decade is when, not how many


def _figures(text: str) -> bool:
    """Whether `text` gives a count or a sum: a number that is not a year."""
    return any(not _YEAR.fullmatch(n) for n in _NUMBER.findall(text))


# A figure with a place of its own after it: "in 3,600 theatres across North America",
# "$41 million in France" (up to two words between: the figure's noun).
_PLACED_FIGURE = re.compile(
    r"(\d(?:[\d,.]*\d)?)(?:\s+(?:thousand|million|billion))?(?:\s+[a-z][\w-]*){0,2}?"
    r"\s+(?:in|across|throughout)\s+(?:the\s+)?([A-Z][\w'-]*(?:\s[A-Z][\w'-]*)*\s?)"
)


def figure_placed_elsewhere(asked_places: Collection[str], passage: str) -> bool:
    """Whether the place a question asks of (`asked_places`: its name words, normalized)
    stands in `passage` apart from every figure, each of which has another place after
    it: "how many screens is it opening on in the UK" is not answered by "will release it
    in 3,600 theatres across North America ..., with a UK release following on November 8"."""
    words = set(normalize(passage).split())
    asked = {p for p in asked_places if p in words}
    placed = {m.start(1): set(normalize(m[2]).split()) for m in _PLACED_FIGURE.finditer(passage)}
    figures = [m.start() for m in _NUMBER.finditer(passage) if _a_figure(passage, m)]
    return (
        bool(asked and figures)
        and all(at in placed for at in figures)
        and all(asked.isdisjoint(placed[at]) for at in figures)
    )


def _a_figure(passage: str, number: re.Match[str]) -> bool:
    """Whether a number is a count or a sum: not a year, nor a day beside its month."""
    before = passage[: number.start()].split()[-1:]
    after = passage[number.end() :].split()[:1]
    day = any(w.strip(",.").lower() in MONTHS for w in (*before, *after))
    return not (
        _YEAR.fullmatch(number[0]) or day or passage[number.start() - 1 : number.start()].isalnum()
    )


# Pronouns that open a clause on someone named in the one before: ", and he cast it".
_CARRIED = frozenset("he she it they his her its their".split())


def name_of_another_act(names_given: Collection[str], acts: Collection[str], passage: str) -> bool:
    """Whether every name a passage gives (`names_given`: their first words, normalized)
    stands in a clause (`phrases.clauses`) without the asked act (`acts`, stems), which
    another clause holds: "the oldest bell was cast in 1458, and the organ was built in
    1879 by the firm of X" names no one who cast the bell. A clause opening on a pronoun
    carries the name before it on: "X founded the firm, and he cast the bell"."""
    words = normalize(passage).split()
    clause = phrases.clauses(passage, len(words))
    # (an act its phrase says: "it was taken over by X" tells who succeeded)
    said = [
        stem(w) in acts or phrasewords.phrase_word(words, i) in acts for i, w in enumerate(words)
    ]
    told = {clause[i] for i, w in enumerate(words) if said[i]}
    named = {clause[i] for i, w in enumerate(words) if w in names_given}
    opening: dict[int, str] = {}
    for i, w in enumerate(words):
        if w not in _JOINING:
            opening.setdefault(clause[i], w)
    carried = any(opening.get(c) in _CARRIED for c in told)
    return bool(told and named) and told.isdisjoint(named) and not carried


_JOINING = frozenset("and but while whereas although".split())


# How far after its act a place may stand: "began studying English at St Aldric's".
ACT_PLACE_REACH = 4
# (Not "in": "defeated in Canada" is told by "defeated at Sainte Foy in Quebec", a place
# within the one asked.)
_AT = frozenset({"at"})


def at_another_place(sequence: Sequence[str], names: Collection[str], passage: str) -> bool:
    """Whether the question asks of an act at a place it names ("which subject did she
    study at Penbryn Academy") and the passage puts every use of that act at another
    named place ("began studying English at Tresaith College"), naming the asked one
    only elsewhere ("after attending Penbryn Academy")."""
    asked = [
        (stem(sequence[i]), sequence[k + 1])
        for i in range(2, len(sequence))
        if sequence[i - 1] in SUBJECT_PRONOUNS and sequence[i - 2] in AUXILIARIES  # "did she study"
        for k in range(i + 1, min(len(sequence) - 1, i + 1 + ACT_PLACE_REACH))
        if sequence[k] in _AT and sequence[k + 1] in names
    ]
    if not asked:
        return False
    capitals = set(normalize(" ".join(_CAPITALISED.findall(passage))).split())
    plain = normalize(passage).split()
    stems = [stem(w) for w in plain]
    for act, place in asked:
        uses = [i for i, s in enumerate(stems) if s == act]
        if (
            uses
            and place in plain
            and all(_placed_elsewhere(plain, i, names, capitals) for i in uses)
        ):
            return True
    return False


_CAPITALISED = re.compile(r"\b[A-Z][\w'-]*")


def _placed_elsewhere(
    plain: list[str], at: int, names: Collection[str], capitals: Collection[str]
) -> bool:
    """Whether the act at `at` is put at a named place (a word written with a capital
    after "at") that is none of the question's `names`."""
    for k in range(at + 1, min(len(plain) - 1, at + 1 + ACT_PLACE_REACH)):
        place = k + 1 + (plain[k + 1] == "the" and k + 2 < len(plain))  # "at the X School"
        if plain[k] in _AT and plain[place] in capitals:
            return plain[place] not in names
    return False
