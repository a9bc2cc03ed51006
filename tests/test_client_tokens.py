"""Clients built from every kind of token: a user's (refreshed ahead of expiry, once for all
concurrent calls, the rotated refresh token kept), a provider (sync or async, asked again
only near expiry or when refused), a bare JWT (tenant and environment from its issuer), and
no auth at all (only when asked for)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from corti_interactions import (
    AsyncCortiClient,
    AuthenticationError,
    CortiAuth,
    CortiClient,
    InvalidClientError,
    SignInRequiredError,
    Token,
)
from corti_interactions.testing import FakeCorti


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as service:
        yield service


def user_token(fake: FakeCorti) -> Token:
    with CortiAuth(base_url=fake.base_url, tenant_name=fake.tenant_name) as auth:
        return auth.password(client_id=fake.public_client_id, username=fake.username, password=fake.password)


def grants(fake: FakeCorti, grant_type: str) -> int:
    return sum(
        1
        for r in fake.requests
        if r.path.endswith("/openid-connect/token") and r.body.get("grant_type") == grant_type
    )


def user_client(fake: FakeCorti, kind: Any = CortiClient, **options: Any) -> Any:
    client = kind(base_url=fake.base_url, token=user_token(fake), client_id=fake.public_client_id, **options)
    auth = client._config.auth
    clock = Clock()
    # the token's deadlines, moved from the monotonic clock onto the test's
    offset = clock.now - auth._clock()
    auth._refresh_at += offset
    auth._refresh_until += offset
    auth._clock = clock
    return client, clock


# -- a user's tokens ------------------------------------------------------------------------
def test_a_users_tokens_are_refreshed_ahead_of_expiry_and_rotation_is_kept(fake: FakeCorti) -> None:
    iid = fake.add_interaction()["id"]
    client, clock = user_client(fake)
    assert client.tenant_name == fake.tenant_name  # from the token's issuer
    before = grants(fake, "refresh_token")
    client.interactions.get(iid)
    assert grants(fake, "refresh_token") == before  # fresh: no refresh
    for step in (1, 2):
        clock.now += 181  # 300 s tokens are renewed 120 s early
        client.interactions.get(iid)
        # the second refresh works only with the rotated refresh token of the first
        assert grants(fake, "refresh_token") == before + step
    client.close()


def test_64_threads_share_one_refresh(fake: FakeCorti) -> None:
    iid = fake.add_interaction()["id"]
    client, clock = user_client(fake)
    client.interactions.get(iid)
    clock.now += 181
    before = grants(fake, "refresh_token")
    barrier = threading.Barrier(64)

    def call(_: int) -> str:
        barrier.wait()
        return str(client.interactions.get(iid).id)

    with ThreadPoolExecutor(64) as pool:
        assert set(pool.map(call, range(64))) == {iid}
    assert grants(fake, "refresh_token") == before + 1
    client.close()


async def test_64_tasks_share_one_refresh(fake: FakeCorti) -> None:
    iid = fake.add_interaction()["id"]
    client, clock = user_client(fake, AsyncCortiClient)
    await client.interactions.get(iid)
    clock.now += 181
    before = grants(fake, "refresh_token")
    got = await asyncio.gather(*(client.interactions.get(iid) for _ in range(64)))
    assert {str(g.id) for g in got} == {iid}
    assert grants(fake, "refresh_token") == before + 1
    await client.close()


def test_an_expired_refresh_token_asks_for_a_new_sign_in_without_a_request(fake: FakeCorti) -> None:
    client, clock = user_client(fake)
    clock.now += 1801
    before = fake.token_requests
    with pytest.raises(SignInRequiredError, match="sign in again"):
        client.token()
    assert fake.token_requests == before


def test_a_refused_refresh_token_asks_for_a_new_sign_in(fake: FakeCorti) -> None:
    token = user_token(fake)
    with CortiAuth(base_url=fake.base_url, tenant_name=fake.tenant_name) as auth:
        auth.refresh(client_id=fake.public_client_id, refresh_token=token)  # rotates: `token` is spent
    client = CortiClient(base_url=fake.base_url, token=token, client_id=fake.public_client_id)
    fake.expire_tokens()
    with pytest.raises(SignInRequiredError) as caught:
        client.interactions.get(fake.add_interaction()["id"])
    assert caught.value.__cause__ is not None
    assert getattr(caught.value.__cause__, "error", None) == "invalid_grant"


def test_a_refused_access_token_is_refreshed_once(fake: FakeCorti) -> None:
    iid = fake.add_interaction()["id"]
    client = CortiClient(base_url=fake.base_url, token=user_token(fake), client_id=fake.public_client_id)
    before = grants(fake, "refresh_token")
    fake.expire_tokens()
    assert str(client.interactions.get(iid).id) == iid
    assert grants(fake, "refresh_token") == before + 1


def test_a_users_token_needs_its_client_id(fake: FakeCorti) -> None:
    with pytest.raises(ValueError, match="needs client_id="):
        CortiClient(base_url=fake.base_url, token=user_token(fake))


def test_a_token_without_refresh_token_is_used_as_it_is(fake: FakeCorti) -> None:
    with CortiAuth(base_url=fake.base_url, tenant_name=fake.tenant_name) as auth:
        service = auth.client_credentials(client_id=fake.client_id, client_secret=fake.client_secret)
    client = CortiClient(base_url=fake.base_url, token=service)
    assert client.token() == service.access_token
    assert client.interactions.get(fake.add_interaction()["id"])


# -- a bare JWT ---------------------------------------------------------------------------
def test_tenant_and_environment_come_from_the_tokens_issuer() -> None:
    with FakeCorti(tenant_name="acme-realm", environment="us") as fake:
        token = fake.issue_token()
        client = CortiClient(token=token)
        assert (client.tenant_name, client.base_url) == ("acme-realm", "https://api.us.corti.app/v2")
        # with a base URL (a proxy, the fake) the tenant still comes from the token
        proxied = CortiClient(token=token, base_url=fake.base_url)
        assert proxied.tenant_name == "acme-realm"
        assert proxied.interactions.get(fake.add_interaction()["id"])
        # an explicit argument wins
        assert (
            CortiClient(token=token, tenant_name="other", environment="eu").base_url
            == "https://api.eu.corti.app/v2"
        )


def test_a_token_that_is_not_a_corti_jwt_still_needs_a_tenant() -> None:
    with pytest.raises(ValueError, match="tenant_name is missing"):
        CortiClient(token="opaque-token")


def test_the_issuer_beats_the_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORTI_TENANT_NAME", "from-env")
    monkeypatch.setenv("CORTI_ENVIRONMENT", "eu")
    with FakeCorti(tenant_name="acme", environment="us") as fake:
        client = CortiClient(token=fake.issue_token())
    assert (client.tenant_name, client.base_url) == ("acme", "https://api.us.corti.app/v2")


# -- a token provider ----------------------------------------------------------------------
def test_a_provider_is_asked_again_only_near_expiry_or_when_refused(fake: FakeCorti) -> None:
    iid = fake.add_interaction()["id"]
    asked: list[Token] = []
    auth = CortiAuth(base_url=fake.base_url, tenant_name=fake.tenant_name)

    def provider() -> Token:
        asked.append(auth.client_credentials(client_id=fake.client_id, client_secret=fake.client_secret))
        return asked[-1]

    client = CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, token_provider=provider)
    clock = Clock()
    client._config.auth._clock = clock
    for _ in range(3):
        client.interactions.get(iid)
    assert len(asked) == 1
    clock.now += 181
    client.interactions.get(iid)
    assert len(asked) == 2
    fake.expire_tokens()
    client.interactions.get(iid)
    assert len(asked) == 3
    assert client.token() == asked[-1].access_token
    auth.close()


def test_a_provider_returning_a_string_is_asked_again_only_when_refused(fake: FakeCorti) -> None:
    iid = fake.add_interaction()["id"]
    asked: list[str] = []

    def provider() -> str:
        asked.append(fake.issue_token())
        return asked[-1]

    client = CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, token_provider=provider)
    for _ in range(3):
        client.interactions.get(iid)
    assert len(asked) == 1
    fake.expire_tokens()
    client.interactions.get(iid)
    assert len(asked) == 2


async def test_an_async_provider_serves_64_tasks_with_one_call(fake: FakeCorti) -> None:
    iid = fake.add_interaction()["id"]
    calls = 0

    async def provider() -> Token:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.01)  # the other tasks arrive while it runs
        return Token(access_token=fake.issue_token())

    async with AsyncCortiClient(
        base_url=fake.base_url, tenant_name=fake.tenant_name, token_provider=provider
    ) as client:
        got = await asyncio.gather(*(client.interactions.get(iid) for _ in range(64)))
        assert len(got) == 64
        assert calls == 1
        assert await client.token() == await client.token()
        assert calls == 1


def test_an_async_provider_needs_the_async_client(fake: FakeCorti) -> None:
    async def provider() -> str:
        return "x"

    with pytest.raises(ValueError, match="needs AsyncCortiClient"):
        CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, token_provider=provider)


def test_a_provider_returning_junk_is_a_clear_error(fake: FakeCorti) -> None:
    client = CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, token_provider=lambda: 42)
    with pytest.raises(ValueError, match="the token provider returned a int"):
        client.token()


# -- no auth, never by accident -------------------------------------------------------------
def test_no_auth_sends_no_authorization(fake: FakeCorti) -> None:
    client = CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, no_auth=True)
    assert repr(client).endswith("auth=NoAuth())")
    with pytest.raises(AuthenticationError):  # the fake wants a token: 401 without one
        client.interactions.get(fake.add_interaction()["id"])
    assert "authorization" not in fake.requests[-1].headers
    with pytest.raises(ValueError, match="no_auth=True"):
        client.token()


def test_token_none_is_an_error_not_a_fall_back(monkeypatch: pytest.MonkeyPatch, fake: FakeCorti) -> None:
    monkeypatch.setenv("CORTI_CLIENT_ID", fake.client_id)
    monkeypatch.setenv("CORTI_CLIENT_SECRET", fake.client_secret)
    with pytest.raises(ValueError, match="token is None.*no_auth=True"):
        CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, token=None)
    # left out, the variables are used as before
    assert CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name).token()


@pytest.mark.parametrize("extra", [{"token": "t"}, {"client_id": "c"}, {"token_provider": lambda: "t"}])
def test_no_auth_takes_no_credentials(fake: FakeCorti, extra: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="no_auth=True sends no credentials"):
        CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, no_auth=True, **extra)


def test_no_auth_must_be_a_bool(fake: FakeCorti) -> None:
    with pytest.raises(ValueError, match="no_auth must be True or False"):
        CortiClient(base_url=fake.base_url, tenant_name=fake.tenant_name, no_auth="yes")  # type: ignore[arg-type]


# -- client.token() and sockets use the same source -------------------------------------------
def test_token_and_stream_url_use_the_clients_token(fake: FakeCorti) -> None:
    client = CortiClient(
        base_url=fake.base_url,
        tenant_name=fake.tenant_name,
        client_id=fake.client_id,
        client_secret=fake.client_secret,
    )
    token = client.token()
    assert token == client.token()
    assert fake.token_requests >= 1
    interaction = fake.add_interaction()
    assert client.stream_url(interaction["websocketUrl"]).endswith("token=Bearer%20" + token)


def test_a_socket_opens_with_a_refreshed_user_token(fake: FakeCorti) -> None:
    client, clock = user_client(fake)
    clock.now += 181
    before = grants(fake, "refresh_token")
    with client.transcribe.connect(configuration={"primaryLanguage": "en"}) as session:
        assert session.accepted.session_id
        session.end()
    assert grants(fake, "refresh_token") == before + 1


def test_a_confidential_clients_user_is_refreshed_with_its_secret(fake: FakeCorti) -> None:
    with CortiAuth(base_url=fake.base_url, tenant_name=fake.tenant_name) as auth:
        token = auth.password(
            client_id=fake.client_id,
            client_secret=fake.client_secret,
            username=fake.username,
            password=fake.password,
        )
    iid = fake.add_interaction()["id"]
    without = CortiClient(base_url=fake.base_url, token=token, client_id=fake.client_id)
    fake.expire_tokens()
    # Keycloak wants the secret: a misconfigured client, not a sign-in to repeat
    with pytest.raises(InvalidClientError, match="Client secret not provided"):
        without.interactions.get(iid)
    with CortiAuth(base_url=fake.base_url, tenant_name=fake.tenant_name) as auth:
        token = auth.password(
            client_id=fake.client_id,
            client_secret=fake.client_secret,
            username=fake.username,
            password=fake.password,
        )
    client = CortiClient(
        base_url=fake.base_url, token=token, client_id=fake.client_id, client_secret=fake.client_secret
    )
    fake.expire_tokens()
    assert str(client.interactions.get(iid).id) == iid
    assert fake.requests[-2].body["client_secret"] == "***"  # the refresh carried the (masked) secret


def test_corti_base_url_wins_over_the_environment_a_token_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bare JWT names an environment, but CORTI_BASE_URL (the fake, a proxy) says where to send."""
    with FakeCorti() as fake:
        monkeypatch.setenv("CORTI_BASE_URL", fake.base_url)
        monkeypatch.setenv("CORTI_TENANT_NAME", fake.tenant_name)
        with CortiClient(token=fake.issue_token()) as client:
            assert client.interactions.list(page_size=1) is not None
