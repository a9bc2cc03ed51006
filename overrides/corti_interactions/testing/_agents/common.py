"""What the fake's agents share: their state, ids, the checks every call gets, errors, paging.

Every agents call (v1 and v2) goes through `Endpoint`: the bearer token (401 without one or
with a bad one), `Tenant-Name` (403), the query and the body against the spec's operation
(400 with Corti's error envelope, `VALIDATION_FAILED` and `details.validationErrors`), then the
handler, which answers 404 for whatever it cannot find, at every level. Errors use Corti's
management-plane envelope `{"error": {"code", "message", ...}}` (FACTS-agents.md 2.4; inferred
for v1, whose error bodies Corti's SDKs leave untyped).

Ids are deterministic: a counter per state, shaped as a UUIDv7 (`0192f4c8-0000-7000-8000-<n>`),
with the v2 type prefix (`agt.`, `ctx.`, `task.`, ...). Timestamps come from the fake's clock.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response

from corti_interactions.testing._schema import load_spec, operation, query_errors, schema_validator

__all__ = ["AgentsState", "Call", "Endpoint", "error", "page_of", "validation_error"]


@dataclass
class AgentsState:
    """Agents v1 and v2, their tasks, contexts and feedback; every access holds `lock`."""

    lock: threading.Lock
    stamp: Callable[[], str]
    counter: int = 0
    v1_agents: dict[str, dict[str, Any]] = field(default_factory=dict)
    v1_tasks: dict[str, dict[str, Any]] = field(default_factory=dict)  # task id -> task (with `_agent`)
    v1_contexts: dict[str, list[str]] = field(default_factory=dict)  # context id -> task ids
    agents: dict[str, dict[str, Any]] = field(default_factory=dict)
    tasks: dict[str, dict[str, Any]] = field(default_factory=dict)  # task id -> stored task
    contexts: dict[str, dict[str, Any]] = field(default_factory=dict)
    feedback: dict[str, dict[str, Any]] = field(default_factory=dict)

    def reset(self) -> None:
        """Forget everything (the caller holds `lock`); ids start again from 1."""
        self.counter = 0
        for store in (self.v1_agents, self.v1_tasks, self.v1_contexts, self.agents, self.tasks, self.contexts,
                      self.feedback):  # fmt: skip
            store.clear()

    def new_id(self, prefix: str = "") -> str:
        """A fresh id: `<prefix>.<uuidv7-shaped>` (bare without a prefix)."""
        self.counter += 1
        bare = f"0192f4c8-0000-7000-8000-{self.counter:012x}"
        return f"{prefix}.{bare}" if prefix else bare


@dataclass(frozen=True)
class Call:
    """One checked call, as a handler gets it."""

    body: Any
    query: dict[str, Any]
    params: dict[str, str]
    base: str  # the server's origin, e.g. http://127.0.0.1:8123


def error(status: int, code: str, message: str, **details: Any) -> JSONResponse:
    """Corti's error envelope."""
    body: dict[str, Any] = {"error": {"code": code, "message": message}}
    if details:
        body["error"]["details"] = details
    return JSONResponse(body, status_code=status)


def validation_error(
    problems: list[tuple[str, str]], message: str = "The request is invalid"
) -> JSONResponse:
    """400 `VALIDATION_FAILED`, one `{field, reason}` per problem."""
    return error(
        400, "VALIDATION_FAILED", message, validationErrors=[{"field": f, "reason": r} for f, r in problems]
    )


def page_of(items: list[Any], query: dict[str, Any], key: str, default_size: int = 50) -> Response:
    """One page of a token-paged list: the token is the offset (`o<n>`), opaque to clients."""
    token = query.get("pageToken") or "o0"
    if not (isinstance(token, str) and token.startswith("o") and token[1:].isdigit()):
        return validation_error([("pageToken", "is not a token this server issued")])
    start = int(token[1:])
    size = int(query.get("pageSize") or default_size)
    chunk = items[start : start + size]
    more = start + size < len(items)
    return JSONResponse({key: chunk, "nextPageToken": f"o{start + size}" if more else None})


def _body_schema(path: str, method: str) -> str | None:
    body = operation(path, method).get("requestBody")
    if body is None:
        return None
    for media, content in body["content"].items():
        if media == "application/json" or media.endswith("+json"):
            ref: str = content["schema"]["$ref"]
            return ref.rsplit("/", 1)[-1]
    return None


def _enum_headers(path: str, method: str) -> list[tuple[str, list[str]]]:
    """The operation's header parameters that take fixed values (`A2A-Version`), with those values."""
    spec = load_spec()
    found = []
    for written in operation(path, method).get("parameters", []):
        ref = written.get("$ref")
        param = spec["components"]["parameters"][ref.rsplit("/", 1)[-1]] if ref else written
        if param["in"] == "header" and "enum" in param.get("schema", {}):
            found.append((str(param["name"]), list(param["schema"]["enum"])))
    return found


def _problems(body: Any, schema: str) -> list[tuple[str, str]]:
    found = []
    for problem in schema_validator(schema).iter_errors(body):
        path = ".".join(str(p) for p in problem.absolute_path)
        if problem.validator == "required" and isinstance(problem.instance, dict):
            missing = problem.message.split("'")[1]
            path = f"{path}.{missing}" if path else missing
        found.append((path or "(body)", problem.message))
    return sorted(found)


class Endpoint:
    """The checks of every agents call around the handlers of one path (by method)."""

    def __init__(self, fake: Any, spec_path: str, handlers: dict[str, Callable[[Call], Response]]) -> None:
        self._fake = fake  # the FakeState: its lock, tokens, tenant and request log
        self._spec_path = spec_path
        self._handlers = handlers
        assert spec_path in load_spec()["paths"], spec_path  # noqa: S101 - the routes follow the spec

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        response = await self._answer(Request(scope, receive))
        await response(scope, receive, send)

    async def _answer(self, request: Request) -> Response:
        handler = self._handlers.get(request.method)
        if handler is None:
            return Response(
                "Method Not Allowed", status_code=405, headers={"Allow": ", ".join(self._handlers)}
            )
        try:
            raw = await request.body()
        except ClientDisconnect:
            return Response(status_code=499)
        try:
            body = json.loads(raw) if raw else None
        except (ValueError, UnicodeDecodeError):
            body = raw.decode("utf-8", "replace")
        fake = self._fake
        request_id = str(uuid.uuid4())
        with fake.lock:
            fake.log(request, body)
            auth = request.headers.get("authorization", "")
            token = auth[len("Bearer ") :] if auth.startswith("Bearer ") else ""
            token_ok = bool(token) and fake.token_valid(token)
        if not token_ok:
            answer: Response = error(401, "UNAUTHENTICATED", "Missing, invalid or expired bearer token")
        elif request.headers.get("tenant-name") != fake.tenant_name:
            answer = error(403, "FORBIDDEN", "Access forbidden for this tenant")
        else:
            answer = self._checked(request, body, handler)
        answer.headers["x-request-id"] = request_id
        return answer

    def _checked(self, request: Request, body: Any, handler: Callable[[Call], Response]) -> Response:
        for name, allowed in _enum_headers(self._spec_path, request.method):
            value = request.headers.get(name)
            if value is not None and value not in allowed:
                return validation_error([(name, f"must be one of {allowed}")], "Invalid header")
        query, errors = query_errors(self._spec_path, request.method, request.query_params)
        if errors:
            return validation_error([next(iter(e.items())) for e in errors], "Invalid query parameters")
        schema = _body_schema(self._spec_path, request.method)
        if schema is not None:
            if not isinstance(body, dict):
                return validation_error([("(body)", "must be a JSON object")])
            problems = _problems(body, schema)
            if problems:
                return validation_error(problems, "Invalid request body")
        origin = f"{request.url.scheme}://{request.url.netloc}"
        call = Call(body, query, dict(request.path_params), origin)
        with self._fake.lock:
            return handler(call)
