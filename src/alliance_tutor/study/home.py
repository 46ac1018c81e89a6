"""The home menu: what `alliance-tutor` opens with no arguments."""

from __future__ import annotations

from alliance_tutor.content.loader import ContentLookupError, Course, Module
from alliance_tutor.store.learner import LearnerStore
from alliance_tutor.study.journal import export_markdown
from alliance_tutor.study.progress import progress_markdown, summarise, summarise_course
from alliance_tutor.study.walkthrough import Walkthrough
from alliance_tutor.ui.base import Prompter


def welcome_markdown(course: Course, store: LearnerStore) -> str:
    minutes = sorted(m.spec.minutes for m in course.modules)
    span = f"{minutes[0]} to {minutes[-1]} minutes" if minutes else "under an hour"
    return (
        "# Welcome to alliance-tutor\n\n"
        "A quiet place to study how home visitors build a **therapeutic alliance** with "
        "families, and to practise the listening skills of motivational interviewing.\n\n"
        f"- There are {len(course.modules)} modules; each takes about {span}, in short "
        "sections you can stop between. Your place is saved.\n"
        "- Reflective prompts go into a private journal that you can export for "
        "reflective supervision.\n"
        f"- Your answers are kept only on this computer, in `{store.home}`.\n\n"
        "*Please don't write names or other details that could identify a family.*"
    )


def continue_target(course: Course, store: LearnerStore) -> Module | None:
    last = store.progress.last_module
    if last is None:
        return None
    try:
        return course.module(last)
    except ContentLookupError:  # content removed since; the progress is kept anyway
        return None


def choose_module(course: Course, store: LearnerStore, ui: Prompter) -> Module | None:
    options: list[tuple[str, Module | None]] = []
    for module in course.modules:
        s = summarise(module, store)
        done = " ✓" if s.completed else f" ({s.sections_done} of {s.sections_total} done)"
        options.append((f"{module.title} · {module.spec.minutes} min{done}", module))
    options.append(("Back", None))
    return ui.choose("Which module?", options)


def choose_skill(course: Course, ui: Prompter) -> str | None:
    options: list[tuple[str, str | None]] = [
        (f"{bank.title} ({len(bank.items)} items)", skill)
        for skill, bank in sorted(course.drills.items())
        if bank.items
    ]
    if not options:
        ui.say("There are no drills yet.")
        return None
    options.append(("Back", None))
    return ui.choose("Which skill would you like to practise?", options)


def run_home(course: Course, store: LearnerStore, ui: Prompter) -> None:
    if not store.progress.welcomed:
        ui.show(welcome_markdown(course, store))
        store.mark_welcomed()
    while True:
        options: list[tuple[str, str]] = []
        resume = continue_target(course, store)
        if resume is not None:
            where = Walkthrough(resume, store, ui).start_index() + 1
            label = f"Continue: {resume.title}, section {where} of {len(resume.sections)}"
            options.append((label, "continue"))
        options += [
            ("Choose a module", "modules"),
            ("Practise a skill (drills)", "drill"),
            ("Open my journal", "journal"),
            ("See my progress", "progress"),
            ("Quit", "quit"),
        ]
        choice = ui.choose("What would you like to do?", options, default=options[0][1])
        if choice == "continue" and resume is not None:
            Walkthrough(resume, store, ui, course.drills).run()
        elif choice == "modules":
            module = choose_module(course, store, ui)
            if module is not None:
                Walkthrough(module, store, ui, course.drills).run()
        elif choice == "drill":
            skill = choose_skill(course, ui)
            if skill is not None:
                from alliance_tutor.drills.session import DrillSession, pick_items

                bank = course.drills[skill]
                DrillSession(bank, store, ui).run(pick_items(bank, store))
        elif choice == "journal":
            ui.show(export_markdown(course, store.journal.entries))
            ui.say("Save it as a file with: alliance-tutor journal export --out journal.md", "dim")
        elif choice == "progress":
            ui.show(progress_markdown(summarise_course(course, store)))
        else:
            return
