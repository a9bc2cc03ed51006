"""The fake's agents: v1 (deprecated, at the server's root, as Corti serves it without `/v2`)
and the agentic v2 API (under `/v2/agentic`), answering messages deterministically.

Theory of operation: `AgentsState` (behind the fake's one lock) holds both versions' agents,
tasks and contexts; `common.Endpoint` gives every call the service's checks (token, tenant,
query and body against the spec) before its handler; `experts` decides the answers (`echo` or
the facts a text states); `v2` serves the agents and their A2A binding, server-sent events
included, and `contexts` what hangs under a context and the registry.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from starlette.routing import Route

from .common import AgentsState
from .contexts import v2_context_routes
from .v1 import v1_routes
from .v2 import V2, v2_agent_routes

__all__ = ["AgentsState", "agents_routes", "new_agents_state"]


def new_agents_state(lock: threading.Lock, stamp: Callable[[], str]) -> AgentsState:
    """Empty agents state sharing the fake's lock and clock."""
    return AgentsState(lock=lock, stamp=stamp)


def agents_routes(fake: Any) -> list[Route]:
    """Every agents route (v1 and v2), checked against the spec and the fake's tokens."""
    state: AgentsState = fake.agents
    agents = V2(state)
    return [*v1_routes(fake, state), *v2_agent_routes(fake, agents), *v2_context_routes(fake, state, agents)]
