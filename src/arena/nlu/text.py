"""Folding and tokenising question text: one normal form shared by the name index and the parser."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from arena.text import strip_accents

T = TypeVar("T")

_APOSTROPHES = "'’‘`´"
# "A.I.", "T.O.", "P.K.": dotted initials collapse into one word before tokenising.
# "J-S Giguere", "P-L Dubois": a French double first name's initials joined by its hyphen, as capitals only.
_DOTTED_INITIALS = re.compile(r"\b(?:[A-Za-z]\.){2,}|\b[A-Z]-[A-Z](?![\w'’-])")
_WORD = re.compile(r"[^\W_]+(?:[" + _APOSTROPHES + r"][^\W_]+)*", re.UNICODE)
# The words of a camel-case tag: "MileHigh" -> "Mile", "High"; "GOATJames" -> "GOAT", "James".
_CAMEL_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
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
    if "." in text or "-" in text:
        text = _DOTTED_INITIALS.sub(_collapse_initials, text)
    words: list[str] = []
    for match in _WORD.finditer(text):
        if (parts := _tag_words(text, match)) is not None:
            words.extend(fold_word(part) for part, _ in parts)
        elif not _stray_s(text, match) and (norm := _norm(match.group(0))):
            words.append(norm)
    return " ".join(words)


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
    letters = match.group(0).replace(".", "").replace("-", "")
    return letters + " " * (len(match.group(0)) - len(letters))


def _tag_words(text: str, match: re.Match[str]) -> list[tuple[str, int]] | None:
    """The words of a hashtag or handle written in camel case ("#MileHigh", "@KingJames"), with offsets;
    None for any other word."""
    word = _POSSESSIVE.sub("", match.group(0))
    if match.start() == 0 or text[match.start() - 1] not in "#@" or word.isupper() or word.islower():
        return None
    parts = [(part.group(0), match.start() + part.start()) for part in _CAMEL_PART.finditer(word)]
    return parts if len(parts) > 1 else None


def tokenize(text: str) -> list[Token]:
    """Words of ``text`` with their character offsets, folded, possessive "'s" dropped; a camel-case
    hashtag or handle is its words ("@KingJames" is "king james"), their capitals no sign of a name."""
    prepared = _DOTTED_INITIALS.sub(_collapse_initials, text)
    tokens: list[Token] = []
    for match in _WORD.finditer(prepared):
        word = match.group(0)
        if (parts := _tag_words(prepared, match)) is not None:
            tokens.extend(Token(fold_word(part), start, start + len(part), False) for part, start in parts)
            continue
        if not _stray_s(prepared, match) and (norm := _norm(word)):
            end = match.end() - (2 if len(word) > 2 and _POSSESSIVE.search(word) else 0)
            initials = _DOTTED_INITIALS.match(text, match.start()) is not None
            tokens.append(Token(norm, match.start(), end, word[:1].isupper(), initials))
    return tokens


def typed_in_capitals(text: str, tokens: Sequence[Token]) -> bool:
    """Most of the question's words are all capitals, a lower-case word or two aside ("LITTLE BRO JUST CAUGHT HIS
    FIRST FOUL BALL Pog"): its capitals say nothing of names. "I" and "A" are no sign either way."""
    written = [text[t.start:t.end] for t in tokens if t.end - t.start > 1]
    return sum(word.isupper() for word in written) * 2 > len(written)


def opens_sentence(text: str, tokens: Sequence[Token], position: int) -> bool:
    """The first word of the question or of a sentence in it ("... better career? Long post, sorry"): English
    capitalises it whatever it is. A dot after initials or a title ("T.O.", "Mr.") ends no sentence."""
    token = tokens[position]
    if token.start == 0 or position == 0:
        return True
    before = text[:token.start].rstrip()
    previous = tokens[position - 1]
    return before.endswith(("?", "!")) or (
        before.endswith(".") and not previous.is_initials and len(previous.norm) > 2)


def phrases_in(tokens: Sequence[Token], table: Mapping[tuple[str, ...], T],
               longest: int) -> Iterator[tuple[int, int, T]]:
    """(start, end, value) of each phrase of ``table`` in ``tokens``, longest first and none overlapping."""
    i = 0
    while i < len(tokens):
        for length in range(min(longest, len(tokens) - i), 0, -1):
            value = table.get(tuple(t.norm for t in tokens[i:i + length]))
            if value is not None:
                yield i, i + length, value
                i += length
                break
        else:
            i += 1
