"""The generated resource methods, every operation, on the sync and the async client.

First through `httpx.MockTransport` (what goes on the wire: method, URL, query, body,
headers; what comes back: the parsed type; the per-call options; bad input refused before
anything is sent), then against `FakeCorti` over real loopback sockets (the whole life of an
interaction: create, get, update, list, delete).
"""

from __future__ import annotations

import asyncio
import datetime
import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

import httpx
import pytest
from corti_interactions import (
    AsyncCortiClient,
    CortiClient,
    InteractionsEncounterStatusEnum,
    InteractionsGetResponse,
    InteractionsPatient,
    NotFoundError,
    RateLimitError,
    RawResponse,
)
from corti_interactions.testing import FakeCorti
from corti_interactions_api.api.interactions import interactions_get, interactions_list
from corti_interactions_api.models import (
    CommonSortingDirectionEnum,
    InteractionsCreateResponse,
    InteractionsEncounterCreateRequest,
    InteractionsEncounterTypeEnum,
    InteractionsEncounterUpdateRequest,
    InteractionsListRequestSort,
)
from corti_interactions_api.types import UNSET, RequestOptions

from .conftest import INTERACTION_ID, TENANT, Harness, seed_response

MakeHarness = Callable[..., Harness]

BASE = "https://api.eu.corti.app/v2"
COLLECTION = f"{BASE}/interactions/"
ITEM = f"{BASE}/interactions/{INTERACTION_ID}"
WEBSOCKET = f"wss://api.eu.corti.app/v2/interactions/{INTERACTION_ID}/streams"
USER = "0b3c6f2e-8f5a-4c61-9d0e-2a7b1c4d5e6f"
ENCOUNTER = {"identifier": "enc-1", "status": "planned", "type": "consultation"}
ENCOUNTER_JSON = {"identifier": "enc-1", "status": "planned", "type": "consultation"}


def created(**headers: str) -> httpx.Response:
    return httpx.Response(
        201, json={"interactionId": INTERACTION_ID, "websocketUrl": WEBSOCKET}, headers=headers
    )


def got(**headers: str) -> httpx.Response:
    return httpx.Response(200, json=seed_response(), headers=headers)


def listed(count: int = 1, **headers: str) -> httpx.Response:
    return httpx.Response(
        200, json={"interactions": [seed_response() for _ in range(count)]}, headers=headers
    )


def deleted(**headers: str) -> httpx.Response:
    return httpx.Response(204, headers=headers)


def only_request(harness: Harness) -> httpx.Request:
    (request,) = harness.service.requests
    return request


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content)


def assert_common_headers(request: httpx.Request, *, has_body: bool) -> None:
    assert request.headers["Tenant-Name"] == TENANT
    assert request.headers.get_list("Tenant-Name") == [TENANT]
    assert request.headers["Authorization"] == "Bearer static-token"
    assert request.headers["Accept"] == "application/json"
    if has_body:
        assert request.headers["Content-Type"] == "application/json"
    else:
        assert "Content-Type" not in request.headers
        assert request.content == b""


# --- list --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sort", "direction"),
    [
        ("createdAt", "asc"),
        (InteractionsListRequestSort.CREATEDAT, CommonSortingDirectionEnum.ASC),
    ],
    ids=["str", "enum"],
)
def test_list_sends_every_query_parameter(make_harness: MakeHarness, sort: Any, direction: Any) -> None:
    harness = make_harness(listed(2))
    page = harness.call(
        "list",
        sort=sort,
        direction=direction,
        page_size=3,
        index=2,
        encounter_status=["planned", InteractionsEncounterStatusEnum.COMPLETED],
        patient="P 1&2",
    )
    request = only_request(harness)
    assert request.method == "GET"
    assert request.url.copy_with(query=None) == httpx.URL(COLLECTION)  # the trailing slash stays
    assert request.url.path == "/v2/interactions/"
    assert sorted(request.url.params.multi_items()) == sorted(
        [
            ("sort", "createdAt"),
            ("direction", "asc"),
            ("pageSize", "3"),
            ("index", "2"),
            ("encounterStatus", "planned"),
            ("encounterStatus", "completed"),
            ("patient", "P 1&2"),
        ]
    )
    # An array is repeated keys in the given order, not `a=planned,completed` or `a[]=`.
    assert request.url.params.get_list("encounterStatus") == ["planned", "completed"]
    query = request.url.query.decode()
    assert "encounterStatus=planned&encounterStatus=completed" in query
    assert "pageSize=3&" in query or query.endswith("pageSize=3")
    assert "patient=P+1%262" in query or "patient=P%201%262" in query
    assert_common_headers(request, has_body=False)
    assert [type(i) for i in page.items] == [InteractionsGetResponse, InteractionsGetResponse]
    assert page.interactions == page.items
    assert str(page.items[0].id) == INTERACTION_ID


def test_list_leaves_out_what_is_not_given_but_the_page(make_harness: MakeHarness) -> None:
    harness = make_harness(listed(0))
    page = harness.call("list")
    request = only_request(harness)
    assert sorted(request.url.params.multi_items()) == [("index", "1"), ("pageSize", "10")]
    assert page.items == []
    assert not page.has_next_page()


# --- create ------------------------------------------------------------------------------------


def test_create_sends_the_body_and_parses_201(make_harness: MakeHarness) -> None:
    harness = make_harness(created())
    result = harness.call("create", encounter=ENCOUNTER, patient={"identifier": "P-1"})
    request = only_request(harness)
    assert request.method == "POST"
    assert str(request.url) == COLLECTION
    assert_common_headers(request, has_body=True)
    # Compact JSON, only the fields given: `assignedUserId` left out is not sent.
    assert request.content == (
        b'{"encounter":{"identifier":"enc-1","status":"planned","type":"consultation"},'
        b'"patient":{"identifier":"P-1"}}'
    )
    assert isinstance(result, InteractionsCreateResponse)
    assert result.interaction_id == uuid.UUID(INTERACTION_ID)
    assert result.websocket_url == WEBSOCKET


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ({}, {}),
        ({"assigned_user_id": None}, {"assignedUserId": None}),
        ({"assigned_user_id": USER}, {"assignedUserId": USER}),
        ({"assigned_user_id": uuid.UUID(USER.upper())}, {"assignedUserId": USER}),
    ],
    ids=["left-out", "none-is-null", "str", "uuid"],
)
def test_create_three_states_of_a_field(
    make_harness: MakeHarness, given: dict[str, Any], sent: dict[str, Any]
) -> None:
    harness = make_harness(created())
    harness.call("create", encounter=ENCOUNTER, **given)
    assert body_of(only_request(harness)) == {"encounter": ENCOUNTER_JSON, **sent}


PATIENT_JSON = {"identifier": "P-1", "name": None, "gender": "female", "birthDate": "1990-01-02T00:00:00Z"}


@pytest.mark.parametrize(
    ("encounter", "patient"),
    [
        pytest.param(
            {**ENCOUNTER, "period": {"startedAt": "2026-01-01T08:00:00Z"}, "title": None},
            PATIENT_JSON,
            id="json-names",
        ),
        pytest.param(
            {
                "identifier": "enc-1",
                "status": "planned",
                "type_": "consultation",
                "period": {"started_at": datetime.datetime(2026, 1, 1, 8, tzinfo=datetime.UTC)},
                "title": None,
            },
            {
                "identifier": "P-1",
                "name": None,
                "gender": "female",
                "birth_date": datetime.datetime(1990, 1, 2, tzinfo=datetime.UTC),
            },
            id="python-names",
        ),
        pytest.param(
            InteractionsEncounterCreateRequest.from_dict(
                {**ENCOUNTER_JSON, "period": {"startedAt": "2026-01-01T08:00:00Z"}, "title": None}
            ),
            InteractionsPatient.from_dict(PATIENT_JSON),
            id="models",
        ),
    ],
)
def test_create_takes_json_names_python_names_or_models(
    make_harness: MakeHarness, encounter: Any, patient: Any
) -> None:
    harness = make_harness(created())
    harness.call("create", encounter=encounter, patient=patient)
    body = body_of(only_request(harness))
    assert set(body) == {"encounter", "patient"}
    assert {k: v for k, v in body["encounter"].items() if k != "period"} == {**ENCOUNTER_JSON, "title": None}
    assert datetime.datetime.fromisoformat(body["encounter"]["period"]["startedAt"]) == datetime.datetime(
        2026, 1, 1, 8, tzinfo=datetime.UTC
    )
    assert set(body["encounter"]["period"]) == {"startedAt"}
    assert {k: v for k, v in body["patient"].items() if k != "birthDate"} == {
        "identifier": "P-1",
        "name": None,
        "gender": "female",
    }
    assert datetime.datetime.fromisoformat(body["patient"]["birthDate"]) == datetime.datetime(
        1990, 1, 2, tzinfo=datetime.UTC
    )


def test_create_takes_enum_members(make_harness: MakeHarness) -> None:
    harness = make_harness(created())
    harness.call(
        "create",
        encounter={
            "identifier": "enc-1",
            "status": InteractionsEncounterStatusEnum.IN_PROGRESS,
            "type": InteractionsEncounterTypeEnum.EMERGENCY,
        },
    )
    assert body_of(only_request(harness)) == {
        "encounter": {"identifier": "enc-1", "status": "in-progress", "type": "emergency"}
    }


# --- get, update, delete -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "interaction_id", [INTERACTION_ID, INTERACTION_ID.upper(), uuid.UUID(INTERACTION_ID)], ids=str
)
def test_get_sends_the_item_path_and_parses(make_harness: MakeHarness, interaction_id: Any) -> None:
    harness = make_harness(got())
    result = harness.call("get", interaction_id)
    request = only_request(harness)
    assert request.method == "GET"
    assert str(request.url) == ITEM  # canonical lower case, no trailing slash, no query
    assert_common_headers(request, has_body=False)
    assert isinstance(result, InteractionsGetResponse)
    assert result.id == uuid.UUID(INTERACTION_ID)


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ({}, {}),
        ({"assigned_user_id": None}, {"assignedUserId": None}),
        ({"assigned_user_id": USER}, {"assignedUserId": USER}),
        ({"encounter": {"title": None}}, {"encounter": {"title": None}}),
        ({"encounter": {"title": "Check-up"}}, {"encounter": {"title": "Check-up"}}),
        (
            {
                "encounter": InteractionsEncounterUpdateRequest(
                    status=InteractionsEncounterStatusEnum.COMPLETED
                )
            },
            {"encounter": {"status": "completed"}},
        ),
        (
            {"patient": {"identifier": "P-2", "pronouns": None}},
            {"patient": {"identifier": "P-2", "pronouns": None}},
        ),
    ],
    ids=["empty", "null", "value", "nested-null", "nested-value", "model", "patient"],
)
def test_update_sends_patch_with_only_what_is_given(
    make_harness: MakeHarness, given: dict[str, Any], sent: dict[str, Any]
) -> None:
    harness = make_harness(got())
    result = harness.call("update", INTERACTION_ID, **given)
    request = only_request(harness)
    assert request.method == "PATCH"
    assert str(request.url) == ITEM
    assert_common_headers(request, has_body=True)
    assert body_of(request) == sent
    assert isinstance(result, InteractionsGetResponse)


def test_delete_sends_delete_and_returns_none(make_harness: MakeHarness) -> None:
    harness = make_harness(deleted())
    assert harness.call("delete", INTERACTION_ID) is None
    request = only_request(harness)
    assert request.method == "DELETE"
    assert str(request.url) == ITEM
    assert_common_headers(request, has_body=False)


# --- with_raw_response -------------------------------------------------------------------------


class Call(NamedTuple):
    """One valid call of each operation, and the answer that makes it succeed."""

    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    reply: Callable[..., httpx.Response]


RAW_CASES = [
    (Call("list", (), {}, listed), 200, None),
    (Call("create", (), {"encounter": ENCOUNTER}, created), 201, InteractionsCreateResponse),
    (Call("get", (INTERACTION_ID,), {}, got), 200, InteractionsGetResponse),
    (
        Call("update", (INTERACTION_ID,), {"encounter": {"status": "completed"}}, got),
        200,
        InteractionsGetResponse,
    ),
    (Call("delete", (INTERACTION_ID,), {}, deleted), 204, type(None)),
]


@pytest.mark.parametrize(("call", "status", "parsed_type"), RAW_CASES, ids=[c[0].method for c in RAW_CASES])
def test_with_raw_response_every_operation(
    make_harness: MakeHarness,
    call: Call,
    status: int,
    parsed_type: Any,
) -> None:
    method, args, kwargs, reply = call
    # A create is retried after a 429 only; the others after a 503 too.
    first = httpx.Response(429, headers={"Retry-After": "0"}) if method == "create" else httpx.Response(503)
    harness = make_harness(first, reply(**{"x-request-id": "rid-9", "x-ratelimit-remaining": "7"}))
    raw = harness.raw(method, *args, **kwargs)
    assert isinstance(raw, RawResponse)
    assert raw.status_code == status
    assert raw.headers["x-ratelimit-remaining"] == "7"
    assert raw.request_id == "rid-9"
    assert raw.attempts == 2
    assert len(harness.service.requests) == 2
    parsed = raw.parse()
    if method == "list":  # the raw listing is the response model, not a page
        assert [type(i) for i in parsed.interactions] == [InteractionsGetResponse]
    else:
        assert type(parsed) is parsed_type
    assert raw.parse() is parsed


def test_with_raw_response_create(make_harness: MakeHarness) -> None:
    harness = make_harness(created(**{"x-request-id": "rid-1"}))
    raw = harness.raw("create", encounter=ENCOUNTER)
    assert (raw.status_code, raw.attempts, raw.request_id) == (201, 1, "rid-1")
    parsed = raw.parse()
    assert isinstance(parsed, InteractionsCreateResponse)
    assert parsed.interaction_id == uuid.UUID(INTERACTION_ID)
    assert body_of(only_request(harness)) == {"encounter": ENCOUNTER_JSON}


# --- per-call options --------------------------------------------------------------------------

ALL_CALLS = [
    Call("list", (), {}, listed),
    Call("create", (), {"encounter": ENCOUNTER}, created),
    Call("get", (INTERACTION_ID,), {}, got),
    Call("update", (INTERACTION_ID,), {}, got),
    Call("delete", (INTERACTION_ID,), {}, deleted),
]
CALL_IDS = [c.method for c in ALL_CALLS]


@pytest.mark.parametrize("call", ALL_CALLS, ids=CALL_IDS)
def test_timeout_per_call(
    make_harness: MakeHarness,
    call: Call,
) -> None:
    method, args, kwargs, reply = call
    harness = make_harness(reply(), reply(), reply())
    harness.call(method, *args, **kwargs)
    harness.call(method, *args, timeout=1.5, **kwargs)
    harness.call(method, *args, timeout=None, **kwargs)
    default, short, none = (r.extensions["timeout"] for r in harness.service.requests)
    # The harness brings its own pool (httpx_client=) without timeout=: the pool's timeout stands.
    assert default == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    assert short == {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}
    assert none == {"connect": None, "read": None, "write": None, "pool": None}


@pytest.mark.parametrize("call", ALL_CALLS, ids=CALL_IDS)
@pytest.mark.parametrize(("max_retries", "sends"), [(0, 1), (None, 1), (1, 2)])
def test_max_retries_per_call(
    make_harness: MakeHarness,
    call: Call,
    max_retries: int | None,
    sends: int,
) -> None:
    method, args, kwargs, _ = call
    # A 429 is retried for every operation, creates included.
    harness = make_harness(*[httpx.Response(429, headers={"Retry-After": "0"})] * 4)
    with pytest.raises(RateLimitError):
        harness.call(method, *args, max_retries=max_retries, **kwargs)
    assert len(harness.service.requests) == sends


@pytest.mark.parametrize("call", ALL_CALLS, ids=CALL_IDS)
def test_extra_headers_and_extra_query_are_sent(
    make_harness: MakeHarness,
    call: Call,
) -> None:
    method, args, kwargs, reply = call
    harness = make_harness(reply())
    harness.call(
        method,
        *args,
        extra_headers={"X-Trace": "abc", "Accept-Language": "da"},
        extra_query={"debug": "1", "tag": ["a", "b"], "n": 2},
        **kwargs,
    )
    request = only_request(harness)
    assert request.headers["X-Trace"] == "abc"
    assert request.headers["Accept-Language"] == "da"
    assert request.headers["Tenant-Name"] == TENANT  # still the client's own
    assert request.url.params.get_list("tag") == ["a", "b"]
    assert request.url.params["debug"] == "1"
    assert request.url.params["n"] == "2"
    own = [k for k, _ in request.url.params.multi_items() if k not in ("debug", "tag", "n")]
    items = [k for k, _ in request.url.params.multi_items()]
    assert items[len(own) :] == ["debug", "tag", "tag", "n"]  # appended after the operation's own


@pytest.mark.parametrize("call", ALL_CALLS, ids=CALL_IDS)
@pytest.mark.parametrize("name", ["Authorization", "authorization", "Tenant-Name", "TENANT-NAME"])
def test_extra_headers_may_not_replace_the_clients_own(
    make_harness: MakeHarness,
    call: Call,
    name: str,
) -> None:
    method, args, kwargs, reply = call
    harness = make_harness(reply())
    with pytest.raises(ValueError, match="extra_headers"):
        harness.call(method, *args, extra_headers={name: "x"}, **kwargs)
    assert harness.service.requests == []


def test_extra_body_is_merged_into_create_and_update(make_harness: MakeHarness) -> None:
    harness = make_harness(created(), got())
    harness.call("create", encounter=ENCOUNTER, extra_body={"source": "ehr", "tags": [1, None]})
    harness.call("update", INTERACTION_ID, assigned_user_id=None, extra_body={"source": "ehr"})
    create, update = harness.service.bodies()
    assert create == {"encounter": ENCOUNTER_JSON, "source": "ehr", "tags": [1, None]}
    assert update == {"assignedUserId": None, "source": "ehr"}


def test_extra_body_carries_an_enum_value_the_spec_does_not_know_yet(make_harness: MakeHarness) -> None:
    answer = seed_response()
    answer["encounter"]["status"] = "triaged"
    harness = make_harness(httpx.Response(200, json=answer))
    with pytest.raises(ValueError, match="encounter.status"):  # the typed argument is closed ...
        harness.call("update", INTERACTION_ID, encounter={"status": "triaged"})
    # ... extra_body is the way around it, and the answer's unknown value is kept as a string
    result = harness.call("update", INTERACTION_ID, extra_body={"encounter": {"status": "triaged"}})
    assert body_of(only_request(harness)) == {"encounter": {"status": "triaged"}}
    assert result.encounter.status == "triaged"


@pytest.mark.parametrize(
    ("method", "args"), [("list", ()), ("get", (INTERACTION_ID,)), ("delete", (INTERACTION_ID,))]
)
def test_extra_body_is_refused_where_there_is_no_body(
    make_harness: MakeHarness, method: str, args: tuple[Any, ...]
) -> None:
    harness = make_harness()
    with pytest.raises(ValueError, match=r"^extra_body cannot be sent"):
        harness.call(method, *args, extra_body={"a": 1})
    assert harness.service.requests == []


# --- bad input: ValueError naming the argument, nothing sent -----------------------------------

BAD_INPUT: list[tuple[str, tuple[Any, ...], dict[str, Any], str]] = [
    ("get", ("not-a-uuid",), {}, r"^interaction_id must be a UUID"),
    ("get", (INTERACTION_ID + "0",), {}, r"^interaction_id must be a UUID"),
    ("get", (123,), {}, r"^interaction_id must be a UUID"),
    ("delete", ("../x",), {}, r"^interaction_id must be a UUID"),
    ("update", ("",), {}, r"^interaction_id must be a UUID"),
    ("list", (), {"sort": "created_at"}, r"^sort must be one of .*'createdAt'"),
    ("list", (), {"direction": "up"}, r"^direction must be one of \['asc', 'desc'\]"),
    ("list", (), {"page_size": 0}, r"^page_size must be at least 1"),
    ("list", (), {"page_size": "5"}, r"^page_size must be an integer"),
    ("list", (), {"page_size": True}, r"^page_size must be an integer"),
    ("list", (), {"index": 0}, r"^index must be at least 1"),
    (
        "list",
        (),
        {"encounter_status": {"planned"}},
        r"^encounter_status must be a list or one value; got set",
    ),
    (
        "list",
        (),
        {"encounter_status": "bogus"},
        r"^encounter_status\[0\] must be one of",
    ),  # one value: a list
    ("list", (), {"encounter_status": ["planned", "bogus"]}, r"^encounter_status\[1\] must be one of"),
    ("create", (), {"encounter": {"identifier": "e"}}, r"^encounter\.status is required"),
    ("create", (), {"encounter": {"identifier": "e", "status": "planned"}}, r"^encounter\.type is required"),
    ("create", (), {"encounter": None}, r"^encounter cannot be null"),
    ("create", (), {"encounter": "planned"}, r"^encounter must be a mapping"),
    ("create", (), {"encounter": {**ENCOUNTER, "status": "triaged"}}, r"^encounter\.status must be one of"),
    ("create", (), {"encounter": {**ENCOUNTER, "bogus": 1}}, r"^encounter has no field 'bogus'"),
    ("create", (), {"encounter": ENCOUNTER, "assigned_user_id": "me"}, r"^assigned_user_id must be a UUID"),
    ("create", (), {"encounter": ENCOUNTER, "patient": {"name": "x"}}, r"^patient\.identifier is required"),
    ("create", (), {"encounter": ENCOUNTER, "extra_body": {"x": object()}}, r"^extra_body is not JSON"),
    ("create", (), {"encounter": ENCOUNTER, "extra_body": {"x": float("nan")}}, r"^extra_body is not JSON"),
    ("update", (INTERACTION_ID,), {"encounter": {"status": None}}, r"^encounter\.status cannot be null"),
    (
        "update",
        (INTERACTION_ID,),
        {"encounter": {"period": {"startedAt": "yesterday"}}},
        r"^encounter\.period\.startedAt must be an ISO 8601",
    ),
    ("get", (INTERACTION_ID,), {"max_retries": -1}, r"max_retries"),
    ("get", (INTERACTION_ID,), {"extra_query": {"a": {"b": 1}}}, r"^extra_query"),
]


@pytest.mark.parametrize(("method", "args", "kwargs", "message"), BAD_INPUT)
def test_bad_input_is_refused_before_anything_is_sent(
    make_harness: MakeHarness, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], message: str
) -> None:
    harness = make_harness(client_id="id", client_secret="secret")
    with pytest.raises(ValueError, match=message):
        harness.call(method, *args, **kwargs)
    with pytest.raises(ValueError, match=message):
        harness.raw(method, *args, **kwargs)
    assert harness.service.requests == []
    assert harness.service.token_requests == []  # not even a token


# --- stream_url ----------------------------------------------------------------------------------


def test_stream_url_from_a_create_or_a_get_response(make_harness: MakeHarness) -> None:
    harness = make_harness(created(), got())
    expected = f"{WEBSOCKET}?token=Bearer%20static-token"
    assert harness.stream_url(harness.call("create", encounter=ENCOUNTER)) == expected
    assert harness.stream_url(harness.call("get", INTERACTION_ID)) == expected


def test_stream_url_percent_encodes_the_whole_token(make_harness: MakeHarness) -> None:
    # `+`, `/` and `=` (base64 tokens) would be read back wrong from a query string unencoded.
    harness = make_harness(created(), token="ab/c+d=")
    made = harness.call("create", encounter=ENCOUNTER)
    assert harness.stream_url(made) == f"{WEBSOCKET}?token=Bearer%20ab%2Fc%2Bd%3D"


# --- against FakeCorti over loopback ----------------------------------------------------------------


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as server:
        yield server


@pytest.fixture
def live(mode: str, fake: FakeCorti) -> Iterator[Callable[..., Live]]:
    made: list[Live] = []

    def make(**kwargs: Any) -> Live:
        made.append(Live(mode, fake, **kwargs))
        return made[-1]

    yield make
    for one in made:
        one.close()


class Live:
    """A real client (sync, or async on its default transport) against the fake."""

    def __init__(self, mode: str, fake: FakeCorti, **kwargs: Any) -> None:
        options: dict[str, Any] = {"base_url": fake.base_url, "tenant_name": fake.tenant_name}
        if "token" not in kwargs:
            options.update(client_id=fake.client_id, client_secret=fake.client_secret)
        options.update(kwargs)
        self.loop: asyncio.AbstractEventLoop | None = None
        if mode == "sync":
            self.client: Any = CortiClient(sleep=lambda seconds: None, **options)
        else:
            self.loop = asyncio.new_event_loop()

            async def nosleep(seconds: float) -> None:
                return None

            self.client = AsyncCortiClient(sleep=nosleep, **options)

    def run(self, value: Any) -> Any:
        return value if self.loop is None else self.loop.run_until_complete(value)

    def call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        return self.run(getattr(self.client.interactions, method)(*args, **kwargs))

    def all(self, **kwargs: Any) -> list[Any]:
        """Every item of a listing, walking the pages."""
        page = self.call("list", **kwargs)
        if self.loop is None:
            return list(page)

        async def collect() -> list[Any]:
            return [item async for item in page]

        return self.run(collect())

    def stream_url(self, interaction: Any) -> str:
        return str(self.run(self.client.stream_url(interaction)))

    def close(self) -> None:
        if self.loop is None:
            self.client.close()
        else:
            self.loop.run_until_complete(self.client.close())
            self.loop.close()


def test_live_life_of_an_interaction(live: Callable[..., Live], fake: FakeCorti) -> None:
    client = live()
    patient = f"P-{uuid.uuid4()}"
    made = client.call(
        "create",
        encounter={**ENCOUNTER, "title": "First visit"},
        patient={"identifier": patient, "gender": "other"},
        assigned_user_id=USER,
    )
    assert isinstance(made, InteractionsCreateResponse)
    interaction_id = str(made.interaction_id)
    stored = fake.interactions[interaction_id]
    assert stored["encounter"]["title"] == "First visit"
    assert stored["assignedUserId"] == USER
    assert made.websocket_url == stored["websocketUrl"]

    fetched = client.call("get", made.interaction_id)
    assert isinstance(fetched, InteractionsGetResponse)
    assert fetched.id == made.interaction_id
    assert fetched.encounter.status is InteractionsEncounterStatusEnum.PLANNED
    assert fetched.patient.identifier == patient
    assert str(fetched.assigned_user_id) == USER

    updated = client.call(
        "update",
        interaction_id,
        encounter={"status": "completed", "title": None},
        patient={"identifier": patient},
    )
    assert isinstance(updated, InteractionsGetResponse)
    assert updated.encounter.status is InteractionsEncounterStatusEnum.COMPLETED
    assert updated.encounter.title is None
    assert updated.updated_at > fetched.updated_at
    assert fake.interactions[interaction_id]["encounter"]["status"] == "completed"

    found = client.all(patient=patient, encounter_status=["completed"])
    assert [i.id for i in found] == [made.interaction_id]
    assert client.all(patient=patient, encounter_status=["planned"]) == []

    assert client.call("delete", interaction_id) is None
    assert interaction_id not in fake.interactions
    with pytest.raises(NotFoundError):
        client.call("get", interaction_id)
    with pytest.raises(NotFoundError):
        client.call("delete", interaction_id)
    assert client.all(patient=patient) == []


@pytest.mark.parametrize("given", [{}, {"assigned_user_id": None}], ids=["left-out", "none"])
def test_live_create_assigns_a_user_when_none_is_given(
    live: Callable[..., Live], fake: FakeCorti, given: dict[str, Any]
) -> None:
    client = live()
    made = client.call("create", encounter=ENCOUNTER, **given)
    (request,) = [r for r in fake.requests if r.method == "POST" and r.path == "/v2/interactions/"][-1:]
    assert request.body == {"encounter": ENCOUNTER_JSON, **({"assignedUserId": None} if given else {})}
    assigned = fake.interactions[str(made.interaction_id)]["assignedUserId"]
    assert uuid.UUID(assigned).version == 4
    assert client.call("get", made.interaction_id).assigned_user_id == uuid.UUID(assigned)


def test_live_bodies_the_client_sends_are_what_the_fake_accepts(
    live: Callable[..., Live], fake: FakeCorti
) -> None:
    # The fake validates every body against the spec: a 400 here would be a client bug.
    client = live()
    made = client.call(
        "create",
        encounter={
            **ENCOUNTER,
            "period": {"started_at": datetime.datetime(2026, 1, 1, 8, tzinfo=datetime.UTC), "ended_at": None},
            "title": None,
        },
        patient=InteractionsPatient.from_dict(PATIENT_JSON),
        assigned_user_id=uuid.UUID(USER),
    )
    stored = fake.interactions[str(made.interaction_id)]
    assert stored["encounter"]["period"]["endedAt"] is None
    assert stored["patient"]["gender"] == "female"
    updated = client.call(
        "update",
        made.interaction_id,
        encounter=InteractionsEncounterUpdateRequest(title="Later"),
        patient={"identifier": "P-1", "birth_date": None},
        assigned_user_id=None,
    )
    assert updated.encounter.title == "Later"
    assert updated.patient.birth_date is None
    assert str(updated.assigned_user_id) != USER


def test_live_stream_url(live: Callable[..., Live], fake: FakeCorti) -> None:
    token = fake.issue_token()
    client = live(token=token)
    made = client.call("create", encounter=ENCOUNTER)
    fetched = client.call("get", made.interaction_id)
    url = fake.interactions[str(made.interaction_id)]["websocketUrl"]
    assert url.startswith("ws://127.0.0.1:")
    expected = f"{url}?token=Bearer%20{token}"
    assert client.stream_url(made) == expected
    assert client.stream_url(fetched) == expected


def test_live_client_credentials_token_in_stream_url(live: Callable[..., Live], fake: FakeCorti) -> None:
    client = live()
    made = client.call("create", encounter=ENCOUNTER)
    url = client.stream_url(made)
    prefix = f"{made.websocket_url}?token=Bearer%20"
    assert url.startswith(prefix)
    token = url.removeprefix(prefix)
    assert token and "%" not in token and "***" not in token
    assert fake.token_requests >= 1


# --- the runtime itself, as the generated code calls it ----------------------------------------


def test_extra_query_booleans_are_sent_as_true_and_false(make_harness: MakeHarness) -> None:
    harness = make_harness(got())
    harness.call("get", INTERACTION_ID, extra_query={"a": True, "b": False, "c": [False, True, 0, 1]})
    assert only_request(harness).url.params.multi_items() == [
        ("a", "true"),
        ("b", "false"),
        ("c", "false"),
        ("c", "true"),
        ("c", "0"),
        ("c", "1"),
    ]


def test_bodies_are_compact_utf8_json(make_harness: MakeHarness) -> None:
    harness = make_harness(got())
    harness.call("update", INTERACTION_ID, patient={"identifier": "p", "name": "Jørgen Ærø"})
    assert only_request(harness).content == '{"patient":{"identifier":"p","name":"Jørgen Ærø"}}'.encode()


def test_the_runtime_sends_only_the_query_parameters_it_is_given(make_harness: MakeHarness) -> None:
    # The generated methods pass every parameter (UNSET if not given); the runtime also
    # takes a query that leaves some out.
    runtime = make_harness().client._runtime
    prepared = runtime.build(interactions_list.OPERATION, (), {"patient": "p-1"}, None, RequestOptions())
    assert prepared.request.url.params.multi_items() == [("patient", "p-1")]
    given = {"page_size": 5, "direction": UNSET, "patient": "p-2"}
    prepared = runtime.build(interactions_list.OPERATION, (), given, None, RequestOptions())
    assert prepared.request.url.params.multi_items() == [("pageSize", "5"), ("patient", "p-2")]


def test_the_runtime_refuses_a_wrong_number_of_path_arguments(make_harness: MakeHarness) -> None:
    runtime = make_harness().client._runtime
    for path in [(), (INTERACTION_ID, INTERACTION_ID)]:
        with pytest.raises(ValueError, match="zip"):
            runtime.build(interactions_get.OPERATION, path, {}, None, RequestOptions())
