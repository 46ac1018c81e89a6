"""Where content lives: the built-in course and the trainer's own folders."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def builtin_content_dir() -> Path:
    """The course shipped with the package (the wheel copies `content/` to `_content/`)."""
    packaged = _PACKAGE_DIR / "_content"
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent.parent / "content"  # a source checkout or editable install


def content_roots(extra_dirs: Iterable[Path] = ()) -> list[Path]:
    """The built-in course first, then the trainer's folders in the order given."""
    builtin = builtin_content_dir()
    roots = [builtin]
    for folder in extra_dirs:
        if folder.resolve() != builtin.resolve() and folder not in roots:
            roots.append(folder)
    return roots
