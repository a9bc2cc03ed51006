"""The fake's fixed knowledge: what it hears in a recording, how it groups facts, and its
seeded template catalog (keys, sections, languages). Deterministic: the same input gives the
same transcript, facts and sections every time."""

from __future__ import annotations

import re
import uuid
from typing import Any

__all__ = ["FIXED_TEXT", "GROUP_NAMES", "SCRIPT", "SECTIONS", "TEMPLATES", "extract_facts", "group_id",
           "group_of", "merged_catalog", "section", "template"]  # fmt: skip

_NAMESPACE = uuid.UUID("6f1c2b4e-3d5a-4e6f-8a7b-9c0d1e2f3a4b")

SCRIPT = (
    "The patient reports a headache since yesterday morning.",
    "She takes ibuprofen 400 mg twice a day.",
    "Blood pressure is 128 over 82 and there is no fever.",
    "Assessment: tension headache.",
    "Plan: rest, fluids and a follow up in one week.",
)
"""What the fake hears in a WAV recording, one sentence per second of audio, in turn."""
FIXED_TEXT = "The patient reports a cough for three days."
"""What the fake hears in a recording that is not WAV."""

_GROUPS = {  # group key -> words that put a sentence in it (first match wins)
    "allergies": ("allergic", "allergy", "allergies"),
    "social-history": ("smokes", "smoker", "alcohol", "lives with", "works as"),
    "medications": ("mg", "takes", "ibuprofen", "medication"),
    "vitals": ("pressure", "pulse", "fever", "temperature"),
    "assessment": ("assessment", "diagnosis"),
    "plan": ("plan", "follow up", "follow-up"),
    "chief-complaint": ("reports", "complains", "pain", "headache", "cough"),
}
GROUP_NAMES = {
    "chief-complaint": "Chief complaint",
    "allergies": "Allergies",
    "social-history": "Social history",
    "medications": "Medications",
    "vitals": "Vitals",
    "assessment": "Assessment",
    "plan": "Plan",
    "other": "Other",
}


def group_id(key: str) -> str:
    """A fact group's id: fixed for its key."""
    return str(uuid.uuid5(_NAMESPACE, f"group:{key}"))


def group_of(sentence: str) -> str:
    lowered = sentence.lower()
    return next((g for g, words in _GROUPS.items() if any(w in lowered for w in words)), "other")


def extract_facts(text: str) -> list[dict[str, str]]:
    """The facts a text states: one per sentence, grouped by its words (deterministic)."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    return [{"group": group_of(s), "value": s, "text": s} for s in sentences]


SECTIONS: dict[str, dict[str, Any]] = {
    "corti-hpi": {"name": "History of present illness", "groups": ["chief-complaint", "other"]},
    "corti-medications": {"name": "Medications", "groups": ["medications"]},
    "corti-vitals": {"name": "Vitals", "groups": ["vitals"]},
    "corti-assessment": {"name": "Assessment", "groups": ["assessment"]},
    "corti-plan": {"name": "Plan", "groups": ["plan"]},
    # the keys Corti's own examples use (corti-examples, sdk-typescript-examples)
    "corti-patient-summary": {
        "name": "Patient summary",
        "groups": ["chief-complaint", "assessment", "other"],
    },
    "corti-allergies": {"name": "Allergies", "groups": ["allergies"]},
    "corti-social-history": {"name": "Social history", "groups": ["social-history"]},
}
TEMPLATES: dict[str, dict[str, Any]] = {
    "corti-soap": {
        "name": "SOAP note",
        "description": "Subjective, objective, assessment and plan.",
        "sections": ["corti-hpi", "corti-medications", "corti-vitals", "corti-assessment", "corti-plan"],
        "languages": ["en", "da"],
        "status": "published",
    },
    "corti-brief-note": {
        "name": "Brief clinical note",
        "description": "The complaint and the plan, in short.",
        "sections": ["corti-hpi", "corti-plan"],
        "languages": ["en"],
        "status": "published",
    },
    "corti-patient-summary": {
        "name": "Patient summary",
        "description": "A short summary of the visit for the patient.",
        "sections": ["corti-patient-summary"],
        "languages": ["en", "da"],
        "status": "published",
    },
    "corti-referral-draft": {
        "name": "Referral letter",
        "description": "A draft referral letter.",
        "sections": ["corti-hpi", "corti-assessment"],
        "languages": ["en"],
        "status": "draft",
    },
}
_SEEDED = "2025-01-01T00:00:00.000Z"


def section(
    key: str, language: str | None = None, sections: dict[str, dict[str, Any]] = SECTIONS
) -> dict[str, Any]:
    """A seeded section as the spec's `TemplatesSection`."""
    known = sections[key]
    return {
        "name": known["name"],
        "key": key,
        "description": f"The {known['name'].lower()}.",
        "defaultWritingStyle": {"name": "concise"},
        "type": "text",
        "translations": [{"languageId": language or "en", "name": known["name"], "description": None}],
        "updatedAt": _SEEDED,
    }


def template(
    key: str, templates: dict[str, dict[str, Any]] = TEMPLATES, sections: dict[str, dict[str, Any]] = SECTIONS
) -> dict[str, Any]:
    """A seeded template as the spec's `TemplatesItem`."""
    item = templates[key]
    return {
        "name": item["name"],
        "description": item["description"],
        "key": key,
        "status": item["status"],
        "templateSections": [
            {"sort": i, "section": section(key_, sections=sections)}
            for i, key_ in enumerate(item["sections"])
        ],
        "translations": [{"languageId": lang, "name": item["name"]} for lang in item["languages"]],
        "updatedAt": _SEEDED,
        "additionalInstructions": None,
        "documentationMode": "global_sequential",
    }


def _named_list(item: object, field: str) -> list[Any] | None:
    """`item[field]` when `item` is an object with a text "name" and a list there, else None."""
    if not isinstance(item, dict) or not isinstance(item.get("name"), str):
        return None
    value = item.get(field)
    return value if isinstance(value, list) else None


def merged_catalog(
    data: object, sections: dict[str, dict[str, Any]], templates: dict[str, dict[str, Any]]
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """`sections` and `templates` with those of `data` added or replaced (`ValueError` naming
    what is wrong). `data`: `{"sections": {key: {"name", "groups"}}, "templates": {key: {"name",
    "sections", "languages"?, "description"?, "status"?}}}`; a section's groups are fact groups
    (`GROUP_NAMES`), a template's sections keys of the catalog."""
    if not isinstance(data, dict) or not set(data) <= {"sections", "templates"}:
        raise ValueError('a catalog is a JSON object with "sections" and/or "templates"')
    new_sections, new_templates = dict(sections), dict(templates)
    for key, item in (data.get("sections") or {}).items():
        groups = _named_list(item, "groups")
        if groups is None:
            raise ValueError(f'section {key!r} needs "name" (text) and "groups" (a list)')
        if unknown := [g for g in groups if g not in GROUP_NAMES]:
            raise ValueError(
                f"section {key!r}: no fact group {unknown[0]!r}; the groups: {list(GROUP_NAMES)}"
            )
        new_sections[str(key)] = {"name": item["name"], "groups": list(groups)}
    for key, item in (data.get("templates") or {}).items():
        keys = _named_list(item, "sections")
        if keys is None:
            raise ValueError(f'template {key!r} needs "name" (text) and "sections" (a list of section keys)')
        if unknown := [k for k in keys if k not in new_sections]:
            raise ValueError(f"template {key!r}: no section {unknown[0]!r} in the catalog")
        new_templates[str(key)] = {
            "name": item["name"],
            "description": str(item.get("description") or item["name"]),
            "sections": list(keys),
            "languages": list(item.get("languages") or ["en"]),
            "status": str(item.get("status") or "published"),
        }
    return new_sections, new_templates
