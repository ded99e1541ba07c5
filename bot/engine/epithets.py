"""What an article calls the people it names, read into each passage naming them.

A fan asks "where did the founder teach painting?" of an article that says "founded by
the photographer Agnes Marsett" in one sentence and "Marsett ... taught painting" in
another; or "how many signed the petition asking the studio to wait for the actress?",
answered by "to wait for Raydale", where another sentence says Raydale "has played" a
part, or calls her "actress Ilse Raydale" or "Ilse Raydale, a 38-year-old Scottish
actress". That is who "the founder" or "the actress" is, so a passage naming her says
her epithet too (`bot.engine.referents.people_words`), as the question describes someone
by it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from bot.engine import affiliations
from bot.models import EntityKind
from bot.text import GLUE, normalize

if TYPE_CHECKING:
    from bot.engine.index import Index, IndexEntry

# How the nouns for a job or a calling end: a job's (`affiliations`), and "actress".
JOB_ENDINGS = (*affiliations.JOB_ENDINGS, "ess")
# ... and callings that end otherwise
CALLINGS = frozenset("host star coach poet chef judge chief boss critic newcomer".split())
# Words of those endings that are no calling: "a former", "her longtime partner".
_NO_CALLING = frozenset(
    "former other elder older younger newer later earlier fellow longtime under over after"
    " together another either neither whether number member quarter".split()
)
# How many words after "a"/"the" of an apposition its calling may stand: "Tobias
# Hardrawson, a 38-year-old Scottish composer".
CALLING_REACH = 4
_WORD = re.compile(r"[a-z][\w-]*")
# What one who acts is said to do: "X, who has played the mechanic in four films".
_PERFORMED = r"(?:has |had |also |first )?(?:played|plays|starred|stars|voiced|voices)\b"

# Acts whose doer the article thereby calls by their agent noun: "founded by X" (the founder).
AGENTS = {
    "founded": "founder",
    "directed": "director",
    "composed": "composer",
    "designed": "designer",
    "produced": "producer",
    "owned": "owner",
}

_TABLES: WeakKeyDictionary[Index, dict[str, frozenset[str]]] = WeakKeyDictionary()


def of_people(index: Index, entry: IndexEntry) -> list[str]:
    """The callings the article gives the people `entry`'s passage names."""
    table = _TABLES.get(index)
    if table is None:
        table = _TABLES[index] = _callings(index)
    return sorted({w for e in entry.entities for w in table.get(e, ())})


def _callings(index: Index) -> dict[str, frozenset[str]]:
    """Each person's callings in the article's passages: the word before their full
    name ("actress Sabine Yockhart"), an apposition's after it ("X, a composer"), what
    they are said to do ("X, who has played", "founded by X")."""
    found: defaultdict[str, set[str]] = defaultdict(set)
    done = "|".join(AGENTS)
    for entry in (e for e in index.entries if e.fact.passage):
        text = entry.fact.answer
        for e in entry.entities:
            person = index.entities[e].name
            # (a surname alone: its callings are read where the name is full)
            if index.kind(e) is not EntityKind.PERSON or person not in text:
                continue
            name = re.escape(person)
            before = (m[1] for m in re.finditer(rf"\b([a-z]+) {name}\b", text))
            found[e] |= set(filter(_calling, before))
            for m in re.finditer(rf"\b{name}, (?:a|an|the) ([^,;.]*)", text):
                after = _WORD.findall(m[1])[:CALLING_REACH]
                found[e] |= set(list(filter(_calling, after))[:1])
            if re.search(rf"\b{name},? who {_PERFORMED}", text):
                found[e].add("actor")  # "Sabine Yockhart, who has played the mechanic"
            by = re.finditer(rf"\b({done}) (?:[\w ]*? )?by (?:the [a-z]+ )?{name}\b", text)
            who = re.finditer(rf"\b{name},? who (?:had |has )?({done})\b", text)
            found[e] |= {AGENTS[m[1]] for m in (*by, *who)}  # "founded by X": the founder
    return {e: frozenset(normalize(" ".join(words)).split()) for e, words in found.items()}


def _calling(word: str) -> bool:
    if word in GLUE or word in _NO_CALLING:
        return False
    return word in CALLINGS or (word.endswith(JOB_ENDINGS) and len(word) > len("er") + 2)
