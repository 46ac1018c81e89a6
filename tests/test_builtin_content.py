"""The built-in course: valid, fully covering the source outline, with enough to practise."""

from __future__ import annotations

import msgspec
import pytest

from alliance_tutor.content import schema
from alliance_tutor.content.loader import load_course
from alliance_tutor.content.outline import check_coverage, read_outline_ids
from alliance_tutor.content.paths import builtin_content_dir
from alliance_tutor.drills.selfcheck import self_check
from alliance_tutor.feedback.skills import PRODUCTION_SKILLS, SKILLS
from tests.conftest import REPO

OUTLINE = REPO.parent / "shared" / "seeds" / "OUTLINE.md"
COURSE = load_course([builtin_content_dir()])


def blocks(kind: type) -> list:
    return [
        b for m in COURSE.modules for s in m.sections for b in s.spec.blocks if isinstance(b, kind)
    ]


def test_builtin_course_is_valid_and_its_banks_pass_their_self_check():
    assert [str(p) for p in COURSE.problems] == []
    assert [str(p) for p in self_check(COURSE)] == []


@pytest.mark.skipif(not OUTLINE.exists(), reason="the source outline is not beside this checkout")
def test_every_outline_id_is_covered():
    coverage = check_coverage(COURSE, read_outline_ids(OUTLINE.read_text()), OUTLINE)
    assert coverage.uncovered == ()
    assert coverage.unknown_sources == ()


def test_enough_knowledge_checks_and_every_module_ends_with_references():
    assert len(blocks(schema.CheckBlock)) >= 40
    for module in COURSE.modules:
        last = module.sections[-1].spec.blocks
        assert any(isinstance(b, schema.ReferencesBlock) for b in last), module.id


def test_every_skill_has_a_bank_of_the_size_asked_for():
    for skill in SKILLS:
        bank = COURSE.drills[skill]
        wanted = 25 if skill == "reflections" else 15 if skill in PRODUCTION_SKILLS else 10
        assert len(bank.items) >= wanted, skill
    for skill in PRODUCTION_SKILLS:
        for item in COURSE.drills[skill].items:
            assert 1 <= len(item.spec.model_answers) <= 3, item.id
            assert 1 <= len(item.spec.weak_answers) <= 3, item.id
            assert item.spec.hints, item.id


def test_skill_sections_link_to_their_drills():
    linked = {b.skill for b in blocks(schema.DrillLinkBlock)}
    assert linked == set(SKILLS)


READING = (
    schema.TextBlock, schema.KeyPointsBlock, schema.ResearchBlock, schema.QuotationBlock
)  # fmt: skip
WORDS_PER_MINUTE = 200


def words(value: object) -> int:
    if isinstance(value, str):
        return len(value.split())
    if isinstance(value, dict):
        return sum(words(v) for k, v in value.items() if k != "kind")
    if isinstance(value, list):
        return sum(words(v) for v in value)
    return 0


def test_sections_read_in_two_to_five_minutes():
    for module in COURSE.modules:
        for section in module.sections[:-1]:  # the last one is the references
            reading = [
                msgspec.to_builtins(b) for b in section.spec.blocks if isinstance(b, READING)
            ]
            minutes = words(reading) / WORDS_PER_MINUTE
            assert 1.0 <= minutes <= 5.5, f"{module.id}/{section.id}: {minutes:.1f} min"
