"""End to end in a pseudo-terminal: the home menu, a journal answer, Ctrl-C, and resuming."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pexpect
import pytest

from alliance_tutor.content.loader import load_course
from alliance_tutor.content.paths import content_roots
from tests.conftest import FIXTURE_COURSE

TIMEOUT = 20


def spawn(home: Path) -> pexpect.spawn:
    env = {
        **os.environ,
        "ALLIANCE_TUTOR_HOME": str(home),
        "ALLIANCE_TUTOR_CONTENT": str(FIXTURE_COURSE),
        "TERM": "xterm",
        "NO_COLOR": "1",
        "PROMPT_TOOLKIT_NO_CPR": "1",
    }
    return pexpect.spawn(
        sys.executable,
        ["-m", "alliance_tutor"],
        env=env,
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(50, 140),
    )


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_home_menu_study_quit_and_resume(tmp_path: Path):
    home = tmp_path / "learner"
    modules = load_course(content_roots([FIXTURE_COURSE])).modules
    mini_number = [m.id for m in modules].index("mini") + 1

    child = spawn(home)
    child.expect("Welcome to alliance-tutor")
    child.expect("What would you like to do")
    child.send("\r")  # Choose a module (the first option on a first run)
    child.expect("Which module")
    child.send(f"{mini_number}\r")
    child.expect("Your journal")
    child.send("\r")  # Write my answer
    child.expect("Enter on an empty line saves it")
    child.send("Arrive on time and say hello to the baby.\r\r")
    child.expect("Saved to your journal")
    child.expect("What next")
    child.sendcontrol("c")
    child.expect("Your answers are saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130

    journal = home / "journal.json"
    entries = json.loads(journal.read_text())["entries"]
    assert entries[0]["versions"][0]["text"] == "Arrive on time and say hello to the baby."
    assert stat.S_IMODE(journal.stat().st_mode) == 0o600
    assert stat.S_IMODE(home.stat().st_mode) == 0o700

    child = spawn(home)
    child.expect("What would you like to do")
    child.expect("Continue: A tiny test module, section 2 of 2")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
