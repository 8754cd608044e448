"""``coverletter config``: the model settings in force and where each came from (the key never shown)."""

from __future__ import annotations

import click

from ..api import config_path, describe_settings, resolve_settings
from .options import echo_json, stdout_console

EPILOG = """\b
Examples:
  coverletter config
  coverletter config --json
  coverletter config --model gpt-4o-mini      # what generate would use with this flag
  coverletter config --path                   # where the config file lives

\b
The config file (<user dir>/config.toml; COVERLETTER_HOME moves the user dir) takes top-level keys:
  model = "gpt-4o-mini"
  base_url = "http://127.0.0.1:11434/v1"
  temperature = 0.4
  seed = 7
  timeout = 60
  max_retries = 2
  model_path = "~/models/my-model.gguf"
  max_prompt_tokens = 6000
  max_tokens = 1200
Order: flag, then environment (OPENAI_API_KEY, OPENAI_BASE_URL, COVERLETTER_MODEL), then the file, then defaults.
"""


@click.command(epilog=EPILOG)
@click.option("--model", help="As for generate: see what this flag would change.")
@click.option("--base-url", help="As for generate.")
@click.option("--api-key", help="As for generate (never printed).")
@click.option("--local", is_flag=True, help="As for generate.")
@click.option("--model-path", help="As for generate.")
@click.option("--offline", is_flag=True, help="As for generate.")
@click.option("--temperature", type=float, help="As for generate.")
@click.option("--seed", type=int, help="As for generate.")
@click.option("--path", "show_path", is_flag=True, help="Print only the config file's path.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def config(model: str | None, base_url: str | None, api_key: str | None, local: bool, model_path: str | None,
           offline: bool, temperature: float | None, seed: int | None, show_path: bool, as_json: bool) -> None:
    """Show the settings in force and where each came from: flag, environment, config file or default.

    The API key is shown only as set or not set, never itself.
    """
    path = config_path()
    if show_path:
        click.echo(str(path))
        return
    settings = resolve_settings(model=model, base_url=base_url, api_key=api_key, local=local,
                                model_path=model_path, offline=offline, temperature=temperature, seed=seed)
    rows = describe_settings(settings)
    if as_json:
        echo_json({
            "config_file": str(path),
            "config_file_exists": path.is_file(),
            "mode": settings.mode,
            "settings": [{"name": name, "value": value, "source": source} for name, value, source in rows],
        })
        return
    from rich.table import Table


    table = Table(title=None, show_lines=False)
    for column in ("setting", "value", "source"):
        table.add_column(column, overflow="fold")
    for name, value, source in rows:
        table.add_row(name, value, source)
    console = stdout_console()
    console.print(table)
    state = "exists" if path.is_file() else "does not exist"
    console.print(f"config file: {path} ({state})", markup=False, highlight=False)
