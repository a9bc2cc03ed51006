"""The guided documents API (`client.documents` generate/list/get/update/delete, and
`client.documents.sections`, `client.documents.templates`, each with `.versions`), sync and
async: every operation's request through a mock transport (method, exact path, query,
headers, body) and the model it parses (bare arrays included); the `oneOf` forms of
generate refused locally; the typed retention header; and the fake's behaviour: versions of
which only the published one is used, generation from a context or an interaction's facts,
ephemeral (200, nothing kept) or saved (201), and its errors (400, 404 at every level, 409,
422)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from corti_interactions import (
    AsyncCortiClient,
    BadRequestError,
    ConflictError,
    CortiClient,
    NotFoundError,
    UnprocessableEntityError,
)
from corti_interactions._cli.commands import main
from corti_interactions.testing import FakeCorti
from corti_interactions_api.client import OPERATIONS
from corti_interactions_api.types import Unset

from .test_scribe_cli import Out
from .test_scribe_operations import Case, _check_sent, _mock, _resource, _settings

DID = "5e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6c"
SID = "0b3c6f2e-8f5a-4c61-9d0e-2a7b1c4d5e6f"
TID = "9d4f2a1b-3c5e-4f60-8a7b-1c2d3e4f5a6b"
VID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
STAMP = "2024-01-15T09:30:00+00:00"
LABEL = {"key": "specialty", "value": "cardiology"}
EPHEMERAL = {"name": "n", "templateId": TID, "templateVersionId": VID, "outputLanguage": "en",
             "stringDocument": {SID: "Plan: rest."}, "sections": [{"sectionId": SID, "heading": "Plan"}],
             "labels": [LABEL]}  # fmt: skip
DOCUMENT = {"id": DID, **EPHEMERAL, "createdAt": STAMP, "updatedAt": STAMP}
USAGE = {"creditsConsumed": 1.1}
META = {"id": SID, "name": "n", "languages": ["en"], "regions": [], "specialties": [], "labels": [],
        "createdAt": STAMP, "updatedAt": STAMP}  # fmt: skip
GENERATION = {
    "heading": "Plan",
    "instructions": {"contentPrompt": "The plan."},
    "outputSchema": {"type": "string"},
}
SECTION_VERSION = {"id": VID, "versionNumber": 0, "generation": GENERATION}
SECTION = {**META, "publishedVersion": SECTION_VERSION}
SHALLOW = {"id": VID, "versionNumber": 1, "generation": {"instructions": {"prompt": "p"},
           "sections": [{"sectionId": SID, "orderIndex": 0}]}}  # fmt: skip
TEMPLATE = {**META, "id": TID, "publishedVersion": {"id": VID, "versionNumber": 0,
            "generation": {"instructions": {"prompt": "p"}, "sections": [SECTION]}}}  # fmt: skip
STATUS = {"status": "published"}
TEXT = [{"type": "text", "text": "Plan: rest."}]
DYNAMIC = {"name": "Visit", "generation": {"instructions": {"prompt": "Brief."}, "sections": [GENERATION]}}
S, T = "documents.sections", "documents.templates"
CASES = [
    Case("documents", "list", (), {"template_id": TID, "label": ["specialty:cardiology", "a:b"]},
         f"GET /v2/documents/?templateId={TID}&label=specialty%3Acardiology&label=a%3Ab", None, 200, [DOCUMENT], "list"),
    Case("documents", "generate", (), {"output_language": "en", "context": TEXT, "template_ref": {"templateId": TID}},
         "POST /v2/documents/", {"outputLanguage": "en", "context": TEXT, "templateRef": {"templateId": TID}}, 201,
         {"document": DOCUMENT, "usageInfo": USAGE}, "GuidedDocumentsCreateResponse"),
    Case("documents", "get", (DID,), {}, f"GET /v2/documents/{DID}", None, 200, DOCUMENT, "GuidedDocument"),
    Case("documents", "update", (DID,), {"name": "m", "string_document": {SID: "Edited."}, "labels": []},
         f"PATCH /v2/documents/{DID}", {"name": "m", "stringDocument": {SID: "Edited."}, "labels": []}, 200, DOCUMENT,
         "GuidedDocument"),
    Case("documents", "delete", (DID,), {}, f"DELETE /v2/documents/{DID}", None, 204, None, "NoneType"),
    Case(S, "list", (), {"lang": ["en"], "published": True, "source": "corti"},
         "GET /v2/documents/sections/?lang=en&published=true&source=corti", None, 200, [META], "list"),
    Case(S, "create", (), {"name": "n", "generation": GENERATION, "publish": False}, "POST /v2/documents/sections/",
         {"name": "n", "generation": GENERATION, "publish": False}, 201, SECTION, "GuidedSection"),
    Case(S, "get", (SID,), {}, f"GET /v2/documents/sections/{SID}", None, 200, SECTION, "GuidedSection"),
    Case(S, "update", (SID,), {"labels": [LABEL]}, f"PATCH /v2/documents/sections/{SID}", {"labels": [LABEL]}, 200,
         SECTION, "GuidedSection"),
    Case(S, "delete", (SID,), {}, f"DELETE /v2/documents/sections/{SID}", None, 204, None, "NoneType"),
    Case(f"{S}.versions", "list", (SID,), {}, f"GET /v2/documents/sections/{SID}/versions/", None, 200,
         [SECTION_VERSION], "list"),
    Case(f"{S}.versions", "create", (SID,), {"generation": {"heading": "Next"}},
         f"POST /v2/documents/sections/{SID}/versions/", {"generation": {"heading": "Next"}}, 201, SECTION_VERSION,
         "GuidedSectionVersion"),
    Case(f"{S}.versions", "get", (SID, VID), {}, f"GET /v2/documents/sections/{SID}/versions/{VID}", None, 200,
         SECTION_VERSION, "GuidedSectionVersion"),
    Case(f"{S}.versions", "delete", (SID, VID), {}, f"DELETE /v2/documents/sections/{SID}/versions/{VID}", None,
         204, None, "NoneType"),
    Case(f"{S}.versions", "publish", (SID, VID), {}, f"POST /v2/documents/sections/{SID}/versions/{VID}/publish",
         None, 200, STATUS, "CommonStatusResponse"),
    Case(T, "list", (), {"region": ["BEL"], "specialty": ["cardiology"]},
         "GET /v2/documents/templates/?region=BEL&specialty=cardiology", None, 200, [{**META, "id": TID}], "list"),
    Case(T, "create", (), {"name": "n", "inherit_from_id": TID}, "POST /v2/documents/templates/",
         {"name": "n", "inheritFromId": TID}, 201, TEMPLATE, "GuidedTemplate"),
    Case(T, "get", (TID,), {}, f"GET /v2/documents/templates/{TID}", None, 200, TEMPLATE, "GuidedTemplate"),
    Case(T, "update", (TID,), {"name": "m"}, f"PATCH /v2/documents/templates/{TID}", {"name": "m"}, 200, TEMPLATE,
         "GuidedTemplate"),
    Case(T, "delete", (TID,), {}, f"DELETE /v2/documents/templates/{TID}", None, 204, None, "NoneType"),
    Case(f"{T}.versions", "list", (TID,), {}, f"GET /v2/documents/templates/{TID}/versions/", None, 200, [SHALLOW],
         "list"),
    Case(f"{T}.versions", "create", (TID,), {"generation": {"sections": [{"sectionId": SID}]}},
         f"POST /v2/documents/templates/{TID}/versions/", {"generation": {"sections": [{"sectionId": SID}]}}, 201,
         SHALLOW, "GuidedShallowTemplateVersionResponse"),
    Case(f"{T}.versions", "get", (TID, VID), {}, f"GET /v2/documents/templates/{TID}/versions/{VID}", None, 200,
         SHALLOW, "GuidedShallowTemplateVersionResponse"),
    Case(f"{T}.versions", "delete", (TID, VID), {}, f"DELETE /v2/documents/templates/{TID}/versions/{VID}", None,
         204, None, "NoneType"),
    Case(f"{T}.versions", "publish", (TID, VID), {}, f"POST /v2/documents/templates/{TID}/versions/{VID}/publish",
         None, 200, STATUS, "CommonStatusResponse"),
]  # fmt: skip
IDS = [f"{c.resource}.{c.method}" for c in CASES]
GUIDED = ("documents", S, f"{S}.versions", T, f"{T}.versions")


def test_the_cases_cover_every_guided_operation() -> None:
    covered = {(c.resource, c.method) for c in CASES}
    assert covered == {(r, m) for r in GUIDED for m in OPERATIONS[r]}
    assert len(covered) == 25


def _check_parsed(case: Case, result: Any) -> None:
    assert type(result).__name__ == case.parsed
    if isinstance(result, list):  # a bare array: each item the spec's model
        (item,) = result
        assert item.to_dict() == case.answer[0]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_sync_call_sends_and_parses(case: Case) -> None:
    seen: list[httpx.Request] = []
    with CortiClient(
        tenant_name="t", token="x", base_url="https://api.example/v2", transport=_mock(case, seen)
    ) as c:
        _check_parsed(case, getattr(_resource(c, case.resource), case.method)(*case.args, **case.kwargs))
    (request,) = seen
    _check_sent(case, request)
    assert "x-corti-retention-policy" not in request.headers


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_async_call_sends_and_parses(case: Case) -> None:
    seen: list[httpx.Request] = []

    async def main() -> Any:
        async with AsyncCortiClient(
            tenant_name="t", token="x", base_url="https://api.example/v2", transport=_mock(case, seen)
        ) as client:
            return await getattr(_resource(client, case.resource), case.method)(*case.args, **case.kwargs)

    _check_parsed(case, asyncio.run(main()))
    (request,) = seen
    _check_sent(case, request)


def test_the_retention_policy_is_a_typed_header_and_an_ephemeral_answer_parses() -> None:
    answer = {"document": EPHEMERAL, "usageInfo": USAGE}
    case = Case("documents", "generate", (), {}, "", None, 200, answer, "")
    seen: list[httpx.Request] = []
    with CortiClient(
        tenant_name="t", token="x", base_url="https://api.example/v2", transport=_mock(case, seen)
    ) as c:
        result = c.documents.generate(
            output_language="en",
            interaction_id=VID,
            template_ref={"templateId": TID},
            x_corti_retention_policy="none",
        )
        with pytest.raises(
            ValueError, match=r"x_corti_retention_policy must be one of \['none'\]; got 'keep'"
        ):
            c.documents.generate(
                output_language="en",
                context=TEXT,
                template_ref={"templateId": TID},
                x_corti_retention_policy="keep",
            )
    (request,) = seen  # the refused call sent nothing
    assert request.headers["x-corti-retention-policy"] == "none"
    assert json.loads(request.content) == {
        "outputLanguage": "en",
        "interactionId": VID,
        "templateRef": {"templateId": TID},
    }
    assert type(result).__name__ == "GuidedDocumentsCreateEphemeralResponse"
    assert not hasattr(result.document, "id")


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"context": TEXT, "interaction_id": VID, "template_ref": {"templateId": TID}}, "fits none of its forms"),
        ({"template_ref": {"templateId": TID}}, "fits none of its forms"),  # neither context nor interaction
        ({"context": TEXT}, "fits none of its forms"),  # no template form
        ({"context": TEXT, "template_ref": {"templateId": TID}, "dynamic_template": DYNAMIC}, "fits none"),
        ({"context": [{"type": "facts", "data": []}], "dynamic_template": DYNAMIC}, "fits none"),  # classic spelling
    ],
)  # fmt: skip
def test_generate_refuses_fields_of_no_single_form_before_sending(
    kwargs: dict[str, Any], problem: str
) -> None:
    seen: list[httpx.Request] = []
    with (
        CortiClient(
            tenant_name="t", token="x", base_url="https://api.example/v2", transport=_mock(CASES[1], seen)
        ) as c,
        pytest.raises(ValueError, match=problem) as refused,
    ):
        c.documents.generate(output_language="en", **kwargs)
    assert seen == []
    assert "GuidedDocumentsGenerateByTemplateRef" in str(refused.value) or "context[0]" in str(refused.value)


def test_create_takes_one_of_its_two_forms() -> None:
    seen: list[httpx.Request] = []
    with CortiClient(
        tenant_name="t", token="x", base_url="https://api.example/v2", transport=_mock(CASES[6], seen)
    ) as c:
        with pytest.raises(ValueError, match=r"\(name\) fits none of its forms"):
            c.documents.sections.create(name="n")
        with pytest.raises(ValueError, match="fits none"):  # a scratch generation lacks its prompts
            c.documents.sections.create(name="n", generation={"heading": "h"})
    assert seen == []


def test_the_nested_resources_are_where_corti_puts_them() -> None:
    for client in (CortiClient(tenant_name="t", token="x"), AsyncCortiClient(tenant_name="t", token="x")):
        prefix = "Async" if isinstance(client, AsyncCortiClient) else ""
        assert type(client.documents.sections.versions).__name__ == f"{prefix}DocumentsSectionsVersions"
        assert type(client.documents.templates.versions).__name__ == f"{prefix}DocumentsTemplatesVersions"
        assert type(client.documents.classic).__name__ == f"{prefix}DocumentsClassic"
        assert type(client.templates).__name__ == f"{prefix}Templates"  # the classic catalog stays


# -- against the fake ------------------------------------------------------------------------

MISSING = "00000000-0000-4000-8000-000000000000"


@pytest.fixture(scope="module")
def fake() -> Any:
    with FakeCorti() as server:
        yield server


def _workflow(client: Any, call: Any, iid: str) -> dict[str, Any]:
    """Every guided operation once against the fake; returns what each answered."""
    seen: dict[str, Any] = {}
    sections, templates, documents = client.documents.sections, client.documents.templates, client.documents
    standard = call(templates.list(source="corti", lang=["en"]))
    seen["templates.list"] = [t.name for t in standard]
    soap = call(templates.get(standard[0].id))
    seen["templates.get"] = [s.name for s in soap.published_version.generation.sections]
    seen["sections.list"] = len(call(sections.list(source="corti", published=True)))
    mine = call(sections.create(name="Meds", generation={**GENERATION, "heading": "Medications",
                "instructions": {"contentPrompt": "Medications taken."}}, publish=False))  # fmt: skip
    seen["sections.create"] = (mine.name, isinstance(mine.published_version, Unset))  # not published
    (v0,) = call(sections.versions.list(mine.id))
    seen["sections.versions.publish"] = call(sections.versions.publish(mine.id, v0.id)).status
    v1 = call(sections.versions.create(mine.id, generation={**GENERATION, "heading": "Drugs"}))
    seen["sections.versions.create"] = v1.version_number
    seen["sections.versions.get"] = call(sections.versions.get(mine.id, v1.id)).generation.heading
    seen["sections.get"] = call(sections.get(mine.id)).published_version.generation.heading  # v0 stays live
    call(sections.versions.delete(mine.id, v1.id))
    seen["sections.update"] = call(sections.update(mine.id, labels=[LABEL])).labels[0].value
    template = call(templates.create(name="Mine", generation={"instructions": {"prompt": "Short."},
                                     "sections": [{"sectionId": mine.id}]}))  # fmt: skip
    seen["templates.create"] = [s.name for s in template.published_version.generation.sections]
    tv = call(templates.versions.create(template.id, generation={"sections": [{"sectionId": mine.id}]}))
    seen["templates.versions.get"] = call(templates.versions.get(template.id, tv.id)).version_number
    seen["templates.versions.publish"] = call(templates.versions.publish(template.id, tv.id)).status
    seen["templates.versions.list"] = [v.version_number for v in call(templates.versions.list(template.id))]
    seen["templates.update"] = call(templates.update(template.id, name="Renamed")).name
    saved = call(documents.generate(output_language="en", interaction_id=iid, template_ref={"templateId": soap.id},
                                    labels=[LABEL]))  # fmt: skip
    headings = {s.section_id: s.heading for s in saved.document.sections}
    seen["documents.generate"] = {headings[k]: v for k, v in saved.document.string_document.to_dict().items()}
    ephemeral = call(documents.generate(output_language="en", context=[{"type": "text", "text": "She takes 5 mg."}],
                                        template_ref={"templateId": template.id}, x_corti_retention_policy="none"))  # fmt: skip
    seen["documents.generate.ephemeral"] = list(ephemeral.document.string_document.to_dict().values())
    seen["documents.list"] = [d.id for d in call(documents.list(label=["specialty:cardiology"]))] == [
        saved.document.id
    ]
    seen["documents.update"] = call(documents.update(saved.document.id, name="Edited")).name
    seen["documents.get"] = call(documents.get(saved.document.id)).name
    call(documents.delete(saved.document.id))
    call(templates.versions.delete(template.id, template.published_version.id))  # v0, no longer published
    call(templates.delete(template.id))
    call(sections.delete(mine.id))
    seen["after_deletes"] = (
        len(call(documents.list())),
        call(sections.get(mine.id)).deleted_at is not None,  # soft: still readable by id
        mine.id in [s.id for s in call(sections.list())],
    )
    return seen


EXPECTED = {
    "templates.list": ["SOAP note"],
    # a standard section per fact group (allergies and social history since Corti's examples' keys)
    "templates.get": [
        "Chief complaint",
        "Allergies",
        "Social history",
        "Medications",
        "Vitals",
        "Assessment",
        "Plan",
    ],
    "sections.list": 7,
    "sections.create": ("Meds", True),
    "sections.versions.publish": "published",
    "sections.versions.create": 1,
    "sections.versions.get": "Drugs",
    "sections.get": "Medications",
    "sections.update": "cardiology",
    "templates.create": ["Meds"],
    "templates.versions.get": 1,
    "templates.versions.publish": "published",
    "templates.versions.list": [0, 1],
    "templates.update": "Renamed",
    "documents.generate": {
        "Chief complaint": "",
        "Allergies": "",
        "Social history": "",
        "Medications": "Takes ibuprofen 400 mg.",
        "Vitals": "",
        "Assessment": "",
        "Plan": "Plan: rest.",
    },
    "documents.generate.ephemeral": ["She takes 5 mg."],
    "documents.list": True,
    "documents.update": "Edited",
    "documents.get": "Edited",
    "after_deletes": (0, True, False),
}


def _interaction(fake: FakeCorti) -> str:
    iid: str = fake.add_interaction()["id"]
    with CortiClient(**_settings(fake)) as client:
        facts = client.facts.create(iid, facts=[
            {"text": "Takes ibuprofen 400 mg.", "group": "medications"}, {"text": "Plan: rest.", "group": "plan"},
            {"text": "Smokes.", "group": "other"},
        ]).facts  # fmt: skip
        client.facts.update(iid, facts[2].id, is_discarded=True)  # discarded: not passed on
    return iid


def test_every_guided_operation_against_the_fake_sync(fake: FakeCorti) -> None:
    iid = _interaction(fake)
    with CortiClient(**_settings(fake)) as client:
        assert _workflow(client, lambda value: value, iid) == EXPECTED


def test_every_guided_operation_against_the_fake_async(fake: FakeCorti) -> None:
    iid = _interaction(fake)

    async def main() -> dict[str, Any]:
        async with AsyncCortiClient(**_settings(fake)) as client:
            loop = asyncio.get_running_loop()

            def call(coroutine: Any) -> Any:
                return asyncio.run_coroutine_threadsafe(coroutine, loop).result()

            seen: dict[str, Any] = await loop.run_in_executor(None, _workflow, client, call, iid)
            return seen

    assert asyncio.run(main()) == EXPECTED


def test_generate_is_deterministic_and_renders_by_output_schema(fake: FakeCorti) -> None:
    sections = [
        {**GENERATION, "heading": "Plan", "outputSchema": {"type": "array", "itemFormat": "numbered",
                                                           "items": {"type": "string"}}},
        {"heading": "Vitals", "instructions": {"contentPrompt": "Vitals."}, "outputSchema": {
            "type": "object", "fields": [{"key": "vitals", "description": "Blood pressure", "value": {"type": "string"}}]}},
    ]  # fmt: skip
    context = [{"type": "facts", "facts": [{"text": "Plan: rest."}, {"text": "Follow up in a week.", "group": "plan"}]},
               {"type": "text", "text": "Blood pressure is 120 over 80."}]  # fmt: skip
    dynamic = {"name": "Visit", "generation": {"instructions": {"prompt": "Brief."}, "sections": sections}}
    with CortiClient(**_settings(fake)) as client:
        answers = [
            client.documents.generate(
                output_language="en",
                context=context,
                dynamic_template=dynamic,
                x_corti_retention_policy="none",
            ).document
            for _ in range(2)
        ]
    texts = [list(a.string_document.to_dict().values()) for a in answers]
    assert (
        texts[0]
        == texts[1]
        == ["1. Plan: rest.\n2. Follow up in a week.", "vitals: Blood pressure is 120 over 80."]
    )
    assert answers[0].structured_document.to_dict()[answers[0].sections[0].section_id] == [
        "Plan: rest.",
        "Follow up in a week.",
    ]


def test_only_a_published_version_can_be_used(fake: FakeCorti) -> None:
    with CortiClient(**_settings(fake)) as client:
        draft = client.documents.sections.create(name="Draft", generation=GENERATION, publish=False)
        with pytest.raises(UnprocessableEntityError, match="no published version"):
            client.documents.generate(output_language="en", context=TEXT,
                                      assembly_template={"name": "A", "sectionRefs": [{"sectionId": draft.id}]})  # fmt: skip
        with pytest.raises(BadRequestError):  # nothing published to inherit from
            client.documents.sections.create(name="Child", inherit_from_id=draft.id)
        with pytest.raises(UnprocessableEntityError):  # a template of it
            template = client.documents.templates.create(name="T", generation={"sections": []}, publish=False)
            client.documents.generate(
                output_language="en", context=TEXT, template_ref={"templateId": template.id}
            )
        (v0,) = client.documents.sections.versions.list(draft.id)
        client.documents.sections.versions.publish(draft.id, v0.id)
        v1 = client.documents.sections.versions.create(draft.id, generation={**GENERATION, "heading": "New"})
        with pytest.raises(UnprocessableEntityError, match="is not published"):
            client.documents.generate(output_language="en", context=TEXT, assembly_template={
                "name": "A", "sectionRefs": [{"sectionId": draft.id, "sectionVersionId": str(v1.id)}]})  # fmt: skip
        used = client.documents.generate(output_language="en", context=TEXT, x_corti_retention_policy="none",
                                         assembly_template={"name": "A", "sectionRefs": [{"sectionId": draft.id}]})  # fmt: skip
        assert [s.heading for s in used.document.sections] == ["Plan"]  # v0, the published one
        with pytest.raises(ConflictError, match="published version cannot be deleted"):
            client.documents.sections.versions.delete(draft.id, v0.id)
        client.documents.sections.create(name="Child", inherit_from_id=draft.id)
        with pytest.raises(ConflictError, match="inherit"):
            client.documents.sections.delete(draft.id)


def test_ephemeral_generation_keeps_no_document_and_a_saved_one_is_201(fake: FakeCorti) -> None:
    with CortiClient(**_settings(fake)) as client:
        before = len(client.documents.list())
        raw = client.documents.with_raw_response.generate(
            output_language="en", context=TEXT, dynamic_template=DYNAMIC, x_corti_retention_policy="none"
        )
        assert (raw.status_code, len(client.documents.list())) == (200, before)
        saved = client.documents.with_raw_response.generate(
            output_language="en", context=TEXT, dynamic_template=DYNAMIC
        )
        assert (saved.status_code, len(client.documents.list())) == (201, before + 1)
        kept = client.documents.get(saved.parse().document.id)
    assert list(kept.string_document.to_dict().values()) == list(
        raw.parse().document.string_document.to_dict().values()
    )


def test_unknown_ids_are_404_at_every_level(fake: FakeCorti) -> None:
    with CortiClient(**_settings(fake)) as client:
        section = client.documents.sections.create(name="S", generation=GENERATION)
        template = client.documents.templates.create(
            name="T", generation={"sections": [{"sectionId": section.id}]}
        )
        d, s, t = client.documents, client.documents.sections, client.documents.templates
        calls = [
            lambda: d.get(MISSING), lambda: d.update(MISSING, name="x"), lambda: d.delete(MISSING),
            lambda: d.generate(output_language="en", context=TEXT, template_ref={"templateId": MISSING}),
            lambda: d.generate(output_language="en", interaction_id=MISSING, template_ref={"templateId": template.id}),
            lambda: d.generate(output_language="en", context=TEXT, assembly_template={"name": "a", "sectionRefs": [{"sectionId": MISSING}]}),
            lambda: d.generate(output_language="en", context=TEXT, template_ref={"templateId": template.id, "templateVersionId": MISSING}),
            lambda: s.get(MISSING), lambda: s.update(MISSING, name="x"), lambda: s.delete(MISSING),
            lambda: s.create(name="c", inherit_from_id=MISSING),
            lambda: s.versions.list(MISSING), lambda: s.versions.create(MISSING, generation={}),
            lambda: s.versions.get(section.id, MISSING), lambda: s.versions.delete(section.id, MISSING),
            lambda: s.versions.publish(section.id, MISSING), lambda: s.versions.get(MISSING, MISSING),
            lambda: t.get(MISSING), lambda: t.update(MISSING, name="x"), lambda: t.delete(MISSING),
            lambda: t.create(name="c", generation={"sections": [{"sectionId": MISSING}]}),
            lambda: t.versions.list(MISSING), lambda: t.versions.create(template.id, generation={"sections": [{"sectionId": MISSING}]}),
            lambda: t.versions.get(template.id, MISSING), lambda: t.versions.delete(template.id, MISSING),
            lambda: t.versions.publish(template.id, MISSING),
        ]  # fmt: skip
        for call in calls:
            with pytest.raises(NotFoundError):
                call()


def test_a_bad_body_is_400_with_the_validation_shape(fake: FakeCorti) -> None:
    response = httpx.post(
        f"{fake.base_url}/documents/",
        json={
            "outputLanguage": "en",
            "context": TEXT,
            "interactionId": VID,
            "templateRef": {"templateId": TID},
        },
        headers={"Tenant-Name": fake.tenant_name, "Authorization": f"Bearer {fake.issue_token()}"},
    )
    assert response.status_code == 400
    assert response.json()["type"] == "A0003" and response.json()["validationErrors"]
    body = {"outputLanguage": "en", "context": TEXT, "dynamicTemplate": DYNAMIC}
    headers = {"Tenant-Name": fake.tenant_name, "Authorization": f"Bearer {fake.issue_token()}"}
    kept = httpx.post(
        f"{fake.base_url}/documents/", json=body, headers={**headers, "X-Corti-Retention-Policy": "keep"}
    )
    assert (kept.status_code, kept.json()["validationErrors"]) == (
        400,
        [{"X-Corti-Retention-Policy": "must be 'none'"}],
    )
    with CortiClient(**_settings(fake)) as client:
        section = client.documents.sections.create(name="S", generation=GENERATION, publish=False)
        again = client.documents.sections.versions.create(section.id, generation={})  # the latest's fields
        assert again.generation.to_dict() == GENERATION
        for version in client.documents.sections.versions.list(section.id):
            client.documents.sections.versions.delete(section.id, version.id)  # none published
        with pytest.raises(BadRequestError) as refused:  # nothing left to take the prompts from
            client.documents.sections.versions.create(section.id, generation={"heading": "Only"})
    assert [p.field for p in refused.value.validation_errors] == ["generation.instructions"]


def test_guided_commands_on_the_command_line(fake: FakeCorti, monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in {"CORTI_BASE_URL": fake.base_url, "CORTI_TENANT_NAME": fake.tenant_name,
                       "CORTI_TOKEN": fake.issue_token()}.items():  # fmt: skip
        monkeypatch.setenv(key, value)

    def run(*args: str) -> str:
        out, err = Out(), Out()
        assert main(list(args), out=out, err=err) == 0, err.getvalue()
        return out.getvalue()

    table = run("documents", "sections", "list", "--source", "corti", "--format", "table").splitlines()
    assert table[0].startswith("id") and len(table) == 8  # a header and the 7 standard sections
    assert len(run("documents", "templates", "list", "--format", "jsonl").splitlines()) >= 1
    body = json.dumps({"context": TEXT, "dynamicTemplate": DYNAMIC})
    answer = json.loads(run("documents", "generate", "--output-language", "en", "--body", body,
                            "--x-corti-retention-policy", "none"))  # fmt: skip
    assert "id" not in answer["document"] and list(answer["document"]["stringDocument"].values()) == [
        "Plan: rest."
    ]
