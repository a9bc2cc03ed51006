"""The public surface: `__all__` is exactly the public names, and they are documented."""

from __future__ import annotations

import subprocess
import sys
import types

import corti_interactions


def test_all_matches_the_public_names() -> None:
    public = {  # dir(): the generated models are attributes loaded on first use
        name
        for name in dir(corti_interactions)
        if not name.startswith(("_", "@"))
        and not isinstance(getattr(corti_interactions, name), types.ModuleType)
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


def test_a_sync_program_does_not_load_asyncio_or_the_metadata_reader_at_import() -> None:
    """What `import` costs is measured by `make bench`; this keeps the two deferrals in place."""
    code = (
        "import sys, corti_interactions\n"
        "print(sorted({'asyncio', 'importlib.metadata'} & set(sys.modules)))\n"
        "client = corti_interactions.CortiClient(tenant_name='t', token='x')\n"
        "print('asyncio' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["[]", "False"]


def test_import_builds_no_model_and_a_client_builds_only_its_resources_models() -> None:
    """The generated models (and attrs, which builds them) load with the first use of a
    resource that names them (`client.interactions`), not with the import nor the client;
    another resource's models stay unloaded; the models no operation uses directly load only
    when asked for."""
    code = (
        "import sys, corti_interactions\n"
        "loaded = lambda: sorted(m for m in sys.modules if '.models.' in m or m.split('.')[0] in ('attr', 'attrs'))\n"
        "print(loaded() == [])\n"
        "client = corti_interactions.CortiClient(tenant_name='t', token='x')\n"
        "print(loaded() == [])\n"
        "client.interactions\n"
        "print('corti_interactions_api.models.interactions_get_response' in loaded())\n"
        "print('corti_interactions_api.models.facts_list_response' in loaded())\n"
        "print(corti_interactions.ErrorResponseValidationErrorsItem.__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True", "True", "False", "ErrorResponseValidationErrorsItem"]
