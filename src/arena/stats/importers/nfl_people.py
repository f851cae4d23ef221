"""One identity per NFL player across PFR, nflverse and Fantasy.NFL.com.

nflverse's GSIS id is the identity wherever it reaches (1999-2023). PFR rows carry no id: they are
chained into careers by name and birth year (two "Jerry Rice"s differ in both era and age), and a PFR
career joins the GSIS id its matched 1999-2020 seasons point to, bringing its earlier seasons along.
A PFR career with no match keeps an id of its own, ``nfl:pfr-<name>-<first season>``.

NFL.com's career pages (1924-2016) join the player whose PFR seasons they agree with: the same name (or,
for a renamed player, the same season and exact yardage, both being official) and yardage that agrees in
most seasons both list. A page that joins nobody (seasons before 1970, defenders and kickers, who are
in no other file) is a player of its own, ``nfl:nflcom-<NFL.com id>``, and takes the nflverse seasons of
the player nflverse knows only as ``C.Bailey`` (a defender's or kicker's stray offensive play) when it
is the one page fitting him by initial, surname, seasons and clubs. Fantasy.NFL.com shares that id,
so a 2024 player (offense, defense or kicking) joins the page's player first, else the 2021-2023 player of
his name and position, else gets ``nfl:nflcom-<NFL.com id>`` himself: a rookie, or a player whose seasons
since 2017 no file holds (nflverse has offense only, so most defenders who began in 2017-2023, Nick Bosa
among them), seen from 2024 (:mod:`arena.stats.coverage` says a defense career seen from 2024 may have begun
earlier).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from arena.stats.importers.championships_nfl_early import code_of_club
from arena.stats.importers.nfl_fantasy import FantasySeason
from arena.stats.importers.nfl_names import NameKey, abbreviated_parts, full_name_key, full_name_parts, slug
from arena.stats.importers.nfl_nflcom import NflcomSeason
from arena.stats.importers.nfl_pfr import PfrSeason
from arena.stats.importers.nfl_stats import CONSISTENT_GAP, YARD_KEYS, yard_gap
from arena.stats.importers.nfl_teams import era_code_from_nflverse
from arena.stats.importers.nfl_weekly import WeeklySeason

# PFR's age column drifts by a year between some files (2020's in particular), so a career tolerates it.
_BIRTH_YEAR_SLACK = 1


@dataclass
class Person:
    """Everything known about one player, by season and source."""

    id: str
    pfr: dict[int, PfrSeason] = field(default_factory=dict)
    weekly: dict[int, WeeklySeason] = field(default_factory=dict)
    nflcom: dict[int, NflcomSeason] = field(default_factory=dict)
    fantasy: FantasySeason | None = None


def _birth_distance(row: PfrSeason, career: list[PfrSeason]) -> int:
    years = [r.birth_year for r in career if r.birth_year is not None]
    if row.birth_year is None or not years:
        return 0
    return min(abs(row.birth_year - y) for y in years)


def _chain_namesakes(pfr: Sequence[PfrSeason], indices: list[int]) -> list[list[int]]:
    """Careers of the players sharing one name: each season joins the career closest in birth year that
    has no row that season yet."""
    careers: list[list[int]] = []
    by_season: dict[int, list[int]] = defaultdict(list)
    for index in indices:
        by_season[pfr[index].season].append(index)
    for season in sorted(by_season):
        options = []
        for r_index in by_season[season]:
            for c_index, career in enumerate(careers):
                distance = _birth_distance(pfr[r_index], [pfr[i] for i in career])
                if pfr[career[-1]].season < season and distance <= _BIRTH_YEAR_SLACK:
                    options.append((distance, r_index, c_index))
        placed: set[int] = set()
        extended: set[int] = set()
        for _, r_index, c_index in sorted(options):
            if r_index not in placed and c_index not in extended:
                careers[c_index].append(r_index)
                placed.add(r_index)
                extended.add(c_index)
        careers.extend([i] for i in by_season[season] if i not in placed)
    return careers


def _pfr_careers(pfr: Sequence[PfrSeason]) -> list[list[int]]:
    by_name: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(pfr):
        by_name[full_name_key(row.name)].append(index)
    return [career for indices in by_name.values() for career in _chain_namesakes(pfr, indices)]


def _own_id(first: PfrSeason, taken: Mapping[str, Person]) -> str:
    base = f"nfl:pfr-{slug(first.name)}-{first.season}"
    # Namesakes who started the same season (1987 had two Steve Griffins in Atlanta) differ by age,
    # or at least by row, since one file holds one season.
    for candidate in (base, f"{base}-b{first.birth_year}"):
        if candidate not in taken:
            return candidate
    return f"{base}-row{first.line}"


class _Registry:
    def __init__(self) -> None:
        self.people: dict[str, Person] = {}

    def get(self, person_id: str) -> Person:
        person = self.people.get(person_id)
        if person is None:
            person = self.people[person_id] = Person(person_id)
        return person


def _attach_pfr(registry: _Registry, pfr: Sequence[PfrSeason], weekly: Sequence[WeeklySeason],
                matches: Mapping[int, int]) -> None:
    gsis_of_row = {p: f"nfl:{weekly[w].player_id}" for p, w in matches.items()}
    for p_index, person_id in gsis_of_row.items():
        registry.get(person_id).pfr[pfr[p_index].season] = pfr[p_index]
    for career in _pfr_careers(pfr):
        votes = Counter(gsis_of_row[i] for i in career if i in gsis_of_row)
        unmatched = [i for i in career if i not in gsis_of_row]
        if votes:
            # Unmatched seasons (before 1999, or missing from nflverse) follow the career's GSIS id.
            person = registry.get(votes.most_common(1)[0][0])
            joining = [i for i in unmatched if pfr[i].season not in person.pfr]
            person.pfr.update((pfr[i].season, pfr[i]) for i in joining)
            unmatched = [i for i in unmatched if i not in joining]
        if unmatched:
            own = registry.get(_own_id(pfr[unmatched[0]], registry.people))
            own.pfr.update((pfr[i].season, pfr[i]) for i in unmatched)


# Yardage that tells a renamed player's page from another's: both sources are official, so it is exact.
_YARDS_TO_TELL_APART = 100.0
_Yardage = tuple[float, ...]


def _yardage(stats: Mapping[str, float | None]) -> _Yardage:
    return tuple(stats.get(k) or 0.0 for k in YARD_KEYS)


def _page_candidates(people: Iterable[Person]) -> tuple[dict[str, set[str]], dict[tuple[int, _Yardage], set[str]]]:
    """Players with PFR seasons by name key, and by (season, exact yardage) where there is enough of it."""
    by_name: dict[str, set[str]] = defaultdict(set)
    by_yardage: dict[tuple[int, _Yardage], set[str]] = defaultdict(set)
    for person in people:
        for season, row in person.pfr.items():
            by_name[full_name_key(row.name)].add(person.id)
            if sum(abs(y) for y in _yardage(row.stats)) >= _YARDS_TO_TELL_APART:
                by_yardage[(season, _yardage(row.stats))].add(person.id)
    return by_name, by_yardage


def _agreement(person: Person, pages: Mapping[int, NflcomSeason]) -> int:
    """Seasons in which the page and the player's PFR rows agree on yardage, less those they do not."""
    score = 0
    for season, page in pages.items():
        row = person.pfr.get(season)
        if row is not None:
            score += 1 if yard_gap(row.stats, page.stats) <= CONSISTENT_GAP else -1
    return score


def _attach_nflcom(registry: _Registry, pages: Sequence[NflcomSeason]) -> None:
    """Each NFL.com profile joins the player it agrees with best (one profile per player), else becomes one."""
    by_profile: dict[str, dict[int, NflcomSeason]] = defaultdict(dict)
    for page in pages:
        by_profile[page.profile_id][page.season] = page
    by_name, by_yardage = _page_candidates(list(registry.people.values()))
    pairs = []
    for profile, seasons in by_profile.items():
        names = {full_name_key(page.name) for page in seasons.values()}
        candidates = {pid for name in names for pid in by_name.get(name, ())}
        candidates |= {pid for season, page in seasons.items()
                       for pid in by_yardage.get((season, _yardage(page.stats)), ())}
        for person_id in candidates:
            score = _agreement(registry.people[person_id], seasons)
            if score > 0:
                pairs.append((-score, profile, person_id))
    joined: set[str] = set()
    for _, profile, person_id in sorted(pairs):
        person = registry.people[person_id]
        if profile not in joined and not person.nflcom:
            person.nflcom = by_profile[profile]
            joined.add(profile)
    by_initial = dict(_known_only_by_initial(registry.people.values(), by_profile, joined))
    for profile, seasons in by_profile.items():
        if profile not in joined:
            person = registry.get(f"nfl:nflcom-{next(iter(seasons.values())).nflcom_id}")
            person.nflcom = seasons
            if profile in by_initial:  # the page's id stays his: the one earlier stores gave him
                person.weekly = registry.people.pop(by_initial[profile]).weekly


def _same_clubs(line: WeeklySeason, page: NflcomSeason) -> bool:
    weekly = {era_code_from_nflverse(team, line.season) for team in line.teams}
    return bool(weekly & {code_of_club(club, page.season) for club in page.clubs})


def _known_only_by_initial(people: Iterable[Person], by_profile: Mapping[str, Mapping[int, NflcomSeason]],
                           joined: set[str]) -> list[tuple[str, str]]:
    """Pairs (profile, player) for the players nflverse knows only as ``C.Bailey``: defenders and kickers
    with a stray offensive play, whom no PFR table lists, so the pass above cannot find them (Champ Bailey's
    page and his nflverse rows would be two players). A page joins such a player when its name fits his
    initial and surname, it lists every season of his up to its last one, with his club in each, and no
    other page or player fits as well; a "D.Brown" fitting two pages joins neither."""
    last_page_season = max((season for seasons in by_profile.values() for season in seasons), default=0)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for profile, seasons in by_profile.items():
        if profile not in joined:
            for key in full_name_parts(next(iter(seasons.values())).name):
                by_surname[key.surname].append(profile)
    fits: dict[str, set[str]] = defaultdict(set)
    for person in people:
        if person.pfr or person.nflcom or not person.weekly:
            continue
        lines = person.weekly.values()
        if any(line.display_name for line in lines):
            continue  # nflverse's own full name already names him
        keys = {abbreviated_parts(name) for line in lines for name in line.names}
        covered = [line for line in lines if line.season <= last_page_season]
        if not covered:
            continue
        for key in keys:
            for profile in by_surname.get(key.surname, ()):
                pages = by_profile[profile]
                named = any(key.accepts(part) for page in pages.values() for part in full_name_parts(page.name))
                if named and all(line.season in pages and _same_clubs(line, pages[line.season])
                                 for line in covered):
                    fits[person.id].add(profile)
    players_of: dict[str, set[str]] = defaultdict(set)
    for person_id, profiles in fits.items():
        for profile in profiles:
            players_of[profile].add(person_id)
    return [(next(iter(profiles)), person_id) for person_id, profiles in fits.items()
            if len(profiles) == 1 and len(players_of[next(iter(profiles))]) == 1]


# Fantasy.NFL.com's defensive files by position group; nflverse lists the position (2021-2023).
_NFLVERSE_POSITIONS: Mapping[str, tuple[str, ...]] = {
    "DB": ("CB", "FS", "SS", "S", "DB"), "DL": ("DE", "DT", "NT", "DL"), "LB": ("ILB", "MLB", "OLB", "LB"),
}
_DEFENSIVE = frozenset({*_NFLVERSE_POSITIONS, *(p for positions in _NFLVERSE_POSITIONS.values() for p in positions)})
_SPECIAL_TEAMS = frozenset({"K", "P", "LS"})


def _side(position: str) -> str:
    """Offense, defense or special teams: a namesake on the other side of the ball is another player."""
    if position in _DEFENSIVE:
        return "defense"
    return "special teams" if position in _SPECIAL_TEAMS else "offense"


class _RecentPlayers:
    """2021-2023 nflverse players by full name, where 2024 players are looked up."""

    def __init__(self, people: Iterable[Person]) -> None:
        self.by_name_position: dict[tuple[str, str], str] = {}
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.by_surname_position: dict[tuple[str, str], list[tuple[NameKey, str]]] = defaultdict(list)
        self.sides: dict[str, set[str]] = defaultdict(set)
        lines = sorted(
            (line for person in people for line in person.weekly.values() if line.display_name),
            key=lambda line: line.season,
        )
        for line in lines:  # later seasons overwrite earlier ones
            name, person_id = line.display_name or "", f"nfl:{line.player_id}"
            self.by_name[full_name_key(name)].add(person_id)
            self.sides[person_id].update(_side(position) for position in line.positions)
            for position in line.positions:
                self.by_name_position[(full_name_key(name), position)] = person_id
                for key in full_name_parts(name):
                    self.by_surname_position[(key.surname, position)].append((key, person_id))

    def find(self, name: str, position: str) -> str | None:
        """By full name and position; else a full name only one of them has, on the same side of the ball
        (Taysom Hill is a TE at NFL.com, a QB in nflverse; the Browns' defensive back A.J. Green of 2024 is
        not the receiver of 2021-2022); else a short form of the given name with the same surname and
        position, if only one player fits ("Jeff Wilson" for "Jeffery Wilson"). Fantasy.NFL.com's defensive
        positions are nflverse's position groups (DB for CB, FS and SS)."""
        key = full_name_key(name)
        positions = _NFLVERSE_POSITIONS.get(position, (position,))
        for listed in positions:
            person_id = self.by_name_position.get((key, listed))
            if person_id is not None:
                return person_id
        namesakes = self.by_name.get(key, set())
        if len(namesakes) == 1 and not self.sides[next(iter(namesakes))] - {_side(position)}:
            return next(iter(namesakes))
        fits = {
            person_id
            for part in full_name_parts(name)
            for listed in positions
            for known, person_id in self.by_surname_position.get((part.surname, listed), ())
            if known.accepts(part)
        }
        return fits.pop() if len(fits) == 1 else None


def _attach_fantasy(registry: _Registry, fantasy: Sequence[FantasySeason]) -> None:
    recent = _RecentPlayers(list(registry.people.values()))
    by_page = {page.nflcom_id: person.id for person in registry.people.values()
               for page in list(person.nflcom.values())[:1]}
    for season in fantasy:
        person_id = by_page.get(season.nflcom_id) or recent.find(season.name, season.position)
        person = registry.get(person_id or f"nfl:nflcom-{season.nflcom_id}")
        if person.fantasy is not None:  # two NFL.com players resolved to one: keep them apart
            person = registry.get(f"nfl:nflcom-{season.nflcom_id}")
        person.fantasy = season


def assign_people(pfr: Sequence[PfrSeason], weekly: Sequence[WeeklySeason], pages: Sequence[NflcomSeason],
                  fantasy: Sequence[FantasySeason], matches: Mapping[int, int]) -> list[Person]:
    """Every player, with his seasons from each source; ``matches`` pairs PFR and nflverse seasons."""
    registry = _Registry()
    for line in weekly:
        registry.get(f"nfl:{line.player_id}").weekly[line.season] = line
    _attach_pfr(registry, pfr, weekly, matches)
    _attach_nflcom(registry, pages)
    _attach_fantasy(registry, fantasy)
    return list(registry.people.values())
