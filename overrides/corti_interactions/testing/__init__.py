"""A local stand-in for Corti's interactions API, for tests and demos.

>>> from corti_interactions import CortiClient
>>> from corti_interactions.testing import FakeCorti
>>> with FakeCorti() as fake:
...     interaction = fake.add_interaction()
...     client = CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name,
...                          client_id=fake.client_id, client_secret=fake.client_secret)
...     client.interactions.update(interaction["id"], encounter={"status": "completed"})

A real HTTP server (Starlette on uvicorn) on 127.0.0.1, in a background thread. It serves,
with the service's semantics and errors:

- interactions (create, list, get, update, delete) and OAuth2 tokens (every Keycloak
  grant Corti's SDKs use, an authorize endpoint, scopes enforced);
- the scribe workflow under an interaction: recordings (upload, download, list, delete),
  transcripts (sync and async with a status to poll), facts and fact groups, classic
  documents filled from their context, and a template catalog with the keys Corti's own
  examples use (`corti-soap`, `corti-patient-summary`, sections such as `corti-allergies`);
- the real-time sockets (`/streams` and `/transcribe`), answering scripted transcript text
  and voice commands (`script()`).

It validates bodies against the spec the client was generated from, records what it
receives (token and secret masked, bounded) and injects faults on demand. Run it alone with
`corti-interactions fake-server`. Needs the `[testing]` extra.
"""

from __future__ import annotations

import collections
import copy
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any, Self

from . import _app
from ._app import FakeState, StoredRequest, build_app
from ._audio import write_wav
from ._catalog import group_of, merged_catalog
from ._faults import FAULTS, Fault, FaultKind, Target
from ._keycloak import Keycloak
from ._server import BackgroundServer
from ._sockets import SOCKET_BASE_PATH, SocketFault, SocketRecord, SocketState, socket_routes

__all__ = ["FAULTS", "FakeCorti", "FaultKind", "SocketFault", "SocketRecord", "StoredRequest", "write_wav"]


class _Interactions(Mapping[str, dict[str, Any]]):
    """A read-only view of the stored interactions; each lookup returns a copy."""

    def __init__(self, state: FakeState) -> None:
        self._state = state

    def __getitem__(self, key: str) -> dict[str, Any]:
        with self._state.lock:
            return copy.deepcopy(self._state.interactions[str(key).lower()])  # a UUID or its text

    def __iter__(self) -> Any:
        with self._state.lock:
            return iter(list(self._state.interactions))

    def __len__(self) -> int:
        with self._state.lock:
            return len(self._state.interactions)


class FakeCorti:
    """The fake Corti service; a context manager that starts and stops it.

    - `base_url`, `tenant_name`, `client_id`, `client_secret`, `token_url`: what a client needs.
    - Corti's Keycloak (`_keycloak`): every grant at `token_url` (client credentials with
      scopes, `password` for `username`/`password`, rotating refresh tokens, authorization
      code with and without PKCE, for `public_client_id` or the confidential client), and
      `authorize_url`, which signs the fake's user in at once and redirects to a loopback
      `redirect_uri` with a single-use code. Tokens are JWTs with Corti's issuer for
      `environment`; one scoped to `streams`/`transcribe` opens only that socket (another
      socket's handshake is refused 403, inferred) and is refused on REST (403).
    - `add_interaction(**fields)`: seed one (JSON field names), returns it.
    - `interactions[id]`: the stored state; `requests`: what was received (the last
      `history`, by default `HISTORY`, 10,000: a long-running fake's memory stays bounded;
      expired tokens are forgotten likewise); `token_requests`: how many tokens were asked for.
    - `token_expires_in`: the tokens' lifetime in seconds, sent as given (0.5 stays 0.5).
    - HEAD is answered as GET without a body; a client that disconnects mid-request is
      not an error.
    - `inject(kind, count=1, ...)`: the next `count` requests fail as `kind` (see `FAULTS`).
    - `tls=(certfile, keyfile)`: serve HTTPS (e.g. with a `trustme` certificate for 127.0.0.1).
    - Sockets (`/audio-bridge/v2/interactions/{id}/streams`, `/audio-bridge/v2/transcribe`):
      `config_deadline` and `segment_seconds`; `script(*texts)`: the next segments' text;
      `inject_socket(kind, ...)` (see `SocketFault`); `socket_records`: what each connection
      did; `stream_facts(id)`: the facts a facts-mode stream produced for an interaction
      (they are the interaction's REST facts as well).
    - The scribe workflow (`_scribe/`, a module per resource family): recordings (on disk
      above 64 KiB), transcripts (`transcript_delay` seconds of `processing` for
      `async: true` or audio longer than `sync_seconds`; `status_retry_after` adds
      `Retry-After` to a `processing` status;
      `fail_next_transcripts(n)` makes the next ones end `failed`), facts, documents and a
      seeded template catalog; deleting an interaction deletes what hangs under it.
    """

    def __init__(
        self,
        *,
        tenant_name: str = "copiloteu",
        client_id: str = "fake-client",
        client_secret: str = "fake-secret",  # noqa: S107 - a test credential
        token_expires_in: float = 300,
        environment: str = "eu",
        public_client_id: str = "fake-public-client",
        username: str = "fake-user",
        password: str = "fake-password",  # noqa: S107 - a test credential
        refresh_expires_in: float = 1800,
        code_expires_in: float = 60,
        port: int = 0,
        tls: tuple[str, str] | None = None,
        config_deadline: float = 10.0,
        segment_seconds: float = 1.0,
        transcript_delay: float = 0.2,
        sync_seconds: float = 60.0,
        status_retry_after: float | None = None,
        history: int | None = None,
    ) -> None:
        history = _app.HISTORY if history is None else history
        if isinstance(history, bool) or not isinstance(history, int) or history < 1:
            raise ValueError(f"history must be a positive number of requests, not {history!r}")
        self._state = FakeState(
            tenant_name=tenant_name,
            client_id=client_id,
            client_secret=client_secret,
            keycloak=Keycloak(
                tenant_name=tenant_name,
                environment=environment,
                client_id=client_id,
                client_secret=client_secret,
                public_client_id=public_client_id,
                username=username,
                password=password,
                token_expires_in=token_expires_in,
                refresh_expires_in=refresh_expires_in,
                code_expires_in=code_expires_in,
            ),
        )
        self._state.requests = collections.deque(maxlen=history)
        scribe = self._state.scribe
        scribe.transcript_delay, scribe.sync_seconds = transcript_delay, sync_seconds
        scribe.status_retry_after = status_retry_after
        self._scheme = "https" if tls else "http"
        self._sockets = SocketState(
            config_deadline=config_deadline, segment_seconds=segment_seconds, keep_facts=self._keep_facts
        )
        app = build_app(self._state, self._drop)
        app.routes.extend(
            socket_routes(
                sockets=self._sockets,
                tenant_name=tenant_name,
                token_refusal=self._socket_refusal,
                interaction_exists=lambda interaction_id: interaction_id.lower() in self.interactions,
                drop=self._drop,
            )
        )
        self._server = BackgroundServer(app, port=port, tls=tls)
        self.interactions: Mapping[str, dict[str, Any]] = _Interactions(self._state)

    async def _drop(self, request: Any) -> None:
        await self._server.drop(request)

    def _socket_refusal(self, token: str, path: str) -> int | None:
        """How the socket at `path` refuses `token`: None (it may open it), 401 (unknown or
        expired) or 403 (valid, but scoped to another socket: inferred, see `_sockets`)."""
        with self._state.lock:
            if not self._state.token_valid(token):
                return 401
            return None if self._state.keycloak.allows_socket(token, path) else 403

    # -- lifecycle ---------------------------------------------------------------------
    def start(self) -> Self:
        """Start serving (the context manager does this)."""
        self._server.start()
        self._state.websocket_base = f"{self._origin.replace('http', 'ws', 1)}{SOCKET_BASE_PATH}"
        return self

    def stop(self) -> None:
        """Stop serving and join the server thread (and remove the stored recordings)."""
        self._server.stop()
        with self._state.lock:
            self._state.scribe.reset()
            self._state.guided.reset()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- what a client needs -------------------------------------------------------------
    @property
    def _origin(self) -> str:
        return f"{self._scheme}://{self._server.host}:{self._server.port}"

    @property
    def base_url(self) -> str:
        """The API base, e.g. `http://127.0.0.1:54321/v2` (`https://` when serving TLS)."""
        return f"{self._origin}/v2"

    @property
    def token_url(self) -> str:
        """The OAuth2 token endpoint for the tenant's realm."""
        return f"{self._origin}/realms/{self._state.tenant_name}/protocol/openid-connect/token"

    @property
    def tenant_name(self) -> str:
        """The tenant (and realm) the fake accepts."""
        return self._state.tenant_name

    @property
    def client_id(self) -> str:
        """The client id the token endpoint accepts."""
        return self._state.client_id

    @property
    def client_secret(self) -> str:
        """The client secret the token endpoint accepts."""
        return self._state.client_secret

    @property
    def public_client_id(self) -> str:
        """The public client (no secret): PKCE and ROPC, as a browser or native app signs in."""
        return self._state.keycloak.public_client_id

    @property
    def username(self) -> str:
        """The fake's user: the password grant takes it, the authorize endpoint signs it in."""
        return self._state.keycloak.username

    @property
    def password(self) -> str:
        """The fake user's password."""
        return self._state.keycloak.password

    @property
    def environment(self) -> str:
        """The environment its tokens' issuer names (`https://auth.{environment}.corti.app/...`)."""
        return self._state.keycloak.environment

    @property
    def authorize_url(self) -> str:
        """Keycloak's authorize endpoint for the realm (it signs the fake's user in at once)."""
        return f"{self._origin}/realms/{self._state.tenant_name}/protocol/openid-connect/auth"

    # -- seeding and inspection ------------------------------------------------------------
    def add_interaction(self, **fields: Any) -> dict[str, Any]:
        """Store a new interaction (JSON field names override the defaults) and return it."""
        with self._state.lock:
            return self._state.new_interaction(fields)

    def issue_token(self, scopes: Sequence[str] = ()) -> str:
        """A valid bearer token, for tests that use `token=` instead of client credentials;
        `scopes=["streams"]` limits it to that socket, as Corti's do."""
        with self._state.lock:
            return self._state.issue_token(" ".join(dict.fromkeys(["openid", *scopes])))

    def expire_tokens(self) -> None:
        """Make every issued token expired now: the next API call gets 403 A0004."""
        with self._state.lock:
            self._state.keycloak.expire_all()

    @property
    def requests(self) -> list[StoredRequest]:
        """The requests received (the last `history`), oldest first."""
        with self._state.lock:
            return list(self._state.requests)

    @property
    def token_requests(self) -> int:
        """How many token requests were served."""
        with self._state.lock:
            return self._state.token_requests

    def attempts(self, interaction_id: str) -> int:
        """How many PATCH requests reached the interaction's path."""
        path = f"/v2/interactions/{interaction_id}"
        return sum(1 for r in self.requests if r.method == "PATCH" and r.path == path)

    def reset(self) -> None:
        """Forget interactions, tokens, requests and pending faults."""
        with self._state.lock:
            self._state.interactions.clear()
            self._state.keycloak.reset()
            self._state.requests.clear()
            self._state.faults.clear()
            self._state.token_requests = 0
            self._state.scribe.reset()
            self._state.guided.reset()
            self._state.agents.reset()
        with self._sockets.lock:
            self._sockets.records.clear()
            self._sockets.faults.clear()
            self._sockets.script.clear()
            self._sockets.facts.clear()

    # -- the scribe workflow ---------------------------------------------------------------
    def fail_next_transcripts(self, count: int = 1) -> None:
        """The next `count` transcripts created end `failed` instead of `completed`."""
        with self._state.lock:
            self._state.scribe.fail_transcripts = count

    def recording_bytes(self, interaction_id: str, recording_id: str) -> bytes:
        """A stored recording's bytes (read from disk for a large one)."""
        with self._state.lock:
            recording = self._state.scribe.recordings[str(interaction_id).lower()][str(recording_id).lower()]
        with recording.open() as file:
            return file.read()

    def recording_on_disk(self, interaction_id: str, recording_id: str) -> bool:
        """Whether a stored recording is kept in a file rather than in memory."""
        with self._state.lock:
            recording = self._state.scribe.recordings[str(interaction_id).lower()][str(recording_id).lower()]
        return recording.path is not None

    def scribe_counts(self, interaction_id: str) -> dict[str, int]:
        """How many recordings, transcripts, facts and documents an interaction has."""
        key = str(interaction_id).lower()
        with self._state.lock:
            scribe = self._state.scribe
            tables: dict[str, dict[str, Any]] = {
                "recordings": scribe.recordings,
                "transcripts": scribe.transcripts,
                "facts": scribe.facts,
                "documents": scribe.documents,
            }
            return {name: len(table.get(key, {})) for name, table in tables.items()}

    # -- faults ------------------------------------------------------------------------------
    def inject(
        self,
        kind: FaultKind,
        *,
        count: int = 1,
        status: int = 503,
        retry_after: str | None = None,
        retry_after_ms: str | None = None,
        delay: float = 0.0,
        apply: bool | None = None,
        target: Target = "api",
    ) -> None:
        """Make the next `count` requests to `target` ("api" or "token") fail as `kind`.

        >>> fake.inject("status", status=429, retry_after="1", count=2)
        >>> fake.inject("delay", delay=2.0)  # longer than the client's timeout
        """
        if kind not in FAULTS:
            raise ValueError(f"unknown fault {kind!r}; one of {sorted(FAULTS)}")
        fault = Fault(kind, count, target, status, retry_after, retry_after_ms, delay, apply)
        with self._state.lock:
            self._state.faults.append(fault)

    @property
    def pending_faults(self) -> list[Fault]:
        """Faults that have not fired yet."""
        with self._state.lock:
            return list(self._state.faults)

    # -- sockets -----------------------------------------------------------------------------
    def inject_socket(self, kind: str, **options: Any) -> None:
        """Make the next socket connection(s) fail as `kind` (see `SocketFault`).

        >>> fake.inject_socket("refuse", status=401)
        >>> fake.inject_socket("drop", after_bytes=64_000)  # cut the TCP connection mid-stream
        """
        fault = SocketFault(kind, **options)  # type: ignore[arg-type]
        if fault.kind not in ("refuse", "deny", "silent", "drop", "slow", "close"):
            raise ValueError(f"unknown socket fault {kind!r}")
        with self._sockets.lock:
            self._sockets.faults.append(fault)

    def add_catalog(self, catalog: Mapping[str, Any]) -> None:
        """Add templates and sections to this fake's catalog (or replace those of the same key):
        `{"sections": {key: {"name", "groups"}}, "templates": {key: {"name", "sections",
        "languages", "description", "status"}}}`; `ValueError` naming what is wrong. A
        section's `groups` are fact groups (`chief-complaint`, `medications`, ...)."""
        scribe = self._state.scribe
        with scribe.lock:
            scribe.sections, scribe.templates = merged_catalog(
                dict(catalog), scribe.sections, scribe.templates
            )

    def script(self, *texts: str) -> None:
        """The text of the next transcript segments, in order (then the default text)."""
        with self._sockets.lock:
            self._sockets.script.extend(texts)

    @property
    def socket_records(self) -> list[SocketRecord]:
        """The socket connections, oldest first (the last 1,000: memory stays bounded; tokens
        masked, audio counted only)."""
        with self._sockets.lock:
            return list(self._sockets.records)

    def _keep_facts(self, interaction_id: str, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
        with self._state.lock:
            # grouped as a transcript's facts are, so a template's sections find them
            grouped = [{**f, "group": group_of(f["text"]), "source": "core"} for f in facts]
            return self._state.scribe.add_facts(interaction_id, grouped)

    def stream_facts(self, interaction_id: str) -> list[dict[str, Any]]:
        """The facts facts-mode streams produced for the interaction (`client.facts.list`
        lists them too, with the same ids)."""
        with self._sockets.lock:
            return copy.deepcopy(self._sockets.facts.get(str(interaction_id).lower(), []))
