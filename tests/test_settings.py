"""Settings: flag > environment > config file > default, with the source of each value; the key never shown."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from coverletter.cli.config import config as config_command
from coverletter.errors import ConfigError, ParseError
from coverletter.settings import config_path, describe_settings, mask_secret, resolve_settings

CANARY = "sk-canary-0a1b2c3d4e5f60718293a4b5c6d7e8f9"


def _write_config(text: str) -> str:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_defaults_and_offline_mode_without_key_or_url():
    settings = resolve_settings()
    assert settings.mode == "offline"
    assert settings.model is None and settings.api_key is None and settings.base_url is None
    assert settings.temperature == 0.4 and settings.seed is None and settings.max_retries == 2
    assert set(settings.sources.values()) == {"default"}


def test_order_is_flag_then_environment_then_config_then_default(monkeypatch, isolated_user_dir):
    path = _write_config('model = "from-config"\nbase_url = "http://127.0.0.1:9/v1"\ntemperature = 0.9\n'
                         "seed = 11\n")
    monkeypatch.setenv("COVERLETTER_MODEL", "from-env")
    settings = resolve_settings()
    assert (settings.model, settings.sources["model"]) == ("from-env", "env COVERLETTER_MODEL")
    assert (settings.base_url, settings.sources["base_url"]) == ("http://127.0.0.1:9/v1", f"config {path}")
    assert (settings.temperature, settings.seed) == (0.9, 11)
    assert settings.sources["timeout"] == "default"
    assert settings.mode == "llm"  # a base URL alone is enough: local servers take no key

    flagged = resolve_settings(model="from-flag", temperature=0, seed=1)
    assert (flagged.model, flagged.sources["model"]) == ("from-flag", "flag")
    assert (flagged.temperature, flagged.sources["temperature"]) == (0.0, "flag")
    assert flagged.seed == 1


def test_environment_key_and_url(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", CANARY)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:8080/v1/")
    settings = resolve_settings()
    assert settings.api_key == CANARY and settings.sources["api_key"] == "env OPENAI_API_KEY"
    assert settings.base_url == "http://127.0.0.1:8080/v1"  # trailing slash dropped
    assert settings.mode == "llm" and not settings.is_openai
    assert resolve_settings(api_key="sk-flag").sources["api_key"] == "flag"
    monkeypatch.setenv("OPENAI_API_KEY", "")
    monkeypatch.delenv("OPENAI_BASE_URL")
    assert resolve_settings().mode == "offline"  # an empty variable counts as unset


def test_modes():
    assert resolve_settings(api_key="k").mode == "llm"
    assert resolve_settings(api_key="k").effective_model == "gpt-4o-mini"
    assert resolve_settings(api_key="k", offline=True).mode == "offline"
    assert resolve_settings(local=True).mode == "local"
    local = resolve_settings(model_path="~/m.gguf")
    assert local.mode == "local" and local.model_path.endswith("/m.gguf") and "~" not in local.model_path
    assert resolve_settings(base_url="http://127.0.0.1:1/v1").effective_model is None


@pytest.mark.parametrize(
    ("text", "error", "words"),
    [
        ("model = \n", ParseError, "config.toml:1:9: is not valid TOML"),
        ('modle = "x"\n', ConfigError, "unknown setting 'modle'"),
        ('temperature = "hot"\n', ConfigError, "temperature must be a number"),
        ("temperature = 5\n", ConfigError, "temperature must be between 0 and 2"),
        ("seed = true\n", ConfigError, "seed must be a whole number"),
        ('base_url = "localhost:8080"\n', ConfigError, "must start with http://"),
        ("max_retries = 99\n", ConfigError, "max_retries must be from 0 to 10"),
    ],
)
def test_bad_config_files_are_one_clear_error(text, error, words):
    _write_config(text)
    with pytest.raises(error) as caught:
        resolve_settings()
    assert words in str(caught.value) and "\n" not in str(caught.value)


def test_api_key_of_wrong_type_does_not_echo_its_value():
    _write_config("api_key = 12345678901234567\n")
    with pytest.raises(ConfigError) as caught:
        resolve_settings()
    assert "12345678901234567" not in str(caught.value)


def test_describe_masks_the_key(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", CANARY)
    settings = resolve_settings()
    rows = {name: (value, source) for name, value, source in describe_settings(settings)}
    assert rows["api_key"] == ("set (hidden)", "env OPENAI_API_KEY")
    assert rows["mode"][0] == "llm"
    assert rows["model"][0].startswith("gpt-4o-mini")
    assert CANARY not in repr(settings) and CANARY not in str(describe_settings(settings))


def test_mask_secret_removes_whole_and_partial_echoes():
    text = f"bad key {CANARY} and again {CANARY[4:-4]}"
    masked = mask_secret(text, CANARY)
    assert CANARY not in masked and CANARY[4:-4] not in masked and masked.startswith("bad key ***")
    assert mask_secret("nothing here", None) == "nothing here"


def test_config_command_shows_sources_and_never_the_key(monkeypatch):
    path = _write_config('model = "llama3.2"\n')
    monkeypatch.setenv("OPENAI_API_KEY", CANARY)
    runner = CliRunner()
    shown = runner.invoke(config_command, ["--base-url", "http://127.0.0.1:11434/v1"])
    assert shown.exit_code == 0, shown.output
    assert "llama3.2" in shown.output and "env OPENAI_API_KEY" in shown.output
    assert CANARY not in shown.output
    as_json = runner.invoke(config_command, ["--json"])
    data = __import__("json").loads(as_json.output)
    rows = {row["name"]: row for row in data["settings"]}
    assert rows["model"]["source"] == f"config {path}" and data["config_file_exists"] is True
    assert rows["api_key"]["value"] == "set (hidden)" and CANARY not in as_json.output
    assert runner.invoke(config_command, ["--path"]).output.strip() == path
