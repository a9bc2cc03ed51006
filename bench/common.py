"""Shared pieces of the benchmarks: the canned interaction and the request every client sends."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from typing import Any

INTERACTION_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
TENANT = "copiloteu"
TOKEN = "bench-token"
UPDATE: dict[str, Any] = {"encounter": {"status": "completed", "title": "Follow-up"}}
RESPONSE: dict[str, Any] = {
    "id": INTERACTION_ID,
    "assignedUserId": "8d5d0b38-bd4e-4a41-9b0c-2c6a4d3f7e10",
    "encounter": {
        "identifier": "enc-00042",
        "status": "completed",
        "type": "first_consultation",
        "period": {"startedAt": "2026-11-25T09:00:00Z", "endedAt": "2026-11-25T09:30:00Z"},
        "title": "Follow-up",
    },
    "patient": {
        "identifier": "pat-00042",
        "name": "Bench Patient",
        "gender": "female",
        "birthDate": "1984-03-01T00:00:00Z",
        "pronouns": "she/her",
    },
    "endedAt": None,
    "createdAt": "2026-11-25T08:59:00Z",
    "updatedAt": "2026-11-25T09:31:00Z",
    "websocketUrl": f"wss://api.eu.corti.app/v2/interactions/{INTERACTION_ID}/streams",
    "lastUpdated": "2026-11-25T09:31:00Z",
}
RESPONSE_BYTES = json.dumps(RESPONSE).encode()
HEADERS = {"Tenant-Name": TENANT, "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


def interleaved(
    contenders: dict[str, Callable[[], Any]], calls: int, rounds: int, warmup: int = 50
) -> dict[str, float]:
    """Median µs per call for each contender, measured in interleaved rounds."""
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for fn in contenders.values():
        for _ in range(warmup):
            fn()
    for _ in range(rounds):
        for name, fn in contenders.items():
            start = time.perf_counter()
            for _ in range(calls):
                fn()
            samples[name].append((time.perf_counter() - start) / calls * 1e6)
    return {name: statistics.median(values) for name, values in samples.items()}
