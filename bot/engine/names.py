"""Where a passage names someone, for "who" questions: a name anywhere in a sentence is
not enough when the question asks for the doer or the object of its verb.

"Who renovated the depot?" against "The station is the renovated depot in Fresnel": a
name, but not where the doer goes. "Who did Ekdahl's music replace?" against "Her score
was replaced by Ekdahl's music": a name, but not where the object goes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from itertools import groupby
from typing import TYPE_CHECKING

from bot import draftwords, newsform
from bot.demonyms import is_proper_adjective
from bot.engine import makers, paraphrased, passive, posts
from bot.engine.crew import CREW
from bot.engine.kinds import FEW
from bot.text import CAPITAL, GLUE, common_words, is_calendar, normalize

if TYPE_CHECKING:
    from bot.engine.premise import Asked

# A capitalised word inside a sentence (not its first word): a name the passage gives.
_NAME = re.compile(rf"(?<![.!?:;]\s)(?<!^)(?<![\"\u201c(])\b{CAPITAL}[\w'\u2019-]*")


SUBJECT_PRONOUNS = frozenset("he she they it".split())  # (an opening one: a subject unnamed)
NEXT_TO_VERB = 2  # how near the verb a name stands as its doer after an opening pronoun
# "... and made Tomas keeper": a verb after these shares the sentence's first subject.
COORDINATORS = frozenset("and but then".split())
# Words that open a clause of its own: the doer of a verb after one stands after it
# ("Lumora+ Lands Cinderfall Films as Franchise Co-Creator Sues Halberd": no name sues).
CLAUSE_OPENERS = frozenset("as while whereas although though because since but".split())


# An award's category names no one ("nominated for Best Picture"), nor does a dateline.
_CATEGORY = re.compile(r"\bBest(?: (?:[A-Z][\w'-]*|and|of|in|a))*|^[A-Z][A-Z .'-]+ (?:--|—|–) ")


def given(passage: str, asked: Set[str], question: Asked | None = None) -> set[str]:
    """The first words (normalized) of the names `passage` gives. Its first word counts
    when capitalised and no ordinary English word ("Maren increased the fleet"), unless
    the question (`asked`, its words) has it too. A name holding the whole of a name the
    `question` gives is the question's: "Francesca Sneddon" when it asks of "Sneddon",
    not "Ralph Woodward" when it asks of "Woodward Park", nor a place named after it
    ("Northwick Fields" when it asks of Northwick's head office)."""
    own = [] if question is None else _own_names(question)
    found = {
        n.split()[0]
        for m in _NAME.finditer(_CATEGORY.sub(" ", passage))
        if (n := normalize(m.group(0)))
        and m.group(0).rpartition("-")[2] not in draftwords.OF_A_PLACE_OR_MAKER  # "Burbank-based"
    }
    for run in _NAME_RUN.finditer(passage):  # "Francesca Sneddon": one name, the question's
        words = normalize(run.group(0)).split()
        another_place = words[-1] in draftwords.PLACE_HEADS and all(words[-1] not in n for n in own)
        if any(name <= set(words) for name in own) and not another_place:
            found -= set(words)
    # "confirmed on Monday" names no one, nor a quote's "I"
    found = {w for w in found if not is_calendar(w) and w not in GLUE}
    if newsform.headline(passage):
        # a headline capitalises every longer word: "Copper Sky 3 Sets Its Writers" gives
        # no name but what no ordinary word is
        found = {w for w in found if w not in common_words()}
    # the sentence's first word, and one after a colon ("the town gave the ferry its
    # name: Quellwyn"), unless ordinary English ("A spokesperson said", ": The studio")
    opening = passage.split(maxsplit=1)[:1] + _AFTER_COLON.findall(passage)
    for first in opening:
        word = normalize(first)
        ordinary = draftwords.is_common(word, common_words())  # "Women were admitted"
        if first[:1].isupper() and word and not ordinary and word not in asked:
            found.add(word.split()[0])
    return found


def _own_names(question: Asked) -> list[frozenset[str]]:
    """The words of each name `question` gives, as a run of its words that are names' or
    written with a capital ("woodward park" of "who founded Woodward Park")."""
    named = question.names | question.capitals
    return [frozenset(g) for name, g in groupby(question.sequence, named.__contains__) if name]


_NAME_RUN = re.compile(rf"{CAPITAL}[\w'\u2019-]*(?:\s+{CAPITAL}[\w'\u2019-]*)+")
_AFTER_COLON = re.compile(r":\s+([A-Z][\w'\u2019-]*)")

# What a question asks for when it asks for a film ("which movie is she the villain in").
FILM_HEADS = frozenset(
    "movie film installment instalment entry sequel picture feature documentary".split()
)
# A work's title in quotes, every word capitalised: '"Chasmfield"', '"The Salt Vigil"'
# ('"We loved it," she said' is a quote, which its lower-case words tell).
_QUOTED_TITLE = re.compile(
    # (a number and a colon too: "Quarrowby Lads 3: Last Orders")
    r"[\"\u201c]((?:The |A |An )?[A-Z][\w'\u2019-]*:?(?: (?:of |the |and |a )*[A-Z0-9][\w'\u2019-]*:?)*)"
    r",?[\"\u201d]"
)


def titled(passage: str) -> set[str]:
    """The first words (normalized) of the titles `passage` gives in quotes, which
    `given` leaves out (a quote opens with a capital too)."""
    titles = (normalize(m[1]).split() for m in _QUOTED_TITLE.finditer(passage))
    return {next(w for w in words if w not in GLUE) for words in titles if set(words) - GLUE}


def title_words(passage: str) -> set[str]:
    """Every word (normalized) of the titles `passage` gives in quotes."""
    return {w for m in _QUOTED_TITLE.finditer(passage) for w in normalize(m[1]).split()}


# Words that put something in a place: "shot in the Halvik Islands", "at Brennock Studios".
LOCATIVES = frozenset(
    """in at on of near outside inside off across around throughout along within from to into
    between""".split()
)
LOCATIVE_REACH = 2  # "in the Halvik Islands", "in northern Ostvik": a word may stand between
BODY_REACH = 2  # ... and two more for a body's name: "at the research firm Satronmetric"
_BODIES = frozenset("firm company studio agency consultancy university college".split())
# ... after "of" only a determiner ("the outskirts of Budapest", not "president of X"),
# nor after a time it dates by a name ("on the evening of the Bridges Race") or an act
# of the one named ("after the resignation of Tor Haugli")
_LOCATIVE_OF = "of"
_DETERMINERS = frozenset("the a an".split())
_NOT_PLACING_OF = frozenset(
    """evening morning afternoon night day eve weekend week date resignation death departure
    retirement appointment election arrest murder execution funeral marriage""".split()
)


def placed(names: Set[str], words: list[str]) -> bool:
    """Whether one of `names` (first words, normalized) stands just after a preposition of
    place in `words`: "filmed in Ostvik", "split between Budapest and Malta", not "its
    flagship, the Gray Heron"."""
    return bool(placed_at(names, words))


def how_many_named(sequence: Sequence[str]) -> int:
    """How many names "which two studios" or "in which two cities" asks for, or 0."""
    at = next((i for i, w in enumerate(sequence[:2]) if w == "which"), len(sequence))
    count = sequence[at + 1] if at + 1 < len(sequence) else ""
    return int(count) if count.isdigit() and 1 < int(count) < FEW else 0


def placed_at(names: Set[str], words: list[str]) -> list[int]:
    """Where in `words` one of `names` stands placed (see `placed`; not "on Tuesday")."""
    placed = (i for i, w in enumerate(words) if w in names and not is_calendar(w))
    return [i for i in placed if _after_locative(words, i)]


def _after_locative(words: list[str], i: int) -> bool:
    start = max(0, i - LOCATIVE_REACH - BODY_REACH * (i > 0 and words[i - 1] in _BODIES))
    return any(
        w in LOCATIVES
        and (w != _LOCATIVE_OF or set(words[k + 1 : i]) <= _DETERMINERS)
        and not (w == _LOCATIVE_OF and k and words[k - 1] in _NOT_PLACING_OF)
        for k, w in enumerate(words[start:i], start)
    )


def doer_named(
    verb: str, names: Set[str], words: list[str], stems: list[str], asked: Set[str]
) -> bool:
    """ "Who renovated the depot?" asks for the doer: a name must stand where the doer
    goes, before the verb (or after "by" in the passive), not just anywhere. `stems` are
    those of `words`."""
    if verb in makers.AUTHORING and makers.by_named(names, words, asked):
        return True  # "the screenplay is by Jonah Whitcombe" (not "a writer for revisions")
    if verb not in stems:
        # the verb is paraphrased: nothing to locate, but for "who bought it", "sold to X"
        sold = paraphrased.sold_to(verb, words, stems)
        sold = paraphrased.given_from(verb, words, stems) if sold is None else sold
        sold = paraphrased.replaced_by(verb, words, stems) if sold is None else sold
        if sold is not None:
            return any(w in names and w not in asked for w in sold)
        # ("the Portuguese production ..., and X said": a people's adjective is no one)
        someone = {w for w in names - asked if not is_proper_adjective(w)}
        if verb in posts.POST_VERBS and any(w in someone for w in posts.holders(words)):
            return True  # "who runs it": "chief executive Leonora Baptiste said"
        if paraphrased.only_talked_of(words, stems) or paraphrased.only_speakers(someone, words):
            return False  # "X described the sale as a vindication": a speaker, no buyer
        return not _only_where(names, words, asked)
    for at in (i for i, s in enumerate(stems) if s == verb):  # "Director X ... directed"
        opened = [k for k in range(at) if words[k] in CLAUSE_OPENERS]
        slot = words[opened[-1] + 1 if opened else 0 : at]
        if words[at].endswith("ing") and opened:
            # "X was chosen as leader, becoming the first woman to head it": a participle
            # tells of the clause it hangs on, whose subject stands before "as"
            slot = [*words[opened[-2] + 1 if len(opened) > 1 else 0 : opened[-1]], *slot]
        if words[:1] and words[0] in SUBJECT_PRONOUNS:
            # "He appointed Ilse harbour master and made Tomas keeper": the doer is "he", and
            # the names before the verb are its objects; only one right before it counts
            near = words[max(1, at - NEXT_TO_VERB) : at]
            slot = [] if near[-1:] and near[-1] in COORDINATORS else near
        if passive.agent_of(stems, at) is not None:
            slot = passive.agent_words(words, at)
        elif passive.is_passive(stems, at) and not passive.agent_before(words, at):
            slot = []  # "a memoir, which was published posthumously": by no one named
        if words[at] in CREW or words[at - 1 : at] in (["its"], ["their"]):
            # "Director Anya Falk", "its chair, Imogen Talbrook,": the doer, the post's holder
            slot = words[at + 1 : at + 1 + NEXT_TO_VERB]
        if at and _pronoun_for_opener(words, at, names, asked):
            return True
        if any(w in names and w not in asked for w in slot):
            return True
    return False


_WHERE = frozenset("at in on inside near".split())  # a name's place, no doer's


# Words between a clause's pronoun and its verb: "a role he first played", "has played".
_BEFORE_VERB = frozenset("1st first has had also once".split())


def _pronoun_for_opener(words: list[str], at: int, names: Set[str], asked: Set[str]) -> bool:
    """Whether the verb at `at` has a "he" or "she" for its doer, in a later clause of a
    sentence that opens on a name the question lacks: "Ebbot Askvane returned as Captain
    Aspero, a role he first played in 2011" says Askvane played him."""
    k = at
    while k and words[k - 1] in _BEFORE_VERB:
        k -= 1
    person = k > 2 and words[k - 1] in ("he", "she")  # not an opening "He played ..."
    return person and words[0] in names and words[0] not in asked


def named_in(slot: range | None, names: Set[str], words: list[str], asked: Set[str]) -> bool:
    """Whether a name the question lacks stands in `slot` (positions in `words`); no slot
    (the verb is paraphrased) leaves nothing to locate."""
    if slot is None:
        return not _only_where(names, words, asked)
    return any(words[i] in names and words[i] not in asked for i in slot)


def _only_where(names: Set[str], words: list[str], asked: Set[str]) -> bool:
    """Whether every name the question lacks stands where something happened, or is what
    it was named, not its doer: "the director departure at Meskline" says no one left."""
    given = [i for i, w in enumerate(words) if w in names and w not in asked]
    return bool(given) and all(_before_the_name(words, i, names) in _WHERE | {"as"} for i in given)


def _before_the_name(words: list[str], at: int, names: Set[str]) -> str:
    """The word before the name whose word is at `at` (and its "the"): "at" of "at Meskline",
    "as" of "founded as the Harrow College of Mines" (what it was named, no doer)."""
    while at and (words[at - 1] in names or words[at - 1] == "of"):
        at -= 1
    if at and words[at - 1] == "the":
        at -= 1
    return words[at - 1] if at else ""


def only_possessed(asked: Set[str], passage: str) -> bool:
    """Whether `passage` writes the name words `asked` (normalized) only as an owner's:
    "who plays Yvaine Harrick?" is not answered by "X, who plays Harrick's rival"."""
    found = [bool(m.group(2)) for m in _OWNER.finditer(passage) if m.group(1).casefold() in asked]
    return bool(found) and all(found)


# A capitalised word and whether an owner's "'s" follows it.
_OWNER = re.compile(rf"\b({CAPITAL}[\w-]*)(['\u2019]s\b)?")


def owners(passage: str) -> set[str]:
    """The words (normalized) of the names `passage` writes as owners: "Ferrowind Films"
    of "the fifth film in Ferrowind Films' franchise", which puts the film in a franchise,
    not in a place."""
    owners = [m.group(1) for m in _OWNED_BY_NAME.finditer(passage)]
    # as written and normalized (which writes "Films" as "film")
    return {w for name in owners for w in (*name.casefold().split(), *normalize(name).split())}


# (not a possessive inside a name: "Saint Hebb's Well", "Hudson's Bay")
_OWNED_BY_NAME = re.compile(
    rf"\b((?:{CAPITAL}[\w-]*\s+)*{CAPITAL}[\w-]*)(?:['\u2019]s\b|(?<=s)['\u2019](?!\w))"
    rf"(?!\s+{CAPITAL})"
)
