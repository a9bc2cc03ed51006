"""What a command prints: an answer as JSON or a table, items as a table, JSON lines or an array."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from corti_interactions_api.types import UnknownEvent

__all__ = ["event_dict", "print_data", "print_items", "print_table", "to_dict"]


def _flatten(value: object, prefix: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _flatten(item, f"{prefix}.{key}" if prefix else key)
    elif isinstance(value, list):  # a table cell: scalars joined, objects counted
        nested = any(isinstance(item, dict | list) for item in value)
        yield prefix, f"({len(value)} items)" if nested else ", ".join(str(item) for item in value)
    else:
        yield prefix, "null" if value is None else str(value)


def print_data(data: dict[str, Any], fmt: str, out: TextIO) -> None:
    """One answer: JSON, or with `table` a listing's rows or one `key  value` line per field."""
    lists = [v for v in data.values() if isinstance(v, list) and v and all(isinstance(i, dict) for i in v)]
    if fmt == "table" and len(lists) == 1:  # a listing (`facts list`): one row per item
        print_table(lists[0], out)
    elif fmt == "table":
        rows = list(_flatten(data))
        width = max((len(key) for key, _ in rows), default=0)
        for key, value in rows:
            out.write(f"{key.ljust(width)}  {value}\n")
    else:
        out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def print_table(items: list[dict[str, Any]], out: TextIO) -> None:
    """Items as rows under one header of every field any of them has (nested fields dotted)."""
    rows = [dict(_flatten(item)) for item in items]
    columns = list(dict.fromkeys(key for row in rows for key in row))
    widths = {c: max(len(c), *(len(row.get(c, "")) for row in rows)) for c in columns}
    out.write("  ".join(c.ljust(widths[c]) for c in columns).rstrip() + "\n")
    for row in rows:
        out.write("  ".join(row.get(c, "").ljust(widths[c]) for c in columns).rstrip() + "\n")


def print_items(items: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    """Several items: a table, JSON lines or one JSON array."""
    if fmt == "table":
        if items:
            print_table(items, out)
    elif fmt == "jsonl":
        out.writelines(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
    else:
        out.write(json.dumps(items, indent=2, ensure_ascii=False) + "\n")


def event_dict(event: object) -> dict[str, Any]:
    """An event as its JSON line: the model's JSON, or an unknown event's kind, id and data."""
    if isinstance(event, UnknownEvent):
        return {"event": event.event, "id": event.id, "data": event.data}
    return to_dict(event)


def to_dict(model: object) -> dict[str, Any]:
    """A generated model as its JSON (`to_dict`)."""
    data: dict[str, Any] = model.to_dict()  # type: ignore[attr-defined]
    return data
