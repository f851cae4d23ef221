"""The debate engine: grounded arguments, era-aware comparison, a reasoned verdict, streamed as events."""

from arena.debate.control import account_controller, may_control, new_control_token, token_controller
from arena.debate.engine import TEMPLATE, DebateEngine, Parser
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
from arena.debate.events import (
    DebateCompleted,
    DebateEvent,
    DebateFailed,
    FactCheck,
    RoundStarted,
    SpeakerTyping,
    StatCard,
    TextDelta,
    VerdictReached,
    WriterFellBack,
    parse_event,
)
from arena.debate.factcheck import FactChecker, FactCheckResult, find_numbers, ungrounded_numbers
from arena.debate.facts import Fact
from arena.debate.model import DebateRequest, DebateResult
from arena.debate.observers import DebateMetrics, DebateReport
from arena.debate.rounds import MODERATOR
from arena.debate.service import DebateService, DebateSnapshot, DebateStatus, LiveDebate
from arena.debate.transcript import Transcript, count_tokens, cut_to_tokens
from arena.debate.verdict import CRITERIA, MAX_WEIGHT, parse_criteria, strength_words

__all__ = [
    "CRITERIA",
    "MAX_WEIGHT",
    "MODERATOR",
    "TEMPLATE",
    "ControlForbidden",
    "DebateCompleted",
    "DebateEngine",
    "DebateError",
    "DebateEvent",
    "DebateEvicted",
    "DebateFailed",
    "DebateMetrics",
    "DebateNotFound",
    "DebateRefused",
    "DebateReport",
    "DebateRequest",
    "DebateResult",
    "DebateService",
    "DebateSnapshot",
    "DebateStatus",
    "Fact",
    "FactCheck",
    "FactCheckResult",
    "FactChecker",
    "InvalidCriteria",
    "LiveDebate",
    "Parser",
    "QuestionNotUnderstood",
    "QuestionTooLong",
    "RoundStarted",
    "SpeakerTyping",
    "StatCard",
    "TextDelta",
    "Transcript",
    "UnknownWriter",
    "VerdictReached",
    "WriterFellBack",
    "account_controller",
    "count_tokens",
    "cut_to_tokens",
    "find_numbers",
    "may_control",
    "new_control_token",
    "parse_criteria",
    "parse_event",
    "strength_words",
    "token_controller",
    "ungrounded_numbers",
]
