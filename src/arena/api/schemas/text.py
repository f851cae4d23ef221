"""The text a request may carry, checked once at the edge: every string of a request body, query string or path
uses one of these types, so no NUL, other control character, bidirectional override or lone surrogate gets past
validation.

Why: PostgreSQL refuses text holding NUL, and a lone surrogate cannot be encoded as UTF-8 on the way to any
dependency or back to the client; either one, let through, fails far from the request that brought it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated

from pydantic import AfterValidator

# C0 controls, DEL and C1 controls (U+0080-U+009F: U+009B opens a terminal escape sequence as ESC [ does), and the
# bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which reorder the text shown
# around them: a question every viewer of a debate sees could read as other words than those Arena parsed. Text
# may keep its whitespace (tab, line feed, carriage return), a name none of it.
_REORDERING = "\u202a-\u202e\u2066-\u2069"
_NAME_CONTROLS = re.compile(f"[\x00-\x1f\x7f-\x9f{_REORDERING}]")
_TEXT_CONTROLS = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_REORDERING}]")
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
