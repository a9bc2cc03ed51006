"""Property tests: parsing and body building against the spec's JSON Schemas.

The schemas are the oracle (hypothesis-jsonschema generates from them, jsonschema judges),
not the generated code.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import json
from typing import Any

import httpx
import pytest
from corti_interactions import (
    UNSET,
    APIResponseValidationError,
    APIStatusError,
    CortiClient,
    InteractionsGetResponse,
)
from corti_interactions._exceptions import _STATUS_ERRORS, InternalServerError
from corti_interactions._response import parse_model
from corti_interactions.testing._schema import load_spec, schema_validator
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from .conftest import Recorder

INTERACTION_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"


def self_contained(name: str) -> dict[str, Any]:
    """`components/schemas/<name>` with every schema inlined under `$defs`."""
    schemas = copy.deepcopy(load_spec()["components"]["schemas"])
    text = json.dumps({"$defs": schemas, "$ref": f"#/$defs/{name}"})
    return json.loads(text.replace("#/components/schemas/", "#/$defs/"))  # type: ignore[no-any-return]


def response_for(content: bytes, status: int = 200) -> httpx.Response:
    request = httpx.Request("PATCH", f"https://api.eu.corti.app/v2/interactions/{INTERACTION_ID}")
    return httpx.Response(status, content=content, request=request)


def normalise(value: Any) -> Any:
    """Date-times compared as instants: `Z` and `+00:00` are the same moment."""
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str) and len(value) >= 19 and value[4:5] == "-" and value[10:11] in "Tt":
        try:
            return datetime.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
        except ValueError:
            return value
    return value


# hypothesis-jsonschema leaves `uuid` unconstrained; the spec means RFC 4122 strings.
FORMATS = {"uuid": st.uuids().map(str)}
COUNTS: dict[str, int] = {}


def count(name: str) -> None:
    COUNTS[name] = COUNTS.get(name, 0) + 1


@given(from_schema(self_contained("InteractionsGetResponse"), custom_formats=FORMATS))
def test_every_valid_response_parses_and_round_trips(body: dict[str, Any]) -> None:
    count("valid responses")
    parsed = parse_model(response_for(json.dumps(body).encode()), InteractionsGetResponse)
    assert isinstance(parsed, InteractionsGetResponse)
    assert normalise(parsed.to_dict()) == normalise(body)


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=20))  # fmt: skip
def test_any_json_is_a_model_or_a_validation_error(value: Any) -> None:
    count("arbitrary JSON bodies")
    try:
        result = parse_model(response_for(json.dumps(value).encode()), InteractionsGetResponse)
    except APIResponseValidationError:
        return
    assert isinstance(result, InteractionsGetResponse)


@given(st.binary(max_size=300))
def test_any_bytes_are_a_model_or_a_validation_error(content: bytes) -> None:
    count("arbitrary byte bodies")
    with contextlib.suppress(APIResponseValidationError):
        parse_model(response_for(content), InteractionsGetResponse)


def _client(handler: Any) -> CortiClient:
    return CortiClient(
        tenant_name="t",
        token="x",
        max_retries=0,
        httpx_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )


def _send(**fields: Any) -> dict[str, Any] | None:
    """The body the client sent for `update(**fields)`, or None if it refused before sending."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(422)

    try:
        with contextlib.suppress(APIStatusError):
            _client(handler).interactions.update(INTERACTION_ID, **fields)
    except ValueError:
        assert sent == []
        return None
    (request,) = sent
    body: dict[str, Any] = json.loads(request.content)
    return body


@given(
    status=st.integers(400, 599),
    content=st.binary(max_size=200)
    | from_schema(self_contained("ErrorResponse"), custom_formats=FORMATS).map(
        lambda b: json.dumps(b).encode()
    ),
)
def test_error_bodies_always_give_the_status_keyed_error(status: int, content: bytes) -> None:
    count("error answers")
    client = _client(lambda request: httpx.Response(status, content=content))
    with pytest.raises(APIStatusError) as info:
        client.interactions.update(INTERACTION_ID)
    expected = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    assert type(info.value) is expected
    assert info.value.status_code == status


ENUM_VALUES = [v for s in ("InteractionsEncounterStatusEnum", "InteractionsEncounterTypeEnum", "InteractionsGenderEnum")
               for v in load_spec()["components"]["schemas"][s]["enum"]]  # fmt: skip
SCALARS = (
    st.none()
    | st.text(max_size=12)
    | st.sampled_from(ENUM_VALUES)
    | st.uuids().map(str)
    | st.datetimes(timezones=st.just(datetime.UTC)).map(lambda d: d.isoformat())
    | st.datetimes()
    | st.integers()
    | st.just(UNSET)
)
ENCOUNTER_KEYS = ["identifier", "status", "type", "period", "title", "startedAt", "bogus"]
PATIENT_KEYS = ["identifier", "name", "gender", "birthDate", "birth_date", "pronouns", "ssn"]
PERIOD = st.dictionaries(st.sampled_from(["startedAt", "endedAt", "started_at", "x"]), SCALARS, max_size=3)


def nested(keys: list[str]) -> st.SearchStrategy[Any]:
    values = SCALARS | PERIOD
    return (
        st.none()
        | st.just(UNSET)
        | st.text(max_size=3)
        | st.dictionaries(st.sampled_from(keys), values, max_size=5)
    )


@given(
    assigned=st.just(UNSET) | st.none() | st.uuids() | st.uuids().map(str) | st.text(max_size=40),
    encounter=nested(ENCOUNTER_KEYS),
    patient=nested(PATIENT_KEYS),
)
def test_accepted_updates_are_valid_bodies_and_refused_ones_send_nothing(
    assigned: Any, encounter: Any, patient: Any
) -> None:
    body = _send(assigned_user_id=assigned, encounter=encounter, patient=patient)
    if body is None:
        count("updates refused before sending")
        return
    count("updates accepted")
    errors = list(schema_validator("InteractionsUpdateRequest").iter_errors(body))
    assert errors == [], [e.message for e in errors]


def closed(schema: Any) -> Any:
    """The same schema with `additionalProperties: false` on every object (the client's
    public API takes only the spec's fields)."""
    if isinstance(schema, dict):
        out = {k: closed(v) for k, v in schema.items()}
        if out.get("type") == "object" or "properties" in out:
            out["additionalProperties"] = False
        return out
    if isinstance(schema, list):
        return [closed(v) for v in schema]
    return schema


@given(from_schema(closed(self_contained("InteractionsUpdateRequest")), custom_formats=FORMATS))
def test_every_valid_update_is_accepted_and_sent_as_given(body: dict[str, Any]) -> None:
    count("valid updates accepted and sent unchanged")
    sent = _send(
        assigned_user_id=body.get("assignedUserId", UNSET),
        encounter=body.get("encounter", UNSET),
        patient=body.get("patient", UNSET),
    )
    assert sent is not None, "a valid update was refused"
    assert normalise(sent) == normalise(body)


# Where each date-time field goes in `update()`'s arguments.
DATE_TIME_FIELDS = {
    "encounter.period.startedAt": lambda v: {"encounter": {"period": {"startedAt": v}}},
    "encounter.period.endedAt": lambda v: {
        "encounter": {"period": {"startedAt": "2026-01-01T00:00:00Z", "endedAt": v}}
    },
    "patient.birthDate": lambda v: {"patient": {"identifier": "p", "birthDate": v}},
}
OFFSETS = st.timedeltas(
    min_value=-datetime.timedelta(hours=23, minutes=59), max_value=datetime.timedelta(hours=23, minutes=59)
)


LMT_WEST = datetime.timezone(-datetime.timedelta(minutes=19, seconds=32))  # offsets RFC 3339 cannot write
LMT_EAST = datetime.timezone(datetime.timedelta(minutes=19, seconds=32))


def _at(body: dict[str, Any], path: str) -> Any:
    for key in path.split("."):
        body = body[key]
    return body


@given(
    field=st.sampled_from(sorted(DATE_TIME_FIELDS)),
    moment=st.datetimes(
        min_value=datetime.datetime(1900, 1, 2),
        timezones=st.none() | st.timezones() | OFFSETS.map(datetime.timezone),
    ),
)
@example(field="patient.birthDate", moment=datetime.datetime.max.replace(tzinfo=LMT_WEST))
@example(field="patient.birthDate", moment=datetime.datetime(1935, 5, 1, 8, tzinfo=LMT_EAST))
def test_date_times_are_sent_as_the_same_instant_or_refused_without_an_offset(
    field: str, moment: datetime.datetime
) -> None:
    body = _send(**DATE_TIME_FIELDS[field](moment))
    if body is None and moment.utcoffset() is not None:
        count("date-times refused: not writable in UTC")
        with pytest.raises(OverflowError):
            moment.astimezone(datetime.UTC)
        return
    if moment.utcoffset() is None:
        count("naive date-times refused")
        assert body is None
        return
    count("aware date-times sent")
    assert body is not None
    errors = list(schema_validator("InteractionsUpdateRequest").iter_errors(body))
    assert errors == [], [e.message for e in errors]
    assert datetime.datetime.fromisoformat(_at(body, field)) == moment


def _nullable(schema: str, field: str) -> bool:
    declared = load_spec()["components"]["schemas"][schema]["properties"][field]
    kinds = declared.get("type", [])
    return "null" in kinds or any(alt.get("type") == "null" for alt in declared.get("anyOf", []))


# Each field with the schema that declares it and the update that puts None there.
NULLS = [
    ("InteractionsUpdateRequest", "assignedUserId", {"assigned_user_id": None}),
    ("InteractionsUpdateRequest", "encounter", {"encounter": None}),
    ("InteractionsUpdateRequest", "patient", {"patient": None}),
    *(("InteractionsEncounterUpdateRequest", f, {"encounter": {f: None}})
      for f in ("identifier", "status", "type", "period", "title")),
    ("InteractionsEncounterPeriod", "startedAt", {"encounter": {"period": {"startedAt": None}}}),
    ("InteractionsEncounterPeriod", "endedAt", {"encounter": {"period": {"startedAt": "2026-01-01T00:00:00Z", "endedAt": None}}}),
    *(("InteractionsPatient", f, {"patient": {"identifier": "p", f: None}}) for f in ("name", "gender", "birthDate", "pronouns")),
    ("InteractionsPatient", "identifier", {"patient": {"identifier": None}}),
]  # fmt: skip


@pytest.mark.parametrize(("schema", "field", "update"), NULLS, ids=[f"{s}.{f}" for s, f, _ in NULLS])
def test_none_is_sent_exactly_where_the_spec_allows_null(
    schema: str, field: str, update: dict[str, Any]
) -> None:
    count("None per field: sent iff the spec allows null")
    body = _send(**update)
    assert (body is not None) is _nullable(schema, field)
    if body is not None:
        assert list(schema_validator("InteractionsUpdateRequest").iter_errors(body)) == []


def test_record_counts(record: Recorder) -> None:
    """Runs last in this module: report what the properties tried."""
    for name, cases in sorted(COUNTS.items()):
        record("Property tests (hypothesis)", name, cases, "all held")
    assert COUNTS
