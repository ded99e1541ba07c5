"""Which word of a question is its verb, by the form its auxiliary asks for: after "did"
the bare verb ("did the Saint-Evroul monks establish": not "monks"), after "was" or "has"
a participle ("was North America's first printing press started": not "press"), after
"is" an -ing form too. Read from normalized words, as `bot.engine.roles` reads them."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from bot.engine.closed import CLOSED_PARTICLES
from bot.engine.passive import is_participle
from bot.text import DETERMINERS, GLUE, is_number, is_ordinal, stem

if TYPE_CHECKING:
    from bot.concepts import Concepts

BE = frozenset("was were is are been being be".split())
# Participles written as their verb ("which city is it set in", "when was it cast").
SAME_FORM_PARTICIPLES = frozenset("set put cut shut cast hit let spread split quit".split())
# Auxiliaries whose verb is a participle ("was it started", "has she left"); the BE ones
# take a progressive too ("is she writing"). The rest take the bare verb ("did they build").
_PARTICIPLE_AUXILIARIES = BE | frozenset("has have had".split())
# Articles: before a copula question's noun that stands where its verb would ("is France
# a region of", whose roles read like a verb's), and opening an object after a verb.
ARTICLES = frozenset("a an the".split())


def fits_auxiliary(aux: str, word: str) -> bool:
    """Whether `word` can be the verb a question's auxiliary `aux` opens, by its form: "did
    the Saint-Evroul monks establish" has its verb in "establish", not "monks"; "what is
    the Irish term for private schools" none, "private" being no participle; nor "what
    did it end up grossing" in "up", a particle."""
    if word in _PARTICLES:
        return False
    if aux in _PARTICIPLE_AUXILIARIES:
        return (
            is_participle(word)
            or word in SAME_FORM_PARTICIPLES
            or (aux in BE and word.endswith("ing"))
        )
    inflected = word.endswith("s") and not word.endswith("ss") and stem(word) != word
    return not inflected and not (is_participle(word) and word.endswith("ed"))


# A phrasal verb's particles, which are no verb of their own (`fits_auxiliary`).
_PARTICLES = frozenset("up out off down away back over".split())


def predicate_noun(words: tuple[str, ...], aux: int, i: int) -> bool:
    """Whether the word at `i` is a copula question's noun right after its subject and an
    article ("what is France a region of"), whose roles read like a verb's; not a noun
    after a preposition ("how long was the ovation at the premiere")."""
    before = words[i - 2]
    return words[aux] in BE and words[i - 1] in ARTICLES and before not in GLUE | _PREPOSITIONS


# Prepositions GLUE leaves out: "who was the engineer behind the carriage road".
_PREPOSITIONS = frozenset(
    """behind under over beside near above below between among across through along
    around inside outside within beyond toward towards against during after before""".split()
)


def modifier(words: tuple[str, ...], i: int, names: frozenset[str]) -> bool:
    """Whether the -ing word at `i` modifies the noun after it ("graduating students"),
    rather than being a verb with its object ("directing Gull Harbor", "writing the")."""
    after = words[i + 1] if i + 1 < len(words) else ""
    return words[i].endswith("ing") and after.isalpha() and after not in GLUE and after not in names


def said_as_asked(
    words: Sequence[str],
    stems: Sequence[str],
    terms: Sequence[str],
    asked: Collection[str],
    known: Concepts,
) -> list[str]:
    """A passage's stems with its verbs' forms that say a question's term another way
    written as that term, for reading roles: "when was the railroad founded" against "the
    railroad established a station". Only a participle or an -ing form: a noun ("the
    University") is no verb whose roles could be read, nor a particle ("come out")."""
    return [
        next(
            (
                t
                for t in terms
                if t not in CLOSED_PARTICLES and s in known.mates(t) and not _converse(t, s)
            ),
            s,
        )
        if s not in asked and (is_participle(w) or w.endswith("ing"))
        else s
        for w, s in zip(words, stems, strict=True)
    ]


# Verbs of giving and of getting share a concept ("@receive") with their roles swapped:
# "the village was granted a charter" is "the village received a charter".
GIVING = frozenset("give grant award hand bestow".split())
GETTING = frozenset("receive get gain earn obtain win collect".split())


def _converse(term: str, stem: str) -> bool:
    """Whether a question's `term` and a passage's `stem` are converse acts, one of giving
    and one of getting, whose roles read the other way round."""
    return {term, stem} <= GIVING | GETTING and (term in GIVING) != (stem in GIVING)


# The auxiliary "do", after whose subject the question's verb comes in its base form:
# "who did Queen Maren swear loyalty to?" asks whom the queen swore to, so the queen is
# the subject and stands before the verb.
DO = frozenset("did does do".split())


def verb_unsaid(
    words: Sequence[str], aux: int, names: Collection[str], stems: Collection[str]
) -> bool:
    """Whether a question with "do" ("what century did the Normans first gain their
    identity") has its verb, the first word after the named subject (past adverbs and
    ordinals), missing from the passage (its `stems`): the nouns after it are no verb."""
    if words[aux] not in DO:
        return False
    k = aux + 1
    while k < len(words) and (words[k] in names or words[k] in DETERMINERS):
        k += 1
    if k == aux + 1 or not any(w in names for w in words[aux + 1 : k]):
        return False  # no named subject to read past
    while k < len(words) and (is_number(words[k]) or words[k].endswith("ly")):
        k += 1  # "first" (normalized "1st"), "finally"
    return k < len(words) and words[k].isalpha() and stem(words[k]) not in stems


# Adverbs between a question's subject and verb ("did Ostvik only have", "did it finally")
# or after it ("how much did it pull in worldwide").
# What a bare verb follows: "did she found", "to found" ("was it found" is "find").
_BARE_OPENERS = DO | frozenset("to will would could can should may might must".split())
BARE_REACH = 4  # words from the auxiliary to its verb: "did Queen Isolde found"


def bare_verb(words: Sequence[str], i: int) -> bool:
    """Whether `words[i]` is a bare verb after an auxiliary or "to", no copula between:
    the "found" of "what did Queen Isolde found" is to found, not "find"."""
    before = list(words[max(0, i - BARE_REACH) : i])
    opened = [k for k, w in enumerate(before) if w in _BARE_OPENERS]
    return bool(opened) and BE.isdisjoint(before[opened[-1] :])


_ADVERBS = frozenset(
    "only also first ever still later once never always just even worldwide overseas abroad".split()
)
ADVERB_MIN_LETTERS = 4  # an -ly word longer than "ally"


def no_verb(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` of a question, whatever its form, is no verb: an adverb,
    or a preposition's object ("did the natives in Ostvik take it": no "Ostvik" done;
    "did passenger numbers on the route decline": no "route")."""
    word = words[i]
    if i and words[i - 1] in _PLACING:
        return True
    if i > 1 and words[i - 1] in DETERMINERS and words[i - 2] in _PLACING | _OF_A_NOUN:
        return True
    return word in _ADVERBS or (word.endswith("ly") and len(word) > ADVERB_MIN_LETTERS)


_PLACING = frozenset("in at near".split())
_OF_A_NOUN = frozenset("on of for from with into about".split())  # before "the" and a noun


def after_noun_opener(stems: Sequence[str], k: int) -> bool:
    """Whether the word at `k` follows a determiner or an ordinal, so names a thing: "a
    third attack", but not "were first encouraged", where the ordinal is an adverb."""
    if not k or not names_a_noun(stems[k - 1]):
        return False
    return not (k > 1 and stems[k - 2] in ("be", "have") and stems[k - 1] not in DETERMINERS)


def names_a_noun(word: str) -> bool:
    """Whether a word after `word` names a thing: after a determiner or an ordinal."""
    return word in DETERMINERS or ordinal_word(word)


def ordinal_word(word: str) -> bool:
    """ "3rd", or an ordinal a stem keeps as a word ("first", "last", "next")."""
    return word in _ORDINALS or is_ordinal(word)


_ORDINALS = frozenset("first second third fourth fifth last next final".split())


def in_relative(words: Sequence[str], start: int, i: int) -> bool:
    """Whether a question's word at `i` is a verb of a relative clause opened after
    `start` ("what were the women who broke ore called"), not its own verb, which may
    end the question ("who did the man who bought it marry")."""
    return i < len(words) - 1 and not _RELATIVES.isdisjoint(words[start:i])


_RELATIVES = frozenset("who which that".split())


def names_noun(
    words: Sequence[str], i: int, names: Collection[str], stems: Collection[str]
) -> bool:
    """Whether the question word at `i` is the noun a name before it modifies, with the
    verb after it (one a passage, its `stems`, has): "did the Holmbrae distillery close"
    (not "did Western Europe control Cyprus")."""
    after = words[i + 1] if i + 1 < len(words) else ""
    named = i > 1 and words[i - 1] in names and words[i - 2] in DETERMINERS
    return named and after not in GLUE and stem(after) in stems
