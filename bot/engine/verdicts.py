"""The premise check's finding on a passage: it answers, or why it does not."""

from __future__ import annotations

from dataclasses import dataclass

# Contradictions that leave another passage worth reading: the passage denies the asked
# relation of someone ("Tomas Lind is not returning"), is about another numbered title,
# or of another thing ("Gwaltor founded Gwimble Animation" for "who founded Kraxton"), or
# gives only a plan since changed ("was originally scheduled to begin in September").
NEGATED = "negated"
OTHER_FILM = "other film"
OTHER_THING = "other thing"
SUPERSEDED = "superseded"


@dataclass(frozen=True, slots=True)
class Verdict:
    """The premise check's finding: `ok`, or why the passage is no answer."""

    ok: bool
    reason: str = ""  # contradicts | unexplained | no_answer
    detail: str = ""  # the word it turned on, for logs and tests
    cause: str = ""  # for some contradictions, which kind: NEGATED | OTHER_FILM | ...

    @classmethod
    def fail(cls, reason: str, detail: str, cause: str = "") -> Verdict:
        return cls(False, reason, detail, cause)


PASS = Verdict(True)
