from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.interactions_get_response import InteractionsGetResponse
from ...models.interactions_update_request import InteractionsUpdateRequest
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: InteractionsUpdateRequest,
    tenant_name: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Tenant-Name"] = tenant_name

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/interactions/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InteractionsGetResponse | None:
    if response.status_code == 200:
        response_200 = InteractionsGetResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 504:
        response_504 = ErrorResponse.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | InteractionsGetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: InteractionsUpdateRequest,
    tenant_name: str,
) -> Response[ErrorResponse | InteractionsGetResponse]:
    """Update an interaction

     Merges the given fields into the interaction. Fields left out are unchanged; nullable fields sent as
    `null` are cleared, and `assignedUserId: null` makes the service assign a new UUID. An empty object
    is a valid no-op update. Sending the same update twice gives the same result, which is why clients
    may retry it.

    Args:
        id (UUID):
        tenant_name (str):
        body (InteractionsUpdateRequest): The fields to update. All are optional: fields left out
            are unchanged, `{}` is a valid no-op update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InteractionsGetResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        tenant_name=tenant_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: InteractionsUpdateRequest,
    tenant_name: str,
) -> ErrorResponse | InteractionsGetResponse | None:
    """Update an interaction

     Merges the given fields into the interaction. Fields left out are unchanged; nullable fields sent as
    `null` are cleared, and `assignedUserId: null` makes the service assign a new UUID. An empty object
    is a valid no-op update. Sending the same update twice gives the same result, which is why clients
    may retry it.

    Args:
        id (UUID):
        tenant_name (str):
        body (InteractionsUpdateRequest): The fields to update. All are optional: fields left out
            are unchanged, `{}` is a valid no-op update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InteractionsGetResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        tenant_name=tenant_name,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: InteractionsUpdateRequest,
    tenant_name: str,
) -> Response[ErrorResponse | InteractionsGetResponse]:
    """Update an interaction

     Merges the given fields into the interaction. Fields left out are unchanged; nullable fields sent as
    `null` are cleared, and `assignedUserId: null` makes the service assign a new UUID. An empty object
    is a valid no-op update. Sending the same update twice gives the same result, which is why clients
    may retry it.

    Args:
        id (UUID):
        tenant_name (str):
        body (InteractionsUpdateRequest): The fields to update. All are optional: fields left out
            are unchanged, `{}` is a valid no-op update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InteractionsGetResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        tenant_name=tenant_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: InteractionsUpdateRequest,
    tenant_name: str,
) -> ErrorResponse | InteractionsGetResponse | None:
    """Update an interaction

     Merges the given fields into the interaction. Fields left out are unchanged; nullable fields sent as
    `null` are cleared, and `assignedUserId: null` makes the service assign a new UUID. An empty object
    is a valid no-op update. Sending the same update twice gives the same result, which is why clients
    may retry it.

    Args:
        id (UUID):
        tenant_name (str):
        body (InteractionsUpdateRequest): The fields to update. All are optional: fields left out
            are unchanged, `{}` is a valid no-op update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InteractionsGetResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            tenant_name=tenant_name,
        )
    ).parsed
