"""Live event streams: an append-only log per debate that readers follow, resume and count themselves on."""

from arena.streaming.errors import (
    EntryOutOfOrder,
    EventsExpired,
    InvalidEventId,
    LogUnavailable,
    StreamError,
    StreamEvicted,
    StreamExists,
    StreamNotFound,
)
from arena.streaming.ports import EventLog, FollowUpdate, LogEntry, StreamInfo, StreamLimits
from arena.streaming.reader import Heartbeat, LiveBatch, LiveItem, ViewerCount, read_live
from arena.streaming.runner import StopEntry, StopReason, StreamRunner
from arena.streaming.sse import HEADERS, MEDIA_TYPE, LastChunk, encode_event, encode_stream, parse_last_event_id

__all__ = [
    "HEADERS",
    "MEDIA_TYPE",
    "EntryOutOfOrder",
    "EventLog",
    "EventsExpired",
    "FollowUpdate",
    "Heartbeat",
    "InvalidEventId",
    "LastChunk",
    "LiveBatch",
    "LiveItem",
    "LogEntry",
    "LogUnavailable",
    "StopEntry",
    "StopReason",
    "StreamError",
    "StreamEvicted",
    "StreamExists",
    "StreamInfo",
    "StreamLimits",
    "StreamNotFound",
    "StreamRunner",
    "ViewerCount",
    "encode_event",
    "encode_stream",
    "parse_last_event_id",
    "read_live",
]
