"""The five token requests Corti's Keycloak takes (form bodies as Corti's SDKs send them),
the authorize URL, and reading a token answer. No I/O: `CortiAuth` and the clients' token
sources send what these build.

Every argument is checked here, before a request exists; messages name the argument, never
its value (it may be a secret).
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from urllib.parse import urlencode

import httpx

from corti_interactions._exceptions import APIResponseValidationError

from .common import Timeouts
from .tokens import Token, scope_string

__all__ = [
    "authorization_code_form",
    "authorize_url",
    "client_credentials_form",
    "password_form",
    "read_token",
    "refresh_form",
    "token_request",
]

Form = dict[str, str]


def _text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty string")
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in value):
        raise ValueError(f"{name} must not contain control characters")
    return value


def _secret(form: Form, value: object, name: str = "client_secret") -> Form:
    if value is not None:
        form[name] = _text(value, name)
    return form


def client_credentials_form(client_id: str, client_secret: str, scopes: Sequence[str] | None) -> Form:
    """`grant_type=client_credentials`."""
    return {
        "grant_type": "client_credentials",
        "client_id": _text(client_id, "client_id"),
        "client_secret": _text(client_secret, "client_secret"),
        "scope": scope_string(scopes),
    }


def password_form(
    client_id: str, username: str, password: str, client_secret: str | None, scopes: Sequence[str] | None
) -> Form:
    """`grant_type=password` (ROPC): a user's own credentials, for trusted backends only."""
    form = {
        "grant_type": "password",
        "client_id": _text(client_id, "client_id"),
        "username": _text(username, "username"),
        "password": _text(password, "password"),
        "scope": scope_string(scopes),
    }
    return _secret(form, client_secret)


def refresh_form(
    client_id: str, refresh_token: str | Token, client_secret: str | None, scopes: Sequence[str] | None
) -> Form:
    """`grant_type=refresh_token` (the secret only for a confidential client)."""
    if isinstance(refresh_token, Token):
        if refresh_token.refresh_token is None:
            raise ValueError("this token has no refresh token (client credentials give none)")
        refresh_token = refresh_token.refresh_token
    form = {
        "grant_type": "refresh_token",
        "client_id": _text(client_id, "client_id"),
        "refresh_token": _text(refresh_token, "refresh_token"),
        "scope": scope_string(scopes),
    }
    return _secret(form, client_secret)


def authorization_code_form(
    client_id: str,
    code: str,
    redirect_uri: str,
    *,
    client_secret: str | None,
    code_verifier: str | None,
    scopes: Sequence[str] | None,
) -> Form:
    """`grant_type=authorization_code`: with the client secret (a server-side app), the PKCE
    verifier (a public client), or both."""
    if client_secret is None and code_verifier is None:
        raise ValueError(
            "authorization_code needs client_secret= (a confidential client) or code_verifier= (PKCE)"
        )
    form = {
        "grant_type": "authorization_code",
        "client_id": _text(client_id, "client_id"),
        "code": _text(code, "code"),
        "redirect_uri": _text(redirect_uri, "redirect_uri"),
        "scope": scope_string(scopes),
    }
    _secret(form, client_secret)
    return _secret(form, code_verifier, "code_verifier")


def token_request(token_url: str, form: Mapping[str, str], timeout: Timeouts | None) -> httpx.Request:
    """The POST to the token endpoint: a form, no bearer, no `Tenant-Name` (as Corti's SDKs)."""
    return httpx.Request(
        "POST",
        token_url,
        data=dict(form),
        headers={"Accept": "application/json"},
        extensions={"timeout": timeout} if timeout else {},
    )


def authorize_url(
    url: str,
    *,
    client_id: str,
    redirect_uri: str,
    scopes: Sequence[str] | None,
    code_challenge: str | None,
    state: str | None,
) -> str:
    """Keycloak's authorize URL, parameters in the order Corti's SDKs build them (`openid
    profile` always asked for); with a PKCE challenge, `code_challenge_method=S256`."""
    query = {
        "response_type": "code",
        "scope": scope_string(scopes, always=("openid", "profile")),
        "client_id": _text(client_id, "client_id"),
        "redirect_uri": _text(redirect_uri, "redirect_uri"),
    }
    if code_challenge is not None:
        query["code_challenge"] = _text(code_challenge, "code_challenge")
        query["code_challenge_method"] = "S256"
    if state is not None:
        query["state"] = _text(state, "state")
    return f"{url}?{urlencode(query)}"


def read_token(response: httpx.Response) -> Token | APIResponseValidationError:
    """The `Token` of a success answer, or the error to raise if it is unusable (the body
    holds a token, so it stays out of the error)."""
    try:
        data = response.json()
    except ValueError:  # not JSON (JSONDecodeError, UnicodeDecodeError)
        return _unreadable(response, "not JSON")
    if not isinstance(data, dict):
        return _unreadable(response, "the answer is not a JSON object")
    try:
        return Token.from_response(data, now=time.time())
    except ValueError as exc:  # its message names the field, never a token
        return _unreadable(response, str(exc))


def _unreadable(response: httpx.Response, problem: str) -> APIResponseValidationError:
    what = f"token request to {response.request.url.host}{response.request.url.path}"
    return APIResponseValidationError(response, reason=f"{what}: {problem}", body=None)
