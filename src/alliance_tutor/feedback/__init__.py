"""Transparent, rule-based coding of helper talk into MITI 4.2.1 behaviour codes.

``classify`` codes one utterance; ``analyze_turns`` summarises a session.
Both are pure functions; the word lists they use live in ``data/``.
"""

from .analysis import HELPER_ROLES, SessionAnalysis, Turn, analyze_turns, find_helper
from .classifier import (
    BEHAVIOUR_OF_CODE,
    CODES,
    MAX_CHARS,
    Classification,
    Evidence,
    SentenceResult,
    classify,
)

__all__ = [
    "BEHAVIOUR_OF_CODE",
    "CODES",
    "HELPER_ROLES",
    "MAX_CHARS",
    "Classification",
    "Evidence",
    "SentenceResult",
    "SessionAnalysis",
    "Turn",
    "analyze_turns",
    "classify",
    "find_helper",
]
