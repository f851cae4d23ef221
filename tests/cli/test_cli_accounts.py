"""``arena accounts`` and ``arena keys``: the first operator and its admin key from the command line, then
the key listed and revoked; all refused while accounts are off."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from arena_command import ArenaCommand

JWT_SECRET = "cli-test-secret-" + "z" * 32


def _accounts_arena(arena_factory: Callable[..., ArenaCommand], tmp_path: Path) -> ArenaCommand:
    return arena_factory(f"sqlite:///{tmp_path / 'accounts.db'}", accounts_enabled="true", jwt_secret=JWT_SECRET)


def test_operator_account_and_admin_key_from_the_cli(arena_factory: Callable[..., ArenaCommand],
                                                     tmp_path: Path) -> None:
    arena = _accounts_arena(arena_factory, tmp_path)
    created = arena("accounts", "create", "--email", "Ops@Example.com", "--admin", "--password-stdin", "--json",
                    stdin="a long operator password\n")
    assert created.returncode == 0, created.stderr
    account = json.loads(created.stdout)
    assert account["email"] == "ops@example.com" and account["is_admin"] is True

    key = arena.json("keys", "create", "--email", "ops@example.com", "--scope", "admin", "--name", "ops", "--json")
    assert key["key"].startswith("arena_live_") and key["scopes"] == ["admin"]
    listed = arena.json("keys", "list", "--email", "ops@example.com", "--json")
    assert [(k["id"], k["prefix"]) for k in listed] == [(key["id"], key["key"][:19])]
    assert "key" not in listed[0]

    revoked = arena("keys", "revoke", "--email", "ops@example.com", key["id"])
    assert revoked.returncode == 0 and revoked.stdout.strip() == f"revoked key {key['id']}"
    assert arena.json("keys", "list", "--email", "ops@example.com", "--json") == []
    assert arena.error("keys", "revoke", "--email", "ops@example.com", key["id"]) == f"error: no API key {key['id']!r}"


def test_cli_refuses_short_passwords_and_unknown_accounts(arena_factory: Callable[..., ArenaCommand],
                                                         tmp_path: Path) -> None:
    arena = _accounts_arena(arena_factory, tmp_path)
    short = arena("accounts", "create", "--email", "a@example.com", "--password-stdin", stdin="short\n")
    assert short.returncode == 2
    assert short.stderr.strip() == "error: the password must be at least 10 characters long"
    assert arena.error("keys", "create", "--email", "nobody@example.com", "--scope", "chat") == (
        "error: no account 'nobody@example.com'")


def test_accounts_commands_need_accounts_enabled(arena_factory: Callable[..., ArenaCommand],
                                                tmp_path: Path) -> None:
    arena = arena_factory(f"sqlite:///{tmp_path / 'accounts.db'}")
    assert arena.error("keys", "list", "--email", "ops@example.com") == (
        "error: accounts are off: set ARENA_ACCOUNTS_ENABLED=true (and ARENA_JWT_SECRET)")
    # Refused before a password is asked for: nobody types one twice to learn that.
    assert arena.error("accounts", "create", "--email", "ops@example.com") == (
        "error: accounts are off: set ARENA_ACCOUNTS_ENABLED=true (and ARENA_JWT_SECRET)")


def test_a_password_prompt_that_meets_the_end_of_its_input_says_how_to_give_one(
        arena_factory: Callable[..., ArenaCommand], tmp_path: Path) -> None:
    created = _accounts_arena(arena_factory, tmp_path)("accounts", "create", "--email", "ops@example.com", stdin="")
    assert created.returncode == 2, (created.stdout, created.stderr)
    assert created.stderr.strip() == (
        "error: no password given: type it at the prompt, or pipe it in with --password-stdin")

