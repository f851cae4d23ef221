"""Spectator votes: one per browser (or account) per debate, tallied live for everyone watching."""

from arena.votes.board import VoteBoard
from arena.votes.errors import AlreadyVoted, NotACandidate, VotesError, VotesUnavailable
from arena.votes.model import Tally
from arena.votes.ports import VoteStore

__all__ = ["AlreadyVoted", "NotACandidate", "Tally", "VoteBoard", "VoteStore", "VotesError", "VotesUnavailable"]
