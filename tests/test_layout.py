"""The hand-written runtime's layout: no import circle, a docstring per module, `__all__`.

Imports are read with `ast`, `TYPE_CHECKING` blocks and imports inside functions included:
a circle that only type checkers or a lazy import see is still a circle a reader must
untangle."""

from __future__ import annotations

import ast
from pathlib import Path

import corti_interactions

PACKAGE = Path(corti_interactions.__file__).parent
NAME = "corti_interactions"


def _module_name(path: Path) -> str:
    parts = [NAME, *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {
        _module_name(p): p for p in PACKAGE.rglob("*.py") if "testing" not in p.relative_to(PACKAGE).parts
    }


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            candidates = [target, *(f"{target}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        else:
            continue
        found.update(c for c in candidates if c in known and c != name)
    return found


def test_the_runtime_has_no_import_circle() -> None:
    modules = _modules()
    graph = {name: _imports(name, path, set(modules)) for name, path in modules.items()}
    # Importing from one's own package (its __init__, which may re-export one) is no dependency.
    for name, targets in graph.items():
        targets -= {t for t in targets if name.startswith(t + ".")}
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> None:
        if name in path:
            raise AssertionError("import circle: " + " -> ".join([*path[path.index(name) :], name]))
        if name in done:
            return
        for target in sorted(graph[name]):
            visit(target, [*path, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])


def test_the_runtime_and_its_lower_modules_depend_one_way() -> None:
    modules = _modules()
    for lower in ("corti_interactions._pagination", "corti_interactions._bulk.scheduler"):
        assert "corti_interactions._runtime" not in _imports(lower, modules[lower], set(modules))


def test_every_module_says_its_job_and_declares_its_names() -> None:
    for name, path in _modules().items():
        tree = ast.parse(path.read_text())
        doc = ast.get_docstring(tree)
        assert doc, f"{name} has no docstring"
        if (
            path.name in {"__init__.py", "__main__.py"}
            or name.endswith("._bulk")
            or name.endswith("._transports")
        ):
            continue
        assigned = {
            t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)
        }
        assert "__all__" in assigned, f"{name} has no __all__"
