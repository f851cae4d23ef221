"""Every writer by name, built from settings, so entrypoints pick one with ``--writer`` or a request field.

All three names are always present. A writer that is not configured (``openai`` without
``ARENA_LLM_BASE_URL``) or not installed (``llamacpp`` without its extra) raises ``WriterUnavailable``
saying what to set or install when asked to write, and the engine falls back to ``template`` as it
does for any writer that cannot start.
"""

from __future__ import annotations

from arena.llm.ports import Writer
from arena.llm.template import TemplateWriter
from arena.settings import Settings

WRITER_NAMES = ("template", "openai", "llamacpp")


def build_writers(settings: Settings) -> dict[str, Writer]:
    """The writers named in ``WRITER_NAMES``; building them connects to nothing and loads no model."""
    # Imported here: a command that never debates (or ``arena debate --help``) builds no writer at all.
    from arena.llm.adapters.llamacpp_writer import LlamaCppWriter  # noqa: PLC0415
    from arena.llm.adapters.openai_writer import OpenAIWriter  # noqa: PLC0415

    return {
        "template": TemplateWriter(),
        "openai": OpenAIWriter(
            base_url=settings.llm_base_url.get_secret_value() if settings.llm_base_url else None,
            model=settings.llm_model,
            api_key=settings.llm_api_key,
            first_token_timeout=settings.llm_first_token_timeout_seconds,
            request_timeout=settings.llm_request_timeout_seconds,
        ),
        "llamacpp": LlamaCppWriter(first_token_timeout=settings.llm_first_token_timeout_seconds),
    }
