"""The package version, read from the installed metadata (pyproject is the one source).

Read on first use: `importlib.metadata` adds several milliseconds to `import`.
"""

from __future__ import annotations

import functools

__all__ = ["package_version"]


@functools.cache
def package_version() -> str:
    """The installed distribution's version, e.g. `0.1.0`."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("corti-interactions")
    except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
        return "0+unknown"
