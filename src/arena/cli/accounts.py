"""``arena accounts`` and ``arena keys``: the operator's way in (the first admin and its keys), and key
housekeeping for any account. They need ``ARENA_ACCOUNTS_ENABLED``, like the API routes they mirror."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from arena.accounts import AccountService, ApiKey
from arena.cli.context import open_services
from arena.cli.documents import print_json
from arena.errors import ConfigurationError

accounts_app = typer.Typer(help="Accounts (needs ARENA_ACCOUNTS_ENABLED).", no_args_is_help=True)
keys_app = typer.Typer(help="API keys of an account (needs ARENA_ACCOUNTS_ENABLED).", no_args_is_help=True)

EmailOption = Annotated[str, typer.Option("--email", help="The account's email.", show_default=False)]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def register(app: typer.Typer) -> None:
    """Add the accounts and keys command groups to the root app."""
    app.add_typer(accounts_app, name="accounts")
    app.add_typer(keys_app, name="keys")


@contextmanager
def _accounts() -> Iterator[AccountService]:
    with open_services() as services:
        if services.accounts is None:
            raise ConfigurationError("accounts are off: set ARENA_ACCOUNTS_ENABLED=true (and ARENA_JWT_SECRET)")
        yield services.accounts


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    try:
        password: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    except typer.Abort as exc:  # the input ended (no terminal, or Ctrl-D) before a password
        raise ConfigurationError("no password given: type it at the prompt, or pipe it in with --password-stdin") \
            from exc
    return password


@accounts_app.command("create")
def create_account(
    email: EmailOption,
    admin: Annotated[bool, typer.Option("--admin", help="An operator: may hold admin-scoped keys.")] = False,
    password_stdin: Annotated[bool, typer.Option("--password-stdin",
                                                 help="Read the password from the first line of stdin.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Create an account (the password is prompted for, or read with --password-stdin)."""
    with _accounts() as accounts:  # refused while accounts are off, before a password is asked for
        account = accounts.sign_up(email, _password(password_stdin), is_admin=admin)
    if as_json:
        print_json({"id": account.id, "email": account.email, "is_admin": account.is_admin})
    else:
        typer.echo(f"created account {account.email} ({account.id}){' as admin' if account.is_admin else ''}")


@keys_app.command("create")
def create_key(
    email: EmailOption,
    scope: Annotated[list[str], typer.Option("--scope", help="debates:write, debates:read, chat or admin; "
                                             "repeat for several.", show_default=False)],
    name: Annotated[str, typer.Option("--name", help="What the key is for.")] = "cli",
    as_json: JsonOption = False,
) -> None:
    """Make an API key for the account and print it: it is shown this once."""
    with _accounts() as accounts:
        principal = accounts.as_account(accounts.account_by_email(email))
        issued = accounts.create_key(principal, name=name, scopes=scope)
    if as_json:
        print_json({**_key_json(issued.key), "key": issued.secret})
    else:
        typer.echo(issued.secret)
        typer.echo(f"key {issued.key.id} ({', '.join(issued.key.scopes)}): store it now, it is not shown again",
                   err=True)


def _key_json(key: ApiKey) -> dict[str, object]:
    return {"id": key.id, "name": key.name, "prefix": key.prefix, "scopes": list(key.scopes),
            "created_at": key.created_at.isoformat(),
            "last_used_at": key.last_used_at.isoformat() if key.last_used_at else None}


@keys_app.command("list")
def list_keys(email: EmailOption, as_json: JsonOption = False) -> None:
    """The account's keys that are not revoked (never the keys themselves)."""
    with _accounts() as accounts:
        keys = accounts.keys(accounts.account_by_email(email))
    if as_json:
        print_json([_key_json(key) for key in keys])
        return
    table = Table("id", "name", "prefix", "scopes", "created", "last used")
    for key in keys:
        table.add_row(key.id, key.name, key.prefix, " ".join(key.scopes),
                      key.created_at.isoformat(timespec="seconds"),
                      key.last_used_at.isoformat(timespec="seconds") if key.last_used_at else "never")
    Console().print(table)


@keys_app.command("revoke")
def revoke_key(
    email: EmailOption,
    key_id: Annotated[str, typer.Argument(help="The key's id, as `arena keys list` shows it.")],
) -> None:
    """Revoke one of the account's keys; servers refuse it within ARENA_API_KEY_CACHE_SECONDS."""
    with _accounts() as accounts:
        accounts.revoke_key(accounts.account_by_email(email), key_id)
    typer.echo(f"revoked key {key_id}")
