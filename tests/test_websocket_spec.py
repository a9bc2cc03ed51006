"""The spec's `x-websockets` and socket messages reach the generated table and models."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml
from corti_interactions_api import models
from corti_interactions_api.websockets import WEBSOCKETS

from tools.spec_diff import diff_specs

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((ROOT / "openapi" / "interactions.yaml").read_text(encoding="utf-8"))


def test_every_socket_of_the_extension_is_in_the_generated_table() -> None:
    assert set(WEBSOCKETS) == set(SPEC["x-websockets"]["endpoints"]) == {"stream", "transcribe"}
    stream = WEBSOCKETS["stream"]
    assert stream.path == "/interactions/{interaction_id}/streams"
    assert [p.wire_name for p in stream.path_params] == ["interactionId"]
    assert stream.end_types == {"ENDED"} and WEBSOCKETS["transcribe"].end_types == {"ended"}
    assert "CONFIG_NOT_PROVIDED" in stream.refuse and "CONFIG_TIMEOUT" in WEBSOCKETS["transcribe"].refuse


def test_each_socket_is_a_client_attribute_with_its_path_parameters() -> None:
    import inspect

    from corti_interactions import AsyncCortiClient, CortiClient

    for kind in (CortiClient, AsyncCortiClient):
        client = kind(tenant_name="t", token="x")
        for name, socket in WEBSOCKETS.items():
            connect = getattr(client, name).connect
            params = [
                p for p in inspect.signature(connect).parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD
            ]
            assert [p.name for p in params] == [p.name for p in socket.path_params]


def test_every_message_type_names_a_generated_model_whose_type_it_is() -> None:
    for socket in WEBSOCKETS.values():
        union = SPEC["components"]["schemas"][SPEC["x-websockets"]["endpoints"][socket.name]["messages"]]
        assert set(socket.messages) == set(union["discriminator"]["mapping"])
        for kind, name in socket.messages.items():
            model = getattr(models, name)
            schema = SPEC["components"]["schemas"][name]["properties"]["type"]
            assert kind == schema.get("const") or kind in schema.get("enum", [])
            assert model.__name__ == name
        for name in (socket.config, socket.configuration, socket.flush, socket.end):
            assert getattr(models, name).__name__ == name


def test_a_message_parses_into_its_model_and_keeps_unknown_fields() -> None:
    message = models.StreamTranscriptMessage.from_dict(
        {"type": "transcript", "data": [{"transcript": "hello", "final": True, "novel": 1}], "extra": 2}
    )
    assert message.data[0].transcript == "hello"
    assert message.data[0].additional_properties == {"novel": 1}
    assert message.additional_properties == {"extra": 2}


def test_spec_diff_knows_the_sockets() -> None:
    new = copy.deepcopy(SPEC)
    del new["x-websockets"]["endpoints"]["transcribe"]
    new["x-websockets"]["endpoints"]["stream"]["refuse"].append("CONFIG_NEW")
    changes = {(c.where, c.breaking) for c in diff_specs(SPEC, new)}
    assert ("x-websockets transcribe", True) in changes
    assert ("x-websockets stream refuse", True) in changes
    added = copy.deepcopy(SPEC)
    added["x-websockets"]["endpoints"]["other"] = copy.deepcopy(SPEC["x-websockets"]["endpoints"]["stream"])
    assert [(c.where, c.breaking) for c in diff_specs(SPEC, added)] == [("x-websockets other", False)]
