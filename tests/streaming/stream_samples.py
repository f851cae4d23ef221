"""Samples for the streaming tests: a clock tests move by hand, and a small debate as log entries."""

from __future__ import annotations

from collections.abc import Callable

from arena.debate.events import DebateCompleted, DebateEvent, DebateStarted, TextDelta, Timings
from arena.streaming.ports import EventLog, LogEntry

LogFactory = Callable[..., EventLog]


class FakeClock:
    """Time that moves only when a test says so."""

    def __init__(self, now: float = 1_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


_NO_TIME = Timings(first_event=0, parse=0, argue=0, write=0, total=0)


def debate_entries(debate_id: str, words: list[str]) -> list[LogEntry]:
    """A small, complete debate as log entries: started, one text delta per word, completed."""
    events: list[DebateEvent] = [
        DebateStarted(debate_id=debate_id, seq=1, query="LeBron or Jordan?", writer="template")
    ]
    events += [
        TextDelta(debate_id=debate_id, seq=i, round="opening", speaker="moderator", text=word)
        for i, word in enumerate(words, start=2)
    ]
    events.append(DebateCompleted(debate_id=debate_id, seq=len(events) + 1, timings_ms=_NO_TIME, writer="template",
                                  tokens=len(words)))
    return [
        LogEntry(id=e.seq, event=e.type, data=e.model_dump_json(), final=e.type == "debate.completed")
        for e in events
    ]
