"""Where requests go: tenant names, environments, base URLs and the token URL."""

from __future__ import annotations

from importlib.resources import files

import httpx
import pytest
import yaml
from corti_interactions import CortiClient
from corti_interactions._constants import API_URL_TEMPLATE
from corti_interactions._environment import (
    api_base_url,
    check_service_url,
    check_tenant_name,
    derive_token_url,
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
