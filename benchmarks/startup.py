"""Start-up time of quick commands against importing typer alone.

Run by hand:  python benchmarks/startup.py [--runs 20]
Prints the median wall time of each command over N runs, and its ratio to
`python -c "import typer"` and to a minimal Typer app with two options: typer
(>= 0.2x) coerces option values with pydantic, so any Typer command that parses
options pays for importing pydantic; that minimal app is the real floor.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

MINIMAL_APP = """
from pathlib import Path
from typing import Annotated
import typer
app = typer.Typer()
@app.command()
def main(
    as_json: Annotated[bool, typer.Option("--json")] = False,
    folders: Annotated[list[Path] | None, typer.Option("--dir")] = None,
) -> None:
    print(as_json, folders)
app()
"""

COMMANDS: dict[str, list[str]] = {
    "python (bare)": [sys.executable, "-c", "pass"],
    "import typer": [sys.executable, "-c", "import typer"],
    "minimal typer app": [sys.executable, "-c", MINIMAL_APP, "--json"],
    "--version": [sys.executable, "-m", "alliance_tutor", "--version"],
    "--help": [sys.executable, "-m", "alliance_tutor", "--help"],
    "list": [sys.executable, "-m", "alliance_tutor", "list"],
    "list --json": [sys.executable, "-m", "alliance_tutor", "list", "--json"],
    "validate": [sys.executable, "-m", "alliance_tutor", "validate"],
    "check (free prompt)": [
        sys.executable,
        "-m",
        "alliance_tutor",
        "check",
        "reflections",
        "--prompt",
        "I haven't slept in days.",
        "--answer",
        "You're running on empty.",
        "--json",
    ],
    "classify (one line)": [
        sys.executable,
        "-m",
        "alliance_tutor",
        "classify",
        "--json",
        "How are you feeling?",
    ],
    "preview (markdown)": [
        sys.executable,
        "-m",
        "alliance_tutor",
        "preview",
        "therapeutic-alliance",
        "-f",
        "markdown",
    ],
}


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--only", nargs="*", help="command names to time (default: all)")
    args = parser.parse_args()
    chosen = {k: v for k, v in COMMANDS.items() if not args.only or k in args.only}
    typer_import = median_seconds(COMMANDS["import typer"], args.runs)
    typer_app = median_seconds(COMMANDS["minimal typer app"], args.runs)
    print(f"{'command':<22} {'median ms':>10} {'x import':>9} {'x app':>7}")
    for name, command in chosen.items():
        seconds = median_seconds(command, args.runs)
        print(
            f"{name:<22} {seconds * 1000:>10.1f} {seconds / typer_import:>9.2f}"
            f" {seconds / typer_app:>7.2f}"
        )


if __name__ == "__main__":
    main()
