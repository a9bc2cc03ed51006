"""What the generated models say about their fields, read from their attrs fields and hints.

Both the request checks (`_payload`) and the response check (`_response`) are derived from
this, so a spec change reaches them through `make generate` alone.
"""

from __future__ import annotations

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
    json_name: str  # e.g. startedAt
    types: tuple[type, ...]  # the annotation's members: NoneType for nullable, Unset for optional
    required: bool


def _json_name(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def model_fields(model: type) -> tuple[ModelField, ...]:
    """The fields of a generated model, `additional_properties` left out."""
    namespace = {**vars(sys.modules[model.__module__]), **vars(models)}
    hints = typing.get_type_hints(model, globalns=namespace)
    fields = []
    for field in attrs.fields(model):
        if field.name == "additional_properties":
            continue
        hint = hints[field.name]
        members = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        fields.append(ModelField(field.name, _json_name(field.name), members, field.default is attrs.NOTHING))
    return tuple(fields)
