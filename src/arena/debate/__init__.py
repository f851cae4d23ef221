"""The debate engine: grounded arguments, era-aware comparison, a reasoned verdict, streamed as events."""

from arena.debate.control import account_controller, may_control, new_control_token, token_controller
from arena.debate.engine import DebateEngine, Parser
from arena.debate.errors import (
    ControlForbidden,
    DebateError,
    DebateEvicted,
    DebateNotFound,
    DebateRefused,
    InvalidCriteria,
    QuestionNotUnderstood,
    QuestionTooLong,
    UnknownWriter,
)
from arena.debate.events import DebateEvent, parse_event
from arena.debate.factcheck import FactChecker, FactCheckResult, find_numbers, ungrounded_numbers
from arena.debate.facts import Fact
from arena.debate.model import DebateRequest, DebateResult
from arena.debate.service import DebateService, DebateSnapshot, DebateStatus, LiveDebate
from arena.debate.verdict import CRITERIA, parse_criteria

__all__ = [
    "CRITERIA",
    "ControlForbidden",
    "DebateEngine",
    "DebateError",
    "DebateEvent",
    "DebateEvicted",
    "DebateNotFound",
    "DebateRefused",
    "DebateRequest",
    "DebateResult",
    "DebateService",
    "DebateSnapshot",
    "DebateStatus",
    "Fact",
    "FactCheckResult",
    "FactChecker",
    "InvalidCriteria",
    "LiveDebate",
    "Parser",
    "QuestionNotUnderstood",
    "QuestionTooLong",
    "UnknownWriter",
    "account_controller",
    "find_numbers",
    "may_control",
    "new_control_token",
    "parse_criteria",
    "parse_event",
    "token_controller",
    "ungrounded_numbers",
]
