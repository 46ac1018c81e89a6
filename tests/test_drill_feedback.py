"""The drill rules, pinned with our own answers: passing, failing and the tricky cases."""

from __future__ import annotations

import pytest

from alliance_tutor.feedback.skills import (
    ChoiceOption,
    DrillTask,
    RecognitionTask,
    check_answer,
    check_choice,
)

TIRED_DAD = DrillTask(
    "reflections",
    "She's up every two hours. I go to work like a zombie and then I snap at everyone.",
    key_content=("up at night | waking | sleep | nights", "work | job"),
    feelings=("tired | exhausted | worn out | wearing you down | running on empty | drained",),
    meanings=("snap | short-tempered | patience | not yourself",),
)


def failed_rules(task: DrillTask, answer: str) -> set[str]:
    return {f.rule for f in check_answer(task, answer).findings if f.required and not f.ok}


def test_complex_reflection_in_other_words_passes_with_full_score():
    result = check_answer(
        TIRED_DAD, "The nights are wearing you down, and you don't feel like yourself at home."
    )
    assert result.passed and result.score == 100
    assert result.code in ("complex_reflection", "simple_reflection")
    assert any(f.rule == "depth" and f.ok for f in result.findings)


def test_simple_reflection_passes_with_a_nudge_to_go_deeper():
    result = check_answer(TIRED_DAD, "You're exhausted.")
    assert result.passed
    # a feeling word is named, so it counts as going under the words
    assert result.score == 100
    plain = check_answer(TIRED_DAD, "She wakes up a lot at night and you have work.")
    assert plain.passed
    assert plain.score < 100
    assert any(f.rule == "depth" and not f.ok for f in plain.findings)


@pytest.mark.parametrize(
    ("answer", "rule"),
    [
        ("You're exhausted?", "statement"),  # a reflection said as a question
        ("Have you tried putting her down later?", "roadblock"),  # advice as a question
        ("You should sleep when she sleeps.", "roadblock"),
        ("Don't worry, it gets easier.", "roadblock"),
        ("Lots of dads feel that way. You shouldn't feel guilty.", "roadblock"),
        ("She's up every two hours and you go to work like a zombie.", "parroting"),
        ("I know how you feel, my son never slept either.", "self_focus"),
        ("It sounds like the weather has been hard on you.", "meaning"),
    ],
)
def test_reflection_mistakes_fail_with_their_rule(answer: str, rule: str):
    result = check_answer(TIRED_DAD, answer)
    assert not result.passed
    assert rule in failed_rules(TIRED_DAD, answer)
    failing = next(f for f in result.findings if f.rule == rule)
    assert failing.message and failing.teaching


def test_a_long_reflection_is_flagged():
    answer = " ".join(["You're so tired from the nights and work"] * 6) + "."
    assert "length" in failed_rules(TIRED_DAD, answer)


FEEDING = DrillTask(
    "open-questions", "Is she eating well?", key_content=("eat | feeding | food | meal",)
)


@pytest.mark.parametrize(
    "answer",
    ["How are mealtimes going for you two?", "Tell me about her eating.", "What does she eat?"],
)
def test_open_questions_pass(answer: str):
    assert check_answer(FEEDING, answer).passed


@pytest.mark.parametrize(
    ("answer", "rule"),
    [
        ("Is she eating enough?", "open"),
        ("Why isn't she eating?", "why"),
        ("Have you tried giving her finger foods?", "advice_question"),
        ("What are your plans for the weekend?", "topic"),
        ("She needs to eat more vegetables.", "question"),
    ],
)
def test_open_question_mistakes(answer: str, rule: str):
    assert rule in failed_rules(FEEDING, answer)


TWINS = DrillTask(
    "affirmations",
    "Maria has kept every appointment this month, taking two buses with her twins.",
    key_content=("appointment | visit | showed up | came | bus | effort",),
)


def test_affirmation_vs_praise():
    good = check_answer(
        TWINS, "You made it to every appointment, two buses and two babies. That's determination."
    )
    assert good.passed
    assert "praise" in failed_rules(TWINS, "Good job, Maria!")
    assert failed_rules(TWINS, "I'm so proud of you.") >= {"praise", "about_parent"}
    assert "specific" in failed_rules(TWINS, "You're a wonderful person.")
    assert "no_but" in failed_rules(TWINS, "You came to every appointment, but you were late.")
    assert "statement" in failed_rules(TWINS, "Did you take the bus again?")


EVENING = DrillTask(
    "summaries",
    "He cries every evening. My mother says I spoil him. I want to go back to school in the fall.",
    points=("cry | crying | fussy | evening", "mother | mom | grandmother", "school | classes"),
)


def test_summary_gathers_every_point_and_invites_correction():
    answer = (
        "Evenings are hard with his crying, your mom thinks you're spoiling him, and you're "
        "hoping to get back to school. What did I miss?"
    )
    assert check_answer(EVENING, answer).passed


def test_summary_that_misses_a_point_says_which():
    result = check_answer(
        EVENING,
        "Evenings are hard with his crying and your mom has opinions. Did I get that right?",
    )
    assert not result.passed
    missing = next(f for f in result.findings if f.rule == "points")
    assert "'school'" in missing.message


def test_summary_without_invitation_or_with_advice_fails():
    base = "His crying in the evening, your mom's view, and school in the fall."
    assert "invite" in failed_rules(EVENING, base)
    assert "no_advice" in failed_rules(EVENING, base + " You should start a routine. Right?")


def test_free_prompt_without_annotations_draws_on_the_prompt():
    task = DrillTask("reflections", "I'm worried the new baby will make my toddler jealous.")
    reflection = "You're worried about how your toddler will take the new baby."
    assert check_answer(task, reflection).passed
    assert not check_answer(task, "You're thinking about buying a car.").passed
    summary = DrillTask("summaries", "I'm tired. Money is tight. My sister helps on weekends.")
    assert check_answer(
        summary, "You're tired, money's tight, and your sister helps at weekends. Did I get that?"
    ).passed
    assert not check_answer(summary, "You're tired and money's tight. Did I get that?").passed


def test_collaborative_language():
    task = DrillTask(
        "collaborative-language",
        "You need to complete the developmental screening today, it's required.",
        key_content=("screening | questionnaire | development | milestones",),
    )
    assert check_answer(
        task,
        "Would you like to look at the development questionnaire together today, or "
        "shall we circle back to it next week?",
    ).passed
    assert "directive" in failed_rules(task, "Please, you need to do the screening today.")
    assert "jargon" in failed_rules(
        task, "Would you like to do the screening? It's part of your service plan."
    )
    assert "choice" in failed_rules(task, "The screening is something we'll do today.")


def test_rolling_with_resistance():
    task = DrillTask(
        "rolling-with-resistance",
        "My mother raised six of us this way and we turned out fine.",
        feelings=("annoyed | judged | defensive | proud",),
        key_content=("mother | mom | family | raised | way",),
    )
    assert check_answer(
        task, "Your mom's way worked for your family, and you know your children best."
    ).passed
    assert "arguing" in failed_rules(task, "Actually, the research shows that's not safe.")
    assert "arguing" in failed_rules(task, "I understand, but things have changed since then.")
    # pressure the parent feels, reported back, is not the visitor arguing
    assert check_answer(
        DrillTask("rolling-with-resistance", "They say I have to do this."),
        "You feel you have to do this, and nobody asked what you wanted.",
    ).passed


def test_difficult_feelings():
    task = DrillTask(
        "difficult-feelings",
        "I've never told anyone how scared I was when he was in the hospital.",
        feelings=("scared | frightened | afraid | terrified",),
    )
    assert check_answer(
        task,
        "Thank you for telling me how frightened you were. What would help most as we "
        "finish today?",
    ).passed
    assert "minimising" in failed_rules(
        task, "That sounds scary, but don't worry, he's fine now. What would help?"
    )
    assert "lead" in failed_rules(task, "That was so frightening for you.")


def test_asking_permission():
    task = DrillTask(
        "asking-permission",
        "She keeps waking at night and I don't know what to do.",
        key_content=("sleep | night | waking | bedtime",),
    )
    assert check_answer(
        task,
        "Would it be okay if I shared a few things other parents have tried with night waking?",
    ).passed
    assert check_answer(
        task,
        "May I share an idea about sleep? Some parents keep bedtime the same every night. "
        "What do you make of that?",
    ).passed
    assert "permission" in failed_rules(task, "You should keep the same bedtime every night.")
    assert "first" in failed_rules(
        task, "You need a bedtime routine. Would it be okay if I shared more about sleep?"
    )
    assert "check_in" in failed_rules(
        task, "Can I share an idea about sleep? Keep the same bedtime every night."
    )


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("x" * 5000, "characters long"),
        ("Je ne sais pas quoi dire.", "English"),
        ("%%%% !!!! ####", "English"),
    ],
)
def test_unreadable_answers_get_a_clear_message(answer: str, message: str):
    result = check_answer(TIRED_DAD, answer)
    assert not result.passed and result.score == 0
    [finding] = result.findings
    assert message in finding.message


def test_unknown_skill_is_an_error():
    with pytest.raises(ValueError, match="not a production skill"):
        check_answer(DrillTask("juggling", "x"), "y")


def test_recognition_choice_by_letter_number_or_text():
    task = RecognitionTask(
        "stages-of-change",
        "Which stage?",
        (
            ChoiceOption("Precontemplation", False, "She doesn't see a problem yet."),
            ChoiceOption("Contemplation", True, "She is weighing it up."),
        ),
    )
    assert check_choice(task, "b").passed
    assert check_choice(task, "2").passed
    assert check_choice(task, "contemplation").passed
    wrong = check_choice(task, "A")
    assert not wrong.passed and "The best answer is B. Contemplation" in wrong.findings[0].message
    assert "Answer with one of A, B" in check_choice(task, "z").findings[0].message


# Free prompts (a trainer's own, or `check --prompt`): only the prompt's words to go on.


def failed_free(skill: str, prompt: str, answer: str) -> set[str]:
    return failed_rules(DrillTask(skill, prompt), answer)


def test_free_prompt_topic_is_a_note_not_a_failure():
    result = check_answer(
        DrillTask("open-questions", "Money is really tight since my hours got cut."),
        "What has that been like for your family?",
    )
    assert result.passed
    topic = next(f for f in result.findings if f.rule == "topic")
    assert not topic.ok and not topic.required


def test_summary_invitations_and_one_paraphrased_point():
    prompt = (
        "The screening said he might be behind on motor skills. He was a preemie, so maybe "
        "that's why. I don't want him labeled. But I don't want to lose time either."
    )
    answer = (
        "So the screening flagged his motor skills, and you wonder if it's because he came "
        "early. You don't want him labeled, and you don't want to lose time. Have I left "
        "anything out?"
    )
    assert failed_free("summaries", prompt, answer) == set()
    assert "points" in failed_free("summaries", prompt, "You don't want him labeled. Is that it?")
    # a free prompt's missing point is named by its sentence, not by word stems
    result = check_answer(DrillTask("summaries", prompt), "You don't want him labeled. Is that it?")
    points = next(f for f in result.findings if f.rule == "points")
    assert "'He was a preemie, so maybe that's why'" in points.message


def test_arguing_back_fails_rolling_with_resistance():
    prompt = "I don't need to read to him, he's a baby, he doesn't understand books."
    assert "arguing" in failed_free(
        "rolling-with-resistance", prompt, "Yes he does, they learn fast."
    )
    assert "arguing" in failed_free(
        "rolling-with-resistance", prompt, "Have you tried reading for five minutes a day?"
    )
    assert (
        failed_free(
            "rolling-with-resistance", prompt, "Books feel like they're for later, not for a baby."
        )
        == set()
    )


def test_permission_without_information_needs_no_check_in():
    prompt = "He's up every hour. I've tried everything."
    asked = (
        "Would it be okay if I shared a couple of things other families have found useful? "
        "You'll know best whether any of them fit him."
    )
    assert failed_free("asking-permission", prompt, asked) == set()
    lectured = "Would it be okay if I shared something? Babies need a bedtime routine."
    assert "check_in" in failed_free("asking-permission", prompt, lectured)


def test_reflection_stem_does_not_hide_advice():
    prompt = "I put a little rice cereal in her bottle so she sleeps."
    answer = "It sounds like you should ask her doctor before doing that."
    assert "roadblock" in failed_free("reflections", prompt, answer)
    assert "roadblock" not in failed_free(
        "reflections",
        "They want her to see a speech therapist. She's only two.",
        "You're not convinced she needs it yet.",
    )


def test_naming_a_strength_is_specific_for_a_free_prompt():
    prompt = "I sit on the floor with him every evening even when he pushes me away."
    assert "specific" not in failed_free(
        "affirmations", prompt, "You keep staying close anyway. That's a lot of patience."
    )


def test_an_open_question_closed_again_by_a_second_one_fails():
    prompt = "His baby sister came home last week and he's been hitting."
    stacked = "How have things been for him since his sister came home? Is he sleeping ok?"
    assert "last_question" in failed_free("open-questions", prompt, stacked)
    two_open = "How have things been for him since she came home? What have you noticed?"
    assert failed_free("open-questions", prompt, two_open) == set()


def test_anyway_inside_a_reflection_is_not_moving_on():
    prompt = "Everyone stares at me at school with the baby. But I'm going back."
    answer = "Part of you dreads the stares, and part of you is set on finishing school anyway."
    assert "roadblock" not in failed_free("reflections", prompt, answer)
    assert "minimising" in failed_free(
        "difficult-feelings",
        "I still cry about the birth sometimes.",
        "That sounds hard. Anyway, let's look at the feeding log.",
    )


@pytest.mark.parametrize("invite", ["Did I get all that?", "anything i missed"])
def test_more_ways_to_invite_correction(invite: str):
    prompt = (
        "The job starts on the first. Daycare can't take him till spring. "
        "My sister can do two days."
    )
    answer = (
        "So the job starts the first, daycare can't take him till spring, and your sister "
        f"can do two days. {invite}"
    )
    assert "invite" not in failed_free("summaries", prompt, answer)


def test_an_either_or_question_offers_a_choice():
    prompt = "We were talking about my mother-in-law before he woke up."
    answer = "He was worth the interruption! Do you want to go back to that, or leave it for today?"
    assert "choice" not in failed_free("collaborative-language", prompt, answer)


@pytest.mark.parametrize(
    "answer",
    [
        "I'm not here to teach you, I just want to help you be the best dad you can be.",
        "Sorry, the office only sends letters in English, there's nothing I can do about that.",
    ],
)
def test_defending_oneself_or_the_office_is_arguing(answer: str):
    prompt = "These visits are a waste of time. And your letters are all in English."
    assert "arguing" in failed_free("rolling-with-resistance", prompt, answer)
