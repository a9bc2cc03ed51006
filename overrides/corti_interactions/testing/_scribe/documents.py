"""The fake's classic documents: a template's sections filled from the context's facts."""

from __future__ import annotations

import copy
import uuid
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from corti_interactions.testing._catalog import extract_facts, group_of

from .state import Routes, _usage

__all__ = ["handlers"]


def handlers(shared: Routes) -> dict[str, Any]:
    """The route handlers of this family, by name."""
    scribe = shared.scribe
    not_found = shared.not_found
    sub_id = shared.sub_id
    bad_id = shared.bad_id

    def _context_facts(context: list[dict[str, Any]]) -> list[dict[str, Any]]:
        facts: list[dict[str, Any]] = []
        for item in context:
            if item["type"] == "facts":
                facts += [
                    {"text": f["text"], "group": f.get("group") or group_of(f["text"])} for f in item["data"]
                ]
            else:  # a transcript segment or a string: what it states
                text = item["data"]["text"] if item["type"] == "transcript" else item["data"]
                facts += extract_facts(text)
        return facts

    def _sections_of(body: dict[str, Any]) -> tuple[str, str, list[tuple[str, str]]] | Response:
        """(template ref, name, [(section key, heading)]) of a create body."""
        with scribe.lock:
            templates, sections = dict(scribe.templates), dict(scribe.sections)
        if "templateKey" in body:
            key = body["templateKey"]
            if key not in templates:
                return not_found(f"Template {key!r}")
            item = templates[key]
            return key, item["name"], [(s, sections[s]["name"]) for s in item["sections"]]
        built = body["template"]
        overrides = built.get("sections") or [{"key": k} for k in built.get("sectionKeys", [])]
        unknown = [o["key"] for o in overrides if o["key"] not in sections]
        if unknown:
            return not_found(f"Template section {unknown[0]!r}")
        headings = [(o["key"], o.get("nameOverride") or sections[o["key"]]["name"]) for o in overrides]
        return "custom", built.get("documentName") or "Document", headings

    def create_document(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        shape = _sections_of(body)
        if isinstance(shape, Response):
            return shape
        ref, default_name, headings = shape
        facts = _context_facts(body["context"])
        with scribe.lock:
            stamp = scribe.stamp()
            sections = []
            for sort, (key, heading) in enumerate(headings):
                groups = scribe.sections[key]["groups"]
                lines = [f["text"] for f in facts if f["group"] in groups]
                text = " ".join(lines) if lines else "Nothing recorded."
                sections.append(
                    {
                        "key": key,
                        "name": heading,
                        "text": text,
                        "sort": sort,
                        "createdAt": stamp,
                        "updatedAt": stamp,
                    }
                )
            document = {
                "id": str(uuid.uuid4()),
                "name": body.get("name") or default_name,
                "templateRef": ref,
                "isStream": False,
                "sections": sections,
                "createdAt": stamp,
                "updatedAt": stamp,
                "outputLanguage": body["outputLanguage"],
                "usageInfo": _usage(1.0),
            }
            scribe.documents.setdefault(stored["id"], {})[document["id"]] = document
            return JSONResponse(copy.deepcopy(document), status_code=201)

    def list_documents(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        with scribe.lock:
            return JSONResponse(
                {"data": copy.deepcopy(list(scribe.documents.get(stored["id"], {}).values()))}
            )

    def document_of(request: Request, stored: dict[str, Any]) -> dict[str, Any] | Response:
        document_id = sub_id(request, "did")
        if document_id is None:
            return bad_id("document")
        found = scribe.documents.get(stored["id"], {}).get(document_id)
        return found if found is not None else not_found("Document")

    def get_document(body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request) -> Response:
        with scribe.lock:
            found = document_of(request, stored)
            return found if isinstance(found, Response) else JSONResponse(copy.deepcopy(found))

    def update_document(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        with scribe.lock:
            found = document_of(request, stored)
            if isinstance(found, Response):
                return found
            by_key = {s["key"]: s for s in found["sections"]}
            unknown = [given["key"] for given in body.get("sections", []) if given["key"] not in by_key]
            if unknown:  # refused whole (inferred: Corti updates sections a document has; it adds none)
                return shared.error(
                    400, "A0003", f"The document has no section {unknown[0]!r}", str(uuid.uuid4())
                )
            stamp = scribe.stamp()
            if "name" in body:
                found["name"] = body["name"]
            for given in body.get("sections", []):
                section = by_key[given["key"]]
                for key in ("name", "text", "sort"):
                    if key in given:
                        section[key] = given[key]
                section["updatedAt"] = stamp
            found["sections"].sort(key=lambda s: s["sort"])
            found["updatedAt"] = stamp
            return JSONResponse(copy.deepcopy(found))

    def delete_document(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        with scribe.lock:
            found = document_of(request, stored)
            if isinstance(found, Response):
                return found
            scribe.documents[stored["id"]].pop(found["id"])
        return Response(status_code=204)

    return {
        "list_documents": list_documents,
        "create_document": create_document,
        "get_document": get_document,
        "update_document": update_document,
        "delete_document": delete_document,
    }
