"""Learner data: private files, atomic writes, versions, and damaged files kept aside."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from alliance_tutor.cli import app
from alliance_tutor.store import files
from alliance_tutor.store.files import StoreError, atomic_write_json, read_versioned
from alliance_tutor.store.learner import LearnerStore
from tests.conftest import FIXTURE_COURSE


def answer(store: LearnerStore, text: str, prompt: str = "ts-first-minutes") -> None:
    store.save_answer(
        module="mini", section="welcome", prompt=prompt, prompt_text="What helps?", text=text
    )


def test_files_are_private(tmp_path: Path):
    store = LearnerStore(tmp_path / "learner")
    answer(store, "Being on time.")
    store.enter_section("mini", "welcome")
    assert stat.S_IMODE(store.home.stat().st_mode) == 0o700
    for path in (store.journal_path, store.progress_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_failed_write_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    store = LearnerStore(tmp_path / "learner")
    answer(store, "First answer.")
    before = store.journal_path.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space left"):
        answer(store, "Second answer.", prompt="another-prompt")
    assert store.journal_path.read_bytes() == before
    assert [p.name for p in store.home.iterdir() if p.name.endswith(".tmp")] == []


def test_a_write_killed_before_replace_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "learner" / "progress.json"
    atomic_write_json(path, {"format_version": 1, "welcomed": True})

    def killed(src: str, dst: str) -> None:
        raise KeyboardInterrupt  # as if the process was stopped mid-save

    monkeypatch.setattr(files.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_json(path, {"format_version": 1, "welcomed": False})
    assert json.loads(path.read_text())["welcomed"] is True
    assert sorted(p.name for p in path.parent.iterdir()) == ["progress.json"]


def test_a_corrupt_file_is_kept_aside_and_the_learner_carries_on(tmp_path: Path):
    home = tmp_path / "learner"
    home.mkdir()
    (home / "journal.json").write_text('{"format_version": 1, "entries": [tru')
    warnings: list[str] = []
    store = LearnerStore(home, warn=warnings.append)
    assert store.journal.entries == []
    [kept] = list(home.glob("journal.json.unreadable-*"))
    assert kept.read_text() == '{"format_version": 1, "entries": [tru'
    assert warnings == [
        f"journal.json could not be read; it was kept as {kept.name} and a fresh one started"
    ]
    answer(store, "A new start.")
    assert LearnerStore(home).journal.entries[0].text == "A new start."


def test_a_file_of_the_wrong_shape_is_kept_aside_too(tmp_path: Path):
    home = tmp_path / "learner"
    home.mkdir()
    (home / "progress.json").write_text('{"format_version": 1, "modules": [1, 2]}')
    warnings: list[str] = []
    store = LearnerStore(home, warn=warnings.append)
    assert store.progress.modules == {}
    assert len(list(home.glob("progress.json.unreadable-*"))) == 1
    assert len(warnings) == 1


def test_a_newer_format_is_refused_and_left_untouched(tmp_path: Path):
    home = tmp_path / "learner"
    home.mkdir()
    newer = '{"format_version": 99, "entries": []}'
    (home / "journal.json").write_text(newer)
    with pytest.raises(StoreError, match="newer alliance-tutor"):
        _ = LearnerStore(home).journal.entries
    assert (home / "journal.json").read_text() == newer


def test_a_newer_format_is_one_clear_line_from_the_cli(tmp_path: Path):
    home = Path(os.environ["ALLIANCE_TUTOR_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    (home / "journal.json").write_text('{"format_version": 99}')
    result = CliRunner().invoke(app, ["journal"])
    assert result.exit_code == 1
    assert result.stderr.startswith("alliance-tutor: error: ")
    assert "newer alliance-tutor" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_older_versions_are_upgraded_step_by_step(tmp_path: Path):
    path = tmp_path / "old.json"
    path.write_text('{"format_version": 1, "items": ["a"]}')

    def one_to_two(data: dict) -> dict:
        return {**data, "items": [{"id": i} for i in data["items"]]}

    def two_to_three(data: dict) -> dict:
        upgraded = dict(data)
        upgraded["renamed"] = upgraded.pop("items")
        return upgraded

    data = read_versioned(path, current=3, migrations={1: one_to_two, 2: two_to_three}, warn=print)
    assert data == {"format_version": 3, "renamed": [{"id": "a"}]}


def test_ids_that_no_longer_exist_are_kept(tmp_path: Path):
    store = LearnerStore(tmp_path / "learner")
    store.enter_section("a-module-since-removed", "old-section")
    answer(store, "Kept.", prompt="old-prompt")
    store.enter_section("mini", "welcome")  # saving again rewrites the files
    again = LearnerStore(store.home)
    assert "a-module-since-removed" in again.progress.modules
    assert again.entry_for("mini", "old-prompt") is not None


def test_forget_removes_everything_including_kept_files(tmp_path: Path):
    home = tmp_path / "learner"
    store = LearnerStore(home)
    answer(store, "x")
    (home / "journal.json.unreadable-20260101T000000").write_text("{")
    removed = store.forget()
    assert len(removed) == 2
    assert not home.exists()


def test_journal_prompt_answers_survive_a_content_reorder(tmp_path: Path):
    """Progress is by id: a section moved in the module is still the one done."""
    store = LearnerStore(tmp_path / "learner")
    store.complete_section("mini", "listening")
    from alliance_tutor.content.loader import load_course
    from alliance_tutor.study.progress import summarise

    module = load_course([FIXTURE_COURSE]).module("mini")
    assert summarise(module, store).sections_done == 1
