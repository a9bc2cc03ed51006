"""Contract for the scribe operations: every request the client sends for them, judged by
Stoplight Prism (the spec's request schemas closed, so a misspelt field fails), and every
answer Prism makes up from the spec parsed by the client."""

from __future__ import annotations

from corti_interactions import APIStatusError, BinaryResponse, CortiClient

from tests.test_scribe_operations import CASES, _resource

from .conftest import Recorder


def send_scribe_calls(base_url: str) -> list[str]:
    """Each case's outcome: `<resource>.<method> <status>`, or Prism's reasons for refusing it."""
    outcomes = []
    with CortiClient(base_url=base_url, tenant_name="copiloteu", token="any-token", max_retries=0) as client:
        for case in CASES:
            resource = _resource(client, case.resource)
            name = f"{case.resource}.{case.method}"
            try:
                if case.parsed == "BinaryResponse":
                    with getattr(resource.with_streaming_response, case.method)(
                        *case.args, **case.kwargs
                    ) as got:
                        status = got.status_code
                        assert isinstance(got, BinaryResponse)
                        got.read()
                else:
                    raw = getattr(resource.with_raw_response, case.method)(*case.args, **case.kwargs)
                    status = raw.status_code
                    assert type(raw.parse()).__name__ == case.parsed, name
                outcomes.append(f"{name} {status}")
            except APIStatusError as exc:
                why = exc.response.headers.get("sl-violations", "")
                outcomes.append(f"{name} {exc.status_code}: {why}")
    return outcomes


def expected() -> list[str]:
    # Prism answers an operation's first success status: 201 for transcripts.create (202 is
    # the asynchronous answer, which a mock does not choose).
    return [f"{c.resource}.{c.method} {201 if (c.resource, c.method) == ('transcripts', 'create') else c.status}"
            for c in CASES]  # fmt: skip


def test_prism_accepts_every_scribe_request_and_the_client_parses_its_answers(
    prism: str,
    record: Recorder,
) -> None:
    assert send_scribe_calls(prism) == expected()
    record("Contract (Prism)", "client calls of every scribe operation accepted by Prism", len(CASES),
           "all accepted, every answer parsed")  # fmt: skip


def test_prism_refuses_a_body_of_neither_document_form(prism: str) -> None:
    import httpx

    response = httpx.post(
        f"{prism}/interactions/3c90c3cc-0d44-4b50-8888-8dd25736052a/documents/",
        json={"context": [], "outputLanguage": "en", "templateKey": "k", "template": {"sectionKeys": []}},
        headers={"Tenant-Name": "copiloteu", "Authorization": "Bearer x"},
    )
    assert response.status_code in (400, 422)
