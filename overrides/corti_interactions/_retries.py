"""Retry policy: should this answer be retried, and after how long?

Retrying `PATCH /interactions/{id}` is safe because the update is a merge of the given
fields: sending the same body twice leaves the interaction as sending it once (timestamps
aside). So a timeout or a dropped connection, after which nobody knows whether the update
was applied, can be retried without harm.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable
from datetime import UTC

import httpx

from ._constants import (
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    NOT_RETRIED_CODES,
    RETRYABLE_STATUSES,
)

# Failures after which the request surely did not reach the service (so it may be sent again).
UNSENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

__all__ = [
    "UNSENT_ERRORS",
    "backoff_delay",
    "retry_after",
    "retry_delay",
    "should_retry_error",
    "should_retry_status",
]


def should_retry_status(status_code: int, code: str | None = None) -> bool:
    """408, 429, 500, 502, 503 and 504 are retried; any other error status is not, nor one
    whose error code says no wait helps (`code`, e.g. A0021: insufficient balance)."""
    return status_code in RETRYABLE_STATUSES and code not in NOT_RETRIED_CODES


# Failures after which the same request may well succeed: the network (refused, reset, timed
# out), a connection the server dropped, a body a gateway garbled. Anything else httpx raises
# (a header it refuses, a scheme no transport speaks, a proxy's refusal) fails the same way
# every time.
_TRANSIENT_ERRORS = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    httpx.DecodingError,
)


def should_retry_error(exc: Exception) -> bool:
    """Timeouts, network errors, dropped connections and garbled bodies are retried."""
    return isinstance(exc, _TRANSIENT_ERRORS)


def _seconds(value: str, scale: float) -> float | None:
    try:
        seconds = float(value) * scale
    except ValueError:
        return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def retry_after(headers: httpx.Headers, *, now: Callable[[], float] = time.time) -> float | None:
    """The wait the service asked for, in seconds, or `None` if it asked for none (or garbage).

    `retry-after-ms` (milliseconds) wins over `Retry-After`, which is seconds (possibly
    fractional) or an HTTP date.
    """
    if (ms := headers.get("retry-after-ms")) is not None and (
        seconds := _seconds(ms.strip(), 0.001)
    ) is not None:
        return seconds
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if (seconds := _seconds(value, 1.0)) is not None:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # an HTTP date is always GMT
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now())


# 2.0 ** 1024 overflows a float; any exponent past this one is already over the cap.
_MAX_EXPONENT = 64


def backoff_delay(retry_number: int, *, rand: Callable[[], float] = random.random) -> float:
    """Exponential backoff: 0.5 s, 1 s, 2 s, ... capped at 8 s, less up to 25 % jitter."""
    exponent = min(max(retry_number - 1, 0), _MAX_EXPONENT)
    delay = min(INITIAL_RETRY_DELAY * 2.0**exponent, MAX_RETRY_DELAY)
    return delay * (1.0 - 0.25 * rand())


def retry_delay(
    retry_number: int,
    headers: httpx.Headers | None,
    *,
    rand: Callable[[], float] = random.random,
    now: Callable[[], float] = time.time,
) -> float | None:
    """How long to wait before retry number `retry_number` (1-based).

    `None` means do not retry: the service asked for a wait over `MAX_RETRY_AFTER`.
    """
    if headers is not None:
        asked = retry_after(headers, now=now)
        if asked is not None:
            return asked if asked <= MAX_RETRY_AFTER else None
    return backoff_delay(retry_number, rand=rand)
