"""Session-level MITI summary scores from a sequence of speaker turns.

Pure functions: turns in, a frozen :class:`SessionAnalysis` out. Parsing
transcripts into turns happens elsewhere.

Summary scores (MITI 4.2.1, Moyers, Manuel & Ernst):

- reflection-to-question ratio R:Q = (SR + CR) / Q; fair >= 1.0, good >= 2.0
- percent complex reflections %CR = CR / (SR + CR) * 100; fair >= 40, good >= 50
- percent open questions (MITI 3.1) = open / all questions * 100;
  beginning >= 50, competent >= 70
- MI-adherent = affirm + seeking collaboration + emphasizing autonomy
- MI-non-adherent = confront + persuade (persuade with permission is not counted)

Question counts here are utterances coded ``question`` (seeking collaboration
said as a permission question is counted as seeking collaboration, not as a
question, so asking permission never lowers R:Q).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .classifier import CODES, Classification, classify

__all__ = ["HELPER_ROLES", "SessionAnalysis", "Turn", "analyze_turns", "find_helper"]

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
    mi_adherent: int
    mi_non_adherent: int
    ratings: dict[str, str]


def _rate(value: float | None, fair: float, good: float, names: tuple[str, str, str]) -> str:
    if value is None:
        return "n/a"
    if value >= good:
        return names[2]
    if value >= fair:
        return names[1]
    return names[0]


_MITI4 = ("below fair", "fair", "good")
_MITI3 = ("below beginning", "beginning", "competent")


_MIN_CONTEXT_WORDS = 6


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
        words += len(text.split())
        if words >= _MIN_CONTEXT_WORDS or len(picked) >= 3:
            break
    return " ".join(reversed(picked))


def analyze_turns(turns: Sequence[Turn], helper: str | None = None) -> SessionAnalysis:
    """Classify the helper's turns (each with the preceding other-speaker turn as
    context) and compute MITI summary scores.

    Ratings map each score to "below fair"/"fair"/"good" (R:Q fair 1.0, good
    2.0; %CR fair 40, good 50) or, for percent open questions, to
    "below beginning"/"beginning"/"competent" (50, 70); "n/a" when the score is
    undefined (no questions / no reflections).
    """
    who = find_helper([t.speaker for t in turns], helper)
    wanted = _norm(who)
    coded: list[tuple[Turn, Classification]] = []
    counts = dict.fromkeys(CODES, 0)
    n_open = 0
    recent: list[str | None] = []  # other speakers' turns; None where the helper spoke
    for turn in turns:
        if _norm(turn.speaker) == wanted:
            result = classify(turn.text, _context(recent))
            coded.append((turn, result))
            counts[result.code] += 1
            if result.question_type == "open":
                n_open += 1
            if recent and recent[-1] is not None:
                recent.append(None)
        else:
            recent.append(turn.text)
            if len(recent) > 8:
                del recent[:-8]
    n_q = counts["question"]
    n_sr = counts["simple_reflection"]
    n_cr = counts["complex_reflection"]
    rq = (n_sr + n_cr) / n_q if n_q else None
    pcr = n_cr / (n_sr + n_cr) * 100 if n_sr + n_cr else None
    poq = n_open / n_q * 100 if n_q else None
    ratings = {
        "reflection_to_question": _rate(rq, 1.0, 2.0, _MITI4),
        "percent_complex_reflections": _rate(pcr, 40.0, 50.0, _MITI4),
        "percent_open_questions": _rate(poq, 50.0, 70.0, _MITI3),
    }
    return SessionAnalysis(
        helper=who,
        utterances=tuple(coded),
        counts=counts,
        reflection_to_question=rq,
        percent_complex_reflections=pcr,
        percent_open_questions=poq,
        mi_adherent=counts["affirm"]
        + counts["seeking_collaboration"]
        + counts["emphasizing_autonomy"],
        mi_non_adherent=counts["confront"] + counts["persuade"],
        ratings=ratings,
    )
