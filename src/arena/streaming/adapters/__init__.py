"""The event log's adapters: in memory, Redis, and the Redis log falling back to memory."""

from arena.streaming.adapters.fallback_log import FallbackEventLog
from arena.streaming.adapters.memory_log import MemoryEventLog
from arena.streaming.adapters.redis_log import RedisEventLog

__all__ = [
    "FallbackEventLog",
    "MemoryEventLog",
    "RedisEventLog",
]
