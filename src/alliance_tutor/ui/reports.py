"""Tables for `classify` and `analyze` in the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from alliance_tutor.feedback import CODES, Classification, SessionAnalysis
from alliance_tutor.feedback.inputs import LineError, Utterance
from alliance_tutor.feedback.thresholds import THRESHOLDS
from alliance_tutor.words import shorten

BAR_WIDTH = 30


def _detail(coded: Classification) -> str:
    return coded.question_type or coded.reflection_type or ""


def print_classifications(
    results: Sequence[LineError | tuple[Utterance, Classification]],
    console: Console | None = None,
) -> None:
    console = console or Console()
    table = Table("id", "code", "type", "text", "evidence", show_lines=False)
    for result in results:
        if isinstance(result, LineError):
            table.add_row(str(result.id or result.line), "[red]error[/red]", "", result.error, "")
            continue
        utterance, coded = result
        evidence = ", ".join(dict.fromkeys(e.rule for e in coded.evidence))
        table.add_row(
            str(utterance.id), coded.code, _detail(coded), shorten(utterance.text, 70), evidence
        )
    console.print(table)


def print_analysis(
    result: SessionAnalysis, *, with_utterances: bool, console: Console | None = None
) -> None:
    console = console or Console()
    total = max(1, len(result.utterances))
    counts = Table(title=f"Helper: {result.helper} ({len(result.utterances)} utterances)")
    counts.add_column("code")
    counts.add_column("count", justify="right")
    counts.add_column("share")
    for code in CODES:
        n = result.counts[code]
        counts.add_row(code, str(n), "█" * round(BAR_WIDTH * n / total))
    console.print(counts)

    scores = Table(title="Summary scores (MITI)")
    for column in ("score", "value", "fair", "good", "rating"):
        scores.add_column(column)
    for score, threshold in THRESHOLDS.items():
        value: Any = getattr(result, score)
        shown = (
            "n/a"
            if value is None
            else f"{value:.2f}"
            if score == "reflection_to_question"
            else f"{value:.0f}%"
        )
        scores.add_row(
            score.replace("_", " "),
            shown,
            str(threshold.fair),
            str(threshold.good),
            result.ratings[score],
        )
    scores.add_row("reflection share", f"{result.reflection_share:.2f}", "", "", "")
    scores.add_row("MI-adherent", str(result.mi_adherent), "", "", "")
    scores.add_row("MI-non-adherent", str(result.mi_non_adherent), "", "", "")
    console.print(scores)

    if with_utterances:
        lines = Table("code", "type", "text")
        for turn, coded in result.utterances:
            lines.add_row(coded.code, _detail(coded), shorten(turn.text, 90))
        console.print(lines)
