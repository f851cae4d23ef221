"""Billing's adapters: Stripe through its official SDK, and the database."""
