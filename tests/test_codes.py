"""Code prediction (`client.codes.predict`, `POST /tools/coding/`), sync and async: the
request of Corti's SDK 5 (`filter`, the split ICD-10-CM systems) through a mock transport,
bad input refused before sending, the fake's predictions (evidence spans into the context,
filters, candidates), its errors, and the command line."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import httpx
import pytest
from corti_interactions import AsyncCortiClient, BadRequestError, CortiClient
from corti_interactions._cli.commands import main
from corti_interactions.testing import FakeCorti
from corti_interactions_api.client import OPERATIONS
from corti_interactions_api.models import CodesGeneralResponse, CommonCodingSystemEnum

from .test_scribe_cli import Out
from .test_scribe_operations import Case, _check_sent, _mock, _resource, _settings

TEXT = "Short arm splint applied in ED for pain control."
ANSWER = {
    "codes": [{"system": "icd10cm-outpatient", "code": "R1030", "display": "Lower abdominal pain, unspecified",
               "evidences": [{"contextIndex": 0, "text": "abdominal pain", "start": 0, "end": 14}],
               "alternatives": [{"code": "R1010", "display": "Upper abdominal pain, unspecified"}]}],
    "candidates": [{"system": "snomedctno", "code": "1", "display": "An edition this client does not know"}],
    "usageInfo": {"creditsConsumed": 1.5},
}  # fmt: skip
CASES = [
    Case("codes", "predict", (),
         {"system": ["icd10cm-outpatient", "cpt"], "context": [{"type": "text", "text": TEXT}],
          "filter_": {"include": ["E11"], "exclude": ["E11.9"], "expand": True}},
         "POST /v2/tools/coding/",
         {"system": ["icd10cm-outpatient", "cpt"], "context": [{"type": "text", "text": TEXT}],
          "filter": {"include": ["E11"], "exclude": ["E11.9"], "expand": True}},
         200, ANSWER, "CodesGeneralResponse"),
]  # fmt: skip


def test_the_cases_cover_every_codes_operation() -> None:
    assert {(c.resource, c.method) for c in CASES} == {("codes", m) for m in OPERATIONS["codes"]}


@pytest.mark.parametrize("case", CASES, ids=[c.method for c in CASES])
def test_sync_predict_sends_the_current_request_and_parses(case: Case) -> None:
    seen: list[httpx.Request] = []
    with CortiClient(
        tenant_name="t", token="x", base_url="https://api.example/v2", transport=_mock(case, seen)
    ) as c:
        result = getattr(_resource(c, case.resource), case.method)(*case.args, **case.kwargs)
    (request,) = seen
    _check_sent(case, request)
    assert isinstance(result, CodesGeneralResponse)
    (code,) = result.codes
    assert (code.system, code.code, code.evidences[0].start, code.alternatives[0].code) == (
        CommonCodingSystemEnum.ICD10CM_OUTPATIENT,
        "R1030",
        0,
        "R1010",
    )
    assert result.candidates[0].system == "snomedctno"  # a system added later is kept as a string


@pytest.mark.parametrize("case", CASES, ids=[c.method for c in CASES])
def test_async_predict_sends_the_current_request_and_parses(case: Case) -> None:
    seen: list[httpx.Request] = []

    async def main() -> Any:
        async with AsyncCortiClient(
            tenant_name="t", token="x", base_url="https://api.example/v2", transport=_mock(case, seen)
        ) as client:
            return await getattr(_resource(client, case.resource), case.method)(*case.args, **case.kwargs)

    result = asyncio.run(main())
    (request,) = seen
    _check_sent(case, request)
    assert result.usage_info.credits_consumed == 1.5


@pytest.mark.parametrize(
    ("kwargs", "names"),
    [
        ({"system": ["icd10cm"], "context": [{"type": "text", "text": "x"}]}, "system[0] must be one of"),
        ({"system": ["cpt"], "context": [{"type": "text"}]}, "context[0] (type) fits none of its forms"),
        ({"system": ["cpt"], "context": [{"type": "documentId", "text": "x"}]}, "context[0] (type, text) fits none"),
        ({"system": ["cpt"], "context": [], "filter_": {"include": "E11"}}, "filter_.include must be a list"),
    ],
)  # fmt: skip
def test_bad_requests_are_refused_before_sending(kwargs: dict[str, Any], names: str) -> None:
    seen: list[httpx.Request] = []
    with (
        CortiClient(
            tenant_name="t", token="x", base_url="https://api.example/v2", transport=_mock(CASES[0], seen)
        ) as c,
        pytest.raises(
            ValueError,
            match=re.escape(names),
        ),
    ):
        c.codes.predict(**kwargs)
    assert seen == []


def test_the_retired_max_candidates_is_not_offered() -> None:
    with CortiClient(tenant_name="t", token="x") as client, pytest.raises(TypeError, match="max_candidates"):
        client.codes.predict(system=["cpt"], context=[], max_candidates=5)  # type: ignore[call-arg]


# -- against the fake ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fake() -> Any:
    with FakeCorti() as server:
        yield server


SENTENCES = ["Patient with type 2 diabetes and no fever.", "Short arm splint applied; chest x-ray taken."]


def _predict(client: Any, **kwargs: Any) -> Any:
    return client.codes.predict(
        system=["icd10cm-outpatient", "cpt", "snomedctus"],
        context=[{"type": "text", "text": s} for s in SENTENCES],
        **kwargs,
    )


def _summary(result: Any) -> dict[str, list[tuple[str, str, int]]]:
    return {
        "codes": [(str(c.system), c.code, c.evidences[0].context_index) for c in result.codes],
        "candidates": [(str(c.system), c.code, c.evidences[0].context_index) for c in result.candidates],
    }


EXPECTED = {
    "codes": [("icd10cm-outpatient", "E119", 0), ("cpt", "29125", 1), ("cpt", "71046", 1),
              ("snomedctus", "44054006", 0)],
    "candidates": [("icd10cm-outpatient", "R509", 0), ("snomedctus", "386661006", 0)],
}  # fmt: skip


def test_the_fake_predicts_codes_with_evidence_spans_sync(fake: FakeCorti) -> None:
    with CortiClient(**_settings(fake)) as client:
        result = _predict(client)
        again = _predict(client)
    assert _summary(result) == EXPECTED
    for code in [*result.codes, *result.candidates]:
        evidence = code.evidences[0]
        assert SENTENCES[evidence.context_index][evidence.start : evidence.end] == evidence.text
    assert again.to_dict() == result.to_dict()  # deterministic


def test_the_fake_predicts_codes_async(fake: FakeCorti) -> None:
    async def main() -> Any:
        async with AsyncCortiClient(**_settings(fake)) as client:
            return await _predict(client)

    assert _summary(asyncio.run(main())) == EXPECTED


def test_the_fake_applies_the_filter(fake: FakeCorti) -> None:
    with CortiClient(**_settings(fake)) as client:
        only = _predict(client, filter_={"include": ["E11", "2912"], "exclude": ["E11.9"]})
        kept = _predict(client, filter_={"include": ["E11"]})
    assert [c.code for c in only.codes] == ["29125"]  # E119 excluded (dots do not matter)
    assert [c.code for c in kept.codes] == ["E119"]


def test_a_document_id_context_reads_a_classic_document(fake: FakeCorti) -> None:
    with CortiClient(**_settings(fake)) as client:
        iid = fake.add_interaction()["id"]
        document = client.documents.classic.create(
            iid, context=[{"type": "string", "data": "The patient reports a cough."}],
            template_key="corti-brief-note", output_language="en",
        )  # fmt: skip
        result = client.codes.predict(
            system=["icd10cm-inpatient"], context=[{"type": "documentId", "documentId": str(document.id)}]
        )
        assert [c.code for c in result.codes] == ["R059"]
        with pytest.raises(BadRequestError) as refused:
            client.codes.predict(
                system=["cpt"], context=[{"type": "documentId", "documentId": "no-such-document"}]
            )
    assert [(p.field, p.reason) for p in refused.value.validation_errors] == [
        ("context.0.documentId", "no such document")
    ]


def test_the_fake_refuses_an_empty_system_list_with_the_validation_shape(fake: FakeCorti) -> None:
    with CortiClient(**_settings(fake)) as client, pytest.raises(BadRequestError) as refused:
        client.codes.predict(system=[], context=[{"type": "text", "text": "x"}])
    assert refused.value.code == "A0003"
    assert [p.field for p in refused.value.validation_errors] == ["system"]


def test_the_fake_refuses_the_retired_request_shape(fake: FakeCorti) -> None:
    """`maxCandidates` and the old `icd10cm` value (Corti's older example) are 400 at the fake."""
    response = httpx.post(
        f"{fake.base_url}/tools/coding/",
        json={"system": ["icd10cm"], "context": [{"type": "text", "text": "x"}], "maxCandidates": 5},
        headers={"Tenant-Name": fake.tenant_name, "Authorization": f"Bearer {fake.issue_token()}"},
    )
    assert response.status_code == 400
    assert any("system.0" in key for error in response.json()["validationErrors"] for key in error)


def test_codes_predict_on_the_command_line(
    fake: FakeCorti, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for key, value in {"CORTI_BASE_URL": fake.base_url, "CORTI_TENANT_NAME": fake.tenant_name,
                       "CORTI_TOKEN": fake.issue_token()}.items():  # fmt: skip
        monkeypatch.setenv(key, value)
    out, err = Out(), Out()
    with pytest.raises(SystemExit) as done:
        main(["codes", "predict", "--help"], out=out, err=err)
    assert done.value.code == 0
    shown = capsys.readouterr().out  # argparse prints help itself
    assert "--system {ccam," in shown and "--filter-include" in shown
    out = Out()
    context = json.dumps({"context": [{"type": "text", "text": "Splint applied; chest x-ray."}]})
    args = ["codes", "predict", "--body", context, "--system", "cpt", "--filter-include", "29"]
    assert main(args, out=out, err=err) == 0, err.getvalue()
    assert [c["code"] for c in json.loads(out.getvalue())["codes"]] == ["29125"]
