"""A model's repr names only the fields that are set, as Stainless models print, instead of
a `<...Unset object at 0x...>` per field left out (the template's `__repr__`)."""

from __future__ import annotations

import pickle

import pytest
from corti_interactions import ErrorResponse, InteractionsPatient
from corti_interactions_api import models

from .conftest import seed_response


def test_only_the_fields_that_are_set_are_printed() -> None:
    assert repr(InteractionsPatient(identifier="p-1")) == "InteractionsPatient(identifier='p-1')"
    body = ErrorResponse.from_dict({"type": "A0007", "trace": "t-1"})
    assert repr(body) == "ErrorResponse(type_='A0007', additional_properties={'trace': 't-1'})"
    assert "Unset" not in repr(models.InteractionsGetResponse.from_dict(seed_response()))


def test_none_is_set_and_printed() -> None:
    assert (
        repr(models.InteractionsEncounterUpdateRequest(title=None))
        == "InteractionsEncounterUpdateRequest(title=None)"
    )


def _optional_only() -> list[str]:
    """The models that can be built with no field at all (no enum, no required field)."""
    names = []
    for name in models.__all__:
        cls = getattr(models, name)
        try:
            cls.from_dict({})
        except (AttributeError, KeyError, TypeError):
            continue
        names.append(name)
    return names


OPTIONAL_ONLY = _optional_only()


def test_the_empty_models_are_found() -> None:
    assert "InteractionsEncounterUpdateRequest" in OPTIONAL_ONLY and len(OPTIONAL_ONLY) >= 10


@pytest.mark.parametrize("name", OPTIONAL_ONLY)
def test_no_model_prints_unset_even_after_pickling(name: str) -> None:
    empty = getattr(models, name).from_dict({})
    assert repr(empty) == f"{name}()"
    assert repr(pickle.loads(pickle.dumps(empty))) == f"{name}()"  # noqa: S301 - our own bytes
