"""The ``coverletter`` command: a thin click shell over the library API.

Each subcommand lives in its own module and is imported only when it runs, so ``coverletter --help``
stays fast (it imports neither openai nor docx). Every CoverLetterError becomes one line on stderr and
its exit code; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import gc
import importlib
import sys

import click

from .. import __version__, regex_cache
from ..errors import CoverLetterError

# name -> (module, attribute, one-line help shown by --help without importing the module)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "generate": ("coverletter.cli.generate", "generate", "Write a cover letter for PROFILE and JOB."),
    "profile": ("coverletter.cli.profile", "profile", "Show what was understood of a profile; validate it."),
    "job": ("coverletter.cli.job", "job", "Show what was understood of a job posting."),
    "match": ("coverletter.cli.match", "match", "Match a profile to a posting: evidence, coverage, gaps."),
    "check": ("coverletter.cli.check", "check", "Check a letter's claims against the profile and posting."),
    "batch": ("coverletter.cli.batch", "batch", "Write a letter for each of many postings, resumably."),
    "stories": ("coverletter.cli.stories", "stories", "Check a story bank against the profile."),
    "templates": ("coverletter.cli.templates", "templates", "List, show, copy and check templates."),
    "config": ("coverletter.cli.config", "config", "Show the settings in force and where each came from."),
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attr, _ = COMMANDS[cmd_name]
        command = getattr(importlib.import_module(module), attr)
        if Startup.collector_paused:  # see main: what the command imported lives as long as the process
            Startup.collector_paused = False
            gc.freeze()  # so no later collection walks it again
            gc.enable()
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


class DebugState:
    """Whether --debug was given, for the error handler."""

    debug = False


class Startup:
    """Whether main paused the garbage collector while the command is imported."""

    collector_paused = False


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="coverletter")
@click.option("--debug", is_flag=True, help="Show the full traceback of an error.")
def cli(debug: bool) -> None:
    """Write a cover letter tailored to one job, from your CV as data and the job posting.

    \b
    Example:
      coverletter generate examples/profile.json examples/posting.txt -o letter.docx
    """
    DebugState.debug = debug


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and turn a CoverLetterError into one line and an exit code.

    As the program's entry point (no ``argv``: the ``coverletter`` script, ``python -m coverletter``), importing
    the command builds some 35,000 objects (modules, classes, functions) that live as long as the process; the
    garbage collector, which would walk them again and again and once more at exit (about 20 ms of an offline
    letter's CPU), is paused until the command is imported, then freezes them (``gc.freeze``) and runs as usual.
    A caller that passes ``argv`` (a test, a host program) keeps its collector as it was."""
    if argv is None and gc.isenabled():
        gc.disable()
        Startup.collector_paused = True
    try:
        _main(sys.argv[1:] if argv is None else argv)
    finally:
        if Startup.collector_paused:  # no command was imported (--help, a usage error)
            Startup.collector_paused = False
            gc.enable()


def _main(args: list[str]) -> None:
    """Run the command line; a user's mistake is one line on stderr and an exit code."""
    regex_cache.install()
    DebugState.debug = False  # set by the group's --debug option once click has parsed it
    try:
        code = cli.main(args=args, prog_name="coverletter", standalone_mode=False)
    except CoverLetterError as error:
        if DebugState.debug:
            raise
        click.echo(f"Error: {error}", err=True)
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    if isinstance(code, int) and code:
        sys.exit(code)
