"""The league registry is the one place league facts live: every league has an entry, the catalogue,
qualifying rules, importers and parser read it, and no other module names a league member."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import arena
from arena.nlu.seasons import YearRef
from arena.stats.catalog import COUNTED_COMPETITIONS, GROUPS, season_label
from arena.stats.importers.registry import IMPORTERS
from arena.stats.leagues import LEAGUES, League, LeagueSpec, league_spec
from arena.stats.qualifying import qualifier

SRC = Path(arena.__file__).parent
# Only the registry and each league's importer may name a league: everything else asks the registry.
ALLOWED = (SRC / "stats" / "leagues", SRC / "stats" / "importers")
LEAGUE_MEMBER = re.compile(r"\bLeague\.(?:" + "|".join(league.name for league in League) + r")\b")

SPECS = [pytest.param(spec, id=league.value) for league, spec in LEAGUES.items()]


def test_every_league_has_one_entry_and_one_importer() -> None:
    assert list(LEAGUES) == list(League)
    assert all(spec.league is league for league, spec in LEAGUES.items())
    assert set(IMPORTERS) == set(League)


@pytest.mark.parametrize("spec", SPECS)
def test_entry_describes_only_its_own_groups_and_keys(spec: LeagueSpec) -> None:
    names = [group.name for group in spec.groups]
    assert all(group.league is spec.league for group in spec.groups)
    assert set(spec.qualifiers) == set(names) == set(spec.yardsticks)
    for name, rule in spec.qualifiers.items():
        counts = spec.groups[names.index(name)].counts
        assert set(rule.parts or (rule.key,)) <= set(counts)
        assert rule.alternative is None or rule.alternative[0] in counts
    for name, sticks in spec.yardsticks.items():
        keys = set(spec.groups[names.index(name)].keys)
        stats = {*sticks.totals, *sticks.per_game, *sticks.efficiency, *sticks.lead, sticks.peak, sticks.volume}
        assert stats <= keys, stats - keys
    pairs = [spec.default_ranking, *spec.volume_stats, *spec.apart_volume_stats,
             *((group, key) for _, fields in spec.briefs.values() for group, key, _ in fields),
             *(pair for by_role in spec.concepts.values() for focus in by_role.values() for pair in focus)]
    for group, key in pairs:
        assert group in names and key in spec.groups[names.index(group)].keys, (group, key)
    assert (spec.awards_through is None) == (not spec.awards)
    assert spec.counted_competitions


def test_catalogue_and_qualifying_read_the_registry() -> None:
    for league, spec in LEAGUES.items():
        assert list(GROUPS[league].values()) == list(spec.groups)
        assert COUNTED_COMPETITIONS[league] is spec.counted_competitions
        for name, rule in spec.qualifiers.items():
            assert qualifier(league, name) is rule


@pytest.mark.parametrize("spec", SPECS)
def test_season_numbering_follows_the_entry(spec: LeagueSpec) -> None:
    split = YearRef(2015, is_split=True)
    if spec.season_ends_in_year:
        assert (season_label(spec.league, 2016), split.season(spec.league)) == ("2015-16", 2016)
    else:
        assert (season_label(spec.league, 2016), split.season(spec.league)) == ("2016", 2015)


def test_no_module_outside_the_registry_and_importers_names_a_league() -> None:
    named = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for path in sorted(SRC.rglob("*.py")) if not any(path.is_relative_to(folder) for folder in ALLOWED)
        for number, line in enumerate(path.read_text().splitlines(), 1) if LEAGUE_MEMBER.search(line)
    ]
    assert named == []


def test_league_spec_is_the_registry_entry() -> None:
    assert all(league_spec(league) is spec for league, spec in LEAGUES.items())


def test_a_rate_title_minimum_scales_with_the_teams_games() -> None:
    rule = qualifier(League.NBA, "basketball")
    # 58 of 82 games, so 35 of a 50-game lockout season (35.4, to the nearest game), or 1,400 points.
    assert rule.is_met({"games": 35, "points": 0}, 50) and not rule.is_met({"games": 34, "points": 0}, 50)
    assert not rule.is_met({"games": 57, "points": 1399}, 82) and rule.is_met({"games": 57, "points": 1400}, 82)
    batting = qualifier(League.MLB, "batting")
    # 3.1 plate appearances per team game: Bill Madlock's 320 of 1981 for the 103-game Pirates.
    madlock = {"at_bats": 279, "walks": 34, "hit_by_pitch": 3, "sacrifice_flies": 4}
    assert batting.is_met(madlock, 103) and not batting.is_met(madlock, 111)
    # A whole number, as the record books state it: 502 plate appearances in 162 games (502.2), 183 field
    # goals in the 50 games of 1998-99 (182.9), 241 in the 66 of 2011-12 (241.46).
    assert batting.minimum(162) == 502
    field_goals = qualifier(League.NBA, "basketball", stat="fg_pct", season=2012)
    assert (field_goals.minimum(50), field_goals.minimum(66)) == (183, 241)
    assert qualifier(League.NBA, "basketball", min_games=20).minimum(82) == 20


def test_career_shooting_leaders_ask_the_record_books_minimums_in_proportion() -> None:
    # Basketball-Reference's career leaders: 250 three-pointers, 1,200 free throws, 2,000 field goals; a
    # single season keeps its own rule (82 three-pointers in 82 games since 2013-14).
    assert qualifier(League.NBA, "basketball", stat="fg3_pct", season=2016).minimum(82) == 82
    career = qualifier(League.NBA, "basketball", stat="fg3_pct")
    assert career.minimum(82 * 15) == 250 and career.minimum(82 * 2) == 164
    assert qualifier(League.NBA, "basketball", stat="ft_pct").minimum(82 * 15) == 1200
    assert qualifier(League.NBA, "basketball", stat="fg_pct").minimum(82 * 15) == 2000
    assert qualifier(League.NBA, "basketball", stat="points_per_game") is qualifier(League.NBA, "basketball")
