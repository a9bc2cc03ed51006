"""The wheel holds both packages and installs into a fresh virtual environment."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("corti_interactions-*.whl")
    return built


def test_wheel_holds_both_packages_typed_with_the_spec(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for required in (
        "corti_interactions/__init__.py",
        "corti_interactions/py.typed",
        "corti_interactions_api/__init__.py",
        "corti_interactions_api/py.typed",
        "corti_interactions_api/openapi.yaml",
        "corti_interactions_pytest.py",  # the pytest11 entry point
    ):
        assert required in names
    assert not [n for n in names if n.startswith("tests/") or "__pycache__" in n or n.endswith(".pyc")]
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode()
    requires = [
        line for line in metadata.splitlines() if line.startswith("Requires-Dist:") and "extra ==" not in line
    ]
    assert sorted(r.split()[1].split("<")[0].split(">")[0] for r in requires) == ["attrs", "httpx"]


def test_wheel_installs_in_a_fresh_venv_and_both_packages_import(wheel: Path, tmp_path: Path) -> None:
    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "import corti_interactions, corti_interactions_api, sys;"
        "from corti_interactions import CortiClient;"
        "c = CortiClient(tenant_name='t', token='x');"
        "print(corti_interactions.__version__, corti_interactions.__file__.startswith(sys.prefix))"
    )
    out = subprocess.run([str(python), "-c", code], check=True, capture_output=True, text=True, cwd=tmp_path)
    version, inside = out.stdout.split()
    assert inside == "True"
    assert version != "0+unknown"


def test_pytest_runs_without_the_testing_extra(wheel: Path, tmp_path: Path) -> None:
    """The `corti_fake` plugin is registered for every install; it must not need starlette."""
    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    subprocess.run(
        [
            *(str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)),
            f"pytest=={importlib.metadata.version('pytest')}",
        ],
        check=True,
        capture_output=True,
    )
    (tmp_path / "test_mine.py").write_text(
        "import importlib.util\n"
        "def test_no_starlette():\n"
        "    assert importlib.util.find_spec('starlette') is None\n"
    )
    run = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "--fixtures", "test_mine.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "corti_fake" in run.stdout
    run = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_mine.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
