"""Whose act a participle set off by a comma tells.

"The club also runs a youth academy, founded in 2009, and a women's side": the academy
was founded in 2009, not the club. A passage telling another thing's act this way says
nothing of the one asked about, so the next passage is worth reading ("The club was
founded in 1887 by ..."), as after "Gwaltor founded Gwimble Animation" for "who founded
Kraxton".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from bot.engine.passive import is_participle
from bot.engine.phrasewords import adjacent_phrase
from bot.engine.verbforms import BE
from bot.text import GLUE, normalize, stem

# A participle right after a comma: ", founded in 2009", ", built by masons".
_SET_OFF = re.compile(r",\s+([a-z]+)\b")


def of_another(names: Collection[str], words: Collection[str], passage: str, verb: str) -> bool:
    """Whether a passage whose roles contradict the question's `verb` tells another
    thing's act: it names none of the question's `names`, or it has the verb only as a
    participle set off by a comma."""
    if names and all(n not in words for n in names):
        return True
    forms = [w for w in re.findall(r"[a-z]+", passage.lower()) if stem(w) == verb]
    set_off = set(_SET_OFF.findall(passage.lower()))
    return bool(forms) and all(f in set_off for f in forms)


# How many words before a set-off participle may name what it tells of: "a youth academy"
# (or a thing of another's: "the college's alumni association, founded in 1909").
NOUN_REACH = 4
_INTRODUCED = re.compile(
    rf"\b(?:a|an|[\w-]+['\u2019]s)\s+((?:[\w'-]+\s+){{0,{NOUN_REACH - 1}}}?[\w'-]+),\s+([a-z]+)\b"
)


def participle_of_another(sequence: Sequence[str], passage: str) -> str | None:
    """ "When was the women's side founded?" read against "... runs a youth academy,
    founded in 2009, and a women's side": the participle set off by a comma tells of the
    thing it follows, introduced with "a", which is none of the question's subject.
    Returns the verb."""
    be = next((i for i in (1, 2) if len(sequence) > 3 and sequence[i] in BE), 0)
    if not be:
        return None
    asked = {stem(w): i for i, w in enumerate(sequence) if i > be and is_participle(w)}
    # ... or a phrase's: "when was the college set up" asks when it was founded
    asked |= {p: i for i in range(be + 1, len(sequence)) if (p := adjacent_phrase(sequence, i))}
    introduced = _INTRODUCED.findall(passage.lower()) + _INTRODUCED_NAMED.findall(passage)
    if not introduced:
        return None  # most passages: no other thing introduced, nothing more to read
    said = [stem(w) for w in re.findall(r"[a-z]+", passage.lower())]
    of_others = [stem(participle) for _, participle in introduced]
    for noun, participle in introduced:
        verb = stem(participle)
        if verb not in asked or said.count(verb) > of_others.count(verb):
            continue  # ... but "it was founded in 1859, and its academy, founded in 2009"
        subject = {stem(w) for w in sequence[be + 1 : asked[verb]] if w not in GLUE}
        if subject and subject.isdisjoint(stem(w) for w in normalize(noun).split()):
            return verb
    return None


# ... or with its name set off too, and "was" before the participle: "a women's team,
# Mossbridge Albion Ladies, was founded in 2004" (a team, not the club)
_INTRODUCED_NAMED = re.compile(
    rf"\b(?i:a|an)\s+((?:[\w'-]+\s+){{0,{NOUN_REACH - 1}}}?[\w'-]+),\s+"
    r"(?:[A-Z][\w'-]*\s+){0,4}[A-Z][\w'-]*,\s+(?:was|were)\s+([a-z]+)\b"
)


# "a seed bank that was opened in 1998": a relative clause telling of a thing it
# introduces with "a".
_RELATIVE_OF = re.compile(
    rf"\b(?:a|an)\s+((?:[\w'-]+\s+){{0,{NOUN_REACH - 1}}}?[\w'-]+)\s+(?:that|which)\s+"
    # ("a charity founded that year": "that" a determiner of a time, no relative pronoun)
    r"(?!(?:year|month|week|day|season|summer|winter|spring|autumn|time)\b)"
    # (or its object: "a school that the Tennants had built")
    r"(?:(?:the|his|her|their|its)\s+(?:[\w'-]+\s+){1,2}(?:had|has|have)\s+)?"
    r"(?:(?:was|were|has been|had been|is|are)\s+)?([a-z]+)\b"
)


# ... or a participle right after it, the relative clause cut short: "a guild founded
# in 1402".
_REDUCED_OF = re.compile(
    rf"\b(?:a|an)\s+((?:[\w'-]+\s+){{0,{NOUN_REACH - 1}}}?[\w'-]+)\s+([a-z]+ed)\s+"
    r"(?:in|on|by|during)\b"  # (not "a deal valued at": the sale's sum)
)


_DEFINING = re.compile(r"\b(?:is|was|are|were|be|been|remains|became)\s+$")


def relative_of_another(
    sequence: Sequence[str], passage: str, said_for: Collection[str] = ()
) -> str | None:
    """ "What year did Mazkerell open?" read against "it holds ... a seed bank that was
    opened in 1998": every use of the asked verb (or of the passage's words for it,
    `said_for`: "founded" for "started") is in a relative clause of a thing the passage
    introduces with "a", which the question does not name. Returns the verb."""
    if sequence[:1] == ("who",):
        return None  # who did it: the doer's check reads the clause (`doers`)
    named = {stem(w) for w in sequence[1:] if w not in GLUE}
    asked = named | set(said_for)
    lowered = passage.lower()
    # each verb once, by where it stands ("a seed bank that was opened in" is both forms)
    found = {
        m.start(2): (m[1], stem(m[2]))
        for pattern in (_REDUCED_OF, _RELATIVE_OF)
        for m in pattern.finditer(lowered)
        # (but "X was a royal dynasty that ruled Y" defines X: its act)
        if not _DEFINING.search(lowered[: m.start()])
        # (a noun's own words: not "an ash leaf is featured on", "a gallery after she died")
        and all(w == "of" or w not in GLUE for w in m[1].split())
        and not _set_beside(lowered[: m.start()], named)
    }
    told = [(noun, verb) for noun, verb in found.values() if verb in asked]
    if not told:
        return None
    uses = sum(1 for w in normalize(passage).split() if stem(w) in {v for _, v in told})
    others = all(named.isdisjoint(stem(w) for w in normalize(noun).split()) for noun, _ in told)
    return told[0][1] if others and uses == len(told) else None


APPOSITION_REACH = 4  # words before "a" that may name what it calls: '"The X Affair," an'


def _set_beside(before: str, named: Collection[str]) -> bool:
    """Whether the thing "a" introduces is set beside a name the question asks of, as
    its apposition: '"The Olthwater Affair," an eight-episode thriller that begins ...'."""
    if not before.rstrip().endswith((",", ',"', ",\u201d")):
        return False
    return not set(named).isdisjoint(stem(w) for w in normalize(before).split()[-APPOSITION_REACH:])


def apposed(before: list[str], objects: tuple[str, ...]) -> bool:
    """Whether the noun a participle follows is set beside an object, an article between:
    "the Ostvik Harbour Trust, a small charity founded by" (the comma is gone), "the
    Varrow Building, a neoclassical library on Minster Square designed by"."""
    return any(
        before[-k : -k + 1] in (["a"], ["an"]) and before[-k - 1 : -k] and before[-k - 1] in objects
        for k in APPOSED_NOUN_WORDS
    )


# How far back the article may stand: "a charity" (2) to "a neoclassical library on
# Minster Square" (6); the object's word must come right before it.
APPOSED_NOUN_WORDS = range(2, 7)
