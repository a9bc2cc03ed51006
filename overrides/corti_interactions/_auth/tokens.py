"""What Keycloak hands out: `Token` (a token answer, typed) and `Pkce` (a verifier and its
challenge). Neither shows a secret in its repr or str, and neither can be pickled: a token
written to a file or a queue by accident is a token leaked."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NoReturn

from .common import TOKEN_RULE, is_header_token

__all__ = ["Issuer", "Pkce", "Token", "read_issuer", "scope_string"]

_SCOPE = re.compile(r"[A-Za-z0-9_.:-]+")
# Corti's SDKs read the tenant and environment from the issuer with this (JS decodeToken.ts,
# .NET TokenDecoder.cs): group 2 is the environment, group 3 the tenant (the realm).
_ISSUER = re.compile(r"^https://(keycloak|auth)\.([^./]+)\.corti\.app/realms/([^/]+)")


def _unpicklable(kind: str) -> NoReturn:
    raise TypeError(f"a {kind} holds secrets and cannot be pickled; store what you need of it yourself")


def scope_string(scopes: object, *, always: tuple[str, ...] = ("openid",)) -> str:
    """`openid` (and `always`) followed by `scopes`, de-duplicated, space-separated, as Corti's
    SDKs send it; `ValueError` for anything but a list of scope names."""
    if scopes is None:
        scopes = ()
    if isinstance(scopes, str) or not isinstance(scopes, list | tuple | set | frozenset):
        raise ValueError(f"scopes must be a list of scope names such as ['streams']; got {scopes!r}")
    for scope in scopes:
        if not isinstance(scope, str) or not _SCOPE.fullmatch(scope):
            raise ValueError(f"scopes must be a list of scope names such as ['streams']; got {scope!r}")
    return " ".join(dict.fromkeys([*always, *scopes]))


@dataclass(frozen=True, slots=True)
class Token:
    """A token answer from Corti's Keycloak: the access token and what came with it.

    `expires_at` and `refresh_expires_at` are Unix times (seconds), None when unknown; the
    refresh token is None when the grant gives none (client credentials). Its repr and str
    hide the tokens, and it cannot be pickled.

    >>> token = CortiAuth(tenant_name="copiloteu").client_credentials(client_id=..., client_secret=...)
    >>> token.access_token, token.expires_in, token.scope
    """

    access_token: str = field(repr=False)
    expires_at: float | None = None
    refresh_token: str | None = field(default=None, repr=False)
    refresh_expires_at: float | None = None
    scope: str | None = None
    token_type: str = "Bearer"  # noqa: S105 - a token type, not a token
    id_token: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not is_header_token(self.access_token):
            raise ValueError(f"access_token must be {TOKEN_RULE}")
        if self.refresh_token is not None and not is_header_token(self.refresh_token):
            raise ValueError(f"refresh_token must be {TOKEN_RULE}, or None")
        for name in ("expires_at", "refresh_expires_at"):
            value = getattr(self, name)
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value)
            ):
                raise ValueError(f"{name} must be a Unix time in seconds, or None; got {value!r}")

    @classmethod
    def from_response(cls, data: Mapping[str, Any], *, now: float | None = None) -> Token:
        """The token of a Keycloak token answer (its JSON); `ValueError` (naming no token)
        if it holds no usable access token or lifetime."""
        now = time.time() if now is None else now
        access, refresh = data.get("access_token"), data.get("refresh_token") or None
        if not is_header_token(access):
            raise ValueError(f"access_token is not {TOKEN_RULE}")
        if refresh is not None and not is_header_token(refresh):
            raise ValueError(f"refresh_token is not {TOKEN_RULE}")
        expires_in = _seconds(data.get("expires_in", 300), "expires_in")
        refresh_in = _seconds(data.get("refresh_expires_in"), "refresh_expires_in") if refresh else None
        id_token = data.get("id_token")
        scope = data.get("scope")
        return cls(
            access_token=access,
            expires_at=now + expires_in,
            refresh_token=refresh,
            # Keycloak's 0 means "no expiry of its own" (an offline token): unknown here
            refresh_expires_at=now + refresh_in if refresh_in else None,
            scope=scope if isinstance(scope, str) else None,
            token_type=str(data.get("token_type") or "Bearer"),
            id_token=id_token if isinstance(id_token, str) and id_token else None,
        )

    @property
    def expires_in(self) -> float | None:
        """Seconds until the access token expires (negative once it has), None if unknown."""
        return None if self.expires_at is None else self.expires_at - time.time()

    @property
    def scopes(self) -> tuple[str, ...]:
        """The granted scopes, e.g. `("openid", "streams")`."""
        return tuple((self.scope or "").split())

    def __str__(self) -> str:
        return repr(self)

    def __reduce__(self) -> NoReturn:
        _unpicklable("Token")

    def __copy__(self) -> Token:
        return self

    def __deepcopy__(self, memo: object) -> Token:
        return self


def _seconds(value: object, name: str) -> float:
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{name} is not a number of seconds") from None
    if not (math.isfinite(seconds) and seconds >= 0) or (name == "expires_in" and seconds == 0):
        raise ValueError(f"{name} is not a positive number of seconds")
    return seconds


@dataclass(frozen=True, slots=True)
class Pkce:
    """A PKCE code verifier and its S256 challenge (RFC 7636), as Corti's SDKs make them: the
    verifier is 32 random bytes, base64url without padding (43 characters).

    >>> pkce = Pkce.generate()
    >>> url = auth.authorize_url(client_id=..., redirect_uri=..., code_challenge=pkce.challenge)
    >>> token = auth.authorization_code(client_id=..., redirect_uri=..., code=code, code_verifier=pkce)
    """

    verifier: str = field(repr=False)
    challenge: str
    method: str = "S256"

    @classmethod
    def generate(cls) -> Pkce:
        """A fresh verifier and its challenge."""
        import secrets  # with the first sign-in that needs a verifier

        return cls.from_verifier(_b64url(secrets.token_bytes(32)))

    @classmethod
    def from_verifier(cls, verifier: str) -> Pkce:
        """The challenge of a verifier you have (43 to 128 unreserved characters)."""
        if not isinstance(verifier, str) or not re.fullmatch(r"[A-Za-z0-9._~-]{43,128}", verifier):
            raise ValueError("a PKCE code verifier is 43 to 128 characters of A-Z a-z 0-9 - . _ ~")
        return cls(verifier=verifier, challenge=_b64url(hashlib.sha256(verifier.encode("ascii")).digest()))

    def __str__(self) -> str:
        return repr(self)

    def __reduce__(self) -> NoReturn:
        _unpicklable("Pkce")


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass(frozen=True, slots=True)
class Issuer:
    """Where a Corti access token comes from: its tenant (realm) and environment."""

    tenant_name: str
    environment: str


def read_issuer(access_token: str) -> Issuer | None:
    """The tenant and environment in a JWT access token's `iss`, read as Corti's SDKs read it
    (the signature is not checked: the service does that); None if it is not a Corti JWT."""
    parts = access_token.split(".")
    if len(parts) != 3:
        return None
    try:
        claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, UnicodeDecodeError):
        return None
    issuer = claims.get("iss") if isinstance(claims, dict) else None
    found = _ISSUER.match(issuer) if isinstance(issuer, str) else None
    if found is None:
        return None
    from urllib.parse import unquote

    return Issuer(tenant_name=unquote(found.group(3)), environment=found.group(2))
