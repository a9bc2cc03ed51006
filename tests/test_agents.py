"""Agents v1 (deprecated) and the agentic v2 API against `FakeCorti`, sync and async.

v1 lives at the API host without `/v2` (the spec's path-level `servers`): the client derives
it from its base URL, so the fake (served at `/v2`) is reached at its root. Every v1 call
warns with a `DeprecationWarning` naming its v2 replacement. v2 sends `A2A-Version: 1.0` on
the A2A calls, pages by token, answers messages deterministically (echo, or the facts a text
states) and answers Corti's error envelope for every documented error.
"""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from corti_interactions import AsyncCortiClient, BadRequestError, ConflictError, CortiClient, NotFoundError
from corti_interactions.testing import FakeCorti

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

FACTS_TEXT = "She takes ibuprofen 400 mg twice a day. Blood pressure is 128 over 82."


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as server:
        yield server


@pytest.fixture(autouse=True)
def _fresh(fake: FakeCorti) -> None:
    fake.reset()


def options(fake: FakeCorti) -> dict[str, Any]:
    return {
        "base_url": fake.base_url,
        "tenant_name": fake.tenant_name,
        "client_id": fake.client_id,
        "client_secret": fake.client_secret,
    }


class Both:
    """One client per mode with the same calls: `run(lambda c: c.x.y(...))` awaits in async mode."""

    def __init__(self, mode: str, fake: FakeCorti) -> None:
        self.mode = mode
        if mode == "sync":
            self.client: Any = CortiClient(**options(fake))
        else:
            self.loop = asyncio.new_event_loop()
            self.client = AsyncCortiClient(**options(fake))

    def run(self, call: Any) -> Any:
        result = call(self.client)
        if self.mode == "async" and hasattr(result, "__await__"):
            return self.loop.run_until_complete(result)
        return result

    def walk(self, call: Any) -> list[Any]:
        """Every item of a listing (sync iteration, or `async for`)."""
        if self.mode == "sync":
            return list(call(self.client))

        async def gather() -> list[Any]:
            return [item async for item in call(self.client)]

        return self.loop.run_until_complete(gather())

    def events(self, call: Any) -> list[Any]:
        """Every event of a streamed answer, read inside its context manager."""
        if self.mode == "sync":
            with call(self.client) as stream:
                return list(stream)

        async def gather() -> list[Any]:
            async with call(self.client) as stream:
                return [event async for event in stream]

        return self.loop.run_until_complete(gather())

    def close(self) -> None:
        if self.mode == "sync":
            self.client.close()
        else:
            self.loop.run_until_complete(self.client.close())
            self.loop.close()


@pytest.fixture(params=["sync", "async"])
def both(request: pytest.FixtureRequest, fake: FakeCorti) -> Iterator[Both]:
    harness = Both(request.param, fake)
    yield harness
    harness.close()


def v1_message(text: str, **extra: Any) -> dict[str, Any]:
    return {
        "role": "user",
        "kind": "message",
        "messageId": "m-1",
        "parts": [{"kind": "text", "text": text}],
        **extra,
    }


def v2_message(text: str, **extra: Any) -> dict[str, Any]:
    return {"role": "ROLE_USER", "parts": [{"text": text}], **extra}


# -- agents v1 -------------------------------------------------------------------------


def test_v1_is_served_without_v2_and_every_call_round_trips(both: Both, fake: FakeCorti) -> None:
    agent = both.run(
        lambda c: c.agents.create(
            name="scribe", description="d", experts=[{"type": "reference", "name": "facts-expert"}]
        )
    )
    assert agent.experts[0].name == "facts-expert"
    assert [a.id for a in both.run(lambda c: c.agents.list())] == [agent.id]
    assert both.run(lambda c: c.agents.get(agent.id)).name == "scribe"
    assert both.run(lambda c: c.agents.update(agent.id, name="renamed")).name == "renamed"
    card = both.run(lambda c: c.agents.get_card(agent.id))
    assert card.url.endswith(f"/agents/{agent.id}/v1") and "/v2/" not in card.url
    sent = both.run(lambda c: c.agents.message_send(agent.id, message=v1_message(FACTS_TEXT)))
    task = sent.task
    assert task.status.state == "completed"
    facts = task.artifacts[0].parts[1].data.additional_properties["facts"]
    assert [f["group"] for f in facts] == ["medications", "vitals"]
    assert (
        both.run(lambda c: c.agents.get_task(agent.id, task.id, history_length=1)).history[0].role == "agent"
    )
    context = both.run(lambda c: c.agents.get_context(agent.id, task.context_id))
    assert [item["id"] for item in context.items] == [task.id]
    assert "facts-expert" in [e.name for e in both.run(lambda c: c.agents.get_registry_experts()).experts]
    assert both.run(lambda c: c.agents.delete_context(agent.id, task.context_id)) is None
    assert both.run(lambda c: c.agents.delete(agent.id)) is None
    paths = [r.path for r in fake.requests if "/agents" in r.path]
    assert paths and all(not p.startswith("/v2") for p in paths)


def test_v1_answers_are_deterministic_and_continue_an_input_required_task(both: Both) -> None:
    agent = both.run(lambda c: c.agents.create(name="echo", description="d"))
    first = both.run(lambda c: c.agents.message_send(agent.id, message=v1_message("hello"))).task
    assert first.status.message.parts[0].text == "Echo: hello"
    asking = both.run(lambda c: c.agents.message_send(agent.id, message=v1_message(" "))).task
    assert asking.status.state == "input-required"
    answered = both.run(
        lambda c: c.agents.message_send(agent.id, message=v1_message("more", taskId=asking.id))
    ).task
    assert answered.id == asking.id and answered.status.state == "completed" and len(answered.history) == 4


def test_v1_calls_warn_naming_the_v2_replacement(fake: FakeCorti) -> None:
    with CortiClient(**options(fake)) as client, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.agents.get_registry_experts()
        client.agentic.registry.connectors.list()  # v2: no warning
    messages = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    assert messages == [
        "client.agents.get_registry_experts() is deprecated: use client.agentic.registry.connectors.list() instead"
    ]
    assert caught[0].filename == __file__  # attributed to the caller's line


def test_v1_errors_at_every_level(both: Both) -> None:
    with pytest.raises(NotFoundError):
        both.run(lambda c: c.agents.get("nope"))
    agent = both.run(lambda c: c.agents.create(name="a", description="d"))
    with pytest.raises(NotFoundError):
        both.run(lambda c: c.agents.get_task(agent.id, "nope"))
    with pytest.raises(NotFoundError):
        both.run(lambda c: c.agents.get_context(agent.id, "nope"))
    with pytest.raises(BadRequestError) as refused:
        both.run(
            lambda c: c.agents.message_send(
                agent.id, message=v1_message("x"), extra_body={"message": {"kind": "message"}}
            )
        )
    body = refused.value.body
    assert body.error.code == "VALIDATION_FAILED"
    assert {e.field for e in body.error.details.validation_errors} >= {
        "message.parts",
        "message.role",
    }


def test_a_base_url_without_v2_cannot_say_where_v1_lives(fake: FakeCorti) -> None:
    proxy = fake.base_url.removesuffix("/v2") + "/proxy"
    with (
        CortiClient(**{**options(fake), "base_url": proxy}) as client,
        pytest.raises(ValueError, match="'/v2'"),
    ):
        client.agents.list()
    assert not [r for r in fake.requests if "/agents" in r.path]  # nothing was sent


# -- agentic v2 -----------------------------------------------------------------------


def test_v2_agent_lifecycle_and_token_pages(both: Both, fake: FakeCorti) -> None:
    made = [both.run(lambda c, n=n: c.agentic.agents.create(name=f"agent-{n}")) for n in range(5)]
    assert all(a.id.startswith("agt.") for a in made)
    walked = both.walk(lambda c: c.agentic.agents.list(page_size=2))
    assert [a.id for a in walked] == [a.id for a in made]
    tokens = [r.path for r in fake.requests if r.path == "/v2/agentic/agents" and r.method == "GET"]
    assert len(tokens) == 3  # pages of 2, 2 and 1: the last has no next token
    with pytest.raises(ConflictError):
        both.run(lambda c: c.agentic.agents.create(name="agent-0"))
    patched = both.run(
        lambda c: c.agentic.agents.update(made[0].id, description=None, labels={"team": "coding"})
    )
    assert patched.description is None and patched.labels.additional_properties == {"team": "coding"}
    patch = next(r for r in fake.requests if r.method == "PATCH")
    assert patch.headers["content-type"] == "application/merge-patch+json"
    assert patch.body == {"description": None, "labels": {"team": "coding"}}
    assert (
        both.run(lambda c: c.agentic.agents.card(made[0].id)).supported_interfaces[0].protocol_version
        == "1.0"
    )
    both.run(lambda c: c.agentic.agents.delete(made[0].id))
    both.run(lambda c: c.agentic.agents.delete(made[0].id))  # idempotent
    with pytest.raises(NotFoundError):
        both.run(lambda c: c.agentic.agents.get(made[0].id))


def test_v2_messages_tasks_contexts_feedback(both: Both, fake: FakeCorti) -> None:
    agent = both.run(
        lambda c: c.agentic.agents.create(
            name="facts", connectors=[{"type": "registry", "name": "facts-expert"}]
        )
    )
    task = both.run(lambda c: c.agentic.agents.send_message(agent.id, message=v2_message(FACTS_TEXT))).task
    assert task.status.state == "TASK_STATE_COMPLETED" and task.id.startswith("task.")
    assert [f["group"] for f in task.artifacts[0].parts[1].data["facts"]] == ["medications", "vitals"]
    sent = [r for r in fake.requests if r.path.endswith("message:send")]
    assert sent[0].headers["a2a-version"] == "1.0"
    again = both.run(
        lambda c: c.agentic.agents.send_message(
            agent.id, message=v2_message("And more.", contextId=task.context_id)
        )
    ).task
    assert again.context_id == task.context_id
    assert [t.id for t in both.walk(lambda c: c.agentic.agents.tasks.list(agent.id, page_size=1))] == [
        task.id,
        again.id,
    ]
    assert both.run(lambda c: c.agentic.agents.tasks.get(agent.id, task.id)).id == task.id
    detail = both.run(lambda c: c.agentic.contexts.get(task.context_id, history_length=1))
    assert detail.task_count == 2 and [len(t.history) for t in detail.tasks] == [1, 1]
    assert [t.id for t in both.walk(lambda c: c.agentic.contexts.tasks.list(task.context_id))] == [
        task.id,
        again.id,
    ]
    traces = both.walk(lambda c: c.agentic.contexts.trace(task.context_id))
    assert [t.trace.thread_id for t in traces] == [task.context_id] * 2
    artifact = task.artifacts[0]
    assert both.run(
        lambda c: c.agentic.contexts.tasks.artifacts.get(task.context_id, task.id, artifact.artifact_id)
    ).parts
    feedback = both.run(
        lambda c: c.agentic.contexts.tasks.feedback.create(
            task.context_id, task.id, rating={"scale": "binary", "value": 1}, labels=["correct"]
        )
    )
    assert feedback.id.startswith("fb.") and feedback.normalized_score == 1
    with pytest.raises(BadRequestError):
        both.run(
            lambda c: c.agentic.contexts.tasks.feedback.create(
                task.context_id, task.id, rating={"scale": "binary", "value": 0}, labels=["other"]
            )
        )
    listed = both.run(lambda c: c.agentic.contexts.tasks.feedback.list(task.context_id, task.id)).feedbacks
    assert [f.id for f in listed] == [feedback.id]
    both.run(lambda c: c.agentic.contexts.tasks.feedback.delete(task.context_id, task.id, feedback.id))
    with pytest.raises(ConflictError):
        both.run(lambda c: c.agentic.agents.tasks.cancel(agent.id, task.id))
    pending = both.run(
        lambda c: c.agentic.agents.send_message(
            agent.id, message=v2_message("x"), configuration={"returnImmediately": True}
        )
    ).task
    assert (
        both.run(lambda c: c.agentic.agents.tasks.cancel(agent.id, pending.id)).status.state
        == "TASK_STATE_CANCELED"
    )
    assert both.run(lambda c: c.agentic.agents.usage(agent.id)).totals.invocations == 3
    both.run(lambda c: c.agentic.contexts.delete(task.context_id))
    with pytest.raises(NotFoundError):
        both.run(lambda c: c.agentic.contexts.get(task.context_id))


def test_v2_stream_and_subscribe_answer_typed_events(both: Both) -> None:
    from corti_interactions_api.models import (
        AgenticStreamArtifactUpdateEvent,
        AgenticStreamStatusUpdateEvent,
        AgenticStreamTaskEvent,
    )

    agent = both.run(lambda c: c.agentic.agents.create(name="echo"))
    events = both.events(lambda c: c.agentic.agents.stream_message(agent.id, message=v2_message("hi")))
    kinds = [type(e) for e in events]
    assert kinds == [AgenticStreamTaskEvent, AgenticStreamArtifactUpdateEvent, AgenticStreamStatusUpdateEvent]
    assert events[0].task.status.state == "TASK_STATE_WORKING"
    assert events[-1].status_update.status.state == "TASK_STATE_COMPLETED"
    task_id = events[0].task.id
    replay = both.events(lambda c: c.agentic.agents.tasks.subscribe(agent.id, task_id))
    assert [type(e) for e in replay] == [AgenticStreamTaskEvent, AgenticStreamStatusUpdateEvent]


def test_v2_json_rpc_and_registry(both: Both) -> None:
    agent = both.run(lambda c: c.agentic.agents.create(name="rpc"))
    answer = both.run(
        lambda c: c.agentic.agents.json_rpc(
            agent.id, jsonrpc="2.0", id="1", method="SendMessage", params={"message": v2_message("hi")}
        )
    )
    task = answer.result["task"]
    assert task["status"]["state"] == "TASK_STATE_COMPLETED"
    missing = both.run(
        lambda c: c.agentic.agents.json_rpc(
            agent.id, jsonrpc="2.0", id="2", method="GetTask", params={"id": "task.nope"}
        )
    )
    assert missing.error.code == -32001
    names = [r.id for r in both.walk(lambda c: c.agentic.registry.connectors.list(page_size=1))]
    assert "facts-expert" in names and len(names) == len(set(names))
    assert both.run(lambda c: c.agentic.registry.connectors.get("facts-expert")).title == "Facts"
    with pytest.raises(NotFoundError):
        both.run(lambda c: c.agentic.registry.connectors.get("nope"))


def test_v2_errors_at_every_level(both: Both) -> None:
    agent = both.run(lambda c: c.agentic.agents.create(name="e"))
    task = both.run(lambda c: c.agentic.agents.send_message(agent.id, message=v2_message("x"))).task
    calls = [
        lambda c: c.agentic.agents.get("agt.nope"),
        lambda c: c.agentic.agents.connectors.get(agent.id, "con.nope"),
        lambda c: c.agentic.agents.tasks.get(agent.id, "task.nope"),
        lambda c: c.agentic.contexts.get("ctx.nope"),
        lambda c: c.agentic.contexts.tasks.get(task.context_id, "task.nope"),
        lambda c: c.agentic.contexts.tasks.artifacts.get(task.context_id, task.id, "art.nope"),
    ]
    for call in calls:
        with pytest.raises(NotFoundError) as caught:
            both.run(call)
        assert caught.value.body.error.code == "NOT_FOUND"
    with pytest.raises(BadRequestError) as refused:
        both.run(lambda c: c.agentic.agents.list(extra_query={"pageSize": "0"}))
    assert refused.value.body.error.details.validation_errors[0].field == "pageSize"


def test_v2_connectors(both: Both) -> None:
    from corti_interactions import APIStatusError

    agent = both.run(lambda c: c.agentic.agents.create(name="c"))
    made = both.run(
        lambda c: c.agentic.agents.connectors.create(
            agent.id, type_="mcp", name="policy", url="https://mcp.example"
        )
    )
    assert made.id.startswith("con.")
    assert [x.id for x in both.run(lambda c: c.agentic.agents.connectors.list(agent.id)).connectors] == [
        made.id
    ]
    with pytest.raises(APIStatusError) as caught:
        both.run(lambda c: c.agentic.agents.connectors.update(agent.id, made.id, enabled=False))
    assert caught.value.status_code == 501
    both.run(lambda c: c.agentic.agents.connectors.delete(agent.id, made.id))
    assert both.run(lambda c: c.agentic.agents.connectors.list(agent.id)).connectors == []


def test_the_fake_answers_the_same_request_the_same_way(fake: FakeCorti) -> None:
    def run() -> tuple[Any, ...]:
        fake.reset()
        with CortiClient(**options(fake)) as client:
            agent = client.agentic.agents.create(name="same")
            task = client.agentic.agents.send_message(agent.id, message=v2_message(FACTS_TEXT)).task
            return agent.id, task.id, task.artifacts[0].to_dict()

    assert run() == run()


def test_v1_follows_the_environment() -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json=[])

    client = CortiClient(
        tenant_name="t",
        token="x",
        environment="us",
        httpx_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    client.agents.list()
    client.close()
    assert str(seen[0]) == "https://api.us.corti.app/agents"


def test_the_command_line_prints_streamed_events_as_json_lines(
    fake: FakeCorti, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import json

    from corti_interactions._cli.commands import main

    for key, value in {"CORTI_BASE_URL": fake.base_url, "CORTI_TENANT_NAME": fake.tenant_name,
                       "CORTI_TOKEN": fake.issue_token()}.items():  # fmt: skip
        monkeypatch.setenv(key, value)

    def run(*args: str) -> tuple[str, str]:
        out, err = io.StringIO(), io.StringIO()
        assert main(list(args), out=out, err=err) == 0, err.getvalue()
        return out.getvalue(), err.getvalue()

    agent = json.loads(run("agentic", "agents", "create", "--name", "cli")[0])
    body = json.dumps({"message": v2_message("from the shell")})
    out, _ = run("agentic", "agents", "stream_message", agent["id"], "--body", body)
    lines = [json.loads(line) for line in out.splitlines()]
    assert [next(iter(line)) for line in lines] == ["task", "artifactUpdate", "statusUpdate"]
    assert lines[1]["artifactUpdate"]["artifact"]["parts"][0]["text"] == "Echo: from the shell"
    listed, warned = run("agents", "list")
    assert json.loads(listed) == [] and "deprecated: use client.agentic.agents.list()" in warned
