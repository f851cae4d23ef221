"""Name forms used to match NBA players across files that spell them differently."""

from __future__ import annotations

import re
from functools import cache

from arena.text import GENERATIONAL_SUFFIXES, strip_accents

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@cache  # a few thousand distinct names, each seen in many rows
def match_key(name: str) -> str:
    """A loose key: no accents, case, punctuation or generational suffix.

    ``Alperen Şengün`` and ``Alperen Sengun`` share a key, as do ``Jeff Dowtin Jr.`` and ``Jeff Dowtin``.
    """
    tokens = _NON_ALNUM.sub(" ", strip_accents(name).lower()).split()
    return " ".join(t for t in tokens if t not in GENERATIONAL_SUFFIXES)


def share_a_name(a: str, b: str) -> bool:
    """Whether two spellings share a first or a last name (``Enes Kanter``/``Enes Freedom``)."""
    ta, tb = match_key(a).split(), match_key(b).split()
    return bool(ta and tb) and (ta[0] == tb[0] or ta[-1] == tb[-1])
