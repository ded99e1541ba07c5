"""Who does which job on a film: "who is directing the sequel?" is not answered by "...
the script with writer Tomasz Ilkka", who is the writer, nor by "casting director Posy
Quarmby", whose office is another."""

from __future__ import annotations

from collections.abc import Set
from itertools import pairwise

from bot.text import stem

# The people who make a film, by the noun a passage puts before a name ("writer Tomasz
# Ilkka") and the verb a question asks with ("who is directing"). Who is asked for one of
# these jobs is not answered by someone a passage gives another.
CREW = {
    "director": "direct",
    "writer": "write",
    "screenwriter": "write",
    "composer": "compose",
    "producer": "produce",
    "editor": "edit",
    "designer": "design",
    "architect": "design",
    "engineer": "engineer",  # "who engineered the cut": "the engineer Lotte Aukrmann"
    "cinematographer": "shoot",
    "spokesperson": "say",
    "spokesman": "say",
    "spokeswoman": "say",
}


# The crew's jobs as verbs a passage gives a name by: "directed by X", "produced by Y".
JOB_VERBS = frozenset(CREW.values()) - {"say"}
# Words that make writing a composer's job: "who wrote the music", "writing the score".
MUSIC = frozenset("music score soundtrack song songs".split())


def asked_jobs(asked: Set[str]) -> set[str]:
    """The crew jobs a question's words (and stems) ask of: "write" for "who wrote the
    script", "write" and "compose" for "who wrote the music"."""
    jobs = {CREW.get(w, w) for w in asked} & set(CREW.values())
    if "write" in jobs and not MUSIC.isdisjoint(asked):
        jobs.add("compose")
    return jobs


def other_crew(names: Set[str], words: list[str], asked: Set[str]) -> set[str]:
    """The `names` (first words of names given) a passage gives another job than the one
    asked: "who is directing the sequel?" against "... the script with writer Tomasz
    Ilkka" gives Tomasz Ilkka as the writer."""
    jobs = asked_jobs(asked)
    if not jobs or any(stem(w) in jobs and w not in CREW for w in words):
        return set()  # the passage says who does the job ("co-wrote"): the doer decides
    others = set()
    for i, w in enumerate(words):
        if w not in names or (i and words[i - 1] in names):
            continue  # a name's first word only: "tomasz", not "ilkka"
        end = i
        while end < len(words) and words[end] in names:
            end += 1
        label = words[i - 1] if i else ""
        # "festival director Marta Zanetti" (not the office asked: "music director")
        office = i > 1 and words[i - 2] in OFFICES - asked
        if label in CREW and (CREW[label] not in jobs or office):
            others.update(words[i:end])
        elif label == "by" and i > 1 and stem(words[i - 2]) in JOB_VERBS - jobs:
            others.update(words[i:end])  # "directed by Orla Venkirsh": no composer
        elif (job := _job_after(words, end, names)) is not None and job not in jobs:
            others.update(words[i:end])  # "X and Y, the writing team behind ..."
    return others


def _job_after(words: list[str], end: int, names: Set[str]) -> str | None:
    """The job an apposition after a name (or a list of names, from `end`) gives: "Y and
    Z, the writing team behind ..." (normalized, no comma) are writers."""
    while end < len(words) and (words[end] in names or words[end] == "and"):
        end += 1
    said = words[end : end + 2]
    if len(said) < 2 or said[0] != "the":
        return None
    noun = said[1]
    return CREW.get(noun) or (stem(noun) if stem(noun) in CREW.values() else None)


def only_another_office(words: list[str], asked: Set[str]) -> bool:
    """Whether a passage says the job asked for ("who is directing") only as another
    office: "casting director Posy Quarmby ... settling on Quilliam" names no one who
    directs the film."""
    jobs = asked_jobs(asked)
    uses = [i for i, w in enumerate(words) if stem(w) in jobs or CREW.get(w) in jobs]
    # (the office the question names itself is no other: "who is the artistic director")
    return bool(uses) and all(
        words[i] in CREW and i and (words[i - 1] in OFFICES - asked or _body_s(words, i))
        for i in uses
    )


# Bodies with a director of their own: "The festival ... according to its director, X".
BODIES = frozenset("festival museum school academy institute archive agency orchestra".split())


def _body_s(words: list[str], at: int) -> bool:
    """Whether the job at `at` is the body's the sentence opens on: "The festival, which
    ran for eleven days, ... according to its director"."""
    return words[at - 1] == "its" and words[:1] == ["the"] and words[1] in BODIES


# What else a "director" may direct than a film: "festival director Marta Zanetti-Kreuz",
# "casting director", "creative director".
OFFICES = frozenset(
    """festival casting art artistic creative music musical managing executive program
    programme programming photography technical marketing communications editorial""".split()
)


# What says who made a film's music: "the composer X", "composed by", "scored", "music by".
_COMPOSING = frozenset("composer compose composed composing scored scoring".split())
_MADE_BY = MUSIC | {"theme"}
_TO = frozenset("to will would also".split())  # "X will score it": a verb
_WRITTEN = frozenset("play novel book poem memoir story libretto".split())  # by a writer


def no_composer(words: list[str], asked: Set[str]) -> bool:
    """Whether the question asks who made the music ("who wrote the score") and the
    passage (its normalized `words`) gives names for other jobs only: "the film, directed
    by X and produced by Y, took home ... a special mention for its score"."""
    if "compose" not in asked_jobs(asked):
        return False
    # ("directed by X", and the writer of a work it adapts: "a new play by X", "X's novel")
    others = any(
        (b == "by" and stem(a) in JOB_VERBS - MUSIC_JOBS | _WRITTEN)
        or (a == "s" and stem(b) in _WRITTEN)
        for a, b in pairwise(words)
    )
    # ("music by X", "X's score": normalized "x s score", "X will score it")
    by = any(
        (a in _MADE_BY and b == "by") or (a == "s" and b in _MADE_BY) or (a in _TO and b == "score")
        for a, b in pairwise(words)
    )
    return others and not by and _COMPOSING.isdisjoint(words) and "write" not in map(stem, words)


MUSIC_JOBS = frozenset({"write", "compose"})
