"""Finding players by name: accent-folded exact, variant and surname matches first, then fuzzy ones.

Pure and in memory: a store builds one :class:`NameIndex` per data version from its players.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from arena.stats.catalog import League

# Letters NFKD does not decompose into a base letter plus accents.
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d",
                          "þ": "th", "ı": "i"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
_PUNCTUATION = re.compile(r"[.'’`´]")
_SEPARATORS = re.compile(r"[^a-z0-9]+")

# Scores on a 0-100 scale; fuzzy matches are scaled below every exact tier so they always rank last.
EXACT_SCORE = 100.0
VARIANT_SCORE = 97.0
SURNAME_SCORE = 90.0
_FUZZY_SCALE = 0.89
_FUZZY_CUTOFF = 75.0


def fold_name(name: str) -> str:
    """Lower-case ASCII words: accents, case and punctuation dropped ("Nikola Jokić" -> "nikola jokic").

    Periods and apostrophes join letters ("J.J. Redick" and "JJ Redick" fold alike); other separators
    become single spaces.
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold().translate(_LETTERS))
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS.sub(" ", _PUNCTUATION.sub("", ascii_only)).strip()


def surname(folded: str) -> str:
    """The last word of a folded name that is not a generational suffix ("griffey jr" -> "griffey")."""
    words = [w for w in folded.split() if w not in _SUFFIXES] or folded.split()
    return words[-1] if words else ""


@dataclass(frozen=True)
class IndexedName:
    """What the index knows of one player: enough to match and to order equal matches by prominence."""

    player_id: str
    league: League
    name: str
    variants: tuple[str, ...]
    games: float


@dataclass(frozen=True)
class NameHit:
    player_id: str
    score: float


class NameIndex:
    """Looks players up by name; equal scores go to the player with more games, then the smaller id."""

    def __init__(self, names: Iterable[IndexedName]) -> None:
        self._entries = list(names)
        self._exact: dict[str, list[int]] = defaultdict(list)
        self._variant: dict[str, list[int]] = defaultdict(list)
        self._surname: dict[str, list[int]] = defaultdict(list)
        # Fuzzy choices per league (None = all): folded strings and the entry each belongs to.
        self._choices: dict[League | None, tuple[list[str], list[int]]] = {}
        for position, entry in enumerate(self._entries):
            folded = fold_name(entry.name)
            self._exact[folded].append(position)
            self._surname[surname(folded)].append(position)
            for variant in {fold_name(v) for v in entry.variants} - {folded}:
                self._variant[variant].append(position)
            for key in (None, entry.league):
                strings, owners = self._choices.setdefault(key, ([], []))
                for text in {folded, *(fold_name(v) for v in entry.variants)}:
                    strings.append(text)
                    owners.append(position)

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, name: str, *, league: League | None = None, limit: int = 10) -> list[NameHit]:
        """Best matches for ``name``, at most ``limit``; empty when nothing is close."""
        query = fold_name(name)
        if not query or limit <= 0:
            return []
        scores: dict[int, float] = {}
        tiers = [(self._exact, EXACT_SCORE), (self._variant, VARIANT_SCORE)]
        if " " not in query:
            tiers.append((self._surname, SURNAME_SCORE))
        for table, score in tiers:
            for position in table.get(query, ()):
                if league is None or self._entries[position].league == league:
                    scores.setdefault(position, score)
        if not scores:
            scores = self._fuzzy(query, league, limit)
        ranked = sorted(scores.items(), key=lambda item: self._order(item[0], item[1]))
        return [NameHit(self._entries[p].player_id, round(s, 1)) for p, s in ranked[:limit]]

    def _fuzzy(self, query: str, league: League | None, limit: int) -> dict[int, float]:
        strings, owners = self._choices.get(league, ([], []))
        found: dict[int, float] = {}
        # Several strings can belong to one player, so ask for more than needed and keep each player's best.
        for _text, score, index in process.extract(
            query, strings, scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=_FUZZY_CUTOFF
        ):
            position = owners[index]
            found[position] = max(found.get(position, 0.0), score * _FUZZY_SCALE)
        return found

    def _order(self, position: int, score: float) -> tuple[float, float, str]:
        entry = self._entries[position]
        return (-score, -entry.games, entry.player_id)

    def similar_ids(self, player_id: str, limit: int = 3) -> list[str]:
        """Ids that look like ``player_id`` (for "did you mean" on an unknown id)."""
        ids = [e.player_id for e in self._entries]
        return [text for text, _score, _i in process.extract(
            player_id, ids, scorer=fuzz.ratio, limit=limit, score_cutoff=70)]
