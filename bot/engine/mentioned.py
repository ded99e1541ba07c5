"""Whether an answer in a passage is of the names a question asks about.

"When was the London premiere planned?" is not answered by "the New York premiere,
planned for October 14, has been cancelled, along with a press tour that was to begin in
London": London is in the passage, but set off after the answer, in what the sentence goes
on to say. A name before the answer, in its clause, is what the clause is about
("Normandy was the site of ... in the 11th century"); in an earlier clause, only if the
answer's clause names no other before it ("its tributaries are the Lusk Beck, which
joins at Askerby, and the River Tarran, the longest at 24 kilometres"). One after it,
with no comma between, is the answer's own ("$412 million for the film library of
Kelvane"). Read from word order, commas and capitals only.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from bot import demonyms
from bot.engine import phrases, reasons
from bot.text import GLUE, capitalised_words, common_words, normalize, stem

# How far past the answer, with a comma between, a name may still be the answer's: "formed
# in 1901, making Gheld the oldest club" (a name set off further on is another's).
NAME_REACH = 4
# What opens a clause about the person named just before it.
_RELATIVES = frozenset("who whose".split())

# Phrases a sentence opens on, each set off by a comma, that belong to the subject after
# them: "In 1903,", "Set in 1902,", "Founded in 2006 in Vancouver by two animators,",
# "With a population of 3,870 at the 2022 census,", "During that time in Europe, on May
# 18, 1756,". What they hold is the subject's, wherever in that clause the name stands.
_PREPOSITIONS = "in|on|at|by|with|after|before|during|since|from|following|under|as|around"
_PARTICIPLES = "set|built|born|held|made|shot|known|begun|written|led|run|sold"
_FRONTED = re.compile(
    rf"^(?:(?:(?:{_PREPOSITIONS.title()}|{_PARTICIPLES.title()})\s|[A-Z][a-z]+ed\s"
    rf"|(?<=,\s)(?:{_PREPOSITIONS})\s|\d)[^,;]{{0,90}},\s*)+"
)


def mentions(sequence: Sequence[str], names: Collection[str]) -> list[tuple[str, ...]]:
    """The runs of a question's words inside its name mentions ("kestrum", "teplice")."""
    runs: list[list[str]] = [[]]
    for w in sequence:
        if w in names:
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    # (without the glue at its edges: "the budget of Lanterns of Osk" names "lanterns of osk")
    trimmed = [_trimmed(run) for run in runs]
    return [tuple(run) for run in trimmed if run]


def _trimmed(run: list[str]) -> list[str]:
    while run and run[0] in GLUE:
        run = run[1:]
    while run and run[-1] in GLUE:
        run = run[:-1]
    return run


def set_apart(
    passage: str,
    words: list[str],
    sequence: Sequence[str],
    names: Collection[str],
    candidates: Iterable[int],
) -> set[int]:
    """Of the `candidates` (positions in the passage's normalized `words`), those some
    name the question asks about does not own: the name, found whole in the passage,
    stands only after them beyond a comma and `NAME_REACH`, in a later clause, or in an
    earlier clause with another name before them in theirs."""
    found = [(at, len(m)) for m in mentions(sequence, names) if (at := _occurrences(m, words))]
    if not found:
        return set()
    fronted = _FRONTED.match(passage)
    opening = len(normalize(fronted[0]).split()) if fronted else 0
    clause = phrases.clauses(passage, len(words))
    commas = phrases.commas(passage, len(words))
    capitals = capitalised_words(passage)
    # words of names the question does not ask about
    others = [
        k for k, w in enumerate(words) if w in capitals and w not in sequence and w not in GLUE
    ]

    spans = _asides(passage, words, sequence)

    def owns(j: int, size: int, i: int) -> bool:
        if clause[j] != clause[i]:
            # an earlier clause's subject ("Rosa Ekberg plays Ada; her debut earned her
            # a nomination in 2024"), unless the answer's clause names another first
            return j <= i and not any(j + size <= k < i and clause[k] == clause[i] for k in others)
        if j <= i:
            # what the clause is about, but not an aside about another it names: "X
            # replaced Michael Strand, who withdrew in 2024 because of conflicts"
            return not any(i in span and span.start > j for span in spans)
        # (the clause a time opens: "a third attack in 1185, when a Norman army invaded
        # Dyrrachium" says what happened then)
        when = commas[j] == commas[i] + 1 and words[commas.index(commas[j])] == "when"
        return i < opening or commas[j] == commas[i] or j - i <= NAME_REACH or when

    return {
        i for i in candidates if not all(any(owns(j, size, i) for j in at) for at, size in found)
    }


def _occurrences(mention: tuple[str, ...], words: list[str]) -> list[int]:
    """Where the whole of `mention` stands in `words` (the position of its first word)."""
    n = len(mention)
    return [j for j in range(len(words) - n + 1) if tuple(words[j : j + n]) == mention]


def _asides(passage: str, words: list[str], sequence: Sequence[str]) -> list[range]:
    """The spans of `words` (up to the next comma) of the "who" clauses set off after the
    name of someone the question does not name: "..., replaced Michael Strand, who withdrew
    in 2024", "replacing Renshaw, who left" (not "the Academy of Sciences, who ...", an
    institution's)."""
    commas = phrases.commas(passage, len(words))
    capitals = capitalised_words(passage)

    def other_name(k: int) -> bool:
        return k >= 0 and words[k] in capitals and words[k] not in sequence and words[k] not in GLUE

    def before_a_name(k: int) -> bool:  # "replaced Michael Strand", "replacing Renshaw"
        return other_name(k) or (words[k] not in capitals and words[k] not in GLUE)

    def asked_of(k: int) -> bool:  # "the pop singer Livia Corscombe, who": the one asked
        while k >= 0 and words[k] in capitals:
            k -= 1
        return k >= 0 and words[k] in sequence and words[k] not in GLUE

    return [
        range(r, r + commas[r:].count(commas[r]))
        for r in range(2, len(words))
        if words[r] in _RELATIVES
        and commas[r] == commas[r - 1] + 1
        and other_name(r - 1)
        and before_a_name(r - 2)
        and not asked_of(r - 1)
        # ("X, whose sawtooth roofs were painted green ... so that" tells of the roofs)
        and not (words[r] == "whose" and not set(sequence).isdisjoint(words[r + 1 : r + 3]))
    ]


def in_anothers_aside(
    passage: str, words: list[str], sequence: Sequence[str], candidates: Iterable[int]
) -> set[int]:
    """Of the `candidates`, those in a "who" clause about someone the question does not
    name (see `_asides`): "why did Harlan Beaudry leave" is not answered by "Beaudry
    replaced Michael Strand, who withdrew in 2024 because of scheduling conflicts"."""
    spans = _asides(passage, words, sequence)
    return {i for i in candidates if any(i in span for span in spans)}


def gives_own_reason(passage: str, words: list[str], question: Sequence[str]) -> bool:
    """Whether `passage` (its normalized `words`) gives a cause or a purpose that is not
    told of someone else in an aside: "why did Harlan Beaudry leave" is not answered by
    "Beaudry replaced Michael Strand, who withdrew because of scheduling conflicts"."""
    if not reasons.gives_reason(words) or reasons.effect_told_as_cause(words, question):
        return False
    if reasons.act_told_as_cause(words, [stem(w) for w in question if w not in GLUE]):
        return False  # "why was it demolished": "delayed because it was demolished"
    text = " ".join(words)
    at = [text[: m.start()].count(" ") for m in reasons.REASON_CUES.finditer(text)]
    return not at or len(in_anothers_aside(passage, words, question, at)) < len(at)


# An aside listing members of a group the sentence counts as a whole: "Varley's four
# novels, beginning with "The Ember Gate" and ending with "The Last Ferry", have sold
# more than 9 million copies", or 'the series, which now includes two main games and a
# spin-off, "Tidebound," has sold 14 million'.
_LISTING = re.compile(
    r",\s+(?:including|beginning with|starting with|such as|among them"
    r"|which (?:now )?(?:includes?|included|comprises?|comprised|spans?|spanned))\b[^,;]*?,"
    r"(?:\s*[\"“][^\"”]*[\"”],?)?"  # ... past a title after its last comma
    # ... or names them, then counts them "together": "the four cemeteries, known as A, B,
    # C and D, together contain 1,000 graves"
    r"|,\s+(?:known as|called|named|namely)\s[^;.]*?,(?=\s+(?:together|combined|jointly)\b)",
    re.I,
)


def named_only_as_one_of(passage: str, names: Collection[str]) -> bool:
    """Whether the asked name (its normalized words, `names`) stands only in an aside
    listing members of a group (`_LISTING`), and the passage's figures outside it: their
    count is the group's ("how many copies has The Last Ferry sold" is not answered by the
    four novels' sales)."""
    asked = set(names) - GLUE
    inside = {w for m in _LISTING.finditer(passage) for w in normalize(m.group(0)).split()}
    outside = normalize(_LISTING.sub(" ", passage)).split()
    return (
        bool(asked)
        and asked <= inside
        and asked.isdisjoint(outside)
        and any(w[:1].isdigit() for w in outside)
    )


def named_only_as_compared(passage: str, names: Collection[str]) -> bool:
    """Whether the asked name stands only after "than" or "after" in a comparison: "with
    a capacity of 24,310, it is the second-largest ground after Harbourside Stadium" gives
    the capacity of another ground."""
    asked = set(names) - GLUE
    compared = {w for m in _COMPARED.finditer(passage) for w in normalize(m[1]).split()}
    outside = normalize(_COMPARED.sub(" ", passage)).split()
    return bool(asked) and asked <= compared and asked.isdisjoint(outside)


# A comparison's other term: "larger than the Quay Hall", "the second-largest after X"
# (but "the studio behind the Rosedale series" made it).
_COMPARED = re.compile(
    r"(?:\bthan|(?:est|more|less|larger|smaller|bigger)\b[^,.;]*?\b(?:after|behind))\s+"
    r"((?:the\s+)?(?:[A-Z][\w'-]*\s*)+(?:(?:in|of|at)\s+(?:[A-Z][\w'-]*\s*)+)?)"
)


# How near a people's adjective must stand to a name to say that person's nationality:
# "the Italian conductor Sofia Renzetti", "Markus Elling, a German baritone".
NATIONALITY_REACH = 4


def nationality_of_another(
    sequence: Sequence[str], names: Collection[str], words: list[str]
) -> bool:
    """Whether a question asking someone's nationality ("what nationality is Markus
    Elling", its normalized `sequence`; `names`: its names' words) meets a passage (its
    normalized `words`) whose every people's adjective stands beside others only: "The
    Italian conductor Sofia Renzetti has held the post ..., while the general director
    since 2013 has been Markus Elling"."""
    if "nationality" not in sequence:
        return False
    asked = set(names) - GLUE
    named = [k for k, w in enumerate(words) if w in asked]
    peoples = [i for i, w in enumerate(words) if demonyms.is_demonym(w)]
    return bool(named and peoples) and not any(
        abs(k - i) <= NATIONALITY_REACH for i in peoples for k in named
    )


# A director named as the head of a jury or panel: "the jury, led by the French director
# Céline Marchetti" (her trade, not this film's direction).
_JURY_HEAD = re.compile(
    r"\b(?:led|chaired|headed|presided over)\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:film\s*)?director\b"
)
_DIRECTING = re.compile(r"\bdirect(?:s|ed|ing|or|ors)?\b|\bhelm", re.I)


def director_only_a_jurys_head(sequence: Sequence[str], passage: str) -> bool:
    """Whether a question asking who directed something meets a passage whose every word
    of directing names a jury's head by her trade: "who directed Fennaway Ridge" is not
    answered by "the jury, led by the French director Céline Marchetti, gave it the
    Golden Anchor"."""
    if sequence[:1] != ("who",) or not any(_DIRECTING.fullmatch(w) for w in sequence):
        return False
    heads = [m.span() for m in _JURY_HEAD.finditer(passage)]
    said = [m.start() for m in _DIRECTING.finditer(passage)]
    return bool(heads) and all(any(a <= at < b for a, b in heads) for at in said)


# Words that order a series' films, not name one: "the original Brackenhold".
_ORDERING = frozenset("original first new latest last next old previous earlier".split())


def named_longer(sequence: Sequence[str], names: Collection[str], words: Sequence[str]) -> bool:
    """Whether a name the question gives (a run of two or more of its `names` words in its
    normalized `sequence`) is nowhere in the passage's normalized `words` as it is, but
    there with an ordinary word inside it: "the Amblecote Mills Youth Band" for "the
    Amblecote Mills Band" (not a middle name: "Cornelius Aldwin Quarrowby")."""
    # (a name's words only: "the first Tidewright" is "the first film, Tidewright", and
    # "the original Brackenhold films" "the original films, Brackenhold")
    runs = [list(run) for run in mentions(sequence, names) if len(run) > 1]
    runs = [run for run in runs if all(w.isalpha() for w in run) and run[0] not in _ORDERING]
    text = f" {' '.join(words)} "
    if not runs or any(f" {' '.join(run)} " in text for run in runs):
        return False
    common = common_words()
    return any(
        words[i : i + len(run) - 1] == run[:-1]
        and words[i + len(run)] == run[-1]
        and words[i + len(run) - 1] in common
        for run in runs
        for i in range(len(words) - len(run))
    )
