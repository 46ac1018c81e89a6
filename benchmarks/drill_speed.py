"""How long checking one drill answer takes once the program has started.

Run by hand:  python benchmarks/drill_speed.py [--rounds 5]
Checks every model and weak answer of the built-in production banks, warm.
"""

from __future__ import annotations

import argparse
import time

from alliance_tutor.content.loader import load_course
from alliance_tutor.content.paths import content_roots
from alliance_tutor.drills.bank import task_for
from alliance_tutor.feedback.skills import DrillTask, check_answer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    pairs = []
    for skill, bank in load_course(content_roots()).drills.items():
        for item in bank.items:
            task = task_for(skill, item)
            if isinstance(task, DrillTask):
                pairs += [(task, a) for a in (*item.spec.model_answers, *item.spec.weak_answers)]
    start = time.perf_counter()
    for task, answer in pairs:  # the first pass also builds the word lists
        check_answer(task, answer)
    first = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(args.rounds):
        for task, answer in pairs:
            check_answer(task, answer)
    warm = (time.perf_counter() - start) / (args.rounds * len(pairs))
    print(f"{len(pairs)} answers; first pass {first * 1000:.0f} ms in all")
    print(f"warm: {warm * 1000:.3f} ms per answer ({1 / warm:,.0f} answers/s)")


if __name__ == "__main__":
    main()
