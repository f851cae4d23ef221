"""Team mentions with a season ("'96 Bulls", "the 2016 Warriors"), from the store's team seasons."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from arena.nlu.model import TeamRef
from arena.nlu.seasons import SeasonExpr
from arena.nlu.text import Token, fold
from arena.nlu.vocabulary import is_stopword
from arena.stats import LEAGUES, League, TeamSeason

# Short forms fans use for a club's nickname (folded): short form -> the nickname's last word.
_NICKNAMES = {short: word for spec in LEAGUES.values() for short, word in spec.nickname_short_forms.items()}
# Nicknames that are team words even where the store has no team season for them (the NFL's).
_TEAM_WORDS = frozenset(word for spec in LEAGUES.values() for word in spec.team_words)
_GAP_WORDS = frozenset({"the", "of", "in", "on", "from", "during", "vintage", "version"})  # "on the 96 team"
_LEAGUE_ORDER = tuple(sorted(LEAGUES, key=lambda league: LEAGUES[league].team_priority))


@dataclass(frozen=True, slots=True)
class TeamMatch:
    """A team named next to a season, with the token positions both take."""

    ref: TeamRef
    positions: frozenset[int]


_LASTING_SEASONS = 10


class _ClubSeason(NamedTuple):
    """What the index reads of a team season: a saved index loads some twenty thousand of them, and the store's
    records (results, stats, validated fields) took five times as long to load as these."""

    league: League
    team: str
    name: str
    season: int


class TeamIndex:
    """Club nicknames ("bulls", "trail blazers") to the store's team seasons."""

    def __init__(self, team_seasons: Iterable[TeamSeason]) -> None:
        self._seasons: dict[str, dict[tuple[League, int], _ClubSeason]] = {}
        leading: set[str] = set()
        in_city: defaultdict[str, set[tuple[League, str]]] = defaultdict(set)
        for record in team_seasons:
            team = _ClubSeason(record.league, record.team, record.name, record.season)
            words = fold(team.name).split()
            if len(words) > 1 and not is_stopword(words[0]):
                leading.add(words[0])
                in_city[words[0]].add((team.league, team.team))
                if len(words) > 2:
                    leading.add(f"{words[0]} {words[1]}")  # "st louis", "new york"
            for start in range(len(words)):
                key = " ".join(words[start:])
                if is_stopword(words[start]):
                    continue
                self._seasons.setdefault(key, {})[(team.league, team.season)] = team
        for short, last_word in _NICKNAMES.items():
            if last_word in self._seasons and short not in self._seasons:
                self._seasons[short] = self._seasons[last_word]
        self._in_city = dict(in_city)
        self.longest_key = max((key.count(" ") + 1 for key in self._seasons), default=1)
        # One-word nicknames ("bulls", "yankees"): a team's word, not a player's name, on its own.
        self.words = frozenset(key for key in self._seasons if " " not in key) | _TEAM_WORDS
        # The first word or two of a club's full name, its city or state ("cleveland", "st louis"): beside
        # a player, where he played rather than a namesake.
        self.cities = frozenset(leading - self.words)
        # The league of each one-word nickname only one league's clubs use ("raiders", not "kings"); a club
        # that kept it under ten seasons (the WHA's 1973 New York Raiders) does not make it another league's.
        leagues_of: dict[str, set[League]] = {}
        for spec in LEAGUES.values():  # the NFL's nicknames, which have no team seasons in the store
            for word in spec.team_words:
                leagues_of.setdefault(word, set()).add(spec.league)
        for key, seasons in self._seasons.items():
            if " " not in key:
                counts = Counter(league for league, _ in seasons)
                lasting = {league for league, n in counts.items() if n >= _LASTING_SEASONS}
                listed = leagues_of.setdefault(key, set())
                listed |= lasting or ({*counts} if not listed else set())
        self.league_of = {word: next(iter(leagues)) for word, leagues in leagues_of.items() if len(leagues) == 1}

    def __len__(self) -> int:
        return len(self._seasons)

    def clubs(self, word: str) -> set[tuple[League, str]]:
        """The (league, team code) of every club a one-word nickname ("cowboys", "cavs") has named: one the
        leagues' registries list, or one that lasted ("club" ended a short-lived club's name, no nickname)."""
        seasons = Counter((league, team.team) for (league, _), team in self._seasons.get(word, {}).items())
        found = {club for club, n in seasons.items() if n >= _LASTING_SEASONS or word in _TEAM_WORDS}
        for league, spec in LEAGUES.items():  # leagues with no team seasons in the store: their registry
            found |= {(league, code) for code, _, _ in spec.club_codes.get(word, ())}
        return found

    def clubs_of(self, word: str) -> set[tuple[League, str]]:
        """The clubs ``word`` names, by nickname ("heat") or, where the store holds their seasons, by the first word
        of their city ("miami")."""
        return self.clubs(word) or set(self._in_city.get(word, ()))

    def multiword_names(self, tokens: Sequence[Token]) -> set[int]:
        """The positions of clubs' names of several words ("Red Sox", "Blue Jays", "Boston Celtics"), with or
        without a season: their first words are the club's, not a player's ("Red" Schoendienst, Vida "Blue").
        A city alone ("st louis") is where a player played, and may be his name (Martin St. Louis)."""
        found: set[int] = set()
        for start in range(len(tokens)):
            for length in range(min(self.longest_key, len(tokens) - start), 1, -1):
                key = " ".join(t.norm for t in tokens[start:start + length])
                if key in self._seasons and key not in self.cities:
                    found.update(range(start, start + length))
                    break
        return found

    def find(self, text: str, tokens: Sequence[Token], exprs: Sequence[SeasonExpr],
             blocked: Collection[int] = (), *, least: int = 2, passable: Collection[int] = ()) -> list[TeamMatch]:
        """Teams with an adjacent season; only returned when at least ``least`` are found (two: team vs
        team; one: a club's player at a position, "the 85 bears qb"). Words at ``passable`` may stand between
        a club and its season (a position: "the 49ers quarterback in 1989")."""
        matches: list[TeamMatch] = []
        i = 0
        while i < len(tokens):
            found = self._at(text, tokens, exprs, blocked, i, [League(m.ref.league) for m in matches], passable)
            if found is None:
                i += 1
                continue
            matches.append(found)
            i = max(found.positions) + 1
        return matches if len(matches) >= least else []

    def _at(self, text: str, tokens: Sequence[Token], exprs: Sequence[SeasonExpr], blocked: Collection[int],
            start: int, leagues_so_far: list[League], passable: Collection[int]) -> TeamMatch | None:
        for length in range(min(self.longest_key, len(tokens) - start), 0, -1):
            positions = range(start, start + length)
            if any(p in blocked for p in positions):
                continue
            seasons = self._seasons.get(" ".join(t.norm for t in tokens[start:start + length]))
            if not seasons:
                continue
            expr, expr_positions = adjacent_season(tokens, exprs, start, start + length, passable)
            if expr is None or expr.first is None or expr.kind != "year":
                return None
            year = expr.first
            preference = [*leagues_so_far, *_LEAGUE_ORDER]
            options = sorted(
                ((league, season) for league, season in seasons if season == year.season(league)),
                key=lambda option: preference.index(option[0]),
            )
            if not options:
                return None
            team = seasons[options[0]]
            covered = {*positions, *expr_positions}
            first_char = min(tokens[start].start, expr.start)
            last_char = max(tokens[start + length - 1].end, expr.end)
            ref = TeamRef(league=team.league.value, team=team.team, name=team.name, season=team.season,
                          span=text[first_char:last_char])
            return TeamMatch(ref, frozenset(covered))
        return None


def _positions_of(tokens: Sequence[Token], expr: SeasonExpr) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.start >= expr.start and t.end <= expr.end]


def adjacent_season(tokens: Sequence[Token], exprs: Sequence[SeasonExpr], start: int,
                     end: int, passable: Collection[int] = ()) -> tuple[SeasonExpr | None, list[int]]:
    """The season expression right before or right after tokens ``start:end`` (gap words, and words at
    ``passable``, allowed between)."""
    def gap(p: int) -> bool:
        return tokens[p].norm in _GAP_WORDS or p in passable

    for expr in exprs:
        positions = _positions_of(tokens, expr)
        if not positions:
            continue
        if positions[-1] < start and all(gap(p) for p in range(positions[-1] + 1, start)):
            return expr, positions
        if positions[0] >= end and all(gap(p) for p in range(end, positions[0])):
            return expr, positions
    return None, []
