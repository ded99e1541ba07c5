"""A "no" from what an article denies: "did the new Marrowfield open in China?" against
"The film did not open in China"; "did Tessa Quill direct the second one?" against "Quill
directed the first film but not the second"; "is Bram Oduya back?" against a headline
saying he "Bows Out". A negation that says when ("will not open in Japan until March") is
no "no"."""

from __future__ import annotations

import pytest

from bot.engine import Engine, negated
from tests.news_articles import assert_answers, drafted

ARTICLE = """'Marrowfield: Salt Crown' Opens to $71 Million as Bram Oduya Bows Out
Date: 2026-06-08

Kestwick Pictures' "Marrowfield: Salt Crown," the second film in its fantasy series, opened to $71 million domestically this weekend.

The film did not open in China, where a release has not been dated. It will not open in Japan until March.

Tessa Quill directed the first film but not the second, which was made by Corin Vale.

Bram Oduya, who played the king in the first film, will not return for the third.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted(tmp_path_factory.mktemp("denials"), "marrowfield", ARTICLE)[1]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did marrowfield: salt crown open in china", "No: "),
        ("did tessa quill direct the second one?", "No: "),
        ("is bram oduya back for marrowfield: salt crown?", "No: "),
        # "not ... until March" says when it opens there
        ("did marrowfield: salt crown open in japan", None),
    ],
)
def test_a_denial_answers_no(engine: Engine, question: str, expected: str | None) -> None:
    assert_answers(engine, question, expected)


@pytest.mark.parametrize(
    ("passage", "affirmed"),
    [
        ("The film did not open in China.", "The film did open in China."),
        ("It won't open in May.", "It will open in May."),
        ("It will not open in Japan until March.", None),
        ("It opened in May.", None),
    ],
)
def test_a_passage_read_without_its_negation(passage: str, affirmed: str | None) -> None:
    assert negated.affirmed(passage) == affirmed
