"""Translators between chat platforms and the platform-neutral service in `bot`.

Don't import platform libraries here: each adapter module imports its own, so the
console works without discord.py or slack-bolt being importable.
"""
