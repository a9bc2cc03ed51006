"""What goes on the wire, how clients are configured, and their lifecycle."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx
import pytest
from corti_interactions import AsyncCortiClient, CortiClient, InteractionsGetResponse, __version__

from .conftest import INTERACTION_ID, TENANT, Harness, ScriptedCorti


def test_method_update_sends_exact_url_headers_and_body(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness()
    result = harness.update(INTERACTION_ID, encounter={"status": "completed"}, assigned_user_id=None)
    assert isinstance(result, InteractionsGetResponse)
    (request,) = harness.service.requests
    assert request.method == "PATCH"
    assert str(request.url) == f"https://api.eu.corti.app/v2/interactions/{INTERACTION_ID}"
    assert request.headers["Tenant-Name"] == TENANT
    assert request.headers["Authorization"] == "Bearer static-token"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["Accept"] == "application/json"
    assert request.headers["User-Agent"] == f"corti-interactions-python/{__version__}"
    assert request.content == b'{"assignedUserId":null,"encounter":{"status":"completed"}}'


def test_empty_update_sends_empty_object(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness()
    harness.update(uuid.UUID(INTERACTION_ID))
    assert harness.service.requests[0].content == b"{}"


def test_tenant_header_goes_on_every_request_including_token_requests(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(client_id="id", client_secret="secret")
    harness.update(INTERACTION_ID)
    harness.update(INTERACTION_ID)
    assert [r.headers["Tenant-Name"] for r in harness.service.requests] == [TENANT, TENANT]
    (token_request,) = harness.service.token_requests
    assert token_request.headers["Tenant-Name"] == TENANT
    assert token_request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert token_request.url.path == f"/realms/{TENANT}/protocol/openid-connect/token"


def test_invalid_input_sends_nothing(make_harness) -> None:  # type: ignore[no-untyped-def]
    harness: Harness = make_harness(client_id="id", client_secret="secret")
    with pytest.raises(ValueError, match="interaction_id"):
        harness.update("../x", encounter={"status": "completed"})
    with pytest.raises(ValueError, match="encounter.status"):
        harness.update(INTERACTION_ID, encounter={"status": None})
    with pytest.raises(ValueError, match="max_retries"):
        harness.update(INTERACTION_ID, max_retries=-1)
    assert harness.service.requests == []
    assert harness.service.token_requests == []


def test_environment_variables_fill_every_argument(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORTI_TENANT_NAME", "envtenant")
    monkeypatch.setenv("CORTI_ENVIRONMENT", "us")
    monkeypatch.setenv("CORTI_CLIENT_ID", "envid")
    monkeypatch.setenv("CORTI_CLIENT_SECRET", "envsecret")
    client = CortiClient()
    assert client.tenant_name == "envtenant"
    assert client.base_url == "https://api.us.corti.app/v2"
    assert "auth.us.corti.app/realms/envtenant" in repr(client)
    assert "envid" in repr(client)
    monkeypatch.setenv("CORTI_BASE_URL", "http://127.0.0.1:9/v2")
    assert CortiClient().base_url == "http://127.0.0.1:9/v2"
    monkeypatch.setenv("CORTI_TOKEN", "envtoken")
    assert "StaticToken" in repr(CortiClient())


def test_explicit_arguments_beat_environment_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORTI_TENANT_NAME", "envtenant")
    monkeypatch.setenv("CORTI_TOKEN", "envtoken")
    client = CortiClient(tenant_name="argtenant", environment="us", client_id="i", client_secret="s")
    assert client.tenant_name == "argtenant"
    assert "ClientCredentials" in repr(client)


def test_each_credential_falls_back_to_its_own_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORTI_CLIENT_SECRET", "envsecret")
    monkeypatch.setenv("CORTI_TOKEN", "envtoken")  # ignored: client credentials were asked for
    client = CortiClient(tenant_name="t", client_id="argid")
    assert "client_id='argid'" in repr(client)
    assert client._config.auth._client_secret == "envsecret"  # type: ignore[union-attr]
    monkeypatch.delenv("CORTI_CLIENT_SECRET")
    monkeypatch.setenv("CORTI_CLIENT_ID", "envid")
    client = CortiClient(tenant_name="t", client_secret="argsecret")
    assert "client_id='envid'" in repr(client)


def test_an_empty_credential_argument_counts_as_not_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORTI_CLIENT_SECRET", "envsecret")
    client = CortiClient(tenant_name="t", client_id="i", client_secret="")
    assert client._config.auth._client_secret == "envsecret"  # type: ignore[union-attr]


def test_explicit_environment_beats_the_base_url_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORTI_BASE_URL", "https://proxy.example/v2")
    assert CortiClient(tenant_name="t", token="x").base_url == "https://proxy.example/v2"
    assert CortiClient(tenant_name="t", token="x", environment="us").base_url == "https://api.us.corti.app/v2"
    assert "auth.us.corti.app" in repr(
        CortiClient(tenant_name="t", client_id="i", client_secret="s", environment="us")
    )


@pytest.mark.parametrize("cls", [CortiClient, AsyncCortiClient])
def test_no_credentials_names_the_variables_to_set(cls: type) -> None:
    with pytest.raises(ValueError, match="CORTI_TOKEN.*CORTI_CLIENT_ID.*CORTI_CLIENT_SECRET"):
        cls(tenant_name="t")
    with pytest.raises(ValueError, match="client_secret is missing.*CORTI_CLIENT_SECRET"):
        cls(tenant_name="t", client_id="i")
    with pytest.raises(ValueError, match="either token or client_id"):
        cls(tenant_name="t", token="x", client_id="i", client_secret="s")
    with pytest.raises(ValueError, match="tenant_name is missing.*CORTI_TENANT_NAME"):
        cls(token="x")


@pytest.mark.parametrize("token", ["", " x", "a\nb", "a b", "tök", "a\x7f", "a\tb"])
def test_bad_static_tokens_are_refused(token: str) -> None:
    with pytest.raises(ValueError, match="token must be"):
        CortiClient(tenant_name="t", token=token)


def test_callable_token_is_asked_per_request(make_harness) -> None:  # type: ignore[no-untyped-def]
    tokens = iter(["one", "two"])
    harness: Harness = make_harness(token=lambda: next(tokens))
    harness.update(INTERACTION_ID)
    harness.update(INTERACTION_ID)
    assert [r.headers["Authorization"] for r in harness.service.requests] == ["Bearer one", "Bearer two"]


def test_repr_hides_secrets() -> None:
    client = CortiClient(tenant_name="t", client_id="the-id", client_secret="the-secret")
    assert "the-secret" not in repr(client)
    assert "client_secret=***" in repr(client)
    static = CortiClient(tenant_name="t", token="the-token")
    assert "the-token" not in repr(static)


def test_sync_client_closes_its_pool_but_not_a_given_one() -> None:
    with CortiClient(tenant_name="t", token="x") as client:
        http = client._http
    assert http.is_closed
    mine = httpx.Client()
    with CortiClient(tenant_name="t", token="x", httpx_client=mine):
        pass
    assert not mine.is_closed
    mine.close()


def test_async_client_closes_its_pool() -> None:
    async def main() -> httpx.AsyncClient:
        async with AsyncCortiClient(tenant_name="t", token="x", async_transport="httpx") as client:
            return client._http

    assert asyncio.run(main()).is_closed


def test_one_connection_pool_is_reused() -> None:
    service = ScriptedCorti()
    client = CortiClient(
        tenant_name="t", token="x", httpx_client=httpx.Client(transport=httpx.MockTransport(service))
    )
    http = client._http
    client.interactions.update(INTERACTION_ID)
    client.interactions.update(INTERACTION_ID)
    assert client._http is http
    assert len(service.requests) == 2


def test_redirects_are_not_followed_and_the_token_stays_home(make_harness) -> None:  # type: ignore[no-untyped-def]
    from corti_interactions import APIStatusError

    harness: Harness = make_harness(
        httpx.Response(307, headers={"Location": "https://evil.example/steal"}),
    )
    with pytest.raises(APIStatusError) as info:
        harness.update(INTERACTION_ID)
    assert info.value.status_code == 307
    assert [r.url.host for r in harness.service.requests] == ["api.eu.corti.app"]


def test_default_transport_verifies_tls() -> None:
    client = CortiClient(tenant_name="t", token="x")
    pool = client._http._transport._pool  # type: ignore[attr-defined]
    assert pool._ssl_context.verify_mode.name == "CERT_REQUIRED"


def test_async_transport_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    def transport(**kwargs: Any) -> str:
        client = AsyncCortiClient(tenant_name="t", token="x", **kwargs)
        return type(client._sender.transport).__name__

    assert transport() == "AsyncHTTPTransport"  # the default, though the [aiohttp] extra is installed here
    assert transport(async_transport="httpx") == "AsyncHTTPTransport"
    assert transport(async_transport="aiohttp") == "AiohttpTransport"
    monkeypatch.setenv("CORTI_ASYNC_TRANSPORT", "aiohttp")
    assert transport() == "AiohttpTransport"
    assert transport(async_transport="httpx") == "AsyncHTTPTransport"  # the argument wins
    monkeypatch.delenv("CORTI_ASYNC_TRANSPORT")
    for refused in ("curl", "auto"):
        with pytest.raises(
            ValueError,
            match=f"async_transport must be 'httpx' \\(the default\\) or 'aiohttp'; got '{refused}'",
        ):
            transport(async_transport=refused)
    # aiohttp's transport would ignore the proxy variables: httpx's, which honours them, is used
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    assert transport(async_transport="aiohttp") == "NoneType"  # httpx's, mounted by httpx for the proxy
