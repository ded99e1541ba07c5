"""Where an asked act happened: the place must stand in the clause telling of the act.

"Where did Arthur Vosse die?" is not answered by "Corvane married the sculptor Arthur
Vosse, who carved the war memorial in the village square; he died in 1926": the square is
where the memorial stands, in a clause before the one telling of the death, which names no
place. Clauses are those `phrases.clauses` splits a sentence into (at a semicolon, or ",
and" before a new subject); an act the passage says in other words is not looked for.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.engine import phrases


def place_of_another_act(
    passage: str, stems: Sequence[str], acts: Collection[str], placed: Collection[int]
) -> bool:
    """Whether the asked `acts` (stems, "die") stand in `passage` (its normalized words'
    `stems`) only in clauses holding none of the `placed` names (their positions)."""
    told = [i for i, s in enumerate(stems) if s in acts]
    if not told or not placed:
        return False
    clause = phrases.clauses(passage, len(stems))
    return {clause[i] for i in placed}.isdisjoint(clause[i] for i in told)
