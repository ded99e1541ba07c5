"""Opposites: pairs of words that answer opposite questions, and which side of a contrast
a question's particulars stand on.

"What is the record low for June?" is no question for "the record high was set in June,
while the record low was set in February", although that sentence has every word of it.
General English, nothing of any one article.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from itertools import pairwise

from bot.text import is_number, stem

# Pairs of lemmas that answer opposite questions. General English, both directions.
# (What is kept is no new one: "keeps its October release date"; what holds only in a
# place holds nowhere outside it: "the order applies only in the United States". A mother
# is no father, but a sister is of a brother: "Emma, sister of Richard" answers "who was
# Emma's brother", so kin of one generation are no pair.)
_ANTONYM_PAIRS = """
large small; big small; great small; increase decrease; rise fall; gain lose; win lose;
victory defeat; succeed fail; success failure; strength weakness; strong weak;
first last; before after; early late; earliest latest; begin end; start end; start stop;
north south; east west; northern southern; eastern western; high low; upper lower;
top bottom; old new; old young; ancient modern; most least; more less; maximum minimum;
major minor; public private; open close; accept reject; approve reject; approve refuse; favor reject; buy sell; add remove;
acquire sell; purchase sell;
import export; inner outer; internal external; positive negative; true false;
male female; man woman; birth death; bear die; rich poor; wet dry; hot cold; warm cool;
long short; wide narrow; heavy light; fast slow; allow forbid; allow prohibit;
agree disagree; legal illegal; include exclude; common rare; enter leave; arrive depart;
attack defend; north-west south-east; above below; inside outside; always never;
local outside; local foreign;
same different; lend borrow; give take; send receive; teach learn; love hate;
over under; more fewer; ally enemy; build demolish; build destroy; create destroy;
join leave; appoint dismiss; hire fire; rise decline; grow shrink; expand reduce;
permanent temporary; urban rural; domestic foreign; full empty;
start wrap; begin wrap; similar contrast; similar unlike; pre post;
establish dissolve; found dissolve; establish abolish; found abolish; create abolish;
even odd;
new keep; change keep; move keep; delay keep; replace keep; outside only;
global domestic; primary secondary; junior senior; indoor outdoor; amateur professional;
father mother; son daughter; uncle aunt; nephew niece; raise fall; raise cut;
""".replace("\n", " ")
ANTONYMS: dict[str, frozenset[str]] = {}
for _pair in _ANTONYM_PAIRS.split(";"):
    _words = _pair.split()
    if len(_words) == 2:
        _a, _b = _words
        ANTONYMS[_a] = ANTONYMS.get(_a, frozenset()) | {_b}
        ANTONYMS[_b] = ANTONYMS.get(_b, frozenset()) | {_a}
# ... and one way: "did it open" is denied by "shut", but "when was it shut" may be told by
# "opened in 1871 and closed in 1969"
ANTONYMS["open"] |= {"shut"}
# ... and "when did she become chair" by "she remained chair until 2015" (a spell told
# from its middle), though "she remained chair" is told by "became chair in 2006"
ANTONYMS["become"] = frozenset({"remain", "stay"})


def said_as_well(opposite: Collection[str], synonyms: Iterable[str]) -> bool:
    """Whether a passage saying an `opposite` of a question's term says the term too, by
    one of its `synonyms` with that same opposite: "when was it established" against
    "founded in 1187 and dissolved in 1537" (not "rebuilding had started": "start" is no
    opposite of "dissolve")."""
    return any(not ANTONYMS.get(w, frozenset()).isdisjoint(opposite) for w in synonyms)


# Opposites only as bounds of a number: "over 18" is not "under 18" (nor "over the age
# of 18"), but "pulled their entries over the documentary" is about it, and no "under
# pressure" denies that.
OF_A_NUMBER = frozenset("over under above below".split())
BOUND_REACH = 4  # "over the age of 18": the words to the number


def opposable(terms: Sequence[str], sequence: Sequence[str]) -> list[str]:
    """The question's `terms` and words (its normalized `sequence`) a passage's opposite
    word may deny: not the measure after "how" ("how big is the stage": its size, which
    "a small studio stage with 120 seats" gives)."""
    measured = {stem(b) for a, b in pairwise(sequence) if a == "how"}
    return [t for t in terms if t not in measured] + asked_opposites(sequence)


def asked_opposites(sequence: Sequence[str]) -> list[str]:
    """The question's words (normalized, in order) that have opposites, the bounds of
    `OF_A_NUMBER` only before a number."""
    return [
        w
        for i, w in enumerate(sequence)
        if w in ANTONYMS
        and (w not in OF_A_NUMBER or any(map(is_number, sequence[i + 1 : i + 1 + BOUND_REACH])))
        and not (i and sequence[i - 1] == "how")  # "how big is the stage": its size
        and tuple(sequence[i : i + 2]) not in SET_PHRASES  # "take place": no "give"
    ]


# Phrases whose verb has no opposite: "where will the concert take place" is not denied by
# "where the choir gave its first performance".
SET_PHRASES = frozenset({("take", "place"), ("take", "part")})


# Pairs that are no opposites ("the actor who plays X" is answered by "actress Y plays
# X") but split an awards list: "Y won Best Actor for A, and Z Best Actress for B" says
# nothing of "best actor for B". Read only where a passage sets one against the other,
# and on words, not lemmas (which fold "actress" into "actor").
SET_AGAINST: dict[str, frozenset[str]] = {
    "actor": frozenset({"actress"}),
    "actress": frozenset({"actor"}),
}


def awarded_the_other(
    asked: Iterable[str], particulars: Iterable[str], words: list[str]
) -> str | None:
    """ "Who won best actor for Copper Season?" against "Y won Best Actor for A, and Z was
    named Best Actress for Copper Season": the category last named before the question's
    particulars (`words`, the passage's) is the other one. Returns it."""
    wanted = set(particulars)
    # the categories named ("Best Actress"; "a stage actor, has been cast as X" is a person)
    categories = [
        (k, w) for k, w in enumerate(words) if k and words[k - 1] == "best" and w in SET_AGAINST
    ]
    for term in (t for t in asked if t in SET_AGAINST):
        for at in (i for i, w in enumerate(words) if w in wanted):
            before = [w for k, w in categories if k < at]
            if before and before[-1] != term:
                return before[-1]
    return None


# A win said otherwise than "won": "took home", "received", "claimed", "landed".
WINNING = frozenset("win take receive earn claim collect grant land scoop".split())
NOMINATED = frozenset("nominate nomination nominee shortlist nod".split())
# How far a nomination may follow a word of winning and make it one of being nominated:
# "received six Ulvenhall nominations", "earned her a Sabley Award nomination" (but "earned
# Castell his first Academy Award nomination and ... the statuette itself" won it).
NOMINATION_REACH = 5


def only_nominated(terms: Iterable[str], stems: list[str], words: list[str]) -> str | None:
    """ "Did X win the Quillmere Award?" against "X was nominated for the Quillmere
    Award": a nomination, and no word of winning, is no win. Returns the nomination."""
    # ("awarded" as written: the award's own name says nothing of winning it)
    won = any(
        s in WINNING and NOMINATED.isdisjoint(stems[k + 1 : k + 1 + NOMINATION_REACH])
        for k, s in enumerate(stems)
    )  # "received six nominations", "landed a nod" win nothing
    if "win" not in terms or won or "awarded" in words:
        return None
    return next((s for s in stems if s in NOMINATED), None)


def only_in_ages_or_times(stems: list[str]) -> set[str]:
    """ "Old" when a passage (its `stems`) says it only of ages ("the 81-year-old actor",
    "Ekdahl, 39 years old,"), which deny no "new" or "young"; "end" or "start" only of a
    time ("at the end of 2018"), which ends nothing: the words to leave out of its
    opposites."""
    ages = [stems[i - 1 : i] == ["year"] for i, s in enumerate(stems) if s == "old"]
    left = {"old"} if ages and all(ages) else set()
    for point in _POINTS_IN_TIME:
        times = [
            stems[i - 1 : i] == ["the"] and stems[i + 1 : i + 2] == ["of"]
            for i, s in enumerate(stems)
            if s == point
        ]
        left |= {point} if times and all(times) else set()
    return left


# Words that may name a point in a time: "at the end of 2018", "from the start of May".
_POINTS_IN_TIME = ("end", "start", "beginning", "close")


# Words that open a contrasting clause, and how many words of distance each adds: the
# month after "while" belongs to the clause after it.
CONTRASTS = frozenset("while whereas but however although though".split())
CLAUSE_GAP = 10
OPENING_WORDS = 4  # "in 1983, ...", "that year 1983 the ..."


def misread(terms: Iterable[str], particulars: Iterable[str], stems: list[str]) -> str | None:
    """ "What is the record low for June?" against "the record high was set in June, while
    the record low was set in February": when a passage sets a term against its opposite,
    the question's particulars (its months, numbers and names) must stand nearer the term
    than the opposite. Returns the opposite they stand by."""
    wanted = set(particulars)
    for term in terms:
        opposites = ANTONYMS.get(term, frozenset()) & set(stems)
        if term not in stems or not opposites:
            continue
        here = [i for i, s in enumerate(stems) if s == term]
        there = [i for i, s in enumerate(stems) if s in opposites]
        for particular in wanted:
            # (not one opening the sentence: "That year (1983) the family sold the
            # business to a management buy-out" dates all of it)
            at = [i for i, s in enumerate(stems) if s == particular and i >= OPENING_WORDS]
            # (nor a subject before both: "X, the start-up that raised $48 million, said it
            # would cut 140 jobs" is X's cut)
            at = [i for i in at if i > min(here) or i > min(there)]
            if at and _nearest(stems, at, there) < _nearest(stems, at, here):
                return stems[min(there, key=lambda j: _nearest(stems, at, [j]))]
    return None


def other_side(sequence: Sequence[str], terms: Sequence[str], stems: list[str]) -> str | None:
    """ "What's the average gradient on the southern approach?" against "the northern ramp
    climbs at an average gradient of 7.4 per cent, whereas the southern approach is
    longer": the question's term and its opposite stand in contrasting clauses, and what
    else it asks (but the noun the term is said of) is said only in the opposite's.
    Returns the opposite."""
    clauses = [0]
    for s in stems[:-1]:
        clauses.append(clauses[-1] + (s in CONTRASTS))
    for term in terms:
        opposite = ANTONYMS.get(term, frozenset()) & set(stems)
        ours = {clauses[i] for i, s in enumerate(stems) if s == term}
        theirs = {clauses[i] for i, s in enumerate(stems) if s in opposite}
        if not ours or not theirs or ours & theirs:
            continue
        heads = {stem(b) for a, b in pairwise(sequence) if stem(a) == term}  # "approach"
        rest = [
            {clauses[i] for i, s in enumerate(stems) if s == t}
            for t in terms
            if t != term and t not in heads and t in stems
        ]
        if rest and all(found <= theirs for found in rest):
            return min(opposite)  # one name for the contrast, whatever the hash seed
    return None


def _nearest(stems: list[str], at: list[int], others: list[int]) -> int:
    """The least distance from `at` to `others`, a contrasting clause between counting
    CLAUSE_GAP words more."""
    return min(
        abs(i - j) + CLAUSE_GAP * sum(w in CONTRASTS for w in stems[min(i, j) + 1 : max(i, j)])
        for i in at
        for j in others
    )


def is_superlative(word: str) -> bool:
    # "largest" (lemma "large"), "best" (lemma "good"); "west" and "forest" are their own lemma
    return word.endswith("est") and stem(word) != word


# Superlatives a passage may say another way: "the most snow" is "the heaviest snow",
# "the hottest day" the one with the "highest temperature".
SAME_EXTREMES = {
    "most": ("greatest", "largest", "highest", "heaviest", "biggest"),
    "largest": ("biggest", "greatest"),
    "biggest": ("largest", "greatest"),
    "hottest": ("highest", "warmest"),
    "tallest": ("highest", "maximum"),  # "the tallest peak": "whose highest point"
    "highest": ("tallest", "maximum"),
    "deepest": ("maximum", "greatest"),  # "the deepest point": "a maximum depth of 138 m"
    "longest": ("maximum", "greatest"),
    "coldest": ("lowest",),
    "earliest": ("1st",),  # "the earliest recorded match": "the first recorded match"
    "busiest": ("peak", "height"),  # "at its busiest": "at its peak"
    **{"closest": ("nearest",), "nearest": ("closest",)},
    "least": ("fewest", "lowest", "smallest"),
    "fewest": ("least", "lowest"),
    # "the top overseas market": "the largest overseas market"
    "top": ("largest", "biggest", "highest", "leading", "main", "principal", "best"),
    # exclusive words too: "in every film" is "in all four films", "the sole" "the only"
    "every": ("all", "each"),
    "all": ("every", "each"),
    "sole": ("only",),
    "only": ("sole",),
}


# "a record" is a superlative too, of the direction the word after it gives: "the record
# high temperature" is the hottest, "a record low" the coldest, "a record opening" the
# biggest. (Which noun it measures is checked as for any superlative.)
RECORD_HIGHS = frozenset("most largest biggest greatest highest hottest warmest".split())
RECORD_LOWS = frozenset("least fewest lowest smallest coldest".split())
_RECORD_DIRECTIONS = {"high": RECORD_HIGHS, "low": RECORD_LOWS}


def extreme_said(word: str, words: Sequence[str], asked: Sequence[str] = ()) -> str | None:
    """The passage's word (among its `words`) for the question's superlative `word`: the
    word itself, one saying the same extreme (`SAME_EXTREMES`), or "record" of the same
    direction; None if it has none, or only as "one of the oldest" when the question
    (`asked`) asks for the oldest itself."""
    alike = SAME_EXTREMES.get(word, ())
    at = list(asked).index(word) if word in asked else len(asked)  # the noun follows it
    if word in _SIZES and not QUANTITIES.isdisjoint(asked[at + 1 : at + 3]):
        alike = (*alike, "highest")  # "the biggest individual score": "the highest"
    said = next((w for w in (word, *alike) if w in words), None)
    if said is not None and asked:
        uses = [i for i, w in enumerate(words) if w == said]
        # ("ranked highest of 31 schools" is a rank, no highest number of pupils)
        quantity = not QUANTITIES.isdisjoint(asked[at + 1 : at + 3])
        uses = [i for i in uses if not (quantity and words[i - 1 : i] in _RANKING)]
        said = None if all(_below_the_top(words, i, asked) for i in uses) else said
    if said is None and word in RECORD_HIGHS | RECORD_LOWS:
        for i, w in enumerate(words[:-1]):
            if w == "record" and word in _RECORD_DIRECTIONS.get(words[i + 1], RECORD_HIGHS):
                return w
    return said


_RANKING = [[w] for w in "ranked rated placed ranks rates".split()]
# Sizes, which of a quantity "highest" says ("the biggest score"; no "highest city")
_SIZES = frozenset("biggest largest greatest".split())
QUANTITIES = frozenset("score total number figure amount sum price rate attendance crowd".split())


# A rank below the first, said before a superlative: "the fourth largest" (normalized "4th").
_RANK_BELOW_TOP = re.compile(r"(?:[2-9]|\d\d+)(?:st|nd|rd|th)")


def _below_the_top(words: Sequence[str], at: int, asked: Sequence[str]) -> bool:
    """Whether the superlative at `at` ranks its thing below the top where the question
    (`asked`) asks for the top itself: "one of the oldest", "the fourth largest opening
    of 2024" are not the oldest or the biggest."""
    ranked = at > 0 and _RANK_BELOW_TOP.fullmatch(words[at - 1]) is not None
    ranked_asked = any(_RANK_BELOW_TOP.fullmatch(w) for w in asked)
    return (_one_of(words, at) and not _one_of(asked, len(asked))) or (ranked and not ranked_asked)


def _one_of(words: Sequence[str], at: int) -> bool:
    """Whether "one of the" (normalized "1 of the") or "among the" comes just before `at`
    (or anywhere, for `at` past the end)."""
    before = " ".join(words[max(0, at - 4) : at] if at < len(words) else words)
    return any(f" {w} " in f" {before} " for w in ("1 of the", "among the"))


# Superlatives of time, which a question about now asks only as "the newest": a passage
# gives it by its date ("at the 2020 census"), not by the word.
RECENCY = frozenset("latest newest".split())
NOW = frozenset("now currently current today".split())


# Counts taken now and again, whose latest a passage names by its year: "at the 2021 census".
COUNTED_RECENTLY = frozenset("census survey count estimate".split())


def latest_count(sequence: Sequence[str], at: int) -> bool:
    """Whether "latest", "newest" or "most recent" at `at` is said of a count taken now
    and again: "at the most recent census"."""
    recent = sequence[at] in RECENCY or tuple(sequence[at : at + 2]) == ("most", "recent")
    return recent and not COUNTED_RECENTLY.isdisjoint(sequence[at + 1 : at + 3])


def superlative_at(sequence: Sequence[str], at: int) -> bool:
    """Whether the word at `at` is a superlative: "largest", or "most"/"least" after
    "the" ("the most nominations"; not "most schools are", "Harvard's most intense")."""
    word = sequence[at]
    if word in RECENCY and not NOW.isdisjoint(sequence):
        return False  # "the population now (latest census)": the newest, as dates say it
    return is_superlative(word) or (
        word in ("most", "least", "top") and at > 0 and sequence[at - 1] == "the"
    )


COMPOUND_HEAD_MIN = 4  # letters of a noun that may open a closed compound ("snow-fall")


def apart(words: list[str], stems: list[str], word: str, noun: str, reach: int) -> bool:
    """Whether the passage has both `word` and `noun` but never within `reach` words (the
    noun whole, or opening a closed compound: "the most snow" is "the heaviest snowfall")."""
    at = [i for i, w in enumerate(words) if w == word]
    opens = len(noun) >= COMPOUND_HEAD_MIN
    near = [j for j, s in enumerate(stems) if s == noun or (opens and s.startswith(noun))]
    # "Eleven shafts were sunk ..., the deepest of which": of the nouns named before it
    back = [i for i in at if words[i + 1 : i + 3] in _REFERRING_BACK and any(j < i for j in near)]
    return bool(at and near) and not back and all(abs(i - j) > reach for i in at for j in near)


_REFERRING_BACK = [["of", w] for w in "which them these those".split()]
