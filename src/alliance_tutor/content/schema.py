"""The content file formats as typed structs (see docs/content-format.md).

msgspec does the type checking and rejects unknown keys; the loader adds the checks
that span fields and files (unique ids, one correct choice, files that exist).
"""

from __future__ import annotations

from typing import Annotated

import msgspec

FORMAT_VERSION = 1

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
SOURCE_PATTERN = r"^[a-z0-9-]+\.[a-z0-9-]+$"

Text = Annotated[str, msgspec.Meta(min_length=1)]
Id = Annotated[str, msgspec.Meta(pattern=ID_PATTERN)]
SourceId = Annotated[str, msgspec.Meta(pattern=SOURCE_PATTERN)]
Minutes = Annotated[int, msgspec.Meta(ge=1, le=600)]


class _Strict(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    pass


class _Block(_Strict, tag_field="kind", frozen=True):
    pass


class Choice(_Strict, frozen=True):
    text: Text
    explanation: Text
    correct: bool = False


class TextBlock(_Block, tag="text", frozen=True):
    body: Text
    title: str | None = None


class KeyPointsBlock(_Block, tag="key-points", frozen=True):
    points: list[Text]
    title: str | None = None


class ResearchBlock(_Block, tag="research", frozen=True):
    claim: Text
    citation: Text
    detail: str | None = None


class QuotationBlock(_Block, tag="quotation", frozen=True):
    summary: Text
    attribution: Text
    context: str | None = None


class ThinkShareBlock(_Block, tag="think-share", frozen=True):
    id: Id
    prompt: Text
    guide: Text


class ReflectiveActivityBlock(_Block, tag="reflective-activity", frozen=True):
    id: Id
    prompt: Text
    guide: Text
    title: str | None = None
    steps: list[Text] = msgspec.field(default_factory=list)


class DiscussionBlock(_Block, tag="discussion", frozen=True):
    """A group discussion of the source, reframed as a journal prompt for one learner."""

    id: Id
    prompt: Text
    guide: Text


class VideoBlock(_Block, tag="video", frozen=True):
    title: Text
    url: Annotated[str, msgspec.Meta(pattern=r"^https?://\S+$")]
    notice: Text
    minutes: Minutes | None = None


class CheckBlock(_Block, tag="check", frozen=True):
    id: Id
    question: Text
    choices: Annotated[list[Choice], msgspec.Meta(min_length=2)]
    scenario: str | None = None


class DrillLinkBlock(_Block, tag="drill", frozen=True):
    skill: Id
    items: list[Id] = msgspec.field(default_factory=list)
    note: str | None = None


class ReferencesBlock(_Block, tag="references", frozen=True):
    entries: Annotated[list[Text], msgspec.Meta(min_length=1)]
    title: str | None = None


Block = (
    TextBlock
    | KeyPointsBlock
    | ResearchBlock
    | QuotationBlock
    | ThinkShareBlock
    | ReflectiveActivityBlock
    | DiscussionBlock
    | VideoBlock
    | CheckBlock
    | DrillLinkBlock
    | ReferencesBlock
)

BLOCK_KINDS: tuple[str, ...] = tuple(str(cls.__struct_config__.tag) for cls in Block.__args__)

# Blocks whose answers go into the learner's journal.
JournalPrompt = ThinkShareBlock | ReflectiveActivityBlock | DiscussionBlock


class SectionSpec(_Strict, frozen=True):
    format_version: int
    id: Id
    title: Text
    sources: list[SourceId]
    blocks: Annotated[list[Block], msgspec.Meta(min_length=1)]
    minutes: Minutes | None = None


class ModuleSpec(_Strict, frozen=True):
    format_version: int
    id: Id
    title: Text
    summary: Text
    minutes: Minutes
    objectives: Annotated[list[Text], msgspec.Meta(min_length=1)]
    sections: Annotated[list[Text], msgspec.Meta(min_length=1)]
    order: int = 100


class Annotations(_Strict, frozen=True):
    """What the drill rules look for in an answer (used by the feedback engine).

    Each entry is one idea, written as alternatives separated by " | "
    ("tired | exhausted | worn out | running on empty"); an answer touches the
    idea when it contains any alternative (word endings are ignored).
    """

    key_content: list[Text] = msgspec.field(default_factory=list)
    feelings: list[Text] = msgspec.field(default_factory=list)
    meanings: list[Text] = msgspec.field(default_factory=list)
    points: list[Text] = msgspec.field(default_factory=list)


class DrillItemSpec(_Strict, frozen=True):
    id: Id
    prompt: Text
    context: str | None = None
    annotations: Annotations | None = None
    model_answers: list[Text] = msgspec.field(default_factory=list)
    weak_answers: list[Text] = msgspec.field(default_factory=list)
    hints: list[Text] = msgspec.field(default_factory=list)
    choices: list[Choice] = msgspec.field(default_factory=list)


class DrillBankSpec(_Strict, frozen=True):
    format_version: int
    skill: Id
    title: Text
    items: list[DrillItemSpec]
    summary: str | None = None
    instructions: str | None = None
