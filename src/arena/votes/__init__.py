"""Spectator votes: one per browser (or account) per debate, tallied live for everyone watching."""

from arena.votes.board import VoteBoard
from arena.votes.errors import AddressVotesSpent, AlreadyVoted, NotACandidate, VotesError, VotesUnavailable
from arena.votes.model import Tally, VoterGroup
from arena.votes.ports import VoteStore

__all__ = [
    "AddressVotesSpent",
    "AlreadyVoted",
    "NotACandidate",
    "Tally",
    "VoteBoard",
    "VoteStore",
    "VoterGroup",
    "VotesError",
    "VotesUnavailable",
]
