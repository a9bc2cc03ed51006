"""Logging: opt-in, informative, and never a token, secret or patient data."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest
from corti_interactions import APIError, APIResponseValidationError, CortiError
from corti_interactions._logging import logger, setup_from_env

from .conftest import INTERACTION_ID, Harness, seed_response

SECRET = "s3cr3t-value"
PATIENT = "Jane Patient-Doe"


@pytest.fixture
def everything(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)  # root: ours, httpx's and httpcore's
    return caplog


def test_attempts_and_retries_are_logged(make_harness, everything: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(httpx.Response(503, headers={"x-request-id": "rid-1"}))
    harness.update(INTERACTION_ID)
    ours = [r for r in everything.records if r.name == "corti_interactions"]
    debug = [r.getMessage() for r in ours if r.levelno == logging.DEBUG]
    info = [r.getMessage() for r in ours if r.levelno == logging.INFO]
    assert debug[0].startswith(f"PATCH /v2/interactions/{INTERACTION_ID} -> 503 in ")
    assert "(attempt 1, request id rid-1)" in debug[0]
    assert "(attempt 2, request id -)" in debug[1]
    assert len(info) == 1
    assert info[0].startswith(f"retrying PATCH /v2/interactions/{INTERACTION_ID} in ")
    assert info[0].endswith("(attempt 2 of 3): 503 Service Unavailable")


def test_a_full_run_leaks_no_secret_token_or_patient_data(
    make_harness, everything: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    echoed = seed_response()
    echoed["patient"]["name"] = PATIENT
    bad_request = {
        "detail": "invalid body",
        "validationErrors": [{"patient.name": f"'{PATIENT}' is too long"}],
    }
    harness: Harness = make_harness(
        httpx.Response(503),
        httpx.Response(429, headers={"Retry-After": "0"}),
        httpx.Response(200, json=echoed),
        httpx.Response(404, json={"detail": "Interaction not found"}),
        httpx.Response(400, json=bad_request),
        httpx.Response(401),
        httpx.Response(401),
        httpx.Response(200, text=f"<html>{PATIENT}</html>"),
        httpx.ConnectError("refused"),
        client_id="the-client",
        client_secret=SECRET,
        max_retries=2,
    )
    texts = [repr(harness.client)]
    patient = {"identifier": "p", "name": PATIENT}
    harness.update(INTERACTION_ID, patient=patient)
    raised, kept_body = [], ""
    for _ in range(5):
        try:
            harness.update(INTERACTION_ID, patient=patient, max_retries=0)
        except CortiError as exc:
            texts += [str(exc), repr(exc)]
            raised.append(type(exc).__name__)
            if isinstance(exc, APIResponseValidationError):
                kept_body = exc.body or ""
    assert PATIENT in kept_body  # kept on the attribute, for debugging
    assert raised == [
        "NotFoundError",
        "BadRequestError",
        "AuthenticationError",
        "APIResponseValidationError",
        "APIConnectionError",
    ]
    tokens = [r.headers["Authorization"].split()[1] for r in harness.service.requests]
    assert tokens and all(t.startswith("tok-") for t in tokens)
    texts.append(everything.text)
    texts += [r.getMessage() for r in everything.records]
    blob = "\n".join(texts)
    for token in set(tokens):
        assert token not in blob
    assert SECRET not in blob
    assert PATIENT not in blob
    assert "Authorization" not in blob and "authorization" not in blob


def test_errors_collected_in_that_run_are_api_errors(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(httpx.Response(404), max_retries=0)
    with pytest.raises(APIError):
        harness.update(INTERACTION_ID)


@pytest.fixture
def clean_logger() -> Iterator[None]:
    handlers, level = list(logger.handlers), logger.level
    logger.handlers.clear()
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.mark.usefixtures("clean_logger")
@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO)])
def test_corti_log_switches_logging_on(monkeypatch: pytest.MonkeyPatch, value: str, level: int) -> None:
    monkeypatch.setenv("CORTI_LOG", value)
    setup_from_env()
    assert len(logger.handlers) == 1
    assert logger.level == level


@pytest.mark.usefixtures("clean_logger")
@pytest.mark.parametrize("value", [None, "", "verbose"])
def test_silent_by_default(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    if value is not None:
        monkeypatch.setenv("CORTI_LOG", value)
    setup_from_env()
    assert logger.handlers == []


@pytest.mark.usefixtures("clean_logger")
def test_corti_log_leaves_a_configured_logger_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    mine = logging.NullHandler()
    logger.addHandler(mine)
    monkeypatch.setenv("CORTI_LOG", "debug")
    setup_from_env()
    assert logger.handlers == [mine]
