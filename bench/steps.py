"""Where one sync call's time goes: each step of `CortiClient.interactions.update` beside raw
httpx's equivalent, over `httpx.MockTransport`; and what `import corti_interactions` adds."""

from __future__ import annotations

import json
import subprocess
import sys
import timeit
from collections.abc import Callable
from typing import Any

import httpx
from corti_interactions import UNSET, CortiClient
from corti_interactions._payload import build_body
from corti_interactions._response import _wrong_type, parse_model
from corti_interactions_api.client import OPERATIONS
from corti_interactions_api.models import InteractionsGetResponse, InteractionsUpdateRequest
from corti_interactions_api.types import RequestOptions

from bench import inprocess
from bench.common import HEADERS, INTERACTION_ID, TENANT, TOKEN, UPDATE

URL = f"https://api.eu.corti.app/v2/interactions/{INTERACTION_ID}"


def _micros(fn: Callable[[], Any], number: int = 3000, repeat: int = 7) -> float:
    """Best of `repeat` rounds, µs per call (timeit: the garbage collector is off)."""
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number * 1e6


def call_steps() -> list[tuple[str, float, str, float | None]]:
    """(our step, µs, raw httpx's equivalent, µs or None)."""
    transport = httpx.MockTransport(inprocess.handler)
    raw = httpx.Client(transport=transport)
    ours = CortiClient(tenant_name=TENANT, token=TOKEN, transport=transport)
    encounter = UPDATE["encounter"]
    update = OPERATIONS["interactions"]["update"]
    arguments = {"assigned_user_id": UNSET, "encounter": encounter, "patient": UNSET}

    def prepare() -> Any:
        return ours._runtime.build(update, (INTERACTION_ID,), {}, arguments, RequestOptions())

    request = prepare().request
    raw_request = raw.build_request("PATCH", URL, content=json.dumps(UPDATE).encode(), headers=HEADERS)

    def send() -> Any:
        return ours._sender.send(request, max_retries=0, responses=update.responses)

    response = send().http_response
    data = response.json()
    model = parse_model(response, InteractionsGetResponse)
    return [
        (
            "check the id, build and check the body, encode it, build the request",
            _micros(prepare),
            "`build_request` + `json.dumps`",
            _micros(lambda: raw.build_request("PATCH", URL, content=json.dumps(UPDATE).encode(), headers=HEADERS)),
        ),
        ("of which: the body from the generated models, checked", _micros(
            lambda: build_body(InteractionsUpdateRequest, arguments)), "", None),
        (
            "send on the owned pool's transport with the auth flow, retry bookkeeping, `RawResponse`",
            _micros(send),
            "`Client.send`",
            _micros(lambda: raw.send(raw_request)),
        ),
        ("httpx's cookie extraction (raw httpx pays it; the owned pool skips it)", _micros(
            lambda: raw.cookies.extract_cookies(response)), "", None),
        ("parse into the generated model, types checked", _micros(lambda: parse_model(response, InteractionsGetResponse)),
         "`response.json()`", _micros(response.json)),
        ("of which: the generated `from_dict`", _micros(lambda: InteractionsGetResponse.from_dict(data)), "", None),
        ("of which: the field type check", _micros(lambda: _wrong_type(model)), "", None),
    ]  # fmt: skip


def import_breakdown() -> dict[str, float]:
    """Milliseconds `import corti_interactions` adds on top of httpx, by origin (`-X importtime`)."""
    stderr = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import httpx; import corti_interactions"],
        capture_output=True, text=True, check=True,
    ).stderr  # fmt: skip
    parts = {"attrs and the generated models": 0.0, "the overrides (corti_interactions)": 0.0, "other": 0.0}
    seen_httpx = False
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line or "self" in line:
            continue
        self_us, _cumulative, name = (part.strip() for part in line.removeprefix("import time:").split("|"))
        if not seen_httpx:
            seen_httpx = name == "httpx"  # everything after it is what corti_interactions adds
            continue
        key = (
            "attrs and the generated models" if name.startswith(("attr", "corti_interactions_api"))
            else "the overrides (corti_interactions)" if name.startswith("corti_interactions")
            else "other"
        )  # fmt: skip
        parts[key] += int(self_us) / 1000
    return parts
