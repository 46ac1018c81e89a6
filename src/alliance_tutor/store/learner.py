"""The learner's own data: journal answers and study progress, keyed by content ids.

Ids, not positions: reordering or removing content never loses data, and entries
for ids that no longer exist are kept as they are.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import msgspec

from alliance_tutor.store.files import (
    atomic_write_json,
    data_home,
    move_aside,
    now_iso,
    read_versioned,
)

JOURNAL_VERSION = 1
PROGRESS_VERSION = 1


class AnswerVersion(msgspec.Struct):
    text: str
    at: str


class JournalEntry(msgspec.Struct):
    id: str
    module: str
    section: str
    prompt: str
    prompt_text: str
    versions: list[AnswerVersion]

    @property
    def text(self) -> str:
        return self.versions[-1].text

    @property
    def updated_at(self) -> str:
        return self.versions[-1].at


class JournalFile(msgspec.Struct):
    format_version: int = JOURNAL_VERSION
    next_id: int = 1
    entries: list[JournalEntry] = msgspec.field(default_factory=list)


class CheckAttempt(msgspec.Struct):
    choice: int
    correct: bool
    at: str


class ModuleProgress(msgspec.Struct):
    last_section: str | None = None
    sections_done: list[str] = msgspec.field(default_factory=list)
    checks: dict[str, list[CheckAttempt]] = msgspec.field(default_factory=dict)
    started_at: str | None = None
    updated_at: str | None = None
    completed_at: str | None = None


class ProgressFile(msgspec.Struct):
    format_version: int = PROGRESS_VERSION
    welcomed: bool = False
    last_module: str | None = None
    modules: dict[str, ModuleProgress] = msgspec.field(default_factory=dict)


DRILLS_VERSION = 1


class DrillAttempt(msgspec.Struct):
    skill: str
    item: str
    passed: bool
    score: int
    at: str
    session: int
    hints: int = 0


class DrillSessionRecord(msgspec.Struct):
    id: int
    skill: str
    started_at: str


class DrillFile(msgspec.Struct):
    format_version: int = DRILLS_VERSION
    next_session: int = 1
    sessions: list[DrillSessionRecord] = msgspec.field(default_factory=list)
    attempts: list[DrillAttempt] = msgspec.field(default_factory=list)


AnswerMode = Literal["new", "add", "revise"]

_FILES = ("journal.json", "progress.json", "drills.json")


def _ignore(message: str) -> None:
    pass


class LearnerStore:
    """Loads lazily, saves after every change."""

    def __init__(self, home: Path | None = None, warn: Callable[[str], None] = _ignore) -> None:
        self.home = home or data_home()
        self.warn = warn
        self._journal: JournalFile | None = None
        self._progress: ProgressFile | None = None
        self._drills: DrillFile | None = None

    # ------------------------------------------------------------ files

    @property
    def journal_path(self) -> Path:
        return self.home / "journal.json"

    @property
    def progress_path(self) -> Path:
        return self.home / "progress.json"

    def _load(self, path: Path, version: int, kind: type[Any]) -> Any:
        data = read_versioned(path, current=version, migrations={}, warn=self.warn)
        if data is None:
            return kind()
        try:
            return msgspec.convert(data, kind)
        except msgspec.ValidationError as exc:
            kept = move_aside(path)
            self.warn(
                f"{path.name} could not be read ({exc}); it was kept as {kept.name} "
                "and a fresh one started"
            )
            return kind()

    @property
    def drills_path(self) -> Path:
        return self.home / "drills.json"

    @property
    def drills(self) -> DrillFile:
        if self._drills is None:
            self._drills = self._load(self.drills_path, DRILLS_VERSION, DrillFile)
        return self._drills

    @property
    def journal(self) -> JournalFile:
        if self._journal is None:
            self._journal = self._load(self.journal_path, JOURNAL_VERSION, JournalFile)
        return self._journal

    @property
    def progress(self) -> ProgressFile:
        if self._progress is None:
            self._progress = self._load(self.progress_path, PROGRESS_VERSION, ProgressFile)
        return self._progress

    def save_journal(self) -> None:
        atomic_write_json(self.journal_path, msgspec.to_builtins(self.journal))

    def save_progress(self) -> None:
        atomic_write_json(self.progress_path, msgspec.to_builtins(self.progress))

    # ------------------------------------------------------------ drills

    def start_drill_session(self, skill: str) -> int:
        session = DrillSessionRecord(self.drills.next_session, skill, now_iso())
        self.drills.next_session += 1
        self.drills.sessions.append(session)
        atomic_write_json(self.drills_path, msgspec.to_builtins(self.drills))
        return session.id

    def record_drill(
        self, *, session: int, skill: str, item: str, passed: bool, score: int, hints: int = 0
    ) -> None:
        self.drills.attempts.append(
            DrillAttempt(skill, item, passed, score, now_iso(), session, hints)
        )
        atomic_write_json(self.drills_path, msgspec.to_builtins(self.drills))

    # ------------------------------------------------------------ journal

    def entry_for(self, module: str, prompt: str) -> JournalEntry | None:
        return next(
            (e for e in self.journal.entries if e.module == module and e.prompt == prompt), None
        )

    def entry(self, entry_id: str) -> JournalEntry | None:
        return next((e for e in self.journal.entries if e.id == entry_id), None)

    def save_answer(
        self,
        *,
        module: str,
        section: str,
        prompt: str,
        prompt_text: str,
        text: str,
        mode: AnswerMode = "new",
    ) -> JournalEntry:
        """Save at once; an earlier answer is kept as an earlier version."""
        entry = self.entry_for(module, prompt)
        if entry is None:
            entry = JournalEntry(
                id=str(self.journal.next_id),
                module=module,
                section=section,
                prompt=prompt,
                prompt_text=prompt_text,
                versions=[],
            )
            self.journal.next_id += 1
            self.journal.entries.append(entry)
        if mode == "add" and entry.versions:
            text = f"{entry.text.rstrip()}\n\n{text.strip()}"
        entry.versions.append(AnswerVersion(text=text.strip(), at=now_iso()))
        entry.section, entry.prompt_text = section, prompt_text
        self.save_journal()
        return entry

    def delete_entry(self, entry_id: str) -> bool:
        entry = self.entry(entry_id)
        if entry is None:
            return False
        self.journal.entries.remove(entry)
        self.save_journal()
        return True

    # ------------------------------------------------------------ progress

    def module_progress(self, module: str) -> ModuleProgress:
        return self.progress.modules.setdefault(module, ModuleProgress())

    def enter_section(self, module: str, section: str) -> None:
        state = self.module_progress(module)
        stamp = now_iso()
        state.started_at = state.started_at or stamp
        state.last_section, state.updated_at = section, stamp
        self.progress.last_module = module
        self.save_progress()

    def complete_section(self, module: str, section: str) -> None:
        state = self.module_progress(module)
        if section not in state.sections_done:
            state.sections_done.append(section)
        state.updated_at = now_iso()
        self.save_progress()

    def complete_module(self, module: str) -> None:
        self.module_progress(module).completed_at = now_iso()
        self.save_progress()

    def record_check(self, module: str, check: str, choice: int, correct: bool) -> None:
        state = self.module_progress(module)
        state.checks.setdefault(check, []).append(
            CheckAttempt(choice=choice, correct=correct, at=now_iso())
        )
        state.updated_at = now_iso()
        self.save_progress()

    def mark_welcomed(self) -> None:
        self.progress.welcomed = True
        self.save_progress()

    def reset_module(self, module: str) -> bool:
        """Forget a module's progress (its journal answers are kept)."""
        if self.progress.modules.pop(module, None) is None:
            return False
        if self.progress.last_module == module:
            self.progress.last_module = None
        self.save_progress()
        return True

    def forget(self) -> list[Path]:
        """Delete every file of learner data; returns what was removed."""
        removed = []
        for name in _FILES:
            path = self.home / name
            if path.exists():
                path.unlink()
                removed.append(path)
        for kept in self.home.glob("*.unreadable-*"):
            kept.unlink()
            removed.append(kept)
        if self.home.is_dir() and not any(self.home.iterdir()):
            shutil.rmtree(self.home)
        self._journal, self._progress, self._drills = None, None, None
        return removed
