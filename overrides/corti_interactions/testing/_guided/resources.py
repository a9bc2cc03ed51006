"""The fake's guided sections and templates, and their versions: one set of handlers for
both kinds (`/documents/sections/...`, `/documents/templates/...`).

Create makes version 0 (published unless `publish` is false); inheriting needs a live
parent with a published version (else 404, or 400 when it has none). A template's
sections must be live sections (else 404). Delete is soft (lists leave the resource out,
get still answers, with `deletedAt`) and refused with 409 while others inherit from it. A
new version is not published until `publish`; the published version cannot be deleted
(409). A new version of a section that inherits nothing takes what it leaves out from the
latest version. Every unknown id is a 404, every malformed one a 400.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .state import GuidedState, Resource, section_refs

__all__ = ["handlers"]

ErrorFn = Callable[..., Response]


def _matches(meta: dict[str, Any], query: dict[str, Any]) -> bool:
    """Whether a list item passes the list's filters (each any-of)."""
    for param, key in (("lang", "languages"), ("region", "regions"), ("specialty", "specialties")):
        wanted = query.get(param)
        if wanted and not set(wanted) & set(meta[key]):
            return False
    labels = query.get("label")
    if labels and not {f"{lab['key']}:{lab['value']}" for lab in meta["labels"]} & set(labels):
        return False
    return not ("source" in query and meta["source"] != query["source"])


def path_id(request: Request, name: str) -> str | None:
    """A UUID path parameter, canonical; None if it is not one."""
    value = request.path_params[name]
    try:
        canonical = str(uuid.UUID(value))
    except ValueError:
        return None
    return canonical if len(value) == 36 else None


def handlers(guided: GuidedState, kind: str, error: ErrorFn) -> dict[str, Any]:
    """The route handlers of one kind (`section` or `template`), by name."""
    table = guided.resources[kind]
    title = kind.capitalize()

    def fail(status: int, code: str, detail: str) -> Response:
        return error(status, code, detail, str(uuid.uuid4()))

    def invalid(field: str, message: str) -> Response:
        return error(
            400, "A0003", "Invalid request body", str(uuid.uuid4()), validationErrors=[{field: message}]
        )

    def resource_of(request: Request) -> Resource | Response:
        ident = path_id(request, "rid")
        if ident is None:
            return fail(400, "A0008", f"Invalid {kind} id (not a UUID)")
        found = table.get(ident)
        return found if found is not None else fail(404, "A0007", f"{title} not found")

    def version_of(resource: Resource, request: Request) -> dict[str, Any] | Response:
        ident = path_id(request, "vid")
        if ident is None:
            return fail(400, "A0008", "Invalid version id (not a UUID)")
        found = resource.versions.get(ident)
        return found if found is not None else fail(404, "A0007", "Version not found")

    def check_generation(generation: dict[str, Any]) -> Response | None:
        """A template's section refs must name live sections."""
        if kind != "template":
            return None
        for ref in generation.get("sections", []):
            if guided.live("section", ref["sectionId"].lower()) is None:
                return fail(404, "A0007", f"Section {ref['sectionId']} not found")
        return None

    def stored(generation: dict[str, Any]) -> dict[str, Any]:
        if kind == "template" and "sections" in generation:
            return {**generation, "sections": section_refs(generation)}
        return generation

    def shown(version: dict[str, Any]) -> dict[str, Any]:
        """A raw version as answered: a template's without sections shows none (it inherits them)."""
        if kind == "template" and "sections" not in version["generation"]:
            return {**version, "generation": {**version["generation"], "sections": []}}
        return dict(version)

    def list_(body: Any, query: dict[str, Any], _: None, request: Request) -> Response:
        with guided.lock:
            items = [
                dict(r.meta)
                for r in table.values()
                if r.meta["deletedAt"] is None
                and _matches(r.meta, query)
                and ("published" not in query or query["published"] == (r.published is not None))
            ]
        return JSONResponse(items)

    def create(body: Any, query: dict[str, Any], _: None, request: Request) -> Response:
        generation = body.get("generation", {})
        with guided.lock:
            inherited = None
            if "inheritFromId" in body:
                inherited = body["inheritFromId"].lower()
                parent = guided.live(kind, inherited)
                if parent is None:
                    return fail(404, "A0007", f"{title} to inherit from not found")
                if parent.published is None:
                    return invalid("inheritFromId", f"the {kind} has no published version")
            refused = check_generation(generation)
            if refused is not None:
                return refused
            stamp = guided.stamp()
            resource = Resource(guided.new_meta(str(uuid.uuid4()), body, inherited, "user", stamp))
            version = resource.add_version(stored(generation), stamp)
            if body.get("publish", True):
                resource.published = version["id"]
            table[resource.meta["id"]] = resource
            return JSONResponse(guided.full(kind, resource.meta["id"]), status_code=201)

    def get(body: Any, query: dict[str, Any], _: None, request: Request) -> Response:
        with guided.lock:
            found = resource_of(request)
            if isinstance(found, Response):
                return found
            return JSONResponse(guided.full(kind, found.meta["id"]))

    def update(body: Any, query: dict[str, Any], _: None, request: Request) -> Response:
        with guided.lock:
            found = resource_of(request)
            if isinstance(found, Response):
                return found
            guided.update_meta(found, body, guided.stamp())
            return JSONResponse(guided.full(kind, found.meta["id"]))

    def delete(body: Any, query: dict[str, Any], _: None, request: Request) -> Response:
        with guided.lock:
            found = resource_of(request)
            if isinstance(found, Response):
                return found
            if found.meta["deletedAt"] is not None:
                return fail(404, "A0007", f"{title} not found")
            if guided.inherited(found.meta["id"]):
                return fail(409, "A0011", f"Other resources inherit from this {kind}")
            found.meta["deletedAt"] = found.meta["updatedAt"] = guided.stamp()
        return Response(status_code=204)

    def list_versions(body: Any, query: dict[str, Any], _: None, request: Request) -> Response:
        with guided.lock:
            found = resource_of(request)
            if isinstance(found, Response):
                return found
            return JSONResponse([shown(v) for v in found.versions.values()])

    def create_version(body: Any, query: dict[str, Any], _: None, request: Request) -> Response:
        with guided.lock:
            found = resource_of(request)
            if isinstance(found, Response):
                return found
            refused = check_generation(body["generation"])
            if refused is not None:
                return refused
            generation = body["generation"]
            if kind == "section" and found.meta["inheritedFromId"] is None:
                # Nothing to inherit from: what is left out is taken from the latest version
                # (inferred; Corti's wire test sends `{}`), else it is required.
                latest: dict[str, Any] = next(reversed(found.versions.values()), {"generation": {}})[
                    "generation"
                ]
                generation = {**latest, **generation}
                if "instructions" in body["generation"]:
                    generation["instructions"] = {
                        **latest.get("instructions", {}),
                        **body["generation"]["instructions"],
                    }
                missing = [k for k in ("heading", "instructions", "outputSchema") if k not in generation]
                if missing:
                    return invalid(f"generation.{missing[0]}", "is required: the section inherits nothing")
            version = found.add_version(stored(generation), guided.stamp())
            return JSONResponse(shown(version), status_code=201)

    def get_version(body: Any, query: dict[str, Any], _: None, request: Request) -> Response:
        with guided.lock:
            found = resource_of(request)
            if isinstance(found, Response):
                return found
            version = version_of(found, request)
            return version if isinstance(version, Response) else JSONResponse(shown(version))

    def delete_version(body: Any, query: dict[str, Any], _: None, request: Request) -> Response:
        with guided.lock:
            found = resource_of(request)
            if isinstance(found, Response):
                return found
            version = version_of(found, request)
            if isinstance(version, Response):
                return version
            if found.published == version["id"]:
                return fail(409, "A0011", "The published version cannot be deleted")
            del found.versions[version["id"]]
        return Response(status_code=204)

    def publish(body: Any, query: dict[str, Any], _: None, request: Request) -> Response:
        with guided.lock:
            found = resource_of(request)
            if isinstance(found, Response):
                return found
            version = version_of(found, request)
            if isinstance(version, Response):
                return version
            found.published = version["id"]
            found.meta["updatedAt"] = guided.stamp()
        return JSONResponse({"status": "published"})

    return {
        "list": list_,
        "create": create,
        "get": get,
        "update": update,
        "delete": delete,
        "list_versions": list_versions,
        "create_version": create_version,
        "get_version": get_version,
        "delete_version": delete_version,
        "publish": publish,
    }
