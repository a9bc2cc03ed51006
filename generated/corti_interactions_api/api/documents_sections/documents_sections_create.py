"""`POST /documents/sections/`: Create a section"""

from __future__ import annotations

from ...models import (
    GuidedSection,
    GuidedSectionsCreateFromInheritanceRequest,
    GuidedSectionsCreateFromScratchRequest,
)
from ...types import Operation

OPERATION: Operation[GuidedSection] = Operation(
    name="documents_sections_create",
    summary="Create a section",
    method="POST",
    path="/documents/sections/",
    path_params=(),
    query_params=(),
    body=GuidedSectionsCreateFromScratchRequest,
    responses={
        201: GuidedSection,
    },
    idempotent=False,
    body_forms=(
        GuidedSectionsCreateFromScratchRequest,
        GuidedSectionsCreateFromInheritanceRequest,
    ),
)
