"""Plans (always), and, with accounts on, Stripe Checkout, the Customer Portal and Stripe's webhook."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request
from starlette.concurrency import run_in_threadpool

from arena.accounts import Plan
from arena.api.deps import ServicesDep
from arena.api.gateway import SignedInDep
from arena.api.problems import problem_responses
from arena.api.schemas.billing import CheckoutCreate, CheckoutRead, PlanListed, PlansRead, PortalRead, WebhookReceived
from arena.billing import BillingService

plans_router = APIRouter(tags=["billing"])
router = APIRouter(tags=["billing"])


def plan_listed(plan: Plan) -> PlanListed:
    return PlanListed(id=plan.name, name=plan.title or plan.name, debates_per_month=plan.debates_per_month,
                      api_calls_per_hour=plan.calls_per_hour, price_cents=plan.price_cents, currency=plan.currency,
                      features=list(plan.features))


@plans_router.get("/plans", responses=problem_responses(503))
async def list_plans(services: ServicesDep) -> PlansRead:
    """Every plan, cheapest first: limits, price and features, as the ``plans`` table holds them now."""
    plans = await run_in_threadpool(services.plan_store.plans)
    return PlansRead(plans=[plan_listed(plan) for plan in plans])


async def _billing(services: ServicesDep) -> BillingService:
    assert services.billing is not None  # this router is mounted only when accounts are on
    return services.billing


BillingDep = Annotated[BillingService, Depends(_billing)]


@router.post("/billing/checkout", status_code=201, responses=problem_responses(401, 422, 502, 503))
async def create_checkout(body: CheckoutCreate, signed_in: SignedInDep,
                          billing: BillingDep) -> CheckoutRead:
    """A Stripe Checkout Session for a paid plan. The plan changes once Stripe confirms the subscription
    through the webhook; while Stripe is unreachable, a 503 with ``Retry-After`` (the current plan stays)."""
    link = await run_in_threadpool(billing.checkout, signed_in.account, body.plan)
    return CheckoutRead(url=link.url, session_id=link.session_id)


@router.post("/billing/portal", status_code=201, responses=problem_responses(401, 409, 502, 503))
async def create_portal(signed_in: SignedInDep, billing: BillingDep) -> PortalRead:
    """A Stripe Customer Portal session for an account that checked out before (409 otherwise)."""
    return PortalRead(url=await run_in_threadpool(billing.portal, signed_in.account))


@router.post("/billing/webhook", responses=problem_responses(400, 503))
async def receive_webhook(request: Request, billing: BillingDep,
                          stripe_signature: str | None = Header(default=None, max_length=4096)) -> WebhookReceived:
    """Stripe's events, verified by their ``Stripe-Signature`` (a bad or stale one: 400) and applied once each,
    a late older event never undoing a newer one."""
    payload = await request.body()
    applied = await run_in_threadpool(billing.receive, payload, stripe_signature)
    return WebhookReceived(received=True, duplicate=not applied)
