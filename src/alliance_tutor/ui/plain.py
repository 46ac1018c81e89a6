"""Plain text in and out: numbered menus read from stdin, for pipes and scripts."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO, TypeVar

from rich.console import Console
from rich.markdown import Markdown

from alliance_tutor.ui.base import QuitRequested

T = TypeVar("T")
MAX_TRIES = 3


class PlainPrompter:
    def __init__(self, stdin: TextIO | None = None, stdout: TextIO | None = None) -> None:
        self.stdin = stdin or sys.stdin
        self.out = stdout or sys.stdout
        self.console = Console(file=self.out, force_terminal=False, no_color=True, width=80)

    def _readline(self) -> str:
        line = self.stdin.readline()
        if not line:  # end of input
            raise QuitRequested(interrupted=False)
        line = line.rstrip("\r\n")
        if not self.stdin.isatty():  # echo piped answers so the output reads as a transcript
            print(line, file=self.out, flush=True)
        return line

    def show(self, markdown: str) -> None:
        self.console.print(Markdown(markdown, hyperlinks=False))

    def say(self, text: str, style: str = "") -> None:
        print(text, file=self.out, flush=True)

    def choose(self, message: str, options: Sequence[tuple[str, T]], default: T | None = None) -> T:
        print(message, file=self.out)
        for number, (label, _) in enumerate(options, start=1):
            print(f"  {number}) {label}", file=self.out)
        default_number = next(
            (i for i, (_, value) in enumerate(options, start=1) if value == default), None
        )
        hint = f" [{default_number}]" if default_number else ""
        for _ in range(MAX_TRIES):
            print(f"Choose 1-{len(options)}{hint}: ", end="", file=self.out, flush=True)
            answer = self._readline().strip()
            if not answer and default_number:
                return options[default_number - 1][1]
            if answer.isdigit() and 1 <= int(answer) <= len(options):
                return options[int(answer) - 1][1]
            matches = [value for label, value in options if label.lower() == answer.lower()]
            if matches:
                return matches[0]
            print(f"Please type a number from 1 to {len(options)}.", file=self.out)
        raise QuitRequested(interrupted=False)

    def write(self, message: str, default: str = "") -> str:
        print(
            f"{message}\n(Type your answer; an empty line ends it. Just Enter to skip.)",
            file=self.out,
            flush=True,
        )
        lines: list[str] = []
        while True:
            try:
                line = self._readline()
            except QuitRequested as quit_:
                quit_.partial = "\n".join(lines)
                raise
            if not line.strip():
                return "\n".join(lines)
            lines.append(line)

    def confirm(self, message: str, default: bool = False) -> bool:
        print(f"{message} [{'Y/n' if default else 'y/N'}]: ", end="", file=self.out, flush=True)
        try:
            answer = self._readline().strip().lower()
        except QuitRequested:
            return False
        return default if not answer else answer in ("y", "yes")
