"""`CortiAuth` and `AsyncCortiAuth`: every token Corti's Keycloak gives, asked for directly.

Built like the clients (tenant, environment or base URL, the same `CORTI_*` variables), they
send one token request per call, with the clients' retries and error mapping, and return a
`Token`. A refusal is an `OAuthError` (`InvalidGrantError`, `InvalidClientError`, ...)
carrying Keycloak's `error` and `error_description`, never the form that was sent.

Secrets stay out of the frames an exception carries (error trackers record frame locals):
each method builds its request, deletes its secret arguments, and raises only from a frame
that holds neither (the sender's frames, which hold the request, are not on the traceback).

Hand-written rather than `authlib`: the grants are five form posts, and authlib would bring
its own HTTP client (outside the clients' pool, retries and redacted errors), a token that is
a plain dict (its repr prints the token), and a dependency the base install avoids.
"""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Callable, Sequence
from types import TracebackType
from typing import Self

import httpx

from corti_interactions import _constants as C
from corti_interactions._base_client import AsyncSender, SyncSender, TimeoutArg, as_timeout
from corti_interactions._config import check_max_retries
from corti_interactions._environment import (
    api_base_url,
    check_service_url,
    check_tenant_name,
    derive_token_url,
)
from corti_interactions._exceptions import APIStatusError, CortiError
from corti_interactions._types import NOT_GIVEN, NotGiven

from . import grants
from .errors import oauth_error
from .tokens import Pkce, Token

__all__ = ["AsyncCortiAuth", "CortiAuth", "resolve_token_url"]

_AUTHORIZE = "/protocol/openid-connect/auth"
_TOKEN = "/protocol/openid-connect/token"  # noqa: S105 - a path


def resolve_token_url(
    *, tenant_name: str | None, environment: str | None, base_url: str | None, auth_url: str | None
) -> tuple[str, str]:
    """The tenant and token URL from the clients' arguments and `CORTI_*` variables."""
    tenant = tenant_name if tenant_name is not None else os.environ.get(C.ENV_TENANT_NAME) or None
    if tenant is None:
        raise ValueError(f"tenant_name is missing: pass tenant_name= or set {C.ENV_TENANT_NAME}")
    tenant = check_tenant_name(tenant)
    if auth_url:
        return tenant, str(check_service_url(auth_url, name="auth_url"))
    base = (
        base_url
        if base_url is not None or environment is not None
        else os.environ.get(C.ENV_BASE_URL) or None
    )
    if base is not None:
        url = check_service_url(base, name="base_url")
    else:
        env = environment if environment is not None else os.environ.get(C.ENV_ENVIRONMENT) or None
        url = httpx.URL(api_base_url(C.DEFAULT_ENVIRONMENT if env is None else env))
    return tenant, derive_token_url(url, tenant)


class _AuthBase:
    """What both share: where requests go, the request each grant makes, a repr."""

    def _setup(
        self,
        *,
        tenant_name: str | None,
        environment: str | None,
        base_url: str | None,
        auth_url: str | None,
        timeout: TimeoutArg | NotGiven,
        max_retries: int | NotGiven | None,
    ) -> httpx.Timeout:
        self.tenant_name, self.token_url = resolve_token_url(
            tenant_name=tenant_name, environment=environment, base_url=base_url, auth_url=auth_url
        )
        if not self.token_url.endswith(_TOKEN):
            raise ValueError(f"auth_url must end with {_TOKEN}")
        self.authorization_url = self.token_url[: -len(_TOKEN)] + _AUTHORIZE
        self._timeout = C.DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else as_timeout(timeout)
        self._max_retries = (
            C.DEFAULT_MAX_RETRIES if isinstance(max_retries, NotGiven) else check_max_retries(max_retries)
        )
        return self._timeout

    def _request(self, form: grants.Form) -> list[httpx.Request]:
        # in a list the sender pops it from: the caller's frame keeps no reference
        return [grants.token_request(self.token_url, form, self._timeout.as_dict())]

    def authorize_url(
        self,
        *,
        client_id: str,
        redirect_uri: str,
        scopes: Sequence[str] | None = None,
        code_challenge: str | Pkce | None = None,
        state: str | None = None,
    ) -> str:
        """The URL to send the user's browser to: Keycloak signs the user in and redirects to
        `redirect_uri?code=...&state=...`; exchange the code with `authorization_code`.

        `code_challenge`: a `Pkce` (or its `.challenge`) for a public client. `state`: a
        value you check on the redirect (against cross-site request forgery).
        """
        if isinstance(code_challenge, Pkce):
            code_challenge = code_challenge.challenge
        return grants.authorize_url(
            self.authorization_url,
            client_id=client_id,
            redirect_uri=redirect_uri,
            scopes=scopes,
            code_challenge=code_challenge,
            state=state,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(tenant_name={self.tenant_name!r}, token_url={self.token_url!r})"


class CortiAuth(_AuthBase):
    """Tokens from Corti's Keycloak, one grant per method; each returns a `Token`.

    >>> auth = CortiAuth(tenant_name="copiloteu", environment="eu")
    >>> token = auth.client_credentials(client_id="...", client_secret="...", scopes=["streams"])
    >>> token = auth.password(client_id="...", username="...", password="...")
    >>> token = auth.refresh(client_id="...", refresh_token=token)

    `tenant_name`, `environment`, `base_url`, `auth_url`, `timeout` and `max_retries` as for
    `CortiClient` (with their `CORTI_*` variables); `base_url` is an API base whose host also
    serves the token endpoint (a proxy, or `FakeCorti`). `transport`/`httpx_client` as well.
    """

    def __init__(
        self,
        *,
        tenant_name: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        auth_url: str | None = None,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven | None = NOT_GIVEN,
        httpx_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        timeout_value = self._setup(
            tenant_name=tenant_name,
            environment=environment,
            base_url=base_url,
            auth_url=auth_url,
            timeout=timeout,
            max_retries=max_retries,
        )
        self._owns_http = httpx_client is None
        self._http = httpx_client or httpx.Client(
            timeout=timeout_value, follow_redirects=False, transport=transport
        )
        self._sender = SyncSender(
            self._http, httpx.Auth(), sleep, transport=transport if self._owns_http else None
        )

    def _exchange(self, box: list[httpx.Request]) -> Token:
        outcome = self._send(box)
        if isinstance(outcome, CortiError):
            raise outcome
        return outcome

    def _send(self, box: list[httpx.Request]) -> Token | CortiError:
        """The token, or the error to raise: returned, so this frame (holding nothing
        secret) and the sender's are not on the raised error's traceback."""
        try:
            raw = self._sender.send(box.pop(), max_retries=self._max_retries, idempotent=False, responses={})
        except APIStatusError as exc:
            return oauth_error(exc)
        except CortiError as exc:
            return exc
        return grants.read_token(raw.http_response)

    def client_credentials(
        self, *, client_id: str, client_secret: str, scopes: Sequence[str] | None = None
    ) -> Token:
        """A service token (`grant_type=client_credentials`); `scopes=["streams"]` or
        `["transcribe"]` limit it to one socket, for a browser."""
        box = self._request(grants.client_credentials_form(client_id, client_secret, scopes))
        del client_secret
        return self._exchange(box)

    def password(
        self,
        *,
        client_id: str,
        username: str,
        password: str,
        client_secret: str | None = None,
        scopes: Sequence[str] | None = None,
    ) -> Token:
        """A user's token from their username and password (ROPC, `grant_type=password`):
        for trusted backends only; the client needs Keycloak's "Direct Access Grants"."""
        box = self._request(grants.password_form(client_id, username, password, client_secret, scopes))
        del password, client_secret
        return self._exchange(box)

    def refresh(
        self,
        *,
        client_id: str,
        refresh_token: str | Token,
        client_secret: str | None = None,
        scopes: Sequence[str] | None = None,
    ) -> Token:
        """New tokens for a refresh token (or a `Token` holding one). Keycloak rotates it:
        keep the new `refresh_token`, the old one may no longer work."""
        box = self._request(grants.refresh_form(client_id, refresh_token, client_secret, scopes))
        del refresh_token, client_secret
        return self._exchange(box)

    def authorization_code(
        self,
        *,
        client_id: str,
        code: str,
        redirect_uri: str,
        client_secret: str | None = None,
        code_verifier: str | Pkce | None = None,
        scopes: Sequence[str] | None = None,
    ) -> Token:
        """The user's tokens for the code their browser brought back to `redirect_uri` (the
        same URI as in `authorize_url`), with `client_secret` (a server-side app) or
        `code_verifier` (PKCE: the `Pkce` whose challenge went into `authorize_url`)."""
        verifier = code_verifier.verifier if isinstance(code_verifier, Pkce) else code_verifier
        box = self._request(
            grants.authorization_code_form(
                client_id,
                code,
                redirect_uri,
                client_secret=client_secret,
                code_verifier=verifier,
                scopes=scopes,
            )
        )
        del code, client_secret, code_verifier, verifier
        return self._exchange(box)

    def close(self) -> None:
        """Close the connection pool (unless it came from `httpx_client=`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncCortiAuth(_AuthBase):
    """The async twin of `CortiAuth`: same arguments, awaitable methods.

    >>> async with AsyncCortiAuth(tenant_name="copiloteu") as auth:
    ...     token = await auth.client_credentials(client_id="...", client_secret="...")
    """

    def __init__(
        self,
        *,
        tenant_name: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        auth_url: str | None = None,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven | None = NOT_GIVEN,
        httpx_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        timeout_value = self._setup(
            tenant_name=tenant_name,
            environment=environment,
            base_url=base_url,
            auth_url=auth_url,
            timeout=timeout,
            max_retries=max_retries,
        )
        self._owns_http = httpx_client is None
        self._http = httpx_client or httpx.AsyncClient(
            timeout=timeout_value, follow_redirects=False, transport=transport
        )
        if sleep is None:
            import asyncio

            sleep = asyncio.sleep
        self._sender = AsyncSender(
            self._http, httpx.Auth(), sleep, transport=transport if self._owns_http else None
        )

    async def _exchange(self, box: list[httpx.Request]) -> Token:
        outcome = await self._send(box)
        if isinstance(outcome, CortiError):
            raise outcome
        return outcome

    async def _send(self, box: list[httpx.Request]) -> Token | CortiError:
        try:
            raw = await self._sender.send(
                box.pop(), max_retries=self._max_retries, idempotent=False, responses={}
            )
        except APIStatusError as exc:
            return oauth_error(exc)
        except CortiError as exc:
            return exc
        return grants.read_token(raw.http_response)

    async def client_credentials(
        self, *, client_id: str, client_secret: str, scopes: Sequence[str] | None = None
    ) -> Token:
        """See `CortiAuth.client_credentials`."""
        box = self._request(grants.client_credentials_form(client_id, client_secret, scopes))
        del client_secret
        return await self._exchange(box)

    async def password(
        self,
        *,
        client_id: str,
        username: str,
        password: str,
        client_secret: str | None = None,
        scopes: Sequence[str] | None = None,
    ) -> Token:
        """See `CortiAuth.password`."""
        box = self._request(grants.password_form(client_id, username, password, client_secret, scopes))
        del password, client_secret
        return await self._exchange(box)

    async def refresh(
        self,
        *,
        client_id: str,
        refresh_token: str | Token,
        client_secret: str | None = None,
        scopes: Sequence[str] | None = None,
    ) -> Token:
        """See `CortiAuth.refresh`."""
        box = self._request(grants.refresh_form(client_id, refresh_token, client_secret, scopes))
        del refresh_token, client_secret
        return await self._exchange(box)

    async def authorization_code(
        self,
        *,
        client_id: str,
        code: str,
        redirect_uri: str,
        client_secret: str | None = None,
        code_verifier: str | Pkce | None = None,
        scopes: Sequence[str] | None = None,
    ) -> Token:
        """See `CortiAuth.authorization_code`."""
        verifier = code_verifier.verifier if isinstance(code_verifier, Pkce) else code_verifier
        box = self._request(
            grants.authorization_code_form(
                client_id,
                code,
                redirect_uri,
                client_secret=client_secret,
                code_verifier=verifier,
                scopes=scopes,
            )
        )
        del code, client_secret, code_verifier, verifier
        return await self._exchange(box)

    async def close(self) -> None:
        """Close the connection pool (unless it came from `httpx_client=`)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
