"""The fake Corti service: state, semantics and the Starlette app.

Theory of operation: `FakeState` holds the interactions, issued tokens, the request log and
pending faults behind one lock (tests touch it from their own thread while uvicorn serves
from another). Each API request goes through the same checks as Corti's, in order: bearer
token (401 when there is none, 403 A0004 when it is invalid or expired, as the spec's
Forbidden says), `Tenant-Name` (403), id format (400, A0008), query parameters and body against
the spec's operation (400, A0003), existence (404, A0007); then the operation's own work
(`_OPERATIONS`: list, create, get, update, delete). A pending fault can replace the answer
(see `_faults.FAULTS`); a fault that "applies" does the work first.
"""

from __future__ import annotations

import asyncio
import collections
import copy
import datetime
import html
import inspect
import json
import threading
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.convertors import Convertor, register_url_convertor
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from ._agents import AgentsState, agents_routes, new_agents_state
from ._codes import codes_route
from ._faults import Fault
from ._guided import GuidedState, guided_routes
from ._keycloak import Keycloak
from ._schema import Fields, body_schema, query_errors, request_fields, schema_validator, takes_bytes
from ._scribe import ScribeState, scribe_routes

__all__ = ["HISTORY", "FakeState", "StoredRequest", "build_app"]

HISTORY = 10_000  # requests the fake remembers (oldest dropped first): its memory stays bounded

# a token request's fields that are never logged
_SECRET_FIELDS = frozenset({"client_secret", "password", "refresh_token", "code", "code_verifier"})
_EVERY_METHOD = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]
_GATEWAY_502 = (
    "<html><head><title>502 Bad Gateway</title></head>"
    "<body><center><h1>502 Bad Gateway</h1></center></body></html>"
)


@dataclass(frozen=True, slots=True)
class StoredRequest:
    """One request the fake received; the token and client secret are masked."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any


class _IdPath(Convertor[str]):
    """An interaction id in a path: anything non-empty, slashes included, so that a bad id is
    answered 400 (invalid id) as Corti does, and the collection path is not an id."""

    regex = ".+"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("idpath", _IdPath())


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _iso(moment: datetime.datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _error(status: int, code: str | None, detail: str, request_id: str, **extra: Any) -> JSONResponse:
    body = {"requestid": request_id, "status": status, "type": code, "detail": detail, **extra}
    if code is None:
        del body["type"]
    return JSONResponse(body, status_code=status, headers={"x-request-id": request_id})


def _merge(target: dict[str, Any], update: dict[str, Any], known: Fields) -> None:
    """Merge the fields the spec declares; others (read-only ones like `id`) are ignored."""
    for key, value in update.items():
        if key not in known:
            continue
        sub = known[key]
        if sub is not None and isinstance(value, dict):
            if not isinstance(target.get(key), dict):
                target[key] = {}
            _merge(target[key], value, sub)
        else:  # a value, or null for a nullable field (the body was validated)
            target[key] = copy.deepcopy(value)


@dataclass
class FakeState:
    """Everything the fake remembers; every access holds `lock`."""

    tenant_name: str
    client_id: str
    client_secret: str
    keycloak: Keycloak  # the realm: clients, user, tokens (`_keycloak`)
    lock: threading.Lock = field(default_factory=threading.Lock)
    interactions: dict[str, dict[str, Any]] = field(default_factory=dict)
    requests: collections.deque[StoredRequest] = field(
        default_factory=lambda: collections.deque(maxlen=HISTORY)
    )
    faults: list[Fault] = field(default_factory=list)
    token_requests: int = 0
    last_stamp: datetime.datetime = field(default_factory=_now)
    websocket_base: str = ""
    scribe: ScribeState = field(init=False)  # under the interactions (`_scribe/`)
    guided: GuidedState = field(init=False)  # the guided documents API (`_guided/`)
    agents: AgentsState = field(init=False)  # agents v1 and agentic v2 (`_agents/`)

    def __post_init__(self) -> None:
        self.scribe = ScribeState(self.lock, self.stamp)
        self.guided = GuidedState(self.lock, self.stamp)
        self.agents = new_agents_state(self.lock, self.stamp)

    def facts_of(self, interaction_id: str) -> list[dict[str, str]] | None:
        """An interaction's facts that are not discarded (None: no such interaction); the
        caller holds the lock."""
        if interaction_id not in self.interactions:
            return None
        self.scribe.settle(interaction_id)
        facts = self.scribe.facts.get(interaction_id, {}).values()
        return [{"text": f["text"], "group": f["group"]} for f in facts if not f["isDiscarded"]]

    def document_text(self, document_id: str) -> str | None:
        """A classic document's text (its sections), for a code prediction's context."""
        with self.lock:
            for documents in self.scribe.documents.values():
                if (found := documents.get(document_id.lower())) is not None:
                    return " ".join(s["text"] for s in found["sections"])
        return None

    def stamp(self) -> str:
        """A timestamp strictly after the previous one, even within a millisecond."""
        moment = max(_now(), self.last_stamp + datetime.timedelta(milliseconds=1))
        self.last_stamp = moment
        return _iso(moment)

    def new_interaction(self, overrides: dict[str, Any]) -> dict[str, Any]:
        interaction_id = str(overrides.get("id") or uuid.uuid4()).lower()  # the form the client sends
        stamp = self.stamp()
        interaction: dict[str, Any] = {
            "id": interaction_id,
            "assignedUserId": str(uuid.uuid4()),
            "encounter": {
                "identifier": f"enc-{interaction_id[:8]}",
                "status": "planned",
                "type": "first_consultation",
                "period": {"startedAt": stamp},
                "title": None,
            },
            "patient": {"identifier": f"pat-{interaction_id[:8]}", "name": None},
            "createdAt": stamp,
            "updatedAt": stamp,
            "websocketUrl": f"{self.websocket_base}/interactions/{interaction_id}/streams",
            "lastUpdated": stamp,
        }
        for key, value in overrides.items():
            if isinstance(value, dict) and isinstance(interaction.get(key), dict):
                interaction[key].update(copy.deepcopy(value))
            else:
                interaction[key] = copy.deepcopy(value)
        interaction["id"] = interaction_id
        self.interactions[interaction_id] = interaction
        return copy.deepcopy(interaction)

    def create(self, body: dict[str, Any]) -> dict[str, Any]:
        """Store a new interaction from a (valid) create body; the service assigns the id,
        the user when `assignedUserId` is null or left out, and the timestamps."""
        interaction_id = str(uuid.uuid4())
        stamp = self.stamp()
        encounter = copy.deepcopy(body["encounter"])
        encounter.setdefault("period", {"startedAt": stamp})
        encounter.setdefault("title", None)
        interaction = {
            "id": interaction_id,
            "assignedUserId": body.get("assignedUserId") or str(uuid.uuid4()),
            "encounter": encounter,
            # The response requires a patient; a create without one gets an empty identifier
            # (inferred: Corti documents no value for this case).
            "patient": copy.deepcopy(body.get("patient") or {"identifier": "", "name": None}),
            "createdAt": stamp,
            "updatedAt": stamp,
            "websocketUrl": f"{self.websocket_base}/interactions/{interaction_id}/streams",
            "lastUpdated": stamp,
        }
        self.interactions[interaction_id] = interaction
        return interaction

    def listing(self, query: dict[str, Any]) -> list[dict[str, Any]]:
        """One page of interactions: filtered, sorted and paged as the query asks."""
        found = list(self.interactions.values())
        if "encounterStatus" in query:
            found = [i for i in found if i["encounter"]["status"] in query["encounterStatus"]]
        if "patient" in query:
            found = [i for i in found if i["patient"].get("identifier") == query["patient"]]
        key = query.get("sort", "createdAt")
        descending = query.get("direction", "desc") == "desc"
        present = [i for i in found if _sort_key(i, key) is not None]
        missing = [i for i in found if _sort_key(i, key) is None]  # no value: last either way
        present.sort(key=lambda i: (_sort_key(i, key), i["id"]), reverse=descending)
        size, index = query.get("pageSize", 10), query.get("index", 1)
        return [copy.deepcopy(i) for i in (present + missing)[(index - 1) * size : index * size]]

    @property
    def token_expires_in(self) -> float:
        """The lifetime of the tokens issued from now on (seconds)."""
        return self.keycloak.token_expires_in

    @token_expires_in.setter
    def token_expires_in(self, value: float) -> None:
        self.keycloak.token_expires_in = value

    @property
    def tokens(self) -> dict[str, tuple[float, str]]:
        """The access tokens issued: token -> (monotonic expiry, scope)."""
        return self.keycloak.tokens

    def issue_token(self, scope: str = "openid") -> str:
        return self.keycloak.issue_token(scope, bound=HISTORY)

    def token_valid(self, token: str) -> bool:
        return self.keycloak.token_scopes(token) is not None

    def take_fault(self, target: str) -> Fault | None:
        for fault in self.faults:
            if fault.target == target:
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self.faults.remove(fault)
                return fault
        return None

    def log(self, request: Request, body: Any) -> None:
        headers = {k.lower(): v for k, v in request.headers.items()}
        if "authorization" in headers:  # keep the scheme only when it is the one expected
            bearer = headers["authorization"][:7].lower() == "bearer "
            headers["authorization"] = "Bearer ***" if bearer else "***"
        self.requests.append(StoredRequest(request.method, request.url.path, headers, body))


def _sort_key(interaction: dict[str, Any], key: str) -> Any:
    """What `sort=<key>` orders by (`patient`: the patient's identifier)."""
    value = interaction["patient"].get("identifier") if key == "patient" else interaction.get(key)
    return value


def _validation_errors(body: Any, schema: str) -> list[dict[str, str]]:
    errors = []
    for error in schema_validator(schema).iter_errors(body):
        path = ".".join(str(p) for p in error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, dict):
            missing = error.message.split("'")[1]
            path = f"{path}.{missing}" if path else missing
        errors.append({path or "(body)": error.message})
    return sorted(errors, key=lambda e: next(iter(e)))


def build_app(state: FakeState, drop: Callable[[Request], Awaitable[None]]) -> Starlette:
    """The ASGI app; `drop` closes a request's connection without an answer."""

    async def faulted(fault: Fault, request: Request, request_id: str) -> Response | None:
        """The answer a fault gives instead of the normal one (None: answer normally)."""
        if fault.kind == "status":
            response = _error(fault.status, "A0010", "Injected fault", request_id)
            response.headers.update(fault.headers())
            return response
        if fault.kind == "html_502":
            return HTMLResponse(_GATEWAY_502, status_code=502)
        if fault.kind == "drop":
            await drop(request)
            return Response(status_code=500)  # never reaches the client
        if fault.kind == "delay":
            await asyncio.sleep(fault.delay)
        return None

    def list_interactions(body: Any, query: dict[str, Any], stored: None) -> Response:
        with state.lock:
            page = state.listing(query)
        return JSONResponse({"interactions": page})

    def create_interaction(body: Any, query: dict[str, Any], stored: None) -> Response:
        with state.lock:
            created = state.create(body)
        return JSONResponse(
            {"interactionId": created["id"], "websocketUrl": created["websocketUrl"]}, status_code=201
        )

    def get_interaction(body: Any, query: dict[str, Any], stored: dict[str, Any]) -> Response:
        return JSONResponse(copy.deepcopy(stored))

    def update_interaction(body: Any, query: dict[str, Any], stored: dict[str, Any]) -> Response:
        with state.lock:
            _merge(
                stored,
                {k: v for k, v in body.items() if k != "assignedUserId"},
                request_fields("InteractionsUpdateRequest"),
            )
            if "assignedUserId" in body:
                stored["assignedUserId"] = body["assignedUserId"] or str(uuid.uuid4())
            stored["updatedAt"] = stored["lastUpdated"] = state.stamp()
            return JSONResponse(copy.deepcopy(stored))

    def delete_interaction(body: Any, query: dict[str, Any], stored: dict[str, Any]) -> Response:
        with state.lock:
            state.interactions.pop(stored["id"], None)
            state.scribe.drop(stored["id"])  # and everything under it
        return Response(status_code=204)

    def api(spec_path: str, operations: dict[str, Callable[..., Any]], *, with_request: bool = False) -> Any:
        """The checks every API call gets, around the work of the path's operations (by method).

        `with_request`: the work also gets the request (nested ids; a raw body, which is left
        unread for the work to stream and is logged as its size only); it may be async."""

        async def endpoint(request: Request) -> Response:
            method = "GET" if request.method == "HEAD" else request.method  # HEAD is GET, no body
            work = operations[method]
            body: Any
            if takes_bytes(spec_path, method):  # audio: streamed by the work, never logged
                body = f"<{request.headers.get('content-length', 'streamed')} bytes>"
            else:
                try:
                    raw = await request.body()
                except ClientDisconnect:  # the client went away: nobody to answer
                    return Response(status_code=499)
                try:
                    body = json.loads(raw) if raw else None
                except (ValueError, UnicodeDecodeError):
                    body = raw.decode("utf-8", "replace")
            request_id = str(uuid.uuid4())
            with state.lock:
                state.log(request, body)
                fault = state.take_fault("api")
            if fault is not None and not fault.applied:
                answer = await faulted(fault, request, request_id)
                if answer is not None:
                    return answer
            auth = request.headers.get("authorization", "")
            token = auth[len("Bearer ") :] if auth.startswith("Bearer ") else ""
            with state.lock:
                token_ok, rest_ok = state.token_valid(token), state.keycloak.allows_rest(token)
            if not token:  # as the spec says: 401 without a token, 403 A0004 for a bad one
                # (no code: Corti documents none for a missing token)
                return _error(401, None, "Missing bearer token", request_id)
            if not token_ok:
                return _error(403, "A0004", "Invalid or expired token", request_id)
            if not rest_ok:  # a token limited to a socket (`streams`, `transcribe`): "outside scope"
                return _error(403, "A0001", "The token's scope does not allow this endpoint", request_id)
            if request.headers.get("tenant-name") != state.tenant_name:
                return _error(403, "A0001", "Access forbidden for this tenant", request_id)
            canonical = None
            if "id" in request.path_params:
                interaction_id = request.path_params["id"]
                try:
                    canonical = str(uuid.UUID(interaction_id))
                except ValueError:
                    canonical = ""
                if canonical != interaction_id.lower() or len(interaction_id) != 36:
                    return _error(400, "A0008", "Invalid UUID", request_id)
            query, errors = query_errors(spec_path, method, request.query_params)
            if errors:
                return _error(400, "A0003", "Invalid query parameters", request_id, validationErrors=errors)
            schema = body_schema(spec_path, method)
            if schema is not None:
                if not isinstance(body, dict):
                    return _error(400, "A0003", "The body must be a JSON object", request_id)
                errors = _validation_errors(body, schema)
                if errors:
                    return _error(400, "A0003", "Invalid request body", request_id, validationErrors=errors)
            stored = None
            if canonical is not None:
                with state.lock:
                    stored = state.interactions.get(canonical)
                if stored is None:
                    return _error(404, "A0007", "Interaction not found", request_id)
            outcome = work(body, query, stored, request) if with_request else work(body, query, stored)
            result: Response = await outcome if inspect.isawaitable(outcome) else outcome
            result.headers["x-request-id"] = request_id
            if fault is not None:
                if fault.kind == "truncated":
                    text = bytes(result.body).decode()
                    return Response(
                        text[: len(text) // 2], status_code=result.status_code, media_type="application/json"
                    )
                if fault.kind == "not_json":
                    return Response("Service temporarily degraded", media_type="application/json")
                answer = await faulted(fault, request, request_id)
                if answer is not None:
                    return answer
            return result

        return endpoint

    async def token_endpoint(request: Request) -> Response:
        try:
            raw = await request.body()
        except ClientDisconnect:
            return Response(status_code=499)
        form = {k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace")).items()}
        with state.lock:
            state.log(request, {k: "***" if k in _SECRET_FIELDS else v for k, v in form.items()})
            state.token_requests += 1
            fault = state.take_fault("token")
        if fault is not None:
            answer = await faulted(fault, request, str(uuid.uuid4()))
            if answer is not None:
                return answer
        with state.lock:
            status, body = state.keycloak.grant(request.path_params["tenant"], form)
        return JSONResponse(body, status_code=status, headers={"Cache-Control": "no-store"})

    async def authorize_endpoint(request: Request) -> Response:
        with state.lock:
            state.log(request, None)
            status, where = state.keycloak.authorize(
                request.path_params["tenant"], dict(request.query_params)
            )
        if status == 302:
            return RedirectResponse(where, status_code=302)
        return HTMLResponse(f"<html><body><p>{html.escape(where)}</p></body></html>", status_code=status)

    def scribe_route(path: str, spec_path: str, operations: dict[str, Callable[..., Any]]) -> Route:
        """Every method matches here (else a later, greedy `/v2/interactions/{id}` would take
        the path); one the spec does not name is 405, as Starlette answers elsewhere."""
        served = api(spec_path, operations, with_request=True)
        allowed = sorted({*operations, *(("HEAD",) if "GET" in operations else ())})

        async def endpoint(request: Request) -> Response:
            if request.method not in allowed:
                return Response("Method Not Allowed", status_code=405, headers={"Allow": ", ".join(allowed)})
            answer: Response = await served(request)
            return answer

        return Route(path, endpoint, methods=_EVERY_METHOD)

    return Starlette(
        routes=[
            # Before `/v2/interactions/{id:idpath}`, whose id would swallow their paths.
            *scribe_routes(state.scribe, api, _error, scribe_route),
            *guided_routes(state.guided, _error, scribe_route, state.facts_of),
            codes_route(api, _error, scribe_route, state.document_text),
            *agents_routes(state),
            Route(
                "/v2/interactions/",
                api("/interactions/", {"GET": list_interactions, "POST": create_interaction}),
                methods=["GET", "POST"],
            ),
            Route(
                "/v2/interactions/{id:idpath}",
                api(
                    "/interactions/{interactionId}",
                    {"GET": get_interaction, "PATCH": update_interaction, "DELETE": delete_interaction},
                ),
                methods=["GET", "PATCH", "DELETE"],
            ),
            Route("/realms/{tenant}/protocol/openid-connect/token", token_endpoint, methods=["POST"]),
            Route("/realms/{tenant}/protocol/openid-connect/auth", authorize_endpoint, methods=["GET"]),
        ]
    )
