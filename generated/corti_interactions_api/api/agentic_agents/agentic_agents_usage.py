"""`GET /agentic/agents/{agent_id}/usage`: Get an agent's usage"""

from __future__ import annotations

import datetime

from ...models import AgentsUsageGranularity, AgentsUsageReportResponse
from ...types import UNSET, Operation, Param

OPERATION: Operation[AgentsUsageReportResponse] = Operation(
    name="agentic_agents_usage",
    summary="Get an agent's usage",
    method="GET",
    path="/agentic/agents/{agent_id}/usage",
    path_params=(Param("agent_id", "agentId", str),),
    query_params=(
        Param(
            "from_",
            "from",
            datetime.datetime,
            is_array=False,
            default=UNSET,
            minimum=None,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
        Param(
            "to",
            "to",
            datetime.datetime,
            is_array=False,
            default=UNSET,
            minimum=None,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
        Param(
            "granularity",
            "granularity",
            AgentsUsageGranularity,
            is_array=False,
            default=UNSET,
            minimum=None,
            maximum=None,
            min_length=None,
            max_length=None,
            pattern=None,
        ),
    ),
    body=None,
    responses={
        200: AgentsUsageReportResponse,
    },
    idempotent=True,
)
