"""Whether what a question attaches to a thing the passage attaches to it too: whose it is
("Ilse's charter" is not her rival's), what its prepositions take ("sailed from Ostvik"
is not "sailed to Ostvik"), and whether a film it names is more than an aside ("best known
for "Low Water"" says nothing more of that film)."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from bot.concepts import GENERAL_CONCEPTS, Concepts
from bot.engine import asides, owners, phrases
from bot.engine.opposites import is_superlative
from bot.engine.passive import is_participle
from bot.engine.verdicts import PASS, Verdict
from bot.text import DETERMINERS, GLUE, POSSESSIVES, capitalised_words, stem

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
    named = question.capitals | capitalised_words(passage)  # "the Kesvar Shaft": a name
    phrase = phrase or noun_modifier_moved(question.sequence, named, words)
    return Verdict.fail("contradicts", phrase) if phrase else PASS


_OPENERS = DETERMINERS | POSSESSIVES
# Words said of any thing, which set no other beside it: "the entire crop", "its own".
_OF_ANY_THING = frozenset("entire whole full complete total same very own main present".split())


def noun_modifier_moved(
    sequence: tuple[str, ...], capitals: frozenset[str], words: list[str]
) -> str | None:
    """ "its haddock operations" against "sold its shrimp operations to a competitor, in
    order to concentrate on cod and haddock": the question's modifier ("haddock") stands
    in the passage as a thing of its own, and the noun with another modifier ("its
    shrimp operations"). Returns the question's phrase."""
    triples = set(zip(words, words[1:], words[2:], strict=False))
    for opener, modifier, noun in zip(sequence, sequence[1:], sequence[2:], strict=False):
        if opener not in _OPENERS or not (modifier.isalpha() and noun.isalpha()):
            continue
        if {modifier, noun} & (capitals | GLUE) or is_superlative(modifier):
            continue  # (a name's word, or "the deepest shaft", read as superlatives are)
        # the modifier a thing of its own in the passage, before no noun ("concentrate on
        # cod and haddock"; not "a village cricket club", which says what kind of comedy)
        said_of = [b for a, b in pairwise([*words, "."]) if stem(a) == stem(modifier)]
        if not said_of or any(b not in GLUE and b.isalpha() for b in said_of):
            continue
        # (a noun: "the studio delayed the sequel" has no "studio delayed" thing)
        others = {m for o, m, n in triples if o in _OPENERS and stem(n) == stem(noun) and _noun(n)}
        others -= _OF_ANY_THING  # "destroyed almost the entire crop": the coffee crop
        others -= capitals
        if _noun(noun) and others and all(m not in GLUE and m.isalpha() for m in others):
            return f"{modifier} {noun}"
    return None


def _noun(word: str) -> bool:
    return not is_participle(word) and not word.endswith("ing")
