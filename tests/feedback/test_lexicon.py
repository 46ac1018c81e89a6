"""Tokenising the way the classifier reads speech: spoken forms folded, stutters dropped."""

import pytest

from alliance_tutor.feedback.classifier import _Ctx, _tokens
from alliance_tutor.feedback.lexicon import drop_stutters, normalise_tokens, tokenise


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
