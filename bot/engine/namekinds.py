"""Whether the names a passage gives are of the kind a question asks for. "Which studio is
making it?" asks for a company: a passage whose only names are people's, places' or films'
names none ('"I read the script and loved it, which made this a hard call," Ashby-Nunes
said.'). "Who's the stunt coordinator?" asks for someone: "department heads, including
the stunt coordinator, traveled to Porvenja" names only a place, and "who's the new
director?" a person, which "Quorlane Pictures named a new filmmaker" does not.

The premise check reads a passage as text; what a name is (a person, a place, a studio)
is the index's knowledge, so this check runs where both are at hand, on a passage the
premise check has passed."""

from __future__ import annotations

import re
from itertools import dropwhile, pairwise, takewhile
from weakref import WeakKeyDictionary

from bot import demonyms
from bot.aliases import name_form
from bot.demonyms import PEOPLES, is_demonym
from bot.engine import answered, awarders, defined, gone, names, performers, unasked, unnamed
from bot.engine.index import Index
from bot.engine.passive import is_participle
from bot.engine.premise import Asked
from bot.models import EntityKind
from bot.text import DETERMINERS, GLUE, normalize, stem

# What a question asks for when it asks for a company by its kind ("which streamer").
COMPANY_HEADS = frozenset(
    """studio company distributor streamer network firm broadcaster publisher orchestra
    organisation organization charity trust institution service label airline agency
    channel retailer supermarket manufacturer supplier lender insurer bank""".split()
)
# What a question asks a name by: "what is the name of", "the title of", "the subtitle of".
NAMING_HEADS = frozenset({("name",), ("title",), ("subtitle",)})
# The kinds of names that answer neither: "which studio" is not answered by a person, a
# place or a film; "who" is not answered by a place or a film.
_NO_COMPANY = (EntityKind.PERSON, EntityKind.ROLE, EntityKind.PLACE, EntityKind.FILM)
_NO_ONE = (EntityKind.PLACE, EntityKind.FILM)
# ... and a prize is no place and no one who receives it
_NO_PRIZE = (EntityKind.PLACE, EntityKind.PERSON)
# ... and "who" asked of a job only a person does ("who's the new director") is not
# answered by a company either ("Quorlane Pictures ... named a new filmmaker").
_NO_PERSON = (EntityKind.PLACE, EntityKind.FILM, EntityKind.ORG, EntityKind.FRANCHISE)
PERSON_JOBS = frozenset(
    "direct write compose composer actor star instructor teacher tutor mentor".split()
)
# ... and "who has taken over the part of Hester's mother" a performer, not the part's own
# name ("the role of Hester's mother, Agnes Pell, has been recast").
# (words hold stems too; "who was chosen to replace her" asks for a player, too)
CASTING = frozenset("part role play recast portray voice replace succeed".split())
_PART_NAMED = re.compile(  # ... or "the role of Isaude was recast"
    r"\b(?:role|part|character) of (?:[^,]+, ((?:[A-Z][\w'\u2019-]+ ?){1,3}),"
    r"|((?:[A-Z][\w'\u2019-]+ ?){1,3}))"
)
# ... and "which character did she play" asks for a part, which a person's or a part's
# name gives, not a company's ("the British-Czech actor best known for Quarrel Parish").
CHARACTER_HEADS = frozenset("character role part villain hero".split())
# ... and "which movie is she the villain in" a film, which no one's name gives.
FILM_HEADS = names.FILM_HEADS
# ... or another titled work ("what book were the films based on"), which a title gives
# and "based on the novel" does not: a passage naming nothing there names none.
TITLED_WORKS = frozenset(
    "book novel novella song album play musical opera poem show series television thriller drama"
    " comedy memoir memoirs autobiography biography".split()
)
WORK_HEADS = FILM_HEADS | TITLED_WORKS
_NO_FILM = (EntityKind.PERSON, EntityKind.ROLE, EntityKind.PLACE, EntityKind.ORG)


def names_none(question: Asked, passage: str, index: Index) -> bool:
    """Whether `question` asks for a company by its kind ("which studio made it"), a part
    ("which character"), a film ("which movie") or someone ("who", a person for a
    person's job, "her father"), and every name `passage` gives beyond the question's own
    is of another kind, so it names none."""
    if question.heads in NAMING_HEADS and _UNTITLED.search(passage):
        return True  # "the title of her first film": not "an as-yet-untitled drama"
    heads = compound_head(question)
    if not awarders.PRIZES.isdisjoint(heads):  # "what award is she receiving"
        given = _given_beyond(question, passage) - _words_only_of(index, _NO_PRIZE)
        if awarders.only_givers_named(given, passage):
            return True  # not "the medal, awarded by the Society, ... at a dinner in Vienna"
    asked_kinds = (heads & NAMED_KINDS) if _asks_a_name(question) else set()
    if question.heads in NAMING_HEADS:
        asked_kinds |= _named_thing(question.sequence)  # "the title of her 1994 biography"
        named = unnamed.named_noun(question.sequence)  # (not a name: "the name of Fresno")
        asked_kinds |= {named} if named and named not in question.names else set()
    if unnamed.left_unnamed(question.sequence, passage):
        return True  # "who was the friend": "addressed to an unnamed friend"
    if only_the_country(question, passage):
        return True  # "at which Swedish university did he study": "studied it in Sweden"
    if any(unnamed.only_unnamed(head, passage) for head in asked_kinds):
        return True  # "the name of the merchant company": "sold to a merchant company"
    if any(unnamed.phrase_head(question.sequence, h) for h in asked_kinds) and (
        all(w in COUNTRY_WORDS or is_demonym(w) for w in _given_beyond(question, passage))
    ):
        return True  # "in which theatre": not "a record for a new English opera at the theatre"
    # ("what was her first movie" asks for anything, but its head is a film's: a title)
    film = question.kind == "any" and not (FILM_HEADS & heads).isdisjoint(question.sequence)
    wanted = names.how_many_named(question.sequence)
    if wanted and len(_given_beyond(question, passage)) < wanted:
        return True  # "which nine markets did they survey": "surveys across nine markets"
    if question.kind != "name" and not film and TITLED_WORKS.isdisjoint(heads):
        return False
    if feature := next(iter(sorted(heads & FEATURE_HEADS)), None):
        return not _called(feature, question, passage)
    if not EVENT_HEADS.isdisjoint(heads):  # "at which event did he say so": a gathering
        return EVENTS.isdisjoint(stem(w) for w in normalize(passage).split())
    if "country" in heads or "countries" in heads:  # "which countries has it toured"
        places = COUNTRY_WORDS | _words_only_of(index, (EntityKind.PLACE,))
        return places.isdisjoint(_given_beyond(question, passage))
    if heads & defined.SETTLEMENT_HEADS:  # "which town in Alberta": not "Alberta, Canada"
        given = _given_beyond(question, passage)
        return bool(given) and given <= COUNTRY_WORDS
    excluded: tuple[EntityKind, ...]
    if not COMPANY_HEADS.isdisjoint(heads):
        excluded = _NO_COMPANY
    elif not CHARACTER_HEADS.isdisjoint(heads):
        excluded = _NO_PERSON
    elif not WORK_HEADS.isdisjoint(heads):
        excluded = _NO_FILM
    elif question.sequence[:1] in (("who",), ("whom",)) or not PERSON_HEADS.isdisjoint(heads):
        jobs = not (PERSON_JOBS | LEADERS | OFFICES).isdisjoint(question.words)  # and stems
        jobs = jobs or not PERSON_HEADS.isdisjoint(heads)
        excluded = _NO_PERSON if jobs else _NO_ONE
        if not CASTING.isdisjoint(question.words):
            excluded = (*excluded, EntityKind.ROLE)  # "who took over the part": no part's name
    else:
        return False
    others = _words_only_of(index, excluded) | NO_ONES_NAME  # "a Japanese film": no studio
    # (and for "who is the lead producer", the nouns it asks of: "the producers of X")
    asked_nouns = heads | {w for w in question.sequence if w.isalpha() and w not in GLUE}
    others |= unasked.owned_by_one_asked(asked_nouns, passage)
    if excluded is _NO_FILM:
        others |= COUNTRY_WORDS  # no title
    if excluded is _NO_COMPANY:
        others |= unasked.works_named(passage)  # "the documentary White Silence": a title
    given = names.given(passage, question.words, question)
    if not WORK_HEADS.isdisjoint(heads):
        given |= names.titled(passage)  # '"Bristlecone" (2001)' names a film
    given -= question.words | {g.lower() for g in _GRADE.findall(passage)}  # no "B-" grade
    given = {w for w in given if not w.isdigit()}  # ("Two miners were killed": no part named)
    if not given and (film or not TITLED_WORKS.isdisjoint(heads)):
        return True
    if not answered.asks_of_the_past(question):  # "director X stepped away": not who directs
        given -= gone.denied(given, passage, question.terms) | gone.departed(given, passage)
    if wanted and len(given - others) < wanted:
        return True  # "which two studios turned it down": "two other studios, before X"
    if not CHARACTER_HEADS.isdisjoint(heads):  # "X, the actress cast in the lead": no part
        others = others | performers.performers_named(passage)
    if EntityKind.PERSON in excluded:  # "the physician Elspeth Marrable" is someone
        others = others | described_people(passage)
    else:  # ... and "a West End stage production" no one
        others = others | unasked.after_an_article(passage)
    if EntityKind.ROLE in excluded:  # "the role of Hester's mother, Agnes Pell,": a part
        others = others | {
            w for m in _PART_NAMED.finditer(passage) for w in normalize(m[1] or m[2]).split()
        }
    return bool(given) and all(w in others for w in given)


# Words a question's act may take before "in <country>": "studied plant genetics in Sweden".
ACT_TO_PLACE = 4
_IN_A_PLACE = re.compile(r"\bin ([A-Z][\w'-]*)")


def only_the_country(question: Asked, passage: str) -> bool:
    """Whether a question asking which place of a people's country ("at which Swedish
    university", "in which Danish town") meets a passage where its act is done only "in"
    that country, named alone: "had studied plant genetics in Sweden"."""
    if question.kind != "name":
        return False  # (not "what percentage of German students ... in Germany")
    heads, sequence = set(question.heads), question.sequence
    adjectives = [
        w
        for i, w in enumerate(sequence[:-1])
        if is_demonym(w) and stem(sequence[i + 1]) in heads  # "which Swedish university"
    ]
    countries = {c for a in adjectives for c in demonyms.country_words(a)}
    acts = set(question.terms)
    if not countries or not acts:
        return False
    words = passage.split()
    for i, word in enumerate(words):
        if stem(normalize(word)) not in acts:
            continue
        after = " ".join(words[i + 1 : i + 2 + ACT_TO_PLACE])
        place = _IN_A_PLACE.search(after)
        between = after[: place.start()] if place else ""
        if place and normalize(place[1]) in countries and not re.search(r"\b[A-Z]", between):
            return True
    return False


def _named_thing(sequence: tuple[str, ...]) -> set[str]:
    """The kind of thing "the title of" or "the name of" asks a name for, after "of":
    "biography" of "what is the title of Ruth Mallory's 1994 biography"."""
    of = sequence.index("of") if "of" in sequence else len(sequence)
    return {w for w in sequence[of + 1 :] if w in NAMED_KINDS}


# What says a thing has no name yet: "an as-yet-untitled period drama".
_UNTITLED = re.compile(r"\b(?:untitled|unnamed|yet to be (?:titled|named))\b", re.I)


def _asks_a_name(question: Asked) -> bool:
    """Whether `question` asks for a name: "which studio", "the name of the company"."""
    return question.kind == "name" or question.heads in NAMING_HEADS


# A letter grade, whose letter is no name: "received a B- grade", "an A+".
_GRADE = re.compile(r"\b([A-F])[+-]")


# Kinds of place a name says it is, or its passage beside it: "which river is it on" is
# answered by "the River Wexbourne" or "the Wexbourne river", not by a priory's name.
# So with a treaty or a battle, whose name says its kind: "the Treaty of Oberwick".
FEATURE_HEADS = frozenset(
    "river lake mountain peak island bay sea ocean valley canal treaty battle war festival".split()
)
# ... and "which museum got the specimens" by "the Trevmouth Museum", not by a village
FEATURE_HEADS |= frozenset("museum gallery library cathedral hospital stadium theater".split())
# What "at which event" asks for, and the gatherings that answer it ("at the close of the
# Gorsedale Film Festival"; not "announced on Thursday"), as stems.
EVENT_HEADS = frozenset("event occasion".split())
EVENTS = frozenset(
    """event festival ceremony premiere gala award conference convention screen launch
    party dinner concert fair expo summit meet rally match race tournament championship
    exhibition celebration reception banquet lecture debate hearing show congress""".split()
)
# Kinds of thing a passage names when it tells of one: a company, a work, a place, a
# group or a person by the job ("a stunt performer").
NAMED_KINDS = COMPANY_HEADS | WORK_HEADS | FEATURE_HEADS | defined.SETTLEMENT_HEADS
NAMED_KINDS |= frozenset("group band organisation organization charity team club society".split())
NAMED_KINDS |= frozenset("performer actor actress singer composer writer".split())
NAMED_KINDS |= frozenset("cinema theatre theater".split())  # "a former cinema in the town of X"
# ... and the press and institutions: "which newspaper quoted him" is not answered by "told
# a local newspaper", nor "which school did she attend" by "a boarding school in Kent"
NAMED_KINDS |= frozenset(
    "newspaper magazine journal website outlet agency label school university college".split()
)
FEATURE_REACH = 2  # words between a name and the kind that calls it: "the Ubwater, a river"


# What a settlement's name is not: a country's ("which town are they filming in" is not
# answered by "in Alberta, Canada"; "the United States", "the United Kingdom" too).
COUNTRY_WORDS = frozenset(w for words in PEOPLES.values() for w in words) | {
    *"usa uk united states kingdom".split()
}

# Words of a country or a people, and the compass points before one ("South Korea"): no
# company's, no person's and no work's name.
NO_ONES_NAME = COUNTRY_WORDS | frozenset(PEOPLES) | frozenset("north south east west".split())


def _given_beyond(question: Asked, passage: str) -> set[str]:
    """The words of the names a passage gives beyond the question's own."""
    return names.given(passage, question.words, question) - question.words


def _called(feature: str, question: Asked, passage: str) -> bool:
    """Whether a name the passage gives beyond the question's own has `feature` (a
    question's head noun: "river") in it or within `FEATURE_REACH` words of it."""
    given = _given_beyond(question, passage)
    words = normalize(passage).split()
    called = {feature, feature + "s", feature + "es", *CALLED_ALSO.get(feature, ())}
    return any(
        not called.isdisjoint(words[max(0, k - FEATURE_REACH) : k + FEATURE_REACH + 1])
        # "seven islands, the largest of which, Abvinsey": one of those named before
        or (tuple(words[k - 2 : k]) in _ONE_OF and not called.isdisjoint(words[:k]))
        for k, w in enumerate(words)
        if w in given
    )


_ONE_OF = frozenset({("of", "which"), ("of", "them"), ("of", "these")})
# Other words a name may say its kind with: "Mount Kelvane" is a mountain.
CALLED_ALSO = {
    "mountain": ("mount", "peak"),
    "peak": ("mount", "mountain"),
    "island": ("isle",),
    "river": ("creek", "brook"),
    "stadium": ("arena", "ground", "park", "field", "bowl", "dome"),
    # (the heads are lemmas, which spell it so)
    "theater": ("theatre", "theatres", "playhouse", "opera", "hippodrome", "lyceum"),
}


# Family: "what was the name of her father" asks for a person, not a film's or a town's.
KIN = frozenset(
    """father mother parent parents son daughter brother sister husband wife spouse
    partner uncle aunt cousin grandfather grandmother nephew niece""".split()
)
# Nouns a film word may modify, which then name the kind asked for: "which film critic"
# asks for a person, "what film studio" for a company, "which film festival" for neither.
# ... and those who lead: "who was the rebel leader" asks for a person, not a company.
LEADERS = frozenset("leader commander general captain king queen mayor governor president".split())
# ... and offices only a person holds: "who's the abbot there now" is not answered by
# "the monastery (Dobrenholm Monastery) is led by an abbot" (an architect or an engineer
# may be a firm).
OFFICES = frozenset(
    """abbot abbess prior bishop archbishop priest vicar rector pope dean chancellor
    headmaster headmistress keeper curator conductor coach emperor empress duke duchess
    earl prince princess sheriff chairman chairwoman ceo principal headteacher
    provost""".split()
)
PERSON_HEADS = defined.PERSON_HEADS | {"star"} | KIN | LEADERS | OFFICES


def compound_head(question: Asked) -> frozenset[str]:
    """The question's head nouns, but the noun a film word modifies in its place: "which
    film critic co-founded it" asks for a critic, not a film."""
    after = {b for a, b in pairwise(question.sequence) if a in FILM_HEADS and a in question.heads}
    # ... and any noun the noun of a named kind of body: "which drama school", "which
    # building society" (not of a feature: "which river's valley" asks which river)
    bodies = NAMED_KINDS - FEATURE_HEADS
    after |= {b for a, b in pairwise(question.sequence) if a in question.heads and b in bodies}
    if question.heads in NAMING_HEADS:
        # "the name of the character she plays" asks for a part, "the name of Gwenna
        # Krolak's father" for a person, "the title of the TV series" for a title: after
        # "name of", past its owner's name, the noun phrase's last noun
        words = question.sequence
        named = (question.heads[0], "of")
        at = next((i + 2 for i, (a, b) in enumerate(pairwise(words)) if (stem(a), b) == named), 0)
        skip = DETERMINERS | question.names | {"s"}  # "the title of Elsquith's memoir"
        rest = list(dropwhile(lambda w: w in skip, words[at:])) if at else []
        phrase = list(takewhile(lambda w: w.isalpha() and w not in GLUE | question.names, rest))
        after |= set(phrase[-1:])
    nouns = {b for b in after if b.isalpha() and b not in GLUE and not is_participle(b)}
    return frozenset(nouns or _owned_heads(question) or question.heads)


def _owned_heads(question: Asked) -> set[str]:
    """For a head that owns the thing asked ("what was the studio's very first feature
    film"), the thing: the word after it past ordinals and intensifiers ("feature")."""
    words = question.sequence
    # ("which river's valley" asks which river: the asked word owns it)
    asked = {w for a, w in pairwise(words) if a in ("which", "what")}
    owners = {owner for owner, _ in question.owned} - asked
    return {
        next((w for w in words[i + 1 :] if w.isalpha() and w not in _BEFORE_THING), h)
        for i, h in enumerate(words)
        if h in question.heads and h in owners
    }


_BEFORE_THING = GLUE | frozenset("very own s".split())


# Worked out once per index, and let go with the index: an index replaced by a reload is
# no longer held (an lru_cache would keep old indexes of 100,000 facts alive). The kinds
# of each name word are read in one pass (0.4 s at 100,000 facts when it was one pass a
# set of kinds, each at its first question); a set of kinds is then a filter of them.
_KINDS_OF: WeakKeyDictionary[Index, dict[str, frozenset[EntityKind]]] = WeakKeyDictionary()
_WORDS_OF: WeakKeyDictionary[Index, dict[tuple[EntityKind, ...], frozenset[str]]] = (
    WeakKeyDictionary()
)


def _words_only_of(index: Index, kinds: tuple[EntityKind, ...]) -> frozenset[str]:
    """The words of the index's names that are only ever those of `kinds` (a word a name
    of another kind shares is left out)."""
    known = _WORDS_OF.setdefault(index, {})
    if kinds not in known:
        if (kinds_of := _KINDS_OF.get(index)) is None:
            found: dict[str, set[EntityKind]] = {}
            for entity in index.entities.values():
                for w in name_form(entity.name).split():
                    found.setdefault(w, set()).add(entity.kind)
            kinds_of = _KINDS_OF[index] = {w: frozenset(k) for w, k in found.items()}
        known[kinds] = frozenset(w for w, of in kinds_of.items() if of <= set(kinds))
    return known[kinds]


# A name after a noun for someone by their work: "the physician Elspeth Marrable", "the
# wool merchant Josiah Ullesthorpe" (a name the index may share with a hospital's); not
# after a word ending so that is none ("for", "after") or a business's ("the distributor X").
_DESCRIBED = re.compile(
    r"\b([a-z]{2,}(?:er|or|ist|ian|ant)|physician|chef|poet|actress|sculptor)"
    r"\s+((?:[A-Z][\w'\u2019-]+\s?){1,3})"
)
_NO_JOBS = (
    frozenset(
        """after over under other either neither whether rather never ever former later their
    for per nor prior near against amongst giant vacant distant""".split()
    )
    | defined.BUSINESS_HEADS
    | COMPANY_HEADS
    | frozenset("operator promoter sponsor owner".split())
)


def described_people(passage: str) -> frozenset[str]:
    """The normalized words of the names `passage` puts after a job (see `_DESCRIBED`)."""
    return frozenset(
        w
        for m in _DESCRIBED.finditer(passage)
        if m[1] not in _NO_JOBS
        for w in normalize(m[2]).split()
    )
