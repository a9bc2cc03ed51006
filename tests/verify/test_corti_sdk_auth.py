"""Corti's own JavaScript SDK signs in against the fake's Keycloak: an oracle Corti wrote.

`@corti/sdk`'s `CortiAuth` (tests/contract/corti_sdk_auth_oracle.mjs) runs client
credentials with scopes, ROPC, refresh (rotation: the spent refresh token is refused), the
authorization code flow and PKCE (the SDK's own verifier and challenge), following the
fake's authorize redirect as a browser would; then a `CortiClient` built from each kind of
credential (client credentials, a bare access token whose issuer names the tenant, a user's
access and refresh tokens, ROPC, a code, a PKCE code, a token scoped to `streams`) gets an
interaction. The Python `CortiAuth` sends the same forms.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from corti_interactions import CortiAuth, Pkce
from corti_interactions.testing import FakeCorti

from .conftest import Recorder
from .test_corti_sdk import SDK_VERSION, environment

pytestmark = pytest.mark.slow

CONTRACT = Path(__file__).resolve().parents[2] / "tests" / "contract"
ORACLE = CONTRACT / "corti_sdk_auth_oracle.mjs"
SECTION = f"Corti's JavaScript SDK (@corti/sdk {SDK_VERSION}): signing in"
REDIRECT = "http://127.0.0.1:53682/callback"
TOKEN_PATH = "/realms/acme/protocol/openid-connect/token"


@pytest.fixture(scope="module")
def node() -> str:
    found = shutil.which("node")
    if found is None:
        pytest.skip("node is not installed: the @corti/sdk tests need it")
    assert (CONTRACT / "node_modules" / "@corti" / "sdk" / "package.json").exists(), (
        "@corti/sdk is missing: run `make verify` (it installs tests/contract)"
    )
    return found


@pytest.fixture(scope="module")
def run(node: str) -> Iterator[tuple[FakeCorti, str, dict[str, Any]]]:
    """One oracle run against a fake whose tokens name tenant `acme` in environment `us`."""
    with FakeCorti(tenant_name="acme", environment="us") as fake:
        interaction_id = fake.add_interaction()["id"]
        config = {
            "environment": environment(fake),
            "tenantName": fake.tenant_name,
            "clientId": fake.client_id,
            "clientSecret": fake.client_secret,
            "publicClientId": fake.public_client_id,
            "username": fake.username,
            "password": fake.password,
            "redirectUri": REDIRECT,
            "interactionId": interaction_id,
        }
        done = subprocess.run(
            [node, str(ORACLE), "-"],
            input=json.dumps(config),
            capture_output=True,
            text=True,
            timeout=180,
            cwd=CONTRACT,
            check=False,
        )
        assert done.returncode == 0, f"the oracle script failed:\n{done.stderr}"
        yield fake, interaction_id, json.loads(done.stdout)


def ok(result: dict[str, Any], name: str) -> dict[str, Any]:
    step = result["steps"][name]
    assert step["ok"], f"{name}: the SDK raised {step.get('error')}"
    data: dict[str, Any] = step["data"]
    return data


def refused(result: dict[str, Any], name: str) -> dict[str, Any]:
    step = result["steps"][name]
    assert not step["ok"], f"{name}: the SDK returned {step.get('data')}"
    error: dict[str, Any] = step["error"]
    return error


def forms(result: dict[str, Any]) -> list[dict[str, str]]:
    return [entry["form"] for entry in result["wire"] if entry["form"] is not None]


def test_the_sdks_cortiauth_gets_every_token(
    run: tuple[FakeCorti, str, dict[str, Any]], record: Recorder
) -> None:
    fake, _, result = run
    issuer = {"tenantName": "acme", "environment": "us"}  # the SDK's decodeToken reads the fake's JWTs
    scoped = ok(result, "clientCredentials")
    assert scoped == {
        "hasAccessToken": True,
        "hasRefreshToken": False,
        "expiresIn": 300,
        "refreshExpiresIn": 0,
        "tokenType": "Bearer",
        "scope": "openid streams",
        "issuer": issuer,
    }
    for name in ("ropc", "refresh", "authorizationCode", "pkce"):
        token = ok(result, name)
        assert token["hasRefreshToken"] and token["refreshExpiresIn"] == 1800, name
        assert token["issuer"] == issuer, name
    assert ok(result, "refresh")["rotated"] is True
    assert ok(result, "authorizationCode")["url"] == fake.authorize_url
    spent = refused(result, "refreshSpent")
    assert (spent["statusCode"], spent["body"]["error"]) == (400, "invalid_grant")
    wrong = refused(result, "pkceWrongVerifier")
    assert wrong["body"] == {
        "error": "invalid_grant",
        "error_description": "PKCE verification failed: Invalid code verifier",
    }
    for entry in result["wire"]:
        if entry["path"].endswith("/openid-connect/token"):
            assert "tenant-name" not in entry["headers"] and "authorization" not in entry["headers"]
    record(
        SECTION,
        "CortiAuth: client credentials with scopes, ROPC, refresh, code, PKCE",
        5,
        "tokens as Keycloak's",
    )
    record(SECTION, "CortiAuth: spent refresh token and wrong PKCE verifier refused", 2, "invalid_grant")


def test_a_cortiClient_from_each_kind_of_credential_reads_the_interaction(
    run: tuple[FakeCorti, str, dict[str, Any]], record: Recorder
) -> None:
    fake, interaction_id, result = run
    kinds = [
        "clientFromClientCredentials",
        "clientFromAccessToken",
        "clientFromUserTokens",
        "clientFromRopc",
        "clientFromAuthorizationCode",
        "clientFromPkce",
    ]
    for name in kinds:
        assert ok(result, name) == {"id": interaction_id}, name
    gets = [e for e in result["wire"] if e["method"] == "GET"]
    # every REST call names the tenant, the bare token's too (read from its issuer)
    assert {e["headers"].get("tenant-name") for e in gets} == {fake.tenant_name}
    scoped = refused(result, "clientFromScopedToken")
    assert (scoped["statusCode"], scoped["body"]["type"]) == (403, "A0001")
    record(
        SECTION, "CortiClient from each kind of credential: a REST call", len(kinds), "200, the interaction"
    )
    record(SECTION, "CortiClient from a token scoped to streams: REST refused", 1, "403 A0001")


def test_the_python_cortiauth_sends_what_the_sdk_sends(
    run: tuple[FakeCorti, str, dict[str, Any]], record: Recorder
) -> None:
    fake, _, result = run
    sdk = forms(result)
    before = len(fake.requests)
    with CortiAuth(base_url=fake.base_url, tenant_name=fake.tenant_name) as auth:
        auth.client_credentials(
            client_id=fake.client_id, client_secret=fake.client_secret, scopes=["streams"]
        )
        user = auth.password(client_id=fake.public_client_id, username=fake.username, password=fake.password)
        auth.refresh(client_id=fake.public_client_id, refresh_token=user)
        code = httpx.URL(
            httpx.get(auth.authorize_url(client_id=fake.client_id, redirect_uri=REDIRECT)).headers["location"]
        ).params["code"]
        auth.authorization_code(
            client_id=fake.client_id, client_secret=fake.client_secret, code=code, redirect_uri=REDIRECT
        )
        pkce = Pkce.generate()
        url = auth.authorize_url(client_id=fake.public_client_id, redirect_uri=REDIRECT, code_challenge=pkce)
        code = httpx.URL(httpx.get(url).headers["location"]).params["code"]
        auth.authorization_code(
            client_id=fake.public_client_id, code=code, redirect_uri=REDIRECT, code_verifier=pkce
        )
    ours = [r.body for r in fake.requests[before:] if r.path == TOKEN_PATH]
    # the SDK's forms in the same order: cc scoped, (cc unscoped), ropc, refresh, code, pkce
    theirs = [sdk[0], sdk[2], sdk[3], sdk[5], sdk[6]]
    assert ours == theirs
    record(SECTION, "Python CortiAuth forms equal the SDK's (5 grants)", 5, "equal")
