"""Find, parse and check a content tree; every problem found is reported, not just the first.

A content root is a folder holding `modules/<module-id>/module.yaml` and/or
`drills/<skill>.yaml`. For a trainer's convenience a folder of module folders, or a
single module folder, is accepted too.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from alliance_tutor.content import schema
from alliance_tutor.content.schema import (
    Block,
    CheckBlock,
    Choice,
    DrillBankSpec,
    DrillItemSpec,
    DrillLinkBlock,
    ModuleSpec,
    SectionSpec,
)
from alliance_tutor.content.yamlsource import PathKey, YamlDocument, YamlSyntaxError, parse_yaml

MODULE_FILE = "module.yaml"

T = TypeVar("T")


@dataclass(frozen=True, order=True)
class Problem:
    file: Path
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{display_path(self.file)}:{self.line}: {self.field}: {self.message}"


def display_path(path: Path) -> str:
    """A path relative to the working folder when it is below it, else as it is."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@dataclass(frozen=True)
class Section:
    spec: SectionSpec
    path: Path

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def title(self) -> str:
        return self.spec.title

    @property
    def minutes(self) -> int:
        return self.spec.minutes or estimate_minutes(self.spec)


@dataclass(frozen=True)
class Module:
    spec: ModuleSpec
    path: Path
    sections: tuple[Section, ...]

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def title(self) -> str:
        return self.spec.title

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        known = ", ".join(s.id for s in self.sections)
        raise ContentLookupError(
            f"module '{self.id}' has no section '{section_id}' (sections: {known})"
        )


@dataclass(frozen=True)
class DrillItem:
    spec: DrillItemSpec
    path: Path
    index: int  # position in its file, to point at its lines

    @property
    def id(self) -> str:
        return self.spec.id


@dataclass(frozen=True)
class DrillBank:
    skill: str
    title: str
    items: tuple[DrillItem, ...]

    def item(self, item_id: str) -> DrillItem | None:
        return next((item for item in self.items if item.id == item_id), None)


@dataclass(frozen=True)
class Course:
    modules: tuple[Module, ...]
    drills: Mapping[str, DrillBank]
    problems: tuple[Problem, ...] = ()

    def module(self, module_id: str) -> Module:
        for module in self.modules:
            if module.id == module_id:
                return module
        known = ", ".join(m.id for m in self.modules) or "none"
        raise ContentLookupError(f"no module '{module_id}' (modules: {known})")


class ContentLookupError(LookupError):
    """A module or section asked for by id does not exist."""


WORDS_PER_MINUTE = 200
MINUTES_PER_JOURNAL_PROMPT = 3
MINUTES_PER_CHECK = 1


def line_of(path: Path, where: PathKey) -> int:
    """The line of a value in a content file, read again only when a problem is reported."""
    try:
        return parse_yaml(path.read_text(encoding="utf-8")).line_of(where)
    except (OSError, UnicodeDecodeError, YamlSyntaxError):
        return 1


def estimate_minutes(section: SectionSpec) -> int:
    """Reading time at a relaxed pace, plus time to write and to answer checks."""
    words = len(" ".join(_strings(section.blocks)).split())
    extra = 0
    for block in section.blocks:
        if isinstance(block, schema.JournalPrompt):
            extra += MINUTES_PER_JOURNAL_PROMPT
        elif isinstance(block, CheckBlock):
            extra += MINUTES_PER_CHECK
    return max(1, round(words / WORDS_PER_MINUTE) + extra)


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, msgspec.Struct):
        for name in value.__struct_fields__:
            yield from _strings(getattr(value, name))


# ---------------------------------------------------------------- discovery


@dataclass
class _Found:
    module_files: list[Path] = field(default_factory=list)
    drill_files: list[Path] = field(default_factory=list)


def _discover(root: Path) -> _Found:
    found = _Found()
    if root.is_file():
        root = root.parent
    if (root / MODULE_FILE).is_file():
        found.module_files.append(root / MODULE_FILE)
        return found
    if root.name == "drills" and not (root / "modules").is_dir():
        found.drill_files.extend(sorted(root.glob("*.yaml")))
        return found
    modules_dir = root / "modules" if (root / "modules").is_dir() else root
    found.module_files.extend(sorted(modules_dir.glob(f"*/{MODULE_FILE}")))
    found.drill_files.extend(sorted((root / "drills").glob("*.yaml")))
    return found


# ---------------------------------------------------------------- loading


class _FileChecker:
    """Problems of one file, each placed on the line of the value at fault."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        self.doc: YamlDocument | None = None

    def report(self, where: PathKey, message: str) -> None:
        line = self.doc.line_of(where) if self.doc is not None else 1
        self.problems.append(Problem(self.path, line, _field_name(where), message))

    def parse(self) -> Any:
        try:
            text = self.path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            self.problems.append(Problem(self.path, 1, "file", f"not UTF-8 text ({exc.reason})"))
            return None
        except OSError as exc:
            self.problems.append(Problem(self.path, 1, "file", f"cannot read: {exc.strerror}"))
            return None
        try:
            self.doc = parse_yaml(text)
        except YamlSyntaxError as exc:
            self.problems.append(Problem(self.path, exc.line, "yaml", exc.message))
            return None
        for where, line in self.doc.duplicate_keys():
            self.problems.append(
                Problem(self.path, line, _field_name(where), "given twice in the same mapping")
            )
        if not isinstance(self.doc.data, dict):
            kind = "empty" if self.doc.data is None else f"a {_type_name(self.doc.data)}"
            self.report((), f"expected a mapping of fields, the file is {kind}")
            return None
        version = self.doc.data.get("format_version")
        if isinstance(version, int) and version != schema.FORMAT_VERSION:
            self.report(
                ("format_version",),
                f"format_version {version} is not supported; "
                f"this alliance-tutor reads format_version {schema.FORMAT_VERSION}",
            )
            return None
        return self.doc.data

    def convert(self, raw: Any, target: type[T], where: PathKey = ()) -> T | None:
        try:
            return msgspec.convert(raw, target)
        except msgspec.ValidationError as exc:
            self._report_validation(str(exc), where)
            return None

    def convert_with_list(
        self, raw: dict[str, Any], target: type[T], list_field: str, item_type: Any
    ) -> tuple[T | None, list[tuple[int, Any]]]:
        """Check the items of one list field one by one, so each bad item is reported.

        Returns the whole object (None if anything is wrong) and the items that are
        valid with their index, so the caller can check those further.
        """
        items = raw.get(list_field)
        if not isinstance(items, list):
            return self.convert(raw, target), []
        converted: list[tuple[int, Any]] = []
        for index, item in enumerate(items):
            value = self.convert(item, item_type, (list_field, index))
            if value is not None:
                converted.append((index, value))
        if len(converted) != len(items):
            # Still check the other fields, but don't repeat the items' own problems.
            before = len(self.problems)
            self.convert({**raw, list_field: items[:0]}, target)
            self.problems[before:] = [p for p in self.problems[before:] if p.field != list_field]
            return None, converted
        whole = self.convert({**raw, list_field: [value for _, value in converted]}, target)
        return whole, converted

    def _report_validation(self, text: str, prefix: PathKey) -> None:
        match = _VALIDATION.match(text)
        message, where = (
            (match.group("message"), match.group("path") or "") if match else (text, "")
        )
        path: PathKey = (*prefix, *_parse_path(where))
        if unknown := _UNKNOWN_FIELD.match(message):
            name = unknown.group(1)
            hint = difflib.get_close_matches(name, _ALL_FIELD_NAMES, n=1)
            suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
            self.report((*path, name), f"unknown field{suggestion}")
            return
        if missing := _MISSING_FIELD.match(message):
            line = self.doc.line_of(path) if self.doc is not None else 1
            name = _field_name((*path, missing.group(1)))
            self.problems.append(Problem(self.path, line, name, "required field is missing"))
            return
        if path and path[-1] == "kind" and message.startswith("Invalid value"):
            kinds = ", ".join(schema.BLOCK_KINDS)
            self.report(path, f"unknown block kind {message[14:]}; expected one of: {kinds}")
            return
        self.report(path, _friendly(message))


_VALIDATION = re.compile(r"^(?P<message>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.DOTALL)
_UNKNOWN_FIELD = re.compile(r"^Object contains unknown field `([^`]*)`")
_MISSING_FIELD = re.compile(r"^Object missing required field `([^`]*)`")
_PATH_PART = re.compile(r"\.([^.\[]+)|\[(\d+)\]")
_TYPE_NAMES = {
    "str": "text",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "array": "a list",
    "object": "a mapping of fields",
    "null": "nothing",
}
_PATTERN_HINTS = {
    schema.ID_PATTERN: "must be lower-case letters, digits and hyphens, like 'two-relationships'",
    schema.SOURCE_PATTERN: "must be an outline id like 'imh.definition'",
}


def _friendly(message: str) -> str:
    if m := re.match(r"^Expected `str` matching regex '(.*)'$", message):
        pattern = m.group(1).replace("\\\\", "\\")  # msgspec shows the pattern escaped
        return _PATTERN_HINTS.get(pattern, "must be a link starting with http:// or https://")
    if message == "Expected `str` of length >= 1":
        return "must not be empty"
    if m := re.match(r"^Expected `array` of length >= (\d+)$", message):
        count = int(m.group(1))
        return f"needs at least {count} {'entry' if count == 1 else 'entries'}"
    if m := re.match(r"^Expected `(\w+)`, got `(\w+)`$", message):
        want, got = (_TYPE_NAMES.get(m.group(i), m.group(i)) for i in (1, 2))
        return f"expected {want}, got {got}"
    if m := re.match(r"^Expected `(\w+) \| (\w+)`, got `(\w+)`$", message):
        want, _, got = (_TYPE_NAMES.get(m.group(i), m.group(i)) for i in (1, 2, 3))
        return f"expected {want}, got {got}"
    if m := re.match(r"^Expected `int` ([<>]=?) (\d+)$", message):
        return f"must be {m.group(1)} {m.group(2)}"
    return message


def _type_name(value: Any) -> str:
    return {list: "list", str: "text", int: "number", float: "number", bool: "true/false"}.get(
        type(value), type(value).__name__
    )


def _parse_path(text: str) -> PathKey:
    return tuple(
        name if name else int(index) for name, index in _PATH_PART.findall(text) if name or index
    )


def _field_name(path: PathKey) -> str:
    name = ""
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else part)
    return name or "(file)"


def _struct_fields(*types: Any) -> list[str]:
    names: set[str] = {"kind"}
    for cls in types:
        names.update(cls.__struct_fields__)
    return sorted(names)


_ALL_FIELD_NAMES = _struct_fields(
    ModuleSpec, SectionSpec, DrillBankSpec, DrillItemSpec, Choice, schema.Annotations,
    *Block.__args__,
)  # fmt: skip


def load_course(roots: Sequence[Path], *, modules_too: bool = True) -> Course:
    """Load every module and drill bank under `roots` (earlier roots first).

    `modules_too=False` loads the drill banks only, for commands that need no more.
    """
    problems: list[Problem] = []
    modules: list[Module] = []
    module_origin: dict[str, Path] = {}
    bank_items: dict[str, list[DrillItem]] = {}
    bank_titles: dict[str, str] = {}
    links: list[tuple[_FileChecker, PathKey, DrillLinkBlock]] = []

    for root in roots:
        if not root.exists():
            problems.append(Problem(root, 1, "path", "does not exist"))
            continue
        found = _discover(root)
        if not found.module_files and not found.drill_files:
            problems.append(
                Problem(root, 1, "path", "no modules/<id>/module.yaml or drills/*.yaml here")
            )
        for module_file in found.module_files if modules_too else ():
            module = _load_module(module_file, problems, links)
            if module is None:
                continue
            if module.id in module_origin:
                first = display_path(module_origin[module.id])
                problems.append(
                    Problem(
                        module_file, 1, "id", f"module id '{module.id}' is also used by {first}"
                    )
                )
                continue
            module_origin[module.id] = module_file
            modules.append(module)
        for drill_file in found.drill_files:
            _load_bank(drill_file, problems, bank_items, bank_titles)

    banks = {
        skill: DrillBank(skill, bank_titles[skill], tuple(items))
        for skill, items in bank_items.items()
    }
    for checker, where, link in links:
        bank = banks.get(link.skill)
        if bank is None:
            checker.report((*where, "skill"), f"no drill bank for skill '{link.skill}'")
            continue
        for index, item_id in enumerate(link.items):
            if bank.item(item_id) is None:
                checker.report(
                    (*where, "items", index), f"drill '{link.skill}' has no item '{item_id}'"
                )
    modules.sort(key=lambda m: (m.spec.order, m.id))
    return Course(tuple(modules), banks, tuple(problems))


def _load_module(
    module_file: Path,
    problems: list[Problem],
    links: list[tuple[_FileChecker, PathKey, DrillLinkBlock]],
) -> Module | None:
    checker = _FileChecker(module_file, problems)
    raw = checker.parse()
    if raw is None:
        return None
    spec = checker.convert(raw, ModuleSpec)
    if spec is None:
        return None
    folder = module_file.parent
    if spec.id != folder.name:
        checker.report(("id",), f"module id '{spec.id}' must match its folder name '{folder.name}'")
    sections: list[Section] = []
    owner_of_id: dict[str, str] = {}
    listed: set[str] = set()
    for index, name in enumerate(spec.sections):
        where: PathKey = ("sections", index)
        section_file = folder / name
        if name in listed:
            checker.report(where, f"'{name}' is listed twice")
            continue
        listed.add(name)
        if Path(name).is_absolute() or ".." in Path(name).parts:
            checker.report(where, f"'{name}' must be a file inside the module folder")
            continue
        if not section_file.is_file():
            checker.report(where, f"section file '{name}' does not exist")
            continue
        section = _load_section(section_file, problems, owner_of_id, links)
        if section is not None:
            sections.append(section)
    return Module(spec, module_file, tuple(sections))


def _load_section(
    path: Path,
    problems: list[Problem],
    owner_of_id: dict[str, str],
    links: list[tuple[_FileChecker, PathKey, DrillLinkBlock]],
) -> Section | None:
    checker = _FileChecker(path, problems)
    raw = checker.parse()
    if raw is None:
        return None
    spec, blocks = checker.convert_with_list(raw, SectionSpec, "blocks", Block)

    # Learner data refers to sections, prompts and checks by id: one namespace per module.
    def claim(id_: str, where: PathKey) -> None:
        here = f"{display_path(path)}:{checker.doc.line_of(where) if checker.doc else 1}"
        if id_ in owner_of_id:
            checker.report(where, f"id '{id_}' is already used at {owner_of_id[id_]}")
        else:
            owner_of_id[id_] = here

    if isinstance(raw.get("id"), str):
        claim(raw["id"], ("id",))
    for index, block in blocks:
        where: PathKey = ("blocks", index)
        if block_id := getattr(block, "id", None):
            claim(block_id, (*where, "id"))
        if isinstance(block, CheckBlock):
            _check_choices(checker, where, block.choices)
        elif isinstance(block, DrillLinkBlock):
            links.append((checker, where, block))
    return None if spec is None else Section(spec, path)


def _check_choices(checker: _FileChecker, where: PathKey, choices: Sequence[Choice]) -> None:
    correct = sum(choice.correct for choice in choices)
    if correct != 1:
        checker.report((*where, "choices"), f"exactly one choice must be correct (found {correct})")


def _load_bank(
    path: Path,
    problems: list[Problem],
    bank_items: dict[str, list[DrillItem]],
    bank_titles: dict[str, str],
) -> None:
    checker = _FileChecker(path, problems)
    raw = checker.parse()
    if raw is None:
        return
    spec, _ = checker.convert_with_list(raw, DrillBankSpec, "items", DrillItemSpec)
    if spec is None:
        return
    if spec.skill != path.stem:
        checker.report(("skill",), f"skill '{spec.skill}' must match the file name '{path.name}'")
    items = bank_items.setdefault(spec.skill, [])
    bank_titles.setdefault(spec.skill, spec.title)
    origin = {item.id: item.path for item in items}
    for index, item in enumerate(spec.items):
        where: PathKey = ("items", index)
        if item.id in origin:
            checker.report(
                (*where, "id"),
                f"item id '{item.id}' is also used by {display_path(origin[item.id])}",
            )
            continue
        if item.choices:
            _check_choices(checker, where, item.choices)
        origin[item.id] = path
        items.append(DrillItem(item, path, index))
