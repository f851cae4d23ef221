"""The stat store's adapters: SQL store and tables, and the memory and Redis caches."""

from arena.stats.adapters.memory_cache import MemoryStatCache
from arena.stats.adapters.redis_cache import RedisStatCache
from arena.stats.adapters.sql_store import SqlStatStore

__all__ = [
    "MemoryStatCache",
    "RedisStatCache",
    "SqlStatStore",
]
