"""Resolving a client's arguments (and their `CORTI_*` environment variables) once.

Both clients share this, so the sync and async client cannot drift apart in what they
accept, and every check runs at construction, before any request exists.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass

import httpx

from . import _constants as C
from ._auth import (
    ClientCredentials,
    Issuer,
    NoAuth,
    ProviderResult,
    RenewingToken,
    StaticToken,
    Token,
    TokenProvider,
    TokenSource,
    UserTokens,
    read_issuer,
)
from ._base_client import TimeoutArg, as_timeout
from ._environment import (
    api_base_url,
    check_service_url,
    check_stream_hosts,
    check_tenant_name,
    derive_token_url,
    url_host,
)
from ._types import NOT_GIVEN, NotGiven
from ._version import package_version

__all__ = [
    "ClientConfig",
    "TokenArg",
    "TokenProviderArg",
    "check_header",
    "check_max_retries",
    "resolve_config",
]

TokenArg = TokenSource | Token
"""`token=`: a token, a function returning the current one, or a user's `Token`."""
TokenProviderArg = Callable[[], ProviderResult | Awaitable[ProviderResult]]


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """Everything a client needs, checked."""

    tenant_name: str
    base_url: str  # no trailing slash, e.g. https://api.eu.corti.app/v2
    auth: StaticToken | RenewingToken | NoAuth
    timeout: httpx.Timeout
    max_retries: int
    headers: Mapping[str, str]
    timeout_dict: Mapping[str, float | None]  # `timeout` as the request extension, computed once
    stream_hosts: frozenset[str]  # where stream_url may send the token: the base URL's host and stream_hosts=


def _check_header_text(key: object, value: object, *, name: str) -> None:
    if not isinstance(key, str) or not isinstance(value, str):
        raise ValueError(f"{name}: header names and values must be strings; got {key!r}")
    # CR/LF or non-ASCII would split or break the request.
    if not (key + value).isascii() or any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in key + value):
        raise ValueError(f"header {key!r} may hold only printable ASCII characters")


def check_header(key: object, value: object, *, name: str) -> None:
    """`ValueError` unless the caller's header `key: value` can be sent: printable ASCII, and
    not the client's own `Authorization` or `Tenant-Name`."""
    _check_header_text(key, value, name=name)
    if str(key).lower() in ("authorization", "tenant-name"):
        raise ValueError(f"{name} may not set {key!r}; the client sets it")


def check_max_retries(value: int | None) -> int:
    """`None` means no retries; otherwise a whole number from 0 to `MAX_RETRIES_LIMIT`."""
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be a whole number >= 0 or None; got {value!r}")
    if value > C.MAX_RETRIES_LIMIT:
        raise ValueError(f"max_retries must be at most {C.MAX_RETRIES_LIMIT}; got {value}")
    return value


def _env(value: str | None, name: str) -> str | None:
    return value if value is not None else (os.environ.get(name) or None)


def _auth(
    *,
    token: TokenArg | NotGiven | None,
    token_provider: TokenProviderArg | None,
    no_auth: bool,
    client_id: str | None,
    client_secret: str | None,
    token_url: str,
    headers: Mapping[str, str],
) -> StaticToken | RenewingToken | NoAuth:
    client_id, client_secret = client_id or None, client_secret or None  # "" is not a credential
    explicit_credentials = client_id is not None or client_secret is not None
    if no_auth is not False:
        if no_auth is not True:
            raise ValueError(f"no_auth must be True or False; got {no_auth!r}")
        if not isinstance(token, NotGiven) or token_provider is not None or explicit_credentials:
            raise ValueError("no_auth=True sends no credentials: give no token, token_provider or client_id")
        return NoAuth()
    if token is None:  # an unset variable, say: never a quiet fall back to other credentials
        raise ValueError(
            "token is None: pass a token, or leave token= out to use client_id/client_secret "
            f"or {C.ENV_TOKEN}; for no Authorization at all pass no_auth=True"
        )
    if token_provider is not None:
        if not isinstance(token, NotGiven) or explicit_credentials:
            raise ValueError("give either token_provider or token or client_id/client_secret, not more")
        return TokenProvider(token_provider)
    if isinstance(token, Token):
        if token.refresh_token is None:
            if explicit_credentials:
                raise ValueError("this token has no refresh token: client_id/client_secret are not used")
            return StaticToken(token.access_token)
        if client_id is None:
            raise ValueError(
                "a Token with a refresh token needs client_id= (the client that signed the user in), "
                "and client_secret= if that client is confidential"
            )
        return UserTokens(token, token_url=token_url, client_id=client_id, client_secret=client_secret)
    if not isinstance(token, NotGiven) and explicit_credentials:
        raise ValueError("give either token or client_id/client_secret, not both")
    # An argument beats its variable; CORTI_TOKEN beats the client variables, and is ignored
    # when client_id or client_secret is passed (the other one may come from its variable).
    if isinstance(token, NotGiven) and not explicit_credentials:
        token = os.environ.get(C.ENV_TOKEN) or NOT_GIVEN
    if not isinstance(token, NotGiven):
        return StaticToken(token)
    client_id = _env(client_id, C.ENV_CLIENT_ID)
    client_secret = _env(client_secret, C.ENV_CLIENT_SECRET)
    if client_id and client_secret:
        return ClientCredentials(
            token_url=token_url, client_id=client_id, client_secret=client_secret, headers=headers
        )
    if client_id or client_secret:
        missing = "client_secret" if client_id else "client_id"
        env = C.ENV_CLIENT_SECRET if client_id else C.ENV_CLIENT_ID
        raise ValueError(f"{missing} is missing: pass {missing}= or set {env}")
    raise ValueError(
        f"no credentials: pass token=, token_provider= or client_id= and client_secret=, or set "
        f"{C.ENV_TOKEN}, or {C.ENV_CLIENT_ID} and {C.ENV_CLIENT_SECRET}; "
        "for no Authorization at all pass no_auth=True"
    )


def _issuer(token: TokenArg | NotGiven | None, explicit_credentials: bool) -> Issuer | None:
    """The tenant and environment a known access token names (its JWT `iss`), as Corti's
    SDKs read them; `CORTI_TOKEN` counts when no other credential is given."""
    if isinstance(token, NotGiven) and not explicit_credentials:
        token = os.environ.get(C.ENV_TOKEN) or None
    if isinstance(token, Token):
        return read_issuer(token.access_token)
    return read_issuer(token) if isinstance(token, str) else None


def resolve_config(
    *,
    tenant_name: str | None,
    environment: str | None,
    base_url: str | None,
    auth_url: str | None,
    token: TokenArg | NotGiven | None,
    client_id: str | None,
    client_secret: str | None,
    timeout: TimeoutArg | NotGiven,
    token_provider: TokenProviderArg | None = None,
    no_auth: bool = False,
    max_retries: int | NotGiven | None,
    default_headers: Mapping[str, str] | None,
    stream_hosts: Iterable[str] | None,
) -> ClientConfig:
    """Check every argument (falling back to `CORTI_*` variables); `ValueError` if one is bad.

    With a bare access token (or a user's `Token`) and no `tenant_name`/`environment`/
    `base_url`, the tenant and environment come from the token's issuer before the variables;
    but a `CORTI_BASE_URL` names where to send, more precisely than an environment: it wins.
    """
    issuer = None if no_auth else _issuer(token, bool(client_id or client_secret))
    if tenant_name is None and issuer is not None:
        tenant_name = issuer.tenant_name
    if base_url is None and environment is None and issuer is not None and not _env(None, C.ENV_BASE_URL):
        environment = issuer.environment
    tenant = _env(tenant_name, C.ENV_TENANT_NAME)
    if tenant is None:
        raise ValueError(f"tenant_name is missing: pass tenant_name= or set {C.ENV_TENANT_NAME}")
    tenant = check_tenant_name(tenant)
    # An explicit environment= beats CORTI_BASE_URL; an explicit base_url= beats both.
    base = base_url if base_url is not None or environment is not None else _env(None, C.ENV_BASE_URL)
    if base is not None:
        url = check_service_url(base, name="base_url")
    else:
        env = _env(environment, C.ENV_ENVIRONMENT)
        url = httpx.URL(api_base_url(C.DEFAULT_ENVIRONMENT if env is None else env))
    token_url = (
        str(check_service_url(auth_url, name="auth_url")) if auth_url else derive_token_url(url, tenant)
    )
    headers = {
        "Tenant-Name": tenant,
        "User-Agent": f"corti-interactions-python/{package_version()}",
        "Accept": "application/json",
        "Content-Type": "application/json",
    }
    if default_headers is not None and not isinstance(default_headers, Mapping):
        raise ValueError(
            f"default_headers must be a mapping of names to values; got {type(default_headers).__name__}"
        )
    for key, value in (default_headers or {}).items():
        _check_header_text(key, value, name="default_headers")
        lower = key.lower()
        if lower in ("authorization", "tenant-name"):
            raise ValueError(f"default_headers may not set {key!r}; the client sets it")
        ours = next((name for name in headers if name.lower() == lower), None)
        replaced = headers.pop(ours) if ours is not None else None
        # The application's product first, then this client's.
        headers[key] = f"{value} {replaced}" if ours == "User-Agent" else value
    for key, value in headers.items():
        _check_header_text(key, value, name="default_headers")
    timeout_value = C.DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else as_timeout(timeout)
    return ClientConfig(
        tenant_name=tenant,
        base_url=str(url),
        auth=_auth(
            token=token,
            token_provider=token_provider,
            no_auth=no_auth,
            client_id=client_id,
            client_secret=client_secret,
            token_url=token_url,
            headers={k: v for k, v in headers.items() if k != "Content-Type"},
        ),
        timeout=timeout_value,
        timeout_dict=timeout_value.as_dict(),
        max_retries=C.DEFAULT_MAX_RETRIES
        if isinstance(max_retries, NotGiven)
        else check_max_retries(max_retries),
        headers=headers,
        stream_hosts=check_stream_hosts(stream_hosts) | {url_host(url)},
    )
