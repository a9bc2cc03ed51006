"""CortiAuth and AsyncCortiAuth against the fake's Keycloak: every grant, the authorize
endpoint, PKCE, rotation, single-use codes and Keycloak's refusals as typed errors."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from corti_interactions import (
    APIResponseValidationError,
    AsyncCortiAuth,
    CortiAuth,
    InvalidClientError,
    InvalidGrantError,
    InvalidScopeError,
    OAuthError,
    Pkce,
    Token,
    UnauthorizedClientError,
)
from corti_interactions.testing import FakeCorti

REDIRECT = "http://127.0.0.1:8765/callback"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeCorti]:
    with FakeCorti(tenant_name="acme", environment="us") as service:
        yield service


@pytest.fixture
def auth(fake: FakeCorti) -> Iterator[CortiAuth]:
    with CortiAuth(base_url=fake.base_url, tenant_name=fake.tenant_name) as signin:
        yield signin


def claims(token: Token) -> dict[str, Any]:
    payload = token.access_token.split(".")[1]
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return decoded


def code_from(url: str) -> str:
    """Follow the authorize URL as a browser would; the code on the redirect."""
    answer = httpx.get(url, follow_redirects=False)
    assert answer.status_code == 302, answer.text
    return httpx.URL(answer.headers["location"]).params["code"]


def last_form(fake: FakeCorti) -> dict[str, Any]:
    request = [r for r in fake.requests if r.path.endswith("/openid-connect/token")][-1]
    body: dict[str, Any] = request.body
    return body


# -- client credentials ------------------------------------------------------------------
def test_client_credentials_with_scopes(fake: FakeCorti, auth: CortiAuth) -> None:
    token = auth.client_credentials(
        client_id=fake.client_id, client_secret=fake.client_secret, scopes=["streams"]
    )
    assert token.scope == "openid streams" and token.scopes == ("openid", "streams")
    assert token.refresh_token is None and token.refresh_expires_at is None
    assert token.expires_in is not None and 290 < token.expires_in <= 300
    assert last_form(fake) == {
        "grant_type": "client_credentials",
        "client_id": fake.client_id,
        "client_secret": "***",  # the fake logs no secret
        "scope": "openid streams",
    }
    assert claims(token)["iss"] == "https://auth.us.corti.app/realms/acme"
    assert claims(token)["scope"] == "openid streams"


def test_wrong_client_secret_is_invalid_client(fake: FakeCorti, auth: CortiAuth) -> None:
    with pytest.raises(InvalidClientError) as caught:
        auth.client_credentials(client_id=fake.client_id, client_secret="wrong")
    assert caught.value.status_code == 401
    assert caught.value.error == "invalid_client"
    assert caught.value.error_description == "Invalid client or Invalid client credentials"


def test_a_public_client_gets_no_service_token(fake: FakeCorti, auth: CortiAuth) -> None:
    with pytest.raises(UnauthorizedClientError) as caught:
        auth.client_credentials(client_id=fake.public_client_id, client_secret="anything")
    assert caught.value.error == "unauthorized_client"


def test_an_unknown_scope_is_invalid_scope(fake: FakeCorti, auth: CortiAuth) -> None:
    with pytest.raises(InvalidScopeError):
        auth.client_credentials(client_id=fake.client_id, client_secret=fake.client_secret, scopes=["admin"])


# -- ROPC and refresh -----------------------------------------------------------------------
def test_password_then_refresh_rotates_the_refresh_token(fake: FakeCorti, auth: CortiAuth) -> None:
    first = auth.password(client_id=fake.public_client_id, username=fake.username, password=fake.password)
    assert first.refresh_token is not None and first.refresh_expires_at is not None
    assert claims(first)["sub"] == fake.username
    assert last_form(fake)["password"] == "***"
    second = auth.refresh(client_id=fake.public_client_id, refresh_token=first)
    assert second.refresh_token not in (None, first.refresh_token)
    assert second.access_token != first.access_token
    with pytest.raises(InvalidGrantError) as caught:  # rotated: the old one stops working
        auth.refresh(client_id=fake.public_client_id, refresh_token=first.refresh_token or "")
    assert caught.value.error_description == "Invalid refresh token"
    third = auth.refresh(client_id=fake.public_client_id, refresh_token=second.refresh_token or "")
    assert third.scope == "openid"


def test_a_refresh_token_belongs_to_its_client(fake: FakeCorti, auth: CortiAuth) -> None:
    user = auth.password(client_id=fake.public_client_id, username=fake.username, password=fake.password)
    with pytest.raises(InvalidGrantError, match="don't match"):
        auth.refresh(client_id=fake.client_id, client_secret=fake.client_secret, refresh_token=user)


def test_a_wrong_password_is_invalid_grant(fake: FakeCorti, auth: CortiAuth) -> None:
    with pytest.raises(InvalidGrantError) as caught:
        auth.password(client_id=fake.public_client_id, username=fake.username, password="not-it")
    assert (caught.value.status_code, caught.value.error) == (401, "invalid_grant")
    assert caught.value.error_description == "Invalid user credentials"
    assert isinstance(caught.value, OAuthError)


def test_a_token_without_a_refresh_token_cannot_be_refreshed(fake: FakeCorti, auth: CortiAuth) -> None:
    service = auth.client_credentials(client_id=fake.client_id, client_secret=fake.client_secret)
    before = fake.token_requests
    with pytest.raises(ValueError, match="no refresh token"):
        auth.refresh(client_id=fake.client_id, refresh_token=service)
    assert fake.token_requests == before


# -- authorization code, with and without PKCE ---------------------------------------------
def test_authorize_url_is_built_as_cortis_sdks_build_it(auth: CortiAuth) -> None:
    url = auth.authorize_url(
        client_id="web", redirect_uri=REDIRECT, scopes=["streams", "openid"], code_challenge="abc", state="s1"
    )
    assert url == (
        f"{auth.authorization_url}?response_type=code&scope=openid+profile+streams&client_id=web"
        "&redirect_uri=http%3A%2F%2F127.0.0.1%3A8765%2Fcallback&code_challenge=abc"
        "&code_challenge_method=S256&state=s1"
    )
    assert auth.authorization_url.endswith("/realms/acme/protocol/openid-connect/auth")


def test_environment_gives_cortis_keycloak_urls() -> None:
    auth = CortiAuth(tenant_name="acme", environment="us")
    assert auth.token_url == "https://auth.us.corti.app/realms/acme/protocol/openid-connect/token"
    assert auth.authorization_url == "https://auth.us.corti.app/realms/acme/protocol/openid-connect/auth"
    auth.close()


def test_authorization_code_for_a_confidential_client(fake: FakeCorti, auth: CortiAuth) -> None:
    url = auth.authorize_url(client_id=fake.client_id, redirect_uri=REDIRECT, state="xyz")
    answer = httpx.get(url)
    location = httpx.URL(answer.headers["location"])
    assert str(location).startswith(REDIRECT + "?")
    assert location.params["state"] == "xyz"
    code = location.params["code"]
    token = auth.authorization_code(
        client_id=fake.client_id, client_secret=fake.client_secret, code=code, redirect_uri=REDIRECT
    )
    assert token.refresh_token is not None
    assert token.scope == "openid profile"
    assert claims(token)["sub"] == fake.username
    assert last_form(fake)["code"] == "***"
    with pytest.raises(InvalidGrantError, match="Code not valid"):  # single-use
        auth.authorization_code(
            client_id=fake.client_id, client_secret=fake.client_secret, code=code, redirect_uri=REDIRECT
        )


def test_a_code_is_bound_to_its_redirect_uri(fake: FakeCorti, auth: CortiAuth) -> None:
    code = code_from(auth.authorize_url(client_id=fake.client_id, redirect_uri=REDIRECT))
    with pytest.raises(InvalidGrantError, match="Incorrect redirect_uri"):
        auth.authorization_code(
            client_id=fake.client_id,
            client_secret=fake.client_secret,
            code=code,
            redirect_uri="http://127.0.0.1:8765/other",
        )


def test_pkce_flow_for_a_public_client(fake: FakeCorti, auth: CortiAuth) -> None:
    pkce = Pkce.generate()
    assert len(pkce.verifier) == 43
    redirect = "http://localhost:51234/any/path"
    code = code_from(
        auth.authorize_url(client_id=fake.public_client_id, redirect_uri=redirect, code_challenge=pkce)
    )
    token = auth.authorization_code(
        client_id=fake.public_client_id, code=code, redirect_uri=redirect, code_verifier=pkce
    )
    assert token.refresh_token is not None
    assert last_form(fake)["code_verifier"] == "***"
    assert "client_secret" not in last_form(fake)


@pytest.mark.parametrize("verifier", ["wrong", None])
def test_pkce_refuses_a_wrong_or_missing_verifier(
    fake: FakeCorti, auth: CortiAuth, verifier: str | None
) -> None:
    pkce = Pkce.generate()
    code = code_from(auth.authorize_url(client_id=fake.client_id, redirect_uri=REDIRECT, code_challenge=pkce))
    with pytest.raises(InvalidGrantError, match="PKCE"):
        auth.authorization_code(
            client_id=fake.client_id,
            client_secret=fake.client_secret,
            code=code,
            redirect_uri=REDIRECT,
            code_verifier=None if verifier is None else Pkce.generate().verifier,
        )


def test_a_public_client_must_use_pkce(fake: FakeCorti, auth: CortiAuth) -> None:
    answer = httpx.get(auth.authorize_url(client_id=fake.public_client_id, redirect_uri=REDIRECT))
    location = httpx.URL(answer.headers["location"])
    assert location.params["error"] == "invalid_request"
    assert "code" not in location.params


@pytest.mark.parametrize(
    ("client", "redirect", "page"),
    [
        ("fake-client", "https://evil.example/cb", "Invalid parameter: redirect_uri"),
        ("fake-client", "http://10.0.0.1/cb", "Invalid parameter: redirect_uri"),
        ("fake-client", "http://127.0.0.1.evil.example/cb", "Invalid parameter: redirect_uri"),
        ("someone-else", REDIRECT, "Client not found."),
    ],
)
def test_authorize_refuses_unknown_clients_and_non_loopback_redirects(
    auth: CortiAuth, client: str, redirect: str, page: str
) -> None:
    answer = httpx.get(auth.authorize_url(client_id=client, redirect_uri=redirect))
    assert answer.status_code == 400
    assert "location" not in answer.headers
    assert page in answer.text


def test_codes_are_short_lived() -> None:
    with (
        FakeCorti(code_expires_in=0.05) as fake,
        CortiAuth(base_url=fake.base_url, tenant_name=fake.tenant_name) as auth,
    ):
        code = code_from(auth.authorize_url(client_id=fake.client_id, redirect_uri=REDIRECT))
        time.sleep(0.1)
        with pytest.raises(InvalidGrantError, match="Code not valid"):
            auth.authorization_code(
                client_id=fake.client_id, client_secret=fake.client_secret, code=code, redirect_uri=REDIRECT
            )


def test_refresh_tokens_expire() -> None:
    with (
        FakeCorti(refresh_expires_in=0.05) as fake,
        CortiAuth(base_url=fake.base_url, tenant_name=fake.tenant_name) as auth,
    ):
        user = auth.password(client_id=fake.public_client_id, username=fake.username, password=fake.password)
        time.sleep(0.1)
        with pytest.raises(InvalidGrantError, match="not active"):
            auth.refresh(client_id=fake.public_client_id, refresh_token=user)


# -- construction and input ------------------------------------------------------------------
def test_settings_fall_back_to_the_corti_variables(fake: FakeCorti, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORTI_TENANT_NAME", fake.tenant_name)
    monkeypatch.setenv("CORTI_BASE_URL", fake.base_url)
    with CortiAuth() as auth:
        assert auth.token_url == fake.token_url
        assert auth.client_credentials(
            client_id=fake.client_id, client_secret=fake.client_secret
        ).access_token


def test_a_missing_tenant_is_named() -> None:
    with pytest.raises(ValueError, match="tenant_name is missing"):
        CortiAuth(environment="eu")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda a: a.password(client_id="", username="u", password="p"), "client_id must be"),
        (lambda a: a.password(client_id="c", username="u", password="p\r\nX: y"), "password must not"),
        (
            lambda a: a.client_credentials(client_id="c", client_secret="s", scopes="streams"),
            "scopes must be",
        ),
        (
            lambda a: a.authorization_code(client_id="c", code="x", redirect_uri=REDIRECT),
            "client_secret= .* or code_verifier=",
        ),
    ],
)
def test_bad_input_is_refused_before_anything_is_sent(
    fake: FakeCorti, auth: CortiAuth, call: Any, message: str
) -> None:
    before = fake.token_requests
    with pytest.raises(ValueError, match=message) as caught:
        call(auth)
    assert "p\r\n" not in str(caught.value)
    assert fake.token_requests == before


def test_pkce_challenge_is_rfc_7636s_s256() -> None:
    pkce = Pkce.from_verifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")  # RFC 7636, appendix B
    assert pkce.challenge == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    assert pkce.method == "S256"
    with pytest.raises(ValueError, match="43 to 128"):
        Pkce.from_verifier("short")


# -- async ---------------------------------------------------------------------------------
async def test_the_async_twin_does_every_grant(fake: FakeCorti) -> None:
    async with AsyncCortiAuth(base_url=fake.base_url, tenant_name=fake.tenant_name) as auth:
        service = await auth.client_credentials(
            client_id=fake.client_id, client_secret=fake.client_secret, scopes=["transcribe"]
        )
        assert service.scope == "openid transcribe"
        user = await auth.password(
            client_id=fake.public_client_id, username=fake.username, password=fake.password
        )
        renewed = await auth.refresh(client_id=fake.public_client_id, refresh_token=user)
        assert renewed.refresh_token != user.refresh_token
        pkce = Pkce.generate()
        url = auth.authorize_url(client_id=fake.public_client_id, redirect_uri=REDIRECT, code_challenge=pkce)
        async with httpx.AsyncClient() as browser:
            location = (await browser.get(url)).headers["location"]
        code = httpx.URL(location).params["code"]
        token = await auth.authorization_code(
            client_id=fake.public_client_id, code=code, redirect_uri=REDIRECT, code_verifier=pkce.verifier
        )
        assert token.refresh_token
        with pytest.raises(InvalidGrantError):
            await auth.refresh(client_id=fake.public_client_id, refresh_token=user)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("<html>", "not JSON"),
        ('["x"]', "not a JSON object"),
        ('{"access_token": "has space"}', "access_token is not"),
        ('{"access_token": "live-token-1", "expires_in": -1}', "expires_in is not a positive"),
        ('{"access_token": "live-token-1", "refresh_token": 7}', "refresh_token is not"),
    ],
)
def test_an_unusable_token_answer_is_a_validation_error_without_its_body(body: str, problem: str) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, text=body))
    with (
        CortiAuth(tenant_name="acme", transport=transport) as auth,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        auth.client_credentials(client_id="c", client_secret="s")
    assert problem in str(caught.value)
    assert "live-token-1" not in str(caught.value) and caught.value.response.content == b""
