"""Raw-bytes bodies and answers: what `recordings.upload` takes and sends, when it is retried,
the size checks before sending, `BinaryResponse` and `with_streaming_response`, and 100 MB
both ways against the fake with bounded memory (tracemalloc)."""

from __future__ import annotations

import asyncio
import io
import os
import tracemalloc
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from corti_interactions import (
    APIConnectionError,
    AsyncCortiClient,
    CortiClient,
    InternalServerError,
    RateLimitError,
)
from corti_interactions.testing import FakeCorti
from corti_interactions_api.api.recordings import recordings_upload
from corti_interactions_api.types import BinaryBody, RequestOptions

IID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
RID = "0b3c6f2e-8f5a-4c61-9d0e-2a7b1c4d5e6f"
CREATED = {"recordingId": RID}


class Wire:
    """A mock service that records each request's headers and body as received."""

    def __init__(self, *answers: Callable[[httpx.Request], httpx.Response] | httpx.Response) -> None:
        self.answers = list(answers)
        self.received: list[tuple[httpx.Headers, bytes]] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        body = b"".join(request.stream)  # type: ignore[union-attr]
        self.received.append((request.headers, body))
        answer = self.answers.pop(0) if self.answers else httpx.Response(201, json=CREATED)
        return answer(request) if callable(answer) else answer

    def client(self, **options: Any) -> CortiClient:
        return CortiClient(
            tenant_name="t", token="x", base_url="https://api.example/v2", sleep=lambda s: None,
            transport=httpx.MockTransport(self.handler), **options,
        )  # fmt: skip


def refused_connection(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("refused", request=request)


def read_timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("slow", request=request)


@pytest.fixture
def audio(tmp_path: Path) -> Path:
    path = tmp_path / "visit.wav"
    path.write_bytes(b"RIFF" + bytes(range(256)) * 10)
    return path


def test_a_path_is_streamed_with_its_length(audio: Path) -> None:
    wire = Wire()
    with wire.client() as client:
        assert str(client.recordings.upload(IID, audio).recording_id) == RID
        client.recordings.upload(IID, str(audio), content_type="audio/wav")
    (first, body), (second, _) = wire.received
    assert body == audio.read_bytes()
    assert first["content-length"] == str(audio.stat().st_size)
    assert "transfer-encoding" not in first
    assert (first["content-type"], second["content-type"]) == ("application/octet-stream", "audio/wav")


def test_bytes_a_file_object_and_an_iterator(audio: Path) -> None:
    wire = Wire()
    data = audio.read_bytes()
    with wire.client() as client, audio.open("rb") as file:
        file.seek(4)  # a file object is sent from where it stands
        client.recordings.upload(IID, data)
        client.recordings.upload(IID, bytearray(data))
        client.recordings.upload(IID, file)
        client.recordings.upload(IID, iter([data[:10], b"", data[10:]]))
        client.recordings.upload(IID, io.BufferedReader(io.BytesIO(data)))  # type: ignore[arg-type]
    bodies = [body for _, body in wire.received]
    assert bodies == [data, data, data[4:], data, data]
    lengths = [headers.get("content-length") for headers, _ in wire.received]
    assert lengths == [str(len(data)), str(len(data)), str(len(data) - 4), None, str(len(data))]
    assert wire.received[3][0]["transfer-encoding"] == "chunked"  # an iterator's size is unknown


def test_an_async_iterator_in_the_async_client(audio: Path) -> None:
    wire = Wire()
    data = audio.read_bytes()

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(data), 100):
            yield data[start : start + 100]

    async def main() -> None:
        async with AsyncCortiClient(
            tenant_name="t", token="x", base_url="https://api.example/v2",
            transport=httpx.MockTransport(wire.handler),
        ) as client:  # fmt: skip
            await client.recordings.upload(IID, chunks())
            await client.recordings.upload(IID, audio)

    asyncio.run(main())
    assert [body for _, body in wire.received] == [data, data]


@pytest.mark.parametrize(
    ("given", "problem"),
    [
        (b"", "file is empty"),
        (iter([b"", b""]), "file is empty"),
        (io.BytesIO(b""), "file is empty"),
        (42, "file must be a path, bytes, a binary file object or an iterable of bytes"),
        ("/no/such/file.wav", "file cannot be read: '/no/such/file.wav'"),
    ],
    ids=["bytes", "iterator", "file", "int", "missing-path"],
)
def test_bad_bodies_are_refused_before_sending(given: object, problem: str) -> None:
    wire = Wire()
    with wire.client() as client, pytest.raises(ValueError, match=problem):
        client.recordings.upload(IID, given)  # type: ignore[arg-type]
    assert wire.received == []


def test_a_file_over_the_spec_limit_is_refused_before_sending(tmp_path: Path) -> None:
    limit = recordings_upload.OPERATION.binary_body.max_bytes  # type: ignore[union-attr]
    assert limit == 150 * 2**20  # x-max-bytes in the spec
    big = tmp_path / "big.wav"
    with big.open("wb") as file:
        file.truncate(limit + 1)  # sparse: no 150 MB written
    wire = Wire()
    with wire.client() as client:
        with pytest.raises(ValueError, match=r"file is over the limit of 157286400 bytes \(150 MiB\)"):
            client.recordings.upload(IID, big)
        with big.open("rb") as file, pytest.raises(ValueError, match="over the limit"):
            client.recordings.upload(IID, file)
    assert wire.received == []


def test_an_iterator_over_the_limit_stops_at_the_limit() -> None:
    small = recordings_upload.OPERATION.replace(
        binary_body=BinaryBody("application/octet-stream", max_bytes=1000, min_bytes=1),
    )
    wire = Wire()
    pulled: list[int] = []

    def chunks() -> Iterator[bytes]:
        for i in range(100):
            pulled.append(i)
            yield b"x" * 100

    with wire.client() as client, pytest.raises(ValueError, match="over the limit of 1000 bytes"):
        client._runtime.request(small, (IID,), {}, {"file": chunks(), "content_type": None}, RequestOptions())
    assert len(pulled) == 11  # stopped at the chunk that went over, not read to the end


# What each failure does to an upload (a POST, not idempotent): retried only where the
# request surely did not reach the service (a refused connection) or was refused (429),
# and then only if the body can be sent again.
RETRY_POLICY = [
    ("refused", refused_connection, True),
    ("429", httpx.Response(429, headers={"Retry-After": "0"}), True),
    ("503", httpx.Response(503), False),  # may have been stored: never sent twice
    ("read-timeout", read_timeout, False),
]


@pytest.mark.parametrize(("kind", "failure", "retried"), RETRY_POLICY, ids=[r[0] for r in RETRY_POLICY])
@pytest.mark.parametrize("source", ["path", "bytes", "seekable-file", "iterator", "pipe"])
def test_upload_retry_policy_per_fault_kind(
    kind: str, failure: Any, retried: bool, source: str, audio: Path
) -> None:
    data = audio.read_bytes()
    resendable = source in ("path", "bytes", "seekable-file")
    wire = Wire(failure)
    read_end, write_end = os.pipe()
    os.write(write_end, data)
    os.close(write_end)
    with wire.client() as client, audio.open("rb") as file, os.fdopen(read_end, "rb") as pipe:
        given = {"path": audio, "bytes": data, "seekable-file": file, "iterator": iter([data]), "pipe": pipe}[
            source
        ]
        if retried and resendable:
            client.recordings.upload(IID, given)  # type: ignore[arg-type]
        else:
            errors = (APIConnectionError, InternalServerError, RateLimitError)
            with pytest.raises(errors) as caught:
                client.recordings.upload(IID, given)  # type: ignore[arg-type]
            if retried:  # would have been, but the body cannot be sent again
                assert "cannot be sent again" in str(caught.value)
    received = [body for _, body in wire.received if body]
    if retried and resendable:
        assert received[-1] == data  # the whole body, sent again from its start
        assert len(wire.received) == 2
    else:
        assert len(wire.received) == 1


def test_binary_response_reads_writes_and_names_its_type(tmp_path: Path) -> None:
    wire = Wire(httpx.Response(200, content=b"OggS" * 1000, headers={"content-type": "audio/ogg"}))
    with wire.client() as client:
        answer = client.recordings.get(IID, RID)
        assert answer.content_type == "audio/ogg"
        assert answer.read() == b"OggS" * 1000
        assert b"".join(answer.iter_bytes(100)) == b"OggS" * 1000
        assert answer.write_to_file(tmp_path / "out.ogg") == 4000
    assert (tmp_path / "out.ogg").read_bytes() == b"OggS" * 1000


def test_the_streaming_response_is_read_as_iterated_and_released_on_exit() -> None:
    produced: list[int] = []

    class Body(httpx.SyncByteStream):
        closed = False

        def __iter__(self) -> Iterator[bytes]:
            for i in range(5):
                produced.append(i)
                yield b"x" * 10

        def close(self) -> None:
            Body.closed = True

    wire = Wire(lambda request: httpx.Response(200, stream=Body()))
    with wire.client() as client:
        with client.recordings.with_streaming_response.get(IID, RID) as answer:
            assert produced == []  # nothing read yet
            first = next(answer.iter_bytes())
            assert (first, produced) == (b"x" * 10, [0])
        assert Body.closed  # released on exit, the rest unread
        assert produced == [0]


def test_a_streaming_error_answer_raises_with_its_body_read() -> None:
    wire = Wire(httpx.Response(404, json={"status": 404, "type": "A0007", "detail": "Recording not found"}))
    with (
        wire.client() as client,
        pytest.raises(Exception, match="Recording not found") as caught,
        client.recordings.with_streaming_response.get(IID, RID),
    ):
        raise AssertionError("not reached")
    assert type(caught.value).__name__ == "NotFoundError"


# -- 100 MB both ways, against the fake, memory bounded ---------------------------------------

SIZE = 100 * 2**20
PEAK_LIMIT = 8 * 2**20  # "a few MB": 12x less than the file


@pytest.fixture(scope="module")
def hundred_mb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "visit.bin"
    block = bytes(range(256)) * 4096  # 1 MiB, not all zeros
    with path.open("wb") as file:
        for _ in range(SIZE // len(block)):
            file.write(block)
    return path


def _peak(run: Callable[[], object]) -> tuple[object, int]:
    tracemalloc.start()
    try:
        result = run()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def test_100_mb_up_and_down_with_bounded_memory(hundred_mb: Path, tmp_path: Path) -> None:
    with FakeCorti() as fake, CortiClient(
        base_url=fake.base_url, tenant_name=fake.tenant_name, token=fake.issue_token()
    ) as client:  # fmt: skip
        iid = fake.add_interaction()["id"]
        uploaded, up_peak = _peak(lambda: client.recordings.upload(iid, hundred_mb))  # the fake's side too
        rid = uploaded.recording_id  # type: ignore[attr-defined]
        assert fake.recording_on_disk(iid, rid)
        out = tmp_path / "back.bin"

        def download() -> int:
            with client.recordings.with_streaming_response.get(iid, rid) as answer:
                return answer.write_to_file(out)

        written, down_peak = _peak(download)
    assert written == SIZE == out.stat().st_size
    with hundred_mb.open("rb") as a, out.open("rb") as b:
        while chunk := a.read(2**20):
            assert chunk == b.read(2**20)
    assert up_peak < PEAK_LIMIT, f"upload peak {up_peak / 2**20:.1f} MiB"
    assert down_peak < PEAK_LIMIT, f"download peak {down_peak / 2**20:.1f} MiB"


def test_a_401_resends_a_resendable_body_whole_and_never_an_iterator(audio: Path) -> None:
    data = audio.read_bytes()
    tokens = iter(str(n) for n in range(10))
    for given, resent in ((audio, True), (iter([data[:100], data[100:]]), False)):
        wire = Wire(httpx.Response(401, json={"status": 401, "type": "A0004", "detail": "expired"}))
        client = CortiClient(
            tenant_name="t", token=lambda: next(tokens), base_url="https://api.example/v2",
            transport=httpx.MockTransport(wire.handler),
        )  # fmt: skip
        with client:
            if resent:
                client.recordings.upload(IID, given)
            else:
                with pytest.raises(Exception, match="401") as caught:
                    client.recordings.upload(IID, given)
                assert type(caught.value).__name__ == "AuthenticationError"
        bodies = [body for _, body in wire.received]
        assert bodies == ([data, data] if resent else [data])  # a second send is always whole


def test_the_async_streaming_response_iterates_and_writes_a_file(tmp_path: Path) -> None:
    async def main() -> tuple[list[bytes], int, str | None, bool]:
        transport = httpx.MockTransport(
            lambda request: httpx.Response(200, content=b"OggS" * 5000, headers={"content-type": "audio/ogg"})
        )
        async with AsyncCortiClient(
            tenant_name="t", token="x", base_url="https://api.example/v2", transport=transport
        ) as client:
            async with client.recordings.with_streaming_response.get(IID, RID) as answer:
                chunks = [chunk async for chunk in answer.iter_bytes(5000)]
                kind = answer.content_type
            closed = answer.http_response.is_closed  # type: ignore[attr-defined]
            async with client.recordings.with_streaming_response.get(IID, RID) as answer:
                written = await answer.write_to_file(tmp_path / "visit.ogg")
            return chunks, written, kind, closed

    chunks, written, kind, closed = asyncio.run(main())
    assert [len(c) for c in chunks] == [5000] * 4 and kind == "audio/ogg" and closed
    assert written == 20000 == (tmp_path / "visit.ogg").stat().st_size
