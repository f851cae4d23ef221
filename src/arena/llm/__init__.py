"""The debate's writers: the writer port, the template writer, the LLM writers' registry and their guard."""

from arena.llm.errors import WriterError, WriterFailed, WriterUnavailable, first_token_missed
from arena.llm.guard import Bulkhead, GuardedWriter, first_chunk
from arena.llm.ports import BoundsFirstToken, FactLine, RoundBrief, Writer
from arena.llm.registry import WRITER_NAMES, build_writers
from arena.llm.template import TemplateWriter
from arena.llm.usage import CountsTokens

__all__ = [
    "WRITER_NAMES",
    "BoundsFirstToken",
    "Bulkhead",
    "CountsTokens",
    "FactLine",
    "GuardedWriter",
    "RoundBrief",
    "TemplateWriter",
    "Writer",
    "WriterError",
    "WriterFailed",
    "WriterUnavailable",
    "build_writers",
    "first_chunk",
    "first_token_missed",
]
