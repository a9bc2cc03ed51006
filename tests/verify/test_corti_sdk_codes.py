"""Corti's JavaScript SDK drives code prediction (`codes.predict`) against the fake: the
current request (`filter`, the split ICD-10-CM systems) as SDK 1.0.0 sends it, every answer
parsed in the SDK without its "Failed to validate." warning (`run_sdk` checks), and the
requests the fake refuses (an empty `system`, an unknown document) as 400s."""

from __future__ import annotations

from corti_interactions.testing import FakeCorti

from .conftest import Recorder
from .test_corti_sdk import SECTION, failed, fake, node, ok, run_sdk  # noqa: F401 - fixtures
from .test_corti_sdk_scribe import call, paths

TEXT = "Patient with type 2 diabetes and no fever. Short arm splint applied."


def test_codes_predict(node: str, fake: FakeCorti, record: Recorder) -> None:  # noqa: F811
    iid = fake.add_interaction()["id"]
    run = run_sdk(node, fake, ("classic", [
        call("documents", "create", iid, {"context": [{"type": "string", "data": "The patient reports a cough."}],
                                          "templateKey": "corti-brief-note", "outputLanguage": "en"}),
    ]))  # fmt: skip
    (document,) = run.steps("classic")
    did = ok(document)["id"]
    run = run_sdk(node, fake, ("codes", [
        call("codes", "predict", {"system": ["icd10cm-outpatient", "cpt"], "context": [{"type": "text", "text": TEXT}]}),
        call("codes", "predict", {"system": ["icd10cm-inpatient"], "context": [{"type": "text", "text": TEXT}],
                                  "filter": {"include": ["E11"], "exclude": ["E11.9"], "expand": True}}),
        call("codes", "predict", {"system": ["icd10cm-outpatient"], "context": [{"type": "documentId", "documentId": did}]}),
        call("codes", "predict", {"system": [], "context": [{"type": "text", "text": TEXT}]}),
        call("codes", "predict", {"system": ["cpt"], "context": [{"type": "documentId", "documentId": "no-such-document"}]}),
    ]))  # fmt: skip
    both, filtered, from_document, no_system, no_document = run.steps("codes")
    answer = ok(both)
    assert [(c["system"], c["code"]) for c in answer["codes"]] == [
        ("icd10cm-outpatient", "E119"),
        ("cpt", "29125"),
    ]
    assert [c["code"] for c in answer["candidates"]] == ["R509"]  # "no fever"
    evidence = answer["codes"][1]["evidences"][0]
    assert TEXT[evidence["start"] : evidence["end"]] == evidence["text"] == "splint"
    assert ok(filtered)["codes"] == [] and ok(filtered)["candidates"] == []
    assert [c["code"] for c in ok(from_document)["codes"]] == ["R059"]
    failed(no_system, 400, "A0003")
    failed(no_document, 400, "A0003")
    assert set(paths(run, "codes")) == {"POST /v2/tools/coding/"}
    sent = run.wire("codes")[1]["body"]["json"]
    assert sent["filter"] == {"include": ["E11"], "exclude": ["E11.9"], "expand": True}
    assert "maxCandidates" not in sent
    record(
        f"{SECTION}: code prediction",
        "codes.predict: two systems, a filter, a documentId context, an empty system list, an unknown document",
        5,
        "every answer parsed in the SDK; evidence spans into the context; the refusals are 400 A0003",
    )
