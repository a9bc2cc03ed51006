"""An operation added to the spec is a working, typed method and a command after generating.

The proof, end to end: copy the spec, add `GET /interactions/{interactionId}/attachments/`
(tag `Attachments`, operationId `attachments_list`), generate into a temporary folder the way
the Makefile's `generate_into` does, and with that package shadowing the installed one
(`PYTHONPATH=<tmp>:overrides`): `client.attachments.list(id)` works sync, async and raw,
`mypy --strict` knows its return type, the command line has `attachments list`, and
`tools/api_surface.py` lists it. No hand-written code changes, and nothing in the repository
changes either.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent  # the venv's bin: python, ruff, mypy
PACKAGE = "corti_interactions_api"
INTERACTION_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
ATTACHMENTS = ["0b3c6f2e-8f5a-4c61-9d0e-2a7b1c4d5e6f", "9d4f2a1b-3c5e-4f60-8a7b-1c2d3e4f5a6b"]


def added_spec(original: dict[str, Any]) -> dict[str, Any]:
    """The spec with the attachments operation, its schema and its tag added."""
    spec = json.loads(json.dumps(original))  # a deep copy
    spec["tags"].append({"name": "Attachments", "description": "The attachments of an interaction."})
    spec["paths"]["/interactions/{interactionId}/attachments/"] = {
        "get": {
            "operationId": "attachments_list",
            "tags": ["Attachments"],
            "summary": "List attachments",
            "description": "The ids of the interaction's attachments.",
            "parameters": [
                {"$ref": "#/components/parameters/TenantName"},
                {"$ref": "#/components/parameters/InteractionId"},
            ],
            "responses": {
                "200": {
                    "description": "The interaction's attachments.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/AttachmentsListResponse"}
                        }
                    },
                },
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        }
    }
    # A raw-bytes operation pair: a PUT of `application/octet-stream` with a size bound, and a
    # GET whose answer is raw bytes.
    attachment = [
        {"$ref": "#/components/parameters/TenantName"},
        {"$ref": "#/components/parameters/InteractionId"},
        {
            "name": "attachmentId",
            "in": "path",
            "required": True,
            "schema": {"type": "string", "format": "uuid"},
        },
    ]
    spec["paths"]["/interactions/{interactionId}/attachments/{attachmentId}"] = {
        "put": {
            "operationId": "attachments_put",
            "tags": ["Attachments"],
            "summary": "Store an attachment",
            "parameters": attachment,
            "requestBody": {
                "required": True,
                "content": {
                    "application/octet-stream": {
                        "schema": {
                            "type": "string",
                            "format": "binary",
                            "x-max-bytes": 1024,
                            "x-min-bytes": 1,
                        }
                    }
                },
            },
            "responses": {"204": {"description": "Stored."}},
        },
        "get": {
            "operationId": "attachments_get",
            "tags": ["Attachments"],
            "summary": "Get an attachment",
            "parameters": attachment,
            "responses": {
                "200": {
                    "description": "The bytes.",
                    "content": {
                        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
                    },
                }
            },
        },
    }
    # A streamed operation: server-sent events, one model per key the event's data holds.
    spec["paths"]["/interactions/{interactionId}/attachments/events"] = {
        "get": {
            "operationId": "attachments_events",
            "tags": ["Attachments"],
            "summary": "Watch attachments",
            "parameters": [
                {"$ref": "#/components/parameters/TenantName"},
                {"$ref": "#/components/parameters/InteractionId"},
            ],
            "responses": {
                "200": {
                    "description": "Attachment events, as server-sent events.",
                    "content": {
                        "text/event-stream": {"schema": {"$ref": "#/components/schemas/AttachmentsEvent"}}
                    },
                }
            },
        }
    }
    spec["components"]["schemas"]["AttachmentsEvent"] = {
        "description": "An attachment event.",
        "oneOf": [
            {"$ref": "#/components/schemas/AttachmentsAddedEvent"},
            {"$ref": "#/components/schemas/AttachmentsRemovedEvent"},
        ],
    }
    for name, key in (("AttachmentsAddedEvent", "added"), ("AttachmentsRemovedEvent", "removed")):
        spec["components"]["schemas"][name] = {
            "type": "object",
            "description": f"An attachment was {key}.",
            "required": [key],
            "properties": {key: {"type": "string", "description": "The attachment's id."}},
        }
    spec["components"]["schemas"]["AttachmentsListResponse"] = {
        "type": "object",
        "description": "The attachments of an interaction.",
        "required": ["attachments"],
        "properties": {
            "attachments": {
                "type": "array",
                "description": "The attachments' ids.",
                "items": {"type": "string", "format": "uuid"},
            }
        },
    }
    return spec


def git_status() -> str:
    return subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@dataclass(frozen=True)
class Generated:
    root: Path  # what goes on PYTHONPATH: holds corti_interactions_api/ and API.md
    spec: Path
    status_before: str | None  # `git status` just before generating, and just after
    status_after: str | None

    @property
    def package(self) -> Path:
        return self.root / PACKAGE

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("CORTI_", "MYPY"))}
        env["PYTHONPATH"] = os.pathsep.join([str(self.root), str(ROOT / "overrides")])
        env["PATH"] = os.pathsep.join([str(BIN), env.get("PATH", "")])
        return env

    def python(self, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args],
            cwd=cwd or self.root.parent,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    if shutil.which("ruff", path=str(BIN)) is None or shutil.which("mypy", path=str(BIN)) is None:
        pytest.skip("needs the dev venv (ruff and mypy beside the interpreter)")
    in_git = (ROOT / ".git").exists() and shutil.which("git") is not None
    work = tmp_path_factory.mktemp("added-operation")
    spec = work / "interactions.yaml"
    original = yaml.safe_load((ROOT / "openapi" / "interactions.yaml").read_text(encoding="utf-8"))
    spec.write_text(
        yaml.safe_dump(added_spec(original), sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    out = work / "generated"
    out.mkdir()
    package = out / PACKAGE
    # The Makefile's generate_into, step by step, with the venv's bin first on PATH so the
    # generator's post hooks run the pinned ruff.
    env = {**os.environ, "PATH": os.pathsep.join([str(BIN), os.environ.get("PATH", "")])}
    # `git status` is taken right around the steps that write files, not around the whole
    # module: someone editing the checkout meanwhile must not fail this.
    status_before = git_status() if in_git else None
    run = subprocess.run(
        [
            sys.executable,
            "tools/generate.py",
            str(spec),
            "generator-config.yml",
            "overrides/templates",
            str(package),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr + run.stdout
    (package / "errors.py").unlink()
    shutil.copy(spec, package / "openapi.yaml")
    (package / "py.typed").touch()
    surface = subprocess.run(
        [sys.executable, "tools/api_surface.py", str(spec), str(package)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    (out / "API.md").write_text(surface.stdout, encoding="utf-8")
    status_after = git_status() if in_git else None
    return Generated(out, spec, status_before, status_after)


def test_the_generator_emits_the_operation(generated: Generated) -> None:
    package = generated.package
    assert (package / "api" / "attachments" / "__init__.py").is_file()
    assert (package / "api" / "attachments" / "attachments_list.py").is_file()
    assert (package / "models" / "attachments_list_response.py").is_file()
    client = (package / "client.py").read_text(encoding="utf-8")
    assert '"attachments": {' in client
    assert '"list": _attachments_list.OPERATION' in client
    assert "def attachments(self) -> Attachments:" in client  # built on first use
    assert "return Attachments(self._resource_runtime)" in client
    assert "def attachments(self) -> AsyncAttachments:" in client
    assert "return AsyncAttachments(self._resource_runtime)" in client


def test_the_operations_already_there_are_generated_unchanged(generated: Generated) -> None:
    # The post hooks ran (ruff's formatting is in the committed copy), and adding an
    # operation touches nothing that was there before.
    committed = ROOT / "generated" / PACKAGE
    for path in sorted((committed / "api" / "interactions").glob("*.py")) + sorted(
        (committed / "models").glob("*.py")
    ):
        relative = path.relative_to(committed)
        if relative.as_posix() == "models/__init__.py":
            continue  # lists the new model too
        assert (generated.package / relative).read_text(encoding="utf-8") == path.read_text(
            encoding="utf-8"
        ), relative
    formatted = subprocess.run(
        [str(BIN / "ruff"), "format", "--check", "--isolated", "--no-cache", "--line-length", "120", "."],
        cwd=generated.package,
        capture_output=True,
        text=True,
        check=False,
    )
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr


CALLS = """
import asyncio
import json
import sys
from pathlib import Path

import httpx

import corti_interactions_api
from corti_interactions import AsyncCortiClient, CortiClient, InternalServerError
from corti_interactions_api.client import OPERATIONS
from corti_interactions_api.models import AttachmentsListResponse

ID, ATTACHMENTS = sys.argv[1], json.loads(sys.argv[2])
seen = []
replies = []


def handler(request):
    request.read()
    seen.append({"method": request.method, "url": str(request.url),
                 "tenant": request.headers.get("tenant-name"),
                 "authorization": request.headers.get("authorization"),
                 "content_type": request.headers.get("content-type"),
                 "timeout": request.extensions["timeout"]["read"]})
    if replies:
        return replies.pop(0)
    return httpx.Response(200, json={"attachments": ATTACHMENTS}, headers={"x-request-id": "rid-1"})


settings = {"token": "t", "base_url": "https://api.example/v2", "tenant_name": "t"}
report = {"package": corti_interactions_api.__file__}
operation = OPERATIONS["attachments"]["list"]
report["operation"] = [operation.name, operation.method, operation.path, operation.idempotent]

client = CortiClient(httpx_client=httpx.Client(transport=httpx.MockTransport(handler)),
                     sleep=lambda s: None, **settings)
result = client.attachments.list(ID)
report["sync"] = [type(result).__name__, [str(r) for r in result.attachments]]
raw = client.attachments.with_raw_response.list(ID, timeout=7)
report["sync_raw"] = [raw.status_code, raw.attempts, raw.request_id, type(raw.parse()).__name__,
                      [str(r) for r in raw.parse().attachments]]
replies.extend([httpx.Response(503), httpx.Response(503)])
report["retried"] = client.attachments.with_raw_response.list(ID).attempts
replies.extend([httpx.Response(503)] * 3)
try:
    client.attachments.list(ID)
except InternalServerError as exc:
    report["gave_up"] = exc.attempts
before = len(seen)
try:
    client.attachments.list("not-a-uuid")
except ValueError as exc:
    report["bad_id"] = [str(exc).split(" ")[0], len(seen) - before]
try:
    client.attachments.list(ID, extra_body={"a": 1})
except ValueError as exc:
    report["extra_body"] = str(exc).split(" ")[0]


async def main():
    transport = httpx.MockTransport(handler)
    async with AsyncCortiClient(httpx_client=httpx.AsyncClient(transport=transport), **settings) as aclient:
        result = await aclient.attachments.list(ID)
        raw = await aclient.attachments.with_raw_response.list(ID)
        return [type(result).__name__, [str(r) for r in result.attachments],
                raw.status_code, type(raw.parse()).__name__]


report["async"] = asyncio.run(main())
report["requests"] = list(seen)
seen.clear()
replies.extend([httpx.Response(503), httpx.Response(204)])
put = client.attachments.with_raw_response.put(ID, ID, b"hello")
report["put"] = [put.status_code, put.attempts, put.parse()]
try:
    client.attachments.put(ID, ID, b"x" * 1025)
except ValueError as exc:
    report["too_big"] = str(exc).split(" ")[0]
replies.append(httpx.Response(200, content=b"%PDF-1", headers={"content-type": "application/pdf"}))
got = client.attachments.get(ID, ID)
report["get"] = [type(got).__name__, got.read().decode(), got.content_type]
replies.append(httpx.Response(200, content=b"chunked bytes"))
with client.attachments.with_streaming_response.get(ID, ID) as answer:
    report["streamed"] = b"".join(answer.iter_bytes()).decode()
report["binary_requests"] = [[r["method"], r["content_type"]] for r in seen]
stream_body = b'data: {"added": "a1"}\\n\\nevent: other\\ndata: {"x": 1}\\n\\ndata: {"removed": "a1"}\\n\\n'
replies.append(httpx.Response(200, content=stream_body, headers={"content-type": "text/event-stream"}))
with client.attachments.events(ID) as events:
    report["events"] = [[type(e).__name__, getattr(e, "added", None) or getattr(e, "removed", None)] for e in events]


async def streamed():
    transport = httpx.MockTransport(handler)
    async with AsyncCortiClient(httpx_client=httpx.AsyncClient(transport=transport), **settings) as aclient:
        replies.append(httpx.Response(200, content=stream_body, headers={"content-type": "text/event-stream"}))
        async with aclient.attachments.events(ID) as events:
            return [type(e).__name__ async for e in events]


report["async_events"] = asyncio.run(streamed())
report["interactions_still_there"] = sorted(OPERATIONS["interactions"])
print(json.dumps(report))
"""


def test_the_new_method_works_sync_async_and_raw(generated: Generated, tmp_path: Path) -> None:
    script = tmp_path / "calls.py"
    script.write_text(CALLS, encoding="utf-8")
    run = generated.python(str(script), INTERACTION_ID, json.dumps(ATTACHMENTS))
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    # the generated package in the temporary folder, not the installed one
    assert Path(report["package"]).resolve().is_relative_to(generated.root.resolve())
    assert report["operation"] == [
        "attachments_list",
        "GET",
        "/interactions/{interaction_id}/attachments/",
        True,
    ]
    assert report["sync"] == ["AttachmentsListResponse", ATTACHMENTS]
    assert report["sync_raw"] == [200, 1, "rid-1", "AttachmentsListResponse", ATTACHMENTS]
    assert report["retried"] == 3  # a GET: retried after 503s like any idempotent operation
    assert report["gave_up"] == 3
    assert report["bad_id"] == ["interaction_id", 0]  # refused before sending
    assert report["extra_body"] == "extra_body"
    assert report["async"] == ["AttachmentsListResponse", ATTACHMENTS, 200, "AttachmentsListResponse"]
    assert report["interactions_still_there"] == ["create", "delete", "get", "list", "update"]
    url = f"https://api.example/v2/interactions/{INTERACTION_ID}/attachments/"
    requests = report["requests"]
    assert len(requests) == 2 + 3 + 3 + 2
    for request in requests:
        assert request["method"] == "GET"
        assert request["url"] == url
        assert request["tenant"] == "t"
        assert request["authorization"] == "Bearer t"
        assert request["content_type"] is None
    assert requests[1]["timeout"] == 7.0
    # The raw-bytes pair: a PUT (idempotent, its bytes re-sendable: retried after a 503), a
    # body over the spec's x-max-bytes refused before sending, a BinaryResponse both ways.
    assert report["put"] == [204, 2, None]
    assert report["too_big"] == "file"
    assert report["get"] == ["BinaryResponse", "%PDF-1", "application/pdf"]
    assert report["streamed"] == "chunked bytes"
    assert report["binary_requests"] == [
        ["PUT", "application/octet-stream"], ["PUT", "application/octet-stream"], ["GET", None], ["GET", None],
    ]  # fmt: skip
    # The streamed operation: typed events by their key, any other kind an UnknownEvent.
    assert report["events"] == [
        ["AttachmentsAddedEvent", "a1"], ["UnknownEvent", None], ["AttachmentsRemovedEvent", "a1"],
    ]  # fmt: skip
    assert report["async_events"] == ["AttachmentsAddedEvent", "UnknownEvent", "AttachmentsRemovedEvent"]


TYPED_OK = f"""
from __future__ import annotations

from corti_interactions import AsyncCortiClient, CortiClient
from corti_interactions_api.models import AttachmentsListResponse
from corti_interactions_api.types import BinaryResponse, RawResponse
from uuid import UUID


def binary_calls(client: CortiClient) -> bytes:
    client.attachments.put("{INTERACTION_ID}", "{INTERACTION_ID}", b"x", content_type="application/pdf")
    answer: BinaryResponse = client.attachments.get("{INTERACTION_ID}", "{INTERACTION_ID}")
    with client.attachments.with_streaming_response.get("{INTERACTION_ID}", "{INTERACTION_ID}") as streamed:
        return answer.read() + b"".join(streamed.iter_bytes())


def sync_calls(client: CortiClient) -> list[UUID]:
    result: AttachmentsListResponse = client.attachments.list("{INTERACTION_ID}")
    raw: RawResponse[AttachmentsListResponse] = client.attachments.with_raw_response.list(
        UUID("{INTERACTION_ID}"), timeout=5.0, max_retries=1
    )
    parsed: AttachmentsListResponse = raw.parse()
    return result.attachments + parsed.attachments


async def async_calls(client: AsyncCortiClient) -> list[UUID]:
    result: AttachmentsListResponse = await client.attachments.list("{INTERACTION_ID}")
    raw: RawResponse[AttachmentsListResponse] = await client.attachments.with_raw_response.list(
        "{INTERACTION_ID}"
    )
    return result.attachments + raw.parse().attachments
"""

TYPED_BAD = """
from __future__ import annotations

from corti_interactions import CortiClient
from corti_interactions_api.models import InteractionsGetResponse


def wrong(client: CortiClient) -> None:
    result: InteractionsGetResponse = client.attachments.list("x")
    client.attachments.list(42)
    client.attachments.list("x", sort="id")
    client.attachments.put("x", "x", 42)
    text: str = client.attachments.get("x", "x").read()
"""


def test_mypy_strict_knows_the_new_method(generated: Generated, tmp_path: Path) -> None:
    (tmp_path / "typed_ok.py").write_text(TYPED_OK, encoding="utf-8")
    (tmp_path / "typed_bad.py").write_text(TYPED_BAD, encoding="utf-8")
    config = tmp_path / "mypy.ini"
    config.write_text(
        textwrap.dedent(
            f"""\
            [mypy]
            strict = True
            python_version = 3.11
            mypy_path = {generated.root}{os.pathsep}{ROOT / "overrides"}
            explicit_package_bases = True

            [mypy-httpx_aiohttp.*,uvicorn.*]
            ignore_missing_imports = True
            """
        ),
        encoding="utf-8",
    )
    run = subprocess.run(
        [
            str(BIN / "mypy"),
            "--config-file",
            str(config),
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            "--no-error-summary",
            "--hide-error-context",
            "typed_ok.py",
            "typed_bad.py",
        ],
        cwd=tmp_path,
        env=generated.env(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    errors = [line for line in run.stdout.splitlines() if ": error:" in line]
    assert run.returncode == 1, run.stdout + run.stderr
    assert [e for e in errors if e.startswith("typed_ok.py")] == [], run.stdout
    bad = "\n".join(e for e in errors if e.startswith("typed_bad.py"))
    assert (
        'typed_bad.py:9: error: Incompatible types in assignment (expression has type "AttachmentsListResponse", '
        'variable has type "InteractionsGetResponse")  [assignment]'
    ) in bad
    assert "typed_bad.py:10: error: Argument 1 to " in bad and '"list" of "Attachments"' in bad
    assert 'typed_bad.py:11: error: Unexpected keyword argument "sort"' in bad
    assert 'typed_bad.py:12: error: Argument 3 to "put" of "Attachments"' in bad
    assert 'typed_bad.py:13: error: Incompatible types in assignment (expression has type "bytes"' in bad
    assert len([e for e in errors if e.startswith("typed_bad.py")]) == 5, run.stdout


def test_the_command_line_has_the_new_command(generated: Generated) -> None:
    run = generated.python("-m", "corti_interactions", "attachments", "list", "--help")
    assert run.returncode == 0, run.stderr
    assert "usage: corti-interactions attachments list" in run.stdout
    assert "INTERACTION_ID" in run.stdout.split("positional arguments:")[1]
    assert "GET /interactions/{interaction_id}/attachments/" in run.stdout
    top = generated.python("-m", "corti_interactions", "--help")
    assert top.returncode == 0, top.stderr
    assert "attachments" in top.stdout
    put = generated.python("-m", "corti_interactions", "attachments", "put", "--help")
    assert put.returncode == 0, put.stderr
    assert "FILE" in put.stdout and "--content-type" in put.stdout
    events = generated.python(
        "-m", "corti_interactions", "attachments", "events", INTERACTION_ID, "--dry-run", "--tenant-name", "t"
    )
    assert events.returncode == 0, events.stderr
    assert "accept: text/event-stream, application/json" in events.stdout
    events_help = generated.python("-m", "corti_interactions", "attachments", "events", "--help")
    assert events_help.returncode == 0 and "--format" not in events_help.stdout  # always JSON lines
    get = generated.python("-m", "corti_interactions", "attachments", "get", "--help")
    assert get.returncode == 0 and "--output" in get.stdout, get.stderr
    dry = generated.python(
        "-m", "corti_interactions", "attachments", "list", INTERACTION_ID, "--dry-run", "--tenant-name", "t"
    )
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines()[0] == (
        f"GET https://api.eu.corti.app/v2/interactions/{INTERACTION_ID}/attachments/"
    )
    missing = generated.python("-m", "corti_interactions", "attachments", "list", "--dry-run")
    assert missing.returncode == 2
    assert "INTERACTION_ID" in missing.stderr


def test_the_api_surface_lists_the_new_operation(generated: Generated) -> None:
    text = (generated.root / "API.md").read_text(encoding="utf-8")
    header = "### GET /interactions/{interactionId}/attachments/"
    assert header in text
    section = text.split(header, 1)[1].split("\n#", 1)[0]
    # Named by its operationId, or by the method and command it becomes.
    assert "attachments_list" in section or (
        "`client.attachments.list()`" in section and "corti-interactions attachments list" in section
    ), section
    assert "- parameter `interactionId` (path, required)" in section
    assert "- response 200 (application/json): `AttachmentsListResponse`" in section
    assert "### AttachmentsListResponse" in text
    streamed = text.split("### GET /interactions/{interactionId}/attachments/events", 1)[1].split("\n#", 1)[0]
    assert "`client.attachments.events()`" in streamed and "server-sent events" in streamed
    assert "- response 200 (text/event-stream): `AttachmentsEvent`" in streamed
    committed = (ROOT / "generated" / "API.md").read_text(encoding="utf-8")
    assert header not in committed and "AttachmentsListResponse" not in committed


def test_nothing_outside_the_temporary_folders_changed(generated: Generated) -> None:
    # Runs last in this module: after the generator, its ruff hooks, mypy and the CLI.
    if generated.status_before is None:
        pytest.skip("not a git checkout")
    changed = set(generated.status_after.splitlines()) ^ set(generated.status_before.splitlines())
    assert changed == set(), f"the checkout changed while generating: {sorted(changed)}"
    untracked = subprocess.run(
        ["git", "ls-files", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert [path for path in untracked if "attachment" in path.lower() or path.endswith("API.md")] == []
    assert "attachments" not in (ROOT / "generated" / PACKAGE / "client.py").read_text(encoding="utf-8")
    assert not (ROOT / "generated" / PACKAGE / "api" / "attachments").exists()
