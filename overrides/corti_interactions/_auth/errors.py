"""Keycloak's refusals as exceptions: `OAuthError` and a subclass per common `error`.

Keycloak answers OAuth2's `{"error", "error_description"}` (RFC 6749 §5.2); the exception
carries both, and like every `APIStatusError` a redacted request (no form: it holds the
password, secret, code or verifier) and no token.
"""

from __future__ import annotations

from corti_interactions._exceptions import APIStatusError, CortiError

__all__ = [
    "InvalidClientError",
    "InvalidGrantError",
    "InvalidScopeError",
    "OAuthError",
    "SignInRequiredError",
    "UnauthorizedClientError",
    "oauth_error",
]


class OAuthError(APIStatusError):
    """Corti's Keycloak refused a token request: `error` (e.g. `invalid_grant`) and
    `error_description` say why, as Keycloak said it."""

    @property
    def error(self) -> str | None:
        """Keycloak's `error` code, e.g. `invalid_grant`."""
        return self.code

    @property
    def error_description(self) -> str | None:
        """Keycloak's explanation, e.g. `Invalid user credentials`."""
        return self.detail


class InvalidGrantError(OAuthError):
    """`invalid_grant`: a wrong username or password, or a code or refresh token that is
    expired, used already, or issued to another client or redirect URI."""


class InvalidClientError(OAuthError):
    """`invalid_client`: an unknown client id or a wrong client secret."""


class UnauthorizedClientError(OAuthError):
    """`unauthorized_client`: the client may not use this grant (e.g. a public client and
    client credentials)."""


class InvalidScopeError(OAuthError):
    """`invalid_scope`: a scope the client may not ask for."""


class SignInRequiredError(CortiError):
    """The client's tokens can no longer be renewed (the refresh token expired or was
    refused): the user must sign in again."""


_BY_ERROR: dict[str, type[OAuthError]] = {
    "invalid_grant": InvalidGrantError,
    "invalid_client": InvalidClientError,
    "unauthorized_client": UnauthorizedClientError,
    "invalid_scope": InvalidScopeError,
}


def oauth_error(error: APIStatusError) -> OAuthError:
    """The `OAuthError` for a token endpoint's error answer (its subclass by `error`)."""
    if isinstance(error, OAuthError):
        return error
    cls = _BY_ERROR.get(error.code or "", OAuthError)
    converted = cls(error.message, response=error.response, body=error.body, request_id=error.request_id)
    converted.attempts, converted.message, converted.args = error.attempts, error.message, error.args
    return converted
