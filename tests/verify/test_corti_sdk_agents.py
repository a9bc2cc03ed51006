"""Corti's JavaScript SDK 1.0.0 drives every agents v1 method it has against the fake.

SDK 1.0.0 speaks agents v1 only (no agentic v2), at its environment's `agents` URL: the API
host without `/v2`, where the fake serves v1 as Corti does. It has ten of the eleven v1
methods (`deleteContext` came later; this client's `agents.delete_context` is checked against
the fake in tests/test_agents.py). Every answer must parse in the SDK without its "Failed to
validate." warning, and every request it sends must be one the fake (which validates against
the spec) accepts."""

from __future__ import annotations

from typing import Any

from corti_interactions.testing import FakeCorti

from .conftest import Recorder
from .test_corti_sdk import SECTION, fake, node, ok, run_sdk  # noqa: F401 - fixtures

AGENTS_SECTION = f"{SECTION}: agents v1"


def call(method: str, *args: Any) -> dict[str, Any]:
    return {"op": "call", "resource": "agents", "method": method, "args": list(args)}


def message(text: str, **extra: Any) -> dict[str, Any]:
    return {"message": {"role": "user", "kind": "message", "messageId": "m-1",
                        "parts": [{"kind": "text", "text": text}], **extra}}  # fmt: skip


def test_every_v1_method_of_sdk_1_0_0(node: str, fake: FakeCorti, record: Recorder) -> None:  # noqa: F811
    run = run_sdk(node, fake, ("create", [
        call("create", {"name": "scribe", "description": "Facts from notes",
                        "experts": [{"type": "reference", "name": "facts-expert"}]}),
        call("getRegistryExperts", {"limit": 10}),
    ]))  # fmt: skip
    created, experts = run.steps("create")
    agent = ok(created)
    assert agent["experts"] == [{"type": "reference", "id": "facts-expert", "name": "facts-expert"}]
    assert "facts-expert" in [e["name"] for e in ok(experts)["experts"]]
    aid = agent["id"]
    run = run_sdk(node, fake, ("work", [
        call("list"),
        call("get", aid),
        call("update", aid, {"description": "Extracts facts"}),
        call("getCard", aid),
        call("messageSend", aid, message("She takes ibuprofen 400 mg. Blood pressure is 128 over 82.")),
    ]))  # fmt: skip
    listed, got, updated, card, sent = run.steps("work")
    assert [a["id"] for a in ok(listed)] == [aid]
    assert ok(got)["name"] == "scribe"
    assert ok(updated)["description"] == "Extracts facts"
    assert ok(card)["url"].endswith(f"/agents/{aid}/v1")
    task = ok(sent)["task"]
    assert task["status"]["state"] == "completed"
    facts = task["artifacts"][0]["parts"][1]["data"]["facts"]
    assert [f["group"] for f in facts] == ["medications", "vitals"]
    wire = [(e["method"], e["path"]) for e in run.wire("work")]
    assert wire == [
        ("GET", "/agents"), ("GET", f"/agents/{aid}"), ("PATCH", f"/agents/{aid}"),
        ("GET", f"/agents/{aid}/agent-card.json"), ("POST", f"/agents/{aid}/v1/message:send"),
    ]  # fmt: skip
    run = run_sdk(node, fake, ("read back", [
        call("getTask", aid, task["id"], {"historyLength": 1}),
        call("getContext", aid, task["contextId"], {"limit": 5}),
        call("getTask", aid, "no-such-task"),
        call("delete", aid),
        call("get", aid),
    ]))  # fmt: skip
    got_task, context, missing_task, deleted, gone = run.steps("read back")
    assert ok(got_task)["id"] == task["id"] and len(ok(got_task)["history"]) == 1
    assert [item["id"] for item in ok(context)["items"]] == [task["id"]]
    assert missing_task["error"]["statusCode"] == 404
    assert deleted["ok"]
    assert gone["error"]["statusCode"] == 404
    assert all(not e["path"].startswith("/v2") for e in run.wire("read back"))
    record(
        AGENTS_SECTION,
        "list, create, get, update, delete, getCard, messageSend, getTask, getContext, getRegistryExperts",
        14,
        "SDK 1.0.0 at its `agents` URL (no /v2); every answer parsed in the SDK; 404 after delete",
    )
