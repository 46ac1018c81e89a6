"""Prompts in a real terminal: rich for output, questionary and prompt_toolkit for input."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

import questionary
from prompt_toolkit import PromptSession
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from rich.console import Console
from rich.markdown import Markdown

from alliance_tutor.ui.base import QuitRequested

T = TypeVar("T")

STYLES = {"ok": "bold green", "bad": "bold yellow", "dim": "dim", "title": "bold cyan", "": ""}


class _Stopped(Exception):
    def __init__(self, text: str) -> None:
        super().__init__("stopped")
        self.text = text


def _answer_bindings() -> KeyBindings:
    """Enter on an empty line saves the answer; Ctrl-C / Ctrl-D quit, keeping the text."""
    bindings = KeyBindings()

    @bindings.add("enter")
    def _enter(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        document = buffer.document
        at_empty_line = not document.current_line.strip() and document.is_cursor_at_the_end
        if at_empty_line:
            event.app.exit(result=buffer.text.strip())
        else:
            buffer.insert_text("\n")

    @bindings.add("c-c")
    @bindings.add("c-d")
    def _stop(event: KeyPressEvent) -> None:
        event.app.exit(exception=_Stopped(event.current_buffer.text.strip()))

    return bindings


class TerminalPrompter:
    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console()

    def show(self, markdown: str) -> None:
        self.console.print(Markdown(markdown, hyperlinks=True))

    def say(self, text: str, style: str = "") -> None:
        self.console.print(text, style=STYLES.get(style, ""), markup=False, highlight=False)

    def _ask(self, question: questionary.Question) -> Any:
        try:
            return question.unsafe_ask()
        except (KeyboardInterrupt, EOFError):
            raise QuitRequested() from None

    def choose(self, message: str, options: Sequence[tuple[str, T]], default: T | None = None) -> T:
        choices = [
            questionary.Choice(title=label, value=index) for index, (label, _) in enumerate(options)
        ]
        start = next((c for c, (_, v) in zip(choices, options, strict=True) if v == default), None)
        index: int = self._ask(
            questionary.select(
                message,
                choices=choices,
                default=start,
                use_shortcuts=len(choices) <= 9,
                instruction="(arrows or number, Enter; Ctrl-C to quit)",
            )
        )
        return options[index][1]

    def write(self, message: str, default: str = "") -> str:
        self.console.print(
            "[dim]Write your answer. Enter starts a new line; Enter on an empty line saves it. "
            "Just Enter to skip. Ctrl-C saves what you typed and quits.[/dim]"
        )
        session: PromptSession[str] = PromptSession(
            multiline=True, key_bindings=_answer_bindings(), prompt_continuation="  "
        )
        try:
            return session.prompt(f"{message}\n> ", default=default)
        except _Stopped as stopped:
            raise QuitRequested(stopped.text) from None
        except (KeyboardInterrupt, EOFError):
            raise QuitRequested() from None

    def confirm(self, message: str, default: bool = False) -> bool:
        return bool(self._ask(questionary.confirm(message, default=default)))
