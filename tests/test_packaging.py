"""The built wheel carries the course: a plain, non-editable install finds it from anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(dist)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    [wheel] = dist.glob("*.whl")
    target = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as archive:  # a wheel is a zip; unpacking it is installing it
        archive.extractall(target)
    return target


def test_wheel_contains_the_builtin_course(installed: Path):
    content = installed / "alliance_tutor" / "_content"
    source_files = sorted(
        p.relative_to(REPO / "content").as_posix() for p in (REPO / "content").rglob("*.yaml")
    )
    packaged = sorted(p.relative_to(content).as_posix() for p in content.rglob("*.yaml"))
    assert packaged == source_files


def test_installed_package_lists_its_course_from_another_folder(installed: Path, tmp_path: Path):
    env = {**os.environ, "PYTHONPATH": str(installed)}
    result = subprocess.run(
        [sys.executable, "-m", "alliance_tutor", "list", "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    modules = json.loads(result.stdout)["modules"]
    expected = sorted(p.parent.name for p in (REPO / "content" / "modules").glob("*/module.yaml"))
    assert sorted(m["id"] for m in modules) == expected
    for module in modules:
        assert Path(module["path"]).is_relative_to(installed / "alliance_tutor" / "_content")
