"""The fake's agentic v2 agents: CRUD, connectors, and the A2A binding (send, stream, JSON-RPC, tasks).

A2A 1.0 shapes (`ROLE_*`, `TASK_STATE_*`, parts without `kind`), prefixed ids. A message starts
a task in a context (a new one unless the message names one; a message naming a task in the
input-required state continues it) and is answered by the agent's expert (`experts`). With
`configuration.returnImmediately` the task is left `TASK_STATE_SUBMITTED` (so it can still be
canceled); otherwise it completes at once. `message:stream` answers the same work as several
server-sent events: the task (working), the artifact, and the final status; `:subscribe`
replays a task's current state as two events. Every unknown agent, task or connector is a 404.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from typing import Any

from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from .common import AgentsState, Call, Endpoint, error, page_of
from .experts import answer, expert_of

__all__ = ["V2", "public_task", "v2_agent_routes"]

_AGENT_FIELDS = ("name", "description", "systemPrompt", "model", "visibility", "lifecycle", "labels")
_TERMINAL = {"TASK_STATE_COMPLETED", "TASK_STATE_FAILED", "TASK_STATE_CANCELED", "TASK_STATE_REJECTED"}


def public_task(task: dict[str, Any], history_length: int | None = None) -> dict[str, Any]:
    """A stored task as the API answers it (its history cut to the last `history_length`)."""
    found = {k: copy.deepcopy(v) for k, v in task.items() if not k.startswith("_")}
    if history_length is not None:
        found["history"] = (
            found["history"][len(found["history"]) - history_length :] if history_length else []
        )
    return found


def _sse(events: list[dict[str, Any]]) -> Response:
    def lines() -> Iterator[bytes]:
        for number, event in enumerate(events, 1):
            yield f"id: {number}\ndata: {json.dumps(event, separators=(',', ':'))}\n\n".encode()

    return StreamingResponse(lines(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})


class V2:
    """The handlers of the v2 agent paths (the contexts module reads its tasks)."""

    def __init__(self, state: AgentsState) -> None:
        self.s = state

    # -- agents
    def _connectors(self, given: list[dict[str, Any]]) -> list[dict[str, Any]]:
        kept = []
        for connector in given:
            item = {"id": self.s.new_id("con"), **copy.deepcopy(connector)}
            if connector["type"] == "registry":
                item.pop("config", None)  # "Not yet persisted": the server drops it on create
            kept.append(item)
        return kept

    def agent(self, call: Call, key: str = "agent") -> dict[str, Any] | None:
        agent = self.s.agents.get(_prefixed("agt", call.params[key]))
        return None if agent is None or agent.get("_deleted") else agent

    def list_all(self, call: Call) -> Response:
        found = [
            _public(a)
            for a in self.s.agents.values()
            if not a.get("_deleted") and a["visibility"] != "unlisted"
        ]
        return page_of(found, call.query, "agents")

    def create(self, call: Call) -> Response:
        body = call.body
        if any(a["name"] == body["name"] and not a.get("_deleted") for a in self.s.agents.values()):
            return error(409, "CONFLICT", f"An agent named {body['name']!r} exists already")
        stamp = self.s.stamp()
        agent = {
            "id": self.s.new_id("agt"),
            "name": body["name"],
            "description": body.get("description"),
            "systemPrompt": body.get("systemPrompt"),
            "model": body.get("model", "corti-default"),
            "visibility": body.get("visibility", "private"),
            "lifecycle": body.get("lifecycle", "persistent"),  # the server default is not stated (inferred)
            "connectors": self._connectors(body.get("connectors", [])),
            "labels": dict(body.get("labels", {})),
            "createdAt": stamp,
            "updatedAt": stamp,
            "createdBy": "usr.0192f4c8-8bc0-7194-8570-92e3ce81d0a6",
        }
        self.s.agents[agent["id"]] = agent
        return JSONResponse(_public(agent), status_code=201)

    def get(self, call: Call) -> Response:
        agent = self.agent(call)
        return not_found("agent") if agent is None else JSONResponse(_public(agent))

    def update(self, call: Call) -> Response:
        agent = self.agent(call)
        if agent is None:
            return not_found("agent")
        for key, value in call.body.items():  # RFC 7386: null clears, arrays replace
            if key == "connectors":
                agent["connectors"] = self._connectors(value or [])
            elif key == "labels":
                labels = agent["labels"] if value is not None else {}
                for name, label in (value or {}).items():
                    labels.pop(name, None) if label is None else labels.__setitem__(name, label)
                agent["labels"] = labels
            elif key in _AGENT_FIELDS:
                agent[key] = "corti-default" if key == "model" and value is None else value
        agent["updatedAt"] = self.s.stamp()
        return JSONResponse(_public(agent))

    def delete(self, call: Call) -> Response:
        agent = self.s.agents.get(_prefixed("agt", call.params["agent"]))
        if agent is None:
            return not_found("agent")
        agent["_deleted"] = True  # idempotent: a second delete is 204 too
        return Response(status_code=204)

    def card(self, call: Call) -> Response:
        agent = self.agent(call)
        if agent is None:
            return not_found("agent")
        url = f"{call.base}/v2/agentic/agents/{agent['id']}/a2a"
        return JSONResponse(
            {
                "name": agent["name"],
                "description": agent["description"] or "",
                "version": "1.0.0",
                "capabilities": {"streaming": True, "pushNotifications": False},
                "defaultInputModes": ["text/plain"],
                "defaultOutputModes": ["text/plain", "application/json"],
                "skills": [{"id": c["id"], "name": c.get("name", c["type"])} for c in agent["connectors"]],
                "supportedInterfaces": [
                    {"protocolBinding": b, "protocolVersion": "1.0", "url": url}
                    for b in ("JSONRPC", "HTTP+JSON")
                ],
            }
        )

    def usage(self, call: Call) -> Response:
        agent = self.agent(call)
        if agent is None:
            return not_found("agent")
        tasks = [t for t in self.s.tasks.values() if t["_agent"] == agent["id"]]
        days: dict[str, list[dict[str, Any]]] = {}
        for task in tasks:
            days.setdefault(task["_created"][:10], []).append(task)
        buckets = [
            {
                "periodStart": f"{day}T00:00:00Z",
                "periodEnd": f"{day}T23:59:59Z",
                "invocations": len(ts),
                "uniqueContexts": len({t["contextId"] for t in ts}),
            }
            for day, ts in sorted(days.items())
        ]
        stamp = self.s.stamp()
        return JSONResponse(
            {
                "granularity": "day",
                "from": call.query.get("from", buckets[0]["periodStart"] if buckets else stamp),
                "to": call.query.get("to", stamp),
                "buckets": buckets,
                "totals": {"invocations": len(tasks), "uniqueContexts": len({t["contextId"] for t in tasks})},
            }
        )

    # -- connectors
    def _connector(self, call: Call) -> tuple[dict[str, Any] | None, Response | None]:
        agent = self.agent(call, "parent")
        if agent is None:
            return None, not_found("agent")
        found = next(
            (c for c in agent["connectors"] if c["id"] == _prefixed("con", call.params["connector"])), None
        )
        return found, None if found is not None else not_found("connector")

    def connectors_list(self, call: Call) -> Response:
        agent = self.agent(call, "parent")
        return (
            not_found("agent")
            if agent is None
            else JSONResponse({"connectors": copy.deepcopy(agent["connectors"])})
        )

    def connectors_create(self, call: Call) -> Response:
        agent = self.agent(call, "parent")
        if agent is None:
            return not_found("agent")
        name = call.body.get("name")
        if name is not None and any(c.get("name") == name for c in agent["connectors"]):
            return error(409, "CONFLICT", f"The agent has a connector named {name!r} already")
        (connector,) = self._connectors([call.body])
        agent["connectors"].append(connector)
        return JSONResponse(copy.deepcopy(connector), status_code=201)

    def connectors_get(self, call: Call) -> Response:
        found, missing = self._connector(call)
        return missing or JSONResponse(copy.deepcopy(found))

    def connectors_update(self, call: Call) -> Response:
        _, missing = self._connector(call)
        return missing or error(
            501, "NOT_IMPLEMENTED", "Connector PATCH is not yet implemented; PATCH the agent"
        )

    def connectors_delete(self, call: Call) -> Response:
        found, missing = self._connector(call)
        if missing:
            return missing
        agent = self.agent(call, "parent")
        assert agent is not None  # noqa: S101 - _connector found it
        agent["connectors"] = [c for c in agent["connectors"] if c is not found]
        return Response(status_code=204)

    # -- the A2A binding
    def _send(self, agent: dict[str, Any], body: dict[str, Any]) -> dict[str, Any] | Response:
        """Do the work of a message; the stored task, or an error answer."""
        message = body["message"]
        task = None
        if message.get("taskId"):
            task = self.s.tasks.get(_prefixed("task", message["taskId"]))
            if task is None or task["_agent"] != agent["id"]:
                return not_found("task")
            if task["status"]["state"] != "TASK_STATE_INPUT_REQUIRED":
                return error(400, "TASK_NOT_CONTINUABLE", "Only a task that asks for input can be continued")
        context_id = (
            task["contextId"] if task else _prefixed("ctx", message.get("contextId") or self.s.new_id("ctx"))
        )
        stamp = self.s.stamp()
        context = self.s.contexts.setdefault(
            context_id,
            {"id": context_id, "agentId": agent["id"], "createdAt": stamp, "expiresAt": None, "_tasks": []},
        )
        context["updatedAt"] = stamp
        if task is None:
            task = {
                "id": self.s.new_id("task"),
                "contextId": context_id,
                "history": [],
                "artifacts": [],
                "_agent": agent["id"],
                "_created": stamp,
            }
            self.s.tasks[task["id"]] = task
            context["_tasks"].append(task["id"])
        user = {**copy.deepcopy(message), "taskId": task["id"], "contextId": context_id}
        user.setdefault("messageId", self.s.new_id("msg"))
        task["history"].append(user)
        if (body.get("configuration") or {}).get("returnImmediately"):
            task["status"] = {"state": "TASK_STATE_SUBMITTED", "timestamp": stamp}
            return task
        names = [c.get("name", "") for c in agent["connectors"] if c["type"] == "registry"]
        text = " ".join(p["text"] for p in message["parts"] if isinstance(p.get("text"), str))
        reply = answer(expert_of(names), text)
        agent_message = {
            "messageId": self.s.new_id("msg"),
            "contextId": context_id,
            "taskId": task["id"],
            "role": "ROLE_AGENT",
            "parts": [{"text": reply.text}],
        }
        task["history"].append(agent_message)
        state = "TASK_STATE_INPUT_REQUIRED" if reply.needs_input else "TASK_STATE_COMPLETED"
        task["status"] = {"state": state, "message": agent_message, "timestamp": stamp}
        if not reply.needs_input:
            parts: list[dict[str, Any]] = [{"text": reply.text}]
            if reply.data is not None:
                parts.append({"data": reply.data, "mediaType": "application/json"})
            task["artifacts"].append({"artifactId": self.s.new_id("art"), "name": "answer", "parts": parts})
        words = len(text.split())
        task["metadata"] = {
            "$usage": {
                "model": agent["model"] or "corti-default",
                "inputTokens": words,
                "outputTokens": len(reply.text.split()),
                "totalTokens": words + len(reply.text.split()),
                "credits": 1,
            }
        }
        return task

    def send_message(self, call: Call) -> Response:
        agent = self.agent(call)
        if agent is None:
            return not_found("agent")
        task = self._send(agent, call.body)
        if isinstance(task, Response):
            return task
        length = (call.body.get("configuration") or {}).get("historyLength")
        return JSONResponse({"task": public_task(task, length)})

    def stream_events(self, task: dict[str, Any]) -> list[dict[str, Any]]:
        """A finished piece of work as the events a stream of it carries."""
        done = public_task(task)
        first = {**done, "status": {"state": "TASK_STATE_WORKING"}, "artifacts": []}
        events: list[dict[str, Any]] = [{"task": first}]
        for artifact in done.get("artifacts", []):
            events.append(
                {
                    "artifactUpdate": {
                        "taskId": done["id"],
                        "contextId": done["contextId"],
                        "artifact": artifact,
                        "lastChunk": True,
                    }
                }
            )
        events.append(
            {"statusUpdate": {"taskId": done["id"], "contextId": done["contextId"], "status": done["status"]}}
        )
        return events

    def stream_message(self, call: Call) -> Response:
        agent = self.agent(call)
        if agent is None:
            return not_found("agent")
        task = self._send(agent, call.body)
        return task if isinstance(task, Response) else _sse(self.stream_events(task))

    def json_rpc(self, call: Call) -> Response:
        agent = self.agent(call)
        if agent is None:
            return not_found("agent")
        body, params = call.body, call.body.get("params") or {}

        def result(value: Any) -> Response:
            return JSONResponse({"jsonrpc": "2.0", "id": body["id"], "result": value})

        def failure(code: int, message: str) -> Response:
            return JSONResponse(
                {"jsonrpc": "2.0", "id": body["id"], "error": {"code": code, "message": message}}
            )

        method = body["method"]
        if method in ("SendMessage", "SendStreamingMessage"):
            if not isinstance(params.get("message"), dict) or not isinstance(
                params["message"].get("parts"), list
            ):
                return failure(-32602, "params.message with parts is required")
            task = self._send(agent, params)
            if isinstance(task, Response):
                return failure(-32001, "Task not found")
            if method == "SendMessage":
                return result({"task": public_task(task)})
            return _sse([{"jsonrpc": "2.0", "id": body["id"], "result": e} for e in self.stream_events(task)])
        if method == "ListTasks":
            tasks = [public_task(t) for t in self.s.tasks.values() if t["_agent"] == agent["id"]]
            return result({"tasks": tasks, "nextPageToken": None})
        found = self.s.tasks.get(_prefixed("task", str(params.get("id", ""))))
        if method not in ("GetTask", "CancelTask", "SubscribeToTask"):
            return failure(-32601, f"Method not found: {method}")
        if found is None or found["_agent"] != agent["id"]:
            return failure(-32001, "Task not found")
        if method == "CancelTask":
            if found["status"]["state"] in _TERMINAL:
                return failure(-32002, "Task cannot be canceled")
            found["status"] = {"state": "TASK_STATE_CANCELED", "timestamp": self.s.stamp()}
        if method == "SubscribeToTask":
            return _sse([{"jsonrpc": "2.0", "id": body["id"], "result": e} for e in self._replay(found)])
        return result(public_task(found))

    def _task(self, call: Call) -> tuple[dict[str, Any] | None, Response | None]:
        agent = self.agent(call)
        if agent is None:
            return None, not_found("agent")
        task = self.s.tasks.get(_prefixed("task", call.params["task"]))
        if task is None or task["_agent"] != agent["id"]:
            return None, not_found("task")
        return task, None

    def tasks_list(self, call: Call) -> Response:
        agent = self.agent(call)
        if agent is None:
            return not_found("agent")
        context = call.query.get("contextId")
        tasks = [
            public_task(t)
            for t in self.s.tasks.values()
            if t["_agent"] == agent["id"] and (context is None or t["contextId"] == _prefixed("ctx", context))
        ]
        return page_of(tasks, call.query, "tasks")

    def tasks_get(self, call: Call) -> Response:
        task, missing = self._task(call)
        return missing or JSONResponse(public_task(task or {}, call.query.get("historyLength")))

    def tasks_cancel(self, call: Call) -> Response:
        task, missing = self._task(call)
        if missing or task is None:
            return missing or not_found("task")
        if task["status"]["state"] in _TERMINAL:
            return error(409, "TASK_NOT_CANCELABLE", f"The task is {task['status']['state']}")
        task["status"] = {"state": "TASK_STATE_CANCELED", "timestamp": self.s.stamp()}
        return JSONResponse(public_task(task))

    def _replay(self, task: dict[str, Any]) -> list[dict[str, Any]]:
        done = public_task(task)
        return [
            {"task": done},
            {
                "statusUpdate": {
                    "taskId": done["id"],
                    "contextId": done["contextId"],
                    "status": done["status"],
                }
            },
        ]

    def tasks_subscribe(self, call: Call) -> Response:
        task, missing = self._task(call)
        return missing or _sse(self._replay(task or {}))


def _public(agent: dict[str, Any]) -> dict[str, Any]:
    return {k: copy.deepcopy(v) for k, v in agent.items() if not k.startswith("_")}


def _prefixed(prefix: str, value: str) -> str:
    """An id as stored: prefixed (a bare UUIDv7 is accepted on input, as Corti's are)."""
    return value if value.startswith(f"{prefix}.") else f"{prefix}.{value}"


def not_found(what: str) -> Response:
    """404, naming what was not found."""
    return error(404, "NOT_FOUND", f"The {what} was not found")


def v2_agent_routes(fake: Any, h: V2) -> list[Route]:
    """The routes under `/v2/agentic/agents`; `:cancel` and `:subscribe` before the task path."""
    a, s = "/v2/agentic/agents", "/agentic/agents"

    def e(spec: str, handlers: dict[str, Callable[[Call], Response]]) -> Endpoint:
        return Endpoint(fake, spec, handlers)

    return [
        Route(a, e(s, {"GET": h.list_all, "POST": h.create})),
        Route(f"{a}/{{agent}}", e(f"{s}/{{agentId}}", {"GET": h.get, "PATCH": h.update, "DELETE": h.delete})),
        Route(
            f"{a}/{{agent}}/.well-known/agent-card.json",
            e(f"{s}/{{agentId}}/.well-known/agent-card.json", {"GET": h.card}),
        ),
        Route(f"{a}/{{agent}}/a2a", e(f"{s}/{{agentId}}/a2a", {"POST": h.json_rpc})),
        Route(
            f"{a}/{{agent}}/a2a/message:send",
            e(f"{s}/{{agentId}}/a2a/message:send", {"POST": h.send_message}),
        ),
        Route(
            f"{a}/{{agent}}/a2a/message:stream",
            e(f"{s}/{{agentId}}/a2a/message:stream", {"POST": h.stream_message}),
        ),
        Route(f"{a}/{{agent}}/usage", e(f"{s}/{{agentId}}/usage", {"GET": h.usage})),
        Route(
            f"{a}/{{parent}}/connectors",
            e(f"{s}/{{parentAgentId}}/connectors", {"GET": h.connectors_list, "POST": h.connectors_create}),
        ),
        Route(
            f"{a}/{{parent}}/connectors/{{connector}}",
            e(
                f"{s}/{{parentAgentId}}/connectors/{{agentConnectorId}}",
                {"GET": h.connectors_get, "PATCH": h.connectors_update, "DELETE": h.connectors_delete},
            ),
        ),
        Route(f"{a}/{{agent}}/a2a/tasks", e(f"{s}/{{agentId}}/a2a/tasks", {"GET": h.tasks_list})),
        Route(
            f"{a}/{{agent}}/a2a/tasks/{{task}}:cancel",
            e(f"{s}/{{agentId}}/a2a/tasks/{{taskId}}:cancel", {"POST": h.tasks_cancel}),
        ),
        Route(
            f"{a}/{{agent}}/a2a/tasks/{{task}}:subscribe",
            e(f"{s}/{{agentId}}/a2a/tasks/{{taskId}}:subscribe", {"POST": h.tasks_subscribe}),
        ),
        Route(
            f"{a}/{{agent}}/a2a/tasks/{{task}}",
            e(f"{s}/{{agentId}}/a2a/tasks/{{taskId}}", {"GET": h.tasks_get}),
        ),
    ]
