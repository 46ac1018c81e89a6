"""The `alliance-tutor` command: parse, call the core, render.

Heavy modules are imported inside the commands that use them, so quick commands
(`--help`, `--version`, `list`, `validate`) start about as fast as typer itself.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from alliance_tutor import __version__
from alliance_tutor.words import plural, shorten

if TYPE_CHECKING:
    from alliance_tutor.content.loader import Course, DrillBank
    from alliance_tutor.store.learner import JournalEntry, LearnerStore
    from alliance_tutor.ui.base import Prompter

EXIT_OK = 0
EXIT_FAILED = 1  # content problems, failed answers
EXIT_USAGE = 2  # bad flags, unknown ids, unreadable input
EXIT_INTERRUPTED = 130


# --help lists commands in the order a learner, then a trainer, then a script meets them.
COMMAND_ORDER = (
    "study", "drill", "journal", "progress", "list", "preview", "validate",
    "check", "classify", "analyze", "forget",
)  # fmt: skip


class _OneLineErrors(TyperGroup):
    """Usage errors as one clear line on stderr instead of a boxed help screen."""

    def list_commands(self, ctx: typer.Context) -> list[str]:  # type: ignore[override]
        names = super().list_commands(ctx)
        rank = {name: index for index, name in enumerate(COMMAND_ORDER)}
        return sorted(names, key=lambda name: rank.get(name, len(rank)))

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        def run() -> Any:
            return super(_OneLineErrors, self).main(
                args, prog_name, complete_var, False, windows_expand_args, **extra
            )

        if not standalone_mode:
            return run()
        try:
            result = run()
        except typer.Exit as exc:
            sys.exit(exc.exit_code)
        except (typer.Abort, KeyboardInterrupt):
            typer.echo("\nStopped.", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except typer.TyperException as exc:  # click's usage and parameter errors
            message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
            ctx = getattr(exc, "ctx", None)
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            fail(f"{message}{hint}", getattr(exc, "exit_code", EXIT_USAGE))
        except OSError as exc:  # a full disk, a folder without permission: one line, no traceback
            where = f" ({exc.filename})" if exc.filename else ""
            fail(f"{exc.strerror or exc}{where}", EXIT_FAILED)
        except Exception as exc:
            from alliance_tutor.store.files import StoreError

            if isinstance(exc, StoreError):
                fail(str(exc), EXIT_FAILED)
            raise
        sys.exit(result if isinstance(result, int) else EXIT_OK)


app = typer.Typer(
    cls=_OneLineErrors,
    help="A self-study tutor for building a therapeutic alliance in home visiting, "
    "with practice in the listening skills of motivational interviewing. "
    "Run with no command to open the home menu.",
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    typer.echo(f"alliance-tutor: error: {message}", err=True)
    raise SystemExit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"alliance-tutor {__version__}")
        raise typer.Exit()


ContentDirs = Annotated[
    list[Path] | None,
    typer.Option(
        "--content-dir",
        envvar="ALLIANCE_TUTOR_CONTENT",
        metavar="DIR",
        help="A folder of your own modules (modules/<id>/module.yaml) and drill banks "
        "(drills/<skill>.yaml), shown beside the built-in course. Repeatable; "
        "ALLIANCE_TUTOR_CONTENT takes a list separated by ':'.",
        show_default=False,
    ),
]


JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


class OutputFormat(StrEnum):
    text = "text"
    markdown = "markdown"


@app.callback(invoke_without_command=True)
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    content_dir: ContentDirs = None,
) -> None:
    """With no command: the home menu (continue, choose a module, journal, progress)."""
    if ctx.invoked_subcommand is None:
        from alliance_tutor.study.home import run_home

        course = _load(content_dir)
        store = _store()
        with _stopping(None):
            run_home(course, store, _prompter())


def _load(
    content_dirs: list[Path] | None, *, warn: bool = True, modules_too: bool = True
) -> Course:
    from alliance_tutor.content.loader import load_course
    from alliance_tutor.content.paths import content_roots

    course = load_course(content_roots(content_dirs or []), modules_too=modules_too)
    if warn and course.problems:
        for problem in course.problems[:5]:
            typer.echo(f"warning: {problem}", err=True)
        more = len(course.problems) - 5
        tail = f" ({more} more)" if more > 0 else ""
        typer.echo(
            f"warning: some content was skipped{tail}; run 'alliance-tutor validate'", err=True
        )
    return course


@app.command("list")
def list_modules(
    as_json: JsonFlag = False,
    content_dir: ContentDirs = None,
) -> None:
    """List the modules and their sections."""
    course = _load(content_dir)
    if as_json:
        typer.echo(json.dumps({"modules": [_module_json(m) for m in course.modules]}, indent=2))
        return
    if not course.modules:
        typer.echo("No modules found.")
        return
    for module in course.modules:
        typer.echo(f"{module.id}  {module.title}  ({module.spec.minutes} min)")
        width = max(len(s.id) for s in module.sections) if module.sections else 0
        for number, section in enumerate(module.sections, start=1):
            typer.echo(
                f"  {number:>2}. {section.id:<{width}}  {section.title}  ({section.minutes} min)"
            )
        typer.echo("")
    typer.echo("Preview one with: alliance-tutor preview MODULE [SECTION]")


def _module_json(module: Any) -> dict[str, Any]:
    return {
        "id": module.id,
        "title": module.title,
        "summary": module.spec.summary.strip(),
        "minutes": module.spec.minutes,
        "path": str(module.path.parent),
        "sections": [{"id": s.id, "title": s.title, "minutes": s.minutes} for s in module.sections],
    }


@app.command()
def preview(
    module: Annotated[str, typer.Argument(help="Module id (see 'alliance-tutor list').")],
    section: Annotated[
        str | None, typer.Argument(help="Only this section (its id).", show_default=False)
    ] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", help="text for the terminal, markdown for a handout."),
    ] = OutputFormat.text,
    content_dir: ContentDirs = None,
) -> None:
    """Show a module as a learner sees it, with the knowledge-check answers marked.

    Nothing is asked and nothing is recorded. Piped to a file, the text has no
    colour codes; `--format markdown > handout.md` makes a handout.
    """
    from alliance_tutor.content.handout import module_markdown, section_markdown
    from alliance_tutor.content.loader import ContentLookupError

    course = _load(content_dir)
    try:
        chosen = course.module(module)
        if section is None:
            markdown = module_markdown(chosen)
        else:
            index = chosen.sections.index(chosen.section(section))
            markdown = section_markdown(
                chosen.sections[index], number=index + 1, of=len(chosen.sections)
            )
    except ContentLookupError as exc:
        fail(str(exc))
    if output_format is OutputFormat.markdown:
        typer.echo(markdown, nl=not markdown.endswith("\n"))
    else:
        from alliance_tutor.ui.render import print_markdown

        print_markdown(markdown)


@app.command()
def validate(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="A content folder, module folder or YAML file. "
            "Default: the built-in course and your --content-dir folders.",
            show_default=False,
        ),
    ] = None,
    outline: Annotated[
        Path | None,
        typer.Option(
            "--outline",
            help="An OUTLINE.md: also report which of its ids no section covers.",
            show_default=False,
        ),
    ] = None,
    as_json: JsonFlag = False,
    content_dir: ContentDirs = None,
) -> None:
    """Check content: each problem as FILE:LINE: FIELD: MESSAGE. Exit 0 when valid, 1 if not.

    Drill banks are checked like a test suite: every model answer must pass its
    item's rules and every known weak answer must fail them.
    """
    from alliance_tutor.content.loader import load_course
    from alliance_tutor.content.outline import check_coverage, read_outline_ids
    from alliance_tutor.drills.selfcheck import self_check

    course = load_course([path]) if path is not None else _load(content_dir, warn=False)
    problems = sorted([*course.problems, *self_check(course)])
    coverage = None
    if outline is not None:
        try:
            outline_ids = read_outline_ids(outline.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"cannot read outline {outline}: {getattr(exc, 'strerror', None) or exc}")
        if not outline_ids:
            fail(f"{outline}: no outline ids found (expected table rows like '| imh.definition |')")
        coverage = check_coverage(course, outline_ids, outline)
        problems = sorted([*problems, *coverage.unknown_sources])
    valid = not problems and (coverage is None or not coverage.uncovered)
    sections = sum(len(m.sections) for m in course.modules)
    items = sum(len(b.items) for b in course.drills.values())
    if as_json:
        report: dict[str, Any] = {
            "valid": valid,
            "modules": len(course.modules),
            "sections": sections,
            "drill_items": items,
            "problems": [
                {"file": str(p.file), "line": p.line, "field": p.field, "message": p.message}
                for p in problems
            ],
        }
        if coverage is not None:
            report["outline"] = {
                "ids": len(coverage.outline_ids),
                "uncovered": list(coverage.uncovered),
            }
        typer.echo(json.dumps(report, indent=2))
        raise typer.Exit(EXIT_OK if valid else EXIT_FAILED)
    for problem in problems:
        typer.echo(str(problem))
    counts = ", ".join(
        (
            plural(len(course.modules), "module"),
            plural(sections, "section"),
            plural(items, "drill item"),
        )
    )
    if coverage is not None:
        covered = len(coverage.outline_ids) - len(coverage.uncovered)
        typer.echo(f"Outline: {covered} of {len(coverage.outline_ids)} ids covered.")
        if coverage.uncovered:
            typer.echo("Not covered by any section: " + ", ".join(coverage.uncovered))
    if problems:
        typer.echo(f"{plural(len(problems), 'problem')} found ({counts}).")
    elif valid:
        typer.echo(f"Valid: {counts}.")
    raise typer.Exit(EXIT_OK if valid else EXIT_FAILED)


# ---------------------------------------------------------------- learner data


def _store() -> LearnerStore:
    from alliance_tutor.store.learner import LearnerStore

    return LearnerStore(warn=lambda message: typer.echo(f"warning: {message}", err=True))


def _prompter() -> Prompter:
    from alliance_tutor.ui.base import make_prompter

    return make_prompter()


@contextmanager
def _stopping(module_id: str | None) -> Iterator[None]:
    """Ctrl-C / Ctrl-D / end of input: everything is saved already; say how to resume."""
    from alliance_tutor.ui.base import QuitRequested

    try:
        yield
    except QuitRequested as quit_:
        where = f"alliance-tutor study {module_id}" if module_id else "alliance-tutor"
        typer.echo(f"\nYour answers are saved. To carry on, run: {where}", err=True)
        raise SystemExit(EXIT_INTERRUPTED if quit_.interrupted else EXIT_OK) from None


@app.command()
def study(
    module: Annotated[
        str | None,
        typer.Argument(help="Module id (default: where you left off).", show_default=False),
    ] = None,
    section: Annotated[
        str | None,
        typer.Option("--section", "-s", help="Start at this section (its id).", show_default=False),
    ] = None,
    content_dir: ContentDirs = None,
) -> None:
    """Study a module section by section: read, write in your journal, answer checks.

    Your place and answers are saved as you go; Ctrl-C stops at any prompt (exit 130)
    and `alliance-tutor study MODULE` picks up where you left off. Without a
    terminal, menus are numbered and answers are read line by line from stdin
    (an empty line ends an answer).
    """
    from alliance_tutor.content.loader import ContentLookupError
    from alliance_tutor.study.home import choose_module, continue_target
    from alliance_tutor.study.walkthrough import Walkthrough, resume_command

    course = _load(content_dir)
    store = _store()
    ui = _prompter()
    with _stopping(module):
        if module is not None:
            try:
                chosen = course.module(module)
                if section is not None:
                    chosen.section(section)
            except ContentLookupError as exc:
                fail(str(exc))
        else:
            picked = continue_target(course, store) or choose_module(course, store, ui)
            if picked is None:
                return
            chosen = picked
    with _stopping(chosen.id):
        finished = Walkthrough(chosen, store, ui, course.drills).run(section)
    if not finished:
        typer.echo(f"Your place is saved. To carry on, run: {resume_command(chosen.id)}")


journal_app = typer.Typer(
    help="Your private journal of answers to the reflective prompts.",
    invoke_without_command=True,
)
app.add_typer(journal_app, name="journal")


@journal_app.callback()
def journal_list(ctx: typer.Context) -> None:
    """List the entries (id, date, module, prompt)."""
    if ctx.invoked_subcommand is not None:
        return
    entries = _store().journal.entries
    if not entries:
        typer.echo("Your journal is empty. Answer a prompt with: alliance-tutor study")
        return
    for entry in entries:
        preview = shorten(entry.text, 50)
        typer.echo(
            f"{entry.id:>4}  {entry.updated_at[:10]}  {entry.module}/{entry.prompt}  {preview}"
        )
    typer.echo("Read one with: alliance-tutor journal show ID")


def _entry(entry_id: str) -> tuple[LearnerStore, JournalEntry]:
    store = _store()
    entry = store.entry(entry_id)
    if entry is None:
        fail(f"no journal entry '{entry_id}' (see 'alliance-tutor journal')")
    return store, entry


@journal_app.command("show")
def journal_show(entry_id: Annotated[str, typer.Argument(metavar="ID")]) -> None:
    """Show one entry with its earlier versions."""
    _, entry = _entry(entry_id)
    typer.echo(f"Entry {entry.id} · {entry.module} / {entry.section} / {entry.prompt}\n")
    typer.echo(entry.prompt_text.strip() + "\n")
    for number, version in enumerate(reversed(entry.versions)):
        label = "Latest" if number == 0 else "Earlier"
        typer.echo(f"{label} ({version.at}):\n{version.text}\n")


@journal_app.command("export")
def journal_export(
    module: Annotated[
        str | None, typer.Option(help="Only this module.", show_default=False)
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(help="Write to this file (default: print).", show_default=False),
    ] = None,
    content_dir: ContentDirs = None,
) -> None:
    """Export the journal as Markdown, grouped by module and section, for supervision."""
    from alliance_tutor.study.journal import export_markdown

    course = _load(content_dir)
    entries = [e for e in _store().journal.entries if module is None or e.module == module]
    text = export_markdown(course, entries)
    if out is None:
        typer.echo(text, nl=False)
        return
    from alliance_tutor.store.files import atomic_write_text

    try:
        atomic_write_text(out, text)
    except OSError as exc:
        fail(f"cannot write {out}: {exc.strerror}", EXIT_FAILED)
    typer.echo(f"Wrote {plural(len(entries), 'entry', 'entries')} to {out} (readable only by you).")


@journal_app.command("delete")
def journal_delete(
    entry_id: Annotated[str, typer.Argument(metavar="ID")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask for confirmation.")] = False,
) -> None:
    """Delete one entry, with all its versions."""
    store, entry = _entry(entry_id)
    if not yes and not _prompter().confirm(f"Delete journal entry {entry.id} ({entry.prompt})?"):
        typer.echo("Nothing deleted.")
        raise typer.Exit(EXIT_FAILED)
    store.delete_entry(entry.id)
    typer.echo(f"Deleted journal entry {entry.id}.")


progress_app = typer.Typer(help="How far you have got.", invoke_without_command=True)
app.add_typer(progress_app, name="progress")


@progress_app.callback()
def progress_show(
    ctx: typer.Context,
    as_json: JsonFlag = False,
    content_dir: ContentDirs = None,
) -> None:
    """Per module: sections done, prompts answered, knowledge-check score."""
    if ctx.invoked_subcommand is not None:
        return
    from alliance_tutor.study.progress import summarise_course

    summaries = summarise_course(_load(content_dir), _store())
    if as_json:
        typer.echo(json.dumps({"modules": [s.as_json() for s in summaries]}, indent=2))
        return
    for s in summaries:
        checks = f"{s.checks_correct}/{s.checks_total} checks right" if s.checks_answered else ""
        mark = "✓" if s.completed else " "
        typer.echo(
            f"{mark} {s.id:<28} sections {s.sections_done}/{s.sections_total}  "
            f"prompts {s.prompts_answered}/{s.prompts_total}  {checks}".rstrip()
        )


@progress_app.command("reset")
def progress_reset(
    module: Annotated[str, typer.Argument(help="Module id.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask for confirmation.")] = False,
) -> None:
    """Start a module afresh (your journal answers are kept)."""
    store = _store()
    if module not in store.progress.modules:
        fail(f"no progress recorded for module '{module}'")
    if not yes and not _prompter().confirm(f"Reset your progress in '{module}'?"):
        typer.echo("Nothing changed.")
        raise typer.Exit(EXIT_FAILED)
    store.reset_module(module)
    typer.echo(f"Progress in '{module}' reset. Your journal answers are kept.")


@app.command()
def forget(
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask for confirmation.")] = False,
) -> None:
    """Delete all your learner data: journal, progress and drill history."""
    store = _store()
    question = (
        f"Delete your journal, progress and drill history in {store.home}? This cannot be undone."
    )
    if not yes and not _prompter().confirm(question):
        typer.echo("Nothing deleted.")
        raise typer.Exit(EXIT_FAILED)
    removed = store.forget()
    typer.echo(f"Deleted {plural(len(removed), 'file')} from {store.home}.")


# ---------------------------------------------------------------- drills


@app.command()
def check(
    skill: Annotated[str, typer.Argument(help="Skill id, e.g. reflections.")],
    answer: Annotated[
        str | None, typer.Option(help="What you would say.", show_default=False)
    ] = None,
    prompt: Annotated[
        str | None,
        typer.Option(
            help="What you respond to (a parent's words, a question...).", show_default=False
        ),
    ] = None,
    item: Annotated[
        str | None, typer.Option(help="A bank item id, instead of --prompt.", show_default=False)
    ] = None,
    input_file: Annotated[
        str | None,
        typer.Option(
            "--input",
            "-i",
            help='JSON Lines {"id"?, "item" or "prompt", "answer"} from a file, or - for stdin.',
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON result per answer.")] = False,
    content_dir: ContentDirs = None,
) -> None:
    """Check answers to a drill without a terminal: feedback as text or JSON.

    Exit 0 when every answer passed, 1 when any failed, 2 for bad usage or
    unreadable input (a bad line gets an error object in its place).
    """
    from alliance_tutor.drills.scripted import DrillUsageError, known_skill, parse_check_lines

    # A free prompt needs no content; bank items do.
    needs_banks = item is not None or input_file is not None
    banks = _load(content_dir, modules_too=False).drills if needs_banks else {}
    try:
        known_skill(banks, skill)
    except DrillUsageError as exc:
        fail(str(exc))
    if input_file is not None:
        if answer is not None or prompt is not None or item is not None:
            fail("--input takes the answers from the file; drop --answer/--prompt/--item")
        requests = list(parse_check_lines(_read_input(input_file)))
        if not requests:
            fail("the input has no answers")
    else:
        if answer is None:
            fail("give --answer TEXT with --prompt TEXT or --item ID, or --input FILE")
        from alliance_tutor.drills.scripted import CheckRequest

        requests = [CheckRequest(1, None, answer, item, prompt)]
    _report_checks(banks, skill, requests, as_json=as_json, single=input_file is None)


def _report_checks(
    banks: Mapping[str, DrillBank],
    skill: str,
    requests: Sequence[Any],
    *,
    as_json: bool,
    single: bool,
) -> NoReturn:
    from alliance_tutor.drills.scripted import run_requests

    outcomes = run_requests(banks, skill, requests, echo_id=not single)
    if single and outcomes[0].error:
        fail(outcomes[0].error)
    for outcome in outcomes:
        if as_json:
            typer.echo(json.dumps(outcome.output, ensure_ascii=False))
        elif outcome.result is not None:
            from alliance_tutor.drills.session import result_markdown
            from alliance_tutor.ui.render import print_markdown

            print_markdown(result_markdown(outcome.result, show_model=True))
        else:
            typer.echo(f"line {outcome.output['line']}: {outcome.error}", err=True)
    if any(outcome.result is None for outcome in outcomes):
        raise SystemExit(EXIT_USAGE)
    passed = all(outcome.result is not None and outcome.result.passed for outcome in outcomes)
    raise SystemExit(EXIT_OK if passed else EXIT_FAILED)


@app.command()
def drill(
    skill: Annotated[
        str | None,
        typer.Argument(help="Skill id (default: choose from a menu).", show_default=False),
    ] = None,
    count: Annotated[int, typer.Option(min=1, max=100, help="How many items.")] = 5,
    seed: Annotated[
        int | None,
        typer.Option(help="Seed for picking items (repeatable sessions).", show_default=False),
    ] = None,
    answers: Annotated[
        str | None,
        typer.Option(
            help="Answer the bank's items in order from a file (- for stdin): one answer a "
            'line, or JSON Lines {"answer": ...}. No terminal needed.',
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="With --answers: JSON results.")] = False,
    content_dir: ContentDirs = None,
) -> None:
    """Practise a skill: write what you would say, get specific feedback, try again.

    Skills: open-questions, affirmations, reflections, summaries,
    collaborative-language, rolling-with-resistance, difficult-feelings,
    asking-permission; multiple choice: stages-of-change, barriers, dares.
    """
    from alliance_tutor.drills.scripted import DrillUsageError, known_skill

    course = _load(content_dir, modules_too=False)
    if answers is not None:
        if skill is None:
            fail("--answers needs a SKILL")
        _drill_answers(course, skill, answers, as_json=as_json)
    store = _store()
    ui = _prompter()
    with _stopping(None):
        if skill is None:
            from alliance_tutor.study.home import choose_skill

            skill = choose_skill(course, ui)
            if skill is None:
                return
        try:
            bank = known_skill(course.drills, skill)
        except DrillUsageError as exc:
            fail(str(exc))
        if bank is None or not bank.items:
            fail(f"no drill items for '{skill}' yet")
        from alliance_tutor.drills.session import DrillSession, pick_items

        DrillSession(bank, store, ui).run(pick_items(bank, store, count, seed))


def _drill_answers(course: Course, skill: str, source: str, *, as_json: bool) -> NoReturn:
    from alliance_tutor.drills.scripted import (
        DrillUsageError,
        known_skill,
        pair_answers,
        parse_answer_lines,
    )

    try:
        bank = known_skill(course.drills, skill)
    except DrillUsageError as exc:
        fail(str(exc))
    given = list(parse_answer_lines(_read_input(source)))
    if not given:
        fail("the answers file has no answers")
    requests = pair_answers(skill, bank, given)
    _report_checks(course.drills, skill, requests, as_json=as_json, single=False)


def _read_input(source: str) -> bytes:
    """The bytes of FILE, or of stdin for '-'."""
    try:
        if source == "-":
            return sys.stdin.buffer.read()
        return Path(source).read_bytes()
    except OSError as exc:
        fail(f"cannot read {source}: {exc.strerror}")


@app.command()
def classify(
    texts: Annotated[
        list[str] | None,
        typer.Argument(help="Utterances to code, one per argument.", show_default=False),
    ] = None,
    input_file: Annotated[
        str | None,
        typer.Option(
            "--input",
            "-i",
            help="A file (or - for stdin) of plain lines, or JSON Lines "
            '{"id": ..., "text": ..., "context": ...}.',
            show_default=False,
        ),
    ] = None,
    context: Annotated[
        str | None,
        typer.Option(
            help="The parent's words just before (for TEXT arguments).", show_default=False
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per input line, in order.")
    ] = False,
) -> None:
    """Code what a helper said with MITI 4.2.1 behaviour codes, showing the evidence.

    Exit 0 when every line was coded, 1 when some line had an error (reported in
    its place), 2 for bad usage or unreadable or empty input.
    """
    from alliance_tutor.feedback import classify as code_utterance
    from alliance_tutor.feedback.inputs import LineError, Utterance, parse_utterance_lines

    if texts and input_file is not None:
        fail("give TEXT arguments or --input, not both")
    if texts:
        parsed: list[Utterance | LineError] = [
            Utterance(i, i, text, context) for i, text in enumerate(texts, start=1)
        ]
    elif input_file is not None:
        parsed = list(parse_utterance_lines(_read_input(input_file)))
    else:
        fail("nothing to classify: give TEXT arguments or --input FILE (- for stdin)")
    if not parsed:
        fail("the input has no utterances")
    results = [
        item if isinstance(item, LineError) else (item, code_utterance(item.text, item.context))
        for item in parsed
    ]
    if as_json:
        for result in results:
            typer.echo(json.dumps(_classification_json(result), ensure_ascii=False))
    else:
        from alliance_tutor.ui.reports import print_classifications

        print_classifications(results)
    failed = any(isinstance(result, LineError) for result in results)
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


def _classification_json(result: Any) -> dict[str, Any]:
    from alliance_tutor.feedback.inputs import LineError

    if isinstance(result, LineError):
        return {"id": result.id, "line": result.line, "error": result.error}
    utterance, coded = result
    return {
        "id": utterance.id,
        "text": utterance.text,
        "code": coded.code,
        "question_type": coded.question_type,
        "reflection_type": coded.reflection_type,
        "behaviour": coded.behaviour,
        "evidence": [
            {"rule": e.rule, "words": e.words, "sentence": e.sentence} for e in coded.evidence
        ],
    }


@app.command()
def analyze(
    transcript: Annotated[
        str,
        typer.Argument(
            help='A conversation: JSON Lines {"speaker", "text"}, CSV with speaker and '
            "text columns, or 'Speaker: text' lines; - for stdin.",
        ),
    ],
    helper: Annotated[
        str | None,
        typer.Option(
            help="Which speaker is the helper (default: the one named therapist, "
            "home visitor, counselor...).",
            show_default=False,
        ),
    ] = None,
    utterances: Annotated[
        bool, typer.Option("--utterances", help="Also show the code of every helper line.")
    ] = False,
    as_json: JsonFlag = False,
) -> None:
    """Summarise a session against the MITI 4.2.1 thresholds.

    Counts per behaviour code, reflection-to-question ratio (fair 1:1, good 2:1),
    percent complex reflections (fair 40%, good 50%), percent open questions
    (MITI 3: beginning 50%, competent 70%), the reflection share (reflections
    against the helper's own information and advice), MI-adherent and
    non-adherent counts.
    """
    from alliance_tutor.feedback import analyze_turns
    from alliance_tutor.feedback.inputs import TranscriptError, parse_transcript

    data = _read_input(transcript)
    try:
        turns = parse_transcript(data.decode("utf-8"), "" if transcript == "-" else transcript)
        result = analyze_turns(turns, helper)
    except UnicodeDecodeError as exc:
        fail(f"{transcript}: not UTF-8 text (byte {exc.start + 1})")
    except (TranscriptError, ValueError) as exc:
        fail(f"{transcript}: {exc}")
    if as_json:
        report = analysis_json(result, with_utterances=utterances)
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    from alliance_tutor.ui.reports import print_analysis

    print_analysis(result, with_utterances=utterances)


def analysis_json(result: Any, *, with_utterances: bool) -> dict[str, Any]:
    from alliance_tutor.feedback.thresholds import THRESHOLDS

    report: dict[str, Any] = {
        "helper": result.helper,
        "helper_utterances": len(result.utterances),
        "counts": result.counts,
        "reflection_to_question": result.reflection_to_question,
        "percent_complex_reflections": result.percent_complex_reflections,
        "percent_open_questions": result.percent_open_questions,
        "reflection_share": result.reflection_share,
        "mi_adherent": result.mi_adherent,
        "mi_non_adherent": result.mi_non_adherent,
        "ratings": {
            score: {
                "value": getattr(result, score),
                "rating": result.ratings[score],
                "fair": threshold.fair,
                "good": threshold.good,
                "standard": threshold.standard,
            }
            for score, threshold in THRESHOLDS.items()
        },
    }
    if with_utterances:
        report["utterances"] = [
            {
                "speaker": turn.speaker,
                "text": turn.text,
                "code": coded.code,
                "question_type": coded.question_type,
                "reflection_type": coded.reflection_type,
            }
            for turn, coded in result.utterances
        ]
    return report


def main() -> None:
    """Console-script entry point."""
    app()
