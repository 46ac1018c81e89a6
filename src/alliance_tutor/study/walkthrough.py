"""Studying a module section by section: reading, journal prompts, knowledge checks.

Everything the learner enters is saved the moment it is entered; Ctrl-C raises
`QuitRequested` out of here after saving, and the caller says how to resume.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from alliance_tutor.content import schema
from alliance_tutor.content.handout import block_markdown, guide_markdown
from alliance_tutor.content.loader import DrillBank, Module, Section
from alliance_tutor.store.learner import AnswerMode, LearnerStore
from alliance_tutor.study.progress import module_blocks, summarise
from alliance_tutor.ui.base import Prompter, QuitRequested
from alliance_tutor.words import LETTERS, lettered_list, lettered_menu

Action = Literal["next", "back", "contents", "stop", "finish"]


def resume_command(module_id: str) -> str:
    return f"alliance-tutor study {module_id}"


PRACTICE_ITEMS = 3


@dataclass
class Walkthrough:
    module: Module
    store: LearnerStore
    ui: Prompter
    drills: Mapping[str, DrillBank] = field(default_factory=dict)

    @property
    def sections(self) -> tuple[Section, ...]:
        return self.module.sections

    def start_index(self, section_id: str | None = None) -> int:
        """The section asked for, else where the learner left off, else the first."""
        ids = [s.id for s in self.sections]
        if section_id is not None:
            return ids.index(self.module.section(section_id).id)
        state = self.store.progress.modules.get(self.module.id)
        if state is None or state.last_section not in ids:
            return 0
        index = ids.index(state.last_section)
        finished_it = state.last_section in state.sections_done
        return index + 1 if finished_it and index + 1 < len(ids) else index

    def run(self, section_id: str | None = None) -> bool:
        """Study from a section on; True when the module was finished, False if stopped."""
        index = self.start_index(section_id)
        while True:
            section = self.sections[index]
            self.store.enter_section(self.module.id, section.id)
            self.study_section(index)
            self.store.complete_section(self.module.id, section.id)
            action = self.next_action(index)
            if action == "next":
                index += 1
            elif action == "back":
                index = max(0, index - 1)
            elif action == "contents":
                index = self.choose_section(index)
            elif action == "finish":
                self.finish()
                return True
            else:
                return False

    # ------------------------------------------------------------ one section

    def header(self, index: int) -> str:
        summary = summarise(self.module, self.store)
        return (
            f"---\n\n*{self.module.title}* · section {index + 1} of {len(self.sections)} · "
            f"{summary.sections_done} of {summary.sections_total} done\n\n"
            f"## {self.sections[index].title}"
        )

    def study_section(self, index: int) -> None:
        section = self.sections[index]
        self.ui.show(self.header(index))
        pending: list[str] = []

        def flush() -> None:
            if pending:
                self.ui.show("\n\n".join(pending))
                pending.clear()

        for block in section.spec.blocks:
            if isinstance(block, schema.JournalPrompt):
                flush()
                self.journal_prompt(section, block)
            elif isinstance(block, schema.CheckBlock):
                flush()
                self.knowledge_check(block)
            elif isinstance(block, schema.DrillLinkBlock) and block.skill in self.drills:
                flush()
                self.offer_practice(block)
            else:
                pending.append(block_markdown(block, show_answers=False))
        flush()

    def next_action(self, index: int) -> Action:
        last = index == len(self.sections) - 1
        options: list[tuple[str, Action]] = [
            ("Finish the module", "finish") if last else ("Next section", "next"),
        ]
        if index > 0:
            options.append(("Back to the previous section", "back"))
        options += [("Table of contents", "contents"), ("Stop here (your place is saved)", "stop")]
        return self.ui.choose("What next?", options, default=options[0][1])

    def choose_section(self, current: int) -> int:
        done = set(self.store.module_progress(self.module.id).sections_done)
        options = [
            (f"{i + 1:>2}. {s.title}{'  ✓' if s.id in done else ''}", i)
            for i, s in enumerate(self.sections)
        ]
        return self.ui.choose("Go to which section?", options, default=current)

    def offer_practice(self, block: schema.DrillLinkBlock) -> None:
        """Practise the skill just taught, a few items, right here (never required)."""
        from alliance_tutor.drills.session import DrillSession, pick_items

        bank = self.drills[block.skill]
        self.ui.show(block_markdown(block, show_answers=False))
        chosen = [item for item_id in block.items if (item := bank.item(item_id))]
        items = chosen or pick_items(bank, self.store, PRACTICE_ITEMS)
        if items and self.ui.confirm(f"Practise now ({len(items)} items)?", default=False):
            DrillSession(bank, self.store, self.ui).run(items)

    # ------------------------------------------------------------ journal prompts

    def journal_prompt(self, section: Section, block: schema.JournalPrompt) -> None:
        self.ui.show(block_markdown(block, show_answers=False))
        entry = self.store.entry_for(self.module.id, block.id)
        if entry is not None:
            quoted = "\n".join(f"> {line}" for line in entry.text.splitlines())
            self.ui.show(f"*Your earlier answer ({entry.updated_at[:10]}):*\n\n{quoted}")
        options: list[tuple[str, str]] = (
            [("Keep it", "keep"), ("Add to it", "add"), ("Revise it", "revise")]
            if entry is not None
            else [("Write my answer", "new"), ("Skip for now", "keep")]
        )
        options.append(("See the guide", "guide"))
        while True:
            choice = self.ui.choose("Your journal", options, default=options[0][1])
            if choice != "guide":
                break
            self.ui.show(guide_markdown(block.guide))
        if choice == "keep":
            return
        mode: AnswerMode = "add" if choice == "add" else "revise" if choice == "revise" else "new"
        label = {"new": "Your answer", "add": "What would you add?", "revise": "Your answer"}[mode]
        default = entry.text if entry is not None and mode == "revise" else ""
        try:
            text = self.ui.write(label, default=default)
        except QuitRequested as quit_:
            if quit_.partial.strip() and quit_.partial.strip() != default.strip():
                self.save_answer(section, block, quit_.partial, mode)
            raise
        if text.strip():
            self.save_answer(section, block, text, mode)
            self.ui.say("Saved to your journal.", "ok")
        else:
            self.ui.say("Skipped. You can come back to it any time.", "dim")

    def save_answer(
        self, section: Section, block: schema.JournalPrompt, text: str, mode: AnswerMode
    ) -> None:
        steps = getattr(block, "steps", [])
        prompt_text = "\n".join([block.prompt.strip(), *(f"- {step}" for step in steps)])
        self.store.save_answer(
            module=self.module.id,
            section=section.id,
            prompt=block.id,
            prompt_text=prompt_text,
            text=text,
            mode=mode,
        )

    # ------------------------------------------------------------ knowledge checks

    def knowledge_check(self, block: schema.CheckBlock) -> bool:
        scenario = f"*{block.scenario.strip()}*\n\n" if block.scenario else ""
        texts = [choice.text for choice in block.choices]
        listed = lettered_list(texts)
        self.ui.show(f"**Knowledge check**\n\n{scenario}{block.question.strip()}\n\n{listed}")
        options = [(label, i) for i, label in enumerate(lettered_menu(texts))]
        chosen = self.ui.choose("Your answer", options)
        best = next(i for i, choice in enumerate(block.choices) if choice.correct)
        correct = chosen == best
        self.store.record_check(self.module.id, block.id, chosen, correct)
        picked = block.choices[chosen]
        if correct:
            self.ui.say(f"✓ Yes, {LETTERS[chosen]}.", "ok")
            self.ui.show(picked.explanation.strip())
        else:
            right = block.choices[best]
            self.ui.say(f"✗ Not quite. The best answer is {LETTERS[best]}.", "bad")
            self.ui.show(
                f"**You chose {LETTERS[chosen]}.** {picked.explanation.strip()}\n\n"
                f"**{LETTERS[best]}. {right.text.strip()}** {right.explanation.strip()}"
            )
        return correct

    def missed_checks(self) -> list[schema.CheckBlock]:
        state = self.store.module_progress(self.module.id)
        return [
            block
            for block in module_blocks(self.module, schema.CheckBlock)
            if block.id in state.checks and not state.checks[block.id][-1].correct
        ]

    def finish(self) -> None:
        missed = self.missed_checks()
        if missed:
            count = f"{len(missed)} knowledge check{'s' if len(missed) > 1 else ''}"
            if self.ui.confirm(f"You missed {count}. Try again now?", default=True):
                for block in missed:
                    self.knowledge_check(block)
        self.store.complete_module(self.module.id)
        summary = summarise(self.module, self.store)
        self.ui.show(
            f"## You finished *{self.module.title}*\n\n"
            f"- Sections: {summary.sections_done} of {summary.sections_total}\n"
            f"- Journal prompts answered: {summary.prompts_answered} of {summary.prompts_total}\n"
            f"- Knowledge checks right: {summary.checks_correct} of {summary.checks_total}\n\n"
            "Export your journal for reflective supervision with "
            "`alliance-tutor journal export --out journal.md`."
        )
