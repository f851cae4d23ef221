"""The counts behind the operator's analytics, read in one transaction from the usage ledger (debates,
daily and monthly users), the usage records (players and questions), the subscriptions and the payments.

Days are UTC. Debates per day and players are counted here rather than in SQL, because SQLite and PostgreSQL
agree on neither date truncation nor JSON arrays; a range is at most a year of rows.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from arena.accounts.adapters import accounts, plans, subscriptions, usage_ledger
from arena.billing.adapters.tables import billing_payments
from arena.billing.analytics import MAU_DAYS, TOP, AnalyticsFigures, PlayerCount, QuestionCount
from arena.usage.adapters import usage

_PAYING = ("active", "trialing", "past_due")
_ENTITLED = (*_PAYING, "canceled")
_DEBATE = "debate"


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)


def _day(value: datetime) -> date:
    return (value if value.tzinfo is not None else value.replace(tzinfo=UTC)).astimezone(UTC).date()


def read_figures(conn: Connection, start: date, end: date) -> AnalyticsFigures:
    """The figures for the days ``start`` to ``end`` inclusive; "as of the end" means midnight after ``end``."""
    t0, t1 = _midnight(start), _midnight(end + timedelta(days=1))
    subs = subscriptions.c
    in_period = and_(subs.period_start <= t1, subs.period_end > t1)
    mrr = conn.execute(select(func.coalesce(func.sum(plans.c.price_cents), 0))
                       .select_from(subscriptions.join(plans, plans.c.name == subs.plan))
                       .where(subs.status.in_(_PAYING), in_period)).scalar()
    by_plan: dict[str, int] = dict.fromkeys(conn.execute(select(plans.c.name).order_by(plans.c.price_cents))
                                            .scalars(), 0)
    paid = conn.execute(select(subs.plan, func.count(func.distinct(subs.account_id)))
                        .where(subs.status.in_(_ENTITLED), in_period).group_by(subs.plan)).all()
    for plan, count in paid:
        by_plan[plan] = int(count)
    existing = conn.execute(select(func.count()).select_from(accounts).where(accounts.c.created_at < t1)).scalar()
    by_plan["free"] = max(0, int(existing or 0) - sum(count for plan, count in by_plan.items() if plan != "free"))

    revenue = {str(plan or "other"): int(total) for plan, total in conn.execute(
        select(billing_payments.c.plan, func.sum(billing_payments.c.amount_cents))
        .where(billing_payments.c.paid_at >= t0, billing_payments.c.paid_at < t1)
        .group_by(billing_payments.c.plan)).all()}

    ledger = usage_ledger.c
    days = Counter(_day(created) for created in conn.execute(
        select(ledger.created_at).where(ledger.action == _DEBATE, ledger.created_at >= t0, ledger.created_at < t1))
        .scalars())

    def users(since: datetime) -> int:
        return int(conn.execute(select(func.count(func.distinct(ledger.subject)))
                                .where(ledger.action == _DEBATE, ledger.created_at >= since,
                                       ledger.created_at < t1)).scalar() or 0)

    began = func.coalesce(subs.started_at, subs.period_start)
    first_paid = (select(subs.account_id, func.min(began).label("first")).group_by(subs.account_id)
                  .subquery("first_paid"))
    free_accounts = conn.execute(
        select(func.count()).select_from(accounts.outerjoin(first_paid, first_paid.c.account_id == accounts.c.id))
        .where(accounts.c.created_at < t1, or_(first_paid.c.first.is_(None), first_paid.c.first >= t0))).scalar()
    converted = conn.execute(select(func.count()).select_from(first_paid)
                             .where(first_paid.c.first >= t0, first_paid.c.first < t1)).scalar()

    def count_subscriptions(*conditions: Any) -> int:
        return int(conn.execute(select(func.count()).select_from(subscriptions).where(*conditions)).scalar() or 0)

    return AnalyticsFigures(
        start=start, end=end, mrr_cents=int(mrr or 0), revenue_by_plan=revenue, subscriptions_by_plan=by_plan,
        debates_by_day=dict(days),
        dau=users(t1 - timedelta(days=1)), mau=users(t1 - timedelta(days=MAU_DAYS)),
        free_accounts=int(free_accounts or 0), converted=int(converted or 0),
        paid_at_start=count_subscriptions(began < t0, or_(subs.ended_at.is_(None), subs.ended_at >= t0)),
        started=count_subscriptions(began >= t0, began < t1),
        ended=count_subscriptions(subs.ended_at >= t0, subs.ended_at < t1),
        top_players=_top_players(conn, t0, t1), top_questions=_top_questions(conn, t0, t1))


def _top_players(conn: Connection, t0: datetime, t1: datetime) -> list[PlayerCount]:
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    rows = conn.execute(select(usage.c.players).where(usage.c.created_at >= t0, usage.c.created_at < t1,
                                                      usage.c.players.is_not(None))).scalars()
    for players in rows:
        for player in players or ():
            counts[player["id"]] += 1
            names[player["id"]] = player["name"]
    return [PlayerCount(id=pid, name=names[pid], debates=n) for pid, n in counts.most_common(TOP)]


def _top_questions(conn: Connection, t0: datetime, t1: datetime) -> list[QuestionCount]:
    asked = func.lower(func.trim(usage.c.question))
    count = func.count().label("count")
    rows = conn.execute(select(asked.label("question"), count)
                        .where(usage.c.created_at >= t0, usage.c.created_at < t1, usage.c.question.is_not(None))
                        .group_by(asked).order_by(count.desc(), asked).limit(TOP)).all()
    return [QuestionCount(question=str(question), count=int(n)) for question, n in rows]
