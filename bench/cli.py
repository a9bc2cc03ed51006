"""The command line's start-up against `python -c "import httpx"`, on the spec as it is and on
a synthetic spec of about 200 operations (the interactions operations copied under new tags),
generated into a temporary directory: `--help`, `--version` and `<resource> <op> --help` should
cost the same whatever the number of operations."""

from __future__ import annotations

import copy
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

__all__ = ["COMMANDS", "measure", "synthetic_spec"]

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "corti_interactions_api"
COMMANDS: dict[str, list[str]] = {
    "import httpx": ["-c", "import httpx"],
    "import corti_interactions": ["-c", "import corti_interactions"],
    "corti-interactions --help": ["-m", "corti_interactions", "--help"],
    "corti-interactions --version": ["-m", "corti_interactions", "--version"],
    "corti-interactions interactions update --help": [
        "-m",
        "corti_interactions",
        "interactions",
        "update",
        "--help",
    ],
}


def _operations(spec: dict[str, Any]) -> int:
    methods = {"get", "put", "post", "patch", "delete"}
    return sum(1 for item in spec["paths"].values() for method in item if method in methods)


def synthetic_spec(spec: dict[str, Any], target: int = 200) -> dict[str, Any]:
    """`spec` with copies of the interactions operations under tags `Synthetic<N>` (each copy
    a resource of its own, `synthetic<n> list`, ...) until it has at least `target` operations."""
    spec = copy.deepcopy(spec)
    source = {
        p: item
        for p, item in spec["paths"].items()
        if any(isinstance(op, dict) and op.get("tags") == ["Interactions"] for op in item.values())
    }
    copies = 0
    while _operations(spec) < target:
        copies += 1
        tag = f"Synthetic{copies}"
        spec.setdefault("tags", []).append(
            {"name": tag, "description": f"copy {copies} of the interactions operations"}
        )
        for path, item in source.items():
            new = copy.deepcopy(item)
            for op in new.values():
                if isinstance(op, dict) and "operationId" in op:
                    op["operationId"] = op["operationId"].replace("interactions", f"synthetic{copies}", 1)
                    op["tags"] = [tag]
                    op.pop("x-poll", None)
                    op.pop("x-context-from", None)
            spec["paths"][f"/synthetic{copies}{path}"] = new
    return spec


@contextmanager
def _generated(spec: dict[str, Any]) -> Iterator[Path]:
    """The package generated from `spec` in a temporary directory (what goes on PYTHONPATH)."""
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        path = Path(tmp) / "spec.yaml"
        path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
        out = Path(tmp) / "generated"
        env = {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])}
        subprocess.run(
            [sys.executable, "tools/generate.py", str(path), "generator-config.yml", "overrides/templates", str(out / PACKAGE)],
            cwd=ROOT, env=env, check=True, capture_output=True,
        )  # fmt: skip
        (out / PACKAGE / "errors.py").unlink(missing_ok=True)
        yield out


def _times(env: dict[str, str], runs: int) -> dict[str, float]:
    samples: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(runs):  # interleaved: each round runs every command once
        for name, args in COMMANDS.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, *args], env=env, check=True, stdout=subprocess.DEVNULL)
            samples[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) * 1000 for name, values in samples.items()}


def measure(runs: int = 9, target: int = 200) -> dict[str, Any]:
    """ms (median of `runs` fresh interpreters) per command, on the spec as it is and on a
    synthetic spec of `target` operations; and the two operation counts."""
    spec = yaml.safe_load((ROOT / "openapi" / "interactions.yaml").read_text(encoding="utf-8"))
    big = synthetic_spec(spec, target)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CORTI_")}
    with _generated(big) as root:
        big_env = {**env, "PYTHONPATH": os.pathsep.join([str(root), str(ROOT / "overrides")])}
        real_env = {
            **env,
            "PYTHONPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT / "overrides")]),
        }
        real: dict[str, list[float]] = {name: [] for name in COMMANDS}
        synthetic: dict[str, list[float]] = {name: [] for name in COMMANDS}
        for _ in range(3):  # alternate the two trees, so that load drifts hit both alike
            for into, each in ((real, real_env), (synthetic, big_env)):
                for name, ms in _times(each, max(1, runs // 3)).items():
                    into[name].append(ms)
    return {
        "real": {n: statistics.median(v) for n, v in real.items()},
        "synthetic": {n: statistics.median(v) for n, v in synthetic.items()},
        "real_operations": _operations(spec),
        "synthetic_operations": _operations(big),
    }


def report(result: dict[str, Any]) -> list[str]:
    """The section of bench/results.md."""
    real, big = result["real"], result["synthetic"]
    lines = [
        "## Command line start-up (fresh interpreters, interleaved, median)",
        "",
        f"| command | spec as is ({result['real_operations']} operations): ms | vs `import httpx` "
        f"| synthetic spec ({result['synthetic_operations']} operations): ms | vs `import httpx` |",
        "|---|---:|---:|---:|---:|",
    ]
    for name in COMMANDS:
        lines.append(
            f"| `{name}` | {real[name]:.0f} | {real[name] / real['import httpx']:.2f}x "
            f"| {big[name]:.0f} | {big[name] / big['import httpx']:.2f}x |"
        )
    return [*lines, ""]
