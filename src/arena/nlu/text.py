"""Folding and tokenising question text: one normal form shared by the name index and the parser."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Letters NFKD does not decompose into a base letter plus a mark.
_SPECIAL_LETTERS = str.maketrans({
    "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d",
})
_APOSTROPHES = "'’‘`´"
# "A.I.", "T.O.", "P.K.": dotted initials collapse into one word before tokenising.
_DOTTED_INITIALS = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_WORD = re.compile(r"[^\W_]+(?:[" + _APOSTROPHES + r"][^\W_]+)*", re.UNICODE)
_POSSESSIVE = re.compile(r"[" + _APOSTROPHES + r"]s$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a question: its folded form and where it sits in the original text."""

    norm: str
    start: int
    end: int
    is_capitalised: bool


def fold(text: str) -> str:
    """Lower-case ASCII words of ``text``: accents and possessives dropped ("Jokić's" -> "jokic")."""
    return " ".join(token.norm for token in tokenize(text))


def fold_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.translate(_SPECIAL_LETTERS))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in stripped.lower() if c.isalnum() and c.isascii())


def _collapse_initials(match: re.Match[str]) -> str:
    # Keep the length so token offsets still point into the original text.
    letters = match.group(0).replace(".", "")
    return letters + " " * (len(match.group(0)) - len(letters))


def tokenize(text: str) -> list[Token]:
    """Words of ``text`` with their character offsets, folded, possessive "'s" dropped."""
    prepared = _DOTTED_INITIALS.sub(_collapse_initials, text)
    tokens: list[Token] = []
    for match in _WORD.finditer(prepared):
        word = match.group(0)
        end = match.end()
        if _POSSESSIVE.search(word) and len(word) > 2:
            word = word[:-2]
        norm = fold_word(word)
        if norm:
            tokens.append(Token(norm, match.start(), end, word[:1].isupper()))
    return tokens
