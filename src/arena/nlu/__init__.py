"""Question understanding: a fan's question to players, seasons, stats and an intent, offline."""

from arena.nlu.errors import (
    NeedsClarification,
    NluError,
    QuestionRejected,
    QuestionsUnreadable,
    ensure_answerable,
)
from arena.nlu.index_cache import cached_indexes, saved_indexes
from arena.nlu.mentions.everyday import KIN_NOUNS
from arena.nlu.model import (
    Candidate,
    Clarification,
    Intent,
    ParsedQuestion,
    ParseError,
    ResolvedPlayer,
    Scope,
    StatFocus,
    TeamRef,
)
from arena.nlu.names import AliasTable
from arena.nlu.parser import ParserIndexes, QuestionParser
from arena.nlu.text import tokenize

__all__ = [
    "KIN_NOUNS",
    "AliasTable",
    "Candidate",
    "Clarification",
    "Intent",
    "NeedsClarification",
    "NluError",
    "ParseError",
    "ParsedQuestion",
    "ParserIndexes",
    "QuestionParser",
    "QuestionRejected",
    "QuestionsUnreadable",
    "ResolvedPlayer",
    "Scope",
    "StatFocus",
    "TeamRef",
    "cached_indexes",
    "ensure_answerable",
    "saved_indexes",
    "tokenize",
]
