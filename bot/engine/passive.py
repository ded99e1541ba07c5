"""Reading the passive voice: whether a verb in a passage is passive, and who its agent
is ("the tower was taken by the guild"), as far as normalized words and stems tell.
The roles of a question's verb (bot/engine/roles.py) are read with these."""

from __future__ import annotations

from bot.text import GLUE, is_number, is_ordinal, stem

# How far around a verb its passive marks are looked for: "was first encouraged ... by".
PASSIVE_REACH = 2
AGENT_REACH = 4
_AGENT_ENDS = frozenset("and or but by while who which that".split())
_PASSIVE_BY_REACH = 8  # "were first invited to come to the coast by the guild"
# Words of a time between a participle and its "by": "produced between 1984 and 1991 by",
# "raised in the late eleventh century by".
_WHEN_WORDS = frozenset(
    "between and from to until in during the early late mid century decade year".split()
)


# The stems of "to be" (the lemmatizer leaves "is" and "am" as they are): "production
# is scheduled to begin" is as passive as "was scheduled".
BE_STEMS = frozenset({"be", "is", "am"})


# Words between "to be" and a word that make it no participle: "is in North Fresno".
_NOT_BETWEEN = frozenset("in at on of to from into onto by for with the a an".split())


def is_passive(stems: list[str], at: int) -> bool:
    for k in range(at - 1, max(-1, at - 1 - PASSIVE_REACH), -1):
        if stems[k] in BE_STEMS:
            return True
        if stems[k] in _NOT_BETWEEN:
            return False
    return False


# Works a "by" after a verb may name the maker of instead: "directed from a script by X",
# "based on a novel by Y".
_WORKS_OF_OTHERS = frozenset("script screenplay novel book story play idea design draft".split())


# Words after "by" that open an amount of change, no agent: "by a third", "by nearly half".
_AMOUNT_OPENERS = frozenset("about around almost nearly roughly some half".split())


def agent_of(stems: list[str], at: int) -> list[str] | None:
    """The words after "by" that follows the verb at `at` ("written by Tomas Lind"), or
    None when the verb has no agent phrase. After a passive ("were invited to come
    south by the guild") the "by" may stand further on."""
    after = stems[at + 1 : at + 1 + _PASSIVE_BY_REACH]
    if not is_passive(stems, at) and "by" not in after[: PASSIVE_REACH + 1]:
        # "a trilogy produced between 1984 and 1991 by X": only a time between
        between = after[: after.index("by")] if "by" in after else after
        # (and a phrasal verb's particle: "laid out between 1762 and 1771 by X")
        after = after if all(_a_time_word(w) or w in PARTICLES for w in between) else []
    if "by" not in after or not _WORKS_OF_OTHERS.isdisjoint(after[: after.index("by")]):
        return None  # "directed from a script by Yorrin Dask": the script's, not the verb's
    start = at + 1 + after.index("by") + 1
    if stems[start : start + 1] and (stems[start].isdigit() or stems[start] in _AMOUNT_OPENERS):
        return None  # "reduced its capacity by 12 per cent": how much, not by whom
    # AGENT_REACH words that say something: "by the new charter from Ilse"
    agent: list[str] = []
    for word in stems[start:]:
        if word in _AGENT_ENDS and agent:
            break  # "by Tomas and recorded by Ilse": the next clause is not the agent
        agent.append(word)
        if sum(w not in GLUE for w in agent) >= AGENT_REACH:
            break
    return agent


def agent_words(words: list[str], at: int) -> list[str]:
    """The words after the "by" that follows the verb at `at`: `AGENT_REACH` of them, or
    up to `AGENT_TITLE_REACH` when no clause ends sooner: "designed by the company's
    chief designer, Owen Strell" (a title first), not "built by the firm and opened by X"."""
    after = words[at + 1 :]
    if "by" not in after:
        return []
    agent = after[after.index("by") + 1 :]
    ends = [k for k, w in enumerate(agent[:AGENT_TITLE_REACH]) if k and w in _AGENT_ENDS]
    titled = agent[: ends[0]] if ends else agent[:AGENT_TITLE_REACH]
    # ("by Lucan Threlfall and Odessa Brimwick": the first few words whatever they are)
    return agent[:AGENT_REACH] if len(titled) < AGENT_REACH else titled


# "by the company s chief designer owen": the name may come past a title of this many words
AGENT_TITLE_REACH = 7


PARTICLES = frozenset("out up off down over back".split())  # of phrasal verbs


def _a_time_word(word: str) -> bool:
    return word in _WHEN_WORDS or is_number(word) or is_ordinal(word)


def is_participle(word: str) -> bool:
    """ "built", "defeated", "known": a past participle, as far as its form tells (not
    "theatre" or "colour", whose stem is another spelling, nor "best" or "larger", an
    adjective's other degree)."""
    return stem(word) != word and not word.endswith(_NO_PARTICIPLE_ENDINGS)


_NO_PARTICIPLE_ENDINGS = ("s", "ing", "re", "our", "est", "er")


def is_past_form(word: str) -> bool:
    """ "lost", "founded": a verb's past or past participle by its form, no "-ing" form."""
    return is_participle(word) and not word.endswith("ing")


# A participle without "be" follows its noun: "the inn by the harbour wall, built in 1702".
PARTICIPLE_REACH = 2


# ... and how many words an apposition's noun phrase may have before the participle:
# "Ekport's Ekhall, a timber guildhouse finished in 1388" is the Ekhall's finishing.
APPOSITION_REACH = 3
_APPOSED = frozenset({"a", "an"})
# ... and after a copula, how far back its subject may stand: "The Treaty of Emskeld was
# a peace agreement signed on 14 March 1723" is the treaty's signing.
COPULA_SUBJECT_REACH = 4


def participle_reach(stems: list[str], at: int) -> int:
    """How far before the participle at `at` its noun may stand: a name's "of" puts it
    further ("the Treaty of Wabstadt, signed on 27 April 1723" is the treaty's signing),
    and an apposition's "a" puts it at the name before ("X, a guildhouse finished in"), or
    a copula's at its subject ("X was a treaty signed in")."""
    reach = PARTICIPLE_REACH + (stems[at - 2 : at - 1] == ["of"])
    opening = range(at - 1, max(0, at - 1 - APPOSITION_REACH), -1)
    apposed = next((k for k in opening if stems[k] in _APPOSED), None)
    if apposed and stems[apposed - 1] == "be":
        return max(reach, at - max(0, apposed - 1 - COPULA_SUBJECT_REACH))
    return max(reach, at - apposed + 1) if apposed else reach


_RELATIVE_OPENERS = frozenset("who which that".split())


def agent_before(words: list[str], at: int) -> bool:
    """ "the poem X by the composer Y, was written for": an agent before the passive verb
    at `at`, no relative clause between ("by X, which had been founded": not X's)."""
    by = [k for k in range(at) if words[k] == "by"]
    return bool(by) and _RELATIVE_OPENERS.isdisjoint(words[by[-1] : at])
