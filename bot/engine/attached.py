"""Whether what a question attaches to a thing the passage attaches to it too: whose it is
("Ilse's charter" is not her rival's), what its prepositions take ("sailed from Ostvik"
is not "sailed to Ostvik"), and whether a film it names is more than an aside ("best known
for "Low Water"" says nothing more of that film)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.concepts import GENERAL_CONCEPTS, Concepts
from bot.engine import asides, owners, phrases
from bot.engine.verdicts import PASS, Verdict

if TYPE_CHECKING:
    from bot.engine.premise import Asked


def verdict(
    question: Asked,
    passage: str,
    words: list[str],
    stems: list[str],
    same: set[str],
    known: Concepts = GENERAL_CONCEPTS,
) -> Verdict:
    """A contradiction when the passage (as written, its normalized `words` and `stems`;
    `same`: what else is said of it) attaches the question's owner, phrase or film to
    something else; else PASS. The passage may call an owner by another word (`known`):
    "the programme's theme tune" for "the show's theme"."""
    alike = {w for owner, _ in question.owned for w in (owner, *known.sharing([owner], stems))}
    thing = owners.other_owner(question.owned, passage, stems, same | (alike - {*question.names}))
    if thing is not None:
        return Verdict.fail("contradicts", f"whose {thing}")
    if question.film_names and asides.only_aside(passage, question.film_names, question.terms):
        return Verdict.fail("contradicts", "known for")  # "best known for "Low Water""
    phrase = phrases.detached(question.sequence, words) or phrases.proper_modifier_moved(
        question.sequence, question.capitals, words
    )
    return Verdict.fail("contradicts", phrase) if phrase else PASS
