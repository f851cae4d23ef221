"""The player name index: every way a fan names a player, folded, with a fame-weighted score.

Keys are folded word sequences (:func:`arena.nlu.text.fold`): full names and the store's variants,
the curated aliases, surnames, and first names of the famous (a first name is only a key where a
famous player carries it). Misspelt words are corrected towards the words of famous players' keys,
by edit similarity first and by sound (Metaphone) second.
"""

from __future__ import annotations

import json
import marshal
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from importlib import resources
from typing import cast

import jellyfish
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from arena.nlu.entries import PlayerEntry, SavedEntries, fame_at_rank
from arena.nlu.frequency import is_english_word, is_known_word
from arena.nlu.nicknames import bundled_nicknames
from arena.nlu.text import fold, is_initials
from arena.nlu.vocabulary import COMMON_WORDS, SPORT_WORDS, is_stopword
from arena.text import GENERATIONAL_SUFFIXES


class MatchKind(IntEnum):
    """How a key names a player, strongest first."""

    ALIAS = 0
    FULL = 1
    SURNAME = 2
    FIRST = 3


_KIND_WEIGHT = {MatchKind.ALIAS: 1.0, MatchKind.FULL: 1.0, MatchKind.SURNAME: 0.8, MatchKind.FIRST: 0.7}
FIRST_NAME_FAME = 0.5  # a first name is a key only for players at least this famous
RARE_FIRST_NAME = 12  # ... and needs no context when at most this many players carry it
# A first name no other player of this much fame carries and no language uses as a word ("bijan", "puka", "pekka":
# the other Pekkas played a season or two) names its player from fame this low: fans call a young starter so long
# before his career makes him famous.
UNIQUE_FIRST_NAME_FAME = 0.15
FUZZY_FAME = 0.4  # misspellings are corrected towards the words of players at least this famous
SUGGESTION_FAME = 0.35
# A nickname's minor holder (arena.nlu.nicknames) weighs this much of his score: the main holder outranks him
# alone, and his league, club or contemporaries named beside him (each a boost of 1.6 or more) make him the one.
MINOR_HOLDER_WEIGHT = 0.5
MAX_POSTINGS = 40  # candidates kept per key: "Smith" names hundreds of players, the famous few matter
_PHONETIC_MATCH = 0.75
_CORRECTIONS = 3
_MIN_CORRECTED = 4  # three-letter words are too often acronyms ("WAR") to correct
_MIN_SLIP = 6  # the shortest word read as a lesser player's surname misspelt
_SLIP_QUALITY = 0.85
_SLIP_FAME = fame_at_rank(1_000)  # ... of a player among his league's 1,000 most accomplished
# Spellings English readers give names of other languages, as they are said: a Slavic or Greek "j"/"gi" is
# a "y" ("yokich", "yannis"), a final "ić" a "ch", a final "ds" a "z" ("bonz"). Metaphone, an English
# code, reads them as written; these spellings of both words are what the code then compares.
_AS_SAID = ((re.compile(r"^gi(?=[aeiou])"), "y"), (re.compile(r"j"), "y"), (re.compile(r"ic$"), "ich"),
            (re.compile(r"ds$"), "z"), (re.compile(r"ck|q(?!u)|c(?=[aou])"), "k"))
# The keys beside each key of a QWERTY keyboard: a letter typed for one of them is a slip of the finger.
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOUR_KEYS = {
    key: {other for r, other_row in enumerate(_KEY_ROWS) if abs(r - row) <= 1
          for c, other in enumerate(other_row) if other != key and abs(c - column) <= 1}
    for row, keys in enumerate(_KEY_ROWS) for column, key in enumerate(keys)}
# Letters that spell the same sound, or one made at the same place ("b", "p", "m": the lips), or that spellers swap
# ("Gretsky", "Mahones", "Lundquist", "bookie" for Mookie): a slip of the ear.
_SAID_ALIKE = ("aeiouy", "ckqgx", "szcx", "iy", "dt", "bpm", "mn", "vwf", "uvw", "gj", "lr")
_PHONETIC_FLOOR = 70  # a sound-alike must still share most letters ("messi" is not "moss")
_SUGGESTION_FLOOR = 70  # how alike a word must be to a famous player's word to suggest him


@dataclass(frozen=True, slots=True)
class Scored:
    """A player a key may mean: ``score`` blends how the key names them, match quality and fame."""

    entry: int
    score: float
    kind: MatchKind
    quality: float
    needs_context: bool  # an obscure surname or a common-word alias: only read as a name in context


@dataclass(frozen=True, slots=True)
class Correction:
    """A famous player's word a typed word may misspell; only a ``strong`` one stands without context."""

    word: str
    quality: float
    strong: bool
    alone: bool = True  # may stand as a one-word name; False for slips of a word that is itself a name
    # Said exactly as the famous word, spelt another way ("shack" for "shaq"): a spelling by ear, not a slip.
    homophone: bool = False


# (entry, kind, needs_context) packed into one int, ``entry << 3 | kind << 1 | needs_context``: the index holds
# over a hundred thousand, and as tuples each was an object the collector walked once the build was done.
_Posting = int
_KINDS = tuple(MatchKind)  # by value


@dataclass(frozen=True, slots=True)
class AliasTable:
    """Curated nicknames: ``aliases`` are always names; ``context_aliases`` are also common words."""

    aliases: Mapping[str, tuple[str, ...]]
    context_aliases: Mapping[str, tuple[str, ...]]
    names: Mapping[str, str]
    # (player id, nickname) of each nickname's minor holder (see arena.nlu.nicknames): weighed down.
    minor: frozenset[tuple[str, str]] = frozenset()

    @classmethod
    def bundled(cls) -> AliasTable:
        """The tables shipped with Arena: ``arena/nlu/aliases.json`` and the nicknames (``nicknames.csv``)."""
        raw = json.loads(resources.files("arena.nlu").joinpath("aliases.json").read_text("utf-8"))
        aliases = {pid: list(item.get("aliases", ())) for pid, item in raw.items()}
        context_aliases = {pid: list(item.get("context_aliases", ())) for pid, item in raw.items()}
        names = {pid: item["name"] for pid, item in raw.items()}
        for row in (nicknames := bundled_nicknames()):
            (context_aliases if row.needs_context else aliases).setdefault(row.player_id, []).append(row.nickname)
            names.setdefault(row.player_id, row.player)
        return cls(
            aliases={pid: tuple(listed) for pid, listed in aliases.items()},
            context_aliases={pid: tuple(listed) for pid, listed in context_aliases.items()},
            names=names,
            minor=frozenset((row.player_id, fold(row.nickname)) for row in nicknames if row.minor_holder),
        )


def score_of(kind: MatchKind, fame: float, quality: float) -> float:
    """How well a key names a player of this fame, by how it names him and how well it matches."""
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
    if len(words) == 2 and words[1] not in GENERATIONAL_SUFFIXES:  # most names: "first last"
        return [f"{words[0]} {words[1]}"], words[0], words[1]
    full = [" ".join(words), *_initials_keys(name, words)]
    core = words
    while len(core) > 2 and core[-1] in GENERATIONAL_SUFFIXES:
        core = core[:-1]
    if core != words:
        full.append(" ".join(core))
    if len(core) < 2:
        return full, None, None
    surname = " ".join(core[1:])
    if len(core) > 2:
        full.append(f"{core[0]} {''.join(core[1:])}")
    return full, core[0], surname


def _initials_keys(name: str, words: Sequence[str]) -> list[str]:
    """The given names as fans type their initials, run together: written as spaced initials ("J. R. Richard":
    "JR Richard") or hyphened ("Jean-Sebastien Giguere": "J-S Giguere", "JS Giguere")."""
    leading = next((i for i, word in enumerate(words) if len(word) > 1), len(words))
    if 2 <= leading < len(words):
        return [f"{''.join(words[:leading])} {' '.join(words[leading:])}"]
    written = name.split(maxsplit=1)[0]
    given = fold(written).split() if "-" in written else []
    if 2 <= len(given) < len(words):
        return [f"{''.join(part[0] for part in given)} {' '.join(words[len(given):])}"]
    return []


def _initial_and_surname(key: str) -> bool:
    """A key of one letter and a surname ("a green"), which reads as English ("a green jersey")."""
    first, _, rest = key.partition(" ")
    return len(first) == 1 and bool(rest)


def variant_keys(variant: str) -> list[str]:
    """Keys of a stored name variant: as written, and first and last word of a full given name
    ("Henry Louis Aaron" is also "henry aaron")."""
    key = fold(variant)
    first, _, rest = key.partition(" ")
    # A nickname ("The Russian Rocket") is no given name: "the rocket" is another player's.
    if " " in rest and first != "the":
        return [key, f"{first} {rest.rpartition(' ')[2]}"]
    return [key] if key else []


class NameIndex:
    """Looks players up by any key; built once, read by any number of threads."""

    def __init__(self, entries: Sequence[PlayerEntry], aliases: AliasTable) -> None:
        self.entries: Sequence[PlayerEntry] = list(entries)
        self.index_of = {entry.id: i for i, entry in enumerate(self.entries)}  # each player id's place in entries
        # Players whose careers reach their league's latest season: fans name them most, and by names their few
        # seasons have not yet made famous.
        latest: dict[str, int] = {}
        for entry in self.entries:
            if entry.last_season is not None and entry.last_season > latest.get(entry.league, 0):
                latest[entry.league] = entry.last_season
        self.current = frozenset(i for i, entry in enumerate(self.entries)
                                 if entry.last_season is not None and entry.last_season == latest[entry.league])
        self._postings = self._gather(aliases)
        self._minor = frozenset((fold(nickname), self.index_of[pid]) for pid, nickname in aliases.minor
                                if pid in self.index_of)
        self.longest_key = max((key.count(" ") + 1 for key in self._postings), default=1)
        # Players the tables give a nickname: ones fans talk about, however little the store records.
        self.nicknamed = frozenset(self.index_of[pid] for table in (aliases.aliases, aliases.context_aliases)
                                   for pid in table if pid in self.index_of)
        self.unknown_alias_ids = sorted(
            pid for pid in {*aliases.aliases, *aliases.context_aliases} if pid not in self.index_of
        )
        self._build_corrections(aliases)

    def __getstate__(self) -> dict[str, object]:
        # Saved (arena.nlu.index_cache) with the entries packed: a loaded index decodes only those read. The
        # postings, plain strings and ints, are marshalled: every question reads them, and marshal loads their
        # hundred thousand keys in half the time pickle does (no memo of each string).
        entries = self.entries
        return {**self.__dict__, "entries": entries if isinstance(entries, SavedEntries) else SavedEntries(entries),
                "_postings": marshal.dumps(self._postings)}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._postings = marshal.loads(cast(bytes, state["_postings"]))

    def _keys(self, aliases: AliasTable) -> Iterator[tuple[str, _Posting]]:
        """Every (key, posting): a lone common word is never a key, unless typed as initials ("T.O.")."""
        full_kind, surname_kind, first_kind = MatchKind.FULL << 1, MatchKind.SURNAME << 1, MatchKind.FIRST << 1
        keys = [name_keys(entry.name) for entry in self.entries]
        # A first name many players share ("Michael") is a name only in context; a rare one is not.
        first_names = Counter(first for _, first, _ in keys)
        # ... and those of players of note ("pekka": Rinne; the other Pekkas played a season or two).
        noted_first_names = Counter(first for entry, (_, first, _) in zip(self.entries, keys, strict=True)
                                    if entry.fame >= UNIQUE_FIRST_NAME_FAME)
        # Every player's first name: a surname right after one that names nobody with it ("ray lewis")
        # is someone the store lacks.
        self.first_names = frozenset(first for first in first_names if first)
        # The players of note each first name belongs to, whatever their fame as a key: "Lamar vs Jalen" is Jalen
        # Hurts, the one quarterback of note so called, though "jalen" alone names no one.
        noted_by_first: dict[str, list[int]] = {}
        for i, (entry, (_, first, _)) in enumerate(zip(self.entries, keys, strict=True)):
            if first and entry.fame >= UNIQUE_FIRST_NAME_FAME:
                noted_by_first.setdefault(first, []).append(i)
        self.noted_by_first = {first: tuple(held) for first, held in noted_by_first.items()}
        # ... and those many players carry ("tyler", "morgan"): before a star's own name ("perry"), a first name.
        self.common_first_names = frozenset(first for first, count in first_names.items()
                                            if first and count > RARE_FIRST_NAME)
        for i, (entry, (full, first, surname)) in enumerate(zip(self.entries, keys, strict=True)):
            posting = i << 3
            for key in full:
                if " " in key or not is_stopword(key):
                    yield key, posting | full_kind
            for variant in entry.variants:
                # Stored variants include nicknames ("The Great One", "Andy"): one word, or "the"
                # something, is a name only in context.
                for key in variant_keys(variant):
                    if _initial_and_surname(key):
                        continue  # "A.Green", "J.Graham": the surname alone already keys him
                    if " " not in key:
                        if not is_stopword(key):
                            yield key, posting | surname_kind | True
                    else:
                        yield key, posting | full_kind | key.startswith("the ")
            # A surname that is a word of the games ("Point") is keyed too: the mention finder reads it only as a side
            # of a comparison ("kuch vs point"), where no stat stands.
            if surname and (" " in surname or not is_stopword(surname) or surname in SPORT_WORDS):
                # A surname that is also an everyday word ("Bird") is weighed where it is read
                # (arena.nlu.mentions: the evidence it needs); here only an obscure one needs context.
                yield surname, posting | surname_kind | (entry.fame < SUGGESTION_FAME)
                if " " in surname:
                    yield surname.replace(" ", ""), posting | surname_kind | True
            if first and first not in COMMON_WORDS and not is_stopword(first) and (
                    entry.fame >= FIRST_NAME_FAME or (entry.fame >= UNIQUE_FIRST_NAME_FAME
                                                      and noted_first_names[first] == 1 and not is_known_word(first))):
                yield first, posting | first_kind | (first_names[first] > RARE_FIRST_NAME)
        for table, needs_context in ((aliases.aliases, False), (aliases.context_aliases, True)):
            for pid, names in table.items():
                index = self.index_of.get(pid, -1)
                for alias in names if index >= 0 else ():
                    key = fold(alias)
                    if key and (" " in key or is_initials(alias) or not is_stopword(key)):
                        alias_posting = index << 3 | MatchKind.ALIAS << 1 | needs_context
                        yield key, alias_posting
                        if key.startswith("mr "):  # the title spelt out: "mister october"
                            yield f"mister {key[3:]}", alias_posting

    def _gather(self, aliases: AliasTable) -> dict[str, _Posting | tuple[_Posting, ...]]:
        """Each key's postings: a lone posting as it is (most keys name one player), several as a tuple of the
        strongest. A bare int is no object the collector walks, and the index holds some ninety thousand."""
        lone: dict[str, _Posting] = {}
        several: dict[str, list[_Posting]] = {}  # every posting of a key that has more than one
        for key, posting in self._keys(aliases):
            if key in several:
                several[key].append(posting)
            elif key in lone:
                several[key] = [lone.pop(key), posting]
            else:
                lone[key] = posting
        postings: dict[str, _Posting | tuple[_Posting, ...]] = dict(lone)
        for key, held in several.items():
            strongest = self._strongest(held)
            postings[key] = strongest[0] if len(strongest) == 1 else strongest
        return postings

    def _strongest(self, postings: list[_Posting]) -> tuple[_Posting, ...]:
        """One posting per player (the strongest kind), most famous first, at most :data:`MAX_POSTINGS`."""
        best: dict[int, _Posting] = {}
        for posting in postings:
            known = best.get(posting >> 3)
            if known is None or posting & 7 < known & 7:  # the kind, then needs_context: False first
                best[posting >> 3] = posting
        entries = self.entries
        ranked = sorted(best.values(), key=lambda p: entries[p >> 3].fame, reverse=True)
        return tuple(ranked[:MAX_POSTINGS])

    def _build_corrections(self, aliases: AliasTable) -> None:
        """The words misspellings are corrected towards: famous players' names and every alias."""
        words: set[str] = set()
        names = [entry.name for entry in self.entries if entry.fame >= FUZZY_FAME]
        names += [alias for table in (aliases.aliases, aliases.context_aliases)
                  for pid, listed in table.items() if pid in self.index_of for alias in listed]
        for name in names:
            words.update(w for w in fold(name).split() if len(w) >= 3 and not is_stopword(w))
        self.correction_words = frozenset(words)
        by_length: dict[int, list[str]] = {}
        self._phonetic: dict[str, list[str]] = {}
        self._said: dict[str, list[str]] = {}
        for word in sorted(words):
            by_length.setdefault(len(word), []).append(word)
            self._phonetic.setdefault(jellyfish.metaphone(word), []).append(word)
            self._said.setdefault(jellyfish.metaphone(_as_said(word)), []).append(word)
        # Prominent players' surnames, by the lengths one slip reaches from them (see slip_of_a_surname).
        prominent = {surname for entry in self.entries if entry.fame >= _SLIP_FAME
                     and (surname := name_keys(entry.name)[2]) and surname.isalpha() and len(surname) >= _MIN_SLIP - 1}
        self._slip_words: dict[int, list[str]] = {}
        for surname in sorted(prominent):
            for length in (len(surname) - 1, len(surname), len(surname) + 1):
                self._slip_words.setdefault(length, []).append(surname)
        # Words within two letters of a length: the only ones a close enough edit can reach.
        self._near_length = {
            length: [w for n in range(length - 2, length + 3) for w in by_length.get(n, ())]
            for length in range(3, max(by_length, default=3) + 3)
        }

    def __len__(self) -> int:
        return len(self._postings)

    def entry(self, player_id: str) -> PlayerEntry | None:
        index = self.index_of.get(player_id)
        return None if index is None else self.entries[index]

    def lookup(self, key: str, quality: float = 1.0, *, needs_context: bool = False) -> list[Scored]:
        """Players ``key`` names (the most famous first); ``needs_context`` marks them all as needing it."""
        found = []
        held = self._postings.get(key, ())
        for posting in (held,) if isinstance(held, int) else held:
            entry, kind = posting >> 3, _KINDS[posting >> 1 & 3]
            score = score_of(kind, self.entries[entry].fame, quality)
            if (key, entry) in self._minor:
                score *= MINOR_HOLDER_WEIGHT
            found.append(Scored(entry, score, kind, quality, bool(posting & 1) or needs_context))
        return found

    def correct(self, word: str) -> list[Correction]:
        """Famous players' words ``word`` may misspell, best first.

        One typing slip (an edit) is a strong correction; two on a long word, or a word that only
        sounds alike, is weak. Several are returned when they are about as close ("jordon": jordan,
        gordon), so the fame of the players behind them can decide.
        """
        if len(word) < _MIN_CORRECTED or not word.isalpha():
            return []  # digits are no slip of a letter: "eli5", "cp3" are tags, not misspellings
        # A famous player's own word is read as typed alone; its slips only count inside a longer
        # name ("Aaron Rogers" is Aaron Rodgers, "Rogers" alone is Rogers Hornsby).
        known = word in self.correction_words
        edits = 1 if known or len(word) < 8 else 2
        found: dict[str, Correction] = {}
        # Two letters typed the wrong way round ("kershwa") are one slip, as a letter changed is.
        for choice, distance, _ in process.extract(word, self._near_length.get(len(word), []),
                                                   scorer=OSA.distance, score_cutoff=edits,
                                                   limit=_CORRECTIONS + 1):
            if choice != word and (distance > 1 or _a_slip(word, choice)):
                found[choice] = Correction(choice, 0.95 - 0.1 * distance, strong=distance <= 1, alone=not known)
        if not known:
            for sound_alike in self._phonetic.get(jellyfish.metaphone(word), ()):
                if sound_alike not in found and fuzz.ratio(word, sound_alike) >= _PHONETIC_FLOOR:
                    found[sound_alike] = Correction(sound_alike, _PHONETIC_MATCH, strong=False)
        # Never over a name spelt exactly ("yordan"), unless only obscure players carry it and a famous one's
        # word is said the same ("shack": Eddie Shack, or Shaq spelt by ear; the question's context chooses).
        said = _as_said(word)
        if not known and all(self.entries[s.entry].fame < FUZZY_FAME for s in self.lookup(word)):
            for sound_alike in self._said.get(jellyfish.metaphone(said), ()):
                alike = _as_said(sound_alike)
                if sound_alike not in found and (said == alike or (word not in self._postings
                                                                   and fuzz.ratio(said, alike) >= _PHONETIC_FLOOR)):
                    found[sound_alike] = Correction(sound_alike, _PHONETIC_MATCH, strong=False)
        found = {w: replace(c, homophone=_as_said(w) == said) for w, c in found.items()}
        return sorted(found.values(), key=lambda c: -c.quality)[:2 * _CORRECTIONS]

    def slip_of_a_surname(self, word: str) -> list[Scored]:
        """Prominent players (a league's 1,000 most accomplished) whose surname ``word`` misspells by one slip, where
        ``word`` is no word of any language and no slip of one ("nylandr": William Nylander), weakly: the famous
        players' words are corrected by :meth:`correct`, a lesser one's only so, in a question about sport."""
        if len(word) < _MIN_SLIP or not word.isalpha() or is_known_word(word):
            return []
        if word.endswith("s") and word[:-1] in self._postings:
            return []  # a name's plural is a family or a thing named after him ("the sedins"), no slip
        found = [s for surname, _, _ in process.extract(word, self._slip_words.get(len(word), ()), scorer=OSA.distance,
                                                        score_cutoff=1, limit=None)
                 for s in self.lookup(surname, _SLIP_QUALITY)
                 if s.kind is MatchKind.SURNAME and self.entries[s.entry].fame >= _SLIP_FAME]
        if not found:
            return []
        letters = "abcdefghijklmnopqrstuvwxyz"
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        edits = {a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        edits |= {a + c + b[1:] for a, b in splits if b for c in letters}
        edits |= {a + c + b for a, b in splits for c in letters}
        # A common word as near ("wondow": window) is what the slip may be of.
        return [] if any(is_english_word(edit) for edit in edits - {word}) else found

    def misremembered(self, first: str, surname: str) -> list[Scored]:
        """A famous player of first name ``first`` whose surname shares most letters with ``surname``, misremembered
        or cut short ("oscar robinson": Oscar Robertson; "randy mos": Randy Moss); each as named in full, weakly."""
        found: list[Scored] = []
        for scored in self.lookup(first):
            full = name_keys(self.entries[scored.entry].name)[2]
            if scored.kind is MatchKind.FIRST and full and fuzz.ratio(surname, full) >= _PHONETIC_FLOOR:
                found.extend(s for s in self.lookup(f"{first} {full}", _PHONETIC_MATCH) if s.entry == scored.entry)
        return found

    def sounds_like(self, word: str) -> list[Correction]:
        """Famous players' words that sound like ``word``, however differently spelt ("dunkin": duncan):
        too loose to stand alone, read only as part of a full name that exists ("tim dunkin")."""
        if len(word) < _MIN_CORRECTED or not word.isalpha():
            return []
        return [Correction(sound_alike, _PHONETIC_MATCH, strong=False, alone=False)
                for sound_alike in self._phonetic.get(jellyfish.metaphone(word), ()) if sound_alike != word]

    def suggest(self, words: Iterable[str], limit: int = 3) -> list[str]:
        """Famous players' names whose words are closest to ``words`` (for "did you mean")."""
        found: dict[str, float] = {}
        for word in (w for text in words for w in fold(text).split()):
            for choice, similarity, _ in process.extract(word, self._near_length.get(len(word), ()),
                                                          scorer=fuzz.ratio, score_cutoff=_SUGGESTION_FLOOR,
                                                          limit=limit):
                for scored in self.lookup(choice)[:1]:
                    name = self.entries[scored.entry].name
                    found[name] = max(found.get(name, 0.0), similarity * scored.score)
        return sorted(found, key=lambda name: -found[name])[:limit]


def _a_slip(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with one letter changed the way fans' fingers or ears change it: for a key beside
    it or a letter said alike ("Gretsky", "Mahones"). Any other letter is another word ("Coors" is no Cooks), and a
    letter added, dropped or two swapped are slips whatever they are."""
    if len(typed) != len(word):
        return True
    changed = [(a, b) for a, b in zip(typed, word, strict=True) if a != b]
    if len(changed) != 1:
        return True
    a, b = changed[0]
    return b in _NEIGHBOUR_KEYS.get(a, ()) or any(a in group and b in group for group in _SAID_ALIKE)


def _as_said(word: str) -> str:
    """``word`` spelt as an English reader says it (see :data:`_AS_SAID`)."""
    for pattern, sound in _AS_SAID:
        word = pattern.sub(sound, word)
    return word
