"""Quick commands must not pay for what they don't use (the speed itself is in benchmarks/)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys, contextlib, io
from alliance_tutor.cli import app
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    app(sys.argv[1:], prog_name="alliance-tutor")
# pydantic is absent from this list on purpose: typer itself uses it to coerce option values.
heavy = ("questionary", "prompt_toolkit", "rich", "platformdirs", "markdown_it")
print(json.dumps(sorted(m for m in heavy if m in sys.modules)))
"""


@pytest.mark.parametrize(
    "args", [["--version"], ["list"], ["list", "--json"], ["validate"]], ids=" ".join
)
def test_quick_commands_import_nothing_heavy(args: list[str]):
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout.splitlines()[-1]) == []
