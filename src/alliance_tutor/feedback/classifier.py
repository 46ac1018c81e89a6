"""Rule-based coding of a helper's utterance into MITI 4.2.1 behaviour codes.

The classifier is transparent: every decision is backed by :class:`Evidence`
naming the rule that fired and the words it fired on, so drill feedback can
quote it. Rules are English linguistics and MI practice (Miller & Rollnick;
the MITI 4.2.1 manual; Gordon's roadblocks), written as word lists in
``data/*.txt``; nothing is learnt from a corpus.

Codes and their AnnoMI coarse behaviour (``BEHAVIOUR_OF_CODE``)
----------------------------------------------------------------
=========================  ===================  =====================================
code                       AnnoMI behaviour     why
=========================  ===================  =====================================
question                   question
simple_reflection          reflection
complex_reflection         reflection
seeking_collaboration      question             almost always said as a question
                                                ("Would it be okay if I ...?")
giving_information         therapist_input      AnnoMI subtype "information"
persuade                   therapist_input      AnnoMI subtype "advice"
persuade_with_permission   therapist_input      advice offered with permission/choice
emphasizing_autonomy       therapist_input      AnnoMI subtype "options"
confront                   therapist_input      arguing/criticising is the helper's
                                                own input; AnnoMI has no confront
affirm                     other                AnnoMI has no affirm class
other                      other                backchannels, greetings, praise
=========================  ===================  =====================================

How one sentence is coded (first rule that applies)
--------------------------------------------------
1. Only backchannels ("Mm-hmm. Okay. Right.") -> ``other`` (rule ``backchannel``).
2. Questions: a wh-opener (after stripping "so", "and", "um", "okay", "can I
   ask you" ...) followed by an auxiliary or a "?", an invitation to talk
   ("Tell me about ...", "Describe ..."), subject-auxiliary inversion ("Do you
   ...", "Is she ...") or a final "?" on a declarative. Open = wh/invitation,
   except one-fact wh ("how many", "how old", "what time") = closed; inversion
   and declaratives = closed. A declarative said with "?" that reads like a
   reflection is still a question, as MITI codes it (extra evidence
   ``reflection_as_question``). "Have you tried ...?", "Why don't you ...?",
   "Have you thought about ...?" are advice wearing a question mark: MITI codes
   them as questions, and so do we, with evidence ``advice_as_question`` for
   drill feedback. Any question with "why" gets evidence ``why_question``.
   Asking permission ("Would it be okay if I shared ...?", "May I ...") is
   ``seeking_collaboration`` (MITI 4.2.1 seeking collaboration).
3. Statements, in order: praise only ("Good job!", "I'm proud of you") ->
   ``other`` (rule ``praise``: the helper's approval, not the parent's
   strength); greetings/thanks -> ``other``; "let's work on this together" ->
   ``seeking_collaboration``; criticism/labels -> ``confront``; advice,
   orders, warnings, moralising, imperatives -> ``persuade``, or
   ``persuade_with_permission`` when the same utterance (or the parent's
   preceding words, answering a request) gives permission or stresses choice;
   "it's up to you" -> ``emphasizing_autonomy``; "you worked hard to ..." ->
   ``affirm``; reflection stems ("it sounds like", "so you", "you feel") or a
   second-person statement, or a statement reusing the parent's content words
   -> reflection; facts, norms, the helper's plans -> ``giving_information``.
4. Reflections are complex when they add meaning: a feeling word the parent did
   not say, a double-sided turn ("on the one hand", "but at the same time",
   "part of you"), a guess at value/meaning ("because", "important to you"),
   amplification ("never", "all on your own"), metaphor ("it's like"), or
   several new content words beyond the parent's; otherwise simple.

Main code of a multi-sentence utterance
--------------------------------------
Backchannel sentences are ignored when anything else is present. Then the
main code is the first in this precedence (chosen on the AnnoMI dev split and
matching MITI/AnnoMI practice that a turn containing a question is coded a
question; reflections outrank the helper's own information):

    question / seeking_collaboration  >  confront  >  persuade  >
    persuade_with_permission  >  simple/complex reflection  >
    emphasizing_autonomy  >  giving_information  >  affirm  >  other

see ``_PRECEDENCE`` for the exact tuple. The question type of a multi-question
utterance is open if any question is open; the reflection type is complex if
any reflection sentence is complex or the reflection spans several sentences.

Only the first ``MAX_CHARS`` characters of a very long input are analysed
(evidence ``truncated``); the function never raises on any ``str``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .lexicon import normalise_tokens, phrase_regex, tokenise, word_set

__all__ = [
    "BEHAVIOUR_OF_CODE",
    "CODES",
    "MAX_CHARS",
    "Classification",
    "Evidence",
    "SentenceResult",
    "classify",
]

CODES: tuple[str, ...] = (
    "question",
    "simple_reflection",
    "complex_reflection",
    "affirm",
    "seeking_collaboration",
    "emphasizing_autonomy",
    "giving_information",
    "persuade",
    "persuade_with_permission",
    "confront",
    "other",
)

BEHAVIOUR_OF_CODE: dict[str, str] = {
    "question": "question",
    "simple_reflection": "reflection",
    "complex_reflection": "reflection",
    "affirm": "other",
    "seeking_collaboration": "question",
    "emphasizing_autonomy": "therapist_input",
    "giving_information": "therapist_input",
    "persuade": "therapist_input",
    "persuade_with_permission": "therapist_input",
    "confront": "therapist_input",
    "other": "other",
}

MAX_CHARS = 20_000

_PRECEDENCE: tuple[str, ...] = (
    "question",
    "seeking_collaboration",
    "confront",
    "persuade",
    "persuade_with_permission",
    "complex_reflection",
    "simple_reflection",
    "emphasizing_autonomy",
    "giving_information",
    "affirm",
    "other",
)
_RANK = {code: i for i, code in enumerate(_PRECEDENCE)}


@dataclass(frozen=True, slots=True)
class Evidence:
    """One rule that fired: its id, the words it fired on, the sentence (0-based)."""

    rule: str
    words: str
    sentence: int


@dataclass(frozen=True, slots=True)
class SentenceResult:
    """The code of one sentence of an utterance."""

    text: str
    code: str
    question_type: str | None
    reflection_type: str | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Classification:
    """The code of a whole utterance, with the sentence codes it was built from."""

    text: str
    code: str
    question_type: str | None
    reflection_type: str | None
    behaviour: str
    evidence: tuple[Evidence, ...]
    sentences: tuple[SentenceResult, ...]


# --------------------------------------------------------------------------- patterns

_BRACKETS_RE = re.compile(r"\[[^\]]*\]|\([^)]*\)")
_SENT_SPLIT_RE = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\s*-{2,}\s*|\s+-\s+|\n+|(?<=\?)(?=\S)")
_VOCATIVE_RE = re.compile(r"(?:^|(?<=, ))[A-Z][a-z]+,\s*")
_CLAUSE_SPLIT_RE = re.compile(r"[,;:]")

_SUBJECTS = frozenset(
    ["you", "i", "we", "they", "he", "she", "it", "that", "this", "there", "your", "my", "our", "his", "her", "their", "the", "a", "an", "any", "anything", "anyone", "anybody", "anywhere", "something", "someone", "somebody", "everything", "everyone", "everybody", "people", "things", "baby", "babies", "kids", "children", "those", "these", "what"]
)
_PRONOUN_SUBJECTS = frozenset(
    ["you", "i", "we", "they", "he", "she", "it", "you're", "i'm", "we're", "they're", "he's", "she's", "it's", "you've", "i've", "you'd", "i'd", "you'll", "i'll"]
)
_AUX = frozenset(
    ["do", "does", "did", "don't", "doesn't", "didn't", "is", "isn't", "are", "aren't", "was", "wasn't", "were", "weren't", "can", "can't", "could", "couldn't", "will", "won't", "would", "wouldn't", "have", "haven't", "has", "hasn't", "had", "should", "shall", "may", "might", "must", "am", "'s", "'re", "'ve"]
)
_YOU_START = frozenset(["you", "you're", "you've", "you'd", "you'll", "your", "yourself"])
_FIRST_PERSON = frozenset(["i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'll", "we'd", "let's", "my", "our"])
_INVITATIONS = frozenset(
    (
        "tell me",
        "tell me about",
        "tell me more",
        "say more",
        "describe",
        "walk me through",
        "help me understand",
        "talk to me about",
        "talk me through",
        "give me an example",
    )
)
_ADVICE_Q_RE = re.compile(
    r"(?:^| )(have you (?:ever )?(?:tried|thought about|thought of|considered|looked into)|"
    r"did you (?:try|think about|consider)|why don't you|why not|"
    r"could you (?:try|just)|can you (?:try|just)|would you consider|wouldn't it be better|"
    r"don't you think (?:you|it|she|he|that)|what if you (?:tried|just)|"
    r"how about (?:you|trying|putting|giving|taking|cutting|getting|making)|"
    r"shouldn't you|isn't it time)(?= |$)"
)
_WHY_RE = re.compile(r"(?:^| )(why|how come)(?= |$)")
_DOUBLE_SIDED_RE = re.compile(
    r"(?:^| )(on the one hand|on one hand|on the other hand|part of you|another part|"
    r"at the same time|and yet|torn between|even though|although|but also|and also)(?= |$)"
)
_STUB_ENDINGS = ("-", "\u2014", "\u2013", "...", "\u2026")


@cache
def _lists() -> dict[str, re.Pattern[str]]:
    """Compile the word-list regexes once."""
    return {
        "open": phrase_regex("question_openers_open", True),
        "closed_wh": phrase_regex("question_closed_wh", True),
        "markers": re.compile(
            "^(?:(?:" + "|".join(re.escape(p) for p in _marker_phrases()) + ") )+"
        ),
        "backchannel_seq": re.compile(
            "^(?:(?:"
            + "|".join(re.escape(p) for p in _backchannel_phrases())
            + ")(?: |$))+$"
        ),
        "praise_seq": re.compile(
            "^(?:(?:"
            + "|".join(re.escape(p) for p in _praise_phrases())
            + r")(?: |$))+$"
        ),
        "praise": phrase_regex("praise"),
        "stem": phrase_regex("reflection_stems", True),
        "stem_any": re.compile(
            r"(?:^| )(it sounds like|sounds like|it sounds as though|sounds as though|"
            r"it seems like|it seems|seems like|what i'm hearing|i'm hearing|i hear that|"
            r"i hear you|what you're saying|in other words|i get the sense|i sense that|"
            r"it feels like|it's like|you're saying|you feel|you're feeling)(?= |$)"
        ),
        "feeling": phrase_regex("feeling_words"),
        "complex": phrase_regex("complex_cues"),
        "roadblock": phrase_regex("roadblocks"),
        "confront": phrase_regex("confront"),
        "affirm": phrase_regex("affirmation"),
        "permission": phrase_regex("permission"),
        "autonomy": phrase_regex("autonomy"),
        "info": phrase_regex("information"),
        "social": phrase_regex("social"),
    }


def _marker_phrases() -> tuple[str, ...]:
    from .lexicon import phrases

    return phrases("discourse_markers")


def _backchannel_phrases() -> tuple[str, ...]:
    from .lexicon import phrases

    return phrases("backchannels")


def _praise_phrases() -> tuple[str, ...]:
    from .lexicon import phrases

    seen = dict.fromkeys(phrases("praise") + phrases("backchannels"))
    for extra in ("so", "very", "really", "that's", "that", "is", "you", "it", "this"):
        seen[extra] = None
    return tuple(sorted(seen, key=lambda p: (-len(p), p)))


@cache
def _words() -> dict[str, frozenset[str]]:
    return {
        "aux_open": word_set("question_openers_closed"),
        "stop": word_set("stopwords"),
        "imperative": word_set("imperative_verbs"),
    }


# --------------------------------------------------------------------------- helpers


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A crude lemma: strips common English inflections so "crying" ~ "cries" ~ "cry"."""
    w = word.split("'", 1)[0]
    n = len(w)
    if n > 5 and w.endswith("ing"):
        w = w[:-3]
    elif (n > 4 and w.endswith("ied")) or (n > 4 and w.endswith("ies")):
        w = w[:-3] + "y"
    elif (n > 4 and w.endswith("ed")) or (n > 4 and w.endswith("ly")):
        w = w[:-2]
    elif n > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2]:
        w = w[:-1]
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w


def _content_stems(tokens: list[str], stop: frozenset[str]) -> set[str]:
    return {_stem(t) for t in tokens if t not in stop and len(t) > 2}


def _strip_markers(flat: str, markers: re.Pattern[str]) -> str:
    m = markers.match(flat)
    if m is None:
        return flat
    rest = flat[m.end() :]
    return rest if rest else flat


@dataclass(slots=True)
class _Ctx:
    """Per-call state shared by the sentences of one utterance."""

    stems: set[str]
    has_context: bool
    permission_granted: bool
    permission_seen: bool = False


class _Sentence:
    """Mutable scratch for coding one sentence."""

    __slots__ = ("code", "ev", "idx", "qtype", "rtype")

    def __init__(self, idx: int) -> None:
        self.idx = idx
        self.code = "other"
        self.qtype: str | None = None
        self.rtype: str | None = None
        self.ev: list[Evidence] = []

    def add(self, rule: str, words: str) -> None:
        self.ev.append(Evidence(rule, words, self.idx))


# --------------------------------------------------------------------------- questions


def _question_clause(head: str, toks: list[str], qmark: bool, pats: dict[str, re.Pattern[str]]) -> str | None:
    """Return "open"/"closed" if the clause ``head`` opens like a question, else None."""
    if not toks:
        return None
    m = pats["open"].match(head)
    if m is not None:
        opener = m.group(1)
        if opener in _INVITATIONS:
            return "open"
        n_open = opener.count(" ") + 1
        nxt = toks[n_open] if len(toks) > n_open else ""
        if opener.startswith(("i'm", "i wonder", "i'm wondering")):
            return "open"
        if not qmark and nxt in _PRONOUN_SUBJECTS:
            return None  # "what you said", "how you feel": a free relative, not a question
        is_q = (
            qmark
            or "'" in opener
            or any(t in _AUX for t in toks[n_open : n_open + 3])
            or nxt in ("about", "else", "come", "much", "many", "often", "long", "far")
        )
        if not is_q:
            return None
        return "closed" if pats["closed_wh"].match(head) else "open"
    first = toks[0]
    if first in _words()["aux_open"] and len(toks) > 1:
        second = toks[1]
        if second in _SUBJECTS or second in _PRONOUN_SUBJECTS:
            if first in ("have", "had") and second in ("a", "an", "the", "some", "any") and not qmark:
                return None
            return "closed"
        if qmark and first not in ("be", "let"):
            return "closed"
    return None


# --------------------------------------------------------------------------- main


def _code_sentence(raw: str, idx: int, ctx: _Ctx) -> SentenceResult | None:
    stripped = raw.strip(" \t-\"'\u2014\u2013")
    if not stripped:
        return None
    qmark = "?" in stripped
    stub = raw.rstrip().endswith(_STUB_ENDINGS)
    cleaned = _VOCATIVE_RE.sub("", stripped) if "," in stripped else stripped
    toks = normalise_tokens(tokenise(cleaned))
    if not toks:
        return None
    pats = _lists()
    flat = " ".join(toks)
    s = _Sentence(idx)

    if pats["backchannel_seq"].match(flat):
        s.add("backchannel", flat)
        return _finish(stripped, s)

    head = _strip_markers(flat, pats["markers"])
    htoks = head.split(" ") if head != flat else toks

    # ---- questions
    qtype = _question_clause(head, htoks, qmark, pats)
    if qtype is None and qmark:
        # a question after a comma ("So when she cries, what do you do?") or a declarative "?"
        for chunk in _CLAUSE_SPLIT_RE.split(cleaned)[1:]:
            ctoks = normalise_tokens(tokenise(chunk))
            if not ctoks:
                continue
            cflat = _strip_markers(" ".join(ctoks), pats["markers"])
            qtype = _question_clause(cflat, cflat.split(" "), True, pats)
            if qtype is not None:
                break
        if qtype is None:
            tail = htoks[-1]
            if len(htoks) <= 2 and tail in ("right", "okay", "yeah", "huh", "hmm", "so"):
                s.add("backchannel", flat)
                return _finish(stripped, s)
            qtype = "closed"
            s.add("declarative_question", head)
            if pats["stem"].match(head) or htoks[0] in _YOU_START or _overlap(toks, ctx) >= 0.5:
                s.add("reflection_as_question", head)
    if qtype is not None:
        perm = pats["permission"].search(flat)
        if perm is not None:
            s.code = "seeking_collaboration"
            s.add("permission", perm.group(1))
            ctx.permission_seen = True
        else:
            s.code = "question"
            s.qtype = qtype
            s.add(f"{qtype}_question", head if len(head) < 60 else head[:60])
        adv = _ADVICE_Q_RE.search(flat)
        if adv is not None:
            s.add("advice_as_question", adv.group(1))
        why = _WHY_RE.search(flat)
        if why is not None:
            s.add("why_question", why.group(1))
        return _finish(stripped, s)

    # ---- statements
    first = htoks[0]
    if pats["praise_seq"].match(flat) and pats["praise"].search(flat):
        s.add("praise", flat)
        return _finish(stripped, s)

    perm = pats["permission"].search(flat)
    if perm is not None:
        s.code = "seeking_collaboration"
        s.add("collaboration", perm.group(1))
        ctx.permission_seen = True
        return _finish(stripped, s)

    conf = pats["confront"].search(flat)
    if conf is not None:
        s.code = "confront"
        s.add("confront", conf.group(1))
        return _finish(stripped, s)

    auto = pats["autonomy"].search(flat)
    road = pats["roadblock"].search(flat)
    advice_words: str | None = road.group(1) if road is not None else None
    if (
        advice_words is None
        and first in _words()["imperative"]
        and not (len(htoks) > 1 and htoks[1] in ("me", "us", "you", "i", "it's", "a"))
        and len(htoks) > 1
    ):
        advice_words = first
        s.add("imperative", first)
    if advice_words is not None:
        if auto is not None or ctx.permission_seen or ctx.permission_granted:
            s.code = "persuade_with_permission"
            s.add("advice_with_permission", auto.group(1) if auto is not None else "permission")
        else:
            s.code = "persuade"
        s.add("advice", advice_words)
        return _finish(stripped, s)

    if auto is not None:
        s.code = "emphasizing_autonomy"
        s.add("autonomy", auto.group(1))
        return _finish(stripped, s)

    aff = pats["affirm"].search(flat)
    if aff is not None:
        s.code = "affirm"
        s.add("affirm", aff.group(1))
        return _finish(stripped, s)

    social = pats["social"].search(flat)
    if social is not None and len(toks) <= 12:
        s.add("social", social.group(1))
        return _finish(stripped, s)

    # ---- reflection or information
    overlap = _overlap(toks, ctx)
    stem = pats["stem"].match(head)
    stem_any = pats["stem_any"].search(flat) if stem is None else None
    info = pats["info"].search(flat)
    reflective = False
    if stem is not None:
        reflective = True
        s.add("reflection_stem", stem.group(1))
    elif stem_any is not None:
        reflective = True
        s.add("reflection_stem", stem_any.group(1))
    elif first in _YOU_START:
        reflective = True
        s.add("second_person", first)
    elif ctx.has_context and overlap >= 0.5 and first not in _FIRST_PERSON:
        reflective = True
        s.add("restates_client", f"{overlap:.2f}")
    elif len(htoks) <= 4 and first not in _FIRST_PERSON and info is None:
        reflective = True
        s.add("fragment", head)

    if reflective:
        complex_ = _reflection_is_complex(toks, flat, ctx, s, pats)
        s.rtype = "complex" if complex_ else "simple"
        s.code = "complex_reflection" if complex_ else "simple_reflection"
        return _finish(stripped, s)

    s.code = "giving_information"
    if info is not None:
        s.add("information", info.group(1))
    elif first in _FIRST_PERSON:
        s.add("helper_statement", first)
    else:
        s.add("statement", head[:40])
    _ = stub
    return _finish(stripped, s)


def _overlap(toks: list[str], ctx: _Ctx) -> float:
    if not ctx.has_context:
        return 0.0
    mine = _content_stems(toks, _words()["stop"])
    if not mine:
        return 0.0
    return len(mine & ctx.stems) / len(mine)


def _reflection_is_complex(
    toks: list[str], flat: str, ctx: _Ctx, s: _Sentence, pats: dict[str, re.Pattern[str]]
) -> bool:
    ds = _DOUBLE_SIDED_RE.search(flat)
    if ds is not None:
        s.add("double_sided", ds.group(1))
        return True
    feel = pats["feeling"].search(flat)
    if feel is not None and (not ctx.has_context or _stem(feel.group(1).split(" ")[-1]) not in ctx.stems):
        s.add("adds_feeling", feel.group(1))
        return True
    cue = pats["complex"].search(flat)
    if cue is not None:
        s.add("adds_meaning", cue.group(1))
        return True
    mine = _content_stems(toks, _words()["stop"])
    new = mine - ctx.stems if ctx.has_context else mine
    if len(new) >= 5:
        s.add("adds_content", " ".join(sorted(new)[:5]))
        return True
    return False


def _finish(text: str, s: _Sentence) -> SentenceResult:
    return SentenceResult(text, s.code, s.qtype, s.rtype, tuple(s.ev))


_PERMISSION_GRANTED_RE = re.compile(
    r"^(?:(?:yes|yeah|sure|okay|ok|of course|go ahead|please|that's fine|fine|alright|"
    r"all right|yep|mm hmm|uh huh|i guess|why not)\b[ ,.!]*)+"
)


def classify(text: str, context: str | None = None) -> Classification:
    """Code ``text`` (a helper's utterance); ``context`` is the parent's preceding words."""
    if not isinstance(text, str):  # defensive: typed callers never hit this
        text = str(text)
    work = text if len(text) <= MAX_CHARS else text[:MAX_CHARS]
    if not work.strip():
        ev = (Evidence("empty", "", 0),)
        return Classification(text, "other", None, None, "other", ev, ())
    stop = _words()["stop"]
    if context:
        cwork = context[:MAX_CHARS]
        ctoks = normalise_tokens(tokenise(cwork))
        ctx = _Ctx(
            _content_stems(ctoks, stop),
            True,
            bool(_PERMISSION_GRANTED_RE.match(" ".join(ctoks))) and len(ctoks) <= 6,
        )
    else:
        ctx = _Ctx(set(), False, False)
    if "[" in work or "(" in work:
        work = _BRACKETS_RE.sub(" ", work)
    results: list[SentenceResult] = []
    for part in _SENT_SPLIT_RE.split(work):
        if part:
            res = _code_sentence(part, len(results), ctx)
            if res is not None:
                results.append(res)
    if not results:
        ev = (Evidence("empty", "", 0),)
        return Classification(text, "other", None, None, "other", ev, ())
    code, qtype, rtype = _combine(results)
    evidence = tuple(e for r in results for e in r.evidence)
    if len(text) > MAX_CHARS:
        evidence += (Evidence("truncated", str(MAX_CHARS), len(results) - 1),)
    return Classification(
        text, code, qtype, rtype, BEHAVIOUR_OF_CODE[code], evidence, tuple(results)
    )


def _combine(results: list[SentenceResult]) -> tuple[str, str | None, str | None]:
    best = min(results, key=lambda r: _RANK[r.code])
    code = best.code
    qtype: str | None = None
    rtype: str | None = None
    if code == "question":
        qtype = "open" if any(r.question_type == "open" for r in results) else "closed"
    elif code in ("simple_reflection", "complex_reflection"):
        n_ref = sum(1 for r in results if r.reflection_type is not None)
        if n_ref > 1 or any(r.reflection_type == "complex" for r in results):
            code = "complex_reflection"
        rtype = "complex" if code == "complex_reflection" else "simple"
    return code, qtype, rtype
