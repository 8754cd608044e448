"""The models' helpers: ``datamodel.model``, a dataclass whose repr, equality and hash are written on first use."""

from __future__ import annotations

import dataclasses

from coverletter.datamodel import model


def test_models_write_repr_and_eq_as_dataclass_does() -> None:
    """``datamodel.model`` is ``@dataclass`` with its repr and equality compiled on first use: the same text,
    the same answers (a subclass, a field left out of both, recursion), and unhashable like a dataclass."""
    def make(decorate: object) -> tuple[type, type]:
        class Base:
            """A model."""

            x: int
            items: list = dataclasses.field(default_factory=list)
            note: str = dataclasses.field(default="", repr=False, compare=False)

        base = decorate(Base)  # type: ignore[operator]

        class Child(base):  # type: ignore[valid-type, misc]
            """A child model."""

            y: int = 0

        return base, decorate(Child)  # type: ignore[operator]

    (ours, our_child), (theirs, their_child) = make(model), make(dataclasses.dataclass)
    loop, their_loop = ours(1), theirs(1)
    loop.items.append(loop)
    their_loop.items.append(their_loop)
    cases = [(ours(1, [2], "a"), theirs(1, [2], "a")), (our_child(1, y=3), their_child(1, y=3)), (loop, their_loop)]
    for mine, reference in cases:
        assert repr(mine) == repr(reference)
    assert ours(1, [2], "a") == ours(1, [2], "b") and ours(1) != ours(2) and ours(1) != our_child(1)
    assert (ours(1) == theirs(1)) is False and ours.__hash__ is None is theirs.__hash__
    assert dataclasses.fields(our_child) == dataclasses.fields(our_child)
    assert [f.name for f in dataclasses.fields(our_child)] == [f.name for f in dataclasses.fields(their_child)]


def test_frozen_models_hash_and_refuse_changes_as_dataclass_does() -> None:
    def make(decorate: object) -> type:
        class Point:
            """A frozen model."""

            x: int
            y: int = 0
            label: str = dataclasses.field(default="", compare=False)

        return decorate(Point)  # type: ignore[operator, no-any-return]

    ours, theirs = make(model(frozen=True)), make(dataclasses.dataclass(frozen=True))
    assert repr(ours(1, 2, "a")) == repr(theirs(1, 2, "a"))
    assert hash(ours(1, 2, "a")) == hash(theirs(1, 2, "b")) == hash((1, 2))
    assert ours(1, 2, "a") == ours(1, 2, "b") and len({ours(1), ours(1), ours(2)}) == 2
    point = ours(1)
    for change in (lambda: setattr(point, "x", 5), lambda: delattr(point, "y")):
        try:
            change()
        except dataclasses.FrozenInstanceError:
            continue
        raise AssertionError("a frozen model was changed")


def test_a_model_builds_and_refuses_as_a_dataclass_does_before_and_after_its_init_is_compiled() -> None:
    """model's generic __init__ (no compile at class creation) and the compiled one a model gets at its HOT-th
    instance behave alike: defaults, factories, keyword-only fields, __post_init__, the errors, frozen models."""
    import dataclasses
    from dataclasses import field

    import pytest

    from coverletter.datamodel import HOT, model

    @model(frozen=True)
    class Point:
        x: int
        y: int = 0
        tags: list[str] = field(default_factory=list)
        label: str = field(default="", kw_only=True)

        def __post_init__(self) -> None:
            if self.x < 0:
                raise ValueError("x")

    for n in range(HOT + 2):  # the first HOT - 1 by the generic __init__, the rest by the compiled one
        p = Point(n, 2, label="a")
        assert (p.x, p.y, p.tags, p.label) == (n, 2, [], "a")
        assert Point(n) == Point(x=n)
        assert Point(n).tags is not Point(n).tags
        with pytest.raises(TypeError):
            Point()
        with pytest.raises(TypeError):
            Point(1, 2, 3, 4)
        with pytest.raises(TypeError):
            Point(1, x=1)
        with pytest.raises(TypeError):
            Point(1, colour="red")
        with pytest.raises(ValueError):
            Point(-1)
        with pytest.raises(dataclasses.FrozenInstanceError):
            p.x = 3  # type: ignore[misc]
    assert Point.__init__.__code__.co_filename != model.__code__.co_filename  # the compiled one took over
    assert dataclasses.replace(Point(1, 2), y=5) == Point(1, 5)
    assert repr(Point(1)) == "test_a_model_builds_and_refuses_as_a_dataclass_does_before_and_after_its_init_is_" \
        "compiled.<locals>.Point(x=1, y=0, tags=[], label='')"
