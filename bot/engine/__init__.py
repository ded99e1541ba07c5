"""The answer engine: question in, sourced Answer (or an honest decline) out.

A package of one idea a module:
- `core`: the `Engine` façade, its index of facts and the ranked-answer path;
- `premise`: reading an uncurated passage against the question before answering from it.
"""

from bot.engine.core import HELP_TEXT, Engine, ParsedQuestion

__all__ = ["HELP_TEXT", "Engine", "ParsedQuestion"]
