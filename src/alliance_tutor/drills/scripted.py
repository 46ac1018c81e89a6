"""Checking answers without a terminal: one answer, JSON Lines of answers, a whole bank.

Results are plain data (the JSON contract in docs/scripting.md); the CLI prints them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from alliance_tutor.drills.bank import task_for
from alliance_tutor.feedback.inputs import LineError, json_object, numbered_lines
from alliance_tutor.feedback.skills import (
    PRODUCTION_SKILLS,
    SKILLS,
    DrillResult,
    DrillTask,
    check_answer,
    check_choice,
)

if TYPE_CHECKING:  # loading content is only needed when a bank item is asked for
    from collections.abc import Mapping

    from alliance_tutor.content.loader import DrillBank, DrillItem

    Banks = Mapping[str, DrillBank]


class DrillUsageError(ValueError):
    """An unknown skill or item, or a request that can't be checked (exit 2)."""


@dataclass(frozen=True, slots=True)
class CheckRequest:
    line: int
    id: Any
    answer: str
    item: str | None = None
    prompt: str | None = None


def known_skill(banks: Banks, skill: str) -> DrillBank | None:
    """The skill's bank (None for a production skill without one); unknown skills raise."""
    if skill not in SKILLS and skill not in banks:
        raise DrillUsageError(f"unknown skill '{skill}' (skills: {', '.join(SKILLS)})")
    return banks.get(skill)


def find_item(banks: Banks, skill: str, item_id: str) -> DrillItem:
    bank = known_skill(banks, skill)
    item = bank.item(item_id) if bank is not None else None
    if item is None:
        raise DrillUsageError(f"skill '{skill}' has no item '{item_id}'")
    return item


def check(
    banks: Banks, skill: str, answer: str, *, item: str | None = None, prompt: str | None = None
) -> tuple[DrillResult, str]:
    """Check one answer against a bank item or a free prompt; returns the result and prompt."""
    known_skill(banks, skill)
    if item is not None:
        found = find_item(banks, skill, item)
        task = task_for(skill, found)
        if isinstance(task, DrillTask):
            return check_answer(task, answer), found.spec.prompt
        return check_choice(task, answer), found.spec.prompt
    if prompt is None or not prompt.strip():
        raise DrillUsageError("give --prompt TEXT (or --item ID) as well as --answer")
    if skill not in PRODUCTION_SKILLS:
        raise DrillUsageError(f"'{skill}' is multiple choice: name an item with --item ID")
    return check_answer(DrillTask(skill, prompt), answer), prompt


def result_json(
    skill: str, item: str | None, prompt: str, answer: str, result: DrillResult
) -> dict[str, Any]:
    return {
        "skill": skill,
        "item": item,
        "prompt": prompt,
        "answer": answer,
        "passed": result.passed,
        "score": result.score,
        "code": result.code,
        "findings": [asdict(finding) for finding in result.findings],
        "model_answer": result.model_answer,
    }


def parse_check_lines(data: bytes) -> Iterator[CheckRequest | LineError]:
    """JSON Lines `{"id"?, "item"? or "prompt", "answer"}`; blank lines are skipped."""
    for entry in numbered_lines(data):
        if isinstance(entry, LineError):
            yield entry
            continue
        number, line = entry
        obj = json_object(number, line)
        if isinstance(obj, LineError):
            yield obj
            continue
        id_ = obj.get("id", number)
        answer, item, prompt = obj.get("answer"), obj.get("item"), obj.get("prompt")
        unknown = sorted(set(obj) - {"id", "item", "prompt", "answer"})
        if unknown:
            yield LineError(number, id_, f"unknown field(s): {', '.join(unknown)}")
        elif not isinstance(answer, str):
            yield LineError(number, id_, "'answer' must be a string")
        elif (item is None) == (prompt is None):
            yield LineError(number, id_, "give exactly one of 'item' or 'prompt'")
        elif not isinstance(item or prompt, str):
            yield LineError(number, id_, "'item' and 'prompt' must be strings")
        else:
            yield CheckRequest(number, id_, answer, item, prompt)


def parse_answer_lines(data: bytes) -> Iterator[str | LineError]:
    """Answers for `drill SKILL --answers FILE`: plain lines, or JSON Lines {"answer": ...}."""
    for entry in numbered_lines(data):
        if isinstance(entry, LineError):
            yield entry
            continue
        number, line = entry
        if not line.lstrip().startswith("{"):
            yield line
            continue
        obj = json_object(number, line)
        if isinstance(obj, LineError):
            yield obj
        elif not isinstance(obj.get("answer"), str):
            yield LineError(number, None, 'expected {"answer": "..."}')
        else:
            yield obj["answer"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One request checked: its JSON, and the result when there is one (else an error)."""

    output: dict[str, Any]
    result: DrillResult | None

    @property
    def error(self) -> str | None:
        value = self.output.get("error")
        return value if isinstance(value, str) else None


def run_requests(
    banks: Banks, skill: str, requests: Sequence[CheckRequest | LineError], *, echo_id: bool
) -> list[Outcome]:
    """Check each request in order; a bad one becomes an error outcome in its place."""
    outcomes = []
    for request in requests:
        if isinstance(request, LineError):
            error = {"id": request.id, "line": request.line, "error": request.error}
            outcomes.append(Outcome(error, None))
            continue
        try:
            result, shown = check(
                banks, skill, request.answer, item=request.item, prompt=request.prompt
            )
        except DrillUsageError as exc:
            outcomes.append(
                Outcome({"id": request.id, "line": request.line, "error": str(exc)}, None)
            )
            continue
        output = result_json(skill, request.item, shown, request.answer, result)
        outcomes.append(Outcome({"id": request.id, **output} if echo_id else output, result))
    return outcomes


def pair_answers(
    skill: str, bank: DrillBank | None, answers: Sequence[str | LineError]
) -> list[CheckRequest | LineError]:
    """`drill --answers`: the n-th answer answers the bank's n-th item."""
    items = bank.items if bank is not None else ()
    requests: list[CheckRequest | LineError] = []
    for index, answer in enumerate(answers):
        if isinstance(answer, LineError):
            requests.append(answer)
        elif index >= len(items):
            requests.append(LineError(index + 1, None, f"'{skill}' has only {len(items)} items"))
        else:
            requests.append(CheckRequest(index + 1, items[index].id, answer, items[index].id))
    return requests
