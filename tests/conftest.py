"""Shared fixtures: a scripted in-process Corti (httpx.MockTransport) and a harness that
drives the sync and the async client through one interface, so every rule is tested on both.

Every harness test also runs on both pools: one the caller brings (`httpx_client=`, sent
through `httpx.Client.send`) and one the client owns (`transport=`, sent straight to the
transport by `_direct`), so the two send paths are shown to behave the same.
"""

from __future__ import annotations

import asyncio
import copy
import json
import os
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from corti_interactions import NOT_GIVEN, AsyncCortiClient, CortiClient
from hypothesis import HealthCheck, settings

INTERACTION_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
TENANT = "copiloteu"

# The seed page's example response, with a real websocket URL.
SEED_RESPONSE: dict[str, Any] = {
    "id": INTERACTION_ID,
    "assignedUserId": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
    "encounter": {
        "identifier": "<string>",
        "status": "planned",
        "type": "first_consultation",
        "period": {"startedAt": "2023-11-07T05:31:56Z", "endedAt": "2023-11-07T05:31:56Z"},
        "title": "<string>",
    },
    "patient": {
        "identifier": "<string>",
        "name": "<string>",
        "gender": "male",
        "birthDate": "2023-11-07T05:31:56Z",
        "pronouns": "<string>",
    },
    "endedAt": "2023-11-07T05:31:56Z",
    "createdAt": "2023-11-07T05:31:56Z",
    "updatedAt": "2023-11-07T05:31:56Z",
    "websocketUrl": f"wss://api.eu.corti.app/v2/interactions/{INTERACTION_ID}/streams",
    "lastUpdated": "2023-11-07T05:31:56Z",
}

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Between:
    """Equal to any wait from `low` to `high` seconds (a jittered backoff, an HTTP date)."""

    def __init__(self, low: float, high: float) -> None:
        self.low, self.high = low, high

    def __eq__(self, other: object) -> bool:
        return isinstance(other, float) and self.low <= other <= self.high

    def __hash__(self) -> int:
        return hash((self.low, self.high))

    def __repr__(self) -> str:
        return f"<{self.low}..{self.high} s>"


def backoff(n: int) -> Between:
    """Any wait the backoff may pick before retry `n`: 0.5 s doubling up to 8 s, less up to
    25 % jitter."""
    most = min(0.5 * 2 ** (n - 1), 8.0)
    return Between(0.75 * most, most)


def snapshot(request: httpx.Request) -> httpx.Request:
    """A copy as sent: the client reuses one request object across retries."""
    copied = httpx.Request(
        request.method, request.url, headers=request.headers.copy(), content=request.read()
    )
    copied.extensions = dict(request.extensions)
    return copied


def seed_response() -> dict[str, Any]:
    """A fresh copy of the seed example."""
    return copy.deepcopy(SEED_RESPONSE)


class ScriptedCorti:
    """An in-process stand-in: answers API calls from a script, tokens from a counter.

    `api_replies` are used in order (an exception is raised as the transport's); when they
    run out, every call gets the seed response.
    """

    def __init__(self, *api_replies: Reply, token_replies: list[Reply] | None = None) -> None:
        self.api_replies = list(api_replies)
        self.token_replies = list(token_replies or [])
        self.requests: list[httpx.Request] = []
        self.token_requests: list[httpx.Request] = []
        self.issued = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/protocol/openid-connect/token"):
            self.token_requests.append(snapshot(request))
            if self.token_replies:
                return self._play(self.token_replies.pop(0), request)
            self.issued += 1
            return httpx.Response(200, json={"access_token": f"tok-{self.issued}", "expires_in": 300})
        self.requests.append(snapshot(request))
        if self.api_replies:
            return self._play(self.api_replies.pop(0), request)
        return httpx.Response(200, json=seed_response())

    @staticmethod
    def _play(reply: Reply, request: httpx.Request) -> httpx.Response:
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):  # a fresh copy: tables share their replies
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.read())
        return reply(request)

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) for r in self.requests]


class Harness:
    """One client, sync or async, called the same way from a test."""

    def __init__(self, mode: str, service: ScriptedCorti, pool: str = "brought", **kwargs: Any) -> None:
        self.mode = mode
        self.pool = pool
        self.service = service
        self.sleeps: list[float] = []
        kwargs.setdefault("tenant_name", TENANT)
        if "token" not in kwargs and "client_id" not in kwargs:
            kwargs["token"] = "static-token"
        transport = httpx.MockTransport(service)
        owned = pool == "owned"
        if owned and kwargs.get("timeout", NOT_GIVEN) is NOT_GIVEN:
            # A brought pool's timeout (httpx's default) stands; the owned one is given the same.
            kwargs["timeout"] = httpx.Timeout(5.0)
        self.loop: asyncio.AbstractEventLoop | None = None
        if mode == "sync":
            pooling: dict[str, Any] = (
                {"transport": transport} if owned else {"httpx_client": httpx.Client(transport=transport)}
            )
            self.client: Any = CortiClient(sleep=self.sleeps.append, **pooling, **kwargs)
        else:
            self.loop = asyncio.new_event_loop()

            async def sleep(seconds: float) -> None:
                self.sleeps.append(seconds)

            pooling = (
                {"transport": transport}
                if owned
                else {"httpx_client": httpx.AsyncClient(transport=transport)}
            )
            self.client = AsyncCortiClient(sleep=sleep, **pooling, **kwargs)

    def run(self, value: Any) -> Any:
        if self.loop is not None:
            return self.loop.run_until_complete(value)
        return value

    def update(self, *args: Any, **kwargs: Any) -> Any:
        return self.run(self.client.interactions.update(*args, **kwargs))

    def call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """`client.interactions.<method>(...)`, awaited on the async client."""
        return self.run(getattr(self.client.interactions, method)(*args, **kwargs))

    def raw(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """`client.interactions.with_raw_response.<method>(...)`."""
        return self.run(getattr(self.client.interactions.with_raw_response, method)(*args, **kwargs))

    def raw_update(self, *args: Any, **kwargs: Any) -> Any:
        return self.run(self.client.interactions.with_raw_response.update(*args, **kwargs))

    def stream_url(self, interaction: Any) -> str:
        return str(self.run(self.client.stream_url(interaction)))

    def close(self) -> None:
        if self.loop is not None:
            self.loop.run_until_complete(self.client.close())
            self.loop.close()
        else:
            self.client.close()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(params=["brought", "owned"])
def pool(request: pytest.FixtureRequest) -> str:
    """`brought`: the caller's pool (`httpx_client=`); `owned`: the client's own (`transport=`)."""
    return str(request.param)


@pytest.fixture
def make_harness(mode: str, pool: str) -> Iterator[Callable[..., Harness]]:
    made: list[Harness] = []

    def make(*replies: Reply, token_replies: list[Reply] | None = None, **kwargs: Any) -> Harness:
        service = ScriptedCorti(*replies, token_replies=token_replies)
        harness = Harness(mode, service, pool=pool, **kwargs)
        made.append(harness)
        return harness

    yield make
    for harness in made:
        harness.close()


@pytest.fixture(autouse=True)
def _no_corti_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's own CORTI_* settings."""
    for name in (
        "CORTI_TENANT_NAME",
        "CORTI_ENVIRONMENT",
        "CORTI_BASE_URL",
        "CORTI_TOKEN",
        "CORTI_CLIENT_ID",
        "CORTI_CLIENT_SECRET",
        "CORTI_LOG",
        "CORTI_ASYNC_TRANSPORT",
        # A proxy set on the machine would reroute loopback tests and pick httpx's transport.
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)


# POSIX rules, so no zone database is needed: UTC, New York (behind UTC, with summer time)
# and India (ahead of it, on a half hour).
LOCAL_ZONES = ["UTC0", "EST5EDT,M3.2.0,M11.1.0", "IST-5:30"]


@pytest.fixture(params=LOCAL_ZONES)
def local_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run the test with the process in each of `LOCAL_ZONES`: what reads dates must not
    depend on the machine's zone, and CI's is UTC, where reading local time goes unnoticed."""
    zone: str = request.param
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        yield zone
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.fixture
def env(fake: Any) -> dict[str, str]:
    """The `CORTI_*` variables that point the command line at the test module's `fake`."""
    return {
        "CORTI_BASE_URL": fake.base_url,
        "CORTI_TENANT_NAME": fake.tenant_name,
        "CORTI_CLIENT_ID": fake.client_id,
        "CORTI_CLIENT_SECRET": fake.client_secret,
    }


# Hundreds of examples per property in `make verify` (`--hypothesis-profile=verify`); a few
# dozen in `make test` (`ci`, the default), which still runs every property as a gate.
# `pytest --hypothesis-seed=N` fixes the seed.
settings.register_profile(
    "verify",
    max_examples=int(os.environ.get("CORTI_VERIFY_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "ci",
    parent=settings.get_profile("verify"),
    max_examples=int(os.environ.get("CORTI_CI_EXAMPLES", "30")),
    # With few examples the filter check fires on strategies `verify` runs cleanly at 300.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


def pytest_configure(config: pytest.Config) -> None:
    """Loads `--hypothesis-profile` if given, else `ci`. The profiles are registered when this
    conftest is imported, before hypothesis's own plugin applies the option."""
    settings.load_profile(config.getoption("--hypothesis-profile") or "ci")
