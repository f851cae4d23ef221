"""Which players won which titles: a title goes to the players whose season ended with the champion.

A player traded during a season is credited by the team he finished it with (the last club of his
season, in the order the importer read his stints); one traded away from the eventual champion is not.
A player in several competitions in one season (an MLB trade between the leagues, a jump to the ABA or
the WHA) finishes with the last club of the competition he played in last, as the importer ordered them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from arena.stats.model import Championship, SeasonRow


def final_teams(seasons: Iterable[SeasonRow]) -> dict[tuple[str, int], str]:
    """The club each player ended each season with, by (player id, season).

    Rows of one player's season come in the order he played (within a competition ``teams`` is in
    order; across competitions the importers emit the first-played competition first). Only the first
    stat group seen decides, so a pitcher's batting and pitching rows cannot disagree.
    """
    finals: dict[tuple[str, int], str] = {}
    deciding_group: dict[tuple[str, int], str] = {}
    for row in seasons:
        key = (row.player_id, row.season)
        if not row.teams or deciding_group.setdefault(key, row.group) != row.group:
            continue
        finals[key] = row.teams[-1]
    return finals


def title_winners(seasons: Sequence[SeasonRow],
                  championships: Sequence[Championship]) -> list[tuple[str, Championship]]:
    """(player id, title) for every player whose season ended with that season's champion."""
    by_champion: dict[tuple[int, str], list[Championship]] = defaultdict(list)
    for title in championships:
        by_champion[(title.season, title.champion)].append(title)
    return sorted(
        ((player_id, title) for (player_id, season), team in final_teams(seasons).items()
         for title in by_champion.get((season, team), ())),
        key=lambda won: (won[0], won[1].season, won[1].title),
    )
