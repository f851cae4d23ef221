"""A whole debate written by SmolLM2 in-process: each round is the model's only if it finished and the
fact-check gate passed it, otherwise the template's, and no number from a rejected round reaches the text."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Iterator
from pathlib import Path

import pytest
from round_briefs import GUARD_SECONDS

from arena.db import make_engine
from arena.debate.engine import DebateEngine
from arena.debate.factcheck import find_numbers, ungrounded_numbers
from arena.debate.model import DebateRequest
from arena.llm.adapters.llamacpp_writer import LlamaCppWriter
from arena.llm.ports import RoundBrief
from arena.nlu.parser import QuestionParser
from arena.stats.adapters.sql_store import SqlStatStore


class RecordingWriter:
    """Passes a real writer's stream through unchanged, keeping each round's whole text in call order."""

    def __init__(self, inner: LlamaCppWriter) -> None:
        self.name = inner.name
        self.inner = inner
        self.texts: list[str] = []

    async def stream_round(self, brief: RoundBrief) -> AsyncGenerator[str, None]:
        pieces: list[str] = []
        try:
            async for piece in self.inner.stream_round(brief):
                pieces.append(piece)
                yield piece
        finally:
            self.texts.append("".join(pieces))


@pytest.fixture(scope="module")
def sqlite_store(loaded_sqlite_url: str) -> Iterator[SqlStatStore]:
    engine = make_engine(loaded_sqlite_url)
    yield SqlStatStore(engine)
    engine.dispose()


@pytest.mark.slow
@pytest.mark.full
async def test_every_llamacpp_round_is_gated_and_rejected_numbers_never_reach_the_text(
        smollm2_path: Path, sqlite_store: SqlStatStore) -> None:
    writer = RecordingWriter(LlamaCppWriter(model_path=smollm2_path))
    engine = DebateEngine(sqlite_store, QuestionParser(sqlite_store), {"llamacpp": writer},
                          first_token_timeout_s=GUARD_SECONDS, round_timeout_s=GUARD_SECONDS)
    request = DebateRequest(question="Who's better, LeBron or Jordan?", writer="llamacpp", seed=3)

    result = await engine.run(request)

    facts = result.facts
    final_numbers = {token.text for token in find_numbers(result.text)}
    # zip(strict=True): the model was asked to write every round (none fell back for being unavailable).
    for written, round_ in zip(writer.texts, result.rounds, strict=True):
        if round_.writer == "llamacpp":
            assert round_.fallback is None and round_.fact_check.passed
            assert round_.text == written
        else:
            # Rejected by the gate, or cut off by its token budget (then it never reached the gate).
            assert round_.writer == "template" and round_.fallback in {"fact-check", "writer-failed"}
            assert round_.rejected
            assert not set(ungrounded_numbers(written, facts)) & final_numbers
    assert ungrounded_numbers(result.text, facts) == []
