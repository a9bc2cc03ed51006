"""Where requests go: the environment template, base URLs, the token URL, the tenant.

Every value here ends up in a URL or a header, so each is checked before any request is
built: no environment, base URL or tenant name can move requests (and the bearer token) to
another host, or split a header.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import quote

import httpx

from ._constants import API_URL_TEMPLATE

__all__ = [
    "api_base_url",
    "check_service_url",
    "check_stream_url",
    "check_tenant_name",
    "derive_token_url",
]

_DNS_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def check_tenant_name(tenant_name: str) -> str:
    """Return `tenant_name` if it can go into a header; `ValueError` naming the problem if not."""
    if not isinstance(tenant_name, str) or not tenant_name:
        raise ValueError("tenant_name must be a non-empty string (e.g. 'copiloteu')")
    if tenant_name != tenant_name.strip(" "):
        raise ValueError("tenant_name must not start or end with a space")
    for char in tenant_name:
        if not " " <= char <= "~":
            raise ValueError(f"tenant_name may hold only visible ASCII characters; found {char!r}")
    return tenant_name


def api_base_url(environment: str) -> str:
    """Fill the spec's server template: `eu` -> `https://api.eu.corti.app/v2`."""
    if not isinstance(environment, str) or not _DNS_LABEL.fullmatch(environment):
        raise ValueError(
            f"environment must be one DNS label (lowercase letters, digits, hyphens), "
            f"such as 'eu' or 'us'; got {environment!r}"
        )
    return API_URL_TEMPLATE.format(environment=environment)


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_service_url(url: str, *, name: str) -> httpx.URL:
    """Parse a base or token URL: `https://`, or `http://` to a loopback host only.

    No credentials, query or fragment: they would leak into logs or change the request.
    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(f"{name} is not a valid URL: {exc}") from None
    if not parsed.host:
        raise ValueError(f"{name} must be an absolute URL with a host, e.g. 'https://proxy.example/v2'")
    if parsed.scheme == "http":
        if not _is_loopback(parsed.host):
            raise ValueError(
                f"{name} must use https:// (http:// is allowed only for loopback hosts, "
                f"such as a local test server); got host {parsed.host!r}"
            )
    elif parsed.scheme != "https":
        raise ValueError(f"{name} must use https://; got scheme {parsed.scheme!r}")
    if parsed.userinfo:
        raise ValueError(f"{name} must not contain credentials (user:password@)")
    if parsed.query or parsed.fragment:
        raise ValueError(f"{name} must not contain a query or fragment")
    return parsed.copy_with(path=parsed.path.rstrip("/"))


def derive_token_url(base_url: httpx.URL, tenant_name: str) -> str:
    """The OAuth2 token URL that goes with an API base URL.

    `https://api.eu.corti.app/v2` -> `https://auth.eu.corti.app/realms/{tenant}/...`; any
    other host (a proxy, a local fake) serves the token endpoint itself, at its root.
    """
    host = base_url.host
    if host.startswith("api."):
        host = "auth." + host[len("api.") :]
    path = f"/realms/{quote(tenant_name, safe='')}/protocol/openid-connect/token"
    return str(base_url.copy_with(host=host, path=path))


def check_stream_url(url: str) -> None:
    """A `websocketUrl` may carry the token only over `wss://` (or `ws://` to loopback)."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        raise ValueError("the interaction's websocketUrl is not a valid URL") from None
    secure = parsed.scheme == "wss" or (parsed.scheme == "ws" and _is_loopback(parsed.host))
    if not secure or parsed.userinfo:
        raise ValueError(
            "refusing to put the token on the interaction's websocketUrl: it must be wss:// "
            f"(ws:// only for loopback hosts); got scheme {parsed.scheme!r}"
        )
