"""Token counts per debate, so ``debate.completed`` can say how many tokens an LLM writer produced.

One writer serves many debates at once, so counts are kept per debate id (for the most recent debates
only) rather than in one running total.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Protocol, runtime_checkable


@runtime_checkable
class CountsTokens(Protocol):
    """A writer that can say how many tokens it produced for a debate (0 for one it never wrote)."""

    def tokens_for(self, debate_id: str) -> int: ...


class TokenTally:
    """Tokens per debate id, forgetting the oldest debate beyond ``max_debates``. Thread-safe."""

    def __init__(self, *, max_debates: int = 4096) -> None:
        self._max_debates = max_debates
        self._counts: OrderedDict[str, int] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, debate_id: str, tokens: int) -> None:
        with self._lock:
            self._counts[debate_id] = self._counts.get(debate_id, 0) + tokens
            self._counts.move_to_end(debate_id)
            while len(self._counts) > self._max_debates:
                self._counts.popitem(last=False)

    def tokens_for(self, debate_id: str) -> int:
        with self._lock:
            return self._counts.get(debate_id, 0)
