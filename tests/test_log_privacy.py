"""httpx's INFO line for requests on a pool the client owns carries no query: a `list`
filter can hold a patient's identifier."""

from __future__ import annotations

import logging

import httpx
import pytest
from corti_interactions import CortiClient


def test_the_request_log_line_leaves_the_query_out(caplog: pytest.LogCaptureFixture) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"interactions": []}))
    client = CortiClient(tenant_name="t", token="tok", base_url="https://api.example/v2", transport=transport)
    with caplog.at_level(logging.INFO, logger="httpx"):
        client.interactions.list(patient="MRN-0012345 Jane Doe")
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert lines == ['HTTP Request: GET https://api.example/v2/interactions/ "HTTP/1.1 200 OK"']
    assert not any("MRN" in line or "Jane" in line for line in caplog.messages)
