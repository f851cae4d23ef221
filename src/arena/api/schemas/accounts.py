"""Request and response bodies of accounts, logins, API keys and ``/v1/me``."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from arena.accounts import Scope
from arena.api.schemas.text import Name, Text


class AccountCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: Name = Field(min_length=3, max_length=320, examples=["ada@example.com"])
    password: Text = Field(max_length=1024, description="At least 10 characters.")


class AccountRead(BaseModel):
    id: str
    email: str
    is_admin: bool
    created_at: datetime


class LoginCreate(BaseModel):
    """A login as JSON; the OAuth2 password form (``grant_type=password``, ``username``, ``password``) works too."""

    model_config = ConfigDict(extra="forbid")

    email: Name = Field(max_length=320)
    password: Text = Field(max_length=1024)


class RefreshCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    refresh_token: Name = Field(max_length=256)


class TokenRead(BaseModel):
    """OAuth2's token response (RFC 6749 §5.1): the access token lasts ``expires_in`` seconds; the refresh
    token, 30 days, works once (refreshing hands out a new one)."""

    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    refresh_token: str


class PlanRead(BaseModel):
    name: str
    debates_per_month: int | None = Field(description="None: unlimited.")
    calls_per_hour: int
    price_cents: int
    features: list[str]


class PeriodRead(BaseModel):
    start: datetime
    end: datetime


class UsageRead(BaseModel):
    debates: int
    debates_remaining: int | None = Field(description="None: unlimited.")


class SubscriptionRead(BaseModel):
    plan: str
    status: str = Field(description="Stripe's: active, trialing, past_due (in its grace), canceled (paid to its end).")
    current_period_end: datetime
    cancel_at_period_end: bool


class MeRead(BaseModel):
    account: AccountRead
    plan: PlanRead
    period: PeriodRead
    usage: UsageRead
    limits: PlanRead
    subscription: SubscriptionRead | None = Field(default=None, description="None: the free plan.")


class ApiKeyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Name = Field(min_length=1, max_length=100)
    scopes: list[Scope] = Field(min_length=1, examples=[["debates:write", "debates:read"]])


class ApiKeyRead(BaseModel):
    id: str
    name: str
    prefix: str = Field(description="The key's first characters, to recognise it by.")
    scopes: list[Scope]
    created_at: datetime
    last_used_at: datetime | None


class ApiKeyCreated(ApiKeyRead):
    key: str = Field(description="The key itself: shown this once, never again.")
