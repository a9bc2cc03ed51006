"""What only sockets, raw-bytes bodies, bulk runs or the command line need is not loaded by
`import corti_interactions`, nor by a client's plain JSON call: it loads on first use."""

from __future__ import annotations

import json
import subprocess
import sys

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
    "corti_interactions._cli.commands",
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
    # The resource modules name the binary and bulk contracts in their operations and
    # signatures, so those two load with the first client; nothing else of LAZY does.
    contracts = {"corti_interactions_api.binary_types", "corti_interactions_api.bulk_types"}
    assert sorted(loaded.intersection(LAZY) - contracts) == []


def test_each_loads_on_first_use() -> None:
    loaded = _loaded(
        JSON_CALL
        + "import corti_interactions as ci\n"
        + "ci.BulkResult, ci.BinaryResponse, ci.UnknownMessage\n"
        + "client.stream\n"
    )
    assert {
        "corti_interactions_api.socket_types",
        "corti_interactions_api.bulk_types",
        "corti_interactions_api.websockets",
        "corti_interactions._binary",
    } <= loaded
    assert "corti_interactions._streaming.runtime" not in loaded  # with the first session only


def test_lazy_names_are_the_same_objects_everywhere() -> None:
    import corti_interactions as ci
    from corti_interactions_api import binary_types, bulk_types, socket_types, types

    assert types.WebSocket is socket_types.WebSocket
    assert types.BinaryBody is binary_types.BinaryBody
    assert ci.BulkResult is types.BulkResult is bulk_types.BulkResult
    assert ci.UnknownMessage is socket_types.UnknownMessage
