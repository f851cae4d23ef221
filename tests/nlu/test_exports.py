"""``arena.nlu``'s public surface is a deliberate, documented list."""

from __future__ import annotations

import inspect

import arena.nlu


def test_every_exported_name_exists_and_is_documented() -> None:
    for name in arena.nlu.__all__:
        member = getattr(arena.nlu, name)
        if isinstance(member, type) or inspect.isfunction(member):
            assert member.__doc__, name
    assert sorted(arena.nlu.__all__) == sorted(set(arena.nlu.__all__))
