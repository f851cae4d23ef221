"""Plain-ASCII forms of names and questions: the one accent-folding rule and the one set of name suffixes.

Every domain folds text the same way (the store's name index, the importers, the parser, the
fact-checker), so the rule sits beside :mod:`arena.errors`, owned by no single domain.
"""

from __future__ import annotations

import unicodedata

# Letters NFKD does not decompose into a base letter plus a mark.
_UNDECOMPOSED = str.maketrans({
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ß": "ss",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "TH",
})

GENERATIONAL_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
"""Name words that tell a father from his son ("Ken Griffey Jr."), folded: never a first or last name."""


def strip_accents(text: str) -> str:
    """``text`` without accents, case kept: ``"Nikola Jokić"`` -> ``"Nikola Jokic"``, ``"Ødegaard"`` ->
    ``"Odegaard"``, ``"ß"`` -> ``"ss"``. Other characters (digits, punctuation, other scripts) stay."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
