"""Events as Slack delivers them to an app over HTTP: the JSON envelope of an event and the
headers that sign it, for tests that post to a running app themselves."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

from fakes.slack_fake import APP_ID
from slack_sdk.signature import SignatureVerifier


def app_mention(team_id: str, bot_user_id: str, user: str, text: str) -> dict[str, Any]:
    """`user` mentioning the bot in #general: `<@bot> text`."""
    ts = f"{time.time():.6f}"
    return {
        "type": "app_mention",
        "user": user,
        "text": f"<@{bot_user_id}> {text}",
        "ts": ts,
        "event_ts": ts,
        "channel": "C0GENERAL",
        "team": team_id,
    }


def event_callback(team_id: str, bot_user_id: str, event: dict[str, Any]) -> str:
    """The body Slack posts for `event` in workspace `team_id`, each with its own event id."""
    return json.dumps(
        {
            "token": "legacy-verification-token",
            "team_id": team_id,
            "api_app_id": APP_ID,
            "type": "event_callback",
            "event_id": f"Ev{uuid.uuid4().hex[:10].upper()}",
            "event_time": int(time.time()),
            "event": event,
            "authorizations": [{"team_id": team_id, "user_id": bot_user_id, "is_bot": True}],
        }
    )


def signed_json(body: str, signing_secret: str) -> dict[str, str]:
    """The headers Slack sends with a JSON `body`: now, and the signature of both."""
    stamp = str(int(time.time()))
    signature = SignatureVerifier(signing_secret).generate_signature(timestamp=stamp, body=body)
    assert signature is not None
    return {
        "Content-Type": "application/json",
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": signature,
    }
