"""NFL player names across sources: full names (PFR, nflverse display, NFL.com) and ``T.Brady`` forms.

Keys fold case, accents, punctuation and generational suffixes, so "D.J. Moore", "DJ Moore" and
"Michael Pittman Jr." / "Michael Pittman" compare equal.

A player whom no source names in full keeps nflverse's ``C.Woodson``; ``curated_full_names.json`` gives the
full name of the prominent ones (Hall of Famers, MVPs), each row with its public reference.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache

from arena.stats.catalog import League
from arena.stats.importers.curated import CuratedRow, read_curated
from arena.text import GENERATIONAL_SUFFIXES, strip_accents

FULL_NAMES_FILE = "curated_full_names.json"

_DROPPED = re.compile(r"[.'’`\-]")
_CAMEL_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _tokens(name: str) -> list[str]:
    words = (_DROPPED.sub("", word) for word in strip_accents(name).lower().replace(",", " ").split())
    kept = [w for w in words if w]
    while len(kept) > 1 and kept[-1] in GENERATIONAL_SUFFIXES:
        kept.pop()
    return kept


def clean_pfr_name(raw: str) -> str:
    """A Pro-Football-Reference name without its ``*`` (Pro Bowl) and ``+`` (All-Pro) markers."""
    return raw.replace("*", "").replace("+", "").strip()


def full_name_key(name: str) -> str:
    """The comparison key of a full name: ``"Ja'Marr Chase"`` and ``"JaMarr Chase"`` share one."""
    return " ".join(_tokens(name))


def abbreviated_form(name: str) -> str:
    """nflverse's spelling without stray spaces: ``"R. Abdullah"`` becomes ``"R.Abdullah"``."""
    return re.sub(r"\.\s+", ".", name.strip(), count=1)


@dataclass(frozen=True)
class NameKey:
    """A name reduced to what both spellings share: the folded surname and the start of the first name."""

    surname: str
    given: str

    def accepts(self, other: NameKey) -> bool:
        """Same surname, and one given name starts with the other (``t`` fits ``tom``, ``dj`` fits ``d``)."""
        if self.surname != other.surname:
            return False
        return self.given.startswith(other.given) or other.given.startswith(self.given)


def full_name_parts(name: str) -> list[NameKey]:
    """Every reading of a full name as given names + surname: ``"Billy Joe Tolliver"`` is
    (``billy``, ``joetolliver``) or (``billyjoe``, ``tolliver``); ``"Amon-Ra St. Brown"`` starts with
    (``amonra``, ``stbrown``)."""
    tokens = _tokens(name)
    if len(tokens) < 2:
        return [NameKey("".join(tokens), "")]
    return [NameKey("".join(tokens[i:]), "".join(tokens[:i])) for i in range(1, len(tokens))]


def abbreviated_parts(name: str) -> NameKey:
    """``"T.Brady"``, ``"Tro.Brown"``, ``"A.St. Brown"``; a few nflverse rows hold a full or run-together
    name instead (``"Andre' Davis"``, ``"JulioJones"``)."""
    given, dot, surname = name.partition(".")
    if not dot:
        return full_name_parts(_CAMEL_BREAK.sub(" ", name))[-1]
    return NameKey("".join(_tokens(surname)), "".join(_tokens(given)))


def slug(name: str) -> str:
    """``"Jerry Rice"`` → ``jerry-rice``: the readable part of ids made for players without a GSIS id."""
    return "-".join(re.sub(r"[^a-z0-9]", "", t) for t in _tokens(name)) or "unknown"


class CuratedFullName(CuratedRow):
    """One row of ``curated_full_names.json``: nflverse's ``abbreviated`` name, the ``player``'s full name, and
    a club and span of his career (from the reference) that tell him from namesakes."""

    abbreviated: str
    player: str
    club: str
    played: tuple[int, int]


@cache
def curated_full_names() -> tuple[CuratedFullName, ...]:
    return read_curated(FULL_NAMES_FILE, CuratedFullName)


def curated_full_name(abbreviated: Collection[str], seasons: Iterable[tuple[int, tuple[str, ...]]]) -> str | None:
    """The curated full name of a player known only by ``abbreviated`` names (``"C.Woodson"``), whose
    ``seasons`` ((season, clubs) pairs) all lie within a row's span and include its club; None where no row
    fits."""
    seen = list(seasons)
    for row in curated_full_names():
        first, last = row.played
        if (row.league is League.NFL and row.abbreviated in abbreviated and seen
                and all(first <= season <= last for season, _ in seen)
                and any(row.club in clubs for _, clubs in seen)):
            return row.player
    return None
