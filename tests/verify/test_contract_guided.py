"""Contract for code prediction and the guided documents API: every request the client sends
for them (the `CASES` of tests/test_codes.py and tests/test_guided_documents.py), judged by
Stoplight Prism (`--errors`: a request the spec refuses is an error), and every answer Prism
makes up from the spec (bare arrays included) parsed by the client."""

from __future__ import annotations

from corti_interactions import APIStatusError, CortiClient

from tests.test_codes import CASES as CODES_CASES
from tests.test_guided_documents import CASES as GUIDED_CASES
from tests.test_scribe_operations import _resource

from .conftest import Recorder

CASES = [*CODES_CASES, *GUIDED_CASES]
TEMPLATE_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"


def send_calls(base_url: str) -> list[str]:
    """Each case's outcome: `<resource>.<method> <status>`, or Prism's reasons for refusing it."""
    outcomes = []
    with CortiClient(base_url=base_url, tenant_name="copiloteu", token="any-token", max_retries=0) as client:
        for case in CASES:
            name = f"{case.resource}.{case.method}"
            try:
                raw = getattr(_resource(client, case.resource).with_raw_response, case.method)(
                    *case.args, **case.kwargs
                )
                outcomes.append(f"{name} {raw.status_code} {type(raw.parse()).__name__}")
            except APIStatusError as exc:
                why = exc.response.headers.get("sl-violations", "")
                outcomes.append(f"{name} {exc.status_code}: {why}")
    return outcomes


def test_prism_accepts_every_codes_and_guided_request_and_the_client_parses_its_answers(
    prism: str,
    record: Recorder,
) -> None:
    # Prism answers an operation's lowest success status: 200 (the ephemeral form) for generate.
    expected = [
        f"{c.resource}.{c.method} 200 GuidedDocumentsCreateEphemeralResponse"
        if (c.resource, c.method) == ("documents", "generate")
        else f"{c.resource}.{c.method} {c.status} {c.parsed}"
        for c in CASES
    ]
    assert send_calls(prism) == expected
    record("Contract (Prism)", "client calls of every codes and guided documents operation accepted by Prism",
           len(CASES), "all accepted, every answer parsed")  # fmt: skip


def test_prism_refuses_a_generate_body_of_two_template_forms(prism: str) -> None:
    import httpx

    response = httpx.post(
        f"{prism}/documents/",
        json={"outputLanguage": "en", "context": [], "templateRef": {"templateId": TEMPLATE_ID},
              "assemblyTemplate": {"name": "a", "sectionRefs": []}},
        headers={"Tenant-Name": "copiloteu", "Authorization": "Bearer x"},
    )  # fmt: skip
    assert response.status_code in (400, 422)
