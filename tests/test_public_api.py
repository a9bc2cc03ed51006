"""The public surface: `__all__` is exactly the public names, and they are documented."""

from __future__ import annotations

import types

import corti_interactions


def test_all_matches_the_public_names() -> None:
    public = {
        name
        for name, value in vars(corti_interactions).items()
        if not name.startswith(("_", "@")) and not isinstance(value, types.ModuleType)
    }
    public -= {"annotations"}  # from __future__
    assert set(corti_interactions.__all__) - {"__version__"} == public


def test_public_classes_say_corti_interactions_and_have_docstrings() -> None:
    for name in corti_interactions.__all__:
        obj = getattr(corti_interactions, name)
        if not isinstance(obj, type):
            continue
        if not obj.__module__.startswith("corti_interactions_api"):  # generated models keep theirs
            assert obj.__module__ == "corti_interactions", name
            assert obj.__doc__, name


def test_contract_names_exist() -> None:
    from corti_interactions import UNSET, AsyncCortiClient, CortiClient  # noqa: F401
    from corti_interactions_api.types import UNSET as GENERATED_UNSET

    assert UNSET is GENERATED_UNSET
