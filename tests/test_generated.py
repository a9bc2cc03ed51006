"""The generated package, straight from the spec: wire format, nullability, types."""

from __future__ import annotations

import datetime
import sys
import types
import typing
import uuid

import pytest
from corti_interactions_api.models import (
    InteractionsEncounterPeriod,
    InteractionsEncounterUpdateRequest,
    InteractionsGetResponse,
    InteractionsPatient,
    InteractionsUpdateRequest,
)
from corti_interactions_api.types import UNSET, Unset

from .conftest import INTERACTION_ID, seed_response


def hints(model: type) -> dict[str, typing.Any]:
    # A model's module imports every model its annotations name (models/__init__ is lazy).
    return typing.get_type_hints(model, globalns=vars(sys.modules[model.__module__]))


@pytest.mark.parametrize(
    ("model", "field", "value_type"),
    [
        (InteractionsUpdateRequest, "assigned_user_id", uuid.UUID),
        (InteractionsEncounterUpdateRequest, "title", str),
        (InteractionsEncounterPeriod, "ended_at", datetime.datetime),
        (InteractionsPatient, "name", str),
        (InteractionsPatient, "birth_date", datetime.datetime),
        (InteractionsPatient, "pronouns", str),
        (InteractionsGetResponse, "ended_at", datetime.datetime),
    ],
)
def test_nullable_fields_generate_as_none_value_or_unset(model: type, field: str, value_type: type) -> None:
    hint = hints(model)[field]
    assert isinstance(hint, types.UnionType)
    assert set(typing.get_args(hint)) == {type(None), value_type, Unset}


@pytest.mark.parametrize(
    ("model", "field"),
    [
        (InteractionsEncounterUpdateRequest, "status"),
        (InteractionsEncounterUpdateRequest, "type_"),
        (InteractionsPatient, "gender"),
        (InteractionsEncounterPeriod, "started_at"),
    ],
)
def test_non_nullable_fields_do_not_admit_none(model: type, field: str) -> None:
    assert type(None) not in typing.get_args(hints(model)[field])


def test_request_model_sends_empty_object_and_explicit_null() -> None:
    assert InteractionsUpdateRequest().to_dict() == {}
    assert InteractionsUpdateRequest(assigned_user_id=None).to_dict() == {"assignedUserId": None}
    assert InteractionsUpdateRequest(assigned_user_id=UNSET).to_dict() == {}


def test_seed_example_parses_into_typed_fields() -> None:
    parsed = InteractionsGetResponse.from_dict(seed_response())
    assert parsed.id == uuid.UUID(INTERACTION_ID)
    assert isinstance(parsed.assigned_user_id, uuid.UUID)
    for value in (parsed.created_at, parsed.updated_at, parsed.last_updated, parsed.ended_at):
        assert isinstance(value, datetime.datetime)
        assert value.tzinfo is not None and value.utcoffset() == datetime.timedelta(0)
    assert isinstance(parsed.encounter.period.started_at, datetime.datetime)
    assert isinstance(parsed.patient.birth_date, datetime.datetime)


def test_response_round_trips_through_to_dict() -> None:
    data = seed_response()
    again = InteractionsGetResponse.from_dict(InteractionsGetResponse.from_dict(data).to_dict())
    assert again == InteractionsGetResponse.from_dict(data)
