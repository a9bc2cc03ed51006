"""Contract for agents v1 and the agentic v2 API: every request the client sends, judged by
Stoplight Prism against the spec (paths, `A2A-Version`, bodies, merge-patch media type), and
every answer Prism makes up from the spec parsed by the client.

Prism serves every path at its root: v2 paths with the client's base URL at the root, and v1
(whose own `servers` drop `/v2`) with a base URL ending `/v2`, from which the client derives
the root, as it derives `https://api.eu.corti.app` from `https://api.eu.corti.app/v2`."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from typing import Any

from corti_interactions import APIStatusError, CortiClient

from .conftest import Recorder

V1_MESSAGE = {"role": "user", "kind": "message", "messageId": "m", "parts": [{"kind": "text", "text": "hi"}]}
V2_MESSAGE = {"role": "ROLE_USER", "parts": [{"text": "hi"}]}
AGT, CTX, TASK = "agt.1", "ctx.1", "task.1"

Call = Callable[[Any], Any]
V1: list[tuple[str, Call, int]] = [
    ("agents.list", lambda c: c.agents.with_raw_response.list(limit=5, ephemeral=False), 200),
    ("agents.create", lambda c: c.agents.with_raw_response.create(name="n", description="d", experts=[{"type": "reference", "name": "x"}]), 200),
    ("agents.get", lambda c: c.agents.with_raw_response.get("a"), 200),
    ("agents.update", lambda c: c.agents.with_raw_response.update("a", name="m"), 200),
    ("agents.delete", lambda c: c.agents.with_raw_response.delete("a"), 204),
    ("agents.get_card", lambda c: c.agents.with_raw_response.get_card("a"), 200),
    ("agents.message_send", lambda c: c.agents.with_raw_response.message_send("a", message=V1_MESSAGE), 200),
    ("agents.get_task", lambda c: c.agents.with_raw_response.get_task("a", "t", history_length=2), 200),
    ("agents.get_context", lambda c: c.agents.with_raw_response.get_context("a", "c", limit=2), 200),
    ("agents.delete_context", lambda c: c.agents.with_raw_response.delete_context("a", "c"), 204),
    ("agents.get_registry_experts", lambda c: c.agents.with_raw_response.get_registry_experts(offset=0), 200),
]  # fmt: skip
V2: list[tuple[str, Call, int]] = [
    ("agentic.agents.list", lambda c: c.agentic.agents.with_raw_response.list(page_size=2, visibility=["public"], label=["a=b"]), 200),
    ("agentic.agents.create", lambda c: c.agentic.agents.with_raw_response.create(name="n", visibility="private", connectors=[{"type": "registry", "name": "pubmed-expert"}], labels={"a": "b"}), 201),
    ("agentic.agents.get", lambda c: c.agentic.agents.with_raw_response.get(AGT), 200),
    ("agentic.agents.update", lambda c: c.agentic.agents.with_raw_response.update(AGT, description=None), 200),
    ("agentic.agents.delete", lambda c: c.agentic.agents.with_raw_response.delete(AGT), 204),
    ("agentic.agents.card", lambda c: c.agentic.agents.with_raw_response.card(AGT), 200),
    ("agentic.agents.json_rpc", lambda c: c.agentic.agents.with_raw_response.json_rpc(AGT, jsonrpc="2.0", id="1", method="GetTask", params={"id": TASK}), 200),
    ("agentic.agents.send_message", lambda c: c.agentic.agents.with_raw_response.send_message(AGT, message=V2_MESSAGE, configuration={"returnImmediately": True}), 200),
    ("agentic.agents.usage", lambda c: c.agentic.agents.with_raw_response.usage(AGT, granularity="day"), 200),
    ("agentic.agents.connectors.list", lambda c: c.agentic.agents.connectors.with_raw_response.list(AGT), 200),
    ("agentic.agents.connectors.create", lambda c: c.agentic.agents.connectors.with_raw_response.create(AGT, type_="agent", agent_id="agt.2"), 201),
    ("agentic.agents.connectors.get", lambda c: c.agentic.agents.connectors.with_raw_response.get(AGT, "con.1"), 200),
    ("agentic.agents.connectors.update", lambda c: c.agentic.agents.connectors.with_raw_response.update(AGT, "con.1", enabled=False), 200),
    ("agentic.agents.connectors.delete", lambda c: c.agentic.agents.connectors.with_raw_response.delete(AGT, "con.1"), 204),
    ("agentic.agents.tasks.list", lambda c: c.agentic.agents.tasks.with_raw_response.list(AGT, context_id=CTX), 200),
    ("agentic.agents.tasks.get", lambda c: c.agentic.agents.tasks.with_raw_response.get(AGT, TASK, history_length=1), 200),
    ("agentic.agents.tasks.cancel", lambda c: c.agentic.agents.tasks.with_raw_response.cancel(AGT, TASK), 200),
    ("agentic.contexts.list", lambda c: c.agentic.contexts.with_raw_response.list(agent_id=AGT), 200),
    ("agentic.contexts.get", lambda c: c.agentic.contexts.with_raw_response.get(CTX), 200),
    ("agentic.contexts.delete", lambda c: c.agentic.contexts.with_raw_response.delete(CTX), 204),
    ("agentic.contexts.trace", lambda c: c.agentic.contexts.with_raw_response.trace(CTX, page_size=1), 200),
    ("agentic.contexts.tasks.list", lambda c: c.agentic.contexts.tasks.with_raw_response.list(CTX), 200),
    ("agentic.contexts.tasks.get", lambda c: c.agentic.contexts.tasks.with_raw_response.get(CTX, TASK), 200),
    ("agentic.contexts.tasks.artifacts.get", lambda c: c.agentic.contexts.tasks.artifacts.with_raw_response.get(CTX, TASK, "art.1"), 200),
    ("agentic.contexts.tasks.feedback.list", lambda c: c.agentic.contexts.tasks.feedback.with_raw_response.list(CTX, TASK), 200),
    ("agentic.contexts.tasks.feedback.create", lambda c: c.agentic.contexts.tasks.feedback.with_raw_response.create(CTX, TASK, rating={"scale": "binary", "value": 1}, labels=["correct"]), 201),
    ("agentic.contexts.tasks.feedback.delete", lambda c: c.agentic.contexts.tasks.feedback.with_raw_response.delete(CTX, TASK, "fb.1"), 204),
    ("agentic.registry.connectors.list", lambda c: c.agentic.registry.connectors.with_raw_response.list(q="x"), 200),
    ("agentic.registry.connectors.get", lambda c: c.agentic.registry.connectors.with_raw_response.get("pubmed-expert"), 200),
]  # fmt: skip
STREAMED: list[tuple[str, Call]] = [
    ("agentic.agents.stream_message", lambda c: c.agentic.agents.stream_message(AGT, message=V2_MESSAGE)),
    ("agentic.agents.tasks.subscribe", lambda c: c.agentic.agents.tasks.subscribe(AGT, TASK)),
]


def outcomes(client: CortiClient, calls: list[tuple[str, Call, int]]) -> list[str]:
    found = []
    for name, call, _ in calls:
        try:
            raw = call(client)
            raw.parse()
            found.append(f"{name} {raw.status_code}")
        except APIStatusError as exc:
            found.append(f"{name} {exc.status_code}: {exc.response.headers.get('sl-violations', '')}")
    return found


def test_prism_accepts_every_agents_request_and_the_client_parses_its_answers(
    prism: str,
    record: Recorder,
) -> None:
    settings: dict[str, Any] = {"tenant_name": "copiloteu", "token": "any-token", "max_retries": 0}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with CortiClient(base_url=f"{prism}/v2", **settings) as v1:
            assert outcomes(v1, V1) == [f"{name} {status}" for name, _, status in V1]
    with CortiClient(base_url=prism, **settings) as v2:
        assert outcomes(v2, V2) == [f"{name} {status}" for name, _, status in V2]
        # Prism judges a streamed call's request like any other; it cannot make up an event
        # stream (OpenAPI 3.1's schema is one event's, not the body's), so it answers 500 for
        # its own answer: only violations in the request would be the client's.
        streamed = []
        for name, call in STREAMED:
            try:
                with call(v2) as events:
                    list(events)
                streamed.append(f"{name} ok")
            except APIStatusError as exc:
                violations = json.loads(exc.response.headers.get("sl-violations", "[]"))
                request = [v for v in violations if v["location"][0] == "request"]
                streamed.append(
                    f"{name} ok"
                    if exc.status_code == 500 and violations and not request
                    else f"{name} {request}"
                )
        assert streamed == [f"{name} ok" for name, _ in STREAMED]
    total = len(V1) + len(V2) + len(STREAMED)
    record("Contract (Prism)", "client calls of every agents v1 and agentic v2 operation accepted by Prism", total,
           "all accepted, every answer parsed")  # fmt: skip
