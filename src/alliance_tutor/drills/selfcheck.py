"""A test suite for drill content: model answers must pass, known weak answers must fail."""

from __future__ import annotations

from alliance_tutor.content.loader import Course, DrillItem, Problem, line_of
from alliance_tutor.drills.bank import task_for
from alliance_tutor.feedback.skills import PRODUCTION_SKILLS, DrillTask, check_answer


def self_check(course: Course) -> list[Problem]:
    problems: list[Problem] = []
    for skill, bank in course.drills.items():
        for item in bank.items:
            task = task_for(skill, item)
            if not isinstance(task, DrillTask):
                continue
            if skill not in PRODUCTION_SKILLS:
                problems.append(
                    _problem(
                        item, "model_answers", 0, f"'{skill}' has no answer rules; use choices"
                    )
                )
                continue
            for index, answer in enumerate(item.spec.model_answers):
                result = check_answer(task, answer)
                if not result.passed:
                    why = "; ".join(f.message for f in result.findings if f.required and not f.ok)
                    problems.append(
                        _problem(
                            item, "model_answers", index, f"model answer fails its own rules: {why}"
                        )
                    )
            for index, answer in enumerate(item.spec.weak_answers):
                if check_answer(task, answer).passed:
                    problems.append(
                        _problem(
                            item,
                            "weak_answers",
                            index,
                            "weak answer passes the rules; make it fail one",
                        )
                    )
    return problems


def _problem(item: DrillItem, field: str, index: int, message: str) -> Problem:
    where = ("items", item.index, field, index)
    return Problem(
        item.path, line_of(item.path, where), f"items[{item.index}].{field}[{index}]", message
    )
