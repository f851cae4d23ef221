"""Request and response bodies of plans, checkout, the customer portal, Stripe's webhook and analytics."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field
from pydantic.dataclasses import dataclass as pydantic_dataclass

from arena.api.schemas.text import Name
from arena.billing import JSON_NAMES, Analytics


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
    model_config = ConfigDict(extra="forbid")

    plan: Name = Field(min_length=1, max_length=32, examples=["basic"])


class CheckoutRead(BaseModel):
    url: str = Field(description="Stripe Checkout: send the customer there to pay.")
    session_id: str


class PortalRead(BaseModel):
    url: str = Field(description="Stripe's Customer Portal: invoices, payment method, plan changes, cancelling.")


class WebhookReceived(BaseModel):
    received: bool = True
    duplicate: bool = Field(description="True: this event was applied before; nothing changed now.")


# The analytics report is billing's ``Analytics`` itself, under its JSON names (``from``, ``to``, ``date``):
# one definition of its fields, validated and documented by Pydantic as the dataclass declares them.
AnalyticsRead = pydantic_dataclass(frozen=True, config=ConfigDict(
    title="AnalyticsRead", alias_generator=lambda name: JSON_NAMES.get(name, name), populate_by_name=True,
))(Analytics)
