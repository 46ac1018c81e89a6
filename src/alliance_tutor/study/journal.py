"""The journal as Markdown, ready to bring to reflective supervision."""

from __future__ import annotations

from datetime import date

from alliance_tutor.content.loader import ContentLookupError, Course
from alliance_tutor.store.learner import JournalEntry

PRIVACY_NOTE = (
    "This journal is private and stays on your computer. Before you share it, check "
    "that it holds no names or other details that could identify a family."
)


def _titles(course: Course, entry: JournalEntry) -> tuple[str, str]:
    try:
        module = course.module(entry.module)
    except ContentLookupError:
        return entry.module, entry.section
    try:
        return module.title, module.section(entry.section).title
    except ContentLookupError:
        return module.title, entry.section


def export_markdown(course: Course, entries: list[JournalEntry], today: date | None = None) -> str:
    """Entries grouped by module and section, each with its prompt, answer and date."""
    today = today or date.today()
    parts = [
        "# My alliance-tutor journal",
        f"*Exported {today.isoformat()}. {PRIVACY_NOTE}*",
        "*Bring what you wrote to reflective supervision: it is a place to think "
        "these questions through with someone.*",
    ]
    module_order = {m.id: i for i, m in enumerate(course.modules)}
    ordered = sorted(entries, key=lambda e: (module_order.get(e.module, 999), e.module, int(e.id)))
    current_module = current_section = None
    for entry in ordered:
        module_title, section_title = _titles(course, entry)
        if entry.module != current_module:
            parts.append(f"## {module_title}")
            current_module, current_section = entry.module, None
        if entry.section != current_section:
            parts.append(f"### {section_title}")
            current_section = entry.section
        revised = len(entry.versions) - 1
        note = f", revised {revised} time{'s' if revised != 1 else ''}" if revised else ""
        quoted_prompt = "\n".join(f"> {line}" for line in entry.prompt_text.strip().splitlines())
        parts.append(
            f"{quoted_prompt}\n\n{entry.text}\n\n*Entry {entry.id}, written "
            f"{entry.versions[0].at[:10]}{note}; last changed {entry.updated_at[:10]}.*"
        )
    if not entries:
        parts.append("*No entries yet.*")
    return "\n\n".join(parts) + "\n"
