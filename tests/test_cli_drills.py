"""`check` and `drill` for scripts (JSON contract, exit codes) and drills driven through prompts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from rich.console import Console
from typer.testing import CliRunner

from alliance_tutor.cli import app
from alliance_tutor.content.loader import load_course
from alliance_tutor.content.paths import content_roots
from alliance_tutor.drills.session import DrillSession, session_scores
from alliance_tutor.store.learner import LearnerStore
from alliance_tutor.ui.terminal import TerminalPrompter
from tests.conftest import FIXTURE_COURSE, write

runner = CliRunner()
FIXTURE = ["--content-dir", str(FIXTURE_COURSE)]
RESULT_FIELDS = {
    "skill",
    "item",
    "prompt",
    "answer",
    "passed",
    "score",
    "code",
    "findings",
    "model_answer",
}


def run(*args: str, stdin: str | bytes | None = None):
    return runner.invoke(app, list(args), input=stdin, prog_name="alliance-tutor")


def test_check_one_answer_json_contract_and_exit_codes():
    good = run(
        "check", "reflections", "--prompt", "I haven't slept in days.",
        "--answer", "You're running on empty.", "--json",
    )  # fmt: skip
    assert good.exit_code == 0, good.output
    result = json.loads(good.stdout)
    assert set(result) == RESULT_FIELDS
    assert result["passed"] is True and result["item"] is None
    assert result["prompt"] == "I haven't slept in days."
    assert all({"rule", "ok", "message", "teaching"} <= set(f) for f in result["findings"])

    bad = run(
        "check", "reflections", "--prompt", "I haven't slept in days.",
        "--answer", "Have you tried napping?", "--json",
    )  # fmt: skip
    assert bad.exit_code == 1
    assert json.loads(bad.stdout)["code"] == "question"


def test_check_against_a_bank_item_gives_its_model_answer():
    result = run(
        "check", "reflections", "--item", "tired-father", "--answer", "You're worn out.",
        "--json", *FIXTURE,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["item"] == "tired-father"
    assert body["model_answer"] == "You're worn out."


def test_check_text_output_explains_itself():
    result = run("check", "open-questions", "--prompt", "Is she eating?", "--answer", "Why not?")
    assert result.exit_code == 1
    assert "Not yet" in result.stdout and "why" in result.stdout.lower()


def test_check_usage_errors_exit_2():
    cases = [
        (("check", "juggling", "--prompt", "x", "--answer", "y"), "unknown skill 'juggling'"),
        (("check", "reflections", "--answer", "y"), "--prompt"),
        (("check", "reflections", "--prompt", "x"), "--answer"),
        (("check", "reflections", "--item", "nope", "--answer", "y"), "has no item 'nope'"),
        (("check", "stages-of-change", "--prompt", "x", "--answer", "b"), "multiple choice"),
        (("check", "reflections", "--input", "/no/such/file"), "cannot read"),
    ]
    for args, message in cases:
        result = run(*args)
        assert result.exit_code == 2, args
        assert message in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1


def test_check_input_lines_with_errors_in_place():
    stdin = (
        b'{"id": "a", "prompt": "I feel so alone here.", "answer": "You feel cut off."}\n'
        b'{"id": "b", "item": "tired-father", "answer": "Have you tried napping?"}\n'
        b"not json\n"
        b'{"id": "d", "answer": "no prompt"}\n'
        b'{"id": "e", "prompt": "I am tired.", "answer": ""}\n'
    )
    result = run("check", "reflections", "--input", "-", "--json", *FIXTURE, stdin=stdin)
    assert result.exit_code == 2  # unreadable lines make it a usage error
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", None, "d", "e"]
    assert lines[0]["passed"] is True
    assert lines[1]["passed"] is False and lines[1]["item"] == "tired-father"
    assert lines[2]["error"].startswith("invalid JSON")
    assert lines[3]["error"] == "give exactly one of 'item' or 'prompt'"
    assert lines[4]["passed"] is False
    assert "empty" in lines[4]["findings"][0]["message"]


def test_check_input_all_failing_is_exit_1(tmp_path: Path):
    source = write(
        tmp_path / "answers.jsonl",
        '{"prompt": "I am so tired.", "answer": "Good job!"}\n',
    )
    result = run("check", "affirmations", "--input", str(source), "--json")
    assert result.exit_code == 1


def test_drill_answers_file_answers_the_bank_in_order(tmp_path: Path):
    items = load_course(content_roots([FIXTURE_COURSE])).drills["reflections"].items
    models = [item.spec.model_answers[0] for item in items]
    answers = write(tmp_path / "answers.txt", "\n".join(models) + "\n")
    result = run("drill", "reflections", "--answers", str(answers), "--json", *FIXTURE)
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [line["item"] for line in lines] == [item.id for item in items]
    assert all(line["passed"] for line in lines)
    assert set(lines[0]) >= RESULT_FIELDS

    weak_first = write(tmp_path / "weak.txt", items[0].spec.weak_answers[0] + "\n")
    result = run("drill", "reflections", "--answers", str(weak_first), "--json", *FIXTURE)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["passed"] is False

    too_many = write(tmp_path / "more.txt", "\n".join([*models, "One more."]) + "\n")
    result = run("drill", "reflections", "--answers", str(too_many), "--json", *FIXTURE)
    assert result.exit_code == 2
    assert f"only {len(items)} items" in result.stdout.splitlines()[-1]


def test_validate_runs_the_bank_self_check(tmp_path: Path, in_tmp: Path):
    shutil.copytree(FIXTURE_COURSE, in_tmp / "course")
    bank = in_tmp / "course" / "drills" / "reflections.yaml"
    bank.write_text(
        bank.read_text()
        .replace("model_answers: [You're worn out.]", "model_answers: [Why are you tired?]")
        .replace("weak_answers: [Have you tried napping?]", "weak_answers: [You're worn out.]")
    )
    result = run("validate", "course")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(
        "course/drills/reflections.yaml:9: items[0].model_answers[0]: model answer fails its own "
        "rules:"
    )
    assert lines[1] == (
        "course/drills/reflections.yaml:10: items[0].weak_answers[0]: weak answer passes the "
        "rules; make it fail one"
    )


def test_interactive_drill_with_hint_retry_and_history(tmp_path: Path):
    course = load_course([FIXTURE_COURSE])
    bank = course.drills["reflections"]
    store = LearnerStore(tmp_path / "learner")
    screen = tmp_path / "screen.txt"
    with (
        create_pipe_input() as keys,
        create_app_session(input=keys, output=DummyOutput()),
        screen.open("w") as out,
    ):
        ui = TerminalPrompter(Console(file=out, width=100))
        # empty answer -> "Show a hint"; then a weak answer; "Try again" (the default after a
        # failure); a good answer; "Next" (the default after a pass).
        keys.send_text(
            "\r" + "\r" + "Have you tried napping?\r\r" + "\r" + "You're worn out.\r\r" + "\r"
        )
        summary = DrillSession(bank, store, ui).run(bank.items)
    assert summary.passed == 1 and summary.results[0].score == 100
    text = screen.read_text()
    assert "Hint: What is he feeling?" in text
    assert "Not yet" in text and "Passed" in text
    assert "Session summary: reflections" in text
    [attempt] = store.drills.attempts
    assert (attempt.item, attempt.passed, attempt.hints) == ("tired-father", True, 1)
    assert session_scores(store, "reflections") == [100]
