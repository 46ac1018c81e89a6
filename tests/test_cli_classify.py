"""The scripted contract of `classify` and `analyze`: JSON fields, per-line errors, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from alliance_tutor.cli import app
from alliance_tutor.feedback import CODES
from tests.conftest import write

runner = CliRunner()


def run(*args: str, stdin: bytes | str | None = None):
    return runner.invoke(app, list(args), input=stdin, prog_name="alliance-tutor")


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_classify_arguments_json_fields():
    result = run("classify", "--json", "What has this week been like for you?", "Good job!")
    assert result.exit_code == 0, result.output
    first, second = json_lines(result.stdout)
    assert set(first) == {
        "id",
        "text",
        "code",
        "question_type",
        "reflection_type",
        "behaviour",
        "evidence",
    }
    assert first["id"] == 1 and second["id"] == 2
    assert (first["code"], first["question_type"], first["behaviour"]) == (
        "question",
        "open",
        "question",
    )
    assert first["reflection_type"] is None
    assert second["code"] in CODES and second["code"] != "affirm"
    assert any(e["rule"] == "praise" for e in second["evidence"])
    assert all({"rule", "words", "sentence"} == set(e) for e in first["evidence"])


def test_classify_context_option_is_used_for_arguments():
    result = run(
        "classify",
        "--json",
        "--context",
        "I'm so tired, the baby is up every two hours.",
        "You're exhausted.",
    )
    [coded] = json_lines(result.stdout)
    assert coded["behaviour"] == "reflection"


def test_classify_jsonl_from_stdin_keeps_order_and_reports_bad_lines_in_place():
    stdin = (
        b'{"id": "u1", "text": "Are you feeling sad?"}\n'
        b"\n"
        b'{"id": "u2", "text": 5}\n'
        b"{not json\n"
        b"\xff\xfe broken bytes\n"
        b'{"id": "u3", "text": "You need to put her down on her back.", "context": "She sleeps '
        b'on her tummy."}\n' + b"x" * 1_000_000 + b"\n"
        b"How are you feeling?\n"
    )
    result = run("classify", "--input", "-", "--json", stdin=stdin)
    assert result.exit_code == 1
    lines = json_lines(result.stdout)
    assert [line.get("id") for line in lines] == ["u1", "u2", None, None, "u3", 7, 8]
    assert lines[0]["question_type"] == "closed"
    assert lines[1] == {"id": "u2", "line": 3, "error": "'text' must be a string"}
    assert lines[2]["error"].startswith("invalid JSON")
    assert lines[3] == {"id": None, "line": 5, "error": "not valid UTF-8 (byte 1)"}
    assert lines[4]["behaviour"] == "therapist_input"
    assert "limit is 10,000" in lines[5]["error"]
    assert lines[6]["question_type"] == "open"


def test_classify_all_good_lines_exit_0_and_table_without_json(tmp_path: Path):
    source = write(tmp_path / "lines.txt", "Are you feeling sad?\nHow are you feeling?\n")
    result = run("classify", "--input", str(source))
    assert result.exit_code == 0
    assert "closed" in result.stdout and "open" in result.stdout


def test_classify_usage_errors_exit_2():
    for args, message in [
        ((), "nothing to classify"),
        (("--input", "/no/such/file"), "cannot read /no/such/file"),
        (("hello", "--input", "-"), "not both"),
    ]:
        result = run("classify", *args)
        assert result.exit_code == 2, args
        assert message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    result = run("classify", "--input", "-", stdin=b"\n\n")
    assert result.exit_code == 2
    assert "no utterances" in result.stderr


TRANSCRIPT = """\
Home visitor: How have the nights been this week?
Mom: Awful. She's up every two hours and I'm back at work on Monday.
Home visitor: You're worried about how you'll manage work on so little sleep.
Mom: Yes, exactly.
Home visitor: Would it be okay if I shared what some other parents have tried?
Mom: Sure.
Home visitor: Some parents take turns with a partner or a relative for the night feeds.
"""


def test_analyze_plain_transcript_json(tmp_path: Path):
    path = write(tmp_path / "visit.txt", TRANSCRIPT)
    result = run("analyze", str(path), "--json", "--utterances")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["helper"] == "Home visitor"
    assert set(report["counts"]) == set(CODES)
    assert sum(report["counts"].values()) == 4 == len(report["utterances"])
    assert report["counts"]["question"] == 1
    reflections = report["counts"]["simple_reflection"] + report["counts"]["complex_reflection"]
    assert report["reflection_to_question"] == reflections
    assert report["percent_open_questions"] == 100.0
    told = report["counts"]["giving_information"]
    assert (reflections, told) == (1, 1)
    assert report["reflection_share"] == (reflections + 1) / (reflections + told + 2)
    assert report["ratings"]["reflection_to_question"]["fair"] == 1.0
    assert report["ratings"]["reflection_to_question"]["good"] == 2.0
    assert report["ratings"]["percent_complex_reflections"]["fair"] == 40.0
    assert report["utterances"][0]["question_type"] == "open"
    assert report["mi_adherent"] >= 1  # asking permission is seeking collaboration


def test_analyze_jsonl_and_csv_and_helper_option(tmp_path: Path):
    jsonl = write(
        tmp_path / "visit.jsonl",
        '{"speaker": "Dana", "text": "How has his eating been this week?"}\n'
        '{"speaker": "Grandma", "text": "His eating."}\n',
    )
    result = run("analyze", str(jsonl), "--json", "--helper", "dana")
    assert json.loads(result.stdout)["counts"]["question"] == 1
    csv_file = write(
        tmp_path / "visit.csv",
        'speaker,text\nCounselor,"How are things, really?"\nClient,Fine.\n',
    )
    result = run("analyze", str(csv_file), "--json")
    assert json.loads(result.stdout)["helper"] == "Counselor"


def test_analyze_errors_are_one_line_exit_2(tmp_path: Path):
    cases = [
        (write(tmp_path / "empty.txt", "   \n"), "the transcript is empty"),
        (write(tmp_path / "who.txt", "Ann: Hi.\nBea: Hello.\n"), "helper"),
        (write(tmp_path / "bad.jsonl", '{"speaker": "T"\n'), "invalid JSON"),
        (tmp_path / "missing.txt", "cannot read"),
    ]
    for path, message in cases:
        result = run("analyze", str(path))
        assert result.exit_code == 2, path
        assert message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    (tmp_path / "latin.txt").write_bytes(b"Therapist: caf\xe9?\n")
    result = run("analyze", str(tmp_path / "latin.txt"))
    assert result.exit_code == 2 and "not UTF-8" in result.stderr


def test_analyze_terminal_report_has_table_and_scores(tmp_path: Path):
    path = write(tmp_path / "visit.txt", TRANSCRIPT)
    result = run("analyze", str(path))
    assert result.exit_code == 0
    assert "reflection to question" in result.stdout
    assert "█" in result.stdout
