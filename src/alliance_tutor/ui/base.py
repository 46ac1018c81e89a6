"""What the study and drill flows need from a user interface, and nothing more.

Two implementations: `terminal.TerminalPrompter` (rich + questionary, in a
terminal) and `plain.PlainPrompter` (numbered menus and plain lines on
stdin/stdout, for pipes and scripts).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

T = TypeVar("T")


class QuitRequested(Exception):
    """The learner pressed Ctrl-C / Ctrl-D, or the input ended.

    `partial` holds text typed into an answer box before quitting, so it can be saved.
    `interrupted` is False when plain input simply ran out (end of a script).
    """

    def __init__(self, partial: str = "", *, interrupted: bool = True) -> None:
        super().__init__("quit")
        self.partial = partial
        self.interrupted = interrupted


class Prompter(Protocol):
    def show(self, markdown: str) -> None:
        """Render Markdown."""

    def say(self, text: str, style: str = "") -> None:
        """One line of plain text; `style` is a hint (ok, bad, dim, title)."""

    def choose(self, message: str, options: Sequence[tuple[str, T]], default: T | None = None) -> T:
        """One of `options` (label, value)."""

    def write(self, message: str, default: str = "") -> str:
        """Free text over several lines; an empty line ends it; empty means skip."""

    def confirm(self, message: str, default: bool = False) -> bool:
        """Yes or no."""


def make_prompter() -> Prompter:
    """Rich prompts in a terminal, plain numbered menus otherwise."""
    import sys

    if sys.stdin.isatty() and sys.stdout.isatty():
        from alliance_tutor.ui.terminal import TerminalPrompter

        return TerminalPrompter()
    from alliance_tutor.ui.plain import PlainPrompter

    return PlainPrompter()
