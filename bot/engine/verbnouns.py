"""Words that name an act as verbs and a thing as nouns: "filmed in Morocco" says where
it was shot, "the earlier films" and "the Zoffbridge Film Festival" do not. A question
asking the act ("where did they film it") is explained by the verb, or by another word
for the act ("it was shot in Morocco"), never by the noun alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text import DETERMINERS, is_ordinal, stem

VERB_OR_NOUN = frozenset({"film", "project", "light"})
# What each is as a noun, a word with no act: "the films" are "movies"; "the project"
# projects nothing ("what did tracking project": "had projected", not "the project"), nor
# does "the light" light anything ("when was the lighthouse first lit": not "put the
# light out").
NOUN_SENSE = {"film": "movie", "project": "", "light": "lamp"}
# Their past forms that are not the noun with "-ed": "lit".
_IRREGULAR = {"lit": "light"}
_NOUN_AFTER = DETERMINERS | {"earlier", "previous"}
# Nouns the noun names a kind of, after it: "a film festival", "the film rights".
_MODIFIED = frozenset(
    """festival festivals school schools studio studios critic critics industry rights
    version adaptation premiere award awards society institute archive company""".split()
)
# Words after which a question's bare form is a verb: "did they film", "to film".
_VERB_AFTER = frozenset("they we you i he she to did do does will would".split())


def noun_use(s: str, words: Sequence[str], i: int) -> bool:
    """ "films", "the film", "a fourth film", "a film festival": `VERB_OR_NOUN` as a noun."""
    return s in VERB_OR_NOUN and (
        words[i].endswith("s")
        or (i > 0 and words[i - 1] in _NOUN_AFTER)
        # "a 4th film" (not "first lit in 1859", where the ordinal is an adverb)
        or (i > 1 and is_ordinal(words[i - 1]) and words[i - 2] in _NOUN_AFTER)
        or (i + 1 < len(words) and words[i + 1] in _MODIFIED)
    )


def asked_as_verbs(asked: Sequence[str]) -> set[str]:
    """The forms of each `VERB_OR_NOUN` word a question (normalized `asked`) asks as a
    verb: "where did they film it", "where was it filmed". What a passage is about unnamed
    (its film, "the film") explains none of them."""
    return {
        form
        for noun in VERB_OR_NOUN
        if any(
            w in (noun + "ed", noun + "ing")
            or _IRREGULAR.get(w) == noun
            or (w == noun and k and asked[k - 1] in _VERB_AFTER)
            for k, w in enumerate(asked)
        )
        for form in (noun, noun + "s", noun + "ed", noun + "ing", *_pasts(noun))
    }


def _pasts(noun: str) -> list[str]:
    return [past for past, verb in _IRREGULAR.items() if verb == noun]


# Nouns of the kind `VERB_OR_NOUN` names, which say none of its acts: "the movie".
_NOUNS = frozenset("film films movie movies flick picture feature".split())


def unsaid_by_nouns(asked: Sequence[str]) -> set[str]:
    """`asked_as_verbs`, and the nouns that say none of them, when any is asked."""
    verbs = asked_as_verbs(asked)
    return verbs | _NOUNS if verbs else verbs


def said_only_as_nouns(asked: Sequence[str], words: Sequence[str], passage: str) -> set[str]:
    """`asked_as_verbs` that a passage (normalized `words`, and as written) says only as
    nouns or in a name ("Zoffbridge Film Festival"): they explain nothing of the act."""
    forms = asked_as_verbs(asked)
    uses = [i for i, w in enumerate(words) if w in forms]
    named = any(re.search(rf"\b{noun.capitalize()}\b", passage) for noun in VERB_OR_NOUN)
    if uses and all(noun_use(stem(words[i]), words, i) or named for i in uses):
        return forms
    return set()


# Verbs an idiom empties of their sense, with the nouns that do it: "made her feature debut
# with Pale Harvest" makes nothing, so it says nothing of "which studio is making it".
LIGHT_VERBS = {
    "make": frozenset("debut appearance history headlines way comeback cameo sense sure".split()),
    "take": frozenset("part place note care".split()),
}
LIGHT_REACH = 3  # how many words after the verb its noun may stand: "made her screen debut"


def light_uses(words: Sequence[str], asked: Sequence[str] = ()) -> set[str]:
    """The `LIGHT_VERBS` a passage (normalized `words`) uses only in idioms the question
    (`asked`) does not: their stems and the forms it has of them."""
    idiom: set[str] = set()
    sense: set[str] = set()
    for i, w in enumerate(words):
        if (nouns := LIGHT_VERBS.get(stem(w))) is not None:
            nouns = nouns.difference(asked)  # "in what role did she make her debut": its own
            emptied = not nouns.isdisjoint(words[i + 1 : i + 1 + LIGHT_REACH])
            (idiom if emptied else sense).add(stem(w))
    emptied_only = idiom - sense
    return emptied_only | {w for w in words if stem(w) in emptied_only}


# Verbs that start a list rather than an act, before "with": "played the agent in the
# first four films, beginning with X" tells no shoot begun ("when do cameras start
# rolling"), though it may tell when a run of things began ("when did the series begin").
LISTING_FORMS = frozenset({"beginning", "starting"})
_LISTING_STEMS = frozenset({"begin", "start"})
_SHOOT_ASKED = frozenset(
    "camera cameras roll rolling filming shooting production photography".split()
)


def listing_uses(words: Sequence[str], asked: Sequence[str]) -> set[str]:
    """The forms and stems of "begin" and "start" when a passage (normalized `words`)
    uses them only to open a list ("beginning with X") and the question (`asked`) asks
    when or where a shoot starts."""
    if _SHOOT_ASKED.isdisjoint(asked):
        return set()
    uses = [i for i, w in enumerate(words) if stem(w) in _LISTING_STEMS]
    if uses and all(words[i] in LISTING_FORMS and words[i + 1 : i + 2] == ["with"] for i in uses):
        return {words[i] for i in uses} | {stem(words[i]) for i in uses}
    return set()


# Nouns spelt as a verb of another word's concept: "in its present form" forms nothing,
# so it says nothing of "who founded it" (founding is "@form").
NOUN_FORMS = frozenset({"form", "forms"})
_NOUN_OPENERS = _NOUN_AFTER | frozenset("present current final original modern new old".split())


def only_nouns(words: Sequence[str]) -> set[str]:
    """The `NOUN_FORMS` a passage (normalized `words`) uses only as nouns, after a
    determiner or an adjective of time."""
    uses = [i for i, w in enumerate(words) if w in NOUN_FORMS]
    nouns = bool(uses) and all(i and words[i - 1] in _NOUN_OPENERS for i in uses)
    verbs = any(stem(w) == "form" and w not in NOUN_FORMS for w in words)  # "was formed"
    return set(NOUN_FORMS) if nouns and not verbs else set()


def unsaid_acts(asked: Sequence[str], words: Sequence[str], passage: str) -> set[str]:
    """The words of a passage that say none of the acts asked: `said_only_as_nouns`,
    `light_uses`, `listing_uses` and `only_nouns`."""
    return (
        said_only_as_nouns(asked, words, passage)
        | light_uses(words, asked)
        | listing_uses(words, asked)
        | only_nouns(words)
    )
