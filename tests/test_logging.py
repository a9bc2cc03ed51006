"""Logging: opt-in, informative, and never a token, secret or patient data."""

from __future__ import annotations

import asyncio
import logging
import re
import traceback
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from corti_interactions import (
    APIResponseValidationError,
    AsyncCortiClient,
    CortiClient,
    CortiError,
    _base_client,
)
from corti_interactions._logging import logger, setup_from_env

from .conftest import INTERACTION_ID, Harness, seed_response

MakeHarness = Callable[..., Harness]
SECRET = "s3cr3t-value"
PATIENT = "Jane Patient-Doe"
PATH = f"/v2/interactions/{INTERACTION_ID}"


@pytest.fixture
def everything(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every record at DEBUG and up, from any logger: ours, httpx's, httpcore's, uvicorn's."""
    caplog.set_level(logging.DEBUG)
    for name in ("corti_interactions", "httpx", "httpcore", "uvicorn", "uvicorn.error", "uvicorn.access"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def ours(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "corti_interactions" and r.levelno == level]


def leak_check(blob: str, *, tokens: set[str], secret: str) -> None:
    assert tokens, "no token was seen: the check would prove nothing"
    for token in tokens:
        assert token not in blob
    assert secret not in blob
    assert PATIENT not in blob
    assert "Patient-Doe" not in blob
    assert "Bearer" not in blob
    assert "authorization" not in blob.lower()
    assert not re.search(r"client_secret=(?!\*\*\*)", blob)  # only ever masked


def close(client: Any) -> None:
    closing = client.close()
    if asyncio.iscoroutine(closing):
        asyncio.run(closing)


def exception_texts(exc: BaseException) -> list[str]:
    """str and repr, and the whole traceback with its chained causes."""
    return [str(exc), repr(exc), "".join(traceback.format_exception(exc))]


# --- what is logged -------------------------------------------------------------------------------


def test_each_attempt_is_logged_at_debug(
    make_harness: MakeHarness, everything: pytest.LogCaptureFixture
) -> None:
    harness = make_harness(
        httpx.Response(503, headers={"x-request-id": "rid-1"}),
        httpx.ConnectError("refused"),
        httpx.Response(200, json=seed_response(), headers={"x-request-id": "rid-3"}),
    )
    harness.update(INTERACTION_ID)
    debug = ours(everything, logging.DEBUG)
    assert len(debug) == 3
    assert re.fullmatch(rf"PATCH {PATH} -> 503 in \d+\.\d ms \(attempt 1, request id rid-1\)", debug[0])
    assert debug[1] == f"PATCH {PATH} failed on attempt 2: ConnectError"
    assert re.fullmatch(rf"PATCH {PATH} -> 200 in \d+\.\d ms \(attempt 3, request id rid-3\)", debug[2])


def test_a_missing_request_id_is_a_dash(
    make_harness: MakeHarness, everything: pytest.LogCaptureFixture
) -> None:
    make_harness().update(INTERACTION_ID)
    (line,) = ours(everything, logging.DEBUG)
    assert line.endswith("(attempt 1, request id -)")


def test_retries_and_their_reason_are_logged_at_info(
    make_harness: MakeHarness, everything: pytest.LogCaptureFixture
) -> None:
    harness = make_harness(
        httpx.Response(503),
        httpx.Response(429, headers={"Retry-After": "2"}),
        httpx.ReadTimeout("slow"),
        httpx.ConnectError("refused"),
        max_retries=4,
    )
    harness.update(INTERACTION_ID)
    info = ours(everything, logging.INFO)
    assert [re.sub(r"in \d+\.\d\d s", "in X s", line) for line in info] == [
        f"retrying PATCH {PATH} in X s (attempt 2 of 5): 503 Service Unavailable",
        f"retrying PATCH {PATH} in X s (attempt 3 of 5): 429 Too Many Requests",
        f"retrying PATCH {PATH} in X s (attempt 4 of 5): APITimeoutError",
        f"retrying PATCH {PATH} in X s (attempt 5 of 5): APIConnectionError",
    ]
    assert "in 2.00 s" in info[1]


def test_a_refused_long_wait_is_logged_at_info(
    make_harness: MakeHarness, everything: pytest.LogCaptureFixture
) -> None:
    harness = make_harness(httpx.Response(429, headers={"Retry-After": "600"}))
    with pytest.raises(CortiError):
        harness.update(INTERACTION_ID)
    assert ours(everything, logging.INFO) == [
        "not retrying 429 Too Many Requests: the service asked to wait over the limit"
    ]


def test_no_retry_no_info_line(make_harness: MakeHarness, everything: pytest.LogCaptureFixture) -> None:
    harness = make_harness(httpx.Response(404), httpx.Response(503))
    with pytest.raises(CortiError):
        harness.update(INTERACTION_ID)
    with pytest.raises(CortiError):
        harness.update(INTERACTION_ID, max_retries=0)
    assert ours(everything, logging.INFO) == []


def test_at_info_the_attempts_are_not_logged(
    make_harness: MakeHarness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="corti_interactions")
    make_harness(httpx.Response(503)).update(INTERACTION_ID)
    assert [r.levelno for r in caplog.records if r.name == "corti_interactions"] == [logging.INFO]


def test_nothing_is_logged_at_warning_or_above(
    make_harness: MakeHarness, everything: pytest.LogCaptureFixture
) -> None:
    """So Python's last-resort handler never prints anything for an unconfigured application."""
    harness = make_harness(
        httpx.Response(503),
        httpx.Response(503),
        httpx.Response(503),
        httpx.Response(429, headers={"Retry-After": "99"}),
    )
    for _ in range(2):
        with pytest.raises(CortiError):
            harness.update(INTERACTION_ID)
    assert [
        r for r in everything.records if r.name == "corti_interactions" and r.levelno >= logging.WARNING
    ] == []


# --- what is never logged -------------------------------------------------------------------------


def test_a_full_run_leaks_no_secret_token_or_patient_data(
    make_harness: MakeHarness, everything: pytest.LogCaptureFixture
) -> None:
    echoed = seed_response()
    echoed["patient"]["name"] = PATIENT
    bad_request = {
        "detail": "Invalid request body",
        "requestid": "rid-400",
        "validationErrors": [{"field": "patient.name", "message": f"'{PATIENT}' is too long"}],
    }
    harness = make_harness(
        httpx.Response(503, headers={"x-request-id": "rid-503"}),
        httpx.Response(429, headers={"Retry-After": "0"}),
        httpx.Response(200, json=echoed, headers={"x-request-id": "rid-ok"}),
        httpx.Response(404, json={"detail": "Interaction not found"}),
        httpx.Response(400, json=bad_request),
        httpx.Response(401, json={"detail": "Token expired"}),
        httpx.Response(401, json={"detail": "Token expired"}),
        httpx.Response(200, text=f"<html>Hello {PATIENT}</html>"),
        httpx.ConnectError("refused"),
        client_id="the-client",
        client_secret=SECRET,
    )
    texts = [repr(harness.client), repr(harness.client._config.auth)]
    patient = {"identifier": "p", "name": PATIENT}
    result = harness.update(INTERACTION_ID, patient=patient)
    assert result.patient.name == PATIENT  # the name did travel both ways
    raised, kept_body = [], ""
    for _ in range(5):
        try:
            harness.update(INTERACTION_ID, patient=patient, max_retries=0)
        except CortiError as exc:
            texts += exception_texts(exc)
            raised.append(type(exc).__name__)
            if isinstance(exc, APIResponseValidationError):
                kept_body = exc.body or ""
    assert raised == [
        "NotFoundError",
        "BadRequestError",
        "AuthenticationError",
        "APIResponseValidationError",
        "APIConnectionError",
    ]
    assert PATIENT in kept_body  # kept on the attribute, for debugging
    assert all(PATIENT.encode() in r.content for r in harness.service.requests)

    # The capture is not vacuous: our debug and info lines and httpx's own lines are in it.
    messages = [r.getMessage() for r in everything.records]
    assert any("request id rid-503" in m for m in messages)
    assert any(m.startswith("retrying") and "429 Too Many Requests" in m for m in messages)
    assert any(r.name.startswith("httpx") for r in everything.records)
    assert any("/protocol/openid-connect/token" in m for m in messages)

    tokens = {r.headers["Authorization"].removeprefix("Bearer ") for r in harness.service.requests}
    assert tokens == {"tok-1", "tok-2"}  # the 401 forced one refresh
    texts += [everything.text, *messages]
    leak_check("\n".join(texts), tokens=tokens, secret=SECRET)


NOWHERE = "00000000-0000-4000-8000-000000000000"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_loopback_run_leaks_nothing_either(kind: str, everything: pytest.LogCaptureFixture) -> None:
    """Over real sockets, so httpcore (and the fake's uvicorn) log too."""
    from corti_interactions.testing import FakeCorti

    texts: list[str] = []
    results: list[Any] = []
    patient = {"identifier": "p", "name": PATIENT}
    with FakeCorti(client_secret=SECRET) as fake:
        stored = fake.add_interaction()
        # (what goes wrong first, which interaction): retries, a 404, a truncated 200, a 401
        steps: list[tuple[Callable[[], None], str]] = [
            (
                lambda: (
                    fake.inject("status", status=503),
                    fake.inject("status", status=429, retry_after="0"),
                ),
                stored["id"],
            ),
            (lambda: None, NOWHERE),
            (lambda: fake.inject("truncated"), stored["id"]),
            (fake.expire_tokens, stored["id"]),
        ]
        options: dict[str, Any] = {
            "base_url": fake.base_url,
            "tenant_name": fake.tenant_name,
            "client_id": fake.client_id,
            "client_secret": SECRET,
        }
        if kind == "sync":
            with CortiClient(sleep=lambda s: None, **options) as client:
                texts.append(repr(client))
                for prepare, interaction_id in steps:
                    prepare()
                    try:
                        results.append(client.interactions.update(interaction_id, patient=patient))
                    except CortiError as exc:
                        texts.extend(exception_texts(exc))
                url = client.stream_url(stored["websocketUrl"])
        else:

            async def nosleep(seconds: float) -> None:
                return None

            async def main() -> str:
                async with AsyncCortiClient(sleep=nosleep, async_transport="httpx", **options) as client:
                    texts.append(repr(client))
                    for prepare, interaction_id in steps:
                        prepare()
                        try:
                            results.append(await client.interactions.update(interaction_id, patient=patient))
                        except CortiError as exc:
                            texts.extend(exception_texts(exc))
                    return await client.stream_url(stored["websocketUrl"])

            url = asyncio.run(main())
        assert fake.token_requests == 2  # the expired token was refreshed once
        assert fake.attempts(stored["id"]) == 6  # 503, 429, 200, truncated 200, 401, 200
    assert [r.patient.name for r in results] == [PATIENT, PATIENT]  # the name did travel
    assert len(texts) == 1 + 2 * 3  # the repr, then the 404's and the truncated body's texts
    assert any(r.name.startswith("httpcore") for r in everything.records)
    assert any(r.name == "corti_interactions" for r in everything.records)
    token = httpx.URL(url).params["token"].removeprefix("Bearer ")
    texts += [everything.text, *(r.getMessage() for r in everything.records)]
    leak_check("\n".join(texts), tokens={token}, secret=SECRET)


@pytest.mark.parametrize("cls", [CortiClient, AsyncCortiClient])
@pytest.mark.parametrize(
    "credentials",
    [
        {"token": "static-tok-123"},
        {"token": lambda: "static-tok-123"},
        {"client_id": "c", "client_secret": SECRET},
    ],
    ids=["token", "token-callable", "client-credentials"],
)
def test_client_repr_hides_secrets(cls: type, credentials: dict[str, Any]) -> None:
    client = cls(tenant_name="t", **credentials)
    text = repr(client)
    close(client)
    assert "static-tok-123" not in text and SECRET not in text
    assert "***" in text
    assert text.startswith(f"{cls.__name__}(tenant_name='t'")


# --- CORTI_LOG ------------------------------------------------------------------------------------


@pytest.fixture
def clean_logger() -> Iterator[None]:
    """Our logger as an unconfigured application has it; restored afterwards."""
    handlers, level = list(logger.handlers), logger.level
    logger.handlers.clear()
    logger.setLevel(logging.NOTSET)
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)


def no_root_handlers(monkeypatch: pytest.MonkeyPatch) -> None:
    """No logging config at all: pytest's capture handlers, added once the test runs, hidden."""
    monkeypatch.setattr(logging.getLogger(), "handlers", [])


@pytest.mark.usefixtures("clean_logger")
@pytest.mark.parametrize(
    ("value", "level"),
    [("debug", logging.DEBUG), ("DEBUG", logging.DEBUG), (" info ", logging.INFO), ("Info", logging.INFO)],
)
def test_corti_log_switches_logging_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], value: str, level: int
) -> None:
    no_root_handlers(monkeypatch)
    monkeypatch.setenv("CORTI_LOG", value)
    setup_from_env()
    setup_from_env()  # every client calls it: still one handler
    (handler,) = logger.handlers
    assert isinstance(handler, logging.StreamHandler)
    assert logger.level == level
    logger.debug("a debug line")
    logger.info("an info line")
    err = capsys.readouterr().err
    assert "corti_interactions INFO an info line" in err
    assert ("a debug line" in err) is (level == logging.DEBUG)


@pytest.mark.usefixtures("clean_logger")
@pytest.mark.parametrize("cls", [CortiClient, AsyncCortiClient])
def test_constructing_a_client_reads_corti_log(monkeypatch: pytest.MonkeyPatch, cls: type) -> None:
    no_root_handlers(monkeypatch)
    monkeypatch.setenv("CORTI_LOG", "debug")
    close(cls(tenant_name="t", token="x"))
    assert len(logger.handlers) == 1
    assert logger.level == logging.DEBUG


@pytest.mark.usefixtures("clean_logger")
@pytest.mark.parametrize("value", [None, "", "verbose", "warning", "0"])
def test_silent_by_default(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    no_root_handlers(monkeypatch)
    if value is not None:
        monkeypatch.setenv("CORTI_LOG", value)
    setup_from_env()
    close(CortiClient(tenant_name="t", token="x"))
    assert logger.handlers == []
    assert logger.level == logging.NOTSET


@pytest.mark.usefixtures("clean_logger")
def test_corti_log_leaves_a_configured_logger_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    mine = logging.NullHandler()
    logger.addHandler(mine)
    logger.setLevel(logging.WARNING)
    monkeypatch.setenv("CORTI_LOG", "debug")
    setup_from_env()
    assert logger.handlers == [mine]
    assert logger.level == logging.WARNING


@pytest.mark.usefixtures("clean_logger")
def test_corti_log_with_root_handlers_sets_the_level_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """An application's `basicConfig` gets each line once, not twice."""
    seen: list[logging.LogRecord] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record)

    monkeypatch.setattr(logging.getLogger(), "handlers", [Collect()])
    monkeypatch.setenv("CORTI_LOG", "info")
    setup_from_env()
    assert logger.handlers == []
    assert logger.level == logging.INFO
    logger.info("once")
    logger.debug("not at info")
    assert [r.getMessage() for r in seen] == ["once"]


def test_the_logged_duration_is_in_milliseconds(
    make_harness: MakeHarness, everything: pytest.LogCaptureFixture
) -> None:
    import time

    def slow(request: httpx.Request) -> httpx.Response:
        time.sleep(0.03)
        return httpx.Response(200, json=seed_response())

    started = time.perf_counter()
    make_harness(slow).update(INTERACTION_ID)
    most = (time.perf_counter() - started) * 1000
    (line,) = ours(everything, logging.DEBUG)
    found = re.search(r"in (\d+\.\d) ms", line)
    assert found is not None
    assert 30.0 <= float(found.group(1)) <= most + 0.1


def test_the_logged_duration_is_the_attempts_own(
    make_harness: MakeHarness, everything: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A clock that moves 125 ms each time it is read: from the attempt's start to its answer.
    ticks = iter(range(1000))
    monkeypatch.setattr(_base_client, "time", SimpleNamespace(perf_counter=lambda: next(ticks) * 0.125))
    make_harness().update(INTERACTION_ID)
    (line,) = ours(everything, logging.DEBUG)
    assert " -> 200 in 125.0 ms (attempt 1," in line
