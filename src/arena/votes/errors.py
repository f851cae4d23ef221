"""Errors of spectator votes.

    VotesError
    ├── AlreadyVoted       (this voter has a vote in this debate already; one each)
    ├── NotACandidate      (the choice is not one of the debate's sides)
    ├── AddressVotesSpent  (the client's address has cast as many anonymous votes in this debate as one may)
    └── VotesUnavailable   (the vote store could not be read or written)
"""

from __future__ import annotations

from arena.errors import ArenaError, echo


class VotesError(ArenaError, code="votes-error"): ...


class AlreadyVoted(VotesError, code="already-voted"):
    def __init__(self, debate_id: str, choice: str) -> None:
        super().__init__(f"this browser already voted in debate {debate_id!r}, for {echo(choice)}")
        self.choice = choice


class NotACandidate(VotesError, code="not-a-candidate"):
    def __init__(self, choice: str, candidates: list[str]) -> None:
        super().__init__(f"{echo(choice)} is not a side of this debate; vote for one of {', '.join(candidates)}")


class AddressVotesSpent(VotesError, code="address-votes-spent"):
    def __init__(self, limit: int) -> None:
        super().__init__(f"{limit} votes have come from this network address in this debate, the most one address "
                         "may cast without signing in")
        self.limit = limit


class VotesUnavailable(VotesError, code="votes-unavailable"): ...
