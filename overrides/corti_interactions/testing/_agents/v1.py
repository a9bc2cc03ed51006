"""The fake's agents v1 (deprecated): at the API host without `/v2`, as Corti serves it.

A2A 0.3 shapes (`kind`, lower-case roles and states). Agents are stored with their experts
(a registry reference resolves to `type: reference` with the registry name; an unknown name is
422) and MCP servers (given ids; tokens never stored). `message:send` answers a completed task
(or `input-required`, see `experts`) whose history holds the user's and the agent's messages
and whose artifact is the answer; tasks and contexts read back; deleting a context scrubs its
tasks. Every unknown agent, task or context is a 404.
"""

from __future__ import annotations

import copy
from typing import Any

from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .common import AgentsState, Call, Endpoint, error
from .experts import REGISTRY, answer, expert_of

__all__ = ["v1_routes"]

_REGISTRY_NAMES = {e["name"] for e in REGISTRY}


def _public(agent: dict[str, Any]) -> dict[str, Any]:
    return {k: copy.deepcopy(v) for k, v in agent.items() if not k.startswith("_")}


def _text(message: dict[str, Any]) -> str:
    return " ".join(p.get("text", "") for p in message.get("parts", []) if p.get("kind") == "text")


class _V1:
    def __init__(self, state: AgentsState) -> None:
        self.s = state

    def _experts(self, given: list[dict[str, Any]]) -> list[dict[str, Any]] | Response:
        experts = []
        for index, expert in enumerate(given):
            if expert["type"] == "reference":
                name = expert.get("name") or expert.get("id")
                if name not in _REGISTRY_NAMES:
                    return error(422, "UNPROCESSABLE", f"experts[{index}]: no registry expert {name!r}")
                item = {"type": "reference", "id": name, "name": name}
                if "systemPrompt" in expert:
                    item["systemPrompt"] = expert["systemPrompt"]
                experts.append(item)
            else:
                experts.append(
                    {
                        "type": "expert",
                        "id": self.s.new_id(),
                        "name": expert["name"],
                        "description": expert["description"],
                        "systemPrompt": expert.get("systemPrompt", ""),
                    }
                )
        return experts

    def _servers(self, given: list[dict[str, Any]]) -> list[dict[str, Any]]:
        keep = ("name", "transportType", "authorizationType", "authorizationScope", "url", "redirectUrl")
        return [{"id": self.s.new_id(), **{k: s[k] for k in keep if k in s}} for s in given]

    def _agent(self, call: Call) -> dict[str, Any] | None:
        return self.s.v1_agents.get(call.params["agent"])

    def list_all(self, call: Call) -> Response:
        ephemeral = call.query.get("ephemeral", False)
        found = [_public(a) for a in self.s.v1_agents.values() if a["_ephemeral"] == ephemeral]
        offset, limit = call.query.get("offset", 0), call.query.get("limit", len(found))
        return JSONResponse(found[offset : offset + limit])

    def create(self, call: Call) -> Response:
        body = call.body
        experts = self._experts(body.get("experts", []))
        if isinstance(experts, Response):
            return experts
        agent = {
            "id": self.s.new_id(),
            "name": body["name"],
            "description": body["description"],
            "systemPrompt": body.get("systemPrompt", "You are a helpful orchestrator."),
            "experts": experts,
            "mcpServers": self._servers(body.get("mcpServers", [])),
            "_ephemeral": bool(call.query.get("ephemeral", False)),
        }
        self.s.v1_agents[agent["id"]] = agent
        return JSONResponse(_public(agent))

    def get(self, call: Call) -> Response:
        agent = self._agent(call)
        return _not_found("agent") if agent is None else JSONResponse(_public(agent))

    def update(self, call: Call) -> Response:
        agent = self._agent(call)
        if agent is None:
            return _not_found("agent")
        body = call.body
        if "experts" in body:
            experts = self._experts(body["experts"])
            if isinstance(experts, Response):
                return experts
            agent["experts"] = experts
        if "mcpServers" in body:
            agent["mcpServers"] = self._servers(body["mcpServers"])
        agent.update({k: body[k] for k in ("name", "description", "systemPrompt") if k in body})
        return JSONResponse(_public(agent))

    def delete(self, call: Call) -> Response:
        if self.s.v1_agents.pop(call.params["agent"], None) is None:
            return _not_found("agent")
        return Response(status_code=204)

    def card(self, call: Call) -> Response:
        agent = self._agent(call)
        if agent is None:
            return _not_found("agent")
        return JSONResponse(
            {
                "protocolVersion": "0.3.0",
                "name": agent["name"],
                "description": agent["description"],
                "url": f"{call.base}/agents/{agent['id']}/v1",
                "preferredTransport": "JSONRPC",
                "version": "1.0.0",
                "capabilities": {"streaming": False, "pushNotifications": False},
                "defaultInputModes": ["text/plain"],
                "defaultOutputModes": ["text/plain", "application/json"],
                "skills": [
                    {
                        "id": e["id"],
                        "name": e["name"],
                        "description": e.get("description", e["name"]),
                        "tags": [],
                    }
                    for e in agent["experts"]
                ],
            }
        )

    def message_send(self, call: Call) -> Response:
        agent = self._agent(call)
        if agent is None:
            return _not_found("agent")
        message = call.body["message"]
        task = self.s.v1_tasks.get(message.get("taskId", "")) if message.get("taskId") else None
        if message.get("taskId") and (task is None or task["_agent"] != agent["id"]):
            return _not_found("task")
        if task is not None and task["status"]["state"] != "input-required":
            return error(400, "TASK_NOT_CONTINUABLE", "The task is done; start a new one")
        context = (task or {}).get("contextId") or message.get("contextId") or self.s.new_id()
        if task is None:
            task = {
                "id": self.s.new_id(),
                "contextId": context,
                "history": [],
                "artifacts": [],
                "kind": "task",
                "metadata": {"credits": 0},
                "_agent": agent["id"],
            }
            self.s.v1_tasks[task["id"]] = task
            self.s.v1_contexts.setdefault(context, []).append(task["id"])
        user = {**copy.deepcopy(message), "taskId": task["id"], "contextId": context}
        reply = answer(expert_of([e["name"] for e in agent["experts"]]), _text(message))
        agent_message = {
            "role": "agent",
            "parts": [{"kind": "text", "text": reply.text}],
            "messageId": self.s.new_id(),
            "taskId": task["id"],
            "contextId": context,
            "kind": "message",
        }
        task["history"] += [user, agent_message]
        state = "input-required" if reply.needs_input else "completed"
        task["status"] = {"state": state, "message": agent_message, "timestamp": self.s.stamp()}
        if not reply.needs_input:
            parts: list[dict[str, Any]] = [{"kind": "text", "text": reply.text}]
            if reply.data is not None:
                parts.append({"kind": "data", "data": reply.data})
            task["artifacts"].append({"artifactId": self.s.new_id(), "name": "answer", "parts": parts})
        task["metadata"]["credits"] += 1
        return JSONResponse({"task": _public(task)})

    def get_task(self, call: Call) -> Response:
        if call.params["agent"] not in self.s.v1_agents:
            return _not_found("agent")
        task = self.s.v1_tasks.get(call.params["task"])
        if task is None or task["_agent"] != call.params["agent"]:
            return _not_found("task")
        found = _public(task)
        if "historyLength" in call.query:
            found["history"] = found["history"][len(found["history"]) - call.query["historyLength"] :]
        return JSONResponse(found)

    def get_context(self, call: Call) -> Response:
        if call.params["agent"] not in self.s.v1_agents:
            return _not_found("agent")
        ids = self.s.v1_contexts.get(call.params["context"])
        if ids is None:
            return _not_found("context")
        items = [_public(self.s.v1_tasks[i]) for i in ids]
        offset, limit = call.query.get("offset", 0), call.query.get("limit", len(items))
        return JSONResponse({"id": call.params["context"], "items": items[offset : offset + limit]})

    def delete_context(self, call: Call) -> Response:
        if call.params["agent"] not in self.s.v1_agents:
            return _not_found("agent")
        ids = self.s.v1_contexts.pop(call.params["context"], None)
        if ids is None:
            return _not_found("context")
        for task_id in ids:
            self.s.v1_tasks.pop(task_id, None)
        return Response(status_code=204)

    def registry(self, call: Call) -> Response:
        experts = [
            {"name": e["name"], "displayName": e["title"], "description": e["description"]} for e in REGISTRY
        ]
        offset, limit = call.query.get("offset", 0), call.query.get("limit", len(experts))
        return JSONResponse({"experts": experts[offset : offset + limit]})


def _not_found(what: str) -> Response:
    return error(404, "NOT_FOUND", f"The {what} was not found")


def v1_routes(fake: Any, state: AgentsState) -> list[Route]:
    """The routes of agents v1, at the server's root (Corti's v1 server has no `/v2`)."""
    h = _V1(state)
    return [
        Route("/agents", Endpoint(fake, "/agents", {"GET": h.list_all, "POST": h.create})),
        Route("/agents/registry/experts", Endpoint(fake, "/agents/registry/experts", {"GET": h.registry})),
        Route(
            "/agents/{agent}",
            Endpoint(fake, "/agents/{id}", {"GET": h.get, "PATCH": h.update, "DELETE": h.delete}),
        ),
        Route(
            "/agents/{agent}/agent-card.json", Endpoint(fake, "/agents/{id}/agent-card.json", {"GET": h.card})
        ),
        Route(
            "/agents/{agent}/v1/message:send",
            Endpoint(fake, "/agents/{id}/v1/message:send", {"POST": h.message_send}),
        ),
        Route(
            "/agents/{agent}/v1/tasks/{task}",
            Endpoint(fake, "/agents/{id}/v1/tasks/{taskId}", {"GET": h.get_task}),
        ),
        Route(
            "/agents/{agent}/v1/contexts/{context}",
            Endpoint(
                fake,
                "/agents/{id}/v1/contexts/{contextId}",
                {"GET": h.get_context, "DELETE": h.delete_context},
            ),
        ),
    ]
