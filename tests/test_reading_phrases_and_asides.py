"""Phrases, asides and recastings a passage answers in other words than the question's:

- "when was the statue put up" is answered by "was erected in 1911", "why did he step
  away" by "he was stepping back ... for health reasons", "which company bought up the
  claims" by "X acquired the principal claims";
- "routed the main rebel army" defeated it, and "bearing some 3,000 signatures" tells how
  many signed;
- "X, also known as the Y Rebellion, was an armed uprising" gives another name for the
  uprising, though the uprising is said after the aside;
- "X, who played the king, will not return; the role has been recast with Y" tells who
  will play the king now.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.news_articles import assert_answers, drafted
from tests.premise_reading import read


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        # phrases of a verb and its particle
        (
            "when was the statue of Ada Berg put up",
            "A statue of Ada Berg was erected in the square in 1911.",
            True,
        ),
        (
            "why did Ada Berg step away from large productions",
            "Berg is stepping back from large productions for health reasons.",
            True,
        ),
        (
            "which company bought up the mining claims in 1907",
            "The Skerry Mining Company acquired the principal claims in 1907.",
            True,
        ),
        (
            "which company bought up the mining claims in 1907",
            "The Skerry Mining Company surveyed the principal claims in 1907.",
            False,
        ),
        # a production budget is the budget; a chain of cinemas is said by its cinemas
        (
            "what was the production cost of the cricket comedy",
            'Much of the gain came from "Skerry Green," a low-budget comedy about a village '
            "cricket club that cost roughly $22 million to make.",
            True,
        ),
        (
            "what was the production budget of the cricket comedy",
            'Much of the gain came from "Skerry Green," a comedy about a village cricket club '
            "that took $22 million.",
            False,
        ),
        (
            "how many screens does the Skerry Cinemas chain run",
            "Skerry Cinemas, which operates 212 screens, called the delay disappointing.",
            True,
        ),
        # "carried out" is "performed"; "expected to" and "reportedly" only hedge
        (
            "which surgeon performed the region's first kidney transplant",
            "In 1968 the surgeon Ada Berg carried out the first kidney transplant in the region.",
            True,
        ),
        (
            "when is filming now expected to start",
            "A spokesperson said that principal photography had been pushed back to February 2026.",
            True,
        ),
        (
            "what did each episode reportedly cost",
            "Each episode of the series cost about $2.4 million.",
            True,
        ),
        # "whose tomb lies in the chapel" tells where she is buried; "due to come out"
        # asks when it comes out, "due to illness" a cause
        (
            "where is Ada Berg buried",
            "The east end was rebuilt under Abbess Ada Berg, whose tomb lies in the Lady Chapel.",
            True,
        ),
        (
            "when is the Skerry sequel now due to come out",
            "The Skerry sequel has been moved from March 2025 to October 2025.",
            True,
        ),
        # "local" says only what the article's place has; a price paid is the sum paid
        (
            "how many gallantry medals have the local lifeboat crews received",
            "The lifeboat station is one of the oldest on the coast; its crews have been "
            "awarded fourteen medals for gallantry.",
            True,
        ),
        (
            "what price did Ada Berg pay for the old music hall",
            "In 1956 Ada Berg bought a bankrupt music hall in Skerry for £2,400.",
            True,
        ),
        (
            "what price did Ada Berg pay for the old music hall",
            "In 1956 Ada Berg bought a bankrupt music hall in Skerry.",
            False,
        ),
        # words the lemmatizer reads as another's
        (
            "at which battle was the rebel army defeated",
            "At the Battle of Skerry Moor, the infantry routed the rebel army.",
            True,
        ),
        (
            "how many people signed the petition",
            "A petition bearing some 3,000 signatures was presented in 1742.",
            True,
        ),
    ],
)
def test_a_phrase_is_answered_in_other_words(question: str, passage: str, answers: bool) -> None:
    assert read(question, passage, {"ada", "berg"})[0] is answers


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        (
            "what other name is the uprising known by",
            "The Salt Rising, also known as the Skerry Rebellion, was an armed uprising in 1743.",
            True,
        ),
        # the name given is the asked thing's own, not another for it
        (
            "what other name is the uprising known by",
            "The rebels, known as the Skerry Uprising, marched in 1743.",
            False,
        ),
        # the aside names the thing, but the sentence says it is something else
        (
            "what other name is the uprising known by",
            "The Salt Rising, also known as the Skerry Rebellion, was a tax on salt.",
            False,
        ),
    ],
)
def test_another_name_in_an_aside_names_what_the_sentence_then_says(
    question: str, passage: str, answers: bool
) -> None:
    assert read(question, passage, set())[0] is answers


@pytest.mark.parametrize(
    ("passage", "answers"),
    [
        (
            "Ada Berg, who played the exiled king Aurel in both films, will not return for the "
            "third; the role has been recast with the Irish actor Tomas Lind.",
            True,
        ),
        # who played the part before is no answer for who will play it
        (
            "Ada Berg, who played the exiled king Aurel in both films, will not return.",
            False,
        ),
    ],
)
def test_a_recast_part_is_played_by_whom_it_was_recast_with(passage: str, answers: bool) -> None:
    assert read("which actor will now play king aurel", passage, {"aurel"})[0] is answers


def test_a_coauthor_is_told_by_a_pair_of_names() -> None:
    question = "who co-wrote the script with Ada Berg"
    assert read(question, "The script was written by Ada Berg and Tomas Lind.", {"ada", "berg"})[0]
    assert read(question, "The script was written by Tomas Lind and Ada Berg.", {"ada", "berg"})[0]
    # a film she wrote alone, and another written by a pair, tell no co-writer of hers
    alone = "Ada Berg wrote the script; Tomas Lind and Mary Holt directed it."
    assert not read(question, alone, {"ada", "berg"})[0]


SKERRY = """Date: 2025-03-14

Skerry Pictures has chosen Tomas Lind as the new Kestrel Vane, the studio said on Thursday. \
Lind, 34, will play the spy in "Vane: Cold Harbour", which starts shooting in May. His \
predecessor, Ada Berg, played the role in five films between 2010 and 2022 and confirmed last \
spring that she would not return.
"""


def test_a_yes_no_question_asks_of_the_player_not_the_part_played(tmp_path: Path) -> None:
    _, engine = drafted(tmp_path, "skerry", SKERRY)
    assert_answers(engine, "Is Berg coming back to play Vane again?", "No:")
    assert_answers(engine, "Is Lind playing Kestrel Vane?", "Yes")


@pytest.mark.parametrize(
    ("passage", "answers"),
    [
        ("Ada Berg will be behind the camera for the new film.", True),
        # a studio behind a film made it; it directs nothing
        (
            "Skerry Pictures, the animation studio behind the 2019 hit Salt Moon, has revealed "
            "the voice cast of its new film.",
            False,
        ),
    ],
)
def test_behind_a_film_directs_it_unless_a_company_is(passage: str, answers: bool) -> None:
    assert read("who is directing the new film", passage, set())[0] is answers


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        (
            "which documentary won the grand jury prize",
            "The Silver Gull, the festival's grand jury prize, went to Tidewater, a documentary "
            "by Ada Berg.",
            True,
        ),
        (
            "which documentary received the grand jury prize",
            "The grand jury prize went to Tidewater, a documentary by Ada Berg.",
            True,
        ),
        # going somewhere wins nothing, nor does earning money win an award
        (
            "which documentary won the grand jury prize",
            "The grand jury went to Skerry to see Tidewater, a documentary by Ada Berg.",
            False,
        ),
        ("did Tidewater win any awards", "Tidewater earned $289 million worldwide.", False),
    ],
)
def test_a_prize_that_went_to_a_film_was_won_by_it(
    question: str, passage: str, answers: bool
) -> None:
    assert read(question, passage, {"tidewater"})[0] is answers


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        # other words for the same act
        (
            "how many episodes has the studio commissioned for the series",
            "Eight episodes of the series have been ordered by the studio.",
            True,
        ),
        (
            "how many episodes has the studio commissioned for the series",
            "Eight episodes of the series have been written by the studio.",
            False,
        ),
        (
            "near which constellation was the comet first seen",
            "In 1894 Ada Berg spotted a faint comet near the constellation of Cassiopeia.",
            True,
        ),
        (
            "near which constellation was the comet first seen",
            "In 1894 Ada Berg named a faint comet after the constellation of Cassiopeia.",
            False,
        ),
        (
            "which group owns the Skerry yard",
            "Since 1998 the Skerry yard has been a subsidiary of the Norwegian group Skarvik "
            "Maritime.",
            True,
        ),
        (
            "which studio announced the follow-up film",
            "Skerry Pictures confirmed on Tuesday that a follow-up film will begin shooting "
            "in September.",
            True,
        ),
        (
            "which studio announced the follow-up film",
            "Skerry Pictures denied on Tuesday that a follow-up film will begin shooting in "
            "September.",
            False,
        ),
        (
            "how many films does Skerry Pictures intend to release next year",
            "Skerry Pictures told shareholders that it plans to release nine films next year.",
            True,
        ),
        (
            "how many films does Skerry Pictures intend to release next year",
            "Skerry Pictures told shareholders that it released nine films last year.",
            False,
        ),
        # an aside's reason is the asked one's when the question describes whom it is of
        (
            "why did the pop singer pull out of the part",
            "The part was offered to the pop singer Ada Berg, who accepted it in May but "
            "withdrew in October because of a scheduling conflict.",
            True,
        ),
        (
            "why did Skerry Tomlin pull out of the part",
            "Skerry Tomlin replaced the pop singer Ada Berg, who withdrew in October because "
            "of a scheduling conflict.",
            False,
        ),
        # "her students" attended what she taught at; she herself was "a student at" it
        (
            "which art school did she attend",
            "From 1962 she taught photography at the Skerry College of Art, where her students "
            "included Tomas Reed.",
            False,
        ),
        (
            "which art school did she attend",
            "From 1952 she was a student at the Skerry College of Art, where she learned "
            "photography.",
            True,
        ),
        # a price in cents is a sum of money
        (
            "what was the price of the very first issue",
            "Its first issue appeared on April 14, 1838, priced at six cents.",
            True,
        ),
        (
            "what was the price of the very first issue",
            "Its first issue appeared on April 14, 1838, with six pages.",
            False,
        ),
        # "said to cost" is what it costs, by report; "set for" a date is planned for it
        (
            "roughly how much is the next film said to cost",
            "The next film's budget is reported to be around $210 million.",
            True,
        ),
        (
            "what premiere date is the film currently set for",
            "In January the studio pushed the film's premiere back to 20 March 2026.",
            True,
        ),
    ],
)
def test_an_act_is_said_in_other_words(question: str, passage: str, answers: bool) -> None:
    assert read(question, passage, {"skerry"})[0] is answers
