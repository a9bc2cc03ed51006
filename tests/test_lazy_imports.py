"""What only sockets, raw-bytes bodies, bulk runs, polling, listings, event streams, signing in
or the command line need is not loaded by `import corti_interactions`, nor by a client's plain
JSON call: it loads on first use, and works then."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# Modules a plain `import corti_interactions` (and a JSON call) must leave unloaded.
LAZY = (
    "corti_interactions_api.socket_types",
    "corti_interactions_api.binary_types",
    "corti_interactions_api.bulk_types",
    "corti_interactions_api.websockets",
    "corti_interactions._binary",
    "corti_interactions._streaming.runtime",
    "corti_interactions._streaming.protocol",
    "corti_interactions._streaming.connection",
    "corti_interactions._bulk.scheduler",
    "corti_interactions._cli",
    "corti_interactions._cli.commands",
    "corti_interactions._auth.signin",
    "corti_interactions._polling",
    "corti_interactions._pagination",
    "corti_interactions._events",
    "secrets",
    "argparse",
    "aiohttp",
    "websockets",
)

JSON_CALL = """
import httpx
from corti_interactions import CortiClient
def handler(request):
    return httpx.Response(204)
with CortiClient(tenant_name="t", token="x", base_url="https://api.example/v2",
                 transport=httpx.MockTransport(handler)) as client:
    client.interactions.delete("3c90c3cc-0d44-4b50-8888-8dd25736052a")
"""


def _loaded(code: str) -> set[str]:
    script = code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))\n"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_plain_import_leaves_the_lazy_modules_unloaded() -> None:
    loaded = _loaded("import corti_interactions")
    assert "corti_interactions" in loaded
    assert sorted(loaded.intersection(LAZY)) == []


def test_a_json_call_leaves_them_unloaded_too() -> None:
    loaded = _loaded(JSON_CALL)
    assert "corti_interactions_api.api.interactions" in loaded  # the call did run
    # The resources name the raw-bytes and bulk contracts in signatures only (`BinaryBody`,
    # which the operations are built with, lives in `types`): neither loads with a client.
    assert sorted(loaded.intersection(LAZY)) == []


def test_the_generated_types_run_no_dataclass_machinery_for_operations() -> None:
    # `@dataclass` compiles each class's methods at import (about 1 ms a class); the
    # operations' descriptions are built by the hundred when the resources load.
    from corti_interactions_api import types

    for kind in (types.Operation, types.Param, types.Pagination, types.ArrayOf, types.Poll, types.BinaryBody):
        assert "__dataclass_fields__" not in vars(kind), kind


def test_operation_descriptions_keep_a_frozen_dataclass_behaviour() -> None:
    import copy
    import dataclasses
    import pickle

    from corti_interactions_api.types import ArrayOf, Param

    param = Param("page_size", "pageSize", int, minimum=1)
    assert param == Param("page_size", "pageSize", int, minimum=1)
    assert param != Param("page_size", "pageSize", int, minimum=2)
    assert hash(param) == hash(Param("page_size", "pageSize", int, minimum=1))
    assert repr(param).startswith(
        "Param(name='page_size', wire_name='pageSize', kind=<class 'int'>, is_array=False"
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        param.name = "other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del param.kind  # type: ignore[misc]
    assert param.replace(minimum=5).minimum == 5 and param.minimum == 1
    assert copy.deepcopy(param) is param
    restored = pickle.loads(pickle.dumps(Param("a", "b", str, default=3)))  # noqa: S301  # our own bytes
    assert restored == Param("a", "b", str, default=3)
    match ArrayOf(int):
        case ArrayOf(item):
            assert item is int
        case _:  # pragma: no cover - the match above must hold
            pytest.fail("ArrayOf does not match positionally")


def test_each_loads_on_first_use() -> None:
    loaded = _loaded(
        JSON_CALL
        + "import corti_interactions as ci\n"
        + "ci.BulkResult, ci.BinaryResponse, ci.UnknownMessage, ci.CortiAuth, ci.PollTimeoutError\n"
        + "client.stream\n"
    )
    assert {
        "corti_interactions_api.socket_types",
        "corti_interactions_api.bulk_types",
        "corti_interactions_api.websockets",
        "corti_interactions._binary",
        "corti_interactions._auth.signin",
        "corti_interactions._polling",
    } <= loaded
    assert "corti_interactions._streaming.runtime" not in loaded  # with the first session only


# A listing, the first of its kind in a fresh interpreter: `_pagination` loads then, and the
# call works. (Polls, event streams and sign-ins import their module inside the runtime's
# method or on first attribute access: tests/test_poll_deadline.py, test_sse.py and
# test_signin.py run those lines.)
FIRST_USES = """
import json, httpx
from corti_interactions import CortiClient
def handler(request):
    return httpx.Response(200, json={"interactions": []})
with CortiClient(tenant_name="t", token="x", base_url="https://api.example/v2",
                 transport=httpx.MockTransport(handler)) as client:
    page = client.interactions.list()
    print(json.dumps({"items": len(page.items), "next": page.has_next_page()}))
"""


def test_a_listing_loads_pagination_on_first_use_and_works() -> None:
    out = subprocess.run(
        [sys.executable, "-c", FIRST_USES + "import sys\nprint(json.dumps(sorted(sys.modules)))\n"],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()  # fmt: skip
    assert json.loads(out[0]) == {"items": 0, "next": False}
    loaded = set(json.loads(out[-1]))
    assert "corti_interactions._pagination" in loaded
    assert not {"corti_interactions._polling", "corti_interactions._events"} & loaded


def test_lazy_names_are_the_same_objects_everywhere() -> None:
    import corti_interactions as ci
    from corti_interactions_api import binary_types, bulk_types, socket_types, types

    assert types.WebSocket is socket_types.WebSocket
    assert types.BinaryBody is binary_types.BinaryBody
    assert ci.BulkResult is types.BulkResult is bulk_types.BulkResult
    assert ci.UnknownMessage is socket_types.UnknownMessage
    from corti_interactions._auth.signin import CortiAuth
    from corti_interactions._polling import PollTimeoutError

    assert ci.CortiAuth is CortiAuth and ci.PollTimeoutError is PollTimeoutError
    assert ci.PollTimeoutError.__module__ == "corti_interactions"  # tracebacks name the package
