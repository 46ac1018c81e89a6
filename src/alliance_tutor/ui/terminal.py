"""Prompts in a real terminal: rich for output, questionary and prompt_toolkit for input."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

import questionary
from prompt_toolkit import PromptSession
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys
from rich.console import Console
from rich.markdown import Markdown
from rich.segment import Segments

from alliance_tutor.ui.base import QuitRequested

T = TypeVar("T")

MORE = "── more: any key to read on, Ctrl-C to stop ──"
_MIN_PAGE = 8  # lines; a terminal smaller than this gets no pauses

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


def _pause_bindings() -> KeyBindings:
    """Any key reads on; Ctrl-C / Ctrl-D stop (bound last, so they win over "any")."""
    bindings = KeyBindings()

    @bindings.add(Keys.Any)
    def _on(event: KeyPressEvent) -> None:
        event.app.exit(result="")

    @bindings.add("c-c")
    @bindings.add("c-d")
    def _stop(event: KeyPressEvent) -> None:
        event.app.exit(exception=KeyboardInterrupt())

    return bindings


class TerminalPrompter:
    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console()

    def show(self, markdown: str) -> None:
        """Print ``markdown``; in a terminal, a screenful at a time, so the start of
        a long section does not scroll away before it is read."""
        rendered = Markdown(markdown, hyperlinks=True)
        page = self.console.height - 2  # room for the "more" line
        if not self.console.is_terminal or page < _MIN_PAGE:
            self.console.print(rendered)
            return
        lines = self.console.render_lines(rendered, pad=False, new_lines=True)
        for start in range(0, len(lines), page):
            if start:
                self._pause()
            self.console.print(
                Segments(s for line in lines[start : start + page] for s in line), end=""
            )

    def say(self, text: str, style: str = "") -> None:
        self.console.print(text, style=STYLES.get(style, ""), markup=False, highlight=False)

    def _pause(self) -> None:
        session: PromptSession[str] = PromptSession(
            MORE, key_bindings=_pause_bindings(), erase_when_done=True
        )
        try:
            session.prompt()
        except (KeyboardInterrupt, EOFError):
            raise QuitRequested() from None

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
