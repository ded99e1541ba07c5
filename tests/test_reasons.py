"""What gives a reason, which a "why" question asks for."""

from __future__ import annotations

import pytest

from bot.engine.reasons import asks_reason, gives_reason
from bot.text import normalize


@pytest.mark.parametrize(
    ("passage", "gives"),
    [
        ("The studio confirmed the shift Monday, citing a longer effects schedule.", True),
        ("The actor stepped away because of a scheduling conflict.", True),
        ("The studio delayed it after the effects house asked for more time.", True),
        ("Rafe Donnelly left the project in June over creative differences.", True),
        ("It ended the programme in 2007 as the programme was believed to harm them.", True),
        ("Stations use UHF to avoid interference with older ones.", True),
        ("To spare the old pier, only small ferries sail from Ostvik.", True),
        # a purpose "to" of any verb, a role's "as", a time's "after" give no reason
        ("The script was reworked to explain the captain's absence.", False),
        ("Saoirse Kemble joins the cast as Juno Rask.", False),
        ("Kemble was cast in January after a long search.", False),
        ("The sequel opens on October 1, 2027.", False),
    ],
)
def test_a_reason_is_given_by_a_cause_or_a_purpose(passage: str, gives: bool) -> None:
    assert gives_reason(normalize(passage).split()) is gives


def test_why_and_how_come_ask_for_a_reason() -> None:
    assert asks_reason("why did they delay it")
    assert asks_reason("how come she left")
    assert asks_reason("she left what for")
    assert not asks_reason("who left the project")
    assert not asks_reason("how long is the film")
