"""The fake's guided documents: generate (from a context or an interaction's facts), list,
get, update, delete.

Generate resolves the template first: a stored one (`templateRef`: its published version
only; overrides change its instructions and named sections), an assembly of stored
sections, or an inline (`dynamic`) one; every section used must be live and published, and
a version named must be the published one (else 422; unknown ids 404). As at Corti, every
path but a plain `templateRef` saves an auto-generated template (and, for the inline one,
its sections), published. The context is read as facts: a text or transcript states one
fact per sentence (grouped by its words), a facts item its facts; an `interactionId` gives
the interaction's facts that are not discarded (404 for an unknown interaction). A section
takes the facts of the groups its heading or content prompt names (all of them if it names
none) and renders them by its output schema. `X-Corti-Retention-Policy: none` answers 200
and keeps no document (another value is a 400: the spec's enum); otherwise the document is
saved (201). Update merges
`stringDocument` and `structuredDocument` by section id and replaces what else it is given.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from corti_interactions.testing._catalog import GROUP_NAMES, extract_facts, group_of

from .resources import ErrorFn, path_id
from .state import GuidedState, Resource

__all__ = ["handlers", "render"]

Facts = list[dict[str, str]]
FactsOf = Callable[[str], "Facts | None"]  # an interaction's facts; None: no such interaction


class _Refused(Exception):
    def __init__(self, answer: Response) -> None:
        self.answer = answer


def _groups(text: str) -> set[str]:
    lowered = text.lower()
    return {g for g, name in GROUP_NAMES.items() if g.replace("-", " ") in lowered or name.lower() in lowered}


def _lines(facts: Facts, *texts: str) -> list[str]:
    wanted = set().union(*(_groups(t) for t in texts))
    return [f["text"] for f in facts if not wanted or f["group"] in wanted]


def render(schema: dict[str, Any], facts: Facts, heading: str, prompt: str) -> tuple[str, Any]:
    """A section's rendered text and structured output from the facts (deterministic)."""
    lines = _lines(facts, heading, prompt)
    kind = schema.get("type")
    if kind == "array":
        items = lines[: int(schema["maxItems"])] if schema.get("maxItems") is not None else lines
        fmt = schema.get("itemFormat") or "- {item}"
        shown = [
            f"{i + 1}. {x}" if fmt == "numbered" else fmt.replace("{item}", x) for i, x in enumerate(items)
        ]
        return "\n".join(shown), items
    if kind == "object":
        values = {}
        for definition in schema.get("fields", []):
            found = _lines(facts, definition["key"], definition["description"])
            value = " ".join(found) if found else definition.get("default")
            if value is not None:
                values[definition["key"]] = value
        fmt = schema.get("fieldFormat") or "{key}: {value}\n"
        if "{key}" in fmt:
            text = "".join(fmt.replace("{key}", k).replace("{value}", v) for k, v in values.items())
        else:
            text = fmt
            for definition in schema.get("fields", []):
                text = text.replace("{" + definition["key"] + "}", values.get(definition["key"], ""))
        return text.strip(), values
    if kind == "boolean":
        return ("yes" if lines else "no"), bool(lines)
    if kind == "number":
        return str(len(lines)), len(lines)
    text = " ".join(lines) or schema.get("default") or ""
    return text, text


def _context_facts(context: list[dict[str, Any]]) -> Facts:
    facts: Facts = []
    for item in context:
        if item["type"] == "facts":
            facts += [
                {"text": f["text"], "group": f.get("group") or group_of(f["text"])} for f in item["facts"]
            ]
        elif item["type"] == "transcript":
            facts += [f for s in item["transcript"]["transcripts"] for f in extract_facts(s["text"])]
        else:
            facts += extract_facts(item["text"])
    return facts


def _merge_section(generation: dict[str, Any], overrides: dict[str, Any] | None) -> dict[str, Any]:
    """A section's generation with one call's overrides: prompts per field, the rest whole."""
    merged = copy.deepcopy(generation)
    for key, value in (overrides or {}).items():
        if key == "instructions":
            merged["instructions"] = {**merged.get("instructions", {}), **value}
        elif value is not None:
            merged[key] = copy.deepcopy(value)
    return merged


def handlers(guided: GuidedState, error: ErrorFn, facts_of: FactsOf) -> dict[str, Any]:
    """The route handlers of the documents, by name."""
    sections, templates = guided.resources["section"], guided.resources["template"]

    def refuse(status: int, code: str, detail: str) -> _Refused:
        return _Refused(error(status, code, detail, str(uuid.uuid4())))

    def published_section(ident: str, version_id: str | None) -> tuple[str, dict[str, Any]]:
        """(id, resolved generation) of a live section's published version."""
        found = guided.live("section", ident.lower())
        if found is None:
            raise refuse(404, "A0007", f"Section {ident} not found")
        if found.published is None:
            raise refuse(422, "A0012", f"Section {ident} has no published version")
        if version_id is not None and version_id.lower() != found.published:
            if version_id.lower() not in found.versions:
                raise refuse(404, "A0007", f"Section version {version_id} not found")
            raise refuse(422, "A0012", f"Section version {version_id} is not published")
        return found.meta["id"], guided.section_generation(found, found.published)

    def aggregate(
        name: str, parts: list[tuple[str, dict[str, Any]]], instructions: Any, base: str | None
    ) -> tuple[str, str]:
        """Save an auto-generated template of these sections (published); its ids."""
        stamp = guided.stamp()
        meta = guided.new_meta(str(uuid.uuid4()), {"name": name}, base, "user", stamp)
        meta["autoGenerated"] = True
        refs = [{"sectionId": ident, "orderIndex": i} for i, (ident, _) in enumerate(parts)]
        resource = Resource(meta)
        version = resource.add_version(
            {**({"instructions": instructions} if instructions else {}), "sections": refs}, stamp
        )
        resource.published = version["id"]
        templates[meta["id"]] = resource
        return meta["id"], version["id"]

    def by_template_ref(ref: dict[str, Any]) -> tuple[str, str, str, list[tuple[str, dict[str, Any]]]]:
        template = guided.live("template", ref["templateId"].lower())
        if template is None:
            raise refuse(404, "A0007", f"Template {ref['templateId']} not found")
        if template.published is None:
            raise refuse(422, "A0012", "The template has no published version")
        asked = ref.get("templateVersionId")
        if asked is not None and asked.lower() != template.published:
            if asked.lower() not in template.versions:
                raise refuse(404, "A0007", f"Template version {asked} not found")
            raise refuse(422, "A0012", f"Template version {asked} is not published")
        generation = guided.template_generation(template, template.published)
        refs = sorted(generation.get("sections", []), key=lambda r: r["orderIndex"])
        parts = [published_section(r["sectionId"], None) for r in refs]
        overrides = ref.get("overrides")
        if not overrides:
            return template.meta["name"], template.meta["id"], template.published, parts
        linked = {ident for ident, _ in parts}
        by_section = {o["sectionId"].lower(): o.get("generation") for o in overrides.get("sections", [])}
        unknown = sorted(set(by_section) - linked)
        if unknown:
            raise refuse(400, "A0003", f"Section {unknown[0]} is not linked to the template version")
        parts = [(ident, _merge_section(gen, by_section.get(ident))) for ident, gen in parts]
        instructions = overrides.get("instructions") or generation.get("instructions")
        name = template.meta["name"]
        return (name, *aggregate(name, parts, instructions, template.meta["id"]), parts)

    def by_assembly(assembly: dict[str, Any]) -> tuple[str, str, str, list[tuple[str, dict[str, Any]]]]:
        parts = []
        for ref in assembly["sectionRefs"]:
            ident, generation = published_section(ref["sectionId"], ref.get("sectionVersionId"))
            parts.append((ident, _merge_section(generation, ref.get("overrides"))))
        return (
            assembly["name"],
            *aggregate(assembly["name"], parts, assembly.get("instructions"), None),
            parts,
        )

    def by_dynamic(dynamic: dict[str, Any]) -> tuple[str, str, str, list[tuple[str, dict[str, Any]]]]:
        parts = []
        for generation in dynamic["generation"]["sections"]:
            stamp = guided.stamp()
            meta = guided.new_meta(str(uuid.uuid4()), {"name": generation["heading"]}, None, "user", stamp)
            meta["autoGenerated"] = True
            resource = Resource(meta)
            resource.published = resource.add_version(generation, stamp)["id"]
            sections[meta["id"]] = resource
            parts.append((meta["id"], copy.deepcopy(generation)))
        instructions = dynamic["generation"]["instructions"]
        return (dynamic["name"], *aggregate(dynamic["name"], parts, instructions, None), parts)

    def generate(body: Any, query: dict[str, Any], _: None, request: Request) -> Response:
        retention = request.headers.get("x-corti-retention-policy")
        if retention not in (None, "none"):  # the spec's enum (Corti documents only `none`)
            return error(400, "A0003", "Invalid header", str(uuid.uuid4()),
                         validationErrors=[{"X-Corti-Retention-Policy": "must be 'none'"}])  # fmt: skip
        ephemeral = retention == "none"
        with guided.lock:
            try:
                if "interactionId" in body:
                    facts = facts_of(body["interactionId"].lower())
                    if facts is None:
                        raise refuse(404, "A0007", "Interaction not found")
                else:
                    facts = _context_facts(body["context"])
                if "templateRef" in body:
                    name, template_id, version_id, parts = by_template_ref(body["templateRef"])
                elif "assemblyTemplate" in body:
                    name, template_id, version_id, parts = by_assembly(body["assemblyTemplate"])
                else:
                    name, template_id, version_id, parts = by_dynamic(body["dynamicTemplate"])
            except _Refused as refused:
                return refused.answer
            rendered = {
                ident: render(gen.get("outputSchema", {}), facts, gen.get("heading", ""),
                              gen.get("instructions", {}).get("contentPrompt", ""))
                for ident, gen in parts
            }  # fmt: skip
            document: dict[str, Any] = {
                "name": name,
                "templateId": template_id,
                "templateVersionId": version_id,
                "outputLanguage": body["outputLanguage"],
                "interactionId": body.get("interactionId"),
                "stringDocument": {ident: text for ident, (text, _) in rendered.items()},
                "structuredDocument": {ident: value for ident, (_, value) in rendered.items()},
                "sections": [{"sectionId": ident, "heading": gen.get("heading", "")} for ident, gen in parts],
                "labels": copy.deepcopy(body.get("labels", [])),
            }
            usage = {"creditsConsumed": 1.0 + 0.5 * len(parts)}
            if ephemeral:
                return JSONResponse({"document": document, "usageInfo": usage})
            stamp = guided.stamp()
            document = {"id": str(uuid.uuid4()), **document, "createdAt": stamp, "updatedAt": stamp}
            guided.documents[document["id"]] = document
            return JSONResponse({"document": copy.deepcopy(document), "usageInfo": usage}, status_code=201)

    def list_documents(body: Any, query: dict[str, Any], _: None, request: Request) -> Response:
        labels = set(query.get("label") or [])
        with guided.lock:
            found = [
                copy.deepcopy(d)
                for d in guided.documents.values()
                if ("templateId" not in query or d["templateId"] == query["templateId"].lower())
                and ("interactionId" not in query or d["interactionId"] == query["interactionId"].lower())
                and (not labels or {f"{lab['key']}:{lab['value']}" for lab in d["labels"]} & labels)
            ]
        return JSONResponse(found)

    def document_of(request: Request) -> dict[str, Any] | Response:
        ident = path_id(request, "did")
        if ident is None:
            return error(400, "A0008", "Invalid document id (not a UUID)", str(uuid.uuid4()))
        found = guided.documents.get(ident)
        return found if found is not None else error(404, "A0007", "Document not found", str(uuid.uuid4()))

    def get_document(body: Any, query: dict[str, Any], _: None, request: Request) -> Response:
        with guided.lock:
            found = document_of(request)
            return found if isinstance(found, Response) else JSONResponse(copy.deepcopy(found))

    def update_document(body: Any, query: dict[str, Any], _: None, request: Request) -> Response:
        with guided.lock:
            found = document_of(request)
            if isinstance(found, Response):
                return found
            for key in ("name", "labels"):
                if key in body:
                    found[key] = copy.deepcopy(body[key])
            for key in ("stringDocument", "structuredDocument"):
                if key in body:
                    found[key] = {**(found.get(key) or {}), **copy.deepcopy(body[key])}
            if body:
                found["updatedAt"] = guided.stamp()
            return JSONResponse(copy.deepcopy(found))

    def delete_document(body: Any, query: dict[str, Any], _: None, request: Request) -> Response:
        with guided.lock:
            found = document_of(request)
            if isinstance(found, Response):
                return found
            del guided.documents[found["id"]]
        return Response(status_code=204)

    return {
        "generate": generate,
        "list": list_documents,
        "get": get_document,
        "update": update_document,
        "delete": delete_document,
    }
