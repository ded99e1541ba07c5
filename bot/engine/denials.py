"""What a passage denies of a question's terms: "had no veto", "an aborted attempt to
build luxury homes", "sailed north to build a harbour, but failed".

A negation or a word of failure a few words before a term denies it, unless what follows
says when ("was not completed until 1769") or the negated verb is one of telling ("has not
confirmed the budget"), which withholds word of a thing, not the thing. A failing thing
is still the thing: "her late husband's failing tannery" denies no tannery. A sum "before"
a cost leaves the cost out: "$95 million before marketing costs" states no marketing.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence, Set
from itertools import pairwise

from bot.engine import phrases
from bot.engine.affiliations import JOB_ENDINGS
from bot.engine.roles import AUXILIARIES
from bot.text import DETERMINERS, is_number, normalize, stem

# Words that turn a statement into its opposite. The contraction "n't" is already
# "not" after normalize().
NEGATIONS = frozenset("not never no nobody none nothing neither nor without".split())
# Words that say an act never came about: "an aborted attempt to build luxury homes".
FAILURES = frozenset("abort fail abandon cancel unsuccessful".split())
# How close (in words) a negation must stand before a term to negate it: "had no veto".
NEGATION_REACH = 3
# How far after a negated verb "until" may stand: "is not scheduled to receive the film
# until August 7" says when it is scheduled.
UNTIL_REACH = 6
# Verbs of telling: a negation before one denies the telling, not what is told.
REPORTING = frozenset("confirm disclose announce reveal comment specify release".split())


def left_out(sequence: Sequence[str]) -> set[str]:
    """The stems a question leaves out of a figure as the passage does: "the price tag
    before marketing" asks for "$95 million before marketing", which denies no marketing
    of it (see `negated`). Nor does one who "never directed" deny that she is "the new
    director": a new holder's post describes whom the question asks of."""
    new = {stem(b) for a, b in pairwise(sequence) if a == "new" and b.endswith(JOB_ENDINGS)}
    return {stem(b) for a, b in pairwise(sequence) if a == "before"} | new


def _said_instead(stems: list[str], i: int, wanted: set[str]) -> bool:
    """Whether an asked word at `i` is said again after a later "instead": "will no longer
    be shot in Australia and will instead be filmed in Hungary" (`wanted` holds the
    passage's words for the asked ones)."""
    after = stems[i + 1 :]
    return "instead" in after and not wanted.isdisjoint(after[after.index("instead") + 1 :])


def outside_titles(stems: list[str], passage: str, asked_negated: bool) -> list[str]:
    """`stems` (of `passage`) with the negations inside a quoted title blanked: a petition
    titled "No Teddy, No Cove" collected its signatures all the same. (A question with a
    negation of its own may quote it: "who called it 'exposed but not desperate'".)"""
    if asked_negated:
        return stems
    quoted = phrases.titled(passage, len(stems))
    return ["" if inside and s in NEGATIONS else s for s, inside in zip(stems, quoted, strict=True)]


def negated(
    stems: list[str], terms: Iterable[str], asked: Sequence[str] = (), names: Set[str] = frozenset()
) -> list[str]:
    """The `terms` that the passage (its `stems`) negates: "had no veto". Asked of now
    (`asked`, the question's words: "who is directing it"), an act someone gave up is denied
    too: "X, who stepped away from directing after the second film" directs no longer. A
    failed aim denies an act, never a name (`names`): "to Castle Orby ..., as its promoters
    failed" denies no castle."""
    wanted = set(terms)
    now, named = asks_now(asked), {stem(n) for n in names}
    found = []
    # the terms denied outside a relative clause, and those said outside both a denial
    # and a relative clause
    denied_outside: set[str] = set()
    affirmed: set[str] = set()
    for i, s in enumerate(stems):
        if s not in wanted or _said_instead(stems, i, wanted):
            continue
        start = max(0, i - NEGATION_REACH)
        before = stems[start:i]
        # "sailed north to build a harbour, but failed": an aim the sentence says failed
        failed_aim = i and stems[i - 1] == "to" and not FAILURES.isdisjoint(stems[i + 1 :])
        failed_aim = failed_aim and s not in named
        # "was not completed until 1769" says when it was completed; "has not confirmed
        # the budget, but sources put it at $195 million" withholds word of it, not it
        delayed = "until" in stems[i : i + 1 + UNTIL_REACH]  # (or the "until" asked)
        unconfirmed = not REPORTING.isdisjoint(before)
        denying = any(
            (
                w in NEGATIONS
                and not _numbering(stems, start + k)
                and not _of_another_noun(stems, start + k, i)
                and not _conceded(stems, start + k, i)
            )
            # (a failure asked of, "has the board discussed cancelling the film", is no denial)
            or (
                w in FAILURES
                and w not in wanted
                and not (w == "fail" and start + k == i - 1)
                # "abandoned after a petition": the petition is why, not what failed
                and _CAUSES.isdisjoint(before[k + 1 :])
            )
            for k, w in enumerate(before)
        )  # "a failing tannery" is one all the same
        # "a budget of $95 million before marketing costs" (or "cost $165 million to produce
        # before marketing") leaves the marketing out
        amount = stems[max(0, i - 1 - LEFT_OUT_REACH) : i - 1]
        left_out = i > 1 and stems[i - 1] == "before" and any(map(_amount, amount))
        given_up = now and _given_up(stems, i)
        denying = denying or _object_of_denied(stems, i) or _denied_subject(stems, i)
        refused = _refused(stems, i)  # "turned down an offer to score it"
        # "non-urgent", its prefix split off (unless asked so: "the non-urgent cases")
        prefixed = i > 0 and stems[i - 1] == "non" and "non" not in asked
        if (
            prefixed
            or failed_aim
            or left_out
            or given_up
            or refused
            or (denying and not delayed and not unconfirmed)
        ):
            found.append(s)
            if not _in_relative(stems, i):
                denied_outside.add(s)
        elif not _in_relative(stems, i):
            affirmed.add(s)
    # "she recorded around 340 songs from singers who had never been recorded before":
    # what a relative clause denies of others, the sentence says of its own subject
    return [s for s in found if s in denied_outside or s not in affirmed]


# Words opening a clause conceded aside: "the company, while not admitting liability,
# paid 1.2 million kroner" pays all the same.
_CONCEDING = frozenset("while whilst though although despite".split())


def _conceded(stems: list[str], at: int, i: int) -> bool:
    """Whether the "not" at `at` opens a conceded clause ("while not admitting ...") whose
    own verb is not the word at `i` ("though no director has been attached" still denies)."""
    return at > 0 and stems[at - 1] in _CONCEDING and stems[at] == "not" and i != at + 1


# Words telling what made a thing fail, after its failure: "abandoned after a petition".
_CAUSES = frozenset("after follow because due".split())


# Pronouns opening a relative clause, and how far before a verb one may stand: "who had
# never been recorded".
_RELATIVES = frozenset("who whom which that".split())
RELATIVE_REACH = 4


def _in_relative(stems: list[str], i: int) -> bool:
    return not _RELATIVES.isdisjoint(stems[max(0, i - RELATIVE_REACH) : i])


def _numbering(stems: list[str], i: int) -> bool:
    """Whether the "no" at `i` numbers what follows ("the No. 3 shaft") or bounds it ("can
    last no longer than one hour", "no more than 40"), denying nothing."""
    after = stems[i + 1 : i + 3]
    return stems[i] == "no" and bool(after) and (after[0].isdigit() or after[1:] == ["than"])


def _of_another_noun(stems: list[str], i: int, at: int) -> bool:
    """Whether the "no" at `i` denies a noun of its own before a determiner that opens the
    phrase of the term at `at`: "she had no children, her executors sold it" denies no
    executors (but "is no longer the owner" still denies the owner)."""
    return (
        stems[i] == "no"
        and stems[i + 1 : i + 2] not in (["longer"], ["more"])
        and not DETERMINERS.isdisjoint(stems[i + 2 : at])
    )


# Auxiliaries between a denied subject and its verb: "no actors have yet been cast".
_AUXILIARIES = frozenset("have be will can would could should may might yet ever".split())


def _denied_subject(stems: list[str], i: int) -> bool:
    """Whether the verb at `i` follows, past auxiliaries only, a subject that is no one:
    "no actors have been cast", "nobody has been hired", "61 sides, none of which was
    reissued"."""
    k = i - 1
    while k >= 0 and stems[k] in _AUXILIARIES:
        k -= 1
    none_of = k >= 2 and stems[k - 2] in _NONE and stems[k - 1] == "of"  # "none of which"
    return 0 <= k < i - 1 and (
        stems[k] in NEGATIONS
        or (k >= 1 and stems[k - 1] == "no" and not _numbering(stems, k - 1))
        or none_of
    )


_NONE = frozenset("none neither".split())


# Verbs of giving an act up, as stems, said right before it (or before "from" and it):
# "stepped away from directing", "quit acting", "retired from producing", "gave up".
GIVING_UP = frozenset(
    {("step", "away"), ("step", "down"), ("step", "back"), ("retire",), ("quit",), ("give", "up")}
)
# Words that ask about the present or the future: "who is directing", "will she produce".
NOW = frozenset("is are will".split())


def _given_up(stems: list[str], i: int) -> bool:
    """Whether the act at `i` follows a verb of giving it up ("stepped away from")."""
    before = stems[max(0, i - 3) : i]
    if before[-1:] == ["from"]:
        before = before[:-1]
    return any(tuple(before[-len(phrase) :]) == phrase for phrase in GIVING_UP)


# Verbs of refusing an act, said before "to" and it, an offer or so between: "turned
# down an offer to score", "refused to return", "declined to direct it", "had long resisted
# offers to adapt the novel".
REFUSALS = frozenset({("turn", "down"), ("decline",), ("refuse",), ("reject",), ("resist",)})
REFUSAL_REACH = 3  # the words from the verb to "to": "turned down an offer to"


def _refused(stems: list[str], i: int) -> bool:
    """Whether the act at `i` follows "to" after a verb of refusing it."""
    if i < 2 or stems[i - 1] != "to":
        return False
    before = stems[max(0, i - 2 - REFUSAL_REACH) : i - 1]
    return any(
        tuple(before[k : k + len(phrase)]) == phrase
        for phrase in REFUSALS
        for k in range(len(before))
    )


def asks_now(words: Iterable[str]) -> bool:
    """Whether a question (normalized words) asks of the present or the future."""
    return not NOW.isdisjoint(list(words)[:3])


# How far before "before" its amount may stand: "$165 million to produce before".
LEFT_OUT_REACH = 3


def _amount(word: str) -> bool:
    return is_number(word) or word in ("million", "billion", "thousand")


# Prepositions that take a negated verb's object: "would not return for a planned spin-off".
OBJECT_PREPOSITIONS = frozenset("for in on to".split())
# How many words (an article, a modifier) may stand between that preposition and the term.
OBJECT_REACH = 2


def _object_of_denied(stems: list[str], i: int) -> bool:
    """Whether the term at `i` is what a negated verb's preposition takes, a little
    beyond `NEGATION_REACH`: "said he would not return for a planned spin-off series"
    denies his part in the spin-off."""
    for gap in range(1, OBJECT_REACH + 1):
        at = i - gap - 3  # not, the verb, the preposition, then the gap
        if at >= 0 and stems[at] in NEGATIONS and stems[at + 2] in OBJECT_PREPOSITIONS:
            return True
        # ... or takes it itself: "he did not touch the ruined choir"
        at = i - gap - 2
        verb = stems[at + 1] if at >= 0 else ""
        # (not "had no children, her executors ...": "no" takes a noun, not a verb)
        if at >= 0 and stems[at] in NEGATIONS - {"no"} and verb not in _NOT_A_VERB:
            return stems[at + 2] in OBJECT_DETERMINERS
    return False


# What a negated verb's own object opens with, and words after "not" that are no verb.
OBJECT_DETERMINERS = DETERMINERS - {"this", "that", "these", "those"}  # ("did not know that")
_NOT_A_VERB = frozenset("only just merely even least yet".split())


# What sets one thing aside for another: "run by a charitable trust rather than by the
# guild", "chose a ferry instead of a bridge". What follows it, to the end of its clause,
# is what the sentence says is not so.
_CONTRAST = re.compile(r"\b(?:rather than|instead of|in place of)\b[^,;.:]*", re.I)


def only_set_aside(passage: str, asked: Collection[str]) -> bool:
    """Whether some asked stem stands in `passage` only where a contrast sets it aside:
    "is the museum run by the guild?" against "is run by a charitable trust rather than
    by the guild" (but "run by a trust?" is told outside the contrast)."""
    aside = " ".join(m[0] for m in _CONTRAST.finditer(passage))
    if not aside:
        return False
    outside = {stem(w) for w in normalize(_CONTRAST.sub(" ", passage)).split()}
    inside = {stem(w) for w in normalize(aside).split()}
    return any(s in inside and s not in outside for s in asked)


_CONTRASTING = frozenset({"rather", "instead"})  # "rather than taxation, what funds them"


def asked_only_set_aside(
    sequence: Sequence[str], negated: bool, terms: Collection[str], passage: str
) -> bool:
    """Whether a question (its normalized `sequence` and key `terms`) asks of what the
    passage only sets aside: "which codex was handed over in the capital" against "in the
    west rather than in the capital". Not a yes/no question, which reads it as "no" (see
    `yesno`), nor one negated or contrasting itself ("rather than taxation, what ...")."""
    contrasting = negated or not _CONTRASTING.isdisjoint(sequence)
    yes_no = sequence[:1] != () and sequence[0] in AUXILIARIES
    return not contrasting and not yes_no and only_set_aside(passage, terms)
