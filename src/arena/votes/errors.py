"""Errors of spectator votes.

    VotesError
    ├── AlreadyVoted       (this voter has a vote in this debate already; one each)
    ├── NotACandidate      (the choice is not one of the debate's sides)
    └── VotesUnavailable   (the vote store could not be read or written)
"""

from __future__ import annotations

from arena.errors import ArenaError


class VotesError(ArenaError, code="votes-error"): ...


class AlreadyVoted(VotesError, code="already-voted"):
    def __init__(self, debate_id: str, choice: str) -> None:
        super().__init__(f"this browser already voted in debate {debate_id!r}, for {choice!r}")
        self.choice = choice


class NotACandidate(VotesError, code="not-a-candidate"):
    def __init__(self, choice: str, candidates: list[str]) -> None:
        super().__init__(f"{choice!r} is not a side of this debate; vote for one of {', '.join(candidates)}")


class VotesUnavailable(VotesError, code="votes-unavailable"): ...
