"""A module-level name bound twice silently replaces the first value for every
function that reads it (a word list defined twice in the classifier once did)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import alliance_tutor.feedback

FEEDBACK = Path(alliance_tutor.feedback.__file__).parent


def _top_level_names(path: Path) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names[node.name] += 1
            continue
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        else:
            continue
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


@pytest.mark.parametrize("path", sorted(FEEDBACK.glob("*.py")), ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    twice = sorted(name for name, n in _top_level_names(path).items() if n > 1)
    assert twice == [], f"{path.name} binds {twice} more than once"
