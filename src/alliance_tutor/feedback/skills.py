"""Feedback on a drill answer: the classifier plus each skill's own rules.

`check_answer(task, answer)` is pure and returns a frozen `DrillResult`: whether
the answer passed, a score, the classifier's MITI code, and findings that say,
about this answer, what was done well and what to change, each with a short
teaching point tied to the course. Any well-formed answer can pass: the rules
look for what a good response does (touches the parent's meaning, offers a
choice...), never for one stored answer. Without annotations (a trainer's own
prompt) the ideas are taken from the prompt's own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from alliance_tutor.words import LETTERS

from .classifier import Classification, classify
from .lexicon import (
    content_stems,
    normalise_tokens,
    phrase_regex,
    phrases,
    stem,
    tokenise,
    word_set,
)

PRODUCTION_SKILLS = (
    "open-questions",
    "affirmations",
    "reflections",
    "summaries",
    "collaborative-language",
    "rolling-with-resistance",
    "difficult-feelings",
    "asking-permission",
)
RECOGNITION_SKILLS = ("stages-of-change", "barriers", "dares")
SKILLS = PRODUCTION_SKILLS + RECOGNITION_SKILLS

MAX_ANSWER_CHARS = 1_000
PASS_SCORE = 60
FAILED_RULE_COST = 40
ADVISORY_COST = 15
MIN_PREFIX = 4  # a stem this long also matches words it starts ("meal" ~ "mealtimes")
PARROT_RUN = 6  # this many of the parent's words in a row is repeating, not reflecting
LENIENT_POINTS = 4  # a free prompt this many sentences long may have one point paraphrased
LONG_REFLECTION = 40  # words


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    ok: bool
    message: str
    teaching: str
    required: bool = True


@dataclass(frozen=True, slots=True)
class DrillResult:
    skill: str
    passed: bool
    score: int
    code: str
    findings: tuple[Finding, ...]
    model_answer: str | None


@dataclass(frozen=True, slots=True)
class DrillTask:
    """What the learner answers, and what the rules look for (see docs/content-format.md)."""

    skill: str
    prompt: str
    context: str | None = None
    key_content: tuple[str, ...] = ()
    feelings: tuple[str, ...] = ()
    meanings: tuple[str, ...] = ()
    points: tuple[str, ...] = ()
    model_answer: str | None = None


TEACHING = {
    "question": "An open question is a question: it asks, and leaves the parent room to answer.",
    "open": "Open questions (what, how, tell me about) invite a story; closed ones get a yes or "
    "no. (MI skills: Open questions)",
    "why": "'Why' questions can sound like blame and put a parent on the defensive; 'what' or "
    "'how' asks the same more gently. (MI skills: Open questions)",
    "last_question": "Ask one question at a time: a parent usually answers the last one, so "
    "a closed question after an open one closes it again. (MI skills: Open questions)",
    "advice_question": "'Have you tried...?' is advice wearing a question mark; ask about the "
    "parent's own ideas first. (MI skills: Open questions)",
    "topic": "Stay with what the parent brought: the conversation is theirs to lead.",
    "statement": "Affirmations and reflections are statements; said as a question they ask the "
    "parent to defend what they said. (MI skills: Reflective listening)",
    "praise": "Praise ('good job', 'I'm proud of you') is your approval; an affirmation names "
    "the parent's own strength or effort. (MI skills: Affirmations)",
    "about_parent": "Start from 'you': an affirmation is about the parent, not about your "
    "feelings. (MI skills: Affirmations)",
    "specific": "A specific affirmation (what they did, the effort it took) is believable; a "
    "general compliment is easy to dismiss. (MI skills: Affirmations)",
    "no_but": "'..., but' takes back what came before it.",
    "meaning": "A reflection gives back what the parent said or meant, so they feel heard. "
    "(MI skills: Reflective listening)",
    "roadblock": "Advising, reassuring and warning are roadblocks to listening (Gordon): they "
    "stop the parent's story. (MI skills: Reflective listening)",
    "parroting": "Repeating a parent's exact words can feel mechanical; say it in your own "
    "words. (MI skills: Reflective listening)",
    "length": "Keep a reflection short, so the focus stays on the parent.",
    "self_focus": "Keep the focus on the parent's experience rather than your own.",
    "depth": "A complex reflection names the feeling or meaning under the words; it often "
    "deepens the conversation. (MI skills: Complex reflections)",
    "points": "A summary gathers what the parent said, so they can hear it together. "
    "(MI skills: Summaries)",
    "invite": "End a summary by inviting correction ('What did I miss?'): the parent is the "
    "expert on their own life. (MI skills: Summaries)",
    "no_advice": "Summaries and reflections are not the place for advice; ask first "
    "(MI skills: Asking permission)",
    "directive": "Directives ('you need to') put the visitor in charge; collaborative "
    "language shares the decision. (Therapeutic alliance: Consider the language you use)",
    "jargon": "Service jargon adds distance and power; plain words keep you beside the "
    "family. (Therapeutic alliance: Consider the language you use)",
    "choice": "Offer a real choice or a way to decide together, as in 'let's circle back to "
    "this'. (Therapeutic alliance: Consider the language you use)",
    "arguing": "Arguing with discord makes it stronger; roll with it, and show you "
    "understand. (MI skills: Rolling with resistance)",
    "empathy": "Reflect the parent's view or feeling, or name their right to decide. "
    "(MI skills: Rolling with resistance)",
    "honour": "Honour what was shared: name the feeling, or the courage it took to talk. "
    "(Therapeutic alliance: Conversations about difficult feelings)",
    "lead": "Hand the lead back: ask what the parent needs next, or leave the choice with them. "
    "(Therapeutic alliance: Conversations about difficult feelings)",
    "minimising": "Reassuring or moving on can tell a parent the feeling is too much to stay "
    "with. (Therapeutic alliance: Conversations about difficult feelings)",
    "permission": "Ask before you offer information or advice: it keeps the parent in charge of "
    "the conversation. (MI skills: Asking permission)",
    "first": "Offer information only after the parent has said yes.",
    "check_in": "After giving information, ask what the parent makes of it. "
    "(MI skills: Asking permission)",
    "readable": "The drills read English sentences, as you would say them on a visit.",
}


# ---------------------------------------------------------------- text helpers


@dataclass(frozen=True, slots=True)
class _Text:
    raw: str
    tokens: tuple[str, ...]
    flat: str
    stems: frozenset[str]


@cache
def _stopwords() -> frozenset[str]:
    return word_set("stopwords")


@cache
def _strengths() -> frozenset[str]:
    return word_set("strengths")


@cache
def _english_words() -> frozenset[str]:
    """Every word of the package's English word lists: enough to tell English from not."""
    words: set[str] = set()
    for entry in (files("alliance_tutor.feedback") / "data").iterdir():
        if entry.name.endswith(".txt"):
            for phrase in phrases(entry.name.removesuffix(".txt")):
                words.update(phrase.split())
    return frozenset(words)


def _text(raw: str) -> _Text:
    tokens = tuple(normalise_tokens(tokenise(raw)))
    return _Text(raw, tokens, " ".join(tokens), frozenset(stem(t) for t in tokens))


def _content_stems(text: _Text) -> set[str]:
    return content_stems(list(text.tokens), _stopwords())


def _find(list_name: str, text: _Text) -> str | None:
    match = phrase_regex(list_name).search(text.flat)
    return match.group(1) if match else None


_NEGATIONS = frozenset(["not", "isn't", "wasn't", "never", "no", "aren't", "weren't"])


def _find_unnegated(list_name: str, text: _Text) -> str | None:
    """A phrase not denied just before it: "it isn't your fault" blames no one."""
    for match in phrase_regex(list_name).finditer(text.flat):
        if not _NEGATIONS.intersection(text.flat[: match.start(1)].split()[-2:]):
            return match.group(1)
    return None


def _advice_question(text: _Text) -> str | None:
    """'Have you tried...?' at the start of a sentence; 'What have you tried?' is open."""
    for sentence in _sentences(text.raw):
        match = phrase_regex("advice_questions", anchored=True).search(_text(sentence).flat)
        if match:
            return match.group(1)
    return None


# "You feel you have to...", "being told you have to..." or "...when he needs you" report
# what the parent feels or says: a reflection, not the helper's advice.
_NOT_ADVICE_AFTER = frozenset(
    [
        "told",
        "feel",
        "feels",
        "felt",
        "feeling",
        "said",
        "says",
        "think",
        "thinks",
        "thought",
        "heard",
        "hear",
        "like",
        "believe",
        "believes",
        "sounds",
        "seems",
        "know",
        "knew",
        "when",
        "whenever",
        "if",
        "what",
        "whatever",
        "because",
        "that",
        "how",
        "convinced",
        "sure",
        "certain",
        "wonder",
        "wondering",
        "whether",
        "even",
        "worried",
        "afraid",
        "scared",
    ]
)
# the helper's advice in a reflection's clothing: "It sounds like you should ask ..."
_STEM_ADVICE = re.compile(r"\b(?:sounds|seems|looks) like (you should|you need to|you have to)\b")


def _advice(text: _Text) -> str | None:
    """A roadblock phrase said as the helper's own advice or order."""
    for sentence in _sentences(text.raw):  # what comes before must be in the same sentence
        flat = _text(sentence).flat
        stem_advice = _STEM_ADVICE.search(flat)
        if stem_advice:
            return stem_advice.group(1)
        for name in ("roadblocks", "drill_advice"):
            for match in phrase_regex(name).finditer(flat):
                before = flat[: match.start(1)].split()[-2:]
                after = flat[match.end(1) :].split()[:1]
                # "it's important to you" names a value; "it's important to feed her" advises
                if not _NOT_ADVICE_AFTER.intersection(before) and after != ["you"]:
                    return match.group(1)
    return None


def _idea_hit(idea: str, text: _Text) -> str | None:
    """The alternative of `idea` ("a | b | c") that the text contains, if any."""
    for alternative in idea.split("|"):
        words = tokenise(alternative)
        if not words:
            continue
        content = [w for w in words if w not in _stopwords()] or words
        if all(_has_stem(stem(w), text.stems) for w in content):
            return alternative.strip()
    return None


def _has_stem(wanted: str, stems: frozenset[str]) -> bool:
    """Exact, or the start of a longer word ("meal" in "mealtimes")."""
    if wanted in stems:
        return True
    return len(wanted) >= MIN_PREFIX and any(s.startswith(wanted) for s in stems)


def _ideas_from(prompt: str) -> tuple[str, ...]:
    """Without annotations, each content word of the prompt is an idea of its own."""
    return tuple(sorted(_content_stems(_text(prompt))))


ECHO_RUN = 3  # a free prompt's phrase this long, taken up in the answer, shows listening


def _echo(task: DrillTask, text: _Text) -> list[str]:
    """For a free prompt (no annotations): a phrase of the parent's that the answer takes up."""
    if task.key_content:
        return []
    run = _copied_run(text, _text(task.prompt))
    return [" ".join(run)] if len(run) >= ECHO_RUN else []


def _first_alt(idea: str) -> str:
    return idea.split("|")[0].strip()


def _is_question(answer: str, coded: Classification) -> bool:
    return answer.rstrip().endswith("?") or coded.code == "question"


_PERMISSION_LISTS = ("permission", "drill_permission_extra")


def _permission(text: _Text) -> str | None:
    return next((hit for name in _PERMISSION_LISTS if (hit := _find(name, text))), None)


# ---------------------------------------------------------------- findings


class _Findings:
    def __init__(self) -> None:
        self.items: list[Finding] = []

    def add(self, rule: str, ok: bool, good: str, bad: str, *, required: bool = True) -> None:
        self.items.append(Finding(rule, ok, good if ok else bad, TEACHING[rule], required=required))


def _topic(f: _Findings, task: DrillTask, text: _Text, ideas: Sequence[str]) -> None:
    hits = [hit for idea in ideas if (hit := _idea_hit(idea, text))]
    f.add(
        "topic",
        bool(hits),
        f"You stayed with the parent's topic ('{hits[0]}')." if hits else "",
        "This doesn't seem to be about what the parent raised"
        + (f" ({_first_alt(ideas[0])})." if ideas and task.key_content else "."),
        # a free prompt has only its own words to go on, and "What has that been
        # like?" or a paraphrase stays on topic without them: a note, not a failure
        required=bool(task.key_content),
    )


# ---------------------------------------------------------------- skill rules


def _open_questions(task: DrillTask, answer: str, text: _Text, coded: Classification) -> _Findings:
    f = _Findings()
    question = _is_question(answer, coded)
    f.add("question", question, "It's a question.", "This is a statement, not a question.")
    rules = {e.rule: e.words for e in coded.evidence}
    advice = _advice_question(text)
    why = "why_question" in rules and not advice
    closed = coded.question_type == "closed" or (
        coded.code == "question" and not why and coded.question_type != "open"
    )
    if question:
        f.add(
            "open",
            not closed,
            "It's open: the parent can answer in their own way.",
            f"'{answer.strip()}' can be answered with yes, no or one fact: it's a closed question.",
        )
        asked = [r for r in coded.sentences if r.question_type and not r.fired("check_question")]
        if not closed and len(asked) > 1:
            last = asked[-1]
            f.add(
                "last_question",
                last.question_type == "open",
                "Your last question is open too.",
                f"'{last.text.strip()}' closes it again: a parent usually answers the last "
                "question asked.",
            )
    f.add(
        "why",
        not why,
        "You avoided 'why', which can sound like blame.",
        "Starting with 'why' can sound like you're asking the parent to justify themselves.",
    )
    f.add(
        "advice_question",
        not advice,
        "There's no advice hidden in it.",
        f"'{advice}...?' suggests what to do: it's advice wearing a question mark.",
    )
    _topic(f, task, text, task.key_content or _ideas_from(task.prompt))
    return f


def _affirmations(task: DrillTask, answer: str, text: _Text, coded: Classification) -> _Findings:
    f = _Findings()
    f.add(
        "statement",
        not _is_question(answer, coded),
        "It's a statement.",
        "An affirmation is a statement; this is a question.",
    )
    praise = _find("praise", text)
    f.add(
        "praise",
        not praise,
        "It isn't praise or approval.",
        f"'{praise}' is praise, your approval; name what the parent did or who they are.",
    )
    first = text.tokens[0] if text.tokens else ""
    about_you = "you" in text.tokens or any(t.startswith(("you'", "your")) for t in text.tokens)
    self_start = first in ("i", "i'm", "i've", "i'd", "we", "that's", "that", "it's")
    f.add(
        "about_parent",
        about_you and not self_start,
        "It's about the parent ('you...').",
        "Make the parent the subject: 'You ...' rather than 'I ...' or 'That's ...'.",
    )
    ideas = task.key_content or _ideas_from(" ".join(filter(None, [task.context, task.prompt])))
    hits = [hit for idea in ideas if (hit := _idea_hit(idea, text))]
    if not hits and not task.key_content:
        # a free prompt: naming the strength ("That's a lot of patience") or the
        # effort ("You stepped in for ...") is specific
        hits = [w for w in text.tokens if w in _strengths()][:1] or [
            e.words for e in coded.evidence if e.rule == "affirm"
        ][:1]
    f.add(
        "specific",
        bool(hits),
        f"It's specific: it names '{hits[0]}'." if hits else "",
        "It's general; name the particular strength or effort you saw in this situation.",
    )
    but = re.search(r"\bbut\b", text.flat)
    f.add("no_but", not but, "Nothing takes it back.", "The 'but' takes back the affirmation.")
    return f


def _parrot_run(answer: _Text, prompt: _Text) -> int:
    """How many words in a row the answer copies from the prompt, at most."""
    return len(_copied_run(answer, prompt))


def _copied_run(answer: _Text, prompt: _Text) -> tuple[str, ...]:
    """The longest run of words the answer copies from the prompt."""
    a, p = answer.tokens, prompt.tokens
    best, end = 0, 0
    previous = [0] * (len(p) + 1)
    for i in range(1, len(a) + 1):
        current = [0] * (len(p) + 1)
        for j in range(1, len(p) + 1):
            if a[i - 1] == p[j - 1]:
                current[j] = previous[j - 1] + 1
                if current[j] > best:
                    best, end = current[j], i
        previous = current
    return a[end - best : end]


def _reflections(task: DrillTask, answer: str, text: _Text, coded: Classification) -> _Findings:
    f = _Findings()
    question = _is_question(answer, coded)
    f.add(
        "statement",
        not question,
        "It's a statement, with the voice going down at the end.",
        "Said as a question, it asks the parent to confirm rather than showing you heard; "
        "drop the question mark and say it as a statement.",
    )
    roadblock = _advice(text) or _find("drill_minimising", text) or _advice_question(text)
    f.add(
        "roadblock",
        not roadblock,
        "No advice or reassurance gets in the way.",
        f"'{roadblock}' is a roadblock (advice or reassurance), not a reflection.",
    )
    self_focus = _find("drill_self_focus", text)
    f.add(
        "self_focus",
        not self_focus,
        "The focus stays on the parent.",
        f"'{self_focus}' turns the focus to you.",
    )
    ideas = task.key_content or _ideas_from(task.prompt)
    deep = [h for idea in (*task.feelings, *task.meanings) if (h := _idea_hit(idea, text))]
    plain = [h for idea in ideas if (h := _idea_hit(idea, text))] or _echo(task, text)
    if not plain and not task.key_content and coded.behaviour == "reflection":
        # a free prompt: a reflection that names a feeling reads the parent's state
        plain = [feeling] if (feeling := _find("feeling_words", text)) else []
    f.add(
        "meaning",
        bool(deep or plain),
        f"You caught what matters to the parent ('{(deep or plain)[0]}')." if deep or plain else "",
        "It doesn't pick up what the parent said or seems to feel; listen for the feeling "
        "or worry under the words.",
    )
    prompt = _text(task.prompt)
    run = _parrot_run(text, prompt)
    new_words = _content_stems(text) - _content_stems(prompt)
    parroting = run >= PARROT_RUN or (run >= 3 and not new_words and len(text.tokens) > 3)
    f.add(
        "parroting",
        not parroting,
        "It's in your own words.",
        "It repeats the parent's words almost exactly; say what you heard in your own words.",
    )
    words = len(text.tokens)
    f.add(
        "length",
        words <= LONG_REFLECTION,
        "It's short enough to keep the focus on them.",
        f"At {words} words it's long; a reflection works best in a sentence or two.",
    )
    # The item's feelings and meanings say what lies under the words; without them, the
    # classifier's judgement of simple or complex.
    annotated = bool(task.feelings or task.meanings)
    complex_ = bool(deep) if annotated else coded.reflection_type == "complex"
    if not question and not roadblock and (deep or plain):  # depth only of a reflection
        f.add(
            "depth",
            complex_,
            "It goes under the words to a feeling or meaning: a complex reflection.",
            "This is a simple reflection; try naming the feeling or meaning "
            "underneath for a complex one.",
            required=False,
        )
    return f


def _sentences(raw: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+|^\s*[-*•]\s*", raw) if s and s.strip()]


def _summaries(task: DrillTask, answer: str, text: _Text, coded: Classification) -> _Findings:
    f = _Findings()
    # each point with how to name it: an annotated point by its first alternative; a
    # free prompt's sentence by the sentence itself, not by its word stems ("tir")
    if task.points:
        named = {p: _first_alt(p) for p in task.points}
    else:
        named = {
            " | ".join(sorted(_content_stems(_text(s)))): s.strip().rstrip(".!?")
            for s in _sentences(task.prompt)
        }
    points = tuple(named)
    missing = [p for p in points if p and not _idea_hit(p, text)]
    # the words of a free prompt can't recognise a paraphrase ("came early" for
    # "preemie"), so one point of four or more may be missed by the words alone
    lenient = not task.points and len(points) >= LENIENT_POINTS and len(missing) == 1
    gathered = (
        f"You gathered all {len(points)} points."
        if not missing
        else f"You gathered most of it; check you have '{named[missing[0]]}'."
    )
    f.add(
        "points",
        not missing or lenient,
        gathered,
        "It misses " + "; ".join(f"'{named[p]}'" for p in missing[:3]) + ".",
    )
    invite = _find("drill_invite_correction", text)
    f.add(
        "invite",
        bool(invite),
        f"You invite correction ('{invite}').",
        "Add an invitation to correct or add, such as 'What did I miss?'.",
    )
    advice = _advice(text)
    f.add(
        "no_advice",
        not advice,
        "It stays with what the parent said.",
        f"'{advice}' adds advice to the summary.",
    )
    return f


def _collaborative(task: DrillTask, answer: str, text: _Text, coded: Classification) -> _Findings:
    f = _Findings()
    directive = _advice(text)
    f.add(
        "directive",
        not directive,
        "There's no directive in it.",
        f"'{directive}' is still a directive.",
    )
    jargon = _find("drill_jargon", text)
    f.add("jargon", not jargon, "It's in plain words.", f"'{jargon}' is service jargon.")
    choice = _find("drill_choice", text) or _find("autonomy", text) or _permission(text)
    # any sentence: the main code of "A log is a lot. What would be easier?" is the reflection
    open_question = any(r.question_type == "open" for r in coded.sentences)
    f.add(
        "choice",
        bool(choice or open_question),
        f"It offers a choice ('{choice}')." if choice else "It invites the parent's view.",
        "It doesn't yet offer a choice or invite the parent to decide with you.",
    )
    _topic(f, task, text, task.key_content or _ideas_from(task.prompt))
    return f


def _resistance(task: DrillTask, answer: str, text: _Text, coded: Classification) -> _Findings:
    f = _Findings()
    arguing = (
        _find("drill_arguing", text)
        or _advice(text)
        or _advice_question(text)
        or _find_unnegated("confront", text)
    )
    but = re.search(r"\bbut\b", text.flat) if not arguing else None
    f.add(
        "arguing",
        not arguing and not but,
        "You don't argue or defend yourself.",
        f"'{arguing}' argues back."
        if arguing
        else "'..., but' turns your understanding into an argument.",
    )
    ideas = (*task.feelings, *(task.key_content or _ideas_from(task.prompt)))
    heard = [h for idea in ideas if (h := _idea_hit(idea, text))] or _echo(task, text)
    acknowledged = heard[0] if heard else _find("autonomy", text)
    if acknowledged is None and not task.key_content and coded.behaviour == "reflection":
        acknowledged = "a reflection"  # a free prompt: saying back the parent's view
    f.add(
        "empathy",
        acknowledged is not None,
        f"You acknowledge the parent's view ('{acknowledged}').",
        "Show you understand the parent's view or feeling, or name their choice.",
    )
    return f


def _difficult(task: DrillTask, answer: str, text: _Text, coded: Classification) -> _Findings:
    f = _Findings()
    ideas = (*task.feelings, *(task.key_content or _ideas_from(task.prompt)))
    heard = [h for idea in ideas if (h := _idea_hit(idea, text))]
    honoured = heard[0] if heard else _find("drill_honouring", text)
    f.add(
        "honour",
        honoured is not None,
        f"You honour what was shared ('{honoured}').",
        "It doesn't yet acknowledge the feeling or the courage it took to share it.",
    )
    lead = _find("drill_hand_lead", text) or _find("autonomy", text)
    if not lead and coded.code in ("seeking_collaboration", "emphasizing_autonomy"):
        lead = "(asking the parent)"
    f.add(
        "lead",
        bool(lead),
        f"You hand the lead to the parent ('{lead}').",
        "Hand the lead back: ask what would help, or leave the next step to them.",
    )
    minimising = _find("drill_minimising", text) or _advice(text)
    f.add(
        "minimising",
        not minimising,
        "You don't rush or minimise the feeling.",
        f"'{minimising}' rushes past the feeling.",
    )
    return f


def _permission_rules(
    task: DrillTask, answer: str, text: _Text, coded: Classification
) -> _Findings:
    f = _Findings()
    asked = _permission(text)
    f.add(
        "permission",
        bool(asked),
        f"You ask first ('{asked}').",
        "Ask before offering: 'Would it be okay if I shared...?'",
    )
    sentences = _sentences(answer)
    asked_at = next((i for i, s in enumerate(sentences) if _permission(_text(s))), len(sentences))
    before = [s for s in sentences[:asked_at] if _says(s, _ADVISES)]
    f.add(
        "first",
        not before,
        "Nothing is offered before the parent says yes.",
        f"'{before[0].strip()}' gives advice before asking." if before else "",
    )
    # after the request, a statement that informs or advises is the information
    # itself; "You'll know best whether any of it fits" offers nothing to check
    after = [
        s for s in sentences[asked_at + 1 :] if not s.rstrip().endswith("?") and _says(s, _OFFERS)
    ]
    if after:
        check = _find("drill_check_in", _text(" ".join(sentences[asked_at + 1 :])))
        f.add(
            "check_in",
            bool(check),
            f"You check what the parent makes of it ('{check}').",
            "After the information, ask what the parent makes of it.",
        )
    _topic(f, task, text, task.key_content or _ideas_from(task.prompt))
    return f


_ADVISES = frozenset({"persuade", "confront"})
_OFFERS = _ADVISES | {"giving_information", "persuade_with_permission"}


def _says(sentence: str, codes: frozenset[str]) -> bool:
    """Is the sentence coded one of ``codes``, or does it carry a roadblock phrase?"""
    return classify(sentence).code in codes or bool(_advice(_text(sentence)))


_RULES: dict[str, Callable[[DrillTask, str, _Text, Classification], _Findings]] = {
    "open-questions": _open_questions,
    "affirmations": _affirmations,
    "reflections": _reflections,
    "summaries": _summaries,
    "collaborative-language": _collaborative,
    "rolling-with-resistance": _resistance,
    "difficult-feelings": _difficult,
    "asking-permission": _permission_rules,
}

# The parent's words are the classifier's context only where the answer responds to them.
_PARENT_SPEAKS = frozenset(
    {"reflections", "affirmations", "rolling-with-resistance", "difficult-feelings",
     "asking-permission", "summaries"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Unreadable:
    message: str


def _unreadable(answer: str, text: _Text) -> _Unreadable | None:
    if not answer.strip():
        return _Unreadable("The answer is empty: write what you would say to the parent.")
    if len(answer) > MAX_ANSWER_CHARS:
        return _Unreadable(
            f"The answer is {len(answer):,} characters long; on a visit you'd say a sentence "
            f"or two (at most {MAX_ANSWER_CHARS:,} characters)."
        )
    if not text.tokens or not any(t in _english_words() for t in text.tokens):
        return _Unreadable(
            "I couldn't read this as an English sentence; the drills check English answers."
        )
    return None


def check_answer(task: DrillTask, answer: str) -> DrillResult:
    """Check one answer to a production drill."""
    if task.skill not in _RULES:
        raise ValueError(f"'{task.skill}' is not a production skill ({', '.join(_RULES)})")
    text = _text(answer)
    problem = _unreadable(answer, text)
    if problem is not None:
        finding = Finding("readable", False, problem.message, TEACHING["readable"])
        return DrillResult(task.skill, False, 0, "other", (finding,), task.model_answer)
    context = task.prompt if task.skill in _PARENT_SPEAKS else None
    coded = classify(answer, context)
    findings = tuple(_RULES[task.skill](task, answer, text, coded).items)
    failed_required = sum(1 for x in findings if x.required and not x.ok)
    failed_advisory = sum(1 for x in findings if not x.required and not x.ok)
    score = max(0, 100 - FAILED_RULE_COST * failed_required - ADVISORY_COST * failed_advisory)
    passed = failed_required == 0
    return DrillResult(task.skill, passed, score, coded.code, findings, task.model_answer)


@dataclass(frozen=True, slots=True)
class ChoiceOption:
    text: str
    correct: bool
    explanation: str


@dataclass(frozen=True, slots=True)
class RecognitionTask:
    skill: str
    prompt: str
    choices: tuple[ChoiceOption, ...] = field(default_factory=tuple)


def choice_index(task: RecognitionTask, answer: str) -> int | None:
    """A letter ("b"), a number ("2") or the choice's text, to the choice's index."""
    wanted = answer.strip().rstrip(".").strip()
    if len(wanted) == 1 and wanted.upper() in LETTERS[: len(task.choices)]:
        return LETTERS.index(wanted.upper())
    if wanted.isdigit() and 1 <= int(wanted) <= len(task.choices):
        return int(wanted) - 1
    folded = wanted.casefold()
    return next((i for i, c in enumerate(task.choices) if c.text.casefold() == folded), None)


def check_choice(task: RecognitionTask, answer: str) -> DrillResult:
    """Check the answer to a recognition (multiple-choice) drill."""
    best = next(i for i, c in enumerate(task.choices) if c.correct)
    model = f"{LETTERS[best]}. {task.choices[best].text}"
    index = choice_index(task, answer)
    if index is None:
        letters = ", ".join(LETTERS[: len(task.choices)])
        finding = Finding("choice", False, f"Answer with one of {letters}.", "")
        return DrillResult(task.skill, False, 0, "other", (finding,), model)
    chosen = task.choices[index]
    message = f"{LETTERS[index]}: {chosen.explanation}"
    if not chosen.correct:
        message += f" The best answer is {model}: {task.choices[best].explanation}"
    finding = Finding("choice", chosen.correct, message, "")
    return DrillResult(
        task.skill, chosen.correct, 100 if chosen.correct else 0, "other", (finding,), model
    )
