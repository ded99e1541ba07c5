"""Settings come from an environment mapping; bad values stop with a sentence."""

from pathlib import Path

import pytest

from adapters.discord_setup import DiscordSettings
from adapters.slack_setup import SlackSettings
from bot.config import Settings, shipped_facts_dir
from bot.errors import ConfigError


def test_defaults() -> None:
    settings = Settings.from_env({})
    assert settings.facts_dir == shipped_facts_dir()
    assert (settings.facts_dir / "sources" / "mi7-article.txt").exists()
    assert settings.db_path.name == "franchise-bot.db"
    assert settings.log_days == 30 and settings.rate_limit == 5 and settings.rate_window_s == 30
    assert not DiscordSettings.from_env({}).enabled and not SlackSettings.from_env({}).enabled
    assert SlackSettings.from_env({}).port == 3000


def test_values_from_the_environment(tmp_path: Path) -> None:
    settings = Settings.from_env(
        {
            "FRANCHISE_BOT_FACTS": str(tmp_path),
            "FRANCHISE_BOT_DB": str(tmp_path / "x.db"),
            "FRANCHISE_BOT_LOG_DAYS": "7",
            "DISCORD_TOKEN": "sentinel-discord-token",
            "DISCORD_MODERATOR_ROLE_IDS": "123, 456",
            "SLACK_MODERATOR_IDS": "U123ABC,W999",
            "SLACK_PORT": "3100",
        }
    )
    assert settings.facts_dir == tmp_path and settings.log_days == 7


def test_each_adapter_reads_its_own_settings() -> None:
    env = {
        "DISCORD_TOKEN": "sentinel-discord-token",
        "DISCORD_MODERATOR_ROLE_IDS": "123, 456",
        "SLACK_MODERATOR_IDS": "U123ABC,W999",
        "SLACK_PORT": "3100",
    }
    discord, slack = DiscordSettings.from_env(env), SlackSettings.from_env(env)
    assert discord.moderator_role_ids == {"123", "456"}
    assert slack.moderator_ids == {"U123ABC", "W999"} and slack.port == 3100
    assert discord.token is not None and discord.token.reveal() == "sentinel-discord-token"
    assert not hasattr(Settings.from_env(env), "discord_token")  # the core knows no platform


def test_secrets_never_show_in_repr() -> None:
    env = {"DISCORD_TOKEN": "sentinel-1", "SLACK_BOT_TOKEN": "xoxb-sentinel-2"}
    for settings in (DiscordSettings.from_env(env), SlackSettings.from_env(env)):
        text = repr(settings) + str(settings)
        assert "sentinel" not in text


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"FRANCHISE_BOT_LOG_DAYS": "0"}, "'FRANCHISE_BOT_LOG_DAYS' must be at least 1"),
        ({"SLACK_PORT": "http"}, "'SLACK_PORT' must be a whole number"),
        ({"DISCORD_MODERATOR_ROLE_IDS": "Moderators"}, "must list numeric role IDs"),
        ({"SLACK_MODERATOR_IDS": "alice"}, "Slack user IDs like U123ABC"),
    ],
)
def test_bad_values_are_explained(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Settings.from_env(env)
        DiscordSettings.from_env(env)
        SlackSettings.from_env(env)
