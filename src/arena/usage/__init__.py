"""Usage records: one per ended debate, buffered while the database is down and written when it returns."""

from arena.usage.errors import UsageError, UsageRefused, UsageUnavailable
from arena.usage.model import UsageRecord
from arena.usage.ports import UsageLog
from arena.usage.recorder import UsageRecorder

__all__ = ["UsageError", "UsageLog", "UsageRecord", "UsageRecorder", "UsageRefused", "UsageUnavailable"]
