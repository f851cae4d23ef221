"""Usage records: one per ended debate, buffered while the database is down and written when it returns."""

from arena.usage.errors import UsageError, UsageRefused, UsageUnavailable
from arena.usage.model import UsageRecord
from arena.usage.ports import UsageLog
from arena.usage.recorder import DeadLetter, UsageRecorder

__all__ = ["DeadLetter", "UsageError", "UsageLog", "UsageRecord", "UsageRecorder", "UsageRefused", "UsageUnavailable"]
