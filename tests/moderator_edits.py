"""Fact files a test adds to its private copy of the test facts, as a moderator would.
Several test files add the same one, so that they stay the same fact everywhere."""

from __future__ import annotations

SOURCE_LINE = 'source = "mi7-article.txt"\n'  # the source the test facts quote

# A fact the test facts lack, on a topic no test fact has: an interview.
PEGG_CONAN_ENTRY = """
[[fact]]
id = "pegg-conan-show"
topic = "interview"
about = ["simon-pegg", "conan-obrien"]
answer = "Simon Pegg was a guest of Conan O'Brien."
quote = "Pegg told Conan O'Brien."
questions = ["Which talk show was Simon Pegg a guest on?"]
"""
PEGG_CONAN_FILE = SOURCE_LINE + PEGG_CONAN_ENTRY

# A new fact about MI7 itself, quoting a passage the source has.
VENICE_FILE = (
    SOURCE_LINE
    + """
[[fact]]
id = "mi7-venice"
topic = "filming_location"
about = ["mi7"]
answer = "Mission: Impossible 7 filmed in Venice."
quote = "Mission: Impossible 7 for a while now"
questions = ["Did MI7 film in Venice?"]
"""
)
