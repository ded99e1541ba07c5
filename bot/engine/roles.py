"""Who did what to whom: reading the roles of a question's verb against a passage.

"Who replaced the Normans?" asks for the doer, and a passage where the Normans replaced
someone has the roles the other way round; so does "William conquered England, killing
Harold" for "when did Harold conquer England?". Word order (and, in the passive, the
agent after "by") is what a sentence tells of its roles; these functions read it from
normalized words and their stems, nothing else.
"""

from __future__ import annotations

from bot.text import GLUE, SCAFFOLD, is_number, stem

# Auxiliaries that open a question whose subject follows: "when did Harold conquer ...".
_AUXILIARIES = frozenset("did does do has have had will would can could was were is are".split())
_BE = frozenset("was were is are been being be".split())


def roles_swapped(
    words: tuple[str, ...], stems: list[str], names: frozenset[str] = frozenset()
) -> str | None:
    """ "When did Harold conquer England?" read against "William conquered England,
    killing Harold": the question's subject stands before its verb, the passage has it
    only after. Against a passive passage ("a song written by Aken"), the subject must be
    the agent after "by". Likewise "who was defeated by Montcalm?" against "Wolfe
    defeated Montcalm". Returns the verb whose roles the passage has the other way round."""
    if len(words) < 4 or words[0] not in ("who", "what", "when", "where", "why", "how", "which"):
        return None
    # the auxiliary comes second, or third after a head noun: "what song did Gallion write"
    aux = 1 if words[1] in _AUXILIARIES else 2 if words[2] in _AUXILIARIES else 0
    if not aux:
        return None
    passive_question = words[aux] in _BE and "by" in words[aux + 2 :]
    for i in range(aux + 1 if passive_question else aux + 2, len(words)):
        verb = stem(words[i])
        if words[i] in GLUE or words[i] in names or verb not in stems:
            continue  # a name is no verb: "did Bob Gallion write"
        at = stems.index(verb)
        if passive_question:
            by = words.index("by", i) if "by" in words[i:] else -1
            doers = [stem(w) for w in words[by + 1 :] if w not in GLUE] if by > 0 else []
        else:
            doers = [stem(w) for w in words[aux + 1 : i] if w not in GLUE and not is_number(w)]
        if not doers or not all(w in stems for w in doers[:1]):
            return None
        agent = agent_of(stems, at)
        if agent is not None:  # passive passage: the doer is whoever follows "by"
            return verb if doers[0] not in agent else None
        if is_passive(stems, at):
            return None  # "was encouraged", no agent: word order says nothing here
        return verb if not any(w in stems[:at] for w in doers) else None
    return None


# How far around a verb its passive marks are looked for: "was first encouraged ... by".
_PASSIVE_REACH = 2
AGENT_REACH = 4
_PASSIVE_BY_REACH = 8  # "were first encouraged to come to the south by the Lombards"


def is_passive(stems: list[str], at: int) -> bool:
    return "be" in stems[max(0, at - _PASSIVE_REACH) : at]


def agent_of(stems: list[str], at: int) -> list[str] | None:
    """The words after "by" that follows the verb at `at` ("written by Bill Aken"), or
    None when the verb has no agent phrase. After a passive ("were encouraged to come
    south by the Lombards") the "by" may stand further on."""
    reach = _PASSIVE_BY_REACH if is_passive(stems, at) else _PASSIVE_REACH + 1
    after = stems[at + 1 : at + 1 + reach]
    if "by" not in after:
        return None
    start = at + 1 + after.index("by") + 1
    return stems[start : start + AGENT_REACH]


# What may follow a verb as the start of its object: "who replaced the Normans".
_OBJECT_OPENERS = frozenset("the a an his her their its this that these those".split())


def subject_question(words: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """ "who replaced the Normans", "what ended the war": the question asks for the
    subject of its verb, so what follows the verb is the object. A passage where that
    object stands before the verb, as its subject, has the roles the other way round."""
    if len(words) < 3 or words[0] not in ("who", "what") or words[1] in GLUE:
        return None
    if words[2] in _AUXILIARIES:
        return None  # "what century was ...": a head noun, not a verb
    verb = stem(words[1])
    objects = tuple(
        stem(w) for w in words[2:] if w not in GLUE and w not in SCAFFOLD and w.isalpha()
    )
    return (verb, objects) if objects else None


def acts_reversed(acts: tuple[str, tuple[str, ...]], stems: list[str]) -> str | None:
    """For "who replaced the Normans" (verb and its objects): the verb when the passage
    has an object where the doer goes. In the passive ("the bridge was built by ...") the
    object comes first by rights, so there an object found only after the verb is the
    other way round."""
    verb, objects = acts
    at = [i for i, s in enumerate(stems) if s == verb]
    if not at:
        return None
    before, after = stems[: at[0]], stems[at[0] :]
    if is_passive(stems, at[0]):
        return verb if any(o in after and o not in before for o in objects[:1]) else None
    return verb if any(o in before and o not in after for o in objects) else None
