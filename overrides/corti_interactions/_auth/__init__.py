"""Bearer tokens for every request, as `httpx.Auth` flows.

- `StaticToken`: a fixed token, or a callable asked before each request.
- `ClientCredentials`: OAuth2 client credentials against Corti's Keycloak. The token is
  cached and refreshed `TOKEN_REFRESH_MARGIN` before it expires. Threads (sync) or tasks
  (async) that find it stale share one refresh: the first leads it, the others wait on a
  future and get its token, or a copy of its error. No lock is held across I/O, a yield or
  an await, so a failed or cancelled refresh leaves nothing locked. A waiter waits no
  longer than its own call's timeout. A rejected token (401, or Corti's 403 A0004
  "invalid token") forces one refresh and one resend, not more.

Secrets stay out of the frames an exception carries (error trackers record frame locals):
the flows hold no token in a local while they can raise. Staleness is a generation number
(which token a request was sent with), and the header is set by a method that returns.

The token request is sent by the client's sender (the same connection pool, TLS settings
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
from .static import StaticToken

__all__ = [
    "RESENDS",
    "TOKEN_RULE",
    "AsyncSend",
    "ClientCredentials",
    "ScopedToken",
    "StaticToken",
    "SyncSend",
    "TokenSource",
    "is_header_token",
    "token_rejected",
]
