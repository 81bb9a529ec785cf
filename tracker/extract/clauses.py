"""The clause pass: attributions that are not speech, and more than one per sentence.

After the cue patterns have had a sentence, this module finds every
"SUBJECT [auxiliaries] PREDICATE ..." in it whose predicate is a verb of speech, stance,
intention or evaluation (lexicon.STANCE_FORMS), or an attitude adjective after a form of
"be" ("is critical of"): "Clinton vowed to fight on and praised her volunteers" holds two
attributions. The engine (Extractor._clauses) gives each predicate its speaker and ends
its content at the next predicate of the same subject or of a new clause; a predicate
whose subject stands inside another statement's content is nested there and left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.segment import MASK
from tracker.extract.lexicon import ADVERB_LY, ATTITUDE_ADJECTIVES, AUXILIARIES, STANCE_AMBIGUOUS, STANCE_FORMS, STANCE_ING, stance_forms_of

_AUX = "|".join(sorted({a.replace(" ", r"\s+") for a in AUXILIARIES}, key=len, reverse=True))
_AUX_BACK = re.compile(rf"\b(?:(?:{_AUX}|{ADVERB_LY}|[a-z]*n['\u2019]t)\s+)+$")
_PREP_AFTER = re.compile(r"\s+(about|for|on|to|of|against|that|with|over|out|up|as)\b")
_STANCE_SET = {f.split()[0] for f in STANCE_FORMS | STANCE_ING}
_PREDICATE_WORDS = _STANCE_SET | ATTITUDE_ADJECTIVES
# "is (deeply) critical of", "has been sharply critical of", "remains confident that"
_BE_BEFORE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:\w+ly\s+)?been|(?:will|would|could|may|might)\s+be|is|are|was|were|remains?|remained|seems?|seemed"
    r"|appears?|appeared|['\u2019]s|['\u2019]re)\s+"
    r"(?:(?:very|deeply|increasingly|highly|quite|so|too|more|most|also|still|not|openly|publicly|particularly|"
    r"equally|less|[a-z]+ly)\s+)*$")
_ADJ_COMPLEMENT = re.compile(r"\s+(of|about|that|to|with|at|over|toward|towards)\b")
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|am|['\u2019]s|['\u2019]re)\s+(?:\w+ly\s+|also\s+|still\s+|now\s+|not\s+){0,3}$")
_WORD = re.compile(r"[a-z]+")
# ", and", " but", and with a short adverbial before the verb (", and in a statement last month said")
_COORDINATED = re.compile(r"(?:,\s*|\s+)(?:and|but)\s+(?:(?:in|on|at|during|via)\s+(?:a|an|the|its|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?\s+)?"
                          r"(?:(?:last|this|on|earlier|later)\s+(?:week|month|year|[A-Z][a-z]+day)\s+)?(?:\w+ly\s+)?$")
_NOUN_CONTEXT = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|our|my|your|this|these|those|no|any|every|each)|['\u2019]s)\s+$", re.I)
# "X is known/expected/seen as": a passive with no agent names no source
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|be|being|get|got)\s+(?:\w+ly\s+|not\s+|also\s+|still\s+|then\s+|never\s+)*$")


def _coordinated(frame: str, start: int) -> int | None:
    co = _COORDINATED.search(frame, max(0, start - 60), start)
    return co.start() if co else None


# what follows a predicate that has no content of its own
_ADVERBIAL_START = re.compile(
    r"\s*(?:[,;.]|:(?!\s*" + MASK + r")|$|(?:in|on|at|before|during|from|by|after|while|when|into|under|through|since|last|this|earlier|later|today|yesterday"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|reporters|him|her|them|me|us)\b)")


# where a predicate's content ends at the latest: another clause begins
# a participle that opens a clause of the writer's (", reversing ..."), not ", including" or a
# list of adjectives (", loving and honest")
PARTICIPLE = r"(?!including\b|according\b)[a-z]+ing\b"
PARTICIPLE_CLAUSE = PARTICIPLE + r"(?!\s+(?:and|or)\b|\s*,)"
CONTENT_END = re.compile(r";|\s[-\u2014\u2013]{1,2}\s|\u2014|,\s+(?:while|whereas|but|and|although|though|because|which|who|when|even\s+as|as\s+well\s+as|" + PARTICIPLE_CLAUSE + ")")
_LEADING_PP = re.compile(r"(?:as|in|on|at|for|after|with|by|from|during|following|despite|under|since|unlike|like|amid)\b[^,]*,\s*", re.I)
# "Three years after Republicans vowed": the subject is what follows the subordinator
_SUBORDINATOR = re.compile(r"[^,]*\b(?:after|before|when|while|as|because|since|if|although|though|that|until|once|where|whereas)\s+", re.S)
ANONYMITY = re.compile(r"\s+(?:not\s+to\s+be\s+(?:identified|named|quoted)|for\s+anonymity|that\s+(?:his|her|their)\s+name)")
_TIME_THEN_THAT = re.compile(r"\s+(?:(?:on|last|this|earlier|late|early)\s+\w+|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|yesterday|today)\s+(?=that\s)")
_CALLED_QUOTED = re.compile(r"\s+(?:[\w'\u2019-]+\s+){1,5}?" + MASK)  # 'called the plan "a fantasy"': a quoted name for it
QUOTE_NEXT = re.compile(r"\s*[,:]?\s*(?=" + MASK + ")")  # a quotation comes next: '..., "QUOTE"', ': "QUOTE"'
_SAY_LIKE = stance_forms_of("say", "discuss", "mention", "talk", "speak", "comment", "tell", "write", "explain", "address")
NEGATION = re.compile(r"\b(?:not|never)\b|n['\u2019]t\b")
_CLAUSE_OR_QUOTE = re.compile(r"\s*(?:[:,]?\s*" + MASK + r"|that\b|whether\b|if\b|how\b|why\b|what\b|(?:he|she|it|they|we|I|you|there)\s)")
_BY_AGENT = re.compile(r"\s+by\b")
_RELATIVE_IN = re.compile(r"\b(?:who|whose|whom|which)\b")
_PARTICLE = re.compile(r"\s+(?:off|down|away|in|into|up\s+with)\b")
_NP_START = re.compile(r"[A-Z\d]|(?:the|a|an|his|her|their|its|our|my|some|many|most|several|other|both|all|few|those|these|this|he|she|they|we|i|you|it)\b|[a-z]+s$", re.I)
_REFUSED_TO = re.compile(r"\b(?:refus|declin)(?:e|es|ed|ing)\s+to\s+$")
_AS_NEXT = re.compile(r"\s+as\b")
WHO_NEXT = re.compile(r"\s+(?:who|whose)\b")
_VERBISH = re.compile(r"\b(?:[a-z]+ed|is|was|are|were|has|have|had|will|would|can|could|does|did|follows?|helps?|makes?|takes?|gets?|[a-z]+n['\u2019]t)\b")


def subject_ok(phrase: str) -> bool:
    """A subject for the clause pass: a short noun phrase, not a clause ('The move follows a')."""
    head = phrase.split(",")[0]
    return (len(head.split()) <= 9 and not _VERBISH.search(head) and bool(_NP_START.match(head))
            and (not head[:1].isdigit() or bool(re.match(r"[\d.]+(?:%|\s+percent)\b", head))))


def subject_start(phrase: str) -> int:
    """Offset in phrase where the subject begins, past a leading subordinate or
    prepositional phrase ('As a result of the suit, a judge')."""
    m = _LEADING_PP.match(phrase)
    if m and m.end() < len(phrase):
        return m.end()
    m = _SUBORDINATOR.match(phrase)
    if m and _RELATIVE_IN.search(phrase, 0, m.start(0) + len(m.group(0).rstrip()) - 1):
        return 0  # "The judges who ruled that X could not ...": the clause belongs to the relative
    return m.end() if m and m.end() < len(phrase) else 0


# What some predicates need after them to be a statement rather than an act:
# "agreed that" is a statement, "agreed to pay a fine" an act; "reported that" is words,
# "reported a loss" a figure; "pushed for" is a stance, "pushed prices higher" is not.
_NEED_THAT = stance_forms_of("agree", "decide", "choose", "report", "announce", "publish", "project", "estimate",
                        "forecast", "advise", "unveil", "outline", "detail", "share", "express")
_NEED_TO_OR_THAT = stance_forms_of("offer", "order", "request", "seek", "aim", "plan", "intend")
_EVIDENCE = stance_forms_of("show", "find")
# sources whose 'show'/'find' is evidence: "polls show", "the survey found"
_EVIDENCE_SUBJECT = re.compile(
    r"\b(?:polls?|surveys?|stud(?:y|ies)|data|reports?|figures|numbers|results|research|analys[ie]s|records|documents|"
    r"e-?mails|investigations?|audits?|reviews?|tests?|estimates|projections|models?|averages?)\s+$")
_PRONOUN_SUBJECT = re.compile(r"(?:^|\s)(?:[Tt]hey|[Ww]e|I|[Yy]ou|[Hh]e|[Ss]he|[Ii]t|who)\s+$")
# an ambiguous form with a clause after it is a verb: "unions claim it will", "they note that"
_CLAUSE_AFTER = re.compile(r"\s+(?:that|it|he|she|they|we|I|you|there)\s")
# verbs whose object is what they are about, pronoun or not: "I support him", "portrayed her use of"
OBJECT_VERBS = stance_forms_of(
    "support", "back", "endorse", "oppose", "favor", "favour", "praise", "criticize", "criticise", "condemn", "attack",
    "blame", "accuse", "portray", "describe", "characterize", "characterise", "defend", "embrace", "welcome",
    "applaud", "hail", "commend", "mock", "ridicule", "dismiss", "reject", "challenge", "thank", "congratulate",
    "credit", "fault", "slam", "blast", "assail", "denounce", "chide", "rebuke", "insult", "taunt", "lambast",
    "deride", "disparage", "mention", "label", "dub", "brand", "depict", "urge", "invite", "encourage", "question",
    "compare", "liken", "equate", "consider", "regard", "view", "deem", "judge", "doubt", "champion",
    "tout", "celebrate", "laud", "extol", "decry", "deplore", "scold", "refute", "dispute", "contest", "prefer")
_OBJECT_PRONOUN = re.compile(r"\s+(?:him|her|them|me|us|it)\b")
# "expressed concern about X", "voiced strong support for X": the attitude is the cue, X the content
_ATTITUDE_NOUN = re.compile(
    r"\s+(?:(?:some|strong|deep|serious|grave|sharp|growing|broad|particular|little|no|great|new|renewed|his|her|their|its|public)\s+){0,2}"
    r"(?:concerns?|support|opposition|doubts?|reservations?|frustration|confidence|hope|interest|skepticism|scepticism|regret|"
    r"sympathy|outrage|disappointment|anger|dismay|alarm|optimism|pessimism|willingness|openness|admiration|gratitude|fears?|worries|"
    r"misgivings|displeasure|solidarity|condolences|approval|disapproval|dissatisfaction|satisfaction)\s+"
    r"(?:about|over|for|with|at|in|toward|towards|that|regarding|of)\b")
_EXPRESS = stance_forms_of("express", "voice")
_ADDRESSEE = stance_forms_of("reply", "respond", "answer", "speak", "talk")
_SECURITY = re.compile(r"\s+(?:shares?|stocks?|dividends?|stockholders|shareholders|equity)\b")
NOUN_THEN_VERB = re.compile(r"\s+(?:are|is|were|was|have|has|had|will|would|can|could|remain|remains|rise|rose|fall|fell|increase|increased|decrease|decreased|jump|jumped|drop|dropped|climb|climbed|soar|soared|slip|slipped|ease|eased|apply|applied|vary|varied)\b")
TIME_START = re.compile(r"\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
                         r"|August|September|October|November|December|the\s+(?:weekend|morning|evening|day)|(?:last|this|next)\s)\b")
_MODAL = re.compile(r"\b(?:could|would|may|might|will|can|should|must)\s+(?:\w+ly\s+)?$")
_TELL = stance_forms_of("tell", "assure", "reassure", "remind", "inform", "notify", "persuade", "convince", "brief")
# the person told, then "that": "assured voters on Tuesday that"
_PERSON_THEN_THAT = re.compile(r"(?:\s+[\w'\u2019.-]+){1,8}?\s+(?=that\b)")
_VOTE = stance_forms_of("vote")
_RULE = stance_forms_of("rule")
_CALL = stance_forms_of("call")
_REPORTING = stance_forms_of("report", "say", "write", "tell", "note", "add", "argue", "explain", "insist", "warn", "claim",
                             "observe", "recall", "remark", "acknowledge", "suggest", "tweet", "admit", "concede", "contend",
                             "maintain", "stress", "reply", "respond", "predict", "estimate", "rule", "find", "order")
# where an outer reporting verb ends the sentence: "..., the court ruled on Wednesday, fining them $4 million."
_OUTER_END = re.compile(r"(?:\s+(?:on|last|this|late|early)\s+\w+(?:\s+(?:night|morning|afternoon|evening))?|\s+in\s+a\s+statement)?"
                        r"\s*(?:[.!?]?\s*$|,\s+" + PARTICIPLE + ")")
_SPEECH = stance_forms_of("say", "write", "add", "state")
_NEED_PREP = stance_forms_of("push", "press", "lobby", "campaign", "speak", "talk", "rail")
_WH = re.compile(r"\s+(?:that|whether|if|how|why|what|who|when|where)\b|\s*:")
_REDUCED_RELATIVE = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would)\b")


def _complement_ok(verb: str, prep: str, frame: str, end: int) -> bool:
    if _REDUCED_RELATIVE.match(frame, end):
        return False  # "the only guarantees recognised are ...": a modifier, not a predicate
    if verb.startswith("compar") and prep == "with":
        return False  # "compared with a year earlier"
    if verb in _NEED_THAT:
        return prep == "that" or bool(_WH.match(frame, end))
    if verb in _NEED_TO_OR_THAT:
        return prep in ("that", "to", "for") or bool(_WH.match(frame, end))
    if verb in _RULE:
        return prep == "that"  # "ruled that"; not "ruled the country"
    if verb in _VOTE:
        return False  # "voted against the bill": an act, not words (what a voter says is reported with a cue)
    if verb in _CALL:
        # "called for an inquiry", "called on the council to", 'called the levy "a tax"'; not "called the police"
        return prep in ("for", "on") or bool(_CALLED_QUOTED.match(frame, end))
    if verb in _NEED_PREP:
        return prep not in ("", "to", "with")  # "talked to reporters": to whom, not what
    if verb in _ADDRESSEE and prep in ("to", "with"):
        return False  # "was replying to a question"
    if verb.startswith("prefer") and _SECURITY.match(frame, end):
        return False  # "preferred shares"
    if verb in _SPEECH:
        return prep in ("", "that")  # "said of the claim", "said with a laugh": no content here
    return True


def passive_before(frame: str, pos: int) -> bool:
    """'The plan is expected to', 'the bill was criticized': a passive names no source."""
    return bool(_PASSIVE.search(frame, max(0, pos - 40), pos))


def refused_before(frame: str, pos: int) -> bool:
    """'refused to concede', 'declined to endorse': an act refused, not words ('declined to
    comment' is a refusal of its own, read elsewhere)."""
    return bool(_REFUSED_TO.search(frame, max(0, pos - 30), pos))


_RELATIVE = re.compile(r"(?:,\s*|\s)(?:who|which|that)\s+$")


def relative_before(frame: str, pos: int) -> int | None:
    """Where ', who' / ' that' stands right before pos (the predicate's auxiliaries), if it does."""
    m = _RELATIVE.search(frame, max(0, pos - 10), pos)
    return m.start() if m else None


def _attitude(frame: str, vs: int, ve: int) -> Predicate | None:
    """'X is critical of Y', 'X was confident that Z': an attitude adjective after a form of
    'be', with its complement."""
    be = _BE_BEFORE.search(frame, max(0, vs - 60), vs)
    cm = _ADJ_COMPLEMENT.match(frame, ve)
    if be is None or cm is None:
        return None
    comp = cm.group(1)
    if frame[vs:ve] in ("sure", "certain") and comp == "to":
        return None  # "is sure to survive": a likelihood, not an attitude
    content = ve if comp in ("that", "to") else cm.end()
    if comp == "to" and not re.match(r"\s+to\s+[a-z]+\b", frame[ve:ve + 30]):
        return None
    return Predicate(be.start(), content, frame[be.start():content].strip(), _coordinated(frame, be.start()))


def noun_context(frame: str, pos: int) -> bool:
    """A determiner or possessive right before a cue word makes it a noun ('her claim')."""
    return bool(_NOUN_CONTEXT.search(frame, max(0, pos - 12), pos))


@dataclass
class Predicate:
    start: int  # where its auxiliaries begin
    content: int  # where its content begins
    cue: str
    coordinated: int | None  # where ", and" / " but" before it begins
    outer: bool = False  # "CONTENT, CNN reported.": the content is all before the subject
    participle: bool = False  # ", calling it a sham": the speaker is the sentence's subject


# ", calling the plan a sham", "by telling the crowd that": a participle clause whose speaker
# is the subject of the sentence it hangs on
_PARTICIPLES = (
    "saying|telling|arguing|insisting|claiming|noting|adding|explaining|warning|declaring|asserting|suggesting|"
    "calling\\s+for|calling\\s+on|calling|urging|asking|accusing|vowing|promising|pledging|predicting|acknowledging|conceding|"
    "stressing|complaining|boasting|writing|tweeting|condemning|praising|criticizing|criticising|welcoming|"
    "denouncing|thanking|questioning|announcing|expressing|citing|referring\\s+to|pointing\\s+to|pointing\\s+out|"
    "demanding|describing|dismissing|defending|blaming|recalling|rejecting|threatening|labeling|labelling|"
    "branding|mocking|attacking|slamming|blasting|lamenting|touting|highlighting|reiterating|repeating|hinting|"
    "signaling|signalling|endorsing|backing|opposing|characterizing|calling\\s+out|speaking\\s+of|talking\\s+about|"
    "maintaining|contending|disputing|denying|admitting|confirming|revealing|proposing|"
    "ruling|finding|concluding|determining"
)
# participles that carry words only with a that-clause: "ruling that", not "ruling party"
_THAT_ONLY = {"ruling", "finding", "concluding", "determining"}
PARTICIPLE_WORDS = {alt.split("\\s")[0] for alt in _PARTICIPLES.split("|")}
# (", recently telling one person close to her that ...", "was booed after telling the crowd that ...")
_PARTICIPLE_CLAUSE = re.compile(r"(?:,\s*(?:and\s+|while\s+|before\s+|after\s+)?(?:" + ADVERB_LY + r"\s+)?|" + MASK + r"\s+|\bby\s+"
                                r"|\s(?:and|while)\s+)(?P<verb>" + _PARTICIPLES + r")\b"
                                r"|\b(?:after|before|while)\s+(?P<verb2>telling|saying|arguing|insisting|claiming|warning|declaring)\b")
# "telling holdouts that ...", "telling her how ...", 'telling her, "..."': the person, then the words
_TELLING_OBJECT = re.compile(r"(?:\s+[\w'\u2019.-]+){1,6}?(?:\s+(?=that\b)|\s*[,:]\s*(?=" + MASK + r"))"
                             r"|(?:\s+[\w'\u2019.-]+){1,3}?\s+(?=(?:how|why|whether)\b)")


def participles(frame: str) -> list[Predicate]:
    """Participle clauses that carry words: ', calling the plan a sham', ', citing costs'."""
    out = []
    for m in _PARTICIPLE_CLAUSE.finditer(frame):
        vg = "verb" if m.group("verb") else "verb2"
        verb = m.group(vg)
        content = m.end()
        if verb in ("telling", "asking", "warning"):
            tm = _TELLING_OBJECT.match(frame, content)
            if verb == "telling" and tm is None:
                continue  # "telling reporters": to whom, not what
            if tm is not None:
                content = tm.end()
        rest = frame[content:]
        if verb in _THAT_ONLY and not rest.lstrip().startswith("that "):
            continue
        if not rest.strip(" .,;") or _ADVERBIAL_START.match(frame, content) and not verb.startswith(("calling", "referring", "pointing", "talking", "speaking")):
            continue
        out.append(Predicate(m.start(vg), content, re.sub(r"\s+", " ", verb), m.start(), participle=True))
    return out


def word_spans(frame: str, words: set[str]):
    """(start, end) of each whole-word occurrence of these words, in text order."""
    out = []
    n = len(frame)
    for w in words:
        i = frame.find(w)
        while i >= 0:
            j = i + len(w)
            if (i == 0 or not frame[i - 1].isalnum()) and (j == n or not frame[j].isalnum()):
                out.append((i, j))
            i = frame.find(w, j)
    out.sort()
    return out


def predicates(frame: str, words: set[str] | None = None) -> list[Predicate]:
    """Stance predicates in a masked sentence frame, in order (speakers not checked yet).
    `words`: the frame's words, where the caller has them already."""
    words = (words if words is not None else set(_WORD.findall(frame))) & _PREDICATE_WORDS
    if not words:
        return []
    out: list[Predicate] = []
    for vs, ve in word_spans(frame, words):
        verb = frame[vs:ve]
        if verb in ATTITUDE_ADJECTIVES:
            p = _attitude(frame, vs, ve)
            if p is not None:
                out.append(p)
            if p is not None or verb not in _STANCE_SET:
                continue  # "opposed", "convinced" may still be verbs
        if refused_before(frame, vs):
            continue
        if verb in ("known", "knows", "know") and _AS_NEXT.match(frame, ve):
            continue  # "The drug, known as velotrazine": a name, not a belief
        if verb.startswith("ask") and ANONYMITY.match(frame, ve):
            continue  # "asked not to be identified": a condition of speaking, not words
        if verb.endswith("ed") and _BY_AGENT.match(frame, ve):
            continue  # "debt supported by letters of credit": a passive participle
        if vs and frame[vs - 1] == "-" or NOUN_THEN_VERB.match(frame, ve) or verb.endswith("s") and WHO_NEXT.match(frame, ve):
            continue  # "so-called", "oft-stated"; "campaigns are not new", "advocates who packed the room": nouns
        if verb in STANCE_ING and not _PROGRESSIVE.search(frame, max(0, vs - 30), vs):
            continue
        if verb in _EVIDENCE and (verb.endswith("ing") or _MODAL.search(frame, max(0, vs - 30), vs)):
            continue  # "a strong showing could show": a possibility, not evidence
        back = _AUX_BACK.search(frame, max(0, vs - 80), vs)
        start = back.start() if back else vs
        if back and verb in _SAY_LIKE and NEGATION.search(back.group(0)) and not _CLAUSE_OR_QUOTE.match(frame, ve):
            continue  # "would not say no to a second term", "did not discuss the plan": nothing was said
        pm = _PREP_AFTER.match(frame, ve)
        prep = pm.group(1) if pm else ""
        if (verb in STANCE_AMBIGUOUS and start == vs and not (verb.endswith("s") and prep == "that")
                and not _PRONOUN_SUBJECT.search(frame, max(0, vs - 8), vs) and not _CLAUSE_AFTER.match(frame, ve)
                and not (verb in _EVIDENCE and _EVIDENCE_SUBJECT.search(frame, max(0, vs - 40), vs))):
            continue  # "the campaign", "shares fell" -- but "they support", "polls show"
        if noun_context(frame, start) or (not verb.endswith("ing") and passive_before(frame, vs)):
            continue
        if verb in _REPORTING and _OUTER_END.match(frame, ve):
            # "A said B, CNN reported.": what the sentence reports, from a source of its own
            out.append(Predicate(start, ve, frame[start:ve].strip(), None, outer=True))
            continue
        if verb in _EXPRESS:
            am = _ATTITUDE_NOUN.match(frame, ve)
            if am:
                out.append(Predicate(start, am.end(), frame[start:am.end()].strip(), _coordinated(frame, start)))
                continue
        tm = _TIME_THEN_THAT.match(frame, ve)
        if tm and not noun_context(frame, start) and not passive_before(frame, vs):
            # "found last year that ...", "said on Monday that ...": the time belongs to the predicate
            out.append(Predicate(start, tm.end(), frame[start:ve].strip(), _coordinated(frame, start)))
            continue
        qm = QUOTE_NEXT.match(frame, ve) if verb in _SPEECH else None
        if qm:
            # "... but added, "QUOTE"": the quotation is what was added
            out.append(Predicate(start, qm.end(), frame[start:ve].strip(), _coordinated(frame, start)))
            continue
        if verb in OBJECT_VERBS and _OBJECT_PRONOUN.match(frame, ve) and not TIME_START.match(frame, ve):
            pass  # "I support him": the pronoun is what the stance is about
        elif verb in _CALL and prep in ("for", "on"):
            pass  # "called on the council to": the preposition is the complement's
        elif _ADVERBIAL_START.match(frame, ve) or (not prep and _PARTICLE.match(frame, ve)):
            continue  # 'she added, reflecting ...', 'he testified before the committee'
        if not _complement_ok(verb, prep, frame, ve):
            continue
        content = pm.end() if prep and prep not in ("that", "to") else ve
        if verb in _TELL:
            tm = _PERSON_THEN_THAT.match(frame, ve)
            if tm is None:
                continue  # "told reporters", "reminded the audience of ...": no words here
            content = tm.end()
        if prep and TIME_START.match(frame, content):
            continue  # "campaigned on Friday in Ohio"
        out.append(Predicate(start, content, frame[start:content].strip(), _coordinated(frame, start)))
    return out
