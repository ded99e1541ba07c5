"""Whether a passage names only a deputy where a question asks who holds a post.

"Who is the head teacher of Larchfield Grammar School?" is not answered by "Dr X,
currently deputy head at Larchfield Grammar School, will become the first head teacher of
the merged school": a deputy head, a vice-president or an assistant manager holds a post
of their own, below the one asked. The passage's other "head teacher" is of another
school, so the deputy's post is read where it stands beside the asked name.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.engine.verdicts import PASS, Verdict

# Words that make a post the one below it: "deputy head", "vice president", "assistant
# manager" (not "under", which is mostly "under the curator X": in X's time).
SECOND_IN_COMMAND = frozenset("deputy vice assistant associate".split())
# Posts a body has one holder of, which a question asks the holder of.
POSTS = frozenset(
    "head director president chair chairman chairwoman chairperson principal manager editor "
    "chief captain governor minister secretary headmaster headmistress headteacher dean "
    "provost rector coach commander leader treasurer curator conductor mayor".split()
)
# Words of a question asking of the holder leaving a post ("how old is the outgoing
# mayor"), and the marks of those standing in for them, who are someone else: "deputy
# mayor X, 44, took over as acting mayor".
_LEAVING = frozenset("outgoing departing retiring former previous ousted".split())
_STANDING_IN = frozenset("acting interim caretaker new incoming".split())
# Words of a question asking who comes to hold a post, which a deputy often does: "who
# will take over as head of transport" against "succeeded by X, currently deputy head".
_SUCCESSION = frozenset(
    "will take took succeed succeeded replace replaced new next become became appointed "
    "named promoted".split()
)
DEPUTY_REACH = 2  # words a deputy's mark may stand before its post: "assistant head coach"
BODY_REACH = 4  # words after a deputy's post that name its body: "deputy head at Larchfield"


def verdict(sequence: Sequence[str], names: Collection[str], words: Sequence[str]) -> Verdict:
    """A contradiction when the question (its `sequence`) asks the holder of a post and
    the passage's `words` hold that post only as a deputy's, or as a deputy's of the
    body the question names (its `names` words)."""
    if not SECOND_IN_COMMAND.isdisjoint(sequence) or not _SUCCESSION.isdisjoint(sequence):
        return PASS  # "who is the deputy head"; "who will take over as head": the deputy may
    asked = POSTS.intersection(sequence)
    held = [k for k, w in enumerate(words) if w in asked]
    below = SECOND_IN_COMMAND | (_STANDING_IN if not _LEAVING.isdisjoint(sequence) else set())
    deputies = [k for k in held if not below.isdisjoint(words[max(0, k - DEPUTY_REACH) : k])]
    if not deputies:
        return PASS
    of_the_asked = any(
        not set(names).isdisjoint(words[k + 1 : k + 1 + BODY_REACH]) for k in deputies
    )
    if len(deputies) == len(held) or of_the_asked:
        return Verdict.fail("contradicts", f"deputy {words[deputies[0]]}")
    return PASS
