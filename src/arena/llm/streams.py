"""Reading a writer's chunks against a deadline on the event loop's clock."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import TypeVar

T = TypeVar("T")


async def next_by(iterator: AsyncIterator[T], deadline: float | None) -> T | None:
    """The iterator's next item by loop time ``deadline`` (None: unbounded), or None once it is exhausted;
    missing the deadline raises :class:`TimeoutError`, which each caller names in its own terms."""
    try:
        async with asyncio.timeout_at(deadline):
            return await anext(iterator)
    except StopAsyncIteration:
        return None
