"""Limits on what a template may do while it renders, so that no template can hang or exhaust memory.

The sandbox (``LimitedSandbox``) counts every call (macros, methods, filters) and every loop step against a
budget per render; caps ``range()``, string and list repetition, ``**`` and ``%`` formatting; and checks the
size of every string or list a call, a filter or ``~`` gives. Going over a limit raises ``TemplateLimit``
(a Jinja ``SecurityError``), which the renderer turns into a TemplateError with file and line.
"""

from __future__ import annotations

import contextlib
import contextvars
import math
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

MAX_STEPS = 20_000  # calls and loop steps in one render (the bundled templates use under 100)
MAX_RANGE = 10_000  # items of one range()
MAX_TEXT = 1_000_000  # characters of any one string, items of any one list, characters of a render's output
MAX_POWER_BITS = 4_096  # bits of the result of a ** b
LOOP_GUARD = "__coverletter_loop__"
CONCAT_GUARD = "__coverletter_concat__"


class TemplateLimit(SecurityError):
    """A template went over one of the render limits."""


class _Budget:
    def __init__(self) -> None:
        self.steps = 0

    def spend(self, count: int = 1) -> None:
        self.steps += count
        if self.steps > MAX_STEPS:
            raise TemplateLimit(f"more than {MAX_STEPS:,} calls and loop steps in one render "
                                "(a loop or a macro that runs away)")


_BUDGET: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar("coverletter_template_budget",
                                                                         default=None)


def _budget() -> _Budget:
    budget = _BUDGET.get()
    if budget is None:  # a render outside ``render_budget`` still has limits
        budget = _Budget()
        _BUDGET.set(budget)
    return budget


@contextlib.contextmanager
def render_budget() -> Iterator[None]:
    """A fresh budget of calls and loop steps for one render."""
    token = _BUDGET.set(_Budget())
    try:
        yield
    finally:
        _BUDGET.reset(token)


def _sized(value: Any) -> Any:
    """value, unless it is a string or a list longer than MAX_TEXT."""
    if isinstance(value, (str, list, tuple, bytes)) and len(value) > MAX_TEXT:
        raise TemplateLimit(f"a value longer than {MAX_TEXT:,} characters or items")
    return value


def _loop(iterable: Iterable[Any]) -> Iterator[Any]:
    """Every loop's iterable: each step is paid for from the render's budget."""
    budget = _budget()
    for item in iterable:
        budget.spend()
        yield item


def _range(*args: int) -> range:
    values = range(*args)
    try:
        too_long = len(values) > MAX_RANGE
    except OverflowError:
        too_long = True
    if too_long:
        raise TemplateLimit(f"range() of more than {MAX_RANGE:,} items")
    return values


def _length(value: Any) -> int | None:
    return len(value) if isinstance(value, (str, list, tuple)) else None


def _repeat(left: Any, right: Any) -> Any:
    for seq, count in ((left, right), (right, left)):
        size = _length(seq)
        if size is not None and isinstance(count, int) and size * max(count, 0) > MAX_TEXT:
            raise TemplateLimit(f"a repetition longer than {MAX_TEXT:,} characters or items")
    return left * right


def _power(left: Any, right: Any) -> Any:
    if isinstance(left, int) and isinstance(right, int) and abs(left) > 1 and right > 0:
        bits = right * math.log2(abs(left))
        if bits > MAX_POWER_BITS:
            raise TemplateLimit(f"a power larger than 2**{MAX_POWER_BITS}")
    return left**right


def _format(left: Any, right: Any) -> Any:
    return _sized(left % right)


def _add(left: Any, right: Any) -> Any:
    return _sized(left + right)


# Functions whose int arguments are sizes: a width, a count of paragraphs or of lines (checked before the call)
_SIZED_BY_ARGUMENTS = {"center", "indent", "wordwrap", "truncate", "batch", "slice", "format", "lipsum",
                       "generate_lorem_ipsum", "ljust", "rjust", "zfill", "expandtabs"}


def _check_arguments(function: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuse a size argument over MAX_RANGE for the functions that build text that long."""
    name = str(getattr(function, "__name__", "")).removeprefix("do_")
    if name not in _SIZED_BY_ARGUMENTS:
        return
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_RANGE:
            raise TemplateLimit(f"{name}() with a size over {MAX_RANGE:,}")


def _guard_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _budget().spend()
        _check_arguments(function, args, kwargs)
        return _sized(function(*args, **kwargs))

    for attr in ("jinja_pass_arg", "__name__", "__doc__"):
        if hasattr(function, attr):
            with contextlib.suppress(AttributeError, TypeError):
                setattr(guarded, attr, getattr(function, attr))
    return guarded


class LimitedSandbox(SandboxedEnvironment):
    """Jinja's sandbox with the render limits above."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.globals["range"] = _range
        self.globals[LOOP_GUARD] = _loop
        self.globals[CONCAT_GUARD] = _sized
        self.binop_table.update({"*": _repeat, "**": _power, "%": _format, "+": _add})

    def guard_filters(self) -> None:
        """Wrap every filter (Jinja's and the project's) with the limits; call after adding filters."""
        for name, function in list(self.filters.items()):
            if getattr(function, "__wrapped_limits__", False):
                continue
            guarded = _guard_filter(function)
            guarded.__wrapped_limits__ = True  # type: ignore[attr-defined]
            self.filters[name] = guarded

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _budget().spend()
        _check_arguments(__obj, args, kwargs)
        return _sized(super().call(__context, __obj, *args, **kwargs))

    def _generate(self, source: nodes.Template, name: str | None, filename: str | None,
                  defer_init: bool = False) -> str:
        """Compile with every loop's iterable and every ``~`` routed through the guards (``parse`` still
        gives the template as written, for ``templates check``)."""
        return super()._generate(_guarded(source), name, filename, defer_init)


def _guarded(tree: nodes.Template) -> nodes.Template:
    """The tree with every loop's iterable and every ``~`` routed through the guards."""
    for loop in list(tree.find_all(nodes.For)):
        loop.iter = nodes.Call(nodes.Name(LOOP_GUARD, "load"), [loop.iter], [], None, None, lineno=loop.lineno)
    for concat in list(tree.find_all(nodes.Concat)):
        inner = nodes.Concat(concat.nodes, lineno=concat.lineno)
        concat.nodes = [nodes.Call(nodes.Name(CONCAT_GUARD, "load"), [inner], [], None, None, lineno=concat.lineno)]
    return tree


def limited_output(chunks: Iterable[str]) -> str:
    """A render's output from its chunks, stopped once it passes MAX_TEXT characters."""
    parts: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_TEXT:
            raise TemplateLimit(f"output longer than {MAX_TEXT:,} characters")
        parts.append(chunk)
    return "".join(parts)
