"""Small helpers shared by the dataclass models: dict conversion with JSON names and extra keys kept."""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from typing import Any, TypeVar

T = TypeVar("T")
_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def to_snake(name: str) -> str:
    """startDate -> start_date."""
    return _CAMEL.sub("_", name).lower()


def to_camel(name: str) -> str:
    """start_date -> startDate."""
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _inner_types(hint: Any) -> tuple[Any, ...]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return tuple(a for a in typing.get_args(hint) if a is not type(None))
    return (hint,)


def _convert(hint: Any, value: Any) -> Any:
    for inner in _inner_types(hint):
        origin = typing.get_origin(inner)
        if origin is list and isinstance(value, list):
            (item,) = typing.get_args(inner) or (Any,)
            return [_convert(item, v) for v in value]
        if dataclasses.is_dataclass(inner) and isinstance(value, dict):
            return from_dict(inner, value)
    return value


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build dataclass cls from a JSON-shaped dict (camelCase keys); unknown keys go to its ``extra``."""
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        name = to_snake(key)
        if name in names and name != "extra":
            kwargs[name] = _convert(hints[name], value)
        else:
            extra[key] = value
    if "extra" in names:
        kwargs["extra"] = extra
    return cls(**kwargs)


def to_dict(obj: Any, *, camel: bool = True, drop_empty: bool = True) -> Any:
    """A dataclass (or list of them) as plain JSON data; ``extra`` keys are merged back in."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if f.name == "extra":
                continue
            value = to_dict(value, camel=camel, drop_empty=drop_empty)
            if drop_empty and value in (None, "", [], {}):
                continue
            out[to_camel(f.name) if camel else f.name] = value
        out.update(getattr(obj, "extra", None) or {})
        return out
    if isinstance(obj, list):
        return [to_dict(v, camel=camel, drop_empty=drop_empty) for v in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v, camel=camel, drop_empty=drop_empty) for k, v in obj.items()}
    return obj


def model(cls: type[T]) -> type[T]:
    """``@dataclass``, with ``__repr__`` and ``__eq__`` written when first called.

    The same class as ``@dataclass`` gives (fields, ``__init__``, an unhashable instance unless the class says
    otherwise, a repr and an equality of the same text), but the two methods a run seldom calls are not compiled
    when the class is made: compiling them for every model costs an offline letter about 10 ms at start-up."""
    own = cls.__dict__
    explicit_hash = "__hash__" in own and not (own["__hash__"] is None and "__eq__" in own)
    lazy = [name for name in ("__repr__", "__eq__") if name not in own]
    made = dataclasses.dataclass(cls, repr=False, eq=False)
    for name in lazy:
        setattr(made, name, _written_on_first_call(made, name))
    if not explicit_hash:
        made.__hash__ = None  # type: ignore[assignment]  # as @dataclass (eq, not frozen) leaves it
    return made


def _written_on_first_call(cls: type, name: str) -> Any:
    def method(self: Any, *args: Any) -> Any:
        twin = dataclasses.make_dataclass(
            cls.__name__,
            [(f.name, object, dataclasses.field(repr=f.repr, compare=f.compare)) for f in dataclasses.fields(cls)],
            init=False)
        twin.__qualname__ = cls.__qualname__
        written = twin.__dict__[name]
        setattr(cls, name, written)
        return written(self, *args)

    method.__name__, method.__qualname__ = name, f"{cls.__qualname__}.{name}"
    return method
