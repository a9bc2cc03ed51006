"""A client library for accessing Corti Interactions API (update interaction)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
