"""The fake's agentic v2 contexts (with their tasks, artifacts, feedback and traces) and registry.

A context exists once a message started a task in it. Its detail lists its tasks oldest first;
its trace has one trace per task, newest first (snake_case keys, as Corti's are). The context
list answers an empty page, as Corti's does today ("not yet implemented"). Feedback is checked
as Corti documents it: at most five labels, no duplicates, a `reason` when `other` is among
them, the task in the context. Every unknown context, task, artifact or feedback is a 404.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable
from typing import Any

from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .common import AgentsState, Call, Endpoint, page_of, validation_error
from .experts import REGISTRY
from .v2 import V2, not_found, public_task

__all__ = ["v2_context_routes"]


def _prefixed(prefix: str, value: str) -> str:
    return value if value.startswith(f"{prefix}.") else f"{prefix}.{value}"


class _Contexts:
    def __init__(self, state: AgentsState, agents: V2) -> None:
        self.s = state
        self.agents = agents

    def _context(self, call: Call) -> dict[str, Any] | None:
        return self.s.contexts.get(_prefixed("ctx", call.params["context"]))

    def _task(self, call: Call) -> tuple[dict[str, Any] | None, Response | None]:
        context = self._context(call)
        if context is None:
            return None, not_found("context")
        task_id = _prefixed("task", call.params["task"])
        if task_id not in context["_tasks"]:
            return None, not_found("task")
        return self.s.tasks[task_id], None

    def _summary(self, context: dict[str, Any]) -> dict[str, Any]:
        found = {k: copy.deepcopy(v) for k, v in context.items() if not k.startswith("_")}
        return {**found, "taskCount": len(context["_tasks"])}

    def list_all(self, call: Call) -> Response:
        return JSONResponse({"contexts": [], "nextPageToken": None})  # as Corti's: not yet implemented

    def get(self, call: Call) -> Response:
        context = self._context(call)
        if context is None:
            return not_found("context")
        length = call.query.get("historyLength")
        tasks = [public_task(self.s.tasks[t], length) for t in context["_tasks"]]
        return JSONResponse({**self._summary(context), "tasks": tasks})

    def delete(self, call: Call) -> Response:
        context = self.s.contexts.pop(_prefixed("ctx", call.params["context"]), None)
        if context is None:
            return not_found("context")
        for task_id in context["_tasks"]:
            self.s.tasks.pop(task_id, None)
        return Response(status_code=204)

    def trace(self, call: Call) -> Response:
        context = self._context(call)
        if context is None:
            return not_found("context")
        traces = []
        for task_id in reversed(context["_tasks"]):  # newest first
            task = self.s.tasks[task_id]
            trace_id = hashlib.sha256(task_id.encode()).hexdigest()[:32]
            start = task["_created"]
            traces.append(
                {
                    "trace": {
                        "id": trace_id,
                        "name": "invoke_agent",
                        "start_time": start,
                        "end_time": start,
                        "thread_id": context["id"],
                    },
                    "spans": [
                        {
                            "name": "invoke_llm",
                            "span_id": f"span.{task_id.removeprefix('task.')}",
                            "start_time": start,
                            "end_time": start,
                            "attributes": {"openinference.span.kind": "LLM"},
                        }
                    ],
                }
            )
        return page_of(traces, call.query, "traces")

    def tasks_list(self, call: Call) -> Response:
        context = self._context(call)
        if context is None:
            return not_found("context")
        return page_of([public_task(self.s.tasks[t]) for t in context["_tasks"]], call.query, "tasks")

    def tasks_get(self, call: Call) -> Response:
        task, missing = self._task(call)
        return missing or JSONResponse(public_task(task or {}))

    def artifact(self, call: Call) -> Response:
        task, missing = self._task(call)
        if missing or task is None:
            return missing or not_found("task")
        wanted = _prefixed("art", call.params["artifact"])
        found = next((a for a in task["artifacts"] if a["artifactId"] == wanted), None)
        return not_found("artifact") if found is None else JSONResponse(copy.deepcopy(found))

    def feedback_list(self, call: Call) -> Response:
        task, missing = self._task(call)
        if missing or task is None:
            return missing or not_found("task")
        found = [copy.deepcopy(f) for f in reversed(self.s.feedback.values()) if f["taskId"] == task["id"]]
        return JSONResponse({"feedbacks": found})

    def feedback_create(self, call: Call) -> Response:
        task, missing = self._task(call)
        if missing or task is None:
            return missing or not_found("task")
        body = call.body
        labels = body.get("labels", [])
        problems = []
        if len(labels) > 5:
            problems.append(("labels", "at most five labels may be submitted"))
        if len(set(labels)) != len(labels):
            problems.append(("labels", "duplicate labels are rejected"))
        if "other" in labels and not body.get("reason"):
            problems.append(("reason", "is required when labels contains other"))
        value = body["rating"]["value"]
        if value not in (0, 1):
            problems.append(("rating.value", "must be 0 or 1 on the binary scale"))
        target = (body.get("target") or {}).get("messageId")
        if target is not None and all(m.get("messageId") != target for m in task["history"]):
            problems.append(("target.messageId", "is not a message of this task"))
        if problems:
            return validation_error(problems)
        feedback = {
            "id": self.s.new_id("fb"),
            "taskId": task["id"],
            "rating": copy.deepcopy(body["rating"]),
            "normalizedScore": float(value),
            "labels": list(labels),
            "createdAt": self.s.stamp(),
            **{k: copy.deepcopy(body[k]) for k in ("reason", "target", "metadata") if k in body},
        }
        self.s.feedback[feedback["id"]] = feedback
        return JSONResponse(feedback, status_code=201)

    def feedback_delete(self, call: Call) -> Response:
        _, missing = self._task(call)
        if missing:
            return missing
        self.s.feedback.pop(_prefixed("fb", call.params["feedback"]), None)  # idempotent
        return Response(status_code=204)

    def registry_list(self, call: Call) -> Response:
        return page_of([_registry_item(e) for e in REGISTRY], call.query, "connectors")

    def registry_get(self, call: Call) -> Response:
        found = next((e for e in REGISTRY if e["id"] == call.params["connector"]), None)
        return not_found("registry connector") if found is None else JSONResponse(_registry_item(found))


def _registry_item(entry: dict[str, str]) -> dict[str, Any]:
    return {"type": "registry", **entry, "configSchema": {"type": "object", "properties": {}}}


def v2_context_routes(fake: Any, state: AgentsState, agents: V2) -> list[Route]:
    """The routes under `/v2/agentic/contexts` and `/v2/agentic/registry`."""
    h = _Contexts(state, agents)
    c, s = "/v2/agentic/contexts", "/agentic/contexts"
    t, st = f"{c}/{{context}}/tasks/{{task}}", f"{s}/{{contextId}}/tasks/{{taskId}}"

    def e(spec: str, handlers: dict[str, Callable[[Call], Response]]) -> Endpoint:
        return Endpoint(fake, spec, handlers)

    return [
        Route(c, e(s, {"GET": h.list_all})),
        Route(f"{c}/{{context}}", e(f"{s}/{{contextId}}", {"GET": h.get, "DELETE": h.delete})),
        Route(f"{c}/{{context}}/trace", e(f"{s}/{{contextId}}/trace", {"GET": h.trace})),
        Route(f"{c}/{{context}}/tasks", e(f"{s}/{{contextId}}/tasks", {"GET": h.tasks_list})),
        Route(t, e(st, {"GET": h.tasks_get})),
        Route(f"{t}/artifacts/{{artifact}}", e(f"{st}/artifacts/{{artifactId}}", {"GET": h.artifact})),
        Route(f"{t}/feedback", e(f"{st}/feedback", {"GET": h.feedback_list, "POST": h.feedback_create})),
        Route(
            f"{t}/feedback/{{feedback}}", e(f"{st}/feedback/{{feedbackId}}", {"DELETE": h.feedback_delete})
        ),
        Route("/v2/agentic/registry/connectors", e("/agentic/registry/connectors", {"GET": h.registry_list})),
        Route(
            "/v2/agentic/registry/connectors/{connector}",
            e("/agentic/registry/connectors/{connectorId}", {"GET": h.registry_get}),
        ),
    ]
