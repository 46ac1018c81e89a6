"""The summary-score thresholds a session is set against (MITI 4.2.1; MITI 3 for open questions)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Threshold:
    fair: float
    good: float
    standard: str
    names: tuple[str, str, str]  # below fair, fair, good

    def rate(self, value: float | None) -> str:
        if value is None:
            return "n/a"
        if value >= self.good:
            return self.names[2]
        return self.names[1] if value >= self.fair else self.names[0]


_MITI4 = ("below fair", "fair", "good")

THRESHOLDS: dict[str, Threshold] = {
    "reflection_to_question": Threshold(1.0, 2.0, "MITI 4.2.1", _MITI4),
    "percent_complex_reflections": Threshold(40.0, 50.0, "MITI 4.2.1", _MITI4),
    "percent_open_questions": Threshold(
        50.0, 70.0, "MITI 3 (dropped in MITI 4)", ("below beginning", "beginning", "competent")
    ),
}
