"""Request and response bodies of plans, checkout, the customer portal, Stripe's webhook and analytics."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from arena.api.schemas.text import Name


class PlanListed(BaseModel):
    id: str = Field(examples=["basic"])
    name: str = Field(examples=["Basic"])
    debates_per_month: int | None = Field(description="None: unlimited.")
    api_calls_per_hour: int
    price_cents: int = Field(description="Per month.")
    currency: str = Field(examples=["usd"])
    features: list[str]


class PlansRead(BaseModel):
    plans: list[PlanListed] = Field(description="Cheapest first.")


class CheckoutCreate(BaseModel):
    plan: Name = Field(min_length=1, max_length=32, examples=["basic"])


class CheckoutRead(BaseModel):
    url: str = Field(description="Stripe Checkout: send the customer there to pay.")
    session_id: str


class PortalRead(BaseModel):
    url: str = Field(description="Stripe's Customer Portal: invoices, payment method, plan changes, cancelling.")


class WebhookReceived(BaseModel):
    received: bool = True
    duplicate: bool = Field(description="True: this event was applied before; nothing changed now.")


class DayDebates(BaseModel):
    date: date
    debates: int


class PlayerDebates(BaseModel):
    id: str
    name: str
    debates: int


class QuestionAsked(BaseModel):
    question: str
    count: int


class AnalyticsRead(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    from_: date = Field(alias="from")
    to: date
    mrr_cents: int
    revenue_by_plan: dict[str, int]
    subscriptions_by_plan: dict[str, int]
    debates_per_day: list[DayDebates]
    dau: int
    mau: int
    conversion_free_to_paid: float
    churn: float
    top_players: list[PlayerDebates]
    top_questions: list[QuestionAsked]
