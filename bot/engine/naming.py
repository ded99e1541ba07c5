"""Whether a passage gives another name for what a question asks a name for.

"What is another name for the Coast Road?" is answered by "Route 9, the Coast Road,
runs north", "Route 9 (Coast Road/Salt Road)" or "the pier is known as the Old Quay",
but only where the name is given for the thing asked about: in "the Water Tower, the
Salt Exchange, the Old Mill (now known as the Granary)", the Granary is the Old Mill.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import takewhile
from typing import TYPE_CHECKING

from bot.text import GLUE, normalize, stem

if TYPE_CHECKING:
    from bot.engine.premise import Asked

# How a passage gives something a name: "also known as", "(Norse: Austvik)", "“the Old
# Quay”", an apposition, "Route 9, the Coast Road, runs ...", or a copula before a name,
# "its highest peak is Voskfjellet" (what "what is the tallest mountain called" asks).
_FOUNDED_AS = r"(?:founded|formed|established|opened|started|launched|created)(?: in \d+)? as (?=(?:the )?[A-Z])"
NAMING_CUE = re.compile(
    r"\b(?:called|known(?: \w+ly)? as|named|nicknamed|termed|referred to as|dubbed|renamed|titled)\b"
    r"|\b(?:born|n[ée]e) (?=[A-Z])"  # "Maud Catterickson (born Margaret Ann Dunnery; ...)"
    r"|\((?:[A-Z]|[\w ]+:)|[\"“]\w"
    r"|, (?:the )?(?:[a-z]+ )?[A-Z][\w-]*(?: [A-Z][\w-]*)*,"  # "its ship, the schooner X,"
    r"|\b(?:is|was|are|were|will be) (?=(?:the )?[A-Z])"
    # "it was founded in 1891 as Dunrossburgh Harbour Rovers": its first name
    rf"|\b{_FOUNDED_AS}"
)
# How close before a naming cue ("known as", a bracket) the named thing stands.
NAMED_REACH = 6
# The aside a naming cue opens, closed by a comma, and what the sentence then says the
# named thing is: ", also known as the X Rebellion, was an armed uprising".
_DESCRIBED_AFTER = re.compile(r"[^,;.]{1,80}, (?:is|was|are|were) ([^,;.]+)")
# After "X, the Y," another name or "and": Y is an item of a list, not X's other name.
_LIST_GOES_ON = re.compile(r" (?:(?:and|or) )?(?:the )?[A-Z]")


def gives_name(passage: str, names: Iterable[str], terms: Iterable[str]) -> bool:
    """Whether `passage` gives a name for the thing the question names (`names`, the
    words of its names) or, naming none, describes (`terms`, key stems)."""
    asked_names = {stem(w) for w in names}
    asked_terms = set(terms)
    return any(
        _names_the_asked(asked_names, asked_terms, passage, cue)
        for cue in NAMING_CUE.finditer(passage)
    )


_FOUNDED_AS_CUE = re.compile(_FOUNDED_AS)
# The name a passage opening on "he", "the club" or a surname is read with
# (`referents.as_named`): "The club (Quendale Rovers Football Club) was formed in 1891"
# gives no name the club was given.
_READERS_GLOSS = re.compile(r"^(?:He|She|It|They|The [a-z]+|[A-Z][\w'-]*) \([A-Z][^():;]*\) [a-z]")


def _names_the_asked(names: set[str], terms: set[str], passage: str, cue: re.Match[str]) -> bool:
    # "known as" points one way; a bracket or an apposition names both ways
    one_way = cue.group(0)[0].isalpha()
    # (what was founded as a name is said before the name: "formed in 1891 as X")
    at = cue.end() if _FOUNDED_AS_CUE.match(passage, cue.start()) else cue.start()
    if one_way and _is_the_name_given(names | terms, passage, at):
        return False
    if cue.group(0)[0] in '"\u201c(' and _quotes_the_asked(names, passage, cue.start()):
        # "what's 'The Yelverby Letters' called now": not that title again, nor a name a
        # pronoun is read as ("Catterickson (Maud Catterickson) was born in ...")
        return False
    if cue.group(0)[0] == "(" and _READERS_GLOSS.match(passage):
        return False  # "The club (Quendale Rovers FC) was formed": the reader's gloss
    if cue.group(0).startswith(",") and _LIST_GOES_ON.match(passage, cue.end()):
        return False  # "the Water Tower, the Bank Building, the Hughes Hotel": a list
    near = {stem(w) for w in normalize(passage[: cue.start()]).split()[-NAMED_REACH:]}
    near |= {stem(w) for w in normalize(cue.group(0)).split()}  # "formed in 1891 as"
    if one_way and (described := _DESCRIBED_AFTER.match(passage, cue.end())):
        # "The Salt Rising, also known as the X Rebellion, was an armed uprising": what
        # the named thing is, after the aside
        near |= {stem(w) for w in normalize(described[1]).split()[:NAMED_REACH]}
    if not one_way:
        near |= {stem(w) for w in normalize(passage[cue.start() :]).split()[:NAMED_REACH]}
    if names and not names <= near:
        # "the Yelmari ... were governed by an assembly of clan elders known as the selma":
        # the name asked of stands further back, the thing described beside the cue
        before = {stem(w) for w in normalize(passage[: cue.start()]).split()}
        return names <= before and not near.isdisjoint(terms - names)
    return names <= near if names else not near.isdisjoint(terms)


_QUOTED_FROM = re.compile(r"[\"\u201c(]([^\"\u201d)]{1,80})")


def _quotes_the_asked(names: set[str], passage: str, at: int) -> bool:
    """Whether the quote (or bracket) opening at `at` holds only the asked name's words."""
    quoted = _QUOTED_FROM.match(passage, at)
    said = {stem(w) for w in normalize(quoted[1]).split()} - GLUE if quoted else set()
    return bool(names and said) and said <= names


def _is_the_name_given(asked: set[str], passage: str, cue: int) -> bool:
    """ "What is another name for the Old Quay?" against "the pier is also known as the
    Old Quay": what the question asks a name for is the name the passage gives."""
    before = {stem(w) for w in normalize(passage[:cue]).split()}
    given = re.split(r"[,;.]", passage[cue:], maxsplit=1)[0]  # not what follows its aside
    after = {stem(w) for w in normalize(given).split()}
    return bool(asked & after) and not asked & before


# Prepositions that put a name of a question beside the thing it asks a name for: "what's
# the top prize at Stavenholm called" asks the prize's name, not Stavenholm's.
_BESIDE = frozenset("at in on from by during".split())


def named_as_asked(question: Asked) -> frozenset[str]:
    """The words of the names a naming question asks another name for: not one after
    `_BESIDE` ("the top prize at Stavenholm"), which says where the named thing is."""
    beside: set[str] = set()
    words = question.sequence
    for i in (i for i, w in enumerate(words) if w in _BESIDE):
        run = takewhile(lambda w: w in question.names or w == "the", words[i + 1 :])
        beside.update(run)  # "at the Stavenholm Film Festival": all of its name
    return question.names - beside


# A question for the name a thing had before: "what was the institute's original name".
_EARLIER_NAME = re.compile(r"\b(?:original|former|previous|old|first) name\b")


def earlier_name_unsaid(sequence: Sequence[str], passage: str) -> bool:
    """Whether the question asks a thing's earlier name and `passage` names nothing: "the
    original Quarry Street building was not demolished" gives no original name ("was
    originally named X", "(later renamed Y)", "founded as X" do)."""
    return bool(_EARLIER_NAME.search(" ".join(sequence))) and not NAMING_CUE.search(passage)
