"""`CortiClient` and `AsyncCortiClient`: construction, the connection pool, lifecycle."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from types import TracebackType
from typing import Self

import httpx
from corti_interactions_api.client import AsyncResources, Resources
from corti_interactions_api.sockets import AsyncSockets, Sockets

from ._auth import ClientCredentials, NoAuth, RenewingToken, ScopedToken
from ._base_client import AsyncSender, SyncSender, TimeoutArg
from ._config import ClientConfig, TokenArg, TokenProviderArg, resolve_config
from ._constants import DEFAULT_CONNECTION_LIMITS
from ._environment import stream_url_with_token
from ._logging import hide_query, setup_from_env
from ._runtime import AsyncRuntime, SyncRuntime
from ._streaming.lazy import LazyAsyncSocketRuntime, LazySyncSocketRuntime
from ._transports.choice import AsyncTransportChoice, make_async_transport, make_sync_transport
from ._types import NOT_GIVEN, NotGiven

__all__ = ["AsyncCortiClient", "CortiClient"]


def _websocket_url(interaction: object) -> str:
    url = interaction if isinstance(interaction, str) else getattr(interaction, "websocket_url", None)
    if not isinstance(url, str):
        raise ValueError(
            "stream_url() takes a create or get response (anything with a websocket_url) or the URL; "
            f"got {type(interaction).__name__}"
        )
    return url


def _with_token(interaction: object, token: str, hosts: frozenset[str]) -> str:
    return stream_url_with_token(_websocket_url(interaction), token, allowed_hosts=hosts)


def _credentials(auth: object) -> ClientCredentials:
    if not isinstance(auth, ClientCredentials):
        raise ValueError("scoped_token() mints a token with client_id/client_secret; this client has a token")
    return auth


def _no_token(auth: object) -> None:
    if isinstance(auth, NoAuth):
        raise ValueError("this client was made with no_auth=True: it has no token")


def _sync_provider(client: object, provider: object) -> None:
    import inspect

    if isinstance(client, CortiClient) and inspect.iscoroutinefunction(provider):
        raise ValueError("an async token_provider needs AsyncCortiClient; CortiClient cannot await it")


def _check_transport(httpx_client: object, transport: object) -> None:
    if httpx_client is not None and transport is not None:
        raise ValueError("give httpx_client= or transport=, not both: a pool of your own has its transport")


class _ClientBase:
    """What both clients share once configured: read-only settings and a repr without secrets."""

    _config: ClientConfig

    @property
    def base_url(self) -> str:
        """The API base URL requests go to, e.g. `https://api.eu.corti.app/v2`."""
        return self._config.base_url

    @property
    def tenant_name(self) -> str:
        """The `Tenant-Name` sent with every request."""
        return self._config.tenant_name

    def __repr__(self) -> str:
        config = self._config
        return (
            f"{type(self).__name__}(tenant_name={config.tenant_name!r}, "
            f"base_url={config.base_url!r}, auth={config.auth!r})"
        )


class CortiClient(_ClientBase, Resources, Sockets):
    """A client for Corti's interactions API; one connection pool, reused by every call.

    >>> with CortiClient(tenant_name="copiloteu", client_id="...", client_secret="...") as client:
    ...     created = client.interactions.create(
    ...         encounter={"identifier": "enc-1", "status": "planned", "type": "consultation"})
    ...     client.interactions.update(created.interaction_id, encounter={"status": "completed"})
    ...     for interaction in client.interactions.list(encounter_status=["completed"]):
    ...         print(interaction.id)

    One attribute per resource of the spec (`client.interactions`), one method per
    operation (`list`, `create`, `get`, `update`, `delete`), each with
    `.with_raw_response.<method>` for headers and attempts. Every method also takes
    `timeout`, `max_retries`, `extra_headers`, `extra_query` and `extra_body`.

    Every argument left out falls back to its environment variable: `CORTI_TENANT_NAME`,
    `CORTI_ENVIRONMENT`, `CORTI_BASE_URL`, `CORTI_TOKEN`, `CORTI_CLIENT_ID`,
    `CORTI_CLIENT_SECRET`. Bad or missing settings raise `ValueError` here, not on a call.

    - `environment` fills `https://api.{environment}.corti.app/v2` (`eu` by default);
      `base_url` replaces the whole base (https, or http to a loopback host).
    - Credentials, one kind (see "Signing in" in the README):
      - `client_id` + `client_secret`: OAuth2 client credentials at `auth_url` (derived
        from the base URL when not given), cached and renewed by the client;
      - `token`: a string (a bare access token: without `tenant_name`/`environment`/
        `base_url` they are read from its issuer, as Corti's SDKs do), a callable asked
        before each request, or a user's `Token` with `client_id` (and `client_secret` for a
        confidential client): renewed with its refresh token ahead of expiry, once for all
        concurrent calls, the rotated refresh token kept;
      - `token_provider`: your function (async with `AsyncCortiClient`) returning a `Token`
        or a string, asked again only when the token is about to expire or is refused;
      - `no_auth=True`: no `Authorization` at all (a proxy of yours adds it). Never a
        fallback: `token=None` is an error, not "no token".
    - `timeout`: seconds (above 0) or an `httpx.Timeout`; `None` means no timeout; left
      out, 60 s (5 s to connect). A call's own `timeout=` also bounds its wait for a token
      another call is fetching (its read timeout). `max_retries`: 2 when left out; `None`
      or 0 disables retries.
    - `httpx_client`: bring your own `httpx.Client` (proxies, TLS); it stays yours to close,
      and its timeout stands unless `timeout=` is given. Requests go through its `send()`, so
      its event hooks, mounts and headers apply and its cookie jar keeps what answers set;
      its `base_url`, `params`, jar cookies and `auth` are not sent (each request is built
      from the spec and signed with this client's credentials). httpx's own INFO line for each request
      is logged without the query (it can hold a patient's identifier) by a filter on the
      `httpx` logger; your event hooks see the whole URL.
    - `transport`: the transport of the pool the client makes, e.g. `httpx.MockTransport` in
      tests or `httpx.HTTPTransport(local_address=...)`. As in httpx, the environment's
      proxies are not read when it is given. (The client sends on its own pool without
      `httpx.Client.send`'s cookie jar and hooks, which it never uses: see `_transports.direct`.)
    - `stream_hosts`: hosts besides the base URL's that `stream_url()` may put
      the token on (a websocket URL naming any other host is refused), e.g.
      `["api.eu.corti.app"]` when `base_url` is a proxy of your own.
    """

    def __init__(
        self,
        *,
        tenant_name: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        token: TokenArg | NotGiven | None = NOT_GIVEN,
        token_provider: TokenProviderArg | None = None,
        no_auth: bool = False,
        client_id: str | None = None,
        client_secret: str | None = None,
        auth_url: str | None = None,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven | None = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        stream_hosts: Iterable[str] | None = None,
        httpx_client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        setup_from_env()
        if httpx_client is not None and isinstance(timeout, NotGiven):
            timeout = httpx_client.timeout  # the pool is theirs, and so is its timeout
        _sync_provider(self, token_provider)
        self._config = resolve_config(
            tenant_name=tenant_name,
            environment=environment,
            base_url=base_url,
            auth_url=auth_url,
            token=token,
            token_provider=token_provider,
            no_auth=no_auth,
            client_id=client_id,
            client_secret=client_secret,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            stream_hosts=stream_hosts,
        )
        _check_transport(httpx_client, transport)
        self._owns_http = owned = httpx_client is None
        if not owned:
            hide_query(self._config.base_url)  # its send() logs the URL, query and all
        if httpx_client is None:
            if transport is None:
                transport = make_sync_transport(limits=DEFAULT_CONNECTION_LIMITS)
            httpx_client = httpx.Client(
                timeout=self._config.timeout,
                limits=DEFAULT_CONNECTION_LIMITS,
                follow_redirects=False,
                transport=transport,
            )
        self._http = httpx_client
        self._sender = SyncSender(self._http, self._config.auth, sleep, transport=transport)
        # No bearer on token requests.
        self._token_sender = SyncSender(self._http, httpx.Auth(), sleep, transport=transport)
        if isinstance(self._config.auth, RenewingToken):
            self._config.auth.bind(sync_send=self._send_token_request)
        self._runtime = SyncRuntime(self._config, self._http.headers, self._sender)
        self._attach_resources(self._runtime)  # client.interactions, ... (one per tag of the spec)
        # client.stream, client.transcribe (one per socket of the spec's x-websockets)
        self._attach_sockets(LazySyncSocketRuntime(self._config, self._current_token))

    def stream_url(self, interaction: object) -> str:
        """The interaction's `websocketUrl` with the current token as its `token` parameter.

        Takes a create or get response (anything with `websocket_url`) or the URL itself. The
        token goes only to the API's own host (or one allowed with `stream_hosts=`).

        >>> url = client.stream_url(client.interactions.create(encounter=...))  # wss://...?token=...
        """
        return _with_token(interaction, self._current_token(), self._config.stream_hosts)

    def scoped_token(self, scopes: Sequence[str]) -> ScopedToken:
        """A short-lived token limited to `scopes` (`["streams"]` for an ambient browser,
        `["transcribe"]` for dictation), minted with the client's credentials.

        >>> browser_token = client.scoped_token(["streams"]).access_token
        """
        auth = _credentials(self._config.auth)
        request = auth.scoped_request(scopes, self._config.timeout_dict)
        return auth.scoped_token(self._send_token_request(request), scopes)

    def _send_token_request(self, request: httpx.Request) -> httpx.Response:
        """A token request, sent with the client's retries and error mapping."""
        return self._token_sender.send(
            request, max_retries=self._config.max_retries, responses={}
        ).http_response

    def token(self) -> str:
        """The access token the client sends now (renewed first if it is about to expire),
        for a caller that must hand it on, e.g. to a library that makes its own requests.

        >>> headers = {"Authorization": f"Bearer {client.token()}", "Tenant-Name": client.tenant_name}
        """
        return self._current_token()

    def _current_token(self) -> str:
        """The bearer token to send now, fetched if none is cached (for `stream_url`)."""
        auth = self._config.auth
        _no_token(auth)
        if isinstance(auth, RenewingToken):
            return auth.sync_get_token(timeout=self._config.timeout_dict)
        assert not isinstance(auth, NoAuth)  # noqa: S101 - _no_token raised
        return auth.current()

    def close(self) -> None:
        """Close the connection pool (unless it came from `httpx_client=`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncCortiClient(_ClientBase, AsyncResources, AsyncSockets):
    """The async twin of `CortiClient`: same arguments, awaitable calls.

    >>> async with AsyncCortiClient(tenant_name="copiloteu", token="...") as client:
    ...     await client.interactions.update(id, encounter={"status": "completed"})

    `async_transport` (or `CORTI_ASYNC_TRANSPORT`): `"httpx"` (the default, whatever is
    installed) or `"aiohttp"`, aiohttp's connection pool behind httpx's transport API (the
    `[aiohttp]` extra), several times faster with many calls in flight. Both honour the
    connect, read and pool timeouts, the connection limit (256, the most calls a bulk run
    may have at once), TLS settings (`SSL_CERT_FILE`, `SSL_CERT_DIR`) and the `*_PROXY`
    variables (aiohttp's by handing over to httpx's transport when one is set). Only httpx's
    honours the write timeout and the keep-alive limit (20 idle connections; aiohttp keeps
    up to 256). Ignored when `httpx_client=` or `transport=` is given.
    """

    def __init__(
        self,
        *,
        tenant_name: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        token: TokenArg | NotGiven | None = NOT_GIVEN,
        token_provider: TokenProviderArg | None = None,
        no_auth: bool = False,
        client_id: str | None = None,
        client_secret: str | None = None,
        auth_url: str | None = None,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven | None = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        stream_hosts: Iterable[str] | None = None,
        httpx_client: httpx.AsyncClient | None = None,
        async_transport: AsyncTransportChoice | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        setup_from_env()
        if httpx_client is not None and isinstance(timeout, NotGiven):
            timeout = httpx_client.timeout  # the pool is theirs, and so is its timeout
        self._config = resolve_config(
            tenant_name=tenant_name,
            environment=environment,
            base_url=base_url,
            auth_url=auth_url,
            token=token,
            token_provider=token_provider,
            no_auth=no_auth,
            client_id=client_id,
            client_secret=client_secret,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            stream_hosts=stream_hosts,
        )
        _check_transport(httpx_client, transport)
        self._owns_http = owned = httpx_client is None
        if not owned:
            hide_query(self._config.base_url)  # its send() logs the URL, query and all
        if httpx_client is None:
            if transport is None:
                transport = make_async_transport(async_transport, limits=DEFAULT_CONNECTION_LIMITS)
            httpx_client = httpx.AsyncClient(
                timeout=self._config.timeout,
                limits=DEFAULT_CONNECTION_LIMITS,
                follow_redirects=False,
                transport=transport,
            )
        self._http = httpx_client
        if sleep is None:
            import asyncio  # not at import: sync-only programs never load asyncio

            sleep = asyncio.sleep
        self._sender = AsyncSender(self._http, self._config.auth, sleep, transport=transport)
        # No bearer on token requests.
        self._token_sender = AsyncSender(self._http, httpx.Auth(), sleep, transport=transport)
        if isinstance(self._config.auth, RenewingToken):
            self._config.auth.bind(async_send=self._send_token_request)
        self._runtime = AsyncRuntime(self._config, self._http.headers, self._sender)
        self._attach_resources(self._runtime)  # client.interactions, ... (one per tag of the spec)
        # client.stream, client.transcribe (one per socket of the spec's x-websockets)
        self._attach_sockets(LazyAsyncSocketRuntime(self._config, self._current_token))

    async def stream_url(self, interaction: object) -> str:
        """The interaction's `websocketUrl` with the current token; see `CortiClient.stream_url`."""
        return _with_token(interaction, await self._current_token(), self._config.stream_hosts)

    async def scoped_token(self, scopes: Sequence[str]) -> ScopedToken:
        """A short-lived token limited to `scopes`; see `CortiClient.scoped_token`."""
        auth = _credentials(self._config.auth)
        request = auth.scoped_request(scopes, self._config.timeout_dict)
        return auth.scoped_token(await self._send_token_request(request), scopes)

    async def _send_token_request(self, request: httpx.Request) -> httpx.Response:
        """A token request, sent with the client's retries and error mapping."""
        raw = await self._token_sender.send(request, max_retries=self._config.max_retries, responses={})
        return raw.http_response

    async def token(self) -> str:
        """The access token the client sends now; see `CortiClient.token`."""
        return await self._current_token()

    async def _current_token(self) -> str:
        """The bearer token to send now, fetched if none is cached (for `stream_url`)."""
        auth = self._config.auth
        _no_token(auth)
        if isinstance(auth, RenewingToken):
            return await auth.async_get_token(timeout=self._config.timeout_dict)
        assert not isinstance(auth, NoAuth)  # noqa: S101 - _no_token raised
        return auth.current()

    async def close(self) -> None:
        """Close the connection pool (unless it came from `httpx_client=`)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
