"""The answer engine: question in, sourced Answer (or an honest decline) out.

A declared pipeline, one idea a module:
- `parse`: the question as words, typos repaired, entities named, question type;
- `index`: one entry per fact, postings by entity and stem, IDF, the typo speller;
- `score`: a pure score function over (query, index entry) and its `Weights`;
- `handlers`: the ordered handlers that claim a question (or pass), and the yes/no check;
- `premise`: reading an uncurated passage against the question before answering from it;
- `render`: all the prose;
- `engine`: the `Engine` façade over them.
"""

from bot.engine.engine import Engine
from bot.engine.parse import ParsedQuestion
from bot.engine.render import HELP_TEXT
from bot.engine.score import WEIGHTS, Weights

__all__ = ["HELP_TEXT", "WEIGHTS", "Engine", "ParsedQuestion", "Weights"]
