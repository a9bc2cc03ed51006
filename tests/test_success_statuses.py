"""Any 2xx is a success: an undeclared one is parsed with the operation's success model.

After a create that succeeded, an exception is the worst outcome (the caller retries and
makes a duplicate); Corti's SDKs accept any 2xx and its wire tests answer 200 to a create
and a delete.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from corti_interactions import APIResponseValidationError, InteractionsCreateResponse
from corti_interactions._response import RawResponse
from corti_interactions_api.models import InteractionsGetResponse

from .conftest import INTERACTION_ID, Harness, seed_response

CREATED = {"interactionId": INTERACTION_ID, "websocketUrl": "wss://api.eu.corti.app/v2/x/streams"}
ENCOUNTER = {"identifier": "e", "status": "planned", "type": "consultation"}


def test_a_create_answered_200_is_the_created_interaction(make_harness: Any, caplog: Any) -> None:
    harness: Harness = make_harness(httpx.Response(200, json=CREATED))
    with caplog.at_level(logging.DEBUG, logger="corti_interactions"):
        created = harness.call("create", encounter=ENCOUNTER)
    assert isinstance(created, InteractionsCreateResponse)
    assert str(created.interaction_id) == INTERACTION_ID
    assert len(harness.service.requests) == 1  # not retried, no duplicate
    assert any(
        "answered 200, a success status the spec does not declare" in r.message for r in caplog.records
    )


def test_a_delete_answered_200_with_a_body_is_a_success(make_harness: Any) -> None:
    harness: Harness = make_harness(httpx.Response(200, json={"deleted": True}))
    assert harness.call("delete", INTERACTION_ID) is None


@pytest.mark.parametrize("status", [201, 202, 203])
def test_an_update_answered_with_another_2xx_is_parsed_with_its_model(make_harness: Any, status: int) -> None:
    harness: Harness = make_harness(httpx.Response(status, json=seed_response()))
    assert isinstance(harness.update(INTERACTION_ID), InteractionsGetResponse)


def test_an_undeclared_2xx_whose_body_does_not_match_is_still_a_validation_error(make_harness: Any) -> None:
    harness: Harness = make_harness(httpx.Response(202, json={"queued": True}))
    with pytest.raises(APIResponseValidationError, match="missing required field"):
        harness.update(INTERACTION_ID)


def test_several_declared_success_models_leave_an_undeclared_status_unparsed() -> None:
    request = httpx.Request("GET", "https://x/v2/things")
    raw: RawResponse[Any] = RawResponse(
        httpx.Response(206, json={}, request=request),
        attempts=1,
        elapsed=0.0,
        responses={200: InteractionsGetResponse, 201: InteractionsCreateResponse},
    )
    with pytest.raises(APIResponseValidationError, match="several success bodies"):
        raw.parse()
