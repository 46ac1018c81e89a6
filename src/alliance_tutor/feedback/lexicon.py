"""Word lists of the classifier, loaded once from the package's ``data/`` folder.

Each list is a plain-text file, one word or phrase a line, ``#`` starting a
comment. Phrases are normalised with the same tokeniser as utterances (lower
case, straight apostrophes, hyphens split, common contractions merged), so a
list entry matches an utterance whatever its punctuation or spacing.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

__all__ = ["normalise_tokens", "phrase_regex", "phrases", "tokenise", "word_set"]

_TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})

# Spoken forms and expanded contractions folded to one spelling.
_ONE_WORD = {
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    "gotta": ("got", "to"),
    "hafta": ("have", "to"),
    "kinda": ("kind", "of"),
    "sorta": ("sort", "of"),
    "cannot": ("can't",),
    "ya": ("you",),
    "u": ("you",),
    "'cause": ("because",),
    "cause": ("because",),
    "cuz": ("because",),
    "okay": ("okay",),
    "ok": ("okay",),
    "alright": ("all", "right"),
    "mhm": ("mm", "hmm"),
    "mmhmm": ("mm", "hmm"),
    "uhhuh": ("uh", "huh"),
}
_TWO_WORDS = {
    ("you", "are"): "you're",
    ("we", "are"): "we're",
    ("they", "are"): "they're",
    ("i", "am"): "i'm",
    ("it", "is"): "it's",
    ("that", "is"): "that's",
    ("there", "is"): "there's",
    ("do", "not"): "don't",
    ("does", "not"): "doesn't",
    ("did", "not"): "didn't",
    ("is", "not"): "isn't",
    ("are", "not"): "aren't",
    ("was", "not"): "wasn't",
    ("can", "not"): "can't",
    ("will", "not"): "won't",
    ("would", "not"): "wouldn't",
    ("you", "have"): "you've",
    ("i", "have"): "i've",
    ("you", "would"): "you'd",
    ("i", "would"): "i'd",
    ("you", "will"): "you'll",
    ("i", "will"): "i'll",
    ("we", "will"): "we'll",
}


def tokenise(text: str) -> list[str]:
    """Lower-case word tokens of ``text``: contractions kept whole, hyphens split."""
    return _TOKEN_RE.findall(text.translate(_QUOTES).lower())


def normalise_tokens(raw: list[str]) -> list[str]:
    """Fold spelling variants and drop stutters ("you- you", "the the", "do you do you")."""
    out: list[str] = []
    for tok in raw:
        expanded = _ONE_WORD.get(tok)
        if expanded is None:
            if out:
                merged = _TWO_WORDS.get((out[-1], tok))
                if merged is not None:
                    out[-1] = merged
                    continue
                if out[-1] == tok and tok not in ("no", "bye", "mm", "very", "so", "really"):
                    continue
            out.append(tok)
        else:
            out.extend(expanded)
        n = len(out)
        # "do you do you" -> "do you"
        if n >= 4 and out[-1] == out[-3] and out[-2] == out[-4]:
            del out[-2:]
    return out


def _normalise_phrase(line: str) -> str:
    return " ".join(normalise_tokens(tokenise(line)))


@cache
def phrases(name: str) -> tuple[str, ...]:
    """The normalised phrases of ``data/<name>.txt``, longest first, without duplicates."""
    text = (files("alliance_tutor.feedback") / "data" / f"{name}.txt").read_text(encoding="utf-8")
    seen: dict[str, None] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            norm = _normalise_phrase(line)
            if norm:
                seen[norm] = None
    return tuple(sorted(seen, key=lambda p: (-len(p), p)))


@cache
def word_set(name: str) -> frozenset[str]:
    """The entries of ``data/<name>.txt`` as a set (for single-word lists)."""
    return frozenset(phrases(name))


@cache
def phrase_regex(name: str, anchored: bool = False) -> re.Pattern[str]:
    """A regex matching any phrase of the list on whole-token boundaries.

    Utterances are matched as their normalised tokens joined by single spaces.
    With ``anchored`` the phrase must start the string.
    """
    body = "|".join(re.escape(p) for p in phrases(name))
    start = "^" if anchored else "(?:^| )"
    return re.compile(f"{start}({body})(?= |$)")
