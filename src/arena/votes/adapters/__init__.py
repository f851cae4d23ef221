"""The vote store's SQL table and store."""

from arena.votes.adapters.sql_votes import SqlVoteStore

__all__ = [
    "SqlVoteStore",
]
