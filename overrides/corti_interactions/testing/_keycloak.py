"""The fake's Keycloak: the realm's token and authorize endpoints, as Corti's answer them.

One confidential client (id and secret), one public client (no secret: PKCE and ROPC from a
browser or a native app) and one user (username and password). Every grant Corti's SDKs use
(`client_credentials` with `scope`, `password`, `refresh_token`, `authorization_code` with and
without PKCE S256); refresh tokens rotate (the old one stops working); codes are single-use,
short-lived and bound to their client, redirect URI and PKCE challenge. The authorize
endpoint signs the fake's user in at once and redirects to `redirect_uri?state=...&code=...`;
it accepts only loopback redirect URIs (`http://127.0.0.1` or `http://localhost`, any port
and path). Refusals have Keycloak's shape: `{"error", "error_description"}`.

Access tokens are JWT-shaped (HS256 with a key of the fake's own; nothing checks the
signature but the fake) with Corti's issuer, `https://auth.{environment}.corti.app/realms/
{tenant}`, from which Corti's SDKs read the tenant and environment, and a `scope` claim. A
token scoped to `streams` or `transcribe` opens only that socket and is refused on REST.

Every method assumes the caller holds the fake's lock.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit

__all__ = ["KNOWN_SCOPES", "SOCKET_SCOPES", "Keycloak", "KeycloakAnswer"]

KNOWN_SCOPES = frozenset({"openid", "profile", "email", "offline_access", "streams", "transcribe"})
SOCKET_SCOPES = frozenset({"streams", "transcribe"})
"""Scopes that limit a token to one socket each (Corti's security best practices)."""

KeycloakAnswer = tuple[int, dict[str, Any]]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _refusal(status: int, error: str, description: str) -> KeycloakAnswer:
    return status, {"error": error, "error_description": description}


def loopback_redirect(uri: str) -> bool:
    """Whether `uri` is a loopback redirect (`http://127.0.0.1` or `http://localhost`, any
    port and path), the only kind the fake's clients accept."""
    try:
        parts = urlsplit(uri)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        return False
    return (
        parts.scheme == "http"
        and parts.hostname in ("127.0.0.1", "localhost")
        and "@" not in parts.netloc
        and not parts.fragment
    )


@dataclass(slots=True)
class _Grant:
    """What a refresh token or a code stands for."""

    client_id: str
    scope: str
    subject: str
    expires: float  # monotonic
    redirect_uri: str = ""
    challenge: str | None = None


@dataclass
class Keycloak:
    """The realm's clients, user and issued tokens; see the module docstring."""

    tenant_name: str
    environment: str
    client_id: str
    client_secret: str
    public_client_id: str
    username: str
    password: str
    token_expires_in: float
    refresh_expires_in: float = 1800.0
    code_expires_in: float = 60.0
    tokens: dict[str, tuple[float, str]] = field(default_factory=dict)  # token -> (expiry, scope)
    refresh_tokens: dict[str, _Grant] = field(default_factory=dict)
    codes: dict[str, _Grant] = field(default_factory=dict)
    _key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    _issued: int = 0

    @property
    def issuer(self) -> str:
        """The `iss` of every token: Corti's, as its SDKs parse it."""
        return f"https://auth.{self.environment}.corti.app/realms/{self.tenant_name}"

    # -- access tokens -------------------------------------------------------------------
    def issue_token(
        self, scope: str = "openid", client_id: str = "", subject: str = "", *, bound: int = 10_000
    ) -> str:
        """A new access token (JWT-shaped) for `scope`; at most about `bound` are remembered."""
        now, wall = time.monotonic(), time.time()
        if len(self.tokens) >= bound:  # forget expired tokens: they are refused either way
            self.tokens = {t: v for t, v in self.tokens.items() if v[0] > now}
        self._issued += 1
        claims = {
            "exp": wall + self.token_expires_in,
            "iat": int(wall),
            "jti": f"{self._issued:08d}-{secrets.token_hex(4)}",
            "iss": self.issuer,
            "sub": subject or f"service-account-{client_id or self.client_id}",
            "typ": "Bearer",
            "azp": client_id or self.client_id,
            "scope": scope,
        }
        header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
        signature = _b64(hmac.new(self._key, f"{header}.{payload}".encode(), hashlib.sha256).digest())
        token = f"{header}.{payload}.{signature}"
        self.tokens[token] = (now + self.token_expires_in, scope)
        return token

    def token_scopes(self, token: str) -> frozenset[str] | None:
        """The scopes of a valid token; None if it is unknown or expired."""
        found = self.tokens.get(token)
        if found is None or time.monotonic() >= found[0]:
            return None
        return frozenset(found[1].split())

    def allows_rest(self, token: str) -> bool:
        """Whether a (valid) token may call the REST API: not one limited to a socket."""
        return not (self.token_scopes(token) or frozenset()) & SOCKET_SCOPES

    def allows_socket(self, token: str, path: str) -> bool:
        """Whether a token may open the socket at `path` (`.../streams`, `/transcribe`)."""
        scopes = self.token_scopes(token)
        if scopes is None:
            return False
        limited = scopes & SOCKET_SCOPES
        return not limited or path.rstrip("/").rsplit("/", 1)[-1] in limited

    def expire_all(self) -> None:
        """Every access token issued so far is expired from now on."""
        self.tokens = {token: (0.0, scope) for token, (_, scope) in self.tokens.items()}

    def reset(self) -> None:
        """Forget every token and code."""
        self.tokens.clear()
        self.refresh_tokens.clear()
        self.codes.clear()

    # -- the token endpoint --------------------------------------------------------------
    def grant(self, tenant: str, form: dict[str, str]) -> KeycloakAnswer:
        """Answer a token request: (status, JSON body)."""
        if tenant != self.tenant_name:
            return 404, {"error": "Realm does not exist"}
        grant_type = form.get("grant_type", "")
        handler = {
            "client_credentials": self._client_credentials,
            "password": self._password,
            "refresh_token": self._refresh,
            "authorization_code": self._authorization_code,
        }.get(grant_type)
        if handler is None:
            return _refusal(400, "unsupported_grant_type", "Unsupported grant_type")
        client = self._client(form)
        if isinstance(client, tuple):
            return client
        return handler(client, form)

    def _client(self, form: dict[str, str]) -> str | KeycloakAnswer:
        """The authenticated client's id, or the refusal."""
        client_id, secret = form.get("client_id", ""), form.get("client_secret")
        if secrets.compare_digest(client_id, self.public_client_id):
            return client_id  # a public client has no secret; one sent is ignored, as Keycloak does
        if not secrets.compare_digest(client_id, self.client_id):
            return _refusal(401, "invalid_client", "Invalid client or Invalid client credentials")
        if secret is None:
            return _refusal(401, "invalid_client", "Client secret not provided in request")
        if not secrets.compare_digest(secret, self.client_secret):
            return _refusal(401, "invalid_client", "Invalid client or Invalid client credentials")
        return client_id

    @staticmethod
    def _scope(requested: str | None, allowed: frozenset[str] = KNOWN_SCOPES) -> str | KeycloakAnswer:
        asked = (requested or "openid").split()
        unknown = [s for s in asked if s not in allowed]
        if unknown:
            return _refusal(400, "invalid_scope", f"Invalid scopes: {' '.join(asked)}")
        return " ".join(dict.fromkeys(asked))

    def _answer(self, client_id: str, scope: str, subject: str, *, refresh: bool) -> KeycloakAnswer:
        lifetime = self.token_expires_in
        body: dict[str, Any] = {
            "access_token": self.issue_token(scope, client_id, subject),
            # as given: a lifetime under a second is not rounded to 0 (or up)
            "expires_in": int(lifetime) if float(lifetime).is_integer() else lifetime,
            "refresh_expires_in": 0,
            "token_type": "Bearer",
            "not-before-policy": 0,
            "scope": scope,
        }
        if refresh:
            token = secrets.token_urlsafe(32)
            self.refresh_tokens[token] = _Grant(
                client_id, scope, subject, time.monotonic() + self.refresh_expires_in
            )
            refresh_in = self.refresh_expires_in
            body["refresh_token"] = token
            body["refresh_expires_in"] = int(refresh_in) if float(refresh_in).is_integer() else refresh_in
            body["session_state"] = secrets.token_hex(8)
        return 200, body

    def _client_credentials(self, client_id: str, form: dict[str, str]) -> KeycloakAnswer:
        if client_id == self.public_client_id:
            return _refusal(
                400, "unauthorized_client", "Public client not allowed to retrieve service account"
            )
        scope = self._scope(form.get("scope"))
        if isinstance(scope, tuple):
            return scope
        return self._answer(client_id, scope, "", refresh=False)

    def _password(self, client_id: str, form: dict[str, str]) -> KeycloakAnswer:
        scope = self._scope(form.get("scope"))
        if isinstance(scope, tuple):
            return scope
        username_ok = secrets.compare_digest(form.get("username", ""), self.username)
        password_ok = secrets.compare_digest(form.get("password", ""), self.password)
        if not (username_ok and password_ok):
            return _refusal(401, "invalid_grant", "Invalid user credentials")
        return self._answer(client_id, scope, self.username, refresh=True)

    def _refresh(self, client_id: str, form: dict[str, str]) -> KeycloakAnswer:
        grant = self.refresh_tokens.get(form.get("refresh_token", ""))
        if grant is None:
            return _refusal(400, "invalid_grant", "Invalid refresh token")
        if time.monotonic() >= grant.expires:
            del self.refresh_tokens[form["refresh_token"]]
            return _refusal(400, "invalid_grant", "Token is not active")
        if grant.client_id != client_id:
            return _refusal(400, "invalid_grant", "Token client and authorized client don't match")
        scope = self._scope(form.get("scope") or grant.scope, frozenset(grant.scope.split()) | {"openid"})
        if isinstance(scope, tuple):
            return scope
        del self.refresh_tokens[form["refresh_token"]]  # rotated: the old one stops working
        return self._answer(client_id, scope, grant.subject, refresh=True)

    def _authorization_code(self, client_id: str, form: dict[str, str]) -> KeycloakAnswer:
        grant = self.codes.pop(form.get("code", ""), None)  # single-use: gone on first sight
        if grant is None or time.monotonic() >= grant.expires:
            return _refusal(400, "invalid_grant", "Code not valid")
        if grant.client_id != client_id:
            return _refusal(400, "invalid_grant", "Auth error")
        if form.get("redirect_uri") != grant.redirect_uri:
            return _refusal(400, "invalid_grant", "Incorrect redirect_uri")
        verifier = form.get("code_verifier")
        if grant.challenge is None:
            if verifier is not None:
                return _refusal(
                    400,
                    "invalid_grant",
                    "PKCE code verifier specified but challenge not present in authorization",
                )
        elif verifier is None:
            return _refusal(400, "invalid_grant", "PKCE code verifier not specified")
        else:
            computed = _b64(hashlib.sha256(verifier.encode("utf-8", "replace")).digest())
            if not secrets.compare_digest(computed, grant.challenge):
                return _refusal(400, "invalid_grant", "PKCE verification failed: Invalid code verifier")
        return self._answer(client_id, grant.scope, grant.subject, refresh=True)

    # -- the authorize endpoint ------------------------------------------------------------
    def authorize(self, tenant: str, query: dict[str, str]) -> tuple[int, str]:
        """Sign the fake's user in: (302, the redirect) or (status, an error page's text)."""
        if tenant != self.tenant_name:
            return 404, "Realm does not exist"
        client_id, redirect_uri = query.get("client_id", ""), query.get("redirect_uri", "")
        if client_id not in (self.client_id, self.public_client_id):
            return 400, "Client not found."
        if not loopback_redirect(redirect_uri):
            return 400, "Invalid parameter: redirect_uri"
        state = {"state": query["state"]} if "state" in query else {}

        def back(**params: str) -> tuple[int, str]:
            joiner = "&" if "?" in redirect_uri else "?"
            return 302, f"{redirect_uri}{joiner}{urlencode({**state, **params})}"

        if query.get("response_type") != "code":
            return back(
                error="unsupported_response_type", error_description="Invalid parameter: response_type"
            )
        challenge, method = query.get("code_challenge"), query.get("code_challenge_method")
        if challenge is not None and method != "S256":
            return back(error="invalid_request", error_description="Invalid parameter: code_challenge_method")
        if challenge is None and client_id == self.public_client_id:
            return back(error="invalid_request", error_description="Missing parameter: code_challenge_method")
        scope = self._scope(query.get("scope"))
        if isinstance(scope, tuple):
            return back(error="invalid_scope", error_description=scope[1]["error_description"])
        code = secrets.token_urlsafe(32)
        self.codes[code] = _Grant(
            client_id,
            scope,
            self.username,
            time.monotonic() + self.code_expires_in,
            redirect_uri=redirect_uri,
            challenge=challenge,
        )
        return back(session_state=secrets.token_hex(8), iss=self.issuer, code=code)
