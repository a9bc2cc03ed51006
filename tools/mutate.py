"""`make mutate`: mutation testing of the hand-written runtime with cosmic-ray.

Each module is mutated in a copy of the tree (`build/mutate/<module>/`), so the working
tree is never touched and two modules can run side by side, and each mutant is run against
that module's own fast tests only (`MODULES`), stopping at the first failure. A mutant is
killed when those tests fail or time out, and survives when they pass.

    python tools/mutate.py [--jobs N] [MODULE ...]   # run (all modules by default), then report
    python tools/mutate.py --report                  # rewrite the report from build/mutate/

Results go to `build/mutate/<module>.json` and to the mutation section of
`docs/RELIABILITY.md` (between the markers below, which `tools/reliability_report.py`
keeps). Survivors are matched against `tools/mutate_survivors.toml`, which says of each one
whether it is equivalent (no observable change, with the reason) or a known gap.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "mutate"
REPORT = ROOT / "docs" / "RELIABILITY.md"
LABELS = ROOT / "tools" / "mutate_survivors.toml"
BEGIN, END = "<!-- mutate:begin -->", "<!-- mutate:end -->"
PACKAGE = "overrides/corti_interactions"

# Module -> its own fast tests: the files that test it directly (run with -x, in this order).
MODULES: dict[str, list[str]] = {
    "_retries": ["tests/test_retries.py"],
    "_payload": ["tests/test_payload.py", "tests/test_input_checks.py", "tests/test_resources.py"],
    "_environment": ["tests/test_environment.py"],
    "_auth/common": ["tests/test_auth.py", "tests/test_input_checks.py"],
    "_auth/static": ["tests/test_auth.py", "tests/test_input_checks.py"],
    "_auth/client_credentials": ["tests/test_auth.py", "tests/test_input_checks.py"],
    "_exceptions": ["tests/test_errors.py", "tests/test_redaction.py"],
    "_response": ["tests/test_responses.py", "tests/test_raw_response.py"],
    "_runtime": ["tests/test_resources.py", "tests/test_input_checks.py", "tests/test_direct.py"],
    "_pagination": ["tests/test_pagination.py"],
    "_base_client": [
        "tests/test_create_retries.py",
        "tests/test_retries.py",
        "tests/test_timeouts.py",
        "tests/test_input_checks.py",
        "tests/test_raw_response.py",
        "tests/test_logging.py",
        "tests/test_redaction.py",
    ],
    "_transports/direct": [
        "tests/test_direct.py",
        "tests/test_auth.py",
        "tests/test_errors.py",
        "tests/test_timeouts.py",
        "tests/test_logging.py",
        "tests/test_client.py",
    ],
    "_bulk/rate_gate": ["tests/test_bulk.py"],
    "_bulk/scheduler": ["tests/test_bulk.py"],
    "_bulk/journal": ["tests/test_journal.py"],
    "_model_fields": ["tests/test_payload.py", "tests/test_responses.py", "tests/test_generated.py"],
}

# Tests left out of every mutant's run (still run by `make pytest`): a 10,000-item soak
# test takes half a minute on its own; the smaller tests beside it check the same rules.
DESELECTED = ["tests/test_bulk.py::test_ten_thousand_updates_apply_once_in_order_per_interaction"]

# What the copy needs for the tests to run as they do in the tree.
_COPIED = ("overrides", "generated", "tests", "openapi", "pyproject.toml")
_IGNORED = shutil.ignore_patterns("__pycache__", "node_modules", ".prism", "*.pyc")
# Plugins load by name (PYTEST_DISABLE_PLUGIN_AUTOLOAD): schemathesis's and hypothesis's
# cost a second per mutant and these tests need neither.
PYTEST_ARGS = [
    "-x", "-q", "-p", "no:cacheprovider", "-p", "asyncio", "-p", "corti_interactions_pytest",
    *(arg for test in DESELECTED for arg in ("--deselect", test)),
]  # fmt: skip
TIMEOUT = 60.0  # per mutant; the slowest module's tests take under 10 s

# Operator replacements kept: one or two per operator, as mutmut makes them (`+` -> `-`,
# `<` -> `<=` and its negation `>=`, `==` -> `!=`, `is` -> `is not`, `|` -> `&`, ...).
# cosmic-ray also swaps every operator for every other (`+` -> `>>`, `**`, `^`, ...; `==` ->
# `<`, `is`, ...): on the floats, strings and sets here those raise TypeError or differ
# from the kept ones only where the kept ones already differ, and tripled the run time.
# `x is None` -> `x == None` is left out altogether: identity and equality agree on None,
# types, enum members and sentinels, so each of those would be an equivalent mutant.
_KEPT_BINARY = "Add_Sub Sub_Add Mul_Div Div_Mul FloorDiv_Div Mod_FloorDiv Pow_Mul BitOr_BitAnd BitAnd_BitOr"
_KEPT_COMPARISON = (
    "Eq_NotEq NotEq_Eq Lt_LtE Lt_GtE LtE_Lt LtE_Gt Gt_GtE Gt_LtE GtE_Gt GtE_Lt Is_IsNot IsNot_Is"
)
EXCLUDED_OPERATORS = [
    rf"core/ReplaceBinaryOperator_(?!(?:{'|'.join(_KEPT_BINARY.split())})$)",
    rf"core/ReplaceComparisonOperator_(?!(?:{'|'.join(_KEPT_COMPARISON.split())})$)",
]


@dataclass
class Outcome:
    """One module's run."""

    module: str
    mutants: int
    killed: int
    survived: list[dict[str, str]]

    @property
    def score(self) -> float:
        return 100.0 * self.killed / self.mutants if self.mutants else 100.0


def _bin(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def _config(module: str, tests: list[str]) -> str:
    command = [sys.executable, "-m", "pytest", *PYTEST_ARGS, *tests]
    return "\n".join(
        [
            "[cosmic-ray]",
            f'module-path = "{PACKAGE}/{module}.py"',
            f"timeout = {TIMEOUT}",
            "excluded-modules = []",
            f"test-command = {json.dumps(shlex.join(command))}",
            "",
            "[cosmic-ray.distributor]",
            'name = "local"',
            "",
            "[cosmic-ray.filters.operators-filter]",
            f"exclude-operators = {json.dumps(EXCLUDED_OPERATORS)}",
            "",
        ]
    )


def prepare(module: str) -> None:
    """A fresh copy of the tree for `module` (all are copied before any runs: the run
    measures the tree as it was when it started)."""
    work = BUILD / module
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    for name in _COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, work / name, ignore=_IGNORED)
        else:
            shutil.copy2(source, work / name)
    (work / "cosmic-ray.toml").write_text(_config(module, MODULES[module]))


def run_module(module: str) -> Outcome:
    """Mutate `module` in its copy of the tree and test every mutant."""
    work = BUILD / module
    # The copy's packages come first on sys.path, ahead of the editable install's.
    env = {
        **os.environ,
        "PYTHONPATH": f"{work / 'overrides'}{os.pathsep}{work / 'generated'}",
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
    }
    env.pop("PYTEST_ADDOPTS", None)
    # The unmutated module passes its tests; the run leaves compiled files for everything
    # else (cosmic-ray writes none), and the mutated module's own is removed.
    baseline = subprocess.run(
        [sys.executable, "-m", "pytest", *PYTEST_ARGS, *MODULES[module]],
        cwd=work, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if baseline.returncode != 0:
        raise SystemExit(f"{module}: its tests fail before any mutation:\n{baseline.stdout[-3000:]}")
    source = work / PACKAGE / f"{module}.py"  # a module in a folder is named "_bulk/scheduler"
    for compiled in (source.parent / "__pycache__").glob(f"{source.stem}.*.pyc"):
        compiled.unlink()

    def cosmic(*args: str) -> str:
        done = subprocess.run(
            [_bin("cosmic-ray"), *args], cwd=work, env=env, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise SystemExit(f"{module}: cosmic-ray {args[0]} failed:\n{done.stdout}\n{done.stderr}")
        return done.stdout

    cosmic("init", "cosmic-ray.toml", "session.sqlite")
    filtered = subprocess.run(
        [_bin("cr-filter-operators"), "session.sqlite", "cosmic-ray.toml"], cwd=work, env=env, check=False
    )
    if filtered.returncode != 0:
        raise SystemExit(f"{module}: cr-filter-operators failed")
    skip_annotations(work / "session.sqlite", source)
    cosmic("exec", "cosmic-ray.toml", "session.sqlite")
    killed, survived, mutants = 0, [], 0
    for line in cosmic("dump", "session.sqlite").splitlines():
        item, result = json.loads(line)
        if result is None or result.get("worker_outcome") != "normal":
            continue  # no mutation was possible at that occurrence
        mutants += 1
        if result["test_outcome"] == "survived":
            (spec,) = item["mutations"]
            survived.append(_describe(spec, result["diff"]))
        else:
            killed += 1
    outcome = Outcome(module, mutants, killed, survived)
    (BUILD / f"{module}.json").write_text(
        json.dumps({"module": module, "mutants": mutants, "killed": killed, "survived": survived}, indent=1)
    )
    print(f"{module}: {mutants} mutants, {killed} killed, {len(survived)} survived, {outcome.score:.1f} %")
    return outcome


def _annotations(source: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where the module's annotations are: with `from __future__ import annotations` they are
    never evaluated, so a mutant inside one (`str | None` -> `str - None`) changes nothing."""
    spans = []
    for node in ast.walk(ast.parse(source)):
        found: list[ast.expr | None] = []
        if isinstance(node, ast.arg):
            found.append(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            found.append(node.annotation)
        for expr in found:
            if expr is not None and expr.end_lineno is not None and expr.end_col_offset is not None:
                spans.append(((expr.lineno, expr.col_offset), (expr.end_lineno, expr.end_col_offset)))
    return spans


def skip_annotations(session: Path, module: Path) -> None:
    """Mark as skipped, in the cosmic-ray session, the mutants inside annotations and those
    that turn a signature's bare `*` (keyword-only marker) into `/`: cosmic-ray takes the
    marker for a multiplication; callers that pass those arguments by name see no change."""
    from cosmic_ray.work_db import use_db
    from cosmic_ray.work_item import WorkerOutcome, WorkResult

    source = module.read_text()
    assert "from __future__ import annotations" in source, f"{module}: annotations are evaluated"
    spans = _annotations(source)
    lines = source.splitlines()
    with use_db(str(session)) as db:
        for item in list(db.pending_work_items):
            (mutation,) = item.mutations
            start = tuple(mutation.start_pos)
            line, column = start
            marker = re.match(r"\*\s*(,|\)|$)", lines[line - 1][column:]) is not None
            if marker or any(low <= start < high for low, high in spans):
                db.set_result(
                    item.job_id, WorkResult(output="not an operator", worker_outcome=WorkerOutcome.SKIPPED)
                )


def _describe(spec: dict[str, object], diff: str) -> dict[str, str]:
    """A survivor as the report shows it: line, operator, the line before and after."""
    removed = [x[1:] for x in diff.splitlines() if x.startswith("-") and not x.startswith("---")]
    added = [x[1:] for x in diff.splitlines() if x.startswith("+") and not x.startswith("+++")]
    start = spec["start_pos"]
    assert isinstance(start, list)
    return {
        "line": str(start[0]),
        "operator": str(spec["operator_name"]).removeprefix("core/"),
        "before": "\n".join(removed).strip(),
        "after": "\n".join(added).strip(),
    }


def _labels() -> list[dict[str, str]]:
    return list(tomllib.loads(LABELS.read_text()).get("survivor", [])) if LABELS.exists() else []


def _label(module: str, survivor: dict[str, str], labels: list[dict[str, str]]) -> tuple[str, str]:
    for label in labels:
        if (label["module"], label["before"], label["after"]) == (
            module,
            survivor["before"],
            survivor["after"],
        ):
            return label["verdict"], label["reason"]
    return "unlabelled", "not yet looked at"


def _code(text: str) -> str:
    return "`" + text.replace("|", "\\|").replace("`", "'") + "`"


def render(outcomes: list[Outcome]) -> str:
    """The mutation section of the report."""
    labels = _labels()
    out = [
        BEGIN,
        "## Mutation testing (cosmic-ray)\n",
        "Each hand-written runtime module mutated by cosmic-ray 8.7.0, each mutant run against that",
        "module's own fast tests (`tools/mutate.py` maps them, `-x`): a mutant is killed when they fail",
        "or time out. Operators: all of cosmic-ray's, with one or two replacements per binary and",
        "comparison operator (`+` -> `-`, `<` -> `<=` and `>=`, `==` -> `!=`, `is` -> `is not`, ...);",
        "none inside annotations (never evaluated here) or of a signature's bare `*`. An `except`",
        "clause's mutant names an exception the tests' process does not define, so it dies as soon",
        "as any exception reaches that clause. Left out of the mutants' runs (`make pytest` runs it):",
        ", ".join(f"`{Path(t).name}`" for t in DESELECTED) + ", a soak test of half a minute whose rules",
        "the smaller tests beside it check too. Written by `make mutate`; run",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC.\n",
        "| module | tests | mutants | killed | survived | score |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for o in outcomes:
        tests = ", ".join(Path(t).name for t in MODULES[o.module])
        out.append(
            f"| `{o.module}` | {tests} | {o.mutants} | {o.killed} | {len(o.survived)} | {o.score:.1f} % |"
        )
    total = sum(o.mutants for o in outcomes)
    killed = sum(o.killed for o in outcomes)
    out.append(f"\n**{killed} of {total} mutants killed ({100.0 * killed / max(total, 1):.1f} %).**\n")
    survivors = [(o.module, s) for o in outcomes for s in o.survived]
    if survivors:
        out += [
            "Surviving mutants, each equivalent (no observable change) or a known gap:\n",
            "| module | line | operator | code | mutant | verdict | why |",
            "|---|---:|---|---|---|---|---|",
        ]
        for module, s in survivors:
            verdict, reason = _label(module, s, labels)
            out.append(
                f"| `{module}` | {s['line']} | {s['operator']} | {_code(s['before'])} | "
                f"{_code(s['after'])} | {verdict} | {reason} |"
            )
    out.append(END)
    return "\n".join(out) + "\n"


def write_report(outcomes: list[Outcome]) -> None:
    """Put the mutation section into the report, keeping everything else."""
    text = REPORT.read_text() if REPORT.exists() else "# Reliability report\n"
    section = render(outcomes)
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + section + rest.split(END, 1)[1].lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(text)
    print(f"wrote the mutation section of {REPORT.relative_to(ROOT)}")


def load(module: str) -> Outcome | None:
    """A module's last run, if there is one."""
    path = BUILD / f"{module}.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text())
    return Outcome(data["module"], data["mutants"], data["killed"], data["survived"])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("modules", nargs="*", metavar="MODULE", help=f"of {', '.join(MODULES)}")
    parser.add_argument("--jobs", type=int, default=1, help="modules mutated side by side (default 1)")
    parser.add_argument("--report", action="store_true", help="only rewrite the report from build/mutate/")
    args = parser.parse_args(argv)
    if unknown := set(args.modules) - set(MODULES):
        parser.error(f"no such module: {', '.join(sorted(unknown))}")
    if not args.report:
        for module in args.modules or MODULES:
            prepare(module)
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            list(pool.map(run_module, args.modules or list(MODULES)))
    outcomes = [o for m in MODULES if (o := load(m)) is not None]
    write_report(outcomes)
    labels = _labels()
    unlabelled = [
        (o.module, s["line"])
        for o in outcomes
        for s in o.survived
        if _label(o.module, s, labels)[0] == "unlabelled"
    ]
    if unlabelled:
        print(f"{len(unlabelled)} survivors not yet labelled in {LABELS.name}: {unlabelled}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
