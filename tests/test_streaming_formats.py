"""Audio formats on Corti's sockets: what the fake takes (the spec's `audio-formats`), how
`stream_file` reads each container's timing and frames, what a new connection starts with
after a reconnect, WAV sent as raw PCM (or refused), multichannel answers, and repeated takes
on one dictation socket."""

from __future__ import annotations

import asyncio
import io
import itertools
import json
import struct
import wave
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import websockets.asyncio.client as ws_client
from corti_interactions import AsyncCortiClient, ConfigRefusedError, CortiClient, Reconnected, StreamError
from corti_interactions._cli import main
from corti_interactions._streaming.formats import AudioSource, file_format, open_audio
from corti_interactions.testing import FakeCorti, write_wav
from corti_interactions_api.websockets import AUDIO_FORMATS, WEBSOCKETS

from .audio_files import flac_file, mp3_file, mp4_file, ogg_opus_file, webm_file

ROOT = Path(__file__).resolve().parents[1]
SPEC_TYPES = dict(AUDIO_FORMATS)
PCM = "audio/pcm;rate=16000;channels=1;bits=16"
STREAM = {
    "transcription": {"primaryLanguage": "en", "participants": [{"channel": 0, "role": "doctor"}]},
    "mode": {"type": "transcription"},
}
WRITERS: dict[str, Callable[..., str]] = {
    "ogg": ogg_opus_file,
    "webm": webm_file,
    "flac": flac_file,
    "mp4": mp4_file,
    "mp3": mp3_file,
}
SUFFIX = {"ogg": "ogg", "webm": "webm", "flac": "flac", "mp4": "m4a", "mp3": "mp3"}


@pytest.fixture
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as service:
        yield service


@pytest.fixture
async def aclient(fake: FakeCorti) -> AsyncIterator[AsyncCortiClient]:
    async with AsyncCortiClient(
        base_url=fake.base_url,
        tenant_name=fake.tenant_name,
        client_id=fake.client_id,
        client_secret=fake.client_secret,
    ) as client:
        yield client


def client_of(fake: FakeCorti) -> CortiClient:
    return CortiClient(
        base_url=fake.base_url,
        tenant_name=fake.tenant_name,
        client_id=fake.client_id,
        client_secret=fake.client_secret,
    )


def write(kind: str, tmp_path: Path, seconds: float, name: str = "a") -> str:
    return WRITERS[kind](tmp_path / f"{name}.{SUFFIX[kind]}", seconds)


@pytest.fixture
def sent_audio(monkeypatch: pytest.MonkeyPatch) -> dict[int, list[bytes]]:
    """The audio the client sent, per connection (in order of the connections)."""
    by_connection: dict[int, list[bytes]] = {}
    original = ws_client.ClientConnection.send

    async def spy(self: Any, message: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(message, bytes):
            by_connection.setdefault(id(self), []).append(message)
        await original(self, message, *args, **kwargs)

    monkeypatch.setattr(ws_client.ClientConnection, "send", spy)
    return by_connection


# -- the fake takes exactly the spec's formats ---------------------------------------------
def test_the_spec_lists_corti_s_streaming_formats_and_not_wav() -> None:
    documented = {"audio/ogg", "audio/webm", "audio/opus", "audio/vorbis", "audio/mpeg", "audio/mp3"}
    documented |= {"audio/mpeg3", "audio/flac", "audio/mp4", "audio/m4a"}
    assert set(SPEC_TYPES) == documented | {"audio/pcm"}
    assert SPEC_TYPES["audio/pcm"].inferred and SPEC_TYPES["audio/pcm"].parameters == (
        "rate",
        "channels",
        "bits",
    )
    assert not any(f.inferred for mime, f in SPEC_TYPES.items() if mime != "audio/pcm")
    assert all(socket.audio_formats is AUDIO_FORMATS for socket in WEBSOCKETS.values())


@pytest.mark.parametrize(
    "audio_format",
    [*(m for m in SPEC_TYPES if m != "audio/pcm"), "audio/ogg; codecs=opus", "audio/webm;codecs=opus", PCM],
)
def test_the_fake_accepts_every_format_of_the_spec(fake: FakeCorti, audio_format: str) -> None:
    with (
        client_of(fake) as client,
        client.transcribe.connect(
            configuration={"primaryLanguage": "en", "audioFormat": audio_format}
        ) as session,
    ):
        assert session.accepted.type_.value == "CONFIG_ACCEPTED"


@pytest.mark.parametrize(
    ("audio_format", "reason"),
    [
        ("audio/wav", "unsupported audioFormat"),
        ("audio/x-wav", "unsupported audioFormat"),
        ("audio/wave", "unsupported audioFormat"),
        ("audio/pcm", "needs rate, channels, bits"),
        ("audio/pcm;rate=16000;bits=16", "needs channels"),
        ("application/json", "unsupported audioFormat"),
    ],
)
@pytest.mark.parametrize("socket", ["stream", "transcribe"])
def test_the_fake_refuses_other_formats_as_corti_does(
    fake: FakeCorti, audio_format: str, reason: str, socket: str
) -> None:
    config = {**STREAM, "audioFormat": audio_format} if socket == "stream" else {
        "primaryLanguage": "en", "audioFormat": audio_format
    }  # fmt: skip
    path = (fake.add_interaction()["id"],) if socket == "stream" else ()
    with (
        client_of(fake) as client,
        pytest.raises(ConfigRefusedError) as refused,
        getattr(client, socket).connect(*path, configuration=config),
    ):
        pass
    assert refused.value.type == "CONFIG_DENIED" and reason in (refused.value.reason or "")


# -- each container: chunks on frame boundaries, timed by the file --------------------------
@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_chunks_cover_the_file_on_frame_boundaries_with_its_own_timing(kind: str, tmp_path: Path) -> None:
    path = write(kind, tmp_path, 3.0)
    source = open_audio(path, AUDIO_FORMATS)
    assert source.container == kind and SPEC_TYPES[source.mime].container == kind
    chunks = list(source.chunks(250))
    data = Path(path).read_bytes()
    assert chunks[0].data.startswith(source.header)
    assert b"".join(c.data for c in chunks)[len(source.header) :] == data[source.header_end :]
    assert chunks[0].start_s == 0
    for before, after in itertools.pairwise(chunks):
        assert after.start_s == pytest.approx(before.end_s)  # no gap, no overlap
        assert before.end_s - before.start_s >= 0.25 - 1e-9  # whole frames of at least chunk_ms
    frame = {"ogg": 0.2, "webm": 0.02, "flac": 0.064, "mp4": 0.064, "mp3": 0.036}[kind]
    # the file's own length (MP3: LAME adds its delay and an Info frame, a few frames)
    expected = 3.0 if kind != "mp3" else round(3.0 / frame + 3) * frame
    assert chunks[-1].end_s == pytest.approx(expected, abs=frame * 3 if kind == "mp3" else frame)


def test_ogg_is_timed_by_granule_positions_less_the_pre_skip(tmp_path: Path) -> None:
    # 100 ms a page; each granule counts the 80 ms the decoder drops first (the pre-skip) too
    path = ogg_opus_file(tmp_path / "a.ogg", 2.0, pre_skip=3840, packets_per_page=5)
    chunks = list(open_audio(path, AUDIO_FORMATS).chunks(100))
    assert [round(c.end_s, 3) for c in chunks[:3]] == [0.1, 0.2, 0.3]
    assert chunks[-1].end_s == pytest.approx(2.0)


def test_flac_sync_codes_inside_the_audio_are_not_taken_for_frames(tmp_path: Path) -> None:
    path = flac_file(tmp_path / "a.flac", 2.0, block=1024)  # every subframe holds 0xFFF8
    assert Path(path).read_bytes().count(b"\xff\xf8") == 2 * 32  # each frame's sync code and a false one
    chunks = list(open_audio(path, AUDIO_FORMATS).chunks(64))
    assert len(chunks) == 32 and chunks[-1].end_s == pytest.approx(2.0)  # 31 frames of 1024 and one of 256


def test_a_raw_pcm_file_is_timed_by_its_declared_parameters(tmp_path: Path) -> None:
    raw = tmp_path / "a.raw"
    raw.write_bytes(b"\x00\x01" * 2 * 16_000)  # 1 s of 16 kHz stereo 16-bit
    source = open_audio(raw, AUDIO_FORMATS, audio_format="audio/pcm;rate=16000;channels=2;bits=16")
    chunks = list(source.chunks(250))
    assert [len(c.data) for c in chunks] == [16_000] * 4 and chunks[-1].end_s == pytest.approx(1.0)
    with pytest.raises(ValueError, match="not a format Corti's sockets take"):
        open_audio(raw, AUDIO_FORMATS)


# -- a decodable start anywhere ------------------------------------------------------------
@pytest.mark.parametrize("kind", ["ogg", "webm", "flac", "mp3"])
def test_a_restart_is_the_header_then_a_stream_a_decoder_can_read_from_there(
    kind: str, tmp_path: Path
) -> None:
    path = write(kind, tmp_path, 4.0)
    source = open_audio(path, AUDIO_FORMATS)
    chunks = list(source.chunks(250, start_s=1.7))
    assert chunks[0].data.startswith(source.header)
    assert 1.7 - 0.45 <= chunks[0].start_s <= 1.7  # the last point to start at, at or before
    restarted = tmp_path / f"restart.{SUFFIX[kind]}"
    restarted.write_bytes(b"".join(c.data for c in chunks))
    again = list(open_audio(restarted, AUDIO_FORMATS).chunks(250))  # it parses as a whole file
    if kind == "mp3":  # MP3 frames carry no time: the rest of the file, from 0
        assert again[-1].end_s == pytest.approx(chunks[-1].end_s - chunks[0].start_s)
    else:  # Ogg granules, WebM timecodes and FLAC frame numbers: the rest, at its own times
        assert again[-1].end_s == pytest.approx(chunks[-1].end_s)
        assert again[0].start_s <= 1.7 and again[1].start_s == pytest.approx(chunks[1].start_s)
    if kind == "ogg":
        from mutagen.oggopus import OggOpus

        assert OggOpus(io.BytesIO(restarted.read_bytes())).info.channels == 1  # type: ignore[no-untyped-call]


def test_an_mp4_is_paced_by_its_sample_tables_but_only_a_fast_start_one(tmp_path: Path) -> None:
    source = open_audio(mp4_file(tmp_path / "a.m4a", 2.0), AUDIO_FORMATS)
    assert [round(c.end_s - c.start_s, 3) for c in source.chunks(250)][:3] == [0.256, 0.256, 0.256]
    assert next(iter(source.chunks(250, start_s=1.0))).start_s == 0  # no point to restart at but the start
    with pytest.raises(ValueError, match="faststart"):
        open_audio(mp4_file(tmp_path / "late.m4a", 2.0, moov_first=False), AUDIO_FORMATS)


# -- stream_file ---------------------------------------------------------------------------
@pytest.mark.parametrize("resend", [False, True], ids=["from-next-chunk", "resend-unconfirmed"])
@pytest.mark.parametrize("kind", ["ogg", "webm", "flac", "mp3"])
async def test_after_a_reconnect_stream_file_sends_the_header_again_then_goes_on(
    fake: FakeCorti,
    aclient: AsyncCortiClient,
    tmp_path: Path,
    kind: str,
    resend: bool,
    sent_audio: dict[int, list[bytes]],
) -> None:
    path = write(kind, tmp_path, 2.0)
    source = open_audio(path, AUDIO_FORMATS)
    end_s = list(source.chunks(250))[-1].end_s
    fake.inject_socket("drop", after_bytes=len(Path(path).read_bytes()) // 3)  # noqa: ASYNC240
    interaction = fake.add_interaction()
    config = {**STREAM, "audioFormat": source.mime}
    async with aclient.stream.connect(
        interaction["id"], configuration=config, resend_unconfirmed=resend
    ) as session:
        handed = await session.stream_file(path)  # in real time: the drop is seen mid-file
        await session.end()
        reports = [m async for m in session if isinstance(m, Reconnected)]
    assert session.reconnects >= 1 and reports
    lost = sum(r.audio_lost for r in reports)
    if resend:  # the unconfirmed tail went again, from a decodable frame: nothing lost
        assert lost == 0 and sum(r.audio_resent for r in reports) > 0
        assert handed == pytest.approx(end_s)
    else:  # reported as possibly lost, and not counted as delivered
        assert lost > 0 and handed == pytest.approx(end_s - sum(r.audio_lost_seconds or 0.0 for r in reports))
    first, *later = list(sent_audio.values())
    assert first[0].startswith(source.header) and later
    resumed = b"".join(later[-1])
    assert resumed.startswith(source.header)  # the new connection starts as a file does
    restarted = tmp_path / f"second.{SUFFIX[kind]}"
    restarted.write_bytes(resumed)
    again = list(open_audio(restarted, AUDIO_FORMATS).chunks(250))  # readable on its own
    if kind == "mp3":  # MP3 frames carry no time: the rest of the file, from 0
        assert 0.3 < again[-1].end_s < end_s + 1e-6
    elif resend:  # from the last decodable frame at or before the first unconfirmed chunk
        assert again[0].start_s <= end_s / 2 and again[-1].end_s == pytest.approx(end_s)
    else:  # the rest of the file (from the first chunk not handed over), at its own times
        assert again[0].start_s > 0.2 and again[-1].end_s == pytest.approx(end_s)
    records = [r for r in fake.socket_records if r.audio_bytes]
    assert records[-1].audio_start == kind


async def test_an_mp4_is_not_resumed_mid_file_after_a_reconnect(
    fake: FakeCorti, aclient: AsyncCortiClient, tmp_path: Path
) -> None:
    path = mp4_file(tmp_path / "a.m4a", 2.0)
    fake.inject_socket("drop", after_bytes=len(Path(path).read_bytes()) // 3)  # noqa: ASYNC240
    interaction = fake.add_interaction()
    async with aclient.stream.connect(
        interaction["id"], configuration={**STREAM, "audioFormat": "audio/mp4"}
    ) as s:
        with pytest.raises(StreamError, match="MP4 file cannot be resumed"):
            await s.stream_file(path, chunk_ms=100)
        await s.end()


async def test_a_wav_is_sent_as_raw_pcm_without_its_header(
    fake: FakeCorti, aclient: AsyncCortiClient, tmp_path: Path
) -> None:
    wav = write_wav(tmp_path / "visit.wav", 2.0)
    interaction = fake.add_interaction()
    async with aclient.stream.connect(
        interaction["id"], configuration={**STREAM, "audioFormat": PCM}
    ) as session:
        assert await session.stream_file(wav, realtime=False) == pytest.approx(2.0)
        await session.end()
    record = fake.socket_records[0]
    assert (record.audio_bytes, record.audio_start) == (64_000, "raw")  # 2 s of samples, no RIFF


@pytest.mark.parametrize("audio_format", [None, "audio/ogg", "audio/pcm;rate=8000;channels=1;bits=16"])
async def test_a_wav_the_config_does_not_declare_as_its_pcm_is_refused_before_sending(
    fake: FakeCorti, aclient: AsyncCortiClient, tmp_path: Path, audio_format: str | None
) -> None:
    wav = write_wav(tmp_path / "visit.wav", 1.0)
    config = {**STREAM, **({"audioFormat": audio_format} if audio_format else {})}
    async with aclient.stream.connect(fake.add_interaction()["id"], configuration=config) as session:
        with pytest.raises(ValueError, match=r"WAV|is not WAV|but the configuration declares") as refused:
            await session.stream_file(wav, realtime=False)
        await session.end()
    if audio_format != "audio/ogg":
        assert "'audio/pcm;rate=16000;channels=1;bits=16'" in str(refused.value)
    assert fake.socket_records[0].audio_bytes == 0


def test_the_fake_answers_undeclared_wav_audio_with_an_error_and_no_transcript(
    fake: FakeCorti, tmp_path: Path
) -> None:
    wav = Path(write_wav(tmp_path / "visit.wav", 2.0)).read_bytes()
    with (
        client_of(fake) as client,
        client.transcribe.connect(configuration={"primaryLanguage": "en"}) as session,
    ):
        session.send_audio(wav)
        session.end()
        types = [m.type_ for m in session]
    assert "error" in [str(t) for t in types] and "transcript" not in [str(t) for t in types]


def test_stream_file_bitrate_is_deprecated_and_ignored(fake: FakeCorti, tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "note.wav", 0.5)
    with (
        client_of(fake) as client,
        client.transcribe.connect(configuration={"primaryLanguage": "en", "audioFormat": PCM}) as session,
    ):
        with pytest.warns(DeprecationWarning, match="bitrate"):
            assert session.stream_file(wav, realtime=False, bitrate=128_000) == pytest.approx(0.5)
        session.end()


# -- multichannel and repeated takes -------------------------------------------------------
def test_a_two_channel_stream_gets_segments_on_both_channels_with_their_roles(fake: FakeCorti) -> None:
    config = {
        "transcription": {
            "primaryLanguage": "en",
            "isMultichannel": True,
            "participants": [{"channel": 0, "role": "doctor"}, {"channel": 1, "role": "patient"}],
        },
        "mode": {"type": "transcription"},
        "audioFormat": "audio/pcm;rate=16000;channels=2;bits=16",
    }
    with (
        client_of(fake) as client,
        client.stream.connect(fake.add_interaction()["id"], configuration=config) as s,
    ):
        s.send_audio(b"\x00\x00" * 2 * 16_000 * 2)  # 2 s of stereo
        s.end()
        segments = [seg for m in s if str(m.type_) == "transcript" for seg in m.data]
    heard = sorted((seg.participant.channel, seg.participant.role, seg.time.start) for seg in segments)
    assert heard == [(0, "doctor", 0.0), (0, "doctor", 1.0), (1, "patient", 0.0), (1, "patient", 1.0)]


def test_a_mono_mix_stays_on_channel_0(fake: FakeCorti) -> None:
    config = {**STREAM, "audioFormat": "audio/pcm;rate=16000;channels=2;bits=16"}
    with (
        client_of(fake) as client,
        client.stream.connect(fake.add_interaction()["id"], configuration=config) as s,
    ):
        s.send_audio(b"\x00\x00" * 2 * 16_000)
        s.end()
        channels = {seg.participant.channel for m in s if str(m.type_) == "transcript" for seg in m.data}
    assert channels == {0}


@pytest.mark.parametrize("kind", ["wav", "flac", "webm"])
def test_a_second_file_on_one_dictation_socket_sends_no_second_header(
    fake: FakeCorti, tmp_path: Path, kind: str, sent_audio: dict[int, list[bytes]]
) -> None:
    if kind == "wav":
        files, audio_format = [write_wav(tmp_path / f"{n}.wav", 1.0) for n in "ab"], PCM
    else:
        files = [write(kind, tmp_path, 1.0, name) for name in "ab"]
        audio_format = open_audio(files[0], AUDIO_FORMATS).mime
    sources = [open_audio(f, AUDIO_FORMATS, audio_format=audio_format) for f in files]
    with (
        client_of(fake) as client,
        client.transcribe.connect(
            configuration={"primaryLanguage": "en", "audioFormat": audio_format}
        ) as session,
    ):
        for path in files:
            session.stream_file(path, realtime=False)
            session.flush()
        session.end()
    (sent,) = sent_audio.values()
    audio = b"".join(sent)
    expected = sources[0].header + b"".join(
        Path(f).read_bytes()[s.header_end : s.data_end] for f, s in zip(files, sources, strict=True)
    )
    assert audio == expected  # one header, then both files' frames
    assert fake.socket_records[0].audio_bytes == len(expected)


def test_a_second_webm_with_other_tracks_on_one_connection_is_refused(
    fake: FakeCorti, tmp_path: Path
) -> None:
    first = webm_file(tmp_path / "a.webm", 1.0)
    other = tmp_path / "b.webm"
    other.write_bytes(Path(first).read_bytes().replace(b"A_OPUS", b"A_VORB"))
    with (
        client_of(fake) as client,
        client.transcribe.connect(
            configuration={"primaryLanguage": "en", "audioFormat": "audio/webm"}
        ) as session,
    ):
        session.stream_file(first, realtime=False)
        session.flush()  # the fake has read everything sent so far
        sent = fake.socket_records[0].audio_bytes
        with pytest.raises(ValueError, match="a new session"):
            session.stream_file(other, realtime=False)
        session.end()
    assert fake.socket_records[0].audio_bytes == sent


# -- the command line ----------------------------------------------------------------------
def run_cli(fake: FakeCorti, monkeypatch: pytest.MonkeyPatch, *argv: str) -> tuple[int, str, str]:
    for name, value in (
        ("CORTI_CLIENT_ID", fake.client_id),
        ("CORTI_CLIENT_SECRET", fake.client_secret),
        ("CORTI_BASE_URL", fake.base_url),
        ("CORTI_TENANT_NAME", fake.tenant_name),
    ):
        monkeypatch.setenv(name, value)
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("kind", ["ogg", "mp3", "wav"])
def test_the_cli_declares_the_file_s_format_and_never_sends_wav(
    fake: FakeCorti, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kind: str
) -> None:
    path = write_wav(tmp_path / "a.wav", 1.0) if kind == "wav" else write(kind, tmp_path, 1.0)
    code, out, err = run_cli(fake, monkeypatch, "transcribe", "--file", path, "--no-realtime")
    assert (code, err) == (0, "")
    record = fake.socket_records[0]
    declared = record.configs[0]["configuration"]["audioFormat"]
    assert declared == {"ogg": "audio/ogg", "mp3": "audio/mpeg", "wav": PCM}[kind]
    assert record.audio_start == {"ogg": "ogg", "mp3": "mp3", "wav": "raw"}[kind]
    assert json.loads(out.splitlines()[-1])["type"] == "ended"


def test_the_cli_refuses_a_file_that_is_not_the_declared_format_before_connecting(
    fake: FakeCorti, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = write("flac", tmp_path, 1.0)
    code, _, err = run_cli(fake, monkeypatch, "transcribe", "--file", path, "--audio-format", "audio/ogg")
    assert code == 2 and "is FLAC but the configuration declares" in err and "Traceback" not in err
    assert fake.socket_records == []


def test_file_format_names_what_a_file_is(tmp_path: Path) -> None:
    assert file_format(write_wav(tmp_path / "a.wav", 0.1), AUDIO_FORMATS) == PCM
    assert file_format(write("webm", tmp_path, 0.1), AUDIO_FORMATS) == "audio/webm"
    (tmp_path / "x.txt").write_text("hello")
    assert file_format(tmp_path / "x.txt", AUDIO_FORMATS) is None
    assert isinstance(open_audio(write("flac", tmp_path, 0.1), AUDIO_FORMATS), AudioSource)


def test_a_stereo_wav_is_declared_with_its_own_parameters(tmp_path: Path) -> None:
    path = tmp_path / "s.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(struct.pack("<hh", 1, -1) * 8000)
    assert file_format(path, AUDIO_FORMATS) == "audio/pcm;rate=8000;channels=2;bits=16"


# -- the fake's clock ----------------------------------------------------------------------
@pytest.mark.parametrize(("kind", "seconds"), [("ogg", 3.0), ("mp3", 3.0)])
def test_the_fake_times_ogg_and_mp3_by_the_stream_itself(
    fake: FakeCorti, tmp_path: Path, kind: str, seconds: float
) -> None:
    path = write(kind, tmp_path, seconds)
    source = open_audio(path, AUDIO_FORMATS)
    with (
        client_of(fake) as client,
        client.transcribe.connect(
            configuration={"primaryLanguage": "en", "audioFormat": source.mime}
        ) as session,
    ):
        session.stream_file(path, chunk_ms=100, realtime=False)
        session.end()
        ends = [m.data.end for m in session if str(m.type_) == "transcript"]
    assert ends[-1] == pytest.approx(list(source.chunks(250))[-1].end_s, abs=0.01)
    assert len(ends) == 3 if kind == "ogg" else len(ends) == 4  # a segment a second (MP3: 3.1 s)


# -- the spec's audio formats reach the generator, API.md and spec-diff ---------------------
def test_spec_diff_breaks_on_a_removed_or_changed_audio_format_not_an_added_one() -> None:
    import copy

    import yaml

    from tools.spec_diff import diff_specs

    spec = yaml.safe_load((ROOT / "openapi" / "interactions.yaml").read_text(encoding="utf-8"))
    new = copy.deepcopy(spec)
    types = new["x-websockets"]["audio-formats"]["types"]
    del types["audio/flac"]
    types["audio/pcm"]["parameters"] = ["rate"]
    types["audio/aac"] = {"container": "mp4"}
    changes = {(c.where, c.breaking) for c in diff_specs(spec, new)}
    assert changes == {
        ("x-websockets audio-formats audio/flac", True),
        ("x-websockets audio-formats audio/pcm", True),
        ("x-websockets audio-formats audio/aac", False),
    }


def test_the_generator_checks_audio_formats_and_api_md_lists_them() -> None:
    from tools.generate import SpecError, audio_format_views

    with pytest.raises(SpecError, match="needs a container"):
        audio_format_views(
            {"x-websockets": {"audio-formats": {"types": {"audio/wav": {"container": "wav"}}}}}
        )
    listing = (ROOT / "generated" / "API.md").read_text(encoding="utf-8")
    assert (
        "Audio formats (others refused): `audio/ogg`" in listing
        and "(rate, channels, bits) inferred" in listing
    )


async def test_a_file_whose_timestamps_start_late_is_paced_from_its_first_frame(
    fake: FakeCorti, aclient: AsyncCortiClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = webm_file(tmp_path / "late.webm", 1.0, offset_ms=30_000)  # cut from a longer recording
    assert next(iter(open_audio(path, AUDIO_FORMATS).chunks(250))).start_s == pytest.approx(30.0)
    waits: list[float] = []
    real_sleep = asyncio.sleep

    async def sleep(delay: float, *args: Any) -> None:
        waits.append(delay)
        await real_sleep(0)

    async with aclient.stream.connect(fake.add_interaction()["id"], configuration=STREAM) as session:
        monkeypatch.setattr(asyncio, "sleep", sleep)
        handed = await session.stream_file(path)
        monkeypatch.setattr(asyncio, "sleep", real_sleep)
        await session.end()
    assert handed == pytest.approx(1.0)
    assert waits and max(waits) < 1.0  # no 30 s wait before the first chunk


async def test_the_fake_times_a_resumed_ogg_connection_from_where_it_starts(
    fake: FakeCorti, aclient: AsyncCortiClient, tmp_path: Path
) -> None:
    path = ogg_opus_file(tmp_path / "visit.ogg", 4.0)
    fake.inject_socket("drop", after_bytes=len(Path(path).read_bytes()) // 2)  # noqa: ASYNC240
    config = {**STREAM, "audioFormat": "audio/ogg; codecs=opus"}
    async with aclient.stream.connect(  # not re-sent: the new connection starts where the file goes on
        fake.add_interaction()["id"], configuration=config, resend_unconfirmed=False
    ) as session:
        await session.stream_file(path)
        await session.end()
    last = fake.socket_records[-1]
    ends = [seg["time"]["end"] for m in last.sent if m["type"] == "transcript" for seg in m["data"]]
    assert 0.4 <= ends[-1] <= 2.2  # the rest of the file from the restart, not 4 s from 0


def test_declared_raw_pcm_that_starts_like_an_mpeg_frame_is_still_raw_pcm(tmp_path: Path) -> None:
    raw = tmp_path / "a.raw"
    raw.write_bytes(b"\xff\xfb\x90\x00" * 8_000)  # 1 s of 16 kHz mono 16-bit samples
    source = open_audio(raw, AUDIO_FORMATS, audio_format=PCM)
    assert source.container == "pcm" and list(source.chunks(250))[-1].end_s == pytest.approx(1.0)


async def test_a_resumed_file_goes_on_from_the_first_audio_the_service_had_not_confirmed(
    fake: FakeCorti, aclient: AsyncCortiClient, tmp_path: Path
) -> None:
    # Issue 27's two halves together: the ledger says how far the service got (its final
    # transcripts' end times), the file restarts at a decodable frame at or before that point.
    path = ogg_opus_file(tmp_path / "visit.ogg", 4.0)
    fake.inject_socket("drop", after_bytes=len(Path(path).read_bytes()) // 2)  # noqa: ASYNC240
    config = {**STREAM, "audioFormat": "audio/ogg; codecs=opus"}
    async with aclient.stream.connect(fake.add_interaction()["id"], configuration=config) as session:
        handed = await session.stream_file(path)
        await session.end()
        reports = [m async for m in session if isinstance(m, Reconnected)]
    first, *later = [r for r in fake.socket_records if r.audio_bytes]
    confirmed = max(
        seg["time"]["end"]
        for m in first.sent
        if m["type"] == "transcript"
        for seg in m["data"]
        if seg["final"]
    )
    assert 0 < confirmed < 2.0 and len(later) == 1 and len(reports) == 1
    again = [seg["time"]["end"] for m in later[0].sent if m["type"] == "transcript" for seg in m["data"]]
    restart = 4.0 - again[-1]  # the fake times a connection from where its audio starts
    assert confirmed - 0.6 <= restart <= confirmed + 1e-6  # not from 0, not from where it dropped
    assert reports[0].audio_lost == 0 and reports[0].audio_resent > 0
    assert reports[0].audio_resent_seconds == pytest.approx(2.0 - confirmed, abs=0.6)
    assert handed == pytest.approx(4.0, abs=0.05) and session.audio_lost == 0
    assert session.audio_sent <= first.audio_bytes + later[0].audio_bytes  # handed over, all received
