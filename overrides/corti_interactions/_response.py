"""`RawResponse`: the HTTP answer with its typed result one `.parse()` away."""

from __future__ import annotations

import typing
from typing import Any

import attrs
import httpx
from corti_interactions_api.models import InteractionsGetResponse

from ._exceptions import APIResponseValidationError
from ._model_fields import model_fields

__all__ = ["RawResponse", "parse_interaction"]

# The generated `from_dict` converts UUIDs, date-times and nested objects, but passes any
# value through for a string, an open enum or a nullable field. Each field's annotation, read
# once per model, is checked with one isinstance() after parsing.
_Plan = tuple[tuple[str, str, tuple[type, ...], type | None], ...]  # name, JSON name, types, nested model
_PLANS: dict[type, _Plan] = {}


def _plan(model: type) -> _Plan:
    plan = _PLANS[model] = tuple(
        (
            f.name,
            f.json_name,
            tuple(typing.get_origin(t) or t for t in f.types),  # list[X] is checked as list
            next((t for t in f.types if attrs.has(t)), None),
        )
        for f in model_fields(model)
    )
    return plan


def _wrong_type(value: object, path: str = "") -> str | None:
    """The JSON path of the first field whose value is not of its annotated type."""
    plan = _PLANS.get(type(value)) or _plan(type(value))
    for name, json_name, kinds, nested in plan:
        item = getattr(value, name)
        if not isinstance(item, kinds):
            return f"{path}{json_name}"
        if (
            nested is not None
            and type(item) is nested
            and (found := _wrong_type(item, f"{path}{json_name}."))
        ):
            return found
    return None


_JSON_TYPES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}
_JSON_TYPES[type(None)] = "null"


def parse_interaction(response: httpx.Response) -> InteractionsGetResponse:
    """The 200 body as the generated model, or `APIResponseValidationError`."""
    try:
        data: Any = response.json()
    except (ValueError, RecursionError):
        raise APIResponseValidationError(response, reason="body is not JSON", body=response.text) from None
    if not isinstance(data, dict):
        kind = _JSON_TYPES.get(type(data), "value")
        raise APIResponseValidationError(
            response, reason=f"body is a JSON {kind}, not an object", body=response.text
        )
    try:
        parsed = InteractionsGetResponse.from_dict(data)
    except KeyError as exc:
        reason = f"missing required field {exc.args[0]!r}"
    except (TypeError, ValueError, AttributeError, RecursionError) as exc:
        reason = f"a field has the wrong type or format ({type(exc).__name__})"
    else:
        wrong = _wrong_type(parsed)
        if wrong is None:
            return parsed
        reason = f"{wrong!r} has the wrong type"
    raise APIResponseValidationError(response, reason=reason, body=response.text)


class RawResponse:
    """What `with_raw_response.update()` returns.

    >>> raw = client.interactions.with_raw_response.update(id, encounter={"status": "completed"})
    >>> raw.headers.get("x-ratelimit-remaining"), raw.request_id, raw.attempts
    >>> interaction = raw.parse()
    """

    __slots__ = ("_parsed", "attempts", "elapsed", "http_response")

    def __init__(self, http_response: httpx.Response, *, attempts: int, elapsed: float) -> None:
        self.http_response = http_response
        self.attempts = attempts
        """How many times the request was sent (1 when it succeeded at once)."""
        self.elapsed = elapsed
        """Seconds from the first attempt to the final answer, retries and waits included."""
        self._parsed: InteractionsGetResponse | None = None

    @property
    def status_code(self) -> int:
        """The final answer's HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The final answer's headers (rate-limit headers, request ids, ...)."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The service's `x-request-id` for this answer, for support."""
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    def parse(self) -> InteractionsGetResponse:
        """The interaction, parsed once into the generated model."""
        if self._parsed is None:
            try:
                self._parsed = parse_interaction(self.http_response)
            except APIResponseValidationError as exc:
                exc._with_attempts(self.attempts)
                raise
        return self._parsed

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] attempts={self.attempts}>"
