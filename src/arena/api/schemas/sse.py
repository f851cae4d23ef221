"""The OpenAPI schema of one Server-Sent Event, shared by every streaming route.

Tools that read the document (schemathesis among them) check each event of a ``text/event-stream`` body
against the media type's schema, so it describes an event's fields rather than the whole body as text.
"""

from __future__ import annotations

from typing import Any

from arena.streaming import MEDIA_TYPE

SSE_EVENT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "event": {"type": "string"},
        "data": {"type": "string"},
        "retry": {"type": "integer"},
    },
}

EVENT_STREAM_CONTENT: dict[str, Any] = {MEDIA_TYPE: {"schema": SSE_EVENT_SCHEMA}}
