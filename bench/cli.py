"""The command line's start-up against `python -c "import httpx"`, on the spec as it is and on
a synthetic spec of about 200 operations (the interactions operations copied under new tags),
generated into a temporary directory: `--help`, `--version` and `<resource> <op> --help` should
cost the same whatever the number of operations. With them, the import alone, the two clients'
import, and import + client + first call (a listing over `httpx.MockTransport`).

The interpreters read compiled bytecode, as an installed wheel's do (a `PYTHONPYCACHEPREFIX`
in the temporary directory, filled by one round that is not counted): with
`PYTHONDONTWRITEBYTECODE` and no cache, every run would compile this package's modules from
source while httpx's come compiled from site-packages. `bytecode=False` measures that case
(with no `__pycache__` in the tree measured).
`root` is the tree measured (another checkout, to compare before and after in one run).
"""

from __future__ import annotations

import copy
import os
import resource
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

__all__ = ["CLI_TARGETS", "COMMANDS", "compare", "compare_report", "measure", "report", "synthetic_spec"]

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "corti_interactions_api"
CLOCK = "wall"  # or "cpu": see _times
# The commands of issue 31's start-up target (each at most 1.5x `import httpx`).
CLI_TARGETS = (
    "corti-interactions --help",
    "corti-interactions --version",
    "corti-interactions interactions update --help",
)
FIRST_CALL = """
import httpx
from corti_interactions import CortiClient
def handler(request):
    return httpx.Response(200, json={"interactions": []})
with CortiClient(tenant_name="t", token="x", base_url="https://api.example/v2",
                 transport=httpx.MockTransport(handler)) as client:
    client.interactions.list()
"""
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
    "from corti_interactions import CortiClient, AsyncCortiClient": [
        "-c",
        "from corti_interactions import CortiClient, AsyncCortiClient",
    ],
    "import + client + first call": ["-c", FIRST_CALL],
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
def _generated(spec: dict[str, Any], root: Path) -> Iterator[Path]:
    """The package generated from `spec` by `root`'s templates in a temporary directory (what
    goes on PYTHONPATH)."""
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        path = Path(tmp) / "spec.yaml"
        path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
        out = Path(tmp) / "generated"
        env = {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])}
        subprocess.run(
            [sys.executable, "tools/generate.py", str(path), "generator-config.yml", "overrides/templates", str(out / PACKAGE)],
            cwd=root, env=env, check=True, capture_output=True,
        )  # fmt: skip
        (out / PACKAGE / "errors.py").unlink(missing_ok=True)
        yield out


def _cpu() -> float:
    """Seconds of CPU (user and system) the waited-for child processes used so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _times(env: dict[str, str], runs: int) -> dict[str, float]:
    """Median ms per command: wall time, or with `CLOCK = "cpu"` the CPU time the interpreter
    used (what a machine shared with other jobs inflates far less than the wall time)."""
    clock = _cpu if CLOCK == "cpu" else time.perf_counter
    samples: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(runs):  # interleaved: each round runs every command once
        for name, args in COMMANDS.items():
            start = clock()
            subprocess.run([sys.executable, *args], env=env, check=True, stdout=subprocess.DEVNULL)
            samples[name].append(clock() - start)
    return {name: statistics.median(values) * 1000 for name, values in samples.items()}


def _environment(bytecode: bool, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CORTI_")}
    env.pop("PYTHONPYCACHEPREFIX", None)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(cache)
    else:  # this tree's modules compile in every run; site-packages' (httpx's) keep their bytecode
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def measure(runs: int = 9, target: int = 200, *, root: Path = ROOT, bytecode: bool = True) -> dict[str, Any]:
    """ms (median of `runs` fresh interpreters) per command, on the spec as it is and on a
    synthetic spec of `target` operations; and the two operation counts."""
    spec = yaml.safe_load((root / "openapi" / "interactions.yaml").read_text(encoding="utf-8"))
    big = synthetic_spec(spec, target)
    with _generated(big, root) as generated:
        env = _environment(bytecode, generated.parent / "pycache")
        big_env = {**env, "PYTHONPATH": os.pathsep.join([str(generated), str(root / "overrides")])}
        real_env = {
            **env,
            "PYTHONPATH": os.pathsep.join([str(root / "generated"), str(root / "overrides")]),
        }
        for each in (real_env, big_env):  # fills the bytecode cache; not counted
            _times(each, 1)
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


def compare(before: Path, runs: int = 9, *, bytecode: bool = True) -> dict[str, dict[str, float]]:
    """ms per command on the spec as it is, for the tree `before` (another checkout, e.g. the
    base commit) and this one, their rounds alternated: {"before": ..., "after": ...}."""
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        env = _environment(bytecode, Path(tmp) / "pycache")
        trees = {
            label: {**env, "PYTHONPATH": os.pathsep.join([str(tree / "generated"), str(tree / "overrides")])}
            for label, tree in (("before", before), ("after", ROOT))
        }
        for each in trees.values():  # fills the bytecode cache; not counted
            _times(each, 1)
        samples: dict[str, dict[str, list[float]]] = {label: {n: [] for n in COMMANDS} for label in trees}
        for _ in range(3):
            for label, each in trees.items():
                for name, ms in _times(each, max(1, runs // 3)).items():
                    samples[label][name].append(ms)
    return {label: {n: statistics.median(v) for n, v in by.items()} for label, by in samples.items()}


def compare_report(result: dict[str, dict[str, float]]) -> list[str]:
    """`compare`'s table: each command before and after, in ms and against `import httpx`."""
    before, after = result["before"], result["after"]
    lines = [
        "| command | before: ms | vs `import httpx` | after: ms | vs `import httpx` |",
        "|---|---:|---:|---:|---:|",
    ]
    for name in COMMANDS:
        lines.append(
            f"| `{name}` | {before[name]:.0f} | {before[name] / before['import httpx']:.2f}x "
            f"| {after[name]:.0f} | {after[name] / after['import httpx']:.2f}x |"
        )
    return [*lines, ""]
