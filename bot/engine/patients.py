"""Whose passive a passage states, when it never names the thing a question asks of.

"When was the club founded?" is not answered by "a women's team was founded in 2017":
the passage has the asked verb in the passive, but what it happened to is a thing of its
own, introduced by "a" before "was". (A name there, "Athletic was founded", or a
pronoun, "it was founded", may be the club, and word order cannot tell.)
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.concepts import GENERAL_CONCEPTS
from bot.engine.kinds import MONTHS
from bot.engine.names import SUBJECT_PRONOUNS
from bot.engine.passive import is_participle, is_passive, is_past_form
from bot.engine.verbforms import DO
from bot.text import DETERMINERS, GLUE, POSSESSIVES, stem

# Words that introduce a thing of its own: "a women's team" (not "the company", which
# may be the studio asked about by another word).
_OPENERS = frozenset("a an another".split())
# How many words before "was" the opener of its subject may stand: "a women's team".
OPENER_REACH = 3
# Adverbs between "was" and its participle: "was later founded", "was first built".
_BETWEEN = frozenset("also later first then originally formally officially".split())


# How far before a verb a subject pronoun stands: "it was later sold", "in 1950 he married".
PRONOUN_REACH = 3


def pronoun_before(stems: Sequence[str], at: int) -> bool:
    """Whether a subject pronoun stands just before the verb at `at`: the one a question
    asks of may be the one it means."""
    return not SUBJECT_PRONOUNS.isdisjoint(stems[max(0, at - PRONOUN_REACH) : at])


OBJECT_HEAD_REACH = 5  # words after a verb its object may stand: "blocked its only access road"
SUBJECT_SLOT_REACH = 3  # ... and before it, its subject: "a Norman named Oursel led"


def object_follows(objects: Sequence[str], stems: Sequence[str], at: int, said: str) -> bool:
    """Whether a word of the question's object (its content words `objects`: "road" of
    "the only road into Kolturvik") stands right after the active verb at `at`, where an
    object goes, and none in its subject's place right before it: "Kolturvik ... was cut
    off after a landslide blocked its only access road" (but "what Frank led Norman
    forces" is not answered by "a Norman named Oursel led a force of Franks"). Only a verb
    in the past (`said`, as the passage has it) is read so: "the Glass Flowers exhibit"
    has no verb."""
    asked = {stem(o) for o in objects}
    after = stems[at + 1 : at + 1 + OBJECT_HEAD_REACH]
    # (a time the question adds is none of its object: "brought down poles in November")
    things = {o for o in asked if o not in MONTHS and not o.isdigit()}
    before = stems[max(0, at - SUBJECT_SLOT_REACH) : at]
    return is_participle(said) and not asked.isdisjoint(after) and things.isdisjoint(before)


def pronoun_opens(stems: Sequence[str], at: int) -> bool:
    """Whether the verb at `at` has a subject pronoun just before it that opens the
    sentence, past only words of time and place ("In 1950 he married"): it means someone
    a sentence before named, who may be the one asked of (not "the team ... (it won"), whom
    the sentence names itself)."""
    near = range(max(0, at - PRONOUN_REACH), at)
    return any(
        stems[k] in SUBJECT_PRONOUNS and all(s in GLUE or s.isdigit() for s in stems[:k])
        for k in near
    )


def another_patient(stems: list[str], verb: str, subject: Sequence[str]) -> bool:
    """Whether every passive use of `verb` in the passage (`stems`) has a subject of its
    own, a noun after "a" that is none of the question's `subject` stems."""
    uses = [k for k, s in enumerate(stems) if s == verb and is_passive(stems, k)]
    return bool(uses) and all(_subject_of_its_own(stems, k, subject) for k in uses)


def passage_verb(word: str, stems: Sequence[str], in_passive: Collection[str]) -> str | None:
    """The passage's stem for a question's verb `word`: its own, when the passage has it in
    the passive or `word` has a participle's form, else a paraphrase the passage has
    ("when were the Stags formed": "the club founded")."""
    own = stem(word)
    if own in in_passive or (is_participle(word) and own in stems):
        return own
    if not is_past_form(word):
        return None
    mates = GENERAL_CONCEPTS.mates(own)
    return next(
        (s for k, s in enumerate(stems) if s in mates and (s in in_passive or _acts(stems, k))),
        None,
    )


def _acts(stems: Sequence[str], at: int) -> bool:
    """Whether the word at `at` is an active verb done to a thing: "the club founded a
    team" (not "a prize nomination in 2024", a noun)."""
    return stems[at + 1 : at + 2] in (["a"], ["an"], ["another"], ["the"]) and (
        at == 0 or stems[at - 1] not in DETERMINERS
    )


# How many words after an active verb its new object ("a women's team") may name its head.
NEW_OBJECT_REACH = 6


def new_object(stems: Sequence[str], at: int, subject: Sequence[str]) -> bool:
    """Whether the active verb at `at` is done to a new thing of its own, opened by "a" and
    without the head noun of the question's `subject`: "the club founded a women's team,
    the Sullomfield Does" founded no Sullomfield Stags."""
    return (
        bool(subject)
        and stems[at + 1 : at + 2] in (["a"], ["an"], ["another"])
        and subject[-1] not in stems[at + 2 : at + 2 + NEW_OBJECT_REACH]
    )


def _subject_of_its_own(stems: Sequence[str], at: int, subject: Sequence[str]) -> bool:
    k = at - 1
    while k > 0 and (stems[k] in _BETWEEN or stems[k].endswith("ly")):
        k -= 1
    if k < 2 or stems[k] != "be":
        return False
    head = stems[k - 1]
    opened = any(s in _OPENERS for s in stems[max(0, k - 1 - OPENER_REACH) : k - 1])
    return opened and head.isalpha() and head not in DETERMINERS and head not in subject


def asked_object_before(
    words: Sequence[str], verb: str, stems: list[str], at: int, reach: int
) -> bool:
    """Whether the passage's passive `verb` at `at` is done to the question's object (its
    words after the verb), standing within `reach` before it: "where does the council
    hold its meetings" against "Its meetings are held at X", which names no doer."""
    if not is_passive(stems, at):
        return False
    asked = next((i for i, w in enumerate(words) if stem(w) == verb), len(words))
    objects = {stem(w) for w in words[asked + 1 :] if w not in GLUE}
    return not objects.isdisjoint(stems[max(0, at - reach) : at])


# What a "who" question's object opens on: a thing already known ("who founded the choir").
_KNOWN = frozenset("the its this that their his her".split())


def another_object(words: Sequence[str], stems: list[str]) -> str | None:
    """ "Who founded the choir?" read against "In 2007 the Consort founded an associated
    youth ensemble": every active use of the asked verb in the passage has a thing for its
    subject and is done to a new thing of its own (after "a"), none of the question's
    object. Or every founding in the passage makes someone's "own" thing: "left in 1937 to
    set up her own studio" founded no firm asked of. Returns that verb."""
    if (own := _own_new_thing(words, stems)) is not None:
        return own
    if (opened := _opened_another(words, stems)) is not None:
        return opened
    if len(words) < 4 or words[0] != "who" or words[2] not in _KNOWN:
        return None
    verb = stem(words[1])
    if verb == words[1]:
        return None  # "who is the chair": no past verb of the asker's
    objects = {stem(w) for w in words[3:] if w not in GLUE}
    uses = [k for k, s in enumerate(stems) if s == verb]
    done_to_a_new_thing = all(
        not is_passive(stems, k)
        and _a_thing_before(stems, k)
        and stems[k + 1 : k + 2] in (["a"], ["an"], ["another"])
        and objects.isdisjoint(stems[k + 1 : k + 1 + OBJECT_REACH])
        for k in uses
    )
    return verb if uses and done_to_a_new_thing else None


# Verbs a thing does itself ("when did the archive open") or does to another ("the archive
# opened a reading room"); and what opening is the thing's own all the same.
_SELF_OR_OTHER = frozenset("open reopen close start begin launch".split())
_OWN_OPENING = frozenset("door doors gate gates".split())  # "opened its doors in 1962"
_OBJECT_OPENERS = DETERMINERS | POSSESSIVES | {"another"}
_TIMELY = frozenset("following next same previous last year day week month end beginning".split())


def _opened_another(words: Sequence[str], stems: list[str]) -> str | None:
    """ "When did the Aldermouth Archive first open?" (the verb with no object of its own)
    against "the Aldermouth Archive, which opened a dedicated reading room in 1962": every
    active use of the verb in the passage is done to another thing. Returns the verb."""
    asked = [i for i, w in enumerate(words) if stem(w) in _SELF_OR_OTHER]
    if words[:1] != ("when",) or len(asked) != 1 or not DO.intersection(words[: asked[0]]):
        return None
    at = asked[0]
    if words[at + 1 : at + 2] and words[at + 1] in _OBJECT_OPENERS | {"on", "up"}:
        return None  # "when did it open its new wing", "when did it open up"
    verb = stem(words[at])
    uses = [k for k, s in enumerate(stems) if s == verb]
    aux = max(i for i, w in enumerate(words[:at]) if w in DO)
    subject = {stem(w) for w in words[aux + 1 : at] if w not in GLUE}
    done_to_another = all(
        not is_passive(stems, k)
        # (not "the dukes began a programme of church reform" for the reform's beginning)
        and subject.isdisjoint(stems[k + 1 : k + 1 + OBJECT_REACH])
        and stems[k + 1 : k + 2] != []
        and stems[k + 1] in _OBJECT_OPENERS
        and _OWN_OPENING.isdisjoint(stems[k + 1 : k + 4])
        and _TIMELY.isdisjoint(stems[k + 2 : k + 3])  # "opened the following year"
        for k in uses
    )
    return verb if uses and done_to_another else None


def _a_thing_before(stems: Sequence[str], k: int) -> bool:
    """Whether the verb at `k` has a thing for its subject, "it" or "the X" right before
    it ("the Consort founded"): the thing asked of, called by another word. (Someone
    named, "Henry Marsh founded a shipyard", may have founded the company asked of.)"""
    return stems[k - 1 : k] == ["it"] or (k >= 2 and stems[k - 2] == "the")


OBJECT_REACH = 6  # "founded an associated youth ensemble, Consort Young Voices"


# Verbs that make a new thing, and what says whose it is: "to set up her own studio".
FOUNDING = frozenset("found establish start launch form create open".split())
_OWN = frozenset((owner, "own") for owner in POSSESSIVES)  # "her own", "their own"


def _own_new_thing(words: Sequence[str], stems: list[str]) -> str | None:
    """The founding verb a question asks (its normalized `words`) when each founding in
    the passage (`stems`; "set up" too) makes someone's own thing ("her own studio")."""
    asked = next((s for s in map(stem, words) if s in FOUNDING), None)
    if asked is None or "own" in words:
        return None
    made_at = [  # where each founding's object starts
        k + 2 if s == "set" else k + 1
        for k, s in enumerate(stems)
        if s in FOUNDING or (s == "set" and stems[k + 1 : k + 2] == ["up"])
    ]
    owned = all(tuple(stems[k : k + 2]) in _OWN for k in made_at)
    return asked if made_at and owned else None


_RELATIVES = frozenset("who which that".split())
RELATIVE_REACH = 6  # words before "who" its antecedent may take: "the minister X, 52, who"


def doer_of_a_clause(stems: Sequence[str], at: int, subject_at: Sequence[int]) -> bool:
    """Whether the verb at `at` is done in a clause by another than the question's subject
    (said before it, at `subject_at`): "Queen Maren, whose brother had married Ilse"; or
    it opens a relative clause ("..., who took office") whose antecedent stands far from
    every place the subject is said: "he (X) was replaced by Y, previously deputy mayor of
    Z, who took office on 3 June" tells when Y took office."""
    if "whose" in stems[max(subject_at) : at]:
        return True
    rel = next((k for k in (at - 1, at - 2) if k >= 0 and stems[k] in _RELATIVES), None)
    return rel is not None and all(k < rel - RELATIVE_REACH for k in subject_at)
