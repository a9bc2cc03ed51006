"""The request body: three states per field, names, enums and refusals before sending."""

from __future__ import annotations

import datetime
import json
import uuid
from typing import Any, ClassVar

import attrs
import pytest
from corti_interactions import (
    UNSET,
    InteractionsEncounterPeriod,
    InteractionsEncounterStatusEnum,
    InteractionsEncounterUpdateRequest,
    InteractionsPatient,
)
from corti_interactions._payload import (
    FieldError,
    arguments_from_json,
    build_body,
    field_rules,
    path_value,
    query_values,
)
from corti_interactions_api.models import (
    InteractionsCreateRequest,
    InteractionsEncounterCreateRequest,
    InteractionsUpdateRequest,
)
from corti_interactions_api.types import Param, Unset

from .conftest import INTERACTION_ID


def body(**kwargs: Any) -> dict[str, Any]:
    given = {"assigned_user_id": UNSET, "encounter": UNSET, "patient": UNSET, **kwargs}
    return build_body(InteractionsUpdateRequest, given)


def check_interaction_id(value: object) -> str:
    return path_value(Param("interaction_id", "interactionId", uuid.UUID), value)


def test_nothing_given_sends_an_empty_object() -> None:
    assert body() == {}


def test_none_is_an_explicit_null() -> None:
    assert body(assigned_user_id=None) == {"assignedUserId": None}
    assert body(encounter={"title": None}) == {"encounter": {"title": None}}
    assert body(encounter={"period": {"startedAt": "2023-11-07T05:31:56Z", "endedAt": None}}) == {
        "encounter": {"period": {"startedAt": "2023-11-07T05:31:56+00:00", "endedAt": None}}
    }
    assert body(patient={"identifier": "p", "name": None, "birthDate": None, "pronouns": None}) == {
        "patient": {"identifier": "p", "name": None, "birthDate": None, "pronouns": None}
    }


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"encounter": {"status": None}}, "encounter.status"),
        ({"encounter": {"type": None}}, "encounter.type"),
        ({"encounter": {"identifier": None}}, "encounter.identifier"),
        ({"encounter": {"period": None}}, "encounter.period"),
        ({"encounter": {"period": {"startedAt": None}}}, "encounter.period.startedAt"),
        ({"patient": {"identifier": "p", "gender": None}}, "patient.gender"),
        ({"patient": {"identifier": None}}, "patient.identifier"),
        ({"encounter": None}, "encounter"),
        ({"patient": None}, "patient"),
    ],
)
def test_none_where_the_spec_forbids_null_is_refused(kwargs: dict[str, Any], path: str) -> None:
    with pytest.raises(FieldError, match=rf"^{path} cannot be null") as info:
        body(**kwargs)
    assert info.value.path == path  # what the CLI maps to a flag


def test_json_and_python_field_names_are_both_accepted() -> None:
    when = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    by_json = body(encounter={"period": {"startedAt": when}}, patient={"identifier": "p", "birthDate": when})
    by_python = body(
        encounter={"period": {"started_at": when}}, patient={"identifier": "p", "birth_date": when}
    )
    assert (
        by_json
        == by_python
        == {
            "encounter": {"period": {"startedAt": "2024-01-02T03:04:05+00:00"}},
            "patient": {"identifier": "p", "birthDate": "2024-01-02T03:04:05+00:00"},
        }
    )


def test_the_same_field_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="given twice"):
        body(
            encounter={"period": {"startedAt": "2024-01-01T00:00:00Z", "started_at": "2024-01-01T00:00:00Z"}}
        )


def test_unknown_keys_name_the_key_and_the_allowed_ones() -> None:
    with pytest.raises(
        ValueError, match=r"encounter has no field 'stauts'; allowed: identifier, status, type"
    ):
        body(encounter={"stauts": "planned"})
    with pytest.raises(ValueError, match=r"patient has no field 'ssn'; allowed: identifier, name, gender"):
        body(patient={"identifier": "p", "ssn": "x"})


@pytest.mark.parametrize("status", [s.value for s in InteractionsEncounterStatusEnum])
def test_every_status_is_accepted(status: str) -> None:
    assert body(encounter={"status": status}) == {"encounter": {"status": status}}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"encounter": {"status": "done"}}, r"encounter.status must be one of \[.*'planned'.*\]; got 'done'"),
        (
            {"encounter": {"type": "visit"}},
            r"encounter.type must be one of \[.*'first_consultation'.*\]; got 'visit'",
        ),
        (
            {"patient": {"identifier": "p", "gender": "m"}},
            r"patient.gender must be one of \[.*'male'.*\]; got 'm'",
        ),
        ({"encounter": {"status": 1}}, "encounter.status must be one of"),
    ],
)
def test_enum_values_are_checked_against_the_spec(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        body(**kwargs)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"assigned_user_id": "not-a-uuid"}, "assigned_user_id must be a UUID"),
        ({"assigned_user_id": 5}, "assigned_user_id must be a UUID"),
        ({"encounter": {"period": {"startedAt": "yesterday"}}}, "startedAt must be an ISO 8601 date-time"),
        ({"encounter": {"period": {"startedAt": "2024-01-01T00:00:00"}}}, "must carry a timezone"),
        (
            {"encounter": {"period": {"startedAt": datetime.datetime(2024, 1, 1)}}},
            "must carry a timezone",
        ),
        ({"patient": {"identifier": "p", "birthDate": datetime.date(1990, 1, 1)}}, "not a date"),
        ({"patient": {"identifier": 7}}, "patient.identifier must be a string"),
        ({"encounter": {"title": ["x"]}}, "encounter.title must be a string"),
        ({"encounter": {"period": {"endedAt": "2024-01-01T00:00:00Z"}}}, "period.startedAt is required"),
        ({"patient": {"name": "Jane"}}, "patient.identifier is required when patient is given"),
        ({"encounter": "completed"}, "encounter must be a mapping or InteractionsEncounterUpdateRequest"),
        ({"encounter": {1: "x"}}, "encounter has no field 1"),
    ],
)
def test_bad_values_are_refused_with_the_field_named(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        body(**kwargs)


def test_generated_models_are_accepted_and_checked() -> None:
    encounter = InteractionsEncounterUpdateRequest(
        status=InteractionsEncounterStatusEnum.COMPLETED,
        period=InteractionsEncounterPeriod(started_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)),
    )
    assert body(encounter=encounter, patient=InteractionsPatient(identifier="p", name=None)) == {
        "encounter": {"status": "completed", "period": {"startedAt": "2024-01-01T00:00:00+00:00"}},
        "patient": {"identifier": "p", "name": None},
    }
    bogus = InteractionsEncounterUpdateRequest(status="bogus")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="encounter.status must be one of"):
        body(encounter=bogus)


def test_uuid_objects_and_upper_case_are_accepted() -> None:
    value = uuid.UUID(INTERACTION_ID)
    assert body(assigned_user_id=value) == {"assignedUserId": INTERACTION_ID}
    assert body(assigned_user_id=INTERACTION_ID.upper()) == {"assignedUserId": INTERACTION_ID}


def test_non_ascii_text_is_sent_as_is() -> None:
    assert body(patient={"identifier": "p", "name": "Søren Ærø"}) == {
        "patient": {"identifier": "p", "name": "Søren Ærø"}
    }


@pytest.mark.parametrize(
    "value",
    [INTERACTION_ID, INTERACTION_ID.upper(), uuid.UUID(INTERACTION_ID)],
)
def test_interaction_ids_in_canonical_form(value: str | uuid.UUID) -> None:
    assert check_interaction_id(value) == INTERACTION_ID


@pytest.mark.parametrize(
    "value",
    [
        "",
        ".",
        "..",
        "../x",
        "%2e%2e",
        "..%2F..",
        INTERACTION_ID + "/../x",
        "3c90c3cc0d444b5088888dd25736052a",
        "{3c90c3cc-0d44-4b50-8888-8dd25736052a}",
        INTERACTION_ID + "\n",
        " " + INTERACTION_ID,
        "urn:uuid:" + INTERACTION_ID,
        12,
        None,
    ],
)
def test_interaction_ids_that_are_not_uuids_are_refused(value: Any) -> None:
    with pytest.raises(ValueError, match="interaction_id (must be a UUID|is required; got None)"):
        check_interaction_id(value)


_SAMPLES: dict[type, Any] = {
    str: "x",
    uuid.UUID: uuid.UUID(INTERACTION_ID),
    datetime.datetime: datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
}


def _sample(model: type) -> Any:
    """An instance of `model` with every field set."""
    values: dict[str, Any] = {}
    for field in field_rules(model).values():
        if field.kind in _SAMPLES:
            values[field.name] = _SAMPLES[field.kind]
        elif attrs.has(field.kind):
            values[field.name] = _sample(field.kind)
        else:
            values[field.name] = next(iter(field.kind))  # type: ignore[call-overload]
    return model(**values)


REQUEST_MODELS = [
    InteractionsUpdateRequest,
    InteractionsEncounterUpdateRequest,
    InteractionsPatient,
    InteractionsEncounterPeriod,
    InteractionsCreateRequest,
    InteractionsEncounterCreateRequest,
]


@pytest.mark.parametrize("model", REQUEST_MODELS)
def test_json_names_match_the_generated_to_dict(model: type) -> None:
    """The JSON names the template records are the ones the generated `to_dict` writes."""
    dumped = _sample(model).to_dict()
    assert sorted(dumped) == sorted(f.json_name for f in field_rules(model).values())
    json.dumps(dumped)


@pytest.mark.parametrize(
    ("python", "json_name"),
    [("assigned_user_id", "assignedUserID"), ("birth_date", "birth_date"), ("url_path", "URLPath")],
)
def test_json_names_come_from_the_spec_not_a_re_derivation(python: str, json_name: str) -> None:
    """Names that snake_case cannot round-trip (`assignedUserID`) come back exactly."""
    from corti_interactions._model_fields import model_fields

    model = attrs.make_class("Made", {python: attrs.field(default=None)})
    model._json_names = {python: json_name}  # type: ignore[attr-defined]  # as the model template emits
    model.__annotations__ = {python: "str | None"}
    model.__module__ = __name__
    (field,) = model_fields(model)
    assert (field.name, field.json_name) == (python, json_name)


def test_offsets_rfc3339_cannot_write_are_sent_in_utc() -> None:
    """Old zoneinfo offsets carry seconds (Amsterdam 1935: +00:19:32); RFC 3339 has none."""
    amsterdam = datetime.timezone(datetime.timedelta(minutes=19, seconds=32))
    when = datetime.datetime(1935, 5, 1, 8, 0, tzinfo=amsterdam)
    sent = body(patient={"identifier": "p", "birthDate": when})["patient"]["birthDate"]
    assert sent == "1935-05-01T07:40:28+00:00"
    west = datetime.timezone(-datetime.timedelta(hours=1, seconds=1))
    assert body(encounter={"period": {"startedAt": datetime.datetime(2024, 1, 1, tzinfo=west)}}) == {
        "encounter": {"period": {"startedAt": "2024-01-01T01:00:01+00:00"}}
    }
    whole = datetime.timezone(datetime.timedelta(hours=2))
    assert body(encounter={"period": {"startedAt": datetime.datetime(2024, 1, 1, tzinfo=whole)}}) == {
        "encounter": {"period": {"startedAt": "2024-01-01T00:00:00+02:00"}}
    }


def test_an_out_of_range_date_time_with_an_odd_offset_is_refused() -> None:
    odd = datetime.timezone(-datetime.timedelta(minutes=19, seconds=32))
    latest = datetime.datetime.max.replace(tzinfo=odd)  # past datetime.max once in UTC
    with pytest.raises(FieldError, match="patient.birthDate is out of range once written in UTC"):
        body(patient={"identifier": "p", "birthDate": latest})


def test_extra_fields_set_on_a_model_instance_are_sent() -> None:
    patient = InteractionsPatient(identifier="p")
    patient.additional_properties["ethnicity"] = "unknown"
    period = InteractionsEncounterPeriod(started_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
    period.additional_properties["timezone"] = "Europe/Copenhagen"
    assert body(patient=patient, encounter={"period": period}) == {
        "patient": {"identifier": "p", "ethnicity": "unknown"},
        "encounter": {"period": {"startedAt": "2024-01-01T00:00:00+00:00", "timezone": "Europe/Copenhagen"}},
    }


# --- the generic path: kinds the current spec's request models do not use yet ---------------


@attrs.define
class Survey:
    """A request model as the template emits one, with the kinds no Corti model has yet."""

    tags: list[str] | Unset = UNSET
    count: int | Unset = UNSET
    score: float | Unset = UNSET
    urgent: bool | Unset = UNSET
    periods: list[InteractionsEncounterPeriod] | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)
    _json_names: ClassVar[dict[str, str]] = {
        "tags": "tags",
        "count": "count",
        "score": "score",
        "urgent": "isUrgent",
        "periods": "periods",
    }

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.additional_properties)
        for name, json_name in self._json_names.items():
            value = getattr(self, name)
            if isinstance(value, list):
                value = [item.to_dict() if attrs.has(type(item)) else item for item in value]
            if not isinstance(value, Unset):
                out[json_name] = value
        return out


START = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)


def test_generic_lists_numbers_and_booleans_are_sent() -> None:
    sent = build_body(
        Survey,
        {"tags": ("a", "b"), "count": 3, "score": 0.5, "urgent": False, "periods": [{"startedAt": START}]},
    )
    assert sent == {
        "tags": ["a", "b"],
        "count": 3,
        "score": 0.5,
        "isUrgent": False,
        "periods": [{"startedAt": "2024-01-01T00:00:00+00:00"}],
    }
    assert build_body(Survey, {"score": 2}) == {"score": 2}  # an integer is a number


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"tags": "ab"}, "tags must be a list; got str"),
        ({"tags": 3}, "tags must be a list; got int"),
        ({"tags": ["a", 1]}, r"tags\[1\] must be a string; got int"),
        ({"count": 1.5}, "count must be an integer; got 1.5"),
        ({"count": True}, "count must be an integer; got True"),
        ({"score": "0.5"}, "score must be a number; got '0.5'"),
        ({"score": False}, "score must be a number; got False"),
        ({"urgent": 1}, "urgent must be true or false; got 1"),
        ({"urgent": "true"}, "urgent must be true or false; got 'true'"),
        ({"periods": [{}]}, r"periods\[0\].startedAt is required when periods\[0\] is given"),
    ],
)
def test_generic_kinds_are_checked(arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(FieldError, match=message):
        build_body(Survey, arguments)


def test_arguments_from_json_takes_json_or_python_names() -> None:
    got = arguments_from_json(Survey, {"isUrgent": True, "tags": ["x"], "count": None}, where="--body")
    assert got == {"urgent": True, "tags": ["x"], "count": None}
    assert arguments_from_json(Survey, {"urgent": False}, where="--body") == {"urgent": False}
    assert arguments_from_json(Survey, {}, where="--body") == {}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"mood": 1}, "--body has no field 'mood'; allowed: tags, count, score, isUrgent, periods"),
        ({1: 1}, "--body has no field 1; allowed:"),
        ({"isUrgent": True, "urgent": False}, "urgent is given twice"),
    ],
)
def test_arguments_from_json_refuses_unknown_and_doubled_names(data: dict[Any, Any], message: str) -> None:
    with pytest.raises(FieldError, match=message):
        arguments_from_json(Survey, data, where="--body")


@pytest.mark.parametrize(
    ("param", "value", "expected"),
    [
        (Param("n", "n", int, minimum=1), 7, "7"),
        (Param("sort", "sort", InteractionsEncounterStatusEnum), "in-progress", "in-progress"),
        (
            Param("sort", "sort", InteractionsEncounterStatusEnum),
            InteractionsEncounterStatusEnum.PLANNED,
            "planned",
        ),
        (Param("name", "name", str), "a/b c", "a%2Fb%20c"),
    ],
)
def test_path_values_of_other_kinds(param: Param, value: object, expected: str) -> None:
    assert path_value(param, value) == expected


@pytest.mark.parametrize("value", ["", ".", ".."])
def test_path_values_that_would_change_the_path_are_refused(value: str) -> None:
    with pytest.raises(FieldError, match=f"name must not be '{value}'"):
        path_value(Param("name", "name", str), value)


def test_a_path_value_below_the_minimum_is_refused() -> None:
    with pytest.raises(FieldError, match="n must be at least 1; got 0"):
        path_value(Param("n", "n", int, minimum=1), 0)


@pytest.mark.parametrize(
    ("param", "value", "expected"),
    [
        (Param("flag", "flag", bool), True, "true"),
        (Param("flag", "flag", bool), False, "false"),
        (Param("n", "n", int), 3, 3),
        (Param("x", "x", float), 0.5, 0.5),
        (Param("s", "s", str), "a b", "a b"),
        (Param("e", "e", InteractionsEncounterStatusEnum), "planned", "planned"),
        (
            Param("e", "e", InteractionsEncounterStatusEnum, is_array=True),
            ("planned", "completed"),
            ["planned", "completed"],
        ),
        (Param("n", "n", int, is_array=True), [1, 2], [1, 2]),
    ],
)
def test_query_values_as_httpx_sends_them(param: Param, value: object, expected: object) -> None:
    got = query_values(param, value)
    assert got == expected
    assert type(got) is type(expected)
    if isinstance(got, list) and isinstance(expected, list):
        assert [type(v) for v in got] == [type(v) for v in expected]


@pytest.mark.parametrize(
    ("param", "value", "message"),
    [
        (
            Param("e", "e", InteractionsEncounterStatusEnum, is_array=True),
            {"planned": 1},
            "e must be a list or one value; got dict",
        ),
        (Param("e", "e", InteractionsEncounterStatusEnum, is_array=True), 5, r"e\[0\] must be one of"),
        (Param("n", "n", int, is_array=True, minimum=1), [1, 0], r"n\[1\] must be at least 1; got 0"),
        (Param("n", "n", int), None, "n must be an integer; got None"),  # the runtime leaves None out
        (Param("flag", "flag", bool), "yes", "flag must be true or false"),
    ],
)
def test_query_values_refused(param: Param, value: object, message: str) -> None:
    with pytest.raises(FieldError, match=message):
        query_values(param, value)


def test_model_fields_are_read_once_and_shared_unchangeable() -> None:
    """Every caller gets the same cached description of a model, so none may change it."""
    import dataclasses

    from corti_interactions._model_fields import model_fields

    first = model_fields(InteractionsPatient)
    assert model_fields(InteractionsPatient) is first
    assert "additional_properties" not in [f.name for f in first]
    with pytest.raises(dataclasses.FrozenInstanceError):
        first[0].json_name = "changed"  # type: ignore[misc]
