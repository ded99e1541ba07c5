"""Bolt's installation store and OAuth state store over our own store (bot/factstore.py
`Installations`): every worker process finds every workspace's token in the shared database,
and an install started on one worker can finish on another."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from slack_bolt.error import BoltError
from slack_sdk.oauth.installation_store import Bot, Installation
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore

from bot.errors import StoreError
from bot.factstore import Installations
from bot.throttle import LogThrottle, held_note

log = logging.getLogger("adapters.slack_app")

PLATFORM = "slack"
# How long a fan has between opening /slack/install and coming back from Slack's consent
# page: Bolt's default for the state cookie, which must not outlive the state.
STATE_LIFETIME = timedelta(minutes=10)
LOOKUP_FAILED_LOG_INTERVAL = 60.0  # one line a minute while installations can't be read


def workspace_key(
    enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool | None
) -> str:
    """One key per installation target. An org-wide install serves every team of its
    enterprise, so its key has no team (events from any of them carry their own team id)."""
    team = None if is_enterprise_install else team_id
    return f"{enterprise_id or '-'}:{team or '-'}"


class StoreInstallations(AsyncInstallationStore):
    """One record per workspace (its latest install, installer "") and one per installer."""

    def __init__(self, store: Installations) -> None:
        self.store = store
        self._lookup_failed = LogThrottle(LOOKUP_FAILED_LOG_INTERVAL)

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_save(self, installation: Installation) -> None:
        workspace = workspace_key(
            installation.enterprise_id,
            installation.team_id,
            installation.is_enterprise_install,
        )
        # Installation(**vars(it)) rebuilds it: what slack_sdk's own file store does.
        data = json.dumps(vars(installation))
        try:
            await self.store.save_installation(
                platform=PLATFORM, workspace=workspace, installer="", data=data
            )
            if installation.user_id:
                await self.store.save_installation(
                    platform=PLATFORM,
                    workspace=workspace,
                    installer=installation.user_id,
                    data=data,
                )
        except StoreError as exc:
            # Bolt turns a BoltError into its "storage_error" page instead of a traceback.
            raise BoltError(str(exc)) from None

    async def async_find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        workspace = workspace_key(enterprise_id, team_id, is_enterprise_install)
        try:
            data = await self.store.find_installation(
                platform=PLATFORM, workspace=workspace, installer=user_id or ""
            )
        except StoreError as exc:
            # Bolt then answers the request as from a workspace it does not know (Slack
            # retries events); the reason is logged as a sentence, once a minute.
            held = self._lookup_failed.ready()
            if held is not None:
                log.error(
                    "Slack: could not look up the installation of %s: %s%s",
                    workspace,
                    exc,
                    held_note(held),
                )
            return None
        return None if data is None else Installation(**_fields(data))

    async def async_find_bot(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        is_enterprise_install: bool | None = False,
    ) -> Bot | None:
        installation = await self.async_find_installation(
            enterprise_id=enterprise_id,
            team_id=team_id,
            is_enterprise_install=is_enterprise_install,
        )
        if installation is None or installation.bot_token is None:
            return None
        return installation.to_bot()

    async def async_delete_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
    ) -> None:
        # As slack_sdk's stores: without a user, every record of the workspace goes.
        await self.store.delete_installation(
            platform=PLATFORM,
            workspace=workspace_key(enterprise_id, team_id, False),
            installer=user_id,
        )

    async def async_delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await self.store.delete_installation(
            platform=PLATFORM, workspace=workspace_key(enterprise_id, team_id, False), installer=""
        )

    async def async_delete_all(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await self.async_delete_installation(enterprise_id=enterprise_id, team_id=team_id)


def _fields(data: str) -> dict[str, Any]:
    fields = json.loads(data)
    if not isinstance(fields, dict):
        raise StoreError("A stored Slack installation is not a JSON object.")
    return fields


class StoreStates(AsyncOAuthStateStore):
    """Install states signed with SLACK_STATE_SECRET and kept in the store until used once.

    The signature lets a made-up state be refused without a write to the store; the store
    row makes a state single-use across every worker, whichever one issued it.
    """

    def __init__(
        self, store: Installations, secret: str, lifetime: timedelta = STATE_LIFETIME
    ) -> None:
        self.store = store
        self._key = secret.encode()
        self.lifetime = lifetime

    @property
    def logger(self) -> logging.Logger:
        return log

    def _sign(self, nonce: str) -> str:
        return hmac.new(self._key, nonce.encode(), hashlib.sha256).hexdigest()

    async def async_issue(self, *args: Any, **kwargs: Any) -> str:
        nonce = secrets.token_urlsafe(24)
        state = f"{nonce}.{self._sign(nonce)}"
        await self.store.add_oauth_state(state, expires_at=datetime.now(UTC) + self.lifetime)
        return state

    async def async_consume(self, state: str) -> bool:
        nonce, _, signature = state.partition(".")
        if not hmac.compare_digest(
            self._sign(nonce).encode(), signature.encode("utf-8", "replace")
        ):
            return False
        return await self.store.take_oauth_state(state)
