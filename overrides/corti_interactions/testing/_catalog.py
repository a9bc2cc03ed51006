"""The fake's fixed knowledge: what it hears in a recording, how it groups facts, and its
seeded template catalog (keys, sections, languages). Deterministic: the same input gives the
same transcript, facts and sections every time."""

from __future__ import annotations

import re
import uuid
from typing import Any

__all__ = ["FIXED_TEXT", "GROUP_NAMES", "SCRIPT", "SECTIONS", "TEMPLATES", "extract_facts", "group_id",
           "group_of", "section", "template"]  # fmt: skip

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


def section(key: str, language: str | None = None) -> dict[str, Any]:
    """A seeded section as the spec's `TemplatesSection`."""
    known = SECTIONS[key]
    return {
        "name": known["name"],
        "key": key,
        "description": f"The {known['name'].lower()}.",
        "defaultWritingStyle": {"name": "concise"},
        "type": "text",
        "translations": [{"languageId": language or "en", "name": known["name"], "description": None}],
        "updatedAt": _SEEDED,
    }


def template(key: str) -> dict[str, Any]:
    """A seeded template as the spec's `TemplatesItem`."""
    item = TEMPLATES[key]
    return {
        "name": item["name"],
        "description": item["description"],
        "key": key,
        "status": item["status"],
        "templateSections": [
            {"sort": i, "section": section(key_)} for i, key_ in enumerate(item["sections"])
        ],
        "translations": [{"languageId": lang, "name": item["name"]} for lang in item["languages"]],
        "updatedAt": _SEEDED,
        "additionalInstructions": None,
        "documentationMode": "global_sequential",
    }
