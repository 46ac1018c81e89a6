from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from typer.testing import CliRunner

from alliance_tutor import __version__
from alliance_tutor.cli import app
from tests.conftest import FIXTURE_COURSE, write

runner = CliRunner()
ANSI = re.compile(r"\x1b\[")


def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None):
    return runner.invoke(app, list(args), env=env, input=stdin, prog_name="alliance-tutor")


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"alliance-tutor {__version__}"


def test_list_json_includes_trainer_modules_beside_builtin():
    result = run("list", "--json", "--content-dir", str(FIXTURE_COURSE))
    assert result.exit_code == 0, result.output
    modules = json.loads(result.stdout)["modules"]
    mini = next(m for m in modules if m["id"] == "mini")
    assert mini["title"] == "A tiny test module"
    assert mini["minutes"] == 8
    assert [(s["id"], s["title"]) for s in mini["sections"]] == [
        ("welcome", "Welcome to the visit"),
        ("listening", "Listening first"),
    ]
    assert all(isinstance(s["minutes"], int) and s["minutes"] >= 1 for s in mini["sections"])
    assert len(modules) >= 2  # the built-in course is listed too


def test_content_dir_from_environment_variable(tmp_path: Path):
    second = tmp_path / "second"
    shutil.copytree(FIXTURE_COURSE / "modules" / "mini", second / "modules" / "mini2")
    module_file = second / "modules" / "mini2" / "module.yaml"
    module_file.write_text(module_file.read_text().replace("id: mini", "id: mini2"))
    result = run("list", "--json", env={"ALLIANCE_TUTOR_CONTENT": f"{FIXTURE_COURSE}:{second}"})
    assert result.exit_code == 0, result.output
    ids = [m["id"] for m in json.loads(result.stdout)["modules"]]
    assert "mini" in ids and "mini2" in ids


def test_list_text_shows_sections_with_minutes():
    result = run("list", "--content-dir", str(FIXTURE_COURSE))
    assert result.exit_code == 0
    assert re.search(r"^mini  A tiny test module  \(8 min\)$", result.stdout, re.M)
    assert re.search(r"^\s+2\. listening\s+Listening first  \(8 min\)$", result.stdout, re.M)


def test_preview_markdown_is_a_handout_with_answers_marked():
    result = run("preview", "mini", "--format", "markdown", "--content-dir", str(FIXTURE_COURSE))
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith("# A tiny test module\n")
    assert "## 1. Welcome to the visit" in text
    assert "## 2. Listening first" in text
    assert "- **B.** You're exhausted. ✓ **correct**" in text
    assert "  - *Advice wearing a question mark.*" in text
    assert "(McCurdy et al., 2003)" in text
    assert "reflective supervision" in text  # the discussion prompt's note for a learner alone
    assert "<https://example.org/video>" in text
    assert not ANSI.search(text)


def test_preview_one_section_as_text_is_clean_when_piped():
    result = run("preview", "mini", "listening", "--content-dir", str(FIXTURE_COURSE))
    assert result.exit_code == 0, result.output
    assert "Listening first" in result.stdout
    assert "Welcome to the visit" not in result.stdout
    assert "Section 2 of 2" in result.stdout
    assert "You're exhausted. ✓ correct" in result.stdout
    assert not ANSI.search(result.stdout)


def test_preview_unknown_module_or_section_is_one_line_exit_2():
    result = run("preview", "nope", "--content-dir", str(FIXTURE_COURSE))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]  # exactly one line
    assert result.stderr.startswith("alliance-tutor: error: no module 'nope' (modules: ")
    result = run("preview", "mini", "nope", "--content-dir", str(FIXTURE_COURSE))
    assert result.exit_code == 2
    assert "module 'mini' has no section 'nope' (sections: welcome, listening)" in result.stderr


def test_bad_flag_is_one_line_exit_2_without_traceback():
    result = run("list", "--bogus")
    assert result.exit_code == 2
    assert result.stderr == (
        "alliance-tutor: error: No such option: --bogus (see 'alliance-tutor list --help')\n"
    )
    result = run("preview", "mini", "--format", "pdf")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "'pdf' is not one of 'text', 'markdown'" in result.stderr


def test_validate_valid_tree():
    result = run("validate", str(FIXTURE_COURSE))
    assert result.exit_code == 0
    assert result.stdout == "Valid: 1 module, 2 sections, 1 drill item.\n"


def test_validate_reports_problems_with_file_line_and_exit_1(in_tmp: Path):
    shutil.copytree(FIXTURE_COURSE, in_tmp / "course")
    section = in_tmp / "course" / "modules" / "mini" / "02-listening.yaml"
    section.write_text(section.read_text().replace("correct: true", "correct: false"))
    result = run("validate", "course")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "course/modules/mini/02-listening.yaml:12: blocks[1].choices: "
        "exactly one choice must be correct (found 0)",
        "1 problem found (1 module, 2 sections, 1 drill item).",
    ]


def test_validate_json(in_tmp: Path):
    write(in_tmp / "drills" / "reflections.yaml", "format_version: 1\nskill: reflections\n")
    result = run("validate", ".", "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["valid"] is False
    assert report["problems"] == [
        {
            "file": "drills/reflections.yaml",
            "line": 1,
            "field": "title",
            "message": "required field is missing",
        }
    ]


def test_validate_outline_reports_uncovered_ids(tmp_path: Path):
    outline = write(
        tmp_path / "OUTLINE.md",
        "| id |\n|---|\n| imh.definition |\n| huhn.reflections |\n| huhn.open-questions |\n"
        "| imh.review |\n",
    )
    result = run("validate", str(FIXTURE_COURSE), "--outline", str(outline))
    assert result.exit_code == 1
    assert "Outline: 3 of 4 ids covered." in result.stdout
    assert "Not covered by any section: imh.review" in result.stdout
    result = run("validate", str(FIXTURE_COURSE), "--outline", str(tmp_path / "missing.md"))
    assert result.exit_code == 2
    assert result.stderr.startswith("alliance-tutor: error: cannot read outline")


def test_trainer_module_id_clash_with_builtin_names_both_files(tmp_path: Path):
    result = run("list", "--json")
    builtin = json.loads(result.stdout)["modules"]
    if not builtin:
        return
    clash = tmp_path / "clash"
    shutil.copytree(FIXTURE_COURSE / "modules" / "mini", clash / "modules" / builtin[0]["id"])
    module_file = clash / "modules" / builtin[0]["id"] / "module.yaml"
    module_file.write_text(module_file.read_text().replace("id: mini", f"id: {builtin[0]['id']}"))
    result = run("validate", "--content-dir", str(clash))
    assert result.exit_code == 1
    [line] = [ln for ln in result.stdout.splitlines() if "is also used by" in ln]
    assert str(module_file) in line or "module.yaml" in line.split(":")[0]
    assert builtin[0]["path"].split("/")[-1] in line


def test_no_arguments_opens_the_home_menu_with_a_first_run_welcome():
    first = run(stdin="5\n")
    assert first.exit_code == 0, first.output
    assert "Welcome to alliance-tutor" in first.stdout
    assert "identify a family" in first.stdout
    assert "What would you like to do?" in first.stdout
    assert "5) Quit" in first.stdout
    again = run(stdin="5\n")
    assert "Welcome to alliance-tutor" not in again.stdout
