"""Turning what a script hands us (lines, JSON Lines, CSV, transcripts) into utterances.

Pure functions over text or bytes that the caller has already read: a bad line
becomes a `LineError` for that line, never an exception that loses the others.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .analysis import Turn

MAX_UTTERANCE_CHARS = 10_000  # far beyond any spoken turn; longer input is a mistake


@dataclass(frozen=True, slots=True)
class Utterance:
    line: int
    id: Any
    text: str
    context: str | None = None


@dataclass(frozen=True, slots=True)
class LineError:
    line: int
    id: Any
    error: str


def _check_text(line: int, id_: Any, text: str) -> LineError | None:
    if not text.strip():
        return LineError(line, id_, "the text is empty")
    if len(text) > MAX_UTTERANCE_CHARS:
        return LineError(
            line,
            id_,
            f"the text is {len(text):,} characters long; the limit is {MAX_UTTERANCE_CHARS:,}",
        )
    return None


def numbered_lines(data: bytes) -> Iterator[tuple[int, str] | LineError]:
    """Each non-blank line with its number; a line that is not UTF-8 becomes a LineError."""
    for number, raw in enumerate(data.splitlines(), start=1):
        try:
            line = raw.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            yield LineError(number, None, f"not valid UTF-8 (byte {exc.start + 1})")
            continue
        if line.strip():
            yield number, line


def json_object(number: int, line: str) -> dict[str, Any] | LineError:
    """One JSON Lines line as an object, or the reason it isn't one."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return LineError(number, None, f"invalid JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(obj, dict):
        return LineError(number, None, "expected a JSON object")
    return obj


def parse_utterance_lines(data: bytes) -> Iterator[Utterance | LineError]:
    """Plain lines (one utterance each) or JSON Lines `{"id", "text", "context"}`.

    Blank lines are skipped; a line that starts with `{` is read as JSON.
    """
    for entry in numbered_lines(data):
        if isinstance(entry, LineError):
            yield entry
            continue
        number, line = entry
        if line.lstrip().startswith("{"):
            yield _parse_json_line(number, line)
        else:
            yield _check_text(number, number, line) or Utterance(number, number, line)


def _parse_json_line(number: int, line: str) -> Utterance | LineError:
    obj = json_object(number, line)
    if isinstance(obj, LineError):
        return obj
    id_ = obj.get("id", number)
    text, context = obj.get("text"), obj.get("context")
    if not isinstance(text, str):
        return LineError(number, id_, "'text' must be a string")
    if context is not None and not isinstance(context, str):
        return LineError(number, id_, "'context' must be a string or null")
    unknown = sorted(set(obj) - {"id", "text", "context"})
    if unknown:
        return LineError(number, id_, f"unknown field(s): {', '.join(unknown)}")
    return _check_text(number, id_, text) or Utterance(number, id_, text, context)


class TranscriptError(ValueError):
    """A transcript that cannot be read as a conversation."""


_SPEAKER_LINE = re.compile(r"^\s*([^:\n]{1,40}?)\s*:\s+(.*\S)\s*$")
_SPEAKER_COLUMNS = ("speaker", "interlocutor", "role", "who")
_TEXT_COLUMNS = ("text", "utterance", "utterance_text", "content")


def parse_transcript(text: str, name: str = "") -> list[Turn]:
    """JSON Lines, CSV with speaker and text columns, or `Speaker: text` lines.

    The format is taken from the file name's ending when it has one, else from
    the first non-blank line.
    """
    text = text.removeprefix("\ufeff")
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not first:
        raise TranscriptError("the transcript is empty")
    lowered = name.lower()
    if lowered.endswith((".jsonl", ".json")) or (not lowered.endswith(".csv") and first[0] == "{"):
        turns = _jsonl_turns(text)
    elif lowered.endswith(".csv") or _looks_like_csv_header(first):
        turns = _csv_turns(text)
    else:
        turns = _plain_turns(text)
    if not turns:
        raise TranscriptError("no turns found")
    return turns


def _jsonl_turns(text: str) -> list[Turn]:
    turns = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TranscriptError(f"line {number}: invalid JSON: {exc.msg}") from None
        speaker = obj.get("speaker") if isinstance(obj, dict) else None
        said = obj.get("text") if isinstance(obj, dict) else None
        if not isinstance(speaker, str) or not isinstance(said, str):
            raise TranscriptError(f'line {number}: expected {{"speaker": ..., "text": ...}}')
        turns.append(Turn(speaker.strip(), said))
    return turns


def _looks_like_csv_header(line: str) -> bool:
    cells = {cell.strip().strip('"').lower() for cell in line.split(",")}
    return bool(cells & set(_SPEAKER_COLUMNS)) and bool(cells & set(_TEXT_COLUMNS))


def _csv_turns(text: str) -> list[Turn]:
    reader = csv.DictReader(io.StringIO(text))
    columns = {name.strip().lower(): name for name in reader.fieldnames or []}
    speaker_col = next((columns[c] for c in _SPEAKER_COLUMNS if c in columns), None)
    text_col = next((columns[c] for c in _TEXT_COLUMNS if c in columns), None)
    if speaker_col is None or text_col is None:
        raise TranscriptError("the CSV needs a 'speaker' and a 'text' column")
    return [
        Turn((row.get(speaker_col) or "").strip(), row.get(text_col) or "")
        for row in reader
        if (row.get(text_col) or "").strip()
    ]


def _plain_turns(text: str) -> list[Turn]:
    turns: list[Turn] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _SPEAKER_LINE.match(line)
        if match:
            turns.append(Turn(match.group(1), match.group(2)))
        elif turns:  # a wrapped line continues the turn before it
            turns[-1] = Turn(turns[-1].speaker, f"{turns[-1].text} {line.strip()}")
        else:
            raise TranscriptError(f"line {number}: expected 'Speaker: what they said'")
    return turns
