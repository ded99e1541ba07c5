"""A job a passage speaks of without naming who holds it.

"Who's doing the new music for it?" is explained word for word by "Kesvell, who returns
to direct, described the new composer as her first and only choice": the sentence has
the composer, and names someone, but not the composer. A passage answering it names the
job's holder beside the job ("Brenvor Tamsley, the composer whose music ...", "composer
Brenvor Tamsley") or says the act itself ("has been hired to score").
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from bot.text import DETERMINERS, stem

# The jobs a question asks for by their work, and the nouns a passage calls each by.
ASKED_JOBS = dict.fromkeys("music score soundtrack composer compose".split(), "composer")
ASKED_JOBS |= dict.fromkeys("photography cinematographer cinematography".split(), "cinematographer")
# ("who's the director" against "her lawsuit, naming the studio, the director and the
# credited screenwriter, Paul Renwick": the director is spoken of, not named)
ASKED_JOBS |= {"director": "director"}
# ("who is the new sponsor": not "will be backed by a new sponsor from next year")
ASKED_JOBS |= {"sponsor": "sponsor", "host": "host", "presenter": "host"}
# The work's verbs, whose use names its doer another way ("hired to score it"; "shot by"
# is said of earlier films too: "whose previous feature was shot by a different
# cinematographer").
DOING = {
    "composer": frozenset("score compose".split()),
    "cinematographer": frozenset(),
    "director": frozenset({"direct"}),
    "sponsor": frozenset({"sponsor"}),
    "host": frozenset("host present".split()),
}
# Words that give the job to the sentence's subject, shortly before it: "has served as
# artistic director", "was named director", "became music director", "named X as its
# new artistic director".
_HOLDING = frozenset("as named became become appointed is was".split())
HOLDING_REACH = 4
NAME_AFTER_REACH = 2  # how far after the job the name given may start
AS_REACH = 3  # how far before the job its "as" may stand: "as artistic director"
# Words that may stand between a determiner and the job: "the new composer".
_BETWEEN = frozenset("new original former incoming different".split())


def unnamed(words: list[str], asked: Sequence[str], given: Set[str]) -> bool:
    """Whether the passage's `words` speak of whom a "who" question asks without naming
    them: a job only described (`only_described`), or the subject of "who is ..." only
    as a pronoun no earlier sentence gave a name ("She is the first woman to lead the
    system since Penrose": not Penrose)."""
    unnamed_subject = tuple(asked[:2]) in _WHO_IS and tuple(words[:2]) in _PRONOUN_IS
    # ("He was followed by X and by Y, the first woman to lead it": the names are its agents)
    agents = words[words.index("by") + 1 :] if "by" in words[2:AGENT_REACH] else []
    unnamed_subject = unnamed_subject and given.isdisjoint(agents)
    return unnamed_subject or only_described(words, asked, given)


AGENT_REACH = 5  # how far into "He was followed by" its "by" may stand


_WHO_IS = {("who", be) for be in "is was are were".split()}
_PRONOUN_IS = {(p, be) for p in ("he", "she") for be in ("is", "was")}


def only_described(words: list[str], asked: Sequence[str], given: Set[str]) -> bool:
    """Whether the job `asked` for (the question's words in order) is in the passage's
    `words` only as a description with no name of `given` beside it, and its work is never
    done there. A job after "as" is the asked one's post, not who is asked for: "who did
    she replace as director" asks for her predecessor."""
    jobs = {
        ASKED_JOBS[job]
        for k, w in enumerate(asked)
        if (job := w if w in ASKED_JOBS else stem(w)) in ASKED_JOBS
        and "as" not in asked[max(0, k - AS_REACH) : k]  # "as (technical) director"
    }
    if "cinematographer" in jobs:
        jobs.discard("director")  # "the dp": the director of photography
    if len(jobs) != 1:
        return False
    job = jobs.pop()
    if not DOING[job].isdisjoint(stem(w) for w in words if w != job):  # ("director": "direct")
        return False
    uses = [i for i, w in enumerate(words) if w == job]
    return bool(uses) and not any(_named_beside(words, i, given) for i in uses)


def _named_beside(words: list[str], i: int, given: Set[str]) -> bool:
    """ "composer Brenvor Tamsley", "Brenvor Tamsley, the composer": a name right after the
    job, or right before the determiner it opens on."""
    if not given.isdisjoint(words[i + 1 : i + 1 + NAME_AFTER_REACH]):
        return True  # ("a new director: Ines Brackley-Soto": a name's first word may be no name's)
    if not _HOLDING.isdisjoint(words[max(0, i - HOLDING_REACH) : i]):
        return True  # "Delyth Arrow has served as artistic director": the subject holds it
    k = i
    while k and words[k - 1] in _BETWEEN:
        k -= 1
    return k > 1 and words[k - 1] in DETERMINERS and words[k - 2] in given
