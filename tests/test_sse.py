"""Streamed answers (server-sent events), the one generic path, through httpx's mock transport.

`client.agentic.agents.stream_message()` stands for every operation whose spec answer is
`text/event-stream`: typed events by the key their data holds, an `UnknownEvent` for any
other (never an error), the connection released when the `with` block is left early, a
stream that breaks off raising `APIConnectionError` with how many events came, nothing of
an event's content in a log, an exception or a repr.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from corti_interactions import (
    APIConnectionError,
    APIResponseValidationError,
    AsyncCortiClient,
    BadRequestError,
    CortiClient,
)
from corti_interactions_api.models import (
    AgenticStreamArtifactUpdateEvent,
    AgenticStreamStatusUpdateEvent,
    AgenticStreamTaskEvent,
)
from corti_interactions_api.types import UnknownEvent

SECRET = "Patient Jane Roe MRN 4411"
TASK = '{"task":{"id":"task.1","contextId":"ctx.1","status":{"state":"TASK_STATE_WORKING"}}}'
ARTIFACT = (
    '{"artifactUpdate":{"taskId":"task.1","contextId":"ctx.1",'
    '"artifact":{"artifactId":"art.1","parts":[{"text":"' + SECRET + '"}]}}}'
)
DONE = '{"statusUpdate":{"taskId":"task.1","contextId":"ctx.1","status":{"state":"TASK_STATE_COMPLETED"}}}'
MESSAGE = {"role": "ROLE_USER", "parts": [{"text": SECRET}]}


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An event stream in chunks; optionally breaks off after them; records whether it was closed."""

    def __init__(self, chunks: list[str], *, breaks: bool = False) -> None:
        self.chunks = [c.encode() for c in chunks]
        self.breaks = breaks
        self.closed = False
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.sent += 1
            yield chunk
        if self.breaks:
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.sent += 1
            yield chunk
        if self.breaks:
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def serve(
    body: Body | None = None, status: int = 200, media: str = "text/event-stream", json: Any = None
) -> tuple[list[httpx.Request], Any]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if json is not None:
            return httpx.Response(status, json=json)
        return httpx.Response(status, headers={"content-type": media}, stream=body)

    return seen, handler


def events_sync(handler: Any, **kwargs: Any) -> list[Any]:
    client = CortiClient(
        tenant_name="t", token="tok", httpx_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    with client.agentic.agents.stream_message("agt.1", message=MESSAGE, **kwargs) as stream:
        return list(stream)


def events_async(handler: Any, **kwargs: Any) -> list[Any]:
    async def run() -> list[Any]:
        client = AsyncCortiClient(
            tenant_name="t",
            token="tok",
            httpx_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        )
        async with client.agentic.agents.stream_message("agt.1", message=MESSAGE, **kwargs) as stream:
            return [event async for event in stream]

    return asyncio.run(run())


@pytest.fixture(params=["sync", "async"])
def read(request: pytest.FixtureRequest) -> Any:
    return events_sync if request.param == "sync" else events_async


def test_events_are_typed_by_their_key_and_unknown_ones_kept(read: Any) -> None:
    body = Body(
        [
            f"id: 1\ndata: {TASK}\n\n",
            ": a comment, ignored\n\n",
            'event: progress\nid: 2\ndata: {"progress":\n',  # one JSON value over two data lines
            "data:  0.5}\n\n",
            f"id: 3\ndata: {ARTIFACT[:40]}",  # an event split across chunks
            f"{ARTIFACT[40:]}\n\n",
            f"data: {DONE}\n\n",
        ]
    )
    seen, handler = serve(body)
    events = read(handler)
    assert [type(e) for e in events] == [
        AgenticStreamTaskEvent,
        UnknownEvent,
        AgenticStreamArtifactUpdateEvent,
        AgenticStreamStatusUpdateEvent,
    ]
    unknown = events[1]
    assert unknown.event == "progress" and unknown.id == "2" and unknown.data == {"progress": 0.5}
    assert events[2].artifact_update.artifact.parts[0].text == SECRET
    request = seen[0]
    assert request.headers["a2a-version"] == "1.0"
    assert request.headers["accept"].startswith("text/event-stream")
    assert request.url.path == "/v2/agentic/agents/agt.1/a2a/message:stream"


def test_data_that_does_not_fit_its_model_is_an_unknown_event(read: Any) -> None:
    _, handler = serve(Body(['data: {"task": {"id": 5}}\n\n', "data: not json\n\n"]))
    events = read(handler)
    assert [type(e) for e in events] == [UnknownEvent, UnknownEvent]
    assert events[1].data == "not json"


def test_leaving_early_closes_the_connection_sync() -> None:
    body = Body([f"data: {TASK}\n\n", f"data: {ARTIFACT}\n\n", f"data: {DONE}\n\n"] * 50)
    _, handler = serve(body)
    client = CortiClient(
        tenant_name="t", token="tok", httpx_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    with client.agentic.agents.stream_message("agt.1", message=MESSAGE) as stream:
        first = next(iter(stream))
        assert isinstance(first, AgenticStreamTaskEvent)
    assert body.closed and body.sent < len(body.chunks)


def test_leaving_early_closes_the_connection_async() -> None:
    body = Body([f"data: {TASK}\n\n", f"data: {DONE}\n\n"] * 50)
    _, handler = serve(body)

    async def run() -> None:
        client = AsyncCortiClient(
            tenant_name="t",
            token="tok",
            httpx_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        )
        stream = client.agentic.agents.stream_message("agt.1", message=MESSAGE)
        async with stream:
            async for event in stream:
                assert isinstance(event, AgenticStreamTaskEvent)
                break
        await client.close()

    asyncio.run(run())
    assert body.closed and body.sent < len(body.chunks)


def test_a_stream_that_breaks_off_says_how_far_it_got(read: Any, caplog: pytest.LogCaptureFixture) -> None:
    _, handler = serve(
        Body([f"id: 1\ndata: {TASK}\n\n", f"id: 2\ndata: {ARTIFACT}\n\n", 'data: {"partial'], breaks=True)
    )
    with caplog.at_level(logging.DEBUG), pytest.raises(APIConnectionError) as caught:
        read(handler)
    message = str(caught.value)
    assert "after 2 events" in message and "'2'" in message and "agentic_agents_stream_message" in message
    assert SECRET not in message and SECRET not in repr(caught.value)
    assert not any(SECRET in r.getMessage() for r in caplog.records)


def test_an_error_answer_raises_before_any_event(read: Any) -> None:
    _, handler = serve(status=400, json={"error": {"code": "VALIDATION_FAILED", "message": "bad"}})
    with pytest.raises(BadRequestError):
        read(handler)


def test_an_answer_that_is_not_an_event_stream_is_refused(read: Any) -> None:
    _, handler = serve(Body(['{"task": {}}']), media="application/json")
    with pytest.raises(APIResponseValidationError, match="expected text/event-stream"):
        read(handler)


def test_nothing_of_an_event_is_in_its_repr_or_the_logs(caplog: pytest.LogCaptureFixture) -> None:
    _, handler = serve(Body([f'event: note\ndata: {{"note": "{SECRET}"}}\n\n']))
    with caplog.at_level(logging.DEBUG):
        events = events_sync(handler)
    assert SECRET not in repr(events[0])
    assert not any(SECRET in r.getMessage() for r in caplog.records)


def test_without_httpx_sse_the_call_names_the_extra_and_sends_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "httpx_sse", None)
    seen, handler = serve(Body([]))
    with pytest.raises(ImportError, match=r"corti-interactions\[sse\]"):
        events_sync(handler)
    assert seen == []


def test_the_command_line_says_a_broken_stream_may_not_have_completed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Events printed, then the stream breaks off: the call was sent, so not exit 4 ("could not
    reach the service, nothing sent") but 1, with how far it got."""
    import io
    import json

    from corti_interactions._cli import commands

    _, handler = serve(Body([f"id: 1\ndata: {TASK}\n\n", 'data: {"partial'], breaks=True))
    pool = httpx.Client(transport=httpx.MockTransport(handler))
    monkeypatch.setattr(
        commands,
        "_client",
        lambda args, kind=None: CortiClient(tenant_name="t", token="tok", httpx_client=pool),
    )
    monkeypatch.setenv("CORTI_TENANT_NAME", "t")
    out, err = io.StringIO(), io.StringIO()
    body = json.dumps({"message": MESSAGE})
    code = commands.main(["agentic", "agents", "stream_message", "agt.1", "--body", body], out=out, err=err)
    assert code == 1, err.getvalue()
    assert len(out.getvalue().splitlines()) == 1  # the event that came was printed
    assert "after 1 events" in err.getvalue() and "may not have completed" in err.getvalue()
    assert SECRET not in err.getvalue()
