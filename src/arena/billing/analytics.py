"""The operator's analytics over a date range: revenue, subscriptions, debates and who plays, computed from
the usage ledger, the usage records and the subscriptions (the figures come from the store; the ratios and
the calendar are worked out here)."""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from datetime import date, timedelta
from typing import Any

from arena.billing.errors import InvalidDateRange

MAX_RANGE_DAYS = 366
DEFAULT_RANGE_DAYS = 30
MAU_DAYS = 30
TOP = 10
# The report's JSON names where they are not its fields' names ("from" is a Python keyword): the one rule
# that both ``Analytics.as_dict`` and the API's response model apply.
JSON_NAMES = {"start": "from", "end": "to", "day": "date"}


@dataclass(frozen=True, slots=True)
class PlayerCount:
    id: str
    name: str
    debates: int


@dataclass(frozen=True, slots=True)
class QuestionCount:
    question: str
    count: int


@dataclass(frozen=True, slots=True)
class _Figures:
    """What the store reads for a range ``[start, end]`` of days (UTC) and the report shows as read.

    ``mrr_cents`` and the subscriptions by plan are as of the end of the range. ``dau`` counts the callers
    (accounts, and anonymous addresses) that started a debate on the last day of the range, ``mau`` those in
    the 30 days ending with it.
    """

    start: date
    end: date
    mrr_cents: int
    revenue_by_plan: dict[str, int]
    subscriptions_by_plan: dict[str, int]
    dau: int
    mau: int
    top_players: list[PlayerCount]
    top_questions: list[QuestionCount]


@dataclass(frozen=True, slots=True)
class AnalyticsFigures(_Figures):
    """Counts read from the database, from which the report works out the rest.

    ``paid_at_start`` counts the paid subscriptions entitled at the start of the range, ``started``/``ended``
    those that began/ended within it; ``free_accounts`` the accounts that existed at its start with no paid
    subscription yet, ``converted`` those whose first paid subscription began within the range (accounts made
    within it count as free before that).
    """

    debates_by_day: dict[date, int]
    free_accounts: int
    converted: int
    paid_at_start: int
    started: int
    ended: int


@dataclass(frozen=True, slots=True)
class DayCount:
    day: date
    debates: int


@dataclass(frozen=True, slots=True)
class Analytics(_Figures):
    """The report ``GET /v1/admin/analytics`` and ``arena admin analytics`` show.

    ``conversion_free_to_paid`` is the share of free accounts (at the start, or made within the range) that
    took a paid plan within it; ``churn`` the share of paid subscriptions (at the start, or begun within the
    range) that ended within it. Both are 0 over none.
    """

    debates_per_day: list[DayCount]
    conversion_free_to_paid: float
    churn: float

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON values, in the shape ``GET /v1/admin/analytics`` answers."""
        report: dict[str, Any] = _json_value(self)
        return report


def _json_value(value: Any) -> Any:
    """``value`` as JSON values: dataclasses as objects under their :data:`JSON_NAMES`, dates in ISO form."""
    if is_dataclass(value) and not isinstance(value, type):
        return {JSON_NAMES.get(f.name, f.name): _json_value(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list):
        return [_json_value(item) for item in value]
    if isinstance(value, dict):
        return {key: _json_value(item) for key, item in value.items()}
    return value.isoformat() if isinstance(value, date) else value


def date_range(start: date | None, end: date | None, *, today: date) -> tuple[date, date]:
    """The range asked for: ``end`` defaults to today, ``start`` to 30 days before ``end``; raises
    :class:`InvalidDateRange` when it runs backwards or spans more than a year."""
    end = end or today
    start = start or end - timedelta(days=DEFAULT_RANGE_DAYS - 1)
    if start > end:
        raise InvalidDateRange(f"the range starts ({start}) after it ends ({end})")
    if (end - start).days + 1 > MAX_RANGE_DAYS:
        raise InvalidDateRange(f"the range spans {(end - start).days + 1} days; at most {MAX_RANGE_DAYS}")
    return start, end


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def report(figures: AnalyticsFigures) -> Analytics:
    """The report from the store's ``figures``; every day of their range is listed."""
    days = [figures.start + timedelta(days=i) for i in range((figures.end - figures.start).days + 1)]
    shown = {f.name: getattr(figures, f.name) for f in fields(_Figures)}
    return Analytics(
        **shown, debates_per_day=[DayCount(day, figures.debates_by_day.get(day, 0)) for day in days],
        conversion_free_to_paid=_ratio(figures.converted, figures.free_accounts),
        churn=_ratio(figures.ended, figures.paid_at_start + figures.started))
