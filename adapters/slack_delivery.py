"""Delivering a neutral `Reply` to Slack: through a slash command's or button's `respond`,
or as a message (in a thread, a DM, or only to the asker) through the Web API client."""

from __future__ import annotations

from slack_bolt.async_app import AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack_blocks import render_blocks
from bot.replies import Reply


async def respond_with(
    respond: AsyncRespond, reply: Reply, *, replace_original: bool | None = None
) -> None:
    if reply.silent:
        return
    text, blocks = render_blocks(reply)
    await respond(
        text=text,
        blocks=blocks,
        response_type="ephemeral" if reply.private else "in_channel",
        replace_original=replace_original,
    )


async def post_reply(
    client: AsyncWebClient,
    reply: Reply,
    *,
    channel: str,
    user_id: str,
    thread_ts: str | None,
    is_dm: bool,
) -> None:
    if reply.silent or not channel:
        return
    text, blocks = render_blocks(reply)
    if reply.private and not is_dm and user_id:
        await client.chat_postEphemeral(
            channel=channel, user=user_id, text=text, blocks=blocks, thread_ts=thread_ts
        )
        return
    await client.chat_postMessage(
        channel=channel, text=text, blocks=blocks, thread_ts=thread_ts, unfurl_links=False
    )
