"""The README documents every command, and CI runs exactly the README's two commands."""

import re
from pathlib import Path

from claimtrack.cli import main

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[str]:
    section = README.split("## Install and run", 1)[1].split("## Commands", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_has_two_commands_and_ci_runs_exactly_them():
    commands = readme_commands()
    assert len(commands) == 2
    ci_lines = [line for line in (ROOT / ".ci" / "run").read_text().splitlines()
                if line and not line.startswith(("#", "set ", "cd ", "rm ", "export "))]
    assert ci_lines == commands


def test_every_cli_command_is_documented():
    for name, command in main.commands.items():
        assert f"claimtrack {name}" in README, f"`claimtrack {name}` is not in the README"
