"""The fake's template catalog: templates and sections."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from corti_interactions.testing._catalog import section, template

from .state import Routes

__all__ = ["handlers"]


def handlers(shared: Routes) -> dict[str, Any]:
    """The route handlers of this family, by name."""
    not_found = shared.not_found
    scribe = shared.scribe

    def list_templates(body: Any, query: dict[str, Any], stored: None, request: Request) -> Response:
        found = []
        with scribe.lock:
            templates, sections = dict(scribe.templates), dict(scribe.sections)
        for key, item in templates.items():
            if "lang" in query and not set(query["lang"]) & set(item["languages"]):
                continue
            if "status" in query and item["status"] not in query["status"]:
                continue
            if "org" in query and "corti" not in query["org"]:
                continue
            found.append(template(key, templates, sections))
        return JSONResponse({"data": found})

    def get_template(body: Any, query: dict[str, Any], stored: None, request: Request) -> Response:
        key = request.path_params["key"]
        with scribe.lock:
            templates, sections = dict(scribe.templates), dict(scribe.sections)
        return (
            JSONResponse(template(key, templates, sections))
            if key in templates
            else not_found(f"Template {key!r}")
        )

    def list_sections(body: Any, query: dict[str, Any], stored: None, request: Request) -> Response:
        if "org" in query and "corti" not in query["org"]:
            return JSONResponse({"data": []})
        languages = query.get("lang") or [None]
        with scribe.lock:
            sections = dict(scribe.sections)
        return JSONResponse({"data": [section(key, languages[0], sections) for key in sections]})

    return {"list_templates": list_templates, "get_template": get_template, "list_sections": list_sections}
