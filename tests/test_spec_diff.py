"""The breaking-change gate: one fixture per rule, each a mutation of
tests/spec_diff_fixtures/base.yaml (the five operations the spec is growing into)."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "spec_diff_fixtures"
sys.path.insert(0, str(ROOT / "tools"))

from spec_diff import bump_allows_breaking, diff_specs  # noqa: E402

BASE: dict[str, Any] = yaml.safe_load((FIXTURES / "base.yaml").read_text())
Spec = dict[str, Any]
Mutation = Callable[[Spec], Any]

LIST, ONE = "/interactions/", "/interactions/{interactionId}"


def op(s: Spec, method: str, path: str = ONE) -> Spec:
    return s["paths"][path][method]  # type: ignore[no-any-return]


def query(s: Spec, name: str) -> Spec:
    return next(p for p in op(s, "get", LIST)["parameters"] if p.get("name") == name)


def qschema(s: Spec, name: str) -> Spec:
    return query(s, name)["schema"]  # type: ignore[no-any-return]


def path_param(s: Spec) -> Spec:
    return s["paths"][ONE]["parameters"][1]  # type: ignore[no-any-return]


def schema(s: Spec, name: str) -> Spec:
    return s["components"]["schemas"][name]  # type: ignore[no-any-return]


def props(s: Spec, name: str) -> Spec:
    return schema(s, name)["properties"]  # type: ignore[no-any-return]


def response(s: Spec, method: str, path: str, status: str) -> Spec:
    return op(s, method, path)["responses"][status]  # type: ignore[no-any-return]


def rename_path_param(s: Spec) -> None:
    s["paths"]["/interactions/{id}"] = s["paths"].pop(ONE)
    s["paths"]["/interactions/{id}"]["parameters"][1]["name"] = "id"


def move_path_parameters_to_operations(s: Spec) -> None:
    for method in ("get", "patch", "delete"):
        op(s, method)["parameters"] = s["paths"][ONE]["parameters"]
    s["paths"][ONE].pop("parameters")


def nullable_ref(name: str) -> Spec:
    return {"anyOf": [{"$ref": f"#/components/schemas/{name}"}, {"type": "null"}]}


JSON = "application/json"
POST_201 = ("post", LIST, "201")
# (label, mutation of the base spec, breaking, a substring of the change it must report)
RULES: list[tuple[str, Mutation, bool, str]] = [
    # operations and paths
    ("operation removed", lambda s: s["paths"][ONE].pop("delete"), True, "DELETE /interactions/{interactionId}: operation removed"),
    ("operation added", lambda s: s["paths"][ONE].update(put={**op(s, "patch"), "operationId": "replaceInteraction"}), False, "PUT /interactions/{interactionId}: operation added"),
    ("path parameter renamed, same shape", rename_path_param, False, "path:id: renamed: interactionId -> id"),
    # parameters
    ("path parameter type changed", lambda s: path_param(s).update(schema={"type": "integer"}), True, "path:interactionId: type changed: ['string'] -> ['integer']"),
    ("path parameter format dropped", lambda s: path_param(s)["schema"].pop("format"), True, "path:interactionId: format changed: 'uuid' -> None"),
    ("required query parameter added", lambda s: op(s, "get", LIST)["parameters"].append({"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}), True, "query:q: parameter added (required)"),
    ("optional query parameter added", lambda s: op(s, "get", LIST)["parameters"].append({"name": "q", "in": "query", "schema": {"type": "string"}}), False, "query:q: parameter added"),
    ("query parameter removed", lambda s: op(s, "get", LIST)["parameters"].remove(query(s, "patient")), True, "query:patient: parameter removed"),
    ("query parameter made required", lambda s: query(s, "index").update(required=True), True, "query:index: made required"),
    ("header parameter made optional", lambda s: s["components"]["parameters"]["TenantName"].update(required=False), False, "header:Tenant-Name: made optional"),
    ("header parameter name's case changed", lambda s: s["components"]["parameters"]["TenantName"].update(name="tenant-name"), False, "renamed: Tenant-Name -> tenant-name"),
    ("query default changed", lambda s: qschema(s, "pageSize").update(default=20), True, "query:pageSize: default changed: 10 -> 20"),
    ("query style changed", lambda s: query(s, "encounterStatus").update(style="pipeDelimited"), True, "query:encounterStatus: style changed: 'form' -> 'pipeDelimited'"),
    ("query explode changed", lambda s: query(s, "encounterStatus").update(explode=False), True, "query:encounterStatus: explode changed: True -> False"),
    ("query style and explode written out as their defaults", lambda s: query(s, "sort").update(style="form", explode=True), False, ""),
    ("query minimum tightened", lambda s: qschema(s, "pageSize").update(minimum=5), True, "query:pageSize: minimum tightened: 1 -> 5"),
    ("query minimum loosened", lambda s: qschema(s, "pageSize").update(minimum=0), False, "query:pageSize: minimum loosened: 1 -> 0"),
    ("query maximum tightened", lambda s: qschema(s, "pageSize").update(maximum=50), True, "query:pageSize: maximum tightened: 100 -> 50"),
    ("query maximum removed", lambda s: qschema(s, "pageSize").pop("maximum"), False, "query:pageSize: maximum loosened: 100 -> None"),
    ("query minimum added", lambda s: qschema(s, "patient").update(minLength=3), True, "query:patient: minLength tightened: None -> 3"),
    ("query exclusiveMinimum added", lambda s: qschema(s, "pageSize").update(exclusiveMinimum=0), True, "query:pageSize: exclusiveMinimum tightened: None -> 0"),
    ("query exclusiveMaximum added", lambda s: qschema(s, "pageSize").update(exclusiveMaximum=101), True, "query:pageSize: exclusiveMaximum tightened: None -> 101"),
    ("query maxLength tightened", lambda s: qschema(s, "patient").update(maxLength=10), True, "query:patient: maxLength tightened: 100 -> 10"),
    ("query maxLength loosened", lambda s: qschema(s, "patient").update(maxLength=200), False, "query:patient: maxLength loosened: 100 -> 200"),
    ("query pattern changed", lambda s: qschema(s, "patient").update(pattern="^[a-z]+$"), True, "query:patient: pattern changed"),
    ("query pattern removed", lambda s: qschema(s, "patient").pop("pattern"), False, "query:patient: pattern changed"),
    ("query enum value removed", lambda s: qschema(s, "direction")["enum"].remove("desc"), True, "query:direction: enum value 'desc' removed"),
    ("query enum value added", lambda s: qschema(s, "sort")["enum"].append("endedAt"), False, "query:sort: enum value 'endedAt' added"),
    ("query array items changed", lambda s: qschema(s, "encounterStatus").update(items={"type": "integer"}), True, "query:encounterStatus[]: type changed: ['$EncounterStatusEnum'] -> ['integer']"),
    ("path-level parameter moved to the operations", move_path_parameters_to_operations, False, ""),
    # request bodies
    ("request media type changed", lambda s: op(s, "post", LIST)["requestBody"].update(content={"text/plain": {"schema": {"type": "string"}}}), True, "POST /interactions/ request: media type changed: application/json -> text/plain"),
    ("request media type added", lambda s: op(s, "post", LIST)["requestBody"]["content"].update({"application/x-www-form-urlencoded": {"schema": {"type": "object"}}}), False, "media type application/x-www-form-urlencoded added"),
    ("request body made optional", lambda s: op(s, "post", LIST)["requestBody"].update(required=False), False, "POST /interactions/ request: body made optional"),
    ("request body removed", lambda s: op(s, "patch").pop("requestBody"), True, "PATCH /interactions/{interactionId} request body: removed"),
    ("required request body added", lambda s: op(s, "delete").update(requestBody={"required": True, "content": {JSON: {"schema": {"type": "object"}}}}), True, "DELETE /interactions/{interactionId} request body: added (required)"),
    ("optional request body added", lambda s: op(s, "delete").update(requestBody={"content": {JSON: {"schema": {"type": "object"}}}}), False, "request body: added"),
    # request schemas
    ("request field removed", lambda s: props(s, "Patient").pop("name"), True, "Patient.name: field removed"),
    ("required request field added", lambda s: (props(s, "Patient").update(email={"type": "string"}), schema(s, "Patient")["required"].append("email")), True, "Patient.email: field added (required)"),
    ("optional request field added", lambda s: props(s, "Patient").update(email={"type": "string"}), False, "Patient.email: field added"),
    ("request field made required", lambda s: schema(s, "Encounter")["required"].append("title"), True, "Encounter.title: made required"),
    ("request field no longer nullable", lambda s: props(s, "Encounter")["title"].update(type="string"), True, "Encounter.title: no longer nullable"),
    ("request field made nullable", lambda s: props(s, "Encounter")["startedAt"].update(type=["string", "null"]), False, "Encounter.startedAt: made nullable"),
    ("request $ref made nullable (anyOf with null)", lambda s: props(s, "InteractionUpdate").update(patient=nullable_ref("Patient")), False, "InteractionUpdate.patient: made nullable"),
    ("request field format changed", lambda s: props(s, "Encounter")["startedAt"].update(format="date"), True, "Encounter.startedAt: format changed: 'date-time' -> 'date'"),
    ("request field default changed", lambda s: props(s, "InteractionCreate")["language"].update(default="da"), True, "InteractionCreate.language: default changed: 'en' -> 'da'"),
    ("request field default removed", lambda s: props(s, "InteractionCreate")["language"].pop("default"), True, "InteractionCreate.language: default changed: 'en' -> None"),
    ("request field default added (documents what was)", lambda s: props(s, "Encounter")["title"].update(default="Consultation"), False, "Encounter.title: default changed: None -> 'Consultation'"),
    ("request array items tightened", lambda s: props(s, "InteractionCreate")["tags"]["items"].update(maxLength=20), True, "InteractionCreate.tags[]: maxLength tightened: 50 -> 20"),
    ("request array maxItems tightened", lambda s: props(s, "InteractionCreate")["tags"].update(maxItems=5), True, "InteractionCreate.tags: maxItems tightened: 10 -> 5"),
    ("request array maxItems loosened", lambda s: props(s, "InteractionCreate")["tags"].update(maxItems=20), False, "InteractionCreate.tags: maxItems loosened: 10 -> 20"),
    ("request array minItems added", lambda s: props(s, "InteractionCreate")["tags"].update(minItems=1), True, "InteractionCreate.tags: minItems tightened: None -> 1"),
    ("request object minProperties added", lambda s: schema(s, "Patient").update(minProperties=2), True, "Patient: minProperties tightened: None -> 2"),
    ("request object maxProperties added", lambda s: schema(s, "Patient").update(maxProperties=5), True, "Patient: maxProperties tightened: None -> 5"),
    ("request array items type changed", lambda s: props(s, "InteractionCreate")["tags"]["items"].update(type="integer"), True, "InteractionCreate.tags[]: type changed"),
    ("request array uniqueItems added", lambda s: props(s, "InteractionCreate")["tags"].update(uniqueItems=True), True, "InteractionCreate.tags: uniqueItems added"),
    ("request object closed", lambda s: schema(s, "Patient").update(additionalProperties=False), True, "Patient: additionalProperties changed: True -> False"),
    ("request enum value removed", lambda s: schema(s, "EncounterStatusEnum")["enum"].remove("planned"), True, "EncounterStatusEnum: enum value 'planned' removed"),
    ("enum value added, open (anyOf string) on the response side", lambda s: schema(s, "EncounterStatusEnum")["enum"].append("on-hold"), False, "EncounterStatusEnum: enum value 'on-hold' added"),
    # responses
    ("response media type changed", lambda s: response(s, "get", ONE, "200").update(content={"text/plain": {"schema": {"type": "string"}}}), True, "GET /interactions/{interactionId} 200: media type changed: application/json -> text/plain"),
    ("response media type added", lambda s: response(s, "get", ONE, "200")["content"].update({"text/csv": {"schema": {"type": "string"}}}), False, "200: media type text/csv added"),
    ("response body removed", lambda s: response(s, "get", ONE, "200").pop("content"), True, "GET /interactions/{interactionId} 200: media type application/json removed"),
    ("success status changed 201 -> 200", lambda s: op(s, "post", LIST)["responses"].update({"200": op(s, "post", LIST)["responses"].pop("201")}), True, "POST /interactions/: success status changed: 201 -> 200"),
    ("success status changed 204 -> 200 with a body", lambda s: (op(s, "delete")["responses"].update({"200": response(s, "get", ONE, "200")}), op(s, "delete")["responses"].pop("204")), True, "DELETE /interactions/{interactionId}: success status changed: 204 -> 200"),
    ("success response removed", lambda s: op(s, "get")["responses"].pop("200"), True, "GET /interactions/{interactionId} 200: response removed"),
    ("second success response added", lambda s: op(s, "post", LIST)["responses"].update({"202": {"description": "Accepted."}}), True, "POST /interactions/ 202: response added"),
    ("error response removed", lambda s: op(s, "get")["responses"].pop("404"), True, "GET /interactions/{interactionId} 404: response removed"),
    ("error response added", lambda s: op(s, "get")["responses"].update({"429": {"$ref": "#/components/responses/Error"}}), False, "GET /interactions/{interactionId} 429: response added"),
    ("error response's schema changed (through components/responses)", lambda s: s["components"]["responses"]["Error"]["content"][JSON].update(schema={"type": "string"}), True, "404 application/json: type changed: ['$Error'] -> ['string']"),
    ("response header removed", lambda s: response(s, *POST_201).pop("headers"), True, "POST /interactions/ 201 header:Location: header removed"),
    ("response header added", lambda s: response(s, "get", ONE, "200").update(headers={"ETag": {"schema": {"type": "string"}}}), False, "header:ETag: header added"),
    ("response header made optional", lambda s: response(s, "get", LIST, "200")["headers"]["X-Total-Count"].pop("required"), True, "header:X-Total-Count: made optional"),
    ("response header format changed", lambda s: response(s, *POST_201)["headers"]["Location"]["schema"].pop("format"), True, "header:Location: format changed: 'uri' -> None"),
    # response schemas
    ("response field removed", lambda s: props(s, "InteractionCreated").pop("websocketUrl"), True, "InteractionCreated.websocketUrl: field removed"),
    ("response field made optional", lambda s: schema(s, "Interaction")["required"].remove("createdAt"), True, "Interaction.createdAt: made optional"),
    ("response field made nullable", lambda s: props(s, "Interaction")["createdAt"].update(type=["string", "null"]), True, "Interaction.createdAt: made nullable"),
    ("response $ref made nullable (anyOf with null)", lambda s: props(s, "Interaction").update(patient=nullable_ref("PatientResponse")), True, "Interaction.patient: made nullable"),
    ("response field added", lambda s: props(s, "Interaction").update(language={"type": "string"}), False, "Interaction.language: field added"),
    ("response field no longer nullable", lambda s: props(s, "Interaction")["endedAt"].update(type="string"), False, "Interaction.endedAt: no longer nullable"),
    ("response format changed date-time -> date", lambda s: props(s, "Interaction")["createdAt"].update(format="date"), True, "Interaction.createdAt: format changed: 'date-time' -> 'date'"),
    ("response field type changed", lambda s: props(s, "InteractionCreated")["websocketUrl"].update(type="integer"), True, "InteractionCreated.websocketUrl: type changed"),
    ("response array items' field removed", lambda s: props(s, "Interaction")["codes"]["items"]["properties"].pop("code"), True, "Interaction.codes[].code: field removed"),
    ("response array items' field made optional", lambda s: props(s, "Interaction")["codes"]["items"]["required"].remove("code"), True, "Interaction.codes[].code: made optional"),
    ("response array items' $ref changed", lambda s: props(s, "InteractionsList")["interactions"]["items"].update({"$ref": "#/components/schemas/InteractionCreated"}), True, "InteractionsList.interactions[]: type changed: ['$Interaction'] -> ['$InteractionCreated']"),
    ("closed response enum value added", lambda s: props(s, "Interaction")["codes"]["items"]["properties"]["kind"]["enum"].append("observation"), True, "Interaction.codes[].kind: enum value 'observation' added"),
    ("response bound loosened", lambda s: response(s, "get", LIST, "200")["headers"]["X-Total-Count"]["schema"].pop("minimum"), True, "header:X-Total-Count: minimum loosened: 0 -> None"),
    ("response bound tightened", lambda s: props(s, "InteractionCreated")["websocketUrl"].update(maxLength=2048), False, "InteractionCreated.websocketUrl: maxLength tightened: None -> 2048"),
    ("schema removed", lambda s: (s["components"]["schemas"].pop("InteractionCreated"), response(s, *POST_201)["content"][JSON].update(schema={"type": "object"})), True, "InteractionCreated: schema removed"),
    ("unused schema added", lambda s: s["components"]["schemas"].update(Spare={"type": "string"}), False, "Spare: schema added"),
    # servers
    ("server url changed", lambda s: s["servers"][0].update(url="https://api.{environment}.corti.app/v3"), True, "servers[0]: url changed"),
    ("server variable removed", lambda s: s["servers"][0].update(url="https://api.eu.corti.app/v2", variables={}), True, "servers[0] {environment}: variable removed"),
    ("server variable default changed", lambda s: s["servers"][0]["variables"]["environment"].update(default="us"), True, "servers[0] {environment}: default changed: 'eu' -> 'us'"),
    ("server variable enum value removed", lambda s: s["servers"][0]["variables"]["environment"]["enum"].remove("beta-eu"), True, "servers[0] {environment}: enum value 'beta-eu' removed"),
    ("server variable enum value added", lambda s: s["servers"][0]["variables"]["environment"]["enum"].append("ap"), False, "servers[0] {environment}: enum value 'ap' added"),
    ("server added", lambda s: s["servers"].append({"url": "https://eu.example.test"}), False, "servers[1]: server added"),
    ("server removed", lambda s: s.pop("servers"), True, "servers[0]: server removed"),
    ("operation's own server url", lambda s: op(s, "get").update(servers=[{"url": "https://other.corti.app"}]), True, "GET /interactions/{interactionId} servers[0]: url changed"),
    # extensions and the rest
    ("x-idempotent dropped", lambda s: op(s, "patch").pop("x-idempotent"), True, "PATCH /interactions/{interactionId}: x-idempotent dropped"),
    ("x-idempotent added", lambda s: op(s, "get").update({"x-idempotent": True}), False, "GET /interactions/{interactionId}: x-idempotent added"),
    ("x-pagination changed", lambda s: op(s, "get", LIST)["x-pagination"].update(items="data"), True, "GET /interactions/: x-pagination changed"),
    ("x-pagination removed", lambda s: op(s, "get", LIST).pop("x-pagination"), True, "GET /interactions/: x-pagination changed"),
    ("x-pagination added", lambda s: op(s, "get").update({"x-pagination": {"style": "none"}}), False, "x-pagination changed: None"),
    ("other extension changed", lambda s: op(s, "get").update({"x-internal": True}), False, "x-internal changed: None -> True"),
    ("operation deprecated", lambda s: op(s, "get").update(deprecated=True), False, "GET /interactions/{interactionId}: deprecated changed: None -> True"),
    ("parameter deprecated", lambda s: query(s, "patient").update(deprecated=True), False, "query:patient: deprecated changed: None -> True"),
    ("field deprecated", lambda s: props(s, "Patient")["name"].update(deprecated=True), False, "Patient.name: deprecated changed: None -> True"),
    ("tags changed", lambda s: op(s, "get", LIST).update(tags=["Lists"]), True, "GET /interactions/: tags changed"),
    ("openapi version changed", lambda s: s.update(openapi="3.1.1"), False, "spec: openapi changed: '3.1.0' -> '3.1.1'"),
    ("parameter given as content (no rule: breaking)", lambda s: (query(s, "index").pop("schema"), query(s, "index").update(content={JSON: {"schema": {"type": "integer"}}})), True, "query:index: content changed"),
    ("operationId changed", lambda s: op(s, "get").update(operationId="readInteraction"), True, "operationId changed: 'getInteraction' -> 'readInteraction'"),
    ("security changed (no rule: breaking)", lambda s: s.update(security=[{"apiKey": []}]), True, "spec: security changed"),
    ("unknown schema keyword (no rule: breaking)", lambda s: schema(s, "Patient").update(propertyNames={"maxLength": 20}), True, "Patient: propertyNames changed"),
    ("descriptions and examples edited", lambda s: (props(s, "Patient")["name"].update(description="Full name.", examples=["Ann"]), op(s, "get").update(summary="Get one")), False, ""),
]  # fmt: skip


# The same, from the mutated spec back to the base one.
UNDONE: list[tuple[str, Mutation, bool, str]] = [
    ("request body made required", lambda s: op(s, "post", LIST)["requestBody"].pop("required"), True, "POST /interactions/ request: body made required"),
    ("request enum restriction added", lambda s: qschema(s, "sort").pop("enum"), True, "query:sort: enum ['id', 'createdAt', 'updatedAt'] added"),
    ("query parameter made optional", lambda s: query(s, "patient").update(required=True), False, "query:patient: made optional"),
    ("a request field's maxLength removed, then put back", lambda s: props(s, "InteractionCreate")["tags"]["items"].pop("maxLength"), True, "InteractionCreate.tags[]: maxLength tightened: None -> 50"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("label", "mutate", "breaking", "expected", "undo"),
    [(*r, False) for r in RULES] + [(*r, True) for r in UNDONE],
    ids=[r[0] for r in RULES] + [f"undone: {r[0]}" for r in UNDONE],
)
def test_each_rule(label: str, mutate: Mutation, breaking: bool, expected: str, undo: bool) -> None:
    new = copy.deepcopy(BASE)
    mutate(new)
    assert new != BASE, "the mutation changed nothing"
    validate(copy.deepcopy(new))  # each fixture is a valid spec
    changes = diff_specs(new, BASE) if undo else diff_specs(BASE, new)
    if not expected:
        assert changes == []
        return
    matching = [c for c in changes if expected in f"{c.where}: {c.what}"]
    assert matching, [str(c) for c in changes]
    assert matching[0].breaking is breaking, [str(c) for c in changes]
    assert any(c.breaking for c in changes) is breaking, [str(c) for c in changes]


def test_the_base_fixture_is_a_valid_spec() -> None:
    validate(copy.deepcopy(BASE))


def test_identical_specs_have_no_changes() -> None:
    assert diff_specs(BASE, copy.deepcopy(BASE)) == []
    spec = yaml.safe_load((ROOT / "openapi" / "interactions.yaml").read_text())
    assert diff_specs(spec, copy.deepcopy(spec)) == []


def test_renaming_the_real_spec_s_path_parameters_is_not_breaking() -> None:
    old = yaml.safe_load((ROOT / "openapi" / "interactions.yaml").read_text())
    names = {name for path in old["paths"] for name in re.findall(r"\{([^}]*)\}", path)}
    new = copy.deepcopy(old)
    # Only path parameters are renamed: a query parameter may share a path parameter's name
    # (`GET /documents/?templateId=` beside `/documents/templates/{templateId}`).
    declared = list(new["components"]["parameters"].values())
    for item in new["paths"].values():
        declared += item.get("parameters", [])
        declared += [p for op in item.values() if isinstance(op, dict) for p in op.get("parameters", [])]
    for param in declared:
        if param.get("in") == "path":
            param["name"] += "X"
    new["paths"] = {re.sub(r"\{([^}]*)\}", r"{\1X}", path): item for path, item in new["paths"].items()}
    changes = diff_specs(old, new)
    assert names
    assert [c for c in changes if c.breaking] == []
    assert all("renamed" in c.what for c in changes), [str(c) for c in changes]


@pytest.mark.parametrize(
    ("old", "new", "allowed"),
    [((0, 1, 0), (0, 2, 0), True), ((0, 1, 0), (0, 1, 1), False), ((0, 1, 0), (1, 0, 0), True),
     ((1, 2, 3), (1, 3, 0), False), ((1, 2, 3), (2, 0, 0), True)],
)  # fmt: skip
def test_version_bump_rule(old: tuple[int, ...], new: tuple[int, ...], allowed: bool) -> None:
    assert bump_allows_breaking(old, new) is allowed


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def test_make_spec_diff_fails_on_a_path_parameter_type_unless_the_version_is_raised(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "openapi").mkdir(parents=True)
    spec_text = (FIXTURES / "base.yaml").read_text()
    (repo / "openapi" / "interactions.yaml").write_text(spec_text)
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "0.1.0"\n')
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "spec")
    run = [sys.executable, str(ROOT / "tools" / "spec_diff.py"), "HEAD"]
    done = subprocess.run(run, cwd=repo, capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (0, "no spec changes since HEAD\n")
    (repo / "openapi" / "interactions.yaml").write_text(
        spec_text.replace("schema: {type: string, format: uuid}", "schema: {type: integer}")
    )
    done = subprocess.run(run, cwd=repo, capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "BREAKING  GET /interactions/{interactionId} path:interactionId: type changed" in done.stdout
    assert "raise the major version" in done.stderr
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "0.2.0"\n')
    assert subprocess.run(run, cwd=repo, capture_output=True, check=False).returncode == 0
