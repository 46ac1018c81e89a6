"""The source outline (OUTLINE.md): which source sections the content must cover."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from alliance_tutor.content.loader import Course, Problem, line_of

_ROW_ID = re.compile(r"^\|\s*`?([a-z0-9-]+\.[a-z0-9-]+)`?\s*\|", re.MULTILINE)


def read_outline_ids(text: str) -> list[str]:
    """Ids from the first column of the outline's tables, in order."""
    return list(dict.fromkeys(_ROW_ID.findall(text)))


@dataclass(frozen=True)
class Coverage:
    outline_ids: tuple[str, ...]
    uncovered: tuple[str, ...]
    unknown_sources: tuple[Problem, ...]

    @property
    def complete(self) -> bool:
        return not self.uncovered and not self.unknown_sources


def check_coverage(course: Course, outline_ids: Sequence[str], outline_file: Path) -> Coverage:
    """Which outline ids no section covers, and which section sources the outline lacks."""
    known = set(outline_ids)
    covered: set[str] = set()
    unknown: list[Problem] = []
    for module in course.modules:
        for section in module.sections:
            for index, source in enumerate(section.spec.sources):
                covered.add(source)
                if source not in known:
                    line = line_of(section.path, ("sources", index))
                    message = f"'{source}' is not an id of {outline_file.name}"
                    unknown.append(Problem(section.path, line, f"sources[{index}]", message))
    uncovered = tuple(i for i in outline_ids if i not in covered)
    return Coverage(tuple(outline_ids), uncovered, tuple(unknown))
