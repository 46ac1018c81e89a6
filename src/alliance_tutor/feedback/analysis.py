"""Session-level MITI summary scores from a sequence of speaker turns.

Pure functions: turns in, a frozen :class:`SessionAnalysis` out. Parsing
transcripts into turns happens elsewhere.

Summary scores (MITI 4.2.1, Moyers, Manuel & Ernst):

- reflection-to-question ratio R:Q = (SR + CR) / Q; fair >= 1.0, good >= 2.0
- percent complex reflections %CR = CR / (SR + CR) * 100; fair >= 40, good >= 50
- percent open questions (MITI 3.1) = open / all questions * 100;
  beginning >= 50, competent >= 70
- reflection share = (SR + CR + 1) / (SR + CR + input + 2), input being the
  helper's own information, advice, options and confrontation: how much of
  what the helper *states* reflects the parent rather than tells. No MITI
  threshold; it is the score that best tells high- from low-quality sessions
  (see ``benchmarks/annomi_eval.py``). The +1/+2 (Laplace's rule of
  succession) keeps a session with two or three statements from scoring 0 or
  1 on so little evidence; with none it is 0.5.
- MI-adherent = affirm + seeking collaboration + emphasizing autonomy
- MI-non-adherent = confront + persuade (persuade with permission is not counted)

The fair/good numbers live in one place, :data:`.thresholds.THRESHOLDS`, and
ratings are ``THRESHOLDS[name].rate(value)``.

Question counts here are utterances coded ``question`` (seeking collaboration
said as a permission question is counted as seeking collaboration, not as a
question, so asking permission never lowers R:Q).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .classifier import BEHAVIOUR_OF_CODE, CODES, Classification, classify
from .thresholds import THRESHOLDS

__all__ = [
    "HELPER_ROLES",
    "SessionAnalysis",
    "Turn",
    "analyze_turns",
    "find_helper",
    "helper_turns",
]

HELPER_ROLES: tuple[str, ...] = (
    "therapist",
    "clinician",
    "home visitor",
    "visitor",
    "counselor",
    "counsellor",
    "interviewer",
    "provider",
    "nurse",
    "coach",
    "worker",
    "helper",
    "practitioner",
    "facilitator",
    "educator",
    "doula",
    "health visitor",
    "social worker",
    "case manager",
    "hv",
)
_SINGLE_LETTER_HELPERS = frozenset({"t", "c", "hv", "i", "p"})
_HELPER_RE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(r) for r in sorted(HELPER_ROLES, key=len, reverse=True))
    + r")s?\b"
)


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker turn of a session."""

    speaker: str
    text: str


def _norm(speaker: str) -> str:
    return " ".join(speaker.strip().strip(":").lower().split())


def find_helper(speakers: Sequence[str], helper: str | None = None) -> str:
    """Return which of ``speakers`` is the helper (home visitor, therapist, ...).

    With ``helper`` given, it must be one of the speakers (compared without case
    or surrounding spaces); the speaker's own spelling is returned. Otherwise
    the first speaker whose label names a helping role ("Therapist",
    "Home Visitor 1", "T") is returned. Raises ``ValueError`` if none is found.
    """
    distinct = list(dict.fromkeys(speakers))
    if helper is not None:
        wanted = _norm(helper)
        for sp in distinct:
            if _norm(sp) == wanted:
                return sp
        listed = ", ".join(repr(s) for s in distinct) or "none"
        raise ValueError(f"helper {helper!r} is not among the speakers ({listed})")
    for sp in distinct:
        if _HELPER_RE.search(_norm(sp)):
            return sp
    # single-letter labels ("T:" / "C:") are taken as helper codes only if the
    # full-word search found nothing; "C" is a client unless "T" is absent too
    for letter in ("t", "hv", "p", "i"):
        for sp in distinct:
            if _norm(sp) == letter:
                return sp
    listed = ", ".join(repr(s) for s in distinct) or "none"
    raise ValueError(
        "could not tell which speaker is the helper among "
        f"{listed}; name one (e.g. 'Home visitor', 'Therapist') or pass helper="
    )


@dataclass(frozen=True, slots=True)
class SessionAnalysis:
    """MITI behaviour counts and summary scores of one session."""

    helper: str
    utterances: tuple[tuple[Turn, Classification], ...]
    counts: dict[str, int]
    reflection_to_question: float | None
    percent_complex_reflections: float | None
    percent_open_questions: float | None
    reflection_share: float
    mi_adherent: int
    mi_non_adherent: int
    ratings: dict[str, str]


_MIN_CONTEXT_WORDS = 6
_INPUT_CODES: tuple[str, ...] = tuple(
    code for code in CODES if BEHAVIOUR_OF_CODE[code] == "therapist_input"
)


def _context(recent: list[str | None]) -> str | None:
    """The client's words a helper turn responds to.

    The preceding client turn; when it is only a backchannel ("Yeah.",
    "Mm-hmm.") the helper is usually continuing, so earlier client turns are
    added (up to three turns in all) until there are a few words to go on.
    """
    if not recent or recent[-1] is None:
        return None
    picked: list[str] = []
    words = 0
    for text in reversed(recent):
        if text is None:
            continue
        picked.append(text)
        # counting stops at the threshold: a client's long turn need not be split whole
        words += len(text.split(None, _MIN_CONTEXT_WORDS))
        if words >= _MIN_CONTEXT_WORDS or len(picked) >= 3:
            break
    return " ".join(reversed(picked))


def helper_turns(turns: Sequence[Turn], helper: str | None = None) -> list[tuple[Turn, str | None]]:
    """The helper's turns, each with the other speaker's words it responds to.

    The context is the preceding client turn, extended with earlier client
    turns when that one is only a backchannel (see ``_context``); ``None`` when
    the helper spoke first or spoke again without the client speaking between.
    Raises ``ValueError`` like :func:`find_helper`.
    """
    speakers = [t.speaker for t in turns]
    wanted = _norm(find_helper(speakers, helper))
    is_helper = {s: _norm(s) == wanted for s in set(speakers)}  # each label once
    out: list[tuple[Turn, str | None]] = []
    recent: list[str | None] = []  # other speakers' turns; None where the helper spoke
    for turn in turns:
        if is_helper[turn.speaker]:
            out.append((turn, _context(recent)))
            if recent and recent[-1] is not None:
                recent.append(None)
        else:
            recent.append(turn.text)
            if len(recent) > 8:
                del recent[:-8]
    return out


def analyze_turns(turns: Sequence[Turn], helper: str | None = None) -> SessionAnalysis:
    """Classify the helper's turns (each with the preceding other-speaker turn as
    context, see :func:`helper_turns`) and compute MITI summary scores.

    Ratings come from :data:`alliance_tutor.feedback.thresholds.THRESHOLDS`:
    "below fair"/"fair"/"good" for R:Q (fair 1.0, good 2.0) and %CR (40, 50),
    "below beginning"/"beginning"/"competent" for percent open questions (50,
    70); "n/a" when the score is undefined (no questions / no reflections).
    """
    who = find_helper([t.speaker for t in turns], helper)
    coded: list[tuple[Turn, Classification]] = []
    counts = dict.fromkeys(CODES, 0)
    n_open = 0
    for turn, context in helper_turns(turns, who):
        result = classify(turn.text, context)
        coded.append((turn, result))
        counts[result.code] += 1
        # out of the questions only: an invitation to collaborate keeps its question
        # type but is not counted among the questions
        if result.code == "question" and result.question_type == "open":
            n_open += 1
    n_q = counts["question"]
    n_sr = counts["simple_reflection"]
    n_cr = counts["complex_reflection"]
    rq = (n_sr + n_cr) / n_q if n_q else None
    pcr = n_cr / (n_sr + n_cr) * 100 if n_sr + n_cr else None
    poq = n_open / n_q * 100 if n_q else None
    n_input = sum(counts[code] for code in _INPUT_CODES)
    share = (n_sr + n_cr + 1) / (n_sr + n_cr + n_input + 2)
    scores = {
        "reflection_to_question": rq,
        "percent_complex_reflections": pcr,
        "percent_open_questions": poq,
    }
    ratings = {name: THRESHOLDS[name].rate(value) for name, value in scores.items()}
    return SessionAnalysis(
        helper=who,
        utterances=tuple(coded),
        counts=counts,
        reflection_to_question=rq,
        percent_complex_reflections=pcr,
        percent_open_questions=poq,
        reflection_share=share,
        mi_adherent=counts["affirm"]
        + counts["seeking_collaboration"]
        + counts["emphasizing_autonomy"],
        mi_non_adherent=counts["confront"] + counts["persuade"],
        ratings=ratings,
    )
