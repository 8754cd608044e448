"""Small helpers shared by the dataclass models: dict conversion with JSON names and extra keys kept."""

from __future__ import annotations

import dataclasses
import functools
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


@functools.cache
def _hints_and_names(cls: type) -> tuple[dict[str, Any], frozenset[str]]:
    """A model's resolved field types and its field names (once per class: resolving the types is slow)."""
    return typing.get_type_hints(cls), frozenset(f.name for f in dataclasses.fields(cls))


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build dataclass cls from a JSON-shaped dict (camelCase keys); unknown keys go to its ``extra``."""
    hints, names = _hints_and_names(cls)
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


def model(cls: type[T] | None = None, /, *, frozen: bool = False) -> Any:
    """``@dataclass`` (or ``@dataclass(frozen=True)``), with ``__repr__``, ``__eq__`` and a frozen model's
    ``__hash__`` written when first called.

    The same class as ``@dataclass`` gives (fields, ``__init__``, the same repr, equality and hash; a model that
    is not frozen is unhashable unless it says otherwise), but the methods a run seldom calls are not compiled
    when the class is made: compiling them for every model costs an offline letter about 15 ms at start-up."""
    if cls is None:
        return functools.partial(model, frozen=frozen)
    own = cls.__dict__
    explicit_hash = "__hash__" in own and not (own["__hash__"] is None and "__eq__" in own)
    lazy = [name for name in ("__repr__", "__eq__") if name not in own]
    made = dataclasses.dataclass(cls, repr=False, eq=False, frozen=frozen)
    if frozen and not explicit_hash:
        lazy.append("__hash__")  # a frozen dataclass hashes the fields it compares
    for name in lazy:
        setattr(made, name, _written_on_first_call(made, name, frozen))
    if not frozen and not explicit_hash:
        made.__hash__ = None  # type: ignore[assignment]  # as @dataclass leaves a mutable model
    return made


def _written_on_first_call(cls: type, name: str, frozen: bool) -> Any:
    def method(self: Any, *args: Any) -> Any:
        fields = [(f.name, object, dataclasses.field(repr=f.repr, compare=f.compare, hash=f.hash))
                  for f in dataclasses.fields(cls)]
        twin = dataclasses.make_dataclass(cls.__name__, fields, init=False, frozen=frozen)
        twin.__qualname__ = cls.__qualname__
        written = twin.__dict__[name]
        written.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, written)
        return written(self, *args)

    method.__name__, method.__qualname__ = name, f"{cls.__qualname__}.{name}"
    return method
