"""Tokenising the way the classifier reads speech: spoken forms folded, stutters dropped."""

import gc
from pathlib import Path

import pytest

from alliance_tutor.feedback import lexicon
from alliance_tutor.feedback.classifier import _Ctx, _tokens
from alliance_tutor.feedback.lexicon import drop_stutters, normalise_tokens, tokenise, word_set


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I think the the baby is tired", "i think the baby is tired"),
        ("Do you do you want some tea", "do you want some tea"),
        ("So I'm gonna ask", "so i'm going to ask"),
        ("ok, that's fine", "okay that's fine"),
        # a word repeated two words later is not a stutter
        ("you know you can", "you know you can"),
        ("she ate and she slept", "she ate and she slept"),
        # texting forms; "ur" is "you're" before what can follow it, else "your"
        ("how r u", "how are you"),
        ("ur mum says ur doing great", "your mum says you're doing great"),
        (
            "ur exhausted cos ur little one wont sleep",
            "you're exhausted because your little one won't sleep",
        ),
        # "its", "id" and "lets" go by the word beside them
        ("its like losing him twice", "it's like losing him twice"),
        ("the nursery has its own rules", "the nursery has its own rules"),
        ("id say start small", "i'd say start small"),
        ("bring your id", "bring your id"),
        ("lets look at it", "let's look at it"),
        ("she lets him", "she lets him"),
    ],
)
def test_normalise_tokens(text: str, expected: str) -> None:
    assert " ".join(normalise_tokens(tokenise(text))) == expected


def test_drop_stutters_keeps_the_list_when_nothing_repeats() -> None:
    toks = ["she", "sleeps", "well"]
    assert drop_stutters(toks) is toks


@pytest.mark.parametrize(
    "context",
    [
        "I I just don't know what to do with him at night.",
        "Wh-what am I supposed to do? He's gonna wake up anyway.",
        "Ok so ok so she won't eat, she won't eat anything green.",
        "",
        "   ",
    ],
)
def test_parent_words_tokenised_like_the_helpers(context: str) -> None:
    # the context shares one tokenising pass between its tokens and its stems;
    # the tokens must still be what the helper's sentences get
    ctx = _Ctx(context)
    assert ctx.stems is not None
    assert ctx.toks == (_tokens(context) if context.strip() else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You're so hard-working.", "you're so hardworking"),
        ("She's level-headed and big-hearted", "she's levelheaded and bighearted"),
        # other hyphens still split words
        ("a two-year-old, mm-hmm", "a two year old mm hmm"),
        # without the hyphen "hard" may be a feeling: "It's hard working nights"
        ("hard working nights", "hard working nights"),
    ],
)
def test_compound_qualities_are_one_word(text: str, expected: str) -> None:
    assert " ".join(tokenise(text)) == expected


def test_a_one_word_list_rejects_a_phrase_with_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "hard working" once sat in strengths.txt, where no single token could match it
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "one_word_test.txt").write_text(
        "# qualities\nkind\n\n(patient|calm)\nhard working  # two words\n", encoding="utf-8"
    )
    monkeypatch.setattr(lexicon, "files", lambda package: tmp_path)
    with pytest.raises(ValueError, match=r"data/one_word_test\.txt:5: 'hard working'"):
        word_set("one_word_test")


def test_every_one_word_list_of_the_classifier_loads() -> None:
    assert {"hardworking", "bighearted", "patient"} <= word_set("strengths")
    for name in ("stopwords", "imperative_verbs", "question_openers_closed"):
        assert word_set(name)


def test_built_without_gc_pauses_the_collector_and_restores_it() -> None:
    seen: list[bool] = []

    @lexicon.built_without_gc
    def build(fail: bool) -> int:
        seen.append(gc.isenabled())
        if fail:
            raise RuntimeError("bad list")
        return 1

    assert gc.isenabled()
    assert build(False) == 1
    with pytest.raises(RuntimeError):
        build(True)
    assert seen == [False, False]
    assert gc.isenabled()  # back on, after a failed build too
    gc.disable()
    try:
        build(False)
        assert not gc.isenabled()  # a caller's own pause is left alone
    finally:
        gc.enable()
