"""Session analysis: counts, MITI summary scores and ratings, and finding the helper."""

from __future__ import annotations

import pytest

from alliance_tutor.feedback import CODES, SessionAnalysis, Turn, analyze_turns, find_helper

HV = "Home Visitor"
MOM = "Parent"


def session(*pairs: tuple[str, str]) -> list[Turn]:
    return [Turn(speaker, text) for speaker, text in pairs]


GOOD = session(
    (HV, "How have the nights been this week?"),
    (MOM, "Awful. She's up every two hours and I'm exhausted."),
    (HV, "You're exhausted."),
    (MOM, "My partner works nights, so it's all on me."),
    (HV, "You're carrying the nights on your own, and it's wearing you down."),
    (MOM, "Yeah. I just want one good night."),
    (HV, "Part of you wants her to learn to settle, and part of you hates hearing her cry."),
    (MOM, "Exactly."),
    (HV, "You worked hard to keep her routine going anyway."),
    (MOM, "I try."),
    (HV, "Would it be okay if I shared what other parents have found helpful?"),
    (MOM, "Sure."),
    (HV, "It's up to you what fits your family."),
)

POOR = session(
    (HV, "Is she sleeping in her crib?"),
    (MOM, "No, she sleeps with me."),
    (HV, "You need to put her in her crib."),
    (MOM, "But she cries."),
    (HV, "That's a bad idea."),
    (MOM, "Okay."),
    (HV, "Are you giving her a bottle at night?"),
    (MOM, "Sometimes."),
    (HV, "Do you use the car seat every time?"),
)


def test_counts_cover_every_code_and_only_helper_turns() -> None:
    a = analyze_turns(GOOD)
    assert a.helper == HV
    assert set(a.counts) == set(CODES)
    assert sum(a.counts.values()) == len(a.utterances) == 7
    assert all(turn.speaker == HV for turn, _ in a.utterances)
    assert a.counts["question"] == 1
    assert a.counts["simple_reflection"] == 1
    assert a.counts["complex_reflection"] == 2
    assert a.counts["affirm"] == 1
    assert a.counts["seeking_collaboration"] == 1
    assert a.counts["emphasizing_autonomy"] == 1


def test_good_session_scores_and_ratings() -> None:
    a = analyze_turns(GOOD)
    assert a.reflection_to_question == pytest.approx(3.0)
    assert a.percent_complex_reflections == pytest.approx(200 / 3)
    assert a.percent_open_questions == pytest.approx(100.0)
    # 3 reflections, 1 input (autonomy): (3 + 1) / (3 + 1 + 2)
    assert a.reflection_share == pytest.approx(4 / 6)
    assert a.mi_adherent == 3
    assert a.mi_non_adherent == 0
    assert a.ratings == {
        "reflection_to_question": "good",
        "percent_complex_reflections": "good",
        "percent_open_questions": "competent",
    }


def test_poor_session_scores_and_ratings() -> None:
    a = analyze_turns(POOR)
    assert a.counts["question"] == 3
    assert a.counts["persuade"] == 1
    assert a.counts["confront"] == 1
    assert a.reflection_to_question == pytest.approx(0.0)
    assert a.percent_complex_reflections is None
    assert a.percent_open_questions == pytest.approx(0.0)
    assert (a.mi_adherent, a.mi_non_adherent) == (0, 2)
    # no reflections, 2 input (persuade, confront): (0 + 1) / (0 + 2 + 2)
    assert a.reflection_share == pytest.approx(1 / 4)
    assert a.reflection_share < analyze_turns(GOOD).reflection_share
    assert a.ratings["reflection_to_question"] == "below fair"
    assert a.ratings["percent_open_questions"] == "below beginning"


def test_persuade_with_permission_is_not_non_adherent() -> None:
    a = analyze_turns(
        session(
            (HV, "Can I share something that has worked for other families?"),
            (MOM, "Yes, please."),
            (HV, "You could try a short bath before bed."),
        )
    )
    assert a.counts["persuade_with_permission"] == 1
    assert a.mi_non_adherent == 0
    assert a.mi_adherent == 1


def test_each_helper_turn_gets_the_parents_preceding_words_as_context() -> None:
    turns = session(
        (MOM, "He only naps in the car."),
        (HV, "Only in the car."),
    )
    [(_, coded)] = analyze_turns(turns).utterances
    assert coded.code == "simple_reflection"


@pytest.mark.parametrize(
    ("rq", "expected"),
    [(0, "below fair"), (1, "fair"), (2, "good")],
)
def test_reflection_to_question_thresholds(rq: int, expected: str) -> None:
    pairs = [(HV, "How is feeding going?"), (MOM, "It's fine, she eats a lot.")]
    pairs += [(HV, "She eats a lot."), (MOM, "Yes.")] * rq
    a = analyze_turns(session(*pairs))
    assert a.reflection_to_question == pytest.approx(rq)
    assert a.ratings["reflection_to_question"] == expected


def test_percent_thresholds_at_the_boundaries() -> None:
    # 1 simple + 1 complex = 50 % complex: "good"; 1 open of 2 questions = 50 %: "beginning"
    a = analyze_turns(
        session(
            (HV, "How are the nights?"),
            (MOM, "Long. She wakes up a lot."),
            (HV, "She wakes up a lot."),
            (MOM, "Yes."),
            (HV, "Is she teething?"),
            (MOM, "Maybe, and I'm on my own with her all night."),
            (HV, "You're doing this all on your own, and it's wearing you thin."),
        )
    )
    assert a.percent_complex_reflections == pytest.approx(50.0)
    assert a.ratings["percent_complex_reflections"] == "good"
    assert a.percent_open_questions == pytest.approx(50.0)
    assert a.ratings["percent_open_questions"] == "beginning"


def test_percent_open_counts_only_the_questions() -> None:
    # the open invitation to collaborate is not one of the questions: 1 open of 1
    a = analyze_turns(
        session(
            (HV, "How are things this week?"),
            (MOM, "Mornings are a scramble with the two of them."),
            (HV, "What would make the mornings easier for you?"),
        )
    )
    assert [r.code for _, r in a.utterances] == ["question", "seeking_collaboration"]
    assert a.percent_open_questions == pytest.approx(100.0)


def test_no_helper_turns_gives_undefined_scores() -> None:
    a = analyze_turns(session((MOM, "Hello?")), helper=MOM.upper())
    assert isinstance(a, SessionAnalysis)
    assert a.reflection_to_question is None
    assert a.ratings["reflection_to_question"] == "n/a"
    assert a.reflection_share == 0.5  # no evidence either way


@pytest.mark.parametrize(
    ("speakers", "expected"),
    [
        (["Parent", "Home Visitor"], "Home Visitor"),
        (["client", "therapist"], "therapist"),
        (["Mom", "NURSE"], "NURSE"),
        (["Dad", "Counsellor"], "Counsellor"),
        (["Mother", "Home visitor 2"], "Home visitor 2"),
        (["C", "T"], "T"),
        (["Parent", "Parent Coach"], "Parent Coach"),
    ],
)
def test_find_helper_recognises_roles(speakers: list[str], expected: str) -> None:
    assert find_helper(speakers) == expected


def test_find_helper_with_explicit_name() -> None:
    assert find_helper(["Ana", "Beth"], helper="beth") == "Beth"
    with pytest.raises(ValueError, match="not among the speakers"):
        find_helper(["Ana", "Beth"], helper="Carla")
    with pytest.raises(ValueError, match="which speaker is the helper"):
        find_helper(["Ana", "Beth"])
    with pytest.raises(ValueError):
        analyze_turns(session(("Ana", "Hi."), ("Beth", "Hello.")))


def test_ratings_come_from_the_shared_thresholds() -> None:
    from alliance_tutor.feedback.thresholds import THRESHOLDS

    for turns in (GOOD, POOR):
        a = analyze_turns(turns)
        scores = {
            "reflection_to_question": a.reflection_to_question,
            "percent_complex_reflections": a.percent_complex_reflections,
            "percent_open_questions": a.percent_open_questions,
        }
        assert a.ratings == {name: THRESHOLDS[name].rate(v) for name, v in scores.items()}


def test_helper_turns_pair_each_helper_turn_with_the_parents_words() -> None:
    from alliance_tutor.feedback.analysis import helper_turns

    turns = session(
        (HV, "Hi, how are things?"),
        (MOM, "She's teething and nobody sleeps."),
        (HV, "Nobody sleeps."),
        (MOM, "Yeah."),
        (HV, "And you're the one up with her."),
        (HV, "Every night."),
    )
    pairs = helper_turns(turns)
    assert [t.text for t, _ in pairs] == [t.text for t in turns if t.speaker == HV]
    assert pairs[0][1] is None
    assert pairs[1][1] == "She's teething and nobody sleeps."
    # a bare "Yeah." is extended with the parent's earlier words
    assert pairs[2][1] == "She's teething and nobody sleeps. Yeah."
    assert pairs[3][1] is None  # the helper spoke again without the parent between


def test_a_long_turn_before_a_bare_yeah_ends_the_look_back() -> None:
    from alliance_tutor.feedback.analysis import helper_turns

    turns = session(
        (MOM, "We moved flats."),
        (MOM, "She has been up before five every single morning this week."),
        (MOM, "Yeah."),
        (HV, "Every morning before five."),
        (MOM, "Mm."),
        (MOM, "Yes."),
        (MOM, "Right."),
        (HV, "Take your time."),
    )
    pairs = helper_turns(turns)
    assert pairs[0][1] == "She has been up before five every single morning this week. Yeah."
    assert pairs[1][1] == "Mm. Yes. Right."  # three turns at most, however few their words
