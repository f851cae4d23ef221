"""Folding and tokenising question text: one normal form shared by the name index and the parser."""

from __future__ import annotations

import re
from dataclasses import dataclass

from arena.text import strip_accents

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
    is_initials: bool = False  # typed as dotted initials ("T.O.")


def fold(text: str) -> str:
    """Lower-case ASCII words of ``text``: accents and possessives dropped ("Jokić's" -> "jokic")."""
    if text.isascii() and text.replace(" ", "").isalnum():  # most names: no accents, dots or apostrophes
        return " ".join(text.lower().split())
    if "." in text:
        text = _DOTTED_INITIALS.sub(_collapse_initials, text)
    return " ".join(norm for match in _WORD.finditer(text) if not _stray_s(text, match)
                    and (norm := _norm(match.group(0))))


def is_initials(text: str) -> bool:
    """True when ``text`` is written as dotted initials ("T.O.", "A.I.")."""
    return _DOTTED_INITIALS.fullmatch(text.strip()) is not None


def _stray_s(text: str, match: re.Match[str]) -> bool:
    """The "s" of a possessive cut off by initials ("T.O.'s"): not a word."""
    return match.group(0) in ("s", "S") and match.start() > 0 and text[match.start() - 1] in _APOSTROPHES


def _norm(word: str) -> str:
    if len(word) > 2 and _POSSESSIVE.search(word):
        word = word[:-2]
    return fold_word(word)


def fold_word(word: str) -> str:
    if word.isascii():
        return word.lower().replace("'", "").replace("`", "")
    return "".join(c for c in strip_accents(word).lower() if c.isalnum() and c.isascii())


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
        if not _stray_s(prepared, match) and (norm := _norm(word)):
            end = match.end() - (2 if len(word) > 2 and _POSSESSIVE.search(word) else 0)
            initials = _DOTTED_INITIALS.match(text, match.start()) is not None
            tokens.append(Token(norm, match.start(), end, word[:1].isupper(), initials))
    return tokens
