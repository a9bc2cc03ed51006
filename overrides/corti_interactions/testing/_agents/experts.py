"""How the fake's agents answer: deterministically, from the message's text.

Two experts, named as registry entries: `echo-expert` (the default) answers the text back, and
`facts-expert` answers the facts the text states (`_catalog.extract_facts`: one per sentence,
grouped by its words) as a data part. An agent uses `facts-expert` when it has an expert (v1)
or a registry connector (v2) of that name. A message with no text asks for some: the task
stops in the input-required state, and a message that carries the task's id continues it.
"""

from __future__ import annotations

from typing import Any

from corti_interactions.testing._catalog import extract_facts

__all__ = ["REGISTRY", "Answer", "answer", "expert_of"]

REGISTRY: list[dict[str, str]] = [
    {"id": "echo-expert", "name": "echo-expert", "title": "Echo", "description": "Answers the text back."},
    {
        "id": "facts-expert",
        "name": "facts-expert",
        "title": "Facts",
        "description": "Extracts facts from the text.",
    },
    {
        "id": "coding-expert",
        "name": "coding-expert",
        "title": "Coding",
        "description": "Medical coding (answers as echo here).",
    },
    {
        "id": "pubmed-expert",
        "name": "pubmed-expert",
        "title": "PubMed",
        "description": "Literature search (answers as echo here).",
    },
]
"""The registry, v1 (`/agents/registry/experts`) and v2 (`/agentic/registry/connectors`)."""


class Answer:
    """What an expert answers: a reply text, an artifact's data (or None), whether it needs input."""

    def __init__(self, text: str, data: dict[str, Any] | None, needs_input: bool) -> None:
        self.text = text
        self.data = data
        self.needs_input = needs_input


def expert_of(names: list[str]) -> str:
    """The expert an agent uses, from the names of its experts or registry connectors."""
    return "facts-expert" if "facts-expert" in names else "echo-expert"


def answer(expert: str, text: str) -> Answer:
    """The expert's answer to `text` (the message's text parts, joined)."""
    if not text.strip():
        return Answer("Please send the text to work on.", None, True)
    if expert == "facts-expert":
        facts = extract_facts(text)
        return Answer(f"Found {len(facts)} facts.", {"facts": facts}, False)
    return Answer(f"Echo: {text}", None, False)
