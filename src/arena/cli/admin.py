"""``arena admin``: the operator's commands. ``arena admin analytics`` shows what ``GET /v1/admin/analytics``
answers, read from the database directly (it needs ARENA_ACCOUNTS_ENABLED, like the route)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from arena.billing import Analytics
from arena.cli.context import open_services
from arena.cli.documents import print_json
from arena.errors import ConfigurationError

admin_app = typer.Typer(help="The operator's commands (need ARENA_ACCOUNTS_ENABLED).", no_args_is_help=True)



def register(app: typer.Typer) -> None:
    """Add the admin command group to the root app."""
    app.add_typer(admin_app, name="admin")


@admin_app.command("analytics")
def analytics(
    start: Annotated[datetime | None, typer.Option("--from", formats=["%Y-%m-%d"], show_default=False,
                                                   help="First day (UTC), YYYY-MM-DD; default: 29 days before --to.")]
    = None,
    end: Annotated[datetime | None, typer.Option("--to", formats=["%Y-%m-%d"], show_default=False,
                                                 help="Last day (UTC), YYYY-MM-DD; default: today.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """MRR and revenue by plan, subscriptions by plan, debates per day, DAU/MAU, conversion, churn, and the
    most debated players and most asked questions over a range of days (a year at most)."""
    with open_services() as services:
        if services.billing is None:
            raise ConfigurationError("accounts are off: set ARENA_ACCOUNTS_ENABLED=true (and ARENA_JWT_SECRET)")
        report = services.billing.analytics(start.date() if start else None, end.date() if end else None)
    if as_json:
        print_json(report.as_dict())
    else:
        _print(report)


def _money(cents: int) -> str:
    return f"${cents / 100:,.2f}"


def _print(report: Analytics) -> None:
    console = Console()
    summary = Table("measure", "value", title=f"Arena analytics, {report.start} to {report.end}")
    for measure, value in (("MRR", _money(report.mrr_cents)), ("DAU", str(report.dau)), ("MAU", str(report.mau)),
                           ("conversion free to paid", f"{report.conversion_free_to_paid:.1%}"),
                           ("churn", f"{report.churn:.1%}")):
        summary.add_row(measure, value)
    console.print(summary)
    plans = Table("plan", "subscriptions", "revenue in range", title="Plans")
    for plan in dict.fromkeys([*report.subscriptions_by_plan, *report.revenue_by_plan]):
        plans.add_row(plan, str(report.subscriptions_by_plan.get(plan, 0)),
                      _money(report.revenue_by_plan.get(plan, 0)))
    console.print(plans)
    days = Table("date", "debates", title="Debates per day")
    for day in report.debates_per_day:
        days.add_row(day.day.isoformat(), str(day.debates))
    console.print(days)
    players = Table("player", "id", "debates", title="Top players")
    for player in report.top_players:
        players.add_row(player.name, player.id, str(player.debates))
    console.print(players)
    questions = Table("question", "asked", title="Top questions")
    for question in report.top_questions:
        questions.add_row(question.question, str(question.count))
    console.print(questions)
