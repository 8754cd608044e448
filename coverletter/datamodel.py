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
    """``@dataclass`` (or ``@dataclass(frozen=True)``) whose methods are not compiled when the class is made.

    The same class as ``@dataclass`` gives (fields, ``__init__`` with defaults, factories and ``__post_init__``,
    the same repr, equality and hash; a frozen model refuses assignment; a model that is not frozen is unhashable
    unless it says otherwise). ``dataclasses`` compiles each method from source when the class is made, about
    0.3 ms a model and 25 ms of an offline letter's start-up for the ninety it imports, most of them built a few
    times a run or never. Here ``__init__`` is one generic function that reads the fields, and a model built
    often (the skills lexicon's thousand entries) gets a compiled one at its ``HOT``-th instance; ``__repr__``,
    ``__eq__`` and ``__hash__`` are compiled when first called."""
    if cls is None:
        return functools.partial(model, frozen=frozen)
    own = cls.__dict__
    explicit_hash = "__hash__" in own and not (own["__hash__"] is None and "__eq__" in own)
    lazy = [name for name in ("__repr__", "__eq__") if name not in own]
    made = _dataclass(cls)
    if "__init__" not in own:
        made.__init__ = _generic_init(made, frozen)  # type: ignore[misc]
    if frozen:
        made.__setattr__, made.__delattr__ = _frozen_methods(made)  # type: ignore[method-assign,assignment]
        if not explicit_hash:
            lazy.append("__hash__")  # a frozen dataclass hashes the fields it compares
    for name in lazy:
        setattr(made, name, _written_on_first_call(made, name, frozen))
    if not frozen and not explicit_hash:
        made.__hash__ = None  # type: ignore[assignment]  # as @dataclass leaves a mutable model
    return made


_SPECIAL = ("ClassVar", "InitVar", "KW_ONLY")  # annotations dataclasses treats apart, read from their text


def _dataclass(cls: type) -> type:
    """``dataclasses.dataclass(cls, init=False, repr=False, eq=False)``, without its look, for each field whose
    annotation is text (all of ours: ``from __future__ import annotations``), at whether the text names
    ClassVar, InitVar or KW_ONLY (a regular expression and module look-ups, a third of a model's making): a
    model whose annotations name none of them is made with stand-in annotations, then given its own back."""
    annotations = cls.__dict__.get("__annotations__")  # noqa: RUF063 - what dataclasses reads
    if not annotations or not all(isinstance(a, str) and not any(w in a for w in _SPECIAL)
                                  for a in annotations.values()):
        return dataclasses.dataclass(cls, init=False, repr=False, eq=False)
    cls.__annotations__ = dict.fromkeys(annotations, object)
    try:
        made = dataclasses.dataclass(cls, init=False, repr=False, eq=False)
    finally:
        cls.__annotations__ = annotations
    for f in made.__dataclass_fields__.values():  # type: ignore[attr-defined]
        if f.name in annotations:
            f.type = annotations[f.name]
    return made


HOT = 64  # instances after which a model's __init__ is the compiled one


def _generic_init(cls: type, frozen: bool) -> Any:
    """An ``__init__`` as ``dataclasses`` writes it (positional, then keyword-only fields; defaults and factories;
    ``__post_init__``), read from the fields instead of compiled."""
    fields = dataclasses.fields(cls)
    wanted = [f for f in fields if f.init]
    positional = [f.name for f in wanted if not f.kw_only]
    unset = [f for f in fields if not f.init]
    post = hasattr(cls, "__post_init__")
    missing, setter = dataclasses.MISSING, object.__setattr__
    calls = 0

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == HOT and type(self) is cls:
            cls.__init__ = _compiled_init(cls, frozen)  # type: ignore[misc]
        if len(args) > len(positional):
            raise TypeError(f"{cls.__name__}.__init__() takes {len(positional) + 1} positional arguments but "
                            f"{len(args) + 1} were given")
        given = dict(zip(positional, args, strict=False))
        for name in kwargs:
            if name in given:
                raise TypeError(f"{cls.__name__}.__init__() got multiple values for argument '{name}'")
        given.update(kwargs)
        for f in wanted:
            if f.name in given:
                value = given.pop(f.name)
            elif f.default is not missing:
                value = f.default
            elif f.default_factory is not missing:
                value = f.default_factory()
            else:
                raise TypeError(f"{cls.__name__}.__init__() missing 1 required argument: '{f.name}'")
            setter(self, f.name, value)
        if given:
            raise TypeError(f"{cls.__name__}.__init__() got an unexpected keyword argument '{next(iter(given))}'")
        for f in unset:
            if f.default is not missing:
                setter(self, f.name, f.default)
            elif f.default_factory is not missing:
                setter(self, f.name, f.default_factory())
        if post:
            self.__post_init__()

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    return __init__


def _compiled_init(cls: type, frozen: bool) -> Any:
    """The ``__init__`` that ``dataclasses`` would compile for cls (the same parameters, defaults, factories,
    assignments and ``__post_init__`` call), compiled alone: making the whole twin dataclass cost ten times more."""
    names: dict[str, Any] = {"__dataclass_missing__": dataclasses.MISSING, "__dataclass_setattr__": object.__setattr__}
    positional: list[str] = []
    keyword: list[str] = []
    body: list[str] = []
    missing = dataclasses.MISSING
    for index, f in enumerate(dataclasses.fields(cls)):
        default, factory = f"__dataclass_default_{index}__", f"__dataclass_factory_{index}__"
        if f.default is not missing:
            names[default] = f.default
        if f.default_factory is not missing:
            names[factory] = f.default_factory
        if f.init:
            if f.default is not missing:
                param, value = f"{f.name}={default}", f.name
            elif f.default_factory is not missing:
                param = f"{f.name}=__dataclass_missing__"
                value = f"{factory}() if {f.name} is __dataclass_missing__ else {f.name}"
            else:
                param, value = f.name, f.name
            (keyword if f.kw_only else positional).append(param)
        elif f.default is not missing:
            value = default
        elif f.default_factory is not missing:
            value = f"{factory}()"
        else:
            continue
        body.append(f"__dataclass_setattr__(__dataclass_self__, {f.name!r}, {value})" if frozen
                    else f"__dataclass_self__.{f.name} = {value}")
    if hasattr(cls, "__post_init__"):
        body.append("__dataclass_self__.__post_init__()")
    params = ", ".join(["__dataclass_self__", *positional, *(["*", *keyword] if keyword else [])])
    source = f"def __init__({params}):\n" + "".join(f"    {line}\n" for line in body or ["pass"])
    exec(source, names)
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def _frozen_methods(cls: type) -> tuple[Any, Any]:
    """``__setattr__`` and ``__delattr__`` of a frozen model, as ``dataclasses`` writes them."""
    names = frozenset(f.name for f in dataclasses.fields(cls))

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


@functools.cache
def _twin(cls: type, frozen: bool) -> type:
    """A dataclass with cls's fields (names, defaults, flags) whose methods ``dataclasses`` has compiled."""
    fields = []
    for f in dataclasses.fields(cls):
        default: dict[str, Any] = {}
        if f.default is not dataclasses.MISSING:
            default["default"] = f.default
        if f.default_factory is not dataclasses.MISSING:
            default["default_factory"] = f.default_factory
        fields.append((f.name, object, dataclasses.field(init=f.init, repr=f.repr, compare=f.compare, hash=f.hash,
                                                          kw_only=f.kw_only, **default)))
    namespace = {"__post_init__": cls.__post_init__} if hasattr(cls, "__post_init__") else None
    twin = dataclasses.make_dataclass(cls.__name__, fields, namespace=namespace, frozen=frozen)
    twin.__qualname__ = cls.__qualname__
    return twin


def _written_on_first_call(cls: type, name: str, frozen: bool) -> Any:
    def method(self: Any, *args: Any) -> Any:
        written = _twin(cls, frozen).__dict__[name]
        written.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, written)
        return written(self, *args)

    method.__name__, method.__qualname__ = name, f"{cls.__qualname__}.{name}"
    return method
