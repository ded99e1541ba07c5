"""Reading uncurated passages: the premise check, and an article nobody curated.

tests/data/reading/ holds articles we wrote (invented films). The first has two question
sets: `tune.jsonl`, which the premise check was developed against, and `held-out.jsonl`,
which it never was (though it has been read since). Two more articles, each with its own
held-out set, were written later and never tuned on: `glass-orchard-article.txt` (its one
known gap, "the first Glass Orchard", has since been fixed from an article of our own) and
`tidewater-article.txt`; then three film-news articles, `ember-crown-article.txt`,
`night-ferry-article.txt` and `iron-meridian-article.txt`; then `saltmarsh-article.txt`
(film news) and `harrow-canal-article.txt` (an encyclopedia-style article). The held-out
figures are printed (`pytest -s`) and held to a loose floor.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.drafts import build_draft
from bot.engine import Engine
from bot.engine.premise import asked, check
from bot.engine.render import answer_text
from bot.facts import load_facts
from bot.models import Fact, Source
from bot.text import normalize

DATA = Path(__file__).parent / "data" / "reading"


def _verdict(question: str, passage: str, qtype: str = "what") -> tuple[bool, str]:
    verdict = check(asked(normalize(question).split(), qtype, text=question), passage)
    return verdict.ok, verdict.reason


# ---------------------------------------------------------------- the premise check


def test_a_passage_stating_the_asked_relation_passes() -> None:
    assert _verdict(
        "who increased the fleet in the colonies",
        "Maren increased the fleet in the colonies.",
        "who",
    ) == (True, "")


@pytest.mark.parametrize(
    ("question", "passage", "qtype"),
    [
        # an antonym in place of the asked word
        ("who decreased the fleet", "Later, Maren increased the fleet.", "who"),
        ("what is the smallest city", "Fresnel is the largest city in the valley.", "what"),
        # a negative prefix
        ("who approved the plan", "The governor disapproved the plan in May.", "who"),
        # a negation the passage lacks
        ("when didn't the fleet sail", "The fleet sailed in June 1750.", "when"),
        # a negation the passage has and the question doesn't
        ("what veto does the council have", "The council has no veto over the budget.", "what"),
        # another number in the asked slot
        ("who explored the valley in 1570", "In 1750 Gist explored the valley.", "who"),
        # the roles the other way round
        ("who replaced the keepers", "The keepers replaced the monks as wardens.", "who"),
        (
            "when did ilse take ostvik",
            "In 1602 Maren took Ostvik, exiling Ilse.",
            "when",
        ),
        ("who was defeated by brandt", "In 1611 Lind defeated Brandt at Ostvik.", "who"),
        (
            "what song did lind write",
            "The song was written by Brandt and recorded by Lind.",
            "what",
        ),
        ("who betrayed the city", "The garrison was betrayed to the city by merchants.", "who"),
        # the question's subject stands in the passage as the verb's object
        (
            "who did queen maren swear loyalty to",
            "The harbour guild agreed to swear loyalty to Queen Maren of Ostvik.",
            "who",
        ),
        (
            "who did the coastal trade have a lasting effect on",
            "The lamp makers had a lasting effect on the coastal trade.",
            "who",
        ),
        # a superlative the passage has only as the plain adjective
        ("which garden is the smallest", "The park has a rose garden and two small ponds.", "what"),
        # "only": the passage says first, not the only one
        (
            "what is the only lighthouse of its kind",
            "Brannock Point was the first lighthouse lit by gas.",
            "what",
        ),
        # the passage negates something other than what the question negates
        (
            "what are the harbour schools not a part of",
            "The harbour schools are not run by the town council.",
            "what",
        ),
        # someone else stands before the passive verb as the one it happened to
        (
            "where were the keepers honoured",
            "The guild was later honoured at Ostvik, while the keepers sailed home.",
            "where",
        ),
        # the thing asked about belongs to someone else, or names the owner
        ("who was Ilse's daughter", "In 1602 Ilse, Maren's daughter, sailed for Ostvik.", "who"),
        ("who was Tomas's apprentice", "The keeper Ilse and her apprentice Tomas lit it.", "who"),
        # a preposition attaching the other way round
        ("who sailed from Ostvik", "Three families sailed to Ostvik in the spring.", "who"),
        ("what was traded with the salt", "The guild traded the salt for timber.", "what"),
        # a number on the other side of "over"
        (
            "what share of homes had children over 18",
            "Of the homes, 43% had children under 18.",
            "what",
        ),
        # the participle belongs to another noun, or the active verb has another object
        (
            "when was the harbour wall built",
            "Fishermen met by the harbour wall (the Keeper's Inn, built in 1702) each spring.",
            "when",
        ),
        (
            "what guild built boats in the harbour",
            "Boats in the harbour date back to 1600, and the harbour is home to sheds built "
            "by 1700.",
            "what",
        ),
        # the question's doer is the one it was done to
        (
            "who did the keepers invite to the feast",
            "The keepers were first invited to the feast by the salt guild.",
            "who",
        ),
        # a superlative said of another noun; "all" where the passage says "first"
        (
            "what is the largest lighthouse on the coast",
            "Brannock Point is the largest of the coastal parks and is home to the old Ostvik "
            "lighthouse.",
            "what",
        ),
        (
            "who designed all of the town's lighthouses",
            "Ilse Brandt designed the town's first lighthouse.",
            "who",
        ),
        # the brother married, not the queen; the homes were never built
        (
            "who did Queen Maren marry",
            "Queen Maren, whose elder brother had married Ilse of Ostvik, ruled the coast.",
            "who",
        ),
        (
            "where were the luxury homes built",
            "An aborted attempt to build luxury homes at Brannock Point cost the guild dearly.",
            "where",
        ),
        # a 3, but not the third film: the title the question numbers is not there
        (
            "when will copper sky 3 be released",
            "Northwind Films confirmed that Copper Sky 2 opens on March 3, 2028.",
            "when",
        ),
        # "Danish" said of another noun; an aim the sentence says failed
        (
            "who was famed for their Danish courage",
            "The keepers were famed for their stubborn courage and later their Danish thrift.",
            "who",
        ),
        (
            "who built a harbour for the town",
            "In 1602 Tomas Lind sailed north to build a harbour for the town, but failed.",
            "who",
        ),
        # the month stands by the opposite of the asked word
        (
            "what is the record low for june",
            "The record high of 31 was set in June 1911, while the record low of 9 was set in "
            "February 1902.",
            "what",
        ),
        (
            "what is the record high in february",
            "The record high of 31 was set in June 1911, while the record low of 9 was set in "
            "February 1902.",
            "what",
        ),
        # a participle tells of the noun right before it
        (
            "who built the inns",
            "The town has two inns and many new houses built by the salt guild.",
            "who",
        ),
    ],
)
def test_a_contradicting_passage_is_refused(question: str, passage: str, qtype: str) -> None:
    assert _verdict(question, passage, qtype) == (False, "contradicts")


def test_a_key_term_the_passage_never_mentions_is_unexplained() -> None:
    assert _verdict(
        "who was famed for their danish spirit",
        "The keepers were famed for their stubborn spirit and later their thrift.",
        "who",
    ) == (False, "unexplained")


def test_a_word_negated_by_its_prefix_is_no_word_the_passage_says() -> None:
    passage = "The significance of the victory at Ostvik was that the salt road stayed open."
    assert _verdict("what was the significance of the victory at ostvik", passage)[0]
    refused = _verdict("what was the insignificance of the victory at ostvik", passage)
    assert not refused[0], refused


def test_a_role_asked_for_must_be_the_one_stated() -> None:
    # a name, but of a guitarist, not the singer asked for
    assert _verdict(
        "what singer recorded the harbour song",
        "The harbour song was recorded by guitarist Tomas Lind in 1962.",
    ) == (False, "unexplained")


def test_a_measure_asked_for_must_be_the_one_stated() -> None:
    # a number, but not the population asked for
    assert _verdict("what is the population of Ostvik", "It lies 40 miles north of Ostvik.") == (
        False,
        "unexplained",
    )


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("how many students attend the harbour school", "The harbour school has 240 pupils."),
        ("what is the old lamp house referred to as", "The old lamp house is known as the Cove."),
        ("who operates the ferry", "The ferry is run by Ostvik Lines."),
        ("what did the keepers receive in 1602", "In 1602 the keepers were awarded a medal."),
        # words a question adds that a passage stating the fact seldom repeats
        ("how many lighthouses existed in 1602", "In 1602 there were four lighthouses."),
        ("what is the total number of keepers", "The guild has 40 keepers."),
        ("during what year did the tower reopen", "The tower reopened in 1931."),
        ("why did ilse varg leave the guild", "Ilse Varg left the guild over a toll quarrel."),
        (
            "who is writing the harbour history",
            "Ada Berg, a writer, is finishing the harbour history.",
        ),
        # a short word whole at the start of a longer one of its family
        ("who is ostvik's main rival", "Ostvik has a long rivalry with Brannock."),
        # succession, fame and publishing, said other ways
        (
            "whom did ilse varg replace as harbour master",
            "In 1702 Ilse Varg succeeded Tomas Lind as harbour master.",
        ),
        ("what is ilse varg most famous for", "Ilse Varg is best known for the Ostvik light."),
        ("what book did ilse varg write in 1711", "Ilse Varg published The Harbour Book in 1711."),
        # "responsible for the X of" says no more than the verb of X
        (
            "who was responsible for the restoration of the harbour chapel",
            "The harbour chapel was restored by the mason Ilse Varg in 1931.",
        ),
    ],
)
def test_everyday_paraphrases_explain_a_term(question: str, passage: str) -> None:
    assert _verdict(question, passage, question.split()[0])[0]


def test_question_scaffolding_is_not_a_premise() -> None:
    # "along with", "another term", "example" shape the question; they need not be in it
    ok, _ = _verdict(
        "along with boarding schools what is another term for prep schools",
        "The category includes prep schools, also called preparatory schools, and boarding schools.",
    )
    assert ok


@pytest.mark.parametrize(
    ("question", "passage", "qtype"),
    [
        ("when did the bridge open", "The bridge opened after a long dispute.", "when"),
        ("how many ships sailed", "The ships sailed for the harbour.", "how"),
        # a year counts nothing; "the second of three children" dates nothing
        ("how many prizes did Ada win", "Her film won Ada her second prize in 2007.", "how"),
        ("when was Tomas born", "Tomas was born in Aarhus, the second of three children.", "when"),
        # a sentence on the asked thing that gives no reason answers no "why"
        ("why was the sequel delayed", "The sequel was delayed, the studio said.", "other"),
        # "who did X replace" asks the object: in the passive it stands before the verb
        (
            "who did Ilse's charter replace",
            "Their old rules were replaced by the new charter from Ilse, who thanked Tomas.",
            "who",
        ),
        ("how large is the valley", "The valley is the largest in the state.", "how"),
        ("who built the bridge", "The bridge was built by the city engineers.", "who"),
        # "which" picks a named thing: a passage naming none does not answer it
        ("which town is the largest on the coast", "The town is the largest on the coast.", "what"),
        # a name, but not where the doer goes
        ("who renovated the depot", "The station is the renovated depot in Fresnel.", "who"),
        # the month belongs to another clause, far from what the question asks about
        (
            "when was the frost record set",
            "Snow fell in January, weeks before the town council first met in the old grain"
            " hall by the river to set the new frost record.",
            "when",
        ),
        # a river has a name, and "the Ostvik religion" is a religion
        (
            "what river flows through the town",
            "The river flows through the town and floods the valley each spring.",
            "what",
        ),
        (
            "what was the Ostvik religion",
            "The Ostvik guild, with its assault on religion, burned the chapels.",
            "what",
        ),
        # the sentence's doer is "he"; the names before the verb are its objects
        (
            "who made Tomas keeper",
            "He appointed Ilse harbour master and made Tomas keeper of the light.",
            "who",
        ),
        # "how long" wants a span with its unit
        ("how long was the harbour wall", "The harbour wall was finished in 1702.", "how"),
        # "where is X from" asks where X comes from, not where X is
        ("where is ilse varg from", "Ilse Varg is filming the sequel in Ostvik.", "where"),
        # another name: the passage must give one, and not as the name asked about
        (
            "what is another name for the old quay",
            "The north pier is known as the Old Quay.",
            "what",
        ),
        (
            "what is another name for route 9",
            "Route 9 runs north to Ostvik from the coast.",
            "what",
        ),
        # a delay, the distance between two times, and a part of the work measure no
        # duration of it
        (
            "how long did the restoration take",
            "The restoration ended in May, two weeks behind schedule.",
            "how",
        ),
        (
            "how long did the restoration take",
            "The restoration story takes place nine years after the flood.",
            "how",
        ),
        (
            "how long did the restoration take",
            "The council pushed the restoration back by six weeks.",
            "how",
        ),
        # a count of theaters is no year
        (
            "when does the harbour film open",
            "The harbour film gets a one-week run in roughly 300 theaters.",
            "when",
        ),
        (
            "how long did the restoration take",
            "The restoration moved to Ostvik, where the masons spent three weeks rebuilding"
            " the quay.",
            "how",
        ),
    ],
)
def test_a_passage_without_an_answer_of_the_asked_kind_is_refused(
    question: str, passage: str, qtype: str
) -> None:
    assert _verdict(question, passage, qtype) == (False, "no_answer")


@pytest.mark.parametrize(
    ("question", "passage", "qtype"),
    [
        ("when did the bridge open", "The bridge opened in March 1931.", "when"),
        ("how many ships sailed", "Forty ships sailed for the harbour.", "how"),
        ("how many ships sailed", "In 1931, 1,240 ships sailed for the harbour.", "how"),
        ("when was the treaty signed", "The treaty was signed on the 12th of May.", "when"),
        ("why was the sequel delayed", "The studio delayed the sequel after a fire.", "other"),
        ("why did Ada leave", "Ada left the project over creative differences.", "other"),
        ("how come the sequel was delayed", "The sequel was delayed because of a fire.", "how"),
        ("who built the bridge", "The bridge was built by Ada Lindqvist.", "who"),
        (
            "which town is the largest on the coast",
            "Ostvik is the largest town on the coast.",
            "what",
        ),
        ("which direction does the ferry sail", "The ferry sails north in summer.", "what"),
        # the subject as the agent of a passive, or a noun before the question's verb
        ("when did the guild take the tower", "The tower was taken by the guild in 1602.", "when"),
        (
            "when did the raiders attack brannock",
            "A second attack came in 1611, when the raiders burned Brannock.",
            "when",
        ),
        ("which harbour is the largest", "Ostvik is the largest harbour on the coast.", "what"),
        (
            "who did Ilse's charter replace",
            "The rules of Maren were replaced by the new charter from Ilse.",
            "who",
        ),
        ("who was Maren's daughter", "Ilse, the daughter of Maren, sailed in 1602.", "who"),
        ("who sailed from Ostvik", "Three families sailed from Ostvik in the spring.", "who"),
        (
            "where were the keepers honoured",
            "In 1602 the keepers were honoured at Ostvik.",
            "where",
        ),
        ("when was the tower rebuilt", "The old tower, which was rebuilt in 1602, stands.", "when"),
        ("what does the guild not allow", "The guild does not allow night fishing.", "what"),
        (
            "how far is the tower from the harbour",
            "The tower stands two miles from the harbour.",
            "how",
        ),
        (
            "along with salt what did the guild trade",
            "The guild traded timber along with salt.",
            "what",
        ),
        # the participle after its noun, the active verb's object, or an "it" it may be
        ("when was the harbour wall built", "The harbour wall, built in 1702, stands.", "when"),
        ("when was the harbour wall built", "Masons built the harbour wall in 1702.", "when"),
        (
            "why was the festival delayed",
            "The festival was first planned for June, but the guild delayed it after a storm.",
            "why",
        ),
        # a named river, a named religion, a named doer, a marriage, homes built
        ("what river flows through the town", "The Ostra river flows through the town.", "what"),
        (
            "what was the Ostvik religion",
            "The Ostvik religion was Lutheranism, brought by Danish priests.",
            "what",
        ),
        ("who made Tomas keeper", "In 1602 Queen Maren made Tomas keeper of the light.", "who"),
        ("who did Queen Maren marry", "Queen Maren married Tomas of Ostvik in 1602.", "who"),
        (
            "where were the luxury homes built",
            "Luxury homes were built at Brannock Point.",
            "where",
        ),
        (
            "when will copper sky 2 be released",
            "Northwind Films confirmed that Copper Sky 2 opens on March 3, 2028.",
            "when",
        ),
        # the name's adjective beside its noun; an aim achieved
        (
            "who was famed for her Danish thrift",
            "Ilse Brandt was famed for her stubborn courage and her Danish thrift.",
            "who",
        ),
        (
            "who built a harbour for the town",
            "In 1602 Tomas Lind sailed north to build a harbour for the town, and did so.",
            "who",
        ),
        (
            "what singer recorded the harbour song",
            "The harbour song was recorded by the singer Tomas Lind in 1962.",
            "what",
        ),
        # the superlative beside its noun; the month beside the asked word
        (
            "what is the largest lighthouse on the coast",
            "Ostvik has the largest lighthouse on the coast.",
            "what",
        ),
        (
            "what is the record low for june",
            "The record low of 9 was set in June 1902, while the record high was set in August.",
            "what",
        ),
        # roles: an agent after a participle, a verb after a head noun, a light verb,
        # an infinitive's doer named after "was", a passive question's patient
        (
            "who led the relief fleet in 1611",
            "The relief fleet reached Ostvik in May 1611, led by Captain Ilse Varg.",
            "who",
        ),
        (
            "who recorded the harbour song",
            'The town was the subject of a song, "The Harbour Song", written by Tomas Lind '
            "and recorded by Ada Berg.",
            "who",
        ),
        (
            "what guild runs the harbour school",
            "The harbour school, run by the Salt Guild, opened in 1702.",
            "what",
        ),
        (
            "why does ostvik only have small ferries",
            "To spare the old pier, only small ferries sail from Ostvik.",
            "why",
        ),
        (
            "when did ilse sail as a captain",
            "The first keeper to sail as a captain was Ilse Varg in the 1750s.",
            "when",
        ),
        (
            "how are the toll inns funded",
            "The toll inns have the freedom to set their own prices and are funded by a salt tax.",
            "how",
        ),
        (
            "who is writing the harbour history",
            "The guild wants to revise the harbour history with the writer Ada Berg.",
            "who",
        ),
        # a number that counts the answer, and "one" as a pronoun
        (
            "which two streets meet at the square",
            "Harbour Street and Quay Lane meet at the square.",
            "which",
        ),
        (
            "which one of the inns burned down",
            "Of the old inns, the Anchor burned down in 1790.",
            "which",
        ),
        (
            "how long will the repairs last",
            "Repairs begin in March and will last five months.",
            "how",
        ),
        ("where is ilse varg from", "Ilse Varg, a native of Ostvik, joined the cast.", "where"),
        # another name, given in apposition or with "known as"
        (
            "what is another name for the north pier",
            "The north pier is known as the Old Quay.",
            "what",
        ),
        (
            "what is another name for route 9",
            "Route 9, the Coast Road, runs north to Ostvik.",
            "what",
        ),
        # "not until" says when
        (
            "when was the harbour wall finished",
            "The harbour wall was not finished until 1769.",
            "when",
        ),
        # what begins may be what someone begins
        (
            "when did the harbour reform begin",
            "In 1702 the guild began a programme of harbour reform.",
            "when",
        ),
        # a bracket names both ways: the asked name may stand inside it
        (
            "what is another name for the Coast Road",
            "Route 9 (Coast Road/Salt Road) comes into Ostvik from the south.",
            "what",
        ),
        # the verb is "have", so the nouns after it are no verb of the question's
        (
            "why does Ostvik only have two ferry piers",
            "To spare the herring grounds of the old ferry piers, the council decided that"
            " Ostvik would only have two ferry piers.",
            "why",
        ),
        # the passage has not the question's verb ("become"): it says nothing of its roles
        (
            "when did Ilse Varg become harbour master of Ostvik",
            "In 1702 Ilse Varg was appointed harbour master of Ostvik.",
            "when",
        ),
        # a duration by the verb that ends or lasts the work, in words or digits
        (
            "how long did the restoration take",
            "The restoration of the chapel finished in May after nineteen weeks.",
            "how",
        ),
        (
            "how long will the restoration last",
            "The restoration begins in March and will last about five months.",
            "how",
        ),
    ],
)
def test_a_passage_with_an_answer_of_the_asked_kind_passes(
    question: str, passage: str, qtype: str
) -> None:
    assert _verdict(question, passage, qtype)[0]


def test_another_name_in_a_list_belongs_to_the_item_it_follows() -> None:
    question = "what is the Salt Exchange Building currently known as"
    read = asked(normalize(question).split(), "what", {"salt", "exchange", "building"}, question)
    listed = (
        "Among them, the Water Tower (demolished), the Salt Exchange Building, the Old Mill"
        " Building (currently known as the Granary), and the Harbour Inn, to name a few."
    )
    assert (check(read, listed).ok, check(read, listed).reason) == (False, "no_answer")
    named = "The Salt Exchange Building (currently known as the Granary) stands by the quay."
    assert check(read, named).ok


def test_a_passage_calling_the_film_another_way_need_not_number_its_title() -> None:
    question = "how much did Copper Sky 2 cost"
    read = asked(normalize(question).split(), "how", {"copper", "sky", "2"}, question)
    said = "The sequel cost more, about $120 million, according to two people close to it."
    assert check(read, said).ok
    # naming the title without its number, or another numbered title, still contradicts
    assert not check(read, "Copper Sky cost about $90 million in 2019.").ok
    assert not check(read, "Route 2 cost about $90 million to build.").ok


def test_a_verb_used_twice_may_have_the_asked_doer_in_its_second_use() -> None:
    question = "what character does Tomas Lind voice"
    read = asked(normalize(question).split(), "what", {"tomas", "lind"}, question)
    both = (
        "Ada Berg again voices the captain Maud, and Tomas Lind voices a new character,"
        " a talking buoy named Bell."
    )
    assert check(read, both).ok
    assert not check(read, "Ada Berg voices Tomas Lind, a talking buoy.").ok


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # the name is given another job than the one asked
        (
            "who is directing Copper Sky 3",
            "A spokesperson said the new director needed time to rework the script with"
            " writer Tomas Lind.",
        ),
        # the sentence says what the person named will not do
        (
            "who will compose the music for Copper Sky 3",
            "Composer Ada Berg, who scored both earlier films, will not return; the studio"
            " has yet to name her replacement.",
        ),
        # the date was a plan given up
        (
            "when will Copper Sky 3 be released",
            "The sequel was first planned for a December 2027 release, but the studio"
            " delayed it after the effects house asked for more time.",
        ),
        # "out" of leaving, not of a release
        (
            "when is Copper Sky 3 out",
            "Mara Voss bowed out of the sequel in April, citing exhaustion.",
        ),
        # the teaser's premiere, a quoted title and all
        (
            "when will Copper Sky 3 come out",
            'A first teaser for "Copper Sky 3" will premiere in theaters in March.',
        ),
        # the release of another film, which its quoted title names
        (
            "when will Copper Sky 3 be released",
            "Copper Sky 3 wraps filming in March, ahead of the studio's summer release"
            ' "The Clockmaker\'s Garden."',
        ),
    ],
)
def test_an_answer_the_passage_gives_for_something_else_is_no_answer(
    question: str, passage: str
) -> None:
    qtype = normalize(question).split()[0]
    read = asked(normalize(question).split(), qtype, {"copper", "sky", "3"}, question)
    verdict = check(read, passage)
    assert (verdict.ok, verdict.reason) == (False, "no_answer")


def test_a_time_measured_from_the_asked_event_is_no_answer_to_when_it_is() -> None:
    question = "when is Copper Sky 3 coming out"
    read = asked(normalize(question).split(), "when", {"copper", "sky", "3"}, question)
    streaming = (
        "The film will stream on Skyreel 45 days after its cinema release, under a deal"
        " signed last year."
    )
    verdict = check(read, streaming)
    assert (verdict.ok, verdict.reason) == (False, "no_answer")
    # "coming out" asks for a release, which "reach cinemas" states
    assert check(read, "The sequel will reach cinemas on July 16, 2027.").ok


def test_a_crew_job_before_a_name_yields_to_the_verb_the_passage_gives_them() -> None:
    question = "who wrote the screenplay for Copper Sky 3"
    read = asked(normalize(question).split(), "who", {"copper", "sky", "3"}, question)
    both = (
        "Director Tomas Lind, who also directed the second film, co-wrote the screenplay"
        " with his sister, Ada Lind."
    )
    assert check(read, both).ok


def test_a_new_date_a_plan_was_moved_to_is_an_answer() -> None:
    question = "when will Copper Sky 3 be released"
    read = asked(normalize(question).split(), "when", {"copper", "sky", "3"}, question)
    moved = "The sequel was first planned for a December 2027 release, but was delayed to May 2028."
    assert check(read, moved).ok
    named = "Composer Ada Berg, who scored both earlier films, will return for the sequel."
    composer = "who will compose the music for Copper Sky 3"
    assert check(
        asked(normalize(composer).split(), "who", {"copper", "sky", "3"}, composer), named
    ).ok


def test_an_ordinal_is_no_verb_whose_roles_a_passage_could_swap() -> None:
    # as the engine reads it: the station's name is a name, so "first" comes next
    question = "when did Radio Ostvik first broadcast"
    read = asked(normalize(question).split(), "when", {"radio", "ostvik"}, question)
    passage = "The very first station in the town to broadcast was Radio Ostvik, in May 1931."
    assert check(read, passage).ok


def test_the_far_agent_of_a_passive_is_the_doer() -> None:
    # "keepers" is a name the question mentions here, so it is never taken for the verb
    question = asked(
        normalize("who did the keepers invite to come south").split(), "who", ["keepers"]
    )
    verdict = check(question, "Keeper families were first invited to come south by the salt guild.")
    assert (verdict.ok, verdict.reason) == (False, "contradicts")


def test_the_one_a_passive_question_has_it_done_to_is_not_the_doer() -> None:
    # "Ostvik" is a name the question mentions, so only its place in the passage counts
    question = asked(normalize("What territory was ceded to Ostvik?").split(), "what", ["ostvik"])
    refused = check(question, "Ostvik ceded its territory east of the river to the guild.")
    assert (refused.ok, refused.reason) == (False, "contradicts")
    assert check(question, "The guild ceded its territory east of the river to Ostvik.").ok


def test_the_destination_a_passive_question_names_is_not_the_one_it_was_done_to() -> None:
    # "Harbour Guild" is a name the question mentions: only its place in the passage counts
    question = asked(
        normalize("What was absorbed into the Harbour Guild?").split(), "what", ["harbour", "guild"]
    )
    # (the other guild's name opens with the same word, so "into Harbour" is there too)
    refused = check(question, "The Harbour Guild was later absorbed into the Harbour Traders.")
    assert (refused.ok, refused.reason) == (False, "contradicts")
    assert check(question, "The Salt Traders were later absorbed into the Harbour Guild.").ok


def test_roles_read_in_the_passive_pass() -> None:
    assert _verdict("who was defeated by lind", "In 1611 Lind defeated Brandt at Ostvik.", "who")[0]
    assert _verdict("when did maren take ostvik", "In 1602 Maren took Ostvik.", "when")[0]
    assert _verdict("who was ostvik taken by", "Ostvik was taken by Maren in 1602.", "who")[0]


@pytest.mark.parametrize(
    ("question", "passage", "ok"),
    [
        ("what year did the fort fall", "The fort fell in 1758 after a siege.", True),
        ("what year did the fort fall", "The fort fell in March after a siege.", False),
        ("what month did the fort fall", "The fort fell in March after a siege.", True),
        ("what century was the abbey built", "The abbey was built in the 11th century.", True),
    ],
)
def test_time_questions_want_the_unit_they_name(question: str, passage: str, ok: bool) -> None:
    assert _verdict(question, passage)[0] is ok


def test_lemmas_match_inflections_both_ways() -> None:
    assert _verdict("who founded the studios", "The studio was founded by Rafe Olsen.", "who")[0]


# ---------------------------------------------------------------- an uncurated article


@pytest.fixture(scope="module")
def reading_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    facts_dir = tmp_path_factory.mktemp("facts")
    build_draft(DATA / "lantern-keepers-article.txt", facts_dir)
    return Engine(load_facts(facts_dir))


def _run(engine: Engine, name: str) -> tuple[int, int, int, int, list[str]]:
    """(answerable right, answerable, answers given, wrong answers, failures)"""
    right = answerable = given = wrong = 0
    failures = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        answer = engine.answer(case["q"])
        good = (
            not answer.answered
            if case["expect"] == "abstain"
            else answer.answered and any(x.lower() in answer.text.lower() for x in case["any"])
        )
        if case["expect"] == "answer":
            answerable += 1
            right += good
        if answer.answered:
            given += 1
            wrong += not good
        if not good:
            failures.append(f"{case['q']!r} -> {answer.text[:100]!r}")
    return right, answerable, given, wrong, failures


def test_tuning_questions_on_an_uncurated_article(reading_engine: Engine) -> None:
    right, answerable, _given, wrong, failures = _run(reading_engine, "tune.jsonl")
    assert wrong == 0, failures  # every unanswerable question is declined
    assert right >= answerable - 1, failures


def test_held_out_questions_on_an_uncurated_article(reading_engine: Engine) -> None:
    right, answerable, given, wrong, failures = _run(reading_engine, "held-out.jsonl")
    print(f"\nheld out: {right}/{answerable} answerable right, {wrong} wrong of {given} given")
    # Never tuned on: a floor, not a target. At least as many right answers as wrong.
    assert given and (given - wrong) / given >= 0.5, failures
    assert right >= answerable // 2, failures


COPPER_SKY = """date 2026-05-01

Northwind Films confirmed on Tuesday that the sequel Copper Sky 2 opens in cinemas on March 3,
2028. The new film reunites the cast of the first movie.

The first Copper Sky earned $95 million worldwide in 2025 and made a star of its director,
Jonas Veld, who returns for the sequel.

Lena Marsh returns as the pilot Ada Quill, and Victor Hale is back as her brother Sam.

The screenplay was written by Ines Koller, who replaces the first film's writer. Filming
began in Norway in April.
"""


@pytest.fixture(scope="module")
def copper_sky(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """An engine over COPPER_SKY, built with `facts build` and no curation."""
    folder = tmp_path_factory.mktemp("copper-sky")
    article = folder / "copper-sky.txt"
    article.write_text(COPPER_SKY, encoding="utf-8")
    facts = folder / "facts"
    facts.mkdir()
    build_draft(article, facts)
    return Engine(load_facts(facts))


def test_the_first_film_of_a_franchise_is_known_when_the_article_speaks_of_it(
    copper_sky: Engine,
) -> None:
    """The first film bears the franchise's own name, so "the first Copper Sky" is the
    film the article speaks of; the third is a film it does not know."""
    first = copper_sky.answer("How much did the first Copper Sky earn?")
    assert first.answered and "$95 million" in first.text
    for question in ("How much did the third Copper Sky earn?", "When will Copper Sky 3 open?"):
        reply = copper_sky.answer(question)
        assert not reply.answered and "I don't have any facts about" in reply.text


def test_a_part_played_is_read_from_returns_as_and_is_back_as(copper_sky: Engine) -> None:
    """News writes "X returns as Y" far more often than "X plays Y"."""
    for question, who in (("Who plays Ada Quill?", "Lena Marsh"), ("Who plays Sam?", "Victor")):
        reply = copper_sky.answer(question)
        assert reply.answered and who in reply.text, (question, reply.text)
    assert not copper_sky.answer("Who plays Ada Quill's father?").answered


def test_the_sequel_is_the_film_the_article_is_about(copper_sky: Engine) -> None:
    """ "The sequel" is the film the article reports on, though its sentences may not say
    so; a sentence opening on the first film is not about it."""
    for question, expected in (
        ("Who wrote the screenplay for the sequel?", "Ines Koller"),
        ("Where did filming of the sequel begin?", "Norway"),
    ):
        reply = copper_sky.answer(question)
        assert reply.answered and expected in reply.text, (question, reply.text)
    assert not copper_sky.answer("How much did the sequel earn?").answered


# Articles of our own, each with its held-out question set: (number, article, what it
# did on its first run and what was done about it). Never tuned on: the general faults
# they showed were fixed on examples of our own; a floor, not a target, is asserted.
HELD_OUT = [
    (
        2,
        "glass-orchard-article.txt",
        "Written after the premise rules of 2026-12-01 and never used to change them: "
        "the figure printed here is the honest one for articles nobody curated (3/9 "
        "answerable right, 1 wrong of 4 given, 7/7 declined when it was written).",
    ),
    (
        3,
        "tidewater-article.txt",
        "Written on 2026-12-01 after the premise rules of that day and run once, "
        "before any change: 4/10 answerable right, 0 wrong of 4 given, 8/8 declined. "
        "Never tuned on.",
    ),
    (
        4,
        "ember-crown-article.txt",
        "A film news article, written on 2026-12-01 and run once before any change: "
        "6/12 answerable right, 0 wrong of 6 given, 10/10 declined. Never tuned on; "
        'the general faults it showed ("compose the music" taken for a name, "left" '
        'not read as "leave", "how long" asking a span) were fixed on examples of our '
        "own.",
    ),
    (
        5,
        "night-ferry-article.txt",
        "Animated-film news, written in the fifth round and run once before any "
        "change: 2/11 answerable right, 0 wrong of 2 given, 6/6 declined. Never tuned "
        'on; the general faults it showed ("the sequel" needing its title\'s number, a '
        'verb used twice, "the first Night Ferry" taken for an unknown film, "the '
        'screenplay is by", "score" for music) were fixed on examples of our own.',
    ),
    (
        6,
        "iron-meridian-article.txt",
        "Spy-thriller news, written late in the fifth round and run once before any "
        "change for it: 7/11 answerable right, 2 wrong of 9 given, 5/6 declined. "
        'Never tuned on; the general faults it showed ("for a fourth time" taken for '
        'a date, "Filming on X wrapped" read as a verb, a trailer\'s date given for '
        'the film\'s, "does not appear" not a "no") were fixed on examples of our own.',
    ),
    (
        7,
        "saltmarsh-article.txt",
        "Film news whose sequel's title has no number, written in the sixth round by "
        "a helper that had not seen the engine, and run once before any change for "
        "it: 1/12 answerable right, 2 wrong of 3 given, 7/7 declined. Its general "
        'faults ("saltmarsh 3" for a title the article numbers only in words, "the '
        'new one" read as the number 1, "the earlier films" taken for filming, a '
        '"why" answered with the newest date, "That film", "script" ~ "screenplay", '
        "money) were fixed on examples of our own.",
    ),
    (
        8,
        "harrow-canal-article.txt",
        "An encyclopedia-style article on a canal, written with the seventh and run "
        "once before any change: 2/12 answerable right, 0 wrong of 2 given, 7/7 "
        'declined. One general fault it showed ("The Harrow Canal", all ordinary '
        "words, was no name) was fixed on an example of our own; its questions' "
        'paraphrases ("put up the money", "how many people lived") are beyond the '
        "engine's words still.",
    ),
    (
        9,
        "kestrel-run-article.txt",
        "Film news whose sequel is numbered before its subtitle ('Kestrel Run 4: Black "
        "Meridian'), written in the seventh round by a helper that had not seen the "
        "engine, and run once before any change: 3/13 answerable right, 0 wrong of 3 "
        "given, 7/7 declined. Never tuned on; the faults it shares with our own "
        "examples (the lede's film, 'KR4', a one-word subtitle) were fixed on those. "
        "In the eighth round its answers were read to find what a change broke (a "
        "teaser's date, a part of the shoot given for all of it), so it is no longer "
        "wholly unseen.",
    ),
    (
        10,
        "deadlight-run-article.txt",
        "Film news on a sequel pushed back ('Deadlight Run 3: Ember Tide'), written in "
        "the eighth round by a helper that had not seen the engine, and run once after "
        "that round's first changes: 5/13 answerable right, 2 wrong of 7 given, 6/7 "
        "declined. Never tuned on; 6/13 at the end of that round. In the ninth round its "
        "answers were read to find why a 'why' took the script sentence.",
    ),
    (
        11,
        "salt-crown-article.txt",
        "Film news on a recast sequel ('Ember Tide 2: The Salt Crown'), written in the "
        "ninth round by a helper that had not seen the engine, and run once before any "
        "change: 4/10 answerable right, 0 wrong of 4 given. Its questions were shown once "
        "in the tenth round, checking the file format. In the fourteenth round we found "
        "its files had also been run as a tuning set ('s9/a') since the tenth: it is no "
        "longer unseen.",
    ),
    (
        12,
        "ashcombe-railway-article.txt",
        "An encyclopedia-style article on a heritage railway, written with 11 and run "
        "once before any change: 2/10 answerable right, 0 wrong of 2 given. In the "
        "fourteenth round we found its files had also been run as a tuning set ('s9/c'): "
        "its misses were read then, and 'the railway' meaning the article's own came from "
        "them. No longer unseen.",
    ),
    (
        13,
        "profile-article.txt",
        "A biography of a film-music or editing professional, written in the tenth round by "
        "a helper that had not seen the engine, with two tuning articles kept aside. Run "
        "first on the code of the round's start: 2/9 answerable right, 0 wrong of 2 "
        "given; at the round's end the same. In the fourteenth round we found its files "
        "had also been run as a tuning set ('s10/b'): its misses were read then ('w/' for "
        "'with' is among them). No longer unseen.",
    ),
    (
        14,
        "box-office-article.txt",
        "Box-office news of a franchise's new film, written with 13. On the code of the "
        "round's start: 1/9 answerable right, 1 wrong of 2 given; at the round's end 2/9, "
        "1 wrong of 3 given. Never read or tuned on.",
    ),
    (
        15,
        "craft-profile-article.txt",
        "A profile of a film composer or stunt coordinator, written in the eleventh round "
        "by a helper that had not seen the engine (headline first, its date line second). "
        "On the round's starting code it built only with the date line moved first: 2/9 "
        "answerable right, 1 wrong of 3 given; at the round's end the same. In the "
        "fourteenth round we found its files had also been run as a tuning set ('s11/d'): "
        "its misses were read then. No longer unseen.",
    ),
    (
        16,
        "voice-cast-article.txt",
        "Casting news for an animated franchise's next film, written in the twelfth round "
        "by a helper that had not seen the engine. On the round's starting code: 1/9 "
        "answerable right, 2 wrong of 3 given; at the round's end: 3/9, 0 wrong of 3. Never "
        "read or tuned on.",
    ),
    (
        17,
        "spy-history-article.txt",
        "An encyclopedia-style history of a spy-thriller franchise, written in the twelfth "
        "round by the same helper. On the round's starting code: 2/9 answerable right, 1 "
        "wrong of 3 given; at the round's end the same. Never read or tuned on.",
    ),
    (
        18,
        "saltmarrow-casting-article.txt",
        "Trade news of a sequel's casting shake-up, written in the thirteenth round by a "
        "helper that had not seen the engine. On the round's starting code: 5/9 answerable "
        "right, 1 wrong of 6 given; at the round's end the same. Never read or tuned on.",
    ),
    (
        19,
        "emberfall-festival-article.txt",
        "A festival report on a franchise film's premiere, written in the thirteenth round "
        "by the same helper. On the round's starting code: 2/9 answerable right, 1 wrong "
        "of 3 given; at the round's end the same; after the fourteenth, 3/9 and 0 wrong. "
        "Never read or tuned on.",
    ),
    (
        20,
        "gravenmoor-composer-article.txt",
        "An interview-based profile of a franchise's composer, written in the fourteenth "
        "round by a helper that had not seen the engine. On the round's starting code: 2/9 "
        "answerable right, 1 wrong of 3 given; at the round's end the same. Never read or "
        "tuned on.",
    ),
    (
        21,
        "copperline-reboot-article.txt",
        "A reboot's development update (a director replaced, a date moved, rumours beside "
        "confirmed casting), written in the fourteenth round by the same helper. On the "
        "round's starting code: 2/9 answerable right, 0 wrong of 2 given; at the round's "
        "end the same. Never read or tuned on.",
    ),
    (
        22,
        "marrow-street-festival-article.txt",
        "A festival report on a heist franchise's spin-off (an ovation, a distribution "
        "deal, a list of winners), written midway through the fourteenth round by a helper "
        "that had not seen the engine. On the round's starting code: 2/9 answerable right, "
        "1 wrong of 3 given; at the round's end 2/9, 0 wrong of 2. Never read or tuned on.",
    ),
    (
        23,
        "mossbottom-history-article.txt",
        "An encyclopedia-style history of an animated franchise, written with 22. On the "
        "round's starting code: 2/9 answerable right, 0 wrong of 2 given; at the round's "
        "end the same. Never read or tuned on.",
    ),
    (
        24,
        "marrowgate-studio-history-article.txt",
        "An encyclopedia-style history of a film studio (founders, a merger, a fire, later "
        "owners), written at the start of the fifteenth round by a helper that had not "
        "seen the engine. On the round's starting code: 1/9 answerable right, 1 wrong of 2 "
        "given. Never read or tuned on.",
    ),
    (
        25,
        "director-obituary-article.txt",
        "An obituary-style career retrospective of a film director, written midway "
        "through the fifteenth round by a helper that had not seen the engine. On the "
        "round's starting code: 2/9 answerable right, 1 wrong of 3 given; after the "
        "round's first half the same. Never read or tuned on.",
    ),
    (
        26,
        "gilded-compass-series-article.txt",
        "A film franchise's move to a streaming series, written at the end of the "
        "fifteenth round by a helper that had not seen the engine. On the round's starting "
        "code: 3/9 answerable right, 0 wrong of 3 given; on its final code 4/9, 0 wrong of "
        "4. Never read or tuned on.",
    ),
    (
        27,
        "orla-brandt-classic-article.txt",
        "An encyclopedia-style article on a 1970s film, written with 26. On the round's "
        "starting code: 1/9 answerable right, 1 wrong of 2 given; on its final code the "
        "same. Never read or tuned on.",
    ),
    (
        28,
        "fothergill-series-article.txt",
        "An encyclopedia-style history of a film series, written at the start of the "
        "sixteenth round with three articles that round tuned on. On the round's starting "
        "code: 2/9 answerable right, 0 wrong of 2 given; on its final code the same. Never "
        "read or tuned on.",
    ),
    (
        29,
        "glasmere-festival-article.txt",
        "A festival's awards night, written at the end of the sixteenth round. On the "
        "round's starting code: 1/9 answerable right, 0 wrong of 1 given; on its final "
        "code the same. Never read or tuned on.",
    ),
    (
        30,
        "kilbrannoch-ferryman-article.txt",
        "An encyclopedia-style article on a 1989 thriller, written with 29. On the round's "
        "starting code: 1/9 answerable right, 0 wrong of 1 given; on its final code the "
        "same. Never read or tuned on.",
    ),
    (
        31,
        "nimbrel-station-trailer-article.txt",
        "A sci-fi sequel's trailer and new date, written in the seventeenth round by a "
        "helper that had not seen the engine. On the round's starting code: 1/9 answerable "
        "right, 0 wrong of 1 given; on its final code the same. Never read or tuned on.",
    ),
    (
        32,
        "wychcombe-obituary-article.txt",
        "A director's obituary, written with 31. On the round's starting code: 1/9 "
        "answerable right, 0 wrong of 1 given; on its final code the same. Never read or "
        "tuned on.",
    ),
    (
        33,
        "ashmoth-spinoff-article.txt",
        "A streaming spin-off of a film series, written with 31. On the round's starting "
        "code: 1/9 answerable right, 0 wrong of 1 given; on its final code the same. Drafted "
        "beside the shipped MI7 facts, as the evaluation script does, one more question is "
        "answered wrongly on both (a 'cameras rolled' rewrite tried mid-round added a "
        "second there and was taken out). Never read or tuned on.",
    ),
    (
        34,
        "brineward-casting-article.txt",
        "A sequel's casting, written in the eighteenth round by a helper that had not seen "
        "the engine. On the round's starting code: 4/9 answerable right, 1 wrong of 5 "
        "given; on its final code the same. Never read or tuned on.",
    ),
    (
        35,
        "gloamkeepers-reshoots-article.txt",
        "A troubled production's reshoots, written with 34. On the round's starting code: "
        "2/9 answerable right, 1 wrong of 3 given; on its final code the same. Never read or "
        "tuned on.",
    ),
    (
        36,
        "thornvale-second-weekend-article.txt",
        "A second weekend at the box office, written with 34. On the round's starting code: "
        "2/9 answerable right, 1 wrong of 3 given; on its final code the same. Never read or "
        "tuned on.",
    ),
    (
        37,
        "tallowmark-merger-article.txt",
        "A studio merger touching several series, written with 34. On the round's starting "
        "code: 3/9 answerable right, 0 wrong of 3 given; on its final code 2/9, 0 wrong of 2 "
        "(the round's headline tie-break sent one question to a body sentence that declines; "
        "found by bisecting commits on the summary alone). Never read or tuned on.",
    ),
    (
        38,
        "quorvane-acquisition-article.txt",
        "A studio acquisition that brings a franchise under new ownership, written in the "
        "nineteenth round by a helper that had not seen the engine (batch s36, held out). "
        "On the round's starting code: 4/9 answerable right, 0 wrong of 4 given; on its "
        "final code the same. Never read or tuned on.",
    ),
    (
        39,
        "fenlatch-wrap-article.txt",
        "A production wrap after a storm delay and an on-set injury, written with 38. On "
        "the round's starting code: 6/9 answerable right, 0 wrong of 6 given; on its "
        "final code the same. Never read or tuned on.",
    ),
    (
        40,
        "spindlecrow-trailer-article.txt",
        "A trailer and a fan-convention panel, written with 38. On the round's starting "
        "code: 3/9 answerable right, 0 wrong of 3 given; on its final code the same. "
        "Never read or tuned on.",
    ),
    (
        41,
        "parmentier-obituary-article.txt",
        "An actor's obituary, written with 38. On the round's starting code: 3/9 "
        "answerable right, 1 wrong of 4 given; on its final code 4/9, 1 wrong of 5. Never "
        "read or tuned on.",
    ),
    (
        42,
        "skyrend-recast-article.txt",
        "An actor leaves a franchise role and is recast, written in the nineteenth round "
        "(batch s39, held out). On the round's starting code: 4/9 answerable right, 0 "
        "wrong of 4 given; on its final code the same. Never read or tuned on.",
    ),
    (
        43,
        "mossgrave-earnings-article.txt",
        "A studio's earnings call with its franchise slate, written with 42. On the "
        "round's starting code: 1/9 answerable right, 1 wrong of 2 given; on its final "
        "code the same. Never read or tuned on.",
    ),
    (
        44,
        "nightcairn-ruling-article.txt",
        "A court ruling on a franchise's title, written with 42. On the round's starting "
        "code: 1/9 answerable right, 0 wrong of 1 given; on its final code 2/9, 0 wrong "
        "of 2. Never read or tuned on.",
    ),
    (
        45,
        "wyrmhallow-stunts-article.txt",
        "A making-of feature on stunts and effects, written with 42. On the round's "
        "starting code: 4/9 answerable right, 0 wrong of 4 given; on its final code the "
        "same. Never read or tuned on.",
    ),
    (
        46,
        "bellhallow-composer-article.txt",
        "A composer's interview on a sequel's score, written in the twentieth round (batch "
        "s44, held out). On the round's starting code: 4/9 answerable right, 0 wrong of 4 "
        "given; on its final code the same. Never read or tuned on.",
    ),
    (
        47,
        "bramblecourt-reboot-article.txt",
        "A franchise reboot announced with its director, written with 46. On the round's "
        "starting code: 4/9 answerable right, 1 wrong of 5 given; on its final code the "
        "same. Never read or tuned on.",
    ),
    (
        48,
        "nettlebright-prequel-series-article.txt",
        "A prequel series ordered by a streamer, written with 46. On the round's starting "
        "code: 4/9 answerable right, 0 wrong of 4 given (3/9 with 1 wrong beside the MI7 "
        "facts); on its final code the same. Never read or tuned on.",
    ),
    (
        49,
        "kindlemarsh-delay-article.txt",
        "A sequel delayed again, a star no longer attached, written with 46. On the "
        "round's starting code: 5/9 answerable right, 0 wrong of 5 given; on its final "
        "code the same. Never read or tuned on.",
    ),
]


@pytest.mark.parametrize(
    ("number", "article", "history"), HELD_OUT, ids=[f"held-out-{row[0]}" for row in HELD_OUT]
)
def test_a_held_out_article_never_tuned_on(
    tmp_path: Path, number: int, article: str, history: str
) -> None:
    build_draft(DATA / article, tmp_path)
    engine = Engine(load_facts(tmp_path))
    right, answerable, given, wrong, failures = _run(engine, f"held-out-{number}.jsonl")
    print(
        f"\nheld out {number}: {right}/{answerable} answerable right, {wrong} wrong of {given} given"
    )
    assert given and wrong <= given - wrong, failures  # no more wrong answers than right


def test_a_decline_shows_the_closest_passage_without_answering(reading_engine: Engine) -> None:
    answer = reading_engine.answer("How much did the third film earn worldwide?")
    assert not answer.answered
    assert "closest" in answer.text and "$410 million" in answer.text


@pytest.mark.parametrize(
    ("passage", "shown"),
    [
        ("Harbor Pictures has confirmed the date.", "Harbor Pictures has confirmed the date."),
        ("The studio has confirmed the date.", "the studio has confirmed the date."),
        ("Ostvik Lines runs the ferry.", "Ostvik Lines runs the ferry."),
        ("Okonjo-Lind was born in Aarhus.", "Okonjo-Lind was born in Aarhus."),
        ("McQuarrie said so.", "McQuarrie said so."),
        ("A trailer is due in May.", "a trailer is due in May."),
    ],
)
def test_a_passage_answer_keeps_the_capital_of_a_name_it_opens_with(
    passage: str, shown: str
) -> None:
    fact = Fact(
        id="p",
        topic="passage",
        answer=passage,
        entities=(),
        source=Source(file="a.txt", quote=passage, date="2026-03-02"),
        passage=True,
    )
    assert answer_text(fact, lambda word: False) == f"As reported on 2026-03-02, {shown}"


def _article_engine(tmp_path: Path, name: str, text: str) -> Engine:
    """An engine over one short article of our own, built with `facts build`."""
    article = tmp_path / name
    article.write_text(f"date 2025-05-01\n\n{text}\n", encoding="utf-8")
    build_draft(article, tmp_path)
    return Engine(load_facts(tmp_path))


# Short articles of our own, each with what it answers (None: declined) and why.
ARTICLES = {
    # another name, given in apposition
    "coast-roads.txt": (
        "Ostvik Road, the Old Salt Way, runs north from the harbour to the salt flats. "
        "Brannock Lane runs inland from the harbour to the mill.",
        [
            ("What is another name for Ostvik Road?", "the Old Salt Way"),
            ("What is another name for Brannock Lane?", None),  # the lane gets no other
        ],
    ),
    # a sentence is about whom it refers back to: "She", "the inn"
    "anchor-inn.txt": (
        "Ilse Varg took over the Brannock Inn at Ostvik in 1702. "
        "She sold the inn to the salt guild in 1711. "
        "The inn burned down in 1790.",
        [
            ("When did Ilse Varg sell the Brannock Inn?", "1711"),
            ("When did the Brannock Inn burn down?", "1790"),
            ("When did Maren Holt sell the Brannock Inn?", None),  # "she" is not Maren
        ],
    ),
    # a passage on the topic without the answer lets the next one answer, where "the
    # third Copper Sky film" numbers the title the question calls "Copper Sky 3"
    "copper-sky-director.txt": (
        "Copper Sky 3 has found its director. Ada Berg, who made the thriller Salt Road, "
        "will direct the third Copper Sky film for Northwind Films, the studio said.",
        [
            ("Who is directing Copper Sky 3?", "Ada Berg"),
            ("Who is producing Copper Sky 3?", None),  # neither passage says
        ],
    ),
    # a film referred to as "It", and its takings in other words
    "copper-sky-takings.txt": (
        "The sequel film Copper Sky 2 opened in 2024. Copper Sky 2 earned $600 million "
        "worldwide. It was shot mostly in Norway, the studio said.",
        [
            ("How much did Copper Sky 2 make?", "$600 million"),
            ("Where was Copper Sky 2 shot?", "Norway"),
        ],
    ),
    # the first film is known by its bare name; the sequel's crew in other words
    "harbour-lights.txt": (
        "The sequel Harbour Lights 2 opens on May 2, 2027. Harbour Lights opened in 2023 and took "
        "$200 million worldwide. Composer Ada Berg is writing the score. The "
        "screenplay is by Tomas Lind.",
        [
            ("How much did the first Harbour Lights make?", "$200 million"),
            ("How much did the third Harbour Lights make?", None),  # no third film
            ("Who is composing the music for Harbour Lights 2?", "Ada Berg"),
            ("Who wrote the screenplay for Harbour Lights 2?", "Tomas Lind"),
            ("Who edited Harbour Lights 2?", None),
        ],
    ),
    # a release date, however asked, is not the streaming date measured from it
    "copper-tide.txt": (
        "The animated sequel Copper Tide 2 will reach cinemas on July 16, 2027, the studio "
        "said, moving it up by three weeks to avoid a rival superhero release. The film will "
        "stream on Skyreel 45 days after its cinema release under a deal signed last year.",
        [
            ("What's the release date for Copper Tide 2?", "July 16, 2027"),
            ("Copper Tide 2 release date?", "July 16, 2027"),
            ("When is Copper Tide 2 coming out?", "July 16, 2027"),
        ],
    ),
    # a part voiced is a part played, and a title's last word said as an ordinary noun
    # ("the ferry captain") is no other title
    "harbour-ferry.txt": (
        "The animated sequel Harbour Ferry 2 opens in May 2027. Ruth Calloway again voices "
        "the ferry captain Maud.",
        [
            ("Is Ruth Calloway in Harbour Ferry 2?", "Ruth Calloway again voices"),
            ("Who voices Maud in Harbour Ferry 2?", "Ruth Calloway"),
            ("Who plays Maud?", "Ruth Calloway"),
        ],
    ),
    # a gerund is no verb, "a third time" is no date, December is the trailer's, and
    # "does not appear" is a "no" in a sentence about something else
    "steel-harbour.txt": (
        "Filming on Steel Harbour 3 wrapped in Portugal last week. Ada Berg returns as the "
        "pilot Juno for a third time. A teaser trailer is expected in December, and the film "
        "will open on the same day as its streaming release. Tomas Lind, who played the "
        "mechanic in both earlier films, does not appear; he chose to direct a film of his own.",
        [
            ("Where was Steel Harbour 3 filmed?", "Portugal"),
            ("When did filming on Steel Harbour 3 start?", None),
            ("When is the trailer coming out?", "December"),
            ("When does Steel Harbour 3 come out?", None),
            ("Is Tomas Lind in Steel Harbour 3?", "No: "),
        ],
    ),
    # box-office English; a director who will not return still directed this one; "the
    # original" film is the first
    "harbour-tide.txt": (
        "The sequel Harbour Tide 2 opened to $95 million over the weekend. Director "
        "Anya Falk said on Sunday that she would not return for a third film. The original "
        "Harbour Tide opened to $61 million in 2023.",
        [
            ("Who directed Harbour Tide 2?", "Anya Falk"),
            # "opened to" is takings; the original's, ranked first, is another film's
            ("How much did Harbour Tide 2 make in its opening weekend?", "$95 million"),
            ("How much did Harbour Tide 2 make?", "$95 million"),
            ("How much did the first Harbour Tide make?", "$61 million"),
            ("Who will direct the third film?", None),
        ],
    ),
    # a yes/no question about someone the passage says will not do it is a "no"
    "harbour-lights-cast.txt": (
        "The sequel Harbour Lights 2 opens on May 2, 2027. Ada Berg returns as the ferry "
        "captain Maud, a part she first voiced in 2019 for the studio animation unit in "
        "Ostvik. Tomas Lind, who voiced the harbour cat Smudge, is not returning to Harbour "
        "Lights 2; the studio said the role had been recast. Nina Holt will not write the "
        "screenplay for the sequel.",
        [
            ("Is Tomas Lind returning?", "No: "),
            ("Will Nina Holt write the screenplay?", "No: "),
            ("Is Ada Berg writing the screenplay?", None),
            ("Is Tomas Lind back for Harbour Lights 2?", "No: "),  # "back" is "return"
            ("Is Ada Berg back?", "Ada Berg returns"),
            # the passage denying it for Tomas Lind ranks first; the next one answers
            ("Who is returning for Harbour Lights 2?", "Ada Berg returns"),
            ("Who voices Smudge?", None),  # recast, the new actor not named
        ],
    ),
    # a sequel whose title has no number, numbered by the article: fans ask by number
    "brine-hollow.txt": (
        'Harrowgate Films said "Brine Hollow: Dead Water," the third film in its Brine '
        "Hollow series, opens on June 4, 2027. Nadia Ferro directs it. The screenplay "
        'is by Emil Sand. The second installment, "Brine Hollow: Black Reef," cost '
        "$40 million. That film grossed $190 million worldwide. Filming took place in "
        "Iceland. Oskar Lunde, who starred in the earlier films, will not appear in the "
        "sequel. It had first been planned for May 7, 2027, "
        "but the release was pushed back after a fire at the studio.",
        [
            ("who's directing brine hollow 3?", "Nadia Ferro"),
            ("When does the third Brine Hollow movie come out?", "June 4, 2027"),
            ("Who wrote the script for Dead Water?", "Emil Sand"),
            ("How much money did Black Reef earn globally?", "$190 million"),
            ("When does Brine Hollow 4 come out?", None),  # no fourth film
            # why a date moved is in the sentence that says so, not the newest date
            ("Why was the release of Dead Water delayed?", "fire"),
            # "the earlier films" says nothing of where the sequel was filmed; the
            # next sentence, which does, is not read after an unexplained one
            ("Where did Oskar Lunde film the sequel?", None),
        ],
    ),
    # a name of ordinary words, capitalised after "The": a place; a larger name holding
    # it ("the Merrow Canal Museum") names it too
    "merrow-canal.txt": (
        "The Merrow Canal runs 14 miles from Dunholt to the sea. The Merrow Canal Museum "
        "was opened by the trust in 1990. The most famous boat on it is the Merrow Lass. "
        "It was built by Anna Kell in 1851. The trust's founder admired the engineer "
        "Piet. He surveyed the route in 1808. Her husband Jon Kell owned 40 boats.",
        [
            ("Where does the Merrow Canal run from?", "Dunholt"),
            ("When did the Merrow Canal get a museum?", "1990"),
            ("Who built the Merrow Lass?", "Anna Kell"),
            ("When did Piet survey the route?", "1808"),
            ("Who did Anna Kell marry?", None),  # "her" follows a sentence about Piet
            ("Who founded the Merrow Canal Museum?", None),  # the founder is not named
        ],
    ),
    # the lede's film is the article's, though an earlier one is named more often; a
    # title numbered before its subtitle; a one-word subtitle; "the new X"
    "harrier-point.txt": (
        'Copperline Studios has dated "Harrier Point 3: Starfall," the third film in '
        "the spy series, for March 5, 2027. Ines Varga, who directed the 2023 entry "
        '"Harrier Point 2," returns to direct. The earlier "Harrier Point 2" grossed '
        "$300 million. Newcomer Tobin Reyes plays the antagonist, Colonel Mara Quill. "
        "The studio will debut the first teaser in January. Filming wrapped after 80 "
        "days in the hills of Salvara. Reyes left a year-long stage run to join. "
        "A first image shows the film's airship, the Grey Kite. Composer Lia Marsh "
        "returns to write the score. The production cost $150 million.",
        [
            ("who's directing starfall", "Ines Varga"),
            ("who's directing HP3?", "Ines Varga"),
            ("when's the new harrier point out?", "March 5, 2027"),  # not the teaser's
            ("when does the teaser come out?", "January"),
            ("who's the villain in starfall", "Tobin Reyes"),
            ("who's doing the score this time", "Lia Marsh"),
            ("how much did starfall cost?", "$150 million"),
            # "the last X" is the film before the newest, by the year written beside it
            ("how much did the last harrier point movie make", "$300 million"),
            ("how much did harrier point 2 pull in", "$300 million"),
            # the first film is none the article names: no other film's takings answer
            ("how much did the very first harrier point movie make at the box office", None),
            # "a year-long stage run" measures no span; an airship named after a comma
            # is nowhere
            ("How long was the stage run Reyes left?", None),
            ("Where is the Grey Kite?", None),
        ],
    ),
    # encyclopedia-style paraphrase: "people lived" for inhabitants, "paid for" for
    # financed, "connected" for linking
    "fenmoor.txt": (
        "Fenmoor is a market town on the River Lode. By 1880 Fenmoor had 3,100 "
        "inhabitants. In 1871 the Lode Valley Railway opened, linking Fenmoor to the coast; "
        "the line was financed by the banker Edwin Sorrel.",
        [
            ("How many people lived in Fenmoor in 1880?", "3,100"),
            ("Who paid for the railway that connected Fenmoor to the coast?", "Edwin Sorrel"),
            ("How many people lived in Fenmoor in 1920?", None),
        ],
    ),
    # a release word said of a trailer in the same phrase ("premiere in theaters"), of
    # another film it names ('family release "The Clockmaker's Garden"'), or of someone
    # leaving ("bowed out") gives no date for the film
    "ashen-tide.txt": (
        'Bellwether Pictures has moved the release of "Ashen Tide 2: Saltwind," the second '
        "film in its disaster franchise, from May 8, 2026 to September 18, 2026, the studio "
        'said Tuesday. A first trailer for "Saltwind" will premiere in theaters in March, '
        "attached to the studio's family release \"The Clockmaker's Garden.\" Rowan Pike, "
        "who led the first film, bowed out in January because of a scheduling conflict.",
        [
            ("when's saltwind out?", "September 18, 2026"),
            ("when's the new ashen tide coming out", "September 18, 2026"),
            ("when is ashen tide 2 released", "September 18, 2026"),
            ("when does the trailer come out?", "March"),
            ("when does saltwind drop", "September 18, 2026"),  # fans' word for out
        ],
    ),
    # "how long did they shoot": a span by a verb of ending answers an act's duration, and
    # the passage calling the shoot "principal photography" is found; "how long is X"
    # asks X's own measure, which nothing here states
    "greywater.txt": (
        'Principal photography on "Greywater" began in April in Norrland and moved to '
        "stages in Prague, wrapping in late August after 97 days. The crew shot the storm "
        "scenes at sea off Gotland. Ada Lind, who spent a decade on the stage, plays the "
        "ferryman.",
        [
            ("how long did they shoot for?", "97 days"),
            ("how long did filming last", "97 days"),
            ("how long did the shoot take?", "97 days"),
            ("How long is Greywater?", None),
        ],
    ),
    # a date pushed back says when the film comes out now, though no word of release
    # stands in the sentence
    "brightwater.txt": (
        'Lumen Studios has pushed back "Brightwater 2," the second film in its coastal '
        "mystery series, to June 12, 2026. Director Anna Reyes said the cast will tour in "
        "May.",
        [
            ("when does brightwater 2 come out now?", "June 12, 2026"),
            ("when's brightwater 2 out", "June 12, 2026"),
            ("when does the cast tour", "May"),
        ],
    ),
    # "its 2024 sequel, X," is X, not the article's film; "the eight-episode show" is the
    # spin-off series named just before it
    "skyhold.txt": (
        'Lantern Films has dated "Skyhold: Ember Gate," the third film in its fantasy '
        'franchise, for March 5, 2027. The original "Skyhold" cost $90 million, and its '
        '2024 sequel, "Skyhold: Iron Crown," cost $150 million. Lantern is also developing '
        'a spin-off series, "Skyhold: Ashfields." The eight-episode show is expected to '
        "begin filming in Iceland in 2027.",
        [
            ("when's ember gate out", "March 5, 2027"),
            ("how much did iron crown cost", "$150 million"),
            ("where will ashfields be filmed", "Iceland"),
            ("how much did ember gate cost", None),
            ("where will ember gate be filmed", None),
        ],
    ),
    # a biography: its subject's lone surname, though the father shares it, and the life's
    # span in brackets after the name
    "corwin.txt": (
        "Ada Corwin (4 June 1831 - 2 May 1902) was an English bridge engineer. Corwin was "
        "born in the mill town of Halden, the eldest child of Tomas Corwin, a carpenter. "
        "In 1859 Corwin married the printer Jonas Reed. Corwin retired to Halden in 1890. "
        "Honours. In 1880 she was awarded the Halden Gold Medal.",
        [
            ("In what year was Ada Corwin born?", "1831"),
            ("Where was Corwin born?", "Halden"),
            ("When did Ada Corwin die?", "1902"),
            ("Who did Corwin marry?", "Jonas Reed"),
            ("Which honour did Corwin receive in 1880?", "Halden Gold Medal"),
            ("When was Tomas Corwin born?", None),
        ],
    ),
    # "why": a sentence on the film that gives no reason is passed over for one that
    # does; "the actor" refers back as "he" would
    "marrow-bay.txt": (
        "Harrow Films has moved Marrow Bay 2 from May 2, 2027 to August 20, 2027. The "
        "script, again by Lise Ohman, was reworked to add a new character. The studio "
        "confirmed the shift on Friday, citing a longer effects schedule for the flood "
        "scenes. Not returning is Anton Brask, who played the harbour master in the first "
        "film. The actor left the project over a scheduling conflict with a stage play.",
        [
            ("why'd they delay marrow bay 2", "longer effects schedule"),
            ("why did anton brask leave the project", "scheduling conflict"),
            ("why did lise ohman leave marrow bay 2", None),  # no sentence says why
        ],
    ),
    # a biography whose subject has a hyphenated surname: "Okonjo-Lind" is him, "he"
    # in a question that names no one is him, his life's span follows a long name, and
    # "the second of three children" is no date
    "okafor-lind.txt": (
        "Jonas Okafor-Lind\n\n"
        "Jonas Okafor-Lind (4 August 1951 - 17 November 2025) was a Danish cinematographer "
        "who was twice awarded the Harbour Prize. Okafor-Lind was born in Aarhus, the "
        "second of three children of Tomas Okafor, an engineer. Among his students were "
        "Freja Holm and Yusuf Dane. In 1983 he married the editor Ada Lindqvist. His work "
        'on "Brennock" (2006) won him his second Harbour Prize in 2007. Okafor-Lind died '
        "at his home on Mon in 2025. He said he had retired because his eyesight had "
        "begun to fail.",
        [
            ("when was jonas okafor-lind born", "1951"),
            ("where's he from originally", "Aarhus"),
            ("who was he married to", "Ada Lindqvist"),
            ("when did okafor-lind pass away", "2025"),
            ("why did okafor-lind retire", "eyesight"),
            ("How many Harbour Prizes did Okafor-Lind win?", "twice"),
            ("When was Tomas Okafor born?", None),  # "the second of three" dates nothing
        ],
    ),
}


@pytest.mark.parametrize("name", list(ARTICLES))
def test_an_article_of_our_own_answers_what_it_says_and_no_more(tmp_path: Path, name: str) -> None:
    text, cases = ARTICLES[name]
    engine = _article_engine(tmp_path, name, text)
    for question, expected in cases:
        answer = engine.answer(question)
        if expected is None:
            assert not answer.answered, (question, answer.text)
        else:
            assert answer.answered and expected in answer.text, (question, answer.text)
