"""A known hole before a season (NFL 1970, the first season every player is in a source) is noted only for a
career that can cross it: not for a player too young to have played the season before."""

from __future__ import annotations

from arena.debate.dossier import DossierReader, Window
from arena.stats.ports import StatStore


def test_a_rookie_of_the_holes_first_season_is_judged_over_his_career(debate_store: StatStore) -> None:
    # Pro-Football-Reference: Terry Bradshaw (born 1948) was drafted first overall in 1970 and played 1970-83;
    # Roger Staubach (born 1942) played for Dallas from 1969, and Calvin Hill (born 1947) from 1969.
    reader = DossierReader(debate_store)
    assert reader.dossier("nfl:pfr-terry-bradshaw-1970", Window()).hole_before is None
    assert reader.dossier("nfl:pfr-roger-staubach-1970", Window()).hole_before == 1970
