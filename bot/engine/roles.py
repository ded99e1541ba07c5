"""Who did what to whom: reading the roles of a question's verb against a passage.

"Who replaced the keepers?" asks for the doer; a passage where the keepers replaced
someone has the roles the other way round. Word order (in the passive, the agent after
"by") tells a sentence's roles, read from normalized words and their stems."""

from __future__ import annotations

from collections.abc import Set

from bot.engine import defined, opposites, ordinals, passive, patients, recipients, verbforms
from bot.engine.names import SUBJECT_PRONOUNS
from bot.engine.owners import owner_after_verb
from bot.engine.passive import PASSIVE_REACH, agent_of, is_participle, is_passive, is_past_form
from bot.engine.subjects import as_written
from bot.engine.substitutes import named_after_infinitive, new_one_after_with
from bot.engine.verbforms import ARTICLES, BE, DO, SAME_FORM_PARTICIPLES
from bot.text import DETERMINERS, GLUE, is_number, is_ordinal, stem

# Auxiliaries that open a question whose subject follows: "when did Ilse take ...".
AUXILIARIES = frozenset("did does do has have had will would can could was were is are".split())
# A question's possessives, (owner, thing) stems: "Ekdahl's score" is ("ekdahl", "score").
Owned = tuple[tuple[str, str], ...]


def roles_swapped(
    words: tuple[str, ...],
    stems: list[str],
    names: frozenset[str] = frozenset(),
    owned: Owned = (),
    forms: list[str] | None = None,
) -> str | None:
    """ "When did Ilse take Ostvik?" against "Maren took Ostvik, exiling Ilse": the
    question's subject stands before its verb, the passage has it only after (in the
    passive, "a song written by Tomas", it must be the agent); or "who was defeated by
    the guild?" against "the keepers defeated the guild". Returns that verb."""
    if words and words[0] in _FRONTED:
        words = words[1:]  # "in what year was the festival founded"
    if len(words) < 4 or words[0] not in ("who", "what", "when", "where", "why", "how", "which"):
        return None
    # the auxiliary comes second, or third after a head noun: "what song did Tomas write"
    aux = 1 if words[1] in AUXILIARIES else 2 if words[2] in AUXILIARIES else 0
    if not aux:
        return None
    if (words[aux] in BE and words[aux + 1].endswith("ing")) or (
        words[0] == "who" and words[aux] in _MODALS and words[aux + 1] not in GLUE | names
    ):  # "who is writing the history", "who will direct the reboot": the doer is asked
        return None
    if verbforms.verb_unsaid(words, aux, names, stems):
        return None  # "did the Normans first gain their identity": no "gain" to read
    passive_question = words[aux] in BE and "by" in words[aux + 2 :]
    for i in range(aux + 1 if passive_question else aux + 2, len(words)):
        verb = stem(words[i])
        light = words[i] in _LIGHT_VERBS
        if light and verb not in stems:
            return None  # "why does Ostvik have two harbours": the verb is "have"
        if not light and (
            words[i] in GLUE
            or words[i] in names
            or verb not in stems
            or verbforms.in_relative(words, aux + 1, i)
        ):
            continue  # a name is no verb: "did Tomas Lind write"; nor a relative clause's
        if not light and not (
            verbforms.fits_auxiliary(words[aux], words[i])
            or verbforms.predicate_noun(words, aux, i)
        ):
            continue  # "was North America's first printing press started": "press" is no verb
        if words[i] in _FILM_NOUNS and (words[i - 1] in names or is_ordinal(words[i - 1])):
            continue  # nor a title's noun: "did the third Sunderfjord film gross"
        if verbforms.names_noun(words, i, names, stems):
            continue  # nor a named thing's noun: "did the Holmbrae distillery close"
        if is_number(words[i]) or verbforms.no_verb(words, i):
            continue  # nor is "first", nor "worldwide" ("did it pull in worldwide")
        if (is_ordinal(words[i - 1]) and not ordinals.adverbial_first(words, i - 1)) or any(
            words[k].endswith("ing") and words[k - 1] in _OBJECT_OPENERS for k in (i, i - 1)
        ):
            continue  # nor a noun: "the first printing press" (not "first light the lamp")
        if words[aux] in BE and verbforms.modifier(words, i, names):
            continue  # nor a noun's modifier: "are the top 4-5% graduating students honored"
        if (stem(words[i - 1]), verb) in owned:
            continue  # nor a thing owned: "did Ilse's charter replace"
        at = stems.index(verb)
        if at and stems[at - 1] in _OBJECT_OPENERS and words[i - 1] not in _OBJECT_OPENERS:
            continue  # "Ilse, the daughter of Maren": a noun, whose roles are no verb's
        if verb in ERGATIVE and not passive_question:
            return None  # "when does the first trailer drop": "to release the trailer"
        if verb in _SOLD and words[i + 1 : i + 2] == ("for",):
            return None  # "how much did it sell for": what was sold ("acquired for")
        if passive_question:
            by = words.index("by", i) if "by" in words[i:] else -1
            doers = [stem(w) for w in words[by + 1 :] if w not in GLUE] if by > 0 else []
        else:
            doers = [  # (not an adverb: "which month do they usually spawn in")
                stem(words[j])
                for j in range(aux + 1, i)
                if words[j] not in GLUE
                and not is_number(words[j])
                and not verbforms.no_verb(words, j)
            ]
        if not doers or not all(w in stems for w in doers[:1]):
            return None
        done_to = (
            words[aux] in BE
            and not passive_question
            and (is_participle(words[i]) or words[i] in SAME_FORM_PARTICIPLES)
        )
        # "Ruth voices Maud, and Dev voices Beacon": any of the verb's uses may be the one;
        # not a gerund opening it ("Filming ... wrapped") nor a noun after an ordinal
        uses = [
            k
            for k, s in enumerate(stems)
            if s == verb
            and not _gerund(forms, k)
            and not (k and verbforms.ordinal_word(stems[k - 1]))
        ]
        if not uses or any(owner_after_verb(stems, k, doers, words[i + 1 :]) for k in uses):
            return None
        return verb if all(_swapped_at(stems, k, doers, done_to) for k in uses) else None
    return None


def _gerund(forms: list[str] | None, k: int) -> bool:
    if forms is None or not forms[k].endswith("ing"):
        return False
    return k == 0 or forms[k - 1] in _OBJECT_OPENERS or forms[k - 1] in GLUE


def _swapped_at(stems: list[str], at: int, doers: list[str], done_to: bool) -> bool:
    """Whether the verb at `at` has the question's `doers` in another role."""
    if named_after_infinitive(stems, at, doers) or new_one_after_with(stems, at, doers):
        return False
    if done_to and not at and stems[at] not in _NAMING:
        # "Founded in 1968, it is ...": an opening participle tells of "it" (but
        # "Renamed the Fulton Mall, the area ..." gives the area a name)
        return False
    agent = agent_of(stems, at)
    if done_to and (agent is not None or is_passive(stems, at)):
        # "how are the inns run?" against "the inns are run by the guild": the one it is
        # done to stands before the verb (whatever an "it" there is), all of it the
        # passage says ("the Aldercombe Screen Academy was established" founds no
        # "Aldercombe festival"), or "the" and its head noun right before the verb ("The
        # theater was built" of the Tower Theatre, though "the Tower District" follows;
        # "The chain, which is based", a relative's "which" between)
        reach = HEAD_REACH + ("which" in stems[max(0, at - HEAD_REACH) : at])
        said = " ".join(["the", doers[-1]]) in " ".join(stems[max(0, at - reach) : at])
        said = said or all(w in stems[:at] for w in doers if w in stems)
        return not patients.pronoun_before(stems, at) and not said
    if agent is not None:  # passive passage: the doer is whoever follows "by"
        return doers[0] not in agent
    if is_passive(stems, at):
        return False  # "was encouraged", no agent: word order says nothing here
    if (
        done_to
        and stems[at] not in _NAMING  # "renamed the Fulton Mall": the name, no patient
        and any(w in stems[at + 1 : at + 1 + PATIENT_REACH] for w in doers)
    ):
        return False  # "when was the market launched?": "the festival launched the market"
    before = any(w in stems[:at] for w in doers)
    if (
        done_to
        and before
        and stems[at] not in ERGATIVE | RECIPROCAL | _NAMING  # "X, named the Y after Z"
        and at + 1 < len(stems)
        and stems[at + 1] in ARTICLES
    ):
        return True  # "when was the railroad founded?": "the railroad founded a station"
    return not before and not patients.pronoun_opens(stems, at)  # "In 1950 he married X"


HEAD_REACH = 3  # how far before a passive verb a subject's head noun stands for it
_FRONTED = frozenset("in on at by for from during since until".split())  # "in what year was"
# Verbs whose doer is done to as well: "who was she married to" against "she married X".
RECIPROCAL = frozenset("marry wed divorce meet partner".split())

_NAMING = frozenset("call name rename dub nickname title term".split())  # object: a name given
# Verbs so light that GLUE holds them: a question's "have", "get" or takings' "make" is its
# verb, and a passage without it says the same another way: no roles read.
_LIGHT_VERBS = frozenset("have has had get got make made".split())
# Verbs whose subject may be what another's act is done to: "when did the reform begin?" is
# answered by "the dukes began the reform", "where did Harold die" by "killing Harold".
_ERGATIVE = "begin start end finish open close stop change grow increase release debut die"
ERGATIVE = frozenset(_ERGATIVE.split())  # "when does the trailer drop": "to release it"
_SOLD = frozenset("sell go trade".split())  # "it sold for $1.2 billion": what was sold
_OBJECT_OPENERS = DETERMINERS  # what may open a verb's object: "who replaced the keepers"
_FILM_NOUNS = frozenset("film movie flick".split())


def subject_moved(
    words: tuple[str, ...], stems: list[str], owned: Owned = (), names: Set[str] = frozenset()
) -> str | None:
    """ "Who did Queen Maren II swear loyalty to?" read against "The guild agreed to swear
    loyalty to Queen Maren II": the question's subject (the words after "did", as long
    as the passage has them side by side) stands in the passage only after the verb that
    follows it in the question, as its object. Returns that verb; None when the passage
    has the subject first, or as the agent of a passive ("taken by the guild")."""
    found = do_question(words, stems, owned, names)
    if found is None:
        return None
    subject, starts, verb, at = found
    rest = next((words[i + 1 :] for i, w in enumerate(words) if stem(w) == verb), ())
    if owner_after_verb(stems, at, [subject], rest):
        return None  # "did the company make its first flight": "made the company's first"
    # an ergative verb's object may be its subject ("opened the museum"), but not one
    # far past it ("a marina, which opened in 2003, and ... the museum")
    ergative = verb in ERGATIVE and any(at < k <= at + OBJECT_REACH for k in starts)
    subjects = [stems[k] for k in starts]
    if (
        ergative
        or named_after_infinitive(stems, at, subjects)
        or new_one_after_with(stems, at, subjects)
    ):
        return None
    agent = agent_of(stems, at)
    if agent is None and patients.asked_object_before(words, verb, stems, at, PATIENT_REACH):
        return None  # "where does the council hold its meetings": "its meetings are held"
    # "The keepers were invited to the feast by the guild": the asked doer was done to
    done_to = is_passive(stems, at) and (agent is None or subject not in agent)
    if done_to and any(at - PATIENT_REACH <= k < at for k in starts):
        return verb
    before = [k for k in starts if k < at]
    if any(s == verb and k > max(at, min(starts)) for k, s in enumerate(stems)):
        return None  # "the show won ..., and Delaney-Reeve was nominated, winning once"
    if before and patients.doer_of_a_clause(stems, at, before):
        return verb  # "Queen Maren, whose brother had married Ilse": the brother did
    if before or (agent is None and patients.pronoun_opens(stems, at)):
        return None  # ... or "he" ("in 1950 he married X") may be the subject asked of
    return None if agent is not None and subject in agent else verb


OBJECT_REACH = 6  # how many words after an active verb (before a passive one) its object takes


def object_slot(words: tuple[str, ...], stems: list[str], owned: Owned = ()) -> range | None:
    """Where a passage puts the answer to "who did Ekdahl's music replace?": after the
    verb, or before it in the passive ("her score was replaced by Ekdahl's music").
    None when the question asks no object or the passage lacks its verb."""
    found = do_question(words, stems, owned)
    if found is None:
        return None
    at = found[3]
    if is_passive(stems, at):
        return range(max(0, at - OBJECT_REACH), at)
    return range(at + 1, min(len(stems), at + 1 + OBJECT_REACH))


def do_question(
    words: tuple[str, ...], stems: list[str], owned: Owned, names: Set[str] = frozenset()
) -> tuple[str, list[int], str, int] | None:
    """For a do-question ("who did X verb ..."): the subject's stem, where the passage has
    it, the verb's stem and where the passage has it as a verb; None otherwise."""
    # ("in what year did X ...": the preposition before the wh-word changes nothing)
    fronted = int(bool(words) and words[0] in _FRONTED and words[1:2] in (("what",), ("which",)))
    if len(words) < 4 + fronted or words[fronted] not in _WH:
        return None
    aux = next((i for i in (1 + fronted, 2 + fronted) if words[i] in DO), 0)
    content = [i for i in range(aux + 1, len(words)) if words[i] not in GLUE and words[i].isalpha()]
    if not aux or len(content) < 2 or words[aux + 1] in _PRONOUN_SUBJECTS:
        return None  # ("where did she record the scores": whoever "she" is, not "record")
    content = as_written(words, content, stems)  # "Adeline Kestrivan": "Kestrivan"
    subject = stem(words[content[0]])
    starts = [k for k, s in enumerate(stems) if s == subject]
    if not starts:
        return None
    # The subject is as long as the passage repeats it word for word: "Queen Maren II".
    end = content[0] + 1 + opposites.is_superlative(words[content[0]])  # "deepest shaft"
    while end < len(words) and any(
        k + end - content[0] < len(stems) and stems[k + end - content[0]] == stem(words[end])
        for k in starts
    ):
        end += 1
    # "did Tomas Ekdahl's score replace": the thing owned is the subject, not the verb
    while end < len(words) and (stem(words[end - 1]), stem(words[end])) in owned:
        end += 1
    if owned and end + 2 == len(words):
        end += 1  # "did Tavkley's horror hit make": the thing owned runs to the verb
    # The verb after the subject, in its auxiliary's form ("was appointed" is no "become")
    verbs = (  # no name's word ("the Palm House cost") but the last, nor "the keep" (a noun)
        i
        for i in content
        if i >= end
        and verbforms.fits_auxiliary(words[aux], words[i])
        and (words[i] not in names or i == len(words) - 1)
        and words[i - 1] not in DETERMINERS
        and not verbforms.names_noun(words, i, names, stems)  # "the Holmbrae distillery"
    )
    here = next((i for i in verbs if not verbforms.no_verb(words, i)), None)
    if here is None or (stem(words[here]) not in stems and words[here] not in _LIGHT_VERBS):
        return None
    here = next((i for i in content if i >= here and stem(words[i]) in stems), None)
    if here is None:
        return None
    light = next((i for i in range(end, here) if words[i] in _LIGHT_VERBS), None)
    if light is not None:
        # "why does Ostvik only have small ferries": the verb is "have", and a passage
        # without it says nothing of its roles
        if stem(words[light]) not in stems:
            return None
        here = light
    verb = stem(words[here])
    # "when did the raiders attack" against "a second attack": after a determiner or an
    # ordinal the passage's word is a noun, unless the question has it so too ("have a
    # lasting effect on").
    noun_in_question = verbforms.names_a_noun(words[here - 1])
    at = next(
        (
            k
            for k, s in enumerate(stems)
            if s == verb and (noun_in_question or not verbforms.after_noun_opener(stems, k))
        ),
        None,
    )
    return None if at is None else (subject, starts, verb, at)


_WH = frozenset("who whom what when where why how which".split())
_MODALS = frozenset("will would can could shall should may might must".split())
_PRONOUN_SUBJECTS = SUBJECT_PRONOUNS | {"i", "you", "we"}

PATIENT_REACH = 5  # how far before a passive verb ("were later defeated") its subject stands
AND_REACH = 8  # from a passive to the verb its "and" adds: "seized by the Ministry of Food and"
# A participle opening a sentence is said of the subject after it ("Founded in 1958, it is
# one of the oldest festivals"): a pronoun there may be anything, so word order can't tell.
OPENING_REACH = 5
AGENT_OPENING_REACH = 12  # its doer first: "Founded in 1931 by the brothers X and Y, it is"
# ... or a place and a day: "Founded on 2 April 1871 at a meeting in the Swan Hotel, it was"
PLACED_OPENING_REACH = 18
# ... and so is one right before a passive's "be" (or an adverb): "it was later sold".


def patient_moved(words: tuple[str, ...], stems: list[str]) -> str | None:
    """ "Where were the keepers honoured?" read against "the guild was later honoured at
    Ostvik, while the keepers sailed home": another stands before the verb as the one it
    happened to; "when was the harbour wall built?" against "the inn by the harbour wall,
    built in 1702" or "masons built the inn" (the verb's object). Returns the verb."""
    be = next((i for i in (1, 2) if words[i] in BE), 0) if len(words) >= 4 else 0
    if not be or words[0] not in _WH or "by" in words or words[be + 1].endswith("ing"):
        return None  # ("who is directing it": the progressive, no passive)
    content = [i for i in range(be + 1, len(words)) if words[i] not in GLUE and words[i].isalpha()]
    if len(content) < 2:
        return None
    # the verb: the first word after the subject that the passage has in the passive, or
    # that has a participle's form
    in_passive = {s for k, s in enumerate(stems) if is_passive(stems, k)}
    opening = AGENT_OPENING_REACH if "by" in stems[1:OPENING_REACH] else OPENING_REACH
    opening = PLACED_OPENING_REACH if stems[1:2] in (["on"], ["at"], ["in"]) else opening
    at_verb = next(
        (
            n
            for n, i in enumerate(content)
            if (n or be == 2)  # "what territory was ceded": the head noun is the subject
            and words[i - 1] not in DETERMINERS  # "the animated series": an adjective
            and not verbforms.in_relative(words, be + 1, i)  # "the women who broke ore"
            and not words[i].endswith("ing")  # "the tunnel carrying water": no passive
            and patients.passage_verb(words[i], stems, in_passive) is not None
        ),
        None,
    )
    if at_verb is None:
        return None
    verb = patients.passage_verb(words[content[at_verb]], stems, in_passive) or ""
    if (moved := recipients.recipient_acts(words, content[at_verb], verb, stems)) is not None:
        return moved
    subject = [stem(words[i]) for i in content[:at_verb]]
    if not any(s in stems for s in subject):
        # "when was the club founded" against "a women's team was founded in 2017"
        asked = words[content[at_verb]]  # "founded" (not "rebuilding": no passive asked)
        passive_asked = is_past_form(asked)
        return verb if passive_asked and patients.another_patient(stems, verb, subject) else None
    # (not a noun: "the station takes its name from X" names nothing in the passive)
    uses = [k for k, s in enumerate(stems) if s == verb and stems[k - 1 : k] != ["its"]]
    if not uses:
        return None
    for at in uses:
        near = [w for w in stems[max(0, at - 2 * PASSIVE_REACH) : at] if not w.endswith("ly")]
        if is_passive(stems, at) and "and" in near[-PASSIVE_REACH:]:  # "and was originally"
            around = stems[:at]  # "the inns have ... and are run by": the first subject
        elif is_passive(stems, at):
            # ... or the opening noun: "The museum, which displays X, is open from April"
            around = stems[max(0, at - PATIENT_REACH) : at] + defined.opening_noun(stems)
            if patients.pronoun_before(stems, at):
                return None  # "It was founded in 1948 by ...": "it" may be the one asked of
        elif stems[at - 1 : at] == ["and"] and (
            verb in ERGATIVE or not in_passive.isdisjoint(stems[max(0, at - AND_REACH) : at])
        ):  # "X, ..., was built in 2002 and opened in 2003": X opened; "X was seized by
            around = stems[:at]  # the army and used as a store": X was used
        elif stems[at + 1 : at + 2] in (["it"], ["them"]):
            return None  # "the studio delayed it": whatever "it" is, word order can't tell
        elif at == 0 and not SUBJECT_PRONOUNS.isdisjoint(stems[1 : 1 + opening]):
            return None  # "Founded in 1958, it is ...": the participle is said of "it"
        elif defined.opens_on(stems, subject):
            return None  # "X was a monastery in the valley of the River Y, founded in 1147"
        elif patients.new_object(stems, at, subject):
            continue  # "the club founded a women's team": a thing of its own
        else:  # the noun a participle follows, or the active verb's object
            around = stems[max(0, at - passive.participle_reach(stems, at)) : at + 1 + OBJECT_REACH]
        if any(s in around for s in subject):
            return None
    return verb
