"""Fans' chat: conversations with context, several questions in one message, long
messages and small talk, around the engine. Platform-neutral; nothing is stored."""

from bot.chat.context import ConversationKey, ConversationStore
from bot.chat.conversations import SMALLTALK, ChatPart, ChatReply, Conversations

__all__ = [
    "SMALLTALK",
    "ChatPart",
    "ChatReply",
    "ConversationKey",
    "ConversationStore",
    "Conversations",
]
