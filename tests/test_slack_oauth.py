"""Installing into many Slack workspaces by OAuth, through the real slack-bolt OAuth flow.

Two "workers" (two services on one SQLite file, each serving the app over real HTTP on
127.0.0.1) and a fake Slack with two workspaces: an install started on one worker finishes
on the other, both installations land in the shared store, and each workspace's events are
answered with that workspace's own bot token, whichever worker receives them.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from http.cookies import SimpleCookie
from typing import Any

import aiohttp
import pytest
from fakes.slack_fake import FakeSlack, Workspace
from slack_events import app_mention, event_callback, signed_json

from adapters.slack_app import EVENTS_PATH, build_app, check_settings, start_http
from adapters.slack_install_store import StoreStates
from adapters.slack_oauth import INSTALL_PATH, REDIRECT_PATH
from adapters.slack_setup import SlackSettings
from bot.config import Secret, Settings
from bot.errors import ConfigError
from bot.service import Service

SIGNING_SECRET = "fake-signing-secret-0123456789"
STATE_SECRET = "state-secret-0123456789abcdef"
CLIENT_SECRET = "sentinel-client-secret-7f3a9c"
FAN = "UFAN00001"
ACME = Workspace("T0ACME", "Acme Fans", "xoxb-sentinel-acme-token", bot_user_id="UBOTACME")
GLOBEX = Workspace("T0GLOBEX", "Globex Film Club", "xoxb-sentinel-globex-token", "UBOTGLOB")
COOKIE = "slack-app-oauth-state"


# Bolt reads SLACK_* variables itself when a value is not given: none are set in these tests.
pytestmark = pytest.mark.usefixtures("no_slack_environment")


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    slack = await FakeSlack(client_secret=CLIENT_SECRET, workspaces=[ACME, GLOBEX]).start()
    try:
        yield slack
    finally:
        await slack.close()


def oauth_settings(fake: FakeSlack) -> SlackSettings:
    return SlackSettings(
        signing_secret=Secret(SIGNING_SECRET),
        api_base_url=fake.api_url,
        client_id=fake.client_id,
        client_secret=Secret(CLIENT_SECRET),
        state_secret=Secret(STATE_SECRET),
    )


@dataclass
class Worker:
    service: Service
    url: str


@pytest.fixture
async def workers(settings: Settings, fake: FakeSlack) -> AsyncIterator[list[Worker]]:
    """Two workers on one store file, as two processes behind a load balancer would be."""
    started: list[Worker] = []
    runners = []
    try:
        for _ in range(2):
            service = await Service.open(settings)
            runner = await start_http(build_app(service, oauth_settings(fake)), "127.0.0.1", 0)
            runners.append(runner)
            started.append(Worker(service, f"http://127.0.0.1:{runner.addresses[0][1]}"))
        # The app's Redirect URL, as configured at api.slack.com, leads to the second worker.
        fake.redirect_url = started[1].url + REDIRECT_PATH
        yield started
    finally:
        for runner in runners:
            await runner.cleanup()
        for worker in started:
            await worker.service.close()


async def install(
    session: aiohttp.ClientSession, fake: FakeSlack, worker: Worker, team: str
) -> tuple[int, str]:
    """A person's browser: the install link, Slack's consent page, back to the redirect URL."""
    async with session.get(f"{worker.url}{INSTALL_PATH}?team={team}", allow_redirects=False) as r:
        assert r.status == 302, await r.text()
        consent = r.headers["Location"]
        # Secure cookies are not sent over plain HTTP by aiohttp's jar: carry it as a browser
        # on https would.
        cookie = SimpleCookie(r.headers["Set-Cookie"])[COOKIE].value
    assert consent.startswith(fake.url + "/oauth/v2/authorize?")
    async with session.get(consent, allow_redirects=False) as r:
        assert r.status == 302
        back = r.headers["Location"]
    async with session.get(back, headers={"Cookie": f"{COOKIE}={cookie}"}) as r:
        return r.status, await r.text()


async def post_event(
    session: aiohttp.ClientSession,
    worker: Worker,
    team: Workspace,
    text: str,
    *,
    event: dict[str, Any] | None = None,
) -> None:
    mention = app_mention(team.team_id, team.bot_user_id, FAN, text)
    body = event_callback(team.team_id, team.bot_user_id, event or mention)
    headers = signed_json(body, SIGNING_SECRET)
    async with session.post(worker.url + EVENTS_PATH, data=body, headers=headers) as r:
        assert r.status == 200, await r.text()


def logged(records: list[logging.LogRecord]) -> str:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return "\n".join(formatter.format(r) for r in records)


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in ("", "adapters", "slack_bolt", "slack_sdk", "franchise-bot", "aiohttp", "bot"):
        caplog.set_level(logging.DEBUG, logger=name or None)
    return caplog


# ----------------------------------------------------------------------------- tests


async def test_two_workspaces_install_and_each_is_answered_with_its_own_token(
    # debug_logs first: Bolt copies the root logger's level into its loggers as the app starts.
    debug_logs: pytest.LogCaptureFixture,
    workers: list[Worker],
    fake: FakeSlack,
) -> None:
    first, second = workers
    async with aiohttp.ClientSession() as session:
        # Started on the first worker, finished on the second (the Redirect URL's).
        status, page = await install(session, fake, first, ACME.team_id)
        assert status == 200
        assert "now installed in Acme Fans" in page
        status, page = await install(session, fake, second, GLOBEX.team_id)
        assert status == 200
        assert "now installed in Globex Film Club" in page

        # Both installations are in the one store, seen from either worker.
        for worker in workers:
            for team in (ACME, GLOBEX):
                saved = await worker.service.store.find_installation(
                    platform="slack", workspace=f"-:{team.team_id}"
                )
                assert saved is not None
                assert json.loads(saved)["bot_token"] == team.bot_token

        # Each workspace's question, on either worker, is answered with its own token.
        for worker, team in [(first, GLOBEX), (second, ACME), (first, ACME), (second, GLOBEX)]:
            await post_event(session, worker, team, "when is MI7 out?")
            posted = await fake.next_call("chat.postMessage")
            assert posted.token == team.bot_token
            assert "2021" in posted.data["text"]

    # Exchanged with the client secret, which no log line shows; nor the workspaces' tokens.
    exchanges = fake.calls_to("oauth.v2.access")
    assert len(exchanges) == 2
    text = logged(debug_logs.records)
    assert "Sending a request" in text  # slack_sdk's DEBUG lines really were captured
    for secret in (CLIENT_SECRET, ACME.bot_token, GLOBEX.bot_token, STATE_SECRET):
        assert secret not in text
    assert "Traceback" not in text


async def test_an_uninstalled_workspace_is_not_answered(
    workers: list[Worker], fake: FakeSlack
) -> None:
    async with aiohttp.ClientSession() as session:
        await install(session, fake, workers[0], ACME.team_id)
        # GLOBEX never installed the app: Bolt refuses the request, nothing is posted.
        await post_event(session, workers[0], GLOBEX, "when is MI7 out?")
        await post_event(session, workers[1], ACME, "when is MI7 out?")
        posted = await fake.next_call("chat.postMessage")
    assert posted.token == ACME.bot_token
    assert len(fake.calls_to("chat.postMessage")) == 1


async def test_uninstalling_deletes_the_workspaces_installation(
    workers: list[Worker], fake: FakeSlack
) -> None:
    store = workers[1].service.store
    async with aiohttp.ClientSession() as session:
        await install(session, fake, workers[0], ACME.team_id)
        await install(session, fake, workers[0], GLOBEX.team_id)
        uninstalled = {"type": "app_uninstalled", "event_ts": f"{time.time():.6f}"}
        await post_event(session, workers[0], ACME, "", event=uninstalled)
        async with asyncio.timeout(10):  # handled after the request was acknowledged
            while await store.find_installation(platform="slack", workspace="-:T0ACME"):
                await asyncio.sleep(0.05)
        # The other workspace is untouched and still answered.
        await post_event(session, workers[1], GLOBEX, "when is MI7 out?")
        assert (await fake.next_call("chat.postMessage")).token == GLOBEX.bot_token
    assert await store.find_installation(platform="slack", workspace="-:T0GLOBEX")


async def test_a_bad_replayed_or_expired_state_gets_a_clear_page(
    workers: list[Worker], fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    worker = workers[1]
    redirect = worker.url + REDIRECT_PATH
    expired = await StoreStates(
        worker.service.store, STATE_SECRET, lifetime=timedelta(seconds=-1)
    ).async_issue()
    forged = "made-up." + "0" * 64
    async with aiohttp.ClientSession() as session:
        # A real install first, then the same redirect again (a replayed link).
        async with session.get(f"{workers[0].url}{INSTALL_PATH}", allow_redirects=False) as r:
            cookie = SimpleCookie(r.headers["Set-Cookie"])[COOKIE].value
            consent = r.headers["Location"]
        async with session.get(consent, allow_redirects=False) as r:
            back = r.headers["Location"]
        async with session.get(back, headers={"Cookie": f"{COOKIE}={cookie}"}) as r:
            assert r.status == 200
        pages = {}
        for name, url, state in [
            ("replayed", back, cookie),
            ("expired", f"{redirect}?code=x&state={expired}", expired),
            ("forged", f"{redirect}?code=x&state={forged}", forged),
            ("other browser", f"{redirect}?code=x&state={expired}", "another"),
            ("cancelled", f"{redirect}?error=access_denied&state={cookie}", cookie),
            ("no state", f"{redirect}?code=x", ""),
            ("hostile error", f"{redirect}?error=%3Cscript%3E", cookie),
        ]:
            async with session.get(url, headers={"Cookie": f"{COOKIE}={state}"}) as r:
                pages[name] = (r.status, await r.text(), r.headers.get("Content-Type", ""))
    for name in ("replayed", "expired", "forged"):
        status, page, kind = pages[name]
        assert status == 401, name
        assert "has expired or was already used" in page, name
        assert "start the installation again" in page
        assert kind.startswith("text/html")
    assert "another browser" in pages["other browser"][1]
    assert "another browser" in pages["no state"][1]
    assert "cancelled in Slack" in pages["cancelled"][1]
    assert "<script>" not in pages["hostile error"][1]
    assert "&lt;script&gt;" in pages["hostile error"][1]
    assert len(fake.calls_to("oauth.v2.access")) == 1  # only the real install's code
    assert "Traceback" not in logged(caplog.records)


async def test_a_refused_code_says_so(workers: list[Worker], fake: FakeSlack) -> None:
    fake.client_secret = "rotated-at-slack"  # the app's secret no longer matches Slack's
    async with aiohttp.ClientSession() as session:
        status, page = await install(session, fake, workers[0], ACME.team_id)
    assert status == 401
    assert "did not accept the authorization code" in page
    assert (
        await workers[0].service.store.find_installation(
            platform="slack", workspace=f"-:{ACME.team_id}"
        )
        is None
    )


def settings_from(**env: str) -> SlackSettings:
    return SlackSettings.from_env({"SLACK_SIGNING_SECRET": SIGNING_SECRET, **env})


OAUTH = {
    "SLACK_CLIENT_ID": "1111.2222",
    "SLACK_CLIENT_SECRET": CLIENT_SECRET,
    "SLACK_STATE_SECRET": STATE_SECRET,
}


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({**OAUTH, "SLACK_CLIENT_ID": ""}, "'SLACK_CLIENT_ID' is missing"),
        ({**OAUTH, "SLACK_CLIENT_SECRET": ""}, "'SLACK_CLIENT_SECRET' is missing"),
        ({**OAUTH, "SLACK_STATE_SECRET": ""}, "'SLACK_STATE_SECRET' must be set"),
        ({**OAUTH, "SLACK_STATE_SECRET": "short"}, "at least 16 characters"),
        ({**OAUTH, "SLACK_BOT_TOKEN": "xoxb-1"}, "unset SLACK_BOT_TOKEN"),
        ({**OAUTH, "SLACK_APP_TOKEN": "xapp-1"}, "unset SLACK_APP_TOKEN"),
        ({**OAUTH, "SLACK_SIGNING_SECRET": ""}, "'SLACK_SIGNING_SECRET' must be set"),
    ],
    ids=["no-id", "no-secret", "no-state", "short-state", "bot-token", "socket", "unsigned"],
)
def test_oauth_settings_are_checked_in_one_sentence(env: dict[str, str], says: str) -> None:
    with pytest.raises(ConfigError) as caught:
        check_settings(settings_from(**env))
    message = str(caught.value)
    assert says in message
    assert message.endswith(".")
    assert CLIENT_SECRET not in message and STATE_SECRET not in message


def test_oauth_settings_are_enough_to_serve_slack() -> None:
    settings = settings_from(**OAUTH)
    assert settings.enabled and settings.oauth
    check_settings(settings)  # no SLACK_BOT_TOKEN needed
    assert CLIENT_SECRET not in repr(settings)
    assert STATE_SECRET not in repr(settings)


async def test_a_store_outage_is_a_sentence_not_a_traceback(
    workers: list[Worker], fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    async with aiohttp.ClientSession() as session:
        await install(session, fake, workers[0], ACME.team_id)
        await workers[1].service.store.close()  # the second worker loses its store
        async with session.get(workers[1].url + INSTALL_PATH, allow_redirects=False) as r:
            assert r.status == 503
            assert "could not reach its database" in await r.text()
        for _ in range(3):
            await post_event(session, workers[1], ACME, "when is MI7 out?")
        await post_event(session, workers[0], ACME, "when is MI7 out?")  # still answered
        assert (await fake.next_call("chat.postMessage")).token == ACME.bot_token
    assert len(fake.calls_to("chat.postMessage")) == 1
    lookups = [r for r in caplog.records if "could not look up the installation" in r.message]
    assert len(lookups) == 1  # one line, not one per event
    assert "Traceback" not in logged(caplog.records)
    assert all(r.exc_info is None for r in caplog.records)
