"""Question understanding on its own: what Arena would debate, without debating it."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter

from arena.api.deps import ParserDep, SettingsDep
from arena.api.problems import problem_responses
from arena.api.schemas.parse import ParseRequest
from arena.debate import QuestionTooLong
from arena.nlu import ParsedQuestion

router = APIRouter(tags=["parse"])


@router.post("/parse", responses=problem_responses(400, 413, 422))
async def parse_question(body: ParseRequest, parser: ParserDep, settings: SettingsDep) -> ParsedQuestion:
    """The players, teams, seasons and stats a question names, or why it cannot be debated as asked
    (``error``, or ``needs_clarification`` with candidates)."""
    QuestionTooLong.check(body.question, settings.api_max_question_chars)
    return await asyncio.to_thread(parser.parse, body.question)
