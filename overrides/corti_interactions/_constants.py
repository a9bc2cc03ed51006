"""Every default and tunable of the client, in one place."""

from __future__ import annotations

import httpx

__all__ = [
    "API_URL_TEMPLATE",
    "BULK_PARKED_PER_WORKER",
    "DEFAULT_BULK_CONCURRENCY",
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_ENVIRONMENT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ENV_ASYNC_TRANSPORT",
    "ENV_BASE_URL",
    "ENV_CLIENT_ID",
    "ENV_CLIENT_SECRET",
    "ENV_ENVIRONMENT",
    "ENV_LOG",
    "ENV_TENANT_NAME",
    "ENV_TOKEN",
    "INITIAL_RETRY_DELAY",
    "MAX_BULK_CONCURRENCY",
    "MAX_RETRIES_LIMIT",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "NOT_RETRIED_CODES",
    "RESENDABLE",
    "RETRYABLE_STATUSES",
    "STREAMED",
    "TOKEN_REFRESH_MARGIN",
]

# The spec's `servers[0].url` with its `environment` variable (a test keeps them equal).
API_URL_TEMPLATE = "https://api.{environment}.corti.app/v2"
DEFAULT_ENVIRONMENT = "eu"

# 60 s to read, write or wait for a pooled connection; 5 s to connect.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)

# Retries: 2 retries (3 attempts) on these statuses, connection errors and timeouts.
DEFAULT_MAX_RETRIES = 2
# More retries than this is a mistake, not a policy: 100 retries wait 10-13 minutes in backoff alone.
MAX_RETRIES_LIMIT = 100
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
INITIAL_RETRY_DELAY = 0.5  # seconds, doubled each retry ...
MAX_RETRY_DELAY = 8.0  # ... up to this, with jitter
MAX_RETRY_AFTER = 60.0  # a longer Retry-After is not waited for: the error is raised at once
# Error codes that no wait fixes, though their status is retryable: A0021 is Corti's 429 for
# "insufficient balance", a spent credit quota (the spec's TooManyRequests description).
NOT_RETRIED_CODES = frozenset({"A0021"})

# Bulk runs (`<method>_many()`, `--from FILE`): calls at once, and how many items waiting
# behind a call for the same id may be read ahead per worker (what bounds a run's memory).
DEFAULT_BULK_CONCURRENCY = 16
MAX_BULK_CONCURRENCY = 256
BULK_PARKED_PER_WORKER = 4

# The pool a client makes holds as many connections as a bulk run may have calls at once:
# a call beyond the pool's size would only queue for a connection and fail on the pool
# timeout. Connections open on demand, and only 20 idle ones are kept (httpx's transport).
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=MAX_BULK_CONCURRENCY, max_keepalive_connections=20)

# A cached token is refreshed this long before it expires (at most half its lifetime).
TOKEN_REFRESH_MARGIN = 120.0

ENV_TENANT_NAME = "CORTI_TENANT_NAME"
ENV_ENVIRONMENT = "CORTI_ENVIRONMENT"
ENV_BASE_URL = "CORTI_BASE_URL"
ENV_TOKEN = "CORTI_TOKEN"
ENV_CLIENT_ID = "CORTI_CLIENT_ID"
ENV_CLIENT_SECRET = "CORTI_CLIENT_SECRET"
ENV_LOG = "CORTI_LOG"
ENV_ASYNC_TRANSPORT = "CORTI_ASYNC_TRANSPORT"

RESENDABLE = "corti_interactions.resendable"
"""Request extension: False when the body cannot be sent again (an iterator): no retry."""
STREAMED = "corti_interactions.streamed"
"""Request extension: True when the answer's body is read by the caller as iterated, so a
transport that reads bodies at once (aiohttp's) leaves it unread."""
