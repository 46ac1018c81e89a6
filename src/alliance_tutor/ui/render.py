"""Terminal rendering with rich. Without a terminal (a pipe, a file) rich writes
plain text with no escape codes, and it honours NO_COLOR."""

from __future__ import annotations

from rich.console import Console
from rich.markdown import Markdown


def print_markdown(markdown: str, console: Console | None = None) -> None:
    (console or Console()).print(Markdown(markdown, hyperlinks=False))
