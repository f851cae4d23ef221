"""Where votes are kept."""

from __future__ import annotations

from typing import Protocol

from arena.votes.model import Tally, VoterGroup


class VoteStore(Protocol):
    """Votes, at most one per voter per debate. Blocking: async callers run it in a thread."""

    def cast(self, debate_id: str, voter: str, choice: str, *, group: VoterGroup | None = None) -> str | None:
        """Store ``voter``'s vote for ``choice`` unless the voter has one in this debate: then nothing is
        stored and the earlier choice is returned (None when this vote was stored). With ``group`` (which
        ``voter`` must start with), the vote is stored only while the debate holds fewer than ``group.limit``
        votes of voters starting with ``group.prefix``, checked in the same statement as the insert; else
        raises :class:`arena.votes.errors.AddressVotesSpent`. Raises
        :class:`arena.votes.errors.VotesUnavailable`."""
        ...

    def tally(self, debate_id: str) -> Tally:
        """The debate's votes so far. Raises :class:`arena.votes.errors.VotesUnavailable`."""
        ...

    def choice_of(self, debate_id: str, voter: str) -> str | None:
        """What ``voter`` chose in this debate, if anything. Raises :class:`arena.votes.errors.VotesUnavailable`."""
        ...
