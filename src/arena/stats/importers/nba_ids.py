"""The bridge from NBA stat rows to Basketball-Reference slugs, through ``Player Season Info.csv``.

The stat files name players (and ``Player Totals.csv`` adds a numeric id of its own); the index lists
every player-team-season under its slug. A row is matched by name, then by its upstream id learned from
other matched rows, then by elimination among the team-season's players nobody else claimed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from arena.stats.importers.csvrows import read_rows
from arena.stats.importers.nba_names import match_key, share_a_name
from arena.stats.ports import SourceReader

PLAYER_SEASON_INFO = "nba/bball-reference-datasets/Data/Player Season Info.csv"
MULTI_TEAM = "TOT"
_MULTI_TEAM_LABEL = re.compile(r"^\d+TM$")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")

TeamSeason = tuple[int, str, str]  # (season, competition, team as team_key gives it)


def team_key(team: str) -> str:
    """The multi-team total row is ``TOT`` in the 2021 totals and ``2TM``/``3TM``... in later files."""
    return MULTI_TEAM if _MULTI_TEAM_LABEL.match(team) else team


class Sighting(Protocol):
    """A stat row as the bridge sees it: who the upstream file says played where."""

    @property
    def season(self) -> int: ...

    @property
    def competition(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def team(self) -> str: ...

    @property
    def source_key(self) -> str:
        """The upstream file's own identity for the person (a numeric id, or the name)."""
        ...


@dataclass(frozen=True, slots=True)
class _Entry:
    slug: str
    team: str


class SeasonIndex:
    """``Player Season Info.csv``: who played for which team in which season, under which slug."""

    def __init__(self, rows: Iterable[tuple[int, str, str, str, str]]) -> None:
        self._by_name: dict[tuple[int, str, str], list[_Entry]] = defaultdict(list)
        self._by_key: dict[tuple[int, str, str], list[_Entry]] = defaultdict(list)
        self._at_team: dict[TeamSeason, set[str]] = defaultdict(set)
        self.names: dict[str, list[str]] = defaultdict(list)
        for season, competition, name, slug, team in rows:
            entry = _Entry(slug, team_key(team))
            self._by_name[season, competition, name].append(entry)
            self._by_key[season, competition, match_key(name)].append(entry)
            self._at_team[season, competition, entry.team].add(slug)
            if name not in self.names[slug]:
                self.names[slug].append(name)

    def lookup(self, season: int, competition: str, name: str, team: str) -> str | None:
        """The slug for a name in a season, using the team where two players share the name."""
        team = team_key(team)
        slug = _pick(self._by_name.get((season, competition, name), []), team)
        if slug is None:
            slug = _pick(self._by_key.get((season, competition, match_key(name)), []), team)
        return slug

    def players_at(self, where: TeamSeason) -> set[str]:
        return self._at_team.get(where, set())


def _pick(entries: list[_Entry], team: str) -> str | None:
    slugs = {e.slug for e in entries}
    if len(slugs) > 1:
        slugs = {e.slug for e in entries if e.team == team}
    return next(iter(slugs)) if len(slugs) == 1 else None


def read_season_index(source: SourceReader, last_season: int) -> SeasonIndex:
    rows = read_rows(source, PLAYER_SEASON_INFO, ("season", "lg", "player", "player_id", "team"))

    def entries() -> Iterable[tuple[int, str, str, str, str]]:
        for row in rows:
            season = row.integer("season")
            if season <= last_season:
                yield season, row.text("lg"), row.text("player"), row.text("player_id"), row.text("team")

    return SeasonIndex(entries())


def resolve_slugs(sightings: Sequence[Sighting], index: SeasonIndex) -> list[str]:
    """The slug of every sighting, in order."""
    slugs = [index.lookup(s.season, s.competition, s.name, s.team) for s in sightings]
    _fill_from_learned_ids(sightings, slugs, index)
    _fill_by_elimination(sightings, slugs, index)
    # Nothing in the shipped files reaches this; should a future file hold a player the index lacks,
    # the upstream identity still gives a stable id rather than dropping the row.
    return [slug or "unmatched-" + _NON_ALNUM.sub("-", match_key(s.source_key)).strip("-")
            for s, slug in zip(sightings, slugs, strict=True)]


def _where(s: Sighting) -> TeamSeason:
    return s.season, s.competition, team_key(s.team)


def _fill_from_learned_ids(
    sightings: Sequence[Sighting], slugs: list[str | None], index: SeasonIndex
) -> None:
    """Renamed players (``Enes Kanter`` -> ``Enes Freedom``) keep their upstream id in other seasons."""
    learned: dict[str, Counter[str]] = defaultdict(Counter)
    for s, slug in zip(sightings, slugs, strict=True):
        if slug is not None:
            learned[s.source_key][slug] += 1
    for i, s in enumerate(sightings):
        votes = learned.get(s.source_key)
        if slugs[i] is None and votes and len(votes) == 1:
            slug = next(iter(votes))
            if slug in index.players_at(_where(s)):
                slugs[i] = slug


def _fill_by_elimination(
    sightings: Sequence[Sighting], slugs: list[str | None], index: SeasonIndex
) -> None:
    """Match each unresolved upstream id to the one unclaimed index player on all of its team-seasons.

    Old spellings (``Cincinnatus Powell`` for ``Cincy Powell``, ``Wayne Englestad``) whose every row is
    unmatched resolve here; a candidate must still share a first or last name with the row.
    """
    claimed: dict[TeamSeason, set[str]] = defaultdict(set)
    pending: dict[str, list[int]] = defaultdict(list)
    for i, (s, slug) in enumerate(zip(sightings, slugs, strict=True)):
        if slug is None:
            pending[s.source_key].append(i)
        else:
            claimed[_where(s)].add(slug)
    progress = True
    while pending and progress:
        progress = False
        for key, rows in list(pending.items()):
            places = {_where(sightings[i]) for i in rows}
            candidates = set.intersection(*(index.players_at(p) - claimed[p] for p in places))
            name = sightings[rows[0]].name
            candidates = {c for c in candidates if any(share_a_name(name, n) for n in index.names[c])}
            if len(candidates) != 1:
                continue
            slug = candidates.pop()
            for i in rows:
                slugs[i] = slug
            for p in places:
                claimed[p].add(slug)
            del pending[key]
            progress = True
