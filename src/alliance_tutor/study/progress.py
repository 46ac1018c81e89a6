"""Where a learner stands in each module, worked out from the content and the store."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from alliance_tutor.content import schema
from alliance_tutor.content.loader import Course, Module
from alliance_tutor.store.learner import LearnerStore


@dataclass(frozen=True)
class ModuleSummary:
    id: str
    title: str
    sections_done: int
    sections_total: int
    prompts_answered: int
    prompts_total: int
    checks_correct: int
    checks_answered: int
    checks_total: int
    last_section: str | None
    completed: bool

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def module_blocks(module: Module, kind: Any) -> list[Any]:
    return [b for s in module.sections for b in s.spec.blocks if isinstance(b, kind)]


def summarise(module: Module, store: LearnerStore) -> ModuleSummary:
    state = store.progress.modules.get(module.id)
    section_ids = {s.id for s in module.sections}
    prompt_ids = {b.id for b in module_blocks(module, schema.JournalPrompt)}
    check_ids = {b.id for b in module_blocks(module, schema.CheckBlock)}
    answered = {e.prompt for e in store.journal.entries if e.module == module.id}
    checks = {} if state is None else state.checks
    latest = {cid: attempts[-1].correct for cid, attempts in checks.items() if cid in check_ids}
    return ModuleSummary(
        id=module.id,
        title=module.title,
        sections_done=0 if state is None else len(section_ids & set(state.sections_done)),
        sections_total=len(section_ids),
        prompts_answered=len(prompt_ids & answered),
        prompts_total=len(prompt_ids),
        checks_correct=sum(latest.values()),
        checks_answered=len(latest),
        checks_total=len(check_ids),
        last_section=None if state is None else state.last_section,
        completed=state is not None and state.completed_at is not None,
    )


def summarise_course(course: Course, store: LearnerStore) -> list[ModuleSummary]:
    return [summarise(module, store) for module in course.modules]


def progress_markdown(summaries: list[ModuleSummary]) -> str:
    lines = [
        "| module | sections | prompts answered | knowledge checks |",
        "|---|---|---|---|",
    ]
    for s in summaries:
        done = " ✓" if s.completed else ""
        checks = f"{s.checks_correct} of {s.checks_total} right" if s.checks_answered else "—"
        lines.append(
            f"| {s.title}{done} | {s.sections_done} of {s.sections_total} | "
            f"{s.prompts_answered} of {s.prompts_total} | {checks} |"
        )
    return "\n".join(lines)
