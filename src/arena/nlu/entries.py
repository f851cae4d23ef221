"""What the parser keeps of each player: identity, roles, a fame prior and a one-line career summary.

The fame prior is computed from the stat store alone: career volume against the league's leaders,
career length, awards and selections, the Hall of Fame and a career reaching the latest seasons (the
players fans ask about most) rank the players of each league, and the rank sets the prior. It is what
makes "Jordan" Michael Jordan rather than DeAndre Jordan. A career still going into its league's latest season is
measured per season it has played (a rookie's one season is his rate, not a quarter of it). Awards weigh as much as
a league's source records them: the NFL's records only the MVP, so its players are ranked mostly on volume and rate.
A career running into a known hole of its group's sources that later resume (NFL defense 2017-2023) is not
ranked down for the seasons the sources lack (see ``_across_holes``). A group no volume stat measures (NFL
defense) is ranked among itself by its own measures, and a player's standing there is set on the league's scale
(``PlayerEntry.standing``, see ``_standings``): a star defender stands as high as a star receiver, his sacks never
weighed against passing yards. His fame stays his league's ranking: the group's sources hold only part of its
players and seasons (NFL.com's pages, a hole 2017-2023), so where the question speaks of no league, or a word
might be an everyday one, his fame decides.
"""

from __future__ import annotations

import heapq
import math
import pickle
from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple, overload

from arena.nlu.stats_focus import Role
from arena.stats import Brief, League, PlayerProfile, StatLine, league_spec, recorded
from arena.stats.leagues import KnownHole

_REFERENCE_RANK = 5  # volume is measured against the 5th-best career, so the very top all score 1
_FULL_CAREER_SEASONS = 15
_MIN_RATE_SEASONS = 4
_FAME_RANK_SCALE = 150  # the league's 151st most accomplished player has a prior of 0.5
_AWARD_KINDS_FOR_FULL_WEIGHT = 5  # a league whose source records fewer kinds of award (the NFL: MVP only)
_RECENT_SEASONS = 3  # careers reaching the league's last three seasons are the ones fans ask about most


@dataclass(frozen=True, slots=True)
class PlayerEntry:
    """One player as the name index knows them."""

    id: str
    name: str
    league: League
    first_season: int | None
    last_season: int | None
    roles: tuple[Role, ...]
    fame: float  # 0..1
    seasons: int = 0
    brief: tuple[float | None, ...] = ()  # the career numbers the summary shows
    honours: str = ""
    variants: tuple[str, ...] = ()
    position: str | None = None  # the first the store lists, upper case ("PF", "C")
    birth_year: int | None = None  # for a season asked by his age ("LeBron at 25")
    # His fame by his standing in a group of his league ranked apart (NFL defense, see ``_standings``), on the
    # league's scale; 0 where he is in none. Where his league is spoken of it weighs his namesakes of that league.
    standing: float = 0.0

    def __reduce__(self) -> tuple[type[PlayerEntry], tuple[object, ...]]:
        # Pickled as its fields in order, rebuilt through ``__init__``: the saved index holds an entry per
        # player (tens of thousands), and the slots dataclass's own state calls ``fields()`` for each one,
        # which made up a third of a CLI process's wait for its first answer.
        return PlayerEntry, tuple(getattr(self, name) for name in self.__slots__)

    @property
    def years(self) -> str:
        if self.first_season is None or self.last_season is None:
            return ""
        if self.first_season == self.last_season:
            return str(self.first_season)
        return f"{self.first_season}-{self.last_season}"

    @property
    def summary(self) -> str:
        """One line: "NBA 1985-2003, 15 seasons: 30.1 pts, 6.2 reb, 5.3 ast per game; 5x NBA MVP, ..."."""
        template, fields = _brief_of(self.league, self.roles[0])
        numbers = template.format(*(_fmt(v, field[2]) for v, field in zip(self.brief, fields, strict=True)))
        seasons = f"{self.seasons} season{'s' if self.seasons != 1 else ''}"
        line = f"{self.league.value.upper()} {self.years or 'no seasons'}, {seasons}: {numbers}"
        return f"{line}; {self.honours}" if self.honours else line


class SavedEntries(Sequence[PlayerEntry]):
    """The entries as a saved index holds them (:mod:`arena.nlu.index_cache`): each pickled on its own, end to end
    in one bytes object, and decoded the first time it is read. A question reads a few dozen of the tens of
    thousands; decoding them all made up a third of a command line's wait for its first answer. An entry is
    decoded once, so it is the same object at every read, from any thread."""

    def __init__(self, entries: Sequence[PlayerEntry]) -> None:
        encoded = [pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL) for entry in entries]
        self._blob = b"".join(encoded)
        self._ends = array("Q", accumulate(map(len, encoded)))
        self._decoded: dict[int, PlayerEntry] = {}

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> PlayerEntry: ...
    @overload
    def __getitem__(self, index: slice) -> list[PlayerEntry]: ...
    def __getitem__(self, index: int | slice) -> PlayerEntry | list[PlayerEntry]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        decoded = self._decoded.get(index)
        if decoded is None:
            position = range(len(self))[index]  # a negative index counts from the end; past it, IndexError
            decoded = self._decoded.get(position)
            if decoded is None:
                start = self._ends[position - 1] if position else 0
                entry: PlayerEntry = pickle.loads(self._blob[start:self._ends[position]])
                decoded = self._decoded.setdefault(position, entry)  # the first thread's decoding is everyone's
        return decoded

    def __getstate__(self) -> tuple[bytes, array[int]]:
        return self._blob, self._ends

    def __setstate__(self, state: tuple[bytes, array[int]]) -> None:
        self._blob, self._ends = state
        self._decoded = {}


@dataclass(frozen=True, slots=True)
class _References:
    """One league's yardsticks: the 5th-best career volume and volume per season of each group, and awards."""

    volume: dict[str, float]
    rate: dict[str, float]
    awards: float
    has_hall: bool
    award_kinds: int
    latest: int | None

    @classmethod
    def of(cls, raws: Sequence[_Raw]) -> _References:
        volumes: defaultdict[str, list[float]] = defaultdict(list)
        rates: defaultdict[str, list[float]] = defaultdict(list)
        for raw in raws:
            for group, volume in raw.volumes.items():
                volumes[group].append(volume)
                rates[group].append(_rate(volume, raw.seasons))
        return cls(
            volume={group: _reference(values) for group, values in volumes.items()},
            rate={group: _reference(values) for group, values in rates.items()},
            awards=_reference([raw.awards for raw in raws]),
            has_hall=any(raw.hall_of_fame for raw in raws),
            award_kinds=len(frozenset().union(*(raw.award_kinds for raw in raws))),
            latest=max((raw.last_season for raw in raws if raw.last_season is not None), default=None),
        )


def _reference(values: list[float]) -> float:
    top = heapq.nlargest(_REFERENCE_RANK, values)
    return top[-1] if top else 0.0


def _rate(volume: float, seasons: int) -> float:
    """Volume per season, over at least four seasons so that a short hot streak does not lead."""
    return volume / max(seasons, _MIN_RATE_SEASONS)


# A PlayerEntry's fields before its fame (id, name, league, first and last season, roles) and after it (seasons,
# brief, honours, name variants, first position, birth year).
_Identity = tuple[str, str, League, int | None, int | None, tuple[Role, ...]]
_Summary = tuple[int, tuple[float | None, ...], str, tuple[str, ...], str | None, int | None]


class _Raw(NamedTuple):
    """A player's merit inputs (a plain tuple: the build makes one per player, tens of thousands)."""

    volumes: dict[str, float]
    seasons: int
    awards: float
    hall_of_fame: bool
    award_kinds: frozenset[str]
    last_season: int | None  # through a hole's end where the career reached its start (see ``_across_holes``)
    # First seen in the season the sources of his group come back from a hole (NFL defense, 2024's totals after
    # 2017-2023): no career is seen to reach the latest seasons, only one season, so it earns no recency.
    # Otherwise the 900 such players, each a season of figures, outrank stars whose seasons the hole hides
    # (Aaron Donald, seen 2014-2016), pushing them among the league's obscure.
    first_seen_after_hole: bool
    # His totals in the stats of the group ranked apart (``LeagueSpec.apart_volume_stats``), by stat; empty
    # where he has no line in that group.
    apart: dict[str, float]


# Season MVPs weigh most; All-Star picks, All-League teams and the major trophies next; the rest little.
_MVP_AWARDS = frozenset({"mvp", "nba mvp", "aba mvp", "wha mvp", "hart", "cy young"})
_MAJOR_AWARDS = frozenset({
    "all-star", "all-nba", "all-aba", "all-baa", "all-mlb team", "all-star team", "all-pro", "art ross",
    "vezina", "norris", "conn smythe", "world series mvp", "nba dpoy", "ted lindsay", "rocket richard",
})


def _award_weight(award: str) -> float:
    if award in _MVP_AWARDS:
        return 3.0
    if award in _MAJOR_AWARDS:
        return 1.0
    if "rookie" in award or award.endswith("roy") or award == "calder":
        return 0.0
    return 0.5


def roles_of(league: League, positions: Iterable[str], career: Mapping[str, StatLine]) -> tuple[Role, ...]:
    """The roles a player's numbers belong to, the main one first (a two-way player has two)."""
    return league_spec(league).roles_of(frozenset(map(str.upper, positions)), career)


def _fmt(value: float | None, decimals: int = 0) -> str:
    if value is None:
        return "?"
    if decimals:
        text = f"{value:.{decimals}f}"
        return text[1:] if text.startswith("0.") else text
    return f"{value:,.0f}"


def _brief_of(league: League, role: Role) -> Brief:
    """What a one-line summary shows for a player of ``role``: a template and its (group, key, decimals)."""
    briefs = league_spec(league).briefs
    return briefs.get(role) or next(iter(briefs.values()))


def _brief(league: League, role: Role, career: Mapping[str, StatLine]) -> tuple[float | None, ...]:
    _, fields = _brief_of(league, role)
    return tuple([(career.get(group) or {}).get(key) for group, key, _ in fields])


def _award_label(award: str) -> str:
    if award == "all-star":
        return "All-Star"
    words = award.split()
    return " ".join(w.upper() if w in ("mvp", "nba", "aba", "wha") else w.capitalize() for w in words)


def _honours(award_counts: Mapping[str, int], hall_of_fame: bool) -> str:
    if not award_counts and not hall_of_fame:
        return ""
    parts = [f"{count}x {_award_label(award)}"
             for award, count in sorted(award_counts.items(), key=lambda item: -_award_weight(item[0]))
             if count and (_award_weight(award) >= 3 or award == "all-star")]
    if hall_of_fame:
        parts.append("Hall of Fame")
    return ", ".join(parts)


def fame_at_rank(rank: int) -> float:
    """The fame prior of a league's player with ``rank`` more accomplished players before him."""
    return 1.0 / (1.0 + rank / _FAME_RANK_SCALE)


class FameBuilder:
    """Collects profiles one at a time, then scores every player against their league's leaders."""

    def __init__(self) -> None:
        # Each player's entry fields before and after the fame: the entry is made once his fame is known (in
        # ``build``), rather than made here and copied there with it.
        self._pending: list[tuple[_Identity, _Summary]] = []
        # Each league's players, as each league ranks its own: their places in ``_pending`` and merit inputs.
        self._leagues: dict[League, tuple[list[int], list[_Raw]]] = {}
        self._closed_holes: dict[League, tuple[KnownHole, ...]] = {}

    def add(self, profile: PlayerProfile) -> None:
        player, career, award_counts = profile.player, profile.career, profile.award_counts
        league = player.league
        roles = roles_of(league, player.positions, career)
        spec = league_spec(league)
        if (closed := self._closed_holes.get(league)) is None:
            # The holes of a group's seasons its sources close (NFL defense 2017-2023): most leagues have none.
            closed = self._closed_holes[league] = tuple(hole for hole in spec.known_holes if hole.group is not None
                                                        and hole.after is not None and hole.resumes)
        seasons, last_season, spanned = _across_holes(closed, profile)
        volumes = {group: recorded(line, stat) for group, stat in spec.volume_stats if (line := career.get(group))}
        apart = {stat: recorded(line, stat) for group, stat in spec.apart_volume_stats
                 if (line := career.get(group))} if spec.apart_volume_stats else {}
        for group, scale in spanned.items():  # rare: a career across a hole its group's sources close
            volumes = {key: value * scale if key == group else value for key, value in volumes.items()}
            apart = {stat: value * scale if (group, stat) in spec.apart_volume_stats else value
                     for stat, value in apart.items()}
        # Most players won nothing: no generator to sum for them.
        awards = sum(_award_weight(award) * count for award, count in award_counts.items()) if award_counts else 0
        identity = (player.id, player.name, league, player.first_season, player.last_season, roles)
        summary = (profile.seasons, _brief(league, roles[0], career), _honours(award_counts, player.hall_of_fame),
                   player.name_variants, player.positions[0].upper() if player.positions else None,
                   player.birth_year)
        if (members := self._leagues.get(league)) is None:
            members = self._leagues[league] = ([], [])
        members[0].append(len(self._pending))
        after_hole = bool(closed) and any(hole.group in career and hole.resumes == player.first_season
                                          for hole in closed)
        members[1].append(_Raw(volumes, seasons, awards, player.hall_of_fame, frozenset(award_counts),
                               last_season, after_hole, apart))
        self._pending.append((identity, summary))

    def build(self) -> list[PlayerEntry]:
        """Every collected player with their fame prior filled in.

        A player's merit (volume, volume per season, length, awards, Hall of Fame, recency) ranks them
        within their league, and the rank sets the prior: 1.0 for the league's best, 0.5 at rank 151,
        and so on down. Ranks keep leagues comparable though their sources record different things.
        """
        fame = [0.0] * len(self._pending)
        standing = [0.0] * len(self._pending)
        for places, raws in self._leagues.values():
            refs = _References.of(raws)
            for rank, member in enumerate(_ranked(raws, refs)):
                fame[places[member]] = round(fame_at_rank(rank), 4)
            for member, apart_fame in _standings(raws, refs):
                standing[places[member]] = round(apart_fame, 4)
        return [PlayerEntry(*identity, fame[i], *summary, standing[i])
                for i, (identity, summary) in enumerate(self._pending)]


def _ranked(raws: Sequence[_Raw], refs: _References) -> list[int]:
    """The players ``raws`` holds, the most accomplished first, weighed against ``refs``, their yardsticks."""
    weigh = _MeritWeights.of(refs).merit
    merit = [weigh(raw) for raw in raws]
    # A reversed sort is stable too: players of equal merit keep the order they were added in.
    return sorted(range(len(raws)), key=merit.__getitem__, reverse=True)


def _standings(raws: Sequence[_Raw], refs: _References) -> Iterable[tuple[int, float]]:
    """The fame each player of the group ranked apart earns by his standing in it: the n-th of its N players ranks
    as far down his league (n/N of the way), the players of the other groups at his standing in theirs before him.

    The group's players are those whose best total in its stats, against the group's yardstick, is more than their
    best volume against the league's (``refs``): a tight end's tackle after an interception makes no defender of
    him, a pass rusher's touchdown catch on a fake no receiver. Their measures weigh only against each other (a
    corner's interceptions against the best corners'), as the league's volume stats weigh passing yards against
    passing yards. Set in the league by standing alone, the group has no more players above a standing than its
    share of the league's.
    """
    in_group = {i: raw._replace(volumes=raw.apart) for i, raw in enumerate(raws) if raw.apart}
    if not in_group:
        return
    yardsticks = _References.of(list(in_group.values())).volume

    def share(volumes: Mapping[str, float], against: Mapping[str, float]) -> float:
        return max((value / against[key] for key, value in volumes.items() if against.get(key)), default=0.0)

    members = [i for i, raw in in_group.items() if share(raw.volumes, yardsticks) > share(raws[i].volumes, refs.volume)]
    group = [in_group[i] for i in members]
    for standing, member in enumerate(_ranked(group, _References.of(group))):
        yield members[member], fame_at_rank(standing * len(raws) // len(group))


def _across_holes(holes: Iterable[KnownHole], profile: PlayerProfile) -> tuple[int, int | None, dict[str, float]]:
    """A career's seasons and last season as its merit counts them, across the holes its group's sources close.

    The sources of a group can lack a run of seasons for every player, then resume (NFL defense 2017-2023, with
    2024's totals): a career must not be ranked down for those seasons, or the stars of those years rank among
    the obscure. A career seen on both sides of the hole spans its seasons: its seasons count the span, its hole
    group's totals scaled up to it. One seen to the hole's first season may
    have gone on where no source follows: its last season counts as the hole's last. A career that ended before
    the hole gains nothing. It returns the career's seasons and last season, and by how much each group's totals
    are scaled. A hole no source closes (NHL goalies after 2017-18) has no last season to count to:
    crediting every career of its first season with the latest seasons would lift the retired among them too.
    """
    player = profile.player
    seasons, last_season, first = profile.seasons, player.last_season, player.first_season
    spanned: dict[str, float] = {}
    for hole in holes:
        if hole.group is None or hole.after is None or hole.resumes is None or hole.group not in profile.career \
                or first is None or last_season is None or first > hole.after:
            continue
        if last_season >= hole.resumes:
            span = last_season - first + 1
            if span > seasons:
                spanned[hole.group] = span / max(seasons, 1)
                seasons = span
        elif last_season == hole.after:
            last_season = hole.resumes - 1
    return seasons, last_season, spanned


@dataclass(frozen=True, slots=True)
class _MeritWeights:
    """How one league weighs a player's merit: worked out once per league, not once per player."""

    refs: _References
    latest: int | None
    hall_weight: float
    award_weight: float
    awards_ref: float
    volume_weight: float
    rate_weight: float
    total_weight: float

    @classmethod
    def of(cls, refs: _References) -> _MeritWeights:
        hall_weight = 0.20 if refs.has_hall else 0.0
        # Awards weigh as much as the source records them: one kind (the NFL's MVP) marks a handful of
        # seasons, so volume, not the lack of an MVP, ranks everyone else ("Eli Manning" is a star too).
        breadth = min(1.0, refs.award_kinds / _AWARD_KINDS_FOR_FULL_WEIGHT)
        award_weight = 0.35 * (2 + breadth) / 3
        # Without awards, production per season is what marks a star early in a career.
        volume_weight, rate_weight = 0.25 + 0.20 * (1 - breadth), 0.10 + 0.10 * (1 - breadth)
        return cls(refs, refs.latest, hall_weight, award_weight, refs.awards, volume_weight, rate_weight,
                   volume_weight + rate_weight + 0.20 + award_weight + hall_weight)

    def merit(self, raw: _Raw) -> float:
        refs = self.refs
        volume = rate = 0.0
        latest = self.latest
        # A career still going (into the league's latest season) is measured per season it has played: its few
        # seasons are what fans judge a young star by, and the floor of four would rank a rookie's best year as a
        # quarter of one. A career that ended had its chance to be long.
        active = latest is not None and raw.last_season == latest and not raw.first_seen_after_hole
        floor = 1 if active else _MIN_RATE_SEASONS
        for group, value in raw.volumes.items():
            if value > 0 and (ref := refs.volume.get(group, 0.0)) > 0:
                volume = max(volume, min(1.0, value / ref))
                rate = max(rate, min(1.0, value / max(raw.seasons, floor) / refs.rate[group]))
        length = min(1.0, raw.seasons / _FULL_CAREER_SEASONS)
        recent = 1.0 if not raw.first_seen_after_hole and latest is not None and raw.last_season is not None and \
            raw.last_season > latest - _RECENT_SEASONS else 0.0
        hall = 1.0 if raw.hall_of_fame else 0.0
        awards = min(1.0, raw.awards / self.awards_ref) if self.awards_ref > 0 else 0.0
        merit = (self.volume_weight * math.sqrt(volume) + self.rate_weight * rate + 0.10 * length
                 + self.award_weight * awards + self.hall_weight * hall + 0.10 * recent)
        return merit / self.total_weight
