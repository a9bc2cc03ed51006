"""Corti's three error bodies read into the same attributes; 429 A0021 (a spent credit quota).

Shapes: `requestid/status/type/detail/validationErrors`, the older `title/details/instance`,
and the newer envelope `{"error": {"code", "message", "howToFix", "details":
{"validationErrors": [{"field", "reason"}]}, "requestId"}}` (FACTS-under-an-interaction, 7).
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from corti_interactions import (
    AsyncCortiClient,
    BadRequestError,
    CortiClient,
    InsufficientBalanceError,
    RateLimitError,
    ValidationProblem,
)
from corti_interactions._exceptions import make_status_error

from .conftest import INTERACTION_ID, Harness

_REQUEST = httpx.Request("PATCH", f"https://api.eu.corti.app/v2/interactions/{INTERACTION_ID}")

SHAPES: dict[str, dict[str, Any]] = {
    "current": {
        "requestid": "req-1",
        "status": 400,
        "type": "A0003",
        "detail": "Invalid request body",
        "validationErrors": [{"encounter.status": "not allowed"}],
    },
    "older": {"type": "A0003", "title": "Bad Request", "details": "Invalid request body", "instance": "/x"},
    "envelope": {
        "error": {
            "code": "A0003",
            "message": "Invalid request body",
            "howToFix": "Send a known status",
            "details": {"validationErrors": [{"field": "encounter.status", "reason": "not allowed"}]},
            "requestId": "req-1",
        }
    },
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_error_shape_fills_the_same_attributes(shape: str) -> None:
    error = make_status_error(httpx.Response(400, json=SHAPES[shape], request=_REQUEST))
    assert isinstance(error, BadRequestError)
    assert (error.code, error.detail) == ("A0003", "Invalid request body")
    assert "Invalid request body" in str(error)
    if shape != "older":
        assert error.request_id == "req-1"
        assert error.validation_errors == (ValidationProblem("encounter.status", "not allowed"),)
        assert "not allowed" not in str(error)  # a reason may quote the value sent: not in the message
    if shape == "envelope":
        assert error.how_to_fix == "Send a known status"
        assert "how to fix: Send a known status" in str(error)


def test_the_token_endpoints_oauth2_error_is_read_too() -> None:
    body = {"error": "invalid_client", "error_description": "Invalid client credentials"}
    request = httpx.Request("POST", "https://auth.eu.corti.app/realms/t/protocol/openid-connect/token")
    error = make_status_error(httpx.Response(401, json=body, request=request))
    assert (error.code, error.detail) == ("invalid_client", "Invalid client credentials")
    assert str(error).endswith("-> 401 Unauthorized: Invalid client credentials")


def test_the_envelope_keeps_unknown_detail_keys_and_the_header_request_id_fills_in() -> None:
    body = {"error": {"code": "A0010", "message": "Processing error", "details": {"trace": "t-1"}}}
    response = httpx.Response(500, json=body, headers={"x-request-id": "hdr-1"}, request=_REQUEST)
    error = make_status_error(response)
    assert (error.code, error.request_id, error.validation_errors) == ("A0010", "hdr-1", ())
    assert str(error).endswith("-> 500 Internal Server Error: Processing error (request id hdr-1)")


A0021 = {"requestid": "r", "status": 429, "type": "A0021", "detail": "Insufficient balance"}
A0021_ENVELOPE = {"error": {"code": "A0021", "message": "Insufficient balance", "requestId": "r"}}


@pytest.mark.parametrize("body", [A0021, A0021_ENVELOPE], ids=["current", "envelope"])
def test_insufficient_balance_is_not_retried_and_says_what_it_means(make_harness: Any, body: Any) -> None:
    harness: Harness = make_harness(httpx.Response(429, json=body, headers={"Retry-After": "1"}))
    with pytest.raises(InsufficientBalanceError) as info:
        harness.update(INTERACTION_ID)
    assert isinstance(info.value, RateLimitError)
    assert len(harness.service.requests) == 1 and harness.sleeps == []
    assert "credit quota is used up" in str(info.value) and "(A0021)" in str(info.value)
    assert info.value.stops_run


def test_a_plain_429_with_retry_after_is_still_retried(make_harness: Any) -> None:
    limited = httpx.Response(429, json={"type": "A0009", "detail": "slow down"}, headers={"Retry-After": "2"})
    harness: Harness = make_harness(limited)
    harness.update(INTERACTION_ID)
    assert len(harness.service.requests) == 2 and harness.sleeps == [2.0]


def _quota_service(spent_after: int) -> tuple[httpx.MockTransport, list[str]]:
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        if len(sent) > spent_after:
            return httpx.Response(429, json=A0021)
        from .conftest import seed_response

        return httpx.Response(200, json=seed_response())

    return httpx.MockTransport(handler), sent


IDS = [f"3c90c3cc-0d44-4b50-8888-{n:012d}" for n in range(200)]


def test_a_sync_bulk_run_stops_sending_at_insufficient_balance() -> None:
    transport, sent = _quota_service(spent_after=5)
    client = CortiClient(
        base_url="https://api.eu.corti.app/v2", tenant_name="t", token="x", transport=transport
    )
    results: list[Any] = []
    with pytest.raises(InsufficientBalanceError):
        client.interactions.update_many(((i, {}) for i in IDS), concurrency=4, on_result=results.append)
    assert len(sent) < 5 + 4 * 2  # the calls in flight, not every item (200)
    assert any(isinstance(r.error, InsufficientBalanceError) for r in results)  # reported first
    assert len(results) == len(sent)  # every call sent is reported, nothing else is claimed


def test_an_async_bulk_run_stops_sending_at_insufficient_balance() -> None:
    async def main() -> tuple[list[str], list[Any]]:
        transport, sent = _quota_service(spent_after=5)
        results: list[Any] = []
        async with AsyncCortiClient(
            base_url="https://api.eu.corti.app/v2", tenant_name="t", token="x", transport=transport
        ) as client:
            with pytest.raises(InsufficientBalanceError):
                await client.interactions.update_many(
                    ((i, {}) for i in IDS), concurrency=4, on_result=results.append
                )
        return sent, results

    sent, results = asyncio.run(main())
    assert len(sent) < 5 + 4 * 2
    assert len(results) == len(sent)
