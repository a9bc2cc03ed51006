"""The fake's guided documents API (`/documents/...`): documents generated from templates,
and sections and templates with versions.

Theory of operation: `GuidedState` keeps the sections, templates (each with raw versions and
the one published) and saved documents, behind the fake's one lock. Corti's standard ones
are seeded (a section per fact group and a SOAP template, English, `source: corti`) and come
back after a reset. Only a published version is used: to inherit from, in a template, or to
generate with. Generation is deterministic: the same request and facts give the same text.
Every answer follows the spec; bodies and queries are checked against it before the work
(400 with the validation shape); every unknown id, at every level, is a 404.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import documents, resources
from .documents import FactsOf
from .resources import ErrorFn
from .state import GuidedState

__all__ = ["FactsOf", "GuidedState", "guided_routes"]


def guided_routes(
    guided: GuidedState, error: ErrorFn, route: Callable[..., Any], facts_of: FactsOf
) -> list[Any]:
    """The routes of every guided operation; `facts_of` reads an interaction's facts (the
    caller holds the fake's lock)."""
    routes = []
    for kind in ("section", "template"):
        h = resources.handlers(guided, kind, error)
        path, spec = f"/v2/documents/{kind}s", f"/documents/{kind}s"
        param = f"{kind}Id"
        routes += [
            route(f"{path}/", f"{spec}/", {"GET": h["list"], "POST": h["create"]}),
            route(f"{path}/{{rid}}", f"{spec}/{{{param}}}",
                  {"GET": h["get"], "PATCH": h["update"], "DELETE": h["delete"]}),
            route(f"{path}/{{rid}}/versions/", f"{spec}/{{{param}}}/versions/",
                  {"GET": h["list_versions"], "POST": h["create_version"]}),
            route(f"{path}/{{rid}}/versions/{{vid}}", f"{spec}/{{{param}}}/versions/{{versionId}}",
                  {"GET": h["get_version"], "DELETE": h["delete_version"]}),
            route(f"{path}/{{rid}}/versions/{{vid}}/publish",
                  f"{spec}/{{{param}}}/versions/{{versionId}}/publish", {"POST": h["publish"]}),
        ]  # fmt: skip
    d = documents.handlers(guided, error, facts_of)
    routes += [
        route("/v2/documents/", "/documents/", {"GET": d["list"], "POST": d["generate"]}),
        route("/v2/documents/{did}", "/documents/{documentId}",
              {"GET": d["get"], "PATCH": d["update"], "DELETE": d["delete"]}),
    ]  # fmt: skip
    return routes
