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


@pytest.mark.parametrize("name", models.__all__)
def test_no_model_prints_unset_even_after_pickling(name: str) -> None:
    cls = getattr(models, name)
    if not hasattr(cls, "from_dict"):
        pytest.skip("an enum")
    try:
        empty = cls.from_dict({})
    except (KeyError, TypeError):
        pytest.skip("has required fields")
    assert repr(empty) == f"{name}()"
    assert repr(pickle.loads(pickle.dumps(empty))) == f"{name}()"  # noqa: S301 - our own bytes
