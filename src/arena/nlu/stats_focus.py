"""What aspect of play a question is about: stat words mapped to the store's groups and keys.

A phrase ("goal scorer", "strikeouts") names a concept; the concept maps, per league and per role
(a pitcher or a batter, a goalie or a skater, a quarterback, a rusher or a receiver), to
:mod:`arena.stats.catalog` group and key pairs. League and position words ("NHL", "quarterback") are
read here too: they set the league and role of a ranking question that names no player.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Literal

from arena.nlu.model import StatFocus
from arena.nlu.text import Token
from arena.stats.catalog import League

Role = Literal["any", "qb", "rb", "wr", "batter", "pitcher", "skater", "goalie"]

_NBA, _NFL, _MLB, _NHL = League.NBA, League.NFL, League.MLB, League.NHL

# concept -> {(league, role): [(group, key), ...]}; role "any" applies to every role of the league.
_Mapping = dict[tuple[League, Role], tuple[tuple[str, str], ...]]
_CONCEPTS: dict[str, _Mapping] = {
    "scoring": {
        (_NBA, "any"): (("basketball", "points_per_game"), ("basketball", "points")),
        (_NHL, "skater"): (("skating", "points"), ("skating", "goals")),
        (_NFL, "qb"): (("passing", "passing_tds"),),
        (_NFL, "rb"): (("rushing", "rushing_tds"),),
        (_NFL, "wr"): (("receiving", "receiving_tds"),),
        (_MLB, "batter"): (("batting", "runs"),),
    },
    "points": {
        (_NBA, "any"): (("basketball", "points"), ("basketball", "points_per_game")),
        (_NHL, "skater"): (("skating", "points"), ("skating", "points_per_game")),
    },
    "points_per_game": {
        (_NBA, "any"): (("basketball", "points_per_game"),),
        (_NHL, "skater"): (("skating", "points_per_game"),),
    },
    "goals": {(_NHL, "skater"): (("skating", "goals"), ("skating", "goals_per_game"))},
    "assists": {
        (_NBA, "any"): (("basketball", "assists_per_game"), ("basketball", "assists")),
        (_NHL, "skater"): (("skating", "assists"),),
    },
    "rebounding": {(_NBA, "any"): (("basketball", "rebounds_per_game"), ("basketball", "rebounds"))},
    "blocks": {(_NBA, "any"): (("basketball", "blocks"), ("basketball", "blocks_per_game"))},
    "steals": {
        (_NBA, "any"): (("basketball", "steals"), ("basketball", "steals_per_game")),
        (_MLB, "batter"): (("batting", "stolen_bases"),),
    },
    "three_point": {(_NBA, "any"): (("basketball", "fg3_made"), ("basketball", "fg3_pct"))},
    "free_throws": {(_NBA, "any"): (("basketball", "ft_pct"), ("basketball", "ft_made"))},
    "shooting": {
        (_NBA, "any"): (("basketball", "true_shooting_pct"), ("basketball", "fg_pct"),
                        ("basketball", "fg3_pct")),
        (_NHL, "skater"): (("skating", "shooting_pct"), ("skating", "goals")),
    },
    "efficiency": {
        (_NBA, "any"): (("basketball", "true_shooting_pct"), ("basketball", "fg_pct")),
        (_NFL, "qb"): (("passing", "passer_rating"), ("passing", "yards_per_attempt")),
        (_NFL, "rb"): (("rushing", "yards_per_carry"),),
        (_NFL, "wr"): (("receiving", "yards_per_reception"),),
        (_MLB, "batter"): (("batting", "ops"),),
        (_MLB, "pitcher"): (("pitching", "whip"), ("pitching", "era")),
        (_NHL, "skater"): (("skating", "points_per_game"), ("skating", "shooting_pct")),
        (_NHL, "goalie"): (("goaltending", "save_pct"),),
    },
    "defense": {
        (_NBA, "any"): (("basketball", "steals"), ("basketball", "blocks"),
                        ("basketball", "defensive_rebounds")),
        (_NHL, "skater"): (("skating", "plus_minus"),),
        (_NHL, "goalie"): (("goaltending", "save_pct"), ("goaltending", "goals_against_avg")),
        (_MLB, "pitcher"): (("pitching", "era"),),
    },
    "passing": {
        (_NFL, "any"): (("passing", "passing_yards"), ("passing", "passing_tds")),
        (_NBA, "any"): (("basketball", "assists_per_game"), ("basketball", "assists")),
    },
    "passing_yards": {(_NFL, "any"): (("passing", "passing_yards"),)},
    "passing_tds": {(_NFL, "any"): (("passing", "passing_tds"),)},
    "interceptions": {(_NFL, "any"): (("passing", "interceptions"),)},
    "completions": {(_NFL, "any"): (("passing", "completion_pct"), ("passing", "completions"))},
    "passer_rating": {(_NFL, "any"): (("passing", "passer_rating"),)},
    "rushing": {(_NFL, "any"): (("rushing", "rushing_yards"), ("rushing", "rushing_tds"))},
    "yards_per_carry": {(_NFL, "any"): (("rushing", "yards_per_carry"),)},
    "receiving": {(_NFL, "any"): (("receiving", "receiving_yards"), ("receiving", "receptions"))},
    "receptions": {(_NFL, "any"): (("receiving", "receptions"),)},
    "yards": {
        (_NFL, "qb"): (("passing", "passing_yards"),),
        (_NFL, "rb"): (("rushing", "rushing_yards"),),
        (_NFL, "wr"): (("receiving", "receiving_yards"),),
    },
    "touchdowns": {
        (_NFL, "qb"): (("passing", "passing_tds"),),
        (_NFL, "rb"): (("rushing", "rushing_tds"),),
        (_NFL, "wr"): (("receiving", "receiving_tds"),),
    },
    "home_runs": {
        (_MLB, "batter"): (("batting", "home_runs"),),
        (_MLB, "pitcher"): (("pitching", "home_runs_allowed"),),
    },
    "hitting": {(_MLB, "batter"): (("batting", "batting_avg"), ("batting", "hits"))},
    "hits": {(_MLB, "batter"): (("batting", "hits"),), (_MLB, "pitcher"): (("pitching", "hits_allowed"),)},
    "batting_avg": {(_MLB, "batter"): (("batting", "batting_avg"),)},
    "obp": {(_MLB, "batter"): (("batting", "obp"),)},
    "slugging": {(_MLB, "batter"): (("batting", "slg"),)},
    "ops": {(_MLB, "batter"): (("batting", "ops"),)},
    "power": {(_MLB, "batter"): (("batting", "home_runs"), ("batting", "slg"))},
    "rbi": {(_MLB, "batter"): (("batting", "rbi"),)},
    "runs": {(_MLB, "batter"): (("batting", "runs"),)},
    "walks": {(_MLB, "batter"): (("batting", "walks"),), (_MLB, "pitcher"): (("pitching", "walks"),)},
    "strikeouts": {
        (_MLB, "pitcher"): (("pitching", "strikeouts"), ("pitching", "strikeouts_per_nine")),
        (_MLB, "batter"): (("batting", "strikeouts"),),
    },
    "era": {(_MLB, "pitcher"): (("pitching", "era"),)},
    "whip": {(_MLB, "pitcher"): (("pitching", "whip"),)},
    "pitching": {(_MLB, "pitcher"): (("pitching", "era"), ("pitching", "whip"), ("pitching", "strikeouts"))},
    "innings": {(_MLB, "pitcher"): (("pitching", "innings_pitched"),)},
    "wins": {
        (_MLB, "pitcher"): (("pitching", "wins"),),
        (_NHL, "goalie"): (("goaltending", "wins"),),
    },
    "saves": {
        (_MLB, "pitcher"): (("pitching", "saves"),),
        (_NHL, "goalie"): (("goaltending", "save_pct"),),
    },
    "save_pct": {(_NHL, "goalie"): (("goaltending", "save_pct"),)},
    "goals_against": {(_NHL, "goalie"): (("goaltending", "goals_against_avg"),)},
    "shutouts": {(_NHL, "goalie"): (("goaltending", "shutouts"),)},
    "goaltending": {(_NHL, "goalie"): (("goaltending", "save_pct"), ("goaltending", "goals_against_avg"),
                                       ("goaltending", "wins"))},
    "plus_minus": {(_NHL, "skater"): (("skating", "plus_minus"),)},
    "penalty_minutes": {(_NHL, "skater"): (("skating", "penalty_minutes"),)},
    "shots": {(_NHL, "skater"): (("skating", "shots"),)},
    "power_play": {(_NHL, "skater"): (("skating", "power_play_goals"),)},
    "game_winners": {(_NHL, "skater"): (("skating", "game_winning_goals"),)},
    "durability": {
        (_NBA, "any"): (("basketball", "games"),),
        (_NFL, "qb"): (("passing", "games"),),
        (_NFL, "rb"): (("rushing", "games"),),
        (_NFL, "wr"): (("receiving", "games"),),
        (_MLB, "batter"): (("batting", "games"),),
        (_MLB, "pitcher"): (("pitching", "games"),),
        (_NHL, "skater"): (("skating", "games"),),
        (_NHL, "goalie"): (("goaltending", "games"),),
    },
    "minutes": {(_NBA, "any"): (("basketball", "minutes_per_game"), ("basketball", "minutes"))},
    "turnovers": {(_NBA, "any"): (("basketball", "turnovers"),), (_NFL, "qb"): (("passing", "interceptions"),)},
}

_PHRASE_LISTS: dict[str, str] = {
    "scoring": "scoring, scorer, scorers, score, scores, scored, bucket getter, buckets, offense, offensive",
    "points": "points, pts",
    "points_per_game": "ppg, points per game, point per game",
    "goals": "goals, goal, goal scorer, goal scorers, goalscorer, goalscorers, goal scoring, sniper, snipers",
    "assists": "assists, assist, apg, playmaking, playmaker, playmakers, dimes",
    "rebounding": "rebounds, rebound, rebounding, rebounder, rebounders, boards, rpg",
    "blocks": "blocks, blocked shots, shot blocking, shot blocker, shot blockers, rim protection, bpg",
    "steals": "steals, steal, stolen bases, stolen base, spg",
    "three_point": "threes, three pointers, three pointer, 3 pointers, 3 point, three point, 3pt, from three",
    "free_throws": "free throws, free throw, ft",
    "shooting": "shooting, shooter, shooters, shot making",
    "efficiency": "efficiency, efficient, true shooting, ts",
    "defense": "defense, defence, defensive, defender, defenders, rim protector",
    "passing": "passing, passer, passers",
    "passing_yards": "passing yards, passing yds, pass yards, yards passing",
    "passing_tds": "touchdown passes, td passes, passing touchdowns, passing tds, passing td",
    "interceptions": "interceptions, ints, picks",
    "completions": "completion percentage, completions, completion, accuracy",
    "passer_rating": "passer rating, qb rating",
    "rushing": "rushing, rushing yards, rushing yds, rusher, rushers, running game, ground game",
    "yards_per_carry": "yards per carry, ypc",
    "receiving": "receiving, receiving yards, receiving yds, receiver, receivers",
    "receptions": "receptions, catches",
    "yards": "yards, yardage, yds",
    "touchdowns": "touchdowns, touchdown, tds, td",
    "home_runs": "home runs, home run, homers, homer, hrs, hr, dingers, longballs",
    "hitting": "hitting, hitter, hitters, contact",
    "hits": "hits",
    "batting_avg": "batting average, average, avg, ba",
    "obp": "on base percentage, obp, on base",
    "slugging": "slugging, slugging percentage, slg",
    "ops": "ops",
    "power": "power, slugger, sluggers",
    "rbi": "rbi, rbis, runs batted in",
    "runs": "runs, runs scored",
    "walks": "walks, bb",
    "strikeouts": "strikeouts, strikeout, ks, punchouts, whiffs",
    "era": "era, earned run average",
    "whip": "whip",
    "pitching": "pitching",
    "innings": "innings, innings pitched",
    "wins": "wins, victories",
    "saves": "saves",
    "save_pct": "save percentage, save pct",
    "goals_against": "goals against average, gaa, goals against",
    "shutouts": "shutouts, shutout",
    "goaltending": "goaltending",
    "plus_minus": "plus minus",
    "penalty_minutes": "penalty minutes, pim, penalties",
    "shots": "shots, shots on goal",
    "power_play": "power play goals, power play",
    "game_winners": "game winning goals, game winners, game winning goal",
    "durability": "durability, longevity, games played, availability",
    "minutes": "minutes, mpg",
    "turnovers": "turnovers",
}
_PHRASES: dict[tuple[str, ...], str] = {
    tuple(phrase.split()): concept
    for concept, phrases in _PHRASE_LISTS.items()
    for phrase in phrases.split(", ")
}

# League and position words: (league, role); role "any" when the word names only the league.
_CUE_LISTS: dict[tuple[League, Role], str] = {
    (_NBA, "any"): "nba, basketball, hoops, nba finals, point guard, point guards, shooting guard, "
                   "shooting guards, small forward, small forwards, power forward, power forwards, "
                   "big man, big men, baller, ballers",
    (_NFL, "any"): "nfl, football, gridiron, super bowl, super bowls",
    (_NFL, "qb"): "quarterback, quarterbacks, qb, qbs, signal caller, signal callers",
    (_NFL, "rb"): "running back, running backs, rb, rbs, halfback, halfbacks, tailback, tailbacks",
    (_NFL, "wr"): "wide receiver, wide receivers, wr, wrs, wideout, wideouts, tight end, tight ends, "
                  "receiver, receivers",
    (_MLB, "any"): "mlb, baseball, world series",
    (_MLB, "pitcher"): "pitcher, pitchers, starting pitcher, starting pitchers, ace, aces, reliever, "
                       "relievers, closer, closers, hurler, hurlers, starter, starters",
    (_MLB, "batter"): "hitter, hitters, batter, batters, slugger, sluggers, shortstop, shortstops, "
                      "catcher, catchers, outfielder, outfielders, first baseman, second baseman, "
                      "third baseman",
    (_NHL, "any"): "nhl, hockey, stanley cup, stanley cups",
    (_NHL, "goalie"): "goalie, goalies, goaltender, goaltenders, netminder, netminders, goalkeeper",
    (_NHL, "skater"): "skater, skaters, winger, wingers, defenseman, defensemen, defenceman, "
                      "defencemen, centreman",
}
_CUES: dict[tuple[str, ...], tuple[League, Role]] = {
    tuple(phrase.split()): cue for cue, phrases in _CUE_LISTS.items() for phrase in phrases.split(", ")
}
_LONGEST = max(len(p) for p in (*_PHRASES, *_CUES))
# "ERA" is a stat only when written in capitals; "era" is a word of the question ("the 90s era").
_CAPITALS_ONLY = frozenset({"era"})


@dataclass(frozen=True)
class FocusCues:
    """Stat concepts, leagues and roles a question names, and the token positions they used."""

    concepts: tuple[str, ...] = ()
    cues: tuple[tuple[League, Role], ...] = ()
    used: frozenset[int] = field(default_factory=frozenset)

    @property
    def leagues(self) -> list[League]:
        """Leagues named by league or position words, then those implied by league-specific stats."""
        named = [league for league, _ in self.cues]
        implied = [league for concept in self.concepts if len(leagues := _leagues_of(concept)) == 1
                   for league in leagues]
        return list(dict.fromkeys(named + implied))

    def roles(self, league: League) -> list[Role]:
        return [role for cue_league, role in self.cues if cue_league == league and role != "any"]


def _leagues_of(concept: str) -> list[League]:
    return list(dict.fromkeys(league for league, _ in _CONCEPTS[concept]))


def read_focus(tokens: Sequence[Token], text: str, *, exclude: Collection[int] = ()) -> FocusCues:
    """Stat phrases and league or position words in ``tokens`` (longest phrase first), leaving out
    positions in ``exclude`` (words already read as a name)."""
    concepts: list[str] = []
    cues: list[tuple[League, Role]] = []
    used: set[int] = set()
    i = 0
    while i < len(tokens):
        for length in range(min(_LONGEST, len(tokens) - i), 0, -1):
            if any(p in exclude for p in range(i, i + length)):
                continue
            words = tuple(t.norm for t in tokens[i:i + length])
            concept, cue = _PHRASES.get(words), _CUES.get(words)
            if concept in _CAPITALS_ONLY and not text[tokens[i].start:tokens[i].end].isupper():
                concept = None
            if concept is None and cue is None:
                continue
            if concept is not None:
                concepts.append(concept)
            if cue is not None:
                cues.append(cue)
            used.update(range(i, i + length))
            i += length - 1
            break
        i += 1
    return FocusCues(tuple(dict.fromkeys(concepts)), tuple(dict.fromkeys(cues)), frozenset(used))


def focus_for(concepts: Sequence[str], league: League, roles: Sequence[Role] = ()) -> list[StatFocus]:
    """Group and key pairs for ``concepts`` in ``league`` for a player of ``roles``.

    Without a matching role, a concept takes its league's first listed role (strikeouts are a
    pitcher's), and a two-way player's roles are tried in that same order.
    """
    found: list[StatFocus] = []
    for concept in concepts:
        mapping = _CONCEPTS[concept]
        in_league = [role for (mapped_league, role) in mapping if mapped_league == league]
        # The concept's own order decides between a two-way player's roles (strikeouts: pitching first).
        options = [role for role in in_league if role in roles or role == "any"] or in_league[:1]
        for role in options[:1]:
            found.extend(StatFocus(group=g, key=k, league=league.value) for g, k in mapping[(league, role)])
    return list(dict.fromkeys(found))


def catalogue_pairs() -> list[tuple[League, str, str]]:
    """Every (league, group, key) the concept table can produce, for checking against the catalogue."""
    return [(league, g, k) for mapping in _CONCEPTS.values() for (league, _), pairs in mapping.items()
            for g, k in pairs]
