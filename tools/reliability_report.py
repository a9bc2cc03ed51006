"""Render `docs/RELIABILITY.md` from the summary `make verify` wrote (build/verify-results.json)."""

from __future__ import annotations

import json
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

HEADER = """# Reliability report

What `make verify` tried against the client and the fake service, and what held. Written by
`tools/reliability_report.py` from the run's own summary (`build/verify-results.json`); the
figures are that run's, not estimates. Oracles nobody here wrote: Stoplight Prism (requests
against the spec), schemathesis (the fake's answers against the spec), hypothesis with
hypothesis-jsonschema and jsonschema (parsing and body building against the spec's schemas),
and Corti's own JavaScript SDK, `@corti/sdk` (the fake's wire format as Corti's client
expects it).
"""

STREAMING = """## What real-time streaming guarantees (and does not)

Stated here by `tools/reliability_report.py`, not measured by a run; the tests named check
each line (`tests/test_streaming_reliability.py`, `tests/test_cli_stream_reliability.py`).

- **No result lost.** The socket is read as frames arrive, whatever the caller does; every
  message reaches iteration in order, however slowly (or late) it is read, and the keepalive
  is answered meanwhile. Unread messages are held in memory up to 64 MiB of frames; past it
  the session ends with `StreamBacklogError` after the messages it holds (never spilled to
  disk: they are a consultation's transcripts). `end()` returns once the service's `usage` and
  end type arrived, read or not.
- **No audio lost without saying so, as an upper bound.** Corti's protocol has no
  acknowledgement of audio. The client counts audio as confirmed only when the service shows
  it had it: a final transcript's end time (when the audio's duration is known), a `flushed`
  answer, the end type. After a drop, everything sent on the dead connection past that point
  is either re-sent on the new one (`Reconnected.audio_resent`; at-least-once: that span may
  be transcribed twice) or reported in `Reconnected.audio_lost` (bytes; `audio_lost_seconds`).
  The default re-sends only audio that decodes from anywhere (raw PCM declared in the
  config) or a file `stream_file` sends (the file's header again, then from the last frame
  a decoder can start at, at or before the first unconfirmed chunk; an MP4 cannot resume: it
  is reported and `stream_file` raises); a caller's own encoded stream is reported, not
  re-sent, since its continuation cannot be decoded without its header.
  `session.audio_lost` is the running total (it includes the unconfirmed audio until the
  service ends the session). Not guaranteed: that the service processed audio it
  received (it may still drop it), nor which part of a reported span was lost.
- **Dead connections are noticed in seconds.** Pings every 2 s, a pong awaited 4 s: a path
  that goes silent (no FIN, no RST) is given up within 6 s by default, and the reconnect
  starts (attempts per outage, `max_reconnects`, default 5; a 401 handshake gets one new token
  first; a failing token request counts as an attempt).
- **Totals add up.** `end()` returns the usage summed over every connection (a dropped one
  counts with its last `delta_usage`); `stream_file` returns the seconds handed over less
  those reconnects reported lost during it.
- **Failures end loudly.** Reconnects used up, a token endpoint that keeps failing, a closed
  session: iteration and `end()` raise; after `close()` or the session block's exit every
  sender, a task or a thread, gets `StreamClosedError`; `flush()` and `end()` time out with
  `StreamTimeoutError`. The command line exits 1 with a line on stderr saying how much audio
  may not have reached the service, and 4 only when nothing was sent.
"""

MUTATE_BEGIN, MUTATE_END = "<!-- mutate:begin -->", "<!-- mutate:end -->"


def main(argv: list[str]) -> int:
    """Read the summary, write the report."""
    summary = json.loads(Path(argv[0]).read_text())
    rows = summary["rows"]
    out = [HEADER, STREAMING]
    out.append(f"Run: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
               f"{platform.machine()}; pytest exit status {summary['exitstatus']}.\n")  # fmt: skip
    sections: dict[str, list[dict[str, object]]] = {}  # in the order each first appeared
    for row in rows:
        sections.setdefault(row["section"], []).append(row)
    for section, section_rows in sections.items():
        out += [f"\n## {section}\n", "| what | cases | held |", "|---|---:|---|"]
        out += [f"| {row['what']} | {row['cases']} | {row['held']} |" for row in section_rows]
    total = sum(row["cases"] for row in rows)
    out.append(f"\n**{total} cases in all.**\n")
    report = Path(argv[1])
    # `make mutate` writes its own section (tools/mutate.py): keep it as it was.
    old = report.read_text() if report.exists() else ""
    if MUTATE_BEGIN in old and MUTATE_END in old:
        kept = old[old.index(MUTATE_BEGIN) : old.index(MUTATE_END) + len(MUTATE_END)]
        out.append(kept + "\n")
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text("\n".join(out))
    print(f"wrote {argv[1]}: {len(rows)} rows, {total} cases")
    return 0 if summary["exitstatus"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
