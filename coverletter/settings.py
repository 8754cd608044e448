"""Model settings, resolved in one order: flag > environment > config file > default.

The config file is ``<user_dir>/config.toml`` (``coverletter.paths.user_dir()``: ``$COVERLETTER_HOME`` or
the platform's app folder). Its keys are top-level and spelled like the flags::

    model = "gpt-4o-mini"
    base_url = "http://127.0.0.1:8080/v1"
    api_key = "sk-..."          # better kept in OPENAI_API_KEY
    temperature = 0.4
    seed = 7
    timeout = 60
    max_retries = 2
    model_path = "~/models/qwen2.5-1.5b-instruct-q4_k_m.gguf"   # the GGUF that --local runs
    max_prompt_tokens = 6000
    max_tokens = 1200

Every resolved value remembers where it came from (``Settings.sources``) so ``coverletter config`` can
say so. The API key is never shown: ``describe_settings`` masks it, and ``mask_secret`` removes it from
any text that might reach a user.
"""

from __future__ import annotations

import math
import os
import re
import sys
from dataclasses import field, fields
from pathlib import Path
from typing import Any

from .datamodel import model
from .errors import ConfigError, ParseError
from .files import number_problem, read_text
from .paths import user_dir

CONFIG_NAME = "config.toml"
OPENAI_HOST = "api.openai.com"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"

# field -> environment variable
ENVIRONMENT: dict[str, str] = {
    "api_key": "OPENAI_API_KEY",
    "base_url": "OPENAI_BASE_URL",
    "model": "COVERLETTER_MODEL",
}

# config key -> (python types accepted, what to tell the user)
_CONFIG_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "model": ((str,), "a model name such as \"gpt-4o-mini\""),
    "base_url": ((str,), "a URL such as \"http://127.0.0.1:8080/v1\""),
    "api_key": ((str,), "a string"),
    "temperature": ((int, float), "a number from 0 to 2"),
    "seed": ((int,), "a whole number"),
    "timeout": ((int, float), "a number of seconds"),
    "max_retries": ((int,), "a whole number from 0 to 10"),
    "model_path": ((str,), "the path of a .gguf file"),
    "max_prompt_tokens": ((int,), "a whole number of tokens (at least 500)"),
    "max_tokens": ((int,), "a whole number of tokens (at least 50)"),
}


@model
class Settings:
    """Resolved model settings; ``sources`` maps each field to "flag", "env NAME", "config PATH" or "default"."""
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = None
    temperature: float = 0.4
    seed: int | None = None
    timeout: float = 60.0
    max_retries: int = 2
    local: bool = False
    model_path: str | None = None
    offline: bool = False
    sources: dict[str, str] = field(default_factory=dict)
    max_prompt_tokens: int = 6000
    max_tokens: int | None = None

    @property
    def mode(self) -> str:
        """ "offline" (--offline, or no key, no base URL and not local), "local" (--local) or "llm"."""
        if self.offline:
            return "offline"
        if self.local:
            return "local"
        if not self.api_key and not self.base_url:
            return "offline"
        return "llm"

    @property
    def is_openai(self) -> bool:
        """True when requests go to OpenAI itself (no base URL, or one on api.openai.com)."""
        if self.local:
            return False
        return not self.base_url or OPENAI_HOST in self.base_url

    @property
    def effective_model(self) -> str | None:
        """The model to ask for: the one set, else OpenAI's default model when talking to OpenAI."""
        if self.model:
            return self.model
        return DEFAULT_OPENAI_MODEL if self.is_openai and not self.local else None

    def __repr__(self) -> str:  # never show the key, even in a traceback or a debugger
        key = "set" if self.api_key else None
        return (f"Settings(mode={self.mode!r}, model={self.model!r}, base_url={self.base_url!r}, "
                f"api_key={key!r}, temperature={self.temperature!r}, seed={self.seed!r})")


# setting -> default, for every setting a flag, the environment or the config file can give (Settings' own)
DEFAULTS: dict[str, Any] = {f.name: f.default for f in fields(Settings) if f.name in _CONFIG_TYPES}


def config_path() -> Path:
    """Where the config file lives: ``<user_dir>/config.toml``."""
    return user_dir() / CONFIG_NAME


def _toml_module() -> Any:
    if sys.version_info >= (3, 11):
        import tomllib

        return tomllib
    import tomli  # Python 3.10

    return tomli


def _toml_position(message: str) -> tuple[int | None, int | None]:

    found = re.search(r"line (\d+), column (\d+)", message)
    return (int(found.group(1)), int(found.group(2))) if found else (None, None)


def load_config(path: Path | None = None) -> dict[str, Any]:
    """The config file's settings, checked; {} when there is no file."""
    path = path or config_path()
    if not path.is_file():
        return {}

    text = read_text(path, what="config file")
    toml = _toml_module()
    try:
        data = toml.loads(text)
    except toml.TOMLDecodeError as exc:
        line, column = _toml_position(str(exc))
        reason = str(exc).split(" (at ")[0]
        raise ParseError(f"is not valid TOML: {reason}", path=str(path), line=line, column=column,
                         hint="fix the line, or delete the file") from None
    except (ValueError, RecursionError) as exc:  # a number of more than 4300 digits; arrays nested too deeply
        reason = number_problem(exc) if isinstance(exc, ValueError) else "nested too deeply"
        raise ParseError(f"is not valid TOML: {reason}", path=str(path), hint="fix the value, or delete the file"
                         ) from None
    unknown = sorted(set(data) - set(_CONFIG_TYPES))
    if unknown:
        raise ConfigError(f"unknown setting {unknown[0]!r}", path=str(path),
                          hint=f"known settings: {', '.join(_CONFIG_TYPES)}")
    for key, value in data.items():
        types, what = _CONFIG_TYPES[key]
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**12:
            raise ConfigError(f"{key} is far too large (a number of {value.bit_length()} bits)", path=str(path))
        if isinstance(value, bool) or not isinstance(value, types):
            raise ConfigError(f"{key} must be {what}, not {type(value).__name__} {value!r}"
                              if key != "api_key" else f"{key} must be {what}", path=str(path))
    return data


def _check_values(values: dict[str, Any], sources: dict[str, str]) -> None:
    def fail(name: str, what: str) -> None:
        raise ConfigError(f"{name} {what} (from {sources.get(name, 'default')})")

    temperature = values["temperature"]
    if not (isinstance(temperature, (int, float)) and math.isfinite(temperature) and 0 <= temperature <= 2):
        fail("temperature", f"must be between 0 and 2, not {temperature!r}")
    timeout = values["timeout"]
    if not (isinstance(timeout, (int, float)) and math.isfinite(timeout) and timeout > 0):
        fail("timeout", f"must be a positive number of seconds, not {timeout!r}")
    if not 0 <= values["max_retries"] <= 10:
        fail("max_retries", f"must be from 0 to 10, not {values['max_retries']!r}")
    if values["max_prompt_tokens"] < 500:
        fail("max_prompt_tokens", f"must be at least 500, not {values['max_prompt_tokens']!r}")
    if values["max_tokens"] is not None and values["max_tokens"] < 50:
        fail("max_tokens", f"must be at least 50, not {values['max_tokens']!r}")
    url = values["base_url"]
    if url and not url.startswith(("http://", "https://")):
        fail("base_url", f"must start with http:// or https://, not {url!r}")


def resolve_settings(  # noqa: PLR0913 - one keyword per setting, as the CLI flags give them
    *,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    temperature: float | None = None,
    seed: int | None = None,
    timeout: float | None = None,
    local: bool = False,
    model_path: str | None = None,
    offline: bool = False,
    max_retries: int | None = None,
    config_file: Path | None = None,
) -> Settings:
    """Resolve every setting: flag, then environment, then the config file, then the default.

    ``--model-path`` implies ``--local``. An empty environment variable counts as unset.
    """
    path = config_file or config_path()
    config = load_config(path)
    flags: dict[str, Any] = {
        "model": model, "base_url": base_url, "api_key": api_key, "temperature": temperature, "seed": seed,
        "timeout": timeout, "model_path": model_path, "max_retries": max_retries,
    }
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for name, default in DEFAULTS.items():
        env_name = ENVIRONMENT.get(name)
        env_value = os.environ.get(env_name, "").strip() if env_name else ""
        if flags.get(name) is not None and flags.get(name) != "":
            values[name], sources[name] = flags[name], "flag"
        elif env_value:
            values[name], sources[name] = env_value, f"env {env_name}"
        elif name in config:
            values[name], sources[name] = config[name], f"config {path}"
        else:
            values[name], sources[name] = default, "default"
    if isinstance(values["base_url"], str):
        values["base_url"] = values["base_url"].strip().rstrip("/") or None
    if values["model_path"]:
        values["model_path"] = str(Path(values["model_path"]).expanduser())
    _check_values(values, sources)
    is_local = bool(local or model_path)
    sources["local"] = "flag" if is_local else "default"
    sources["offline"] = "flag" if offline else "default"
    return Settings(
        model=values["model"],
        base_url=values["base_url"],
        api_key=values["api_key"],
        temperature=float(values["temperature"]),
        seed=values["seed"],
        timeout=float(values["timeout"]),
        max_retries=int(values["max_retries"]),
        local=is_local,
        model_path=values["model_path"],
        offline=offline,
        sources=sources,
        max_prompt_tokens=int(values["max_prompt_tokens"]),
        max_tokens=values["max_tokens"],
    )


SECRET_PIECE = 8  # any run of this many characters of the key is masked, wherever it stands


def mask_secret(text: str, secret: str | None) -> str:
    """Text with the secret, and every piece of 8 or more of its characters (a prefix, the middle, the end: a
    server may echo a truncated key), replaced by '***'."""
    if not secret or not text:
        return text
    masker = SecretFilter(secret)
    return masker.feed(text) + masker.flush()


class SecretFilter:
    """Masks a secret in a stream of text pieces, even when a piece of it is split between two pieces.

    ``feed`` gives back what is safe to show so far (holding back the last 7 characters); ``flush`` the rest.
    """

    def __init__(self, secret: str | None) -> None:
        self.width = min(SECRET_PIECE, len(secret or "")) or 0
        self.pieces = {secret[i : i + self.width] for i in range(len(secret) - self.width + 1)} if secret else set()
        self.raw = ""  # text not decided yet; its first character is at self.start in the stream
        self.masked_until = 0  # offset (in self.raw) before which a found piece covers the text
        self.in_mask = False

    def feed(self, text: str) -> str:
        if not self.pieces:
            return text
        self.raw += text
        out: list[str] = []
        decided = 0
        while decided + self.width <= len(self.raw):
            if self.raw[decided : decided + self.width] in self.pieces:
                self.masked_until = decided + self.width
            self._emit(decided, out)
            decided += 1
        self._drop(decided)
        return "".join(out)

    def flush(self) -> str:
        out: list[str] = []
        for index in range(len(self.raw)):
            self._emit(index, out)
        self._drop(len(self.raw))
        return "".join(out)

    def _emit(self, index: int, out: list[str]) -> None:
        if index < self.masked_until:
            if not self.in_mask:
                out.append("***")
            self.in_mask = True
        else:
            out.append(self.raw[index])
            self.in_mask = False

    def _drop(self, count: int) -> None:
        self.raw = self.raw[count:]
        self.masked_until = max(0, self.masked_until - count)


def describe_settings(settings: Settings) -> list[tuple[str, str, str]]:
    """(name, value as shown, source) for each setting; the key is shown as set or not, never itself."""
    def show(value: Any) -> str:
        return "(not set)" if value is None or value == "" else str(value)

    src = settings.sources
    model = settings.effective_model
    model_shown = show(settings.model)
    if not settings.model and model:
        model_shown = f"{model} (built-in default for OpenAI)"
    elif not settings.model and settings.mode == "local":
        model_shown = "the GGUF's own name (local)"
    rows = [
        ("mode", settings.mode, _mode_reason(settings)),
        ("model", model_shown, src.get("model", "default")),
        ("base_url", show(settings.base_url) if settings.base_url or settings.mode != "llm"
         else "https://api.openai.com/v1 (OpenAI)", src.get("base_url", "default")),
        ("api_key", "set (hidden)" if settings.api_key else "(not set)", src.get("api_key", "default")),
        ("temperature", str(settings.temperature), src.get("temperature", "default")),
        ("seed", show(settings.seed), src.get("seed", "default")),
        ("timeout", f"{settings.timeout:g} s", src.get("timeout", "default")),
        ("max_retries", str(settings.max_retries), src.get("max_retries", "default")),
        ("model_path", show(settings.model_path), src.get("model_path", "default")),
        ("max_prompt_tokens", str(settings.max_prompt_tokens), src.get("max_prompt_tokens", "default")),
        ("max_tokens", show(settings.max_tokens) if settings.max_tokens else "(from the word band)",
         src.get("max_tokens", "default")),
    ]
    return [(name, mask_secret(value, settings.api_key), source) for name, value, source in rows]


def _mode_reason(settings: Settings) -> str:
    if settings.offline:
        return "flag --offline"
    if settings.local:
        return "flag --local or --model-path"
    if settings.mode == "offline":
        return "no API key and no base URL"
    return "API key or base URL set"
