"""The streaming runtime's parts without I/O: the audio ledger and the inbox."""

from __future__ import annotations

from corti_interactions._streaming.inbox import Inbox
from corti_interactions._streaming.ledger import AudioLedger

SECOND = b"\x01\x00" * 16_000  # one second of 16 kHz mono 16-bit PCM


def test_the_inbox_is_bounded_by_bytes_and_says_when_it_is_full() -> None:
    inbox = Inbox(limit=100)
    assert inbox.put("a", 60) and not inbox.put("b", 50) and inbox.put("c", 40)
    assert len(inbox) == 2 and inbox.peak == 100


def test_the_ledger_confirms_by_transcript_time_and_flush_and_refuses_a_dropped_connection() -> None:
    ledger = AudioLedger(retain=3 * len(SECOND))
    for _ in range(5):
        assert ledger.record(0, SECOND, 1.0)
    ledger.confirm_seconds(2.0)  # a final transcript ends at 2 s
    assert ledger.unconfirmed == (3 * len(SECOND), 3.0)
    ledger.confirm_bytes(4 * len(SECOND))  # `flushed` for a flush sent after 4 s
    assert ledger.unconfirmed == (len(SECOND), 1.0)
    ledger.confirm_seconds(60.0)  # past the audio sent: not this connection's times, ignored
    ledger.confirm_seconds(4.5)
    assert ledger.unconfirmed == (len(SECOND), 1.0)
    dropped = ledger.drop()
    assert (dropped.size, dropped.seconds, len(dropped.resendable())) == (len(SECOND), 1.0, 1)
    assert not ledger.record(0, SECOND, 1.0)  # counted on a dropped connection: refused
    for _ in range(5):
        ledger.record(1, SECOND, 1.0)
    assert len(ledger.drop().resendable()) == 3  # the oldest two were let go (not retained)
