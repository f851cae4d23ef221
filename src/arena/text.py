"""Plain-ASCII forms of names and questions: the one accent-folding rule and the one set of name suffixes.

Every domain folds text the same way (the store's name index, the importers, the parser, the
fact-checker), so the rule sits beside :mod:`arena.errors`, owned by no single domain.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

# Letters NFKD does not decompose into a base letter plus a mark.
_UNDECOMPOSED = str.maketrans({
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ß": "ss",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "TH",
})

GENERATIONAL_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
"""Name words that tell a father from his son ("Ken Griffey Jr."), folded: never a first or last name."""


def namesake_of_generation(suffix: str, debuts: Sequence[int | None]) -> int | None:
    """Which of several players who share a name ``suffix`` means, by position in ``debuts``.

    Sources often store father and son under one name ("Ken Griffey" twice); the son is the one who
    debuted later: "jr", "ii", "iii" pick the latest debut, "sr" the earliest. None when ``suffix`` is
    no generational suffix or no debut is known.
    """
    known = [(debut, i) for i, debut in enumerate(debuts) if debut is not None]
    if suffix not in GENERATIONAL_SUFFIXES or not known:
        return None
    return (min(known) if suffix == "sr" else max(known))[1]


def strip_accents(text: str) -> str:
    """``text`` without accents, case kept: ``"Nikola Jokić"`` -> ``"Nikola Jokic"``, ``"Ødegaard"`` ->
    ``"Odegaard"``, ``"ß"`` -> ``"ss"``. Other characters (digits, punctuation, other scripts) stay."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
