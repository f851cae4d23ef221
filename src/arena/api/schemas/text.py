"""The text a request may carry, checked once at the edge: every string of a request body, query string or path
uses one of these types, so no NUL, other control character or lone surrogate gets past validation.

Why: PostgreSQL refuses text holding NUL, and a lone surrogate cannot be encoded as UTF-8 on the way to any
dependency or back to the client; either one, let through, fails far from the request that brought it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated

from pydantic import AfterValidator

# C0 controls and DEL; text may keep its whitespace (tab, line feed, carriage return), a name none of it.
_NAME_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")
_TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _refusing(controls: re.Pattern[str]) -> Callable[[str], str]:
    def check(value: str) -> str:
        if (control := controls.search(value)) is not None:
            raise ValueError(f"control character U+{ord(control.group()):04X} at position {control.start()} "
                             "is not allowed here")
        if (surrogate := _LONE_SURROGATE.search(value)) is not None:
            raise ValueError(f"lone surrogate at position {surrogate.start()} is not valid Unicode")
        return value

    return check


Text = Annotated[str, AfterValidator(_refusing(_TEXT_CONTROLS))]
"""Free text (a question, a chat message): tab and line breaks allowed, no other control character."""

Name = Annotated[str, AfterValidator(_refusing(_NAME_CONTROLS))]
"""A one-line value (a name, an id, a search term, a key): no control character at all."""
