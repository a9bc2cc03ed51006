"""The command line builds only the command it runs: `--version` loads no parser, `--help`
imports no operation and no socket, `<resource> <op>` imports that operation's resource alone,
and what it builds is what the full parser holds."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest
from corti_interactions._cli import commands

RUN = """
import contextlib, io, json, sys
from corti_interactions._cli.commands import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    main(sys.argv[1:])
print(json.dumps(sorted(sys.modules)))
"""


def _loaded(*argv: str, run: str = RUN) -> set[str]:
    out = subprocess.run([sys.executable, "-c", run, *argv], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


ENTRY_POINT = RUN.replace(
    "from corti_interactions._cli.commands import main", "from corti_interactions._cli import main"
)


def test_version_loads_no_parser() -> None:
    # The console script's `main`: the version from the metadata, and nothing of the parser.
    loaded = _loaded("--version", run=ENTRY_POINT)
    assert not {"argparse", "corti_interactions._cli.commands", "corti_interactions._cli.flags"} & loaded
    assert "importlib.metadata" in loaded  # it did read the version


def test_version_prints_what_the_parser_would(capsys: pytest.CaptureFixture[str]) -> None:
    from corti_interactions._cli import main
    from corti_interactions._version import package_version

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"corti-interactions {package_version()}\n"
    with pytest.raises(SystemExit) as exit_:  # the parser's own --version action says the same
        commands.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"corti-interactions {package_version()}\n"


def test_help_loads_no_socket_module() -> None:
    loaded = _loaded("--help", run=ENTRY_POINT)
    assert not {"corti_interactions_api.websockets", "corti_interactions_api.socket_types"} & loaded
    assert "corti_interactions_api.websockets" in _loaded("stream", "--help")  # its own command does


def _operation_modules(loaded: set[str]) -> set[str]:
    return {m for m in loaded if m.startswith("corti_interactions_api.api.") and m.count(".") == 3}


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["interactions", "--help"]])
def test_help_and_version_import_no_operation(argv: list[str]) -> None:
    loaded = _loaded(*argv)
    assert _operation_modules(loaded) == set()
    assert not {"asyncio", "corti_interactions._cli.bulk", "corti_interactions._cli.stream"} & loaded


def test_a_command_imports_its_own_resource_alone() -> None:
    # Importing one operation's module runs its resource package, which names the resource's
    # operations: so the resource's modules, and no other resource's.
    loaded = _loaded("interactions", "update", "--help")  # a bulk operation: its flags, not the run
    modules = _operation_modules(loaded)
    assert "corti_interactions_api.api.interactions.interactions_update" in modules
    assert {m.split(".")[2] for m in modules} == {"interactions"}
    assert not {"asyncio", "corti_interactions._cli.bulk"} & loaded


def _node(parser: argparse.ArgumentParser, words: list[str]) -> argparse.ArgumentParser:
    for word in words:
        (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = sub.choices[word]
    return parser


def test_each_command_built_alone_is_the_full_parsers() -> None:
    full = commands._parser()
    paths = [
        [*tag.replace("_", "-").split("."), method]
        for tag, methods in commands.OPERATION_INDEX.items()
        for method in methods
    ]
    paths += [["update"], ["stream"], ["transcribe"], ["fake-server"]]
    for words in paths:
        alone = commands._parser([*words, "--help"])
        assert _node(alone, words).format_help() == _node(full, words).format_help(), words
        for depth in range(len(words)):  # every level above lists the same commands
            assert _node(alone, words[:depth]).format_help() == _node(full, words[:depth]).format_help()
