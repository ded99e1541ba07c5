"""Words that say another word: two words of a question or a passage that say one thing
("how much did it pull in" is answered by "it grossed $1.12 billion", "why did he walk
away" by "he exited the sequel"; the pair is read as that word, its particle as nothing
more), a verb and the honour after it ("took the top prize" is winning), and a verb beside
a name of its kind ("who started Kraxton Studios" asks who founded it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.aliases import Mention
from bot.engine.verbforms import bare_verb
from bot.models import EntityKind
from bot.text import GLUE, stem

# Two words that say one thing a passage says in one word: "how much did it pull in" is
# answered by "it grossed $1.12 billion". ("Box office" is left out: with "make" beside
# it, any fact saying "make" or "gross", of whichever film, ranked high enough to answer
# "how much did the fifth X make at the box office".) The second word is a particle,
# which the reading of a question passes over.
PHRASE_WORDS = {
    ("pull", "in"): "gross",
    ("rake", "in"): "gross",
    ("pass", "away"): "die",  # "when did she pass away" is answered by "she died in 1902"
    ("big", "bad"): "villain",  # "who's playing the big bad": the villain
    ("bad", "guy"): "villain",  # "who plays the bad guy": "guy" is no particle, but says nothing
    ("walk", "away"): "leave",  # "why did he walk away": "he exited the sequel"
    ("drop", "out"): "leave",
    ("pull", "out"): "leave",
    ("work", "on"): "develop",  # "which streamer is working on a spin-off": developing it
    ("set", "up"): "found",  # "who set up the trust": who founded it
    ("put", "out"): "release",  # "which studio put out Clockfall": released it
    ("pick", "up"): "acquire",  # "what did they pay to pick it up": acquired (a prize: below)
    ("shut", "down"): "close",  # "when did the smelter shut down": "closed the plant"
    ("kick", "off"): "begin",  # "when did the strike kick off": "it began as a walkout"
    ("set", "off"): "spark",  # "what set off the revolt": "sparked by a rise in the excise"
    ("team", "up"): "join",  # "who did they team up with": "joined Turkish forces"
    ("make", "up"): "comprise",  # "how many units make up the school": "comprising"
    # "how much revenue did they bring in": "reported revenue"; what a film took or a
    # campaign raised (see @gross, @raise)
    ("bring", "in"): "bring",
    ("catch", "fire"): "fire",  # "when did the palace catch fire": "a fire damaged it"
    ("take", "over"): "succeed",  # "who did she take over from": whom she replaced
    ("swap", "out"): "replace",  # "what did he swap the lamp out for": replaced it with
    ("shell", "out"): "pay",  # "how much did they shell out for it": paid, acquired for
    ("fork", "out"): "pay",
    ("fork", "over"): "pay",
    ("bring", "back"): "revive",  # "who brought the fair back": "revived in 1976 by X"
    ("put", "in"): "install",  # "when did they put the clock in": "installed in 1386"
    ("come", "down"): "collapse",  # "when did the tower come down": "it collapsed in 1788"
    ("burn", "down"): "destroy",  # "when did the theatre burn down": "destroyed by fire"
    **dict.fromkeys([("tear", "down"), ("knock", "down"), ("pull", "down")], "demolish"),
    ("wipe", "out"): "destroy",
    ("call", "off"): "cancel",  # "why did they call off the tour": "the tour was cancelled"
    ("turn", "down"): "refuse",  # "why did she turn it down": "she declined"
    ("step", "in"): "replace",  # "stepping in for X": X's successor
    ("sign", "on"): "join",  # "who signed on to the sequel": "joined the cast"
    ("cave", "in"): "collapse",  # "when did the tunnel cave in": "the collapse, in 1798"
    # "why did she bail on the role": "she stepped away because of scheduling conflicts"
    **dict.fromkeys([("step", "away"), ("step", "back")], "leave"),
    ("step", "down"): "resign",  # "which head said she would resign": "would step down"
    ("put", "up"): "erect",  # "was the statue ever put up": "was never erected"
    ("carry", "out"): "perform",  # "who performed the first transplant": "carried out"
    ("buy", "up"): "buy",  # "which company bought up the claims": "acquired the claims"
    **dict.fromkeys([("dig", "up"), ("turn", "up")], "find"),  # "turned up in a storage unit"
    ("set", "back"): "cost",  # "how much did the charter set them back": "paid a fine of"
    ("lay", "off"): "cut",  # "how many people are getting laid off": "will eliminate 450 jobs"
    ("fix", "up"): "restore",  # "how much has the trust fixed up": "has restored 11 miles"
    ("give", "up"): "abandon",  # "what status did it give up": "a status it lost"
    # "was the island given back": "the island was handed back" (returned)
    **dict.fromkeys([("give", "back"), ("hand", "back")], "return"),
    ("hand", "over"): "pass",  # "to whom did he pass the studio": "handed the studio over to"
    ("do", "up"): "refurbish",  # "how much will it spend doing up the cinemas"
    ("name", "after"): "name",  # "what is it named after": "it takes its name from X"
    ("push", "for"): "campaign",  # "who pushed for its protection": "campaigned for"
    ("go", "down"): "sink",  # "when did the ship go down": "she sank on 17 November 1936"
    ("go", "live"): "launch",  # "when did the website go live": "a website was launched"
    ("go", "bankrupt"): "bankruptcy",  # "which contractor went bankrupt": "filed for bankruptcy"
    ("call", "back"): "recall",  # "how many packs is it calling back": "has recalled"
    ("look", "after"): "manage",  # "which charity has looked after it": "managed by"
    ("look", "for"): "search",  # "two brothers died looking for it": "died searching for it"
    ("put", "into"): "invest",  # "how much will be put into new pens": "would invest"
    # "when was it taken off the register": no "added to the register"
    **dict.fromkeys([("take", "off"), ("strike", "off")], "remove"),
    ("take", "down"): "remove",  # "what did it cost to take down the dam": "was removed"
    ("take", "out"): "remove",  # "when was it taken out of the network": not "added to it"
    ("pass", "through"): "handle",  # "how much cargo passed through the port": "handled"
    ("track", "down"): "locate",  # "who tracked down the wreck": "it was located by divers"
    ("put", "together"): "compile",  # "the hymnal he put together": "compiled a hymnal"
    ("hand", "in"): "submit",  # "when did it hand in its application": "submitted"
    ("bring", "out"): "introduce",
    ("lay", "out"): "plan",  # "who planned the route": "the engineer X laid out a route"
    ("sum", "up"): "describe",  # "how did she sum up the revival": "described the revival as"
    (
        "plead",
        "guilty",
    ): "admit",  # "to how many charges did it plead guilty": "admitted 38"  # "when was the wheat beer brought out": "introduced"
    ("get", "away"): "escape",  # "how many salmon got away": "about 40,000 escaped"
}
# A peace's pact is that pact: "when was the peace treaty signed" is answered by "the
# treaty was signed on 9 June 1811" (its second word is read as the phrase's word).
PHRASE_WORDS |= {
    ("peace", pact): pact for pact in "treaty deal accord agreement settlement".split()
}
# The phrase words that ask for a sum of money, as "how much" does.
AMOUNT_WORDS = frozenset({"gross"})


def _pair(words: Sequence[str], i: int) -> str | None:
    if i + 1 >= len(words):
        return None
    pair = (stem(words[i]), stem(words[i + 1]))
    if pair in _NOT_OF_DATES and not _DATES.isdisjoint(words[i + 2 : i + 2 + OBJECT_REACH]):
        return None  # "which film is taking over the June 12 slot": takes the date
    if words[i] in _ALSO_NOUNS and i and words[i - 1] in _BEFORE_A_NOUN:
        return None  # "when did work on the tunnel begin": the work, no one working on it
    return PHRASE_WORDS.get(pair)


# Verbs of pairs that are nouns too, and the words before such a noun ("did work on X
# begin", "after work on X stopped").
_ALSO_NOUNS = frozenset({"work"})
_BEFORE_A_NOUN = frozenset("did does do has have had the of when after before since until".split())


# Pairs that mean their phrase word only of a person or a part, not of a date taken.
_NOT_OF_DATES = frozenset({("take", "over")})
_DATES = frozenset("slot slots date dates spot weekend".split())


# A phrase's particle may follow the verb's object: "who brought the lantern fair back",
# "when did they shut the old mill down". How many words the object may have (a name
# among them: "the Dromsk Lantern Fair"):
OBJECT_REACH = 5
PARTICLES = frozenset("in out up down off away back over".split())


def _parted(words: Sequence[str], i: int) -> tuple[str, int] | None:
    """The phrase word and its particle's place, when the verb at `i` has its object
    before its particle; None when an adjacent pair or none stands there."""
    if i + 1 < len(words) and stem(words[i + 1]) in PARTICLES:
        return None  # "bring in": an adjacent pair, or the verb's own particle
    for j in range(i + 2, min(len(words), i + 2 + OBJECT_REACH)):
        if stem(words[j]) in PARTICLES:
            meant = PHRASE_WORDS.get((stem(words[i]), stem(words[j])))
            return (meant, j) if meant else None
        if words[j] in _CLAUSE_ENDS:
            return None
    return None


_CLAUSE_ENDS = frozenset("and or but to for from with by at".split())


def phrase_word(words: Sequence[str], i: int) -> str | None:
    """The one word the words at `i` and after it say: a `PHRASE_WORDS` pair's, or an
    `HONOUR_VERBS` verb's; "found" after "did" or "to" (to found, not "find")."""
    if words[i] == "found" and bare_verb(words, i):
        return "found"  # "what did Queen Isolde found": "founded the University of X"
    if stem(words[i]) not in _OPENING_WORDS:
        return None  # most words open no phrase (every passage word is asked)
    parted = _parted(words, i)  # "brought the fair back": revived it
    found = honour_verb(words, i) or schooling_verb(words, i) or _pair(words, i)
    return found or (parted[0] if parted else None)


def adjacent_phrase(words: Sequence[str], i: int) -> str | None:
    """The word a `PHRASE_WORDS` pair opening at `i` says, its particle right after it:
    "go down" (for a function word that opens one, never parted from its particle: "did
    the bridge end up costing" is no "doing up"), nor an auxiliary ("what did they do up
    there")."""
    return None if words[i] in _AUXILIARY_DO else _pair(words, i)


_AUXILIARY_DO = frozenset("do does did done".split())


def phrase_words_in(words: Sequence[str]) -> list[str]:
    """The words the phrases of `words` say: "set up" in a passage says "found", and
    "received its charter in 1302 from X" that X gave it."""
    return [p for i in range(len(words)) if (p := phrase_word(words, i) or _given(words, i))]


# How far after "received" its giver's "from" may stand: "received its market charter in
# 1302 from Duke X". (Read in passages only: "who received it from X" asks the receiver.)
GIVER_REACH = 6


def _given(words: Sequence[str], i: int) -> str | None:
    found = stem(words[i]) == "receive" and "from" in words[i + 1 : i + 1 + GIVER_REACH]
    return "give" if found else None


def phrase_particle(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is the particle of a `PHRASE_WORDS` pair ("away"), next to
    its verb or after the verb's object."""
    if i > 0 and _pair(words, i - 1) is not None:
        return True
    verbs = range(max(0, i - 1 - OBJECT_REACH), max(0, i - 1))
    return any((parted := _parted(words, k)) is not None and parted[1] == i for k in verbs)


# A verb that says another when an honour is its object: "which film took the Clarion
# Prize" asks which one won it ("how much did it take" is its takings: see "@gross").
HONOUR_VERBS = {"take": "win", "scoop": "win", "pick": "win", "lift": "win"}
HONOURS = frozenset("prize award medal trophy honour honor title cup shield".split())
HONOUR_REACH = 4  # "took the festival's top prize"


def honour_verb(words: Sequence[str], i: int) -> str | None:
    """The word a `HONOUR_VERBS` verb at `i` stands for, when an honour follows it."""
    meant = HONOUR_VERBS.get(stem(words[i]))
    after = words[i + 1 : i + 1 + HONOUR_REACH]
    return meant if meant and not HONOURS.isdisjoint(stem(w) for w in after) else None


# "Go to" a school is attending one: "where did she go to school" is answered by "she was
# educated at the X Academy", not by "she opened the X Flying School".
SCHOOLING_VERBS = {"go": "attend"}
SCHOOLS = frozenset("school college university academy seminary".split())
SCHOOL_REACH = 3  # "go to a private school"


def schooling_verb(words: Sequence[str], i: int) -> str | None:
    """The word a `SCHOOLING_VERBS` verb at `i` stands for, when "to" a school follows."""
    meant = SCHOOLING_VERBS.get(stem(words[i]))
    after = words[i + 2 : i + 2 + SCHOOL_REACH]
    to_school = words[i + 1 : i + 2] == ["to"] and not SCHOOLS.isdisjoint(map(stem, after))
    return meant if meant and to_school else None


@dataclass(frozen=True)
class ObjectVerb:
    """A verb that says another of a kind of thing: its object's kind, the word it then
    stands for, and whether the thing may stand before it ("when was X started")."""

    kind: EntityKind
    meant: str  # as a question would write it: "founded"
    thing_first: bool
    asker: str = ""  # the question word it must be asked with, if any


# "who started Kraxton Studios" asks who founded it, as "Founded in 1931 by the brothers"
# says, not who "restarted feature production" there (starting a shoot is a production's
# news: see "@production"); "who made Clay Season" asks who directed it (but "how much
# did Clay Season make" its takings, and "which studio made it" no director).
OBJECT_VERBS = {
    "start": ObjectVerb(EntityKind.ORG, "founded", thing_first=True),
    "make": ObjectVerb(EntityKind.FILM, "directed", thing_first=False, asker="who"),
}


def object_verb(
    words: Sequence[str], i: int, mentions: Sequence[Mention], kind: Callable[[str], EntityKind]
) -> str | None:
    """The word an `OBJECT_VERBS` verb at `i` stands for, when a name of its kind is
    beside it: "who started Kraxton", "when was the Gwel Trust started"."""
    verb = OBJECT_VERBS.get(stem(words[i]))
    if verb is None or (verb.asker and tuple(words[:1]) != (verb.asker,)):
        return None
    after = i + 2 if i + 1 < len(words) and words[i + 1] == "the" else i + 1
    # "when was X started", "when did X start", but not "when did X start production":
    # that verb's object is no organisation
    ends = verb.thing_first and (i + 1 == len(words) or words[i + 1] in GLUE)
    beside = (
        m
        for m in mentions
        if m.start == after or (ends and m.end in (i, i - 1))  # "X start", "X was started"
    )
    return verb.meant if any(kind(m.entity_id) is verb.kind for m in beside) else None


def with_object_verbs(
    words: list[str], mentions: Sequence[Mention], kind: Callable[[str], EntityKind]
) -> list[str]:
    """`words` with each `OBJECT_VERBS` verb beside a name of its kind written as the verb
    it stands for: "who started Kraxton" is read as "who founded Kraxton" everywhere; and
    a story's "take place" as where or when it is set ("where does Ophidian Hollow take
    place" is not where it was shot)."""
    words = [object_verb(words, i, mentions, kind) or w for i, w in enumerate(words)]
    stories = {m.end: m.start for m in mentions if kind(m.entity_id) in _STORIES}
    at = next((i for i in stories if words[i : i + 2] == ["take", "place"]), None)
    if at is None or any(m.start > at for m in mentions):
        return words
    aux = stories[at] - 1  # "where does X take place": where is X set
    if aux >= 0 and words[aux] in _SET_AS:
        words[aux] = _SET_AS[words[aux]]
    return [*words[:at], "set", *words[at + 2 :]]


_STORIES = frozenset({EntityKind.FILM, EntityKind.FRANCHISE})
_SET_AS = {"do": "are", "does": "is", "did": "was", "will": "is"}


# The words the phrases above stand for, and the words that open them.
MEANT = frozenset({*PHRASE_WORDS.values(), *HONOUR_VERBS.values(), "give"})
_OPENING_WORDS = frozenset({*(first for first, _ in PHRASE_WORDS), *HONOUR_VERBS, *SCHOOLING_VERBS})
