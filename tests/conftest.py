from __future__ import annotations

import os
from pathlib import Path

import pytest

FIXTURE_COURSE = Path(__file__).parent / "fixtures" / "course"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
):
    """Learner data goes to a temporary folder; no trainer content or colour leaks in."""
    monkeypatch.setenv("ALLIANCE_TUTOR_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.delenv("ALLIANCE_TUTOR_CONTENT", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")


@pytest.fixture
def fixture_course() -> Path:
    return FIXTURE_COURSE


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in tmp_path so reported file paths are relative and easy to compare."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


__all__ = ["FIXTURE_COURSE", "REPO", "os", "write"]
