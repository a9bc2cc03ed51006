"""Bearer tokens for every request, as `httpx.Auth` flows, and the sign-in flows.

- `StaticToken`: a fixed token, or a callable asked before each request.
- `RenewingToken`: a cached token renewed ahead of expiry or when refused, one renewal
  shared by every concurrent call (`renewing`), obtained by
  - `ClientCredentials`: OAuth2 client credentials against Corti's Keycloak;
  - `UserTokens`: a user's tokens, renewed with the refresh grant (rotation kept);
  - `TokenProvider`: the application's function, sync or async.
- `NoAuth`: no `Authorization`, only when asked for.
- `CortiAuth`/`AsyncCortiAuth` (`signin`, imported from the package: it needs the sender):
  every grant, returning a `Token`; `Pkce`; Keycloak's refusals as `OAuthError`s.

Secrets stay out of the frames an exception carries (error trackers record frame locals):
the flows hold no token in a local while they can raise. Staleness is a generation number
(which token a request was sent with), and the header is set by a method that returns.

The client's token requests are sent by its sender (the same connection pool, TLS settings
and proxies as the API calls, the same retries and error mapping): a refused connection is
an `APIConnectionError`, a 5xx is retried, and that holds for `stream_url()` as well as for
an API call.
"""

from .client_credentials import ClientCredentials
from .common import (
    RESENDS,
    TOKEN_RULE,
    AsyncSend,
    ScopedToken,
    SyncSend,
    TokenSource,
    is_header_token,
    token_rejected,
)
from .errors import (
    InvalidClientError,
    InvalidGrantError,
    InvalidScopeError,
    OAuthError,
    SignInRequiredError,
    UnauthorizedClientError,
)
from .provider import ProviderResult, TokenProvider
from .renewing import RenewingToken
from .static import NoAuth, StaticToken
from .tokens import Issuer, Pkce, Token, read_issuer
from .user_tokens import UserTokens

__all__ = [
    "RESENDS",
    "TOKEN_RULE",
    "AsyncSend",
    "ClientCredentials",
    "InvalidClientError",
    "InvalidGrantError",
    "InvalidScopeError",
    "Issuer",
    "NoAuth",
    "OAuthError",
    "Pkce",
    "ProviderResult",
    "RenewingToken",
    "ScopedToken",
    "SignInRequiredError",
    "StaticToken",
    "SyncSend",
    "Token",
    "TokenProvider",
    "TokenSource",
    "UnauthorizedClientError",
    "UserTokens",
    "is_header_token",
    "read_issuer",
    "token_rejected",
]
