"""`claimtrack user`: accounts for the web desk. The first account ends single-user local mode: from then on
the desk asks everyone to sign in."""

from __future__ import annotations

import sys

import click

from . import accounts
from .cli import db_option, open_database


@click.group("user")
def user_group():
    """Accounts for the web desk: add them, list them."""


@user_group.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(accounts.ROLES), required=True,
              help="reviewer: decides and writes notes; editor: also assigns conflicts and exports reviews.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (for scripts).")
@db_option
def user_add(name, role, password_stdin, db_url):
    """Add an account; the password is asked for (twice) unless --password-stdin."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    _, sessions = open_database(db_url)
    try:
        with sessions.begin() as session:
            user = accounts.add_user(session, name, role, password)
    except accounts.AccountError as exc:
        raise click.ClickException(str(exc)) from None
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
