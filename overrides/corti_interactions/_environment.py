"""Where requests go: the environment template, base URLs, the token URL, the tenant.

Every value here ends up in a URL or a header, so each is checked before any request is
built: no environment, base URL or tenant name can move requests (and the bearer token) to
another host, or split a header.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Collection, Iterable
from urllib.parse import quote, unquote

import httpx

from ._constants import API_URL_TEMPLATE

__all__ = [
    "api_base_url",
    "check_service_url",
    "check_stream_hosts",
    "check_tenant_name",
    "derive_token_url",
    "stream_url_with_token",
    "url_host",
]

_DNS_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})
_HOST = re.compile(r"[a-z0-9._:-]+")  # a DNS name (IDNA-encoded) or an IP address


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


def url_host(url: httpx.URL) -> str:
    """The host as `stream_hosts` compares it: ASCII (IDNA), lowercase, IPv6 without brackets."""
    return url.raw_host.decode("ascii")


def check_stream_hosts(hosts: Iterable[str] | None) -> frozenset[str]:
    """The host names in `stream_hosts=`, spelled as `url_host` spells them.

    Each must be a bare host name or IP address (`[::1]` or `::1`): no scheme, port, path or
    credentials, which would say more than a host and could never match one.
    """
    if hosts is None:
        return frozenset()
    if isinstance(hosts, str):
        raise ValueError("stream_hosts must be a list of host names, not one string")
    checked = set()
    for host in hosts:
        literal = f"[{host}]" if isinstance(host, str) and ":" in host and "[" not in host else host
        try:
            parsed = httpx.URL(f"wss://{literal}/") if isinstance(literal, str) else None
        except httpx.InvalidURL:
            parsed = None
        if (
            parsed is None
            or not _HOST.fullmatch(url_host(parsed))
            or parsed.port is not None
            or parsed.userinfo
            or parsed.raw_path != b"/"
        ):
            raise ValueError(
                f"stream_hosts must hold bare host names such as 'api.eu.corti.app'; got {host!r}"
            )
        checked.add(url_host(parsed))
    return frozenset(checked)


def stream_url_with_token(url: str, token: str, *, allowed_hosts: Collection[str]) -> str:
    """`url` (an interaction's `websocketUrl`) with `token=Bearer <token>` in its query.

    The token goes only where the API's own token goes: `wss://` (`ws://` only to a loopback
    host), no `user:password@`, and a host in `allowed_hosts` (the base URL's and the client's
    `stream_hosts`, spelled as `url_host` spells them). A `#fragment` is refused: websocket
    URLs have none (RFC 6455), and a token after one would never be sent. Anything else is a
    `ValueError` naming the host or the problem, never the token. An old `token` parameter is
    replaced; the rest of the query is kept byte for byte.

    >>> stream_url_with_token("wss://api.eu.corti.app/s", "t", allowed_hosts={"api.eu.corti.app"})
    'wss://api.eu.corti.app/s?token=Bearer%20t'
    """
    refusing = "refusing to put the token on the interaction's websocketUrl"
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        raise ValueError(f"{refusing}: it is not a valid URL") from None
    if not (parsed.scheme == "wss" or (parsed.scheme == "ws" and _is_loopback(parsed.host))):
        raise ValueError(
            f"{refusing}: it must be wss:// (ws:// only for loopback hosts); got scheme {parsed.scheme!r}"
        )
    if parsed.userinfo:
        raise ValueError(f"{refusing}: it must not contain credentials (user:password@)")
    host = url_host(parsed)
    if host not in allowed_hosts:
        raise ValueError(
            f"{refusing}: its host {host!r} is not the API's ({', '.join(sorted(allowed_hosts))}); "
            f"if it is Corti's, pass stream_hosts=[{host!r}] to the client"
        )
    if parsed.fragment:
        raise ValueError(f"{refusing}: it has a #fragment, which a websocket URL may not have")
    kept = [
        pair
        for pair in parsed.query.split(b"&")
        if pair and unquote(pair.split(b"=", 1)[0].decode("ascii")) != "token"
    ]
    kept.append(b"token=" + quote(f"Bearer {token}", safe="").encode("ascii"))
    return str(parsed.copy_with(query=b"&".join(kept)))
