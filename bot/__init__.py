"""franchise-bot: answers film-franchise questions from a sourced fact store.

This package is platform-neutral: it never imports discord or slack_bolt.
"""

__version__ = "0.1.0"
