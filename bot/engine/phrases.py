"""Phrases a question asserts, read against a passage: what its prepositions attach to.

"Who sailed from Ostvik?" is not answered by "three families sailed to Ostvik". It is read
from word order, nothing more. (Whose thing it names: `bot.engine.owners`.)"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from bot.engine import affiliations, counting, makers, owners, plans, successor
from bot.engine.kinds import MONTHS
from bot.text import DETERMINERS, GLUE, is_number, is_ordinal, normalize, stem

# Prepositions whose object a passage must attach the same way: "from" is not "to".
# "to" is left out: it also marks infinitives, and "present X to Y" is "present Y with X".
ATTACHING = frozenset("from into with against toward towards".split())
# Scaffolding, no phrase asserted: "along with", "what to do with it", "took over from X", "put into".
_UNATTACHED_AFTER = frozenset("along do over put".split())
_GIVEN_WITH = frozenset("honour honor reward present award credit".split())  # "... with a medal"
_DISTANCE = frozenset("far distance away apart".split())
# "moved into X" is "moved to X", "went into administration" "entered administration"
_SAID_ALSO = {"into": frozenset("into to in enter entered enters entering".split())}
PREPOSITION_REACH = 3  # how far before its object a preposition stands: "from the coast of"
SITE_REACH = 2  # ... and more when the name is the site's: "from the gorge at X"
PAIR_REACH = 3  # how far an "and" may pair a name: "co-wrote it with X" ~ "by X and Y"


def detached(sequence: tuple[str, ...], words: list[str]) -> str | None:
    """A question's "from X" (into, with, against, to ...) where the passage has X but
    never after that preposition: "sailed from Ostvik" against "sailed to
    Ostvik". Returns the phrase."""
    if _DISTANCE & set(sequence):
        return None  # "how far is the college from the tower": a distance runs both ways
    # "why did they push it back from June": "had originally pencilled it in for June"
    moving = "from" in sequence and not plans.MOVING.isdisjoint(map(stem, sequence))
    taking = not _TAKING.isdisjoint(map(stem, sequence))
    for i, word in enumerate(sequence):
        if word not in ATTACHING or (i and sequence[i - 1] in _UNATTACHED_AFTER):
            continue
        if word == "with" and not _GIVEN_WITH.isdisjoint(map(stem, sequence[:i])):
            continue  # "which society honoured her with a medal": "awarded a medal by"
        if moving and word == "from" and plans.states_plan(words):
            continue
        target = next((w for w in sequence[i + 1 : i + 3] if w not in DETERMINERS), None)
        if target is None or target in GLUE or not target.isalpha() or target not in words:
            continue
        attached = any(
            not _SAID_ALSO.get(word, {word}).isdisjoint(_before(words, k))
            or (word in _BOTH_WAYS and _source_said(words, k))
            or (word == "from" and taking and _gives_after(words, k))
            or (word == "from" and owners.owns_what_came_from(words, k, sequence, i))
            or (word == "with" and "and" in words[max(0, k - PAIR_REACH) : k + 1 + PAIR_REACH])
            for k, w in enumerate(words)
            if w == target
        )
        if not attached:
            return f"{word} {target}"
    return None


# Prepositions whose object may instead be the subject the passage opens on: "came from
# premium screens" is "premium screens accounted for", "co-writing with the director" is
# "Director X ... co-writing with Y".
_BOTH_WAYS = frozenset({"from", "with"})

# What is taken "from" someone is what they give: "bought the summit from the Estate" is
# told by "the Estate, which sold it in 1994 to the Trust", "gets its water from the
# reservoir" by "the reservoir, built to supply drinking water to the town".
_TAKING = frozenset("buy purchase acquire get receive obtain inherit borrow".split())
_GIVING = frozenset("sell supply give provide lend grant hand".split())
GIVER_REACH = 8  # "Skelbrook Reservoir, which was built in 1904 to supply"


def _gives_after(words: list[str], at: int) -> bool:
    """Whether a verb of giving follows the passage's word at `at` closely, as its act."""
    return not _GIVING.isdisjoint(stem(w) for w in words[at + 1 : at + 1 + GIVER_REACH])


def _source_said(words: list[str], at: int) -> bool:
    """Whether the passage's word at `at` opens it (after a determiner at most), as the
    subject that says a source without "from": "Premium screens accounted for 38%" of
    what came from them (not "The guild traded the salt for timber")."""
    # (a surname the passage opens on is read with the full name after it: "Ismert (Dayo
    # Ismert), who directed the first film", `referents.as_named`)
    opening = set(words[at : at + 3])
    return all(w in DETERMINERS or w in opening for w in words[:at])


def _before(words: list[str], at: int) -> list[str]:
    """The `PREPOSITION_REACH` words before `at` (two more after "at"/"of": "from the
    gorge at X"), a sum, an owner's "s" and "her" counting for none ("from the film's
    $127.9m", "with her longtime collaborator X")."""
    kept = [w for w in words[:at] if not (is_number(w) or w in _NOT_COUNTED)]
    return kept[-PREPOSITION_REACH - SITE_REACH * (kept[-1:] in (["at"], ["of"])) :]


_NOT_COUNTED = frozenset("s million billion his her their its".split())  # "with her partner X"
# A number this short after a word numbers a title ("Copper Sky 3", "Part 2", "Route 99").
TITLE_NUMBER_DIGITS = 2


# Words after a number that make it a measure, no title's number: "3 years after"; and
# before one, that count, no title's word: "its last 10 percent holding", "the past 9,000".
MEASURES = frozenset("years days weeks months hours minutes times million billion percent".split())
COUNTING = frozenset("last final past next first top".split())


def title_number_missing(
    sequence: tuple[str, ...], words: list[str], named: frozenset[str] = frozenset()
) -> str | None:
    """ "When will Copper Sky 3 be released?" against "Copper Sky 2 opens on March 3": the
    passage has a 3, but not the title the question numbers. Returns that title. A passage
    saying neither the title's words nor another title of its number ("The sequel cost
    $120 million", "Ruth voices the ferry captain") calls the film something else, and
    which film it means was settled when its entities were found."""
    pairs = set(pairwise(words))
    # "State Route 99" numbers a title; "according to two people" does not
    numbered_titles = {
        (b, a.isalpha() and a not in GLUE and MEASURES.isdisjoint(words[i + 2 : i + 3]))
        for i, (a, b) in enumerate(pairwise(words))
    }
    for i, (before, number) in enumerate(pairwise(sequence)):
        numbered = number.isdigit() and len(number) <= TITLE_NUMBER_DIGITS
        titled = before.isalpha() and before not in GLUE | MONTHS | COUNTING
        if (
            numbered
            and titled
            and (
                _says_title(sequence, i, words)
                or (number, True) in numbered_titles
                # asked of Ironwillow 3: '"Ironwillow II"' (normalized "2") is the title's
                or any(a == before and b.isdigit() and b != number for a, b in pairs)
            )
            and not {before, number} <= named
            and (before, number) not in pairs
            and not _ordinal_before(words, number, before)
            and not counting.pronoun_one(list(sequence), i + 1)  # "the oldest operating one"
        ):
            return f"{before} {number}"
    return None


def says_any(words: list[str], phrases: Iterable[str]) -> bool:
    """Whether normalized `words` say one of the normalized `phrases`, word for word."""
    joined = f" {' '.join(words)} "
    return any(f" {phrase} " in joined for phrase in phrases)


# How many words before its number a title may have: "the lord of the rings 4".
TITLE_REACH = 3


def _says_title(sequence: tuple[str, ...], last: int, words: list[str]) -> bool:
    """Whether `words` say the title whose last word is `sequence[last]`, all of its
    words in order: "night ferry" and not just "the ferry captain"."""
    start = last
    while start > 0 and last - start < TITLE_REACH - 1 and sequence[start - 1] not in GLUE:
        start -= 1
    title = list(sequence[start : last + 1])
    n = len(title)
    return any(words[k : k + n] == title for k in range(len(words) - n + 1))


# How far before a title's word its ordinal may stand: "the 3rd Copper Sky film".
ORDINAL_REACH = 3


def _ordinal_before(words: list[str], number: str, title_word: str) -> bool:
    """ "the third Copper Sky film" (normalized "3rd copper sky film") numbers the title
    the question calls "Copper Sky 3", as does '"Copper Sky: Undertow," the third
    installment' (the title, then its ordinal in apposition)."""
    return any(
        is_ordinal(w)
        and w[:-2] == number
        and (
            title_word in words[i + 1 : i + 1 + ORDINAL_REACH]
            or (title_word in words[max(0, i - APPOSITION_REACH) : i] and _works_after(words, i))
        )
        for i, w in enumerate(words)
    )


# How far before "the third installment" the title it follows may begin.
APPOSITION_REACH = 8
_WORK_NOUNS = frozenset("installment instalment film movie entry chapter sequel one part".split())


def _works_after(words: list[str], i: int) -> bool:
    return any(w in _WORK_NOUNS for w in words[i + 1 : i + 1 + ORDINAL_REACH])


# Verbs that, followed by "as", say who plays whom ("returns as the pilot Ada Quill"), how
# far before the "as" they stand, and the concept such a sentence states.
CAST_VERBS = frozenset("return back join star appear cast reprise".split())
CAST_REACH = 3
# "has cast Odalys Fenwick-Marr as the villain": the one cast (a name of up to three
# words, normalized) stands between "cast" and "as"
CAST_OBJECT_REACH = 5
PLAYED = "@role"


def casts(words: Sequence[str]) -> bool:
    """ "Lena Marsh returns as the pilot Ada Quill", "is back as", "joins the cast as",
    "has cast X as": a part played, said without the word "play"."""
    return any(
        w == "as"
        and (
            any(stem(v) in CAST_VERBS for v in words[max(0, i - CAST_REACH) : i])
            or "cast" in words[max(0, i - CAST_OBJECT_REACH) : i]
        )
        for i, w in enumerate(words)
    )


# "Glass Tide 2 opened to $95 million": box-office English for takings, the concept
# "how much did it make" asks for.
GROSSED = "@gross"
# ... and of its first weekend: "how much did it make opening weekend" is answered so.
OPENING_WEEKEND = "@weekend"


# "The screenplay is by Emil Sand", "a script by Jess Moreno": a work said to be by
# someone was written by them (see `makers`).
AUTHORED = "@author"


def implied_concepts(words: Sequence[str]) -> tuple[str, ...]:
    """Concepts a passage states by its phrasing, not by a word of the concept: a part
    played ("returns as"), takings ("opened to $95 million", "$612 million at the box
    office"), authorship ("is by"), a life's span ("X (3 May 1831 - 14 March 1902) was"),
    a cost ("made for $4 million"), a part changing hands ("the role now goes to"), a plan
    since changed ("had been dated for"), a job at a body (`affiliations`)."""
    # "opened to $95 million", "bowed to $61.7 million" ("bowed out" is leaving)
    opened_to = any(
        stem(w) in OPENED and words[i + 1 : i + 2] == ["to"] for i, w in enumerate(words)
    )
    # "Made for a reported $4 million, the chiller ...": what it cost
    made_for = any(
        stem(w) in ("make", "produce")  # "produced for a reported $62 million"
        and words[i + 1 : i + 2] == ["for"]
        and any(x.isdigit() for x in words[i + 2 : i + 2 + MADE_FOR_REACH])
        for i, w in enumerate(words)
    )
    box_office = _takings(words)
    return (
        *((PLAYED,) if casts(words) else ()),
        *((GROSSED, OPENING_WEEKEND) if opened_to else ()),
        *((GROSSED,) if box_office and not opened_to else ()),
        *((BUDGETED,) if made_for else ()),
        *((AUTHORED,) if makers.by_someone(words) else ()),
        *((BORN, DIED) if lifespan(words) else ()),
        *((successor.SUCCEEDED,) if successor.states_succession(words) else ()),
        *affiliations.implied(words),
        *((plans.PLANNED,) if plans.states_plan(words) else ()),
        *((MOVED_RELEASE,) if plans.moves_a_date(words) else ()),
    )


BORN, DIED = "@birth", "@death"


def _takings(words: Sequence[str]) -> bool:
    """A sum said of the box office: "climbed past $612 million at the worldwide box
    office", "passed the $500 million mark worldwide, reaching $503.4 million"."""
    if not any(w.isdigit() for w in words):
        return False
    return any(a == "box" and b == "office" for a, b in pairwise(words)) or any(
        w.isdigit() and not TAKINGS_SCOPES.isdisjoint(words[i + 1 : i + 1 + SCOPE_REACH])
        for i, w in enumerate(words)
    )


# Where takings were made, said right after a sum: "$503.4 million worldwide".
TAKINGS_SCOPES = frozenset(
    "worldwide domestic domestically globally overseas internationally".split()
)
SCOPE_REACH = 3  # "503 4 million worldwide" (normalized): the sum's words, then the scope
MOVED_RELEASE = "@release"  # "has moved X from June 12 to March 19": when it opens now
BUDGETED = "@budget"
OPENED = frozenset({"open", "bow", "debut"})
MADE_FOR_REACH = 3  # "made for a reported $4 million"
# How near the start of a biography's first sentence its subject's dates stand: a name of up
# to four words and two dates with day and month.
LIFESPAN_REACH = 12  # "Anna Maria Okonjo-Lind (4 August 1951 - 17 November 2025)"


def lifespan(words: Sequence[str]) -> bool:
    """Two years near a sentence's start with nothing but dates between them: a person's
    birth and death, as a biography's first sentence gives them in brackets."""
    years = [i for i, w in enumerate(words[:LIFESPAN_REACH]) if w.isdigit() and len(w) == 4]
    return any(
        int(words[a]) < int(words[b])
        and all(w in MONTHS or (w.isdigit() and len(w) <= 2) for w in words[a + 1 : b])
        for a, b in pairwise(years)
    )


# How adjectives made from names end: "Roman", "Byzantine", "Danish", "Chinese".
PROPER_ADJECTIVE_ENDINGS = ("an", "ine", "ish", "ese", "ic")


def proper_modifier_moved(
    sequence: tuple[str, ...], capitals: frozenset[str], words: list[str]
) -> str | None:
    """ "their Danish courage" against "their stubborn courage and their Danish thrift":
    a name's word the question puts before a noun ("Danish", "Roman") stands in the
    passage before another noun, and the noun after another word. Returns the phrase."""
    pairs = set(pairwise(words))
    for before, modifier, noun in zip(sequence, sequence[1:], sequence[2:], strict=False):
        if before in capitals or not modifier.endswith(PROPER_ADJECTIVE_ENDINGS):
            continue  # a word of a longer name ("New Zealand students"), or no adjective
        if modifier not in capitals or noun in capitals or noun in GLUE or not noun.isalpha():
            continue
        if (modifier, noun) in pairs or stem(noun) in {stem(b) for a, b in pairs if a == modifier}:
            continue
        elsewhere = any(a == modifier and b not in GLUE for a, b in pairs)
        other_owner = any(
            stem(b) == stem(noun) and a != modifier and a not in GLUE for a, b in pairs
        )
        if elsewhere and other_owner:
            return f"{modifier} {noun}"
    return None


# Where a sentence joins two clauses, each with its own subject and time: "A trailer is
# expected in December, and the film will open on March 12" (but not "..., but was
# delayed to May", which goes on about the same subject); "X died in 1974, after which
# Grune served until her retirement" (what came after has a time of its own).
_CLAUSE_BREAK = re.compile(
    r";(?![^()]*\))|,(?=\s+(?:and|but|while|whereas|although)\s+"  # ("(BVR; Welsh: ...)")
    # (a clause may open on its year: ", and in 1839 the company paid a dividend")
    r"(?:the|a|an|its|his|her|their|this|that|these|those|it|he|she|they|[A-Z]"
    r"|(?:in|by|from|until|after|before) (?:1[5-9]|20)\d\d\b))"
    r"|,(?=\s+(?:after|before|following) which\b)"
)


def clauses(passage: str, count: int) -> list[int]:
    """For each of the `count` normalized words of `passage`, the number of its clause;
    all 0 when the clauses' words do not add up to the passage's."""
    return _numbered(_CLAUSE_BREAK.split(passage), count)


def commas(passage: str, count: int) -> list[int]:
    """For each of the `count` normalized words of `passage`, how many commas stand before
    it; all 0 when the parts' words do not add up to the passage's."""
    return _numbered(passage.split(","), count)


def _numbered(parts: list[str], count: int) -> list[int]:
    """For each normalized word of the `parts` a passage was split into, the number of its
    part; all 0 when they are not the `count` words of the whole."""
    numbers = [n for n, part in enumerate(parts) for _ in normalize(part).split()]
    return numbers if len(numbers) == count else [0] * count


# A quoted title, with the apposition that may follow it after a comma: '"Harrier Point
# 3: Starfall," the third film in the spy series,' (but in '"Saltwind" will premiere in
# March,' what follows is the sentence going on), and the appositions chained after that
# one: '"Saints," the drama that won the Silver Lamprey, the top prize at Skellmoor,'.
_TITLE_ASIDE = re.compile(
    # (a relative clause is the sentence going on about the film: '"X," which Ulmstrand
    # opens on May 22, is the longest entry')
    r"[\"\u201c][^\"\u201c\u201d]*(?:,[\"\u201d]|[\"\u201d]\s*,)"
    r"(?!\s*(?:which|who|whom|whose|where|when|is|are|was|were|will|has|have|had)\b)"
    r"[^,\"\u201c]*,"
    r"(?:\s(?:the|a|an|its|his|her|their)\s[^,\"\u201c]*,)*"
    r"|[\"\u201c][^\"\u201c\u201d]*[\"\u201d]"
)


def titled(passage: str, count: int) -> list[bool]:
    """For each of the `count` normalized words of `passage`, whether it stands in a
    quoted title or the apposition after one; all False when the words do not add up."""
    inside = [False] * count
    for m in _TITLE_ASIDE.finditer(passage):
        first = len(normalize(passage[: m.start()]).split())
        last = len(normalize(passage[: m.end()]).split())
        if last > count:
            return [False] * count
        inside[first:last] = [True] * (last - first)
    return inside


# "who lived in the town from 1921 until her death": the time after "from" starts the
# span the words after "until" end, and is no time of theirs.
_SPAN_ENDS = frozenset({"until", "till", "to"})
SPAN_START_REACH = 2  # "from 1921", "from March 1921": the time shortly after "from"


def starts_a_span_ended_by(words: Sequence[str], i: int, j: int) -> bool:
    """Whether the time at `i` of normalized `words` follows a "from" and the word at
    `j`, after it, follows an "until" between them."""
    return (
        i < j
        and "from" in words[max(0, i - SPAN_START_REACH) : i]
        and not _SPAN_ENDS.isdisjoint(words[i + 1 : j])
    )
