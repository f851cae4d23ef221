"""The HTTP API: FastAPI routers over the services, the server's connection limits, and its dependencies."""

from arena.api.connections import ConnectionLimits, ServerConfig
from arena.api.deps import ServicesDep
from arena.api.gateway import hand_page_pass
from arena.api.routers.debates import DebateId

__all__ = [
    "ConnectionLimits",
    "DebateId",
    "ServerConfig",
    "ServicesDep",
    "hand_page_pass",
]
