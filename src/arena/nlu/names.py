"""The player name index: every way a fan names a player, folded, with a fame-weighted score.

Keys are folded word sequences (:func:`arena.nlu.text.fold`): full names and the store's variants,
the curated aliases, surnames, and first names of the famous (a first name is only a key where a
famous player carries it). Misspelt words are corrected towards the words of famous players' keys,
by edit similarity first and by sound (Metaphone) second.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from importlib import resources

import jellyfish
from rapidfuzz import fuzz, process

from arena.nlu.entries import PlayerEntry
from arena.nlu.text import fold
from arena.nlu.vocabulary import is_stopword


class MatchKind(IntEnum):
    """How a key names a player, strongest first."""

    ALIAS = 0
    FULL = 1
    SURNAME = 2
    FIRST = 3


_KIND_WEIGHT = {MatchKind.ALIAS: 1.0, MatchKind.FULL: 1.0, MatchKind.SURNAME: 0.8, MatchKind.FIRST: 0.7}
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
FIRST_NAME_FAME = 0.5  # a first name is a key only for players at least this famous
FUZZY_FAME = 0.25  # misspellings are corrected towards the words of players at least this famous
SUGGESTION_FAME = 0.35
_PHONETIC_MATCH = 0.8
_CORRECTIONS = 3
_PHONETIC_FLOOR = 70  # a sound-alike must still share most letters ("messi" is not "moss")


@dataclass(frozen=True, slots=True)
class Scored:
    """A player a key may mean: ``score`` blends how the key names them, match quality and fame."""

    entry: int
    score: float
    kind: MatchKind
    quality: float
    needs_context: bool  # an obscure surname or a common-word alias: only read as a name in context


@dataclass(frozen=True, slots=True)
class _Posting:
    entry: int
    kind: MatchKind
    needs_context: bool


@dataclass(frozen=True, slots=True)
class AliasTable:
    """Curated nicknames: ``aliases`` are always names; ``context_aliases`` are also common words."""

    aliases: Mapping[str, tuple[str, ...]]
    context_aliases: Mapping[str, tuple[str, ...]]
    names: Mapping[str, str]

    @classmethod
    def bundled(cls) -> AliasTable:
        """The table shipped with Arena (``arena/nlu/aliases.json``)."""
        raw = json.loads(resources.files("arena.nlu").joinpath("aliases.json").read_text("utf-8"))
        return cls(
            aliases={pid: tuple(item.get("aliases", ())) for pid, item in raw.items()},
            context_aliases={pid: tuple(item.get("context_aliases", ())) for pid, item in raw.items()},
            names={pid: item["name"] for pid, item in raw.items()},
        )


def _score(kind: MatchKind, fame: float, quality: float) -> float:
    if kind is MatchKind.FULL:
        prior = 0.3 + 0.7 * fame
    elif kind is MatchKind.ALIAS:
        prior = 0.5 + 0.5 * fame
    else:
        prior = max(fame, 0.02)
    return _KIND_WEIGHT[kind] * prior * quality


def name_keys(name: str) -> tuple[list[str], str | None, str | None]:
    """Full-name keys, first name and surname of a display name ("Ken Griffey Jr." -> griffey)."""
    words = fold(name).split()
    full = [" ".join(words)]
    core = words
    while len(core) > 2 and core[-1] in _SUFFIXES:
        core = core[:-1]
    if core != words:
        full.append(" ".join(core))
    if len(core) < 2:
        return full, None, None
    surname = " ".join(core[1:])
    if len(core) > 2:
        full.append(f"{core[0]} {''.join(core[1:])}")
    return full, core[0], surname


class NameIndex:
    """Looks players up by any key; built once, read by any number of threads."""

    def __init__(self, entries: Sequence[PlayerEntry], aliases: AliasTable) -> None:
        self.entries = list(entries)
        self._by_id = {entry.id: i for i, entry in enumerate(self.entries)}
        postings: dict[str, dict[int, _Posting]] = {}

        def add(key: str, entry: int, kind: MatchKind, needs_context: bool = False) -> None:
            if not key or (" " not in key and is_stopword(key)):
                return
            slot = postings.setdefault(key, {})
            known = slot.get(entry)
            if known is None or kind < known.kind:
                slot[entry] = _Posting(entry, kind, needs_context)

        for i, entry in enumerate(self.entries):
            full, first, surname = name_keys(entry.name)
            for key in full:
                add(key, i, MatchKind.FULL)
            for variant in entry.variants:
                # Stored variants include nicknames ("The Great One", "Andy"): one word, or "the"
                # something, is a name only in context.
                keys, _, _ = name_keys(variant)
                for key in keys:
                    vague = " " not in key or key.startswith("the ")
                    add(key, i, MatchKind.SURNAME if " " not in key else MatchKind.FULL, vague)
            if surname:
                add(surname, i, MatchKind.SURNAME, needs_context=entry.fame < SUGGESTION_FAME)
                if " " in surname:
                    add(surname.replace(" ", ""), i, MatchKind.SURNAME, needs_context=True)
            if first and entry.fame >= FIRST_NAME_FAME:
                add(first, i, MatchKind.FIRST, needs_context=True)
        self.unknown_alias_ids = sorted(
            pid for pid in {*aliases.aliases, *aliases.context_aliases} if pid not in self._by_id
        )
        for table, needs_context in ((aliases.aliases, False), (aliases.context_aliases, True)):
            for pid, names in table.items():
                if pid in self._by_id:
                    for alias in names:
                        add(fold(alias), self._by_id[pid], MatchKind.ALIAS, needs_context)
        self._postings = {key: tuple(slot.values()) for key, slot in postings.items()}
        self.longest_key = max((key.count(" ") + 1 for key in self._postings), default=1)
        self._build_corrections()

    def _build_corrections(self) -> None:
        words: set[str] = set()
        for key, postings in self._postings.items():
            if any(p.kind is MatchKind.ALIAS or self.entries[p.entry].fame >= FUZZY_FAME for p in postings):
                words.update(w for w in key.split() if len(w) >= 3 and not is_stopword(w))
        self.correction_words = frozenset(words)
        by_length: dict[int, list[str]] = {}
        for word in sorted(words):
            by_length.setdefault(len(word), []).append(word)
        # Words within two letters of a length: the only ones a close enough edit can reach.
        self._near_length = {
            length: [w for n in range(length - 2, length + 3) for w in by_length.get(n, ())]
            for length in range(3, max(by_length, default=3) + 3)
        }
        self._phonetic: dict[str, list[str]] = {}
        for word in sorted(words):
            self._phonetic.setdefault(jellyfish.metaphone(word), []).append(word)
        self._famous_names = sorted({entry.name for entry in self.entries if entry.fame >= SUGGESTION_FAME})
        self._famous_keys = [fold(name) for name in self._famous_names]

    def __len__(self) -> int:
        return len(self._postings)

    def entry(self, player_id: str) -> PlayerEntry | None:
        index = self._by_id.get(player_id)
        return None if index is None else self.entries[index]

    def lookup(self, key: str, quality: float = 1.0) -> list[Scored]:
        """Players ``key`` names, best first."""
        scored = [
            Scored(p.entry, _score(p.kind, self.entries[p.entry].fame, quality), p.kind, quality, p.needs_context)
            for p in self._postings.get(key, ())
        ]
        return sorted(scored, key=lambda s: -s.score)

    def correct(self, word: str) -> list[tuple[str, float]]:
        """Famous players' words ``word`` may misspell, each with a 0..1 match quality, best first.

        Several are returned when they are about as close ("jordon": jordan, gordon), so the fame of
        the players behind them can decide.
        """
        if len(word) < 3 or word in self.correction_words:
            return []
        cutoff = 88.0 if len(word) <= 4 else 83.0 if len(word) <= 6 else 85.0
        choices = self._near_length.get(len(word), [])
        found = {choice: 0.95 * score / 100 for choice, score, _ in
                 process.extract(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=_CORRECTIONS)}
        for sound_alike in self._phonetic.get(jellyfish.metaphone(word), ()):
            if fuzz.ratio(word, sound_alike) >= _PHONETIC_FLOOR:
                found[sound_alike] = max(found.get(sound_alike, 0.0), _PHONETIC_MATCH)
        return sorted(found.items(), key=lambda item: -item[1])[:2 * _CORRECTIONS]

    def suggest(self, words: Iterable[str], limit: int = 3) -> list[str]:
        """Famous players' names closest to ``words`` (for "did you mean")."""
        found: dict[str, float] = {}
        for word in words:
            for _, score, position in process.extract(word, self._famous_keys, scorer=fuzz.WRatio,
                                                      limit=limit, score_cutoff=70):
                name = self._famous_names[position]
                found[name] = max(found.get(name, 0.0), score)
        return sorted(found, key=lambda name: -found[name])[:limit]
