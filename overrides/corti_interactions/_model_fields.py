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
from typing import TypeGuard

__all__ = ["ModelField", "is_model", "model_fields"]


@dataclass(frozen=True)
class ModelField:
    """One field of a generated model (frozen: `model_fields` hands every caller the same ones)."""

    name: str  # Python name, e.g. started_at
    json_name: str  # the spec's name, e.g. startedAt
    types: tuple[object, ...]  # the annotation's members: NoneType if nullable, Unset if optional
    required: bool


def is_model(kind: object) -> TypeGuard[type]:
    """Whether `kind` is a generated model class (an attrs class)."""
    # attrs is imported here and in model_fields, not with this module: the models need it
    # anyway, and `import corti_interactions` loads no model (see the generated models/__init__).
    import attrs

    return isinstance(kind, type) and attrs.has(kind)


@functools.cache
def model_fields(model: type) -> tuple[ModelField, ...]:
    """The fields of a generated model, `additional_properties` left out (read once per model)."""
    import attrs

    hints = typing.get_type_hints(model, globalns=vars(sys.modules[model.__module__]))
    json_names: dict[str, str] = getattr(model, "_json_names", {})
    fields = []
    for field in (f for f in attrs.fields(model) if f.name != "additional_properties"):
        hint = hints[field.name]
        members = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        fields.append(ModelField(field.name, json_names[field.name], members, field.default is attrs.NOTHING))
    return tuple(fields)
