"""The usage log's SQL table and store."""

from arena.usage.adapters.sql_usage import SqlUsageLog, usage

__all__ = [
    "SqlUsageLog",
    "usage",
]
