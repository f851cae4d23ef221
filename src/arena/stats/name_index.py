"""Finding players by name: accent-folded exact, variant, surname, sound-alike and first-name matches,
then fuzzy ones.

Pure and in memory: a store builds one :class:`NameIndex` per data version from its players. Scores are
on a 0-100 scale, one band per kind of match, so a better kind always ranks first:

=======  ==============================================================
score    match
=======  ==============================================================
100      the name, folded ("nikola jokic" for "Nikola Jokić")
97       a name variant the importer recorded ("Dr. J")
90       the surname alone ("jordan")
85       every word sounds alike (metaphone: "Micheal Jordon")
80       the first name alone ("lebron")
< 80     fuzzy: 0.79 x the edit-distance similarity, at least 75
=======  ==============================================================

Each kind is tried only when the better ones found nobody (the name and its variants count as one).
Within a band, the player with more games ranks first (then the smaller id), so "jordan" puts Michael
before DeAndre.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import jellyfish
from rapidfuzz import fuzz, process

from arena.stats.catalog import League
from arena.text import GENERATIONAL_SUFFIXES, namesake_of_generation, strip_accents

EXACT_SCORE = 100.0
VARIANT_SCORE = 97.0
SURNAME_SCORE = 90.0
SOUNDS_ALIKE_SCORE = 85.0
FIRST_NAME_SCORE = 80.0
_FUZZY_SCALE = 0.79
_FUZZY_CUTOFF = 75.0

_INITIALS = re.compile(r"\b([a-z])\.(?=[a-z]\.)")  # "j.j." -> "jj.", but "l.brown" keeps its period
_APOSTROPHES = re.compile(r"['’`´]")
_SEPARATORS = re.compile(r"[^a-z0-9]+")


def fold_name(name: str) -> str:
    """Lower-case ASCII words: accents, case and punctuation dropped ("Nikola Jokić" -> "nikola jokic").

    Initials and apostrophes join letters ("J.J. Redick" and "JJ Redick" fold alike, "O'Neal" is
    "oneal"); other periods ("L.Brown") and separators become single spaces.
    """
    text = name.lower() if name.isascii() else strip_accents(name.casefold())
    joined = _APOSTROPHES.sub("", _INITIALS.sub(r"\1", text))
    return _SEPARATORS.sub(" ", joined).strip()


def _words(folded: str) -> list[str]:
    """The words that identify a person: generational suffixes ("jr", "iii") dropped."""
    words = folded.split()
    return [w for w in words if w not in GENERATIONAL_SUFFIXES] or words


def _sounds(words: list[str]) -> str:
    return " ".join(jellyfish.metaphone(w) for w in words)


@dataclass(frozen=True)
class IndexedName:
    """What the index knows of one player: enough to match and to order equal matches by prominence."""

    player_id: str
    league: League
    name: str
    variants: tuple[str, ...]
    games: float
    first_season: int | None = None  # tells "Ken Griffey Jr." from his father when both are "Ken Griffey"


@dataclass(frozen=True)
class NameHit:
    player_id: str
    score: float


class NameIndex:
    """Looks players up by name (see the module docstring for the scores)."""

    def __init__(self, names: Iterable[IndexedName]) -> None:
        self._entries = list(names)
        self._exact: dict[str, list[int]] = defaultdict(list)
        self._variant: dict[str, list[int]] = defaultdict(list)
        self._surname: dict[str, list[int]] = defaultdict(list)
        self._sounds: dict[str, list[int]] = defaultdict(list)
        self._first: dict[str, list[int]] = defaultdict(list)
        # Per entry, what fuzzy matching compares: whole names (with variants) and single words.
        self._texts: list[tuple[str, ...]] = []
        self._name_words: list[tuple[str, ...]] = []
        # Fuzzy choices per (league or None, single-word query), built on first use: (strings, owners).
        self._choices: dict[tuple[League | None, bool], tuple[list[str], list[int]]] = {}
        for position, entry in enumerate(self._entries):
            folded = fold_name(entry.name)
            words = _words(folded)
            texts = dict.fromkeys([folded, *(fold_name(v) for v in entry.variants)])
            texts.pop("", None)
            self._texts.append(tuple(texts))
            self._name_words.append(tuple(dict.fromkeys((words[0], words[-1]))) if words else ())
            if not words:
                continue
            self._exact[folded].append(position)
            self._surname[words[-1]].append(position)
            self._sounds[_sounds(words)].append(position)
            if len(words) > 1:
                self._first[words[0]].append(position)
            for variant in list(texts)[1:]:
                self._variant[variant].append(position)

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, name: str, *, league: League | None = None, limit: int = 10) -> list[NameHit]:
        """Best matches for ``name``, at most ``limit``; empty when nothing is close."""
        query = fold_name(name)
        words = _words(query)
        if not words or limit <= 0:
            return []
        single = len(words) == 1
        # Each stage is tried only when the ones before it found nobody.
        stages = [[(self._exact, EXACT_SCORE, query), (self._variant, VARIANT_SCORE, query)],
                  [(self._surname, SURNAME_SCORE, query)] if single else [],
                  [(self._sounds, SOUNDS_ALIKE_SCORE, _sounds(words))],
                  [(self._first, FIRST_NAME_SCORE, query)] if single else []]
        scores: dict[int, float] = {}
        for stage in stages:
            for table, score, key in stage:
                for position in table.get(key, ()):
                    if league is None or self._entries[position].league == league:
                        scores.setdefault(position, score)
            if scores:
                break
        else:
            scores = self._fuzzy(query, self._fuzzy_choices(league, single), limit)
        ranked = sorted(scores.items(), key=lambda item: self._order(*item))
        ranked = self._generation(query.split()[-1], ranked)
        return [NameHit(self._entries[p].player_id, round(s, 1)) for p, s in ranked[:limit]]

    def _generation(self, suffix: str, ranked: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """With "Jr." or "Sr." typed, the namesake of that generation first, as an exact match."""
        if len(ranked) < 2 or suffix not in GENERATIONAL_SUFFIXES:
            return ranked
        core = _words(fold_name(self._entries[ranked[0][0]].name))
        namesakes = [item for item in ranked if _words(fold_name(self._entries[item[0]].name)) == core]
        chosen = namesake_of_generation(suffix, [self._entries[p].first_season for p, _ in namesakes])
        if chosen is None or len(namesakes) < 2:
            return ranked
        picked = namesakes[chosen]
        return [(picked[0], EXACT_SCORE)] + [item for item in ranked if item is not picked]

    def similar_ids(self, player_id: str, limit: int = 3) -> list[str]:
        """Ids that look like ``player_id`` (for "did you mean" on an unknown id)."""
        ids = [e.player_id for e in self._entries]
        return [text for text, _score, _index in process.extract(
            player_id, ids, scorer=fuzz.ratio, limit=limit, score_cutoff=70)]

    def _fuzzy_choices(self, league: League | None, single: bool) -> tuple[list[str], list[int]]:
        key = (league, single)
        if key not in self._choices:
            strings: list[str] = []
            owners: list[int] = []
            for position, entry in enumerate(self._entries):
                if league is None or entry.league == league:
                    texts = self._name_words[position] if single else self._texts[position]
                    strings.extend(texts)
                    owners.extend([position] * len(texts))
            self._choices[key] = (strings, owners)
        return self._choices[key]

    def _fuzzy(self, query: str, choices: tuple[list[str], list[int]], limit: int) -> dict[int, float]:
        strings, owners = choices
        found: dict[int, float] = {}
        # Several strings can belong to one player (and one word to many), so ask for more than needed.
        for _text, score, index in process.extract(
            query, strings, scorer=fuzz.ratio, limit=limit * 5, score_cutoff=_FUZZY_CUTOFF
        ):
            position = owners[index]
            found[position] = max(found.get(position, 0.0), score * _FUZZY_SCALE)
        return found

    def _order(self, position: int, score: float) -> tuple[float, float, str]:
        entry = self._entries[position]
        return (-score, -entry.games, entry.player_id)
