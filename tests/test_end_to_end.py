"""The client against the fake service over real loopback sockets: sync, and async on both
transports (httpx's own pool and aiohttp's)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from corti_interactions import (
    APIConnectionError,
    APITimeoutError,
    AsyncCortiClient,
    AuthenticationError,
    BadRequestError,
    CortiClient,
    InteractionsEncounterStatusEnum,
    NotFoundError,
    PermissionDeniedError,
)
from corti_interactions.testing import FakeCorti

NOWHERE = "00000000-0000-4000-8000-000000000000"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as server:
        yield server


class Runner:
    """Runs one scenario on the sync client or on the async client with a given transport."""

    def __init__(self, kind: str, fake: FakeCorti) -> None:
        self.kind, self.fake = kind, fake

    def kwargs(self, **extra: Any) -> dict[str, Any]:
        base = {
            "base_url": self.fake.base_url,
            "tenant_name": self.fake.tenant_name,
            "client_id": self.fake.client_id,
            "client_secret": self.fake.client_secret,
        }
        return {**base, **extra}

    def update(self, interaction_id: str, client_kwargs: dict[str, Any] | None = None, **kwargs: Any) -> Any:
        options = self.kwargs(**(client_kwargs or {}))
        if self.kind == "sync":
            with CortiClient(sleep=lambda s: None, **options) as client:
                return client.interactions.update(interaction_id, **kwargs)

        async def nosleep(seconds: float) -> None:
            return None

        async def main() -> Any:
            transport = self.kind.removeprefix("async-")
            async with AsyncCortiClient(async_transport=transport, sleep=nosleep, **options) as client:  # type: ignore[arg-type]
                return await client.interactions.update(interaction_id, **kwargs)

        return asyncio.run(main())


@pytest.fixture(params=["sync", "async-httpx", "async-aiohttp"])
def run(request: pytest.FixtureRequest, fake: FakeCorti) -> Runner:
    return Runner(request.param, fake)


def test_update_round_trip(run: Runner, fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    result = run.update(
        stored["id"],
        encounter={"status": "completed", "period": {"startedAt": "2026-01-01T08:00:00Z", "endedAt": None}},
        patient={"identifier": "P-9", "name": "Test Person", "gender": "other"},
        assigned_user_id=None,
    )
    assert result.encounter.status is InteractionsEncounterStatusEnum.COMPLETED
    assert str(result.assigned_user_id) != stored["assignedUserId"]
    state = fake.interactions[stored["id"]]
    assert state["encounter"]["status"] == "completed"
    assert state["encounter"]["period"] == {"startedAt": "2026-01-01T08:00:00+00:00", "endedAt": None}
    assert state["patient"]["name"] == "Test Person"
    assert state["assignedUserId"] == str(result.assigned_user_id)


def test_service_errors(run: Runner, fake: FakeCorti) -> None:
    with pytest.raises(NotFoundError, match="Interaction not found"):
        run.update(NOWHERE)
    with pytest.raises(PermissionDeniedError):
        run.update(
            fake.add_interaction()["id"],
            client_kwargs={
                "token": fake.issue_token(),
                "client_id": None,
                "client_secret": None,
                "tenant_name": "other",
            },
        )
    with pytest.raises(AuthenticationError):
        run.update(NOWHERE, client_kwargs={"client_secret": "wrong"})


def test_expired_token_is_refreshed_once(run: Runner, fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    token = fake.issue_token()
    fake.expire_tokens()
    with pytest.raises(AuthenticationError):  # a static token cannot be refreshed
        run.update(stored["id"], client_kwargs={"token": token, "client_id": None, "client_secret": None})
    before = fake.token_requests
    run.update(stored["id"])  # fresh credentials: one token request
    assert fake.token_requests == before + 1


def test_retries_over_real_sockets(run: Runner, fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    fake.inject("status", status=503, count=2, retry_after="0")
    run.update(stored["id"], encounter={"status": "on-hold"})
    assert fake.attempts(stored["id"]) == 3
    assert fake.interactions[stored["id"]]["encounter"]["status"] == "on-hold"


def test_read_timeout_is_an_api_timeout_error(run: Runner, fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    fake.inject("delay", delay=1.0)
    with pytest.raises(APITimeoutError):
        run.update(stored["id"], client_kwargs={"timeout": 0.3, "max_retries": 0})


def test_dropped_connection_is_a_connection_error_not_a_timeout(run: Runner, fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    fake.inject("drop")
    with pytest.raises(APIConnectionError) as info:
        run.update(stored["id"], client_kwargs={"max_retries": 0})
    assert not isinstance(info.value, APITimeoutError)


def test_refused_connection(run: Runner) -> None:
    with pytest.raises(APIConnectionError) as info:
        run.update(
            NOWHERE,
            client_kwargs={
                "base_url": "http://127.0.0.1:9/v2",
                "token": "x",
                "client_id": None,
                "client_secret": None,
                "max_retries": 0,
            },
        )
    assert not isinstance(info.value, APITimeoutError)


def test_invalid_input_is_refused_by_the_client_before_the_fake_sees_it(run: Runner, fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    before = len(fake.requests)
    with pytest.raises(ValueError, match="encounter.status"):
        run.update(stored["id"], encounter={"status": "bogus"})
    assert len(fake.requests) == before


def test_fake_rejects_what_the_spec_forbids(fake: FakeCorti) -> None:
    stored = fake.add_interaction()
    with CortiClient(
        base_url=fake.base_url, tenant_name=fake.tenant_name, token=fake.issue_token()
    ) as client:
        raw = client._http.patch(
            f"{fake.base_url}/interactions/{stored['id']}",
            json={"encounter": {"status": "bogus"}},
            headers={"Tenant-Name": fake.tenant_name, "Authorization": f"Bearer {fake.issue_token()}"},
        )
    assert raw.status_code == 400
    assert BadRequestError.__name__ == "BadRequestError"
