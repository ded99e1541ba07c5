"""Whether a passage gives a reason: what a "why" or "how come" question asks for.

"Why did they delay it?" is answered by "..., citing an extended effects schedule", "...
because of a scheduling conflict" or "... to avoid interference with the older stations".
A sentence on the same film that gives no cause ("the script was reworked by X") is no
answer however well it ranks, so the next passage is read instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text import stem

# How a sentence gives a cause or a purpose, in normalized words (casefolded, hyphens as
# spaces). A bare "to" of purpose is left out ("was reworked to explain" would make any
# sentence with an infinitive a reason); these verbs after it say what was avoided or
# made possible.
REASON_CUES = re.compile(
    r"\b(?:because|due to|owing to|thanks to|on account of|as a result|result of|resulted"
    r"|in order to|so as to|so that|citing|cited|blamed|blaming|amid|reasons?"
    r"|caused|causing|sparked|triggered|prompted|in response to|concerns? (?:about|over)|over concerns?"
    r"|stems? from|stemmed from|stemming from|driven by"
    r"|to (?:avoid|prevent|allow|ensure|accommodate|protect|reduce|make room|free up"
    r"|mark|celebrate|commemorate|honou?r|warn|slow|save|raise|fund|meet|cut|attract|boost"
    r"|ease|relieve|improve|encourage|discourage|stop|keep|escape|compete)"
    # what led to it or forced it, what it was done in protest at or in exchange for:
    # "shortages, which led the government to introduce a bonus"
    r"|led (?:\w+ ){0,3}to|forc(?:ed|ing)|in protest (?:at|against|over)|in exchange for"
    r"|in an? (?:effort|bid|attempt) to|with the aim of|aimed at"
    r"|(?:which|that) is why|for the sake of|on \w+ grounds|credited to|helped by"
    r"|which prevented"
    r"|more time|explain(?:ed|s|ing)? that"
    r"|died (?:of|from)|succumbed to|killed by|cause of (?:his |her |their )?death"
    r"|^to \w+"  # "To spare the old pier, only small ferries sail": a purpose opening it
    # a change or a leaving "after" or "over" what caused it: "delayed it after the
    # effects house asked ...", "left the project in June over creative differences"
    r"|(?:delay|delayed|pushed(?: \w+){0,2} back|postponed|moved|left|quit|exited|departed|bailed|dropped out"
    r"|cancell?ed|halt|halted|shelved|abandoned|called off|suspended|rejected|refused|withdrawn"
    r"|stopped|ended|fell apart|collapsed|renew|void|voided|disqualified|scrapped|banned"
    r"|stepped (?:down|away)|resigned|retired|withdrew|closed|shut)(?: \w+){0,4}"
    r" (?:after|over|following)"
    # (not a span: "left the post after six years" tells how long, not why)
    r"(?! (?:about |nearly |almost |more than |just )?(?:\d+|a|an|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|several|many) (?:\w+ )?(?:years?|months?|weeks?"
    r"|days?|decades?|seasons?|terms?)\b)"
    # "as" of cause opens a clause ("as the program was believed to ...", "as the money
    # raised for it was spent instead"); the "as" of a role or a comparison does not
    # ("joins the cast as Juno", "as large as")
    r"|as (?:the|it|they|he|she|its|their|his|her|this)(?: \w+){0,4} (?:was|were|is|are|had|has"
    r"|would|could))\b"
)

# A source's reason for speaking anonymously, which news gives beside what it reports:
# "two people, who spoke on condition of anonymity because they were not authorized to
# discuss ..., said ..." gives no cause of what they said.
_ANONYMITY = re.compile(
    r"\banonymity because \w+ (?:was|were|is|are) not (?:\w+ )?(?:authorized|allowed|permitted)"
)

# "was due to headline Sunday's panel": a schedule, not a cause. A cause after "due to"
# is a thing ("due to a scheduling conflict", "due to the storm"); a plan is an act.
_SCHEDULED = re.compile(
    r"\b(?:is|was|were|are|be|been|not) due to (?!(?:the|a|an|his|her|their|its|this|that"
    r"|these|those|some|\d+|[a-z]+s)\b)"
)

# How a question asks for a reason: "why", "how come", "what for" at its end, and "what
# caused it" (what another sentence calls the reason: "the fire was caused by ...").
_ASKS_REASON = re.compile(
    r"^(?:why\b|how come\b|what (?:caused|causes|cause|sparked|triggered|prompted)\b)"
    # "what started the 1923 fire": an event's cause, not its founder ("the festival")
    r"|^what (?:started|began|set off) the (?:\d+ )?(?:\w+ )?(?:fire|war|riot|revolt|strike"
    r"|feud|dispute|rebellion|uprising|crisis|flood|panic|blaze|collapse)\b"
    r"|\bwhat for$"
    # "what event led him to promise ...", "what prompted the council to act": a cause
    r"|^what (?:\w+ )?(?:led|prompted|drove|forced|persuaded|moved) (?:\w+ ){1,3}to\b"
    # "what was the cause of the fire", "what is the main reason for the delay": a cause
    # asked by name
    r"|^what (?:was|is|were|are) the (?:\w+ )?(?:cause|reason)s? (?:of|for|behind)\b"
    # a death's cause: "what did she die of", "how did he die", "what killed him"
    r"|\bdie (?:of|from)$|^how did(?: \w+){1,3} die$|^what killed\b(?! off)"
)


def asks_reason(text: str) -> bool:
    """Whether a normalized question asks why."""
    return bool(_ASKS_REASON.search(text))


# A reason withheld: "the studio did not give a reason", "without giving a reason".
_WITHHELD = re.compile(
    r"\b(?:not|never|without|declined to|refused to)(?: \w+){0,2} (?:give|giving|gave|offer"
    r"|offering|offered|provide|providing|provided|state|stating|stated) (?:a|any) reasons?\b"
)


# A cause the passage says nobody knows: "the cause of the fire was never established",
# "the reason remains unclear". What it says beside that (who was blamed for the damage)
# is no cause a fan may take for the one asked.
_CAUSE_UNKNOWN = re.compile(
    r"\b(?:cause|reason|origin)s? (?:of (?:\w+ ){1,3})?(?:(?:was|were|is|are|has|have|had)"
    r"(?: been)? (?:never|not|still not)(?: been)? (?:established|determined|found|identified"
    r"|known|explained|discovered|confirmed|made public)|(?:remains?|remained|is|was|were)"
    r" (?:still )?(?:unknown|unclear|undetermined|uncertain|a mystery))\b"
    r"|\bfor (?:unknown|unexplained|undisclosed) reasons\b"
)


def gives_reason(words: Sequence[str]) -> bool:
    """Whether a normalized passage's `words` give a cause or a purpose."""
    text = _SCHEDULED.sub(" ", _ANONYMITY.sub(" ", _WITHHELD.sub(" ", " ".join(words))))
    return bool(REASON_CUES.search(text)) and not _CAUSE_UNKNOWN.search(text)


# What a "what caused the fire" question asks the cause of: the words after its verb.
_CAUSED = re.compile(r"^what (?:caused|causes|cause|sparked|triggered|started|set off) (.+)$")
# How a passage sets a thing down as the cause of something else: "cancelled after a
# fire at the concert hall" tells what the fire caused, not what caused it.
_AS_CAUSE = re.compile(
    r"\b(?:after|following|over|because of|due to|owing to|caused by|blamed on) (?:an? |the )?"
    r"(\w+(?: \w+)?)"
    # ... or as what brought something about: "several minor fires, in 1834, 1858 and
    # 1881, had already prompted calls for stricter rules" (not "was caused by")
    r"|((?:\w+ ){1,10})(?:had |has |have )?(?:already )?(?:prompted|triggered|sparked|led to"
    r"|causing)\b(?! by)"  # (or "a fire destroyed the warehouse, causing damage")
)


# A cause told as the doer of the asked act: "was started by a spark from a forge".
_TOLD_BY = re.compile(r"\b(?:was|were) (?:\w+ )?(?:caused|started|sparked|triggered|set off) by\b")


def effect_told_as_cause(words: Sequence[str], question: Sequence[str]) -> bool:
    """Whether a passage (its normalized `words`) names what a "what caused X" question
    asks about only as the cause of something else ("was cancelled after a fire"), and
    gives no other cause: it says what X caused, not what caused X."""
    asked = _CAUSED.match(" ".join(question))
    if asked is None:
        return False
    effect = {stem(w) for w in asked[1].split() if w.isalpha() and len(w) > 3}
    text = " ".join(words)
    if _TOLD_BY.search(text):
        return False  # "the fire of 1881, which prompted ..., was started by a spark"
    causes = list(REASON_CUES.finditer(text))
    as_cause = [
        m for m in _AS_CAUSE.finditer(text) if effect & {stem(w) for w in (m[1] or m[2]).split()}
    ]
    return bool(as_cause) and all(
        any(c.start() <= m.end() and m.start() <= c.end() for m in as_cause) for c in causes
    )


# A cause a sentence gives, to the end of its clause: "... delayed because the trestle was
# demolished in 1967 and would have to be rebuilt".
_BECAUSE = re.compile(r"\bbecause (?!of\b)[^;]*")
TERMS_SAID = 2  # question terms a cause must hold to tell the asked act


def act_told_as_cause(words: Sequence[str], terms: Sequence[str]) -> bool:
    """Whether a passage (its normalized `words`) says what a "why" question asks about
    (its `terms`, stems) only inside a "because" clause, as the cause of something else:
    "why was the trestle demolished" against "the plans have been delayed because the
    trestle was demolished in 1967"."""
    text = " ".join(words)
    cause = _BECAUSE.search(text)
    if cause is None:
        return False
    inside = [stem(w) for w in cause[0].split()]
    outside = [stem(w) for w in (text[: cause.start()] + text[cause.end() :]).split()]
    said = set(terms) & set(inside)
    return len(said) >= TERMS_SAID and said.isdisjoint(outside)
