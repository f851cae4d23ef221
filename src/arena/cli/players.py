"""``arena player`` and ``arena leaders``: a player's seasons, career and awards; leaders for a stat."""

from __future__ import annotations

from collections import Counter
from typing import Annotated

import typer
from rich.console import Console

from arena.cli.context import open_services
from arena.cli.documents import print_json
from arena.cli.options import parse_league, seasons_text
from arena.cli.render import (
    championships_text,
    describe_player,
    leader_json,
    leaders_table,
    player_json,
    stat_tables,
    title_record_text,
)
from arena.errors import echo
from arena.stats import (
    GROUPS,
    SURNAME_SCORE,
    Career,
    League,
    Player,
    PlayerChampionship,
    PlayerNotFound,
    PlayerSeason,
    StatStore,
    TitleRecord,
    UnknownSeason,
    describe_gap,
    groups_with_key,
    leaders_note,
    parse_season,
    season_label,
)

# Exact, variant and surname matches score at least this; fuzzy ones score below it and become
# suggestions rather than a guess.
CONFIDENT_MATCH = SURNAME_SCORE

LeagueOption = Annotated[
    str | None, typer.Option("--league", "-l", help="nba, nfl, mlb or nhl.", show_default=False)
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]


def register(app: typer.Typer) -> None:
    """Add the player and leaders commands to the root app."""
    app.command("player")(player)
    app.command("leaders")(leaders)


def player(
    name: Annotated[str, typer.Argument(help='A name ("Michael Jordan", "jokic") or an id (nba:jordami01).')],
    league: LeagueOption = None,
    season: Annotated[
        str | None, typer.Option("--season", help="Only this season: 2016, 2015-16 or '16.", show_default=False)
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """A player's seasons, career totals and rates, awards, championships and Hall of Fame status."""
    wanted_league = parse_league(league) if league else None
    with open_services() as services:
        store = services.stats
        found, others = _resolve_player(store, name, wanted_league)
        seasons = store.seasons(found.id)
        if season is not None:
            year = parse_season(season, found.league, held=store.seasons_available(found.league))
            seasons = [s for s in seasons if s.season == year]
            if not seasons:
                played = seasons_text(found.league, (s.season for s in store.seasons(found.id)))
                raise UnknownSeason(
                    f"{found.name} has no {season_label(found.league, year)} season (seasons: {played})"
                )
        career = store.career(found.id)
        awards = store.awards(found.id)
        championships = store.championships(found.id)
        records = store.title_records(found.id)
    if as_json:
        print_json(player_json(found, seasons, career, awards, championships, records))
        return
    _show_player(found, others, seasons, career, [a.award for a in awards if a.is_winner], championships, records)


def leaders(
    league: Annotated[str, typer.Option("--league", "-l", help="nba, nfl, mlb or nhl.", show_default=False)],
    stat: Annotated[str, typer.Option("--stat", help="A stat key (points, passing_yards, era...).")],
    group: Annotated[
        str | None, typer.Option("--group", help="The stat group, when the key is in several.")
    ] = None,
    from_season: Annotated[
        str | None, typer.Option("--from", help="First season (2010, 2009-10 or '10).", show_default=False)
    ] = None,
    to_season: Annotated[
        str | None, typer.Option("--to", help="Last season (2019, 2018-19 or '19).", show_default=False)
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=1000, help="How many players.")] = 10,
    min_games: Annotated[
        int | None, typer.Option("--min-games", min=0, help="Minimum games (rates have a default rule).")
    ] = None,
    competition: Annotated[
        str | None, typer.Option("--competition", help="Rank within one of the league's competitions (MLB: al "
                                 "or nl, as the record books count titles).", show_default=False)
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """The leaders of a stat, summed over a season range (rates recomputed from the summed totals)."""
    chosen_league = parse_league(league)
    with open_services() as services:
        store = services.stats
        held = store.seasons_available(chosen_league)
        first = parse_season(from_season, chosen_league, held=held) if from_season else None
        last = parse_season(to_season, chosen_league, held=held) if to_season else None
        # The store checks the stat, group and seasons, naming close matches when one is unknown.
        rows = store.leaders(
            chosen_league, stat=stat, group=group, from_season=first, to_season=last, limit=limit,
            min_games=min_games, competition=competition,
        )
        # leaders() raised UnknownLeague if the league had no data, so a range is known here.
        available = held or (0, 0)
    first = available[0] if first is None else first
    last = available[1] if last is None else last
    stat_group = GROUPS[chosen_league][group] if group else groups_with_key(chosen_league, stat)[0]
    note = leaders_note(chosen_league, stat_group.name, first, last)
    ranked_in = competition.upper() if competition else None
    if as_json:
        print_json({
            "league": chosen_league.value,
            "group": stat_group.name,
            "stat": stat,
            "from_season": first,
            "to_season": last,
            "competition": ranked_in,
            "note": note,
            "leaders": [leader_json(stat_group, stat, row) for row in rows],
        })
        return
    console = Console(highlight=False)
    console.print(leaders_table(chosen_league, stat_group, stat, rows, first, last, ranked_in))
    if note is not None:
        console.print(note)


def _resolve_player(store: StatStore, name: str, league: League | None) -> tuple[Player, list[Player]]:
    """The player ``name`` means, and other players the name also fits; raises ``PlayerNotFound``."""
    if not name.strip():
        raise PlayerNotFound("no player name given: name one (\"Michael Jordan\") or give an id (nba:jordami01)")
    if ":" in name and name.split(":", 1)[0].lower() in {lg.value for lg in League}:
        return store.get_player(name.strip().lower()), []
    matches = store.find_players(name, league=league, limit=6)
    confident = [m.player for m in matches if m.score >= CONFIDENT_MATCH]
    if confident:
        return confident[0], confident[1:]
    where = f" in the {league.value.upper()}" if league else ""
    if not matches and not any(status.players for status in store.status()):
        raise PlayerNotFound(f"no player named {echo(name)}{where}: the stat store is empty; run `arena data import`")
    raise PlayerNotFound(f"no player named {echo(name)}{where}", [describe_player(m.player) for m in matches[:3]])


def _show_player(
    found: Player, others: list[Player], seasons: list[PlayerSeason], career: Career,
    honours: list[str], championships: list[PlayerChampionship], records: list[TitleRecord],
) -> None:
    console = Console(highlight=False)
    hof = ", Hall of Fame" if found.hall_of_fame else ""
    console.print(f"[bold]{found.name}[/bold] ({found.id}{hof})")
    if honours:
        counts = Counter(honours)
        console.print("Honours: " + ", ".join(f"{award} x{n}" if n > 1 else award for award, n in counts.items()))
    if championships:
        console.print("Championships: " + championships_text(championships))
    for record in records:
        console.print(title_record_text(record))
    for name, stat_group in GROUPS[found.league].items():
        rows = [(s.label, ", ".join(s.teams), s.groups[name]) for s in seasons if name in s.groups]
        if not rows:
            continue
        totals = career.groups.get(name)
        if totals is not None:
            # Totals a known hole cuts short are not a career: they say where they stop.
            cut = next((g.missing_after for g in career.gaps if g.group == name and g.missing_after), None)
            start = next((g.missing_before for g in career.gaps if g.group == name and g.missing_before), None)
            # Nor do totals across a group's seasons that no source holds (NFL defense 2017-2023).
            played = {s.season for s in seasons if name in s.groups}
            unheld = any(season not in played for g in career.gaps if g.group == name for season in g.missing)
            if start is not None:
                label = f"From {season_label(found.league, start)}"
            elif cut is not None:
                label = f"To {season_label(found.league, cut)}"
            else:
                label = "Seasons held" if unheld else "Career"
            rows.append((label, "", totals))
        for table in stat_tables(stat_group, rows, title=name.capitalize(), console=console,
                                 last_is_total=totals is not None):
            console.print(table)
        for gap in (g for g in career.gaps if g.group == name):
            console.print(f"  Over part of the career: {describe_gap(found.league, gap)}")
    if others:
        console.print("Also matching: " + "; ".join(describe_player(p) for p in others))
