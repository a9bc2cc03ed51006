"""200 answers: parsed into the generated model, robust to what Corti adds later."""

from __future__ import annotations

import datetime
import uuid

import httpx
import pytest
from corti_interactions import (
    APIResponseValidationError,
    ErrorResponse,
    InteractionsEncounterStatusEnum,
    InteractionsGenderEnum,
    InteractionsGetResponse,
)
from corti_interactions._response import _wrong_type, parse_model
from corti_interactions_api.models import InteractionsListResponse

from .conftest import INTERACTION_ID, Harness, seed_response


def test_seed_response_parses_into_typed_fields(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness()
    result = harness.update(INTERACTION_ID)
    assert isinstance(result, InteractionsGetResponse)
    assert result.id == uuid.UUID(INTERACTION_ID)
    assert result.created_at == datetime.datetime(2023, 11, 7, 5, 31, 56, tzinfo=datetime.UTC)
    assert result.encounter.status is InteractionsEncounterStatusEnum.PLANNED
    assert result.patient.gender is InteractionsGenderEnum.MALE
    assert result.to_dict()["websocketUrl"] == seed_response()["websocketUrl"]


def test_unknown_enum_values_and_extra_fields_do_not_fail(make_harness) -> None:  # type: ignore[no-untyped-def]
    data = seed_response()
    data["encounter"]["status"] = "triaged"
    data["encounter"]["type"] = "telehealth"
    data["patient"]["gender"] = "non-binary"
    data["newTopLevel"] = {"nested": [1, 2]}
    data["encounter"]["extra"] = "kept"
    harness: Harness = make_harness(httpx.Response(200, json=data))
    result = harness.update(INTERACTION_ID)
    assert result.encounter.status == "triaged"
    assert result.encounter.type_ == "telehealth"
    assert result.patient.gender == "non-binary"
    assert result.additional_properties == {"newTopLevel": {"nested": [1, 2]}}
    assert result.encounter.additional_properties == {"extra": "kept"}
    assert result.to_dict()["newTopLevel"] == {"nested": [1, 2]}


def test_optional_and_null_fields(make_harness) -> None:  # type: ignore[no-untyped-def]
    data = seed_response()
    del data["endedAt"]
    data["encounter"]["title"] = None
    data["patient"]["name"] = None
    harness: Harness = make_harness(httpx.Response(200, json=data))
    result = harness.update(INTERACTION_ID)
    assert result.encounter.title is None
    assert result.patient.name is None
    assert "endedAt" not in result.to_dict()


WRONG_TYPES = {  # JSON path -> a value the generated from_dict would pass through unchecked
    "websocketUrl": 5,
    "endedAt": "yesterday",  # a nullable date-time: an unparseable string passes through
    "encounter.period.endedAt": 7,
    "encounter.identifier": {"a": 1},
    "encounter.status": 5,
    "encounter.title": ["x"],
    "patient.identifier": None,
    "patient.name": [1],
    "patient.gender": False,
    "patient.pronouns": 1.5,
}


def broken(mutate: str) -> bytes:
    data = seed_response()
    if mutate in WRONG_TYPES:
        *parents, last = mutate.split(".")
        node = data
        for key in parents:
            node = node[key]
        node[last] = WRONG_TYPES[mutate]
    elif mutate == "missing id":
        del data["id"]
    elif mutate == "bad uuid":
        data["id"] = "nope"
    elif mutate == "bad date":
        data["createdAt"] = "yesterday"
    elif mutate == "encounter not object":
        data["encounter"] = "x"
    elif mutate == "number id":
        data["id"] = 5
    import json

    return json.dumps(data).encode()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"not json at all", "body is not JSON"),
        (b'{"id": "trunc', "body is not JSON"),
        (b"\xff\xfe\x00", "body is not JSON"),
        (b"[1, 2]", "body is a JSON array, not an object"),
        (b"null", "body is a JSON null"),
        (b"", "body is not JSON"),
        (broken("missing id"), "missing required field 'id'"),
        (broken("bad uuid"), "wrong type or format"),
        (broken("bad date"), "wrong type or format"),
        (broken("encounter not object"), "wrong type or format"),
        (broken("number id"), "wrong type or format"),
        *((broken(path), f"'{path}' has the wrong type") for path in WRONG_TYPES),
    ],
)
def test_malformed_200_is_a_validation_error(make_harness, content: bytes, reason: str) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(httpx.Response(200, content=content))
    with pytest.raises(APIResponseValidationError, match=reason) as info:
        harness.update(INTERACTION_ID)
    assert info.value.status_code == 200
    assert isinstance(info.value.body, str)
    assert len(harness.service.requests) == 1  # not retried


def test_a_malformed_200_after_retries_says_how_many_attempts(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(httpx.Response(503), httpx.Response(200, content=b"not json"))
    with pytest.raises(APIResponseValidationError) as info:
        harness.update(INTERACTION_ID)
    assert info.value.attempts == 2
    assert str(info.value).endswith("(after 2 attempts)")


def test_the_type_check_handles_list_fields() -> None:
    """`list[...]` annotations are checked as lists (ErrorResponse.validationErrors has one)."""
    body = {"requestid": "r", "status": 400, "type": "A0003", "detail": "d", "validationErrors": [{"a": "b"}]}
    assert _wrong_type(ErrorResponse.from_dict(body)) is None
    broken = ErrorResponse.from_dict(body)
    broken.validation_errors = "x"  # type: ignore[assignment]
    assert _wrong_type(broken) == "validationErrors"


def test_the_type_check_looks_inside_each_list_item() -> None:
    good = seed_response()
    bad = seed_response()
    bad["encounter"]["status"] = 5
    request = httpx.Request("GET", "https://api.eu.corti.app/v2/interactions/")
    page = parse_model(
        httpx.Response(200, json={"interactions": [good]}, request=request), InteractionsListResponse
    )
    assert [item.encounter.status for item in page.interactions] == [InteractionsEncounterStatusEnum.PLANNED]
    answer = httpx.Response(200, json={"interactions": [good, bad]}, request=request)
    with pytest.raises(
        APIResponseValidationError, match=r"'interactions\[1\].encounter.status' has the wrong type"
    ):
        parse_model(answer, InteractionsListResponse)


def test_the_type_check_of_a_list_field_left_out_or_with_a_stray_item() -> None:
    body = {"requestid": "r", "status": 400, "type": "A0003", "detail": "d"}
    assert _wrong_type(ErrorResponse.from_dict(body)) is None  # validationErrors is optional
    stray = ErrorResponse.from_dict({**body, "validationErrors": [{"a": "b"}, {"c": "d"}]})
    stray.validation_errors[1] = {"c": "d"}  # type: ignore[call-overload, index]
    assert _wrong_type(stray) == "validationErrors[1]"


def test_the_type_check_skips_only_what_from_dict_always_converts() -> None:
    """The check's plan for an interaction: the UUIDs and required date-times are converted (or
    refused) by `from_dict` itself, so only the fields it passes through are checked, and the
    nested models are looked inside without a type check of their own."""
    from corti_interactions._response import _plan

    plan = {json_name: kinds for _, json_name, kinds, _, _ in _plan(InteractionsGetResponse)}
    assert set(plan) == {"encounter", "patient", "websocketUrl", "endedAt"}
    assert plan["encounter"] is None and plan["patient"] is None
    assert plan["websocketUrl"] == (str,)
