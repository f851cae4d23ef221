"""How a command writes a JSON document: kept apart from the Rich views (:mod:`arena.cli.render`), so a command
that prints only text or JSON (``arena parse``) never imports Rich, a twentieth of a second of its start."""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(document: Any) -> None:
    """One JSON document on stdout (UTF-8, names unescaped)."""
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
