"""Accounts: sign up, and what ``/v1/me`` says about the caller's plan, period, usage and limits."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from arena.accounts import Account, Plan, UsageSummary
from arena.api.gateway import AccountsDep, SignedInDep
from arena.api.problems import problem_responses
from arena.api.schemas.accounts import (
    AccountCreate,
    AccountRead,
    MeRead,
    PeriodRead,
    PlanRead,
    SubscriptionRead,
    UsageRead,
)

router = APIRouter(tags=["accounts"])


def account_read(account: Account) -> AccountRead:
    return AccountRead(id=account.id, email=account.email, is_admin=account.is_admin,
                       created_at=account.created_at)


def plan_read(plan: Plan) -> PlanRead:
    return PlanRead(name=plan.name, debates_per_month=plan.debates_per_month, calls_per_hour=plan.calls_per_hour,
                    price_cents=plan.price_cents, features=list(plan.features))


@router.post("/accounts", status_code=201, responses=problem_responses(422, 503))
async def create_account(body: AccountCreate, accounts: AccountsDep) -> AccountRead:
    """Sign up: a new account on the free plan (the email is trimmed and lower-cased). An email that already
    has an account gets the same answer and changes nothing, so that no one learns from a sign-up which emails
    have accounts; log in with its password instead."""
    assert accounts is not None  # this router is mounted only when accounts are on
    account = await run_in_threadpool(accounts.sign_up_quietly, body.email, body.password)
    return account_read(account)


@router.get("/me", responses=problem_responses(401, 503))
async def read_me(signed_in: SignedInDep) -> MeRead:
    """The caller's account, plan, current period, debates used in it, and the plan's limits."""
    summary: UsageSummary = await run_in_threadpool(signed_in.accounts.summary, signed_in.principal)
    allowance = summary.plan.debates_per_month
    return MeRead(account=account_read(summary.account), plan=plan_read(summary.plan),
                  period=PeriodRead(start=summary.period.start, end=summary.period.end),
                  usage=UsageRead(debates=summary.debates_used,
                                  debates_remaining=None if allowance is None
                                  else max(0, allowance - summary.debates_used)),
                  limits=plan_read(summary.plan),
                  subscription=None if summary.subscription is None else SubscriptionRead(
                      plan=summary.subscription.plan, status=summary.subscription.status,
                      current_period_end=summary.subscription.period_end,
                      cancel_at_period_end=summary.subscription.cancel_at_period_end))
