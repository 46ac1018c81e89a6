"""Drill items as tasks for the feedback engine."""

from __future__ import annotations

from typing import TYPE_CHECKING

from alliance_tutor.feedback.skills import (
    ChoiceOption,
    DrillTask,
    RecognitionTask,
)

if TYPE_CHECKING:
    from alliance_tutor.content.loader import DrillItem

Task = DrillTask | RecognitionTask


def task_for(skill: str, item: DrillItem) -> Task:
    spec = item.spec
    if spec.choices:
        choices = tuple(ChoiceOption(c.text, c.correct, c.explanation) for c in spec.choices)
        return RecognitionTask(skill, spec.prompt, choices)
    notes = spec.annotations
    return DrillTask(
        skill=skill,
        prompt=spec.prompt,
        context=spec.context,
        key_content=tuple(notes.key_content) if notes else (),
        feelings=tuple(notes.feelings) if notes else (),
        meanings=tuple(notes.meanings) if notes else (),
        points=tuple(notes.points) if notes else (),
        model_answer=spec.model_answers[0] if spec.model_answers else None,
    )
