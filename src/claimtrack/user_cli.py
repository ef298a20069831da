"""`claimtrack user`: accounts for the web desk. The first account ends single-user local mode: from then on
the desk asks everyone to sign in."""

from __future__ import annotations

import sys

import click

from . import accounts
from .cli import db_option, open_database


@click.group("user")
def user_group():
    """Accounts for the web desk: add, list, change passwords, remove."""


def read_password(from_stdin: bool, prompt: str) -> str:
    """From standard input (one line, for scripts), else asked for twice without echoing it."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt(prompt, hide_input=True, confirmation_prompt=True)


def change_accounts(db_url, change):
    """Runs `change(session)` in one transaction; an AccountError becomes the command's error message."""
    _, sessions = open_database(db_url)
    try:
        with sessions.begin() as session:
            return change(session)
    except accounts.AccountError as exc:
        raise click.ClickException(str(exc)) from None


@user_group.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(accounts.ROLES), required=True,
              help="reviewer: decides and writes notes; editor: also assigns conflicts and exports reviews.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (for scripts).")
@db_option
def user_add(name, role, password_stdin, db_url):
    """Add an account; the password is asked for (twice) unless --password-stdin."""
    password = read_password(password_stdin, "Password")
    user = change_accounts(db_url, lambda session: accounts.add_user(session, name, role, password))
    click.echo(f"added {user.name} ({user.role})")


@user_group.command("list")
@db_option
def user_list(db_url):
    """The desk's accounts and their roles (none: single-user local mode)."""
    _, sessions = open_database(db_url)
    with sessions() as session:
        found = accounts.users(session)
    if not found:
        click.echo("no accounts: the desk runs in single-user local mode")
    for user in found:
        click.echo(f"{user.name}\t{user.role}")


@user_group.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the new password from standard input (for scripts).")
@db_option
def user_passwd(name, password_stdin, db_url):
    """Give an account a new password (asked for twice unless --password-stdin); its sessions end."""
    change_accounts(db_url, lambda session: accounts.named(session, name))  # a wrong name, before the prompts
    password = read_password(password_stdin, "New password")
    user = change_accounts(db_url, lambda session: accounts.set_password(session, name, password))
    click.echo(f"changed the password of {user.name}; their sessions have ended")


@user_group.command("remove")
@click.argument("name")
@click.option("--allow-local-mode", is_flag=True,
              help="Allow removing the last account, which returns the desk to single-user local mode.")
@db_option
def user_remove(name, allow_local_mode, db_url):
    """Remove an account: it can no longer sign in and its sessions end; its past decisions keep its name."""
    user = change_accounts(db_url, lambda session: accounts.remove_user(session, name,
                                                                        allow_local_mode=allow_local_mode))
    click.echo(f"removed {user.name} ({user.role})")
