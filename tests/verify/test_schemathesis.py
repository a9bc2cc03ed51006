"""The fake against the spec, judged by schemathesis: every answer conforms to the declared
statuses and schemas, and nothing answers 5xx, for generated and mutated inputs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from corti_interactions.testing import FakeCorti

from .conftest import Recorder

# Fuzzing the fake (thousands of generated requests, minutes on 2 cores), not the client: a
# check of the stand-in, run by `make verify`, not a gate of `make test`.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
ST = Path(sys.executable).with_name("st")
SEED = 20261125


def run_schemathesis(
    fake: FakeCorti,
    config: str,
    tmp_path: Path,
    examples: int,
    only: tuple[str, ...] = ("--include-tag", "Interactions"),
    url: str | None = None,
) -> tuple[int, str]:
    config_file = tmp_path / "schemathesis.toml"
    config_file.write_text(config)
    done = subprocess.run(
        [
            str(ST), "--config-file", str(config_file), "run", str(ROOT / "openapi" / "interactions.yaml"),
            "--url", url or fake.base_url, "--header", f"Authorization: Bearer {fake.issue_token()}",
            "--checks", "all", "--max-examples", str(examples), "--seed", str(SEED),
            "--generation-deterministic", "--workers", "1", "--output-truncate", "true", *only,
        ],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    return done.returncode, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("label", "config"),
    [
        ("a real interaction and tenant: body validation and merges", "FIXED"),
        ("random ids and tenants: id and tenant checks", ""),
    ],
)
def test_schemathesis_finds_no_failure(label: str, config: str, tmp_path: Path, record: Recorder) -> None:
    with FakeCorti() as fake:
        if config == "FIXED":
            stored = fake.add_interaction()
            config = f'[parameters]\n"path.interactionId" = "{stored["id"]}"\n"header.Tenant-Name" = "{fake.tenant_name}"\n'
        code, output = run_schemathesis(fake, config, tmp_path, examples=150)
        paths = sorted({r.path for r in fake.requests})
    assert code == 0, output[-4000:]
    match = re.search(r"(\d+) generated, (\d+) passed", output)
    assert match, output[-2000:]
    generated = int(match.group(1))
    assert generated > 100
    assert paths
    record("The fake against the spec (schemathesis)", label, generated, "conforming, no 5xx")


def test_schemathesis_finds_no_failure_in_the_scribe_operations(tmp_path: Path, record: Recorder) -> None:
    """Every operation under an interaction and the catalog, fewer examples each (23 of them):
    conforming answers, declared statuses, 405 for undeclared methods, no 5xx."""
    with FakeCorti() as fake:
        stored = fake.add_interaction()
        config = f'[parameters]\n"path.interactionId" = "{stored["id"]}"\n"header.Tenant-Name" = "{fake.tenant_name}"\n'
        # A classic document update naming a section the document lacks is refused (400, as
        # Corti would: inferred); the spec cannot say which keys a stored document has.
        config += (
            '\n[[operations]]\ninclude-name = "PATCH /interactions/{interactionId}/documents/{documentId}"\n'
            'checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "401", "403", "404"]\n'
        )
        only = (
            "--exclude-tag",
            "Interactions",
            *(a for tag in GUIDED_TAGS for a in ("--exclude-tag", tag)),
            "--exclude-tag-regex",
            "^Agent",
        )  # agents: below
        code, output = run_schemathesis(fake, config, tmp_path, examples=25, only=only)
        paths = {r.path for r in fake.requests}
    assert code == 0, output[-4000:]
    match = re.search(r"(\d+) generated, (\d+) passed", output)
    assert match, output[-2000:]
    generated = int(match.group(1))
    assert generated > 1000
    assert any("/recordings/" in p for p in paths) and any(p.endswith("/status") for p in paths)
    record("The fake against the spec (schemathesis)", "the scribe operations (25 examples each)", generated,
           "conforming, no 5xx")  # fmt: skip


GUIDED_TAGS = ("Codes", "Documents", "DocumentsSections", "DocumentsSectionsVersions", "DocumentsTemplates",
               "DocumentsTemplatesVersions")  # fmt: skip


def test_schemathesis_finds_no_failure_in_codes_and_guided_documents(
    tmp_path: Path, record: Recorder
) -> None:
    """Code prediction and the 25 guided documents operations (random ids, and the ids its
    stateful phase creates): conforming answers, declared statuses (404, 409 and 422
    included), no 5xx. An empty `system` list is a 400 the spec cannot say (`minItems` is
    not a constraint the client checks, so the generator refuses it): allowed there."""
    with FakeCorti() as fake:
        config = (f'[parameters]\n"header.Tenant-Name" = "{fake.tenant_name}"\n\n[[operations]]\n'
                  'include-name = "POST /tools/coding/"\n'
                  'checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "401", "403", "404"]\n')  # fmt: skip
        only = tuple(a for tag in GUIDED_TAGS for a in ("--include-tag", tag))
        code, output = run_schemathesis(fake, config, tmp_path, examples=10, only=only)
        paths = {r.path for r in fake.requests}
    assert code == 0, output[output.find("FAILURES") :][:8000] or output[-4000:]
    match = re.search(r"(\d+) generated, (\d+) passed", output)
    assert match, output[-2000:]
    generated = int(match.group(1))
    assert generated > 500
    assert "/v2/tools/coding/" in paths and any(p.endswith("/publish") for p in paths)
    record("The fake against the spec (schemathesis)", "code prediction and guided documents (10 examples each)",
           generated, "conforming, no 5xx")  # fmt: skip


@pytest.mark.parametrize(
    ("label", "base", "tags"),
    [
        ("agents v1 (at the root, no /v2)", "root", "^Agents$"),
        ("agentic v2", "v2", "^Agentic"),
    ],
)
def test_schemathesis_finds_no_failure_in_the_agents_operations(
    label: str, base: str, tags: str, tmp_path: Path, record: Recorder
) -> None:
    """Agents v1 is served where its own `servers` say (the host without `/v2`), so it is run
    against the fake's root; v2 under `/v2`. Random ids: the 404s at every level."""
    with FakeCorti() as fake:
        url = fake.base_url.removesuffix("/v2") if base == "root" else fake.base_url
        config = f'[parameters]\n"header.Tenant-Name" = "{fake.tenant_name}"\n'
        code, output = run_schemathesis(
            fake, config, tmp_path, examples=25, url=url,
            # A schema-valid request can still be refused as Corti refuses it (422 for an
            # expert reference naming no registry expert, 409 for a duplicate name).
            # The stateful phase guesses links by field names, and takes a connector's id (the
            # agent's `connectors[].id`) for `parentAgentId`: not a link of this API.
            only=("--include-tag-regex", tags, "--exclude-checks", "positive_data_acceptance",
                  "--phases", "examples,coverage,fuzzing"),
        )  # fmt: skip
        paths = {r.path for r in fake.requests}
    assert code == 0, output[-4000:]
    match = re.search(r"(\d+) generated, (\d+) passed", output)
    assert match, output[-2000:]
    generated = int(match.group(1))
    assert generated > 100
    assert (
        all(p.startswith("/v2/agentic") for p in paths)
        if base == "v2"
        else all(p.startswith("/agents") for p in paths)
    )
    record(
        "The fake against the spec (schemathesis)",
        f"{label} (25 examples each)",
        generated,
        "conforming, no 5xx",
    )
