"""Who holds a part, a post or a job, and whose act or measure a sentence tells:

- a part "originally played by X, who withdrew" or "played by X in 2022, has been recast"
  is no longer X's: the next sentence's replacement answers who plays it now; "X, who
  played Marnie's sister" did not play Marnie; "the producers of Rosedale Live" name the
  show, not a producer; "a creative decision, not a personal one" denies nothing;
- "an analyst at X" works for X, "the studio behind the series" makes it, duties "handed
  to" someone are taken over, and one who "is now directing it, declined to comment" still
  directs it;
- a biography's bracketed dates tell no birthplace, but they are its subject's;
  "It is about 80 kilometres long" is its subject's length, "at its peak" its busiest,
  and a college "absorbed" the school it took over; "which two cities" needs two places.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import figureholders, gone, namekinds
from bot.engine.premise import asked
from bot.text import normalize
from tests.news_articles import assert_answers, drafted
from tests.premise_reading import read

MUSICAL = """date 2025-05-20

The producers of Rosedale Live, the stage spin-off of the Rosedale film musicals, have \
defended their decision to replace the show's leading lady.

Imelda Farndale, the stage show's lead producer, said the recasting had been "a creative \
decision, not a personal one". The musical will run at the Lastingham Playhouse from \
September.

Corinne Helmsley, who played Marnie's older sister in the second film, had been announced \
as the new lead last year. Petra Coxwold, who played Marnie in all three films, turned \
down an offer to join the stage show.

The villain, Baron Skell, was originally played by Dorian Rievaulx, who withdrew in March \
citing a clash with a West End stage production. He was replaced by the actor Tobin \
Slingsby.

The role of the sea captain Harl Moss, played by Anton Hawnby in 2022, has been recast. \
Hawnby left the production last spring and was replaced by Felix Bilsdale.

In April the role of Queen Maud was recast when Carla Farndale, the Scottish actress cast \
last year, withdrew because of a scheduling conflict.

Her day-to-day duties have been handed to Marta Nunnington, the company's head of \
production.

"Musicals are the safest bet in the West End," said Olwen Ampleforth, a theatre analyst at \
Coxwold Ridge Securities.

Helmsley Pictures, the studio behind the Rosedale series, has put money into the show.

Bruno Lastingham, who directed the original film and is now directing the stage version, \
declined to comment.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is the lead producer of the stage show?", "Imelda Farndale"),
        # the show the producers make is no producer
        ("Who is the lead producer of the stage musical?", None),
        ("In which theatre will the musical run?", "Lastingham Playhouse"),
        ("Which actress played Marnie in the films?", "Petra Coxwold"),
        ("Which actor plays Baron Skell now?", "Tobin Slingsby"),
        ("Who took over the role of Harl Moss?", "Felix Bilsdale"),
        ("Who has taken over her day-to-day responsibilities?", "Marta Nunnington"),
        ("Which firm does the analyst Olwen Ampleforth work for?", "Coxwold Ridge Securities"),
        ("Which studio makes the Rosedale films?", "Helmsley Pictures"),
        ("Who is directing the stage version?", "Bruno Lastingham"),
    ],
)
def test_who_holds_a_part_a_post_or_a_job(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    _, engine = drafted(tmp_path, "rosedale-live", MUSICAL)
    assert_answers(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # the villain's first player, who withdrew, and a place, are no one playing him now
        (
            "Which actor plays Baron Skell now?",
            "The villain, Baron Skell, was originally played by Dorian Rievaulx, who withdrew "
            "in March citing a clash with a West End stage production.",
        ),
        # a part's player before it was recast has not taken it over
        (
            "Who took over the role of Harl Moss?",
            "The role of the sea captain Harl Moss, played by Anton Hawnby in 2022, has been "
            "recast.",
        ),
        # one who played Marnie's sister did not play Marnie
        (
            "Which actress played Marnie in the films?",
            "Corinne Helmsley, who played Marnie's older sister in the second film, had been "
            "announced as the new lead last year.",
        ),
        # one film's town of "Eldermere" is not two cities
        (
            "In which two cities is the animation being made?",
            "Farndale Pictures, the animation studio behind the 2019 hit Paper Moon, has "
            "revealed the cast of its next feature, The Lantern of Eldermere Reach.",
        ),
    ],
)
def test_no_one_holding_it_now_is_named(question: str, passage: str) -> None:
    named = {"baron", "skell", "harl", "moss"}
    assert read(question, passage, named) == (False, "no_answer")


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "Which firm does the analyst Olwen Ampleforth work for?",
            '"Musicals are the safest bet," said Olwen Ampleforth, a theatre analyst at '
            "Coxwold Ridge Securities.",
        ),
        (
            "Which studio makes the Rosedale films?",
            "Helmsley Pictures, the studio behind the Rosedale series, has put money into "
            "the show.",
        ),
    ],
)
def test_a_job_at_a_body_is_work_for_it_and_a_body_behind_a_work_makes_it(
    question: str, passage: str
) -> None:
    assert read(question, passage, {"olwen", "ampleforth", "rosedale"}) == (True, "")


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # a sale tells who owns the thing since
        (
            "Which company owned the pier from 1996?",
            "The council sold the pier to Bilsdale Leisure Ltd in 1996.",
        ),
        # a sponsor is a backer
        (
            "Which festival is losing its main backer?",
            "The Hawnby Film Festival will lose its principal sponsor after this year's "
            "edition, organisers confirmed on Monday.",
        ),
        # what is handed over is passed on, and a walkout is a strike
        (
            "To whom did he pass the studio in 1888?",
            "In 1888 he handed the studio over to his nephew, Walter Hawnby.",
        ),
        (
            "How long did the 1959 walkout last?",
            "A strike over piece rates in 1959 lasted eleven weeks.",
        ),
    ],
)
def test_other_words_for_an_owner_a_backer_a_handover_and_a_strike(
    question: str, passage: str
) -> None:
    assert read(question, passage, set()) == (True, "")


def test_a_theatre_is_asked_for_by_its_kind(tmp_path: Path) -> None:
    _, engine = drafted(tmp_path, "rosedale-live", MUSICAL)
    text = "In which theatre will the musical run?"
    question = asked(normalize(text).split(), "what", set(), text)
    # no one's name answers which theatre; the playhouse's does
    actress = "Petra Coxwold, who played Marnie in all three films, turned down the show."
    assert namekinds.names_none(question, actress, engine.index)
    venue = "The musical will run at the Lastingham Playhouse from September."
    assert not namekinds.names_none(question, venue, engine.index)


def test_a_recast_part_is_no_one_replacing_its_player(tmp_path: Path) -> None:
    entities, engine = drafted(tmp_path, "rosedale-live", MUSICAL)
    assert entities["Queen Maud"]["kind"] == "person"  # as drafted; a part all the same
    text = "Who was chosen to replace Carla Farndale?"
    question = asked(normalize(text).split(), "who", {"carla", "farndale"}, text)
    recast = "In April the role of Queen Maud was recast when Carla Farndale withdrew."
    assert namekinds.names_none(question, recast, engine.index)


def test_a_contrast_denies_no_one() -> None:
    passage = (
        "Imelda Farndale, the stage show's lead producer, said the recasting had been "
        '"a creative decision, not a personal one".'
    )
    assert gone.denied({"imelda", "farndale"}, passage) == set()


NOVELIST = """date 2020-11-05

Hilda Rosedale (née Farne; 14 March 1931 – 2 September 2004) was an English novelist known \
for family sagas set in the fictional Yorkshire town of Helmsby.

Rosedale was born in the mill town of Coxwold Bridge, the younger of two daughters of a \
schoolmaster.
"""


def test_bracketed_dates_tell_no_birthplace_but_are_their_subject_s() -> None:
    lede = NOVELIST.split("\n\n")[1]
    # the town the sagas are set in is no birthplace: only the dates tell of her birth
    assert read("In which town was she born?", lede, set())[0] is False
    # ... and the semicolon in the brackets parts no clauses: the dates are Rosedale's
    text = "When was Rosedale born?"
    question = asked(normalize(text).split(), "when", {"rosedale"}, text)
    assert not figureholders.figure_of_another_clause(question, lede)


RIVER = """date 2017-08-11

The River Farndale is a river in the county of Bilsdaleshire. It is about 80 kilometres \
(50 mi) long and drains a catchment of roughly 900 square kilometres, which makes it the \
longest river lying wholly within the county.

At its peak, in 1910, the Hawnby colliery beside the river employed 1,260 men and boys.

In 2004 Slingsby College absorbed the Nunnington School of Nursing, which had until then \
been independent.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How long is the River Farndale?", "80 kilometres"),
        ("How many workers did the Hawnby colliery employ at its busiest?", "1,260"),
        ("What institution did Slingsby College take over in 2004?", "Nunnington School"),
    ],
)
def test_whose_measure_and_act_a_sentence_tells(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    _, engine = drafted(tmp_path, "river-farndale", RIVER)
    assert_answers(engine, question, expected)
