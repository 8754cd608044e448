"""The variables a template context offers, registered by the stage that builds the context.

A schema is data that lives next to the context it describes (write/ registers the letters' and the
prompts' schemas when its modules load), so templating never imports a stage. ``context_schema`` is
None for a kind nobody registered: then errors keep Jinja's own words and the checker checks syntax only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple


class Schema(NamedTuple):
    """variable -> type, and type -> {attribute -> type}, as written in docs/templates.md."""

    variables: dict[str, str]
    types: dict[str, dict[str, str]]


_SCHEMAS: dict[str, Schema] = {}


def register_schema(kind: str, variables: Mapping[str, object], types: Mapping[str, Mapping[str, str]]) -> Schema:
    """Record the context a kind of template gets; variables map to a type or a (type, ...) tuple."""
    schema = Schema({name: spec[0] if isinstance(spec, tuple) else str(spec) for name, spec in variables.items()},
                    {name: dict(attrs) for name, attrs in types.items()})
    _SCHEMAS[kind] = schema
    return schema


def context_schema(kind: str) -> Schema | None:
    """The registered schema of a kind of template, or None."""
    return _SCHEMAS.get(kind)
