"""How news is written, as a draft reads it: a headline in title case, a title in quotes."""

from __future__ import annotations

import re

# A headline in title case ("'The Ember Crown' Slides to March as Lionel Oduya Takes
# Over") capitalises every longer word, so its capitals mark no names: at least this
# share of its words of four letters or more, and at least this many of them.
HEADLINE_CAPITALS = 0.8
HEADLINE_MIN_WORDS = 3


def headline(sentence: str) -> bool:
    """Whether `sentence` is a title-case headline: no closing stop, nearly every
    longer word capitalised."""
    if sentence.rstrip().endswith((".", "!", "?", '."', ".'", "\u201d")):
        return False
    longer = [w for w in re.findall(r"[A-Za-z][\w'-]*", sentence)[1:] if len(w) >= 4]
    upper = sum(w[0].isupper() for w in longer)
    return len(longer) >= HEADLINE_MIN_WORDS and upper >= HEADLINE_CAPITALS * len(longer)


# A title as film and book news writes it, in double quotes (its comma or stop inside):
# '"Emberwing",', 'renames it "Lantern Bay".'
QUOTED = re.compile(r"[\"\u201c]([^\"\u201d]{2,80}?)[,.]?[\"\u201d]")


def quoted(sentence: str, match: re.Match[str]) -> bool:
    """Whether the phrase `match` found in `sentence` is all a double quote holds: a
    title, in film news ('"Lighthouse Row," the cult series')."""
    before, after = sentence[: match.start()], sentence[match.end() :]
    return before.endswith(('"', "\u201c")) and re.match(r"[,.!?]?[\"\u201d]", after) is not None


# '"Saltmarsh" (2021)': a quoted title with the year it came out, as film writing gives a
# film (a person's years are two, "(1931-2002)"; a book is seldom quoted so).
_YEAR_AFTER = re.compile(r"[,.]?[\"\u201d]?\s*\((\d{4})\)")


def titled_year(sentence: str, match: re.Match[str]) -> str | None:
    """The year after the quoted title `match` found in `sentence`, if one follows it."""
    return year_after(sentence[match.end() :]) if quoted(sentence, match) else None


def year_after(rest: str) -> str | None:
    """The year in brackets that opens `rest`, the text after a title inside its quotes."""
    found = _YEAR_AFTER.match(rest)
    return found.group(1) if found else None


# A genre or form of film right before a quoted title says the title is a film's: 'the
# spy caper "Copperline"', 'the horror film "Saltcellar,"'. (Without one a quoted word
# may be a series, a book or a nickname.)
_FILM_FORMS = (
    "film movie picture feature sequel prequel remake reboot thriller comedy drama caper "
    "chiller horror documentary musical western romance adventure blockbuster adaptation "
    "hit "  # "its spring fantasy hit "Copperfane""
    "mystery fantasy biopic epic satire melodrama tentpole actioner whodunit noir slasher "
    "rom-com sci-fi animation animated"  # "the supernatural mystery "Thimbleglass""
)
_FORM_BEFORE = re.compile(rf"\b(?:{'|'.join(_FILM_FORMS.split())})s?\s*[\"\u201c]$", re.I)
FILM_FORMS = frozenset(_FILM_FORMS.split())


# ... or a film made again, after a quoted film: 'the reboot of "Smokejack,"', 'a sequel to
# "Gloamrise"' (not an adaptation, which may be of a novel).
_REMADE_BEFORE = re.compile(r"\b(?:sequel|prequel|remake|reboot)s?\s+(?:of|to)\s+[\"\u201c]$", re.I)
# ... or its year's possessive: 'a co-writer on 2022's "Brightfall"'.
_YEARS_BEFORE = re.compile(r"\b(?:19|20)\d\d['\u2019]s\s+[\"\u201c]$")


def after_film_form(sentence: str, match: re.Match[str]) -> bool:
    """Whether the quoted title `match` found in `sentence` follows a form of film."""
    before = sentence[: match.start()]
    return quoted(sentence, match) and any(
        p.search(before) is not None for p in (_FORM_BEFORE, _REMADE_BEFORE, _YEARS_BEFORE)
    )


# A name followed by when it came out: "Rootbound, released in 2022, ran 97 minutes".
_RELEASED_AFTER = re.compile(r"^[\"\u201d]?,? (?:which was )?released in (?:19|20)\d\d\b")


def released_after(sentence: str, match: re.Match[str]) -> bool:
    """Whether the name `match` found in `sentence` is followed by its release year, as
    a film's title is (quoted or not)."""
    return _RELEASED_AFTER.match(sentence[match.end() :]) is not None


# A quoted title that an apposition says is a film: '"Gloamrise," the third film in its
# series', '"Tidebreak," the studio's sequel', '"Ghostmere," the supernatural thriller
# from director X', '"Wrenfall," a $90 million disaster epic', '"Tollgate," Harrow
# Films' heist comedy' (but not '"Clapboard Hearts," the streaming comedy series').
_APPOSED_FORMS = sorted(
    FILM_FORMS | set("installment instalment entry chapter spin-off spinoff".split())
)
# The words after a form of film that make it a modifier of something else: "the film
# festival", "a drama series".
_NOT_A_FILM_AFTER = (
    r"(?! (?:series|show|programme|program|podcast|novel|book|play|studio|festival|company"
    r"|critic|school|archive|society|magazine|institute|club|distributor|industry)s?\b)"
)
# ... and, quoted or not, one that says it is a film of a series: "Ophidian Hollow, the
# long-gestating prequel to the Naxfield Hauntings franchise".
_SEQUEL_APPOSITION = re.compile(
    r"^[,\"\u201d]*\s*(?:the|its|a|an) (?:[\w'\u2019-]+ ){0,3}"
    r"(?:sequel|prequel|installment|instalment|spin-off|spinoff) (?:to|of|in)\b",
    re.I,
)
# ... or a film made again or its form right after the quoted title: "Jovett Exits
# 'Heskor' Reboot", 'the original "Heskor" films'.
_FORM_AFTER = re.compile(
    r"^[\"'\u201d\u2019]\s+(?:reboot|remake|sequel|prequel|film|movie)s?\b" + _NOT_A_FILM_AFTER,
    re.I,
)
_FILM_APPOSITION = re.compile(
    r"^[,\"\u201d]*\s*(?:the|its|a|an|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:'s?|\u2019s?)) (?:[\w$\u00a3\u20ac.'\u2019-]+ ){0,3}"
    rf"(?:{'|'.join(_APPOSED_FORMS)})\b{_NOT_A_FILM_AFTER}",
    re.I,
)
# ... or a definition does, as a reference article opens: '"Klarwasser" is a 1961 drama
# film directed by X', 'Moonfall was an American science-fiction film'.
# The form is the definition's head noun, not a modifier ("a film production company").
_FILM_DEFINITION = re.compile(
    r"^[\"\u201d]?\s+(?:is|was) (?:a|an) (?:[\w'\u2019-]+ ){0,3}"
    rf"(?:{'|'.join(sorted(FILM_FORMS))})"
    r"(?=[,.;:(]|$| (?:directed|written|produced|starring|by|from|that|which|about|based"
    r"|released|made|set|adapted|in|of|and)\b)",
    re.I,
)


def says_film(sentence: str, match: re.Match[str]) -> bool:
    """Whether `sentence` says the name `match` found in it is a film's title: its year
    in brackets after it, a form of film before or after it, or when it was released."""
    return bool(
        titled_year(sentence, match)
        or after_film_form(sentence, match)
        or (quoted(sentence, match) and _FILM_APPOSITION.match(sentence[match.end() :]))
        or _SEQUEL_APPOSITION.match(sentence[match.end() :])
        or (quoted(sentence, match) and _FORM_AFTER.match(sentence[match.end() :]))
        or (_opens(sentence, match) and _FILM_DEFINITION.match(sentence[match.end() :]))
        or released_after(sentence, match)
    )


def _opens(sentence: str, match: re.Match[str]) -> bool:
    """Whether the name `match` found in `sentence` is its subject, opening it (in quotes
    or not)."""
    return sentence[: match.start()].strip() in ("", '"', "\u201c")


# How an article tells a series' beginning, which is its first film's story: "The Inkfall
# series began in 2014 with a film directed by X".
_SERIES_BEGAN = re.compile(
    r"\b(?:series|franchise|saga|trilogy)\s+(?:first\s+)?(?:began|begun|started|launched"
    r"|debuted|kicked off|got its start)\b",
    re.I,
)


def series_began(sentence: str) -> bool:
    """Whether `sentence` tells how a series began (its first film)."""
    return _SERIES_BEGAN.search(sentence) is not None
