"""The fake's facts: fact groups, list, create, update (one or a batch), extract."""

from __future__ import annotations

import copy
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from corti_interactions.testing._catalog import (
    GROUP_NAMES,
    extract_facts,
    group_id,
)

from .state import Routes, _usage

__all__ = ["handlers"]


def handlers(shared: Routes) -> dict[str, Any]:
    """The route handlers of this family, by name."""
    scribe = shared.scribe
    not_found = shared.not_found

    def fact_groups(body: Any, query: dict[str, Any], stored: None, request: Request) -> Response:
        groups = [
            {
                "id": group_id(key),
                "key": key,
                "translations": [{"id": i + 1, "languages_id": "en", "name": name}],
            }
            for i, (key, name) in enumerate(GROUP_NAMES.items())
        ]
        return JSONResponse({"data": groups})

    def list_facts(body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request) -> Response:
        with scribe.lock:
            scribe.settle(stored["id"])
            facts = copy.deepcopy(list(scribe.facts.get(stored["id"], {}).values()))
        return JSONResponse({"facts": facts})

    def create_facts(body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request) -> Response:
        with scribe.lock:
            added = scribe.add_facts(stored["id"], body["facts"])
        return JSONResponse(
            {"facts": [{k: v for k, v in f.items() if k not in ("createdAt", "evidence")} for f in added]}
        )

    def _apply(fact: dict[str, Any], update: dict[str, Any]) -> None:
        for key in ("text", "group", "source", "isDiscarded"):
            if key in update:
                fact[key] = update[key]
        if "group" in update:
            fact["groupId"] = group_id(update["group"])
        fact["updatedAt"] = scribe.stamp()

    def _updated(fact: dict[str, Any]) -> dict[str, Any]:
        return {k: copy.deepcopy(v) for k, v in fact.items() if k != "evidence"}

    def batch_update_facts(
        body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request
    ) -> Response:
        with scribe.lock:
            table = scribe.facts.get(stored["id"], {})
            missing = [u["factId"] for u in body["facts"] if u["factId"] not in table]
            if missing:
                return not_found(f"Fact {missing[0]}")
            for update in body["facts"]:
                _apply(table[update["factId"]], update)
            return JSONResponse({"facts": [_updated(table[u["factId"]]) for u in body["facts"]]})

    def update_fact(body: Any, query: dict[str, Any], stored: dict[str, Any], request: Request) -> Response:
        with scribe.lock:
            fact = scribe.facts.get(stored["id"], {}).get(request.path_params["fid"])
            if fact is None:
                return not_found("Fact")
            _apply(fact, body)
            return JSONResponse(_updated(fact))

    def extract(body: Any, query: dict[str, Any], stored: None, request: Request) -> Response:
        text = " ".join(item["text"] for item in body["context"])
        return JSONResponse(
            {"facts": extract_facts(text), "outputLanguage": body["outputLanguage"], "usageInfo": _usage(0.1)}
        )

    return {
        "fact_groups": fact_groups,
        "list_facts": list_facts,
        "create_facts": create_facts,
        "batch_update_facts": batch_update_facts,
        "update_fact": update_fact,
        "extract": extract,
    }
