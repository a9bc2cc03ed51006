"""Where requests go: tenant names, environments, base URLs and the token URL."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import httpx
import pytest
import yaml
from corti_interactions import AsyncCortiClient, CortiClient
from corti_interactions._constants import API_URL_TEMPLATE
from corti_interactions._environment import (
    api_base_url,
    check_service_url,
    check_tenant_name,
    derive_token_url,
    stream_url_with_token,
)


def test_api_url_template_is_the_specs_server() -> None:
    spec = yaml.safe_load((files("corti_interactions_api") / "openapi.yaml").read_text())
    server = spec["servers"][0]
    assert server["url"] == API_URL_TEMPLATE
    assert server["variables"]["environment"]["default"] == "eu"


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ("eu", "https://api.eu.corti.app/v2"),
        ("us", "https://api.us.corti.app/v2"),
        ("beta-eu", "https://api.beta-eu.corti.app/v2"),
    ],
)
def test_environment_fills_the_template(environment: str, expected: str) -> None:
    assert api_base_url(environment) == expected
    client = CortiClient(tenant_name="t", environment=environment, token="x")
    assert client.base_url == expected


@pytest.mark.parametrize(
    "environment",
    ["", "eu.evil.com", "x/", "a@b", "a:1", "a#", "EU", "-eu", "eu-", "e u", "еu", "eu\n", "a" * 64],
)
def test_environment_that_could_move_the_host_is_refused(environment: str) -> None:
    with pytest.raises(ValueError, match="environment must be one DNS label"):
        CortiClient(tenant_name="t", environment=environment, token="x")


@pytest.mark.parametrize("tenant", ["copiloteu", "tenant-1", "a.b_c", "with inner space"])
def test_valid_tenant_names(tenant: str) -> None:
    assert check_tenant_name(tenant) == tenant


@pytest.mark.parametrize(
    ("tenant", "message"),
    [
        ("", "non-empty"),
        (" lead", "start or end with a space"),
        ("trail ", "start or end with a space"),
        ("a\r\nX-Evil: 1", "visible ASCII"),
        ("nul\x00", "visible ASCII"),
        ("tab\t", "visible ASCII"),
        ("café", "visible ASCII"),
        ("del\x7f", "visible ASCII"),
    ],
)
def test_bad_tenant_names_are_refused_at_construction(tenant: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CortiClient(tenant_name=tenant, token="x")


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("https://proxy.example/v2", "https://proxy.example/v2"),
        ("https://proxy.example/v2/", "https://proxy.example/v2"),
        ("http://127.0.0.1:8080/v2", "http://127.0.0.1:8080/v2"),
        ("http://localhost:9/v2", "http://localhost:9/v2"),
        ("http://[::1]:9/v2", "http://[::1]:9/v2"),
        ("http://127.5.0.1/v2", "http://127.5.0.1/v2"),
    ],
)
def test_base_url_replaces_the_whole_base(base_url: str, expected: str) -> None:
    client = CortiClient(tenant_name="t", environment="us", base_url=base_url, token="x")
    assert client.base_url == expected


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        ("http://api.eu.corti.app/v2", "must use https"),
        ("http://10.0.0.1/v2", "must use https"),
        ("http://localhost.evil.com/v2", "must use https"),
        ("ftp://x/v2", "must use https"),
        ("https://user:pw@proxy.example/v2", "credentials"),
        ("https://proxy.example/v2?x=1", "query or fragment"),
        ("https://proxy.example/v2#frag", "query or fragment"),
        ("/v2", "absolute URL"),
    ],
)
def test_unsafe_base_urls_are_refused(base_url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CortiClient(tenant_name="t", base_url=base_url, token="x")


@pytest.mark.parametrize(
    ("base_url", "tenant", "expected"),
    [
        (
            "https://api.eu.corti.app/v2",
            "copiloteu",
            "https://auth.eu.corti.app/realms/copiloteu/protocol/openid-connect/token",
        ),
        (
            "http://127.0.0.1:8123/v2",
            "acme",
            "http://127.0.0.1:8123/realms/acme/protocol/openid-connect/token",
        ),
        (
            "https://proxy.example/corti/v2",
            "a/b",
            "https://proxy.example/realms/a%2Fb/protocol/openid-connect/token",
        ),
    ],
)
def test_token_url_is_derived_from_the_base_url(base_url: str, tenant: str, expected: str) -> None:
    assert derive_token_url(check_service_url(base_url, name="base_url"), tenant) == expected


def test_explicit_auth_url_is_checked_and_used() -> None:
    client = CortiClient(
        tenant_name="t", client_id="i", client_secret="s", auth_url="https://sso.example/token"
    )
    assert "https://sso.example/token" in repr(client)
    with pytest.raises(ValueError, match="auth_url must use https"):
        CortiClient(tenant_name="t", client_id="i", client_secret="s", auth_url="http://sso.example/t")


def test_check_service_url_returns_httpx_url() -> None:
    assert isinstance(check_service_url("https://a.example", name="base_url"), httpx.URL)


# --- the websocket URL that carries the token ------------------------------------------------

API_HOSTS = frozenset({"api.eu.corti.app"})
STREAMS = "wss://api.eu.corti.app/audio-bridge/v2/interactions/3c90c3cc-0d44-4b50-8888-8dd25736052a/streams"


@pytest.mark.parametrize(
    ("url", "hosts", "expected"),
    [
        (STREAMS, API_HOSTS, f"{STREAMS}?token=Bearer%20tok"),
        ("wss://API.EU.corti.app/s", API_HOSTS, "wss://api.eu.corti.app/s?token=Bearer%20tok"),
        ("wss://api.eu.corti.app:8443/s", API_HOSTS, "wss://api.eu.corti.app:8443/s?token=Bearer%20tok"),
        ("wss://api.eu.corti.app/s?a=1", API_HOSTS, "wss://api.eu.corti.app/s?a=1&token=Bearer%20tok"),
        # the rest of the query is kept byte for byte; an old token is replaced, not doubled
        (
            "wss://api.eu.corti.app/s?a=1+2&b=%2F",
            API_HOSTS,
            "wss://api.eu.corti.app/s?a=1+2&b=%2F&token=Bearer%20tok",
        ),
        (
            "wss://api.eu.corti.app/s?token=old&a=1",
            API_HOSTS,
            "wss://api.eu.corti.app/s?a=1&token=Bearer%20tok",
        ),
        ("wss://api.eu.corti.app/s?%74oken=old", API_HOSTS, "wss://api.eu.corti.app/s?token=Bearer%20tok"),
        (
            "wss://api.eu.corti.app/s?tokens=1",
            API_HOSTS,
            "wss://api.eu.corti.app/s?tokens=1&token=Bearer%20tok",
        ),
        ("wss://api.eu.corti.app/s?", API_HOSTS, "wss://api.eu.corti.app/s?token=Bearer%20tok"),
        (
            "wss://stream.example/s",
            {"api.eu.corti.app", "stream.example"},
            "wss://stream.example/s?token=Bearer%20tok",
        ),
        ("ws://127.0.0.1:9/v2/s", {"127.0.0.1"}, "ws://127.0.0.1:9/v2/s?token=Bearer%20tok"),
        ("ws://localhost:9/s", {"localhost"}, "ws://localhost:9/s?token=Bearer%20tok"),
        ("ws://[::1]:9/s", {"::1"}, "ws://[::1]:9/s?token=Bearer%20tok"),
        (
            "wss://пример.example/s",
            {"xn--e1afmkfd.example"},
            "wss://xn--e1afmkfd.example/s?token=Bearer%20tok",
        ),
    ],
)
def test_stream_url_with_token(url: str, hosts: frozenset[str], expected: str) -> None:
    assert stream_url_with_token(url, "tok", allowed_hosts=hosts) == expected


def test_the_token_is_percent_encoded_in_the_query() -> None:
    url = stream_url_with_token(STREAMS, "a.b-c_d~e+f/g=", allowed_hosts=API_HOSTS)
    assert url == f"{STREAMS}?token=Bearer%20a.b-c_d~e%2Bf%2Fg%3D"
    assert httpx.URL(url).params["token"] == "Bearer a.b-c_d~e+f/g="


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("wss://evil.example/s", "host 'evil.example' is not the API's"),
        ("wss://api.eu.corti.app.evil.example/s", "host 'api.eu.corti.app.evil.example' is not"),
        ("wss://evil.example/s#api.eu.corti.app", "host 'evil.example'"),
        ("wss://api.eu.corti.app./s", "host 'api.eu.corti.app.' is not"),
        ("wss://api.us.corti.app/s", "pass stream_hosts=\\['api.us.corti.app'\\]"),
        ("wss://api.eu.corti.app/s#frag", "fragment"),
        ("wss://api.eu.corti.app/s?a=1#token=", "fragment"),
        ("ws://api.eu.corti.app/s", "must be wss://"),
        ("https://api.eu.corti.app/s", "must be wss://"),
        ("http://127.0.0.1/s", "must be wss://"),
        ("wss://user:pw@api.eu.corti.app/s", "user:password@"),
        ("wss://api.eu.corti.app@evil.example/s", "user:password@"),
        ("/relative/streams", "must be wss://"),
        ("wss://", "host '' is not"),
        ("wss://[::1", "not a valid URL"),
    ],
)
def test_stream_url_that_could_send_the_token_elsewhere_is_refused(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        stream_url_with_token(url, "secret-tok", allowed_hosts=API_HOSTS)
    assert "secret-tok" not in str(info.value)
    assert "pw" not in str(info.value)


def test_ws_to_loopback_still_needs_an_allowed_host() -> None:
    with pytest.raises(ValueError, match="host '127.0.0.1' is not"):
        stream_url_with_token("ws://127.0.0.1:9/s", "tok", allowed_hosts=API_HOSTS)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, {"api.eu.corti.app"}),
        ({"environment": "us"}, {"api.us.corti.app"}),
        ({"base_url": "https://proxy.example/v2"}, {"proxy.example"}),
        ({"base_url": "http://127.0.0.1:9/v2"}, {"127.0.0.1"}),
        (
            {"stream_hosts": ["Stream.Example", "api.us.corti.app"]},
            {"api.eu.corti.app", "stream.example", "api.us.corti.app"},
        ),
        ({"stream_hosts": ["[::1]", "::2"]}, {"api.eu.corti.app", "::1", "::2"}),
        ({"stream_hosts": ()}, {"api.eu.corti.app"}),
        ({"stream_hosts": ["Пример.example"]}, {"api.eu.corti.app", "xn--e1afmkfd.example"}),
    ],
)
def test_stream_hosts_are_the_base_urls_and_the_given_ones(
    kwargs: dict[str, Any], expected: set[str]
) -> None:
    assert CortiClient(tenant_name="t", token="x", **kwargs)._config.stream_hosts == expected
    client = AsyncCortiClient(tenant_name="t", token="x", async_transport="httpx", **kwargs)
    assert client._config.stream_hosts == expected


def test_stream_url_of_the_fakes_interaction(corti_fake: Any) -> None:
    """The fake names its own loopback origin, as Corti names the API's host."""
    stored = corti_fake.add_interaction()
    with CortiClient(
        base_url=corti_fake.base_url,
        tenant_name=corti_fake.tenant_name,
        client_id=corti_fake.client_id,
        client_secret=corti_fake.client_secret,
    ) as client:
        interaction = client.interactions.update(stored["id"])
        url = client.stream_url(interaction)
    origin = corti_fake.base_url.replace("http://", "ws://", 1).removesuffix("/v2")
    assert url.startswith(f"{origin}/audio-bridge/v2/interactions/")  # Corti's socket path
    assert httpx.URL(url).params["token"].startswith("Bearer ")


@pytest.mark.parametrize(
    "hosts",
    [
        "api.us.corti.app",
        ["wss://a.example"],
        ["a.example:443"],
        ["a.example/x"],
        ["user@a.example"],
        [""],
        [None],
        ["a b"],
        ["a.example?x"],
    ],
)
def test_stream_hosts_must_be_bare_host_names(hosts: Any) -> None:
    with pytest.raises(ValueError, match="stream_hosts"):
        CortiClient(tenant_name="t", token="x", stream_hosts=hosts)


@pytest.mark.parametrize("tenant", ["~", "!", "a~b!"])
def test_tenant_names_may_use_the_first_and_last_visible_ascii_characters(tenant: str) -> None:
    assert check_tenant_name(tenant) == tenant


@pytest.mark.parametrize(
    "url", [123, None, b"https://proxy.example/v2", "https://[::1/v2", "https://proxy.example:x/v2"]
)
@pytest.mark.parametrize("name", ["base_url", "auth_url"])
def test_unparseable_or_non_string_service_urls_are_a_value_error(url: Any, name: str) -> None:
    with pytest.raises(ValueError, match=f"^{name} is not a valid URL"):
        check_service_url(url, name=name)


@pytest.mark.parametrize("url", [123, None, b"wss://api.eu.corti.app/s", "wss://api.eu.corti.app:x/s"])
def test_unparseable_or_non_string_stream_urls_are_a_value_error(url: Any) -> None:
    with pytest.raises(ValueError, match="it is not a valid URL"):
        stream_url_with_token(url, "secret-tok", allowed_hosts=API_HOSTS)
