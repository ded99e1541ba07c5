"""The general-English concept groups are one table gathered from several modules."""

from __future__ import annotations

import pytest

from bot.concepts import GENERAL_CONCEPTS, _joined


def test_a_group_named_twice_is_refused_not_replaced() -> None:
    with pytest.raises(ValueError, match="@peak"):
        _joined({"@peak": ["peak", "summit"]}, {"@peak": ["reach", "hit"]})


def test_mountains_and_figures_reached_keep_their_own_groups() -> None:
    assert GENERAL_CONCEPTS.sharing(["summit"], ["peak"]) == {"peak"}
    assert GENERAL_CONCEPTS.sharing(["hit"], ["reach"]) == {"reach"}
    assert GENERAL_CONCEPTS.sharing(["attend"], ["pupil", "draw"]) == {"pupil", "draw"}
