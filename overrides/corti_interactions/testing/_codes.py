"""The fake's code prediction (`POST /tools/coding/`): codes found by words in the context.

A small fixed table maps words to ICD-10-CM, CPT and SNOMED CT codes (Corti writes codes
without dots). Each text of the context is searched for each entry's words, in table order;
a match is a code with its evidence (the context index and the character span), unless a
"no " comes right before it ("no fever"), which makes it a candidate instead. ICD-10-CM
entries answer both `icd10cm-inpatient` and `icd10cm-outpatient`, SNOMED CT ones every
`snomedct*` edition; other systems find nothing here. `filter` keeps the codes starting with
an `include` prefix (all when empty) minus those starting with an `exclude` one. A
`documentId` context is a classic document's text (its sections), else a 400. Deterministic:
the same request gives the same answer.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

__all__ = ["CODE_TABLE", "codes_route", "predict"]

# (words, system family, code, display, alternatives): the first word found is the evidence.
CODE_TABLE: tuple[tuple[tuple[str, ...], str, str, str, tuple[tuple[str, str], ...]], ...] = (
    (("type 2 diabetes", "diabetes"), "icd10cm", "E119", "Type 2 diabetes mellitus without complications",
     (("E1165", "Type 2 diabetes mellitus with hyperglycemia"),)),
    (("type 2 diabetes", "diabetes"), "snomedct", "44054006", "Diabetes mellitus type 2", ()),
    (("hypertension", "blood pressure"), "icd10cm", "I10", "Essential (primary) hypertension", ()),
    (("hypertension",), "snomedct", "38341003", "Hypertensive disorder", ()),
    (("tension headache",), "icd10cm", "G44209", "Tension-type headache, unspecified, not intractable",
     (("R519", "Headache, unspecified"),)),
    (("headache",), "snomedct", "25064002", "Headache", ()),
    (("cough",), "icd10cm", "R059", "Cough, unspecified", (("R050", "Acute cough"),)),
    (("cough",), "snomedct", "49727002", "Cough", ()),
    (("fever",), "icd10cm", "R509", "Fever, unspecified", (("R502", "Drug induced fever"),)),
    (("fever",), "snomedct", "386661006", "Fever", ()),
    (("pneumonia",), "icd10cm", "J189", "Pneumonia, unspecified organism", ()),
    (("abdominal pain",), "icd10cm", "R1030", "Lower abdominal pain, unspecified",
     (("R1010", "Upper abdominal pain, unspecified"),)),
    (("splint",), "cpt", "29125", "Application of short arm splint (forearm to hand); static", ()),
    (("chest x-ray", "x-ray"), "cpt", "71046", "Radiologic examination, chest; 2 views", ()),
    (("follow up", "follow-up"), "cpt", "99213", "Office or other outpatient visit, established patient", ()),
)  # fmt: skip


def _family(system: str) -> str:
    if system.startswith("icd10cm-"):
        return "icd10cm"
    if system.startswith("snomedct"):
        return "snomedct"
    return system


def _plain(code: str) -> str:
    return code.replace(".", "").upper()


def _kept(code: str, filter_: dict[str, Any]) -> bool:
    include = [_plain(c) for c in filter_.get("include") or []]
    exclude = [_plain(c) for c in filter_.get("exclude") or []]
    if include and not any(code.startswith(c) for c in include):
        return False
    return not any(code.startswith(c) for c in exclude)


def predict(body: dict[str, Any], texts: list[str]) -> dict[str, Any]:
    """The answer to a (valid) request whose context items read as `texts`."""
    codes: list[dict[str, Any]] = []
    candidates: list[dict[str, Any]] = []
    filter_ = body.get("filter") or {}
    for system in dict.fromkeys(body["system"]):
        for words, family, code, display, alternatives in CODE_TABLE:
            if family != _family(system) or not _kept(code, filter_):
                continue
            for index, text in enumerate(texts):
                match = next((m for w in words if (m := re.search(re.escape(w), text, re.IGNORECASE))), None)
                if match is None:
                    continue
                negated = text[: match.start()].lower().endswith("no ")
                entry: dict[str, Any] = {
                    "system": system,
                    "code": code,
                    "display": display,
                    "evidences": [
                        {
                            "contextIndex": index,
                            "text": match.group(0),
                            "start": match.start(),
                            "end": match.end(),
                        }
                    ],
                    "alternatives": [{"code": c, "display": d} for c, d in alternatives],
                }
                (candidates if negated else codes).append(entry)
                break
    return {"codes": codes, "candidates": candidates, "usageInfo": {"creditsConsumed": 0.1 * len(texts)}}


def codes_route(
    api: Callable[..., Any],
    error: Callable[..., Response],
    route: Callable[..., Any],
    document_text: Callable[[str], str | None],
) -> Any:
    """The route of `POST /tools/coding/`; `document_text` reads a classic document's text."""

    def invalid(field: str, message: str) -> Response:
        return error(
            400, "A0003", "Invalid request body", str(uuid.uuid4()), validationErrors=[{field: message}]
        )

    def predict_codes(body: Any, query: dict[str, Any], stored: None, request: Request) -> Response:
        if not body["system"]:
            return invalid("system", "must hold at least one coding system")
        if not body["context"]:
            return invalid("context", "must hold at least one item")
        texts = []
        for index, item in enumerate(body["context"]):
            if item["type"] == "text":
                texts.append(item["text"])
                continue
            text = document_text(item["documentId"])
            if text is None:
                return invalid(f"context.{index}.documentId", "no such document")
            texts.append(text)
        return JSONResponse(predict(body, texts))

    return route("/v2/tools/coding/", "/tools/coding/", {"POST": predict_codes})
