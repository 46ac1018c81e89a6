"""Pin the linguistics of the utterance classifier with our own home-visiting examples."""

from __future__ import annotations

import pytest

from alliance_tutor.feedback import (
    BEHAVIOUR_OF_CODE,
    CODES,
    MAX_CHARS,
    Classification,
    Turn,
    analyze_turns,
    classify,
)
from alliance_tutor.feedback.classifier import question_type_of, reflection_type_of
from alliance_tutor.feedback.lexicon import alternatives, phrases, raw_lines

TIRED = "I'm so tired, the baby is up every two hours and my partner works nights."


def rules(c: Classification) -> set[str]:
    return {e.rule for e in c.evidence}


# --------------------------------------------------------------------------- questions


@pytest.mark.parametrize(
    ("closed", "open_"),
    [
        ("Are you feeling sad?", "How are you feeling?"),
        ("Do you want to stop drinking?", "What would you like to do about your drinking?"),
        ("Do you want to quit?", "What would you like to do about the smoking?"),
        ("Are you going to the appointment?", "What do you think about the appointment?"),
        ("Is she sleeping through the night?", "Tell me about her nights."),
        ("Did the feeding go okay?", "How did the feeding go?"),
    ],
)
def test_course_deck_closed_to_open_rewrites(closed: str, open_: str) -> None:
    c, o = classify(closed), classify(open_)
    assert (c.code, c.question_type, c.behaviour) == ("question", "closed", "question")
    assert (o.code, o.question_type, o.behaviour) == ("question", "open", "question")
    assert c.reflection_type is None and o.reflection_type is None


@pytest.mark.parametrize(
    "text",
    [
        "So, um, what has bedtime been like this week?",
        "And how is his appetite",  # no question mark in a transcript
        "Can you tell me more about the mornings?",
        "What-- what helps her settle?",
        "Okay. And when she cries at night, what do you do?",
    ],
)
def test_open_questions_after_fillers_and_without_question_mark(text: str) -> None:
    c = classify(text)
    assert (c.code, c.question_type) == ("question", "open")


@pytest.mark.parametrize(
    "text",
    [
        "How many times does she wake up?",
        "On a scale of one to ten, how ready are you to try it?",
        "Have you been to the clinic before?",
        "When did she start walking?",
        "Which bottle does she take best?",
        "How long has she been sleeping in her own room?",
        "How often does he wake at night?",
        "How much formula is she taking now?",
    ],
)
def test_closed_questions_ask_for_yes_no_or_one_fact(text: str) -> None:
    assert classify(text).question_type == "closed"


def test_when_opening_a_clause_leaves_the_question_open() -> None:
    c = classify("When she cries at night, what do you usually do?")
    assert (c.code, c.question_type) == ("question", "open")
    assert question_type_of("When she cries at night, what do you usually do?") == "open"


def test_free_relative_is_not_a_question() -> None:
    c = classify("What you're doing with her bath time is working.")
    assert c.code != "question"
    # a reflection stem said with a rising "?" is a (closed) question, never an open one
    stem = classify("What I'm hearing is that the nights are the hardest part?")
    assert stem.question_type != "open"


def test_a_sentence_opening_with_relative_which_is_not_a_question() -> None:
    assert classify("Which is why the night feeds feel so long.").code != "question"
    assert classify("Which bottle does she like best").question_type == "closed"


def test_a_time_clause_before_a_statement_is_not_an_open_question() -> None:
    text = "When you picked her up from nursery, she seemed settled?"
    assert classify(text).question_type == "closed"
    assert question_type_of(text) == "closed"
    # no "?" and no auxiliary straight after "when": a clause, not a question
    plain = classify("When your mother couldn't come, you managed the twins on your own.")
    assert plain.code != "question"


def test_a_spoken_question_without_its_auxiliary_is_still_a_question() -> None:
    c = classify("How you doing this week?")
    assert (c.code, c.question_type) == ("question", "open")


def test_reflection_with_rising_question_mark_is_a_question() -> None:
    c = classify("So you're worried she isn't eating enough?", "She barely eats anything.")
    assert (c.code, c.question_type) == ("question", "closed")
    assert "reflection_as_question" in rules(c)
    flat = classify("So you're worried she isn't eating enough.", "She barely eats anything.")
    assert flat.behaviour == "reflection"


def test_have_you_tried_is_advice_wearing_a_question_mark() -> None:
    c = classify("Have you tried putting her down while she's still drowsy?")
    assert c.code == "question"  # MITI codes the form; the evidence flags the advice
    assert "advice_as_question" in rules(c)
    assert "advice_as_question" in rules(classify("Have you thought about giving him a bottle?"))


def test_why_questions_are_flagged() -> None:
    c = classify("Why didn't you call the nurse line?")
    assert (c.code, c.question_type) == ("question", "open")
    assert "why_question" in rules(c)
    assert "why_question" not in rules(classify("How did you manage the night feeds?"))


# --------------------------------------------------------------------------- reflections


def test_simple_and_complex_reflection_of_a_tired_parent() -> None:
    simple = classify("You're really tired.", TIRED)
    complex_ = classify("You're carrying the nights on your own, and it's wearing you down.", TIRED)
    assert (simple.code, simple.reflection_type, simple.behaviour) == (
        "simple_reflection",
        "simple",
        "reflection",
    )
    assert (complex_.code, complex_.reflection_type) == ("complex_reflection", "complex")
    assert simple.question_type is None


@pytest.mark.parametrize(
    "text",
    [
        "On the one hand you want her in her own crib, and on the other hand you love "
        "having her close.",
        "Part of you wants to go back to work, and part of you wants to stay home with him.",
        "You want him to eat vegetables, but at the same time you don't want every dinner "
        "to be a fight.",
    ],
)
def test_double_sided_reflections_are_complex(text: str) -> None:
    c = classify(text, "I don't know what I want anymore.")
    assert c.code == "complex_reflection"
    assert "double_sided" in rules(c)


def test_naming_an_unspoken_feeling_makes_a_reflection_complex() -> None:
    c = classify("It sounds like you're feeling pretty alone with all of this.", TIRED)
    assert c.code == "complex_reflection"
    assert "adds_feeling" in rules(c)


def test_a_one_word_guess_at_a_feeling_is_complex() -> None:
    parent = "I keep trying everything and nothing works, I don't know."
    c = classify("Discouraged.", parent)
    assert c.code == "complex_reflection"
    assert "adds_feeling" in rules(c)
    assert classify("Nothing works.", parent).code == "simple_reflection"


def test_picking_out_part_of_a_long_turn_is_complex() -> None:
    parent = (
        "My mum says I spoil him if I pick him up, and my partner thinks he should cry it "
        "out, and the books all say different things, so I just end up doing whatever gets "
        "us through the night."
    )
    c = classify("You're getting advice from every side.", parent)
    assert c.code == "complex_reflection"
    assert "selects_from_long_turn" in rules(c)
    # the same reflection of a short turn restates it
    assert classify("You're getting advice from every side.", "Everyone gives me advice.").code == (
        "simple_reflection"
    )


def test_down_and_low_are_feelings_only_as_feelings() -> None:
    parent = "I've gone from twenty a day to five."
    assert classify("You've cut down a lot.", parent).code == "simple_reflection"
    c = classify("You've been feeling down.", "I don't know, nothing seems worth it lately.")
    assert c.code == "complex_reflection"


@pytest.mark.parametrize(
    ("parent", "text"),
    [
        (
            "I'm tired of fighting with him about food.",
            "Mealtimes have turned into a battle, and you'd love some peace back.",
        ),
        (
            "I don't want to go back to work yet.",
            "These months with her feel too precious to cut short.",
        ),
    ],
)
def test_metaphor_and_unspoken_values_make_a_reflection_complex(parent: str, text: str) -> None:
    assert classify(text, parent).code == "complex_reflection"


def test_a_duty_the_parent_feels_is_reflected_not_advised() -> None:
    parent = "The WIC appointment is on Tuesday but I don't have a ride."
    c = classify("Getting there feels like one more thing you have to figure out alone.", parent)
    assert c.behaviour == "reflection"


def test_restating_the_parents_words_is_a_simple_reflection() -> None:
    parent = "He only naps in the car."
    assert classify("He only naps in the car.", parent).code == "simple_reflection"
    assert classify("Only in the car.", parent).code == "simple_reflection"


def test_reflection_stem_does_not_turn_advice_into_a_reflection() -> None:
    c = classify("It sounds like you need to put her to bed earlier.")
    assert c.code == "persuade"


def test_blaming_and_criticising_are_confront() -> None:
    assert classify("You're doing everything wrong.").code == "confront"
    assert classify("You're doing everything you can.").code == "affirm"
    assert classify("Honestly, you should have called me sooner.").code == "confront"
    # others' failure, in the passive, is not blame on the parent
    assert classify("So you should have been told sooner.").code != "confront"


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        ("That's not a good idea, you're going to spoil him.", None, "confront"),
        (
            "Let's think together about what might work for your family.",
            None,
            "seeking_collaboration",
        ),
        ("If you keep letting him have juice in bed, his teeth will rot.", None, "persuade"),
        (
            "Breastfeeding is hard work, and you kept at it for three months.",
            "I gave up after three months, I feel like a failure.",
            "affirm",
        ),
        (
            "Toddlers often say no because they are learning they are separate people.",
            "He says no to everything now.",
            "giving_information",
        ),
        (
            "Crying is how babies talk. When she cries, she's telling you she needs something.",
            None,
            "giving_information",
        ),
        ("Your son's weight is right on track for his age.", None, "giving_information"),
        (
            "Okay. Let's look at the schedule together and see what might fit.",
            "I just can't do mornings.",
            "seeking_collaboration",
        ),
        (
            "So, to sum up: nights are hard, your mum helps in the mornings, and you'd like "
            "more sleep. Did I miss anything?",
            "Yeah, that's about it.",
            "complex_reflection",
        ),
    ],
)
def test_everyday_home_visit_lines(text: str, context: str | None, code: str) -> None:
    assert classify(text, context).code == code


# --------------------------------------------------------------------------- affirm, praise


@pytest.mark.parametrize("text", ["Good job!", "I'm proud of you.", "Great, well done."])
def test_praise_is_other_not_affirm(text: str) -> None:
    c = classify(text)
    assert c.code == "other"
    assert "praise" in rules(c)


@pytest.mark.parametrize(
    "text",
    [
        "You worked hard to get her to the clinic.",
        "You really care about giving him a good start.",
        "You're someone who keeps going even when the nights are long.",
    ],
)
def test_affirmations_are_about_the_parent(text: str) -> None:
    c = classify(text)
    assert c.code == "affirm"
    assert "affirm" in rules(c)


# --------------------------------------------------------------------------- MI-adherent


def test_asking_permission_is_seeking_collaboration() -> None:
    c = classify("Would it be okay if I shared what other parents have found helpful?")
    assert c.code == "seeking_collaboration"
    assert c.question_type == "closed"  # the form of the request, a yes/no question
    assert "permission" in rules(c)
    assert classify("Can I share something that worked for other families?").code == (
        "seeking_collaboration"
    )


@pytest.mark.parametrize(
    "text",
    [
        "It's up to you whether you start the parenting group.",
        "You know your baby best.",
        "Whatever you decide about the daycare, I'll support you.",
        "You're the expert on your own family.",
    ],
)
def test_emphasizing_autonomy(text: str) -> None:
    assert classify(text).code == "emphasizing_autonomy"


# --------------------------------------------------------------------------- MI-non-adherent


@pytest.mark.parametrize(
    "text",
    ["You're not listening to me.", "That's a bad idea.", "You should be ashamed of yourself."],
)
def test_confront(text: str) -> None:
    c = classify(text)
    assert (c.code, c.behaviour) == ("confront", "therapist_input")


@pytest.mark.parametrize(
    "text",
    [
        "You need to put her down on her back.",
        "You should stop giving him juice at night.",
        "Put her down on her back every time.",
        "If you don't get the car seat checked, you could lose your license.",
    ],
)
def test_advice_without_permission_is_persuade(text: str) -> None:
    c = classify(text)
    assert (c.code, c.behaviour) == ("persuade", "therapist_input")
    assert "advice" in rules(c)


def test_a_hedged_suggestion_is_still_advice() -> None:
    c = classify("You could maybe swap bath time and story time.")
    assert c.code == "persuade"
    assert "advice" in rules(c)
    # the parent's own idea, reported back, is not the helper's advice
    reported = classify("You said you could maybe try a bath before bed.", "Maybe a bath?")
    assert reported.behaviour == "reflection"


def test_advice_with_permission_or_choice() -> None:
    after_yes = classify("You could try a short bedtime routine.", "Yes, please.")
    assert after_yes.code == "persuade_with_permission"
    with_choice = classify("You could try a bath before bed, but it's up to you.")
    assert with_choice.code == "persuade_with_permission"


def test_counterfactual_should_have_is_not_advice() -> None:
    assert classify("You realise it's something you shouldn't have said.").code != "persuade"


@pytest.mark.parametrize(
    "text",
    [
        "Most babies this age wake at night.",
        "The clinic offers free car seat checks on Tuesdays.",
        "Research shows that reading to toddlers helps their language.",
    ],
)
def test_giving_information(text: str) -> None:
    c = classify(text)
    assert (c.code, c.behaviour) == ("giving_information", "therapist_input")


BEDTIME = "I don't know what to do at bedtime anymore."


@pytest.mark.parametrize(
    "text",
    [
        "Reading together at bedtime is a great idea.",
        "A warm bath will help her settle.",
        "We usually see babies at the clinic again at six weeks.",
        "We definitely don't like to see bottles in the crib.",
    ],
)
def test_the_helpers_judgement_or_service_is_input_not_a_reflection(text: str) -> None:
    assert classify(text, BEDTIME).behaviour == "therapist_input"


def test_the_parents_own_view_of_what_helps_stays_a_reflection() -> None:
    c = classify("You think a warm bath would help her settle.", BEDTIME)
    assert c.behaviour == "reflection"


def test_a_warning_about_the_parent_is_persuasion() -> None:
    c = classify("If she keeps the bottle in bed, you won't be able to stop it later.")
    assert c.code == "persuade"
    worried = classify("You're worried you won't be able to cope when you go back to work.")
    assert worried.behaviour == "reflection"


# --------------------------------------------------------------------------- other, combining


@pytest.mark.parametrize("text", ["Mm-hmm.", "Okay.", "Right, right. Yeah.", "Hi, Maria."])
def test_backchannels_and_greetings_are_other(text: str) -> None:
    assert classify(text).code == "other"


def test_question_at_the_end_dominates_a_reflection() -> None:
    c = classify("It sounds like the nights are hard. What's the hardest part right now?", TIRED)
    assert (c.code, c.question_type) == ("question", "open")
    assert [s.code for s in c.sentences] == ["complex_reflection", "question"]
    assert {e.sentence for e in c.evidence} == {0, 1}


def test_a_checking_question_yields_to_the_reflection_it_checks() -> None:
    c = classify("You're up every two hours with her. Is that right?", TIRED)
    assert c.behaviour == "reflection"


def test_reflection_outweighs_a_backchannel() -> None:
    assert classify("Mm-hmm. So the nights are the hardest part.", TIRED).behaviour == "reflection"


def test_a_long_reflection_with_a_short_question_added_is_the_reflection() -> None:
    text = (
        "So you're up every two hours with the baby, your partner works nights, "
        "and the laundry keeps piling up. What feels most pressing?"
    )
    c = classify(text, TIRED)
    assert [s.code for s in c.sentences][-1] == "question"
    assert c.behaviour == "reflection"


def test_advice_followed_by_a_question_stays_the_helpers_input() -> None:
    text = "You need to stop giving her juice at night, it rots her teeth. Does she drink water?"
    c = classify(text, "She only settles with a bottle of juice.")
    assert [s.code for s in c.sentences] == ["persuade", "question"]
    assert c.code == "persuade"

    # the same question after a plain remark is still a question
    c = classify("That's a long night. Does she drink water?", TIRED)
    assert c.code == "question"


# --------------------------------------------------------------------------- robustness, API


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "🍼😴🍼",
        "?!?!?",
        "----",
        "Je ne sais pas quoi faire avec le bébé.",
        "\x00\x01 weird \ufffd bytes",
        "((([[[",
        "a" * 5000,
        "Why? " * 2000,
    ],
)
def test_never_raises(text: str) -> None:
    c = classify(text, text)
    assert c.code in CODES
    assert c.behaviour == BEHAVIOUR_OF_CODE[c.code]


def test_empty_is_other_with_empty_evidence() -> None:
    for text in ("", "   "):
        c = classify(text)
        assert c.code == "other"
        assert [e.rule for e in c.evidence] == ["empty"]


def test_one_megabyte_is_truncated_not_fatal() -> None:
    big = "You're doing a lot for her. " * 40_000
    c = classify(big)
    assert c.text == big
    assert c.code in CODES
    assert "truncated" in rules(c)
    assert sum(len(s.text) for s in c.sentences) <= MAX_CHARS


def test_results_are_frozen_and_consistent() -> None:
    c = classify("How has feeding been going?")
    with pytest.raises(AttributeError):
        c.code = "other"  # type: ignore[misc]
    assert set(BEHAVIOUR_OF_CODE) == set(CODES)
    assert set(BEHAVIOUR_OF_CODE.values()) == {"question", "reflection", "therapist_input", "other"}


def test_question_and_reflection_types_only_with_their_codes() -> None:
    samples = [
        "How are you sleeping?",
        "Are you sleeping?",
        "You're exhausted.",
        "You're holding the whole family together, and it's a lot.",
        "Most babies roll over by six months.",
        "Mm-hmm.",
    ]
    for text in samples:
        c = classify(text, TIRED)
        assert (c.question_type is not None) == (c.code == "question")
        assert (c.reflection_type is not None) == (c.code.endswith("_reflection"))


# --------------------------------------------------------------------------- subtype decisions

SUBTYPE_SAMPLES = [
    ("How are the nights going?", None),
    ("Is she sleeping in her crib?", None),
    ("You're worn out.", TIRED),
    ("Part of you wants a break, and part of you feels guilty wanting one.", TIRED),
    ("Mm-hmm.", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "context"), SUBTYPE_SAMPLES)
def test_subtype_functions_always_decide(text: str, context: str | None) -> None:
    assert question_type_of(text, context) in ("open", "closed")
    assert reflection_type_of(text, context) in ("simple", "complex")


@pytest.mark.parametrize(("text", "context"), SUBTYPE_SAMPLES)
def test_classify_uses_the_same_subtype_rules(text: str, context: str | None) -> None:
    c = classify(text, context)
    if c.code == "question":
        assert c.question_type == question_type_of(text, context)
    if c.code.endswith("_reflection"):
        assert c.reflection_type == reflection_type_of(text, context)


def test_a_statement_typed_as_a_question_defaults_to_closed() -> None:
    assert question_type_of("The car seat is in the back.") == "closed"


@pytest.mark.parametrize(
    "text",
    [
        "Anything else?",
        "Are there any other worries about the move?",
        "Is there anything else you'd want me to know about his eating?",
    ],
)
def test_asking_for_more_is_open(text: str) -> None:
    assert question_type_of(text) == "open"
    assert classify(text).question_type == "open"


def test_invitation_after_a_comma_without_question_mark_is_open() -> None:
    c = classify("So to start, tell me about her mornings.")
    assert (c.code, c.question_type) == ("question", "open")


def test_a_declarative_ending_in_the_particle_in_stays_closed() -> None:
    assert question_type_of("So she settles better when you tuck her in?") == "closed"


def test_a_long_reflective_statement_with_a_question_mark_is_a_reflection() -> None:
    parent = "Bath, white noise, rocking, nothing works, she's still up at midnight."
    c = classify("So you feel like you've tried everything and she still won't settle?", parent)
    assert c.behaviour == "reflection"
    assert "tentative_reflection" in rules(c)
    short = classify("You were surprised?", "The nurse said he'd gained a whole pound.")
    assert (short.code, short.question_type) == ("question", "closed")


def test_a_suggestion_put_as_a_question_is_persuade_with_permission() -> None:
    c = classify("What would you think about trying a warm bath before bed?")
    assert (c.code, c.behaviour) == ("persuade_with_permission", "therapist_input")
    assert "proposal_as_question" in rules(c)


def test_important_to_you_is_a_value_not_advice() -> None:
    c = classify("It's important to you that she feels safe at daycare.", "I just want her safe.")
    assert c.behaviour == "reflection"
    assert classify("It's important to buckle her in every time.").code == "persuade"


def test_a_second_person_statement_of_helper_knowledge_is_information() -> None:
    c = classify("Your insurance covers the breast pump.")
    assert (c.code, c.behaviour) == ("giving_information", "therapist_input")


def test_mostly_the_parents_own_words_is_a_simple_reflection() -> None:
    parent = "He only naps in the car seat, never in his crib."
    assert reflection_type_of("He only naps in the car seat.", parent) == "simple"
    c = classify("He naps in the car seat, never in the crib.", parent)
    assert c.reflection_type == "simple"
    assert "restates" in rules(c)


@pytest.mark.parametrize(
    ("text", "parent", "cue"),
    [
        (
            "Maybe the mornings are when it all piles up.",
            "Mornings are crazy, I have to get three kids out the door.",
            "maybe",
        ),
        (
            "You'd still like to keep nursing him at night.",
            "Everyone says he's too old for it.",
            "still",
        ),
        (
            "So he ate the peas, but only after a long fight.",
            "He finally ate some peas last night.",
            "but",
        ),
    ],
)
def test_hedges_contrast_and_understatement_make_a_reflection_complex(
    text: str, parent: str, cue: str
) -> None:
    assert reflection_type_of(text, parent) == "complex"
    c = classify(text, parent)
    assert c.code == "complex_reflection"
    assert any(e.rule == "adds_meaning" and e.words == cue for e in c.evidence)


def test_advice_reported_after_a_feeling_or_saying_verb_is_not_advice() -> None:
    parent = "Everyone keeps saying I have to stop nursing him."
    c = classify("You feel you have to stop nursing him, and nobody asked you.", parent)
    assert c.behaviour == "reflection"
    assert classify("You have to stop nursing him.").code == "persuade"


# --------------------------------------------------------------------------- round 3


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("How about you keep a sleep log this week?", "persuade_with_permission"),
        ("What about trying a bedtime routine with a bath?", "persuade_with_permission"),
    ],
)
def test_a_how_about_suggestion_is_the_helpers_input(text: str, code: str) -> None:
    c = classify(text, "She's up every two hours.")
    assert (c.code, c.behaviour) == (code, "therapist_input")
    assert "proposal_as_question" in rules(c)


def test_how_about_you_alone_asks_about_the_parent() -> None:
    c = classify("How about you?", "The baby's doing great.")
    assert (c.code, c.question_type) == ("question", "open")
    assert not {"proposal_as_question", "advice_as_question"} & rules(c)


@pytest.mark.parametrize(
    "text",
    [
        "You didn't get any sleep last night, right?",
        "It's a lot to carry on your own, isn't it?",
        "She's been clingy since the move, huh?",
    ],
)
def test_a_statement_with_an_agreement_tag_is_coded_as_the_statement(text: str) -> None:
    c = classify(text, TIRED)
    assert c.behaviour == "reflection"
    assert "tag_question" in rules(c)


def test_a_real_question_with_a_tag_stays_a_question() -> None:
    assert classify("Is she still waking at night, right?").code == "question"


def test_a_long_tentative_reflection_after_so_or_double_sided_is_a_reflection() -> None:
    parent = "Mornings are chaos since the twins started daycare and nobody helps me."
    c = classify("So your mornings have been chaos since daycare started and you're alone?", parent)
    assert c.behaviour == "reflection"
    two = classify(
        "Part of you wants him home, and part of you needs the break?", "I miss him at daycare."
    )
    assert two.behaviour == "reflection"
    assert "double_sided" in rules(two)


@pytest.mark.parametrize(
    "text",
    [
        "Many moms find the first months the hardest.",
        "Some babies take a while to settle in a new crib.",
        "Most families we visit try a few routines before one sticks.",
    ],
)
def test_a_generalisation_about_other_people_is_information(text: str) -> None:
    c = classify(text, TIRED)
    assert (c.code, c.behaviour) == ("giving_information", "therapist_input")


def test_a_reaction_question_after_information_leaves_it_information() -> None:
    c = classify("Some parents find a warm bath helps. How does that sound to you?", TIRED)
    assert c.behaviour == "therapist_input"
    asked = classify("You've been up every night. What's the hardest part of the nights?", TIRED)
    assert asked.code == "question"


def test_the_helpers_own_experience_is_input_not_a_reflection() -> None:
    c = classify("That surprised me too when I first read about it.", "I didn't know that.")
    assert c.behaviour == "therapist_input"
    assert "helper_statement" in rules(c)
    assert classify("That surprised you when you read it.", "I didn't know that.").behaviour == (
        "reflection"
    )


def test_a_noun_phrase_starting_with_a_verb_is_not_an_order() -> None:
    assert classify("Sleep training can work for some families.").code == "giving_information"
    assert classify("Sleep on your back when she naps.").code == "persuade"


def test_short_agreement_and_you_seem() -> None:
    assert classify("I think so too.").code == "other"
    c = classify("You seem really worn down by the nights.", TIRED)
    assert c.behaviour == "reflection"


@pytest.mark.parametrize(
    "text",
    [
        "Do you have any thoughts about what might help her settle?",
        "Have there been any times when she slept longer?",
        "Are there times when the evenings go more smoothly?",
    ],
)
def test_asking_for_ideas_or_occasions_is_open(text: str) -> None:
    assert question_type_of(text) == "open"
    assert classify(text).question_type == "open"


def test_a_reflection_continuing_the_paragraph_is_complex_a_restatement_simple() -> None:
    parent = "He only naps in the car, never in his crib, and only for twenty minutes."
    restated = "He only naps in the car and never in the crib, for twenty minutes."
    assert reflection_type_of(restated, parent) == "simple"
    added = (
        "Those long drives around town have become the one place his little body finally lets go."
    )
    c = classify(added, parent)
    assert c.reflection_type == "complex"
    assert "adds_content" in rules(c)


# --------------------------------------------------------------------------- round 6


@pytest.mark.parametrize(
    "text",
    [
        "You're so patient with her, even when she's upset.",
        "You've been really determined about getting her to every checkup.",
        "Your persistence with the landlord got the heat fixed.",
        "You stepped up for your grandson when he needed someone.",
    ],
)
def test_a_named_strength_is_an_affirm(text: str) -> None:
    assert classify(text).code == "affirm"


def test_strong_feelings_are_not_a_strength() -> None:
    assert classify("You have strong feelings about the daycare.").code != "affirm"


@pytest.mark.parametrize(
    "text",
    [
        "How could you leave her with someone like that?",
        "Are you being honest with me?",
    ],
)
def test_a_shaming_question_is_confront(text: str) -> None:
    assert classify(text).code == "confront"


@pytest.mark.parametrize(
    ("text", "qtype"),
    [
        ("Could we come up with a plan together for the grocery trips?", "closed"),
        ("What do you think would work for your family at bedtime?", "open"),
        ("How can I be most useful to you today?", "open"),
    ],
)
def test_asking_for_ideas_or_joint_work_is_seeking_collaboration(text: str, qtype: str) -> None:
    c = classify(text)
    assert (c.code, c.question_type, c.behaviour) == ("seeking_collaboration", qtype, "question")


@pytest.mark.parametrize(
    "parent",
    [
        "I'm out of ideas with his bedtime. What would you do?",
        "Yes, please, I'd love some tips on the biting.",
    ],
)
def test_advice_the_parent_asked_for_is_given_with_permission(parent: str) -> None:
    c = classify("I'd suggest starting the bedtime routine twenty minutes earlier.", parent)
    assert c.code == "persuade_with_permission"
    assert classify("I'd suggest starting the bedtime routine earlier.").code == "persuade"


def test_an_adverb_does_not_soften_an_order() -> None:
    assert classify("You really need to move her to the crib.").code == "persuade"
    assert classify("I think you really need to stop smoking in the car.").code == "persuade"


def test_you_can_say_no_is_autonomy_not_advice() -> None:
    assert classify("You can say no, and nothing changes about our visits.").code == (
        "emphasizing_autonomy"
    )


def test_a_statement_answering_the_parents_question_is_information() -> None:
    asked = "What is this ASQ thing you keep mentioning?"
    answer = "It's a questionnaire about what your child is doing in five areas."
    c = classify(answer, asked)
    assert c.code == "giving_information"
    assert "answers_parent" in {e.rule for e in c.evidence}
    # a tag seeking agreement is not a question to answer
    assert classify("That would be a good place to start.", "It adds up, isn't it?").code != (
        "giving_information"
    )


@pytest.mark.parametrize(
    ("text", "context", "rtype"),
    [
        ("Exhausted.", "I'm so tired. I can't think straight.", "simple"),
        ("Exhausted.", "He was up five times last night.", "complex"),
        (
            "It's like you've disappeared behind the baby for everyone.",
            "Nobody asks about me.",
            "complex",
        ),
        (
            "You're caught between his family's ways and needing a partner.",
            "His family says men don't change diapers.",
            "complex",
        ),
    ],
)
def test_same_feeling_family_is_simple_and_similes_are_complex(
    text: str, context: str, rtype: str
) -> None:
    assert reflection_type_of(text, context) == rtype


@pytest.mark.parametrize(
    "text", ["Bless you.", "Sure, take your time.", "Oh wow, that's exciting!"]
)
def test_courtesies_and_excitement_are_other(text: str) -> None:
    assert classify(text).code == "other"


# --------------------------------------------------------------------------- round 7


@pytest.mark.parametrize(
    "text",
    [
        "You could try a warm bath before bed. It's up to you.",
        "Some parents find a warm bath before bed helps. It's completely your call.",
        "If you want, one thing some dads do is step out for a few minutes to cool down.",
        "A lot of teen parents I've worked with use the school's infant room. You'd decide.",
    ],
)
def test_advice_or_an_option_with_autonomy_stressed_is_persuade_with_permission(
    text: str,
) -> None:
    assert classify(text).code == "persuade_with_permission"


def test_facts_with_autonomy_stressed_stay_autonomy() -> None:
    # no advice and no option laid out: the choice itself is the message
    text = "The clinic is open on Saturdays. It's up to you whether you go."
    assert classify(text).code == "emphasizing_autonomy"


@pytest.mark.parametrize(
    "text",
    [
        "I'd encourage you to hold off on the TV in his room.",
        "Try a sleep sack instead of the blanket.",
        "If you skip the shots, she won't be protected when measles goes around.",
        "If you put her down drowsy, she'll learn to settle herself.",
    ],
)
def test_encouraging_imperatives_and_warnings_are_persuade(text: str) -> None:
    assert classify(text).code == "persuade"


def test_a_parents_own_if_then_restated_is_a_reflection() -> None:
    c = classify(
        "If you go back to work, you'll miss him.",
        "If I go back to work I'll miss him so much.",
    )
    assert c.behaviour == "reflection"


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # one topic word ("hours", "crib") does not make a restatement information
        (
            "She's feeding every couple of hours, day and night.",
            "She eats every two hours, even at night.",
            "simple_reflection",
        ),
        (
            "There's so little room that the crib ended up in the kitchen.",
            "The apartment is so small, the crib is in the kitchen.",
            "simple_reflection",
        ),
        # ... unless the parent asked for it
        (
            "You can qualify for the child care subsidy while you're in high school.",
            "Can I still get child care help if I'm in high school?",
            "giving_information",
        ),
        (
            "Studies suggest about one in ten fathers gets depressed after a baby.",
            "I didn't know dads could get depressed.",
            "giving_information",
        ),
    ],
)
def test_a_topic_word_alone_is_weak_evidence_of_information(
    text: str, context: str, code: str
) -> None:
    assert classify(text, context).code == code


@pytest.mark.parametrize(
    "text",
    [
        "You didn't give up. You kept calling until someone picked up.",
        "You've kept every appointment, even with two buses. That takes real commitment.",
        "It took courage to tell me about that.",
        "You stayed calm and got down on his level.",
    ],
)
def test_an_affirmation_with_its_reflection_is_an_affirm(text: str) -> None:
    assert classify(text).code == "affirm"


@pytest.mark.parametrize(
    ("text", "qtype"),
    [
        ("What would you like to focus on today?", "open"),
        ("Where would you like to start today?", "open"),
        # a choice between the options named is answered with one of them
        ("Where would you like to start, the sleep or the housing forms?", "closed"),
        ("What ideas do you have for getting a little time for yourself?", "open"),
        ("Does that fit with what you've been seeing with him?", "closed"),
    ],
)
def test_setting_the_agenda_and_checking_fit_seek_collaboration(text: str, qtype: str) -> None:
    c = classify(text)
    assert (c.code, c.question_type) == ("seeking_collaboration", qtype)


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        ("I'd strongly suggest not driving with him after drinking.", "", "persuade"),
        ("If it were me, I'd get the second dose in before the trip.", "", "persuade"),
        ("Babies need tummy time daily, so make sure you're doing it.", "", "persuade"),
        (
            "Some parents find that a warm bath before bed helps.",
            "Do you have any tips for bedtime?",
            "persuade_with_permission",
        ),
        (
            "One thing I'd suggest is writing your questions down before the visit.",
            "Okay, yeah, you can give me your idea.",
            "persuade_with_permission",
        ),
        (
            "Crib or bed, you're his parent, and that decision is yours to make.",
            "",
            "emphasizing_autonomy",
        ),
        ("Honestly, a good dad would make time for these visits.", "", "confront"),
    ],
)
def test_advice_autonomy_and_confront_phrasings(text: str, context: str, code: str) -> None:
    assert classify(text, context or None).code == code


@pytest.mark.parametrize(
    "text", ["Come on in.", "Don't worry about it at all. Thanks for having me."]
)
def test_courtesies_said_as_imperatives_are_other(text: str) -> None:
    assert classify(text).code == "other"


def test_a_label_inside_a_reflected_feeling_is_not_confront() -> None:
    text = "On one hand you've got plans, and on the other it feels almost selfish to want them."
    assert classify(text).code == "complex_reflection"
    assert classify("That's selfish of you.").code == "confront"


def test_what_other_parents_think_is_not_an_option() -> None:
    text = "No, it's completely up to you. Some parents like the group and some don't."
    assert classify(text).code == "emphasizing_autonomy"


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        ("I'd move the heater across the room.", "", "persuade"),
        ("I'd honestly just go straight to quitting.", "", "persuade"),
        ("I'd be glad to bring the forms next time.", "", "giving_information"),
        ("I'd call that a real win for both of you.", "", "giving_information"),
        # a procedure the parent asked for is information
        (
            "You'll need to transfer your file and bring your ID.",
            "How do I sign up for WIC now that we moved?",
            "giving_information",
        ),
        ("You'll need to transfer your file and bring your ID.", "", "persuade"),
        # a generalisation about babies is information, though it reuses some of the
        # parent's words
        (
            "Babies who hear two languages early can learn both without delays.",
            "My mother-in-law says two languages will confuse him.",
            "giving_information",
        ),
    ],
)
def test_what_the_helper_would_do_and_answers_to_how_to_questions(
    text: str, context: str, code: str
) -> None:
    assert classify(text, context or None).code == code


# --------------------------------------------------------------------------- round 8


@pytest.mark.parametrize(
    "text",
    [
        "And when you imagine bedtime going well, what does that look like",
        "So thinking about the move, um, what would make it easier on the kids",
        "So you said the clinic called back, so, how'd the appointment go",
    ],
)
def test_an_open_question_after_a_comma_needs_no_question_mark(text: str) -> None:
    c = classify(text)
    # "what would make it easier" asks for the parent's ideas: seeking collaboration
    assert (c.behaviour, c.question_type) == ("question", "open")


@pytest.mark.parametrize(
    "text",
    [
        # a wh-clause as the subject of "is", not a question
        "When she started daycare, what's changed most is how tired she is at night.",
        # a list joined by "and": the wh-clause is part of a statement
        "There's a link between how you slept, and what the mornings are like.",
    ],
)
def test_a_wh_clause_inside_a_statement_is_not_a_question(text: str) -> None:
    assert classify(text).code != "question"


def test_a_title_does_not_end_the_sentence() -> None:
    c = classify("Welcome back, Mrs. Okafor. Come on in and sit wherever you like.")
    assert c.code == "other"
    assert len(c.sentences) == 2


def test_i_would_say_and_an_order_is_advice_after_the_parent_asks() -> None:
    c = classify("I'd say start with one bottle a day.", "I'm open to ideas.")
    assert c.code == "persuade_with_permission"
    assert classify("I'd say start with one bottle a day.").code == "persuade"


def test_a_reflection_stem_beats_a_one_word_information_cue() -> None:
    # "formula" is a topic word; the sentence reports the parent's preference
    c = classify(
        "You'd rather not go to formula, even with your supply this low.",
        "Honestly I hate the idea of formula, but my milk just isn't enough.",
    )
    assert c.behaviour == "reflection"


@pytest.mark.parametrize(
    "text",
    [
        "That's real dedication, getting up early to pump before work.",
        "That tells me you're serious about keeping him safe.",
        "You made a hard call, and you made it for her.",
        "You're taking this seriously.",
    ],
)
def test_naming_the_parents_strength_in_an_act_is_affirm(text: str) -> None:
    assert classify(text).code == "affirm"


def test_a_strong_feeling_is_not_an_affirmation() -> None:
    assert classify("That's a strong feeling, wanting to protect her.").code != "affirm"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # what happens to people, not what they do: a fact
        ("For most people who stop, the cravings ease after a week.", "Sure, tell me."),
        # other people's views, then the choice: autonomy
        ("Plenty of people will have opinions. You're the one who decides.", ""),
        ("Some families do, some don't. You get to pick what fits your home.", ""),
    ],
)
def test_facts_and_views_about_other_people_are_not_options(text: str, context: str) -> None:
    assert classify(text, context or None).code != "persuade_with_permission"


def test_a_conclusion_after_a_feeling_is_still_advice() -> None:
    text = (
        "You feel fine now, but that's how high blood pressure works, so you've got to take them."
    )
    assert classify(text).code == "persuade"
    # the parent's duty, reported, stays a reflection
    assert classify("You feel like you have to do it all yourself.").behaviour == "reflection"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("You can change your mind about the group at any point.", "emphasizing_autonomy"),
        ("It's your body, and you get the final say.", "emphasizing_autonomy"),
        ("Let's be real, the car seat was in the front.", "confront"),
        ("It's postpartum depression, whether you want to call it that or not.", "confront"),
        ("You'd do much better switching to the patch.", "persuade"),
        ("Sorry I'm late, the bus never came.", "other"),
        ("Good job, mama!", "other"),
        ("Aww, I love that!", "other"),
        ("Would it help if I went over what the nurse said?", "seeking_collaboration"),
        ("What would you rather we do with the time today?", "seeking_collaboration"),
    ],
)
def test_round_8_phrases(text: str, code: str) -> None:
    assert classify(text).code == code


def test_a_screening_question_about_thoughts_of_harm_is_closed() -> None:
    c = classify("Have you had any thoughts of harming yourself?")
    assert (c.code, c.question_type) == ("question", "closed")
    assert classify("Have you had any thoughts about what might help?").question_type == "open"


def test_round_8_phrases_stay_narrow() -> None:
    # the courtesy "one sec", the blame "you have to own that" and the parent's
    # "final say" are phrases, not the words they are made of
    c = classify(
        "One second she's fine, and the next she's screaming.",
        "She goes from happy to screaming in a second.",
    )
    assert c.behaviour == "reflection"
    assert classify("You have to own a car seat before they discharge you.").code == "persuade"
    c = classify("Grandma has the final say in your house.", "My mom decides everything here.")
    assert c.behaviour == "reflection"


# --------------------------------------------------------------------------- round 9


def test_finishing_the_parents_sentence_is_a_reflection_not_an_order() -> None:
    parent = "When she throws her plate on the floor I just want to..."
    c = classify("...leave the room for a minute.", parent)
    assert c.behaviour == "reflection"
    assert c.evidence[0].rule == "continues_parent"
    # without the parent's unfinished sentence the same words are an order
    assert classify("...leave the room for a minute.", "She throws her plate.").code == "persuade"


@pytest.mark.parametrize(
    "text",
    [
        "I'd be curious what the evening bottle does for the two of you.",
        "I'd love to hear how the first week at daycare went.",
    ],
)
def test_curiosity_said_as_a_statement_is_an_open_question(text: str) -> None:
    c = classify(text)
    assert (c.code, c.question_type) == ("question", "open")


def test_a_question_for_a_date_or_a_count_is_closed() -> None:
    assert classify("Since when?").question_type == "closed"
    assert classify("And it's been like that since when?").question_type == "closed"
    c = classify("Okay, and on a bad night, how many times would you say she wakes")
    assert (c.code, c.question_type) == ("question", "closed")
    # "how much you ..." without an auxiliary is a clause, not a question
    assert classify("You told me, how much she eats worries you.").code != "question"


def test_what_kind_of_with_a_long_noun_is_still_an_open_question() -> None:
    c = classify("What kind of outdoor play does he like best, when the weather's nice")
    assert (c.code, c.question_type) == ("question", "open")


def test_an_adverb_before_is_does_not_make_a_question() -> None:
    c = classify("Now really is a good time to get the gate up, before he crawls.")
    assert c.code != "question"
    assert classify("So is she crawling yet").code == "question"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Carrying him is hard on your back.", "My back aches from carrying him all day."),
        ("The iron pills upset your stomach.", "The iron pills make my stomach hurt."),
    ],
)
def test_a_feeling_word_used_of_the_body_names_no_feeling(text: str, context: str) -> None:
    assert classify(text, context).code == "simple_reflection"


def test_hard_on_a_person_still_names_a_feeling() -> None:
    assert classify("It's been hard on you.", "He moved out in May.").code == "complex_reflection"


def test_a_feeling_after_you_felt_is_named_even_if_unlisted() -> None:
    parent = "My sister-in-law said the baby was too thin, at the party, in front of everyone."
    assert classify("You felt blindsided.", parent).code == "complex_reflection"
    # "you feel like ..." reports a thought, and the parent's own word restates
    assert classify("You felt embarrassed.", "I was so embarrassed.").code == "simple_reflection"


@pytest.mark.parametrize(
    "text",
    [
        "I want to make sure we get to whatever's been on your mind this week.",
        "Maybe we could sort out the schedule together.",
        "We could practise what you'd say to her together.",
    ],
)
def test_inviting_joint_work_in_a_statement_is_seeking_collaboration(text: str) -> None:
    assert classify(text).code == "seeking_collaboration"


def test_a_condition_about_working_together_is_not_an_invitation() -> None:
    assert classify("If we did decide to work together on it, I'd come weekly.").code != (
        "seeking_collaboration"
    )


def test_a_joint_statement_makes_the_following_question_collaborative() -> None:
    c = classify("Let's think it through together. What would make mornings easier?")
    assert (c.code, c.question_type) == ("seeking_collaboration", "open")


@pytest.mark.parametrize(
    "text",
    [
        "You know this family better than anyone.",
        "Either way is fine. You know them and their moods best.",
    ],
)
def test_the_parent_knowing_best_is_autonomy(text: str) -> None:
    assert classify(text).code == "emphasizing_autonomy"


def test_you_know_as_a_filler_is_not_autonomy() -> None:
    c = classify("You know, the best part is she naps now.", "She finally naps!")
    assert c.code != "emphasizing_autonomy"


def test_an_infinitive_of_purpose_is_not_an_order() -> None:
    c = classify("You called three clinics to make sure he got seen this week.")
    assert c.code != "persuade"
    assert classify("Make sure he gets seen this week.").code == "persuade"


def test_an_invitation_to_tell_is_not_advice() -> None:
    c = classify("Can I show you a chart on teething? You can tell me if it helps.")
    assert c.code == "seeking_collaboration"


@pytest.mark.parametrize(
    "text",
    [
        "I'd seriously think about the evening class.",
        "I'd get one of those outlet covers for the kitchen.",
    ],
)
def test_what_the_helper_would_do_is_advice(text: str) -> None:
    assert classify(text).code == "persuade"
    assert classify("I'd get worried too.").code != "persuade"


def test_advice_with_permission_outweighs_a_reflection_after_it() -> None:
    c = classify(
        "Since you asked, I'd try the bath before the bottle. You've tried a lot already.",
        "What would you do?",
    )
    assert c.code == "persuade_with_permission"


def test_an_answer_to_a_practical_question_is_information() -> None:
    c = classify("Your next visit is on the 3rd, at the same clinic.", "When do I go back?")
    assert c.code == "giving_information"
    # a feeling about it stays a reflection
    c = classify("You feel nervous about going back.", "When do I go back?")
    assert c.behaviour == "reflection"


def test_a_named_feeling_outweighs_a_one_word_information_cue() -> None:
    c = classify(
        "And there's shame on top of the exhaustion, because you're meant to love every minute.",
        "Everyone says enjoy it and I just don't.",
    )
    assert c.behaviour == "reflection"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Come on, Marcus.", "confront"),
        ("That's addiction, whatever you call it.", "confront"),
        ("You can't just leave her in the car.", "confront"),
        ("You went out of your way to get her seen.", "affirm"),
        ("You really want him to know his grandparents.", "affirm"),
        ("Breaking that cycle with your son matters a lot to you.", "complex_reflection"),
        ("Yay! Look at her go!", "other"),
        ("Okay, so we have about five minutes left.", "other"),
        ("Would you want to hear what other dads have tried?", "seeking_collaboration"),
        ("What would you like my help with today?", "seeking_collaboration"),
    ],
)
def test_round_9_phrases(text: str, code: str) -> None:
    assert classify(text).code == code


# --------------------------------------------------------------------------- round 10


@pytest.mark.parametrize(
    ("text", "qtype"),
    [
        ("I'm just wondering whether you've had anything since then", "closed"),
        ("I was gonna ask if you've heard of the free car seat check", "closed"),
        ("I wonder if you've talked to your doctor about it", "closed"),
        ("I'm wondering if something happened that made you miss it", "closed"),
        ("I was wondering if you could tell me a bit about his naps", "open"),
        ("I was going to ask if you could walk me through a typical evening", "open"),
    ],
)
def test_a_question_said_as_a_statement(text: str, qtype: str) -> None:
    c = classify(text)
    assert (c.code, c.question_type) == ("question", qtype)


def test_wondering_about_a_feeling_stays_a_tentative_reflection() -> None:
    assert classify("I wonder if you feel alone in this").code == "complex_reflection"


@pytest.mark.parametrize(
    "text",
    [
        "Who's up with him at night, mostly \u2014 you or your partner?",
        "What would you use this time, the gum or the patch?",
        "What do you do at bedtime? Bath or story?",
    ],
)
def test_a_choice_between_named_options_is_closed(text: str) -> None:
    c = classify(text)
    assert (c.code, c.question_type) == ("question", "closed")


def test_a_choice_left_open_stays_open() -> None:
    assert classify("What helps, a walk, a bath, or something else?").question_type == "open"


def test_an_em_dash_separates_a_preface_from_the_question() -> None:
    c = classify(
        "Okay, so, you mentioned your husband \u2014 how does he respond when she cries at night?"
    )
    assert (c.code, c.question_type) == ("question", "open")
    # a spaced en dash too, but not one inside a range
    assert classify("So nights are hard \u2013 what happens at bedtime?").question_type == "open"
    assert len(classify("She wakes 2\u20133 times a night.").sentences) == 1


@pytest.mark.parametrize(
    "text",
    ["What scares you is how rough it might get.", "What happened was he rolled off the bed."],
)
def test_a_what_clause_as_subject_is_not_a_question(text: str) -> None:
    assert classify(text).code != "question"


def test_together_seeks_collaboration_only_for_joint_work() -> None:
    text = "So it's more about the group, kind of what you all do together when you're out?"
    assert classify(text).code == "question"
    assert classify("Could we come up with a plan together?").code == "seeking_collaboration"
    text = "Want to think through together how you'd bring it up with her?"
    assert classify(text).code == "seeking_collaboration"


def test_a_feeling_named_for_the_parent_outweighs_an_information_cue() -> None:
    c = classify(
        "And you're stuck between what she's telling you and what the doctor says.",
        "My mother-in-law keeps telling me to put cereal in her bottle.",
    )
    assert c.behaviour == "reflection"
    # "might" predicts: information, not the parent's feeling
    c = classify("You might feel tired for a few weeks; most moms do.", "")
    assert c.behaviour == "therapist_input"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Taking them has started to feel like a life sentence.", "I'm sick of these pills."),
        ("You want to be a patient mom, and yesterday didn't match that.", "I snapped at him."),
    ],
)
def test_a_simile_or_a_value_makes_a_reflection_complex(text: str, context: str) -> None:
    assert classify(text, context).code == "complex_reflection"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("That's just wrong, the smoke's on your clothes.", "confront"),
        ("You say that every time.", "confront"),
        ("A good mom doesn't yell at a baby, tired or not.", "confront"),
        ("It always seems to be somebody else's fault.", "confront"),
        ("Kids with less screen time talk sooner, so it's really worth cutting back.", "persuade"),
        ("About one in seven moms get postpartum depression.", "giving_information"),
        ("At two, the usual milestone is around fifty words.", "giving_information"),
        ("You've kept at it even on the hard nights.", "affirm"),
        ("You two really worked as a team on that.", "affirm"),
        ("No, no, take your time, I'll wait.", "other"),
        ("So I've got you down for next Tuesday at ten, same as usual.", "other"),
        ("Okay, let's, uh, let's get started.", "other"),
        ("It is a big deal. I can't believe you'd let her do that.", "confront"),
        ("What we talk about and what you do with it, that's all yours.", "emphasizing_autonomy"),
        (
            "It's your family and you know her best, but I think it'd be worth telling her.",
            "persuade_with_permission",
        ),
    ],
)
def test_round_10_phrases(text: str, code: str) -> None:
    assert classify(text).code == code


def test_you_are_the_one_who_knows_is_autonomy_not_blame() -> None:
    assert classify("You're the one who knows her best.").code != "confront"


def test_what_about_with_a_suggested_action_is_a_proposal() -> None:
    c = classify("What about, um, maybe when he turns three, you could enroll him in Head Start?")
    assert c.code == "persuade_with_permission"
    assert classify("How about your grades?").code == "question"


# --------------------------------------------------------------------------- round 11


@pytest.mark.parametrize(
    ("text", "qtype"),
    [
        ("Oh, nice. What was the number?", "closed"),
        ("What day's the visit with the nurse?", "closed"),
        ("What's her due date?", "closed"),
        ("What's the name of the clinic?", "closed"),
        # no fact noun: the parent has room to answer
        ("What's the plan for the weekend?", "open"),
        ("What is your biggest worry about the due date?", "open"),
    ],
)
def test_what_asking_for_one_fact_is_closed(text: str, qtype: str) -> None:
    assert question_type_of(text) == qtype


def test_a_judgement_after_a_yes_no_question_confronts() -> None:
    c = classify("You left him alone in the bath? That's really irresponsible.")
    assert c.code == "confront"
    # an open question after it still hands the turn back
    assert classify("What happened? That's really irresponsible.").code == "question"


def test_denying_what_the_parent_said_of_themself_confronts() -> None:
    c = classify("You weren't sick. You were at the park.", "I missed, I was sick.")
    assert c.code == "confront"
    assert any(e.rule == "contradicts_parent" for e in c.evidence)
    # the parent's own denial said back keeps its polarity: a reflection
    c = classify("You're not sick, you're worn out.", "I'm not sick, I'm just worn out.")
    assert c.behaviour == "reflection"
    assert classify("No, that's not fine.", "I had two beers and drove, I was fine.").code == (
        "confront"
    )


def test_a_meaning_cue_outweighs_an_information_cue_for_the_parent() -> None:
    c = classify(
        "You're caught between what your mom says and what the nurse told you.",
        "Everybody tells me something different about how he should sleep.",
    )
    assert c.code == "complex_reflection"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("You're doubting yourself.", "Everyone else seems to know what they're doing."),
        ("It feels so unfair.", "I did everything the books said and she still won't latch."),
        ("It's pulling you both ways.", "I think of my kids every time I light one."),
        ("You want it different for her.", "I'm not going to be like my mother was."),
    ],
)
def test_short_reflections_that_add_a_feeling_or_a_wish_are_complex(
    text: str, context: str
) -> None:
    assert reflection_type_of(text, context) == "complex"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Good job today.", "other"),
        ("Okay. Let's, um, let's move on to the car seat.", "other"),
        ("You're following through, even on the busy days.", "affirm"),
        ("You're really making time for reading with her.", "affirm"),
        ("Okay, so I'll plan to meet with you again in two weeks.", "other"),
        (
            "It's not that you don't care, it's that there's no time left in the day.",
            "complex_reflection",
        ),
        (
            "So it's less about the bottle and more about the quiet time with him.",
            "complex_reflection",
        ),
        (
            "So let me see if I got it: the baby's up at night and your hours got cut.",
            "simple_reflection",
        ),
    ],
)
def test_round_11_phrases(text: str, code: str) -> None:
    assert classify(text, "And that's about it, so.").code == code


def test_a_label_denied_is_not_a_confrontation() -> None:
    assert classify("I'm not saying you're lazy.").code != "confront"
    assert classify("It's not that you don't care.").code != "confront"
    assert classify("You don't care about her.").code == "confront"


def test_a_thought_quoted_after_like_is_not_asked() -> None:
    c = classify(
        "So it's starting to feel like, what's even the point of trying.", "I gain it back."
    )
    assert c.behaviour == "reflection"
    assert classify("So it's like, what do you even do with that?").code == "question"


def test_taking_care_of_children_is_not_a_farewell() -> None:
    c = classify(
        "The doctor said bed rest, and you've still got two kids to take care of.",
        "I'm supposed to be on bed rest but I've got two other kids.",
    )
    assert c.behaviour == "reflection"
    assert classify("Okay, take care. Same time next Thursday.").code == "other"


# --------------------------------------------------------------------------- round 12


@pytest.mark.parametrize(
    ("text", "code", "rule_words"),
    [
        ("You're really taking charge of this.", "affirm", "you're really taking charge"),
        ("She really needs to be on her back, every sleep.", "persuade", "she really needs to"),
        ("You actually need to call them today.", "persuade", "you actually need to"),
        ("Great, let me just pull up the form on my tablet.", "other", "let me just pull up"),
    ],
)
def test_an_intensifier_inside_a_phrase_does_not_hide_it(
    text: str, code: str, rule_words: str
) -> None:
    c = classify(text, "I checked her every morning this week.")
    assert c.code == code
    assert rule_words in [e.words for e in c.evidence]


def test_an_intensifier_does_not_make_a_reflection_stem() -> None:
    # "it's like" opens a reflection; "it's actually, like, ..." explains
    c = classify(
        "A lot of it's actually, like, when babies skip a nap the evening gets harder.",
        "He's a mess every night around six.",
    )
    assert "it's actually like" not in [e.words for e in c.evidence]


def test_having_to_go_with_your_gut_is_the_parents_call() -> None:
    c = classify("You have to go with your gut on this one.", "I don't know if I should.")
    assert c.code == "emphasizing_autonomy"
    assert classify("You have to go to the clinic on this one.").code == "persuade"


@pytest.mark.parametrize(
    "text",
    [
        "How would you like to handle bringing him into this?",
        "So where do you want to go from here?",
        "Before I jump in with anything, what have you already tried?",
    ],
)
def test_asking_how_to_go_on_or_before_advising_seeks_collaboration(text: str) -> None:
    c = classify(text, "I don't know where to start.")
    assert (c.code, c.question_type) == ("seeking_collaboration", "open")
    assert classify("What have you already tried?").code == "question"


@pytest.mark.parametrize(
    ("text", "qtype"),
    [
        ("Can I ask what you noticed about how he did?", "open"),
        ("Could I ask why you stopped?", "open"),
        ("Let me ask how she's sleeping.", "open"),
        ("Can I ask how many bottles he takes?", "closed"),
        ("Can I ask when she last ate?", "closed"),
    ],
)
def test_the_question_after_may_i_ask_is_typed_by_its_wh_word(text: str, qtype: str) -> None:
    assert question_type_of(text) == qtype


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Sure, Thursday works. I'll put it in my calendar.", "Can we do Thursday instead?"),
        ("Alright, same time in two weeks. I'll text you the day before.", "That's it for me."),
        ("I'll just set my bag down here by the door.", "Come on in."),
    ],
)
def test_the_helpers_own_arrangements_are_other(text: str, context: str) -> None:
    assert classify(text, context).code == "other"


@pytest.mark.parametrize(
    "text",
    [
        "The sooner you start, the easier it's going to be.",
        "The earlier we get him seen, the better.",
        "You'd be so much happier if you let him take one night feed.",
    ],
)
def test_an_argument_for_change_persuades(text: str) -> None:
    c = classify(text, "I'll think about it after the holidays.")
    assert c.code == "persuade"


def test_an_argument_in_the_parents_own_words_or_for_the_helper_does_not() -> None:
    assert classify("The more you tell me, the better I can help.").code != "persuade"
    c = classify(
        "The sooner you start, the easier it is.",
        "I know the sooner I start, the easier it is.",
    )
    assert c.behaviour == "reflection"


def test_a_strength_beside_a_feeling_of_the_parents_is_a_reflection() -> None:
    c = classify(
        "You love her, and you also feel guilty that this part isn't the joy you expected.",
        "Everyone says enjoy every minute, and I just don't.",
    )
    assert c.code == "complex_reflection"
    assert classify("You love her so much, and you keep showing up for her.").code == "affirm"


@pytest.mark.parametrize(
    "text",
    [
        "You already know a lot about caring for little ones, and this program can feel like"
        " it assumes you don't.",
        "You're not ready to stop, and you really don't want her growing up thinking it's normal.",
    ],
)
def test_the_parents_own_mind_said_back_is_not_information(text: str) -> None:
    c = classify(text, "I raised my brothers. I don't need a program telling me how.")
    assert c.behaviour == "reflection"


@pytest.mark.parametrize(
    "context",
    ["so what does the A1C even mean", "does it matter when I take it at night"],
)
def test_a_parents_question_transcribed_without_a_question_mark_is_answered(
    context: str,
) -> None:
    c = classify("It's your average blood sugar over about three months.", context)
    assert c.code == "giving_information"
    assert "answers_parent" in [e.rule for e in c.evidence]


def test_a_comment_opening_with_which_is_not_a_question() -> None:
    c = classify(
        "Three walks, and part of you is already brushing it off as nothing.",
        "I walked three times last week. Which is nothing, I know.",
    )
    assert c.code == "complex_reflection"


def test_what_the_helper_would_talk_to_or_like_to_see_is_advice() -> None:
    c = classify(
        "It's your call, but I'd probably talk to the housing advocate before you sign.",
        "What would you do?",
    )
    assert c.code == "persuade_with_permission"
    assert classify("I'd like to see a smoke detector in the baby's room.").code == "persuade"
    assert classify("I'd talk to you about it next time.").code != "persuade"


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        (
            "That's something you two will figure out; it's your family's choice.",
            "",
            "emphasizing_autonomy",
        ),
        ("Getting yourself there on a day like that, that's real strength.", "", "affirm"),
        ("You noticed what he was into, you're really tuned in to him.", "", "affirm"),
        ("Oh, don't even worry about it, mine looks worse.", "Sorry the place is a mess.", "other"),
        ("I'm so happy for you, that's great news.", "I got the job!", "other"),
        ("So my two cents: I'd anchor that dresser before she pulls up on it.", "", "persuade"),
        (
            "A sleep sack would be a safer choice for her.",
            "I put a blanket in the crib.",
            "persuade",
        ),
        (
            "You're lucky nothing's happened yet, honestly.",
            "He sleeps on the couch with me.",
            "confront",
        ),
        (
            "WIC covers pregnant moms and kids up to five, and it's based on income.",
            "I didn't think I'd qualify since I work.",
            "giving_information",
        ),
        (
            "I'd start with the legal aid clinic on Monday, they do walk-ins.",
            "Please, I need someone to just tell me.",
            "persuade_with_permission",
        ),
    ],
)
def test_round_12_phrases(text: str, context: str, code: str) -> None:
    assert classify(text, context or None).code == code


def test_figuring_it_out_together_without_the_helper_is_not_collaboration() -> None:
    assert classify("You two will figure it out together.").code != "seeking_collaboration"
    assert classify("We can figure it out together.").code == "seeking_collaboration"


@pytest.mark.parametrize(
    "text",
    [
        "What gets in the way in the evenings",
        "So, what happened after that",
        "Who helps you with him",
    ],
)
def test_a_wh_subject_question_needs_no_question_mark(text: str) -> None:
    assert (classify(text).code, classify(text).question_type) == ("question", "open")


@pytest.mark.parametrize(
    "text",
    ["What scares you is how rough it gets.", "You know what feels right for you and him."],
)
def test_a_wh_clause_as_subject_or_after_you_know_is_not_asked(text: str) -> None:
    assert classify(text, "I don't know.").code != "question"


def test_a_choice_denied_is_not_autonomy() -> None:
    c = classify(
        "This wasn't your choice, and it feels like one more person telling you what to do.",
        "I'm only here because the judge said so.",
    )
    assert c.behaviour == "reflection"
    assert classify("No, you can say no. It's your choice.").code == "emphasizing_autonomy"


def test_a_figure_asked_for_is_answered() -> None:
    c = classify("Your reading today is 152 over 94.", "What was it today?")
    assert c.code == "giving_information"


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        ("How you fit it in, that's yours to figure out.", "", "emphasizing_autonomy"),
        ("Oh she's gorgeous, look at those cheeks.", "This is Amara.", "other"),
        ("Propping the bottle is dangerous, I'm surprised you'd do that.", "", "confront"),
        ("That's a pretty lame excuse, honestly.", "My alarm didn't go off.", "confront"),
        ("I'd like to put this plan together with you.", "", "seeking_collaboration"),
        ("You took that on, you're really advocating for your family.", "", "affirm"),
        (
            "I'd try offering the new foods next to something he already likes.",
            "Please, I'm open to anything at this point.",
            "persuade_with_permission",
        ),
    ],
)
def test_round_12_phrases_from_a_mixed_set(text: str, context: str, code: str) -> None:
    assert classify(text, context or None).code == code


# --------------------------------------------------------------------------- round 13


@pytest.mark.parametrize(
    "text",
    [
        "Do you still have the stair gates up, or?",
        "Is she taking the bottle at daycare or-",
        "So the WIC appointment's on the twelfth, or?",
    ],
)
def test_a_yes_no_question_trailing_off_in_or_stays_closed(text: str) -> None:
    c = classify(text)
    assert (c.code, c.question_type) == ("question", "closed")
    assert question_type_of(text) == "closed"


def test_a_question_ending_in_what_is_still_open() -> None:
    assert classify("And the hardest part of the evening would be what?").question_type == "open"


@pytest.mark.parametrize(
    ("text", "code", "subtype"),
    [
        ("why cant you get a ride", "question", "open"),
        ("do you think shes hungry or just tired", "question", "closed"),
        ("Youre really organized and paying close attention to him", "affirm", None),
        ("dont let her nap after four", "persuade", None),
    ],
)
def test_contractions_typed_without_the_apostrophe(
    text: str, code: str, subtype: str | None
) -> None:
    c = classify(text)
    assert (c.code, c.question_type or c.reflection_type) == (code, subtype)


def test_words_that_look_like_contractions_are_left_alone() -> None:
    # "were" is not "we're", "ill" not "i'll": a reflection stays a reflection
    c = classify(
        "Things were going well right up till the holidays.", "It all fell apart at Christmas."
    )
    assert c.behaviour == "reflection"


@pytest.mark.parametrize(
    "text",
    [
        "What usually happens right before a tantrum starts",
        "What really helps on the bad days",
        "Who normally puts him down at night",
    ],
)
def test_a_wh_subject_asks_past_an_adverb_without_a_question_mark(text: str) -> None:
    assert classify(text).code == "question"


def test_how_long_with_a_subject_heads_a_statement() -> None:
    c = classify("How long you breastfeed is your decision to make.")
    assert c.code == "emphasizing_autonomy"
    assert classify("What usually happens is she screams until she's sick.").code != "question"


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        ("Why don't you try a calm-down corner instead", "", "persuade"),
        ("why dont you just put her down drowsy", "", "persuade"),
        ("Why not try the patch this time?", "", "persuade"),
        (
            "Why don't you try the gum first?",
            "What do you think I should do?",
            "persuade_with_permission",
        ),
        ("Why don't you start by telling me about her mornings?", "", "question"),
        ("Why don't you want to go back to the group?", "", "question"),
        ("Why don't you give me an example?", "", "question"),
        ("Why not?", "", "question"),
    ],
)
def test_why_dont_you_with_an_action_is_a_suggestion(text: str, context: str, code: str) -> None:
    assert classify(text, context or None).code == code


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            "I want to quit, I really do.",
            "You say you want to quit, but you're still buying it every week.",
        ),
        (
            "I'll do the exercises.",
            "You keep saying you want things to change but you're not doing anything about it.",
        ),
        ("I only smoke on the porch, so it's fine.", "It's not really fine though."),
        ("He's just a bad kid.", "He's two. That's not fair to him."),
        ("I only spank when he really deserves it.", "No child deserves to be hit."),
    ],
)
def test_round_13_confrontations(context: str, text: str) -> None:
    assert classify(text, context).code == "confront"


def test_words_set_against_feelings_stay_a_double_sided_reflection() -> None:
    c = classify("You say you want to quit, but you still feel like you need it at night.")
    assert c.behaviour == "reflection"
    assert (
        classify("It's not fair to you that you're doing it all alone.").behaviour == "reflection"
    )


@pytest.mark.parametrize(
    ("context", "text", "code"),
    [
        (
            "I'm worried she isn't bonding with me.",
            "I'm sure she's bonding with you just fine.",
            "persuade",
        ),
        ("The first weeks are so hard.", "Just push through and you'll be fine.", "persuade"),
        ("I just keep trying.", "You don't give up on her.", "affirm"),
        (
            "I called the hotline when I was low.",
            "Reaching out when you were that low took real strength.",
            "affirm",
        ),
        (
            "I stopped drinking on the nights I have the kids.",
            "You're putting their safety first.",
            "affirm",
        ),
    ],
)
def test_round_13_reassurance_and_strengths(context: str, text: str, code: str) -> None:
    assert classify(text, context).code == code


# --------------------------------------------------------------------------- round 14


@pytest.mark.parametrize(
    ("text", "qtype"),
    [
        ("Who drops her off at the sitter's in the mornings?", "closed"),
        ("Where does he nap when you're at your mom's?", "closed"),
        ("Who's staying with you this week?", "closed"),
        # a view asked for, or the parent's own place: open
        ("Where would you like to begin today?", "open"),
        ("Who could you lean on when the nights get long?", "open"),
        ("Where do you see things going with his dad?", "open"),
        ("Where does that leave the two of you?", "open"),
        ("Where are you with the idea of daycare?", "open"),
        ("Where are things at with the housing office?", "open"),
        ("Where do things stand with her dad?", "open"),
    ],
)
def test_who_and_where_ask_for_a_fact_unless_they_ask_a_view(text: str, qtype: str) -> None:
    c = classify(text, "It's been a busy week.")
    # "Where would you like to begin today?" sets the agenda: seeking collaboration
    assert (c.behaviour, c.question_type) == ("question", qtype)


def test_could_you_say_a_bit_more_invites_talk() -> None:
    c = classify("Could you say a little more about what bedtime looks like?")
    assert c.question_type == "open"


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            "I walk her to the clinic every week, even in the rain.",
            "Walking there every week shows how dedicated you are to her health.",
        ),
        (
            "He screamed the whole way home and I just kept talking softly.",
            "You stayed steady with him through all of it.",
        ),
        (
            "I can tell when she's hungry before she cries.",
            "You're so skilled at reading her cues.",
        ),
        (
            "I took in my sister's boys when she went into rehab.",
            "Taking them in says a lot about the kind of person you are.",
        ),
    ],
)
def test_round_14_strengths(context: str, text: str) -> None:
    assert classify(text, context).code == "affirm"


def test_a_feeling_joined_after_the_strength_makes_a_reflection() -> None:
    c = classify(
        "You're doing everything you can for her, and it's infuriating.",
        "I've called the landlord every day about the mould.",
    )
    assert c.code == "complex_reflection"


@pytest.mark.parametrize(
    ("context", "text"),
    [
        ("I missed group again, the baby had a cold.", "That's just another excuse."),
        ("She's home alone for a bit after school.", "A good mum wouldn't do that."),
        ("I only had one drink.", "I find that hard to believe."),
        ("The TV keeps him busy.", "Oh sure, because TV is such a great babysitter."),
    ],
)
def test_round_14_confrontations(context: str, text: str) -> None:
    assert classify(text, context).code == "confront"


@pytest.mark.parametrize(
    ("context", "text", "code"),
    [
        (
            "Nobody asks me what I think about the plan.",
            "I'd really value your ideas on what would fit your family.",
            "seeking_collaboration",
        ),
        (
            "I don't like being told what to do.",
            "You're free to turn down anything I suggest.",
            "emphasizing_autonomy",
        ),
        (
            "I'm not sure this parenting stuff is for us.",
            "Take what's useful for your family and leave the rest.",
            "emphasizing_autonomy",
        ),
        (
            "Should I put her in her own room yet? What do you reckon?",
            "I'd advise keeping her in your room until about six months.",
            "persuade_with_permission",
        ),
        (
            "I was thinking part days at daycare.",
            "Full days would be much better for him.",
            "persuade",
        ),
        (
            "The stairs are getting hard for my mother.",
            "Take it or leave it, but I'd put a gate at the top for the baby too.",
            "persuade_with_permission",
        ),
        (
            "We don't really have a bedtime.",
            "A bath and bed by seven, that's what she needs.",
            "persuade",
        ),
    ],
)
def test_round_14_collaboration_autonomy_and_advice(context: str, text: str, code: str) -> None:
    assert classify(text, context).code == code


def test_a_fact_asked_before_a_short_remark_is_answered() -> None:
    c = classify(
        "The one on Main Street is open Mondays and Thursdays from nine.",
        "Where's the nearest diaper bank? My neighbour said there's one close.",
    )
    assert c.code == "giving_information"
    # a "why" with a remark after it is the parent wondering aloud, not asking for facts
    c = classify(
        "Bedtime is the hardest part of the day.",
        "Why won't he just sleep? He fights it every night.",
    )
    assert c.behaviour == "reflection"


def test_a_fault_the_parent_wonders_about_is_reflected_not_laid() -> None:
    context = "Why did this happen to us? I keep going over it."
    assert classify("You're wondering whether it was your fault.", context).code == (
        "complex_reflection"
    )
    assert classify("It's your fault he fell.", context).code == "confront"


def test_advice_spoken_of_is_not_given() -> None:
    assert classify("What I suggest is a bath before bed.").code == "persuade"


def test_a_pause_in_the_visit_is_other() -> None:
    assert classify("Hang on, my phone's about to die.", "Here's the letter.").code == "other"
    assert classify("Hold on a second, I'll find the form.", "Here's the letter.").code == "other"
    # holding on to something is not a pause
    assert classify("Hang on to that thought.", "Here's the letter.").code != "other"


def test_hurting_someone_is_an_act_not_a_feeling() -> None:
    context = "I grabbed his arm too hard, but he was running at the road."
    assert reflection_type_of("So you didn't hurt him.", context) == "simple"
    assert reflection_type_of("And that really hurts.", context) == "complex"
    assert reflection_type_of("It hurt her feelings when you yelled.", context) == "complex"


# --------------------------------------------------------------------------- round 15


def test_choices_in_a_word_list_line_expand() -> None:
    assert alternatives("a good (mum|dad) would") == ["a good mum would", "a good dad would"]
    assert alternatives("no choices") == ["no choices"]
    assert "a good mum makes" in phrases("confront")


def test_choices_in_a_word_list_line_may_nest() -> None:
    assert alternatives("lucky to have (you|a (mum|dad) like you)") == [
        "lucky to have you",
        "lucky to have a mum like you",
        "lucky to have you",
        "lucky to have a dad like you",
    ]
    assert "lucky to have a grandma like you" in phrases("affirmation")
    c = classify(
        "He's lucky to have you in his corner.", "I was the oldest one at parents' evening."
    )
    assert c.code == "affirm"


def test_every_word_list_line_expands_to_plain_phrases() -> None:
    from importlib.resources import files

    names = [f.name[:-4] for f in (files("alliance_tutor.feedback") / "data").iterdir()]
    assert "affirmation" in names
    for name in names:
        for line in raw_lines(name):
            for choice in alternatives(line):
                assert not set(choice) & set("()|"), f"{name}.txt: {line!r}"


def test_how_old_asks_for_a_fact_without_a_question_mark() -> None:
    c = classify("how old was he when he took his first steps", "He's walking now!")
    assert (c.code, c.question_type) == ("question", "closed")
    # a clause as a subject is not asked
    assert classify("How old she is doesn't matter here.").code != "question"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Please don't give him honey before he's one.", "persuade"),
        ("Tell your GP this week.", "persuade"),
        ("Tell me more about that.", "question"),  # an invitation to talk, not an order
        ("I'd talk to you about it next time.", "giving_information"),
    ],
)
def test_an_order_after_please_or_to_tell_someone_is_advice(text: str, code: str) -> None:
    assert classify(text).code == code


def test_permission_asked_without_a_question_mark_is_a_closed_question() -> None:
    c = classify(
        "mind if i tell you a bit about what the clinic offers for dads", "I feel useless."
    )
    assert (c.code, c.question_type) == ("seeking_collaboration", "closed")


@pytest.mark.parametrize(
    "text",
    [
        "You keep finding ways to meet her where she is.",
        "You've gone to a lot of trouble to keep giving her your milk.",
        "You two are a proper team.",
        "Standing up to your mum like that wasn't easy, and you did it for your son.",
        "I want you to know that you're taking this seriously, and I see it.",
    ],
)
def test_round_15_affirmations(text: str) -> None:
    assert classify(text).code == "affirm"


def test_a_strength_the_parent_wishes_to_show_is_reflected() -> None:
    context = "My mum reckons I'm too young to know what I'm doing."
    c = classify("You want her to see that you're taking this seriously.", context)
    assert c.code == "complex_reflection"
    # a wish denied is not the parent's wish: the strength is affirmed
    c = classify(
        "You came in anyway, even though part of you didn't want to, and that says "
        "something about how much you care about your health."
    )
    assert c.code == "affirm"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A good parent makes the effort to cook proper food, even when it's hard.", "confront"),
        ("Being stressed is no excuse for smoking around a newborn.", "confront"),
        ("That's really not good enough, you committed to this programme.", "confront"),
        ("You're a good mum.", "affirm"),
        ("You worry you're not good enough for her.", "complex_reflection"),
    ],
)
def test_moralising_about_good_parents_and_excuses_confronts(text: str, code: str) -> None:
    assert classify(text, "I let him have chips most nights.").code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("You and Dani get to decide what's right for your family.", "emphasizing_autonomy"),
        (
            "No pressure, take whatever time you need to make up your own mind.",
            "emphasizing_autonomy",
        ),
        ("Take all the time you need to decide.", "emphasizing_autonomy"),
        ("You choose how often, and we'll fit the visits around you.", "emphasizing_autonomy"),
        # pacing the visit, not a decision
        ("Take your time.", "other"),
        ("take as long as you need", "other"),
    ],
)
def test_round_15_autonomy(text: str, code: str) -> None:
    assert classify(text, "I'm still deciding about the jabs.").code == code


@pytest.mark.parametrize(
    "context",
    [
        "Can you give me some tips for the tantrums? I'm desperate.",
        "Sure, I'm happy to hear what's worked for other parents.",
    ],
)
def test_advice_the_parent_asked_for_is_persuading_with_permission(context: str) -> None:
    advice = "I'd really give a bath every night a go, lots of dads find it helps them bond."
    assert classify(advice, context).code == "persuade_with_permission"
    assert classify(advice, "He screams in the bath.").code == "persuade"


def test_a_recommendation_is_advice_and_praise_of_the_parents_plan_is_not() -> None:
    assert classify("I think seeing your GP would be a really good step.").code == "persuade"
    assert classify("That's a great idea.").code != "persuade"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Every month feels like walking a tightrope right now.",
            "The rent went up again. I don't know how we'll make it work.",
        ),
        (
            "It's like a wave that comes over you without any warning.",
            "Some days I just sit and cry and I don't even know why.",
        ),
        (
            "The new baby has turned his little world upside down too.",
            "He was dry for a week and now he's wetting again since the baby came.",
        ),
    ],
)
def test_a_metaphor_makes_a_reflection_complex(text: str, context: str) -> None:
    assert reflection_type_of(text, context) == "complex"


def test_emphasis_the_parent_gave_is_not_added() -> None:
    text = "Money's been causing a lot of arguments between you two."
    assert reflection_type_of(text, "We've been arguing a lot about money.") == "simple"
    assert reflection_type_of(text, "We've been arguing about money.") == "complex"


def test_accepting_a_cup_of_tea_is_other() -> None:
    assert classify("Oh, yes please, milk no sugar.", "Do you want a cup of tea?").code == "other"


def test_a_thing_likened_to_another_is_a_metaphor_but_a_feeling_like_is_not() -> None:
    context = "Honestly I don't want these visits. The social worker said I had to."
    text = "These visits feel like something being done to you."
    assert reflection_type_of(text, context) == "complex"
    # the parent's thought said back ("you feel like"), or "not feeling like yourself"
    context = "I keep missing her bedtime because of work."
    assert reflection_type_of("You feel like you're missing her bedtime.", context) == "simple"
    context = "Ever since the baby I'm just not me."
    assert reflection_type_of("You haven't felt like yourself since the baby.", context) == (
        "simple"
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Screaming at a two-year-old like that is abusive.", "confront"),
        ("Well, you're obviously not taking it, or your numbers would be down.", "confront"),
        ("Sorry, my phone, let me just silence that.", "other"),
    ],
)
def test_round_15_labels_and_pauses(text: str, code: str) -> None:
    assert classify(text, "He just wouldn't stop, so I yelled.").code == code


# --------------------------------------------------------------------------- round 16


@pytest.mark.parametrize(
    "text",
    [
        # the agenda asked for first; the question that follows does not undo it
        "What would you like to start with today - the feeding or the nights?",
        # the parent's expertise on what helps
        "What have you been thinking might work for bedtime?",
        "From watching him, what do you reckon helps him wind down?",
        "Where does it make sense to start, do you think?",
        # joint work with the helper
        "Would you be up for looking through the menu plan with me?",
        "Want to go through the forms together?",
        "How about we work out a routine together?",
        "You know her best. Would you show me how you rock her, so I can learn it from you?",
    ],
)
def test_questions_that_seek_the_parents_ideas_or_joint_work(text: str) -> None:
    assert classify(text, "I don't know where to begin with all this.").code == (
        "seeking_collaboration"
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("How about we try the bath a bit earlier?", "persuade_with_permission"),  # advice
        ("Do you two go to the park together?", "question"),  # the family's own time
        ("Did you sit with me at the last group?", "question"),  # no joint work
    ],
)
def test_proposals_and_family_togetherness_are_not_collaboration(text: str, code: str) -> None:
    assert classify(text).code == code


def test_what_the_parent_tried_or_found_is_their_world_not_information() -> None:
    context = "She only naps in the sling, so that's what we do every day now."
    text = "You've found the thing that works for the two of you every day."
    assert classify(text, context).behaviour == "reflection"
    context = "I don't want to get too close, he goes back to his mum next month."
    text = "You're trying to protect yourself, even while you hold him every day."
    assert classify(text, context).behaviour == "reflection"


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # what has to happen to a thing or another person: advice
        (
            "That stair gate needs to go up this week.",
            "He's started climbing everything.",
            "persuade",
        ),
        (
            "His dad should really wash his hands after he smokes.",
            "He smokes out back.",
            "persuade",
        ),
        # not a judgement of need: sympathy, someone else's words, the parent's own plan
        (
            "That must be so hard with the twins.",
            "Both of them were up all night.",
            "other_than_persuade",
        ),
        ("The nurse said she needs to gain a bit.", "Is she growing okay?", "other_than_persuade"),
        ("The gate needs to go up.", "The gate needs to go up, I know.", "other_than_persuade"),
    ],
)
def test_what_has_to_happen_in_the_home_is_advice(text: str, context: str, code: str) -> None:
    got = classify(text, context).code
    assert got == code if code == "persuade" else got != "persuade"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ugh, I know. I got lost twice on the way here.", "other"),  # the trip: small talk
        ("I almost didn't find parking, sorry I'm late.", "other"),
        ("I can bring the forms next time.", "giving_information"),  # the helper's plan
    ],
)
def test_the_helpers_trip_is_small_talk(text: str, code: str) -> None:
    assert classify(text, "Did you find us okay?").code == code


def test_a_behaviour_judged_not_okay_is_confront() -> None:
    c = classify("Leaving him in the car while you run in is not okay.", "It was two minutes.")
    assert c.code == "confront"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("You set a bedtime and you actually stuck to it all week.", "Bedtime is at seven now."),
        ("You went ahead and rang the clinic even though you hate the phone.", "I rang them."),
        ("You took what we read about tummy time and put it into practice.", "We do it daily."),
        ("You protected him there, and that's not easy with family.", "I told my aunt no."),
    ],
)
def test_a_deliberate_step_seen_through_is_affirmed(text: str, context: str) -> None:
    assert classify(text, context).code == "affirm"


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # a strength shown by an act named as the subject
        ("Leaving the party early for her took real discipline.", "I left at nine.", "affirm"),
        ("You were nervous, and you went in anyway.", "I nearly didn't go to group.", "affirm"),
        # the pace and the choice are the parent's
        ("We can leave your mum out of it today; we go at your pace.", "Not today.", "autonomy"),
        ("Whether he has a dummy is for you and your partner to decide.", "Dummy?", "autonomy"),
        # a judgement, a broken promise held against the parent
        ("You said you'd ring them, and you haven't kept your word.", "I forgot.", "confront"),
        ("Leaving her with the telly all day isn't good parenting.", "She likes it.", "confront"),
        # an order after a time, the helper's leaning when asked
        ("Next time, put him down awake and step back.", "He only sleeps on me.", "persuade"),
        ("I'd lean towards the clinic first.", "What would you do?", "permission"),
        # how things usually go: the helper's knowledge
        ("Colic commonly eases by four months.", "He cries for hours.", "giving_information"),
        ("Jealousy often shows up when a new baby arrives.", "He hits the baby.", "info"),
        # arranging the visit
        ("I'll pencil you in for Tuesday then.", "Tuesday's better.", "other"),
    ],
)
def test_round_16_read_set_lessons(text: str, context: str, code: str) -> None:
    short = {
        "autonomy": "emphasizing_autonomy",
        "permission": "persuade_with_permission",
        "info": "giving_information",
    }
    assert classify(text, context).code == short.get(code, code)


def test_a_later_clause_about_what_tends_to_happen_is_still_the_parents_world() -> None:
    context = "I remember the tablets at night, it's the mornings I forget."
    text = "Nights are fine, and it's the mornings that tend to slip."
    assert classify(text, context).behaviour == "reflection"


def test_unsure_restates_i_dont_know() -> None:
    text = "You're unsure about him starting nursery."
    assert reflection_type_of(text, "I don't know about him starting nursery.") == "simple"
    assert reflection_type_of(text, "Nursery starts next week.") == "complex"


def test_how_things_usually_go_may_come_a_few_words_in() -> None:
    c = classify("Postnatal anxiety is about as common as depression.", "I worry all the time.")
    assert c.code == "giving_information"


# --------------------------------------------------------------------------- round 17


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # an order softened by a tag is still an order
        ("Don't cancel the scan, okay?", "I might cancel the scan, I feel fine.", "persuade"),
        ("Keep the vape outside, alright?", "I only vape by the window.", "persuade"),
        # advice the parent asked for, or agreed to hear
        ("I'd steer clear of the walker for now.", "Any ideas for keeping him busy?", "pwp"),
        ("I'd hold off on the rice cereal.", "Sure, tell me, I'm open to it.", "pwp"),
        ("I'd hold off on the rice cereal.", "Grandma says rice cereal helps.", "persuade"),
        # what the helper's phrase says of the parent
        ("You two are really looking out for each other.", "We split the night feeds.", "affirm"),
        ("You're putting in so much effort with the exercises.", "I do them daily.", "affirm"),
        (
            "That's you speaking up for her at the clinic.",
            "I asked for a second opinion.",
            "affirm",
        ),
        ("That was a really thoughtful way to include his sister.", "She chose a gift.", "affirm"),
        # the choice is the parents'
        ("You pick whatever fits your family.", "Class or videos, I can't decide.", "autonomy"),
        (
            "It's your baby, and you have the right to make that call.",
            "My mum decides.",
            "autonomy",
        ),
        # guidance, not a reflection; a policy, not a greeting
        ("The flu jab is actually recommended in pregnancy.", "Is the flu jab safe?", "info"),
        ("Dads are welcome at every visit.", "Can my husband come?", "giving_information"),
        # a video visit's connection
        ("Sorry, my screen froze for a second there.", "Hello? Are you there?", "other"),
        ("You're very welcome.", "Thanks for coming.", "other"),
        # a fact asked for, with "what" and a measure
        ("What grade is your eldest in?", "The big one's at school all day.", "question"),
    ],
)
def test_round_17_read_set_lessons(text: str, context: str, code: str) -> None:
    short = {
        "autonomy": "emphasizing_autonomy",
        "pwp": "persuade_with_permission",
        "info": "giving_information",
    }
    assert classify(text, context).code == short.get(code, code)


def test_a_fact_asked_with_what_and_a_measure_is_closed() -> None:
    assert classify("What grade is your eldest in?").question_type == "closed"
    assert classify("What week are you at now?").question_type == "closed"


def test_a_thought_voiced_after_like_and_a_filler_is_not_asked() -> None:
    text = "Part of you wants to stop, and part of you is like, um, how would I cope without it."
    c = classify(text, "I know vaping is bad but it gets me through the day.")
    assert c.code == "complex_reflection"


@pytest.mark.parametrize(
    ("text", "rtype"),
    [
        ("You're the glue for everyone, and nobody holds you.", "complex"),
        ("You're drawing a line with him, for you and for the baby.", "complex"),
        # a number cut down, not a low mood
        ("Okay, so down to about five a day now.", "simple"),
    ],
)
def test_round_17_simple_or_complex(text: str, rtype: str) -> None:
    context = "I cut down to five cigarettes a day. I hold it all together here, with him drinking."
    assert reflection_type_of(text, context) == rtype


def test_moralising_about_what_being_a_parent_means_confronts() -> None:
    text = "Being a mum means doing things you don't feel like doing."
    assert classify(text, "I don't see why I have to go to every appointment.").code == "confront"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "have" as a verb with an object: an order, not a counterfactual
        ("You need to have a plan for the nights he drinks.", "persuade"),
        ("You have to have a car seat before the hospital lets you go.", "persuade"),
        # the counterfactual "have" stays a reflection of the parent's regret
        ("You feel you should have said something sooner.", "reflection"),
    ],
)
def test_have_as_a_verb_after_a_need(text: str, code: str) -> None:
    c = classify(text, "He says he only drinks a few beers at the weekend.")
    assert code in (c.code, c.behaviour)


def test_a_one_word_greeting_is_social() -> None:
    c = classify("Morning! No rush at all, I've only just logged on.", "Sorry I'm late getting on.")
    assert c.code == "other"


# --------------------------------------------------------------------------- round 18


@pytest.mark.parametrize(
    "text", ["And then?", "Such as?", "Okay, and then?", "Mm-hmm, for example?", "Meaning?"]
)
def test_a_prompt_to_go_on_is_an_open_question(text: str) -> None:
    c = classify(text, "She woke at two and wouldn't settle.")
    assert (c.code, c.question_type) == ("question", "open")


@pytest.mark.parametrize("text", ["And then.", "Yeah?", "Okay?", "So?"])
def test_a_backchannel_stays_a_backchannel(text: str) -> None:
    assert classify(text, "She woke at two and wouldn't settle.").code == "other"


def test_a_trailing_or_after_a_yes_no_question_stays_closed() -> None:
    assert classify("Is it every night, or?").question_type == "closed"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # the parent's feeling said back in a word of its family
        ("It's been a rough week.", "It's been a really hard week with the baby."),
        ("You're worried he's not eating enough.", "I'm scared he's not getting enough."),
        ("You're scared about the birth.", "I'm so anxious about the birth."),
    ],
)
def test_a_feeling_of_the_parents_family_restates(text: str, context: str) -> None:
    assert classify(text, context).code == "simple_reflection"


def test_a_feeling_the_parent_left_unnamed_is_still_added() -> None:
    assert classify("You're scared.", "He's been at the pub every night.").code == (
        "complex_reflection"
    )


@pytest.mark.parametrize("text", ["Gosh.", "Oh gosh.", "Jeez.", "Bless her."])
def test_an_interjection_alone_is_other(text: str) -> None:
    assert classify(text, "He screamed the whole way home from the clinic.").code == "other"


def test_a_reflection_after_an_interjection_is_still_a_reflection() -> None:
    c = classify("Oh gosh, that sounds exhausting.", "He was up five times last night.")
    assert c.code == "complex_reflection"


@pytest.mark.parametrize("text", ["That's a big step.", "That's a huge step for you both."])
def test_naming_the_parents_step_as_big_is_an_affirmation(text: str) -> None:
    assert classify(text, "I told him no more drinking in the house.").code == "affirm"


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # a need that is the object of another verb is not an order
        (
            "You're doing what you need to get through the day, but it doesn't sit right.",
            "The phone is my babysitter sometimes.",
            "complex_reflection",
        ),
        # the parent's perception or love, said back
        (
            "You see the whole person, not just the yelling, and you want other people "
            "to see that too.",
            "He's stressed, he lost his job, he's not a bad person.",
            "complex_reflection",
        ),
        # the choice named as the family's, or denied to the helper
        (
            "That's a decision for you and your husband to make, and whatever you two "
            "choose, I'll help.",
            "My husband wants to stay, I don't know.",
            "emphasizing_autonomy",
        ),
        (
            "I'm not going to tell you to leave, that's not my choice to make, it's yours.",
            "I'm not leaving him.",
            "emphasizing_autonomy",
        ),
        # a reason dismissed
        (
            "Being tired isn't really an excuse, a lot of moms are tired and still go.",
            "I was too tired to go to school.",
            "confront",
        ),
        ("You're paying such close attention to what he needs.", "I made a chart.", "affirm"),
    ],
)
def test_round_18_read_set_lessons(text: str, context: str, code: str) -> None:
    assert classify(text, context).code == code


def test_a_doubted_excuse_in_the_parents_defence_is_not_a_confrontation() -> None:
    c = classify("It's not an excuse, you're genuinely exhausted.", "I skipped class again.")
    assert c.code != "confront"


def test_an_affirmation_the_parent_said_of_themselves_is_said_back() -> None:
    assert classify("You love him.", "I love him. But I'm scared.").code == "simple_reflection"
    # with nothing said of it by the parent, it is an affirmation
    assert classify("You love him so much.", "He drives me crazy some days.").code == "affirm"


@pytest.mark.parametrize(
    "text",
    [
        "It's like everybody else is running and you're carrying someone on your back.",
        "That call is more than just picking up the phone for you.",
        "You thought this part of your life would be quieter, and instead it's all starting "
        "over again.",
    ],
)
def test_a_simile_or_a_turn_of_events_adds_meaning(text: str) -> None:
    c = classify(text, "I raised my kids already and I'm behind on everything.")
    assert c.code == "complex_reflection"


def test_two_questions_at_once_the_second_open_are_open() -> None:
    text = "When he's yelling, where's the baby usually, and what happens for you then?"
    assert classify(text).question_type == "open"
    # one closed question alone stays closed
    assert classify("When he's yelling, where's the baby usually?").question_type == "closed"


def test_saying_sorry_is_an_apology_not_a_feeling() -> None:
    c = classify("He says sorry afterwards, he always does.", "He always apologizes after.")
    assert c.code == "simple_reflection"


@pytest.mark.parametrize(
    "text",
    ["You must be exhausted.", "You must be feeling really stretched.", "You must feel alone."],
)
def test_must_guessing_the_parents_state_is_a_reflection(text: str) -> None:
    assert classify(text, "He's up four times a night.").code == "complex_reflection"


@pytest.mark.parametrize("text", ["You must take her to the doctor.", "You must be careful."])
def test_must_with_an_act_is_still_an_order(text: str) -> None:
    assert classify(text, "He's up four times a night.").code == "persuade"


# --------------------------------------------------------------------------- round 19


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # a quality of mind named in the act the parent told of
        ("That was a smart call.", "I turned around and went home when she started coughing."),
        ("What a thoughtful idea.", "I made a little photo book of her dad for her."),
        ("That's a wise choice.", "I decided to wait on the daycare until spring."),
        # a role the parent fills well
        ("You're a quick learner.", "I figured out the pump after one try."),
        ("You've become such a keen observer of her.", "I noticed she rubs her eyes."),
        ("You make a great team.", "We take turns with the night feeds."),
        # what the act took or showed
        ("It took a lot of self-control to walk away.", "I went to the kitchen instead."),
        ("That shows real love.", "I drove two hours to get the formula."),
        (
            "Juggling a baby and exam prep takes a lot of organisation and determination.",
            "My mum has her in the mornings and I study when she naps.",
        ),
        (
            "Making her first foods from your family's dal is a thoughtful way to pass it on.",
            "I made her purees from what we eat.",
        ),
        ("There's real strength in how you hold your head up.", "People stare at school."),
        # the parent set beside others who would not have
        ("Not every parent would have noticed that.", "I saw she was pulling at her ear."),
        ("A lot of dads wouldn't have thought to ask.", "I asked how to hold him for the bottle."),
        ("You managed to get her to sleep on your own.", "I got her down by myself last night."),
        ("You know your son so well.", "I could tell he was getting sick."),
        # the child's good fortune in the parent; the act named as good care
        ("She's lucky to have a dad like you.", "I read to her every night."),
        ("That's what good parenting looks like.", "I said sorry to him after I shouted."),
        ("You should be proud of yourself.", "I finished my first week back at school."),
        ("You're giving her something you never had.", "My parents never read to me."),
    ],
)
def test_a_strength_named_in_the_parent_or_the_act_is_an_affirmation(
    text: str, context: str
) -> None:
    assert classify(text, context).code == "affirm"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Even on the hardest days, you're making sure she's fed and held.",
            "Some days all I manage is feeding her and cuddling her.",
        ),
        (
            "You went ahead and asked the doctor your questions even though you were nervous.",
            "I was nervous but I asked.",
        ),
        ("You kept every appointment even with the bus.", "It's two buses each way."),
        ("You came anyway.", "I nearly didn't come today."),
    ],
)
def test_an_effort_against_a_difficulty_is_an_affirmation(text: str, context: str) -> None:
    assert classify(text, context).code == "affirm"


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # the difficulty is the parent's habit, or a feeling: no effort is named
        ("You keep smoking even though you know it's bad.", "I know, I know.", "affirm"),
        ("You're finding it hard even though he's sleeping better.", "I'm so tired.", "affirm"),
        ("Part of you showed up anyway.", "I almost cancelled.", "affirm"),
        ("You know your son best.", "I think he's just teething.", "emphasizing_autonomy"),
        ("Not every parent would agree with that.", "I think a smack is fine.", "affirm"),
        ("You're a new mum.", "I only had her in March.", "affirm"),
        # approval of the choice, not a strength named (the drills' rule)
        ("You did the right thing.", "I called the nurse line.", "affirm"),
        (
            "Keeping that brave face up all day leaves you nowhere to put the worry.",
            "I don't want the kids to know we're struggling.",
            "affirm",
        ),
    ],
)
def test_no_affirmation_without_a_strength_or_an_effort(text: str, context: str, code: str) -> None:
    c = classify(text, context)
    if code == "affirm":
        assert c.code != "affirm"
    else:
        assert c.code == code


def test_a_strength_beside_a_later_clause_of_feeling_is_still_a_reflection() -> None:
    c = classify(
        "You care a lot about her, and it's awful to feel stuck with something that might hurt.",
        "I don't want to give her the medicine.",
    )
    assert c.code == "complex_reflection"


def test_a_feeling_word_in_the_act_does_not_undo_the_affirmation() -> None:
    # "safe" is what the parent's plan does for the baby, not how the parent feels
    c = classify(
        "You did your homework and set up a careful way to keep her safe.",
        "I read up on which foods to start with and made a chart.",
    )
    assert c.code == "affirm"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Shall I jot them down with you, and then we can decide which to start with?", ""),
        ("Could we sit down and map out the week?", "Mornings are chaos."),
        ("What ideas do you have, and how we could make that happen?", ""),
        ("I'd really like to hear your theories first.", "I've got some theories about why."),
        ("I wonder if we could come up with a plan that fits your shifts.", "I work nights."),
        ("What would you like to get out of today's visit?", "I'm not sure."),
        ("Is there anything you'd like to add to the plan?", "That sounds good."),
        ("Which of these feels most doable for you?", "I could try the bath or the book."),
        ("How can I support you with that?", "I want to go back to school."),
    ],
)
def test_joint_work_with_the_helper_is_seeking_collaboration(text: str, context: str) -> None:
    assert classify(text, context or None).code == "seeking_collaboration"


def test_an_errand_with_we_stays_a_question() -> None:
    c = classify("Do you have the new date written down somewhere, or should we call?")
    assert c.code == "question"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Do you really think a two-year-old can understand that?", "I told him no dinner."),
        ("You can't be serious.", "I'm letting him sleep in the car seat."),
        ("Right, because that worked so well last time.", "I'll just tell her no."),
        ("That's not what you told me last time.", "I've never given her juice."),
        ("Just because you did it with your own kids doesn't make it right.", "It's sugar water."),
        ("Months stuck inside isn't fair on them.", "We haven't been out since the snow."),
        ("So handing her off is your way of getting out of it.", "I hand her back to her mum."),
        ("You're being overprotective.", "I won't let anyone else hold her."),
        ("Eight months and still nothing but milk is far too late, and you know it.", "Not yet."),
        ("You can't use the baby as an excuse every time.", "I skipped school this week."),
        ("Most parents manage to get to the appointments.", "I missed it again."),
    ],
)
def test_doubt_judgement_and_labels_are_confrontations(text: str, context: str) -> None:
    assert classify(text, context).code == "confront"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # the filler "you know" is not the accusing tag "and you know it"
        ("And, you know, it does come down to what works for you.", "Maybe it's not for me."),
        ("Do you really think about quitting?", "I want to stop someday."),
        ("Are you serious? They cut your hours again?", "They cut my hours again."),
    ],
)
def test_fillers_and_surprise_are_not_confrontations(text: str, context: str) -> None:
    assert classify(text, context).code != "confront"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("You'd do anything for her.", "I just want her to stop hurting."),
        ("Knowing it's a phase doesn't make it any easier right now.", "She'll grow out of it."),
    ],
)
def test_amplifying_what_the_parent_said_is_a_complex_reflection(text: str, context: str) -> None:
    assert classify(text, context).code == "complex_reflection"


# --------------------------------------------------------------------------- round 20


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Whatever else goes, her room stays warm.", "We only heat her room. We sit in coats."),
        (
            "Nobody in that meeting seemed to be thinking about your boy.",
            "The nursery manager was cold. She said they have to think of the other children.",
        ),
        (
            "The warehouse is where you know what you're doing, and home is where you most "
            "want to be good.",
            "I'm counting down to going back to work. Then I feel terrible for thinking it.",
        ),
    ],
)
def test_a_full_turn_said_in_other_words_is_a_complex_reflection(text: str, context: str) -> None:
    c = classify(text, context)
    assert c.code == "complex_reflection"
    assert any(e.rule == "adds_content" for e in c.evidence)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # a short turn: the new words more likely restate what was said before it
        ("Whatever else goes, her room stays warm.", "Yeah, I suppose."),
        # mostly the parent's own words
        ("Her room stays warm and you sit in coats.", "We only heat her room. We sit in coats."),
    ],
)
def test_new_words_after_a_short_turn_or_old_words_stay_simple(text: str, context: str) -> None:
    assert classify(text, context).code == "simple_reflection"


def test_what_the_parent_wishes_they_could_do_is_not_advice() -> None:
    c = classify(
        "You went to bed wishing you could take those words back.",
        "I told him off really harshly last night. He cried. I felt awful.",
    )
    assert c.behaviour == "reflection"
    assert classify("You could take those words back.").code == "persuade"


@pytest.mark.parametrize(
    "text",
    [
        "You've worked out a clever way to keep him getting your milk.",
        "You came up with a really creative solution.",
        "You've got a generous way of keeping her mum in the picture.",
    ],
)
def test_the_parents_own_idea_named_by_a_strength_is_an_affirmation(text: str) -> None:
    assert classify(text, "We keep a little diary for her.").code == "affirm"


def test_a_strength_worn_down_is_not_an_affirmation() -> None:
    c = classify(
        "Weeks without proper sleep have worn your patience right down.",
        "I snapped at my partner over nothing.",
    )
    assert c.code != "affirm"
    assert classify("Your patience with him is lovely.", "He takes ages.").code == "affirm"


@pytest.mark.parametrize(
    "text",
    [
        "Kinship carers can get an allowance from the council.",
        "Premature babies are measured by their corrected age.",
    ],
)
def test_a_kind_of_people_in_general_is_information(text: str) -> None:
    assert classify(text, "I pay for it all out of my pension.").code == "giving_information"


def test_people_already_known_are_not_people_in_general() -> None:
    assert classify("Both kids were up all night.", "Both of them woke up.").behaviour == (
        "reflection"
    )


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("There's no room for falling apart right now.", "I'm fine. I have to be, he needs me."),
        (
            "He needs you close all the time, and there's not much of you left over.",
            "He just never wants to be put down, ever.",
        ),
        ("There's no safe place for you and the kids right now.", "He comes back whenever."),
    ],
)
def test_what_is_missing_from_the_parents_life_is_not_information(text: str, context: str) -> None:
    assert classify(text, context).behaviour == "reflection"


@pytest.mark.parametrize(
    "text",
    [
        "There's no safe amount of alcohol in pregnancy.",
        "There's no charge for the group.",
        "There's a dads' group at the library on Thursday nights.",
    ],
)
def test_there_is_with_a_fact_stays_information(text: str) -> None:
    assert classify(text, "Is there anything for dads?").code == "giving_information"


@pytest.mark.parametrize(
    "text",
    [
        "You found the courage to let him see it, even when hiding it felt safer.",
        "You showed real patience with her.",
    ],
)
def test_a_strength_the_parent_found_or_showed_is_an_affirmation(text: str) -> None:
    assert classify(text, "I told my husband how bad it's been.").code == "affirm"


@pytest.mark.parametrize("text", ["You had the nerve to say that.", "You had control over it."])
def test_having_nerve_or_control_is_not_an_affirmation(text: str) -> None:
    assert classify(text).code != "affirm"


def test_for_her_sake_describing_the_parents_act_is_not_advice() -> None:
    c = classify(
        "Keeping things calm for her sake, even when you were fuming, shows how much you "
        "put her first.",
        "I walked out of the room so I wouldn't shout in front of her.",
    )
    assert c.code == "affirm"
    assert classify("You really need to quit, for her sake.").code == "persuade"


def test_pain_said_back_in_another_word_is_a_simple_reflection() -> None:
    assert classify("It's really painful.", "Breastfeeding hurts. Like, a lot.").code == (
        "simple_reflection"
    )
    assert classify("It's really painful.", "I keep trying to latch him.").code == (
        "complex_reflection"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Would you two be up for building the list together?",
        "What do you reckon we try first?",
        "How would you like to use our time today?",
        "You know her best, so what would you suggest we try?",
        "I'd love to work this out with you.",
    ],
)
def test_the_parents_idea_of_joint_work_is_seeking_collaboration(text: str) -> None:
    assert classify(text, "I don't know where to start with it all.").code == (
        "seeking_collaboration"
    )


# --------------------------------------------------------------------------- round 21


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("It was really thoughtful of you to ask his nan for the recipe.", "I asked his nan."),
        ("Telling her you were wrong takes real honesty.", "I said sorry to her."),
        ("Getting up for every feed, that's a lot of effort for him.", "I do all the feeds."),
        ("That sticker chart is such a clever way to get him brushing.", "We made a chart."),
        ("That's real planning on your part.", "I packed the bag the night before."),
        ("She's settling so well, and that's down to you.", "She sleeps better now."),
        ("Not ringing him back took everything you had.", "He called six times."),
        ("Ten minutes a night, and you keep at it.", "I read to her before bed."),
        ("You've kept it up all month.", "We still do bath, book, bed."),
        ("You told yourself you'd stop, and you've kept your word.", "Not one since June."),
        ("Two jobs and a newborn, and you make it work.", "Somehow we get by."),
        ("Stepping outside to breathe, that's you taking charge of it.", "I went outside."),
        ("He trusts you now because of how steady you've been.", "He let me hold him."),
        ("The picture timetable was your idea.", "I drew him pictures of the day."),
        ("Putting his cot by yours tells me you understand how scared he is.", "He's in our room."),
        ("Taking the TV out of the bedroom was your call, and you've stuck with it.", "No TV now."),
    ],
)
def test_an_effort_or_a_quality_credited_to_the_parent_is_an_affirmation(
    text: str, context: str
) -> None:
    assert classify(text, context).code == "affirm"


@pytest.mark.parametrize(
    "text",
    [
        "You're just down to your last couple of nappies.",
        "You're not sure how patient you can be with him tonight.",
        "It's your call.",
        "Something you could try is a warm bath.",
    ],
)
def test_look_alikes_of_credit_are_not_affirmations(text: str) -> None:
    assert classify(text, "I don't know.").code != "affirm"


def test_something_the_parent_found_is_not_a_suggestion() -> None:
    c = classify("You two found something you could both live with.", "We agreed on a bedtime.")
    assert c.code not in ("persuade", "persuade_with_permission")
    assert classify("Something you could both try is a later bedtime.").code == "persuade"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("And whose fault is that?", "I missed the appointment again."),
        ("Are you sure that's really true?", "I told them she sleeps through."),
        ("You two need to grow up.", "We argued in front of her again."),
        ("It doesn't look like you're taking this seriously.", "I missed two sessions."),
        ("Too busy for your own daughter.", "I've been busy, I haven't seen her."),
        ("You can't be serious. After everything he did?", "I might let him visit."),
    ],
)
def test_blame_doubt_and_disbelief_are_confrontations(text: str, context: str) -> None:
    assert classify(text, context).code == "confront"


def test_a_question_after_a_judgement_is_still_asked() -> None:
    # an inverted question keeps the utterance a question; only an echo does not
    c = classify("That's not okay. Is he sleeping on his back now?", "He sleeps on his front.")
    assert c.code == "question"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("That's a careless thing to do.", "confront"),
        ("You're worried you were careless that night.", "complex_reflection"),
        ("You're still answering him? What are you thinking?", "confront"),
        ("What are you thinking of trying next?", "question"),
    ],
)
def test_a_label_or_a_bare_what_are_you_thinking_rebukes(text: str, code: str) -> None:
    assert classify(text, "I left the gate open and he got out.").code == code


@pytest.mark.parametrize(
    "text", ["Oh wow, brilliant news!", "Right, lovely.", "Hiya!", "Oh, thank you, that's lovely."]
)
def test_delight_greetings_and_thanks_are_other(text: str) -> None:
    assert classify(text, "We got the keys to the new flat today!").code == "other"


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("Up all night with him, and you still made it to the group.", True),
        ("That's come from all the practice you've put in.", True),
        ("She said rest, and you've still got two kids to look after.", False),
        ("You've had a rough week, and you still feel awful.", False),
        ("He hit you, and you still went back to him.", False),
        ("You were told no, and you still did it.", False),
        ("He was screaming, and you still made it worse by shouting.", False),
        ("Nights up with her, and you still found time to read to him.", True),
    ],
)
def test_a_task_done_after_a_hard_time_is_credited(text: str, credited: bool) -> None:
    code = classify(text, "It's been a really long week with the baby.").code
    assert (code == "affirm") is credited


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("You're working so hard to keep her routine going.", "affirm"),
        ("You've kept on practising every night.", "affirm"),
        ("Those lullabies are passing on something precious.", "affirm"),
        (
            "You learned his tube feeds so you could bring him home, that shows real commitment.",
            "affirm",
        ),
        ("You moved the cot so you could hear her at night.", "simple_reflection"),
        ("It's getting late, so you could put her down now.", "persuade"),
        ("That was a thoughtful way to include him. You know your son.", "affirm"),
        ("You know your son.", "emphasizing_autonomy"),
    ],
)
def test_effort_named_and_its_purpose_are_not_advice(text: str, code: str) -> None:
    assert classify(text, "I've been doing what I can for him.").code == code


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("That's kind of you to offer.", True),
        ("It's kind of, you know, hard to say no to her.", False),
        ("If you keep that up, she'll stop telling you things.", False),
        ("That tells me you get angry fast.", False),
    ],
)
def test_credit_phrases_do_not_catch_hedges_or_warnings(text: str, credited: bool) -> None:
    assert (classify(text, "I keep saying yes to everything.").code == "affirm") is credited


# --------------------------------------------------------------------------- round 22


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("It shows how much you're hurting.", "simple_reflection"),
        ("That shows how much you've been struggling.", "complex_reflection"),
        ("It shows how much you love her.", "affirm"),
        ("Keeping calm for her sake shows how much you put her first.", "affirm"),
    ],
)
def test_how_much_the_parent_hurts_is_said_back_not_credited(text: str, code: str) -> None:
    assert classify(text).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Every day you get up and look after her, even when you're exhausted.", "reflection"),
        ("Every day you're up at five with him.", "reflection"),
        ("Every day, babies learn new words from the voices around them.", "therapist_input"),
        ("Each day you wait makes it harder to quit.", "therapist_input"),
    ],
)
def test_every_day_before_you_is_the_parents_own_day(text: str, code: str) -> None:
    assert classify(text, "I'm so tired all the time.").behaviour == code


def test_each_day_you_wait_is_a_warning() -> None:
    assert classify("Each week you put it off, it gets harder.").code == "persuade"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("You've really got to know her over these weeks.", "simple_reflection"),
        ("You've got to know each other so well.", "simple_reflection"),
        ("You've got to know the signs of dehydration.", "persuade"),
        ("You've got to keep her away from the smoke.", "persuade"),
    ],
)
def test_got_to_know_a_person_is_coming_to_know_them(text: str, code: str) -> None:
    assert classify(text, "I can tell when she's hungry now.").code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Do you really think leaving him with a fifteen-year-old is okay?", "confront"),
        ("So, do you honestly think smoking in the car is fine?", "confront"),
        ("Do you think giving him a bottle at night would help?", "question"),
        ("Do you really think about leaving?", "question"),
        ("Do you really think nothing will change?", "question"),
    ],
)
def test_a_choice_doubted_with_do_you_really_think_rebukes(text: str, code: str) -> None:
    assert classify(text, "My sister's boy minds him when I'm at work.").code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("What would make the mornings easier for you?", "seeking_collaboration"),
        (
            "If we could take one thing off your plate, which one would you pick?",
            "seeking_collaboration",
        ),
        ("What sort of things would you like to try at home?", "seeking_collaboration"),
        (
            "Which parts of his care would you most like to start doing yourself?",
            "seeking_collaboration",
        ),
        ("What kind of help would feel right to you?", "seeking_collaboration"),
        ("Where do you feel is the right place for us to begin?", "seeking_collaboration"),
        ("Would you like to pick which of those we start with?", "seeking_collaboration"),
        ("What would you do if he hit you again?", "question"),
        ("What would make you start smoking again?", "question"),
        ("What did you try last time?", "question"),
        ("What number would you pick, from 0 to 10?", "question"),
        ("What ideas did the nurse give you?", "question"),
        ("What kind of support could you get from your mum?", "question"),
    ],
)
def test_asking_for_the_parents_ideas_on_what_to_do_seeks_collaboration(
    text: str, code: str
) -> None:
    assert classify(text, "Mornings are a total scramble with the two of them.").code == code


@pytest.mark.parametrize(
    ("text", "sought"),
    [
        ("Tell me what you think would make bedtime easier.", True),
        ("I'd really like your take on what would help here.", True),
        ("I'm interested in what ideas you've already had.", True),
        ("I'd be glad to think it through with you.", True),
        ("Let me know which bits you'd like to learn first, and we'll go from there.", True),
        ("We could try the bus route together one day, if that would help.", True),
        ("I know what would help: an earlier bedtime.", False),
        ("I'll tell you what would help.", False),
        ("I'm going to share a leaflet with you.", False),
        ("If we did decide to work together, it would be on Tuesdays.", False),
    ],
)
def test_the_parents_ideas_sought_in_a_statement(text: str, sought: bool) -> None:
    code = classify(text, "I just don't know where to start with it all.").code
    assert (code == "seeking_collaboration") is sought


@pytest.mark.parametrize(
    "text",
    [
        "Right, I'll just sign off this visit sheet.",
        "I'll leave the leaflets on the side here for you.",
        "Sorry, that's my phone buzzing, I'll switch it off.",
        "My car's on the double yellows, so I'll be quick today.",
        "Gosh, it's pouring out there, I'm soaked through.",
        "Right, I think that's us done for today.",
        "Oh, I'm so pleased to hear that!",
        "Happy birthday for yesterday, by the way!",
    ],
)
def test_the_visits_own_running_and_shared_news_are_other(text: str) -> None:
    assert classify(text, "Yeah, that's fine.").code == "other"


def test_switching_something_off_at_bedtime_is_still_advice() -> None:
    assert classify("Just switch it off at bedtime.").code == "persuade"


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        (
            "Six changes a day, and you're wondering if it'll ever end.",
            "Six outfits a day. The washing machine never stops.",
            "complex_reflection",
        ),
        (
            "That's at least 12 drinks a week.",
            "Usually three drinks and glasses of wine.",
            "giving_information",
        ),
        (
            "Four on, four off, so just as you adjust to one world it's time to switch back.",
            "I work four nights on, four off.",
            "complex_reflection",
        ),
        (
            "Four on, four off, so you work four nights and then four off.",
            "I work four nights on, four off.",
            "simple_reflection",
        ),
    ],
)
def test_the_parents_own_numbers_said_back_and_extended(text: str, context: str, code: str) -> None:
    assert classify(text, context).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("So how could you and the childminder land on a routine?", "question"),
        ("How could you leave her with him?", "confront"),
        ("It's worth switching to time-in instead.", "persuade"),
    ],
)
def test_joint_planning_is_no_rebuke_and_worth_switching_is_advice(text: str, code: str) -> None:
    assert classify(text, "He says a tap on the hand never hurt anyone.").code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("It can scald her mouth, so please stand the bottle in hot water instead.", "persuade"),
        ("If it gets worse, please call the GP straight away.", "persuade"),
        ("Please let me know if anything changes.", "giving_information"),
        ("He asked her to please stop.", "simple_reflection"),
        ("You said please stop shouting.", "simple_reflection"),
    ],
)
def test_please_before_an_order_later_in_the_sentence_advises(text: str, code: str) -> None:
    assert classify(text, "He asked her to please stop shouting.").code == code


# --------------------------------------------------------------------------- round 23


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        (
            "The health visitor can come to the flat, so give her a ring tomorrow.",
            "I can't face the clinic with both of them.",
            "persuade",
        ),
        (
            "A warm bath, a story, then the light off, stick to that for a week.",
            "Bedtime is a fight every single night.",
            "persuade",
        ),
        (
            "After a drink, put him in his own cot beside you instead.",
            "Some nights I've had a glass of wine and he ends up in with me.",
            "persuade",
        ),
        # a verb that shares the first clause's subject, or an option in a list
        (
            "You'd move house, change jobs, if it meant she was safe.",
            "I'd do anything to keep her away from him.",
            "complex_reflection",
        ),
        (
            "Whether you stop, cut down or, you know, leave it for now, that's up to you.",
            "I don't know what to do about the smoking.",
            "emphasizing_autonomy",
        ),
        ("Sure, take your time, I'll wait here.", "Hang on, let me find her red book.", "other"),
        ("No worries, take your time.", "Sorry, I need a minute, she's crying.", "other"),
        # the steps the parent asked for
        (
            "The form's at the front desk; bring her red book and your letter.",
            "How do I get her registered at the new surgery?",
            "giving_information",
        ),
    ],
)
def test_an_order_opening_a_later_clause_advises(text: str, context: str, code: str) -> None:
    assert classify(text, context).code == code


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        (
            "Moving her bath earlier would make the evenings a lot calmer.",
            "She's wired at bedtime, we're up till ten.",
            "persuade",
        ),
        (
            "Once you start reading with him at night, you'll see a difference.",
            "He won't sit still for anything.",
            "persuade",
        ),
        (
            "It's time to move her into her own room, while she's still small.",
            "She's still in with us at eight months.",
            "persuade",
        ),
        (
            "A childminder would suit him much better than a big nursery.",
            "We're looking at the nursery on the high street.",
            "persuade",
        ),
    ],
)
def test_a_change_argued_for_by_its_payoff_advises(text: str, context: str, code: str) -> None:
    assert classify(text, context).code == code


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Moving her bath earlier would make the evenings calmer, you're hoping.",
            "I think moving her bath earlier might calm the evenings down.",
        ),
        (
            "Part of you knows it's time to cut back, and part of you loves Fridays.",
            "I know I drink too much on Fridays, but it's my night.",
        ),
    ],
)
def test_the_parents_own_plan_or_knowledge_said_back_reflects(text: str, context: str) -> None:
    assert classify(text, context).behaviour == "reflection"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ten a day with a baby in the house is nothing to be proud of.", "confront"),
        ("That's a pretty poor excuse for missing her jabs.", "confront"),
        ("Stopping at two weeks is giving up too easily.", "confront"),
        ("Other new mums manage to get to the clinic on the bus.", "confront"),
        ("It feels like what you want doesn't count for much at home.", "complex_reflection"),
    ],
)
def test_judging_the_parents_reason_or_act_confronts(text: str, code: str) -> None:
    assert classify(text, "I just don't have the energy for it.").code == code


@pytest.mark.parametrize(
    "text",
    [
        "You thought ahead and made a tough call for his sake.",
        "You've planned the move really carefully.",
        "You put in hours reading to her every night.",
        "Even exhausted, you're finding the energy to take her to the park.",
        "Keeping that diary shows how committed you are to getting it right.",
    ],
)
def test_forethought_and_effort_credited_affirm(text: str) -> None:
    assert classify(text, "I've been trying to keep on top of everything.").code == "affirm"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("That's putting the hoovering ahead of your daughter.", "confront"),
        ("So your lie-in comes before her breakfast?", "confront"),
        ("And you think the cold air clears the smoke out, do you?", "confront"),
        ("How would you even know, from the kitchen?", "confront"),
        ("Isn't that what every parent says until something happens?", "confront"),
        ("Even in the rain, you're putting his lungs ahead of your own comfort.", "affirm"),
    ],
)
def test_priorities_judged_and_beliefs_echoed_in_disbelief(text: str, code: str) -> None:
    assert classify(text, "I smoke by the back door, it's fine.").code == code


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        (
            "My suggestion is to take your sister along to the appointment.",
            "Go on then, tell us what you think.",
            "persuade_with_permission",
        ),
        (
            "I'd try two short mornings at the nursery first.",
            "You can say what you think, honestly.",
            "persuade_with_permission",
        ),
        (
            "Ring the midwife today, before you decide anything about stopping.",
            "It hurts every time she latches.",
            "persuade",
        ),
        (
            "Expressing at work is easier than people think, and it'd let you keep going.",
            "I'll have to stop feeding when I go back to work.",
            "persuade",
        ),
    ],
)
def test_advice_named_or_asked_for_and_no_say_given(text: str, context: str, code: str) -> None:
    assert classify(text, context).code == code


# --------------------------------------------------------------------------- round 24: speed


@pytest.mark.parametrize(
    "text",
    [
        "wh-what did she say",
        "Wh-- what did she say",
        "and b- but then",
        "I was, th-that's it",
        "mm-hmm",
        "uh-huh, yeah",
        "her well-being",
        "a two-year-old",
        "ab-abc",
        "abcd-abcde",
        "x-y",
        "I-I don't know",
        "so- so-so",
    ],
)
def test_the_hyphen_anchored_cut_off_test_agrees_with_the_general_pattern(text: str) -> None:
    from alliance_tutor.feedback.classifier import _CUT_OFF_RE, _has_cut_off

    assert _has_cut_off(text) == (_CUT_OFF_RE.search(text) is not None)


def test_a_cut_off_word_is_dropped_and_a_hyphenated_one_kept() -> None:
    from alliance_tutor.feedback.classifier import _tokens

    assert _tokens("Wh-what did the nurse say?") == ["what", "did", "the", "nurse", "say"]
    assert _tokens("Mm-hmm, her well-being") == ["mm", "hmm", "her", "well", "being"]


def test_a_remembered_backchannel_keeps_its_own_sentence_number() -> None:
    from alliance_tutor.feedback.classifier import Evidence

    first = classify("Okay. So the nights are the hardest part.")
    later = classify("So the nights are the hardest part. Okay.")
    assert first.sentences[0].evidence == (Evidence("backchannel", "okay", 0),)
    assert later.sentences[1].evidence == (Evidence("backchannel", "okay", 1),)
    assert (later.sentences[1].text, later.sentences[1].code) == ("Okay.", "other")
    assert later.code == first.code


def test_a_short_prompt_to_go_on_is_not_taken_for_a_backchannel() -> None:
    for _ in range(2):  # the second time from what was remembered
        c = classify("And then?")
        assert c.code == "question"
        assert "backchannel" not in rules(c)


# --------------------------------------------------------------------------- round 24


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            "I told the health visitor I'm in recovery. I was scared she'd report me.",
            "Being honest about your recovery, even when frightened, shows real integrity.",
        ),
        (
            "I've gone on a course about trauma so I can understand why he flinches.",
            "Doing that course goes way beyond what anyone asked of you.",
        ),
        (
            "I spoke to the nursery about his speech before they mentioned it.",
            "You're really on top of his development.",
        ),
        (
            "I learned to do her tube feeds myself.",
            "Those tube feeds are a real skill, and you've mastered them.",
        ),
        (
            "I asked Tom to let me handle discipline for now.",
            "You thought hard about what the kids need from a new adult.",
        ),
        (
            "I listen to Mum, but with the sleeping I've gone with what the nurse said.",
            "You're trusting your own judgement on the sleep.",
        ),
        (
            "I'm taking English classes at the library.",
            "You're building a future here for both of you.",
        ),
    ],
)
def test_mastery_judgement_and_effort_beyond_what_was_asked_affirm(context: str, text: str) -> None:
    c = classify(text, context)
    assert c.code == "affirm", c.evidence


def test_a_hard_thing_done_credited_at_the_sentence_close_affirms() -> None:
    c = classify(
        "Holding down a new job and the pick-ups takes a lot of juggling, and you're doing it.",
        "I got my first payslip yesterday. I'm still doing pick-ups.",
    )
    assert c.code == "affirm"
    assert "and you're doing it" in {e.words for e in c.evidence}


def test_the_act_done_without_a_difficulty_named_or_with_a_reason_after_is_not_credited() -> None:
    # "risky" is no hardship overcome; a reason after "doing it" is said back
    assert classify("You knew it was risky, and you did it.").code != "affirm"
    c = classify(
        "Holding all that back is costing you something, and you're doing it because you want "
        "to keep the peace with her.",
        "I keep the peace.",
    )
    assert c.code == "complex_reflection"


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            "He was in the unit for nine weeks. Now he's home and there are no monitors.",
            "Home, and suddenly the safety net is gone.",
        ),
        (
            "He bites, and then five minutes later he wants a cuddle.",
            "From storm to sunshine in five minutes, and you're left with the whiplash.",
        ),
        (
            "The landlord's put the rent up again and the boiler still isn't fixed.",
            "Paying more for less, and no say in it.",
        ),
    ],
)
def test_an_image_of_the_parents_situation_makes_a_reflection_complex(
    context: str, text: str
) -> None:
    c = classify(text, context)
    assert (c.code, c.reflection_type) == ("complex_reflection", "complex")


def test_a_cost_to_the_parents_life_is_not_a_price() -> None:
    c = classify(
        "Protecting her sleep, even at the cost of yours.",
        "I do the two a.m. feed so she can sleep. Then I'm at work by seven.",
    )
    assert c.behaviour == "reflection"
    price = classify(
        "The course will cost about forty pounds, and it runs for six weeks.",
        "What does the course involve?",
    )
    assert price.code == "giving_information"


def test_always_before_a_gerund_describes_rather_than_orders() -> None:
    c = classify(
        "Always choosing, and somebody always waiting.",
        "When one cries the other starts. I'm never sure who to pick up first.",
    )
    assert c.behaviour == "reflection"
    assert classify("Always put her down on her back.").code == "persuade"


def test_what_the_parent_knows_is_not_the_helpers_news() -> None:
    c = classify(
        "Knowing it's normal helps your head, but it doesn't stop the sting.",
        "She keeps saying send him back. I know it's normal but it still gets to me.",
    )
    assert c.behaviour == "reflection"
    assert classify("It's normal for babies to wake at night at this age.").code == (
        "giving_information"
    )


def test_not_the_same_as_in_an_answer_stays_information() -> None:
    c = classify(
        "Your breast milk is not the same as formula; it changes as she grows.",
        "Is formula the same as breast milk?",
    )
    assert c.code == "giving_information"


# --------------------------------------------------------------------------- round 25


@pytest.mark.parametrize(
    "text",
    [
        "Say a bit more about what bedtime is like.",
        "Okay. Say a little more about the mornings.",
    ],
)
def test_say_a_bit_more_invites_the_parent_to_talk(text: str) -> None:
    c = classify(text, "Bedtime is a battle most nights.")
    assert (c.code, c.question_type) == ("question", "open")


def test_effort_put_in_with_an_intensifier_is_affirmed() -> None:
    c = classify(
        "You've put huge effort into learning to use his feeding tube.",
        "I practised with the nurse every day before they let him come home.",
    )
    assert c.code == "affirm"


def test_together_as_company_is_no_joint_work() -> None:
    asked = classify(
        "Could you tell me how the girls get on when they're together?",
        "Her sister's been staying with us since the baby came.",
    )
    assert (asked.code, asked.question_type) == ("question", "open")
    joint = classify(
        "I'd like us to go through the feeding chart side by side this week.",
        "I never know if I've written it down right.",
    )
    assert joint.code == "seeking_collaboration"


def test_a_tag_checking_a_number_the_parent_did_not_say_is_a_closed_question() -> None:
    new_fact = classify("Amira's three now, isn't she?", "Amira keeps hitting the baby.")
    assert (new_fact.code, new_fact.question_type) == ("question", "closed")
    assert any(e.rule == "fact_checked" for e in new_fact.evidence)
    said_back = classify("You're up three times a night, right?", "I'm up three times a night.")
    assert said_back.behaviour == "reflection"


def test_an_information_phrase_the_parent_said_first_is_said_back() -> None:
    c = classify(
        "On her back, every single time.",
        "The midwife told us babies sleep on their backs, so that's what we do.",
    )
    assert c.behaviour == "reflection"
    asked = classify("On her back, every single time.", "How should she be lying to sleep?")
    assert asked.code == "giving_information"


def test_one_side_against_another_is_a_double_sided_reflection() -> None:
    c = classify(
        "Your heart says one thing and the health visitor's chart says another.",
        "The chart says he should be sleeping through, but I can't leave him to cry.",
    )
    assert (c.code, c.reflection_type) == ("complex_reflection", "complex")
    assert classify("One thing that helps is a warm bath before bed.").code == (
        "giving_information"
    )


def test_a_feeling_about_the_parent_after_a_rhetorical_question_is_a_reflection() -> None:
    c = classify(
        "Work matters to you, and right now the nursery fees feel like a locked door.",
        "I want to go back to work, but how am I supposed to pay for nursery?",
    )
    assert c.behaviour == "reflection"
    answer = classify(
        "Around eight months you may find goodbyes feel harder for her.",
        "Why has she started crying when I leave?",
    )
    assert answer.code == "giving_information"


def test_every_day_at_the_end_of_the_parents_life_said_back_is_no_fact() -> None:
    c = classify(
        "Which leaves you waiting for the letter every day.",
        "The housing office still hasn't said if we can stay.",
    )
    assert c.behaviour == "reflection"
    assert classify("Babies need some tummy time every day.").code == "giving_information"


def test_a_plan_that_would_feel_right_asks_for_the_parents_ideas() -> None:
    c = classify(
        "So for the evenings, what kind of routine would feel right to you?",
        "I want a routine but I hate the idea of a strict schedule.",
    )
    assert c.code == "seeking_collaboration"


@pytest.mark.parametrize(
    ("context", "text"),
    [
        ("We've not left the flat since Sunday.", "The four walls are closing in."),
        (
            "I had the twins and then my mum moved away.",
            "Losing her help right when you need it most.",
        ),
        ("Everyone says I'll be like my dad.", "Somewhere in you there's a different dad."),
        (
            "He's into everything now, all day long.",
            "He's exploring the world and it's wearing you out.",
        ),
        ("I stopped smoking but after dinner I want one.", "After dinner the pull is strongest."),
    ],
)
def test_images_and_amplifications_make_a_reflection_complex(context: str, text: str) -> None:
    c = classify(text, context)
    assert (c.code, c.reflection_type) == ("complex_reflection", "complex")


@pytest.mark.parametrize(
    "text",
    [
        "I'd get her checked at the clinic this week.",
        "Honestly, I'd just wait until the rash settles before trying the new cream.",
    ],
)
def test_what_the_helper_would_do_said_as_the_plan_is_advice(text: str) -> None:
    assert classify(text, "She's got a rash again on her cheeks.").code == "persuade"


def test_i_would_with_a_verb_of_thought_or_liking_is_no_advice() -> None:
    assert classify("I'd say that's pretty normal for his age.").code != "persuade"
    assert classify("I'd love to hear more about that.").code == "question"


def test_a_role_taken_seriously_is_affirmed() -> None:
    c = classify(
        "You're taking being his big sister's carer seriously.",
        "I do her bottles and her bath when mum's at work.",
    )
    assert c.code == "affirm"


@pytest.mark.parametrize(
    "text",
    [
        "You're thinking about how the move looks from his side.",
        "You two are looking after each other as well as the baby.",
        "You've really thought about making the first day easier for her.",
    ],
)
def test_the_childs_view_and_care_for_each_other_are_affirmed(text: str) -> None:
    assert classify(text, "We've been getting ready for nursery for weeks.").code == "affirm"


def test_a_what_clause_as_a_subject_is_no_question_without_a_question_mark() -> None:
    c = classify("What's offered depends on the council you live in.")
    assert c.code != "question"
    assert classify("What's changed since the last visit?").question_type == "open"


def test_a_long_summary_is_a_complex_reflection() -> None:
    context = (
        "Her physio is on Monday and speech is on Wednesday. I've dropped my hours at work. "
        "And her brother says I'm always out."
    )
    text = (
        "So physio on Monday, speech on Wednesday, and fewer hours at work. "
        "You've dropped your hours to fit the appointments in. "
        "And her brother is telling you you're always out, and with all the driving "
        "between the clinics and work there isn't much of the week left for him."
    )
    c = classify(text, context)
    assert (c.code, c.reflection_type) == ("complex_reflection", "complex")
    assert any(e.rule == "summary" for e in c.evidence)


def test_knowing_what_was_needed_and_doing_it_is_affirmed() -> None:
    c = classify(
        "You knew what she needed and you did it.",
        "I took her to the walk-in centre even though my mum said to wait.",
    )
    assert c.code == "affirm"
    assert classify("You knew it was risky, and you did it.").code != "affirm"


def test_a_plan_made_between_us_is_joint_work() -> None:
    c = classify("Let's go through the forms next week and come up with a plan between us.")
    assert c.code == "seeking_collaboration"


def test_a_limit_put_in_an_image_makes_a_reflection_complex() -> None:
    c = classify(
        "And that's become your line in the sand.",
        "I missed his first steps because I was drinking. Never again.",
    )
    assert (c.code, c.reflection_type) == ("complex_reflection", "complex")


# --------------------------------------------------------------------------- round 26


def test_a_reflection_in_new_words_of_a_full_turn_is_complex_from_four_of_them() -> None:
    context = "She's at the childminder all day now and I'm back at the office full time."
    c = classify("Weekday mornings turn into a sprint.", context)
    assert (c.code, c.reflection_type) == ("complex_reflection", "complex")
    assert any(e.rule == "adds_content" for e in c.evidence)
    # the parent's own words said back stay simple
    said_back = classify("She's at the childminder all day, and you're back full time.", context)
    assert said_back.reflection_type == "simple"


@pytest.mark.parametrize(
    "text",
    [
        "Who you tell, and when, is completely in your hands.",
        "How you feed your baby is your business.",
        "That's between you and your partner.",
        "You set the pace on this.",
        "Nobody else gets a vote on how your nights go.",
        "You two get to shape how bedtime goes.",
        "You're allowed to say what you are and aren't comfortable with.",
        "Whether to move or stay is yours to weigh up.",
        "Who minds her is a decision for you and your partner.",
    ],
)
def test_the_say_given_to_the_parent_in_other_words_emphasises_autonomy(text: str) -> None:
    assert classify(text, "My mum has opinions about all of it.").code == "emphasizing_autonomy"


def test_knowing_better_than_anyone_is_the_parents_say_not_a_rebuke() -> None:
    context = "Daycare wants him out of nappies. I don't think he's ready."
    c = classify("You're his dad; you know better than anyone whether he's ready.", context)
    assert c.code == "emphasizing_autonomy"
    assert classify("You know better than that.", context).code == "confront"


def test_a_who_clause_as_a_subject_is_no_question_without_a_question_mark() -> None:
    assert classify("Who picks her up is something you two can sort out.").code != "question"
    asked = classify("Who picks her up from nursery?")
    assert (asked.code, asked.question_type) == ("question", "closed")


def test_advice_after_the_parent_asks_how_is_given_with_permission() -> None:
    c = classify(
        "If it were me, I'd start with how much her help means to you.",
        "My mum keeps putting cereal in his bottle. How do I even bring it up with her?",
    )
    assert c.code == "persuade_with_permission"
    unasked = classify(
        "If it were me, I'd start with how much her help means to you.",
        "My mum keeps putting cereal in his bottle.",
    )
    assert unasked.code == "persuade"


@pytest.mark.parametrize(
    "context",
    ["Which one would you go for?", "I'm going back in May. Any thoughts?"],
)
def test_the_helpers_pick_asked_for_makes_advice_permitted(context: str) -> None:
    c = classify("I'd go for the childminder, because it's the same face every day.", context)
    assert c.code == "persuade_with_permission"


def test_okay_if_i_asks_permission() -> None:
    c = classify("Okay if I share a few things?", "I'd like to know what's normal for his age.")
    assert (c.code, c.question_type) == ("seeking_collaboration", "closed")


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Like a spare part.",
            "At the clinic they all talk to her. I just sit there with the bag.",
        ),
        ("Like you're failing her each time.", "She cries through every feed. I dread it now."),
    ],
)
def test_a_reflection_opening_on_like_is_a_simile(text: str, context: str) -> None:
    c = classify(text, context)
    assert (c.code, c.reflection_type) == ("complex_reflection", "complex")


def test_like_as_a_filler_or_a_plain_comparison_is_no_simile() -> None:
    assert classify("Like you are now.", "I'm fine now, mostly.").reflection_type == "simple"
    filler = classify("Like, you know, you've had a lot on.", "I've had a lot on.")
    assert not any(e.rule == "adds_meaning" for e in filler.evidence)


@pytest.mark.parametrize("text", ["Big in what sense?", "Weird in what way?"])
def test_a_word_echoed_with_in_what_way_is_an_open_question(text: str) -> None:
    c = classify(text, "Things have felt big and weird since the baby came.")
    assert (c.code, c.question_type) == ("question", "open")
    assert classify("Since when?", "He's stopped napping.").question_type == "closed"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Mm, nothing left in the tank.", "I'm up every two hours. I just stare at the wall."),
        ("A long way from who you were.", "Back home I was a nurse. Here I clean offices."),
        ("Trying to be in two places at once.", "I emailed my boss at two while feeding her."),
        ("And that frightens you.", "I love her. I just don't feel anything when I hold her."),
        ("Mortified.", "He screamed in the shop and everyone stared. I just walked out."),
    ],
)
def test_short_reflections_that_add_a_feeling_or_an_image_are_complex(
    text: str, context: str
) -> None:
    c = classify(text, context)
    assert (c.code, c.reflection_type) == ("complex_reflection", "complex")


@pytest.mark.parametrize(
    "text", ["You've really put the work in.", "You pushed yourself to get to the group."]
)
def test_the_work_put_in_is_affirmed(text: str) -> None:
    assert classify(text, "I went to the baby group today, like we said.").code == "affirm"


@pytest.mark.parametrize(
    "text",
    ["I'm proud of you too.", "Yay! I'm so pleased for you!", "Aww, look at that!", "Lovely, ta."],
)
def test_gladness_thanks_and_exclamations_are_other(text: str) -> None:
    assert classify(text, "We got the flat! And look, his first tooth.").code == "other"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Check-ups with the health visitor are free.", "giving_information"),
        ("Never enough of you to go round.", "simple_reflection"),
        ("Check his temperature tonight.", "persuade"),
    ],
)
def test_a_hyphenated_noun_or_never_enough_is_no_order(text: str, code: str) -> None:
    assert classify(text, "I've got the twins and nobody to help.").code == code


def test_a_decision_made_is_said_back_not_given() -> None:
    c = classify(
        "You've made your decision, and you'd like your mum to see it as a choice.",
        "I've decided I'm staying home with her this year. My mum thinks I'm wasting my degree.",
    )
    assert c.code in ("simple_reflection", "complex_reflection")
    assert classify("The decision is yours to make.").code == "emphasizing_autonomy"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Hearing your dad in your voice.", "I said I'd never shout like my dad. Then I shouted."),
        ("Gathering yourself before walking in.", "I sit in the car for ten minutes first."),
    ],
)
def test_the_parents_experience_named_as_an_act_is_a_complex_reflection(
    text: str, context: str
) -> None:
    c = classify(text, context)
    assert (c.code, c.reflection_type) == ("complex_reflection", "complex")


def test_an_act_said_back_in_the_parents_words_stays_simple() -> None:
    c = classify("Feeding her every two hours.", "I'm feeding her every two hours, day and night.")
    assert (c.code, c.reflection_type) == ("simple_reflection", "simple")


def test_a_feeling_allowed_is_no_say_given() -> None:
    c = classify("You're allowed to feel angry about it.", "I'm so angry with her for leaving.")
    assert c.code != "emphasizing_autonomy"


# --------------------------------------------------------------------------- round 27


@pytest.mark.parametrize(
    "text",
    [
        "Are you even trying?",
        "Did you even read the letter from the nursery?",
        "Do you have any idea how dangerous that is?",
        "Why on earth would you leave him with her?",
        "How can you say that about your own son?",
        "Since when is that okay?",
        "You call that safe?",
        "What kind of mother leaves a toddler in the bath?",
        "Don't you care what happens to her?",
        "Are you seriously telling me he fell off the sofa?",
        "Is that really the best you can do?",
        "Do you hear yourself?",
        "Who are you trying to convince, me or yourself?",
        "So what's the excuse this time?",
        "What did you expect them to do?",
        "How would you live with yourself if something happened?",
        "Why do you always have an answer ready?",
        "Why keep lying to me about it?",
        "Isn't it convenient that she always falls at your mum's?",
    ],
)
def test_a_question_that_accuses_is_a_confrontation(text: str) -> None:
    assert classify(text, "It wasn't my fault. She was fine anyway.").code == "confront"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Did you even get any sleep?", "He was up all night again."),
        ("Why would you want to change that?", "Honestly, the bottle works for us."),
        ("How can you tell he's hungry?", "I just know when he wants feeding."),
        ("Since when has she been walking?", "She's walking now!"),
    ],
)
def test_the_same_words_asked_kindly_stay_questions(text: str, context: str) -> None:
    assert classify(text, context).code == "question"


def test_asking_for_the_parents_idea_is_no_accusation() -> None:
    c = classify("Have you any idea what might help?", "I don't know what to do with his sleep.")
    assert c.code == "seeking_collaboration"


@pytest.mark.parametrize(
    "text",
    ["Mostly isn't good enough when she's breathing it in.", "That just isn't good enough."],
)
def test_something_judged_not_good_enough_confronts(text: str) -> None:
    assert classify(text, "I smoke by the back door, mostly.").code == "confront"


def test_owning_a_fault_without_excuses_is_affirmed() -> None:
    c = classify(
        "You're owning it without making excuses, and that says a lot about you.",
        "I was the one who shouted at him. I shouldn't have.",
    )
    assert c.code == "affirm"
    assert classify("You're just making excuses.", "I was too tired to go.").code == "confront"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Not important? How is that not important?", "I missed the group. It's not important."),
        ("Safe? It isn't safe at all.", "The stair gate's broken but it's safe enough."),
        ("Clean all week? Then why did the test come back positive?", "I've been clean all week."),
    ],
)
def test_the_parents_own_word_echoed_then_disputed_is_a_confrontation(
    text: str, context: str
) -> None:
    c = classify(text, context)
    assert c.code == "confront"
    assert any(e.rule == "disputes_echo" for e in c.evidence)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Different? How is it different?", "It's different with my second."),
        ("Safe? It doesn't feel safe to you.", "It's safe enough, I guess."),
        ("Tired? How tired?", "I'm just tired all the time."),
    ],
)
def test_an_echo_followed_by_a_real_question_or_a_feeling_is_no_dispute(
    text: str, context: str
) -> None:
    c = classify(text, context)
    assert c.code != "confront"


@pytest.mark.parametrize(
    "text",
    [
        "Shouldn't you just stop buying them?",
        "Couldn't you book the later appointment?",
        "So, can't you just ask your mum to have him?",
        "Wouldn't it be easier to put the cot in your room?",
    ],
)
def test_a_negative_question_pressing_a_step_is_a_suggestion(text: str) -> None:
    c = classify(text, "I can't get to the clinic in the mornings.")
    assert c.code == "persuade"
    assert any(e.rule == "suggestion_as_question" for e in c.evidence)


@pytest.mark.parametrize(
    "text",
    ["Can't you sleep?", "Couldn't you sleep last night?", "Shouldn't you have been told?"],
)
def test_a_negative_question_about_the_parent_asks(text: str) -> None:
    assert classify(text, "I'm up every night at three.").code == "question"


@pytest.mark.parametrize(
    "text", ["Sure, go ahead.", "Sure, go ahead, I'll wait here.", "No problem, go ahead."]
)
def test_leave_given_to_step_away_is_other(text: str) -> None:
    assert classify(text, "Let me just change her nappy first.").code == "other"


def test_go_ahead_and_act_is_still_advice() -> None:
    assert classify("Go ahead and ring them today.", "Should I call the GP?").code in (
        "persuade",
        "persuade_with_permission",
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("You cry in the shower, so the kids won't see you.", "simple_reflection"),
        ("Okay, see you next week.", "other"),
        ("I'll see you on Tuesday then.", "other"),
    ],
)
def test_see_you_after_a_subject_or_negation_is_seeing_not_goodbye(text: str, code: str) -> None:
    assert classify(text, "I cry in the shower so the kids don't see.").code == code


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "There's relief, and there's also a voice asking if you're allowed to feel it.",
            "I switched to formula and honestly I was relieved. Is that bad?",
        ),
        (
            "Mostly, and maybe there's still some grieving for the things you pictured for him.",
            "I know he won't do what other kids do. I'm okay with it. Mostly.",
        ),
    ],
)
def test_a_feeling_named_after_theres_reflects_the_parent(text: str, context: str) -> None:
    assert classify(text, context).code == "complex_reflection"


def test_theres_before_a_service_is_still_information() -> None:
    c = classify("There's a support group for new dads on Thursdays, near you.")
    assert c.code == "giving_information"


def test_what_most_people_go_through_is_information_not_an_option() -> None:
    c = classify(
        "Most people start feeling movement around eighteen to twenty-two weeks.",
        "When should I start feeling kicks?",
    )
    assert c.code == "giving_information"


def test_a_strength_denied_of_someone_else_is_no_affirmation() -> None:
    c = classify(
        "So you've drawn a line, and he's not really taking it seriously.",
        "I told him not in the car with the baby. He says the window's down.",
    )
    assert c.code != "affirm"
    assert classify("You're taking it seriously.", "I've read everything.").code == "affirm"


@pytest.mark.parametrize(
    "text",
    [
        "So you, um, you called the clinic yourself, and that's huge.",
        "You really listen to him, you know, you pick up on what he needs.",
        "You're a real fighter.",
        "You know, you've come such a long way since the summer.",
        "You're really good with her.",
        "You didn't let it stop you.",
        "You made it to every appointment this month.",
        "You put yourself out there.",
        "You two clearly care about getting this right.",
        "You put her safety ahead of what was easy.",
        "You figured that out on your own.",
        "You're clearly someone who wants to understand him.",
        "That's a really loving thing you did together.",
    ],
)
def test_affirmations_in_spoken_forms(text: str) -> None:
    assert classify(text, "I rang the clinic myself this morning.").code == "affirm"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I'd like us to sit down and figure out a sleep plan together.", "seeking_collaboration"),
        ("It might help if the three of us sat down and worked it out.", "seeking_collaboration"),
        ("Let's start with what you think would work.", "seeking_collaboration"),
        ("I'd love to hear which of those feels most pressing.", "seeking_collaboration"),
        (
            "Skin-to-skin with dads has been shown to steady a baby's breathing.",
            "giving_information",
        ),
        ("Today's the day to start cutting down.", "persuade"),
        ("Mm-hm. Yeah. Okay, I'm with you.", "other"),
        ("You let yourself down that night, and it's eating at you.", "complex_reflection"),
    ],
)
def test_round_27_phrases(text: str, code: str) -> None:
    assert classify(text, "I don't know where to start with any of it.").code == code


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, it's been wild, my umbrella gave up on the way.",
        "Oh, it's been nuts, my car was sliding all over the place.",
        "No, he's fine, he can keep it, I've got loads more in my car.",
        "I'm sorry we ran over, I'll keep an eye on the time next week.",
    ],
)
def test_the_helpers_own_small_talk_is_other(text: str) -> None:
    assert classify(text, "The rain's been mad this week, hasn't it?").code == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Keeping a sleep diary through all that tiredness, that's really conscientious.",
        "Looking after your own health for their sake, that's wise.",
        "Letting him see his dad when you're not speaking, that's big-hearted.",
        "You passed it with a baby on your hip, which is no mean feat.",
        "Bouncing back after one slip, which is exactly the kind of resilience that counts.",
        "That's real resourcefulness.",
        "That's huge progress.",
        "That was a really important thing you did.",
        "You've taken careful, sensible steps to keep them safe.",
        "The picture chart shows how tuned in you are to him.",
        "You clearly know her inside out.",
        "You do it so gently.",
    ],
)
def test_an_act_given_its_verdict_is_affirmed(text: str) -> None:
    assert classify(text, "I've been doing it every night this week.").code == "affirm"


@pytest.mark.parametrize(
    "text",
    ["That's a strong feeling.", "That's a big deal for you.", "That's really hard."],
)
def test_a_verdict_on_a_feeling_or_a_weight_is_no_affirmation(text: str) -> None:
    assert classify(text, "I've been crying every night this week.").code != "affirm"


@pytest.mark.parametrize(
    "text",
    [
        "Ah, I'm so pleased!",
        "I'm delighted, really I am.",
        "Yes! I love hearing that!",
        "Oh, that makes me really happy to hear.",
        "Nice one!",
        "Uh-huh, go on.",
    ],
)
def test_the_helpers_own_gladness_is_praise_not_information(text: str) -> None:
    assert classify(text, "We went to the group on Thursday!").code == "other"


def test_go_on_with_more_is_still_an_order() -> None:
    assert classify("Go on, give the sling a try.", "I'm not sure about it.").code == "persuade"


def test_what_most_parents_start_with_is_still_an_option() -> None:
    c = classify("Most parents start with baby rice.", "Any ideas what to give her first?")
    assert c.code == "persuade_with_permission"


def test_a_question_about_what_the_parent_cannot_do_is_no_advice() -> None:
    c = classify("Can't you sleep?", "I'm up every night at three.")
    assert not any(e.rule == "advice_as_question" for e in c.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "How convenient is the clinic for you?",
        "What did you expect the first week to be like?",
        "What about your priorities for today?",
        "Is that what you call it at home?",
        "How can you let her know you're proud?",
        "What kind of father would you like to be?",
        "Are you really saying you'd like to stop?",
        "Why would you take the job?",
        "Did you even notice how calm you were?",
    ],
)
def test_genuine_questions_sharing_words_with_accusations_stay_questions(text: str) -> None:
    assert classify(text, "I'm thinking about what comes next.").code == "question"


@pytest.mark.parametrize(
    "text",
    ["You've been lying awake worrying.", "You're scared it isn't good enough for him."],
)
def test_reflections_sharing_words_with_accusations_are_no_confrontation(text: str) -> None:
    assert classify(text, "I made her a cake but it's a mess.").code != "confront"


# --------------------------------------------------------------------------- round 28


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Best to take all that out of the cot.", "The cot's full of teddies now."),
        ("Maybe swap it for water at night.", "I give him juice to settle him."),
        ("Perhaps keep her rear-facing a while longer.", "She hates the car seat."),
        ("Do take her, it's the main check before school.", "It's just weighing, it's pointless."),
        ("A better move is to hold his hands and calmly say no.", "I smack him back."),
        ("I'd only take one from family who know its history.", "I'll get a seat off Facebook."),
        ("I'd still keep that appointment.", "I don't think I need the worker anymore."),
        ("I really wouldn't do that, she's too young for cereal.", "My mum says baby rice."),
        ("Hang in there a bit longer, fussy spells usually settle.", "I think I'll stop."),
        ("It'd be great to get a book out with her every day.", "She doesn't understand."),
        ("It'd be a shame to stop now, the next ones protect her.", "She gets a temperature."),
        ("Next time you could try the other side first.", "She fussed on the left again."),
    ],
)
def test_advice_in_other_words_persuades(text: str, context: str) -> None:
    c = classify(text, context)
    assert c.code == "persuade", c.evidence


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # what the helper would not say or feel is no advice
        ("I wouldn't say that.", "He's a naughty boy."),
        ("I wouldn't be surprised.", "I think she's teething."),
        # "Maybe" before a guess, "Do" opening a question
        ("Maybe she's tired.", "She cried all afternoon."),
        ("Do you think so?", "I reckon it's his teeth."),
        # "you could" in a clause of time or one describing a noun
        ("Four days before you could hold her, and then skin to skin.", "Special care."),
        ("Bath time feels like the moment you could get it badly wrong.", "She's slippery."),
    ],
)
def test_look_alikes_of_advice_in_other_words_are_no_advice(text: str, context: str) -> None:
    c = classify(text, context)
    assert c.code not in ("persuade", "persuade_with_permission"), c.evidence


def test_sense_made_to_the_parent_is_reflected_not_disputed() -> None:
    c = classify(
        "He's dropped two centiles though you feed him all the time, and it doesn't make "
        "sense to you.",
        "His weight's dropped. I'm feeding him all the time, I don't understand it.",
    )
    assert c.code in ("simple_reflection", "complex_reflection")
    assert classify("That makes no sense.", "I left him with my cousin.").code == "confront"


@pytest.mark.parametrize(
    "text",
    ["You're so hard-working.", "You stayed so level-headed when she fell."],
)
def test_a_quality_written_with_a_hyphen_affirms(text: str) -> None:
    # "hard" alone would read as a feeling named: a complex reflection
    c = classify(text, "I did three night shifts and still got her to nursery.")
    assert c.code == "affirm", c.evidence


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Ooh, go on then, milk no sugar, thank you.", "Do you want a cup of tea?"),
        ("Aw thanks, my daughter knitted it for me.", "I love your scarf, by the way."),
        ("Eventually! The satnav sent me round the estate twice.", "Did you find us okay?"),
        ("Not at all, the more the merrier.", "My mum's just arriving, do you mind?"),
        ("Oh, it's nice actually, I've been cold all day.", "Sorry it's so hot in here."),
        ("Tell me about it, my windscreen was frozen solid.", "It's freezing out there today."),
        ("Happy new year to you too!", "Happy new year, by the way!"),
        ("Oh don't worry at all, thanks for having me.", "Come in. Sorry about the mess."),
    ],
)
def test_social_talk_answered_in_kind_is_other(text: str, context: str) -> None:
    c = classify(text, context)
    assert c.code == "other", c.evidence
    assert any(e.rule == "small_talk_reply" for e in c.evidence)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the parent's load reflected, though the parent apologised for the mess
        ("You've got so much on with the baby, the mess is the last thing.", "complex_reflection"),
        ("Do you ever get a minute to yourself?", "question"),
        ("Please don't tidy up for me, you should be resting.", "persuade"),
    ],
)
def test_after_social_talk_the_parent_still_gets_reflections_and_questions(
    text: str, code: str
) -> None:
    assert classify(text, "Sorry about the mess, it's been mad since she came.").code == code


def test_the_helpers_own_news_is_small_talk_only_after_social_talk() -> None:
    text = "The satnav sent me round the estate twice."
    assert classify(text, "Did you find us okay?").code == "other"
    assert classify(text, "What held you up?").code == "giving_information"


@pytest.mark.parametrize(
    "text",
    [
        "Hiya Chloe. Ooh, I like your nails.",
        "Afternoon, Gary. Cold one out there today.",
        "Hi, thanks for having me. Oh, look at her, she's fast asleep on you.",
    ],
)
def test_a_remark_at_the_door_before_the_parent_speaks_is_small_talk(text: str) -> None:
    c = classify(text)
    assert c.code == "other", c.evidence
    # in a session: the visitor's first turn has no parent's words to reflect
    turns = [Turn("visitor", text), Turn("mother", "Come in, come in.")]
    assert analyze_turns(turns, "visitor").counts["other"] == 1


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Hi Sam. You look exhausted.", None),  # the parent's state, seen and said back
        ("Hello. So the nights are still hard.", "The nights are still hard."),
    ],
)
def test_a_greeting_does_not_hide_a_reflection(text: str, context: str | None) -> None:
    assert classify(text, context).code in ("simple_reflection", "complex_reflection")


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # a clause as the subject, then the advice: no question without a "?"
        ("What you need to do is talk to him while you cook.", "He's not talking yet.", "persuade"),
        # where the parent has got to, summed up: no "you've got to" order
        (
            "So where you've got to: the nights are wearing you down, and you're thinking "
            "of asking Dean to take the late feed.",
            "I'll talk to him tonight.",
            "complex_reflection",
        ),
        # the parent's wish, not "You really want to be careful"
        ("You really want to be there for your son.", "I missed so much.", "complex_reflection"),
        ("You really want to be careful with the stairs.", "He's climbing now.", "persuade"),
        # "to see you" is seeing, not a goodbye; "Lovely to see you" greets
        ("You want her to see you doing something for yourself.", "I want a job.", "reflection"),
        ("Lovely to see you, come in.", "Hiya!", "other"),
        ("Hope to see you next week, then.", "Okay, bye.", "other"),
        ("Happy to see you again.", "Hiya!", "other"),
        ("Can I explain something about how premature babies' ages work?", "She's tiny.", "ask"),
    ],
)
def test_round_28_look_alikes(text: str, context: str, code: str) -> None:
    got = classify(text, context).code
    if code == "reflection":
        assert got in ("simple_reflection", "complex_reflection")
    elif code == "ask":
        assert got == "seeking_collaboration"  # permission asked before information
    else:
        assert got == code


# --------------------------------------------------------------------------- round 29


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # a past event of the parent's, with a name or a day the parent did not say
        ("That was at the clinic on Station Road, wasn't it?", "The nurse weighed him."),
        ("That was on Monday, wasn't it?", "The nurse weighed him."),
    ],
)
def test_a_tag_that_checks_a_name_the_parent_did_not_say_is_a_closed_question(
    text: str, context: str
) -> None:
    c = classify(text, context)
    assert (c.code, c.question_type) == ("question", "closed"), c.evidence
    assert "fact_checked" in [e.rule for e in c.evidence]


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # the day was the parent's: said back
        ("That was on Monday, wasn't it?", "The nurse weighed him on Monday.", "simple_reflection"),
        # a feeling, agreed with: no fact checked
        ("It was hard, wasn't it?", "I cried all night.", "complex_reflection"),
        # information with a present-tense tag stays information
        ("Babies need lots of sleep, don't they?", "He naps a lot.", "giving_information"),
    ],
)
def test_tags_that_check_no_new_fact_code_the_statement(text: str, context: str, code: str) -> None:
    assert classify(text, context).code == code


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        ("It's my pleasure, honestly.", "Thank you for coming all this way.", "other"),
        ("Okay, that's fine.", "Well, my partner vapes, but he goes outside.", "other"),
        ("Wednesday it is. Take care, and give Lily a cuddle from me.", "Wednesdays?", "other"),
        ("Okay, tea it is, then.", "Tea or coffee?", "other"),
        ("Oh, go on, I'd love one. White, no sugar, thanks.", "Do you want a cuppa?", "other"),
        (
            "Oh, go on then. It's so nice to be in the warm, that wind is something else.",
            "Do you want a tea or anything?",
            "other",
        ),
        ("Oh, go on, twist my arm.", "Have a scone before you go, go on.", "other"),
        ("Ha, that's alright, I'll talk loud.", "Sorry, my mum's hoovering upstairs.", "other"),
        # after the parent's apology, the parent's state is still reflected
        ("Ah, I can see why you're tired.", "Sorry about the mess, he was up all night.", "refl"),
        # the parent's own words, not a choice agreed
        ("I believe it is.", "Is that the right form?", "giving_information"),
        ("Hard as it is.", "I have to let him go to his dad's.", "complex_reflection"),
    ],
)
def test_round_29_social_talk(text: str, context: str, code: str) -> None:
    got = classify(text, context).code
    if code == "refl":
        assert got in ("simple_reflection", "complex_reflection")
    else:
        assert got == code


@pytest.mark.parametrize(
    "text",
    [
        "Hiya, it's Joanne from the home visiting team. Sorry, I've had to park right down "
        "the end, there's nowhere on this road today.",
        "Hi Aisha! I found a space right outside for once, I couldn't believe it.",
    ],
)
def test_the_helpers_trip_told_at_the_door_is_small_talk(text: str) -> None:
    c = classify(text)
    assert c.code == "other", c.evidence
    assert "greeting" in [e.rule for e in c.evidence]


def test_a_longer_opening_that_says_what_the_visit_is_for_is_information() -> None:
    text = (
        "Hi, Mrs. Smith. I'm Denise, the social worker at the clinic, working with Dr. Fields. "
        "I know you were here to see Dr. Fields today, and I just wanted to let you know "
        "about the parenting programme we run on Thursdays."
    )
    assert classify(text).code == "giving_information"


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        ("I'd be interested in your thoughts on what a first step might be.", "", "collab"),
        ("Before I add anything, I'd like to hear what you'd want to try.", "", "collab"),
        # a request to talk, not the parent's ideas sought
        ("I'd like to hear how you've been.", "", "question"),
        ("Do you not care what that smoke is doing to her lungs?", "We smoke inside.", "confront"),
        (
            "You can't believe everything you read online, a lot of that is scaremongering.",
            "There's all these mums online whose babies' skin went bad.",
            "confront",
        ),
        # the helper's sense of the parent's state; not a visit arranged
        ("I can see why you're tired.", "He was up all night again.", "complex_reflection"),
        ("I can see you on Monday at ten.", "When can you come again?", "other"),
        ("Okay. Any redness or oozing round the wound at all", "Five and a half.", "question"),
        # an adverb between "I'd" and the advice; asked for with "Yeah, go for it"
        ("I'd maybe try a white noise app or a fan.", "Yeah, go for it.", "pwp"),
        ("I'd suggest a bath before bed.", "I've tried everything with him. Yeah, please.", "pwp"),
    ],
)
def test_round_29_look_alikes(text: str, context: str, code: str) -> None:
    got = classify(text, context or None)
    expected = {"collab": "seeking_collaboration", "pwp": "persuade_with_permission"}
    assert got.code == expected.get(code, code), got.evidence
    if code == "question":
        assert got.question_type == ("closed" if got.text.endswith("at all") else "open")


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        (
            "You've been watching her closely and noticing all the detail, that's real care.",
            "None of those. So maybe it is just reflux.",
            "affirm",
        ),
        (
            "You've really thought this through, keeping him safe and bringing Chloe into it.",
            "Ron's drill's still in the shed somewhere.",
            "affirm",
        ),
        # the parent's decision said back, not credited
        (
            "You've thought it through and you're pretty settled on it.",
            "We're not having visitors for the first two weeks. That's that.",
            "reflection",
        ),
    ],
)
def test_round_29_affirmations(text: str, context: str, code: str) -> None:
    got = classify(text, context).code
    if code == "reflection":
        assert got in ("simple_reflection", "complex_reflection")
    else:
        assert got == code


def test_after_the_parent_says_yes_please_the_helper_delivers_information() -> None:
    text = "So, this one's from the health visiting team, it's an appointment for her review."
    c = classify(text, "I can't read the letter. Can you go through it? Yes, please.")
    assert c.code == "giving_information"
    assert "after_yes" in [e.rule for e in c.evidence]
    # a bare or mocking "Sure." gives no such consent, and a stem still reflects
    mocked = "Yeah, 'double the fun' kind of misses how exhausting it actually is."
    assert classify(mocked, "People say double the fun. Sure.").code == "complex_reflection"
    stem = classify("Sounds like you're keen to get going.", "Sure, go ahead.")
    assert stem.code == "simple_reflection"


@pytest.mark.parametrize("text", ["Tell me what happened last night.", "Go on, tell me more."])
def test_after_social_talk_an_invitation_to_talk_is_still_an_open_question(text: str) -> None:
    c = classify(text, "Sorry about the mess, it's been mad since Friday.")
    assert (c.code, c.question_type) == ("question", "open"), c.evidence


def test_a_scoffing_oh_please_grants_no_permission() -> None:
    context = "Oh please, like he'd ever sit still for that."
    assert classify("I'd suggest a bath before bed.", context).code == "persuade"


# --------------------------------------------------------------------------- round 30


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # a strength named as a fragment, with a word of degree and a pointer after it
        ("Real patience, that.", "I sat with him through the whole tantrum."),
        ("Sheer determination, I reckon.", "I walked to the clinic in the snow."),
        ("Proper mum instinct, that.", "I just knew that cry was his ear."),
        # a role filled well, after "that's" or "what"
        ("That's a caring, patient grandad.", "I read to her every night before bed."),
        ("What a devoted mum.", "I express every three hours so he gets my milk."),
        # the act shows what the parent is
        ("The chart on the fridge shows what a good team you are.", "We take turns."),
        # a merit credited "on your part"
        ("Clever thinking on your part.", "I put the stair gate up before he crawled."),
        # the parent's act, done well
        ("You're settling him so well these days.", "He goes down after one song now."),
        ("Well, you're handling the night feeds really well.", "I've got a system now."),
        ("You've handled the move to the new flat really well.", "We're nearly unpacked."),
        # the parent as one who does what the role asks
        ("That's a dad who really listens to his daughter.", "She tells me everything."),
        # a strength in a clause after "and", and in demonstratives with "are"
        ("You kept going, and asking for help like that takes courage.", "I rang them."),
        ("Those are really sensible little changes.", "I moved the cot and the monitor."),
        ("You proved you can do it.", "I stayed smoke-free all month."),
        ("All that practice is really paying off for her.", "She can sit up now."),
        ("Your openness with her nursery is lovely.", "I told them everything."),
    ],
)
def test_round_30_affirmations(text: str, context: str) -> None:
    got = classify(text, context)
    assert got.code == "affirm", got.evidence


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("You're not sleeping so well.", "He's up every two hours."),
        ("You're looking really well.", "I finally got some sleep."),
        ("That's a mum who's had a rough week.", "Everything went wrong."),
        ("You're a dad who works nights.", "I'm on the late shift."),
        ("That was a mistake on your part.", "I left the gate open."),
        ("He is paying off the car loan.", "Money's tight."),
        ("Persistence.", "I rang them five times."),
        ("Some nerve, that.", "He turned up drunk at her party."),
    ],
)
def test_round_30_no_credit_without_a_strength(text: str, context: str) -> None:
    assert classify(text, context).code != "affirm"


@pytest.mark.parametrize(
    "text",
    [
        "Ahh, I'm chuffed to bits for you!",
        "Brilliant news! I'm absolutely delighted.",
        "Ooh, that's just made my day!",
        "Ohh, clever girl!",
        "Aah, fab!",
        "Eid Mubarak to you all!",
        "Merry Christmas!",
    ],
)
def test_round_30_the_helpers_gladness_and_greetings_are_other(text: str) -> None:
    assert classify(text, "She took her first steps this morning!").code == "other"


def test_whatever_feels_right_to_you_stresses_the_choice() -> None:
    text = "Mm, the group's there if you want it, whatever feels right to you."
    c = classify(text, "I'm not sure about going back to the group.")
    assert c.code == "emphasizing_autonomy"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("What's really getting to you is the waiting.", "complex_reflection"),
        ("What's hard is not knowing when it ends.", "complex_reflection"),
        # questions without a "?" stay questions
        ("What's the thing that is hardest", "question"),
        ("What's the plan for Tuesday is it the clinic", "question"),
        ("What's the best time to come next week", "question"),
    ],
)
def test_a_what_clause_as_subject_is_a_statement(text: str, code: str) -> None:
    assert classify(text, "I keep waiting for the letter.").code == code


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # at the door, after the parent's welcome or offer, a reply in kind
        ("Ooh, go on then, white no sugar. It's bitter out there.", "Kettle's on, want a tea?"),
        ("Oh, go on, I can't say no to a coffee.", "Come, sit. Coffee?"),
        ("Thanks. Ooh, it's warm in here.", "Sorry, the buzzer doesn't work. Mind the pram."),
        ("Coffee would be lovely, thanks.", "Come in, love. Tea, coffee?"),
        ("And it's so nice to finally meet Ayo.", "Come in, come in."),
        # a goodbye that otherwise only arranges what happens next or wishes well
        ("I'll ring the nursery and text you. Take care, Mina.", "He finishes at three."),
        ("Fingers crossed for Friday. Bye, Tom.", "The hearing's on Friday."),
        ("Lovely, after lunch it is. Bye Ella, bye Noah.", "After lunch is best."),
        ("I'll drop the leaflet in on Monday. Look after that cough.", "I'll read it."),
    ],
)
def test_round_30_the_visits_running_is_other(text: str, context: str) -> None:
    got = classify(text, context)
    assert got.code == "other", got.evidence


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # a reflection before the goodbye is still a reflection, advice still advice
        ("So you'll try the earlier bath and see. Take care.", "I'll give it a go.", "reflection"),
        ("Keep the stair gate shut. Bye!", "He's into everything.", "persuade"),
    ],
)
def test_a_goodbye_does_not_hide_a_reflection_or_advice(text: str, context: str, code: str) -> None:
    got = classify(text, context).code
    assert got.endswith(code) or got.startswith(code), got


def test_a_recap_of_the_last_visit_leads_in_to_the_question() -> None:
    text = "So last time you said you were going to ring the GP about your mood. How did it go?"
    got = classify(text, "She's just fed, she'll settle now.")
    assert (got.code, got.question_type) == ("question", "open")


@pytest.mark.parametrize(
    "text",
    [
        "I can show you what the guidance says about that, if you'd like.",
        "Would it help if I went through the letter with you?",
    ],
)
def test_offering_information_asks_permission(text: str) -> None:
    assert classify(text, "I don't understand the letter.").code == "seeking_collaboration"


def test_both_parents_told_what_they_need_to_do_is_advice() -> None:
    got = classify("You'll both need to say the same thing to him.", "I do it, he doesn't.")
    assert got.code == "persuade"


# --------------------------------------------------------------------------- round 31


@pytest.mark.parametrize(
    ("text", "qtype"),
    [
        # a longer pick of options after a question for a fact
        ("Which clinic was it, the one by the station or the new one on the estate?", "closed"),
        ("Who rang you, the midwife from the unit or the health visitor?", "closed"),
        # after a question for the parent's view the options may be examples
        ("What would you like to look at first, the bedtime routine or the night feeds?", "open"),
        ("What's been hardest, the nights or maybe the days on your own?", "open"),
        # a measure, a date
        ("What did the twins each weigh at the clinic?", "closed"),
        ("When exactly does your leave finish?", "closed"),
        ("Where exactly is the rash?", "closed"),
        # asked to tell, however politely
        ("Would you be able to say what scares you most about the birth?", "open"),
        ("Could you say a bit about what happens at bath time?", "open"),
        ("Could you maybe talk me through a normal morning?", "open"),
        # still closed: one fact, or yes or no
        ("Could you tell me if she's had her jabs?", "closed"),
        ("Would you be able to say what time he went down?", "closed"),
        # typed without a "?"
        ("Any fever since the jabs", "closed"),
        ("Any teeth yet, or nothing so far", "closed"),
        ("Oh no. What happened", "open"),
    ],
)
def test_round_31_question_types(text: str, qtype: str) -> None:
    got = classify(text, "She's been up a lot this week.")
    assert (got.code, got.question_type) == ("question", qtype), got.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Any progress since then is worth noting down for the doctor.",
        "That's what happened, then.",
    ],
)
def test_round_31_statements_stay_statements(text: str) -> None:
    assert classify(text, "She's been up a lot this week.").code != "question"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Where do you want to start today?", "We could talk about the nights or the money."),
        ("How would you like me to help with the forms, if at all?", "The forms are a nightmare."),
    ],
)
def test_round_31_the_parent_asked_how_to_work_together(text: str, context: str) -> None:
    assert classify(text, context).code == "seeking_collaboration"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("So you're seriously telling me she sleeps in the car seat all night?", "She likes it."),
        ("Don't pretend it's the landlord's fault.", "The damp's not our doing."),
        ("That's a bit of a cop-out, if you ask me.", "He's her dad, he should sort it."),
        ("You thought you knew better than the midwife.", "I stopped the drops."),
        ("You said the same thing last time about the playgroup.", "Maybe next week."),
        ("Well, it's not really about you right now.", "I need a break too."),
        ("There's always a way if you look hard enough.", "There's no help round here."),
    ],
)
def test_round_31_confronting(text: str, context: str) -> None:
    assert classify(text, context).code == "confront"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Forget the rusks and go straight to soft fingers of toast.", "My mum says rusks."),
        ("You'd be far better off ringing the helpline tonight.", "I'll manage on my own."),
        ("Honestly, you've got no reason to worry, his weight's fine.", "I keep checking him."),
        ("It'd be such a shame to stop now, after all that.", "I'm thinking of stopping."),
        ("Let him have a go with the spoon himself.", "He grabs the spoon."),
    ],
)
def test_round_31_advice(text: str, context: str) -> None:
    assert classify(text, context).code == "persuade"


def test_a_noun_that_is_also_a_verb_is_no_order() -> None:
    text = "Contact matters for her, and at the same time you're left with the pieces."
    got = classify(text, "She's always unsettled after seeing her mum.")
    assert got.code == "complex_reflection", got.evidence
    assert not any(e.rule == "imperative" for e in got.evidence)


def test_at_the_same_time_as_at_once_is_not_double_sided() -> None:
    got = classify("Both the top ones at the same time.", "Two teeth came at once, both top.")
    assert not any(e.rule == "double_sided" for e in got.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "You did that first-aid course off your own back.",
        "You've got such a gentle way with her when she's upset.",
    ],
)
def test_round_31_affirmations(text: str) -> None:
    assert classify(text, "I just want to get it right.").code == "affirm"


def test_a_reward_promised_to_keep_going_is_no_affirmation() -> None:
    got = classify("It's tough now, but you'll be so glad you stuck with it.", "It's so tiring.")
    assert got.code == "persuade", got.evidence


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # the send-off at the end of a visit
        ("I'll see you on the fifth. Give Marcus my best.", "Thanks for coming."),
        ("I'll pop back next week. Keep warm, all of you.", "Okay, see you."),
        ("I'll ring you Tuesday. Say bye to Leo for me.", "He's asleep, sorry."),
        ("I'll see you after half term. Bye Maya, keep up the crawling.", "She's nearly off."),
        # the welcome answered in kind, then a remark
        ("Ooh yes please, you're a star. And look at her, all smiles.", "Kettle's on, want one?"),
        ("Ah, you're a star.", "I've put the kettle on for you."),
        # thanks said as praise, then a remark (not an answer to "do you want a tea?")
        ("Oh yes please, you're a star. And look at her, all smiles.", "Do you want a tea?"),
        ("Oh, perfect timing. Thanks for squeezing me in.", "Come in, love, he's just gone down."),
        # meeting someone for the first time
        ("Morning! You must be Sam. I'm Jo, I'm covering for Priya today.", ""),
        ("Yeah, that'd be brilliant, cheers.", "I'll text you when the letter comes."),
    ],
)
def test_round_31_the_visits_running_is_other(text: str, context: str) -> None:
    got = classify(text, context)
    assert got.code == "other", got.evidence


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # after the welcome, the visit's business or a reflection keeps its code
        ("Thanks. So last time you said the nights were hard.", "Do you want a tea?", "reflection"),
        ("Keep warm and keep her bundled up at night.", "It's freezing in here.", "persuade"),
        ("You must be exhausted.", "He was up all night.", "reflection"),
    ],
)
def test_round_31_not_the_visits_running(text: str, context: str, code: str) -> None:
    got = classify(text, context).code
    assert got.endswith(code) or got.startswith(code), got


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # reassurance that tells the parent how to feel
        ("You've got nothing to feel guilty about, plenty of mums do it.", "I feel awful."),
        ("You're not a bad mum for needing a break.", "I'm such a bad mum."),
        ("Put that worry right out of your head, he's thriving.", "What if he's not growing?"),
        ("Honestly, there's nothing to worry about with a rash like that.", "Is the rash bad?"),
        # British advice
        ("You'd want to wait until she can sit up on her own.", "She's watching us eat."),
        ("I'd be ringing the GP first thing tomorrow.", "His cough's no better."),
        ("Maybe just cap it at one coffee after lunch.", "I'm on six coffees a day."),
    ],
)
def test_round_31_the_righting_reflex(text: str, context: str) -> None:
    assert classify(text, context).code == "persuade"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("You're only making it worse by giving in every time.", "I just give him the phone."),
        ("I'd have expected you to know better than that.", "I put rice in his bottle."),
        ("Some people would call that neglect.", "I leave her in the cot all morning."),
        ("If you really wanted to, you would.", "I've tried to stop loads of times."),
        ("And you think that's okay?", "I had two drinks before driving her."),
        ("Was that really the right thing to spend it on?", "We bought a massive telly."),
    ],
)
def test_round_31_confronting_judgements(text: str, context: str) -> None:
    assert classify(text, context).code == "confront"


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # a wish of the parent's, said back, is no British advice
        ("You really want to stop.", "I want to stop smoking before she's born.", "reflection"),
        # "you're the one who has to make it" is an obligation, not a say given
        (
            "You're the one who has to make the call, and that's scary.",
            "I have to ring.",
            "reflection",
        ),
        (
            "You're the one who gets to weigh that up.",
            "My mum says stay home.",
            "emphasizing_autonomy",
        ),
        (
            "My suggestion is to start with the rent, but see what feels right.",
            "Where do I start?",
            "persuade_with_permission",
        ),
        (
            "The council's guidance is that a cot needs a firm, flat mattress.",
            "What's best?",
            "giving_information",
        ),
        (
            "You've been putting so much into expressing for him.",
            "I pump every three hours.",
            "affirm",
        ),
    ],
)
def test_round_31_look_alikes(text: str, context: str, code: str) -> None:
    got = classify(text, context).code
    assert got.endswith(code) or got.startswith(code), got


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # the end of the visit: thanks for the tea, regards sent, the helper leaving
        ("I'll email the form tonight. Thanks for the tea, Gemma.", "Great, thanks."),
        ("I'll see you on the ninth. Tell Kofi I said hello.", "He's at nursery."),
        ("I'll text you the date. Don't get up, I'll let myself out.", "Okay, ta."),
        # the welcome answered, the "you" only in "thank you"
        (
            "No, I'm fine, thank you, I've just had one. Ooh, it's cosy in here.",
            "Come in. Do you want tea or coffee?",
        ),
        # a greeting to the child, then a remark, after the parent's welcome
        ("Hiya, Ruby. Oh, she's got her dolly out.", "Come in, come in, do you want a tea?"),
    ],
)
def test_round_31_more_of_the_visits_running(text: str, context: str) -> None:
    got = classify(text, context)
    assert got.code == "other", got.evidence


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # a service offered is information, not the parent's choice stressed
        ("I can put a referral in for you today if you want.", "Yes please.", "giving_information"),
        # the choice still stressed when the sentence goes on to the parent's say
        (
            "I can leave the leaflet if you want, and it's up to you whether you read it.",
            "Maybe.",
            "emphasizing_autonomy",
        ),
        # a goodbye spoken of is no goodbye
        ("You never got a proper goodbye with her.", "She just went into hospital.", "reflection"),
        ("What temperature is the bath usually?", "I run it quite warm.", "question"),
        (
            "Would it help to know what the nurses look for at the weigh-in?",
            "I dread it.",
            "seeking_collaboration",
        ),
        (
            "What do you think would make bedtime easier for you both?",
            "It's a battle.",
            "seeking_collaboration",
        ),
    ],
)
def test_round_31_offers_and_other_look_alikes(text: str, context: str, code: str) -> None:
    got = classify(text, context)
    assert got.code.endswith(code) or got.code.startswith(code), got.evidence


def test_asking_a_reading_is_a_closed_question() -> None:
    got = classify("What temperature is the bath usually?", "I run it quite warm.")
    assert got.question_type == "closed"


@pytest.mark.parametrize(
    "text",
    ["And she's started at the childminder's, has she", "That's the letter they sent, is it."],
)
def test_a_tag_asks_without_its_question_mark(text: str) -> None:
    got = classify(text, "It's been a busy month.")
    assert (got.code, got.question_type) == ("question", "closed"), got.evidence


def test_a_statement_ending_in_a_pronoun_is_no_tag() -> None:
    assert classify("I think so, they have.", "Did they ring?").code != "question"


def test_what_was_said_on_the_phone_leads_in_to_the_question() -> None:
    text = "So you mentioned on the phone that bedtimes have been hard. What's been happening?"
    got = classify(text, "She's just woken up, sorry.")
    assert (got.code, got.question_type) == ("question", "open"), got.evidence


@pytest.mark.parametrize(
    "text",
    [
        "He is. Right, that's me done. The clinic will be in touch about his jabs. Bye, Sue.",
        "Yes, same day, I'll check the diary first. Bye, Aled, bye, little one.",
        "Someone will ring you about the review. Bye for now.",
    ],
)
def test_a_goodbye_after_what_happens_next(text: str) -> None:
    got = classify(text, "Told you he's a good eater.")
    assert got.code == "other", got.evidence


def test_a_reflection_of_the_parents_plan_before_the_goodbye_stays() -> None:
    assert classify("So you'll ring the GP. Bye.", "I'll ring the GP.").code.endswith("reflection")


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        ("You went the extra mile to get her seen.", "I took her to the walk-in myself.", "affirm"),
        ("You kept the receipts and learned from last time.", "I kept every receipt.", "affirm"),
        ("Standing up to your mom like that took some backbone.", "I told her no.", "affirm"),
        # the strength inside a feeling or a pressure the parent feels is reflected
        (
            "You're doing all you can, and it still feels like it's never enough.",
            "I clean and clean and the mold comes back.",
            "complex_reflection",
        ),
        (
            "You feel watched there, like you have to prove you're a good mom.",
            "I hate the clinic.",
            "complex_reflection",
        ),
        # the agenda set together
        (
            "What feels most important for us to talk about today?",
            "There's so much.",
            "seeking_collaboration",
        ),
        # a reply in kind to the parent's social talk
        (
            "Go ahead and take it, I'll play with the twins.",
            "Sorry, my phone, it's my caseworker.",
            "other",
        ),
        ("Tell me about it, my car heater's broken.", "It's so cold out today.", "other"),
    ],
)
def test_round_31_american_home_visits(text: str, context: str, code: str) -> None:
    got = classify(text, context)
    assert got.code == code, got.evidence


def test_asking_whether_a_date_was_given_is_closed() -> None:
    got = classify("Did he say when?", "The landlord said he'd send somebody.")
    assert (got.code, got.question_type) == ("question", "closed")


# --------------------------------------------------------------------------- round 32


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # the parent's playing down echoed, then a fact set against it
        ("Fine? You were asleep on the sofa when I knocked.", "We're fine, honestly."),
        ("Just a couple? The recycling bin was full of cans.", "Just a couple of beers."),
        ("No rush? She's already missed two of her jabs.", "There's no rush with the jabs."),
        # the parent's word doubted or their framing denied
        ("I very much doubt the midwife told you that.", "The midwife said it's fine."),
        ("I've heard that promise before.", "I'll come next time, I promise."),
        ("With respect, that isn't what the nurse said.", "The nurse said he's fine."),
        ("Leaving him with the tablet all day isn't company.", "It keeps him company."),
        ("It's still smacking, whatever you call it.", "It's only a tap on the hand."),
        ("That's the fourth time, which tells me it isn't a priority for you.", "I forgot."),
        ("Easier for you, not for her.", "The bottle's easier."),
        ("Plenty of mums manage it on the bus.", "I can't get there, it's two buses."),
        ("You missed her weighing. Again.", "I didn't make it to the clinic."),
    ],
)
def test_round_32_confrontations(text: str, context: str) -> None:
    got = classify(text, context)
    assert got.code == "confront", got.evidence


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # an echo of a feeling, or one that takes the parent's side, is no dispute
        ("Fine? I bet it doesn't feel fine at three in the morning.", "We're fine.", None),
        ("Exhausted? You've been up every night this week.", "I'm exhausted.", None),
        ("Just a couple? Okay. And that's most nights.", "Just a couple of glasses.", None),
        # an open question after the echo stays a question
        ("Only weekends? What happens at the weekend?", "It's only weekends.", "question"),
        # the parent's own "again" said back
        ("She's up at five. Again.", "She was up at five again.", "simple_reflection"),
        ("He woke at three. Again?", "He woke at three.", None),
        # a reframe in the parent's favour
        ("That's not laziness, that's exhaustion.", "I'm so lazy lately.", None),
    ],
)
def test_round_32_look_alikes_of_confrontation(text: str, context: str, code: str | None) -> None:
    got = classify(text, context)
    assert got.code != "confront", got.evidence
    if code is not None:
        assert got.code == code, got.evidence


@pytest.mark.parametrize(
    ("text", "qtype"),
    [
        ("What cream are you using, is it the one from the chemist?", "closed"),
        ("What happened, was it the teething again?", "closed"),
        ("So she's been dry since, what, Easter?", "closed"),
        ("And you moved in, what, two years ago?", "closed"),
        ("How old's her brother now?", "closed"),
        ("Roughly how many nappies would you say a day", "closed"),
        # a closed question broken off and begun again as an open one
        ("Do you, um- what do you think sets him off?", "open"),
        ("Is it- how are the nights going now?", "open"),
        # an open question before the comma, no guess after it
        ("So what do you make of that, what does it tell you?", "open"),
        ("And after that, what?", "open"),
        # words said again, no new question begun
        ("And what happens on the- on the bad days?", "open"),
    ],
)
def test_round_32_question_types(text: str, qtype: str) -> None:
    got = classify(text, "We've had a funny week.")
    assert (got.code, got.question_type) == ("question", qtype), got.evidence


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("That little photo board shows real thought about what she needs.", "I made her a board."),
        ("That's a huge amount of patience, doing it every night.", "I rock her every night."),
        ("Going to the group together shows you both take this seriously.", "We both went."),
        ("That says a lot about the mum you are.", "I wanted her to have what I didn't."),
        ("You think ahead, saving the number like that.", "I saved the number in my phone."),
        ("You really look out for her.", "I take the baby out so she can nap."),
        ("You put her first, even when it cost you.", "I gave up the night shifts."),
        ("You listened to your gut and rang them.", "Something felt off so I rang."),
        ("Calm under pressure, writing it all down first.", "I wrote down his breathing."),
        ("It takes a lot of drive to finish college with a baby.", "I'm back at college."),
    ],
)
def test_round_32_affirmations(text: str, context: str) -> None:
    got = classify(text, context)
    assert got.code == "affirm", got.evidence


@pytest.mark.parametrize(
    "text",
    [
        "It shows how much you're hurting.",
        "The mark on his arm shows real force.",
        "You're not looking out for yourself at all.",
    ],
)
def test_round_32_not_affirmations(text: str) -> None:
    assert classify(text, "It's been a hard week.").code != "affirm"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Aww, look at those little curls!", "Her hair's coming in now."),
        ("Three teeth! Hooray!", "She's got three teeth now!"),
        ("Ooh, the red ones! Gorgeous.", "We got the red wellies."),
        ("Big sister! Love that.", "She calls herself big sister now."),
        ("Hiya, little man! Banana, yum.", "He's having his banana."),
    ],
)
def test_round_32_delight_with_no_you_is_other(text: str, context: str) -> None:
    got = classify(text, context)
    assert got.code == "other", got.evidence
    assert "delight" in rules(got)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Wow, you must be so proud!", "She's walking now!"),
        ("Oh, that's so hard!", "He screams every night."),
        ("Aww, he's missing his dad, then, and it comes out at bedtime.", "He cries for his dad."),
        # surprise at a problem, or a feeling named, is no delight
        ("Wow, that's a lot!", "I smoke thirty a day."),
        ("Ooh, that sounds scary!", "He stopped breathing for a second."),
        ("Aww, that's hard!", "She cried all night."),
    ],
)
def test_round_32_delight_look_alikes_stay_reflections(text: str, context: str) -> None:
    got = classify(text, context)
    assert got.code.endswith("reflection"), got.evidence


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Always outside, never in the house.", "simple_reflection"),
        ("Always put her down on her back.", "persuade"),
        ("I'd just ditch the squash and give her water.", "persuade"),
    ],
)
def test_round_32_orders_and_their_look_alikes(text: str, code: str) -> None:
    got = classify(text, "I smoke outside, always have, never in the house.")
    assert got.code == code, got.evidence


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # doubt and sarcasm
        ("Have you, though? The bin's full of takeaway boxes.", "I've been cooking.", "confront"),
        ("Funny how he's always out when I come round.", "He's at work again.", "confront"),
        ("I did warn you this would happen.", "The dog knocked her over.", "confront"),
        # a quoted "I told you so" is the parent's experience, reflected
        (
            "Her help comes with a side of 'I told you so', and that's hard to take.",
            "My mum helps but she always says she knew it.",
            "complex_reflection",
        ),
        # a preface, not a question
        ("Can I just say, that took real guts.", "I told him to leave.", "affirm"),
        ("Can I just say something?", "Go on.", "question"),
        # the say given to the couple; an apology waved away
        (
            "That's for you two to decide, and you're the ones who know your nights.",
            "We might try a bottle at night.",
            "emphasizing_autonomy",
        ),
        ("Not at all, no need to apologise.", "Sorry, I'm going on a bit.", "other"),
        ("Going back to college like that takes confidence.", "I started my course.", "affirm"),
    ],
)
def test_round_32_more(text: str, context: str, code: str) -> None:
    got = classify(text, context)
    assert got.code == code, got.evidence


def test_round_32_a_service_named_is_news_though_it_reuses_the_parents_words() -> None:
    got = classify(
        "There's a free stop-smoking group at the library, and they can give you patches.",
        "I want to stop smoking but I can't afford the patches.",
    )
    assert got.code == "giving_information", got.evidence


def test_round_32_a_group_of_people_is_no_service() -> None:
    got = classify(
        "There's a group of you at the school gates, and they all know each other.",
        "The mums at the school gates have their group.",
    )
    assert got.code.endswith("reflection"), got.evidence


# ---------------------------------------------------------------- round 33
# an act of care credited to the parent; the helper's own errands; feelings felt in
# an answer to the parent's question; contrasts that reframe


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # an act done for the child or the family, credited
        (
            "You fought the landlord for months, for his sake.",
            "The damp's getting better.",
            "affirm",
        ),
        (
            "You sorted the bus passes so she'd get to every session.",
            "I got us bus passes for the whole term.",
            "affirm",
        ),
        (
            "Every morning you're warming the room first to keep him warm.",
            "I put the heater on before he wakes up.",
            "affirm",
        ),
        # a wish, a burden or a feeling beside it: a reflection
        (
            "You want to keep her safe, and the nights are wearing you down.",
            "I check on her every hour.",
            "complex_reflection",
        ),
        (
            "Those early walks are your way of giving him some calm.",
            "We go out before breakfast.",
            "complex_reflection",
        ),
        # the act named first, then credited in a clause of its own
        (
            "Learning the baby massage from the video: you're giving her a gentle start.",
            "I watched the video and now I do it after her bath.",
            "affirm",
        ),
        (
            "Reading to him every night, you're building his words already.",
            "We read two books at bedtime.",
            "affirm",
        ),
        (
            "Working nights all week, that's your sleep gone.",
            "I'm on nights all week.",
            "simple_reflection",
        ),
        # the helper's own errand in the visit
        ("I'll just pop it in my diary.", "Can we do Friday instead?", "other"),
        ("Let me grab my folder from the car.", "Shall we look at the plan?", "other"),
        ("I just need to sign this form for the office.", "What's that you're writing?", "other"),
    ],
)
def test_round_33_care_credited_and_errands(text: str, context: str, code: str) -> None:
    got = classify(text, context)
    assert got.code == code, got.evidence


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # the parent asks, and the helper names what the parent feels or values
        (
            "Going back feels as frightening as staying away.",
            "If I go back to the group, what do I even say?",
            "complex_reflection",
        ),
        (
            "Her routine matters to you, and you're not ready to give it up for the job.",
            "Who's going to do her bedtime if I take the late shift?",
            "complex_reflection",
        ),
        # a fact about others still answers the question
        (
            "Dogs can find a baby's crying confusing at first, and most settle in a few weeks.",
            "Will the dog be okay with the baby?",
            "giving_information",
        ),
        # a feeling named as a noun
        (
            "There's some sadness in that, for the girl you were.",
            "My mum never came to anything at school.",
            "complex_reflection",
        ),
        # one thing set against another reframes
        (
            "So it's not the jab itself, it's holding him while he cries.",
            "I know he needs the jab. I just can't watch.",
            "complex_reflection",
        ),
        (
            "More duty than pleasure now.",
            "I don't really enjoy the wine any more. I just pour it.",
            "complex_reflection",
        ),
        (
            "Walking away is how you keep your temper.",
            "I just walk out of the room.",
            "complex_reflection",
        ),
        # not the parent's own comparison said back
        (
            "More nappies this week than in your whole life before.",
            "I've changed more nappies this week than in my whole life before.",
            "simple_reflection",
        ),
        # an act with a marker before it still shows a strength
        (
            "Gosh, finishing that course while feeding twins takes real determination.",
            "I passed my course.",
            "affirm",
        ),
        (
            "Holding firm when your family disagreed is harder than it looks, and you did it.",
            "I told my mum no.",
            "affirm",
        ),
        ("You leave nothing to chance with her feeds.", "I write every feed down.", "affirm"),
        ("You're really dependable.", "I've never missed a visit.", "affirm"),
    ],
)
def test_round_33_answers_contrasts_and_strengths(text: str, context: str, code: str) -> None:
    got = classify(text, context)
    assert got.code == code, got.evidence


@pytest.mark.parametrize(
    ("text", "context", "not_code"),
    [
        # a burden or a wish beside the act: no credit
        (
            "Having to chase the council again is draining; you're close to giving up.",
            "I rang them again today.",
            "affirm",
        ),
        (
            "You stayed up with her so she'd settle, and you're shattered.",
            "She had a fever.",
            "affirm",
        ),
        # a summary announced, or listening checked, is no errand
        (
            "Let me check that I've got this right: nights are the hardest for you.",
            "Nights are the worst.",
            "other",
        ),
        (
            "Let me get this straight, he's been off nursery all week.",
            "He's been at home.",
            "other",
        ),
    ],
)
def test_round_33_look_alikes(text: str, context: str, not_code: str) -> None:
    got = classify(text, context)
    assert got.code != not_code, got.evidence


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # the round's rules read a contraction typed in full as the contraction
        ("I will just pop it in my diary.", "Friday?", "other"),
        ("I am just going to grab my folder.", "Shall we start?", "other"),
        (
            "So it is not the jab, it is watching him cry.",
            "I know he needs the jab. I just cannot watch.",
            "complex_reflection",
        ),
        (
            "Singing her your mother's songs, you are passing your language on to her.",
            "We sing every night.",
            "affirm",
        ),
    ],
)
def test_round_33_contractions_typed_in_full(text: str, context: str, code: str) -> None:
    got = classify(text, context)
    assert got.code == code, got.evidence


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("You're tired. Of course you are!", ["You're tired.", "Of course you are!"]),
        ("Good to see you, Mr. Adeyemi. Come in.", ["Good to see you, Mr. Adeyemi.", "Come in."]),
        # a spaced hyphen or a dash breaks; a hyphen inside a word does not
        ("So the nights - they're the hard part", ["So the nights", "they're the hard part"]),
        ("A two-year-old--he's busy", ["A two-year-old", "he's busy"]),
        ("The feeding \u2014 or the nights?", ["The feeding", "or the nights?"]),
        ("Really?You tried that?", ["Really?", "You tried that?"]),
        ("Well done! - you got there.", ["Well done!", "you got there."]),
    ],
)
def test_sentences_split_at_ends_dashes_and_spaced_hyphens(text: str, sentences: list[str]) -> None:
    assert [s.text for s in classify(text).sentences] == sentences


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # a verdict inside the parent's own worry, fear or self-talk reflects it
        (
            "You're worried that wanting time for yourself is selfish.",
            "I want a night out but I feel so selfish.",
        ),
        ("Part of you wonders if you're being lazy.", "I just lie on the sofa when she naps."),
        ("You call yourself lazy, yet you're up four times a night.", "I'm so lazy."),
        (
            "It sounds like you think wanting a break makes you selfish.",
            "I shouldn't want a break, he's my son.",
        ),
        ("You're afraid that going back to work would be selfish.", "It feels wrong to go back."),
        (
            "You keep telling yourself it was your fault.",
            "If I'd watched him he'd not have fallen.",
        ),
        ("You think the nurse saw you as careless.", "She kept asking about the bruise."),
    ],
)
def test_round_34_a_verdict_in_the_parents_mind_is_reflected(text: str, context: str) -> None:
    got = classify(text, context)
    assert got.behaviour == "reflection", got.evidence


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # the helper's own verdict, a rhetorical question, a verdict after "but", a
        # verdict the parent is said to know
        ("I think you're being lazy.", "I just lie on the sofa when she naps."),
        ("Don't you think that's selfish?", "I went out again last night."),
        ("You think it's fine, but it's neglect.", "He's fine in the cot all day."),
        ("You know it's selfish.", "I went out again last night."),
    ],
)
def test_round_34_the_helpers_own_verdict_still_confronts(text: str, context: str) -> None:
    assert classify(text, context).code == "confront"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # approval of an act is praise, as "Good job!" alone is: not a reflection of it
        ("Good job staying calm!", "other"),
        ("Well done for sticking with the exercises.", "other"),
        ("Nice work keeping her routine going.", "other"),
        ("Oh, well done on getting the forms in.", "other"),
        # the act credited in a clause of its own, or the parent named as who did it
        ("Well done for sticking with it, that shows real determination.", "affirm"),
        ("Good job, you kept at it.", "affirm"),
    ],
)
def test_round_34_praise_of_an_act_is_not_a_reflection(text: str, code: str) -> None:
    got = classify(text, "She had three tantrums today and I didn't yell once.")
    assert got.code == code, got.evidence


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # the parent's everyday word for a feeling, said back in a plainer one, restates it
        ("You're exhausted.", "I'm shattered all the time."),
        ("You're furious with him.", "I'm absolutely fuming."),
        ("You're so sad about it.", "I'm gutted we can't go."),
        ("You feel embarrassed.", "I was mortified when he screamed in the shop."),
    ],
)
def test_round_34_a_feeling_said_back_in_a_plainer_word_is_simple(text: str, context: str) -> None:
    got = classify(text, context)
    assert got.code == "simple_reflection", got.evidence


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # the helper's sympathy or apology gives no information
        ("I'm so sorry to hear that.", "My mum passed away last month.", "other"),
        ("I'm really sorry about your mum.", "My mum passed away last month.", "other"),
        ("I'm sorry you're going through this.", "He screams when I leave the room.", "other"),
        ("I'm sorry I'm late, the bus was slow.", "Come in, come in.", "other"),
        # not an apology that goes on to inform or advise
        (
            "I'm sorry, there's nothing I can do about that.",
            "Can you get us a flat?",
            "giving_information",
        ),
        ("I'm sorry, but you need to keep the appointments.", "I missed another one.", "persuade"),
    ],
)
def test_round_34_sympathy_is_not_information(text: str, context: str, code: str) -> None:
    got = classify(text, context)
    assert got.code == code, got.evidence


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # an image of the parent's place between two sides, or at a limit, adds meaning
        ("You're caught in the middle.", "My mum and my husband never agree about the baby."),
        ("You're at the end of your tether.", "He's been screaming since four."),
        ("It's like going round in circles.", "We keep trying and nothing changes."),
    ],
)
def test_round_34_an_image_of_the_parents_place_is_complex(text: str, context: str) -> None:
    got = classify(text, context)
    assert got.code == "complex_reflection", got.evidence


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # the case for what the parent just refused is the righting reflex: persuading
        (
            "Nursery would really help his speech, though.",
            "I'm not putting him in nursery, whatever anyone says.",
            "persuade",
        ),
        (
            "Quitting would make a real difference for the baby.",
            "I'm not ready to quit.",
            "persuade",
        ),
        # the refusal reflected, with the good the parent is weighing
        (
            "You don't want nursery, even if it might help his speech.",
            "I'm not putting him in nursery.",
            "complex_reflection",
        ),
    ],
)
def test_round_34_arguing_for_what_the_parent_refused(text: str, context: str, code: str) -> None:
    got = classify(text, context)
    assert got.code == code, got.evidence


# ---- round 35: answers typed the way a learner types them at the end of a day


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # a prediction inside the parent's fear is their fear, reflected: no warning
        ("You're scared you'll lose her.", "The social worker is coming.", "complex_reflection"),
        ("The fear is that you'll have to go back into hospital.", "", "complex_reflection"),
        ("You dread that you'll lose your temper again.", "", "complex_reflection"),
        ("You're convinced you need to do it all yourself.", "", "simple_reflection"),
        # a fear in a condition, then an order, still advises; so does an order after "and"
        ("If you're worried, you need to call the GP.", "She's got a rash.", "persuade"),
        ("If you feel worried, you should call the GP.", "She's got a rash.", "persuade"),
        ("So if you're worried, you need to call the GP.", "She's got a rash.", "persuade"),
        ("You're scared, and you need to tell someone.", "", "persuade"),
    ],
)
def test_round_35_a_prediction_framed_by_the_parents_fear(
    text: str, context: str, code: str
) -> None:
    got = classify(text, context)
    assert got.code == code, got.evidence


@pytest.mark.parametrize(
    ("text", "context", "code", "qtype"),
    [
        # texting forms: "ur", "r", "wat", "shud" read as the words they stand for
        ("ur doing an amazing job", "I've been up all night with her.", "affirm", None),
        ("how r u feeling about the move", "We move next week.", "question", "open"),
        ("wat do u think might help", "I don't know what to do.", "seeking_collaboration", "open"),
        ("r u ok with me sharing some ideas", "", "seeking_collaboration", "closed"),
        ("u shud try a bedtime routine", "He won't sleep.", "persuade", None),
        ("cos ur the expert on ur baby", "", "emphasizing_autonomy", None),
        ("ur little one is lucky to have u", "", "affirm", None),
    ],
)
def test_round_35_texting_forms_are_read_as_words(
    text: str, context: str, code: str, qtype: str | None
) -> None:
    got = classify(text, context)
    assert (got.code, got.question_type) == (code, qtype), got.evidence


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # asking leave to share, in the words learners use
        ("Are you okay with me sharing some ideas?", "", "seeking_collaboration"),
        ("Are you happy for me to go through it?", "", "seeking_collaboration"),
        ("Would you mind me sharing what's worked for other parents?", "", "seeking_collaboration"),
        ("Is it okay to talk about his sleep for a minute?", "", "seeking_collaboration"),
        # a visit arranged, or a parent's question about the baby, asks no leave
        ("Are you okay with me coming Tuesday instead?", "", "question"),
        ("Is it okay to give him water?", "", "question"),
        # credit in other words than "a great job"
        ("You're doing an amazing job.", "I've been up all night with her.", "affirm"),
        # approval of an act is praise, "good on you" as "well done"
        ("Good on you for sticking with it.", "I walked her up and down all night.", "other"),
        ("Good on you, you kept at it.", "I walked her up and down all night.", "affirm"),
        # "you must" guessing at the parent's state, with an adverb between
        ("You must really love her.", "I walked her up and down all night.", "complex_reflection"),
        ("You must really try to rest.", "", "persuade"),
        # the parent's own know-how granted: no order
        (
            "You don't need me to tell you how to raise a baby.",
            "I've raised five kids, I don't need a stranger telling me how to hold a baby.",
            "simple_reflection",
        ),
        ("You don't need a doctor's note for that.", "", "persuade"),
    ],
)
def test_round_35_permission_credit_and_guesses_in_learners_words(
    text: str, context: str, code: str
) -> None:
    got = classify(text, context)
    assert got.code == code, got.evidence


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # the parent's feeling found understandable: a complex reflection, even after
        # the parent asked a question
        ("It makes sense you'd be on guard.", "Are you going to report me?"),
        ("No wonder you're wary of me.", "Are you going to report me?"),
        ("It's natural to wonder what I'm writing.", "Are you going to write all this down?"),
        ("Anyone would be nervous about that.", "Are you going to report me?"),
        ("It makes sense that you feel that way.", "I just feel like nobody listens."),
        ("That would wear anyone down.", "She's up every hour."),
    ],
)
def test_round_35_validation_is_a_complex_reflection(text: str, context: str) -> None:
    got = classify(text, context)
    assert got.code == "complex_reflection", got.evidence
    assert any(e.rule == "validates" for e in got.evidence)


def test_round_35_advice_that_makes_sense_is_not_validation() -> None:
    got = classify("It makes sense to start with one bottle a day.", "")
    assert got.code == "giving_information", got.evidence


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # reassurance that argues the parent's self-judgement away, or tells them how
        # to feel, is the righting reflex
        ("You're not a terrible mum.", "I think I'm a terrible mum.", "persuade"),
        ("youre not a useless dad!", "I'm a useless dad.", "persuade"),
        ("Look on the bright side, he's eating now.", "He only eats pasta.", "persuade"),
        ("You're looking on the bright side.", "At least he eats pasta.", "simple_reflection"),
        # parents of a kind all at once: the helper's knowledge
        (
            "Every mum feels like that at first.",
            "I think I'm a terrible mum.",
            "giving_information",
        ),
        ("All new dads feel that way.", "I don't know what I'm doing.", "giving_information"),
        ("So every parent struggles with this.", "", "giving_information"),
        ("All your kids are different.", "", "simple_reflection"),
    ],
)
def test_round_35_reassurance_and_parents_in_general(text: str, context: str, code: str) -> None:
    got = classify(text, context)
    assert got.code == code, got.evidence


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # joint problem-solving proposed, and offers to tell checked with the parent
        ("Could we find a time that works better with your shifts?", "seeking_collaboration"),
        ("Let's see if we can find a better time for you.", "seeking_collaboration"),
        ("I could tell you what the guidelines say, if that's helpful.", "seeking_collaboration"),
        ("I'd be happy to share some tips if you want.", "seeking_collaboration"),
        ("I'm happy to go through it if it helps.", "seeking_collaboration"),
        (
            "I have some information about safe sleep, would that be useful?",
            "seeking_collaboration",
        ),
        ("Would you be interested in hearing about the parenting group?", "seeking_collaboration"),
        # an offer of help that tells nothing, and a plain plan, are not asking leave
        ("I'd be happy to help with the forms if you want.", "emphasizing_autonomy"),
        ("I can send you the link.", "giving_information"),
    ],
)
def test_round_35_offers_and_joint_work_in_learners_words(text: str, code: str) -> None:
    got = classify(text, "")
    assert got.code == code, got.evidence


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [
        # another's criticism the parent lives with, said back, is no confrontation
        (
            "u and ur mum are arguing a lot and she says ur doing it wrong with the baby",
            "Me and my mum argue all the time. She says I'm doing it wrong with the baby.",
            "simple_reflection",
        ),
        ("He says you're lazy.", "", "simple_reflection"),
        # the helper's own verdict still confronts, told or asked
        ("I told you that's a bad idea.", "", "confront"),
        ("Don't you think that's selfish?", "", "confront"),
        # what another person in the home has to do is advice; a chance never had is not
        ("She's got to go back in her own cot.", "We all end up in the big bed.", "persuade"),
        ("It feels like she's judging a choice you never got to make.", "", "complex_reflection"),
        # a summary handed back for correction stays a reflection
        (
            "So the nursery has a waiting list and you're not sure you're ready anyway. "
            "Let me know if that's not quite it.",
            "The nursery has a waiting list. I don't know if I'm ready.",
            "simple_reflection",
        ),
        ("Correct me if I'm wrong.", "", "other"),
        ("Let me know if I can help.", "", "giving_information"),
        # both sides of the parent's choice, with one topic word, are reflected
        (
            "Free would be a huge help, and at the same time you'd be giving up some say.",
            "My sister-in-law would do it for free, but she lets them have sweets all day.",
            "complex_reflection",
        ),
        # the parent's say in how the helper works, and in the visit's agenda
        ("How can I make these visits feel different from last time?", "", "seeking_collaboration"),
        ("What would be most useful for us to go over today?", "", "seeking_collaboration"),
        # a feeling allowed
        ("its ok to feel that way", "I feel so guilty.", "complex_reflection"),
        ("It's okay to be angry with him.", "", "complex_reflection"),
        # advice typed with "id" after the parent asked
        (
            "well u asked so id say take one feed a day thats just yours",
            "What would you do if you were me?",
            "persuade_with_permission",
        ),
    ],
)
def test_round_35_learner_set_cases(text: str, context: str, code: str) -> None:
    got = classify(text, context)
    assert got.code == code, got.evidence
