"""No secret of the sign-in flows in a repr, a str, a pickle, an exception (its message,
attributes, pickle or traceback frames) or a log line."""

from __future__ import annotations

import copy
import logging
import pickle
import traceback
from collections.abc import Iterator
from types import TracebackType

import httpx
import pytest
from corti_interactions import (
    CortiAuth,
    CortiClient,
    InvalidGrantError,
    OAuthError,
    Pkce,
    SignInRequiredError,
)
from corti_interactions.testing import FakeCorti

from .test_auth_rejections import leaked_locals

REDIRECT = "http://127.0.0.1:9/cb"
WRONG_PASSWORD = "hunter2-not-the-password"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeCorti]:
    with FakeCorti() as service:
        yield service


def frame_values(tb: TracebackType | None) -> str:
    """Every local of the client's frames on the traceback, as an error tracker records them
    (the caller's own frames, this test's, hold what the caller passed)."""
    seen = []
    while tb is not None:
        if "corti_interactions" in tb.tb_frame.f_code.co_filename:
            seen += [f"{name}={value!r}" for name, value in tb.tb_frame.f_locals.items()]
        tb = tb.tb_next
    return "\n".join(seen)


def test_a_token_shows_no_secret_and_cannot_be_pickled(fake: FakeCorti) -> None:
    with CortiAuth(base_url=fake.base_url, tenant_name=fake.tenant_name) as auth:
        token = auth.password(client_id=fake.public_client_id, username=fake.username, password=fake.password)
    secrets = [token.access_token, token.refresh_token or "?"]
    for shown in (repr(token), str(token), f"{token}", f"{token!r}"):
        assert not any(secret in shown for secret in secrets)
        assert "scope='openid'" in shown
    with pytest.raises(TypeError, match="cannot be pickled") as caught:
        pickle.dumps(token)
    assert not any(secret in str(caught.value) for secret in secrets)
    assert copy.deepcopy(token) is token  # copying is harmless


def test_pkce_shows_no_verifier() -> None:
    pkce = Pkce.generate()
    assert pkce.verifier not in repr(pkce) and pkce.verifier not in str(pkce)
    assert pkce.challenge in repr(pkce)
    with pytest.raises(TypeError):
        pickle.dumps(pkce)


def test_a_refused_password_grant_carries_no_secret(fake: FakeCorti) -> None:
    with (
        CortiAuth(base_url=fake.base_url, tenant_name=fake.tenant_name) as auth,
        pytest.raises(InvalidGrantError) as caught,
    ):
        auth.password(
            client_id=fake.client_id,
            client_secret=fake.client_secret,
            username=fake.username,
            password=WRONG_PASSWORD,
        )
    error = caught.value
    everything = "\n".join(
        [
            str(error),
            repr(error),
            repr(pickle.dumps(error)),
            "".join(traceback.format_exception(error)),
            frame_values(error.__traceback__),
            repr(error.request.content if error.request else b""),
            repr(error.response.request.content),
            repr(error.__context__),
            repr(error.__cause__),
        ]
    )
    assert WRONG_PASSWORD not in everything
    assert fake.client_secret not in everything
    restored = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own exception
    assert isinstance(restored, OAuthError)
    assert (restored.error, restored.error_description) == ("invalid_grant", "Invalid user credentials")


def test_a_refused_code_exchange_carries_no_code_or_verifier(fake: FakeCorti) -> None:
    pkce = Pkce.generate()
    with CortiAuth(base_url=fake.base_url, tenant_name=fake.tenant_name) as auth:
        url = auth.authorize_url(client_id=fake.public_client_id, redirect_uri=REDIRECT, code_challenge=pkce)
        code = httpx.URL(httpx.get(url).headers["location"]).params["code"]
        wrong = Pkce.generate()
        with pytest.raises(InvalidGrantError) as caught:
            auth.authorization_code(
                client_id=fake.public_client_id, code=code, redirect_uri=REDIRECT, code_verifier=wrong
            )
    error = caught.value
    frames = frame_values(error.__traceback__)
    assert "_exchange" in "".join(traceback.format_tb(error.__traceback__))  # the client's frames are seen
    shown = "\n".join([str(error), repr(pickle.dumps(error)), frames])
    assert code not in shown and wrong.verifier not in shown and pkce.verifier not in shown


def test_no_secret_reaches_the_logs(fake: FakeCorti, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with CortiAuth(base_url=fake.base_url, tenant_name=fake.tenant_name) as auth:
        token = auth.password(client_id=fake.public_client_id, username=fake.username, password=fake.password)
        renewed = auth.refresh(client_id=fake.public_client_id, refresh_token=token)
        with pytest.raises(InvalidGrantError):
            auth.refresh(client_id=fake.public_client_id, refresh_token=token)
    client = CortiClient(base_url=fake.base_url, token=renewed, client_id=fake.public_client_id)
    fake.expire_tokens()
    client.interactions.get(fake.add_interaction()["id"])  # renewed with the refresh grant
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert logged  # something was logged
    for secret in (
        fake.password,
        token.access_token,
        token.refresh_token,
        renewed.refresh_token,
        client.token(),
    ):
        assert secret and secret not in logged
    assert client.token() not in repr(client) and (renewed.refresh_token or "?") not in repr(client)
    # what the fake recorded of the token requests: no password, refresh token or secret
    recorded = repr([r.body for r in fake.requests])
    assert fake.password not in recorded and (token.refresh_token or "?") not in recorded


def test_no_frame_of_a_refused_user_refresh_holds_a_token(fake: FakeCorti) -> None:
    with CortiAuth(base_url=fake.base_url, tenant_name=fake.tenant_name) as auth:
        token = auth.password(client_id=fake.public_client_id, username=fake.username, password=fake.password)
        auth.refresh(client_id=fake.public_client_id, refresh_token=token)  # `token`'s refresh token is spent
    client = CortiClient(base_url=fake.base_url, token=token, client_id=fake.public_client_id)
    fake.expire_tokens()
    with pytest.raises(SignInRequiredError) as caught:
        client.interactions.get(fake.add_interaction()["id"])
    for secret in (token.access_token, token.refresh_token or "?"):
        # (this test's own frame holds what it passed: only the client's frames count)
        assert [f for f in leaked_locals(caught.value, secret) if not f.startswith("test_")] == []
        assert secret not in repr(pickle.dumps(caught.value))
