"""Whether what a question attaches to a thing the passage attaches to it too: whose it is
("Ilse's charter" is not her rival's), what its prepositions take ("sailed from Ostvik"
is not "sailed to Ostvik", "on the mainland" not "outside the mainland"; "from whom"
needs a source), which body's name it writes ("the Faculty of Education" is not "the
Faculty of Humanities and Education"), and whether a film it names is more than an aside
("best known for "Low Water"" says nothing more of that film)."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.concepts import GENERAL_CONCEPTS, Concepts
from bot.engine import asides, owners, phrases
from bot.engine.verdicts import PASS, Verdict
from bot.text import DETERMINERS, stem

if TYPE_CHECKING:
    from bot.engine.premise import Asked


def verdict(
    question: Asked,
    passage: str,
    words: list[str],
    stems: list[str],
    same: set[str],
    known: Concepts = GENERAL_CONCEPTS,
) -> Verdict:
    """A contradiction when the passage (as written, its normalized `words` and `stems`;
    `same`: what else is said of it) attaches the question's owner, phrase or film to
    something else, no answer when it names no source asked "from whom"; else PASS. The
    passage may call an owner by another word (`known`): "the programme's theme tune" for
    "the show's theme"."""
    alike = {w for owner, _ in question.owned for w in (owner, *known.sharing([owner], stems))}
    asked = (*question.owned, *owners.of_a_name(question.sequence, question.capitals))
    thing = owners.other_owner(asked, passage, stems, same | (alike - {*question.names}))
    thing = thing or owners.other_kin(question.owned, passage, question.names)  # "X's niece"
    if thing is not None:
        return Verdict.fail("contradicts", f"whose {thing}")
    if question.film_names and asides.only_aside(passage, question.film_names, question.terms):
        return Verdict.fail("contradicts", "known for")  # "best known for "Low Water""
    phrase = phrases.detached(question.sequence, words) or phrases.proper_modifier_moved(
        question.sequence, question.capitals, words
    )
    phrase = phrase or another_name_of(question.sequence, question.capitals, words, passage)
    phrase = phrase or outside_instead(question.sequence, words)
    phrase = phrase or since_instead(question.sequence, words)
    phrase = phrase or other_than_alone(question.sequence, words)
    if not phrase and source_unsaid(question.sequence, words):
        return Verdict.fail("no_answer", "from whom")
    if not phrase and recipient_unnamed(question.sequence, words):
        return Verdict.fail("no_answer", "to whom")
    return Verdict.fail("contradicts", phrase) if phrase else PASS


# Where a question puts a thing, and the word that puts it anywhere but there.
_WITHIN = frozenset("in on at inside within".split())
_OUTSIDE = "outside"


def outside_instead(sequence: tuple[str, ...], words: list[str]) -> str | None:
    """ "the first store to open on the mainland" against "the chain's first outside the
    mainland": the place the question puts it in (after "in", "on", "at"), which the
    passage has only after "outside". Returns the question's phrase."""
    for i, word in enumerate(sequence[:-1]):
        if word not in _WITHIN:
            continue
        place = next((w for w in sequence[i + 1 : i + 3] if w not in DETERMINERS), None)
        if place is None or place not in words:
            continue
        before = [words[k - 2 : k] for k, w in enumerate(words) if w == place]
        if all(_OUTSIDE in pair and _WITHIN.isdisjoint(pair) for pair in before):
            return f"{word} {place}"
    return None


# Verbs a passage tells a source with but "from": "X sold the farm to the college".
_GIVING = frozenset("sell give grant hand lend donate bequeath leave supply offer".split())


def source_unsaid(sequence: tuple[str, ...], words: list[str]) -> bool:
    """Whether a "from whom" question ("from whom did the college buy the farm") is read
    against a passage with no "from" nor a giver's verb: "the farm, bought in 1921,
    keeps its herd" says nothing of who sold it."""
    if sequence[:2] != ("from", "whom"):
        return False
    return "from" not in words and _GIVING.isdisjoint(stem(w) for w in words)


# Words a recipient no one named is given with: "sold to a private owner".
_UNNAMED = frozenset("a an some one".split())


def recipient_unnamed(sequence: tuple[str, ...], words: list[str]) -> bool:
    """Whether a "to whom" question ("to whom did the community sell the brewery") is read
    against a passage giving the thing only to someone unnamed: "it was sold to a private
    owner in 1869"."""
    if "whom" not in sequence or "to" not in sequence:
        return False
    giving = _GIVING.intersection(map(stem, sequence))
    given = [k for k, w in enumerate(words[:-2]) if stem(w) in giving and words[k + 1] == "to"]
    return bool(given) and all(words[k + 2] in _UNNAMED for k in given)


def another_name_of(
    sequence: tuple[str, ...], capitals: frozenset[str], words: list[str], passage: str = ""
) -> str | None:
    """ "the Faculty of Education" against "the new Faculty of Humanities and Education":
    a name of the form "X of Y" the question writes, which the passage never writes whole
    but writes as "X of" something else, or as another name's "X" ("the Court of Appeal"
    against "the Supreme Court", not "Oslo University"), is another body's. Returns the
    question's name."""
    text = f" {' '.join(words)} "
    for i in range(1, len(sequence) - 1):
        head, of, rest = sequence[i - 1], sequence[i], sequence[i + 1]
        if of != "of" or head not in capitals or rest not in capitals:
            continue
        if f" {head} of {rest} " in text:
            continue
        # (the whole name: "the Islesburgh School of Art" is not "the Quay School of Design")
        opening = sequence[i - 2] if i > 1 and sequence[i - 2] in capitals else None
        if any(
            words[k : k + 2] == [head, "of"]
            and words[k + 2 : k + 3] != [rest]
            and (opening is None or words[k - 1 : k] == [opening])
            for k in range(len(words) - 2)
        ):
            return f"{head} of {rest}"
        named = re.finditer(rf"\b([A-Z][\w'-]*) (?i:{re.escape(head)})\b", passage)
        if opening is None and any(m[1].lower() not in (rest, "the") for m in named):
            return f"{head} of {rest}"
    return None


def since_instead(sequence: tuple[str, ...], words: list[str]) -> str | None:
    """ "who led the project before 2019" against "X, who had led the project since 2019":
    the passage starts the spell in the year the question ends it, and ends none then.
    Returns the question's phrase."""
    for word, year in pairwise(sequence):
        if word != "before" or not (year.isdigit() and len(year) == 4):
            continue
        bounds = {a for a, b in pairwise(words) if b == year}
        if "since" in bounds and bounds.isdisjoint(_ENDING):
            return f"before {year}"
    return None


# What else a passage may say of that year, which leaves the spell's end open: "until
# 2019", "from 2011 to 2019", "in 2019 she stepped down".
_ENDING = frozenset("before until till to in".split())


# What sets one thing aside from others a question asks for: "which goods other than ore".
_SETTING_ASIDE = (("other", "than"), ("apart", "from"), ("besides",), ("except",))
_ALONGSIDE = frozenset("and or as well also".split())  # "ore and timber", "timber as well"


def other_than_alone(sequence: tuple[str, ...], words: list[str]) -> str | None:
    """ "which goods were carried other than ore" against "transport for ore": the thing
    set aside is the only one the passage has, no other beside it. Returns the phrase."""
    for i in range(len(sequence)):
        opener = next((o for o in _SETTING_ASIDE if sequence[i : i + len(o)] == o), None)
        if opener is None:
            continue
        k = i + len(opener)
        thing = next((w for w in sequence[k : k + 2] if w not in DETERMINERS), "")
        if not thing.isalpha():
            continue  # ("besides 1962, in which years": another year may be anywhere)
        said = [j for j, w in enumerate(words) if w == thing]
        beside = {w for j in said for w in (*words[max(0, j - 2) : j], *words[j + 1 : j + 3])}
        if said and _ALONGSIDE.isdisjoint(beside):
            return f"{' '.join(opener)} {thing}"
    return None
