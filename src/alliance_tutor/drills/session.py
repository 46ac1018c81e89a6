"""A drill session: pick items, take answers, give feedback, keep the history."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import mean

from alliance_tutor.content.loader import DrillBank, DrillItem
from alliance_tutor.drills.bank import task_for
from alliance_tutor.feedback.skills import (
    DrillResult,
    DrillTask,
    RecognitionTask,
    check_answer,
    check_choice,
)
from alliance_tutor.store.learner import LearnerStore
from alliance_tutor.ui.base import Prompter
from alliance_tutor.words import LETTERS, lettered_list, lettered_menu

DEFAULT_COUNT = 5


def pick_items(
    bank: DrillBank, store: LearnerStore, count: int = DEFAULT_COUNT, seed: int | None = None
) -> list[DrillItem]:
    """Items never passed come first (never tried before tried), then the rest; shuffled."""
    rng = random.Random(seed)
    passed = {a.item for a in store.drills.attempts if a.skill == bank.skill and a.passed}
    tried = {a.item for a in store.drills.attempts if a.skill == bank.skill}
    items = list(bank.items)
    rng.shuffle(items)
    items.sort(key=lambda item: (item.id in passed, item.id in tried))
    return items[: max(1, count)]


def result_markdown(result: DrillResult, *, show_model: bool) -> str:
    verdict = "✓ **Passed**" if result.passed else "✗ **Not yet**"
    lines = [f"{verdict} · score {result.score} · coded as *{result.code.replace('_', ' ')}*", ""]
    for finding in result.findings:
        mark = "✓" if finding.ok else ("✗" if finding.required else "→")
        lines.append(f"- {mark} {finding.message}")
        if not finding.ok and finding.teaching:
            lines.append(f"  - *{finding.teaching}*")
    if show_model and result.model_answer:
        lines += ["", f"*One way to say it:* {result.model_answer}"]
    return "\n".join(lines)


@dataclass
class SessionSummary:
    skill: str
    session: int
    results: list[DrillResult] = field(default_factory=list)
    skipped: int = 0

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.results)


def session_scores(store: LearnerStore, skill: str) -> list[float]:
    """Mean score of each past session of a skill, oldest first (the trend)."""
    by_session: dict[int, list[int]] = {}
    for attempt in store.drills.attempts:
        if attempt.skill == skill:
            by_session.setdefault(attempt.session, []).append(attempt.score)
    return [mean(scores) for _, scores in sorted(by_session.items())]


def summary_markdown(summary: SessionSummary, trend: Sequence[float]) -> str:
    answered = len(summary.results)
    lines = [
        f"## Session summary: {summary.skill}",
        "",
        f"- Answers: {answered} ({summary.passed} passed), skipped: {summary.skipped}",
    ]
    if answered:
        lines.append(f"- Mean score: {mean(r.score for r in summary.results):.0f}")
    if len(trend) > 1:
        shown = " → ".join(f"{score:.0f}" for score in trend[-6:])
        direction = (
            "rising" if trend[-1] > trend[-2] else "falling" if trend[-1] < trend[-2] else "steady"
        )
        lines.append(f"- Your sessions so far (mean score): {shown} ({direction})")
    return "\n".join(lines)


@dataclass
class DrillSession:
    bank: DrillBank
    store: LearnerStore
    ui: Prompter

    def run(self, items: Sequence[DrillItem]) -> SessionSummary:
        summary = SessionSummary(self.bank.skill, self.store.start_drill_session(self.bank.skill))
        for number, item in enumerate(items, start=1):
            self.ui.show(self.item_markdown(item, number, len(items)))
            result, hints = self.practise(item)
            if result is None:
                summary.skipped += 1
                continue
            summary.results.append(result)
            self.store.record_drill(
                session=summary.session,
                skill=self.bank.skill,
                item=item.id,
                passed=result.passed,
                score=result.score,
                hints=hints,
            )
        self.ui.show(summary_markdown(summary, session_scores(self.store, self.bank.skill)))
        return summary

    def item_markdown(self, item: DrillItem, number: int, total: int) -> str:
        spec = item.spec
        parts = [f"---\n\n**{self.bank.title}** · item {number} of {total}"]
        if spec.context:
            parts.append(f"*{spec.context.strip()}*")
        parts.append("> " + "\n> ".join(spec.prompt.strip().splitlines()))
        if spec.choices:  # in full here; the menu repeats only their start
            parts.append(lettered_list([choice.text for choice in spec.choices]))
        return "\n\n".join(parts)

    def practise(self, item: DrillItem) -> tuple[DrillResult | None, int]:
        """Answer, feedback, then retry or next; the best result counts."""
        task = task_for(self.bank.skill, item)
        hints, best = 0, None
        while True:
            answer = self.answer(task, item, hints)
            if answer is None:  # hint asked for
                hints += 1
                continue
            if answer == "":
                return best, hints
            result = (
                check_choice(task, answer)
                if isinstance(task, RecognitionTask)
                else check_answer(task, answer)
            )
            if best is None or result.score > best.score:
                best = result
            self.ui.show(result_markdown(result, show_model=result.passed or hints > 0))
            options = [("Next", "next"), ("Try again", "retry")]
            if not result.passed:
                options.reverse()
                options.append(("See one way to say it, then next", "model"))
            choice = self.ui.choose("What now?", options, default=options[0][1])
            if choice == "model" and result.model_answer:
                self.ui.show(f"*One way to say it:* {result.model_answer}")
            if choice != "retry":
                return best, hints

    def answer(self, task: DrillTask | RecognitionTask, item: DrillItem, hints: int) -> str | None:
        """The learner's answer; None when they asked for a hint, "" to skip."""
        hint_left = hints < len(item.spec.hints)
        if isinstance(task, RecognitionTask):
            labels = lettered_menu([choice.text for choice in task.choices])
            options: list[tuple[str, str | None]] = [
                (label, LETTERS[i]) for i, label in enumerate(labels)
            ]
            if hint_left:
                options.append(("Show a hint", None))
            options.append(("Skip", ""))
            picked = self.ui.choose("Your answer", options)
            if picked is None:
                self.ui.show(f"*Hint:* {item.spec.hints[hints]}")
            return picked
        text = self.ui.write("What would you say?")
        if text.strip():
            return text
        options = [("Write an answer", "write"), ("Skip this one", "")]
        if hint_left:
            options.insert(0, ("Show a hint", "hint"))
        choice = self.ui.choose("No answer yet.", options)
        if choice == "hint":
            self.ui.show(f"*Hint:* {item.spec.hints[hints]}")
            return None
        return self.answer(task, item, hints) if choice == "write" else ""
