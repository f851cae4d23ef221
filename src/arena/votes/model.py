"""A debate's vote tally: how many spectators chose each side."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Tally:
    """Votes per side (player or team id) of one debate; sides nobody chose are absent."""

    debate_id: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Votes cast so far. Votes are never withdrawn, so a larger total is a newer tally."""
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class VoterGroup:
    """Voters whose key starts with ``prefix`` (one client address's browsers): together at most ``limit``
    votes in a debate."""

    prefix: str
    limit: int
