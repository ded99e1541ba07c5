"""Where a passage names someone, for "who" questions: a name anywhere in a sentence is
not enough when the question asks for the doer or the object of its verb.

"Who renovated the depot?" against "The station is the renovated depot in Fresnel": a
name, but not where the doer goes. "Who did Ekdahl's music replace?" against "Her score
was replaced by Ekdahl's music": a name, but not where the object goes.
"""

from __future__ import annotations

import re
from collections.abc import Set

from bot.engine import passive
from bot.text import common_words, normalize

# A capitalised word inside a sentence (not its first word): a name the passage gives.
_NAME = re.compile(r"(?<![.!?:;]\s)(?<!^)(?<![\"\u201c(])\b[A-Z][\w'\u2019-]*")


# A sentence opening with one of these has someone unnamed for its subject.
SUBJECT_PRONOUNS = frozenset("he she they it".split())
# How near the verb a name must stand to be its doer when the sentence opens with a pronoun.
NEXT_TO_VERB = 2
# "... and made Tomas keeper": a verb after these shares the sentence's first subject.
COORDINATORS = frozenset("and but then".split())


def given(passage: str, asked: Set[str]) -> set[str]:
    """The first words (normalized) of the names `passage` gives. Its first word counts
    when capitalised and no ordinary English word ("Maren increased the fleet"), unless
    the question (`asked`, its words) has it too."""
    found = {n.split()[0] for m in _NAME.finditer(passage) if (n := normalize(m.group(0)))}
    first = passage.split(maxsplit=1)[0] if passage.strip() else ""
    word = normalize(first)
    if first[:1].isupper() and word and word not in common_words() and word not in asked:
        found.add(word.split()[0])
    return found


def doer_named(
    verb: str, names: Set[str], words: list[str], stems: list[str], asked: Set[str]
) -> bool:
    """ "Who renovated the depot?" asks for the doer: a name must stand where the doer
    goes, before the verb (or after "by" in the passive), not just anywhere. `stems` are
    those of `words`."""
    if verb not in stems:
        return True  # the verb is paraphrased: nothing to locate
    for at in (i for i, s in enumerate(stems) if s == verb):  # "Director X ... directed"
        slot = words[:at]
        if words[:1] and words[0] in SUBJECT_PRONOUNS:
            # "He appointed Ilse harbour master and made Tomas keeper": the doer is "he", and
            # the names before the verb are its objects; only one right before it counts
            near = words[max(1, at - NEXT_TO_VERB) : at]
            slot = [] if near[-1:] and near[-1] in COORDINATORS else near
        if passive.agent_of(stems, at) is not None:
            after = words[at + 1 :]
            slot = after[after.index("by") + 1 :][: passive.AGENT_REACH] if "by" in after else []
        if any(w in names and w not in asked for w in slot):
            return True
    return False


def named_in(slot: range | None, names: Set[str], words: list[str], asked: Set[str]) -> bool:
    """Whether a name the question lacks stands in `slot` (positions in `words`); no slot
    (the verb is paraphrased) leaves nothing to locate."""
    if slot is None:
        return True
    return any(words[i] in names and words[i] not in asked for i in slot)
