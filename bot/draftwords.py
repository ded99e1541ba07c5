"""Whether a capitalised word of an article is ordinary English: "Supplies", "Bogged",
"Organisers" and "Three-day" open sentences without naming anyone, while "Ruth" or
"Romilly" before a surname is a first name."""

from __future__ import annotations

import re

from bot.text import GLUE, singular
from bot.titles import CARDINALS_BY_WORD

# Nouns for a film that a name after is one of: "the sequel Ash Tide", "the animated
# musical Komberly Lane", "the survival thriller Tuvholm Pass" (in a regular expression).
FILM_NOUNS_BEFORE = (
    "film|movie|sequel|prequel|installment|musical|thriller|biopic|blockbuster|feature"
    "|documentary|remake|reboot|spin-off|spinoff"
)
_FILM_NOUN_BEFORE = re.compile(
    rf"\b(?:{FILM_NOUNS_BEFORE})s?\s+(?:the\s+)?['\"\u2018\u201c]?$", re.I
)


# ... and nouns for another titled work, quoted after them: 'her memoir, "Above the Orrin",'
# is a title like a film's, never a person's name.
_WORK_NOUN_BEFORE = re.compile(
    r"\b(?:memoir|autobiography|biography|novel|book|album|song|play|poem|opera)s?,?\s+"
    r"['\"\u2018\u201c]$",
    re.I,
)


def film_noun_before(before: str) -> bool:
    """Whether the text `before` a name ends on a noun for a film: "the spy thriller (The)",
    "the creature feature", "Naxfield Prequel '"; or on one for another work and a quote."""
    return bool(_FILM_NOUN_BEFORE.search(before[-24:]) or _WORK_NOUN_BEFORE.search(before[-24:]))


# Posts a possessive name holds ("Cresmont's CEO", "Harvard's President"): the owner is
# the name, not the post.
POSTS = frozenset("CEO CFO COO CTO President Chairman Chair".split())

# Words a body's full name ends on and its everyday name leaves off: "Pelham Athletic
# Football Club" is "Pelham Athletic" after the first line, "Orvane Holdings plc" "Orvane
# Holdings"; the abbreviated ones a title line writes ("Nimrow Athletic F.C.") for what
# its definition spells out ("Nimrow Athletic Football Club is ...").
ABBREVIATED_ENDINGS = frozenset("fc afc co inc ltd plc llc".split())
FORMAL_ENDINGS = ABBREVIATED_ENDINGS | frozenset("football club company limited".split())
# The endings an organisation is called without after its first mention: its formal one
# ("Pelham Athletic" for Pelham Athletic Football Club) or its trade ("Thurgarton Vale" for
# Thurgarton Vale Studios).
SHORTENED_ENDINGS = FORMAL_ENDINGS | frozenset("studios pictures films productions".split())


def is_common(word: str, common: frozenset[str]) -> bool:
    """An ordinary English word, or an inflection of one ("Supplies", "Bogged", "Fewer")."""
    w = word.lower().strip(".'")
    if w in common or w in GLUE:
        return True
    w = _IRREGULAR_PLURALS.get(w, w)  # "Women made up 57% of buyers"
    w = _BRITISH_ISE.sub(r"iz\1", w)  # "Organisers" are organizers
    if w in common:
        return True
    first, _, rest = w.partition("-")
    if rest and (first.isdigit() or first in CARDINALS_BY_WORD):
        return is_common(rest, common)  # "Three-day passes", "Two-time winner"
    if rest.rpartition("-")[2] in OF_A_PLACE_OR_MAKER:
        return True  # "Nigerian-born", "Harbor-owned", "London-based": adjectives
    for suffix, replacement in _INFLECTIONS:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)] + replacement
            if stem in common or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in common):
                return True
    return False


# Participles that make an adjective of a name before them.
OF_A_PLACE_OR_MAKER = frozenset("born based owned made led backed funded bred raised run".split())
_IRREGULAR_PLURALS = {"men": "man", "women": "woman", "children": "child", "people": "person"}
_BRITISH_ISE = re.compile(r"is(e|er|ers|es|ed|ing|ation|ations)$")


_INFLECTIONS = (
    ("ies", "y"),
    ("ied", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("er", ""),
    ("est", ""),
    # an agent noun the dictionary lacks, of a word it has: "Cartographers argued"
    ("ists", ""),
    ("ist", ""),
)


# Endings of an adverb the dictionary lacks that may open a sentence ("Incongruously",
# "Unsurprisingly"); a first name may end in "-ly" too ("Romilly", "Kimberly").
ADVERB_ENDINGS = (
    "ously", "ally", "ably", "ibly", "edly", "ingly", "fully", "ively", "ently", "antly",
    "ately", "lessly",
)  # fmt: skip
# Endings of the common words that open a sentence before a name without being one: a
# role ("Director", "Newcomer", "Comedian", "Actress"), an adjective ("Several",
# "Famous", "Animated"), an adverb ("Early").
_NOT_FIRST_NAME_ENDINGS = (
    "er", "or", "ist", "an", "ant", "ent", "ess", "ive", "al", "ic", "ous", "ful",
    "ed", "ing", "ly", "y",
)  # fmt: skip
# Function words that open a sentence before a name: "Under Norman rule", "While Lind".
_OPENERS = frozenset(
    """under during since until despite against among across through within without along
    behind beyond toward towards upon unlike like near following including except
    while before after when whereas although though because once unless whether""".split()
)


def first_name(words: list[str], common: frozenset[str]) -> bool:
    """ "Ruth Calloway again voices ...": a common word opening a sentence is a first name
    when a surname the dictionary lacks follows it and it has no ending of a role, an
    adjective or an adverb."""
    first = words[0].lower()
    return (
        len(words) in (2, 3)
        and words[-1][:1].isupper()
        and not is_common(words[-1], common)
        and first not in _OPENERS
        and not first.endswith(_NOT_FIRST_NAME_ENDINGS)
        and not _plural(first, common)
    )


def _plural(word: str, common: frozenset[str]) -> bool:
    """ "Critics", "Studios", "Supplies": the plural of a common word, where "James",
    "Frances" and "Ines" are first names whose singulars are no words."""
    if not word.endswith("s"):
        return False
    singulars = [word[:-1]]
    if word.endswith("es") and word[:-2].endswith(_SIBILANTS):
        singulars.append(word[:-2])  # "Churches"; "James" is no plural of "jam"
    if word.endswith("ies"):
        singulars.append(word[:-3] + "y")
    # (a singular of a few letters may be a stray word of the list: "ine" of "Ines")
    return any(s in common for s in singulars if len(s) > _SHORTEST_SINGULAR)


_SIBILANTS = ("s", "x", "z", "ch", "sh")
_SHORTEST_SINGULAR = 3


# The last word of a name that makes it an institution, a work or an event, whatever
# stands before it ("Anglican Church", "Schools Act", "Good Food Guide"): ordinary English.
INSTITUTION_HEADS = frozenset(
    """
    church churches school schools college university academy institute seminary act acts
    guide board council society association museum library party army navy company
    corporation bank hospital committee department ministry government court league union
    club foundation agency commission parliament assembly congress senate conference
    railway railroad airlines press journal review magazine newspaper dynasty empire
    kingdom republic treaty war battle revolution festival award awards prize report regatta
    marathon carnival parade pageant fair fete jamboree
    medal trophy cup scholarship fellowship lecture trust fund fc afc athletic united rovers
    courier gazette herald chronicle tribune observer
    center centre station airport theater theatre stadium freeway highway route bridge
    tower cathedral abbey monastery temple mosque synagogue orchestra band inn hotel
    choir chorus ensemble infirmary clinic dispensary hospice sanatorium asylum almshouses wing
    tavern pub restaurant cafe shop store market mill farm castle fort fortress palace
    prison lighthouse zoo mall plaza guild house houses wanderers albion hotspur
    strike strikes riot riots uprising rebellion revolt mutiny massacre siege raid
    exhibition exposition expo agreement accord pact protest lockout dispute boycott
    campaign expedition crisis affair scandal disaster flood earthquake championship
    tournament archive archives studio studios gallery cinema cinemas collection
    conservatory laboratory observatory institution hall barrier reservoir priory quay wharf
    wave movement editions publishing publishers distributors distribution picturedrome
    picturehouse playhouse bioscope odeon originals classics label records
    brewery distillery glassworks works factory foundry quartet office exchange division
    colliery pavilion
    hut service
    """.split()
)
# The last word of a name that makes it a place.
PLACE_HEADS = frozenset(
    """
    river lake mountain mountains valley island islands bay sea ocean county city state dam
    province district street avenue boulevard road square coast peninsula desert forest
    canyon falls creek harbour harbor port region territory canal park bridge viaduct aqueduct
    hill tunnel weir pier jetty breakwater fields head ness headland
    glacier icefield peak summit ridge fjord gorge glen strait estuary waterfall plateau reef
    cove sound
    america americas american asia asian europe european africa african oceania
    """.split()
)

# A rank or office written before a person's name, which makes the name a person's
# wherever it stands ("from Duke Osric Faldrane", "in Bishop Aldo's time"), unless a
# place's or an institution's word ends it ("Prince Edward Island").
RANKS = frozenset(
    """
    king queen prince princess duke duchess count countess earl baron baroness lord lady
    emperor empress tsar sultan caliph pope bishop archbishop cardinal abbot abbess
    governor president chancellor
    """.split()
)

# The first word of a name that makes it a place, whatever follows: "River Orsanne", "Lake
# Askmere", "Mount Ulvar" (a person's name never opens on one).
PLACE_FIRSTS = frozenset("river lake mount cape isle fort port".split())
# ... and a region's, unless an institution's word ends it: "Upper Normandy", "West
# Francia", "North Fresno" are places, where "Central Bank" is none.
REGION_FIRSTS = frozenset(
    "upper lower north south east west northern southern eastern western central".split()
)
# ... and outside film news, where a studio may open on them ("New Line"), "New France",
# "Great Britain".
OLD_WORLD_FIRSTS = frozenset("new great".split())


# How often an article must write a word no dictionary knows in lower case for it to be
# a noun there ("seedholds are usually governed by their members"), not a name.
COINED_NOUN_USES = 2


def coined_nouns(text: str, common: frozenset[str]) -> frozenset[str]:
    """The words no dictionary knows that an article writes as nouns in lower case, twice
    or more, singular: "seedhold". A name ending on one is one of that kind ("the
    Wamhollow Seedhold"), not a person."""
    counts: dict[str, int] = {}
    for word in re.findall(r"(?<![\w'-])[a-z][a-z-]{3,}\b", text):
        one = singular(word)
        if not is_common(one, common) and not is_common(word, common):
            counts[one] = counts.get(one, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= COINED_NOUN_USES)
