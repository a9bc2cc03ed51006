"""A streamed download that stops part-way: a typed `CortiError` saying how many bytes arrived,
on every transport; no file under the name asked for; one line from the command line."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import threading
from collections.abc import Iterator
from io import StringIO
from pathlib import Path

import pytest
from corti_interactions import AsyncCortiClient, CortiClient, CortiError, DownloadIncompleteError
from corti_interactions._cli.commands import main

IID, RID = "3c90c3cc-0d44-4b50-8888-8dd25736052a", "8d1f9a52-7a1c-4c1e-9f0e-0a1b2c3d4e5f"
SIZE = 1_000_000
SENT = SIZE // 2


@contextlib.contextmanager
def dropping_server(mode: str) -> Iterator[str]:
    """A service that sends half of a 1,000,000-byte body (with Content-Length, or chunked),
    then closes the connection."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.1)  # so that the thread sees `stop`
    stop = threading.Event()

    def run() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(10)
            with conn:
                data = b""
                while b"\r\n\r\n" not in data:
                    data += conn.recv(65536)
                if mode == "content-length":
                    head = b"HTTP/1.1 200 OK\r\nContent-Type: audio/wav\r\nContent-Length: %d\r\n\r\n" % SIZE
                    conn.sendall(head + b"\x01" * SENT)
                else:
                    head = b"HTTP/1.1 200 OK\r\nContent-Type: audio/wav\r\nTransfer-Encoding: chunked\r\n\r\n"
                    conn.sendall(head + b"%x\r\n" % SENT + b"\x01" * SENT + b"\r\n")

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}/v2"
    finally:
        stop.set()
        thread.join(timeout=5)
        server.close()


def expected(mode: str) -> int | None:
    return SIZE if mode == "content-length" else None


MODES = ["content-length", "chunked"]


def left_in(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


@pytest.mark.parametrize("mode", MODES)
def test_sync_write_to_file_raises_a_typed_error_and_leaves_no_file(mode: str, tmp_path: Path) -> None:
    target = tmp_path / "visit.wav"
    with (
        dropping_server(mode) as base,
        CortiClient(base_url=base, tenant_name="t", token="tok", max_retries=0) as client,
        client.recordings.with_streaming_response.get(IID, RID) as audio,
        pytest.raises(DownloadIncompleteError) as caught,
    ):
        audio.write_to_file(target)
    error = caught.value
    assert isinstance(error, CortiError)
    assert error.received == SENT
    assert error.expected == expected(mode)
    assert f"after {SENT}" in str(error)
    assert left_in(tmp_path) == []  # neither visit.wav nor the part written beside it


@pytest.mark.parametrize("mode", MODES)
def test_sync_iter_bytes_raises_the_typed_error(mode: str) -> None:
    received = 0
    with (
        dropping_server(mode) as base,
        CortiClient(base_url=base, tenant_name="t", token="tok", max_retries=0) as client,
        client.recordings.with_streaming_response.get(IID, RID) as audio,
        pytest.raises(DownloadIncompleteError) as caught,
    ):
        for chunk in audio.iter_bytes():
            received += len(chunk)
    assert caught.value.received == received == SENT


def test_a_whole_download_replaces_the_target_and_leaves_no_part(tmp_path: Path) -> None:
    from corti_interactions.testing import FakeCorti

    target = tmp_path / "visit.wav"
    target.write_bytes(b"old")
    with FakeCorti() as fake:
        client = CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name,
                             client_id=fake.client_id, client_secret=fake.client_secret)  # fmt: skip
        iid = fake.add_interaction()["id"]
        rid = client.recordings.upload(iid, b"\x02" * 300_000).recording_id
        with client.recordings.with_streaming_response.get(iid, rid) as audio:
            assert audio.write_to_file(target) == 300_000
        client.close()
    assert target.read_bytes() == b"\x02" * 300_000
    assert left_in(tmp_path) == ["visit.wav"]


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
@pytest.mark.parametrize("mode", MODES)
def test_async_write_to_file_raises_a_typed_error_on_either_transport(
    mode: str, transport: str, tmp_path: Path
) -> None:
    """On aiohttp too the body is read as iterated (it was read whole by the transport, so the
    drop surfaced before the first byte): the error counts the bytes that arrived."""
    if transport == "aiohttp":
        pytest.importorskip("aiohttp")
    target = tmp_path / "visit.wav"

    async def run() -> None:
        async with (
            AsyncCortiClient(
                base_url=base, tenant_name="t", token="tok", max_retries=0,
                async_transport=transport,  # type: ignore[arg-type]
            ) as client,
            client.recordings.with_streaming_response.get(IID, RID) as audio,
        ):  # fmt: skip
            await audio.write_to_file(target)

    with dropping_server(mode) as base, pytest.raises(DownloadIncompleteError) as caught:
        asyncio.run(run())
    assert caught.value.received == SENT
    assert caught.value.expected == expected(mode)
    assert left_in(tmp_path) == []


def test_the_cli_prints_one_line_exits_1_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out_file = tmp_path / "visit.wav"
    out, err = StringIO(), StringIO()
    with dropping_server("content-length") as base:
        monkeypatch.setenv("CORTI_BASE_URL", base)
        monkeypatch.setenv("CORTI_TENANT_NAME", "t")
        monkeypatch.setenv("CORTI_TOKEN", "tok")
        code = main(
            ["recordings", "get", IID, RID, "-o", str(out_file), "--max-retries", "0"], out=out, err=err
        )
    lines = [line for line in err.getvalue().splitlines() if not line.startswith("\r")]
    final = err.getvalue().replace("\r", "\n").strip().splitlines()[-1]
    assert code == 1
    assert "Traceback" not in err.getvalue()
    assert final == (
        f"corti-interactions: the download stopped after {SENT} of {SIZE} bytes (RemoteProtocolError);"
        " no file written"
    ), lines
    assert left_in(tmp_path) == []
