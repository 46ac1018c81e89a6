"""Content as Markdown: the trainer's handout, and the source of the terminal preview.

One rendering of each block kind lives here, so the handout, the preview and the
study walk-through show a learner the same words.
"""

from __future__ import annotations

from alliance_tutor.content import schema
from alliance_tutor.content.loader import Module, Section
from alliance_tutor.words import LETTERS, plural

SUPERVISION_NOTE = (
    "*Studying on your own? Write your answer in your journal, and bring it to "
    "reflective supervision or a trusted colleague.*"
)


def module_markdown(module: Module, *, show_answers: bool = True) -> str:
    spec = module.spec
    parts = [
        f"# {spec.title}",
        f"*Module `{spec.id}` · about {spec.minutes} minutes · "
        f"{plural(len(module.sections), 'section')}*",
        spec.summary.strip(),
        "## What you will learn\n\n" + "\n".join(f"- {goal}" for goal in spec.objectives),
    ]
    parts.extend(
        section_markdown(section, number=index, of=len(module.sections), show_answers=show_answers)
        for index, section in enumerate(module.sections, start=1)
    )
    return "\n\n".join(parts) + "\n"


def section_markdown(
    section: Section, *, number: int | None = None, of: int | None = None, show_answers: bool = True
) -> str:
    heading = f"## {number}. {section.title}" if number is not None else f"## {section.title}"
    where = f"Section {number} of {of} · " if number is not None and of else ""
    parts = [heading, f"*{where}about {section.minutes} min*"]
    parts.extend(block_markdown(block, show_answers=show_answers) for block in section.spec.blocks)
    return "\n\n".join(parts)


def block_markdown(block: schema.Block, *, show_answers: bool = True) -> str:
    """Markdown for one block; `show_answers` marks the correct choice of a check and
    shows a journal prompt's guide (the study walk-through offers it on request)."""
    match block:
        case schema.TextBlock(body=body, title=title):
            return _titled(title, body.strip())
        case schema.KeyPointsBlock(points=points, title=title):
            return f"**{title or 'Key points'}**\n\n" + _bullets(points)
        case schema.ResearchBlock(claim=claim, citation=citation, detail=detail):
            text = f"> **Research finding.** {claim.strip()} ({citation.strip()})"
            return text + (f"\n>\n> {detail.strip()}" if detail else "")
        case schema.QuotationBlock(summary=summary, attribution=attribution, context=context):
            text = f"> **In their words, summarised.** {summary.strip()}\n>\n> — {attribution}"
            return text + (f" ({context.strip()})" if context else "")
        case schema.ThinkShareBlock(prompt=prompt, guide=guide):
            return _prompt_markdown("Think & Share", prompt, guide if show_answers else None)
        case schema.ReflectiveActivityBlock(prompt=prompt, guide=guide, title=title, steps=steps):
            label = f"Reflective activity: {title}" if title else "Reflective activity"
            body = prompt.strip() + (
                "\n\n" + "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)) if steps else ""
            )
            return _prompt_markdown(label, body, guide if show_answers else None)
        case schema.DiscussionBlock(prompt=prompt, guide=guide):
            shown_guide = guide if show_answers else None
            return _prompt_markdown(
                "Discussion for your journal", prompt, shown_guide, SUPERVISION_NOTE
            )
        case schema.VideoBlock(title=title, url=url, notice=notice, minutes=minutes):
            length = f" ({minutes} min)" if minutes else ""
            return (
                f"**Video (optional): {title}**{length}  \n<{url}>\n\n"
                f"*What to notice:* {notice.strip()}"
            )
        case schema.CheckBlock(question=question, choices=choices, scenario=scenario):
            return _check_markdown(question, choices, scenario, show_answers)
        case schema.DrillLinkBlock(skill=skill, items=items, note=note):
            text = f"**Practise:** `alliance-tutor drill {skill}`"
            text += f" — items: {', '.join(items)}" if items else ""
            return text + (f"\n\n{note.strip()}" if note else "")
        case schema.ReferencesBlock(entries=entries, title=title):
            return f"### {title or 'References'}\n\n" + _bullets(entries)
    raise AssertionError(f"unhandled block {block!r}")  # pragma: no cover


def _titled(title: str | None, body: str) -> str:
    return f"### {title}\n\n{body}" if title else body


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"- {line.strip()}" for line in lines)


def _prompt_markdown(label: str, prompt: str, guide: str | None, note: str | None = None) -> str:
    text = f"**✎ {label}**\n\n{prompt.strip()}"
    if note:
        text += f"\n\n{note}"
    return text + (f"\n\n{guide_markdown(guide)}" if guide else "")


def guide_markdown(guide: str) -> str:
    return f"*A thoughtful answer might touch on:* {guide.strip()}"


def _check_markdown(
    question: str, choices: list[schema.Choice], scenario: str | None, show_answers: bool
) -> str:
    lines = ["**Knowledge check**", ""]
    if scenario:
        lines += [f"*{scenario.strip()}*", ""]
    lines += [question.strip(), ""]
    for letter, choice in zip(LETTERS, choices, strict=False):
        mark = " ✓ **correct**" if show_answers and choice.correct else ""
        lines.append(f"- **{letter}.** {choice.text.strip()}{mark}")
        if show_answers:
            lines.append(f"  - *{choice.explanation.strip()}*")
    return "\n".join(lines)
