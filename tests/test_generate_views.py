"""`tools/generate.py`: the data the templates get, and the spec uses it refuses."""

from __future__ import annotations

import copy
import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
pytest.importorskip("openapi_python_client")
_spec = importlib.util.spec_from_file_location("project_generate", ROOT / "tools" / "generate.py")
assert _spec is not None and _spec.loader is not None
generate = importlib.util.module_from_spec(_spec)
sys.modules["project_generate"] = generate
_spec.loader.exec_module(generate)

from openapi_python_client.config import Config, ConfigFile, MetaType  # noqa: E402
from openapi_python_client.parser import GeneratorData  # noqa: E402

SPEC = yaml.safe_load((ROOT / "openapi" / "interactions.yaml").read_text(encoding="utf-8"))
LIST, ITEM = "/interactions/", "/interactions/{interactionId}"


def _data(spec: dict[str, Any]) -> GeneratorData:
    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "generator-config.yml"),
        MetaType.NONE,
        ROOT / "openapi" / "interactions.yaml",
        "utf-8",
        overwrite=False,
        output_path=None,
    )
    data = GeneratorData.from_dict(copy.deepcopy(spec), config=config)
    assert isinstance(data, GeneratorData)
    return data


def views(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = generate.operation_views(_data(spec), spec)
    return result


def test_the_views_of_the_spec() -> None:
    found = {name: v for name, v in views(SPEC).items() if v.tag == "interactions"}
    assert {name: (v.tag, v.method_name, v.http_method) for name, v in found.items()} == {
        "interactions_list": ("interactions", "list", "GET"),
        "interactions_create": ("interactions", "create", "POST"),
        "interactions_get": ("interactions", "get", "GET"),
        "interactions_delete": ("interactions", "delete", "DELETE"),
        "interactions_update": ("interactions", "update", "PATCH"),
    }
    assert {name: v.idempotent for name, v in found.items()} == {
        "interactions_list": True,  # GET
        "interactions_create": False,  # POST
        "interactions_get": True,
        "interactions_delete": True,  # DELETE
        "interactions_update": True,  # PATCH, but x-idempotent: true
    }
    paging = found["interactions_list"].pagination
    assert (paging.page, paging.size, paging.items_attr, paging.item_type) == (
        "index", "page_size", "interactions", "InteractionsGetResponse",
    )  # fmt: skip
    assert found["interactions_create"].responses == {201: "InteractionsCreateResponse"}
    assert found["interactions_delete"].responses == {204: None}
    size = next(p for p in found["interactions_list"].query_params if p.python_name == "page_size")
    assert (size.wire_name, size.default, size.minimum, size.annotation) == ("pageSize", "10", "1", "int")
    status = next(p for p in found["interactions_list"].query_params if p.python_name == "encounter_status")
    assert (status.is_array, status.kind) == (True, "InteractionsEncounterStatusEnum")


def resources(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = generate.resource_views(_data(spec), spec)
    return result


def test_the_views_of_the_scribe_operations() -> None:
    found = views(SPEC)
    upload, download = found["recordings_upload"], found["recordings_get"]
    assert upload.binary_body == generate.BinaryBodyView("application/octet-stream", "157286400", "1")
    assert (upload.body_model, upload.idempotent) == (None, False)
    assert (download.binary_response, download.return_type) == (True, "BinaryResponse")
    assert download.responses == {200: "BinaryContent"}
    create = found["transcripts_create"]
    assert create.responses == {201: "TranscriptsResponse", 202: "TranscriptsResponse"}
    assert create.return_type == "TranscriptsResponse"
    assert "async_" in [f.python_name for f in create.body_fields]
    document = found["documents_classic_create"]
    assert document.body_forms == [
        "DocumentsCreateRequestWithTemplateKey",
        "DocumentsCreateRequestWithTemplate",
    ]
    fields = {f.python_name: f.required for f in document.body_fields}
    assert fields["context"] is True and fields["output_language"] is True  # in every form
    assert fields["template_key"] is False and fields["template"] is False  # in one form each
    poll = found["transcripts_get_status"].poll
    assert (poll.field, poll.done, poll.failed, poll.result, poll.start, poll.start_id) == (
        "status", ("completed",), ("failed",), "transcripts_get", "transcripts_create", "id",
    )  # fmt: skip
    tree = resources(SPEC)
    assert (tree["documents"].children, tree["documents"].has_operations) == (
        ("documents_classic", "documents_sections", "documents_templates"),
        True,  # the guided API's own generate, list, get, update, delete
    )
    classic = tree["documents_classic"]
    assert (classic.attr, classic.parent, classic.path, classic.cls) == (
        "classic", "documents", "documents.classic", "DocumentsClassic",
    )  # fmt: skip


def test_x_poll_naming_an_operation_of_other_path_parameters_is_refused() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/interactions/{interactionId}/transcripts/{transcriptId}/status"]["get"]["x-poll"][
        "result"
    ] = "transcripts_list"
    with pytest.raises(generate.SpecError, match="x-poll.result"):
        views(spec)


def test_x_parent_naming_no_tag_is_refused() -> None:
    spec = copy.deepcopy(SPEC)
    next(t for t in spec["tags"] if t["name"] == "DocumentsClassic")["x-parent"] = "Nowhere"
    with pytest.raises(generate.SpecError, match="not a tag"):
        resources(spec)


def test_x_idempotent_false_on_a_get_wins_over_the_method() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"][ITEM]["get"]["x-idempotent"] = False
    assert views(spec)["interactions_get"].idempotent is False


def _edit(path: str, method: str, **changes: Any) -> dict[str, Any]:
    spec = copy.deepcopy(SPEC)
    spec["paths"][path][method].update(changes)
    return spec


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (_edit(LIST, "post", **{"x-bulk": True}), "x-bulk needs an idempotent operation"),
        (_edit(LIST, "get", **{"x-pagination": {"page": "index", "size": "nope", "items": "interactions"}}),
         "x-pagination.size names no query parameter"),
        (_edit(LIST, "get", **{"x-pagination": {"page": "index", "size": "pageSize", "items": "missing"}}),
         "x-pagination.items must name an array of objects"),
    ],
)  # fmt: skip
def test_what_the_templates_cannot_do_is_refused(spec: dict[str, Any], message: str) -> None:
    with pytest.raises(generate.SpecError, match=message):
        views(spec)


def test_a_page_size_without_a_default_is_refused() -> None:
    spec = copy.deepcopy(SPEC)
    size = next(p for p in spec["paths"][LIST]["get"]["parameters"] if p.get("name") == "pageSize")
    del size["schema"]["default"]
    with pytest.raises(generate.SpecError, match="the page size parameter needs a default"):
        views(spec)


def test_a_header_parameter_that_is_not_a_client_setting_is_a_per_call_argument() -> None:
    """Since the guided documents' `X-Corti-Retention-Policy`: its own argument, sent as a header."""
    spec = copy.deepcopy(SPEC)
    spec["paths"][ITEM]["get"]["parameters"].append(
        {"name": "X-Trace", "in": "header", "required": False, "schema": {"type": "string"}}
    )
    (trace,) = [p for p in views(spec)["interactions_get"].query_params if p.wire_name == "X-Trace"]
    assert (trace.python_name, trace.in_header, trace.required) == ("x_trace", True, False)


def test_an_array_query_parameter_must_be_form_explode() -> None:
    spec = copy.deepcopy(SPEC)
    status = next(p for p in spec["paths"][LIST]["get"]["parameters"] if p.get("name") == "encounterStatus")
    status["explode"] = False
    with pytest.raises(generate.SpecError, match="must be style form, explode"):
        views(spec)


@pytest.mark.parametrize(
    ("where", "keyword", "value", "message"),
    [
        ("body", "maxLength", 5, r"the request body uses \['maxLength'\], which the runtime does not check"),
        ("body", "pattern", "^x", r"the request body uses \['pattern'\]"),
        ("param", "exclusiveMaximum", 100, r"parameter 'pageSize' uses \['exclusiveMaximum'\]"),
        ("param", "multipleOf", 5, r"parameter 'pageSize' uses \['multipleOf'\]"),
    ],
)
def test_constraints_the_runtime_does_not_check_are_refused(
    where: str, keyword: str, value: object, message: str
) -> None:
    """A constraint dropped silently would let bad input through: the generator says so."""
    spec = copy.deepcopy(SPEC)
    if where == "body":
        spec["components"]["schemas"]["InteractionsPatient"]["properties"]["pronouns"][keyword] = value
    else:
        size = next(p for p in spec["paths"][LIST]["get"]["parameters"] if p.get("name") == "pageSize")
        size["schema"][keyword] = value
    with pytest.raises(generate.SpecError, match=message):
        views(spec)


def test_parameter_bounds_reach_the_operation() -> None:
    spec = copy.deepcopy(SPEC)
    size = next(p for p in spec["paths"][LIST]["get"]["parameters"] if p.get("name") == "pageSize")
    size["schema"]["maximum"] = 100
    patient = next(p for p in spec["paths"][LIST]["get"]["parameters"] if p.get("name") == "patient")
    patient["schema"].update(maxLength=64, pattern="^[^\\n]*$")
    found = {p.python_name: p for p in views(spec)["interactions_list"].query_params}
    assert (found["page_size"].minimum, found["page_size"].maximum) == ("1", "100")
    assert (found["patient"].max_length, found["patient"].pattern) == ("64", repr("^[^\\n]*$"))
