"""Private, versioned, crash-safe JSON files under the learner's data folder.

A write goes to a temporary file in the same folder, is flushed and fsynced, then
replaces the old file with `os.replace`, so a crash or a kill leaves either the old
file or the new one, never half of one. The folder is 0700 and files are 0600: the
journal holds a learner's private reflections.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HOME_ENV = "ALLIANCE_TUTOR_HOME"

Migration = Callable[[dict[str, Any]], dict[str, Any]]


class StoreError(Exception):
    """Learner data that cannot be used as it is (the message says what to do)."""


def data_home() -> Path:
    """ALLIANCE_TUTOR_HOME, or the platform's user data folder."""
    configured = os.environ.get(HOME_ENV)
    if configured:
        return Path(configured).expanduser()
    import platformdirs  # only commands that touch learner data pay for it

    return platformdirs.user_data_path("alliance-tutor", appauthor=False)


def ensure_private_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if folder.stat().st_mode & 0o777 != 0o700:
        folder.chmod(0o700)


def atomic_write_json(path: Path, data: Mapping[str, Any]) -> None:
    ensure_private_dir(path.parent)
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def atomic_write_text(path: Path, text: str) -> None:
    """Write a file only the user can read, all at once or not at all."""
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:  # mkstemp makes it 0600
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - some platforms cannot open folders
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def move_aside(path: Path) -> Path:
    """Keep an unreadable file under a new name instead of deleting it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.unreadable-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.unreadable-{stamp}-{counter}")
    os.replace(path, target)
    return target


def read_versioned(
    path: Path,
    *,
    current: int,
    migrations: Mapping[int, Migration],
    warn: Callable[[str], None],
) -> dict[str, Any] | None:
    """The file's data upgraded to `current`; None if it is missing or was moved aside.

    `migrations[n]` turns version n into n + 1. A file from a newer alliance-tutor
    is refused (StoreError) rather than misread or overwritten.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        data: dict[str, Any] = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("format_version"), int):
            raise ValueError("no format_version")
    except (ValueError, UnicodeDecodeError):
        kept = move_aside(path)
        warn(f"{path.name} could not be read; it was kept as {kept.name} and a fresh one started")
        return None
    version = data["format_version"]
    if version > current:
        raise StoreError(
            f"{path} was written by a newer alliance-tutor (format {version}; this one reads up "
            f"to {current}). Please update alliance-tutor; the file was left untouched."
        )
    while version < current:
        data = migrations[version](data)
        version += 1
        data["format_version"] = version
    return data


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
