"""A debate's prose as one text, built from its events as they arrive (for chat replies and read-backs).

The text is laid out as the engine lays out ``DebateResult.text``: each round as ``Speaker: words``, rounds
separated by a blank line, so a streamed debate reads exactly like one run to completion.
"""

from __future__ import annotations

import re

from arena.debate.events import DebateEvent, RoundStarted, TextDelta
from arena.debate.rounds import MODERATOR

_TOKEN = re.compile(r"\w+|[^\w\s]")


def count_tokens(text: str) -> int:
    """Words and punctuation marks: the unit Arena reports as tokens for text it did not generate."""
    return len(_TOKEN.findall(text))


def cut_to_tokens(text: str, limit: int) -> str:
    """``text`` up to the end of its ``limit``-th token (``count_tokens``'s unit); all of it if it has fewer."""
    for number, token in enumerate(_TOKEN.finditer(text), start=1):
        if number == limit:
            return text[:token.end()]
    return text


class Transcript:
    """The debate's text so far."""

    def __init__(self) -> None:
        self._parts: list[str] = []

    def add(self, event: DebateEvent) -> str:
        """The text ``event`` adds (empty for events that carry none)."""
        piece = ""
        if isinstance(event, RoundStarted):
            speaker = "Moderator" if event.speaker == MODERATOR else event.speaker
            piece = ("\n\n" if self._parts else "") + f"{speaker}: "
        elif isinstance(event, TextDelta):
            piece = event.text
        if piece:
            self._parts.append(piece)
        return piece

    @property
    def text(self) -> str:
        return "".join(self._parts)
