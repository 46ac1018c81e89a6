"""Word lists of the classifier, loaded once from the package's ``data/`` folder.

Each list is a plain-text file, one word or phrase a line, ``#`` starting a
comment; in a list read by :func:`phrases`, ``(a|b)`` stands for each of its
choices ("a good (mum|dad) would" is "a good mum would" and "a good dad would";
:func:`raw_lines` keeps lines as written). Phrases are normalised
with the same tokeniser as utterances (lower case, straight apostrophes, hyphens
split, common contractions merged, spoken and texting forms such as "gonna", "u",
"ur" and "wat" read as the words they stand for), so a list entry matches an
utterance whatever its punctuation or spacing.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from functools import cache, lru_cache, wraps
from importlib.resources import files
from typing import ParamSpec, TypeVar

__all__ = [
    "alternatives",
    "built_without_gc",
    "content_stems",
    "drop_stutters",
    "fold_spoken_forms",
    "normalise_tokens",
    "phrase_forms",
    "phrase_regex",
    "phrases",
    "raw_lines",
    "stem",
    "tokenise",
    "trie_pattern",
    "word_set",
    "words_of",
]

_TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})


def words_of(text: str) -> frozenset[str]:
    """The words of ``text``, split at spaces, as a set (a word list written inline)."""
    return frozenset(text.split())


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
    "ok": ("okay",),
    "alright": ("all", "right"),
    "mhm": ("mm", "hmm"),
    "mmhmm": ("mm", "hmm"),
    "uhhuh": ("uh", "huh"),
    # texting forms, as a learner types at the end of a long day ("how r u finding it")
    "r": ("are",),
    "wat": ("what",),
    "wot": ("what",),
    "wut": ("what",),
    "coz": ("because",),
    "cos": ("because",),
    "bc": ("because",),
    "tho": ("though",),
    "thru": ("through",),
    "pls": ("please",),
    "plz": ("please",),
    "rly": ("really",),
    "ppl": ("people",),
    "shud": ("should",),
    "wud": ("would",),
    "cud": ("could",),
    "abt": ("about",),
    "urself": ("yourself",),
    "dunno": ("don't", "know"),
    "lemme": ("let", "me"),
}
# "ur" is "you're" before what can follow it ("ur doing so well", "ur a star", "ur
# exhausted") and "your" otherwise ("ur little one", "ur mum")
_YOURE_NEXT = words_of(
    "a an the not so really such just still already very too all both only always never "
    "clearly obviously definitely right sure ready alone welcome allowed able okay fine "
    "good great amazing brilliant strong brave tired scared afraid upset sad angry "
    "stressed lucky worth here there in on at with ok"
)
# "its" typed for "it's" before what cannot follow the possessive ("its like losing him
# twice", "its ok to feel that way"; not "its own", "its mum"); "lets" for "let's"
# opening a sentence ("lets look at it together"; not "she lets him")
_ITS_NEXT = words_of(
    "like a an the so really not been just all going gonna getting too very such no "
    "always never only still also quite pretty because about up time okay fine normal "
    "natural hard easy tough important understandable scary clear true ok"
)
_LETS_AFTER = words_of("so okay right well maybe then and now")
# "id" typed for "i'd" before a verb or adverb ("id say", "id really encourage"), not
# the card ("bring your id")
_ID_NEXT = words_of(
    "say suggest recommend encourage advise think like love be go try probably maybe "
    "really definitely just want rather never also still have get do need start keep "
    "put call ring talk hate imagine guess bet wonder prefer"
)
# Contractions typed without the apostrophe ("youre", "dont"), as learners type in
# a hurry; left out where the bare word is a word too ("were", "well", "ill", "hell",
# "shell", "wed", "shed", "hed"; "its", "id" and "lets" go by the word beside them).
_TYPED_WITHOUT_APOSTROPHE = (
    "i'm i've you're you've you'll you'd we've they're they've they'll",
    "she's he's that's what's where's who's how's there's here's",
    "don't doesn't didn't isn't aren't wasn't weren't haven't hasn't hadn't",
    "can't couldn't wouldn't shouldn't won't mustn't ain't",
)
_ONE_WORD.update(
    (word.replace("'", ""), (word,)) for line in _TYPED_WITHOUT_APOSTROPHE for word in line.split()
)
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


# "hard-working", "level-headed", "big-hearted": a quality written with a hyphen is
# one word ("hard" alone would read as a feeling); other hyphens split words
# (the pattern opens with the hyphen, a literal the regex engine can search for quickly)
_COMPOUND_RE = re.compile(r"-(?=(?:working|headed|minded|hearted|natured)\b)(?<=[a-z]-)")


def tokenise(text: str) -> list[str]:
    """Lower-case word tokens of ``text``: contractions kept whole, hyphens split
    (except in the compound qualities of ``_COMPOUND_RE``)."""
    if not text.isascii() or "`" in text:  # most text has no curly quotes: skip the copy
        text = text.translate(_QUOTES)
    text = text.lower()
    if "-" in text:
        text = _COMPOUND_RE.sub("", text)
    return _TOKEN_RE.findall(text)


_BY_NEIGHBOUR = frozenset(("ur", "its", "id", "lets"))  # read by the word beside them
_ONE_WORD_KEYS = frozenset(_ONE_WORD) | _BY_NEIGHBOUR
_EXPANSIONS = {merged: f"{a} {b}" for (a, b), merged in _TWO_WORDS.items()}


def fold_spoken_forms(raw: list[str]) -> list[str]:
    """ "gonna" -> "going to", "ok" -> "okay", "dont" -> "don't", "u" -> "you", "its
    like" -> "it's like"; ``raw`` if none occurs."""
    if _ONE_WORD_KEYS.isdisjoint(raw):
        return raw
    toks: list[str] = []
    for tok in raw:
        expanded = _ONE_WORD.get(tok)
        if expanded is None:
            toks.append(tok)
        else:
            toks.extend(expanded)
    return toks if _BY_NEIGHBOUR.isdisjoint(toks) else _read_by_neighbour(toks)


def _read_by_neighbour(toks: list[str]) -> list[str]:
    """ "ur", "its", "id" and "lets" as the next (or previous) word shows them meant."""
    out = toks.copy()
    last = len(toks) - 1
    for i, tok in enumerate(toks):
        after = toks[i + 1] if i < last else ""
        if tok == "ur":
            youre = after in _YOURE_NEXT or after.endswith(("ing", "ed"))
            out[i] = "you're" if youre else "your"
        elif tok == "its" and after in _ITS_NEXT:
            out[i] = "it's"
        elif tok == "id" and after in _ID_NEXT:
            out[i] = "i'd"
        elif tok == "lets" and (i == 0 or toks[i - 1] in _LETS_AFTER):
            out[i] = "let's"
    return out


def _has_repeat(toks: list[str]) -> bool:
    """Does a word repeat the one or two before it? (A plain loop: most lists are short.)"""
    prev = prev2 = ""
    for tok in toks:
        if tok in (prev, prev2):
            return True
        prev2, prev = prev, tok
    return False


def normalise_tokens(raw: list[str]) -> list[str]:
    """Fold spoken forms ("gonna", "ok") and drop stutters ("the the", "do you do you").

    Contractions are not merged here (that would cost a pass over every
    sentence); instead every word-list phrase is stored in both forms
    ("you're feeling" and "you are feeling"), see :func:`phrases`.
    """
    return drop_stutters(fold_spoken_forms(raw))


def drop_stutters(toks: list[str]) -> list[str]:
    """``toks`` without a word said twice ("the the") or a pair said twice ("do you do you")."""
    if not _has_repeat(toks):
        return toks
    out: list[str] = []
    for tok in toks:
        if out and out[-1] == tok:
            continue  # "the the"
        out.append(tok)
        if len(out) >= 4 and out[-1] == out[-3] and out[-2] == out[-4]:
            del out[-2:]  # "do you do you"
    return out


def _merge_contractions(toks: list[str]) -> list[str]:
    out: list[str] = []
    for tok in toks:
        if out:
            merged = _TWO_WORDS.get((out[-1], tok))
            if merged is not None:
                out[-1] = merged
                continue
        out.append(tok)
    return out


def phrase_forms(line: str) -> tuple[str, ...]:
    """The list entry with contractions merged, and with them all expanded."""
    return _forms_of(normalise_tokens(tokenise(line)))


def _forms_of(toks: list[str]) -> tuple[str, ...]:
    """:func:`phrase_forms` of an entry already tokenised."""
    merged = _merge_contractions(toks)
    contracted = " ".join(merged)
    expanded = " ".join(_EXPANSIONS.get(t, t) for t in merged)
    return (contracted, expanded) if expanded != contracted else (contracted,)


@cache
def _numbered_lines(name: str) -> tuple[tuple[int, str], ...]:
    """(line number, lowercased line) of ``data/<name>.txt``, comments and blank lines dropped."""
    text = (files("alliance_tutor.feedback") / "data" / f"{name}.txt").read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return tuple((number, line) for number, line in enumerate(lines, start=1) if line)


@cache
def raw_lines(name: str) -> list[str]:
    """The lowercased lines of ``data/<name>.txt``, comments and blank lines dropped."""
    return [line for _, line in _numbered_lines(name)]


_CHOICES_RE = re.compile(r"\(([^()]*)\)")


def alternatives(line: str) -> list[str]:
    """ "a good (mum|dad) would" -> ["a good mum would", "a good dad would"].

    Groups may nest, "lucky to have (you|a (mum|dad) like you)": the innermost
    group is expanded first, and each result again, until none is left.
    """
    group = _CHOICES_RE.search(line)
    if group is None:
        return [line]
    before, after = line[: group.start()], line[group.end() :]
    return [
        expanded
        for choice in group.group(1).split("|")
        for expanded in alternatives(before + choice + after)
    ]


_Params = ParamSpec("_Params")
_Built = TypeVar("_Built")


def built_without_gc(build: Callable[_Params, _Built]) -> Callable[_Params, _Built]:
    """Run ``build`` with the cyclic garbage collector paused.

    Compiling the word lists makes some 100,000 small containers (tuples, lists, dicts,
    regex parse nodes), none of them in a cycle: the collector's passes over them find
    nothing, and took about a third of the classifier's build time.
    """

    @wraps(build)
    def paused(*args: _Params.args, **kwargs: _Params.kwargs) -> _Built:
        collecting = gc.isenabled()
        gc.disable()
        try:
            return build(*args, **kwargs)
        finally:
            if collecting:
                gc.enable()

    return paused


@cache
@built_without_gc
def phrases(name: str) -> tuple[str, ...]:
    """The normalised phrases of ``data/<name>.txt``, longest first, without duplicates."""
    seen: dict[str, None] = {}
    for line in raw_lines(name):
        for choice in alternatives(line):
            for form in phrase_forms(choice):
                if form:
                    seen[form] = None
    return tuple(sorted(seen, key=lambda p: (-len(p), p)))


@cache
@built_without_gc
def word_set(name: str) -> frozenset[str]:
    """The entries of ``data/<name>.txt`` as a set (for single-word lists).

    Raises ``ValueError`` naming the file and line for an entry of two or more
    words: it could never match a token, so it is an author's mistake.
    """
    words: set[str] = set()
    for number, line in _numbered_lines(name):
        for choice in alternatives(line):
            toks = normalise_tokens(tokenise(choice))
            if len(toks) > 1:
                raise ValueError(f"data/{name}.txt:{number}: {line!r} is not one word")
            words.update(form for form in _forms_of(toks) if form)  # as phrases() has them
    return frozenset(words)


@cache
@built_without_gc
def phrase_regex(name: str, anchored: bool = False) -> re.Pattern[str]:
    """A regex matching any phrase of the list on whole-token boundaries.

    Utterances are matched as their normalised tokens joined by single spaces.
    With ``anchored`` the phrase must start the string.
    """
    start = "^" if anchored else "(?:^| )"
    return re.compile(f"{start}({trie_pattern(phrases(name))})(?= |$)")


_Trie = dict[str, "_Trie"]


def trie_pattern(items: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of ``items`` factored into a character trie.

    Equivalent to ``"|".join(map(re.escape, longest_first))`` but several times
    faster to match, because shared prefixes are tested once. Longer items win
    over their prefixes (greedy branches first); the caller's lookahead decides
    where an item may end.
    """
    trie: _Trie = {}
    for item in items:
        node = trie
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_to_regex(trie)


def _trie_to_regex(node: _Trie) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_to_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude lemma: strips common English inflections so "crying" ~ "cries" ~ "cry"."""
    w = word.split("'", 1)[0]
    n = len(w)
    if n > 5 and w.endswith("ing"):
        w = w[:-3]
    elif n > 4 and w.endswith(("ied", "ies")):
        w = w[:-3] + "y"
    elif n > 4 and w.endswith(("ed", "ly")):
        w = w[:-2]
    elif n > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2]:
        w = w[:-1]
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w


def content_stems(tokens: list[str], stop: frozenset[str]) -> set[str]:
    """Stems of the words that carry content (not in `stop`, longer than two letters)."""
    return {stem(t) for t in tokens if t not in stop and len(t) > 2}
