"""The import-time rollups: the one-pass line equals the catalogue's ``stat_line`` on any rows."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from stat_samples import sample_nba

from arena.stats.catalog import GROUPS, StatGroup, stat_line
from arena.stats.rollups import StatRow, league_contexts, line, player_rollups

ALL_GROUPS = [g for groups in GROUPS.values() for g in groups.values()]


@st.composite
def group_and_rows(draw: st.DrawFn) -> tuple[StatGroup, list[dict[str, float]]]:
    stat_group = draw(st.sampled_from(ALL_GROUPS))
    value = st.floats(min_value=0, max_value=5000, allow_nan=False).map(lambda v: float(round(v)))
    # Each row records any subset of the counting stats, as eras do.
    rows = draw(st.lists(st.dictionaries(st.sampled_from(stat_group.counts), value), max_size=6))
    return stat_group, rows


@given(group_and_rows())
def test_line_equals_the_catalogue_stat_line(case: tuple[StatGroup, list[dict[str, float]]]) -> None:
    stat_group, rows = case
    assert line(stat_group, rows) == stat_line(stat_group, list(rows))


def test_profiles_and_contexts_count_only_the_league_competitions() -> None:
    data = sample_nba()
    rows = [StatRow(r.player_id, r.season, r.competition, r.group,
                    {k: v for k, v in r.stats.items() if v is not None}) for r in data.seasons]
    erving = next(r for r in player_rollups(data.league, data.players, rows, data.awards)
                  if r.profile.player.id == "nba:ervinju01")
    assert (erving.first_season, erving.last_season, erving.profile.games) == (1977, 1977, 82.0)
    assert 1972 not in [c.season for c in league_contexts(data.league, rows)]
