from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from alliance_tutor.content import schema
from alliance_tutor.content.loader import ContentLookupError, load_course
from alliance_tutor.content.outline import check_coverage, read_outline_ids
from alliance_tutor.content.yamlsource import YamlSyntaxError, parse_yaml
from tests.conftest import FIXTURE_COURSE, write

MODULE = """\
format_version: 1
id: demo
title: Demo
summary: A demo module.
minutes: 5
objectives: [Learn]
sections: [one.yaml]
"""

SECTION_HEAD = """\
format_version: 1
id: one
title: One
sources: [imh.definition]
blocks:
"""


def problems_for(root: Path) -> list[str]:
    return [str(p) for p in sorted(load_course([root]).problems)]


def demo_module(root: Path, section_blocks: str, module: str = MODULE) -> Path:
    write(root / "modules" / "demo" / "module.yaml", module)
    write(root / "modules" / "demo" / "one.yaml", SECTION_HEAD + section_blocks)
    return root


def test_fixture_course_loads_with_every_block_kind():
    course = load_course([FIXTURE_COURSE])
    assert course.problems == ()
    module = course.module("mini")
    assert [s.id for s in module.sections] == ["welcome", "listening"]
    kinds = {type(block).__struct_config__.tag for s in module.sections for block in s.spec.blocks}
    assert kinds == set(schema.BLOCK_KINDS)
    assert course.drills["reflections"].item("tired-father") is not None
    check = module.section("listening").spec.blocks[1]
    assert isinstance(check, schema.CheckBlock)
    assert [c.correct for c in check.choices] == [False, True, False]


def test_unknown_module_and_section_are_lookup_errors():
    course = load_course([FIXTURE_COURSE])
    with pytest.raises(ContentLookupError, match=r"no module 'nope'.*mini"):
        course.module("nope")
    with pytest.raises(ContentLookupError, match=r"no section 'nope'.*welcome, listening"):
        course.module("mini").section("nope")


def test_section_minutes_estimate_counts_prompts_and_checks():
    module = load_course([FIXTURE_COURSE]).module("mini")
    # about 110 words (one minute of reading), two journal prompts, one check
    assert module.section("listening").minutes == 1 + 2 * 3 + 1


def test_yaml_syntax_error_reports_its_line(in_tmp: Path):
    demo_module(in_tmp, "  - kind: text\n    body: [unclosed\n  - kind: text\n")
    [problem] = problems_for(in_tmp)
    assert problem.startswith("modules/demo/one.yaml:8: yaml: ")


def test_every_problem_of_a_tree_is_reported_with_file_line_and_field(in_tmp: Path):
    demo_module(
        in_tmp,
        """\
  - kind: txt
    body: hello
  - kind: think-share
    id: ts-one
    promt: What?
    guide: Something.
  - kind: check
    id: check-one
    question: Which?
    choices:
      - text: A
        explanation: because
        correct: true
      - text: B
        explanation: because
        correct: true
  - kind: video
    title: V
    url: not-a-link
    notice: N
  - kind: research
    claim: Something true.
""",
    )
    assert problems_for(in_tmp) == [
        "modules/demo/one.yaml:6: blocks[0].kind: unknown block kind 'txt'; expected one of: "
        + ", ".join(schema.BLOCK_KINDS),
        "modules/demo/one.yaml:10: blocks[1].promt: unknown field (did you mean 'prompt'?)",
        "modules/demo/one.yaml:15: blocks[2].choices: exactly one choice must be correct (found 2)",
        "modules/demo/one.yaml:24: blocks[3].url: must be a link starting with http:// or https://",
        "modules/demo/one.yaml:26: blocks[4].citation: required field is missing",
    ]


def test_field_level_type_and_pattern_errors(in_tmp: Path):
    module = MODULE.replace("minutes: 5", "minutes: soon").replace("id: demo", "id: Demo Module")
    write(in_tmp / "modules" / "demo" / "module.yaml", module)
    problems = problems_for(in_tmp)
    # msgspec stops at the first bad field of a mapping; the module file is one mapping
    assert problems == [
        "modules/demo/module.yaml:2: id: must be lower-case letters, digits and hyphens, "
        "like 'two-relationships'"
    ]
    write(
        in_tmp / "modules" / "demo" / "module.yaml", MODULE.replace("minutes: 5", "minutes: soon")
    )
    assert problems_for(in_tmp) == [
        "modules/demo/module.yaml:5: minutes: expected a whole number, got text"
    ]


def test_missing_section_file_and_folder_name_mismatch(in_tmp: Path):
    write(
        in_tmp / "modules" / "other" / "module.yaml",
        MODULE.replace("sections: [one.yaml]", "sections:\n  - one.yaml\n  - ../escape.yaml"),
    )
    assert problems_for(in_tmp) == [
        "modules/other/module.yaml:2: id: module id 'demo' must match its folder name 'other'",
        "modules/other/module.yaml:8: sections[0]: section file 'one.yaml' does not exist",
        "modules/other/module.yaml:9: sections[1]: '../escape.yaml' must be a file inside the "
        "module folder",
    ]


def test_duplicate_ids_within_a_module_name_the_first_place(in_tmp: Path):
    demo_module(
        in_tmp,
        """\
  - kind: think-share
    id: one
    prompt: What?
    guide: Something.
""",
    )
    assert problems_for(in_tmp) == [
        "modules/demo/one.yaml:7: blocks[0].id: id 'one' is already used at modules/demo/one.yaml:2"
    ]


def test_duplicate_yaml_key_is_reported(in_tmp: Path):
    demo_module(in_tmp, "  - kind: text\n    body: a\n    body: b\n")
    assert problems_for(in_tmp) == [
        "modules/demo/one.yaml:8: blocks[0].body: given twice in the same mapping"
    ]


def test_drill_links_must_point_at_existing_bank_and_items(in_tmp: Path):
    demo_module(
        in_tmp,
        """\
  - kind: drill
    skill: reflections
    items: [tired-father, no-such-item]
  - kind: drill
    skill: summaries
""",
    )
    shutil.copytree(FIXTURE_COURSE / "drills", in_tmp / "drills")
    assert problems_for(in_tmp) == [
        "modules/demo/one.yaml:8: blocks[0].items[1]: drill 'reflections' has no item "
        "'no-such-item'",
        "modules/demo/one.yaml:10: blocks[1].skill: no drill bank for skill 'summaries'",
    ]


def test_newer_format_version_is_refused_clearly(in_tmp: Path):
    demo_module(in_tmp, "  - kind: text\n    body: a\n")
    write(
        in_tmp / "modules" / "demo" / "module.yaml",
        MODULE.replace("format_version: 1", "format_version: 2"),
    )
    [problem] = problems_for(in_tmp)
    assert problem == (
        "modules/demo/module.yaml:1: format_version: format_version 2 is not supported; "
        "this alliance-tutor reads format_version 1"
    )


def test_empty_and_non_mapping_files(in_tmp: Path):
    write(in_tmp / "modules" / "demo" / "module.yaml", "")
    write(in_tmp / "drills" / "reflections.yaml", "- just\n- a list\n")
    assert problems_for(in_tmp) == [
        "drills/reflections.yaml:1: (file): expected a mapping of fields, the file is a list",
        "modules/demo/module.yaml:1: (file): expected a mapping of fields, the file is empty",
    ]


def test_not_utf8_is_a_problem_not_a_crash(in_tmp: Path):
    (in_tmp / "modules" / "demo").mkdir(parents=True)
    (in_tmp / "modules" / "demo" / "module.yaml").write_bytes(b"id: \xff\xfe\n")
    [problem] = problems_for(in_tmp)
    assert problem.startswith("modules/demo/module.yaml:1: file: not UTF-8 text")


def test_module_id_clash_between_folders_names_both_files(tmp_path: Path):
    mine = tmp_path / "mine"
    shutil.copytree(FIXTURE_COURSE, mine)
    course = load_course([FIXTURE_COURSE, mine])
    clashes = [p for p in course.problems if "is also used by" in p.message]
    assert {p.field for p in clashes} == {"id", "items[0].id"}
    module_clash = next(p for p in clashes if p.field == "id")
    assert module_clash.file == mine / "modules" / "mini" / "module.yaml"
    assert str(FIXTURE_COURSE / "modules" / "mini" / "module.yaml") in module_clash.message or (
        "tests/fixtures/course/modules/mini/module.yaml" in module_clash.message
    )
    # the first folder's module is kept
    assert [m.path for m in course.modules] == [FIXTURE_COURSE / "modules" / "mini" / "module.yaml"]


def test_a_folder_without_content_is_reported(tmp_path: Path):
    [problem] = load_course([tmp_path]).problems
    assert problem.message == "no modules/<id>/module.yaml or drills/*.yaml here"


def test_single_module_folder_is_accepted():
    course = load_course([FIXTURE_COURSE / "modules" / "mini"])
    assert [m.id for m in course.modules] == ["mini"]


def test_yaml_parser_uses_safe_loading():
    with pytest.raises(YamlSyntaxError):
        parse_yaml("a: !!python/object/apply:os.system ['true']\n")


def test_outline_coverage_lists_uncovered_and_unknown_ids(tmp_path: Path):
    outline = write(
        tmp_path / "OUTLINE.md",
        "| id | slide |\n|---|---|\n| imh.definition | x |\n| imh.review | y |\n"
        "| huhn.reflections | z |\n",
    )
    ids = read_outline_ids(outline.read_text())
    assert ids == ["imh.definition", "imh.review", "huhn.reflections"]
    coverage = check_coverage(load_course([FIXTURE_COURSE]), ids, outline)
    assert coverage.uncovered == ("imh.review",)
    [unknown] = coverage.unknown_sources
    assert unknown.field == "sources[1]"
    assert unknown.message == "'huhn.open-questions' is not an id of OUTLINE.md"
    assert unknown.line == 4
