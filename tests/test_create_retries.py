"""Create's retry policy against update's, get's and delete's, fault by fault, sync and async.

`POST /interactions/` is not idempotent: sent twice, it creates two interactions. So it is
retried only where the request surely did not reach the service (no connection was made,
the token request failed) and after a 429 (refused, not processed). Every other failure
(a timeout while waiting for the answer, a connection dropped after sending, a 5xx) may
have created the interaction: the error says so and the caller decides. `PATCH` is
`x-idempotent: true` in the spec, and GET and DELETE are idempotent by method: those are
retried after all of these.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from corti_interactions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AsyncCortiClient,
    CortiClient,
    GatewayTimeoutError,
    InternalServerError,
    RateLimitError,
)
from corti_interactions.testing import FakeCorti
from corti_interactions_api.client import OPERATIONS
from corti_interactions_api.models import InteractionsCreateResponse

from .conftest import INTERACTION_ID, Harness, backoff, seed_response

MakeHarness = Callable[..., Harness]

ENCOUNTER = {"identifier": "enc-1", "status": "planned", "type": "consultation"}
WEBSOCKET = f"wss://api.eu.corti.app/v2/interactions/{INTERACTION_ID}/streams"
APPLIED = "may have been applied"


def created() -> httpx.Response:
    return httpx.Response(201, json={"interactionId": INTERACTION_ID, "websocketUrl": WEBSOCKET})


def status(code: int, **headers: str) -> httpx.Response:
    return httpx.Response(code, json={"detail": f"status {code}"}, headers=headers)


# Each fault: a factory (a fresh exception or response per use) and the error it becomes.
Fault = Callable[[], httpx.Response | Exception]

UNSENT: dict[str, tuple[Fault, type[APIError]]] = {
    "ConnectError": (lambda: httpx.ConnectError("connection refused"), APIConnectionError),
    "ConnectTimeout": (lambda: httpx.ConnectTimeout("connect timed out"), APITimeoutError),
    "PoolTimeout": (lambda: httpx.PoolTimeout("no free connection"), APITimeoutError),
}
MAYBE_APPLIED: dict[str, tuple[Fault, type[APIError]]] = {
    "ReadTimeout": (lambda: httpx.ReadTimeout("read timed out"), APITimeoutError),
    "WriteTimeout": (lambda: httpx.WriteTimeout("write timed out"), APITimeoutError),
    "RemoteProtocolError": (
        lambda: httpx.RemoteProtocolError("Server disconnected without sending a response."),
        APIConnectionError,
    ),
    "ReadError": (lambda: httpx.ReadError("connection reset by peer"), APIConnectionError),
    "408": (lambda: status(408), APIStatusError),
    "500": (lambda: status(500), InternalServerError),
    "502": (lambda: status(502), InternalServerError),
    "503": (lambda: status(503), InternalServerError),
    "504": (lambda: status(504), GatewayTimeoutError),
}

# The other operations: how to call them, and their success answer.
IDEMPOTENT_CALLS: dict[str, tuple[tuple[Any, ...], dict[str, Any], Callable[[], httpx.Response]]] = {
    "update": (
        (INTERACTION_ID,),
        {"encounter": {"status": "completed"}},
        lambda: httpx.Response(200, json=seed_response()),
    ),
    "get": ((INTERACTION_ID,), {}, lambda: httpx.Response(200, json=seed_response())),
    "delete": ((INTERACTION_ID,), {}, lambda: httpx.Response(204)),
    "list": ((), {}, lambda: httpx.Response(200, json={"interactions": []})),
}


def test_the_spec_marks_what_is_idempotent() -> None:
    operations = OPERATIONS["interactions"]
    assert operations["create"].idempotent is False  # POST
    assert operations["update"].idempotent is True  # PATCH, but `x-idempotent: true`
    assert operations["get"].idempotent is True
    assert operations["delete"].idempotent is True
    assert operations["list"].idempotent is True


# --- create ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", sorted(UNSENT))
def test_create_is_retried_when_the_request_surely_did_not_go_out(
    make_harness: MakeHarness, fault: str
) -> None:
    make_fault, _ = UNSENT[fault]
    harness = make_harness(make_fault(), created())
    raw = harness.raw("create", encounter=ENCOUNTER)
    assert raw.status_code == 201
    assert raw.attempts == 2
    assert isinstance(raw.parse(), InteractionsCreateResponse)
    first, second = harness.service.requests
    assert first.method == second.method == "POST"
    assert first.content == second.content  # the same create, sent again
    assert json.loads(second.content) == {"encounter": ENCOUNTER}
    assert harness.sleeps == [backoff(1)]


@pytest.mark.parametrize("fault", sorted(UNSENT))
def test_create_gives_up_after_max_retries_on_unsent_failures(make_harness: MakeHarness, fault: str) -> None:
    make_fault, error = UNSENT[fault]
    harness = make_harness(make_fault(), make_fault(), make_fault(), created())
    with pytest.raises(APIError) as info:
        harness.call("create", encounter=ENCOUNTER)
    assert type(info.value) is error
    assert info.value.attempts == 3
    assert len(harness.service.requests) == 3
    assert APPLIED not in str(info.value)  # it surely did not reach the service
    assert harness.sleeps == [backoff(1), backoff(2)]


@pytest.mark.parametrize("fault", sorted(MAYBE_APPLIED))
def test_create_is_not_retried_when_it_may_have_been_applied(make_harness: MakeHarness, fault: str) -> None:
    make_fault, error = MAYBE_APPLIED[fault]
    harness = make_harness(make_fault(), created())
    with pytest.raises(APIError) as info:
        harness.call("create", encounter=ENCOUNTER)
    assert type(info.value) is error
    assert len(harness.service.requests) == 1
    assert info.value.attempts == 1
    assert harness.sleeps == []
    message = str(info.value)
    assert APPLIED in message
    assert "POST /v2/interactions/" in message
    assert "not idempotent" in message
    assert "ENCOUNTER" not in message and "enc-1" not in message  # no body in messages


@pytest.mark.parametrize("fault", sorted(MAYBE_APPLIED))
def test_create_raw_is_not_retried_either(make_harness: MakeHarness, fault: str) -> None:
    make_fault, error = MAYBE_APPLIED[fault]
    harness = make_harness(make_fault(), created())
    with pytest.raises(error, match=APPLIED):
        harness.raw("create", encounter=ENCOUNTER)
    assert len(harness.service.requests) == 1


def test_create_is_retried_after_429_with_the_wait_asked_for(make_harness: MakeHarness) -> None:
    harness = make_harness(status(429, **{"Retry-After": "2"}), created())
    raw = harness.raw("create", encounter=ENCOUNTER)
    assert (raw.status_code, raw.attempts) == (201, 2)
    assert harness.sleeps == [2.0]
    assert len(harness.service.requests) == 2


def test_create_is_retried_after_429_without_retry_after(make_harness: MakeHarness) -> None:
    harness = make_harness(status(429), status(429, **{"retry-after-ms": "250"}), created())
    raw = harness.raw("create", encounter=ENCOUNTER)
    assert raw.attempts == 3
    assert harness.sleeps == [backoff(1), 0.25]


def test_create_429_until_retries_run_out(make_harness: MakeHarness) -> None:
    harness = make_harness(*[status(429, **{"Retry-After": "1"})] * 3, created())
    with pytest.raises(RateLimitError) as info:
        harness.call("create", encounter=ENCOUNTER)
    assert info.value.attempts == 3
    assert APPLIED not in str(info.value)
    assert harness.sleeps == [1.0, 1.0]


def test_create_with_max_retries_zero_is_sent_once_even_when_unsent(make_harness: MakeHarness) -> None:
    harness = make_harness(httpx.ConnectError("refused"), created())
    with pytest.raises(APIConnectionError):
        harness.call("create", encounter=ENCOUNTER, max_retries=0)
    assert len(harness.service.requests) == 1


def test_an_unsent_failure_then_a_maybe_applied_one_stops_there(make_harness: MakeHarness) -> None:
    harness = make_harness(httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), created())
    with pytest.raises(APITimeoutError, match=APPLIED) as info:
        harness.call("create", encounter=ENCOUNTER)
    assert info.value.attempts == 2
    assert len(harness.service.requests) == 2
    assert harness.sleeps == [backoff(1)]


@pytest.mark.parametrize(
    "token_fault",
    [
        pytest.param(lambda: status(503), id="token-503"),
        pytest.param(lambda: status(500), id="token-500"),
        pytest.param(lambda: httpx.ConnectError("refused"), id="token-ConnectError"),
        pytest.param(lambda: httpx.ConnectTimeout("slow"), id="token-ConnectTimeout"),
        # after connecting to the token endpoint: the create itself was still not sent
        pytest.param(lambda: httpx.ReadTimeout("slow"), id="token-ReadTimeout"),
        pytest.param(lambda: httpx.RemoteProtocolError("dropped"), id="token-RemoteProtocolError"),
    ],
)
def test_create_is_retried_when_the_token_request_failed(
    make_harness: MakeHarness, token_fault: Fault
) -> None:
    harness = make_harness(created(), client_id="id", client_secret="secret", token_replies=[token_fault()])
    result = harness.call("create", encounter=ENCOUNTER)
    assert isinstance(result, InteractionsCreateResponse)
    assert len(harness.service.token_requests) == 2
    assert len(harness.service.requests) == 1  # the create itself went out once
    assert len(harness.sleeps) == 1


# --- the idempotent operations: every fault is retried ---------------------------------------------

ALL_FAULTS = {**UNSENT, **MAYBE_APPLIED, "429": (lambda: status(429, **{"Retry-After": "0"}), RateLimitError)}


@pytest.mark.parametrize("method", sorted(IDEMPOTENT_CALLS))
@pytest.mark.parametrize("fault", sorted(ALL_FAULTS))
def test_idempotent_operations_are_retried_after_every_fault(
    make_harness: MakeHarness, method: str, fault: str
) -> None:
    args, kwargs, success = IDEMPOTENT_CALLS[method]
    make_fault, _ = ALL_FAULTS[fault]
    harness = make_harness(make_fault(), success())
    raw = harness.raw(method, *args, **kwargs)
    assert raw.attempts == 2
    assert raw.status_code == success().status_code
    assert len(harness.service.requests) == 2
    assert {r.method for r in harness.service.requests} == {
        {"update": "PATCH", "get": "GET", "delete": "DELETE", "list": "GET"}[method]
    }
    assert len(harness.sleeps) == 1


@pytest.mark.parametrize("fault", sorted(MAYBE_APPLIED))
def test_update_gives_up_after_max_retries_without_the_create_note(
    make_harness: MakeHarness, fault: str
) -> None:
    make_fault, error = MAYBE_APPLIED[fault]
    harness = make_harness(make_fault(), make_fault(), make_fault())
    with pytest.raises(APIError) as info:
        harness.call("update", INTERACTION_ID, encounter={"status": "completed"})
    assert type(info.value) is error
    assert info.value.attempts == 3
    assert len(harness.service.requests) == 3
    assert APPLIED not in str(info.value)


# --- against FakeCorti over loopback ------------------------------------------------------------------


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as server:
        yield server


@pytest.fixture(autouse=True)
def _fresh(request: pytest.FixtureRequest) -> None:
    if "fake" in request.fixturenames:
        request.getfixturevalue("fake").reset()


class Live:
    """A real client (sync, or async on its default transport) against the fake; no waits."""

    def __init__(self, mode: str, fake: FakeCorti, **kwargs: Any) -> None:
        options: dict[str, Any] = {
            "base_url": fake.base_url,
            "tenant_name": fake.tenant_name,
            "client_id": fake.client_id,
            "client_secret": fake.client_secret,
            **kwargs,
        }
        self.sleeps: list[float] = []
        self.loop: asyncio.AbstractEventLoop | None = None
        if mode == "sync":
            self.client: Any = CortiClient(sleep=self.sleeps.append, **options)
        else:
            self.loop = asyncio.new_event_loop()

            async def sleep(seconds: float) -> None:
                self.sleeps.append(seconds)

            self.client = AsyncCortiClient(sleep=sleep, **options)

    def call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        value = getattr(self.client.interactions, method)(*args, **kwargs)
        return value if self.loop is None else self.loop.run_until_complete(value)

    def close(self) -> None:
        if self.loop is None:
            self.client.close()
        else:
            self.loop.run_until_complete(self.client.close())
            self.loop.close()


@pytest.fixture
def live(mode: str, fake: FakeCorti) -> Iterator[Live]:
    client = Live(mode, fake)
    yield client
    client.close()


def posts(fake: FakeCorti) -> int:
    return sum(1 for r in fake.requests if r.method == "POST" and r.path == "/v2/interactions/")


def test_live_create_503_is_not_retried_and_nothing_is_created(live: Live, fake: FakeCorti) -> None:
    fake.inject("status", status=503)
    with pytest.raises(InternalServerError, match=APPLIED) as info:
        live.call("create", encounter=ENCOUNTER)
    assert info.value.status_code == 503
    assert posts(fake) == 1
    assert len(fake.interactions) == 0  # a status fault is not applied
    assert fake.pending_faults == []
    assert live.sleeps == []


def test_live_create_applied_then_dropped_is_not_sent_twice(live: Live, fake: FakeCorti) -> None:
    fake.inject("drop", apply=True)
    with pytest.raises(APIConnectionError, match=APPLIED):
        live.call("create", encounter=ENCOUNTER)
    assert posts(fake) == 1
    assert len(fake.interactions) == 1  # created once, not twice
    (stored,) = (fake.interactions[key] for key in fake.interactions)
    assert stored["encounter"]["identifier"] == "enc-1"
    assert live.sleeps == []


def test_live_create_late_answer_times_out_and_is_not_sent_again(live: Live, fake: FakeCorti) -> None:
    live.call("list", page_size=1)  # the token is fetched now, not under the short timeout
    fake.inject("delay", delay=1.0)  # the work is done at once, the answer comes late
    with pytest.raises(APITimeoutError, match=APPLIED):
        live.call("create", encounter=ENCOUNTER, timeout=0.3)
    assert posts(fake) == 1
    assert len(fake.interactions) == 1


def test_live_create_429_is_retried_and_creates_one(live: Live, fake: FakeCorti) -> None:
    fake.inject("status", status=429, retry_after="0")
    result = live.call("create", encounter=ENCOUNTER)
    assert posts(fake) == 2
    assert list(fake.interactions) == [str(result.interaction_id)]
    assert live.sleeps == [0.0]


def test_live_update_applied_then_dropped_is_retried(live: Live, fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    fake.inject("drop", apply=True)
    result = live.call("update", stored["id"], encounter={"status": "completed"})
    assert result.encounter.status.value == "completed"
    assert fake.attempts(stored["id"]) == 2  # sending it again did no harm
    assert len(fake.interactions) == 1
    assert len(live.sleeps) == 1


def test_live_update_503_is_retried(live: Live, fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    fake.inject("status", status=503, count=2)
    result = live.call("update", stored["id"], encounter={"title": "Retried"})
    assert result.encounter.title == "Retried"
    assert fake.attempts(stored["id"]) == 3
    assert len(live.sleeps) == 2


@pytest.mark.parametrize("client_class", [CortiClient, AsyncCortiClient])
def test_an_error_without_a_request_counts_as_the_requests_own(client_class: type) -> None:
    # httpx sets the request on the errors of a send; one raised without it (here by the
    # application's own event hook) may still be about the API request: a create is not
    # retried after it, as after a timeout.
    sends: list[httpx.Request] = []

    def hook(request: httpx.Request) -> None:
        sends.append(request)
        raise httpx.ReadTimeout("the hook's own")

    async def async_hook(request: httpx.Request) -> None:
        hook(request)

    transport = httpx.MockTransport(lambda request: httpx.Response(201, json={}))
    if client_class is CortiClient:
        http: Any = httpx.Client(transport=transport, event_hooks={"request": [hook]})
    else:
        http = httpx.AsyncClient(transport=transport, event_hooks={"request": [async_hook]})
    client = client_class(tenant_name="t", token="tok", httpx_client=http)
    with pytest.raises(APITimeoutError) as info:
        if client_class is CortiClient:
            client.interactions.create(encounter=ENCOUNTER)
        else:
            asyncio.run(client.interactions.create(encounter=ENCOUNTER))
    assert len(sends) == 1
    assert "not retried" in str(info.value)
