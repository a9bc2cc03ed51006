"""`client.interactions`: the update operation, sync and async, plain and raw."""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

import httpx
from corti_interactions_api.models import (
    InteractionsEncounterUpdateRequest,
    InteractionsGetResponse,
    InteractionsPatient,
)
from corti_interactions_api.types import UNSET, Unset

from ._base_client import TimeoutArg, as_timeout
from ._config import check_max_retries
from ._environment import stream_url_with_token
from ._payload import build_update_body, check_interaction_id
from ._response import RawResponse
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ._client import AsyncCortiClient, CortiClient

__all__ = [
    "AsyncInteractions",
    "AsyncInteractionsWithRawResponse",
    "Interactions",
    "InteractionsWithRawResponse",
]

_dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode


def _prepare(
    client: CortiClient | AsyncCortiClient,
    interaction_id: str | uuid.UUID,
    *,
    assigned_user_id: object,
    encounter: object,
    patient: object,
    timeout: TimeoutArg | NotGiven,
    max_retries: int | NotGiven | None,
) -> tuple[httpx.Request, int]:
    """Check everything and build the request; nothing is sent if this raises."""
    config = client._config
    url = f"{config.base_url}/interactions/{check_interaction_id(interaction_id)}"  # a checked UUID
    content = _dumps(
        build_update_body(assigned_user_id=assigned_user_id, encounter=encounter, patient=patient)
    ).encode()
    timeouts = config.timeout_dict if isinstance(timeout, NotGiven) else as_timeout(timeout).as_dict()
    # Built directly (not with build_request): the headers were merged with the pool's once.
    request = httpx.Request(
        "PATCH", url, content=content, headers=client._headers, extensions={"timeout": timeouts}
    )
    retries = config.max_retries if isinstance(max_retries, NotGiven) else check_max_retries(max_retries)
    return request, retries


def _with_token(interaction: InteractionsGetResponse | str, token: str, hosts: frozenset[str]) -> str:
    url = interaction if isinstance(interaction, str) else interaction.websocket_url
    return stream_url_with_token(url, token, allowed_hosts=hosts)


class Interactions:
    """`client.interactions` of `CortiClient`."""

    def __init__(self, client: CortiClient) -> None:
        self._client = client
        self.with_raw_response = InteractionsWithRawResponse(client)
        """The same operations, returning `RawResponse` (headers, attempts, `.parse()`)."""

    def update(
        self,
        interaction_id: str | uuid.UUID,
        *,
        assigned_user_id: uuid.UUID | str | Unset | None = UNSET,
        encounter: InteractionsEncounterUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        patient: InteractionsPatient | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven | None = NOT_GIVEN,
    ) -> InteractionsGetResponse:
        """Update an interaction: merge the given fields, return the whole interaction.

        Each field has three states: left out (not sent, unchanged), `None` (sent as
        `null`: cleared, where the spec allows null) or a value. `assigned_user_id=None`
        asks the service to assign a new UUID. `encounter` and `patient` take the generated
        model or a mapping with JSON (`startedAt`) or Python (`started_at`) field names.

        >>> client.interactions.update(id, encounter={"status": "completed"})
        >>> client.interactions.update(id, assigned_user_id=None)  # service assigns a new one

        Bad input is a `ValueError` before anything is sent. Retries (`max_retries`, 2 by
        default) are safe: the update is a merge, so repeating it gives the same result.

        Raises: `ValueError`, `APIStatusError` subclasses, `APIConnectionError`,
        `APITimeoutError`, `APIResponseValidationError`.
        """
        return self.with_raw_response.update(
            interaction_id,
            assigned_user_id=assigned_user_id,
            encounter=encounter,
            patient=patient,
            timeout=timeout,
            max_retries=max_retries,
        ).parse()

    def stream_url(self, interaction: InteractionsGetResponse | str) -> str:
        """The interaction's `websocketUrl` with the current token as its `token` parameter.

        >>> url = client.interactions.stream_url(interaction)  # wss://...?token=Bearer%20...
        """
        token = self._client._current_token()
        return _with_token(interaction, token, self._client._config.stream_hosts)


class InteractionsWithRawResponse:
    """`client.interactions.with_raw_response`: the same calls, returning `RawResponse`."""

    def __init__(self, client: CortiClient) -> None:
        self._client = client

    def update(
        self,
        interaction_id: str | uuid.UUID,
        *,
        assigned_user_id: uuid.UUID | str | Unset | None = UNSET,
        encounter: InteractionsEncounterUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        patient: InteractionsPatient | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven | None = NOT_GIVEN,
    ) -> RawResponse:
        """Like `Interactions.update`, but returns the `RawResponse`."""
        client = self._client
        request, retries = _prepare(
            client,
            interaction_id,
            assigned_user_id=assigned_user_id,
            encounter=encounter,
            patient=patient,
            timeout=timeout,
            max_retries=max_retries,
        )
        return client._sender.send(request, max_retries=retries)


class AsyncInteractions:
    """`client.interactions` of `AsyncCortiClient`."""

    def __init__(self, client: AsyncCortiClient) -> None:
        self._client = client
        self.with_raw_response = AsyncInteractionsWithRawResponse(client)
        """The same operations, returning `RawResponse` (headers, attempts, `.parse()`)."""

    async def update(
        self,
        interaction_id: str | uuid.UUID,
        *,
        assigned_user_id: uuid.UUID | str | Unset | None = UNSET,
        encounter: InteractionsEncounterUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        patient: InteractionsPatient | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven | None = NOT_GIVEN,
    ) -> InteractionsGetResponse:
        """Update an interaction; see `Interactions.update` (this one is awaited)."""
        raw = await self.with_raw_response.update(
            interaction_id,
            assigned_user_id=assigned_user_id,
            encounter=encounter,
            patient=patient,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw.parse()

    async def stream_url(self, interaction: InteractionsGetResponse | str) -> str:
        """The interaction's `websocketUrl` with the current token; see `Interactions.stream_url`."""
        token = await self._client._current_token()
        return _with_token(interaction, token, self._client._config.stream_hosts)


class AsyncInteractionsWithRawResponse:
    """`client.interactions.with_raw_response` of `AsyncCortiClient`."""

    def __init__(self, client: AsyncCortiClient) -> None:
        self._client = client

    async def update(
        self,
        interaction_id: str | uuid.UUID,
        *,
        assigned_user_id: uuid.UUID | str | Unset | None = UNSET,
        encounter: InteractionsEncounterUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        patient: InteractionsPatient | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven | None = NOT_GIVEN,
    ) -> RawResponse:
        """Like `AsyncInteractions.update`, but returns the `RawResponse`."""
        client = self._client
        request, retries = _prepare(
            client,
            interaction_id,
            assigned_user_id=assigned_user_id,
            encounter=encounter,
            patient=patient,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await client._sender.send(request, max_retries=retries)
