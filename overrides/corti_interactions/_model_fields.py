"""What the generated models say about their fields: names, JSON names, types, required.

Read from the models themselves (attrs fields, type hints, and the `_json_names` table the
project's model template emits), so the request checks (`_payload`), the response check
(`_response`) and the command line (`_cli`) follow the spec through `make generate` alone.
"""

from __future__ import annotations

import functools
import sys
import types
import typing
from dataclasses import dataclass

import attrs
from corti_interactions_api import models

__all__ = ["ModelField", "model_fields"]


@dataclass(frozen=True, slots=True)
class ModelField:
    """One field of a generated model."""

    name: str  # Python name, e.g. started_at
    json_name: str  # the spec's name, e.g. startedAt
    types: tuple[object, ...]  # the annotation's members: NoneType if nullable, Unset if optional
    required: bool


@functools.cache
def model_fields(model: type) -> tuple[ModelField, ...]:
    """The fields of a generated model, `additional_properties` left out (read once per model)."""
    namespace = {**vars(sys.modules[model.__module__]), **vars(models)}
    hints = typing.get_type_hints(model, globalns=namespace)
    json_names: dict[str, str] = getattr(model, "_json_names", {})
    fields = []
    for field in attrs.fields(model):
        if field.name == "additional_properties":
            continue
        hint = hints[field.name]
        members = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        fields.append(ModelField(field.name, json_names[field.name], members, field.default is attrs.NOTHING))
    return tuple(fields)
