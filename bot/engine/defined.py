"""What an encyclopedic article is about, from the sentence that defines it.

A reference article opens by defining its subject: "Fresno, the county seat of Fresno
County, is a city in the U.S. state of California", "Auvrenne-Kesz Studios is an American
film production company based in Cleveland". Later sentences refer to it as "it", "they"
or "the company": "It is approximately 220 miles northwest of Los Angeles". A reader asks
with its name ("how far is Fresno from Los Angeles?", "who owns the studio today?"), so a
passage of the article that refers to the subject says those words too, for ranking and
for the premise check.

An article about a kind of thing defines it with no proper name ("An izlet is a
village-run granary ...", "Private schools, also known as ..., are ..."): its subject is
kept in lower case, and "such schools" or "these izlets" refer to it.

Only an article's first sentence defines it, or the second after a title line naming the
subject: a news story opens on a headline and a lede, and its "X is the latest studio
to ..." defines nothing (a film's news has its film, see `bot.engine.films`). A lede
opening on a body set beside what it is does: "Tadlow Picturehouses, the family-owned
cinema chain that ..., is to close five cinemas" makes "the chain" of later sentences it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from bot.concepts import GENERAL_CONCEPTS
from bot.draftwords import ABBREVIATED_ENDINGS
from bot.engine.posts import POST_NOUNS
from bot.models import Fact
from bot.text import CAPITAL, DETERMINERS, GLUE, PERSON_PRONOUNS, normalize, singular

# "X (...), the county seat of Y, is a city in ...": the subject, an optional aside in
# brackets and one apposition between commas, a copula, then what it is.
# A word of a name: "Fresno", "St.", "Lys-sur-Mer" (a hyphen inside it only before a lower
# case letter, so that a long hyphened name is read one way, not in exponentially many).
_NAME_WORD = rf"{CAPITAL}[\w'\u2019.]*(?:-[a-z][\w'\u2019.]*)*"
_DEFINITION = re.compile(
    # "Established originally by ... (its first benefactor), Harvard is ...": a participle's
    # clause may open the sentence
    r"^(?:[A-Z][a-z]+ed\b[^;.]*?, (?=[A-Z]))?"
    rf"(?P<subject>{_NAME_WORD}(?:[ -](?:{_NAME_WORD}|of|and|&|the|de))*)"
    # (an aside naming it otherwise may hold commas: "X, also called Y and, by older
    # fishermen, the Grey Lake, is a shallow lake")
    r"\s*(?:\([^)]*\))?\s*(?:,[^,]*,|,\s*(?:also|officially|formerly|known|called)\b[^;.]*?,)?"
    r"\s+(?:is|was|are|were)\s+(?:a|an|the)\s+"
    r"(?P<what>[^,;.]*)"
)
# A name opening a sentence, set beside what it is: "Ravelston Picturehouses, the
# family-owned cinema chain that has operated ..., is to close".
_APPOSED = re.compile(
    rf"^(?P<subject>{_NAME_WORD}(?:[ -](?:{_NAME_WORD}|of|and|&))*)"
    r",\s+(?:the|a|an)\s+(?P<what>[^,;.]*)"
)
# The bodies a lede's apposition defines (not a person: "X, the actor who played Y").
_BODIES = frozenset(
    """studio chain company firm group operator distributor exhibitor broadcaster
    publisher trust society union guild festival club charity brewery carrier airline
    bank lender insurer museum theatre theater orchestra choir hospital college university
    council railway""".split()
)
# "Private schools, also known as independent schools, ..., are not administered by ...":
# an article about a kind of thing opens on its plural, which names no one thing (the
# subject is kept in lower case: it has no proper name). A headline ends on no full stop,
# and "Many schools are ..." is about some of them. "A seedhold is a community-run
# institution that ..." defines one of its kind.
_KIND_OF_THING = re.compile(
    r"^(?!(?:Many|Most|Some|All|Other|These|Those|Such|Both|Several|Few|Fans)\b)(?=.*\.$)"
    r"(?:(?P<many>[A-Z][a-z]+(?: [a-z]+){0,2}?)s(?:, also (?:known|called) as [^;.]*?,)?"
    r"\s+(?:are|were)\s"
    r"|An? (?P<one>[a-z]+(?: [a-z]+){0,2}?) is (?:a|an)\s)"
)
# Words that end the noun phrase saying what the subject is: "a city in ...", "the people
# who ...", "an American film production company based in ...".
_PHRASE_ENDS = frozenset(
    "in of on at by for from to with that who which whose where when based located founded off "
    "and or but as since known held run set built made".split()
)
# Words before a noun of the subject's that refer to it: "the studio", "such schools".
_REFERRING_WORDS = DETERMINERS | {"such"}
# Pronouns a sentence refers to a thing or a group by.
REFERRING = frozenset("it its they them their".split())
# Nouns a definition says a person is ("a British film director"): "it" is never one.
PERSON_HEADS = frozenset(
    """actor actress director filmmaker writer screenwriter author novelist composer
    producer singer musician artist painter poet comedian presenter cinematographer editor
    animator critic executive politician""".split()
)


def asks_whom(sequence: Iterable[str], heads: Iterable[str]) -> bool:
    """Whether a question (its normalized words, its stemmed heads) asks for a person: "who
    plays Wren", "which actress plays Wren"."""
    return next(iter(sequence), "") == "who" or not PERSON_HEADS.isdisjoint(heads)


# An article, as its passages' source: file and date.
Article = tuple[str, str | None]

# A drafted passage's id: the article's stem and the sentence's number ("article-22").
PASSAGE_ID = re.compile(r"^(.*-)(\d+)$")
# An article's subject is defined in its first sentence, or its second after a title line.
DEFINING_SENTENCES = 2
# Subjects whose words are kept normalized (short strings: one per reference article).
SUBJECTS_CACHED = 1024


def subjects(facts: Iterable[Fact]) -> dict[Article, str]:
    """Each article's defined subject and what it is ("Fresno city"), by the source of
    its passages."""
    openings: dict[Article, dict[int, str]] = {}
    for fact in facts:
        number = PASSAGE_ID.match(fact.id) if fact.passage else None
        if number is not None and int(number[2]) <= DEFINING_SENTENCES:
            openings.setdefault(article_of(fact), {})[int(number[2])] = fact.answer
    found: dict[Article, str] = {}
    for article, first in openings.items():
        # (a one-word title line, "Ovesby", is no passage: the definition opens the rest)
        subject = definition(first.get(1, first.get(2, "")))
        if not subject and (second := definition(first.get(2, ""))):
            # "Auvrenne-Kesz Studios" as a title line, then the sentence defining it
            title = _without_formal_ending(normalize(first.get(1, "")))
            subject = second if title and normalize(second).startswith(title) else ""
        if subject:
            found[article] = subject
    return found


def referred_as_the(subjects: Mapping[Article, str], fact: Fact) -> str | None:
    """The name of the subject a passage opens on by its noun ("The club was founded in
    1894" over Nimrow Athletic Football Club, "The river has a long history"); None when
    it opens otherwise, or the noun only modifies another ("The club crest")."""
    subject = subjects.get(article_of(fact)) if fact.passage else None
    first = fact.answer.split(maxsplit=3)
    if not subject or len(first) < 3 or first[0] != "The":
        return None
    name = proper_name(subject)
    if name.islower():  # "private school": "The school was founded" is one school's
        return None
    nouns = subject[len(name) :].split()
    called = set(nouns) | _same_kind(nouns)
    after = first[2].lower()
    if first[1] not in called or not (after in _OPENING_VERBS or after.endswith(("ed", "s"))):
        return None
    return name


def proper_name(subject: str) -> str:
    """A defined subject's name without the nouns saying what it is: "Ubbleton" of
    "Ubbleton town parish", "Kingdom of Sicily" of "Kingdom of Sicily kingdom"."""
    words = subject.split()
    while len(words) > 1 and words[-1].islower():
        words.pop()
    return " ".join(words)


# Words after "The club" that make it the sentence's subject: "The club was", "... also".
_OPENING_VERBS = frozenset("is was are were has had have will would also then later still".split())


def _without_formal_ending(title: str) -> str:
    """A title line without its formal ending, which its definition spells out: "Nimrow
    Athletic F.C." opens on "Nimrow Athletic Football Club is ..."."""
    words = title.split()
    while len(words) > 1 and (len(words[-1]) == 1 or words[-1] in ABBREVIATED_ENDINGS):
        words.pop()
    return " ".join(words)


def words_for(
    subjects: Mapping[Article, str], fact: Fact, words: list[str] | None = None
) -> list[str]:
    """The words of the subject of `fact`'s article (`subjects`), when the passage refers
    to it (`said_of`); `words`: its answer normalized, when at hand."""
    subject = subjects.get(article_of(fact)) if fact.passage else None
    if not subject:
        return []
    return said_of(normalize(fact.answer).split() if words is None else words, subject)


# Kinds of settlement: "which town" wants a name of one (`bot.engine.namekinds`), and a
# settlement's article, with a county's, is about it in every sentence naming no other
# place ("July is the warmest month" of Fresno's).
SETTLEMENT_HEADS = frozenset("town city village hamlet suburb".split())
_PLACE_SUBJECTS = SETTLEMENT_HEADS | frozenset("county borough municipality".split())


def of_the_place(subjects: Mapping[Article, str], fact: Fact) -> list[str]:
    """The words of the place `fact`'s reference article is about, which its passages
    naming no other place are about too (`bot.engine.passages` reads them so)."""
    subject = subjects.get(article_of(fact), "") if fact.passage else ""
    name = proper_name(subject)
    return (
        list(_named(name)) if not _PLACE_SUBJECTS.isdisjoint(subject[len(name) :].split()) else []
    )


def changed(before: Mapping[Article, str], now: Mapping[Article, str], fact: Fact) -> bool:
    """Whether the subject of `fact`'s article differs between two loads of the facts."""
    article = article_of(fact)
    return fact.passage and before.get(article) != now.get(article)


def article_of(fact: Fact) -> Article:
    return (fact.source.file, fact.source.date)


# Participles not ending in "-ed" that may follow a definition's noun.
_IRREGULAR_PARTICIPLES = frozenset("fought built held known made run won begun laid sunk".split())


def definition(sentence: str) -> str:
    """ "Fresno city" for "Fresno (...), the county seat of Fresno County, is a city in
    the U.S. state of California.": the subject and the noun saying what it is ("the
    city" refers to it later); "" for a sentence that defines nothing."""
    match = _DEFINITION.match(sentence)
    if match is None and (apposed := _APPOSED.match(sentence)):
        # a news lede's "Ravelston Picturehouses, the family-owned cinema chain that ...,":
        # a body it tells of, by the noun the story goes on to call it ("the chain")
        noun = definition(f"{apposed['subject']} is a {apposed['what']}").split()[-1:]
        return f"{apposed['subject']} {noun[0]}" if noun and noun[0] in _BODIES else ""
    if match is None:
        kind = _KIND_OF_THING.match(sentence)
        return (kind["many"] or kind["one"]).lower() if kind else ""
    what = match["what"].split()
    # the noun phrase ends before a preposition or a participle ("a film festival held")
    end = next(
        (
            i
            for i, w in enumerate(what)
            if w.lower() in _PHRASE_ENDS
            or (w.islower() and w.endswith("ed") and "-" not in w)  # (not "family-owned")
            or w in _IRREGULAR_PARTICIPLES  # "an engagement fought on 14 October 1388"
        ),
        len(what),
    )
    head = what[end - 1] if end and what[end - 1].isalpha() else ""
    if what[end : end + 1] == ["and"]:  # "a market town and civil parish": either one
        more = definition(f"{match['subject']} is a {' '.join(what[end + 1 :])}").split()
        head = f"{head} {more[-1]}" if len(more) > len(match["subject"].split()) else head
    subject = re.sub(r"^The ", "", match["subject"])  # "The Normans": the title is "Normans"
    return f"{subject} {head}".strip()


# What a definition may call a business ("Orvalis Instruments is a manufacturer of ..."),
# which the article then calls "the company" or "the firm".
BUSINESS_HEADS = frozenset(
    """maker manufacturer company firm producer business retailer chain operator publisher
    distributor exhibitor broadcaster supplier wholesaler lender insurer""".split()
)
# ... or a house of a trade: "a printing and publishing house" (not "a country house").
TRADE_HOUSES = frozenset("printing publishing auction fashion trading effects production".split())
COMPANY_NOUNS = frozenset({"company", "firm", "business"})
# ... or a maker by a closed compound ("a shipbuilder", "a toymaker", "a brewer").
BUSINESS_ENDINGS = ("maker", "builder", "brewer", "brewery")


def _same_kind(nouns: Sequence[str]) -> set[str]:
    """The nouns an article may call its subject by besides the one its definition used
    (the last of `nouns`): "the company" of a business ("a maker of ..."), "the
    institution" of a university (a word of the same concept)."""
    same = {m for noun in nouns[-1:] for m in GENERAL_CONCEPTS.mates(noun) if m.isalpha()}
    return same | _business(nouns) | {m for noun in nouns[-1:] for m in _ALSO_CALLED.get(noun, ())}


# Businesses of a trade called by another of its nouns: a cinema operator is "the chain".
_ALSO_CALLED = {"operator": ("chain",), "exhibitor": ("chain",), "chain": ("operator",)}


def _business(nouns: Sequence[str]) -> set[str]:
    """ "company" and "firm", when a definition's last nouns call its subject a business."""
    business = any(n in BUSINESS_HEADS or n.endswith(BUSINESS_ENDINGS) for n in nouns[-1:])
    house = len(nouns) > 1 and nouns[-1] == "house" and nouns[-2] in TRADE_HOUSES
    business = business or house
    return set(COMPANY_NOUNS) if business else set()


def said_of(words: list[str], subject: str) -> list[str]:
    """The normalized words of `subject` when the normalized `words` of a passage refer
    to it: by a pronoun for a thing or a group ("It is 220 miles northwest of Los
    Angeles", "they lent their name") or by "the" and a word of its name ("the studio");
    else none. A passage naming it says them already."""
    named = _named(subject)
    # "It also won Best Original Screenplay" in a director's biography is her film's,
    # and "In 1983 he married the editor Ada Lindqvist" is of the biography's subject
    pronouns = PERSON_PRONOUNS if named[-1:] and named[-1] in PERSON_HEADS else REFERRING
    # "the company" is a business's, whatever the definition called it ("a maker of ...")
    called = set(named) | _same_kind(named[-2:])
    # ... and the noun it is called by is one of its names there ("the university's")
    nouns = [
        singular(b) for a, b in pairwise(words) if a in _REFERRING_WORDS and singular(b) in called
    ]
    pronoun = _pronoun_of(words, pronouns)
    # ... and a body's post that a passage opens on, owned by no one, is the body's: "Chief
    # executive Gareth Pellow said" of a cinema chain's story tells the chain's
    posted = bool(named and words) and named[-1] in _BODIES and words[0] in POST_NOUNS
    refers = nouns or pronoun or posted
    refers = refers or (pronouns is REFERRING and not _proper(subject).isdisjoint(words))
    # ... and by a pronoun or another noun of its trade, a business is "the company"
    # ("Founded in 1868, it is one of the oldest shipyards" of a shipbuilder's article,
    # "The chain closed nine cinemas" of a cinema operator's)
    kinds = sorted(_business(named[-2:]) - set(named)) if pronoun or nouns else []
    return [*named, *(n for n in [*nouns, *kinds] if n not in named)] if refers else []


# Words after which a pronoun is of the things just named: "bequeathed 3,200 items on
# the condition that they be shown to the public".
_SUBORDINATING = frozenset("that".split())


def _pronoun_of(words: list[str], pronouns: frozenset[str]) -> bool:
    """Whether a pronoun of `pronouns` may refer to the subject: not one opening a
    that-clause."""
    return any(
        w in pronouns and not (i and words[i - 1] in _SUBORDINATING) for i, w in enumerate(words)
    )


@lru_cache(maxsize=SUBJECTS_CACHED)
def _proper(subject: str) -> frozenset[str]:
    """The words of a subject's proper name ("harvard" of "Harvard University"): a passage
    saying one names the subject, so "the school" of a question is the university it names
    ("Harvard was formed in 1636"). A name with a word in lower case ("Private school")
    is an ordinary noun phrase, and "schools" in a passage need not mean it."""
    name = subject.split()[:-1]
    while len(name) > 1 and name[-1].islower() and name[0][:1].isupper():
        name.pop()  # "Tarrowby Spa market town": the kind may take more than one word
    if not all(w[:1].isupper() for w in name if w.lower() not in GLUE):
        return frozenset()
    return frozenset(w for w in _named(" ".join(name)) if w not in _named(subject)[-1:])


@lru_cache(maxsize=SUBJECTS_CACHED)
def _named(subject: str) -> tuple[str, ...]:
    """A subject's words, normalized once, not once for each passage of its article."""
    return tuple(w for w in normalize(subject).split() if w not in GLUE)


_OPENERS = frozenset("the its their his her a an".split())
OPENING_NOUN_WORDS = 3  # "The Ulmbry Heritage Trust, which ..."


def opening_noun(stems: list[str]) -> list[str]:
    """The words a sentence opens on, past a determiner: "the museum, which ..." ->
    ["museum", "which"] (a name as long as `OPENING_NOUN_WORDS`)."""
    start = 1 if stems[:1] and stems[0] in _OPENERS else 0
    return stems[start : start + OPENING_NOUN_WORDS]


def opens_on(stems: list[str], subject: list[str]) -> bool:
    """Whether the passage defines the question's subject, opening on it and a copula ("X
    was a monastery ..."): a participle set off after the definition's nouns tells of X."""
    start = 1 if stems[:1] == ["the"] else 0
    # ... or on a name the subject's noun ends: "Carne Point Lighthouse is a lighthouse"
    start = next(
        (
            k
            for k in range(start, start + OPENING_NOUN_WORDS)
            if stems[k : k + 1] and stems[k] in subject
        ),
        start,
    )
    end = start
    while end < len(stems) and stems[end] in subject:
        end += 1
    return end > start and stems[end : end + 1] in (["be"], ["is"])
