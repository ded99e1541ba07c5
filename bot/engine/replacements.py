"""Which side of a replacement a thing stands on: "the descendants would replace the Norse
religion and Old Norse language with Catholicism and the Gallo-Romance language" replaced
the Norse ones, and put Gallo-Romance in their place. "What language replaced the
Gallo-Romance language?" asks it the other way round, and the passage does not answer it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.engine.verbforms import BE
from bot.engine.verdicts import PASS, Verdict
from bot.text import GLUE, stem

if TYPE_CHECKING:
    from bot.engine.premise import Asked

# How many words before or after "replace" a side of it may run, and how far after it
# its "with" or "by" may stand ("replace the Norse religion and Old Norse language with").
SIDE_REACH = 8
REPLACED_WORDS = 2  # the question's words on the replaced side: "the 1971 Basic Law"
OBJECT_REACH = 4  # the replaced thing's words right after "replace": "the 1971 basic law"
_RELATIVES = frozenset("who which whose".split())
AGENT_REACH = 12
_AGENTS = frozenset({"with", "by"})
_ASKING = frozenset("what which who whom whose how".split())


def sides(words: Sequence[str]) -> tuple[set[str], set[str]] | None:
    """The stems of what was replaced and of what replaced it, around the first form of
    "replace" in `words` (normalized): "replace A with B", "A was replaced by B", "B
    replaced A", "B succeeded A", "B took over from A". None without one."""
    at = next((i for i, w in enumerate(words) if stem(w) in _REPLACING), None)
    if at is None:
        at = next((i for i, w in enumerate(words[:-1]) if _taking_over(words, i)), None)
        if at is None:
            return None
        # "X will take over (from Y)": X replaces, and what comes after is replaced; "Y
        # was taken over by X" the other way round
        from_ = 3 if words[at + 2 : at + 3] in (["from"], ["by"]) else 2
        ahead = _content(words[max(0, at - SIDE_REACH) : at])
        behind_words = words[at + from_ : at + from_ + SIDE_REACH]
        if "as" in behind_words:  # "take over from X as head of transport": the post
            behind_words = behind_words[: list(behind_words).index("as")]
        behind = _content(behind_words)
        return (ahead, behind) if at > 0 and words[at - 1] in BE else (behind, ahead)
    passive = at > 0 and words[at - 1] in BE
    agent = next(
        (k for k in range(at + 1, min(len(words), at + AGENT_REACH)) if words[k] in _AGENTS), None
    )
    before = words[max(0, at - SIDE_REACH) : at - 1 if passive else at]
    after = words[at + 1 : agent if agent is not None else at + SIDE_REACH]
    if "as" in after:  # "whom did she replace as director": the post, on neither side
        after = after[: after.index("as")]
    by = words[agent + 1 : agent + 1 + SIDE_REACH] if agent is not None else []
    if passive:
        replaced, replacement = before, by
    elif agent is not None and words[agent] == "with":
        replaced, replacement = after, by
    else:
        replaced, replacement = after, before
    return _content(replaced), _content(replacement)


# Verbs whose doer takes another's place: "B replaced A", "B succeeded A".
_REPLACING = frozenset({"replace", "succeed"})
_TAKING = frozenset("take takes took taking taken".split())


def _taking_over(words: Sequence[str], i: int) -> bool:
    """Whether `words` say "take over" at `i` ("will take over", "took over from")."""
    return words[i] in _TAKING and words[i + 1] == "over"


def _content(words: Sequence[str]) -> set[str]:
    return {stem(w) for w in words if w not in GLUE and w not in _ASKING and w.isalpha()}


def verdict(question: Sequence[str], passage: Sequence[str]) -> Verdict:
    """A contradiction when the question puts a thing on the other side of a replacement
    than the passage does."""
    asked, said = sides(question), sides(passage)
    if said is None:
        return PASS
    if asked is None and _only_replaced(question, passage):
        # "what percentage approved the 1971 Basic Law" is not "58.4 percent backing the
        # charter that will replace the 1971 Basic Law": the replaced thing, and only it
        return Verdict.fail("contradicts", "replaced")
    if asked is None:
        return PASS
    both = asked[0] & asked[1]
    replaced, replacement = asked[0] - both, asked[1] - both
    if (_mostly(replaced, said[1]) and not replaced & said[0]) or (
        _mostly(replacement, said[0]) and not replacement & said[1]
    ):
        return Verdict.fail("contradicts", "replace")
    return PASS


def _only_replaced(question: Sequence[str], passage: Sequence[str]) -> bool:
    """Whether the question's words (two or more) are in the passage only as the object
    of an active "replace" ("the charter that will replace the 1971 Basic Law"), with no
    clause of its own after it ("replaced X, who withdrew in May" tells of X)."""
    at = next((i for i, w in enumerate(passage) if stem(w) == "replace"), None)
    if (
        at is None
        or (at and passage[at - 1] in BE | {"been"})
        or not _RELATIVES.isdisjoint(passage[at:])
    ):
        return False
    shared = _content(question) & _content(passage[at + 1 : at + 1 + OBJECT_REACH])
    uses = Counter(stem(w) for w in passage)
    return len(shared) >= REPLACED_WORDS and all(uses[w] == 1 for w in shared)


def _mostly(asked: set[str], side: set[str]) -> bool:
    """Whether most of one side of the question's replacement stands on `side` of the
    passage's (a surname alone may be shared: "succeeded by her nephew, X Tresaith")."""
    return 2 * len(asked & side) > len(asked)


def without_before(question: Asked, passage: Sequence[str]) -> Asked:
    """`question` less its "before" when it asks who held a post before someone it names
    ("who was chief executive before Ada Quenby") and the passage has that one
    take the post over from another ("Quenby ..., succeeding Tomas Reed"): the
    one succeeded is the one before. Not the other way round ("X was succeeded by Y")."""
    words = question.sequence
    at = next((i for i, w in enumerate(words[:-1]) if w in BEFORE), None)
    if words[:1] != ("who",) or at is None or words[at] not in question.terms:
        return question
    named = {stem(w) for w in words[at + 1 :] if w in question.names | question.capitals}
    said = sides(passage)
    if not named or said is None or not named <= said[1] or named & said[0]:
        return question
    return replace(question, terms=tuple(t for t in question.terms if t != words[at]))


# Words a question asks the one before by: "before X", "ahead of X", "prior to X".
BEFORE = frozenset("before ahead prior".split())
