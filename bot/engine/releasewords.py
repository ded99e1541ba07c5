"""What a release word in a passage is said of: "plans to debut the first full trailer in
February" releases a trailer, 'its family release "The Clockmaker's Garden"' another
title, "bowed out" no film at all, and "the studio's 2022 space-adventure hit" is a
success. A "when" question about the film is answered only by the release words said of
it (`bot.engine.answered`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.engine import plans
from bot.text import CAPITAL, DETERMINERS, normalize

if TYPE_CHECKING:
    from bot.engine.premise import Asked

# What a release word may be said of besides the film, within `PROMOTION_REACH` words
# (a quoted title counting for nothing): "plans to debut the first full trailer in
# February", 'a first teaser for "Black Meridian" will debut in February'.
PROMOTIONS, PROMOTION_REACH = plans.PROMOTIONS, plans.PROMOTION_REACH
# The verbs after which "out" is a release ("it comes out", "will be out in May"); after
# others it is leaving or finding ("bowed out", "dropped out", "pointed out").
RELEASED_OUT = frozenset("be is come roll put".split())  # "will put out the film"
# How near two release words stand to be one phrase ("premiere in theaters").
RELEASE_PHRASE_REACH = 2


def said_of_the_film(
    question: Asked, words: list[str], stems: list[str], apart: list[int], asked_at: list[int]
) -> list[int]:
    """Those of the release words at `asked_at` said of the film asked about, not of
    something else (`SAID_OF_ANOTHER`). A word in the same phrase as one set aside goes
    with it: "a teaser will premiere in theaters"."""
    kept: list[int] = []
    set_aside: list[int] = []
    for at in asked_at:
        if any(said(question, words, stems, apart, at) for said in SAID_OF_ANOTHER) or any(
            abs(apart[at] - apart[k]) <= RELEASE_PHRASE_REACH for k in set_aside
        ):
            set_aside.append(at)
        else:
            kept.append(at)
    return kept


def _of_promotion(
    question: Asked, words: list[str], stems: list[str], apart: list[int], at: int
) -> bool:
    """ "plans to debut the first full trailer in February" (unless trailers are asked), or
    "the first trailer, which had been expected this autumn, will now debut in February"."""
    return PROMOTIONS.isdisjoint(question.words) and any(
        abs(apart[k] - apart[at]) <= PROMOTION_REACH
        or (k < at <= k + RELATIVE_REACH + PROMOTION_REACH and words[k + 1] in RELATIVES)
        for k, w in enumerate(words)
        if w in PROMOTIONS
    )


def _of_other_title(
    question: Asked, words: list[str], stems: list[str], apart: list[int], at: int
) -> bool:
    """'its family release "The Clockmaker's Garden"': a quoted title right after the
    release word is what it releases."""
    end = at + 1
    while end < len(words) and apart[end + 1] == apart[end]:
        end += 1
    title = set(words[at + 1 : end]) - DETERMINERS
    return bool(title) and title.isdisjoint(question.words)


def _of_title_before(
    question: Asked, words: list[str], stems: list[str], apart: list[int], at: int
) -> bool:
    """'animated "Pottersnib 3," which opens Nov. 25': a release word opening a "which"
    clause right after a quoted title is that title's."""
    if at < 2 or words[at - 1] not in RELATIVES or apart[at - 1] != apart[at - 2]:
        return False  # (a word is inside a title when `apart` does not grow after it)
    start = at - 2
    while start > 0 and apart[start] == apart[start - 1]:
        start -= 1
    title = set(words[start : at - 1]) - DETERMINERS
    return bool(title) and title.isdisjoint(question.words)


RELATIVES = frozenset({"which", "that"})
RELATIVE_REACH = 6  # how long a relative clause after a trailer may be ("which had been ...")


def _of_leaving(
    question: Asked, words: list[str], stems: list[str], apart: list[int], at: int
) -> bool:
    """ "bowed out", "dropped out": "out" after a verb that is not a release's."""
    return words[at] == "out" and (at == 0 or stems[at - 1] not in RELEASED_OUT)


# What a film "hits" when it is released: "hits theaters Friday", "hit the big screen".
HIT_WHERE = frozenset(
    "theaters theatres cinemas screens streaming the digital home shelves".split()
)


# Words before "debut" that make it someone's first work, not a release: "his feature
# directorial debut, "The Quiet Orchard", which begins shooting in May".
FIRST_WORKS = frozenset("directorial feature acting screen stage film writing".split())


def no_release(words: list[str], at: int) -> bool:
    """ "the sequel to the studio's 2022 space-adventure hit": "hit" as a success, not a
    release, unless followed by where the film goes; "his directorial debut" as a first
    work."""
    if words[at] == "debut":
        return at > 0 and words[at - 1] in FIRST_WORKS
    return words[at] == "hit" and at + 1 < len(words) and words[at + 1] not in HIT_WHERE


def _of_the_original(
    question: Asked, words: list[str], stems: list[str], apart: list[int], at: int
) -> bool:
    """ "a one-night re-release of the 1994 original in 40 theatres in November": a
    re-release, and a release word just after "original", are the earlier film's (unless
    the question asks of it)."""
    if not EARLIER_FILM.isdisjoint(question.words):
        return False
    rereleased = at > 0 and words[at - 1] == "re"  # normalize() splits "re-release"
    return rereleased or "original" in words[max(0, at - ORIGINAL_REACH) : at]


# The words that ask of the earlier film (normalize() writes "first" "1st"), or of the
# re-release itself ("when is the re-release": normalize() writes "re release").
EARLIER_FILM = frozenset("original 1st og re".split())
ORIGINAL_REACH = 4  # "the 1994 original in 40 theatres": the words between


# A delay's words, and what a delay says when it happened rather than where it moved the
# film to: "was pushed back in March after its director left" dates the news, not the
# release; "pushed back to March" and "postponed in March to June 12" date the film.
DELAYS = frozenset("push postpone delay shift move".split())
DELAYED_WHEN = frozenset("in on last earlier this".split())
MOVED_TO = frozenset("to until till".split())
DELAY_REACH = 6  # "postponed in early March to June 12"


def _when_delayed(
    question: Asked, words: list[str], stems: list[str], apart: list[int], at: int
) -> bool:
    """ "pushed back in March": a delay dated by when it was made, with no new date."""
    if stems[at] not in DELAYS:
        return False
    after = words[at + 1 : at + 1 + DELAY_REACH]
    after = after[1:] if after[:1] == ["back"] else after
    return bool(after) and after[0] in DELAYED_WHEN and MOVED_TO.isdisjoint(after)


# What else a release word may be said of than the film asked about.
# Words of a release still to come: "has committed to a theatrical release in the autumn",
# "is set to open", "will premiere" (no answer to "when did it first screen").
PLANNED = frozenset("will committed commit set scheduled slated expected plans planned due".split())
PLANNED_REACH = 4  # "committed to a theatrical release": the words between
# A question asking of a release done: "when did it first screen".
_DONE = frozenset("did was were".split())
_ASKED_PLANS = frozenset("supposed meant originally".split())


def _planned_yet(
    question: Asked, words: list[str], stems: list[str], apart: list[int], at: int
) -> bool:
    """ "has committed to a theatrical release in the autumn", for "when did it come out":
    a release planned, not one that happened."""
    asked = question.sequence
    return (
        not _DONE.isdisjoint(asked[:3])
        and (PLANNED | _ASKED_PLANS).isdisjoint(asked)  # not "when was it supposed to open"
        and not PLANNED.isdisjoint(words[max(0, at - PLANNED_REACH) : at])
    )


# A shoot's date, which a delay moves as often as a release's: "That start date has now
# been pushed to February 2026".
_SHOOT_DATE = re.compile(
    r"\b(?:start|shooting|filming|production) date\b"
    r"|\bstart of (?:production|shooting|filming|principal photography|photography)\b"
)
# Words that say a release itself, beside which a shoot's date is the other news.
_RELEASE_SAID = frozenset("release open premiere theater debut out".split())
_SHOOTING = frozenset(
    "shoot shooting filming production photography start camera cameras rolling roll".split()
)


def _of_the_shoot(
    question: Asked, words: list[str], stems: list[str], apart: list[int], at: int
) -> bool:
    """ "That start date has now been pushed to February 2026", for "when's it coming
    out": the shoot moved, and no release is said (unless the shoot is asked)."""
    if not _SHOOTING.isdisjoint(question.words):
        return False
    return _SHOOT_DATE.search(" ".join(words)) is not None and _RELEASE_SAID.isdisjoint(stems)


SAID_OF_ANOTHER: tuple[Callable[[Asked, list[str], list[str], list[int], int], bool], ...] = (
    _planned_yet,
    _of_promotion,
    _of_other_title,
    _of_title_before,
    _of_leaving,
    _of_the_original,
    _when_delayed,
    _of_the_shoot,
)


_RELEASED = re.compile(
    rf"(?P<name>{CAPITAL}[\w'\u2019-]*(?: {CAPITAL}[\w'\u2019-]*)*)[\"\u201d]?,? released in "
    r"(?P<year>(?:19|20)\d\d)\b"
)
# ... or as a film made of the one asked about: "the 1984 reboot" of "Mirecastle"
_DERIVED = re.compile(
    r"\b(?:the|a|its|their) (?P<year>(?:19|20)\d\d) "
    r"(?P<name>reboot|remake|sequel|prequel|spinoff|spin-off|revival)\b"
)


def years_of_others(passage: str, asked: frozenset[str]) -> set[str]:
    """The years `passage` gives as another film's release ("Driftwood Saints, released
    in 2019", "the 1984 reboot"), one whose name has no word of the question's `asked`
    words."""
    return {
        m["year"]
        for pattern in (_RELEASED, _DERIVED)
        for m in pattern.finditer(passage)
        if asked.isdisjoint(normalize(m["name"]).split())
    }


# "this year's Yarrowdale Film Festival": a relative time owning a thing names which of
# its editions, no time of anything the sentence tells.
_EDITION = re.compile(r"\b(?:this|last|next) (?:year|season|month|week)['\u2019]s\b", re.I)


def editions(passage: str) -> set[int]:
    """The positions, in normalized words of `passage`, of such a relative time."""
    found: set[int] = set()
    for m in _EDITION.finditer(passage):
        at = len(normalize(passage[: m.start()]).split())
        found.update((at, at + 1))
    return found
