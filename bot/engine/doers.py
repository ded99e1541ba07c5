"""The doer a question asks for, and passages where someone or something else does it.

"Who replaced the keepers?" asks for the subject of "replaced"; what follows the verb is
its object. A passage where that object stands before the verb has the roles the other
way round ("the keepers replaced the old guild"), and one whose verb has a thing for its
doer ("a process that started at the Quintara", "it started in 1979") names no one who
did it. Read from normalized words and their stems, as `bot.engine.roles` reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise, takewhile
from typing import TYPE_CHECKING

from bot.engine import (
    agents,
    appositions,
    asides,
    attributive,
    converses,
    partsdone,
    patients,
    phrases,
    phrasewords,
    posts,
)
from bot.engine.makers import WRITING, by_someone
from bot.engine.paraphrased import sold_to
from bot.engine.passive import PARTICLES, agent_of, is_participle, is_passive, is_past_form
from bot.engine.roles import AUXILIARIES
from bot.engine.verbforms import BE
from bot.engine.verdicts import OTHER_THING, PASS, Verdict
from bot.newsform import FILM_FORMS
from bot.text import GLUE, POSSESSIVES, SCAFFOLD, common_words, stem

if TYPE_CHECKING:
    from bot.concepts import Concepts

# How far before a film's form ("a period drama directed by", "X is a 1961 drama film
# directed by") its title may stand.
APPOSITION_REACH = 7
# Words that open a clause of the question's own after the verb's object ("how": "who
# taught her how to read" has no object there).
_CLAUSE_OPENERS = frozenset("because since while although though when after before if how".split())
# Verbs whose object may stand first as their subject: "X stars Y" is "Y stars in X".
_CONVERSE = frozenset({"star", "feature"})
# Verbs of succession, whose other words keep their roles ("who replaced X" is read by
# "Y was succeeded by X"); the words of other concepts may not (a sale's "sold to" is
# "acquired from", an award "won" is "handed to", a nomination "got" is "earned").
_SUCCESSION = frozenset({"replace", "succeed"})
_FOUNDING = frozenset({"found", "establish", "form"})  # "who founded X": "Y was formed by"


# What opens a question about the future before its verb: "who will direct X" is "who directs X".
_FUTURES = tuple(tuple(f.split()) for f in ("will", "is going to", "is gonna"))
# ... and how things turned out: "who ended up buying it" asks who bought it
_FUTURES += tuple(tuple(f.split()) for f in ("ended up", "wound up", "eventually", "finally"))
# ... and who was behind it: "who was responsible for (in charge of) planting the pines"
_FUTURES += tuple((be, *b.split()) for be in BE for b in ("responsible for", "in charge of"))
# A verb's prefix the hyphen parts from it: "who co-wrote it" asks who wrote it with another.
_VERB_PREFIXES = frozenset("co re".split())
# ... and an adverb of time before it: "who first explored the cavern" asks who explored it.
_BEFORE_THE_VERB = frozenset("1st originally initially later also once".split())


def subject_question(
    words: list[str], capitals: frozenset[str] = frozenset()
) -> tuple[str, tuple[str, ...]] | None:
    """ "who replaced the keepers", "what ended the war": the question asks for the
    subject of its verb, so what follows the verb is the object. A passage where that
    object stands before the verb, as its subject, has the roles the other way round.
    A word written with a capital (`capitals`) is a name's, never the verb: "what Fields
    Medal winning mathematician is ..."."""
    if len(words) < 3 or words[0] not in ("who", "what", "which"):
        return None
    at = 1
    future = next((len(f) for f in _FUTURES if tuple(words[1 : 1 + len(f)]) == f), 0)
    post = words[future] in ("for", "of") and not words[1 + future].endswith("ing")  # "of sales"
    if words[0] == "who" and future and len(words) > future + 2 and not post:
        words = [words[0], *words[1 + future :]]  # "who is going to direct X": who directs X
    if words[1] in _VERB_PREFIXES or (words[0] == "who" and words[1] in _BEFORE_THE_VERB):
        words = [words[0], *words[2:]]
    if words[1] in GLUE:
        return None
    if (
        words[0] != "who"
        and len(words) > 3
        and words[2] not in AUXILIARIES
        and _verb_form(words[2], words[3])
    ):
        at = 2  # "what organisation built homes", "what road links": a head noun, a verb
    elif words[0] == "which" or words[2] in AUXILIARIES:
        return None  # "what century was ...": a head noun, not a verb
    if words[0] != "who" and (stem(words[at]) == words[at] or words[at + 1 : at + 2] == ["of"]):
        return None  # "what harbour master is ...", "what kinds of": no verb's form here
    if words[at] in capitals or posts.as_a_post(words, at):
        return None  # ("who runs it as chief executive": asked of the post, not "runs")
    # "who set up the trust" asks who founded it, its particle no object
    phrase = phrasewords.phrase_word(words, at)
    verb = phrase or stem(words[at])
    if phrase and phrasewords.phrase_particle(words, at + 1):
        at += 1
    if verb in _CONVERSE:
        return None  # "who stars in Pennyweather" is asked of "Pennyweather stars Ada Pell"
    # "who replaced X as director", "who took over as editor": "as" opens a part, no object
    rest, first = words[at + 1 :], 0 if verb in _SUCCESSION else 1  # ("returned as director")
    rest = rest[: rest.index("as", first)] if "as" in rest[first:] else rest
    # ... nor is what a clause of its own says: "who replaced Ada Berg after she left"
    rest = list(takewhile(lambda w: w not in _CLAUSE_OPENERS, rest))
    objects = tuple(stem(w) for w in rest if w not in GLUE and w not in SCAFFOLD and w.isalpha())
    return (verb, objects) if objects else None


def acts_reversed(
    acts: tuple[str, tuple[str, ...]], stems: list[str], forms: Sequence[str] = ()
) -> str | None:
    """For "who replaced the keepers" (verb and its objects): the verb when the passage
    (its `stems`; `forms`, its words as written, when at hand) has an object where the
    doer goes. In the passive ("the bridge was built by ...") the object comes first by
    rights, so there an object found only after the verb is the other way round."""
    # ("ex-miners": "miner"; "laying out the park": the park, no particle)
    verb, objects = acts[0], tuple(stem(o) for o in acts[1] if o not in PARTICLES)
    # "the thriller from director Clara Ghiselin": an agent noun ("director", written
    # "direct" by its lemma) names its doer after it, and is no verb to read roles by
    at = verb_uses(verb, stems, forms)
    if not at:
        return None
    before, after = stems[: at[0]], stems[at[0] :]
    if _passive(stems, forms, at[0]):
        return verb if any(o in after and o not in before for o in objects[:1]) else None
    if agent_of(stems, at[0]) is not None and at[0]:  # an opening one is of what follows
        # "the relief ships, sent by the guild": a participle with its agent is passive
        # too, and it tells of the noun it follows ("the inns and the new houses built by
        # the guild": the houses, not the inns)
        if not any(o in before for o in objects):
            # unless it names the object otherwise: '"Kingdom of Cinders," directed by X'
            return verb if any(o in after for o in objects) else None
        # the noun right before it, when it is not the question's: "houses built by"
        # ("in May 1611, led by" and "written by Tomas and recorded by" name none)
        noun = before[-1] if before else ""
        if noun in _WORK_FORMS and any(o in before[-APPOSITION_REACH:] for o in objects):
            return None  # '"Driftwood Hymn", a period drama directed by X': the title's
        if appositions.apposed(before, objects):
            return None  # "the Harbour Trust, a charity founded by X": the trust's
        if _placed_object(before[-PLACE_REACH:], objects):
            return None  # "the lighthouse on the western cliffs, designed by X": its
        return verb if noun not in objects and noun not in GLUE and noun.isalpha() else None
    # "the freeway that connects X": the freeway connects; "Strelkin, who would win the
    # prize": Strelkin would
    k = len(before)
    while k > 1 and before[k - 1] in _BETWEEN:
        k -= 1
    if k > 1 and before[k - 1] in ("that", "which", "who"):
        before = before[k - 2 : k - 1]
    elif k and before[k - 1] in _SUBJECT_PRONOUNS:
        return None  # "Captain Aspero, a role he first played": its object stands first
    if patients.object_follows(acts[1], stems, at[0], forms[at[0]] if forms else ""):
        return None  # "Kolturvik ... after a landslide blocked its only access road"
    return verb if any(o in before and o not in after for o in objects) else None


# Where a noun is said to be, between it and a participle telling of it.
_PLACING = frozenset("on in at near beside above over along of".split())  # "a group of men led"
PLACE_REACH = 5  # "the lighthouse on the western cliffs, designed by"


def _placed_object(before: list[str], objects: Iterable[str]) -> bool:
    """Whether `before` (the words before a participle) ends on an object of the question
    followed by where it is: "lighthouse on the western cliff"."""
    return any(before[j] in _PLACING and before[j - 1] in objects for j in range(1, len(before)))


# Nouns an apposition calls a film or its series by: '"Heskor" films, a trilogy produced'.
_WORK_FORMS = FILM_FORMS | frozenset("trilogy series franchise saga".split())
# Pronouns that stand as a verb's doer: the noun before them is the verb's object, in a
# clause without "that" ("the role she has played since 2016").
_SUBJECT_PRONOUNS = frozenset("he she they we i you".split())


def verb_uses(verb: str, stems: Sequence[str], forms: Sequence[str]) -> list[int]:
    """Where the passage (its `stems`, `forms` its words) uses `verb` as a verb, not in an
    agent noun ("director")."""
    return [
        i
        for i, s in enumerate(stems)
        if s == verb and not _agent_noun(forms, i) and not _modifying(forms, i)
    ]


# Words only a noun follows ("that" and "her" may open a verb: "a process that started").
_NOUN_OPENERS = frozenset("the a an his their its my our your".split())
OWNER_REACH = 2  # how far before a noun's gerund its owner stands: "her longtime writing partner"


def _modifying(forms: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is a noun after a determiner ("under the engineer X") or
    a gerund before a noun an owner has ("her writing partner")."""
    if 0 < i < len(forms) and forms[i - 1] in _NOUN_OPENERS:
        return True
    if i + 1 >= len(forms) or not forms[i].endswith("ing") or forms[i + 1] in GLUE:
        return False
    return not POSSESSIVES.isdisjoint(forms[max(0, i - OWNER_REACH) : i])


def _agent_noun(forms: Sequence[str], i: int) -> bool:
    """Whether the word at `i` (of `forms`, when at hand) is an agent noun: "director"."""
    if i >= len(forms):
        return False
    one = forms[i].removesuffix("s")  # "directors" (but "flowers" is a flower's plural)
    base = stem(forms[i])
    return one.endswith(("or", "er")) and base != one and one.startswith(base)


def _verb_form(word: str, after: str) -> bool:
    """ "built homes", "links Ostvik": a past or a third-person form, as far as its form
    and the next word tell ("benefits are" is a plural, "built by" a passive)."""
    if after == "by":
        return False
    if is_participle(word):
        return True
    return word.endswith("s") and stem(word) != word and after not in GLUE


# Relative pronouns that make the noun before them a thing ("a process that started",
# "the fund, which ran"): a person is "who". "It" is a thing too.
# "Its" before the act's noun makes a thing its owner: "150 years since its founding"
# names no one who founded it.
_THING_DOERS = frozenset("that which it its".split())
# The doer of a passive that names none: "the film was shot in 31 days".
UNNAMED = "(unnamed)"
# Words that may stand between a doer and its verb: "that has since started".
_BETWEEN = AUXILIARIES | BE | {*"also since then later first 1st once still already co".split()}


def _verbs_read(
    acts: tuple[str, tuple[str, ...]] | None, stems: list[str], known: Concepts
) -> list[str]:
    """The asked verb, or when the passage says it only by another word for it, those
    words: "who replaced X" is read against "Y was succeeded by X" by "succeed". Only for
    verbs of succession (`_SUCCESSION`) and of founding with "by" (`_FOUNDING`)."""
    if acts is None:
        return []
    if acts[0] in stems or acts[0] not in _SUCCESSION | _FOUNDING:
        return [acts[0]]
    others = sorted(known.sharing(acts[:1], stems))
    by = {a for a, b in pairwise(stems) if b == "by"} if acts[0] in _FOUNDING else set(others)
    return [acts[0], *(s for s in others if s in by)]


def verdict(
    sequence: Sequence[str],
    acts: tuple[str, tuple[str, ...]] | None,
    words: list[str],
    stems: list[str],
    known: Concepts,
    passage: str = "",
) -> Verdict:
    """The roles of `acts` (see `acts_reversed`) other than the passage has them (another
    thing's act when the passage has the verb only set off by a comma, "a youth academy,
    founded in 2009", see `appositions`); then,
    for "who started the chain?" against "..., a process that started at the Quintara in
    1979": when every use of the asked verb in the passage has a thing for its doer, the
    passage names no one who did it, nor does a passive without "by" ("it was shot over
    31 days"). A passive use with it ("it was started by") names the doer after "by", and
    is left to the other checks. A progressive question ("who is running the studio") is
    read only by the word right before each use (see `_progressive`). Another word for
    the verb (`known`) is a use of it: "a fire that began" started nothing anyone did."""
    if reversed_deal := converses.party_reversed(sequence, acts, stems, passage):
        return Verdict.fail("contradicts", f"roles of {reversed_deal}")  # "sold ... to X"
    # ... its own verb's roles, or those of another word for it the passage uses instead
    # ("who replaced X" against "Y was succeeded as chief executive by X")
    for verb in _verbs_read(acts, stems, known):
        if asides.credited_in_aside(passage, acts[1] if acts else (), verb):
            continue  # "written by X, a co-writer on Y": her credit on Y, in an aside
        if acts and (reversed_verb := acts_reversed((verb, acts[1]), stems, words)):
            another = appositions.of_another((), words, passage, reversed_verb)
            cause = OTHER_THING if another else ""
            return Verdict.fail("contradicts", f"roles of {reversed_verb}", cause)
    if acts is not None and (
        _done_to_another(acts, stems, words)
        or _object_elsewhere(acts, stems, words, passage)
        or partsdone.done_to_a_part(acts, stems, words)
    ):
        return Verdict.fail("contradicts", f"object of {acts[0]}", OTHER_THING)
    asked = acts or _progressive(sequence)
    if asked is None or not (sequence[:1] == ("who",) or _someone_by_kind(sequence, stems)):
        return PASS
    uses = [k for k, s in enumerate(stems) if s == asked[0]]
    if uses and acts is None and all(_doer(stems, words, k) in asked[1] for k in uses):
        # "who is running the studio" against "the studio has run a training scheme"
        return Verdict.fail("contradicts", f"roles of {asked[0]}")
    said = known.sharing(asked[:1], stems) | {asked[0]}
    if sold_to(asked[0], words, stems) is not None:
        said -= {"sell"}  # "who bought it": "it was sold in 1994 to X" names the buyer
    uses = [k for k, s in enumerate(stems) if s in said]
    if asked[0] in WRITING and by_someone(words):
        return PASS  # "a biography by the historian X ... was published": X wrote it
    if uses and all(_unnamed_agent(words[k], stems[k], passage) for k in uses):
        return Verdict.fail("no_answer", f"doer of {asked[0]}")  # "the director found X"
    # ... or the asked object ("the chain began dividing its halls"): done by no one named
    no_one = _THING_DOERS | {UNNAMED} | (set() if asked[0] in _CONVERSE else set(asked[1]))
    if uses and all(
        (_doer(stems, words, k) in no_one and not posts.held_by_name(words[k], passage))
        or attributive.before_a_noun(words, k, passage)
        or attributive.as_a_noun(words, k)
        for k in uses
    ):
        return Verdict.fail("no_answer", f"doer of {asked[0]}")
    return PASS


def _someone_by_kind(sequence: Sequence[str], stems: Sequence[str]) -> bool:
    """Whether a question asks for someone by an agent noun the passage (its `stems`)
    never says: "which astronomers disputed it" (not "which curator", of "under the
    curator Marta Yasken the library was enlarged")."""
    return agents.by_agent_noun(sequence) and stem(sequence[1]) not in stems


def _unnamed_agent(word: str, stem_: str, passage: str) -> bool:
    """Whether `word`, an agent noun of the asked verb ("director" of "direct"), is said
    only as a subject that names no one: "The director found Quarrin through a casting
    call" (not "director Sefa Quarnholt", "Sefa Quarnholt, the director, said" nor "The
    director of "Tidewrack", Nell Stavenby, wrote")."""
    if word == stem_ or not word.endswith(("or", "er")):
        return False
    said = re.escape(word)
    named = re.search(rf"\b{said}\b(?! [a-z])|\b{said} of [^,]{{1,40}}, (?-i:[A-Z])", passage, re.I)
    return named is None and bool(re.search(rf"\b[Tt]he {said} [a-z]", passage))


def _progressive(sequence: Sequence[str]) -> tuple[str, tuple[str, ...]] | None:
    """ "who is running the studio": the verb and its object's words. Only the word right
    before a passage's verb is read as its doer here: "X has found its director" and
    "Brackenhold With Isadora Venn Directing" put the object first as no doer."""
    if len(sequence) < 4 or sequence[1] not in BE or not sequence[2].endswith("ing"):
        return None
    objects = tuple(stem(w) for w in sequence[3:] if w not in GLUE and w.isalpha())
    return (stem(sequence[2]), objects) if objects else None


def _passive(stems: list[str], forms: Sequence[str], at: int) -> bool:
    # "is running the festival" is no passive, though "is" stands before it
    return is_passive(stems, at) and not (forms and forms[at].endswith("ing"))


def _doer(stems: list[str], words: list[str], at: int) -> str:
    """The word standing as the doer right before the active verb at `at` ("" for none):
    "that" of "a process that has started", "studio" of "the studio has run"; `UNNAMED`
    for a passive with no agent ("which was shot over 31 days")."""
    if agent_of(stems, at) is not None:
        return ""
    if _passive(stems, words, at) or _reduced_passive(words, at):
        return UNNAMED
    k = at - 1
    while k >= 0 and stems[k] in _BETWEEN:
        k -= 1
    return stems[k] if k >= 0 and stems[k] != stems[at] else ""


def _reduced_passive(words: list[str], at: int) -> bool:
    """ "an association of institutions established in 1998", "a trial begun in 1878": a
    participle after its noun, told by when or where, names no doer."""
    return is_past_form(words[at]) and words[at + 1 : at + 2] in (["in"], ["on"])


def _done_to_another(
    acts: tuple[str, tuple[str, ...]], stems: list[str], forms: Sequence[str]
) -> bool:
    """ "Who founded Kraxton Studios?" against "Gwaltor founded Gwimble Animation in 2004":
    the passage names the question's object nowhere, and every use of the verb has a name
    for its object, which is another thing's (no name is in the list of ordinary words)."""
    verb, objects = acts
    if not objects or objects[0] in stems:
        return False
    uses = verb_uses(verb, stems, forms)
    common = common_words()  # ("Director Hana Okonkwo": a title before a name)
    return bool(uses) and all(
        k + 1 < len(forms) and forms[k + 1].isalpha() and forms[k + 1] not in common for k in uses
    )


def _object_elsewhere(
    acts: tuple[str, tuple[str, ...]], stems: list[str], forms: Sequence[str], passage: str
) -> bool:
    """ "Who voices Bramble?" against "X joins as Pip, who guides Bramble; Y voices a pair
    of ptarmigans": the passage names the object, but only in clauses other than the
    verb's, each use of which is done to something else, opened by an article."""
    verb, objects = acts
    if not objects or objects[0] not in stems:
        return False
    uses = verb_uses(verb, stems, forms)
    clause = phrases.clauses(passage, len(forms))
    named_in = {clause[k] for k, s in enumerate(stems) if s == objects[0]}
    return (
        bool(uses)
        and all(clause[k] not in named_in for k in uses)
        and all(forms[k + 1 : k + 2] in (["a"], ["an"]) for k in uses)
    )
