"""The README documents every command, and CI runs exactly the README's two commands."""

import re
from pathlib import Path

import click

from claimtrack.cli import main

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[str]:
    section = README.split("## Install and run", 1)[1].split("## Commands", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


CI_SCRIPT = (ROOT / ".ci" / "run").read_text()
CHROMIUM_INSTALL = "apt-get install -y -q chromium"


def test_readme_has_two_commands_and_ci_runs_exactly_them():
    commands = readme_commands()
    assert len(commands) == 2
    ci_lines = [line for line in CI_SCRIPT.splitlines()
                if line and not line.startswith(("#", "set ", "cd ", "rm ", "export "))
                and CHROMIUM_INSTALL not in line]  # the browser the tests drive, installed before the commands
    assert ci_lines == commands


def test_ci_installs_chromium_before_the_commands_unless_present():
    lines = CI_SCRIPT.splitlines()
    install = next(i for i, line in enumerate(lines) if CHROMIUM_INSTALL in line)
    assert lines[install].startswith("[ -x /usr/bin/chromium ] || ") and "apt-get update" in lines[install]
    assert install < lines.index(readme_commands()[0])


def test_readme_shows_the_desk_screenshots():
    for name in ("docs/queue.png", "docs/conflict.png"):
        assert f"]({name})" in README, name
        assert (ROOT / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name


def test_every_cli_command_is_documented():
    for name in main.list_commands(click.Context(main)):
        assert f"claimtrack {name}" in README, f"`claimtrack {name}` is not in the README"


def test_every_review_command_is_documented():
    for name in main.get_command(click.Context(main), "review").commands:
        assert f"claimtrack review {name}" in README, f"`claimtrack review {name}` is not in the README"


def test_every_user_command_is_documented():
    for name in main.get_command(click.Context(main), "user").commands:
        assert f"claimtrack user {name}" in README, f"`claimtrack user {name}` is not in the README"
