"""Rule-based coding of a helper's utterance into MITI 4.2.1 behaviour codes.

The classifier is transparent: every decision is backed by :class:`Evidence`
naming the rule that fired and the words it fired on, so drill feedback can
quote it. Rules are English linguistics and MI practice (Miller & Rollnick;
the MITI 4.2.1 manual; Gordon's roadblocks), written as word lists in
``data/*.txt``; nothing is learnt from a corpus. A handful of numeric
settings (``_LONG_INPUT``, ``_ROADBLOCK_WEIGHT``, ``_STATEMENT_SHARE``,
``_WEAK_WEIGHT``, ``_SHORT_REFLECTION``, ``_RESTATES``, ``_NEW_CONTENT``,
``_LONG_TURN``, ``_SELECTIVE_REFLECTION``, ``_TENTATIVE_WORDS``) and the
behaviour mapping
were chosen on the even-numbered ("dev") transcripts of AnnoMI; see
``benchmarks/annomi_eval.py``.

Two sub-decisions are public pure functions that always decide, for an
utterance already known to be a question or a reflection (e.g. one a human
coder labelled): :func:`question_type_of` ("open"/"closed") and
:func:`reflection_type_of` ("simple"/"complex"). :func:`classify` types its own
questions and reflections with the same rules.

Codes and their AnnoMI coarse behaviour (``BEHAVIOUR_OF_CODE``)
----------------------------------------------------------------
=========================  ================  ==========================================
code                       AnnoMI behaviour  why
=========================  ================  ==========================================
question                   question
simple_reflection          reflection
complex_reflection         reflection
affirm                     reflection        AnnoMI has no affirm class; its annotators
                                             code "you really showed courage" as a
                                             (complex) reflection
seeking_collaboration      question          nearly always asked ("Would it be okay
                                             if I shared ...?")
emphasizing_autonomy       therapist_input   AnnoMI input subtype "options"
giving_information         therapist_input   AnnoMI input subtype "information"
persuade                   therapist_input   AnnoMI input subtype "advice"
persuade_with_permission   therapist_input   advice after permission / with choice
confront                   therapist_input   the helper's own (critical) input
other                      other             backchannels, greetings, praise
=========================  ================  ==========================================

How one sentence is coded
-------------------------
Utterances are split into sentences at ". ", "? ", "! ", dashes (a
transcript's "--" and " - ", an em dash, a spaced en dash but not "2\u20133")
and line breaks (not after a title: "Mr. Adeyemi"); each sentence is tokenised once
(lower case, stutters such as "you-you're" and "wh-what" removed) and scanned
once for every word list. A listed phrase of advice, affirmation,
confrontation, permission, collaboration or social talk also matches with an
intensifier inside ("you really need to", "you're really taking charge", "let
me just pull up"; ``_INTENSIFIERS``).

1. Only backchannels ("Mm-hmm. Okay. Right.", "Gosh.", "Bless her.") -> ``other``
   (``backchannel``); but a prompt to go on said with "?" ("And then?", "Okay,
   and?", "Such as?", "Meaning?") is an open question.
2. Questions: after stripping openers ("so", "and", "um", "okay", "can I ask
   you"), a wh-word followed by an auxiliary or "?" ("What would help?"), an
   invitation to talk ("Tell me about ...", "Can you describe ...", also asked
   politely with a verb of telling, "Would you be able to say what worries you
   most?", "Could you say a bit about bath time?", unless one fact is asked,
   "... what time he went down?", or a yes or no, "... if she's had her jabs?"),
   subject-auxiliary inversion ("Do you ...", "Is she ...") or a "?" after a
   statement. Open = wh-questions ("What kind of games does he like", the
   auxiliary after the noun), invitations and curiosity said as a statement
   ("I'd be curious what the bottle does for you"), also after a
   comma without "?" ("So to start, tell me about her nights.", "And when you
   picture it, um, what does that look like"; not a wh-clause joined by
   "and/but" or followed by "is/was", "..., what's changed is ...", nor a
   thought quoted after "like", also past a filler, "It's starting to feel
   like, what's the point.", "part of you is like, um, how would I cope"), and questions
   asking for more ("Anything else?", "Are there any other worries?", a word
   echoed with "in what way/sense?", "Weird in what way?"), also
   a second question joined by "and" ("Where's the baby usually, and what
   happens for you then?": two questions at once, typed as across sentences);
   closed =
   inversion (also trailing off in "or?", "Do you still walk, or?"), declaratives, tag
   questions (a positive tag asks even typed without its "?": "And he's started
   nursery, has he"), "I wonder if ...", a yes/no question announced or wondered
   about ("I was going to ask if you've heard of ...", "I'm wondering
   whether you've had anything since", "I was wondering if you ..."; but an
   invitation stays open, "I was wondering if you could tell me about his
   naps", and wondering about a feeling stays a tentative reflection, "I
   wonder if you feel alone"; a wh-question announced, "Can I ask what you
   noticed?", takes the type of its wh-word), a choice between options named at the end
   ("Who's up with him at night -- you or your partner?", "..., the gum or
   the patch?"; up to ``_CHOICE_WORDS`` words after a question for a fact, "Who
   rang you, the midwife from the unit or the health visitor?", but only
   ``_VIEW_CHOICE_WORDS`` after one for the parent's view, where the options may
   be examples; not "..., or something else?", "... or maybe ..."), and
   wh-questions after one fact ("how many",
   "how much", "how often", "how long", "how old", "what time", "when did
   ...", "when exactly", "which ...", "Since when?", "What did they each
   weigh?", ratings "on a scale of"; a count asked
   after a comma needs no "?", "..., how many would you say", nor does a
   measure asked at the start, "how old was he when he walked", nor a check
   opened by "any", "Any fever since the jabs", "Any teeth yet"; one fact asked
   for with "what is the/your <number, date, day, time, name, age, dose,
   address, weight, score, reading>", "What was the number?", "What day's the
   appointment?", "What's her due date?", not "What's the plan?"; a person or
   a place asked for, "Who's picking him up today?", "Where does the baby
   sleep?", unless the question asks a view ("Where would you like to
   start?", "Who could help you?") or is about the parent ("Where do you
   stand?"); MITI
   4.2.1: a closed question
   implies "a specific fact, a number"; "Any thoughts of hurting yourself?" is
   a screening yes/no; "When she cries, what do you do?" is
   open, its "when" opening a clause, not a question). A wh-word followed
   straight by a subject pronoun ("What you said ...", "What I'm hearing is
   ...?", "When you picked her up, she ...?", also after "how long/much",
   "How long you breastfeed is your call") is a free relative or a time
   clause, not a question, even before a "?"; so, without a "?", is "what"
   or "who" with a verb heading the subject of "is/was" ("What scares you is how
   rough it gets.", "Who minds her is a decision for you two", "What's offered
   varies by hospital.") -- except a spoken question
   that drops its auxiliary ("How you doing?"); without a "?", "when/how/
   why/where" ask only with the auxiliary right after them ("When did ...",
   not "When your mother couldn't come, you ..."), and "what/who" as the
   subject of a verb asks ("What gets in the way in the evenings", "What
   happened after that", "Oh no. What happened", "What usually happens before a tantrum", an adverb
   before the verb; not after "you know", "You know what feels
   right"); nor does a verb after an adverb taken for a filler ("Now really
   is the time."). An utterance typed by
   :func:`question_type_of` is open if any of its (non-check) questions is
   open, and closed if none has a question form at all. A guess offered for
   the parent to confirm closes a question ("What cream are you on, is it the
   one from the chemist?", "She's been dry since, what, Easter?"); an open
   question begun again after a broken-off one ("Do you- what sets him off?")
   is open, as when two are put at once.

   - A short reflection said with a rising "?" ("You were surprised?") is a
     question, as MITI codes it; evidence ``reflection_as_question`` marks it.
     A whole reflective statement (at least ``_TENTATIVE_WORDS`` words, with
     a stem such as "so you", "you feel", "it sounds like", also after
     "so, ...") or any double-sided reflection ("Part of you ..., and part of
     you ...?") offered with a tentative "?" is coded as the statement it is
     (evidence ``tentative_reflection``), as AnnoMI's coders do.
   - A statement with a tag seeking agreement ("You didn't sleep at all,
     right?", "It's a lot, isn't it?") is coded as the statement (evidence
     ``tag_question``) unless the part before the tag is a question itself; so
     is an order with "okay?" after it ("Don't skip the scan, okay?"). But a
     simple reflection with a number or a name the parent did not say
     ("Jayden's four now, isn't he?", "That was on Monday, wasn't it?"), or
     information about a past event with a past-tense tag and such a name
     ("That was at the clinic on Station Road, wasn't it?"), checks a fact: a
     closed question (evidence ``fact_checked``). "Any redness round the wound
     at all" asks without its "?" (closed).
   - A suggestion put as a question for the parent's view ("What would you
     think about trying a bath before bed?", "How about you keep a sleep
     log?", "What about trying ...?", ``data/proposal_questions.txt``, "What
     about, maybe when he turns three, you could enroll him?") is
     ``persuade_with_permission`` (evidence ``proposal_as_question``); "How
     about you?" alone asks about the parent and stays a question.
   - "Have you tried ...?", "How about you ...?" are advice wearing a question
     mark. MITI codes the form, so the code stays ``question``; evidence
     ``advice_as_question`` lets drill feedback say so. "Why don't you try
     ...?", "Why not just go?" are not questions at all but the set form of a
     suggestion: ``persuade`` (with permission if the parent asked), evidence
     ``suggestion_as_question``; not "Why don't you want to ...?", a reason
     asked, nor an invitation ("Why don't you start by telling me ...").
   - Any question containing "why"/"how come" gets evidence ``why_question``.
   - A closed question asking permission ("Would it be okay if I shared ...?",
     "Can I share ...", "Do you mind if I ...", also typed without the "?",
     "mind if i tell you about ...", "Are you okay with me sharing ...?", "Would
     you be interested in hearing about ...?", an offer checked, "..., would that
     be useful?", joint problem-solving proposed, "Could we find a time that ...?")
     is ``seeking_collaboration``, and
     so is a question seeking the parent's ideas or joint work ("What do you
     think would help?", "What have you been thinking might work?", "What do
     you reckon helps?", "What do you reckon we try first?", "How would you
     like to use our time today?", "How can I be most useful?", "How can I make
     these visits feel different?", "What would be most useful for us to go
     over?", "... together?" when
     "we/us/I" share the work or a verb of joint work is used, "Want to think
     it through together?", "How about we sort it out together?" -- joint
     work, not advice --, not "what you all do together" nor company, "when
     they're together"; "... with me?"
     with a verb of joint work, "Would you look through it with me?"), how
     to go on ("How would you like to handle it?", "Where does it make sense
     to start?"), the parent's ideas asked for before the helper's ("Before
     I jump in, what have you already tried?") or "we" with a modal and a
     verb of joint work or choice ("..., and then we can decide which to
     start with?", "Could we sit down and map out the week?"; not an errand,
     "should we call?"), or the parent's own ideas on what to do (a "what /
     which / where / how" with "would/might/could you" and a verb of choice,
     "What would you like to try first?", "Which one would you pick?"; "what
     would help/work"; "What would make the mornings easier?"; "what ideas do
     you have"; "What kind of help would feel right?", "What plan would feel
     right to you?"; not "What would you
     do if ...?", a story, nor "What number would you pick?", a scale); its
     ``question_type`` still gives its form.
   - A question that criticises or shames ("How could you leave her with
     him?", "Are you being honest with me?", "And whose fault is that?",
     ``data/confront.txt``, a bare "What are you thinking?", or the parent's
     choice doubted, "Do you really think leaving him with ... is okay?"; a
     question whose answer is the helper's verdict, "Are you even trying?", "Do
     you have any idea how dangerous that is?", "Since when is that okay?", "You
     call that ...?", "Do you hear yourself?"; not "Did you even get any
     sleep?") is ``confront``, as MITI codes it; "How could you and the
     childminder ...?" plans jointly and stays a question. So is a short echo of
     the parent's own words ("Not important?", "Clean all week?") followed by a
     sentence that disputes them ("How is that not important?", "Then why ...?";
     evidence ``disputes_echo``; not "You don't sound fine", which notices, nor
     "How is it different?", which asks). So is the parent's playing down echoed
     ("Fine?", "Only weekends?", "No rush?") and then a statement that sets
     something against it ("You were asleep on the sofa when I knocked."); not
     one that names a feeling or takes the parent's side ("I bet ...", "No
     wonder ..."), nor an open question after it.
   - Opening a question, "Shouldn't you just ...?", "Couldn't you ...?", "Can't
     you ...?" and "Wouldn't it be easier to ...?" press a step the way "Why
     not ...?" does: ``persuade`` (evidence ``suggestion_as_question``); "Can't
     you sleep?" asks.
   - A bare check of understanding ("Does that make sense?", "Is that
     right?", also a summary handed back for correction in a statement, "Correct
     me if I'm wrong", "Let me know if that's not quite it", coded ``other``)
     or of the parent's reaction to what the helper just offered
     ("How would that sound?", "What do you think of an idea like that?")
     gets evidence ``check_question`` (see the main-code rule).
3. Statements, first rule that applies: the helper finishing the parent's
   unfinished sentence ("I just want to..." -- "...leave the room.") is a
   reflection (evidence ``continues_parent``), never an order; praise only
   ("Good job!", "Good job today.", "I'm proud of you", the helper's own
   gladness, "Ah, I'm so pleased!", "I love hearing that!"), or praise of an act
   ("Good job staying calm!", "Well done for sticking with it", "Good on you for
   asking"; not when a clause
   credits the act or names the parent) -> ``other`` with evidence ``praise``
   (the helper's approval, not a statement about the parent, so not an
   affirm); the helper's sympathy or apology ("I'm so sorry to hear that", "I'm
   sorry you're going through this"; not "I'm sorry, but ..." or "I'm sorry,
   there's nothing I can do") -> ``other`` with evidence ``sympathy``;
   "let's work on this together", "Let's look at it together", joint
   work proposed ("We could sort it out together", not under "if") or the
   agenda set jointly ("I want to make sure we get to what's on your mind";
   not "something you two will figure out together", without the helper; "side
   by side" counts as "together": "I'd like us to go through it side by side"),
   the parent's ideas asked for in a statement ("Tell me what you think would
   make bedtime easier", "I'd like your take on what would help", "I'm
   interested in what ideas you've had", "..., and we'll go from there") or
   joint work offered ("I'd be glad to think it through with you"), or an offer to
   tell left to the parent ("I can tell you what the research says, if you'd like",
   "I'd be happy to share some tips if you want", "..., if that's helpful")
   -> ``seeking_collaboration``; "Come on." (disbelief) -> ``confront``; so is
   "Again." said after the parent's lapse (evidence ``reproach``; not the parent's
   own "again" said back);
   denying what the parent said of themself ("I was sick." -- "You weren't
   sick."; "I'm fine." -- "You're not fine."; "I was fine." -- "No, that's
   not fine.", also "It's not really fine"; evidence ``contradicts_parent``;
   the parent's own "I'm not ..." said back keeps its polarity and reflects)
   -> ``confront``; the parent's words set against what they do ("You say you
   want to quit, but you're still buying it"; "You keep saying ..., but you're
   not ..."; not "..., but you still feel ...", a double-sided reflection) ->
   ``confront``; criticism, labels, arguing, blame, moralising ("That's a bad
   idea", "You're not listening", "That's a pretty poor excuse", "... is nothing
   to be proud of", priorities judged, "That's putting the hoovering ahead of
   your daughter", "So your lie-in comes before her breakfast?", a belief
   echoed with a tag of the same polarity, "And you think the cold air clears
   it, do you?", "You should have called me sooner" opening a
   sentence, "A good parent makes the effort ...", "Stress is no excuse",
   "You're being overprotective", "Do you really think he can understand
   that?", "That's not what you told me", "..., and you know it" as the last
   words; not a
   label inside a reflected feeling, "it feels selfish to want them", nor a
   fault the parent wonders about, "wondering whether it was your fault", nor
   a verdict inside the parent's own worry, fear or self-talk, "You're worried
   that wanting time for yourself is selfish", "Part of you wonders if you're
   being lazy", "You keep telling yourself it was your fault", nor another's
   criticism the parent lives with, said back, "she says you're doing it wrong",
   "Your mum thinks you're too soft on him" (not "..., which tells me ..."); "Don't you think
   that's selfish?" and "You think it's fine, but it's neglect" still confront) ->
   ``confront``; Gordon's roadblocks of advising/ordering/warning/moralising
   ("you need to", "you should", "if you don't ...", "I'd strongly suggest",
   what the helper would do, "I'd move the heater", "I'd say start small",
   "I'd get one of those", "I'd seriously think about", "I'd get him booked
   in", "I'd do the settling sessions" (not "I'd do the same"), "I'd still keep
   that appointment", "I really wouldn't do that" (not "I wouldn't say that"); "Best
   to ...", "A better move is to ...", "Hang in there", "It'd be a shame to stop";
   "What you need to do is ..." without a "?" is no question; not "So where you've
   got to: ...", a summary, nor "you could" in a clause of time or one describing a
   noun, "before you could hold her"; not an infinitive of
   purpose, "to make sure she got seen", nor "you can tell me ...", nor "I
   want you to know that ...", nor a need that is the object of another
   verb, "take whatever time you need to decide", "doing what you need to get
   by"; nor a guess at the parent's state, "you must be exhausted", "you must
   feel ...", "you must really love her" (but "you must be careful" orders); nor a
   prediction inside the parent's fear, "You're scared you'll lose her", "The fear
   is that you'll have to go back in" (but a fear in a condition, then an order,
   advises: "If you're worried, you need to call the GP"); nor the parent's own
   know-how granted, "You don't need me to tell you how to raise a baby"; not
   "it's important to you", nor a counterfactual, "you shouldn't have said"
   (but "you need to have a plan": "have" before an object), nor coming to
   know someone, "You've really got to know her", nor a duty the
   parent feels, "you feel you have
   to", unless "so" draws the helper's conclusion, "you feel fine, so you've
   got to take them"), a warning of delay ("Each week you put it off ..."), the
   case for what the parent just refused ("Nursery would really help his speech"
   after "I'm not putting him in nursery"; evidence ``argues_for_refused``), an
   imperative verb first ("Put her down on her back",
   "Don't do that", also after "please", "maybe", "do" or a time, "Maybe swap it
   for water", "Do take her", "Please don't give him
   honey", "Next time, hold on to her", or "please" and an order later in
   the sentence, "..., so please stand the bottle in hot water" (not "please
   let me know", nor "asked her to please stop"), or an order opening a later
   clause, "..., so give her a ring", "After a drink, put him in his own cot"
   (not a verb sharing the first clause's subject, "You'd move house, change
   jobs", an option in a list, "whether you stop or, you know, leave it", a
   courtesy, "No worries, take your time", nor the parent's own plan); "Tell
   your GP", while "Tell me ..." invites talk; not a noun phrase followed by a
   verb, "Sleep training can help", nor "always/never" before a gerund,
   "Always choosing, and somebody always waiting",
   nor a courtesy, "Come on in", "Don't worry about it"), a suggested
   action, hedged or not ("You could maybe try ...", "You might call ...";
   not the parent's idea reported back, "You said you could try ...", nor
   their wish, "wishing you could take it back", nor the purpose of an act
   they did, "You moved the cot so you could hear her") or a
   warning in the helper's words ("If you skip them, she won't be
   protected"; restating the parent's own if-then is a reflection) or an
   argument for a change ("The sooner you start, the easier it is", "You'd
   be so much happier if you let him take a feed", a change the parent did
   not name with its payoff, "Moving her bath earlier would make the evenings
   calmer", "Once you start reading with him, you'll see a difference", "It's
   time to move her into her own room" opening the sentence (not "part of you
   knows it's time to ..."), options judged, "A childminder would suit him
   better", "the safer option"; not the parent's own
   words, nor "the more you tell me, the better I can help") or what has to
   happen to someone or something in the home ("That shelf needs to get
   anchored", "He should really change his shirt first", "She's got to go back in
   her own cot"; not "that must be
   hard", nor what someone else said was needed, nor the parent's own plan) ->
   ``persuade`` (but a requirement stated after the parent asked how to do
   something, "How do I sign up?" -- "You'll need to bring your ID", is
   ``giving_information``), or ``persuade_with_permission`` when the
   utterance asked permission or stresses choice ("..., but it's up to you")
   or the parent's preceding words were a bare yes ("Sure, go ahead") or asked for the helper's
   view or pick ("What would you do?", "I'd love some tips", "Which one would you
   go for?", "Any thoughts?", ``data/permission_granted.txt``) or asked how to do
   something ("How do I even bring it up with her?" -- "If it were me, I'd ...";
   an adverb does not soften an order: "you really need to"; "I think you need
   to" is the helper's advice, not a reported view); "it's up to you" (not
   denied, "This wasn't your choice", nor made, "You've made your decision"),
   "you know your baby best", "you know this family better than anyone" (not the
   filler "you know, ..."; and it wins over the rebuke "you know better" it
   begins with), the say given in other words ("Who you tell is in your hands",
   "How you feed her is your business", "That's between you and your partner",
   "You set the pace", "Nobody else gets a vote", "You two get to shape ...",
   "You're allowed to say ...") -> ``emphasizing_autonomy``; "you worked hard to ...",
   "you really care about ..." or a strength named in the parent ("You're so
   patient with her", "You stayed steady for him", "your persistence",
   "That's real commitment", "That was really thoughtful", "... shows how
   committed you are",
   ``data/strengths.txt``; a deliberate step seen through, "you went ahead
   and ...", "you stuck to it", "you put it into practice"; a quality of mind
   in the act, "That's a wise choice", "What a thoughtful idea", or in the
   parent's own idea, "You've worked out a clever way to ..."; a strength the
   parent found or showed, "You found the courage to ..." (not "had the nerve
   to", which may rebuke); not a strength
   worn down, "... have worn your patience thin"; a role filled
   well, "You're a quick learner", "You make a great team"; what a gerund-named
   act took, showed or was, "Juggling both takes organisation", "Making her
   food from your recipes is a thoughtful way to ..."; the parent set beside
   others, "Not every dad would think to ask"; an effort against a difficulty
   named beside it, "Even on the hardest days, you're making sure she's fed",
   "You came anyway", not a habit, "you keep smoking even though ...", or a
   task done after it, "..., and you still finished that coursework" (not
   "you've still got two kids", what the parent has); a quality shown in an
   act, "It was really generous of you to ...", "takes real honesty", "That
   photo book is such a thoughtful way to ...", "because of how steady you've
   been" (not "how patient you can be"); the credit given, "that's down to
   you", "real planning on your part", "took everything you had", "was your
   idea", "was your call" (a choice made, no say given); persistence named,
   "you keep at it", "you've kept it up", "you make it work"; care taken,
   "You've planned the move really carefully", "You thought ahead", "You
   thought hard about ..."; the child put first, "you're putting his lungs ahead
   of your own comfort"; mastery and judgement, "You're really on top of his
   development", "a real skill you've mastered", "trusting your own judgement";
   a role taken in earnest, "You're taking being her dad seriously"; the child's
   view taken, "how it feels from his side", "You've really thought about making
   this easier for her"; care for each other, "looking after each other";
   effort beyond what was asked, "goes way beyond what anyone asked of you"; a
   strength named as a fragment, "Proper persistence, that.", "Sheer grit, I
   reckon."; a role filled well, "That's a devoted dad", "shows what a good team
   you are", "That's a mum who fights for her child" (not "a mum who's had a
   rough week"); a merit "on your part"; an act done "so well" ("You're reading
   her signals so well", not "you're not sleeping so well"); effort "paying off"; a
   hard thing named and the act credited at the sentence's close, "That took
   guts, and you did it", "You knew what you needed and you did it" (not "You knew
   it was risky, and you did it"); a step weighed at its close, "you called the
   clinic yourself, and that's huge", or the act given its verdict, "Keeping a
   sleep diary through all that, that's really conscientious", "..., which is
   no mean feat", "that's devotion", "That's huge progress" (not "that's a
   strong feeling"); attunement, "you pick up on what he needs",
   "You're really good with her"; going on, "You didn't let it stop you", "You
   made it to every appointment"; an act of care done for the child or the family,
   "You learned a whole new job for her", "you made that call for your kids'
   sake", "you set things up so she'd be okay", "scrubbing that mould to keep her
   safe" (not beside a difficulty, a wish, a feeling or a value of the parent's:
   "so your family can have a start here, and you miss the work you loved",
   "Those shoes are your way of keeping the door open for her"); the act named
   first and credited in a clause of its own, "Booking that assessment yourself:
   you went after what he needs", "Singing her your grandmother's songs, you're
   passing your language on to her" (not "Walking the dog twice a day, that's
   your exercise", nor an act after an exclamation that names a feeling); a gerund
   after an exclamation still names the act, "Gosh, passing that while raising
   two takes real determination"; diligence in an idiom, "you leave nothing to
   chance with him") -> ``affirm``;
   but not a strength beside a feeling of the parent's ("You love her, and
   you also feel guilty ...", "you're doing all you can, and it's
   infuriating", a reflection; a feeling word inside the act, "... and set up
   a way to keep her safe", does not count), nor one inside the parent's wish
   ("You want her to see that you're taking this seriously", a reflection),
   nor the parent's own words of themselves said back ("I love him." -- "You
   love him.", a reflection), nor one side of an ambivalence ("part of you
   showed up anyway"), nor a strength denied ("he's not really taking it
   seriously"), nor a fault denied ("without making excuses" is no rebuke), nor
   "a brave face", nor how much the parent hurts ("It
   shows how much you're hurting", a reflection; "It shows how much you love
   him" affirms); "You know your son so well"
   affirms where "You know your son best" stresses autonomy;
   an autonomy phrase that begins where an advice phrase does ("you can say no"),
   or right after it ("you have to go with your gut"), wins over it, as does
   one that is itself the imperative ("Take what's useful and leave the rest",
   unless a "but" goes on to advise); advice spoken of is not given ("free to
   say no to anything I suggest"); an option
   laid out with autonomy stressed ("If you want, one
   thing some dads do is ...") -> ``persuade_with_permission`` (evidence
   ``option``; not what happens to people, "for most people who quit, cravings
   peak ...", nor their views, "some do, some don't", "people will have
   opinions"); greetings, thanks, scheduling and the helper's own arrangements
   -> ``other`` ("Take care.", not "two kids to take care of"; "Hang on, my
   pen's run out", not "hang on to that thought"; "I'll put it
   in my calendar", "I'll just set my bag down", "Let me just wash my hands",
   "I just need to fill out this form"; evidence ``errand``; not "Let me check
   that I've got this right", a summary announced), also the helper's trip
   and the weather ("I almost didn't find parking"). Then reflection or
   information: the parent's feeling found understandable, "It makes sense you'd
   be on guard", "No wonder you're exhausted", "Anyone would be nervous", "That
   would wear anyone down", "It's okay to feel that way" (``data/validation.txt``),
   is a complex reflection
   (evidence ``validates``), even after the parent asked a question; a statement
   starting "you/your"
   that carries an information cue and mostly not the parent's words ("Your
   insurance covers the pump"; with a one-word cue such as "hours" or "crib",
   less than a quarter of them, and not after a reflection stem, "You'd rather
   not use formula"; not when it names a feeling of the parent's, "You're
   stuck between what she says and what the doctor says", or the parent's
   own mind or effort, "You already know a lot about ...", "You're not ready
   to ...", "You're trying to ...", "You've finally found ...",
   or a cue phrase of
   meaning, "You're caught between what your mom says and what the nurse
   told you", unless a modal predicts it, "You might feel tired for a few
   weeks", nor when both sides of the parent's choice are set beside one topic
   word, "Free would be a huge help, and at the same time you'd be giving up
   some say"; any, when the parent
   asked; and any without a feeling
   after the parent asked a practical question or for a figure, "When do I go
   back?" -- "Your visit is on the 3rd", "What was it today?" -- "Your
   reading is 152 over 94") is ``giving_information``; a reflection stem at
   the start ("you're", "so you", "it sounds like" anywhere), a second-person
   statement, a statement that mostly reuses the parent's content words, or a
   plain statement about the parent's world is a reflection; a plain statement
   about the helper's own experience ("That surprised me when I read it":
   "I"/"me"/"my" and no "you") is the helper's input, but the visit's own
   running and small talk ("I'll just sign off this visit sheet", "It's
   pouring out there, I'm soaked", "my car was sliding all over", "I'm sorry
   we ran over") is ``other``; so is a reply in kind to the parent's social talk
   ("Do you want a cup of tea?" -- "Ooh, go on then, milk no sugar"; "I love your
   scarf" -- "Aw thanks, my daughter knitted it"; ``data/parent_small_talk.txt``,
   ``data/small_talk_replies.txt``), but not the helper's plans ("I can bring the
   forms"), and, with no parent's words before it, a remark on the baby or the home
   after a greeting ("Hiya Chloe. Ooh, I like your nails.", not "Hi. You look
   exhausted."), or the helper's trip told at the door in at most
   ``_DOORSTEP_WORDS`` words ("Hi Aisha! I found a space right outside for once";
   a longer opening that says what the visit is for is input); a choice agreed
   ("Wednesday it is") is ``other`` too, and so is a turn that ends with goodbye
   and otherwise only arranges what happens next, thanks or wishes well ("I'll
   see what I can do and text you. Take care, Kayleigh."; evidence
   ``farewell``), a send-off included ("Give Tom my best.", "Keep warm, all of
   you."; evidence ``send_off``); so is the parent's welcome answered in kind
   and then a short remark with no "you" in it ("Kettle's on." -- "Ooh yes
   please, you're a star. And look at her, all smiles."; evidence
   ``small_talk``), and meeting someone by name ("Morning! You must be Sam.";
   evidence ``greeting``), and a short exclamation of delight at the baby or the
   parent's news with no "you" in it but "thank you" ("Two kilos! Hooray!", "Aww,
   look at those little curls!", ``data/delight.txt``; evidence ``delight``); the
   helper's gladness ("I'm chuffed to bits for you", "That's
   made my day") is praise. After the parent's consent to an offer
   ("Yes, please.", "Go for it"; not a bare "Yes." or "Sure."), a statement
   without a reflection's stem delivers what was offered: information (evidence
   ``after_yes``), not a reflection of "Yes, please"; a first-person statement
   ("I'll bring the forms", "We can ...") or a statement with an information
   cue (norms, research, services, a generalisation about other people such as
   "many moms ...", "some babies ...", or a bare plural: "Toddlers often ...",
   "how babies talk", also after a word for their kind, "Kinship carers can
   get ...", not "Both kids ..."; parents of a kind all at once, "Every mum feels
   like that at first", "All new dads ..."; a bare noun with how things usually go, "Grief often
   comes in waves", "Separation anxiety commonly peaks ...", with no "you";
   not "there's no room ..." or "there's not much of you left", what is
   missing from the parent's life, unless a cue follows, "there's no safe
   amount"; not "there's" naming a feeling in a sentence about "you", "maybe
   there's still some grieving for what you pictured"; not "every day you ...",
   the parent's own day, nor "every day" closing
   a sentence about "you"; not "one thing" set against "another", two sides
   ("Your instincts tell you one thing and your mum another"); not a cue right after
   "knowing", what the parent knows, "Knowing it's normal helps your head, but
   ..."; a one-word cue, or
   a rate ("a day", "months old") whose numbers are all the parent's ("Six
   changes a day" after "Six outfits a day", not "That's 12 drinks a week"),
   or a cue whose content words the parent said first ("On his back, every
   time." after "babies should sleep on their backs"),
   only when under a quarter of the words
   are the parent's and no feeling is named, "there's guilt on top of the
   tiredness" reflects) is ``giving_information`` (an option laid out, "Some
   parents find ...", after the parent asked for ideas is
   ``persuade_with_permission``; what most people go through, "most people
   start feeling movement around ...", is a fact, not an option), and so is a plain statement or
   fragment right after the parent asked a real question (not a tag such as
   "..., right?" or "you know?"; also one transcribed without a "?", "so what
   does the A1C even mean", not "Which is nothing, I know."; also a question
   for a place, a time or an amount with a short remark after it, "Where's
   the food bank? I heard there's one near here."): it answers
   ("What's the ASQ?" -- "It's a questionnaire ...", evidence
   ``answers_parent``); but not a statement about "you" that names a feeling,
   likens a thing to another or names a value in a cue of several words, without
   a number ("School matters to you, and you're not willing to do it at her
   expense" after "who's going to watch him?"), nor a feeling felt ("Leaving
   feels almost as scary as staying"; not "Dogs can find a baby's crying
   confusing at first"): that reflects the question's weight. A short piece
   without any content word is ``other``.
4. A reflection is complex when it adds meaning. The words of all its
   sentences are judged together against the parent's words, in order: a
   double-sided reflection ("on the one hand", "part of you", "at the same
   time", "one thing ... and another") is complex, and so is naming a feeling the
   parent did not name, even
   in one word ("Discouraged."; "down"/"low" only as "feeling down", not "so
   down to five a day"; a word of
   the same family as the parent's, "Exhausted." after "tired", names the same
   feeling, ``data/feeling_families.txt``, where a word may belong to two
   families; "says sorry" is an apology, not a feeling; any word after "you feel/felt"
   names one, listed or not, "You felt blindsided."; a feeling word used of
   the body names none, "hard on the knee", "upset your stomach"); one of
   at most ``_SHORT_REFLECTION`` content word (unless a cue phrase of several
   words adds meaning: "You've been holding all of this by yourself."), or
   whose content words are at least ``_RESTATES`` the parent's own (evidence
   ``restates``), is simple;
   otherwise a cue of meaning/value/amplification/metaphor ("important to
   you", "because", "on your own", "it's like", "really"), a hedged guess
   ("maybe", "I guess", "kind of"), a simile ("it's like you've disappeared",
   "Taking them has started to feel like a life sentence"), a value put
   into words ("you want to be a patient mom", "You want it different for
   her"), ambivalence ("It's pulling you both ways"),
   a metaphor ("hitting a wall", "on trial", "running on empty", "nothing left
   in the tank", "trying to be in two places", "a long way from who you were",
   "walking a tightrope", "turned his little world upside down", "the walls are closing
   in", "right when you need it most", "somewhere in you"; a thing that "feels
   like" another, "These visits feel like something done to you", not "you
   feel like ...", a thought said back; a reflection opening on "like", "Like a
   spare part.", "Like you're failing her each time.", with two content words or
   more, not the filler "Like, you know, ..."; the parent's experience named as
   an act, a gerund opening a reflection of two content words or more without an
   auxiliary, "Hearing your dad in your voice.", "Gathering yourself before
   walking in."),
   one thing set against another before any count of words, "It's not the
   shots themselves, it's being there while she's hurting", "less about the
   nursery and more about letting him go", "More habit than enjoyment now", or
   what an act means, "his way of saying he needs a break", "Leaving is how you
   keep yourself from losing it" (evidence ``contrasts``; not the parent's own
   "more ... than" said back),
   understatement ("a little") or contrast ("but", "still", "even") makes it
   complex (but not a cue of several words the parent said themself: "a lot
   of arguments" after "we argue a lot"), as do at least ``_NEW_CONTENT``
   content words the parent did not
   say (continuing the paragraph; evidence
   ``adds_content``), or, after a turn of at least ``_FULL_TURN`` content
   words, ``_REFRAMING_CONTENT`` new ones that make up ``_REFRAMED_SHARE`` of
   the reflection's (the turn put in other terms, an image or a meaning:
   "Whatever else goes, her room stays warm" after "We only heat her room";
   after a shorter turn such new words more often restate something said
   before it, as AnnoMI's coders find), or the parent's facts said back and
   then, after "and"/"so", a clause of at least ``_EXTENSION`` new content
   words ("Four on, four off, so just as you adjust to one world it's time to
   switch back"); a reflection of at least ``_SELECTIVE_REFLECTION``
   content words after a parent's turn of at least ``_LONG_TURN`` words picks
   out and reframes part of it (evidence ``selects_from_long_turn``); a
   summary of at least ``_SUMMARY_SENTENCES`` sentences and ``_SUMMARY_WORDS``
   words collects and links what the parent said and is complex even when each
   piece restates (evidence ``summary``); else simple. (Tried and not kept: a
   length rule, "at least 10 words, mostly not the parent's", without the
   intensifier cues: no better on dev, worse on holdout; the reflection's length
   *relative* to the parent's turn and a wider context of earlier client turns
   showed no signal on dev, while the parent's turn length itself did: after 20 or
   more words, AnnoMI's dev coders call 65% of reflections complex, after fewer,
   34%.)

Main code of a multi-sentence utterance (``_combine``)
-----------------------------------------------------
Sentences coded ``other`` (backchannels, praise, greetings) are set aside
unless nothing else is left. Then, derived on the dev split and in line with
MITI/AnnoMI practice that a turn containing a question is coded a question:

1. A question (or permission request) anywhere wins -- unless it is only a check of
   understanding ("..., is that right?", "Does that make sense?") added to other
   content, or the turn is mainly the helper's input (at least ``_LONG_INPUT``
   weighted information/advice sentences, a lecture with a question tacked on; advice
   and confrontation weigh ``_ROADBLOCK_WEIGHT``), or at least ``_STATEMENT_SHARE``
   of its words are in statements (a long reflection or explanation with a short
   question added: "So you've got a lot on your plate, with the baby, work and
   school. What feels most pressing?" is coded for what takes up most of the turn, as
   AnnoMI's coders do; a recap of an earlier visit, "Last time you said you'd see the
   GP.", only leads in and is not counted). A question beside a request for the
   parent's ideas or for joint work, asked or stated ("Let's think it through
   together. What would make mornings easier?", "What would you like to start with -
   sleep or feeding?") is ``seeking_collaboration``, with the question's type. But a
   confrontation after yes/no questions only ("You left him alone in the bath? That's
   irresponsible.") is ``confront``: the question was rhetorical; so is one beside
   the parent's words echoed with a rising "?" ("You can't be serious. After what
   they've been through?").
2. Otherwise reflections, helper input (information, advice, autonomy,
   confront) and affirmations vote; a sentence coded only on its shape
   (``plain_statement``, ``fragment``, ``helper_statement``,
   ``restates_client``) has a quarter vote, advice (with or without
   permission) and confrontation a double one. A tie goes to the group of the
   latest sentence, except that an affirmation beats a reflection that spells
   out the strength ("You didn't give up. You kept calling until you got it
   done.") or stresses the parent's knowledge beside it ("That was a
   thoughtful way to include him. You know your son."). Reflections beat
   information on a tie only when they come
   last, so "It's normal. You're worried about her." is a reflection.
3. The helper-input code reported is the most MI-inconsistent one present:
   confront > persuade > persuade_with_permission > emphasizing_autonomy >
   giving_information; except that advice in one sentence and the parent's
   autonomy stressed in another ("You could try a bath before bed. It's up to
   you.") is ``persuade_with_permission``, as in one sentence.

The question type is open if any (non-check) question is open; the
reflection type is :func:`reflection_type_of` of the utterance (rule 4 over
all its non-backchannel sentences). A short piece cut off at both ends
("-the herbal shop-") coded only on its shape is ``other`` (``incomplete``).

Only the first ``MAX_CHARS`` characters of a very long input are analysed
(evidence ``truncated``); the function never raises on any ``str``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from functools import cache, cached_property, lru_cache

import msgspec

from .lexicon import (
    alternatives,
    built_without_gc,
    content_stems,
    drop_stutters,
    fold_spoken_forms,
    normalise_tokens,
    phrase_forms,
    phrase_regex,
    phrases,
    raw_lines,
    stem,
    tokenise,
    trie_pattern,
    word_set,
)
from .lexicon import words_of as _words_of

__all__ = [
    "BEHAVIOUR_OF_CODE",
    "CODES",
    "MAX_CHARS",
    "Classification",
    "Evidence",
    "SentenceResult",
    "classify",
    "question_type_of",
    "reflection_type_of",
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
    "affirm": "reflection",
    "seeking_collaboration": "question",
    "emphasizing_autonomy": "therapist_input",
    "giving_information": "therapist_input",
    "persuade": "therapist_input",
    "persuade_with_permission": "therapist_input",
    "confront": "therapist_input",
    "other": "other",
}

MAX_CHARS = 20_000

# Tunables (chosen on the AnnoMI dev split; see benchmarks/annomi_eval.py)
_LONG_INPUT = 3.0  # weight of information/advice sentences that outweighs a closing question
_ROADBLOCK_WEIGHT = 2.0  # vote of an advice/confront sentence: a question after it does not undo it
_STATEMENT_SHARE = 0.75  # share of an utterance's words in statements that outweighs its question
_WEAK_WEIGHT = 0.25  # vote of a sentence coded on its shape alone, not on a cue phrase
_SHORT_REFLECTION = 1  # content words; a reflection this short is simple
_RESTATES = 0.5  # share of a reflection's content words the parent said; this much is restating
_TENTATIVE_WORDS = 10  # words; a reflective statement this long said with "?" is a reflection
_LONG_TURN = 20  # words the parent said; a reflection of a turn this long has to select
_SELECTIVE_REFLECTION = 3  # content words; this many, not restating, reframe a long turn
_NEW_CONTENT = 8  # content words the parent did not say; this many make a reflection complex
_REFRAMING_CONTENT = 4  # new content words that reframe a turn of at least _FULL_TURN
_REFRAMED_SHARE = 0.75  # share of a reflection's content words that must be new to reframe
_FULL_TURN = 4  # the parent's content words; a turn this full can be restated or reframed


class Evidence(msgspec.Struct, frozen=True, gc=False):
    """One rule that fired: its id, the words it fired on, the sentence (0-based)."""

    rule: str
    words: str
    sentence: int


class SentenceResult(msgspec.Struct, frozen=True, gc=False):
    """The code of one sentence of an utterance."""

    text: str
    code: str
    question_type: str | None
    reflection_type: str | None
    evidence: tuple[Evidence, ...]

    def fired(self, rule: str) -> bool:
        """Did ``rule`` fire on this sentence?"""
        return any(e.rule == rule for e in self.evidence)


class Classification(msgspec.Struct, frozen=True, gc=False):
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
# not after a title: "Good to see you, Mr. Adeyemi."
# Every break starts with one of "-.!?" or a line break, so the pattern opens with that
# one character class, which the regex engine scans for quickly; the lookbehinds then
# tell the kinds apart. A spaced hyphen (" - ") is matched from the hyphen: see _sentences.
_SENT_BREAK_RE = re.compile(
    r"[-.!?\n](?:(?<=[.!?])(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)[\"')\]]*\s+"
    r"|(?<=-)-+|(?<= -) |(?<=\n)|(?<=\?)(?=\S))"
)
_VOCATIVE_RE = re.compile(
    r",\s*(?:(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Dr\.?\s+)?[A-Z][a-z]+"
    r"|(?i:mama|mami|mommy|momma|mom|mum|dad|daddy|papa|hon|honey|sweetie|dear|buddy|man|bro|"
    r"dude|sir|ma'am))"
    r"(?=\s*(?:[,.?!]|$))"
)
_CUT_OFF_RE = re.compile(r"\b([A-Za-z]{1,3})-+\s*(?=\1[a-z])", re.IGNORECASE)
# The same test anchored at the hyphen, which the regex engine finds about ten times
# faster: most hyphens ("mm-hmm", "well-being") cut nothing off, so only a hit is
# worth the substitution
_CUT_OFF_AT_HYPHEN_RE = re.compile(
    r"-(?:(?<=\b([a-z])-)|(?<=\b([a-z]{2})-)|(?<=\b([a-z]{3})-))-*\s*(?=(?:\1|\2|\3)[a-z])",
    re.IGNORECASE,
)
_CLAUSE_SPLIT_RE = re.compile(r"[,;:]")


_SUBJECTS = _words_of(
    "you i we they he she it that this there your my our his her their the a an any anything "
    "anyone anybody anywhere something someone somebody everything everyone everybody people "
    "things baby babies kids children those these what"
)
_PRONOUN_SUBJECTS = _words_of(
    "you i we they he she it you're i'm we're they're he's she's it's you've i've you'd i'd "
    "you'll i'll"
)
_AUX = _words_of(
    "do does did don't doesn't didn't is isn't are aren't was wasn't were weren't can can't "
    "could couldn't will won't would wouldn't have haven't has hasn't had should shall may "
    "might must am"
)
_PREDICTION = _words_of("might may will can could should usually often normally")
_SECOND_PERSON = _words_of("you you're you've you'd you'll your yourself")
_FIRST_PERSON = _words_of("i i'm i've i'd i'll we we're we've we'll we'd let's my our")
_WH_FIRST = _words_of(
    "what what's whats how how's hows why why's where where's when who who's whom whose which in "
    "how'd what'd where'd why'd how've"
)
_WH_DETERMINERS = _words_of("what which whose")  # may take a noun: "what time", "which bottle"
_KIND_NOUNS = _words_of("kind sort type kinds sorts types")
# what a "what is the ...?" question asks for when its answer is one fact: "What was
# the number?", "What's her due date?" (not "What's the plan?")
_WEIGHING = _words_of("weigh weighs weighed")
_FACT_NOUNS = _words_of("number date day time name age dose address weight score reading")
_FACT_LEADS = _words_of("the your his her their its")
_WH_LAST = _WH_FIRST - {"in"}  # "... would be what?"; not "... fit in?"
_MANNER_NOUNS = _words_of("way ways sense respect")  # "Weird in what way?"
_INVITE_VERBS = _words_of("tell describe walk talk say help give")
_COPULA = _words_of("is was")
# verbs whose subject is often a "what" clause: "What's offered varies by hospital"
_CLAUSE_SUBJECT_VERBS = _COPULA | _words_of("varies depends matters changes differs counts")
_WE_US = _words_of("we us let's")
_WE_ALL = _WE_US | _words_of("we'll we'd we're")
_JOINT_PEOPLE = _WE_US | _words_of("i me")  # helper and parent working together
# "together" after these is company, not joint work: "when they're together", "get together"
_IN_COMPANY = _words_of("are were is was be been being they're we're you're get got getting")
_JOINT_VERBS = _words_of(
    "figure work plan think come look practice practise try brainstorm sort map make write put "
    "build building tackle tackling working figuring planning sorting making "
    "through"  # "go through them together"
)
# discourse markers that are adverbs of the clause: "Now really is the time."
_ADVERB_MARKERS = _words_of("really just actually basically honestly also now then")
# a wh-word opening a later clause, after fillers: "..., um, what does that look like"
_LATER_WH_RE = re.compile(
    r",\s*(?:(?:um|uh|er|so|well|okay|ok|now)[\s,]+)*"
    r"(?:what|how|why|where|when|who|which|whose)(?:'[a-z]+)?\b",
    re.IGNORECASE,
)
# a later clause led by these is part of a statement: "..., and what's going on",
# "..., you know what's going to happen"
_STATEMENT_CLAUSE_LEADS = _words_of("and but or you")
_REPORTED = _words_of(
    "feel feels felt feeling think thinks thought told tells telling say says said saying "
    "hear heard believe believes worry worried afraid wish wished wishing hoping"
)
_OPINION = _words_of("think thought believe")
_OWN_MIND = _REPORTED | _words_of(
    "know knew want wanted hope ready willing sure trying tried found "
    "see saw notice noticed love loved miss missed value"
)
_BEFORE_VERB = _words_of("already not really just also still don't do never kind of sort finally")


def _states_own_mind(htoks: list[str]) -> bool:
    """ "You think ...", "You already know ...", "You're not ready ...": the word after
    the subject (and any adverb) is the parent's thought, wish or readiness."""
    for tok in htoks[1:5]:
        if tok not in _BEFORE_VERB:
            return tok in _OWN_MIND
    return False


_SPEAKER_SELF = _words_of("i i'm i've i'd i'll me my myself we we're we've we'd we'll us our")
_OBJECTS = _words_of("you me him her them us yourself")
_TENTATIVE_STEMS = ("so you", "so your", "you feel", "you think", "you're feeling")
_TAG_ONLY = _words_of("right okay yeah huh hmm so")
_GENERIC_PLURALS = _words_of(
    "babies infants newborns toddlers children kids parents moms mums mothers dads fathers "
    "families carers caregivers grandparents"
)
_GENERIC_LEAD = _words_of("how why when that because where")
_FEEL = _words_of("feel feels felt feeling")
_YOU_BE = _words_of("you you're you've")
_BE_OR_INTENSIFIER = _words_of(
    "are were been being so really very such a an incredibly truly clearly always also "
    "super pretty quite stayed remained"
)
_STRENGTH_GAP = 4
_YOU_ARE = [["you", "are"], ["you", "were"], ["you", "have"]]  # "how patient you are"
_ASKED_WORDS = 25  # the end of the parent's turn, where a request for advice would be
# a parent asking for a procedure: "you'll need to bring your ID" then answers it
_HOW_TO_RE = re.compile(
    r"\b(?:how do i|how can i|how would i|where do i|when do i|when should i|when is my|"
    r"what time (?:do|is|should) i|what do i need|do i need to|"
    r"do i have to|what do i have to|what should i bring|how does (?:it|that|this) work)\b"
)
# the necessity phrases that, asked for a procedure, state requirements
_NECESSITY = frozenset(
    [
        "you need to",
        "you'll need to",
        "you will need to",
        "you have to",
        "you'll have to",
        "you will have to",
        "you must",
    ]
)
_BLAME = frozenset({"you should", "you shouldn't", "you ought to"})
_SUGGESTING_MODALS = _words_of("could might")
_HEDGES = _words_of(
    "maybe perhaps possibly probably also always just even still then first gently calmly simply"
)
_NOT_ACTIONS = _words_of("be don't never")  # in the imperative list, but no action
# "I'd strongly suggest ...", "I would really encourage you to ...": the helper's advice
_ADVISING_VERBS = _words_of("suggest recommend encourage advise urge")
_ADVISING_ADVERBS = _words_of(
    "really strongly definitely just highly honestly gently probably seriously still only "
    "personally always maybe perhaps"
)
_DETERMINERS = _words_of("a an one some the those these that this")
# "I'd be glad to", "I'd get worried too", "I'd let you know", "I'd tell you": not what the
# parent should do ("I'd talk to the advocate" has its own rule)
_NOT_HELPER_ACTIONS = _words_of(
    "be get let don't never always find read watch come tell talk speak"
)
# the consequence clause of a warning: "If you skip them, she won't be protected"
_WARNING_FUTURE = _words_of("will won't she'll he'll they'll it'll")
# words that cannot follow an order's verb: "Check-ups are free" (a noun split at its
# hyphen), "Never enough of you to go round" (no verb after "never")
# "Contact matters for him", "Sleep helps": the first word a noun, the subject of a verb
_NOT_IMPERATIVE_NEXT = _words_of("me us you i it's ups enough matters helps works means counts")
# after "how about you": the question asks about the parent, it proposes nothing
_NOT_PROPOSAL_NEXT = _words_of(
    "and but or so what how why when where who though then too guys all yourself now today "
    "there here doing feeling"
)

_GENERIC_PEOPLE = _words_of(
    "babies infants toddlers kids children parents moms mums mothers dads fathers families "
    "people folks women men patients clients students smokers drinkers"
)

# "Some dads ...", "A lot of teen parents ...", "One idea is ...": information that
# lays out what others do, an option for the parent
_OPTION_ACTORS = _words_of("parents moms mums mothers dads fathers families people folks")
_OPTION_QUANTIFIERS = _words_of("some many other lot lots most few")
_OPTION_NOUNS = _words_of("thing idea option way")
_OPINION_VERBS = _words_of("like likes love hate prefer enjoy feel think say worry don't")
_VIEW_NOUNS = _words_of("opinion opinions views advice")

# Short phrase lists that are rules rather than vocabulary.
_CODE_LISTS: dict[str, tuple[str, ...]] = {
    "why": ("why", "how come"),
    "rating": ("on a scale", "scale of", "out of ten", "out of 10"),
    # the helper's trip and the weather, chatted about on arrival ("I almost
    # didn't find parking"): small talk, not the helper's input
    "small_talk": (
        "parking",
        "traffic",
        "the rain",
        "raining",
        "the snow",
        "snowing",
        "the weather",
        "coming in",
        "on my way",
        "on the way here",
        "got lost",
        "your street",
        "your steps",
        "pouring",
        "soaked",
        "just come from",
        # the helper's own things and the cup of tea offered
        "my car",
        "umbrella",
        "cuppa",
        # the weather at the door and the tea taken ("White, no sugar, thanks.")
        "to park",
        "the wind",
        "that wind",
        "in the warm",
        "bit of sun",
        "lovely day",
        "no sugar",
        "one sugar",
        "two sugars",
        # the trip and the door: "It's bitter out there", "I walked from the bus stop"
        "out there",
        "bitter",
        "bus stop",
        "from the bus",
        "round the corner",
        "nice and sunny",
        "blew away",
        "warm in here",
        "cold in here",
        "a quick one",
        "proper coffee",
        "coffee would be",
        "tea would be",
    ),
    # asking for the parent's ideas on what to do, or to set the agenda together
    "collab_q": (
        "what do you think would help",
        "what do you think would work",
        "what do you think might help",
        "what do you think might work",
        "what do you think (would|might|could) make",
        "(important|useful|helpful) for us to (talk about|focus on|look at|work on)",
        "what would work for your family",
        "what would work for you",
        "how can i help",
        "how can i be",
        "how (can|could|might) i (support|help)",
        "what can i do to (help|support)",
        "(how|what) (would|do) you (like|want) me to (help|do|support)",
        "(where|how) (do|would) you (want|like) to (start|begin)",
        # the visit's agenda and the plan, the parent's to shape
        "(get|want|need) out of (today|today's visit|this visit|our time|these visits)",
        "want to take this",
        "would you like to (tackle|work on)",
        "(add|change) (to|in|about) the plan",
        "fit (your|you|for your) (family|life|day|days|routine|schedule|week)",
        "(feels|seems|sounds) (the |)(most |more |)doable",
        "so i can be (more |most |)(useful|helpful)",
        "(want|like) me to (understand|know) about",
        "what would be (the |)most (helpful|useful)",
        "(useful|helpful) for us to (go over|go through|cover)",
        # the parent's say in how the helper works: "How can I make these visits feel
        # different from last time?"
        "how (can|could|might) i make (these|our|the|my) (visits|time|sessions)",
        "could we come up with",
        "can we come up with",
        "shall we",
        # setting the agenda with the parent
        "would you like to focus on",
        "would you like to start",
        "would you like to talk about today",
        "should we focus on",
        "should we start",
        "should we begin",
        "what should we",
        "do we start",
        "would you like us to",
        "do you want us to",
        "for us to start",
        "brainstorm",
        "want us to",
        "would you like my help",
        "you want my help",
        "what ideas have you",
        # the parent's expertise on what helps ("What have you been thinking might
        # work?", "What do you reckon helps her settle?")
        "(think|thinking|thought|reckon) (might|would|could|will) (help|work)",
        "(think|thinking|reckon) (helps|works)",
        "sense to (start|begin)",
        "for us to begin",
        "(kind|sort|type) of (help|support) (would|might) (feel|be|work|help|suit)",
        "(would you like|do you want) to (pick|choose|decide) (which|what|where|how)",
        "the two of us",
        "learn (it |this |that |)from you",
        "(teach|show) me how you",
        "do you want to focus on",
        "do you want to start with",
        "for us to focus on",
        "want to talk about today",
        "wanted to talk about today",
        "make sure we get to",
        # the parent's own ideas, or joint problem solving
        "what ideas do you have",
        "would you rather we",
        "might be worth trying",
        "would be worth trying",
        "any ideas about how we",
        "do you think we could",
        # the parent's idea of what the two of them might try ("What do you reckon we
        # try first?", "what would you suggest we do?")
        "(do you|would you) (reckon|suggest|think) we (try|do|start|focus|look)",
        "(use|spend) (our|the) time",
        "side by side",
        "how could we",
        "how might we",
        "what could we",
        # how to go on, the parent's call ("How would you like to handle it?")
        "how would you like to handle",
        "how would you like to proceed",
        "how would you like to go about",
        "how do you want to handle",
        "how do you want to proceed",
        "how do you want to go about",
        "take it from here",
        "go from here",
        "(we'll|we can|we could) go from (there|here)",
        # the parent's ideas asked for before the helper's own (elicit, then provide)
        "before i jump in",
        "before i share",
        "before i give you",
        "before i throw out",
        "before i go over",
        "before i offer",
        "before i tell you",
        "before i say anything",
        "before i suggest",
        # whether the helper's information fits the parent's experience
        "does that fit with",
        "sound right to you",
        "anything you'd change",
        "something you'd change",
        "does that match",
        "how does that fit with",
    ),
    # a generalisation about people ("Many moms find ...", "Some babies take
    # longer"): the helper's knowledge of others, not a reflection of the parent
    "info": tuple(
        f"{q} {n}"
        for q in ("some", "many", "most", "lots of", "a lot of", "plenty of", "other", "a few")
        for n in sorted(_GENERIC_PEOPLE)
    ),
}

# Word lists scanned for anywhere in a sentence: category -> data file.
_SCANNED_FILES: dict[str, str] = {
    "stem_any": "reflection_stems_anywhere",
    "advice_q": "advice_questions",
    "proposal": "proposal_questions",
    "double_sided": "double_sided",
    "permission": "permission",
    "confront": "confront",
    "autonomy": "autonomy",
    "roadblock": "roadblocks",
    "affirm": "affirmation",
    "social": "social",
    "info": "information",
    "feeling": "feeling_words",
    "complex": "complex_cues",
    "praise": "praise",
    "validate": "validation",
}

# said inside a listed phrase, they do not stop it matching ("you really need to" is
# advice, "you're really taking charge" affirms); only for the moves an intensifier
# cannot turn into something else ("it's actually, like, ..." is no reflection stem)
_INTENSIFIERS = frozenset(("really", "actually", "truly", "definitely", "totally", "just", "even"))
_INTENSIFIED = frozenset(("roadblock", "affirm", "confront", "permission", "social", "collab_q"))
_LONGEST_SPAN = 6  # tokens from a phrase's start to an intensifier said inside it

_Hit = tuple[int, str]  # (index of the phrase's first token in the sentence, phrase)


def _end(hit: _Hit) -> int:
    """The index of the token after the phrase ``hit``."""
    return hit[0] + hit[1].count(" ") + 1


def _outlasts(longer: _Hit, shorter: _Hit) -> bool:
    """Does ``longer`` begin where ``shorter`` does and run on past it?"""
    return longer[0] == shorter[0] and _end(longer) > _end(shorter)


_Node = tuple[dict[str, "_Node"], list[tuple[str, str]]]  # children, (category, phrase)s


def _trie(cats: dict[str, list[str]]) -> dict[str, _Node]:
    root: dict[str, _Node] = {}
    for phrase, phrase_cats in cats.items():
        if not phrase_cats:
            continue
        children = root
        node: _Node | None = None
        for word in phrase.split(" "):
            node = children.get(word)
            if node is None:
                node = ({}, [])
                children[word] = node
            children = node[0]
        if node is not None:
            node[1].extend((cat, phrase) for cat in phrase_cats)
    return root


class _Lexicon:
    """Compiled word lists: one scanner for all anywhere-lists, anchored regexes for openers."""

    def __init__(self) -> None:
        cats: dict[str, list[str]] = {}
        for cat, name in _SCANNED_FILES.items():
            for phrase in phrases(name):
                cats.setdefault(phrase, []).append(cat)
        for cat, items in _CODE_LISTS.items():
            for item in items:
                for choice in alternatives(item):
                    for phrase in phrase_forms(choice):
                        cats.setdefault(phrase, []).append(cat)
        # a trie over tokens: walking it from each token finds every listed phrase
        self.root = _trie(cats)
        self._intensified_phrases = {
            p: [c for c in cs if c in _INTENSIFIED] for p, cs in cats.items() if " " in p
        }
        # the words an intensifier can stand between inside such a phrase: a cheap
        # test before the second walk
        said = [p.split(" ") for p, cs in self._intensified_phrases.items() if cs]
        self.intensifiable = frozenset(pair for words in said for pair in itertools.pairwise(words))
        self.open = phrase_regex("question_openers_open", True)
        self.closed_wh = phrase_regex("question_closed_wh", True)
        self.stem = phrase_regex("reflection_stems", True)
        self.markers = re.compile(r"^(?:(?:" + trie_pattern(phrases("discourse_markers")) + r") )+")
        self.backchannels = re.compile(
            r"^(?:(?:" + trie_pattern(phrases("backchannels")) + r")(?: |$))+$"
        )
        # the words those phrases open with: a sentence opening with none needs no regex
        self.marker_starts = _first_words(phrases("discourse_markers"))
        self.backchannel_starts = _first_words(phrases("backchannels"))
        praise_words = (
            *phrases("praise"),
            *phrases("backchannels"),
            *("so", "very", "really", "that's", "that", "is", "you", "it", "this"),
            *("today", "there", "again", "too"),  # "Good job today.", "I'm proud of you too."
        )
        self.praise_only = re.compile(
            r"^(?:(?:" + trie_pattern(sorted(set(praise_words))) + r")(?: |$))+$"
        )
        self.check = re.compile(r"^(?:" + trie_pattern(phrases("check_questions")) + r")$")
        self.aux_open = word_set("question_openers_closed")
        self.stop = word_set("stopwords")
        self.imperative = word_set("imperative_verbs")
        self.strengths = word_set("strengths")
        self.delight = word_set("delight")
        # each feeling -> the other words of its family, to find them in the parent's words
        self.feeling_family: dict[str, tuple[str, ...]] = {}
        for line in raw_lines("feeling_families"):
            members = tuple(" ".join(tokenise(m)) for m in line.split(","))
            for m in members:
                # a feeling may belong to two families ("worried" is also afraid)
                kin = self.feeling_family.get(m, ())
                self.feeling_family[m] = kin + tuple(x for x in members if x != m and x not in kin)
        self.granted = phrase_regex("permission_granted")
        self.parent_small_talk = phrase_regex("parent_small_talk")
        self.small_talk_replies = phrase_regex("small_talk_replies", anchored=True)
        # the first words of those replies: most sentences need no regex at all
        self.small_talk_reply_starts = _first_words(phrases("small_talk_replies"))

    @cached_property
    def intensified(self) -> dict[str, _Node]:
        """The trie of ``_INTENSIFIED`` phrases, built on first use: one classify call
        rarely needs it, and it is about an eighth of the build."""
        return built_without_gc(_trie)(self._intensified_phrases)

    def _may_hide_phrase(self, toks: list[str]) -> bool:
        """Does an intensifier stand between two words of an ``_INTENSIFIED`` phrase?"""
        last = len(toks) - 1
        for word in _INTENSIFIERS.intersection(toks):
            for i in _places(toks, word):
                if 0 < i < last and (toks[i - 1], toks[i + 1]) in self.intensifiable:
                    return True
        return False

    def scan(self, toks: list[str]) -> dict[str, _Hit]:
        """First occurrence of each category's phrases in ``toks``.

        At one start, a longer phrase is preferred to the shorter phrases it begins with.
        Phrases of the moves in ``_INTENSIFIED`` also match with intensifiers inside.
        """
        hits = _walk_from(self.root, toks)
        if len(toks) < 3 or _INTENSIFIERS.isdisjoint(toks) or not self._may_hide_phrase(toks):
            return hits
        kept: list[int] = []
        starts: list[int] = []
        last_start = -1
        for i, tok in enumerate(toks):
            if tok in _INTENSIFIERS:
                # a phrase with an intensifier left out starts within reach before it
                first = max(last_start + 1, len(kept) - _LONGEST_SPAN)
                starts.extend(range(first, len(kept)))
                last_start = len(kept) - 1
            else:
                kept.append(i)
        found = _walk_from(self.intensified, [toks[i] for i in kept], starts)
        for cat, (k, phrase) in found.items():
            if cat not in hits:
                first_tok, last_tok = kept[k], kept[k + phrase.count(" ")]
                # the words as said, so that _end finds the token after them
                hits[cat] = (first_tok, " ".join(toks[first_tok : last_tok + 1]))
        return hits


def _walk_from(
    root: dict[str, _Node], toks: list[str], starts: Iterable[int] | None = None
) -> dict[str, _Hit]:
    """The first phrase of each category in ``root`` found starting at ``starts`` (at
    every word when None)."""
    hits: dict[str, _Hit] = {}
    n = len(toks)
    get = root.get
    nodes = enumerate(map(get, toks)) if starts is None else ((i, get(toks[i])) for i in starts)
    for i, node in nodes:
        if node is None:
            continue
        children, terms = node
        j = i + 1
        nxt = children.get(toks[j]) if children and j < n else None
        if nxt is not None:
            # most words that open a phrase are not followed by the rest of one, so
            # the list of phrases found is built only when the walk goes on
            found = [terms] if terms else []
            while nxt is not None:
                children, more = nxt
                if more:
                    found.append(more)
                j += 1
                nxt = children.get(toks[j]) if children and j < n else None
            for terms in reversed(found):
                for cat, phrase in terms:
                    if cat not in hits:
                        hits[cat] = (i, phrase)
        elif terms:
            for cat, phrase in terms:
                if cat not in hits:
                    hits[cat] = (i, phrase)
    return hits


def _places(toks: list[str], word: str) -> Iterator[int]:
    """Every index of ``word`` in ``toks``, found by ``list.index`` (cheaper than a loop
    over every word)."""
    i = -1
    while True:
        try:
            i = toks.index(word, i + 1)
        except ValueError:
            return
        yield i


def _first_words(items: tuple[str, ...]) -> frozenset[str]:
    return frozenset(item.split(" ", 1)[0] for item in items)


@cache
@built_without_gc
def _lexicon() -> _Lexicon:
    return _Lexicon()


# --------------------------------------------------------------------------- helpers


def _strip_markers(flat: str, markers: re.Pattern[str]) -> str:
    m = markers.match(flat)
    if m is None:
        return flat
    rest = flat[m.end() :]
    return rest if rest else flat


def _has_cut_off(text: str) -> bool:
    """Does a word break off and start again ("wh-what", "b- but")?"""
    return "-" in text and _CUT_OFF_AT_HYPHEN_RE.search(text) is not None


def _tokens(text: str) -> list[str]:
    if _has_cut_off(text):
        text = _CUT_OFF_RE.sub("", text)  # "wh-what" -> "what"
    return normalise_tokens(tokenise(text))


_NOTHING_ECHOED: frozenset[str] = frozenset()


class _Ctx:
    """The parent's preceding words, analysed on first use, and per-utterance state."""

    __slots__ = (
        "_asked",
        "_flat",
        "_folded_toks",
        "_granted",
        "_small_talk",
        "_stems",
        "_toks",
        "disbelieved",
        "echoed",
        "has_context",
        "permission_seen",
        "raw",
    )

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.has_context = bool(raw) and not raw.isspace()
        self.permission_seen = False
        # the content words of a short echo of the parent ("Educational?") earlier
        # in the utterance; what follows may dispute them
        self.echoed: frozenset[str] = _NOTHING_ECHOED
        # that echo repeated the parent's playing down ("Fine?", "Only a couple?", "No
        # rush?"): a fact set against it after disputes it
        self.disbelieved = False
        self._toks: list[str] | None = None
        self._folded_toks: list[str] | None = None
        self._flat: str | None = None
        self._stems: set[str] | None = None
        self._granted: bool | None = None
        self._asked: bool | None = None
        self._small_talk: bool | None = None

    @property
    def toks(self) -> list[str]:
        if self._toks is None:
            # the same as _tokens(raw), sharing the tokenising with :attr:`stems` unless
            # a word is cut off ("wh-what"); a hyphen alone ("Mm-hmm.") changes nothing
            raw = self.raw
            self._toks = _tokens(raw) if _has_cut_off(raw) else drop_stutters(self._folded())
        return self._toks

    def _folded(self) -> list[str]:
        if self._folded_toks is None:
            self._folded_toks = fold_spoken_forms(tokenise(self.raw)) if self.has_context else []
        return self._folded_toks

    @property
    def flat(self) -> str:
        """The parent's normalised words joined by spaces, with a space at each end."""
        if self._flat is None:
            self._flat = f" {' '.join(self.toks)} "
        return self._flat

    def said(self, phrase: str) -> bool:
        """Did the parent say ``phrase`` (normalised tokens joined by spaces), word for word?"""
        return f" {phrase} " in self.flat

    @property
    def stems(self) -> set[str]:
        """Crude lemmas of the parent's content words."""
        if self._stems is None:
            # a stutter repeats a word and a cut-off start ("beca-") matches nothing said, so
            # the cheaper tokens do instead of :attr:`toks` (the context is long)
            self._stems = content_stems(self._folded(), _lexicon().stop)
        return self._stems

    @property
    def permission_granted(self) -> bool:
        """Did the parent say yes ("Sure, go ahead") or ask for the helper's view?"""
        if self._granted is None:
            toks = self.toks if len(self.raw) < 80 else []
            self._granted = (
                0 < len(toks) <= 6 and _PERMISSION_GRANTED_RE.match(" ".join(toks)) is not None
            ) or (
                # "What would you do?", "I'd love some tips": MITI counts advice the
                # parent asked for as given with permission
                _lexicon().granted.search(" ".join(self.toks[-_ASKED_WORDS:])) is not None
            )
        return self._granted

    @property
    def consented(self) -> bool:
        """Did the parent's words end with consent to an offer ("Yes, please.", "Go for
        it")? Stricter than :attr:`permission_granted`: a bare "Yes." does not count."""
        tail = self.raw[-_YES_CHARS:].lower()
        # most contexts have neither word: the substring tests spare the regex
        return ("please" in tail or "go " in tail) and _YES_PLEASE_RE.search(tail) is not None

    @property
    def small_talk(self) -> bool:
        """Did the parent end with social talk to the helper ("Do you want a cup of
        tea?", "Sorry about the mess", "Did you find us okay?")?"""
        if self._small_talk is None:
            # the tokens shared with :attr:`stems` (a stutter changes no phrase here)
            last = " ".join(self._folded()[-_SMALL_TALK_WORDS:])
            self._small_talk = _lexicon().parent_small_talk.search(last) is not None
        return self._small_talk

    @property
    def asked_how(self) -> bool:
        """Did the parent ask how to do something ("How do I sign up for WIC?")?"""
        return self.asked and _HOW_TO_RE.search(" ".join(self.toks[-_ASKED_WORDS:])) is not None

    @property
    def asked(self) -> bool:
        """Did the parent's words end with a question to the helper?

        Not a tag seeking agreement ("..., right?", "isn't it?", "you know?").
        """
        if self._asked is None:
            end = self.raw.rstrip().rstrip("\"')")
            if end.endswith("?"):
                self._asked = (
                    _TAG_RE.search(end) is None
                    and self.toks[-2:] != ["you", "know"]
                    and self.toks[-3:] != ["what", "i", "mean"]
                )
            else:
                self._asked = _unmarked_question(end) or _asked_before_aside(end)
        return self._asked


_SMALL_TALK_WORDS = 20  # the parent's last words, searched for social talk


def _replies_in_kind(p: _Parsed, lex: _Lexicon) -> str | None:
    """After the parent's social talk, a reply in kind: "Ooh, go on then, milk no
    sugar", "Aw thanks, my daughter knitted it", "Eventually! The satnav sent me round
    twice" (the helper's own news, not about the parent)."""
    starts = lex.small_talk_reply_starts
    opener = lex.small_talk_replies.match(p.flat) if p.toks[0] in starts else None
    if opener is None and p.head is not p.flat and p.htoks[0] in starts:
        opener = lex.small_talk_replies.match(p.head)
    if opener is not None:
        return opener.group(1)
    if (
        _SECOND_PERSON.isdisjoint(p.toks)
        and (not _SPEAKER_SELF.isdisjoint(p.toks) or "small_talk" in p.hits)
        # "I can bring the forms next time": the helper's plan is input
        and _HELPER_PLANS.isdisjoint(p.toks)
        # "Tell me what happened last night": an invitation to talk, not a reply
        and p.htoks[0] not in lex.imperative
        and p.htoks[0] not in _INVITE_VERBS
    ):
        return p.head[:40]
    return None


_HELPER_PLANS = _words_of("i'll we'll can will could going let's let")


_PARENT_OPENERS = _words_of("so and but um uh okay like well then")
_NOT_ASKING_AUX = _words_of("am might must may")  # "Might be nothing.", "Must be the heat."


def _opening_words(text: str) -> list[str]:
    """The first words of the last sentence of ``text``, lower-cased, past the
    parent's openers ("so", "um", "okay", ...)."""
    start = max(text.rfind("."), text.rfind("!"), text.rfind("?")) + 1
    # the first words are enough, and a plain split is much cheaper than tokenising
    words = text[start : start + 60].lower().replace(",", " ").replace("\u2019", "'").split()
    while words and words[0] in _PARENT_OPENERS:
        words = words[1:]
    return words


def _unmarked_question(end: str) -> bool:
    """ "so what does the A1C even mean", "does it matter when I take it": the
    parent's last sentence asks, though transcribed without a "?"."""
    words = _opening_words(end.rstrip(".!"))
    if len(words) < 3:
        return False
    first, second = words[0], words[1]
    if first == "which" and second in ("is", "was"):
        return False  # "Which is nothing, I know.": a comment on what came before
    inverted = first in _AUX and first not in _NOT_ASKING_AUX and second in _PRONOUN_SUBJECTS
    return (first in _WH_FIRST and second in _AUX) or inverted


_FACT_ASKING = re.compile(
    r"(?:where|where's|when|what time|how much|how many|how long|how often|which)\b"
)
_ASIDE_WORDS = 12  # the remark after a question that still leaves it asked


def _asked_before_aside(end: str) -> bool:
    """ "Where's the food bank? I've heard there's one near here.": a question for
    a fact with a short remark after it is still asked, the helper answers it."""
    q = end.rfind("?")
    if q < 0 or end[q + 1 :].count(" ") > _ASIDE_WORDS or end[q + 1 :].rstrip(".! ").count("."):
        return False
    return _FACT_ASKING.match(" ".join(_opening_words(end[:q]))) is not None


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


def _overlap(toks: list[str], ctx: _Ctx, stop: frozenset[str]) -> float:
    if not ctx.has_context:
        return 0.0
    mine = content_stems(toks, stop)
    if not mine:
        return 0.0
    return len(mine & ctx.stems) / len(mine)


# --------------------------------------------------------------------------- questions


def _question_clause(
    head: str, toks: list[str], qmark: bool, lex: _Lexicon, said: list[str] | None = None
) -> str | None:
    """Return "open"/"closed" if the clause ``head`` opens like a question, else None.

    ``said``: the clause's tokens before fillers were stripped to give ``toks``.
    """
    if not toks:
        return None
    m = lex.open.match(head)
    if m is not None:
        opener = m.group(1)
        n_open = opener.count(" ") + 1
        nxt = toks[n_open] if len(toks) > n_open else ""
        if opener.split(" ", 1)[0] not in _WH_FIRST:
            # an invitation to talk: "Tell me about ...", "Can you describe ..."
            after_of = toks[n_open + 1] if len(toks) > n_open + 1 else ""
            if nxt in ("if", "whether") or (
                nxt == "of" and opener.endswith("thoughts") and after_of not in _WH_FIRST
            ):
                # "... if she ate?"; "Any thoughts of hurting yourself?" (not "... of what")
                return "closed"
            return "open"
        if opener.startswith(("i'm", "i wonder")):
            return "open"
        if (
            nxt in _PRONOUN_SUBJECTS
            and "'" not in opener  # "what's it like": the auxiliary is in the opener
            and not _colloquial_question(toks, n_open)
        ):
            # "what you said", "how you feel", "When you picked him up, he ...?": a
            # free relative or a time clause, not a question, even before a "?"
            return None
        if (
            not qmark
            and opener == "which"
            and nxt in ("is", "was")
            and len(toks) > n_open + 1
            and toks[n_open + 1] in ("why", "what", "how", "that", "where")
        ):
            return None  # "Which is why the nights are hard.": a relative, not a question
        # the verb after a wh-subject, past an adverb ("What usually happens ...")
        at_verb = n_open + 1 if nxt in _ADVERBS_AFTER_WH and len(toks) > n_open + 1 else n_open
        verb = toks[at_verb] if len(toks) > at_verb else ""
        if (
            not qmark
            and opener in ("what", "who")
            and verb.endswith(("s", "ed"))
            and verb not in _AUX
            and not _COPULA.isdisjoint(toks[at_verb + 1 :])
        ):
            # "What scares you is how rough it gets.", "Who minds her is your call.": a
            # clause as a subject
            return None
        if (
            not qmark
            and opener == "what's"
            and (nxt.endswith("ed") or nxt in _IRREGULAR_PAST)
            and not _CLAUSE_SUBJECT_VERBS.isdisjoint(toks[n_open + 1 :])
        ):
            return None  # "What's offered varies by hospital.": a clause as a subject
        if (
            opener == "how"
            and nxt in _HOW_MUCH
            and len(toks) > n_open + 1
            and toks[n_open + 1] in _PRONOUN_SUBJECTS
            and not _colloquial_question(toks, n_open + 1)
        ):
            return None  # "How long you breastfeed is your decision.": a clause as a subject
        # without a "?", an adverb wh-word asks only when the auxiliary follows it
        # at once ("When did she ...", not "When your mother couldn't come, you ...");
        # "what/which/whose" may take a noun first ("What time does she wake?")
        aux_window = 3 if opener in _WH_DETERMINERS else 1
        if nxt in _KIND_NOUNS and toks[n_open + 1 : n_open + 2] == ["of"]:
            aux_window = 6  # "What kind of moving around do you enjoy"
        is_q = (
            qmark
            or "'" in opener
            or any(t in _AUX for t in toks[n_open : n_open + aux_window])
            or nxt in ("about", "else", "come")
            or nxt in _HOW_MUCH  # "how old was he when ...": the measure asked for
            # "What gets in the way in the evenings", "What happened after that": the
            # wh-word is the subject, the verb follows it (not "What scares you is ...")
            or (
                opener in ("what", "who")
                and (verb.endswith(("s", "ed")) or verb in _IRREGULAR_PAST)
                and verb not in _AUX
                and len(toks) > at_verb + 1
                and not (said is not None and _known_before(said, toks))
            )
            # "Oh no. What happened": the whole question, typed without its "?"
            or (opener == "what" and verb == "happened" and len(toks) <= at_verb + 2)
        )
        if not is_q:
            return None
        if (
            lex.closed_wh.match(head)
            or _asks_for_fact(opener, toks[n_open:])
            or _asks_who_or_where(opener, toks[n_open:])
        ):
            return "closed"
        return "open"
    first = toks[0]
    if first in lex.aux_open and len(toks) > 1:
        second = toks[1]
        if first in _ASKING_MODALS and second == "you" and _invites_telling(toks, lex):
            return "open"
        if second in _SUBJECTS or second in _PRONOUN_SUBJECTS:
            if first in ("have", "had") and second in ("a", "an", "the", "some") and not qmark:
                return None  # "Have a seat."
            return "closed"
        if qmark and first not in ("be", "let"):
            return "closed"
    return None


_HAS_DIGIT = re.compile(r"\d")
_ASKING_MODALS = _words_of("can could would will")
_TELLING_VERBS = _words_of("tell say describe talk explain share")
# between "could you" and the verb: "would you be able to say", "could you maybe tell"
_ABLE_FILLERS = _words_of("be able willing to maybe just possibly perhaps")
# between the verb and what is to be told: "tell me a bit about", "say a little more"
_TOLD_FILLERS = _words_of("me us a bit little")
_TOLD_OPENLY = _words_of("what how why about more through")


def _invites_telling(toks: list[str], lex: _Lexicon) -> bool:
    """ "Could you say a bit about what happens at bedtime?", "Would you be able to
    say what worries you most?": the parent asked to tell, an open question (not
    "Can you tell me what time she woke?", one fact, nor "... if she ate", yes or no)."""
    i = 2
    while i < len(toks) and toks[i] in _ABLE_FILLERS:
        i += 1
    if i >= len(toks) or toks[i] not in _TELLING_VERBS:
        return False
    rest = [t for t in toks[i + 1 : i + 6] if t not in _TOLD_FILLERS]
    return bool(rest) and rest[0] in _TOLD_OPENLY and lex.closed_wh.match(" ".join(rest)) is None


def _negates(tok: str) -> bool:
    return tok in ("not", "never") or tok.endswith("n't")


def _negated_at(toks: list[str], i: int) -> bool:
    """Is the word at ``i`` negated ("not taking", "isn't really taking")?"""
    before = toks[max(0, i - 2) : i]
    if before[-1:] and before[-1] in _ADVERB_MARKERS:
        before = before[:-1]
    return bool(before) and _negates(before[-1])


def _known_before(toks: list[str], htoks: list[str]) -> bool:
    """Was "you know" among the fillers stripped before ``htoks``?"""
    return len(toks) > len(htoks) and "know" in toks[: len(toks) - len(htoks)]


_IRREGULAR_PAST = _words_of("went made got brought kept led came took gave told said")
# an adverb between a wh-subject and its verb: "What usually happens", "What really helps"
_ADVERBS_AFTER_WH = _INTENSIFIERS | _words_of(
    "usually normally typically generally often sometimes always ever"
)


def _asks_for_fact(opener: str, after: list[str]) -> bool:
    """ "What was the number?", "What day's the appointment?", "What's her due
    date?": one fact asked for, a closed question (MITI: "a specific fact")."""
    if opener not in ("what", "what's"):
        return False
    if not _WEIGHING.isdisjoint(after[:6]):
        return True  # "What did they each weigh?": a measure
    if after and after[0].endswith("'s") and after[0][:-2] in _FACT_NOUNS:
        return True  # "what day's ...": the fact noun straight after "what"
    if opener == "what":
        if not after or after[0] not in _COPULA:
            return after[:1] != [] and after[0] in _FACT_NOUNS  # "what day is it"
        after = after[1:]
    if not after or after[0] not in _FACT_LEADS:
        return False
    # one modifier may come first: "your due date", "the last reading"
    return any(w in _FACT_NOUNS for w in after[1:3])


# a where/who question that asks for the parent's view, not for a person or a place:
# "Where do you see yourself ...", "Who could help you ...", "Where does that leave you?"
_VIEW_WORDS = _words_of(
    "think feel see land imagine hope want like leave turn would could might matters important "
    "things stand"
)


def _asks_who_or_where(opener: str, after: list[str]) -> bool:
    """ "Who's picking him up today?", "Where does the baby sleep?": a person or a
    place asked for, one fact, so a closed question (MITI: "a specific fact").
    Not when it asks for a view ("Where would you like to start?") or is about
    the parent ("Where do you go when ...", often a view: "where do you stand")."""
    return (
        opener in _WHO_WHERE
        and _VIEW_WORDS.isdisjoint(after)
        and "you" not in after[:2]
        and after[-1:] != ["at"]  # "Where are things at?": how it stands, a view
        and "at with" not in " ".join(after)
    )


_WHO_WHERE = _words_of("who who's where where's")


def _colloquial_question(toks: list[str], n_open: int) -> bool:
    """ "How you doing?", "What you gonna do?": a spoken question that drops its auxiliary."""
    after = toks[n_open + 1] if len(toks) > n_open + 1 else ""
    return "'" not in toks[n_open] and (after.endswith("ing") or after in ("gonna", "going", "got"))


_WE_MODALS = _words_of("can could should shall might")
_JOINT_CHOICES = _JOINT_VERBS | _words_of("decide choose pick start begin sit")


_IDEA_WH = _words_of("what which where how")
_IDEA_MODALS = _words_of("would might could")
_IDEA_ASKED = _words_of("you we")
_WOULD_YOU = _words_of("you'd we'd")
_YOUR_IDEAS = [["you"], ["you've"], ["you'd"], ["do"], ["have"]]  # "what ideas (do) you ..."
# the words before "with you" in joint work: "think it through", "work that out"
_JOINT_ENDS = _JOINT_VERBS | _words_of("out over it that this them")
_OFFER_LEADS = _words_of("i'd i'll happy glad here")  # "i'd be glad to ... with you"
_HEARING_LEADS = _words_of("tell i'd i'm it'd let")  # "tell me ...", "i'd love to hear ..."
# "I know what would help", "that's what would help": the helper's own idea
_KNOWN_ANSWER = _words_of("know is exactly that's")
# between "would you" and the verb: "would you (both) (most) like to start"
_IDEA_FILLERS = _words_of("both all most like want prefer rather really to be able")
_IDEA_CHOICES = _words_of("try start begin pick choose tackle focus sort")
_IDEA_TRIGGERS = _IDEA_MODALS | _WOULD_YOU | {"ideas"}
_EASIER = _words_of("easier better smoother manageable simpler calmer safer doable")


def _ideas_sought(toks: list[str]) -> _Hit | None:
    """ "What would you like to try first?", "Which one would you pick?", "What would
    make mornings easier?", "... your take on what would help": the parent's
    own ideas on what to do, sought (not "What would you do if ...?", a story, nor
    "I know what would help", the helper's own idea)."""
    if _IDEA_TRIGGERS.isdisjoint(toks):
        return None  # most questions: no "would", "might", "could" or "ideas"
    wh = next((i for i, t in enumerate(toks) if t in _IDEA_WH), None)
    if (
        wh is None
        or (wh and toks[wh - 1] in _KNOWN_ANSWER)
        or toks[wh + 1 : wh + 2] in (["number"], ["score"])  # "what number would you pick?"
    ):
        return None
    if toks[wh + 1 : wh + 2] == ["ideas"] and toks[wh + 2 : wh + 3] in _YOUR_IDEAS:
        return (wh, f"{toks[wh]} ideas")  # "I'm interested in what ideas you've had"
    for k in range(wh + 1, min(len(toks) - 1, wh + 8)):
        tok = toks[k]
        if tok in _WOULD_YOU:
            j = k + 1
        elif tok in _IDEA_MODALS:
            if toks[k + 1] in ("help", "work") and toks[k + 2 : k + 3] != ["is"]:
                return (wh, f"{toks[wh]} ... {tok} {toks[k + 1]}")
            if toks[k + 1 : k + 3] in (["feel", "right"], ["feel", "best"]):
                # "What plan would feel right to you?"
                return (wh, f"{toks[wh]} ... {tok} feel {toks[k + 2]}")
            if toks[k + 1] == "make" and not _EASIER.isdisjoint(toks[k + 2 : k + 9]):
                return (wh, f"{toks[wh]} ... {tok} make")
            if toks[k + 1] not in _IDEA_ASKED:
                continue
            j = k + 2
        else:
            continue
        while j < len(toks) and toks[j] in _IDEA_FILLERS:
            j += 1
        if j < len(toks) and toks[j] in _IDEA_CHOICES:
            return (wh, " ".join(toks[k : j + 1]))
    return None


_JOINTLY = _words_of("together side between")


def _together_at(toks: list[str]) -> _Hit | None:
    """Where "together", "side by side" or "between us" says two people do something
    jointly; not company ("when they're together", "we got together")."""
    if _JOINTLY.isdisjoint(toks):
        return None  # most sentences: one pass instead of three
    if "together" in toks:
        at = toks.index("together")
        if at == 0 or toks[at - 1] not in _IN_COMPANY:
            return (at, "together")
    elif "side" in toks:
        at = toks.index("side")
        if toks[at + 1 : at + 3] == ["by", "side"]:
            return (at, "side by side")
    elif "between" in toks:
        at = toks.index("between")
        if toks[at + 1 : at + 2] == ["us"]:
            return (at, "between us")  # "come up with a plan between us"
    return None


def _we_could(toks: list[str]) -> _Hit | None:
    """ "..., and then we can decide which to start with?", "how we could make that
    happen": helper and parent doing the work together (not "should we call?", an
    errand)."""
    for i, tok in enumerate(toks):
        if tok != "we":
            continue
        if toks[i - 1 : i] and toks[i - 1] in _WE_MODALS:
            verb = toks[i + 1 : i + 2]
        elif toks[i + 1 : i + 2] and toks[i + 1] in _WE_MODALS:
            verb = toks[i + 2 : i + 3]
        else:
            continue
        if verb and verb[0] in _JOINT_CHOICES:
            return (i, " ".join(toks[max(0, i - 1) : i + 3]))
    return None


def _code_question(s: _Sentence, qtype: str, p: _Parsed, ctx: _Ctx, lex: _Lexicon) -> None:
    head, hits = p.head, p.hits
    perm = hits.get("permission") if qtype == "closed" else None
    proposal = hits.get("proposal")
    if proposal is None and head.startswith(("what about", "how about")):
        offered = _suggestion(p.toks, lex)
        if offered is not None:
            # "What about, maybe when he turns three, you could enroll him?"
            proposal = (0, f"{head[:10]} ... {offered}")
    if proposal is not None and proposal[1].endswith((" you", " we")):
        after = _end(proposal)
        if (
            after >= len(p.toks)
            or p.toks[after] in _NOT_PROPOSAL_NEXT
            or (p.toks[after] in _INVITE_VERBS and p.toks[after + 1 : after + 2] == ["me"])
        ):
            # "How about you?", "What about you, what do you think?"; "How about
            # you tell me what she's showing you": an invitation to talk
            proposal = None
    conf = hits.get("confront")
    if (
        conf is not None
        and conf[1] == "how could you"
        and p.toks[_end(conf) : _end(conf) + 1] == ["and"]
    ):
        conf = None  # "How could you and the childminder land on a routine?": joint planning
    if conf is None and p.flat == "what are you thinking":
        conf = (0, p.flat)  # asked on its own, a rebuke ("what are you thinking of trying?" asks)
    if conf is None and p.htoks[0] == "do" and len(p.htoks) > 4 and tuple(p.htoks[:4]) in _DOUBTING:
        act = p.htoks[4]
        if act.endswith("ing") and len(act) > 5 and act not in _NOT_GERUNDS:
            # "Do you really think leaving him with a fifteen-year-old is okay?": the
            # parent's choice doubted, a rebuke put as a question
            conf = (len(p.toks) - len(p.htoks), " ".join(p.htoks[:5]))
    if conf is None and not _RANKING.isdisjoint(p.toks):
        # "So your quiet comes before his development?": the parent's priorities judged
        conf = _priorities_judged(p.toks, self_first=False)
    if conf is None and p.htoks[0] == "you" and _ECHO_TAG_RE.search(p.head) is not None:
        # "And you think the smoke stays by the door, do you?": the parent's belief
        # echoed with a tag of the same polarity, in disbelief
        conf = (len(p.toks) - len(p.htoks), " ".join(p.htoks[:3]))
    collab = hits.get("collab_q")
    together = _together_at(p.toks) if collab is None else None
    if together is not None and not (
        _JOINT_PEOPLE.isdisjoint(p.toks) and _JOINT_VERBS.isdisjoint(p.toks)
    ):
        # joint work of helper and parent ("Want to think it through together?"), not
        # "what you all do together when you're out"
        collab = together
    if collab is None and "we" in p.toks:
        collab = _we_could(p.toks)
    if collab is None:
        collab = _ideas_sought(p.toks)
    if collab is None and "me" in p.toks and not _JOINT_VERBS.isdisjoint(p.toks):
        at = p.toks.index("me")
        if at and p.toks[at - 1] == "with":
            # "Would you be willing to look through it with me?": joint work
            collab = (at - 1, "with me")
    if collab is not None and proposal is not None and proposal[1].endswith(" we"):
        proposal = None  # "How about we figure it out together?": joint work, not advice
    adv = hits.get("advice_q")
    if proposal is not None:
        s.code = "persuade_with_permission"
        s.add("proposal_as_question", proposal[1])
    elif adv is not None and _why_not_suggestion(adv, p.toks, len(p.toks) - len(p.htoks)):
        # "Why don't you try a calm-down corner?": a suggestion put as a question
        granted = ctx.permission_seen or ctx.permission_granted
        s.code = "persuade_with_permission" if granted else "persuade"
        s.add("suggestion_as_question", adv[1])
        return
    elif perm is not None:
        s.code = "seeking_collaboration"
        s.qtype = qtype
        s.add("permission", perm[1])
        ctx.permission_seen = True
    elif conf is not None:
        # "How could you leave her with him?", "Are you being honest with me?": MITI
        # codes a question that criticises or shames as confront
        s.code = "confront"
        s.add("confront", conf[1])
    elif collab is not None:
        # "Could we come up with a plan together?", "What do you think would help?":
        # the parent's ideas or joint work are sought, MITI's seeking collaboration
        s.code = "seeking_collaboration"
        s.qtype = qtype
        s.add("collaboration", collab[1])
    else:
        s.code = "question"
        s.qtype = qtype
        s.add(f"{qtype}_question", head[:60])
    if _is_check(p, lex):
        s.add("check_question", head)
    if adv is not None and proposal is None and adv[1].endswith(" you"):
        after = _end(adv)
        if after >= len(p.toks) or p.toks[after] in _NOT_PROPOSAL_NEXT:
            adv = None  # "How about you?" asks about the parent
    if adv is not None and adv[1] in _NEGATIVE_SUGGESTIONS and _asks_inability(p.toks, _end(adv)):
        adv = None  # "Can't you sleep?" asks what the parent can't do
    if adv is not None:
        s.add("advice_as_question", adv[1])
    why = hits.get("why")
    if why is not None:
        s.add("why_question", why[1])


_WHY_NOT_ASKS = _words_of(
    "want like think feel know have need believe care remember understand trust agree mind "
    "tell telling describe talk say walk share"
)


_NEGATIVE_SUGGESTIONS = ("shouldn't you", "couldn't you", "can't you")
_UNABLE = _words_of("sleep eat breathe relax settle cope rest sit stand remember see hear")


def _asks_inability(toks: list[str], verb: int) -> bool:
    """ "Can't you sleep?", "Couldn't you eat?": the verb at ``verb`` is what the parent
    can't do, asked about, not a step pressed."""
    return verb < len(toks) and toks[verb] in _UNABLE


def _why_not_suggestion(adv: _Hit, toks: list[str], start: int) -> bool:
    """ "Why don't you try a calm-down corner?", "Why not just go?": a suggestion;
    not "Why don't you want to go?" nor "Why don't you start by telling me ...".
    Opening the question, "Shouldn't you just stop buying them?", "Can't you ask
    him?" and "Wouldn't it be easier to ...?" press an answer the same way; not
    "Can't you sleep?", which asks."""
    if adv[1].startswith("wouldn't it be "):
        return adv[0] == start
    negative = adv[1] in _NEGATIVE_SUGGESTIONS
    if adv[1] not in ("why don't you", "why not") and not (negative and adv[0] == start):
        return False
    i = _end(adv)
    while i < len(toks) and toks[i] in _ADVERB_MARKERS:
        i += 1  # "why don't you just ..."
    if i >= len(toks) or toks[i] in _WHY_NOT_ASKS or toks[i + 1 : i + 2] in (["me"], ["us"]):
        return False  # "Why don't you give me an example?": an invitation
    if negative and _asks_inability(toks, i):
        return False
    return _WHY_NOT_ASKS.isdisjoint(toks[i + 1 : i + 4])  # "start by telling me"


# --------------------------------------------------------------------------- statements


_HOW_THINGS_GO = _words_of("often usually commonly typically generally tend tends common normal")
_GENERIC_SUBJECT_WORDS = 5  # "Perinatal anxiety is about as common": how far the usualness goes
_FILLERS = _words_of("um uh er so and but yeah okay ok well oh right")
_NOT_GENERIC_SUBJECTS = _FIRST_PERSON | _words_of(
    "he she it they he's she's it's they're that that's this these those there there's "
    "the a an his her their some any what which who how why when where if one"
)


def _generalization(toks: list[str]) -> _Hit | None:
    """A statement about babies, toddlers or parents in general: the helper's knowledge.

    "Toddlers often say no ...", "Crying is how babies talk": a bare plural that
    opens the sentence (after at most a word for their kind, "Premature babies")
    or follows "how/why/when/that" names people in general, unlike "your babies",
    "the kids" or "both kids". Or a bare noun subject with how things
    usually go, "Grief often comes in waves" (``_HOW_THINGS_GO``), not said to "you".
    """
    if not _GENERIC_PLURALS.isdisjoint(toks):
        for i, tok in enumerate(toks):
            if tok in _GENERIC_PLURALS and (
                i == 0
                or toks[i - 1] in _GENERIC_LEAD
                or (i == 1 and _describes_kind(toks[0]))
                or _all_of_kind(toks, i, _ALL_OF)
            ):
                return (i, tok)
    if not _EVERY.isdisjoint(toks) and not _GENERIC_SINGULARS.isdisjoint(toks):
        for i, tok in enumerate(toks):
            if tok in _GENERIC_SINGULARS and _all_of_kind(toks, i, _EVERY):
                return (i, tok)  # "Every mum feels like that at first"
    if _HOW_THINGS_GO.isdisjoint(toks) or not _SECOND_PERSON.isdisjoint(toks):
        return None
    start = next((i for i, tok in enumerate(toks) if tok not in _FILLERS), len(toks))
    if start < len(toks) and toks[start] not in _NOT_GENERIC_SUBJECTS:
        # "Grief often comes in waves", "Separation anxiety commonly peaks ...": a
        # bare noun with how things usually go, the helper's knowledge (not "He
        # often wakes at three", nor anything said to "you", nor a later clause,
        # "Nights are fine, and it's the mornings that tend to slip")
        for at in range(start, min(len(toks), start + _GENERIC_SUBJECT_WORDS + 1)):
            if toks[at] in _HOW_THINGS_GO:
                return (at, toks[at])
    return None


# "All new dads feel that way", "Every mum feels like that at first": people of a kind
# all at once, the helper's knowledge (not "All your kids are different": the parent's own)
_ALL_OF = _words_of("all most many")
_EVERY = _words_of("every each")
_GENERIC_SINGULARS = _words_of(
    "baby infant newborn toddler child kid parent mum mom mother dad father family carer"
)


def _all_of_kind(toks: list[str], i: int, quantifiers: frozenset[str]) -> bool:
    """Does a quantifier open the sentence before ``toks[i]``, at most one word of kind
    between ("All new dads", "Every single mum")?"""
    if i >= 1 and toks[i - 1] in quantifiers:
        return i - 1 <= 1
    return i == 2 and toks[0] in quantifiers and _describes_kind(toks[1])


def _describes_kind(word: str) -> bool:
    """ "Premature babies", "Kinship carers": a word naming a kind of people, not which
    ones ("the", "your", "other", "both", "two" single out people already known)."""
    return word not in _lexicon().stop and word not in _NOT_KINDS and not word.isdigit()


# beside the stop words ("the", "your", "other", "these" ...), which never name a kind
_NOT_KINDS = _words_of("both two three four five six twin twins")


_UNDERGONE = _words_of("feel feels notice notices experience experiences")
_STARTS = _words_of("start starts begin begins")
_UNDERGOING = _words_of("feeling noticing experiencing")


def _option(toks: list[str]) -> _Hit | None:
    """ "Some parents find ...", "A lot of teen dads ...", "One idea is ...": an option
    laid out, what other parents do (the helper's knowledge of others)."""
    if _OPTION_ACTORS.isdisjoint(toks) and _OPTION_NOUNS.isdisjoint(toks):
        return None
    for i, tok in enumerate(toks[:-1]):
        nxt = toks[i + 1 : i + 4]
        if tok in _OPTION_QUANTIFIERS and not _OPTION_ACTORS.isdisjoint(nxt):
            end = next(k for k, t in enumerate(nxt) if t in _OPTION_ACTORS)
            verb = toks[i + end + 2] if i + end + 2 < len(toks) else ""
            if verb in _OPINION_VERBS or not _VIEW_NOUNS.isdisjoint(
                toks[i + end + 2 : i + end + 6]
            ):
                continue  # "Some parents like it and some don't": a view, not an option
            after = toks[i + end + 3 : i + end + 4]
            if (
                verb in ("who", "that")
                or verb in _UNDERGONE
                or (verb in _STARTS and bool(after) and after[0] in _UNDERGOING)
            ):
                # "For most people who quit, cravings peak ...", "most people start
                # feeling movement around ...": a fact about them, not a way to take
                continue
            rest = toks[i + end + 3 : i + end + 5]
            if verb in ("do", "does") and (not rest or "some" in rest):
                continue  # "Some families do (it), some don't": a view, not an option
            return (i, " ".join(toks[i : i + end + 2]))
        if tok in ("one", "another") and nxt[0] in _OPTION_NOUNS:
            if tok == "one" and _one_and_another(toks) is not None:
                continue  # "... tells you one thing and your mum another": two sides
            return (i, f"{tok} {nxt[0]}")
    return None


_TAKES = _words_of("takes took shows showed show")
_SHOWS = _words_of("shows showed show")
_STRENGTH_NOUNS = _words_of(
    "patience determination creativity commitment dedication persistence courage guts nerve "
    "honesty generosity kindness thoughtfulness effort "
    "strength resilience grit maturity steadiness initiative discipline control "
    "resourcefulness devotion leadership consistency teamwork composure openness advocacy"
)
_THAT_IT = _words_of("that it this which")
# what an act "takes" or "shows" beyond the strengths named in a person:
# "That shows real love", "It took a lot of thought"
_TAKEN_QUALITIES = _words_of(
    "love thought heart restraint insight wisdom bravery respect humility organisation "
    "organization involved drive confidence"
)
# a quality of mind named in the parent's act, "That's a wise choice", "What a
# thoughtful idea": the act a noun of deciding or doing
_ACT_NOUNS = _words_of(
    "call choice decision move idea step steps plan catch way solution approach thinking "
    "instinct instincts changes touch touches"
)
# "You're a quick learner", "You make a great team": a role the parent fills well
_ROLE_NOUNS = _words_of(
    "learner observer advocate mom mum mother dad father parent grandma grandmother grandpa "
    "grandfather grandad granddad gran granny nan nana auntie aunt uncle team teacher listener "
    "planner protector provider carer caregiver "
    "example problem-solver"
)
_ROLE_PRAISE = _words_of(
    "good great wonderful amazing fantastic brilliant excellent terrific quick keen fierce"
)
_ROLE_LEADS = _words_of("you're been become became make made")
_NOUN_PHRASE_LEADS = _words_of("a an such really very so pretty incredibly truly real quite")
_MERIT_LEADS = _words_of("that's what such")
# "You've worked out a clever way", "you came up with a smart plan": the parent's idea
_DEVISED = _words_of(
    "found find worked figured come came got have had showed shown thought taken took"
)
# strengths the parent found or showed ("had the nerve to" may be a rebuke, "had control" a fact)
_FOUND_STRENGTHS = _STRENGTH_NOUNS - _words_of("nerve control")
_DEVISED_PARTICLES = _words_of("out up with of")
# a strength used up or strained, not shown: "the nights have worn your patience thin"
_SPENT = _words_of("worn wore wearing lost losing tested testing tried trying drained stretched")
_NOT_GERUNDS = _words_of(
    "nothing something everything anything morning evening thing during king bring ring sing "
    "spring string sting swing wing"
)
_MERITS_BEYOND_STRENGTHS = _TAKEN_QUALITIES | _ROLE_PRAISE
# where those are used
_MERIT_VERBS = _TAKES | _ROLE_LEADS | _MERIT_LEADS | _words_of("there's")


# Effort against the odds: "Even on the hardest days, you're making sure she's fed",
# "You kept every appointment even with the bus"
_CONCEDING = _words_of("anyway despite regardless")
_EVEN_LINKS = _words_of("when though on with after if in while through as")
_ANY_NEXT: frozenset[str] = frozenset()
_KEPT_UP = _words_of("going trying at showing it that up her him them every to your the")
_MADE_ROOM = _words_of("sure time space room every")
_STUCK_TO = _words_of("with to at it")
# the verbs of an effort, each with the words that may follow it when only some
# make it one: "kept going", not "kept smoking"; "made sure", not "made it worse";
# "went ahead", "stood up for her", "stuck with it", "pushed through"
_EFFORT_VERBS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        _words_of(
            "managed showed showing came coming walked reached reaching asked asking advocated "
            "advocating protected protecting followed following read reading called calling "
            "helped helping handled handling"
        ),
        _ANY_NEXT,
    ),
    **dict.fromkeys(("kept", "keep", "keeping"), _KEPT_UP),
    **dict.fromkeys(("made", "make", "making"), _MADE_ROOM),
    **dict.fromkeys(("stuck", "sticking"), _STUCK_TO),
    **dict.fromkeys(("stood", "standing"), _words_of("up")),
    **dict.fromkeys(("pushed", "pushing"), _words_of("through on")),
    "went": _words_of("ahead in anyway along"),
}
_YOU_ADVERBS = _words_of("still really always also just even been have")


# "..., and you still finished that coursework": what the parent got done regardless;
# only verbs of getting a task done (not "you still went back to him", "you still
# did it", "you still made it worse", nor "you've still got two kids")
_STILL_DONE = _words_of("finished cooked sorted")
_STILL_FOUND = _words_of("time a the ways energy")


def _still_did(toks: list[str]) -> _Hit | None:
    """ "Two in the morning, baby finally down, and you still finished that coursework":
    a task done after the difficulty just named."""
    for i in range(len(toks) - 3):
        if toks[i] not in ("and", "but") or toks[i + 1] not in _YOU_BE or toks[i + 2] != "still":
            continue
        verb, nxt = toks[i + 3], toks[i + 4] if i + 4 < len(toks) else ""
        allowed = _EFFORT_VERBS.get(verb)
        if (
            verb in _STILL_DONE
            or (allowed is not None and (not allowed or nxt in allowed))
            or (verb == "found" and nxt in _STILL_FOUND)
            or toks[i + 3 : i + 6] == ["made", "it", "to"]
        ):
            return (i + 1, " ".join(toks[i + 1 : i + 4]))
    return None


def _effort_despite(toks: list[str]) -> _Hit | None:
    """ "Even with money this tight, you've protected story time", "You came anyway":
    something the parent does against a difficulty named beside it."""
    if "still" in toks:
        done = _still_did(toks)
        if done is not None:
            return done
    if _CONCEDING.isdisjoint(toks) and (
        "even" not in toks
        or not any(
            tok == "even" and toks[i + 1 : i + 2] and toks[i + 1] in _EVEN_LINKS
            for i, tok in enumerate(toks)
        )
    ):
        return None
    for i, tok in enumerate(toks):
        if tok not in _YOU_BE or (i > 0 and toks[i - 1] in _EVEN_LINKS):
            continue  # not "even when you smoke outside": the difficulty, not the effort
        j = i + 1
        while j < len(toks) and j - i <= 3 and toks[j] in _YOU_ADVERBS:
            j += 1
        allowed = _EFFORT_VERBS.get(toks[j]) if j < len(toks) else None
        nxt = toks[j + 1] if j + 1 < len(toks) else ""
        if allowed is None or (allowed and nxt not in allowed):
            continue
        return (i, " ".join(toks[i : j + 1]))
    return None


# "Always outside, never in the house": where, said back; no verb, no order
_PLACE_WORDS = _words_of("outside inside indoors outdoors there here")


_GERUND_OPENERS = _words_of("gosh wow oh ooh aw aww")  # exclamations, not "so" or "yeah"


# approval that takes the act it approves as a gerund ("Well done for sticking with it")
_ACT_PRAISE_ENDS = ("job", "work", "done", "go", "one", "stuff")
_PRAISED_FOR = _words_of("for on with at")


def _praised_act(toks: list[str], hit: _Hit | None) -> str | None:
    """ "Good job staying calm!", "Well done for sticking with the exercises", "Nice work
    keeping her routine going", "Good on you for asking": the helper's approval of an
    act (praise, as "Good job!" alone is), not a reflection of it."""
    if (
        hit is None
        or not (hit[1].endswith(_ACT_PRAISE_ENDS) or hit[1] == "good on you")
        or " " not in hit[1]
    ):
        return None
    k = _end(hit)
    if hit[0] > 1 or k >= len(toks):
        return None  # at the start, or after one word ("Oh, well done ..."), and an act follows
    if toks[k] in _PRAISED_FOR and k + 1 < len(toks):
        k += 1
    act = toks[k]
    if (
        act.endswith("ing")
        and len(act) > 4
        and act not in _NOT_GERUNDS
        # not "Well done, being there every night takes real commitment": the act is
        # the subject of a clause that credits it
        and _CREDITING_VERBS.isdisjoint(toks[k + 1 :])
    ):
        return f"{hit[1]} {act}"
    return None


_CREDITING_VERBS = _words_of("takes took shows showed says said speaks means is was")


def _opening_gerund(toks: list[str]) -> str | None:
    """ "Making that call took courage", "Not missing one ...", "Gosh, passing that ...":
    the gerund that names the act the sentence opens with."""
    k = 0
    while k < len(toks) - 1 and toks[k] in _GERUND_OPENERS:
        k += 1
    first = toks[k + 1] if toks[k] == "not" and len(toks) > k + 1 else toks[k]
    return first if first.endswith("ing") and len(first) > 4 and first not in _NOT_GERUNDS else None


def _gerund_subject(toks: list[str]) -> bool:
    """Does the sentence open with an act named by a gerund?"""
    return _opening_gerund(toks) is not None


def _gerund_clause(toks: list[str], i: int) -> bool:
    """Does the clause before ``toks[i]`` open with a gerund: the sentence ("Making that
    call took courage") or a clause after "and"/"but" ("..., and being that open with
    your families takes courage")?"""
    if _gerund_subject(toks):
        return True
    for a in range(i - 2, 0, -1):
        if toks[a] in ("and", "but"):
            return _gerund_subject(toks[a + 1 : i])
    return False


def _past_noun_phrase_leads(toks: list[str], j: int) -> int:
    """The index after "a", "such a", "really" ... starting at ``j`` (at most three)."""
    end = min(len(toks), j + 3)
    while j < end and toks[j] in _NOUN_PHRASE_LEADS:
        j += 1
    return j


# "That's putting the washing ahead of your grandson", "Your quiet comes before his
# development": the parent's priorities judged; "you're putting her lungs ahead of
# your own comfort": the child put first, an affirmation
_RANKING = _words_of("ahead before first")
_RANKING_VERBS = _words_of("putting put puts comes come coming")
_CHILD_WORDS = _words_of(
    "his her their baby baby's son son's daughter daughter's child child's kids kids' "
    "grandson grandson's granddaughter granddaughter's boy boy's girl girl's"
)


def _priorities_judged(toks: list[str], self_first: bool) -> _Hit | None:
    """Who comes first: ``self_first`` finds the child put before the parent's own
    comfort (an affirmation); otherwise the parent's things put before the child,
    or the child's needs pressed on the parent (a judgement)."""
    for i, tok in enumerate(toks):
        if tok == "ahead" and toks[i + 1 : i + 2] == ["of"]:
            after = toks[i + 2 : i + 4]
        elif tok == "before" and i > 0:
            after = toks[i + 1 : i + 3]
        else:
            continue
        verb = next((k for k in range(max(0, i - 6), i) if toks[k] in _RANKING_VERBS), None)
        if verb is None or not after:
            continue
        put_first = toks[verb + 1 : i]
        if after[:2] == ["your", "own"]:
            if self_first and toks[verb] == "putting" and not _CHILD_WORDS.isdisjoint(put_first):
                return (verb, " ".join(toks[verb : i + 4]))
        elif not self_first and (after[0] in _CHILD_WORDS or after[-1] in _CHILD_WORDS):
            return (verb, " ".join(toks[verb : i + 4]))
    return None


# "You've looked into this nursery really carefully": the care the parent took
_CAREFUL = _words_of("carefully thoroughly thoughtfully")
_DILIGENT_ACTS = _words_of(
    "looked researched planned thought prepared read checked chosen chose picked weighed"
)
_CARE_GAP = 7  # words between the act and "carefully"


def _done_with_care(toks: list[str]) -> _Hit | None:
    """ "You've planned the move really carefully": an act of the parent's, done with care."""
    if _CAREFUL.isdisjoint(toks):
        return None
    careful = next(i for i, tok in enumerate(toks) if tok in _CAREFUL)
    you = next((i for i in range(careful - 1, -1, -1) if toks[i] in ("you", "you've")), careful)
    k = you + 2 if toks[you + 1 : you + 2] == ["have"] else you + 1
    while k < careful and (toks[k] in ("really", "so") or toks[k].endswith("ly")):
        k += 1  # "you've clearly thought it through carefully"
    if k < careful <= k + _CARE_GAP and toks[k] in _DILIGENT_ACTS and "but" not in toks[k:careful]:
        return (you, " ".join(toks[you : careful + 1]))
    return None


# "You learned a whole new job for her", "you made that call for your kids' sake", "you
# set things up so she'd be okay": an act of the parent's, done for the child or family
_CARE_ACTS = _words_of(
    "providing provided protect protects protecting protected keeping kept keep giving gave "
    "give making made passing passed putting put stuck sticking fought fighting sorted "
    "learned learnt learning got found booked went asked"
)
_CARE_PHRASAL = (
    "look after",
    "looking after",
    "looked after",
    "showing up",
    "showed up",
    "turning up",
    "turned up",
    "stood up",
    "standing up",
    "spoke up",
    "speaking up",
    "set up",
    "set things up",
    "made sure",
    "reached out",
)
_CARE_WORDS = _CARE_ACTS | _words_of("after up out sure")  # the acts, or a phrasal's particle
_DONE_FOR_ORDER = ("for", "so", "keep")
_DONE_FOR_WORDS = frozenset(_DONE_FOR_ORDER)
_CARED_FOR = _words_of("her him them")
_FAMILY = _words_of("kids children baby son daughter family boys girls")
_OWNERS = _words_of("her his their your the")
_SO_SUBJECTS = _words_of("she he they")
_SO_CONTRACTED = _words_of("she'd he'd they'd")
_SO_VERBS = _words_of("would could can will get gets has had feel feels")
_KEPT = _words_of("safe warm well healthy steady settled")


def _done_for_at(toks: list[str], i: int) -> bool:
    """Does ``toks[i]`` ("for", "so", "keep") open the child or family an act is done
    for: "for her", "for your kids' sake", "so she'd be okay", "so your wife can
    sleep", "to keep her safe"?"""
    word, nxt = toks[i], toks[i + 1 : i + 4]
    if not nxt:
        return False
    if word == "for":
        if nxt[0] in _CARED_FOR:
            who = 1
        elif nxt[:2] in (["the", "baby"], ["the", "kids"]) or (
            nxt[0] == "your" and nxt[1:2] and nxt[1] in _FAMILY
        ):
            who = 2
        else:
            return nxt[0] in _OWNERS and "sake" in nxt[1:3]
        return nxt[who : who + 1] != ["to"]  # not "for her to decide"
    if word == "so":
        if nxt[0] == "that":
            nxt = toks[i + 2 : i + 5]
        if not nxt:
            return False
        if nxt[0] in _SO_CONTRACTED:
            return True  # "so she'd be okay"
        if nxt[0] in _SO_SUBJECTS:
            return nxt[1:2] != [] and nxt[1] in _SO_VERBS
        return nxt[0] == "your" and nxt[2:3] != [] and nxt[2] in _SO_VERBS
    return toks[i - 1 : i] == ["to"] and nxt[0] in _CARED_FOR and nxt[1:2] != [] and nxt[1] in _KEPT


# a sentence that holds a difficulty, a wish, a feeling or a value of the parent's
# reflects it, even when it names an act done for the child ("You've set aside the work
# you loved so your family can have a start here", "Those shoes are your way of ...")
_NOT_CREDIT = _words_of(
    "but though worried worry worries worrying scared afraid wonder wondering wondered "
    "want wants wanted wanting wish wishes wished unsure torn guilt guilty tired exhausted "
    "frustrated frustrating angry upset hard difficult struggle struggling struggled stress "
    "stressed stressful overwhelmed overwhelming if whether feel feels feeling felt seems "
    "trying try tries carrying miss missed misses missing"
)
_NOT_CREDIT_PHRASES = (
    "not sure",
    "part of you",
    "sounds like",
    "never got",
    "didn't get",
    "set aside",
    "way of",
    "is how you",
    "matters to you",
    "matter to you",
    "important to you",
    "a lot",
)


def _withholds_credit(toks: list[str], flat: str) -> bool:
    """Does the sentence hold a difficulty, a wish, a feeling or a value of the parent's?"""
    return not _NOT_CREDIT.isdisjoint(toks) or any(words in flat for words in _NOT_CREDIT_PHRASES)


def _done_for_them(toks: list[str], flat: str) -> _Hit | None:
    """ "You learned something scary, for him": the parent's act of care, for the child."""
    if _CARE_WORDS.isdisjoint(toks) or _DONE_FOR_WORDS.isdisjoint(toks):
        return None  # the rarest words first: most sentences stop here
    if _SECOND_PERSON.isdisjoint(toks) or _withholds_credit(toks, flat):
        return None
    if _CARE_ACTS.isdisjoint(toks) and not any(act in flat for act in _CARE_PHRASAL):
        return None
    for word in _DONE_FOR_ORDER:  # a fixed order: the same evidence on every run
        if word not in toks:
            continue  # (no generator for a word that is not there: this runs often)
        for i in _places(toks, word):
            if _done_for_at(toks, i):
                return (i, " ".join(toks[i : i + 3]))
    return None


# "Passing your mother's songs on to her - you're keeping your family's story alive",
# "Booking that assessment yourself: you went after what he needs": the parent's act
# named first, then credited to them in a clause of its own
_CREDIT_AFTER_ACT_RE = re.compile(
    r"(?:[:;\u2014\u2013]|\s-\s)\s*(?:and\s+)?"
    r"(?:you|you['\u2019](?:re|ve)|that['\u2019]s|that is)\b"
    # after a comma, only the credit's own forms: not "..., that's your exercise"
    r"|,\s*(?:and\s+)?(?:you['\u2019](?:re|ve)|you (?:are|have)|that['\u2019]s you|that is you)\b",
    re.IGNORECASE,
)
_CREDIT_SEPARATORS = ":;,-\u2014\u2013 \t"
_NOT_ACTS = _words_of(
    "being feeling thinking wanting going doing nothing something anything everything "
    "getting trying wondering worrying sitting morning evening having"
)


def _act_then_credit(p: _Parsed) -> _Hit | None:
    """ "Taking every night so your wife can sleep: you're looking after both of them"."""
    act = p.htoks[0]
    if len(act) < 6 or not act.endswith("ing") or act in _NOT_ACTS:
        return None
    if "feeling" in p.hits or _withholds_credit(p.toks, p.flat):
        return None  # "Heartbreaking to watch her hope like that, and you can't fix it"
    credit = _CREDIT_AFTER_ACT_RE.search(p.stripped)
    if credit is None:
        return None
    credited = credit.group(0).lstrip(_CREDIT_SEPARATORS)
    return (len(p.toks) - len(p.htoks), f"{act} ... {credited}")


# "It wasn't easy, and you did it", "... takes a lot of juggling, and you're doing it":
# a sentence that names the difficulty and closes by crediting the act (not "You knew
# it was risky, and you did it", nor "and you're doing it because you want to keep the
# peace", which goes on to say back a reason)
_DONE_IT_ENDINGS = (
    ["and", "you", "did", "it"],
    ["and", "you're", "doing", "it"],
    ["and", "you've", "done", "it"],
)
_DIFFICULTY = _words_of(
    "hard harder easy tough tougher scary frightening difficult juggling courage guts nerve"
)


def _done_it(toks: list[str]) -> _Hit | None:
    """ "That took guts, and you did it", "You knew what you needed and you did it": the
    act credited at the sentence's close."""
    if len(toks) < 6 or toks[-1] != "it":
        return None
    if _DIFFICULTY.isdisjoint(toks) and not (
        "knew" in toks and toks[toks.index("knew") + 1] == "what"
    ):
        return None  # not "You knew it was risky, and you did it"
    for ending in _DONE_IT_ENDINGS:
        if toks[-4:] == ending:
            return (len(toks) - 4, " ".join(ending))
    return None


# "Proper persistence, that.", "Sheer grit, I reckon.", "Real homemaking instinct,
# that.": a sentence that is only a strength named, with a word of degree before it
# and a pointer or a "to my mind" after it
_NAMED_LEADS = _words_of(
    "sheer proper real pure true serious such some great good total absolute quiet genuine "
    "a lot of bit the that's what that really"
)
_NAMED_STRENGTHS = _words_of("instinct instincts")
_NAMED_TAILS: tuple[list[str], ...] = (
    ["that"],
    ["that", "is"],
    ["there"],
    ["right", "there"],
    ["i", "reckon"],
    ["i", "think"],
    ["i'd", "say"],
    ["if", "you", "ask", "me"],
    ["on", "your", "part"],
    [],
)


def _strength_named(htoks: list[str]) -> _Hit | None:
    """The whole sentence a strength named, as a fragment: "Proper persistence, that."."""
    n = 0
    while n < len(htoks) and htoks[n] in _NAMED_LEADS:
        n += 1
    if n == 0:
        return None  # no word of degree: "Persistence."
    for k in (n, n + 1):  # "real homemaking instinct": one word may describe the strength
        # not "Some nerve!" nor "A lot of control", which may rebuke or reflect
        if k < len(htoks) and (htoks[k] in _FOUND_STRENGTHS or htoks[k] in _NAMED_STRENGTHS):
            if htoks[k + 1 :] in _NAMED_TAILS:
                return (0, " ".join(htoks[: k + 1]))
            return None
    return None


# "That's good advocacy on your part", "Nice bit of detective work on your part": a
# merit credited to the parent (not "a mistake on your part", "no effort on your part")
_CREDITED = _words_of("nice lovely great good brilliant excellent fantastic smart clever")
_NOT_CREDITED = _words_of("no not never mistake without less little")
_CREDIT_GAP = 6  # words between the merit and "on your part"


def _credited_to_you(toks: list[str], strengths: frozenset[str]) -> _Hit | None:
    for i in range(1, len(toks) - 2):
        if toks[i] == "on" and toks[i + 1] == "your" and toks[i + 2] == "part":
            before = toks[max(0, i - _CREDIT_GAP) : i]
            if not _NOT_CREDITED.isdisjoint(before):
                return None
            for j, tok in enumerate(before):
                if tok in _CREDITED or tok in strengths:
                    start = i - len(before) + j
                    return (start, " ".join(toks[start : i + 3]))
            return None
    return None


# "You're reading her signals so well", "you've handled the move really well": the
# parent's act, done well (not "as well", nor what happens to the parent: "you're
# not sleeping so well", "you're looking really well")
_WELL_DEGREE = _words_of("so really very incredibly remarkably amazingly brilliantly")
_NOT_DONE_WELL = _words_of(
    "sleeping slept eating ate feeling felt looking looked sounding sounded getting got "
    "going went doing did not never"
)
_DONE_WELL_SUBJECTS = _words_of("you're you've")
_DONE_WELL_GAP = 8  # words between the act and "so well"


def _done_well(toks: list[str]) -> _Hit | None:
    # the last "so well" ("Well, you're handling it so well": not the opening "Well")
    w = next((i for i in range(len(toks) - 1, 0, -1) if toks[i] == "well"), 0)
    if w == 0 or toks[w - 1] not in _WELL_DEGREE or not _DONE_WELL_SUBJECTS.intersection(toks[:w]):
        return None
    you = max(i for i in range(w) if toks[i] in _DONE_WELL_SUBJECTS)
    k = you + 1
    while k < w and toks[k] in ("been", "really", "just", "both", "all", "clearly"):
        k += 1
    act = toks[k] if k < w - 1 else ""
    if w - k > _DONE_WELL_GAP or not act.endswith(("ing", "ed")) or act in _NOT_DONE_WELL:
        return None
    if not _NOT_DONE_WELL.isdisjoint(toks[you:w]):
        return None  # "you're reading it but not sleeping so well"
    return (you, " ".join(toks[you : w + 1]))


# "That's a mum who fights for her child", "you're a grandad who really listens": the
# parent as one who does what the role asks (not "a mum who's had a rough week", "a dad
# who works nights", "a mum who can't switch off": no credit in what follows)
_ROLE_WHO_LEADS = _words_of("that's you're")
_RELATIVES = _words_of("who who's that")
_CREDIT_ACTS = _words_of(
    "fights fight knows cares puts shows turns keeps listens notices tuned protects "
    "advocates stands speaks pushes learns reads gets pays rises steps sticks"
)
_NO_CREDIT = _NOT_CREDITED | _words_of(
    "can't doesn't isn't hasn't won't wasn't didn't needs wants struggles struggling "
    "worries worried"
)


def _role_who(toks: list[str], strengths: frozenset[str]) -> _Hit | None:
    for i, tok in enumerate(toks[:-3]):
        if tok not in _ROLE_WHO_LEADS:
            continue
        j = _past_noun_phrase_leads(toks, i + 1)
        if j < len(toks) and (toks[j] in strengths or toks[j] in _ROLE_PRAISE):
            j += 1  # "a devoted mum who ..."
        if not (j + 1 < len(toks) and toks[j] in _ROLE_NOUNS and toks[j + 1] in _RELATIVES):
            continue
        rest = toks[j + 2 :]
        if _NO_CREDIT.isdisjoint(rest) and not (
            _CREDIT_ACTS.isdisjoint(rest) and strengths.isdisjoint(rest)
        ):
            return (i, " ".join(toks[i : j + 3]))
        return None
    return None


_TAKING = _words_of("take takes taking took taken")


def _taken_seriously(toks: list[str]) -> _Hit | None:
    """ "You're taking being her dad seriously": a role or task the parent takes on in
    earnest (a few words may come between; "taking it seriously" is a listed phrase).
    ``toks`` holds "seriously"."""
    end = toks.index("seriously")
    for i in range(max(1, end - 7), end - 1):
        if toks[i] in _TAKING and toks[i - 1] in _SECOND_PERSON:
            return (i - 1, " ".join(toks[i - 1 : end + 1]))
    return None


# "Keeping a sleep log through all that, that's really conscientious", "..., which is
# no mean feat": the act the sentence opened with, given its verdict at the close
_VERDICT_LEADS_AFTER_ACT = _words_of("that's which")
_VERDICT_FILLERS = _NOUN_PHRASE_LEADS | _words_of(
    "proper genuinely huge great is exactly the kind sort lot of big warm open"
)
_VERDICT_GAP = 6  # words before the strength: "which is exactly the kind of resilience"
_VERDICT_NOUNS = _ACT_NOUNS | _words_of("thing planning parenting progress of")


def _act_judged(toks: list[str], j: int, strengths: frozenset[str]) -> int | None:
    """The end of a strength closing the sentence from ``j`` ("really wise", "thoughtful
    planning", "a generous, caring thing to do"), or None ("that's a strong feeling")."""
    limit = min(len(toks), j + _VERDICT_GAP)
    while j < limit and toks[j] in _VERDICT_FILLERS:
        j += 1
    if j >= len(toks) or toks[j] not in strengths:
        return None
    if toks[j] in _STRENGTH_NOUNS:
        return j + 1  # "that's devotion", "which is the kind of resilience that counts"
    while j + 1 < len(toks) and toks[j + 1] in strengths:
        j += 1  # "a generous, caring thing"
    nxt = toks[j + 1 : j + 2]
    return j + 1 if not nxt or nxt[0] in _VERDICT_NOUNS else None


def _past_strengths(toks: list[str], j: int, strengths: frozenset[str]) -> int:
    """The index after the strengths (or one word of praise for a role) from ``j``:
    "devoted" in "a devoted dad", "thorough careful" in "a thorough, careful parent"."""
    if j < len(toks) and toks[j] in _ROLE_PRAISE:
        return j + 1
    while j < len(toks) and toks[j] in strengths:
        j += 1
    return j


def _role_filled(toks: list[str], j: int, strengths: frozenset[str]) -> int | None:
    """The end of a role filled well from ``j``, praised or named by its strengths:
    "devoted dad", "thorough careful parent", "good team"; None if there is none."""
    k = _past_strengths(toks, j, strengths)
    return k + 1 if j < k < len(toks) and toks[k] in _ROLE_NOUNS else None


def _strength(toks: list[str], strengths: frozenset[str]) -> _Hit | None:
    """ "You're so patient with her", "you've been really determined", "your persistence".

    A strength named in the parent, after "you are/were/have been/stayed" (a
    few intensifiers may come between), after "your", as what an act "takes"
    ("That took courage", "Making that call took courage") or "shows how"
    ("shows how committed you are"), as what an act named by a gerund "is"
    ("Making her food from your recipes is a thoughtful way to ..."), found "in"
    the parent ("There's real strength in how you ..."), in the act's kind ("That's
    a wise choice", "What a thoughtful idea") or in a role filled well ("You're a
    quick learner", "You make a great team") or in the parent's own idea ("You've
    worked out a clever way to ...").
    """
    if strengths.isdisjoint(toks) and (
        _MERITS_BEYOND_STRENGTHS.isdisjoint(toks) or _MERIT_VERBS.isdisjoint(toks)
    ):
        return None
    for i, tok in enumerate(toks):
        if tok in _TAKES and toks[i + 1 : i + 2] == ["what"]:
            # "Those notes show what a good team you are", "it shows what
            # determination you've got": the act shows the parent's strength
            j = _past_noun_phrase_leads(toks, i + 2)
            if j < len(toks) and toks[j] in _STRENGTH_NOUNS:
                return (i, " ".join(toks[i : j + 1]))
            end = _role_filled(toks, j, strengths)
            if end is not None:
                return (i, " ".join(toks[i:end]))
            continue
        if tok in _TAKES and toks[i + 1 : i + 2] == ["how"]:
            # "Not missing one shows how committed you are", "... shows how involved
            # you are": the act shows a strength
            shown = toks[i + 2 : i + 2 + _STRENGTH_GAP]
            if not (strengths.isdisjoint(shown) and _TAKEN_QUALITIES.isdisjoint(shown)):
                return (i, " ".join(toks[i : i + 2 + _STRENGTH_GAP]))
            continue
        if (
            tok in _TAKES
            and i > 0
            and (tok in _SHOWS or toks[i - 1] in _THAT_IT or _gerund_clause(toks, i))
        ):
            # "That takes real commitment", "It took courage to tell me", "Making
            # that call took courage", "Juggling both takes a lot of organisation
            # and determination", "Those cards show real thought": an act of the
            # parent's, or a thing they made, shows a strength
            taken = toks[i + 1 : i + 3 + _STRENGTH_GAP]
            if not (strengths.isdisjoint(taken) and _TAKEN_QUALITIES.isdisjoint(taken)):
                return (i - 1, " ".join(toks[i - 1 : i + 3 + _STRENGTH_GAP]))
            continue
        if tok in _COPULA or tok == "are":
            if i > 1 and _gerund_subject(toks):
                # "Making her first foods from your family's recipes is a thoughtful
                # way of passing it on": the parent's act, named by a strength
                if not strengths.isdisjoint(toks[i + 1 : i + 2 + _STRENGTH_GAP]):
                    return (0, " ".join(toks[i : i + 2 + _STRENGTH_GAP]))
                continue
            # "That photo book is such a thoughtful way of ...": the thing the parent
            # made or did, named as a wise act
            j = _past_noun_phrase_leads(toks, i + 1)
            k = _past_strengths(toks, j, strengths)
            if toks[k : k + 1] == ["little"]:
                k += 1  # "Those are really thoughtful little changes"
            if i + 1 < j < k < len(toks) and toks[j] in strengths and toks[k] in _ACT_NOUNS:
                return (i, " ".join(toks[i : k + 1]))
            continue
        if tok == "how" and i + 2 < len(toks):
            # "that's because of how steady you've been", "I can see how patient you
            # are with her": the parent's strength, taken as known
            # (not "how patient you can be", a doubt)
            j = i + 1 + (toks[i + 1] in _BE_OR_INTENSIFIER)
            if (
                j < len(toks)
                and toks[j] in strengths
                and (
                    toks[j + 1 : j + 2] in (["you're"], ["you've"])
                    or toks[j + 1 : j + 3] in _YOU_ARE
                )
            ):
                return (i, " ".join(toks[i : j + 2]))
            continue
        if tok == "there's":
            # "There's real strength in how you ...": a strength found in the parent
            j = _past_noun_phrase_leads(toks, i + 1)
            if (
                j < len(toks) - 1
                and (toks[j] in strengths or toks[j] in _TAKEN_QUALITIES)
                and toks[j + 1] == "in"
            ):
                return (i, " ".join(toks[i : j + 2]))
            continue
        if tok == "that" and toks[i + 1 : i + 2] == ["was"] and i + 2 < len(toks):
            # "That was really thoughtful", "That was a brave way to handle it": the
            # act the parent told of, named by a strength
            if not strengths.isdisjoint(toks[i + 2 : i + 2 + _STRENGTH_GAP]):
                return (i, " ".join(toks[i : i + 2 + _STRENGTH_GAP]))
            continue
        if tok == "that's" and not _STRENGTH_NOUNS.isdisjoint(toks[i + 1 : i + 1 + _STRENGTH_GAP]):
            # "That's real commitment to him": the act named as a strength (a noun;
            # "that's a strong feeling" is not about the parent)
            return (i, " ".join(toks[i : i + 1 + _STRENGTH_GAP]))
        if tok in _VERDICT_LEADS_AFTER_ACT:
            judged = _act_judged(toks, i + 1, strengths)
            if judged is not None:
                return (i, " ".join(toks[i:judged]))
        if tok in _MERIT_LEADS and tok in toks[:2]:
            # "That's a wise choice", "What a thoughtful idea", "Such a clever way
            # to ...": a quality of mind named in the act the parent told of; "That's
            # a devoted dad", "What a thorough, careful parent": a role filled well
            j = _past_noun_phrase_leads(toks, i + 1)
            if j < len(toks) - 1 and toks[j] in strengths and toks[j + 1] in _ACT_NOUNS:
                return (i, " ".join(toks[i : j + 2]))
            end = _role_filled(toks, j, strengths)
            if end is not None:
                return (i, " ".join(toks[i:end]))
            continue
        if tok in _ROLE_LEADS and (tok == "you're" or toks[i - 1 : i] in (["you"], ["you've"])):
            # "You're a quick learner", "you've become such a keen observer", "You
            # make a great team": a role the parent fills well
            j = _past_noun_phrase_leads(toks, i + 1)
            if (
                i + 1 < j < len(toks) - 1
                and (toks[j] in strengths or toks[j] in _ROLE_PRAISE)
                and toks[j + 1] in _ROLE_NOUNS
            ):
                return (i, " ".join(toks[i : j + 2]))
        if tok in _DEVISED and toks[i - 1 : i] in (["you"], ["you've"]):
            # "You've worked out a clever way to ...", "you came up with a creative
            # solution": the parent's own idea, named by a strength
            j = i + 1
            while j < len(toks) and toks[j] in _DEVISED_PARTICLES:
                j += 1
            if toks[j : j + 1] == ["the"]:
                j += 1  # "You found the courage to ..."
            j = _past_noun_phrase_leads(toks, j)
            while j + 2 < len(toks) and toks[j] in strengths and toks[j + 1] in strengths:
                j += 1  # "careful, sensible steps"
            if j < len(toks) - 1 and toks[j] in strengths and toks[j + 1] in _ACT_NOUNS:
                return (i - 1, " ".join(toks[i - 1 : j + 2]))
            if j < len(toks) and toks[j] in _FOUND_STRENGTHS:
                # "You found the courage to let him see it", "you showed real patience"
                return (i - 1, " ".join(toks[i - 1 : j + 1]))
            continue
        if tok == "your":
            # not a strength used up: "weeks of this have worn your patience thin"
            spent = i > 0 and toks[i - 1] in _SPENT
            if i + 1 < len(toks) and toks[i + 1] in strengths and not spent:
                return (i, f"your {toks[i + 1]}")
            continue
        if tok not in _YOU_BE:
            continue
        j = i + 1
        while (
            j < len(toks)
            and j - i <= _STRENGTH_GAP
            and (toks[j] in _BE_OR_INTENSIFIER or toks[j : j + 2] == ["have", "been"])
        ):
            j += 1
        if j < len(toks) and toks[j] in strengths and j > i + (tok == "you"):
            return (i, " ".join(toks[i : j + 1]))
    return None


_THERE_IS = frozenset(("there's", "there is"))
_FEELING_NAMED = 3  # words between "there's" and a feeling it names ("still some grieving")
_EVERY_DAY = frozenset(("every day", "each day"))
_COURTESY_VERBS = _words_of("let feel help take tell go come have sit excuse bear hold hang ask")
_NUMBER_WORDS = _words_of(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty"
)
_RATES = frozenset(
    ("a day", "a week", "a month", "per day", "months old", "weeks old", "years old")
)
_DOUBTING = frozenset(
    ("do", "you", adverb, "think") for adverb in ("really", "honestly", "seriously")
)
# "And you think the smoke stays by the door, do you?": a tag of the same polarity
_ECHO_TAG_RE = re.compile(
    r"^you (?:really |honestly |actually |)(?:think|reckon|believe|expect)\b.* do you$"
)
_HAVE_GOT = ("you've", "you have", "you two have", "you've both")
_KNOWN_PEOPLE = [["her"], ["him"], ["them"], ["each"], ["one"]]
_YOU_DO = _YOU_BE | _words_of("you'll")  # "every day you'll ..."
# "there's no room ...", "there's not much ... left": what is missing from the parent's life
_NOT_NEWS = [["no"], ["not"]]
_YOU_KNOW_IT = ["and", "you", "know", "it"]  # "..., and you know it." held against the parent
_HOLD_ON = frozenset(("hang on", "hold on"))
# what follows the "see you" of a goodbye ("Hope to see you next week", "... again")
_SEE_YOU_WHEN = _words_of("next soon later then again tomorrow on at in there all both")
_SEEING_BEFORE = _words_of(
    "i we they he she won't can't don't didn't doesn't wouldn't not never to"
)
_ANYTHING = _words_of("anything whatever everything")  # "... anything I suggest"
_NEEDED = _words_of("time what whatever")  # "whatever time you need", "what you need to"
_BEST = _words_of("better best")
_FOUND_IT = _words_of("found agreed picked chose settled")  # "... something you could ..."
_KNOWN = _words_of("your him her them yourself what it this that these those how")


def _knows_best(toks: list[str]) -> _Hit | None:
    """ "You know your job and your family better than anybody": the parent's own
    expertise, stressed (not "you know better than that", a rebuke)."""
    for i in range(len(toks) - 3):
        if toks[i] != "you" or toks[i + 1] != "know" or toks[i + 2] not in _KNOWN:
            continue  # not the filler "you know, the best part is ..."
        for j in range(i + 3, min(len(toks), i + 9)):
            if toks[j] == "best" or (toks[j] == "better" and toks[j + 1 : j + 2] == ["than"]):
                return (i, " ".join(toks[i : j + 2]))
    return None


_DENIED_LABEL_RE = re.compile(r"\bnot (?:that|saying)\b")
_I_WAS = (("i", "was"),)
_I_AM = (("i'm",), ("i", "am"))
_IT_IS = (*_I_WAS, *_I_AM, ("it's",), ("it", "was"), ("that's",))  # "I was fine", "it's fine"
_DENIALS = {  # how the helper denies a state, and how the parent claimed it
    ("you", "weren't"): _I_WAS,
    ("you", "were", "not"): _I_WAS,
    ("you're", "not"): _I_AM,
    ("you", "aren't"): _I_AM,
    ("you", "are", "not"): _I_AM,
    ("that's", "not"): _IT_IS,  # "I was fine." -- "No, that's not fine."
    ("it's", "not"): _IT_IS,
    ("it", "wasn't"): _IT_IS,
    ("that", "wasn't"): _IT_IS,
}
_DENIERS = frozenset(lead[0] for lead in _DENIALS)
_NEGATIONS = frozenset(lead[-1] for lead in _DENIALS)
_NOT_A_STATE = _words_of("a an the that so really just going gonna sure able")
# the parent's words set against what they do: "You say you want to quit, but you're still ..."
_SAY_BUT_RE = re.compile(
    r"^you (?:say|keep saying|keep telling me)\b.*?\bbut (?:you're|you are|you) "
    r"(?:still|not|never|don't|do not|haven't|keep)\b"
)


def _denies_parent(htoks: list[str], ctx: _Ctx) -> str | None:
    """ "I missed because I was sick." -- "You weren't sick.": the helper denies
    what the parent said of themself, disagreeing (MITI's confront). Not a
    restatement of the parent's own "I'm not ...", which keeps their polarity."""
    for lead, claims in _DENIALS.items():
        n = len(lead)
        if tuple(htoks[:n]) != lead:
            continue
        if htoks[n : n + 1] == ["really"]:
            n += 1  # "It's not really fine, though."
        if len(htoks) <= n or htoks[n] in _NOT_A_STATE:
            continue
        state = htoks[n]
        ctoks = ctx.toks
        for claim in claims:
            k = len(claim)
            for i in range(len(ctoks) - k):
                if tuple(ctoks[i : i + k]) == claim and stem(ctoks[i + k]) == stem(state):
                    return " ".join(htoks[: n + 1])
    return None


def _guesses_state(toks: list[str], after: int, feeling: _Hit | None) -> bool:
    """Is "must" a guess ("you must be so tired", "you must feel ...") rather than an
    order ("you must be careful")? A feeling follows "be", or "feel" follows "must"."""
    while after < len(toks) and toks[after] in _GUESS_ADVERBS:
        after += 1  # "you must really love her", "you must sometimes wonder"
    nxt = toks[after : after + 2]
    if nxt[:1] == ["be"]:
        nxt = nxt[1:]  # "you must be feeling ..."
        if feeling is not None and after < feeling[0] <= after + 3:
            return True
    return bool(nxt) and (nxt[0] in _FEEL or nxt[0] in _GUESSED_STATES)


_GUESS_ADVERBS = _words_of("really so truly just still sometimes also")
_GUESSED_STATES = _words_of("love miss wonder worry hate wish dread adore")


def _reported_before(toks: list[str], i: int) -> bool:
    """Do the two words before ``toks[i]`` report a view ("You said you ...", "told that")?

    Not the helper's own opinion: "I think you need to ..." is advice.
    """
    for k in range(max(0, i - 2), i):
        if toks[k] in _REPORTED:
            return not (toks[k] in _OPINION and k > 0 and toks[k - 1] == "i")
    return False


# the parent's fear framing what would follow: "You're scared you'll lose her", "The fear
# is that you'll have to go back in" (not "You're scared, and you need to tell someone")
_FEARS = _words_of(
    "scared frightened terrified petrified afraid worried worry worries fear fears feared "
    "dread dreads dreading nervous anxious convinced panicking"
)
_FEAR_REACH = 3  # "you're scared that you'll", "the fear is that you'll"
_FEAR_ENDS = _words_of("and but so yet then")


def _feared_before(toks: list[str], i: int) -> bool:
    """Does a fear in the words just before ``toks[i]`` frame it?"""
    for k in range(i - 1, max(-1, i - 1 - _FEAR_REACH), -1):
        if toks[k] in _FEAR_ENDS:
            return False
        if toks[k] in _FEARS:
            return True
    return False


_IF_WHEN = _words_of("if when whenever")
# what frames a duty inside the condition itself: "If you feel (that) you have to go"
_FRAMING_WORDS = _words_of("feel feels felt think thinks thought believe told say says said that")


def _order_after_condition(first: str, toks: list[str], i: int) -> bool:
    """ "If you're worried, you need to call the GP": a feeling in a condition, and the
    order in the main clause after it (not "If you feel you have to go, ...", where the
    feeling frames the duty)."""
    return first in _IF_WHEN and toks[i - 1] not in _FRAMING_WORDS


def _opens_with(hit: _Hit | None, toks: list[str], htoks: list[str]) -> bool:
    """Does the phrase ``hit`` start the sentence (after its openers)?"""
    return hit is not None and hit[0] == len(toks) - len(htoks)


def _helper_advice(toks: list[str], lex: _Lexicon) -> str | None:
    """ "I'd strongly suggest ...", "I'd move it across the room": the helper's advice,
    an advising verb after an adverb or what the helper would do in the parent's place."""
    if _ADVISING_VERBS.isdisjoint(toks) and "i'd" not in toks and "wouldn't" not in toks:
        return None
    for i, tok in enumerate(toks):
        if tok not in ("i'd", "i", "would"):
            continue
        j = i + 1
        while j < len(toks) and j - i <= 3 and toks[j] in _ADVISING_ADVERBS:
            j += 1
        if j >= len(toks):
            break
        if j > i + 1 and toks[j] in _ADVISING_VERBS:
            return " ".join(toks[i : j + 1])
        if (
            tok == "i'd"
            and toks[j] == "say"
            and toks[j + 1 : j + 2]
            and toks[j + 1] in lex.imperative
        ):
            return " ".join(toks[i : j + 2])  # "I'd say start small"
        if (
            tok == "i'd"
            and (
                toks[j : j + 2] in (["think", "about"], ["look", "into"])
                or (toks[j] == "get" and toks[j + 1 : j + 2] and toks[j + 1] in _DETERMINERS)
                # "I'd get him booked in", "I'd get her seen" (not "I'd get it if ...")
                or (
                    toks[j] == "get"
                    and toks[j + 1 : j + 2] in (["him"], ["her"], ["them"])
                    and toks[j + 2 : j + 3]
                    and (toks[j + 2].endswith("ed") or toks[j + 2] in ("seen", "done"))
                )
                # "I'd do the settling sessions" (not "I'd do the same", agreement)
                or (
                    toks[j] == "do"
                    and toks[j + 1 : j + 2]
                    and toks[j + 1] in _DETERMINERS
                    and toks[j + 2 : j + 3] != ["same"]
                )
            )
        ):
            return " ".join(toks[i : j + 2])  # "I'd seriously think about ...", "I'd get one"
        if (
            tok == "i'd"
            and toks[j] == "talk"
            and toks[j + 1 : j + 2] in (["to"], ["with"])
            and toks[j + 2 : j + 3] not in (["you"], [])
        ):
            return " ".join(toks[i : j + 2])  # "I'd probably talk to the housing advocate"
        if tok == "i'd" and toks[j] in lex.imperative and toks[j] not in _NOT_HELPER_ACTIONS:
            if toks[j] == "call" and toks[j + 1 : j + 2] in (["that"], ["it"], ["this"]):
                continue  # "I'd call that a win": the helper's view, not advice
            return " ".join(toks[i : j + 1])
        if (
            tok == "i"
            and toks[j] == "wouldn't"
            and toks[j + 1 : j + 2]
            and (
                toks[j + 1] in lex.imperative
                or (toks[j + 1] == "do" and toks[j + 2 : j + 3] in (["that"], ["it"], ["this"]))
            )
            and toks[j + 1] not in _NOT_HELPER_ACTIONS
        ):
            # "I really wouldn't do that", "I wouldn't give her cereal yet": what the
            # helper would not do in the parent's place
            return " ".join(toks[i : j + 2])
    return None


def _warning(htoks: list[str], toks: list[str], ctx: _Ctx, lex: _Lexicon) -> str | None:
    """ "If you skip them, she won't be protected": Gordon's warning roadblock.

    The helper predicts what follows from the parent's choice, in words that are
    not the parent's own (restating the parent's fear is a reflection).
    """
    if htoks[:2] != ["if", "you"] or _WARNING_FUTURE.isdisjoint(htoks[3:]):
        return None
    if _overlap(toks, ctx, lex.stop) >= 0.5:
        return None
    after = next(t for t in htoks[3:] if t in _WARNING_FUTURE)
    return f"if you ... {after}"


# "The sooner you start, the easier it is": the more of one thing, the more of another
_CORRELATIVE_RE = re.compile(
    r"\bthe (?:sooner|earlier|quicker|faster|longer|more|less|fewer|younger) \w+(?: \w+){0,8}? "
    r"the (?:better|easier|harder|worse|safer|healthier|more|less|likelier|bigger)\b"
)
_CORRELATIVE_FIRST = _words_of("sooner earlier quicker faster longer more less fewer younger")
# "You'd be so much happier if you let him take a feed": a gain promised for a change
_PROMISED = _words_of("better happier easier safer healthier calmer stronger rested sooner")
_PROMISE_RE = re.compile(
    r"\b(?:would|'d|will|'ll)\b(?: \w+){0,4}? (?:" + "|".join(sorted(_PROMISED)) + r") if you\b"
)


def _argument(toks: list[str], flat: str, ctx: _Ctx, lex: _Lexicon) -> str | None:
    """ "The earlier you quit, the easier it is", "You'd be happier if you ...",
    "Getting to bed by eleven would make the night feeds easier", "Once you start
    ..., you'll see ...": an argument for a change, in words that are not the
    parent's own."""
    found = None
    if not _CORRELATIVE_FIRST.isdisjoint(toks) and toks.count("the") > 1:
        found = _CORRELATIVE_RE.search(flat)
    if found is None and "if" in toks and not _PROMISED.isdisjoint(toks):
        found = _PROMISE_RE.search(flat)
    if found is None and toks[0] == "once" and toks[1:2] == ["you"]:
        found = _PAYOFF_RE.search(flat)
    if found is None and not _GAIN_VERBS.isdisjoint(toks) and _gerund_subject(toks):
        found = _gain_of_change(toks, flat, ctx)
    if found is None or _overlap(toks, ctx, lex.stop) >= 0.5:
        return None
    words = found.group(0).split(" ")
    if "me" in words or "i" in words:
        return None  # "The more you tell me, the better I understand": the helper's need
    return found.group(0)


# "Once you start ..., you'll see him listen": a payoff promised for a change
_PAYOFF_RE = re.compile(r"\byou'll (?:see|notice|find|feel) (?:a|the|him|her|them|how|what)\b")
# "Switching it off would give her more chances to hear you": a change, named by a
# gerund the parent did not say, and what it would do for the child or the parent
_GAIN_VERBS = _words_of("make give help free save protect let")
# (the modal in the gerund's own clause: not "Losing weight helps, because that would ...")
_GAIN_RE = re.compile(
    r"^\w+ing(?: (?!because |that |which |and |but )\S+){0,12} (?:would|will|could) "
    r"(?:really |probably |)(?:make|give|help|free|save|protect|let)\b"
)


def _gain_of_change(toks: list[str], flat: str, ctx: _Ctx) -> re.Match[str] | None:
    """The gain promised for a change named by a gerund the parent did not say."""
    found = _GAIN_RE.search(flat)
    if found is None or stem(toks[0]) in ctx.stems:
        return None
    return found


_PAST_ACTS = _words_of(
    "took made went got did came found left kept gave brought bought put set taught learnt "
    "chose stayed been spent sold"
)


def _purpose_of_past_act(toks: list[str], i: int) -> bool:
    """ "You moved the cot so you could hear her": "so you could" after an act the
    parent did gives its purpose (not "It's late, so you could put her down now")."""
    if i < 3:
        return False
    so_at = i - 2 if toks[i - 1] == "that" else i - 1  # "so that you could"
    return toks[so_at] == "so" and any(
        tok in _PAST_ACTS or (tok.endswith("ed") and len(tok) > 4) for tok in toks[:i]
    )


# "before you could hold her", "the moment you could get it wrong": "you could" in a
# clause of time or one describing a noun tells what was possible, it suggests nothing
# ("Next time you could try ..." still suggests)
_CLAUSE_OF_TIME_OR_THING = _words_of("before until till since moment point")


def _suggestion(toks: list[str], lex: _Lexicon) -> str | None:
    """ "You could (maybe) try ...": a suggested action, the advising roadblock.

    Hedges between the modal and the verb do not soften it into something else;
    a reported view ("You said you could try ...") stays the parent's.
    """
    if _SUGGESTING_MODALS.isdisjoint(toks):
        return None
    for i in range(len(toks) - 2):
        if toks[i] != "you" or toks[i + 1] not in _SUGGESTING_MODALS:
            continue
        if _reported_before(toks, i) or _purpose_of_past_act(toks, i):
            continue
        if i > 0 and toks[i - 1] in _CLAUSE_OF_TIME_OR_THING:
            continue  # "Four days before you could hold her", "the moment you could ..."
        j = i + 2
        while j < len(toks) and toks[j] in _HEDGES:
            j += 1
        if j < len(toks) and toks[j] in lex.imperative and toks[j] not in _NOT_ACTIONS:
            return " ".join(toks[i : j + 1])
    return None


# "That shelf needs to get anchored", "He should really change his shirt": what has
# to happen to someone or something in the home, the helper's advice in disguise
_THIRD_PARTY_NEEDS = (("needs", "to"), ("has", "to"), ("got", "to"), ("should",), ("must",))
_NEED_WORDS = frozenset(need[0] for need in _THIRD_PARTY_NEEDS)
_NOT_THIRD_PARTY = _FIRST_PERSON | _SECOND_PERSON | _words_of("there what who")
_NOT_NEEDED_ACTIONS = _NOT_ACTIONS | _words_of("have happen help work feel know matter")


def _third_party_need(toks: list[str], ctx: _Ctx, lex: _Lexicon) -> str | None:
    """ "That bumper needs to come out": an action required of a thing or another person."""
    if _NEED_WORDS.isdisjoint(toks) or toks[0] in _NOT_THIRD_PARTY:
        return None
    for i in range(1, len(toks) - 1):
        if toks[i] not in _NEED_WORDS:
            continue
        for need in _THIRD_PARTY_NEEDS:
            if tuple(toks[i : i + len(need)]) != need:
                continue
            if toks[i - 1] in _NOT_THIRD_PARTY or _reported_before(toks, i - 1):
                return None
            if need[0] == "got" and not toks[i - 1].endswith("'s"):
                continue  # "She's got to go back in her cot", not "you never got to make"
            j = i + len(need)
            while j < len(toks) and toks[j] in _ADVISING_ADVERBS:
                j += 1
            if (
                j < len(toks)
                and toks[j] in lex.imperative
                and toks[j] not in _NOT_NEEDED_ACTIONS
                and _overlap(toks, ctx, lex.stop) < 0.5  # not the parent's own plan
            ):
                return " ".join(toks[i - 1 : j + 1])
    return None


# what may join a later clause to the one before ("..., so give them a ring")
_CLAUSE_LINKS = _words_of("so then and just")
# what follows a verb given as an order: its object or particle ("stick to that")
_ORDER_OBJECTS = _words_of(
    "her him them it that this the a an your some one to in out up off down back away"
)
_NOT_LATER_ORDERS = _words_of("let tell come go have be always ask talk speak stop feel")
# an aside between a subject and its verb ("Most plans, including Medicaid, cover ...")
_ASIDE_LEADS = _words_of("including like especially except besides")
_CHUNK_FILLERS = _FILLERS | _words_of("you know i mean like")
_CLAUSE_START_RE = re.compile(r"[,;:]\s*(?:(?:so|then|and|just)\s+)*([A-Za-z']+)", re.IGNORECASE)


def _later_order(cleaned: str, lex: _Lexicon) -> str | None:
    """ "..., swap to that", "On those nights, pop her in the basket", "..., so give
    them a ring": an order opening a clause after the first.

    Not a verb sharing an earlier subject or "to" ("You'd change anything, give
    up anything", "trying to build a career, get that going", "Most plans,
    including Medicaid, cover a pump"), an option in a list ("whether you cut
    back or, you know, leave it"), nor words that report or voice someone's
    thought ("You tell yourself, just get through it", "It's like, get up,
    feed her, repeat"), nor a courtesy ("No worries, take your time").
    """
    if not any(m.group(1).lower() in lex.imperative for m in _CLAUSE_START_RE.finditer(cleaned)):
        return None  # the cheap test first: no clause opens with a verb of the list
    chunks = _CLAUSE_SPLIT_RE.split(cleaned)
    before = _tokens(chunks[0])
    if not before or "whether" in before:
        return None
    shared_subject = before[0] in _PRONOUN_SUBJECTS
    prev = before
    for chunk in chunks[1:]:
        ctoks = _tokens(chunk)
        k = 0
        while k < len(ctoks) - 1 and ctoks[k] in _CLAUSE_LINKS:
            k += 1
        verb, nxt = (ctoks[k], ctoks[k + 1]) if k + 1 < len(ctoks) else ("", "")
        if verb in ("don't", "never") and nxt in lex.imperative:
            verb, nxt = f"{verb} {nxt}", ctoks[k + 2] if k + 2 < len(ctoks) else "to"
        action = verb.rsplit(" ", 1)[-1]  # "don't leave her": "leave"; "don't be a stranger"
        if (
            action in lex.imperative
            and action not in _NOT_ACTIONS
            and action not in _NOT_LATER_ORDERS
            and nxt in _ORDER_OBJECTS
            and not (shared_subject and k == 0)
            and prev
            and not all(t in _CHUNK_FILLERS for t in prev)
            and prev[0] not in _ASIDE_LEADS
            and prev[-1] not in ("like", "or")
            and not _infinitive_in(prev[-4:])
            and _REPORTED.isdisjoint(before)
            and "yourself" not in before
            and "social" not in _walk_from(lex.root, ctoks, (k,))
        ):
            return verb
        if ctoks:
            prev = ctoks
            before += ctoks
    return None


def _infinitive_in(toks: list[str]) -> bool:
    """Is there a "to" before a verb ("to create"), not before a noun ("to the clinic")?"""
    return any(
        tok == "to" and nxt not in _DETERMINERS and nxt not in _OBJECTS
        for tok, nxt in itertools.pairwise(toks)
    )


# a courtesy or a time said before an order ("Please don't ...", "Next time, hold ...")
_ORDER_LEADS = (
    ("please",),
    # softened or stressed, still an order: "Maybe swap it for water", "Do take her"
    ("maybe", "just"),
    ("perhaps", "just"),
    ("maybe",),
    ("perhaps",),
    ("do",),
    ("next", "time"),
    ("tonight",),
    ("tomorrow",),
    ("this", "week"),
    ("from", "now", "on"),
    ("in", "future"),
)
_ORDER_LEAD_WORDS = frozenset(lead[0] for lead in _ORDER_LEADS)
# "You need to have a plan", "you have to have a car seat": "have" as a verb of its
# own, before an object, not the "have" of "you shouldn't have said" (a counterfactual)
_HAVE_OBJECT_LEADS = _words_of("a an some any one this that your")


# the word before a goodbye that is spoken of, not said: "a proper goodbye", "say goodbye"
_BYES = frozenset(("bye", "goodbye"))
_GOODBYE_SPOKEN_OF = [[w] for w in ("a", "the", "proper", "say", "said", "saying", "her", "his")]
# a send-off said as an imperative: "Give Tom my best.", "Say bye to Hannah for me.",
# "Keep warm, all of you."
_BYE_WORDS = 8  # "Bye Noah, keep up the tummy time."
_SEND_OFF = (
    r"give (?:\w+ )?my (?:best|love|regards)|say (?:hi|hiya|hello|bye|goodbye) to"
    r"|tell \w+(?: \w+)? i said (?:hi|hiya|hello)"
    r"|(?:keep|stay) (?:warm|safe|dry|cool)\b"
)
_SEND_OFF_RE = re.compile(_SEND_OFF)
_SEND_OFF_STARTS = _words_of("give say tell keep stay") | _BYES
# "you must be" and a name (capitalised as written): "You must be Dan's mum."
_SORRY_LEADS = _words_of("i'm i")
# sorry for the parent's news or loss, for what they are going through, or for the
# helper's own lateness (not "I'm sorry, there's nothing I can do about that": information)
_SYMPATHY_RE = re.compile(
    r"^(?:i'm|i am) (?:(?:so|really|very|truly|just|terribly|awfully) )*sorry"
    r"(?:$| (?:to hear|about|for|you|you're|you've|you were|you had|it's been|it has been|"
    r"this is|things|that you|that it's|that this|that happened|that's happened|i'm late|"
    r"i was late|to keep you))"
)
_NOT_ONLY_SORRY = _words_of("but though however should need must have can't")
_MEETING_RE = re.compile(r"\b[Yy]ou must be [A-Z][a-z]+(?:'s \w+)?[.!]?$", re.ASCII)


# "I'll just get my folder out", "Let me wash my hands before I get down with him", "I'll
# put it in my diary": the helper's own errand in the visit, MITI's other (no
# information about the parent's concern, no advice)
_ERRAND_STARTS = _words_of("i'll let i i'm")
_ERRAND_LEADS = (
    ["i", "will"],  # "I will just pop it in my diary", as typed in full
    ["let", "me"],
    ["i", "just", "need", "to"],
    ["i'm", "just", "going", "to"],
    ["i", "am", "just", "going", "to"],
)
_ERRANDS = _words_of(
    "put write jot get grab pull leave drop wash check fill pop bring note print sign dig"
)
_ERRAND_OBJECTS = _words_of("my it that this the a them down out up in through round here there")
_ERRAND_FILLERS = _words_of("just quickly quick um uh")


def _helper_errand(htoks: list[str]) -> str | None:
    """The helper's errand ("i'll just get my", "let me wash my"), or None."""
    if htoks[0] == "i'll":
        k = 1
    elif htoks[1:2] in (["me"], ["just"], ["will"], ["am"]):
        lead = next((lead for lead in _ERRAND_LEADS if htoks[: len(lead)] == lead), None)
        if lead is None:
            return None
        k = len(lead)
    else:
        return None
    while k < len(htoks) and htoks[k] in _ERRAND_FILLERS:
        k += 1
    if k + 1 >= len(htoks) or htoks[k] not in _ERRANDS or htoks[k + 1] not in _ERRAND_OBJECTS:
        return None
    verb, obj = htoks[k], htoks[k + 1]
    if verb == "check" and obj not in ("my", "the"):
        return None  # "Let me check that I've got this right", "let me check in": listening
    if verb == "get" and ("right" in htoks or "straight" in htoks):
        return None  # "Let me get this right": a summary to follow
    return " ".join(htoks[: k + 2])


def _weighty_cue(hits: dict[str, _Hit]) -> bool:
    """A phrase of meaning ("matters to you", "at her expense"), not one word ("really")."""
    cue = hits.get("complex")
    return cue is not None and " " in cue[1]


# the parent refusing something, and the good the helper then claims for it
_REFUSAL_RE = re.compile(
    r"\b(?:i'm not|i am not|i won't|i will not|i don't want|i'm never|not going to|no way|"
    r"i refuse|we're not|we won't|we don't want)\b"
)
_REFUSAL_WORDS = ("not", "n't", "no ", "refuse")
_BENEFIT_WORDS = _words_of("help good great better best helpful difference important")
_MODALS = _words_of("would will could can might")
_BENEFIT_COPULAS = _words_of("is are it's that's")
_REFLECTING_STARTS = ("you ", "so you", "it sounds", "you're", "sounds like")


def _benefit_claimed(toks: list[str]) -> str | None:
    """ "would (really) help", "could be good", "will make a real difference", "is good
    for", "is the best": the good something would do, claimed."""
    for i, tok in enumerate(toks):
        if tok not in _BENEFIT_WORDS:
            continue
        j = i - 1 if i and toks[i - 1] not in _INTENSIFIERS else i - 2
        prev = toks[j] if j >= 0 else ""
        before = toks[j - 1] if j >= 1 else ""
        if tok == "help" and prev in _MODALS:
            return f"{prev} help"
        if tok == "difference" and "make" in toks[max(0, i - 4) : i]:
            at = toks.index("make", max(0, i - 4))
            if at and toks[at - 1] in _MODALS:
                return f"{toks[at - 1]} make a difference"
        if prev == "be" and before in _MODALS:
            return f"{before} be {tok}"  # "would be good", "could be helpful"
        if prev in _BENEFIT_COPULAS and toks[i + 1 : i + 2] == ["for"]:
            return f"{prev} {tok} for"  # "is good for", "is important for"
        if tok == "best" and prev == "the" and before in _BENEFIT_COPULAS:
            return f"{before} the best"
    return None


def _argues_for_refused(toks: list[str], flat: str, ctx: _Ctx, stop: frozenset[str]) -> str | None:
    """The good of what the parent has just refused, claimed: "Nursery would really help
    his speech" after "I'm not putting him in nursery, whatever anyone says" (not "You
    don't want nursery, even if it might help his speech", their refusal reflected)."""
    if flat.startswith(_REFLECTING_STARTS):
        return None
    benefit = _benefit_claimed(toks)
    if benefit is None:
        return None
    said = ctx.flat  # shared with ctx.said
    refusal = _REFUSAL_RE.search(said) if any(w in said for w in _REFUSAL_WORDS) else None
    if refusal is None:
        return None
    refused = content_stems(said[refusal.end() :].split(" "), stop)
    if refused.isdisjoint(content_stems(toks, stop)):
        return None
    return benefit


def _code_statement(s: _Sentence, p: _Parsed, ctx: _Ctx, lex: _Lexicon) -> None:
    head, htoks, flat, toks, hits = p.head, p.htoks, p.flat, p.toks, p.hits
    first = htoks[0]
    if (
        first in _SEND_OFF_STARTS
        and len(toks) <= _BYE_WORDS
        # "Bye Noah, keep up the tummy time.": a goodbye, and a word to the child with it
        and (first in _BYES or (len(toks) <= _WISH_WORDS and _SEND_OFF_RE.match(head)))
    ):
        s.add("send_off", head)  # a goodbye, not advice
        return
    if first in _CORRECTION_FIRST_WORDS and _invites_correction(head):
        # "Let me know if that's not quite it": a summary handed back to the parent,
        # as "Did I get that right?" is; no information
        s.add("check_question", head)
        return
    if "must be" in flat and _MEETING_RE.search(p.stripped) is not None:
        s.add("greeting", head)  # "Morning, you must be Dan.": met for the first time
        return
    if first in _SORRY_LEADS and _SYMPATHY_RE.match(head) and _NOT_ONLY_SORRY.isdisjoint(htoks):
        # "I'm so sorry to hear that", "I'm sorry you're going through this": the
        # helper's sympathy (or apology), no information given (not "I'm sorry, but you
        # need to ...")
        s.add("sympathy", head[:40])
        return
    if first in _ERRAND_STARTS:
        errand = _helper_errand(htoks)
        if errand is not None:
            s.add("errand", errand)  # the helper's own task in the visit, no information
            return
    if "praise" in hits and lex.praise_only.match(flat):
        s.add("praise", flat)
        return
    act_praised = _praised_act(toks, hits.get("praise")) if "affirm" not in hits else None
    if act_praised is not None:
        # "Good job staying calm!": approval of an act, not a reflection of it
        s.add("praise", act_praised)
        return
    argued = (
        _argues_for_refused(toks, flat, ctx, lex.stop)
        # most sentences have no benefit word: a set test spares the regexes
        if ctx.has_context and not _BENEFIT_WORDS.isdisjoint(toks)
        else None
    )
    if argued is not None:
        # "Nursery would really help his speech, though." after "I'm not putting him in
        # nursery": the case for what the parent just refused, the righting reflex
        s.code = "persuade"
        s.add("argues_for_refused", argued)
        return
    perm = hits.get("permission")
    if (
        perm is not None
        and perm[1].endswith("together")
        and first not in lex.imperative
        and _WE_US.isdisjoint(toks)
    ):
        perm = None  # "something you two will figure out together": not with the helper
    if perm is not None:
        s.code = "seeking_collaboration"
        if _opens_with(perm, toks, htoks) and (first in _AUX or first == "mind"):
            s.qtype = "closed"  # "mind if i tell you about ...": asked, typed without "?"
        s.add("collaboration", perm[1])
        ctx.permission_seen = True
        return
    joint = hits.get("collab_q")
    if joint is not None and not _WE_ALL.isdisjoint(joint[1].split(" ")):
        # "I want to make sure we get to whatever's on your mind": setting the
        # agenda jointly, said as a statement
        s.code = "seeking_collaboration"
        s.add("collaboration", joint[1])
        return
    if (
        (first in _OFFER_LEADS or (first == "i'm" and htoks[1:2] and htoks[1] in _OFFER_LEADS))
        and "with" in toks
        and not _JOINT_VERBS.isdisjoint(toks)
    ):
        at = toks.index("with")
        if toks[at + 1 : at + 2] == ["you"] and toks[at - 1] in _JOINT_ENDS:
            # "I'd be glad to think it through with you": the helper offers joint work
            s.code = "seeking_collaboration"
            s.add("collaboration", "with you")
            return
    if first in _HEARING_LEADS and (first != "tell" or toks[1:2] == ["me"]):
        sought = _ideas_sought(toks)
        if sought is not None:
            # "Tell me what you think would make mornings easier", "I'd like your take
            # on what would help": the parent's ideas asked for, as a statement
            s.code = "seeking_collaboration"
            s.add("collaboration", sought[1])
            return
    together = _together_at(toks)
    if together is not None:
        # "Like, figure out the words together.", "We could plan it together",
        # "Let's look at the schedule together": an invitation to work it out
        # jointly (not "if we did decide to work together", a condition)
        joint_work = (
            not _JOINT_VERBS.isdisjoint(toks)
            and (first in lex.imperative or not _WE_US.isdisjoint(toks))
            # "if" before "together" (not "..., together, if that would help")
            and "if" not in toks[: together[0]]
        )
        if joint_work or first == "let's":
            s.code = "seeking_collaboration"
            s.add("collaboration", f"... {together[1]}" if joint_work else "let's ... together")
            return
    if head == "come on":
        # "Come on, Hailey.": disbelief, disputing what the parent just said
        s.code = "confront"
        s.add("confront", head)
        return
    said_but = _SAY_BUT_RE.match(head) if first == "you" else None
    if said_but is not None and "feel" not in head[said_but.end() :]:
        # "You say you want to quit, but you're still buying it every week.": the
        # parent's words set against what they do, doubting them; not a
        # double-sided reflection ("..., but part of you still feels ...")
        s.code = "confront"
        s.add("confront", said_but.group(0))
        return
    if first in _DENIERS and not _NEGATIONS.isdisjoint(htoks[1:3]) and ctx.has_context:
        denied = _denies_parent(htoks, ctx)
        if denied is not None:
            s.code = "confront"
            s.add("contradicts_parent", denied)
            return
    conf = hits.get("confront")
    auto = hits.get("autonomy")
    if conf is not None and auto is not None and _outlasts(auto, conf):
        # "You know better than anyone whether he's ready": the longer phrase gives the
        # parent the say ("You know better than that" still disputes)
        conf = None
    if conf is not None and toks[conf[0] - 1 : conf[0]] == ["without"]:
        conf = None  # "owning it without making excuses": the fault is absent, and credited
    if (
        conf is not None
        and conf[1].endswith("sense")
        and toks[_end(conf) : _end(conf) + 1] == ["to"]
    ):
        conf = None  # "and it doesn't make sense to you": the parent's confusion, said back
    if conf is None and not _RANKING.isdisjoint(toks):
        conf = _priorities_judged(toks, self_first=False)
    if conf is None and toks[-4:] == _YOU_KNOW_IT:
        # "... is far too late, and you know it": the parent's knowledge held against
        # them (only as the last words: "and, you know, it does ..." is a filler)
        conf = (len(toks) - 4, "and you know it")
    lead_in = toks[max(0, conf[0] - _LEAD_IN) : conf[0]] if conf is not None else []
    if (
        conf is not None
        and not _FEEL.intersection(lead_in)
        and _WONDERING.isdisjoint(lead_in)
        and _DENIED_LABEL_RE.search(" ".join(lead_in)) is None
        and not _in_their_mind(toks, conf[0])
        and not _said_by_others(toks, conf[0])
    ):
        # not "it feels almost selfish to want them", "wondering whether it was your
        # fault": the parent's feeling or doubt, reflected;
        # nor "It's not that you don't care", "I'm not saying you're lazy": denied
        s.code = "confront"
        s.add("confront", conf[1])
        return

    if auto is not None and toks[auto[0] - 1 : auto[0]] and _negates(toks[auto[0] - 1]):
        auto = None  # "This wasn't your choice": the parent's lack of a say, reflected
    if auto is not None and toks[auto[0] - 1 : auto[0]] in (["was"], ["were"], ["made"]):
        # "Turning the telly off was your call", "You've made your decision": a choice
        # made, said back; no say given
        auto = None
    if auto is not None and toks[auto[0] - 1 : auto[0]] in (["before"], ["until"]):
        auto = None  # "Ring the counsellor before you decide": a step urged first, no say given
    if auto is None and not _BEST.isdisjoint(toks):
        auto = _knows_best(toks)
    praised = hits.get("affirm")
    if (
        auto is not None
        and praised is not None
        and praised[0] == auto[0]
        and _end(praised) > _end(auto)
    ):
        auto = None  # "You know your son so well": his parent's knowledge, affirmed
    road = hits.get("roadblock")
    if road is not None:
        after = _end(road)
        if (
            after < len(toks)
            and toks[after] in ("have", "been")
            and not (after + 1 < len(toks) and toks[after + 1] in _HAVE_OBJECT_LEADS)
        ):
            if (
                road[1] in _BLAME
                and road[0] == len(toks) - len(htoks)
                and toks[after] == "have"
                and toks[after + 1 : after + 2] != ["been"]  # "should have been told"
            ):
                # opening the sentence, "You should have called me sooner" blames
                s.code = "confront"
                s.add("confront", f"{road[1]} {toks[after]}")
                return
            road = None  # "... something you shouldn't have said": a counterfactual
        elif toks[after : after + 2] == ["be", "proud"]:
            road = None  # "You should be proud of yourself": the parent's worth, affirmed
        elif (
            road[1].startswith(_ITS_TIME)
            and road[0] > len(toks) - len(htoks)
            and toks[road[0] - 1] not in _VERDICT_LEADS
        ):
            # "part of you knows it's time to cut back", "just as you adjust, it's time
            # to switch back": the parent's sense or schedule; the helper's verdict
            # opens the sentence ("It's time to get him into his own bed")
            road = None
        elif road[1] == "you don't need" and toks[after : after + 1] in _HELPERS_OF_YOU:
            # "You don't need me to tell you how to raise a baby": the parent's own
            # know-how, granted; no order
            road = None
        elif road[1] == "you must" and _guesses_state(toks, after, hits.get("feeling")):
            road = None  # "You must be exhausted": a guess at the parent's state, no order
        elif road[1].endswith(" to") and after < len(toks) and toks[after] in _OBJECTS:
            road = None  # "it's important to you": a value, not "it's important to do"
        elif (
            road[1].startswith(_HAVE_GOT)
            and road[1].endswith("got to")
            and toks[after : after + 1] == ["know"]
            and toks[after + 1 : after + 2] in _KNOWN_PEOPLE
        ):
            road = None  # "You've really got to know her": came to know, not "must"
        elif road[1].endswith(" tell") and toks[after : after + 1] == ["me"]:
            road = None  # "You can tell me if it's any use": an invitation to answer
        elif road[1] == "i want you to" and toks[after : after + 1] in (["know"], ["hear"]):
            road = None  # "I want you to know that you're ...": said to be heard, no order
        elif road[1].startswith("you need") and road[0] > 0 and toks[road[0] - 1] in _NEEDED:
            # "take whatever time you need to decide", "doing what you need to get
            # by": the need is the object of another verb, not an order
            road = None
        elif road[1] == "you've got to" and toks[road[0] - 1 : road[0]] == ["where"]:
            road = None  # "So where you've got to: ...": a summary of the parent's thinking
        elif road[1].startswith("something") and road[0] > 0 and toks[road[0] - 1] in _FOUND_IT:
            road = None  # "You found something you could both stand behind": done, not urged
        elif road[1].startswith("i ") and road[0] > 0 and toks[road[0] - 1] in _ANYTHING:
            road = None  # "free to say no to anything I suggest": advice spoken of, not given
        elif toks[road[0] - 1 : road[0]] == ["to"] and road[1].split(" ", 1)[0] in lex.imperative:
            # "You went out of your way to make sure she got seen": an infinitive
            # of purpose, not an order
            road = None
        elif (
            (road[0] == 0 or toks[road[0] - 1] != "so")
            and (
                _reported_before(toks, road[0])
                or _FEEL.intersection(toks[: road[0]])
                or _feared_before(toks, road[0])
            )
            and not _order_after_condition(first, toks, road[0])
        ):
            # "You feel you have to ...", "told that you need to", "It feels like one
            # more thing you have to do": the parent's sense of duty, reported; "You're
            # scared you'll lose her": the parent's fear, not the helper's warning
            road = None
    if (
        road is not None
        and auto is not None
        and (_outlasts(auto, road) or auto[0] == _end(road) or auto[0] < road[0] < _end(auto))
    ):
        # "you can say no", "you can choose": a choice, not an order; "you have to go
        # with your gut": what the parent must do is decide; "whatever time you need
        # to ...": the need is inside the choice
        road = None
    advice_words = road[1] if road is not None else None
    # "Please don't give him honey", "Next time, hold on to her": a courtesy or a
    # time before the order
    order = htoks
    if first in _ORDER_LEAD_WORDS:
        for lead in _ORDER_LEADS:
            if len(htoks) > len(lead) + 1 and tuple(htoks[: len(lead)]) == lead:
                order = htoks[len(lead) :]
                break
    if (
        advice_words is None
        and order[0] in lex.imperative
        and order[1:2]
        and order[1] not in _NOT_IMPERATIVE_NEXT
        # "Sleep training can help": a noun, not an order; after "don't", "do/be" are
        # verbs, and after "let" its object ("Let her have him for an hour")
        and (order[0] in ("don't", "never", "let") or _AUX.isdisjoint(order[1:3]))
        # "Always choosing, and somebody always waiting": an adverb before a gerund
        # describes the parent's days ("Always put her down on her back" orders)
        and not (
            order[0] in ("always", "never")
            and (_gerund_subject(order[1:]) or order[1] in _PLACE_WORDS)
        )
        # "Come on in", "Don't worry about it": a courtesy said as an imperative
        and not _opens_with(hits.get("social"), toks, htoks)
        # "Take what's useful and leave the rest": the order is to choose (but "Take
        # it or leave it, but I'd ..." goes on to advise)
        and not (_opens_with(auto, toks, htoks) and "but" not in toks)
    ):
        advice_words = order[0]
        s.add("imperative", order[0])
    if advice_words is None and "please" in toks[1:]:
        at = toks.index("please", 1)
        verb = toks[at + 1] if at + 1 < len(toks) else ""
        if (
            verb in lex.imperative
            and verb not in _COURTESY_VERBS
            and toks[at - 1] != "to"  # "He asked her to please stop": reported
            and not _reported_before(toks, at)  # "You said please stop shouting"
        ):
            # "..., so please stand the bottle in hot water instead": an order
            # later in the sentence (not "please let me know", "please take a seat")
            advice_words = f"please {verb}"
            s.add("imperative", verb)
    later_order = None
    if advice_words is None and "," in p.cleaned and not lex.imperative.isdisjoint(toks):
        later_order = _later_order(p.cleaned, lex)
    if later_order is not None and _overlap(toks, ctx, lex.stop) < 0.5:
        # (not the parent's own plan said back, "One new food at a time, and then wait")
        if ctx.asked_how:
            # "How do I sign up?" -- "The office is on Fourth Street; bring your ID":
            # the steps asked for, information
            s.code = "giving_information"
            s.add("answers_parent", later_order)
            return
        advice_words = later_order
        s.add("imperative", later_order)
    if advice_words is None:
        advice_words = (
            _suggestion(toks, lex)
            or _helper_advice(toks, lex)
            or _warning(htoks, toks, ctx, lex)
            or _argument(toks, flat, ctx, lex)
            or _third_party_need(htoks, ctx, lex)
        )
    if advice_words in _NECESSITY and ctx.asked_how:
        # "How do I sign up?" -- "You'll need to bring your ID": what the procedure
        # requires, asked for; information, not persuasion
        s.code = "giving_information"
        s.add("answers_parent", advice_words)
        return
    if advice_words is not None:
        if auto is not None or ctx.permission_seen or ctx.permission_granted or ctx.asked_how:
            s.code = "persuade_with_permission"
            s.add("advice_with_permission", auto[1] if auto is not None else "permission")
        else:
            s.code = "persuade"
        s.add("advice", advice_words)
        return
    # (each offer to tell is left to the parent with an "if")
    told = _offered_telling(htoks) if first in _OFFER_STARTS and "if" in toks else None
    if told is not None and (
        (auto is not None and auto[1] in _IF_YOU_LIKE) or _IF_HELPFUL_RE.search(flat)
    ):
        # "I can tell you what the research says, if you'd like", "I'd be happy to share
        # some tips if you want", "I could go through it, if that's helpful": the
        # helper's offer, the parent's to accept; asking permission, MITI's seeking
        # collaboration
        s.code = "seeking_collaboration"
        s.add("permission", f"{told} ... {auto[1] if auto is not None else 'if helpful'}")
        return
    if (
        auto is not None
        and auto[1] in _IF_YOU_LIKE
        and _OFFER_ENDS.issuperset(toks[_end(auto) :])  # the offer's last words
        and _offers_before(toks, auto[0])
    ):
        # "I can put a referral in for you today if you want that": a service offered,
        # the parent's to take up; no choice about the parent's own life stressed
        s.code = "giving_information"
        s.add("offer", f"{auto[1]}")
        return
    if auto is not None:
        option = _option(toks)
        if option is not None:
            # "If you want, one thing some dads do is ...": an option offered with
            # the parent's choice stressed, MITI's persuading with permission
            s.code = "persuade_with_permission"
            s.add("option", option[1])
            s.add("autonomy", auto[1])
            return
        s.code = "emphasizing_autonomy"
        s.add("autonomy", auto[1])
        return
    aff = (
        hits.get("affirm")
        or _strength(toks, lex.strengths)
        or _effort_despite(toks)
        or _done_with_care(toks)
        or _done_it(toks)
        or _done_for_them(toks, flat)
        or (_act_then_credit(p) if htoks[0][-3:] == "ing" else None)
        or (_done_well(toks) if "well" in toks else None)
        or (None if _ROLE_NOUNS.isdisjoint(toks) else _role_who(toks, lex.strengths))
        or (_strength_named(htoks) if htoks[0] in _NAMED_LEADS else None)
        or (_credited_to_you(toks, lex.strengths) if "part" in toks else None)
        or (_taken_seriously(toks) if "seriously" in toks else None)
        or (None if _RANKING.isdisjoint(toks) else _priorities_judged(toks, self_first=True))
    )
    if aff is not None and (
        _feels_too(toks)
        or _feeling_after(aff, hits.get("feeling"), toks)
        or _wished(aff, toks)
        or _shows_feeling(aff, hits.get("feeling"), toks)
    ):
        # "You love her, and you also feel guilty ...", "you're doing everything you
        # can, and it's infuriating": the strength is one side of what the parent
        # feels; "You want her to see that you're taking this seriously": what the
        # parent wishes for; a reflection either way
        aff = None
    if (
        aff is not None
        and aff[1].startswith("not ")
        and toks[_end(aff) : _end(aff) + 1]
        and toks[_end(aff)] in _VIEWS_HELD
    ):
        aff = None  # "Not every parent would agree": a view others hold, no strength
    if aff is not None and aff[1] == "brave" and toks[_end(aff) : _end(aff) + 1] == ["face"]:
        aff = None  # "keeping that brave face up": a feeling hidden, not a strength
    if aff is not None and toks[aff[0] - 1 : aff[0]] in (["let"], ["help"], ["helps"]):
        aff = None  # "it'd let you keep going": a gain promised, not an effort credited
    if aff is not None and not aff[1].startswith("you") and _negated_at(toks, aff[0]):
        aff = None  # "he's not really taking it seriously": a strength denied, no credit
    promise = hits.get("roadblock")
    if (
        aff is not None
        and promise is not None
        and promise[1].startswith(_PROMISES)
        and promise[0] < aff[0] < _end(promise)
    ):
        aff = None  # "you'll be so glad you stuck with it": a reward promised, persuading
    if aff is not None and _PROVING.intersection(toks[max(0, aff[0] - 2) : aff[0]]):
        aff = None  # "like you have to prove you're a good mom": a pressure felt, no credit
    if aff is not None and toks[max(0, aff[0] - 2) : aff[0]] == ["part", "of"]:
        aff = None  # "and part of you showed up anyway": one side of an ambivalence
    if aff is not None and ctx.has_context and _said_of_self(aff[1], ctx):
        # "I love him." -- "You love him.": the parent's own words said back, a reflection
        aff = None
    if aff is not None:
        s.code = "affirm"
        s.add("affirm", aff[1])
        return
    if htoks[-1] in _SETTLED_ENDS and _settled(htoks):
        # "Wednesday it is.", "Okay, tea it is, then": a choice agreed, not a reflection
        s.add("social", head)
        return
    social = hits.get("social")
    if (
        social is not None
        and len(toks) <= 20
        # "Take care." closes a visit; "you've got two kids to take care of" does not,
        # nor does "hang on to that thought"
        and toks[_end(social) :][:1] != (["to"] if social[1] in _HOLD_ON else ["of"])
        # "so the kids won't see you", "I don't see you as ...", "You want her to see
        # you doing ...": seeing, not a goodbye ("Hope to see you next week" is one)
        and not (
            social[1] == "see you"
            and social[0] > 0
            and toks[social[0] - 1] in _SEEING_BEFORE
            and (
                toks[social[0] - 1] != "to"
                or (_end(social) < len(toks) and toks[_end(social)] not in _SEE_YOU_WHEN)
            )
        )
        # "a proper goodbye might free her up", "you never got to say goodbye": a goodbye
        # spoken of, not said
        and not (social[1] in _BYES and toks[social[0] - 1 : social[0]] in _GOODBYE_SPOKEN_OF)
    ):
        s.add("social", social[1])
        return

    # ---- reflection or information
    stop = lex.stop
    validated = hits.get("validate")
    if validated is not None and validated[0] <= len(toks) - len(htoks) + 1:
        # "It makes sense you'd be on guard", "No wonder you're exhausted": the parent's
        # feeling found understandable, a reflection (not an answer to their question)
        _code_reflection(s, toks, flat, ctx, hits, stop)
        return
    cue = hits.get("info")
    if cue is not None and cue[1] in _THERE_IS and toks[_end(cue) : _end(cue) + 1] in _NOT_NEWS:
        # "There's no room for falling apart", "there's not much of you left over":
        # what is missing from the parent's life, not news of a service; an
        # information cue after it still counts ("there's no safe amount")
        rest = _end(cue)
        later = lex.scan(toks[rest:]).get("info")
        cue = None if later is None else (rest + later[0], later[1])
    if cue is not None and cue[1] in _THERE_IS and not _SECOND_PERSON.isdisjoint(toks):
        feeling = hits.get("feeling")
        if feeling is not None and _end(cue) <= feeling[0] <= _end(cue) + _FEELING_NAMED:
            # "There's relief, and ... you're allowed to feel relieved", "maybe there's
            # still some grieving in there for ... him": the parent's inner state named
            cue = None
    if (
        cue is not None
        and cue[1] in _EVERY_DAY
        and (
            (toks[_end(cue) : _end(cue) + 1] and toks[_end(cue)] in _YOU_DO)
            or (_end(cue) == len(toks) and "you" in toks[: cue[0]])
        )
    ):
        # "Every day you get up and look after her", "Which leaves you living with
        # the clock ticking every day": the parent's own days said back, not a fact
        # from the helper ("Every day, babies learn new words")
        cue = None
    if cue is not None and cue[1] == "one thing" and _one_and_another(toks) is not None:
        cue = None  # "... telling you one thing and your mum's telling you another"
    if cue is not None and "knowing" in toks[max(0, cue[0] - 2) : cue[0]]:
        # "Knowing it's normal helps your head, but ...": what the parent knows, not
        # the helper's news
        cue = None
    option = _option(toks)
    info = cue or _generalization(toks) or option
    # one topic word ("hours", "crib") is weak evidence of the helper's knowledge:
    # a sentence reusing a quarter of the parent's words restates them
    # so is a rate ("a day", "months old") with only the parent's own numbers, said back
    # ("Six changes a day" after "Six outfits a day"; not "That's 12 drinks a week")
    # and so is a phrase the parent said first ("On his back, every time." after "...
    # sleep on their backs")
    weak_cue = (
        cue is not None
        and (
            (" " not in cue[1] and not _names_a_service(toks, cue))
            or (cue[1] in _RATES and _numbers_said(toks, ctx))
            or _cue_echoed(cue[1], ctx, stop)
        )
        and not ctx.asked
    )
    if option is None and (
        (
            "feeling" in hits
            and (
                weak_cue
                or (
                    first in _SECOND_PERSON
                    and _PREDICTION.isdisjoint(toks)
                    and not _not_a_feeling(toks, hits["feeling"])
                )
            )
        )
        or (_weighty_cue(hits) and first in _SECOND_PERSON and _PREDICTION.isdisjoint(toks))
        # "Free would be a huge help, and at the same time you'd be giving up some say":
        # both sides of the parent's choice, with one topic word
        or (weak_cue and "double_sided" in hits and not _SECOND_PERSON.isdisjoint(toks))
    ):
        # "And then there's guilt on top of the tiredness", "You're stuck between
        # what she says and what the doctor says": a feeling named is the parent's
        # world, not the helper's knowledge (but "You might feel tired for a few
        # weeks" predicts, as information does)
        info = _generalization(toks)
    stem_hit = lex.stem.match(head)
    stem_any = hits.get("stem_any")
    if (
        info is not None
        and stem_any is None
        and not (weak_cue and stem_hit is not None)  # "You'd rather not use formula"
        and first in _SECOND_PERSON
        # "You think it would help", "You're not ready to stop, and ...", "You're
        # trying to ...": the parent's own mind or effort, said back
        and not _states_own_mind(htoks)
        # a question's words answered; one topic word is weak evidence (see above)
        and (ctx.asked or _overlap(toks, ctx, stop) < (0.25 if weak_cue else 0.5))
    ):
        # "Your level of drinking puts you in what we call a high-risk group":
        # a statement about the parent built on the helper's knowledge
        s.code = "giving_information"
        s.add("information", info[1])
        return
    if stem_hit is not None:
        s.add("reflection_stem", stem_hit.group(1))
    elif stem_any is not None:
        s.add("reflection_stem", stem_any[1])
    elif (
        first in _SECOND_PERSON
        and (ctx.asked_how or (ctx.asked and _HAS_DIGIT.search(flat) is not None))
        and not _FEEL.intersection(toks)
    ):
        # "When do I go back for the checkup?" -- "Your clinic has you down for the
        # 14th"; "What was it today?" -- "Your reading is 152 over 94": the answer
        # to a practical question the parent asked
        s.code = "giving_information"
        s.add("answers_parent", head[:40])
        return
    elif first in _SECOND_PERSON:
        s.add("second_person", first)
    elif first in _FIRST_PERSON:
        if "small_talk" in hits:
            s.add("social", hits["small_talk"][1])
            return
        s.code = "giving_information"
        s.add("information" if info else "helper_statement", info[1] if info else first)
        return
    elif info is not None:
        overlap = _overlap(toks, ctx, stop)
        if overlap < (0.25 if weak_cue else 0.5):
            s.code = "giving_information"
            s.add("information", info[1])
            if option is not None:
                s.add("option", option[1])
                if ctx.permission_seen or ctx.permission_granted:
                    # "Any tips?" -- "Some parents find a warm bath helps.": an option
                    # the parent asked for, MITI's persuading with permission
                    s.code = "persuade_with_permission"
                    s.add("advice_with_permission", "permission")
            return
        s.add("restates_client", f"{overlap:.2f}")
    elif len(htoks) > 4 and _SPEAKER_SELF.intersection(htoks) and _SECOND_PERSON.isdisjoint(htoks):
        # about the helper's own experience or view ("That surprised me when I
        # read it"), not about the parent: the helper's input (but "It's pouring out
        # there, I'm soaked" is small talk)
        if "small_talk" in hits:
            s.add("social", hits["small_talk"][1])
            return
        s.code = "giving_information"
        s.add("helper_statement", head[:40])
        return
    elif (
        ctx.asked
        and (len(htoks) > 4 or any(t not in stop and len(t) > 2 for t in htoks))
        # not "School matters a lot to you, and childcare feels like the wall in the
        # way" after "who's going to watch him?": the parent's world and its weight
        # said back, a reflection (an age or number still answers: "around nine months
        # babies ..., which is why goodbyes get harder")
        and not (
            (
                (
                    ("feeling" in hits or _likened(toks) is not None or _weighty_cue(hits))
                    and not _SECOND_PERSON.isdisjoint(toks)
                )
                # "Leaving feels almost as scary as staying": a feeling felt, even
                # without "you" (not "Dogs can find a baby's crying confusing")
                or ("feeling" in hits and not _FEEL.isdisjoint(toks))
            )
            and _NUMBER_WORDS.isdisjoint(toks)
            and _HAS_DIGIT.search(flat) is None
        )
    ):
        # the parent asked, and a plain statement answers: "What is this ASQ thing?"
        # -- "It's a questionnaire about ..."
        s.code = "giving_information"
        s.add("answers_parent", head[:40])
        return
    elif len(htoks) > 4:
        # a plain statement about the parent's world that presents no helper
        # knowledge, plan or opinion: in MI conversation that is a reflection
        s.add("plain_statement", head[:40])
    elif any(t not in stop and len(t) > 2 for t in htoks) or _overlap(toks, ctx, stop) > 0.0:
        s.add("fragment", head)
    elif head in _REPROACH and s.idx > 0 and not p.qmark and not ctx.said("again"):
        # "You forgot your own baby's check-up. Again.": the lapse counted against the
        # parent (not "Again?", asking, nor the parent's own "again" said back)
        s.code = "confront"
        s.add("reproach", head)
        return
    else:
        s.add("minimal", head)
        return
    _code_reflection(s, toks, flat, ctx, hits, stop)


_REPROACH = frozenset(("again", "yet again", "again and again"))
_HELPERS_OF_YOU = [[w] for w in ("me", "us", "anyone", "anybody", "someone", "somebody")]


def _code_reflection(
    s: _Sentence,
    toks: list[str],
    flat: str,
    ctx: _Ctx,
    hits: dict[str, _Hit],
    stop: frozenset[str],
) -> None:
    """Code ``s`` as a simple or complex reflection (see :func:`_reflection_is_complex`)."""
    complex_ = _reflection_is_complex(toks, flat, ctx, s, hits, stop)
    s.rtype = "complex" if complex_ else "simple"
    s.code = "complex_reflection" if complex_ else "simple_reflection"


def _feeling_named(feeling: str, ctx: _Ctx) -> bool:
    """Did the parent name this feeling, or one of its family ("tired" for "exhausted")?"""
    last = feeling.rsplit(" ", 1)[-1]
    if stem(last) in ctx.stems:
        return True
    # the family of the whole phrase ("worn out") or of its feeling word ("you feel
    # embarrassed" -> "embarrassed")
    families = _lexicon().feeling_family
    kin = families.get(feeling) or families.get(last, ())
    return any(ctx.said(member) for member in kin)


_POSSESSIVES = _words_of("your his her my their the")
_FEELERS = _words_of("you you're were are")
_NOT_FEELINGS = _words_of("like about that as if when because")


def _feels_too(toks: list[str]) -> bool:
    """ "... and you also feel guilty", "... and still feeling helpless": a feeling of
    the parent's own named beside what they do."""
    if _FEEL.isdisjoint(toks):
        return False
    for i, tok in enumerate(toks[2:], start=2):
        if tok in _FEEL and toks[i - 1] in _ALSO:
            if toks[i - 2] in ("you", "and"):
                return True
            if toks[i - 2] == "it" and toks[i - 3 : i - 2] == ["and"]:
                return True  # "..., and it still feels like you're losing"
    return False


_ALSO = _words_of("also still too")
# the parent's own mind as the frame of a verdict on them: their worry, fear or self-talk
_MIND_VERBS = _words_of(
    "worry worries worried fear fears feared think thinks thought wonder wonders wondered "
    "believe believes suspect suspects afraid scared frightened ashamed"
)
_SELF_TALK = _words_of("call calls calling called tell tells telling told blame blaming judge")
_THINKERS = _words_of("you you're you've you'd")
_ASKING_AUX = _words_of("do don't did didn't")
_CLAUSE_TURNS = _words_of("but yet though although")


def _in_their_mind(toks: list[str], at: int) -> bool:
    """Is the verdict at ``at`` the parent's own, in a clause their worry, fear or
    self-talk frames? "You're worried that wanting time for yourself is selfish", "Part
    of you wonders if you're being lazy", "You keep telling yourself it was your fault"
    reflect a self-judgement; not "I think you're being lazy", "Don't you think that's
    selfish?", "You think it's fine, but it's neglect", "You know it's selfish"."""
    for k in range(at - 1, 0, -1):
        tok = toks[k]
        if tok in _CLAUSE_TURNS:
            return False
        if tok in _MIND_VERBS:
            thinker = toks[max(0, k - 2) : k]  # "you worry", "you really think", "of you wonders"
            if not _THINKERS.isdisjoint(thinker) and _ASKING_AUX.isdisjoint(
                toks[max(0, k - 3) : k]
            ):
                return True
        elif tok == "yourself" and toks[k - 1] in _SELF_TALK:
            return True
    return False


_OTHERS_SAY = _words_of("say says said saying tell tells told telling reckons thinks")
_TO_THE_HELPER = _words_of("me us")
_REPORT_REACH = 3  # "she says you're doing it wrong", "he told you that you're too soft"


def _said_by_others(toks: list[str], at: int) -> bool:
    """Is the verdict at ``at`` reported as someone else's? "Every time, she says you're
    doing it wrong", "Your mum thinks you're too soft on him": another's criticism the
    parent lives with, said back (not "I told you that's a bad idea", the helper's)."""
    for k in range(at - 1, max(0, at - 1 - _REPORT_REACH), -1):
        if toks[k] in _CLAUSE_TURNS:
            return False
        if toks[k] in _OTHERS_SAY:
            return (
                toks[k - 1] not in _FIRST_PERSON  # not the helper's own "I told you"
                and toks[k + 1] not in _TO_THE_HELPER  # "which tells me it isn't ..."
                and _ASKING_AUX.isdisjoint(toks[max(0, k - 3) : k])
            )
    return False


_WONDERING = _words_of("whether wondering worried worry afraid scared")
# how far before a label a feeling or doubt can frame it ("It feels like your
# opinion doesn't count for much", "a worry that wanting it makes you selfish")
_LEAD_IN = 6
_ITS_TIME = ("it's time", "it is time", "it's high", "it is high", "it's about", "it is about")
_VERDICT_LEADS = _words_of("maybe perhaps think really now honestly")


_WISH_VERBS = _words_of("want wants wanted wanting wish wishing hope hoping")
_WISH_ADVERBS = _words_of("really just so also still")  # "you really want", not "you didn't want"


def _wished(aff: _Hit, toks: list[str]) -> bool:
    """ "You want her to see that you're ...": the affirming words inside the parent's
    wish (after "you want", "you really hope"), not the helper's recognition."""
    return any(
        tok in _WISH_VERBS
        and (
            toks[i - 1] == "you"
            or (toks[i - 1] in _WISH_ADVERBS and toks[i - 2 : i - 1] == ["you"])
        )
        for i, tok in enumerate(toks[1 : aff[0]], start=1)
    )


_CLAUSE_SUBJECTS = _PRONOUN_SUBJECTS | _words_of("that that's this there's")
_VIEWS_HELD = _words_of("agree approve like want choose say")  # "Not every parent would agree"


def _feeling_after(aff: _Hit, feel: _Hit | None, toks: list[str]) -> bool:
    """A feeling named in a clause joined on after the affirming words ("..., and
    it's infuriating"; not "... and set up a way to keep her safe")."""
    return (
        feel is not None
        and feel[0] >= _end(aff)  # not a word of the affirming phrase ("stuck to it")
        and any(
            toks[k] == "and" and toks[k + 1] in _CLAUSE_SUBJECTS
            for k in range(_end(aff), feel[0] - 1)
        )
        and not _not_a_feeling(toks, feel)
    )


# "There's a free stop-smoking service at the pharmacy": a service named is the helper's
# news however many of the parent's words it reuses
_SERVICES = _words_of(
    "free service services group groups clinic scheme helpline programme program grant "
    "voucher vouchers class classes drop centre center"
)
_SERVICE_REACH = 6  # words after "there's" that may name the service


def _names_a_service(toks: list[str], cue: _Hit) -> bool:
    if cue[1] not in _THERE_IS:
        return False
    after = _end(cue)
    return not _SERVICES.isdisjoint(toks[after : after + _SERVICE_REACH])


def _cue_echoed(phrase: str, ctx: _Ctx, stop: frozenset[str]) -> bool:
    """Are the content words of an information cue all the parent's own?"""
    if not ctx.has_context:
        return False
    stems = content_stems(phrase.split(" "), stop)
    return bool(stems) and stems <= ctx.stems


def _numbers_said(toks: list[str], ctx: _Ctx) -> bool:
    """Is every number in ``toks`` one the parent said?"""
    return all(ctx.said(t) for t in toks if t in _NUMBER_WORDS or (t[0].isdigit() and t.isalnum()))


# a capitalised word after a lower-case one: a name, a place, a day ("on Station Road")
_NAME_RE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+")
_PAST_TAGS = ("wasn't", "weren't", "didn't", "hadn't")


def _facts_said(p: _Parsed, ctx: _Ctx) -> bool:
    """Is every number and every name in the sentence one the parent said?"""
    return _numbers_said(p.toks, ctx) and all(
        ctx.said(name.lower()) for name in _NAME_RE.findall(p.stripped)
    )


def _shows_feeling(aff: _Hit, feel: _Hit | None, toks: list[str]) -> bool:
    """ "It shows how much you're hurting": how much the parent feels, said back; not a
    care shown ("It shows how much you love him")."""
    if not aff[1].endswith(("how much", "how much you")):
        return False
    after = _end(aff)
    for feeler in _FEELER:
        k = after + len(feeler)  # the feeling's place after "you're", "you've been" ...
        if (
            k < len(toks)
            and ((feel is not None and feel[0] == k) or toks[k] in _SUFFERING)
            and toks[after:k] == feeler
        ):
            return True
    return False


_FEELER: tuple[list[str], ...] = (
    [],
    ["you're"],
    ["you", "are"],
    ["you"],
    ["you've", "been"],
    ["you", "have", "been"],
)
_SUFFERING = frozenset(("hurting", "struggling", "suffering", "grieving", "aching"))


def _not_a_feeling(toks: list[str], hit: _Hit) -> bool:
    """ "Walking's hard on the knee", "The pills upset your stomach": a feeling word
    used of the body or of a thing (before "on" and a thing, or as a verb with a
    possessive object), not a feeling named; "It's hard on you" names one."""
    if hit[1] == "sorry" and hit[0] > 0 and toks[hit[0] - 1] in _SAYING:
        return True  # "He says sorry afterwards": an apology, not a feeling
    after = _end(hit)
    nxt = toks[after : after + 2]
    if not nxt:
        return False
    if nxt[0] == "on":
        return nxt[1:] != [] and nxt[1] not in _OBJECTS  # "hard on you" is a feeling
    if hit[1] == "so down" and nxt[0] in ("to", "from"):
        return True  # "so down to five a day": a number cut down, not a low mood
    if hit[1] in _HARM_VERBS:
        # "You didn't hurt anybody": an act, not a feeling (but "hurt her feelings")
        return nxt[0] in _HARMED and nxt[1:] not in (["feelings"], ["heart"])
    return nxt[0] in _POSSESSIVES and nxt[1:] not in (["feelings"], ["heart"], [])


_SAYING = _words_of("say says said saying")
_HARM_VERBS = _words_of("hurt hurts")
_HARMED = _words_of("anybody anyone anything nobody him her them yourself himself herself")


def _feeling_framed(toks: list[str], ctx: _Ctx, stop: frozenset[str]) -> str | None:
    """ "You felt judged", "you're feeling left out": the word after "you feel" names a
    feeling, listed or not; new if the parent did not say it ("you feel like ..."
    reports a thought, not a feeling)."""
    for i, tok in enumerate(toks[1:-1], start=1):
        if tok not in _FEEL or toks[i - 1] not in _FEELERS:
            continue
        word = toks[i + 1]
        if word in stop or len(word) < 3 or word in _NOT_FEELINGS or "'" in word:
            continue
        if not _feeling_named(word, ctx):  # nor its family ("mortified" for "embarrassed")
            return f"{toks[i - 1]} {tok} {word}"
    return None


_COPULA_BEFORE_NOT = _words_of("it's that's is are")
_BUT_IT_IS = _words_of("it's but")
_ITS = _words_of("it's")
_NEGATED_COPULAS = _words_of("isn't aren't wasn't")
_WAY_OWNERS = _words_of("a his her their its your")
_HOW_SUBJECTS = _words_of("you he she they")
_CONTRAST_REACH = 9  # words between "it's not X" and the "it's Y" set against it


def _contrasted(toks: list[str], present: frozenset[str]) -> str | None:
    """ "It's not the shots themselves, it's being there while she's hurting", "less
    about the nursery and more about letting him go", "more habit than enjoyment",
    "his way of saying he needs a break", "Leaving is how you keep yourself ...": one
    thing set against another, or what an act means. ``present``: which of
    ``_CONTRAST_WORDS`` occur (the words are found by ``index``, not by a loop; in a
    fixed order, so that the evidence is the same on every run)."""
    n = len(toks)
    for word in _CONTRAST_ORDER:
        if word not in present:
            continue
        for i in _places(toks, word):
            prev = toks[i - 1] if i else ""
            if word == "not" or word in _NEGATED_COPULAS:
                if word == "not" and prev not in _COPULA_BEFORE_NOT:
                    continue
                turns = _BUT_IT_IS if word == "not" else _ITS
                for j in range(i + 2, min(n, i + 2 + _CONTRAST_REACH)):
                    if toks[j] in turns:
                        return f"{word} ... {toks[j]}"
                    if toks[j] == "it" and toks[j + 1 : j + 2] == ["is"]:
                        return f"{word} ... it is"  # typed in full
            elif word == "about":
                if prev in ("less", "more"):
                    return f"{prev} about"
            elif word == "than":
                if "more" in toks[max(0, i - 4) : i - 1]:
                    return "more ... than"
            elif word == "way":
                if prev in _WAY_OWNERS and toks[i + 1 : i + 2] == ["of"]:
                    return f"{prev} way of"
            elif prev == "is" and toks[i + 1 : i + 2] and toks[i + 1] in _HOW_SUBJECTS:
                return f"is how {toks[i + 1]}"  # word == "how"
    return None


_CONTRAST_ORDER = ("not", "isn't", "aren't", "wasn't", "about", "than", "way", "how")
_CONTRAST_WORDS = frozenset(_CONTRAST_ORDER)


def _reflection_is_complex(
    toks: list[str],
    flat: str,
    ctx: _Ctx,
    s: _Sentence,
    hits: dict[str, _Hit],
    stop: frozenset[str],
) -> bool:
    """Does this reflection add meaning beyond the parent's words (see module docstring)?"""
    ds = hits.get("double_sided")
    if ds is not None and ds[1] == "at the same time" and _end(ds) == len(toks):
        # "Both bottom ones at the same time": at once, not two sides (unless two
        # clauses are joined: "You love her and you're worn out at the same time")
        ds = ds if not _JOINERS.isdisjoint(toks[: ds[0]]) else None
    if ds is None and toks and toks[-1] in _OTHER_SIDE:  # a cheap test before the call
        ds = _one_and_another(toks)
    if ds is not None:
        s.add("double_sided", ds[1])
        return True
    validated = hits.get("validate")
    if validated is not None:
        s.add("validates", validated[1])  # the feeling is understandable: meaning added
        return True
    feel = hits.get("feeling")
    if feel is not None and _not_a_feeling(toks, feel):
        feel = None
    if feel is not None and not (ctx.has_context and _feeling_named(feel[1], ctx)):
        s.add("adds_feeling", feel[1])  # names a feeling the parent left unnamed
        return True
    framed = None if _FEEL.isdisjoint(toks) else _feeling_framed(toks, ctx, stop)
    if framed is not None:
        s.add("adds_feeling", framed)  # "You felt judged": a feeling word after "you felt"
        return True
    present = _CONTRAST_WORDS.intersection(toks)
    contrast = _contrasted(toks, present) if present else None
    if contrast is not None and not (contrast.endswith(" than") and ctx.said("than")):
        # "It's not the shots themselves, it's being there while she's hurting", "More
        # habit than enjoyment now", "Leaving is how you keep yourself from losing it":
        # one thing set against another, or what an act means (not the parent's own
        # "more nappies than ever" said back)
        s.add("contrasts", contrast)
        return True
    cue = hits.get("complex")
    if cue is not None and " " in cue[1] and ctx.has_context and _echoed(cue[1], ctx):
        # "We argue a lot" -> "A lot of arguments": the emphasis was the parent's (a
        # one-word cue such as "but" may still turn what the parent said)
        cue = None
    if cue is None:
        cue = _likened(toks)
    mine = content_stems(toks, stop)
    if cue is None and toks[0] == "like" and len(mine) >= 2:
        cue = _simile_opening(toks)
    if len(mine) <= _SHORT_REFLECTION:
        if cue is not None and " " in cue[1] and not (mine and mine <= ctx.stems):
            # a phrase of meaning or amplification ("holding it all by yourself")
            # adds it even to a short reflection, unless the parent said it all
            s.add("adds_meaning", cue[1])
            return True
        return False  # too short to add much: "You're tired."
    if ctx.has_context and len(mine & ctx.stems) >= _RESTATES * len(mine):
        s.add("restates", f"{len(mine & ctx.stems)}/{len(mine)}")
        return False  # mostly the parent's own words again
    if cue is not None:
        s.add("adds_meaning", cue[1])
        return True
    gerund = _opening_gerund(toks) if len(mine) >= 2 else None
    if gerund is not None and not _has_auxiliary(toks):
        # "Hearing your dad in your voice.", "Gathering yourself before walking in.":
        # the parent's experience named as an act, in words they did not use
        s.add("adds_meaning", f"{gerund} ...")
        return True
    if len(ctx.toks) >= _LONG_TURN and len(mine) >= _SELECTIVE_REFLECTION:
        # after a long turn, a reflection that does not mostly repeat it picks out
        # and reframes part of it: that adds meaning
        s.add("selects_from_long_turn", f"{len(ctx.toks)} words")
        return True
    new = mine - ctx.stems if ctx.has_context else mine
    if (
        len(new) >= _NEW_CONTENT
        or _reframes_full_turn(mine, new, ctx)
        or (ctx.has_context and _extends_restated(toks, ctx, stop))
    ):
        # a whole clause or more, mostly in words the parent did not use: it
        # continues the paragraph or says what the words mean
        s.add("adds_content", " ".join(sorted(new)[:5]))
        return True
    return False


def _has_auxiliary(toks: list[str]) -> bool:
    """Is there an auxiliary or a contracted "is/are" ("feeding's", "they're")?"""
    return not _AUX.isdisjoint(toks) or any(t.endswith(("'s", "'re")) for t in toks)


def _extends_restated(toks: list[str], ctx: _Ctx, stop: frozenset[str]) -> bool:
    """ "Four on, four off, so just as you adjust to one world it's time to switch
    back": the parent's facts said back, then a clause in new words that says what
    they mean."""
    for k, tok in enumerate(toks):
        if tok not in _EXTENDERS or k < 2 or k > len(toks) - 5:
            continue
        before = content_stems(toks[:k], stop)
        after = content_stems(toks[k + 1 :], stop)
        added = after - ctx.stems
        if (
            before
            and len(before & ctx.stems) * 2 >= len(before)
            and len(added) >= _EXTENSION
            and len(added) >= _REFRAMED_SHARE * len(after)
        ):
            return True
    return False


_EXTENDERS = _words_of("and so")
_EXTENSION = 4  # new content words after the parent's facts that extend them


def _reframes_full_turn(mine: set[str], new: set[str], ctx: _Ctx) -> bool:
    """ "Whatever else goes, her room stays warm" after "We've got the heaters on in her
    room only": a reflection mostly in new words of a turn that said enough to be
    restated puts it in other terms, an image or a meaning. (After a short turn,
    "Yeah, I suppose", new words more often restate something said earlier.)"""
    return (
        len(new) >= _REFRAMING_CONTENT
        and len(new) >= _REFRAMED_SHARE * len(mine)
        and len(ctx.stems) >= _FULL_TURN
    )


_LIKENED = _words_of("feel feels felt")
# who or what comes before "feel like" when a person, not a thing, feels it
_FEELING_PEOPLE = _words_of(
    "you i we they he she you're i'm you've i've just really still also even always "
    "sometimes often never don't doesn't didn't haven't hasn't hadn't can't"
)


_ONE_SIDE = _words_of("thing way side part")
_OTHER_SIDE = _words_of("another other")
_JOINERS = _words_of("and but yet")
_PROVING = _words_of("prove proving")
_PROMISES = ("you'll", "you will")  # a roadblock that promises: "you'll be so glad you ..."


def _one_and_another(toks: list[str]) -> _Hit | None:
    """ "Your instincts tell you one thing and your mum tells you another": two sides
    set against each other, a double-sided reflection."""
    if toks[-1] != "another" and toks[-2:] != ["the", "other"]:
        return None
    for i, tok in enumerate(toks[:-3]):
        if tok == "one" and toks[i + 1] in _ONE_SIDE and ("and" in toks[i:] or "but" in toks[i:]):
            other = "another" if toks[-1] == "another" else "the other"
            return (i, f"one {toks[i + 1]} ... {other}")
    return None


def _likened(toks: list[str]) -> _Hit | None:
    """ "These visits feel like something done to you", "three months feels like
    forever": a thing likened to another, a metaphor (not "you feel like you're
    ...", the parent's thought said back)."""
    for i, tok in enumerate(toks[1:-1], start=1):
        if tok in _LIKENED and toks[i + 1] == "like" and toks[i - 1] not in _FEELING_PEOPLE:
            return (i - 1, f"{toks[i - 1]} {tok} like")
    return None


def _simile_opening(toks: list[str]) -> _Hit | None:
    """ "Like a spare part.", "Like you're failing her each time.": a reflection that
    opens on "like" likens the parent's situation to something (not "Like, you know,
    ...", a filler)."""
    if len(toks) > 2 and toks[1] in _SIMILE_NEXT and toks[1:3] != ["you", "know"]:
        return (0, f"like {toks[1]}")
    return None


_SIMILE_NEXT = _words_of(
    "a an the some you you're your it it's she she's he he's they they're we we're "
    "someone somebody nobody everyone everything nothing"
)


def _said_of_self(phrase: str, ctx: _Ctx) -> bool:
    """Did the parent say the phrase of themselves ("i love him" for "you love him")?"""
    words = phrase.split(" ")
    if words[0] not in _SECOND_PERSON or len(words) < 3:
        return False
    return ctx.said(" ".join(words[1:]))


_CUE_GLUE = _words_of("a an the of")


def _echoed(cue: str, ctx: _Ctx) -> bool:
    """Did the parent say the cue's words, in order ("a lot" for "a lot of")?"""
    words = [w for w in cue.split(" ") if w not in _CUE_GLUE]
    return bool(words) and ctx.said(" ".join(words))


# --------------------------------------------------------------------------- one sentence


class _Parsed:
    """One sentence, tokenised and scanned once."""

    __slots__ = ("cleaned", "flat", "head", "hits", "htoks", "qmark", "stripped", "toks")

    def __init__(
        self, stripped: str, qmark: bool, cleaned: str, toks: list[str], lex: _Lexicon
    ) -> None:
        self.stripped = stripped
        self.qmark = qmark
        self.cleaned = cleaned
        self.toks = toks
        self.flat = " ".join(toks)
        self.head = (
            _strip_markers(self.flat, lex.markers) if toks[0] in lex.marker_starts else self.flat
        )
        self.htoks = self.head.split(" ") if self.head != self.flat else toks
        self.hits: dict[str, _Hit] = {}


_SAME_TAG_RE = re.compile(
    r",\s*(?:has|have|is|are|was|were|does|do|did)\s+(?:he|she|it|they|you|we|there)\s*[.!]?$",
    re.IGNORECASE,
)
_TAG_ENDS = frozenset("heytHEYT.!")  # the last letter of a tag's pronoun, or its full stop


def _parse(raw: str, lex: _Lexicon) -> _Parsed | None:
    stripped = raw.strip(" \t-\"'\u2014\u2013")
    if not stripped:
        return None
    qmark = "?" in stripped or (
        # "And he's started nursery, has he": a tag of the same polarity asks, "?" or not
        stripped[-1] in _TAG_ENDS and _SAME_TAG_RE.search(stripped) is not None
    )
    cleaned = _VOCATIVE_RE.sub("", stripped) if "," in stripped else stripped
    toks = _tokens(cleaned)
    if not toks:
        return None
    return _Parsed(stripped, qmark, cleaned, toks, lex)


# "What's really keeping you up is the worry ...": a "what" clause as the subject of a
# second "is", said without a "?" (not the relative "that is" in "What's the thing
# that is hardest", nor "What's the time it is", nor a second question run on: "What's
# the plan for Tuesday is it the clinic")
_NOT_CLEFT_BEFORE = _words_of("that which who it there this")
_NOT_CLEFT_AFTER = _words_of("it he she they you we i there")


def _is_pseudo_cleft(htoks: list[str]) -> bool:
    return any(
        htoks[k] in _COPULA
        and htoks[k - 1] not in _NOT_CLEFT_BEFORE
        and htoks[k + 1] not in _NOT_CLEFT_AFTER
        for k in range(2, len(htoks) - 1)
    )


def _question_of(p: _Parsed, lex: _Lexicon) -> tuple[str | None, str]:
    """Is the sentence a question, and of which type? Returns (type, how it was found).

    ``how`` is "clause" (a question clause opens the sentence or a later clause),
    "tag" (only "Right?"/"Okay?"), "declarative" (a statement said with "?") or "".
    The type is before :func:`_adjust_qtype`.
    """
    if not p.qmark and p.htoks[0] == "what's" and _is_pseudo_cleft(p.htoks):
        return None, ""
    if not p.qmark and p.htoks[0] == "can" and _SAY_PREFACE_RE.match(p.head) is not None:
        return None, ""  # "Can I just say, that took guts.": a preface, nothing asked
    if p.qmark and "- " in p.stripped:
        restart = _restarted(p, lex)
        if restart is not None and _question_of(restart, lex)[0] == "open":
            # as with two questions put at once, the open one leaves the answer open
            return "open", "clause"
    qtype = _question_clause(p.head, p.htoks, p.qmark, lex, p.toks)
    if qtype is None:
        qtype = _indirect_question(p)
        if qtype is not None:
            return qtype, "clause"
    if (
        qtype == "closed"
        and not p.qmark
        and len(p.toks) > len(p.htoks)  # fillers were stripped before the head
        and p.toks[len(p.toks) - len(p.htoks) - 1] in _ADVERB_MARKERS
    ):
        # "Now really is the best time.": an adverb stripped as a filler, then
        # the verb; no inverted question without a "?"
        qtype = None
    if (
        qtype == "closed"
        and p.qmark
        and "," in p.cleaned
        and _later_open_clause(_CLAUSE_SPLIT_RE.split(p.cleaned)[1:], lex)
    ):
        # "Is he up at night, and what's that like for you?": two questions put at
        # once; the open one leaves the answer open, as across sentences
        return "open", "clause"
    if qtype == "open" and p.qmark and "," in p.cleaned and _GUESS_AFTER_RE.search(p.cleaned):
        # "What tablets are you on, is it the sertraline?": the answer guessed, to be
        # confirmed; a closed question
        return "closed", "clause"
    if qtype is not None:
        return qtype, "clause"
    # a question after a comma ("So when she cries, what do you do?"); without a
    # "?" only an invitation to talk ("So to start, tell me about her nights.") or
    # an open wh-question ("And when you picture it, what does that look like")
    if p.qmark or (
        "," in p.cleaned
        and (not _INVITE_VERBS.isdisjoint(p.toks) or _LATER_WH_RE.search(p.cleaned) is not None)
    ):
        chunks = _CLAUSE_SPLIT_RE.split(p.cleaned)
        for k, (before, chunk) in enumerate(itertools.pairwise(chunks)):
            ctoks = _tokens(chunk)
            if ctoks:
                cflat = _strip_markers(" ".join(ctoks), lex.markers)
                ltoks = cflat.split(" ")
                if ltoks == ["what"] and _guessed_with_what(p):
                    continue
                if (
                    not p.qmark
                    and ltoks[0] in _WH_FIRST
                    and (
                        # "between how you feel, and what's going on": a list
                        ctoks[0] in _STATEMENT_CLAUSE_LEADS
                        # "..., what's happened is ...": a clause as a subject
                        or not _COPULA.isdisjoint(ltoks[2:])
                        # "It's starting to feel like, what's the point.": a thought
                        # quoted, not asked
                        or before.rstrip().lower().endswith(" like")
                        or _last_said(chunks, k, lex).rstrip().lower().endswith(" like")
                    )
                ):
                    continue
                qtype = _question_clause(cflat, ltoks, p.qmark, lex, ctoks)
                if (
                    qtype is not None
                    and (
                        p.qmark
                        or qtype == "open"
                        # "..., how many drinks would you say": a count asked for
                        or (
                            ltoks[0] == "how"
                            and lex.closed_wh.match(cflat) is not None
                            and not _AUX.isdisjoint(ltoks[2:5])
                        )
                    )
                ):
                    if qtype == "closed" and p.qmark and _later_open_clause(chunks[k + 2 :], lex):
                        return "open", "clause"
                    return qtype, "clause"
    if not p.qmark:
        if (
            p.htoks[0] == "any"
            and (
                p.toks[-2:] == ["at", "all"]
                # not "Any progress since then is worth noting": a subject
                or (not _ANY_CHECKS.isdisjoint(p.htoks[1:_ANY_YET]) and _BE.isdisjoint(p.htoks))
            )
        ):
            # "Any redness round the wound at all", "Any lumpy textures yet, or all
            # smooth": a check typed without its "?"
            return "closed", "clause"
        return None, ""
    if _asks_to_go_on(p, lex):
        return "open", "clause"
    if len(p.htoks) <= 2 and p.htoks[-1] in _TAG_ONLY:
        return None, "tag"
    return "closed", "declarative"


# a word or two said with "?" that asks the parent to go on: an open question,
# though "and" and "then" alone are backchannels
_GO_ON_PROMPTS = frozenset(
    (
        "and",
        "and then",
        "then",
        "and then what",
        "such as",
        "meaning",
        "for example",
        "for instance",
        "because",
        "or",
        "and so",
        "so then",
    )
)


def _asks_to_go_on(p: _Parsed, lex: _Lexicon) -> bool:
    """ "And then?", "Okay, such as?": only a prompt to go on, said with "?"."""
    if not p.qmark or len(p.toks) > 4:
        return False
    for k in (1, 2, 3):
        if " ".join(p.toks[-k:]) in _GO_ON_PROMPTS:
            rest = " ".join(p.toks[:-k])
            return not rest or lex.backchannels.match(rest) is not None
    return False


_SAY_PREFACE_RE = re.compile(r"can i (?:just |only )?(?:say|tell you) ")
_RESTART_RE = re.compile(r"\w- +(?=\w)")
_RESTART_WORDS = 3  # the fewest words of a question begun again


def _restarted(p: _Parsed, lex: _Lexicon) -> _Parsed | None:
    """ "Is it, um- what kind of stuff goes through your head?": the question begun
    again after one broken off (not "wh- what", a cut-off word said again)."""
    cuts = list(_RESTART_RE.finditer(p.stripped))
    if not cuts:
        return None
    rest = _parse(p.stripped[cuts[-1].end() :], lex)
    if rest is None or len(rest.toks) < _RESTART_WORDS or not rest.qmark:
        return None
    begun = _tokens(p.stripped[: cuts[-1].start() + 1])
    if begun and rest.toks[0] == begun[-1]:
        return None  # "What- what tablets": the same start said again, nothing dropped
    return rest


def _guessed_with_what(p: _Parsed) -> bool:
    """ "It's been since, what, Christmas?": "what" between commas offers a guess to
    confirm; it asks nothing open."""
    return ", what," in p.stripped.lower()


# "..., is it the sertraline?", "..., was it Tuesday?": the answer guessed at the end
_GUESS_AFTER_RE = re.compile(r", (?:is|was) (?:it|that|he|she) [^,]+\?[\s\"')]*$", re.IGNORECASE)


def _later_open_clause(chunks: list[str], lex: _Lexicon) -> bool:
    """Does one of these clauses open with "and" and an open question ("and what ...")?"""
    for chunk in chunks:
        ctoks = _tokens(chunk)
        if ctoks and ctoks[0] == "and":
            cflat = _strip_markers(" ".join(ctoks), lex.markers)
            ltoks = cflat.split(" ")
            if _question_clause(cflat, ltoks, True, lex, ctoks) == "open":
                return True
    return False


def _last_said(chunks: list[str], k: int, lex: _Lexicon) -> str:
    """The last of ``chunks[: k + 1]`` that is more than a filler ("..., like, um, how")."""
    for chunk in reversed(chunks[1 : k + 1]):
        if lex.markers.fullmatch(chunk.strip().lower() + " ") is None:
            return chunk
    return chunks[0]


# A yes/no question said as a statement: the helper announces the question
# ("I was going to ask if you've heard of ...") or wonders about an event ("I'm
# wondering whether you've had anything since", "I was wondering if you could
# ..."); "I wonder if you feel alone" stays a tentative reflection.
# "I was going to ask (you)", "Can I just ask": a question announced before it is put
_ASK = (
    r"(?:i (?:was going to|wanted to|want to|would like to)|i'd like to|let me|can i|could i"
    r"|may i) (?:just |also )?ask(?: you)?"
)
_INDIRECT_YES_NO_RE = re.compile(
    r"^(?:(?:so|and|but|um|uh|okay|well|now|yeah|also) )*"
    r"(?:" + _ASK + r"(?: also)? (?:if|whether) "
    r"|(?:i (?:just )?wonder|i'm (?:just )?wondering) (?:if|whether) (?:you've|you (?:have|had|did|"
    r"ever|got|went)\b|(?:something|anything|anyone|someone) (?:happened|changed|has|had)\b)"
    r"|i was (?:just )?wondering (?:if|whether) (?:you|you've|you'd|you're)\b)"
)


# "Can I ask what you noticed?": the question asked is the wh-clause after "ask"
_ASK_WH_RE = re.compile(r"\b" + _ASK + r" (what|why|how|when|where|who|which)\b(?: (\w+))?")
_HOW_MUCH = _words_of("many much long often old far")
_ANY_YET = 5  # "Any teeth yet": "yet" this near the opening "any"
_ANY_CHECKS = _words_of("yet since")  # "Any temperature since he came home"
_BE = _words_of("is are was were")


def _indirect_question(p: _Parsed) -> str | None:
    """The type of a question said as a statement ("I was wondering if you ..."), or None."""
    if ("ask" not in p.flat and "wonder" not in p.flat) or "feeling" in p.hits:
        return None
    wh = _ASK_WH_RE.search(p.flat)
    if wh is not None:
        word, nxt = wh.group(1), wh.group(2)
        opens = word in ("what", "why") or (word == "how" and nxt not in _HOW_MUCH)
        return "open" if opens else "closed"
    m = _INDIRECT_YES_NO_RE.match(p.flat)
    if m is None:
        return None
    rest = p.flat[m.end() :].split(" ", 4)
    if not _INVITE_VERBS.isdisjoint(rest[:4]):
        return "open"  # "I was wondering if you could tell me about his naps": an invitation
    return "closed"


def _is_choice_list(p: _Parsed) -> bool:
    """ "You or your partner?", "..., bath or story?": alternatives to pick from."""
    if not p.qmark or " or " not in p.flat:
        return False
    last = _CLAUSE_SPLIT_RE.split(p.cleaned)[-1]
    toks = _tokens(last)
    # a longer list only after a question for a fact ("Who gave you that number, the old
    # team or the new one?"); after one for the parent's view the options may be examples
    most = _CHOICE_WORDS if _VIEW_WORDS.isdisjoint(p.toks) else _VIEW_CHOICE_WORDS
    return (
        2 < len(toks) <= most
        and "or" in toks[1:-1]
        and toks[0] not in _WH_FIRST
        and toks[0] not in _AUX
        and _OPEN_CHOICE.isdisjoint(toks)
    )


_CHOICE_WORDS = 10  # "..., the old team or the new one?"
_VIEW_CHOICE_WORDS = 6  # "What would you like to start with, sleep or feeding?"
_OPEN_CHOICE = _words_of("else whatever something anything what how why maybe perhaps")


# "Since when?", "Did he say when?": the wh-word at the end asks for the fact itself
_FACT_BEFORE_WH = _words_of("since until say said know tell mention")


def _adjust_qtype(qtype: str, p: _Parsed) -> str:
    toks = p.toks
    if qtype == "open" and ("rating" in p.hits or ("," in p.cleaned and _is_choice_list(p))):
        return "closed"  # a rating: the answer is one number; a choice: one of those given
    if (
        qtype == "closed"
        and p.qmark
        and (
            (toks[-1] in _WH_LAST and _FACT_BEFORE_WH.isdisjoint(toks[-2:-1]))
            or (toks[-2:-1] == ["what"] and toks[-1] in _MANNER_NOUNS)
        )
        and not _guessed_with_what(p)
    ):
        # "... would be what?", "Big in what sense?" leave the answer open (not
        # "Since when?", which asks for a date); a yes/no question trailing off in
        # "or?" stays closed
        return "open"
    return qtype


def _code_sentence(p: _Parsed, idx: int, ctx: _Ctx, lex: _Lexicon) -> SentenceResult:
    s = _Sentence(idx)
    if _is_backchannel(p, lex):
        s.add("backchannel", p.flat)
        return _finish(p.stripped, s)
    p.hits = lex.scan(p.toks)
    reply = _replies_in_kind(p, lex) if not p.qmark and ctx.has_context else None
    if reply is not None and ctx.small_talk:  # the cheaper test first
        # social talk answered in kind ("Tell me about it, my windscreen was frozen
        # solid"): no question, input or reflection, "other"
        s.add("small_talk_reply", reply)
        return _finish(p.stripped, s)
    tag = _TAG_RE.search(p.stripped) if p.qmark and "," in p.stripped else None
    if tag is not None:
        # a statement with a tag seeking agreement ("It's hard to know where to
        # start, isn't it?", "You didn't sleep at all, right?"): the statement
        # carries the meaning, so it is coded as the statement
        base = _parse(p.stripped[: tag.start()] + ".", lex)
        if base is not None and _question_of(base, lex)[0] is None:
            base.hits = lex.scan(base.toks)
            s.add("tag_question", tag.group(1).lower())
            _code_statement(s, base, ctx, lex)
            checked = tag.group(1).lower()
            if (
                (
                    s.code == "simple_reflection"
                    # "That was at the clinic on Station Road, wasn't it?": a past event
                    # of the parent's, recalled, not information given
                    or (s.code == "giving_information" and checked.startswith(_PAST_TAGS))
                )
                and ctx.has_context
                and not _facts_said(base, ctx)
            ):
                # "Jayden's four now, isn't he?", "So that's ten weeks away, right?",
                # "That was on Monday, wasn't it?": a number or a name the parent did
                # not say, checked: a closed question
                s.code, s.rtype, s.qtype = "question", None, "closed"
                s.add("fact_checked", checked)
            return _finish(p.stripped, s)
    if (
        idx == 0
        and p.stripped.startswith(_ELLIPSES)
        and not p.qmark
        and ctx.raw.rstrip().endswith(_UNFINISHED)
    ):
        # "...get out of there." after "When he screams I just want to...": the
        # helper completes the parent's sentence, a reflection ("continuing the
        # paragraph"), not an order
        s.add("continues_parent", p.head[:40])
        _code_reflection(s, p.toks, p.flat, ctx, p.hits, lex.stop)
        return _finish(p.stripped, s)
    if idx and ctx.echoed:
        disputed = _disputes_echo(p.toks, ctx.echoed)
        if disputed is None and ctx.disbelieved and not p.qmark:
            disputed = _set_against_echo(p)
        if disputed is not None:
            s.code = "confront"
            s.add("disputes_echo", disputed)
            return _finish(p.stripped, s)
    qtype, how = _question_of(p, lex)
    road = p.hits.get("roadblock")
    if (
        qtype is not None
        and not p.qmark
        and road is not None
        and road[0] == len(p.toks) - len(p.htoks)
        and road[1].startswith("what ")
    ):
        # "What you need to do is talk to him": a clause as the subject, then the advice
        qtype, how = None, ""
    if how == "tag":
        s.add("backchannel", p.flat)  # "Right?", "Okay?"
        return _finish(p.stripped, s)
    if how == "declarative":
        head, htoks = p.head, p.htoks
        if "double_sided" in p.hits or (
            len(p.toks) >= _TENTATIVE_WORDS
            and (
                "stem_any" in p.hits
                or head.startswith(_TENTATIVE_STEMS)
                or p.flat.startswith(_TENTATIVE_STEMS)
            )
        ):
            # a whole reflective statement offered tentatively, with a rising "?"
            # ("So you feel you've tried everything and nothing works?"): AnnoMI's
            # coders code it as the reflection it is
            s.add("tentative_reflection", head[:60])
            _code_statement(s, p, ctx, lex)
            if s.code in _REFLECTIONS:
                return _finish(p.stripped, s)
            s = _Sentence(idx)
        s.add("declarative_question", head[:60])
        if len(p.toks) <= _ECHO_WORDS and ctx.has_context:
            echoed = frozenset(t for t in p.toks if t not in lex.stop)
            if echoed and echoed.issubset(ctx.toks):
                ctx.echoed = echoed
                ctx.disbelieved = "feeling" not in p.hits and (
                    not _PLAYING_DOWN.isdisjoint(p.toks) or any(map(_negates, p.toks))
                )
        if _is_choice_list(p):
            s.add("choice_list", head[:60])
        if (
            lex.stem.match(head)
            or htoks[0] in _SECOND_PERSON
            or _overlap(p.toks, ctx, lex.stop) >= 0.5
        ):
            s.add("reflection_as_question", head[:60])
    if qtype is not None:
        _code_question(s, _adjust_qtype(qtype, p), p, ctx, lex)
    else:
        _code_statement(s, p, ctx, lex)
    return _finish(p.stripped, s)


_ECHO_WORDS = 4  # a rising "?" on this few of the parent's own words echoes them
_PERCEIVING = _words_of("sound sounds seem seems look looks feel feels")


def _disputes_echo(toks: list[str], echoed: frozenset[str]) -> str | None:
    """After "Not important?", "Clean?": the words the parent chose disputed ("How is
    that not important?", "Then why ...?"), disbelief, not a question."""
    if tuple(toks[:2]) == ("then", "why"):
        return "then why"
    if not _PERCEIVING.isdisjoint(toks):
        return None  # "You don't sound fine": what the helper notices, reflected
    for i, tok in enumerate(toks):
        if tok in echoed and any(_negates(t) for t in toks[max(0, i - 2) : i]):
            if not _SECOND_PERSON.isdisjoint(toks[:i]):
                return None  # "Alone? You're not alone.": the parent reassured
            return " ".join(toks[max(0, i - 2) : i + 1])
    return None


# the parent's words that play a thing down or wave it away
_PLAYING_DOWN = _words_of(
    "only just fine few couple mostly whatever harm rush point bothered bit little"
)
# a reply that takes the parent's side: "I bet", "No wonder", "That's a lot", "Fair enough"
_SIDING = _words_of("i i'm i've no that's fair makes")


def _set_against_echo(p: _Parsed) -> str | None:
    """After the parent's playing down echoed ("Fine?", "Only weekends?"), a statement
    that sets something against it ("You spent most of last week in bed.", "Your
    daughter might see that differently."): disbelief, not a reflection. Not one that
    names a feeling or takes the parent's side ("I bet it is.", "No wonder.")."""
    if "feeling" in p.hits or p.htoks[0] in _SIDING or "wonder" in p.toks:
        return None
    return p.head[:40]


def _finish(text: str, s: _Sentence) -> SentenceResult:
    return SentenceResult(text, s.code, s.qtype, s.rtype, tuple(s.ev))


# --------------------------------------------------------------------------- utterance

_PERMISSION_GRANTED_RE = re.compile(
    r"^(?:(?:yes|yeah|sure|okay|of course|go ahead|please|that's fine|that is fine|fine|all right|"
    r"yep|mm hmm|uh huh|i guess|why not)\b[ ,.!]*)+"
)
# the parent's last words only a yes to an offer ("Yes, please.", "Sure, go ahead.",
# "Go for it"): a bare "Yes.", "Okay." or "Sure." may agree with a reflection (or
# mock: "Double the fun. Sure."), so a word of consent must be there
_YES_CHARS = 40  # a yes is short: only the context's end is searched
_YES_PLEASE_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:yes|yeah|yep|sure|okay|ok|oh|of course|go ahead|please|go for it)"
    r"[ ,.!]*)*(?:please|go ahead|go for it)[ ,.!]*$"
)

_EMPTY = (Evidence("empty", "", 0),)
_TAG_RE = re.compile(
    r",\s*((?:right|huh|yeah|no|eh|okay|ok|alright|all right|"
    r"(?:is|are|was|were|do|does|did|have|has|can|could|would|wo|should)n[\u2019']t\s+"
    r"(?:it|you|they|he|she|that|there|we|i|this)))\s*\?[\s\"')]*$",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[str]:
    """Split at sentence ends (keeping the "." "?" "!"), dashes and line breaks."""
    if "\u2014" in text or "\u2013" in text:
        # an em dash, or a spaced en dash (not "2\u20133 times"), as the "--" of a transcript
        text = text.replace("\u2014", "--").replace(" \u2013 ", "--")
    out: list[str] = []
    prev = 0
    for m in _SENT_BREAK_RE.finditer(text):
        end = m.start()
        if text[end] in ".!?":
            end += 1
        elif text[end] == "-" and text[end + 1] == " ":
            if end - 1 < prev:
                continue  # the space before the hyphen closed the last break: no " - "
            end -= 1  # " - " breaks from the space before the hyphen
        out.append(text[prev:end])
        prev = m.end()
    out.append(text[prev:])
    return out


def classify(text: str, context: str | None = None) -> Classification:
    """Code ``text`` (a helper's utterance); ``context`` is the parent's preceding words."""
    if not isinstance(text, str):  # defensive: typed callers never pass anything else
        text = str(text)
    work = text if len(text) <= MAX_CHARS else text[:MAX_CHARS]
    if not work or work.isspace():
        return Classification(text, "other", None, None, "other", _EMPTY, ())
    lex = _lexicon()
    ctx = _Ctx(context[-MAX_CHARS:] if context and isinstance(context, str) else "")
    if "[" in work or "(" in work:
        work = _BRACKETS_RE.sub(" ", work)
    results: list[SentenceResult] = []
    substantive: list[_Parsed] = []
    # the substantive sentences not coded other (greetings, thanks, replies in kind)
    remarks: list[_Parsed] = []
    for part in _sentences(work):
        known = _short_backchannel(part) if 0 < len(part) <= _SHORT_PART else None
        if known is not None:
            stripped, flat = known
            if flat in _PLAYING_DOWN and part[-1] == "?" and ctx.said(flat):
                # "Fine?": the parent's word echoed in disbelief (see _set_against_echo)
                ctx.echoed, ctx.disbelieved = frozenset((flat,)), True
            ev = (Evidence("backchannel", flat, len(results)),)
            results.append(SentenceResult(stripped, "other", None, None, ev))
            continue
        p = _parse(part, lex) if part else None
        if p is not None:
            res = _code_sentence(p, len(results), ctx, lex)
            results.append(res)
            if not res.evidence or res.evidence[0].rule != "backchannel":
                substantive.append(p)
                if res.code != "other":
                    remarks.append(p)
    if not results:
        return Classification(text, "other", None, None, "other", _EMPTY, ())
    code, qtype, rtype = _combine(results)
    evidence = tuple(e for r in results for e in r.evidence)
    if code in _REFLECTIONS:
        # the type of the reflection as a whole, as reflection_type_of decides it
        s = _Sentence(len(results) - 1)
        rtype = _rtype_of(substantive, ctx, lex, s)
        code = f"{rtype}_reflection"
        seen = {(e.rule, e.words) for e in evidence}
        evidence += tuple(e for e in s.ev if (e.rule, e.words) not in seen)
    if (
        not ctx.has_context
        and (
            code in _REFLECTIONS
            or (
                code == "giving_information"
                and sum(len(p.toks) for p in substantive) <= _DOORSTEP_WORDS
            )
        )
        and _opens_with_greeting(results[0].text)
        # not "You look tired" ("You must be Dan." is a greeting, coded other)
        and all(p.htoks[0] not in _SECOND_PERSON for p in remarks)
    ):
        # "Hiya Chloe. Ooh, look at her, fast asleep.", "Hi Aisha! I found a space right
        # outside for once.": at the door, before the parent has said anything, a
        # remark on the baby, the home or the helper's trip is small talk (a longer
        # opening says what the visit is for: the helper's input)
        code, rtype = "other", None
        evidence += (Evidence("greeting", results[0].text[:40], 0),)
    if (
        code in _CLOSING_CODES
        and len(results) > 1
        and ctx.has_context
        and _chats_back(results, substantive, remarks)
        and ctx.small_talk  # the dearer test last
    ):
        # "Kettle's just boiled." -- "Ah, you're a star, just milk. And look at her,
        # wide awake today.": the welcome answered in kind, then a remark on the baby,
        # the home or the weather, is small talk too
        code, rtype = "other", None
        evidence += (Evidence("small_talk", results[0].text[:40], 0),)
    if (
        code in _CLOSING_CODES
        and "!" in work  # most turns have none: the cheap test spares the loop
        and ctx.has_context
        and _delights(results, substantive, lex)
    ):
        # "Paani! Aww, so cute.", "Ooh, stars! Gorgeous.": delight at the baby or the
        # parent's news, with no "you" in it, is warmth; no reflection or affirmation
        code, rtype = "other", None
        evidence += (Evidence("delight", results[0].text[:40], 0),)
    if code in _CLOSING_CODES and len(results) > 1 and _closes_visit(results):
        # "I'll see what I can do and text you. Take care, Kayleigh.": a turn that ends
        # with goodbye and otherwise only arranges, thanks or wishes well runs the
        # visit; it is no information or reflection
        code, rtype = "other", None
        evidence += (Evidence("farewell", results[-1].text[:40], len(results) - 1),)
    if (
        code in _REFLECTIONS
        and ctx.consented
        and not any(e.rule in _LISTENING_SIGNS for e in evidence)
    ):
        # "Would it help to know what to look out for?" -- "Yes, please." -- "So the
        # ones to watch for are ...": after the parent's yes there is nothing to
        # reflect; the helper delivers what was offered
        code, rtype = "giving_information", None
        evidence += (Evidence("after_yes", ctx.raw[-20:].strip(), 0),)
    if code in _REFLECTIONS and _is_interrupted_piece(work, results):
        # a piece cut off at both ends, coded only on its shape: not a complete thought
        code, rtype = "other", None
        evidence += (Evidence("incomplete", results[-1].text[:40], len(results) - 1),)
    if len(text) > MAX_CHARS:
        evidence += (Evidence("truncated", str(MAX_CHARS), len(results) - 1),)
    return Classification(
        text, code, qtype, rtype, BEHAVIOUR_OF_CODE[code], evidence, tuple(results)
    )


_DOORSTEP_WORDS = 30
_LOVED = _words_of("it that this them")


def _loves_it(toks: list[str]) -> bool:
    """ "Dinosaur pyjamas, love it!": "love it/that" said bare, the helper's delight."""
    if "love" not in toks:
        return False
    after = toks.index("love") + 1
    return after < len(toks) and toks[after] in _LOVED


_DELIGHT_WORDS = 10  # the most words of a turn that is only delight


def _delights(results: list[SentenceResult], substantive: list[_Parsed], lex: _Lexicon) -> bool:
    """Is the turn (one with a "!", the caller checks) a short exclamation of delight
    ("Aww, look at those chunky little legs!", "Super-dad! Love that.") with no "you"
    in it but "thank you", and no feeling named ("Aww, that's hard!" reflects)?"""
    words = 0
    delighted = False
    for p in substantive:
        words += len(p.toks)
        if words > _DELIGHT_WORDS or "feeling" in p.hits:
            return False
        if not (_SECOND_PERSON.isdisjoint(p.toks) or _only_thanked(p.toks)):
            return False
        delighted = delighted or not lex.delight.isdisjoint(p.toks) or _loves_it(p.toks)
    return delighted or any(
        r.evidence and r.evidence[0].rule == "backchannel" and r.evidence[0].words in lex.delight
        for r in results
    )


def _offers_before(toks: list[str], end: int) -> bool:
    """Does the helper offer to do something ("I can ...", "I'll ...") before ``end``?"""
    return any(
        tok == "i'll" or (tok == "i" and toks[k + 1] in _OFFERING)
        for k, tok in enumerate(toks[: end - 1])
    )


_OFFERING = _words_of("can could will")
# the words that may end an offer after "if you want": "... if you want that", "... if
# you'd like me to"
_OFFER_ENDS = _words_of("that it me to one them")
_IF_YOU_LIKE = frozenset(("if you'd like", "if you want", "if you like", "if you would like"))
_TELLING = _words_of("tell share show explain give go run talk send print find")
# the helper offering to tell: "I can", "I could", "I'd be happy to", "I'm glad to"
_OFFERS_TO_TELL = (
    ("i", "can"),
    ("i", "could"),
    ("i'd", "be", "happy", "to"),
    ("i'd", "be", "glad", "to"),
    ("i'm", "happy", "to"),
    ("i'm", "glad", "to"),
    ("i'd", "love", "to"),
    ("i", "would", "be", "happy", "to"),
)
_OFFER_STARTS = frozenset(lead[0] for lead in _OFFERS_TO_TELL)
_IF_HELPFUL_RE = re.compile(
    r"\bif (?:that's|that is|that'd be|that would be|it's|it'd be|it would be|that would|it would"
    r"|that'd|it'd|it) (?:any |)(?:helpful|useful|of use|use|help|helps)\b"
)


def _offered_telling(htoks: list[str]) -> str | None:
    """ "I can tell", "I'd be happy to share": the helper's offer to tell, or None."""
    for lead in _OFFERS_TO_TELL:
        n = len(lead)
        if tuple(htoks[:n]) == lead and htoks[n : n + 1] and htoks[n] in _TELLING:
            return " ".join(htoks[: n + 1])
    return None


_CLOSING_CODES = frozenset(("giving_information", "simple_reflection", "complex_reflection"))
_FAREWELL_RE = re.compile(
    r"^(?:(?:okay|ok|right|alright|all right|anyway|so|well|thanks|thank you)[ ,.!]+)*"
    r"(?:bye|goodbye|take care|see you|see ya|cheerio|ta[- ]ra|speak soon|look after|good luck"
    r"|mind how you go|enjoy (?:it|the|your)|have a (?:good|lovely|nice|great) "
    r"|thank(?:s| you) for (?:the|my) (?:tea|coffee|cuppa|brew)|thank(?:s| you) for having me"
    r"|" + _SEND_OFF + ")",
    re.IGNORECASE,
)
# the helper's part in what happens next: "I'll text you", "We'll see how she gets on"
# ("Yes, same day, I'll check with the desk"), or someone else's ("Someone will be in
# touch about his review")
_HELPER_NEXT_RE = re.compile(
    r"^(?:(?:okay|ok|right|so|and|well|great|lovely|yes|yeah|yep|sure|perfect)[ ,.!]+)*"
    r"(?:same (?:day|time)[ ,.!]+)?"
    r"(?:i'll|i will|we'll|we will|i'd be happy|i can|i'm going to|let me"
    r"|(?:someone|somebody|they|she|he|the \w+)(?:'ll| will) (?:be in touch|ring|call|text|send"
    r"|write))\b",
    re.IGNORECASE,
)
_WISH_WORDS = 6  # a short wish before the goodbye: "Fingers crossed for you."
_SHORT_ASIDES = frozenset(("fragment", "minimal"))


_REPLY_RULES = frozenset(("small_talk_reply", "social", "praise"))  # "Ooh, you're a star"


def _chats_back(
    results: list[SentenceResult], substantive: list[_Parsed], remarks: list[_Parsed]
) -> bool:
    """Does the turn open with a reply in kind or a greeting (in its first two sentences
    past backchannels), the rest short remarks with no "you" in them but "thank you" (not
    "So last time you said ...")?"""
    said = 0
    for r in results:  # a plain loop: this runs on most turns of two sentences or more
        rule = r.evidence[0].rule if r.evidence else ""
        if rule in _REPLY_RULES or (rule == "backchannel" and _opens_with_greeting(r.text)):
            break  # "Hello, Finley.": a greeting to the child counts as a reply
        if rule != "backchannel":
            said += 1
            if said == 2:
                return False
    else:
        return False
    return sum(len(p.toks) for p in substantive) <= _DOORSTEP_WORDS and all(
        _SECOND_PERSON.isdisjoint(p.toks) or _only_thanked(p.toks) for p in remarks
    )


def _only_thanked(toks: list[str]) -> bool:
    """Is every "you" in ``toks`` a "thank you"?"""
    return all(
        tok not in _SECOND_PERSON or (k > 0 and toks[k - 1] == "thank")
        for k, tok in enumerate(toks)
    )


def _closes_visit(results: list[SentenceResult]) -> bool:
    """Does the turn end with goodbye, every sentence before it only arranging what
    happens next, thanking, or a short wish?"""
    last = results[-1]
    if _FAREWELL_RE.match(last.text.strip(" \"'")) is None or (
        last.code != "other" and len(last.text.split()) > _WISH_WORDS
    ):
        return False  # "Look after that back, Lee." is a goodbye; a longer sentence may not be
    for r in results[:-1]:
        if r.code == "other":
            continue
        rules = {e.rule for e in r.evidence}
        if (
            (r.code == "giving_information" and rules <= {"information", "helper_statement"})
            # "Someone will be in touch about his review.": a plain statement of it
            or (r.code in _REFLECTIONS and "plain_statement" in rules)
        ) and _HELPER_NEXT_RE.match(r.text.strip(" \"'")) is not None:
            continue
        if rules <= _SHORT_ASIDES and len(r.text.split()) <= _WISH_WORDS:
            continue  # "Fingers crossed for you.", "He is." (agreeing)
        return False
    return True


# a reflection said as one: the parent's words named as theirs
_LISTENING_SIGNS = frozenset(("reflection_stem", "tentative_reflection", "restates"))
# "Wednesday it is (then)": one or two words before "it is", no pronoun, question word
# or "as"/"so" among them ("That's what it is", "Hard as it is", "I believe it is")
_SETTLED_ENDS = _words_of("is then")
_NOT_SETTLED = _words_of(
    "that's that this what how as so here there which who where i you we they he she"
)


# "okay" and "right" need no place here: they are stripped as discourse markers
_AGREED = _words_of("perfect great lovely brilliant fab grand super fine")


def _settled(htoks: list[str]) -> bool:
    """A choice agreed: "Wednesday it is", "Tea it is, then"."""
    words = htoks[:-1] if htoks[-1] == "then" else htoks
    if words[0] in _AGREED:
        words = words[1:]  # "Perfect, after two it is."
    return (
        3 <= len(words) <= 4 and words[-2:] == ["it", "is"] and _NOT_SETTLED.isdisjoint(words[:-2])
    )


_GREETINGS = _words_of("hi hiya hello hey morning afternoon evening salaam welcome")


def _opens_with_greeting(text: str) -> bool:
    toks = _tokens(text)
    return bool(toks) and toks[0] in _GREETINGS


# "Mm-hmm.", "Okay.", "Right.": a few dozen short backchannels make up about a third of
# a helper's sentences in a transcript, so each form is parsed once and then looked up
_SHORT_PART = 24  # characters


@lru_cache(maxsize=1024)
def _short_backchannel(part: str) -> tuple[str, str] | None:
    """(stripped, flat) of ``part`` when it is only a backchannel, as _code_sentence codes it."""
    lex = _lexicon()
    p = _parse(part, lex)
    return (p.stripped, p.flat) if p is not None and _is_backchannel(p, lex) else None


def _is_backchannel(p: _Parsed, lex: _Lexicon) -> bool:
    """ "Mm-hmm.", "Okay, right.": only a backchannel (not "And then?", a prompt to go on)."""
    return (
        p.toks[0] in lex.backchannel_starts
        and lex.backchannels.match(p.flat) is not None
        and not _asks_to_go_on(p, lex)
    )


def _prepare(text: str) -> str:
    work = text if len(text) <= MAX_CHARS else text[:MAX_CHARS]
    if "[" in work or "(" in work:
        work = _BRACKETS_RE.sub(" ", work)
    return work


def _parsed_sentences(text: str, lex: _Lexicon) -> list[_Parsed]:
    """The substantive sentences of ``text`` (backchannels dropped), scanned."""
    out: list[_Parsed] = []
    if not isinstance(text, str):
        text = str(text)
    for part in _sentences(_prepare(text)):
        p = _parse(part, lex) if part else None
        if p is None or lex.backchannels.match(p.flat):
            continue
        p.hits = lex.scan(p.toks)
        out.append(p)
    return out


def question_type_of(text: str, context: str | None = None) -> str:
    """Open or closed: the type of ``text`` taken as a question; always decides.

    The same rules :func:`classify` uses for its own ``question`` codes; meant for
    an utterance already known to be a question (e.g. one a human coder labelled
    a question), so a statement without any question form still gets a type.
    """
    del context  # the type is a matter of form, not of what the parent said
    lex = _lexicon()
    found: list[tuple[str, bool]] = []
    choice = False
    for p in _parsed_sentences(text, lex):
        qtype, how = _question_of(p, lex)
        if qtype is not None:
            found.append((_adjust_qtype(qtype, p), _is_check(p, lex)))
            choice = how == "declarative" and _is_choice_list(p)
    real = [q for q, check in found if not check] or [q for q, _ in found]
    if not real or choice:
        return "closed"
    return "open" if "open" in real else "closed"


def reflection_type_of(text: str, context: str | None = None) -> str:
    """Simple or complex: the type of ``text`` taken as a reflection of ``context``.

    The same rules :func:`classify` uses for its own reflection codes; always
    decides, so it can type an utterance a human coder labelled a reflection.
    """
    lex = _lexicon()
    ctx = _Ctx(context[-MAX_CHARS:] if context and isinstance(context, str) else "")
    return _rtype_of(_parsed_sentences(text, lex), ctx, lex, _Sentence(0))


_SUMMARY_SENTENCES = 3
_SUMMARY_WORDS = 40


def _rtype_of(parsed: list[_Parsed], ctx: _Ctx, lex: _Lexicon, s: _Sentence) -> str:
    """Simple or complex, judging all the sentences' words together against the context."""
    if not parsed:
        return "simple"
    if len(parsed) == 1:
        p = parsed[0]
        toks, flat, hits = p.toks, p.flat, p.hits
    else:
        toks = [t for p in parsed for t in p.toks]
        if len(parsed) >= _SUMMARY_SENTENCES and len(toks) >= _SUMMARY_WORDS:
            # a summary: several things the parent said collected and linked, which
            # MITI codes as a complex reflection even when each piece restates
            s.add("summary", f"{len(parsed)} sentences")
            return "complex"
        flat = " ".join(toks)
        hits = {}
        for p in parsed:
            for cat, hit in p.hits.items():
                hits.setdefault(cat, hit)
    complex_ = _reflection_is_complex(toks, flat, ctx, s, hits, lex.stop)
    return "complex" if complex_ else "simple"


def _is_check(p: _Parsed, lex: _Lexicon) -> bool:
    return (
        lex.check.match(p.head) is not None
        or lex.check.match(p.flat) is not None
        or _invites_correction(p.head)
    )


# a summary handed back for correction: "Correct me if I'm wrong", "Let me know if
# that's not quite it", "Tell me if I've got that wrong" (not "Let me know if I can help")
_INVITES_CORRECTION_RE = re.compile(
    r"^(?:correct me|stop me if|feel free to correct"
    r"|(?:let me know|tell me|say|shout) if (?:i'm wrong|i am wrong"
    r"|(?:i've|i have|i) (?:got|get|missed|misunderstood|misheard|left|read)"
    r"|(?:that's|that is|that) (?:not|isn't|wasn't|off|wrong)|any of that))\b"
)
_CORRECTION_LEADS = ("correct me", "stop me", "feel free", "let me", "tell me", "say if", "shout")
_CORRECTION_FIRST_WORDS = frozenset(lead.split(" ", 1)[0] for lead in _CORRECTION_LEADS)


def _invites_correction(head: str) -> bool:
    # a prefix test first: it spares most questions the regex
    return head.startswith(_CORRECTION_LEADS) and _INVITES_CORRECTION_RE.match(head) is not None


def _is_interrupted_piece(text: str, results: list[SentenceResult]) -> bool:
    stripped = text.strip()
    return (
        stripped.startswith(_DASHES)
        and stripped.endswith(_DASHES)
        and len(stripped.split()) <= 8
        and all(r.code == "other" or _weight(r) < 1.0 for r in results)
    )


_DASHES = ("-", "\u2014", "\u2013")
_ELLIPSES = ("...", "\u2026")
_UNFINISHED = (*_ELLIPSES, *_DASHES)  # how the parent's unfinished sentence ends
_TI_SEVERITY = (
    "confront",
    "persuade",
    "persuade_with_permission",
    "emphasizing_autonomy",
    "giving_information",
)
_REFLECTIONS = ("simple_reflection", "complex_reflection")
_ADVICE_OR_CONFRONT = ("persuade", "persuade_with_permission", "confront")
_QUESTIONS = ("question", "seeking_collaboration")
# Sentences coded on weak evidence (the shape of the sentence, no cue phrase)
_WEAK_RULES = frozenset({"plain_statement", "fragment", "helper_statement", "restates_client"})


def _weight(r: SentenceResult) -> float:
    if any(e.rule in _WEAK_RULES for e in r.evidence):
        return _WEAK_WEIGHT
    return _ROADBLOCK_WEIGHT if r.code in _ADVICE_OR_CONFRONT else 1.0


_RECAP_RE = re.compile(
    r"^(?:(?:so|and|okay|ok|now|right|well)[ ,]+)*"
    r"(?:(?:last (?:time|week|visit)|when (?:i was (?:last )?here|we (?:last )?(?:met|spoke))"
    r"|the other (?:day|week))[ ,]+you (?:said|mentioned|told me|were saying)"
    r"|you (?:said|mentioned|told me) (?:last (?:time|week)|the other (?:day|week)"
    r"|(?:on|over) the (?:phone|text|message)|in your (?:text|message)))",
    re.IGNORECASE,
)


def _combine(results: list[SentenceResult]) -> tuple[str, str | None, str | None]:
    """The main code of an utterance from its sentence codes (see module docstring)."""
    subst = [r for r in results if r.code != "other"]
    if not subst:
        return "other", None, None
    if len(subst) == 1:
        only = subst[0]
        return only.code, only.question_type, only.reflection_type
    questions = [r for r in subst if r.code in _QUESTIONS]
    rest = [r for r in subst if r.code not in _QUESTIONS]
    w_input = sum(_weight(r) for r in rest if r.code in _TI_SEVERITY)
    # "You left him alone in the tub? That's irresponsible.": a judgement after a
    # yes/no question leaves nothing to answer; the question was rhetorical.
    # "You can't be serious. After what they've been through?": the parent's words
    # echoed in disbelief beside a judgement are no question either
    if (
        questions
        and all(r.question_type == "closed" for r in questions)
        and (
            subst[-1].code == "confront"
            or (
                any(r.code == "confront" for r in rest)
                and all(r.fired("declarative_question") for r in questions)
            )
        )
    ):
        return "confront", None, None
    if questions:
        real = [r for r in questions if not r.fired("check_question")]
        q_words = sum(len(r.text.split()) for r in questions)
        # "Last time you said you'd see the GP. How did that go?": a recap of an
        # earlier visit only leads in to the question
        s_words = sum(len(r.text.split()) for r in rest if _RECAP_RE.match(r.text) is None)
        mostly_statement = s_words >= _STATEMENT_SHARE * (q_words + s_words)
        if (real or not rest) and w_input < _LONG_INPUT and not mostly_statement:
            pool = real or questions
            if not any(r.code == "seeking_collaboration" for r in pool):
                qtype = "open" if any(r.question_type == "open" for r in pool) else "closed"
                if pool[-1].fired("choice_list"):
                    qtype = "closed"  # "Who's up with him at night? You or your partner?"
                return "question", qtype, None
            types = [r.question_type for r in pool if r.question_type]
            asked_as = ("open" if "open" in types else "closed") if types else None
            return "seeking_collaboration", asked_as, None
    w_refl = sum(_weight(r) for r in rest if r.code in _REFLECTIONS)
    w_affirm = sum(_weight(r) for r in rest if r.code == "affirm")
    top = max(w_input, w_refl, w_affirm)
    # ties go to the group of the last sentence that has one of the tied weights
    tied = {g for g, w in (("input", w_input), ("refl", w_refl), ("affirm", w_affirm)) if w == top}
    group = "refl"
    if tied == {"refl", "affirm"} or (
        tied == {"input", "affirm"}
        and all(r.code == "emphasizing_autonomy" for r in rest if r.code in _TI_SEVERITY)
    ):
        # "You didn't give up. You kept calling until you got it done.": the
        # reflection spells out the strength the affirmation names; "That was a
        # thoughtful way to include him. You know your son.": so does the parent's
        # knowledge, stressed beside it
        tied = {"affirm"}
    for r in reversed(rest):
        g = "input" if r.code in _TI_SEVERITY else "refl" if r.code in _REFLECTIONS else "affirm"
        if g in tied:
            group = g
            break
    if group == "refl":
        refl = [r for r in rest if r.code in _REFLECTIONS]
        if len(refl) > 1 or refl[0].code == "complex_reflection":
            return "complex_reflection", None, "complex"
        return "simple_reflection", None, "simple"
    if group == "input":
        codes = {r.code for r in rest}
        offered = "persuade" in codes or any(r.fired("option") for r in rest)
        if offered and "emphasizing_autonomy" in codes and "confront" not in codes:
            # "You could try a bath before bed. It's up to you.", "Some parents find
            # ... It's your call.": MITI codes advice or an option given with the
            # parent's autonomy stressed as persuading with permission
            return "persuade_with_permission", None, None
        return next(c for c in _TI_SEVERITY if c in codes), None, None
    return "affirm", None, None
