"""`RawResponse`: the HTTP answer with its typed result one `.parse()` away."""

from __future__ import annotations

import datetime
import enum
import typing
import uuid
from collections.abc import Mapping
from typing import Any, Generic, TypeVar, cast

import httpx
from corti_interactions_api.types import ArrayOf, BinaryContent

from ._exceptions import APIResponseValidationError
from ._logging import logger
from ._model_fields import is_model, model_fields

__all__ = ["RawResponse", "parse_model"]

T = TypeVar("T")

# The generated `from_dict` converts UUIDs, date-times and nested objects, but passes any
# value through for a string, an open enum or a nullable field. Each field's annotation, read
# once per model, is checked with one isinstance() after parsing; a field of one type that
# `from_dict` always converts (or raises) needs no check, only a look inside if it is a model.
_Plan = tuple[tuple[str, str, tuple[type, ...] | None, type | None, type | None], ...]
"""Per field: name, JSON name, the types to check (None: none), a nested model, a list's item model."""
_PLANS: dict[type, _Plan] = {}
_CONVERTED = (uuid.UUID, datetime.date, enum.Enum)  # datetime.datetime is a date


def _item_model(annotation: object) -> type | None:
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        return item if is_model(item) else None
    return None


def _kinds(types: tuple[object, ...]) -> tuple[type, ...] | None:
    """The types a field's value is checked against; None if `from_dict` always converts it."""
    (kind,) = types if len(types) == 1 else (None,)
    if any(t is typing.Any for t in types):  # any JSON value (`CommonPart.data`): nothing to check
        return None
    if isinstance(kind, type) and (issubclass(kind, _CONVERTED) or is_model(kind)):
        return None
    kinds = tuple(cast("type", typing.get_origin(t) or t) for t in types)  # list[X] as list
    return (*kinds, int) if float in kinds else kinds  # a JSON number may be written 1, not 1.0


def _plan(model: type) -> _Plan:
    entries: _Plan = tuple(
        (
            f.name,
            f.json_name,
            _kinds(f.types),
            next((t for t in f.types if is_model(t)), None),
            next((m for t in f.types if (m := _item_model(t)) is not None), None),
        )
        for f in model_fields(model)
    )
    plan = _PLANS[model] = tuple(e for e in entries if e[2:] != (None, None, None))
    return plan


def _wrong_type(value: object) -> str | None:
    """The JSON path of the first field whose value is not of its annotated type."""
    plan = _PLANS.get(type(value))
    if plan is None:
        plan = _plan(type(value))
    for name, json_name, kinds, nested, item_model in plan:
        item = getattr(value, name)
        if kinds is not None and not isinstance(item, kinds):
            return json_name
        if nested is not None and type(item) is nested and (found := _wrong_type(item)):
            return f"{json_name}.{found}"
        if item_model is not None and isinstance(item, list):
            for i, element in enumerate(item):
                if type(element) is not item_model:
                    return f"{json_name}[{i}]"
                if found := _wrong_type(element):
                    return f"{json_name}[{i}].{found}"
    return None


_JSON_TYPES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}
_JSON_TYPES[type(None)] = "null"


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (ValueError, RecursionError):
        raise APIResponseValidationError(response, reason="body is not JSON", body=response.text) from None


def parse_model(response: httpx.Response, model: type[T]) -> T:
    """The body as the generated `model`, or `APIResponseValidationError`."""
    return typing.cast(T, _parse_object(response, _json(response), model, ""))


def _parse_object(response: httpx.Response, data: Any, model: type, where: str) -> Any:
    """One JSON object as the generated `model`, or `APIResponseValidationError`."""
    if not isinstance(data, dict):
        kind = _JSON_TYPES.get(type(data), "value")
        raise APIResponseValidationError(
            response, reason=f"{where or 'body '}is a JSON {kind}, not an object", body=response.text
        )
    try:
        parsed = model.from_dict(data)  # type: ignore[attr-defined]
    except KeyError as exc:
        reason = f"missing required field {exc.args[0]!r}"
    except (TypeError, ValueError, AttributeError, RecursionError) as exc:
        reason = f"a field has the wrong type or format ({type(exc).__name__})"
    else:
        wrong = _wrong_type(parsed)
        if wrong is None:
            return parsed
        reason = f"{wrong!r} has the wrong type"
    raise APIResponseValidationError(response, reason=where + reason, body=response.text)


def parse_array(response: httpx.Response, model: type[T]) -> list[T]:
    """The body, a JSON array (an `ArrayOf` answer), as a list of the generated `model`, each
    item parsed as one body; or `APIResponseValidationError`."""
    data = _json(response)
    if not isinstance(data, list):
        kind = _JSON_TYPES.get(type(data), "value")
        raise APIResponseValidationError(
            response, reason=f"body is a JSON {kind}, not an array", body=response.text
        )
    return [_parse_object(response, item, model, f"item {i}: ") for i, item in enumerate(data)]


class RawResponse(Generic[T]):
    """What `with_raw_response.<method>()` returns: the answer, parsed on demand.

    >>> raw = client.interactions.with_raw_response.get(id)
    >>> raw.headers.get("x-ratelimit-remaining"), raw.request_id, raw.attempts
    >>> interaction = raw.parse()
    """

    __slots__ = ("_parsed", "_responses", "attempts", "elapsed", "http_response")

    def __init__(
        self,
        http_response: httpx.Response,
        *,
        attempts: int,
        elapsed: float,
        responses: Mapping[int, type | ArrayOf | None],
    ) -> None:
        self.http_response = http_response
        self.attempts = attempts
        """How many times the request was sent (1 when it succeeded at once)."""
        self.elapsed = elapsed
        """Seconds from the first attempt to the final answer, retries and waits included."""
        self._responses = responses
        self._parsed: Any = _NOT_PARSED

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

    def _model(self) -> type | ArrayOf | None:
        """The model of the answer's status; for a 2xx the spec does not declare (Corti's SDKs
        take any 2xx as success, and its wire tests answer 200 to a create and a delete), the
        operation's one success model, or none if it declares no success body."""
        status = self.http_response.status_code
        if status in self._responses:
            return self._responses[status]
        declared = {m for s, m in self._responses.items() if 200 <= s < 300 and m is not None}
        logger.debug(
            "%s %s answered %d, a success status the spec does not declare for it",
            self.http_response.request.method,
            self.http_response.request.url.path,
            status,
        )
        if len(declared) > 1:
            raise APIResponseValidationError(
                self.http_response,
                reason=f"status {status} is not declared, and several success bodies are",
                body=None,
            )
        return next(iter(declared), None)

    def parse(self) -> T:
        """The answer as the operation's model, parsed once (`None` for an answer without a body).

        Any 2xx is a success: an undeclared one is parsed with the operation's success model.
        """
        if self._parsed is _NOT_PARSED:
            try:
                model = self._model()
                if model is BinaryContent:  # raw bytes (a recording): read on demand, not parsed
                    from ._binary import BinaryResponse

                    self._parsed = BinaryResponse(self.http_response)
                elif isinstance(model, ArrayOf):
                    self._parsed = parse_array(self.http_response, model.item)
                else:
                    self._parsed = None if model is None else parse_model(self.http_response, model)
            except APIResponseValidationError as exc:
                exc._with_attempts(self.attempts)
                raise
        result: T = self._parsed
        return result

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] attempts={self.attempts}>"


_NOT_PARSED: Any = object()
