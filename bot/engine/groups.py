"""A group of people as the doer a "who" question asks for.

"Who used the church to unify themselves?" is answered by "The church was utilised by the
dukes ...", and "who smashed the medieval glass?" by "... by parliamentary troops, who
smashed most of the medieval glass": no name, but the people who did it, named by what
they were. Only as the agent after "by", where the sentence says they did the act, and
only when the question asks for no one by a job ("who directed it" wants a person).

Ordinary English nouns for groups of people; the plural is what makes it a group.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.text import stem

# Nouns for people as a kind, whose plural after "by" names who did something.
GROUP_NOUNS = frozenset(
    """
    duke king queen lord noble knight baron earl monk nun priest bishop abbot friar
    missionary soldier troop army sailor marine rebel insurgent guerrilla pirate raider
    settler colonist pioneer migrant immigrant refugee native tribe tribesman peasant
    farmer merchant trader craftsman mason worker labourer laborer miner weaver student
    teacher citizen resident villager townsman townspeople inhabitant member volunteer
    parishioner pilgrim official magistrate councillor councilor delegate envoy
    """.split()
)
# A credit's words: "who directed it" asks for a person, whom no group stands for.
CREDITS = frozenset("direct write compose star play produce voice".split())
# How far after "by" the group's noun may stand: "by the local parish councillors".
AGENT_REACH = 4


def group_did_it(words: Sequence[str], asked: Collection[str]) -> bool:
    """Whether the passage (normalized `words`) names a group of people, in the plural,
    as an agent after "by", which the question (its `asked` words and stems) does not
    name itself, nor ask a credit of."""
    if not CREDITS.isdisjoint(asked):
        return False
    for i, word in enumerate(words):
        if word != "by":
            continue
        for noun in words[i + 1 : i + 1 + AGENT_REACH]:
            if noun.endswith("s") and stem(noun) in GROUP_NOUNS and noun not in asked:
                return True
    return False
