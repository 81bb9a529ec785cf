"""Attribution: find (speaker, cue, content) in each quote-aware sentence.

Each sentence is matched against the shapes news writing uses (see docs/engine.md):
speaker-cue-content, content-speaker-cue, content-cue-speaker, "according to", relative
clauses ("a report that said"), refusals to comment, and quoted paragraphs that carry on
the previous speaker. Quotations are masked while the shape is matched, so a cue word
inside a quote is never taken for the attribution.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.dates import resolve_date
from tracker.extract.lexicon import (
    ADVERB_LY, AUXILIARIES, EVIDENCE_FORMS, INVERSION_FORMS, MONTHS, NON_NAME_WORDS, ORG_NOUN_TYPES, SPEECH_FORMS, SPOKES_NOUNS,
    STANCE_FORMS, THOUGHT_FORMS, TITLES, TOPIC_FORMS, WEEKDAYS,
)
from tracker.extract.clauses import (
    ANONYMITY, NEGATION, NOUN_THEN_VERB, OBJECT_VERBS, PARTICIPLE, PARTICIPLE_CLAUSE, PARTICIPLE_WORDS, QUOTE_NEXT, TIME_START, CONTENT_END, word_spans, noun_context,
    participles, passive_before, predicates, refused_before,
    relative_before, subject_ok, subject_start,
)
from tracker.extract.names import HEADING_SMALL, PARTY_TAG, heading_case, mostly_capitals
from tracker.extract.clauses import WHO_NEXT as _WHO_NEXT
from tracker.extract.segment import DATELINE, MASK, Paragraph, Quote, Unit, segment
from tracker.extract.types import RawStatement


_FORMS = sorted((f for f in SPEECH_FORMS if not f.endswith("ing")), key=len, reverse=True)
_AUX = "|".join(sorted({a.replace(" ", r"\s+") for a in AUXILIARIES}, key=len, reverse=True))
_ADV = ADVERB_LY
CUE_RE = re.compile(rf"\b(?P<aux>(?:(?:{_AUX}|{_ADV})\s+)*)(?P<verb>{'|'.join(_FORMS)})\b")
# The same, found verb-first (a cheap literal scan) and then extended back over auxiliaries:
# scanning for the auxiliaries at every word is most of the engine's time otherwise.
_CUE_VERB_RE = re.compile(rf"\b(?:{'|'.join(_FORMS)})\b")
_AUX_BACK_RE = re.compile(rf"\b(?:(?:{_AUX}|{_ADV})\s+)+$")
_CUE_FIRST = {f.split()[0] for f in _FORMS}
_MULTI_REST: dict[str, list[str]] = {}
for _f in sorted((f for f in _FORMS if " " in f), key=len, reverse=True):
    _MULTI_REST.setdefault(_f.split()[0], []).append(_f[len(_f.split()[0]):])
_SINGLE_FORMS = {f for f in _FORMS if " " not in f}


class _CueMatch:
    """Quacks like the re.Match of CUE_RE for the groups the engine reads."""

    __slots__ = ("_aux_start", "_verb_start", "_verb_end", "_s")

    def __init__(self, s: str, aux_start: int, verb_start: int, verb_end: int):
        self._s, self._aux_start, self._verb_start, self._verb_end = s, aux_start, verb_start, verb_end

    def start(self, group: str | None = None) -> int:
        return self._verb_start if group == "verb" else self._aux_start

    def end(self, group: str | None = None) -> int:
        return self._verb_end

    def group(self, name: str) -> str:
        if name == "verb":
            return self._s[self._verb_start:self._verb_end]
        if name == "aux":
            return self._s[self._aux_start:self._verb_start]
        raise KeyError(name)


def iter_cues(frame: str, words: set[str]):
    """Speech cues in a frame, found verb-first from the frame's words (a scan with the
    whole alternation of forms is slow), then extended back over auxiliaries."""
    for a, b in word_spans(frame, words & _CUE_FIRST):
        for rest in _MULTI_REST.get(frame[a:b], ()):
            if frame.startswith(rest, b) and (b + len(rest) == len(frame) or not frame[b + len(rest)].isalnum()):
                b += len(rest)  # "pointed out", "made clear", "went on to say"
                break
        else:
            if frame[a:b] not in _SINGLE_FORMS:
                continue
        back = _AUX_BACK_RE.search(frame, max(0, a - 80), a)
        yield _CueMatch(frame, back.start() if back else a, a, b)
def _verb_first(rx: re.Pattern, frame: str, words: set[str]):
    """rx's matches (auxiliaries + one of these verbs ...), found from the verbs' places:
    the same matches as rx.finditer, without trying the auxiliaries at every word."""
    last_end = 0
    for a, _ in word_spans(frame, words):
        back = _AUX_BACK_RE.search(frame, max(0, a - 80), a)
        m = rx.match(frame, back.start() if back else a)
        if m and m.start() >= last_end:
            last_end = m.end()
            yield m


_THINK = "|".join(sorted((f for f in THOUGHT_FORMS if not f.endswith("ing")), key=len, reverse=True))
_EVID = "|".join(sorted((f for f in EVIDENCE_FORMS if not f.endswith("ing")), key=len, reverse=True))
_CLAUSE_SUBJ = r"(?:he|she|it|they|we|I|there|you)\s"
# Cues that report a thought, an intention or evidence: only taken with a clause after them.
WEAK_RE = re.compile(
    rf"\b(?P<aux>(?:(?:{_AUX}|{_ADV})\s+)*)(?:(?P<verb>{_THINK})\b(?P<tail>\s+(?:that\b|to\s+(?=[a-z])|(?={_CLAUSE_SUBJ}|(?:the|a|an|his|her|their|its|this|these|those|our|[A-Z][\w.]*)\s)))"
    rf"|(?P<verb2>{_EVID})\b(?P<tail2>\s+(?:that\b|(?={_CLAUSE_SUBJ}))))"
)
_TOPIC = "|".join(sorted(TOPIC_FORMS, key=len, reverse=True))
# "X spoke about Y", "X called for Y", "X endorsed Y": the content is the object or topic.
TOPIC_RE = re.compile(
    rf"\b(?P<aux>(?:(?:{_AUX}|{_ADV})\s+)*)(?P<verb>{_TOPIC})\b(?P<prep>\s+(?:about|on|of|for|to|over|against|with|at|out|up|as)\b)?"
)
PARTICIPLE_RE = re.compile(
    r"(?:,\s+(?:and\s+)?|" + MASK + r"\s+|\b(?:statement|letter|post|tweet|email|release|message|video|note)(?:\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?)?\s+)(?P<verb>saying|telling|arguing|insisting|claiming|noting|adding|explaining|"
    r"condemning|praising|criticizing|criticising|welcoming|denouncing|thanking|questioning|announcing|expressing|"
    r"warning|declaring|asserting|suggesting|calling|urging|asking|accusing|vowing|promising|"
    r"predicting|acknowledging|conceding|stressing|complaining|boasting|writing|tweeting)\b\s*"
)
# lower-case title words may stand inside a name: "Republican presidential candidate Jane Doe"
_TITLE_WORD = "|".join(sorted((t for t in TITLES if t.isalpha() and t.islower()), key=len, reverse=True))
_SUBJECT_RE = re.compile(
    r"\s*((?:[Tt]he|An?)\s+(?:[\w'\u2019-]+\s+){0,2}?[a-z][\w-]*(?=\s+[a-z]|\s*,|\s+\()"
    r"|(?!(?:But|And|Yet|So|Still|However|Meanwhile|On|In|At|For|With|After|Before|When|While|As|If|Then|Now|Also|Instead|Or)\b)"
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?(?:(?:[A-Z][\w.'\u2019-]*|(?:" + _TITLE_WORD + r"))\s+){0,5}[A-Z][\w.'\u2019-]*"
    r"(?:\s+\([A-Z][\w.,\s-]{0,20}\))?"
    r"|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)"
    r"(?=\s+[a-z]|\s*,|\s+\()"
)
# "Elizabeth Warren: ...", and in a list of reactions "— Ostravan Prime Minister Jane Doe: ..."
HEADLINE_RE = re.compile(r"\s*(?:(?P<bullet>[\u2014\u2013\u2022*-]\s*)(?=(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*\s*:)|(?=(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*\s*:))"
                         r"(?P<who>(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*)\s*:\s+")
NOMINAL_RE = re.compile(
    r"(?P<src>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*(?=['\u2019]s\s)|\b(?:his|her|their|its|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))(?:['\u2019]s)?\s+"
    r"(?:(?:recent|latest|own|repeated|earlier|public|many|frequent|controversial|repeated|new|previous|initial|\w+ly)\s+)?"
    r"(?P<noun>comments?|remarks?|claims?|statements?|criticism|calls?|accusations?|warnings?|promises?|pledges?|vows?|"
    r"suggestions?|proposals?|arguments?|assertions?|insistence|complaints?|praise|support|opposition|endorsement|"
    r"attacks?|denials?|admission|description|views?|position|stance|belief|concerns?|demands?|threats?|"
    r"criticisms?|questions?|answers?|responses?|response|defense|defence|characterization|portrayal|"
    r"rhetoric|message|pitch|argument|case|vision|agenda|rejection|dismissal)\s+(?P<prep>that|about|of|for|on|to|against|over|regarding)\s+"
)
_WORD_RE = re.compile(r"[A-Za-z]+")
_SPEECH_SET = {w for f in _FORMS for w in f.split()[:1]}
_WEAK_SET = {w for w in THOUGHT_FORMS | EVIDENCE_FORMS}
_TOPIC_SET = set(TOPIC_FORMS)
_PARTICIPLE_SET = {
    "saying", "telling", "arguing", "insisting", "claiming", "noting", "adding", "explaining", "warning",
    "declaring", "asserting", "suggesting", "calling", "urging", "asking", "accusing", "vowing",
    "promising", "predicting", "acknowledging", "conceding", "stressing", "complaining", "boasting",
    "writing", "tweeting", "condemning", "praising", "criticizing", "criticising", "welcoming", "denouncing",
    "thanking", "questioning", "announcing", "expressing",
}
_REFUSAL_WORDS = {
    "declined", "refused", "declines", "refuses", "decline", "refuse", "respond", "responded", "reply",
    "replied", "return", "returned", "answer", "answered", "reached", "contacted", "available",
    "reachable", "comment", "yet", "say", "disclose", "reveal", "specify", "elaborate", "discuss",
    "not", "hasn", "haven", "hadn",
}
_NOMINAL_SET = {
    "comment", "comments", "remark", "remarks", "claim", "claims", "statement", "statements", "criticism",
    "call", "calls", "accusation", "accusations", "warning", "warnings", "promise", "promises", "pledge",
    "pledges", "vow", "vows", "suggestion", "suggestions", "proposal", "proposals", "argument",
    "arguments", "assertion", "assertions", "insistence", "complaint", "complaints", "praise", "support",
    "opposition", "endorsement", "attack", "attacks", "denial", "denials", "admission", "description",
    "view", "views", "position", "stance", "belief", "concern", "concerns", "demand", "demands", "threat",
    "threats", "criticisms", "question", "questions", "answer", "answers", "response", "responses",
    "defense", "defence", "characterization", "portrayal", "rhetoric", "message", "pitch", "case",
    "vision", "agenda", "rejection", "dismissal",
}
_IN_THEIR_VIEW = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?(?P<cue>[Ii]n\s+(?P<who>his|her|their)\s+(?:view|opinion)),\s+")
ACCORDING_RE = re.compile(r"\b[Aa]ccording\s+to\s+")

_WD = "|".join(w.capitalize() for w in WEEKDAYS)
_MON = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_MEDIUM = (
    r"statement|interview|email|e-mail|post|tweet|letter|speech|note|report|filing|release|"
    r"conference|call|message|video|op-ed|column|memo|briefing|appearance|broadcast|podcast|"
    r"hearing|testimony|remarks|address|blog|blog\s+post|essay|article|book|documentary|"
    r"newsletter|announcement|presentation|comments|text\s+message|phone\s+call|telephone\s+interview"
)
_MEDIUM_THEN_RELATIVE = re.compile(rf"(?:{_MEDIUM})s?(?:\s+(?:to|with|for)\s+[a-z]+)?\s+(?:that|which)\s+(?:was|were|is|are|has|had|have|lasted|ran|took|drew|began|"
                                   rf"followed|came|included|[a-z]+ed\b)")
_TOLD_TAIL_OBJECT = re.compile(r"\s+(?:(?!that\b)[\w'\u2019-]+\s+){0,3}?(?!that\b)[\w'\u2019-]+"
                               r"(?:\s+(?:on|last|this|earlier|late)\s+[\w-]+(?:\s+(?:morning|afternoon|evening|night))?)?\s*[.!?]?\s*")
_PLACE_APPOSITIVE_TAIL = re.compile(r"\s*,\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,2}?(?:site|home|capital|seat|headquarters|scene|venue|hub)"
                                    r"\s+(?:of|for|to)\b[^,;\ue000]*$")
ADVERBIAL = re.compile(
    rf"""(?:\s*,?\s*(?:
        (?:on|late|early|late\s+on|early\s+on)?\s*(?:{_WD})(?:\s+(?:night|morning|afternoon|evening))?
      | (?:last|this|earlier\s+this|late\s+last|earlier\s+in\s+the|later\s+in\s+the)\s+(?:week|month|year|night|morning|afternoon|evening|weekend)
      | (?:just\s+|only\s+|earlier\s+|late\s+)?(?:yesterday|today|tonight)|previously|earlier|later|recently|again|also|publicly|privately
      | repeatedly|separately|too|as\s+well|afterward|afterwards|once|then|now|often|in\s+response
      | however|moreover|nonetheless|nevertheless|in\s+turn|for\s+(?:his|her|its|their)\s+part
      | in\s+(?:a|an|his|her|its|their|the|one|that|this)\s+(?:[\w'-]+\s+){{0,3}}?(?:{_MEDIUM})s?
            (?:\s+(?:on|to|with|at|for|from|posted\s+on|published\s+(?:on|in|by))\s+(?:(?:the|a)\s+)?(?:[A-Z][\w.&'-]*\s*){{1,4}}
              | \s+(?:to|with|for)\s+(?:its\s+|his\s+|her\s+|their\s+)?(?:clients|investors|shareholders|staff|employees|members|customers|donors|
                  supporters|parents|residents|colleagues|analysts|reporters|lawmakers|voters|constituents))?
      | by\s+(?:tele)?phone|by\s+e-?mail|by\s+text(?:\s+message)?|by\s+video(?:\s+link)?|over\s+the\s+(?:tele)?phone|in\s+writing
      | (?:at|during|after|before)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'-]+\s+){{0,3}}?(?:conference|briefing|rally|event|hearing|meeting|summit|forum|debate|session|ceremony|speech|gathering|town\s+hall|interview|appearance|visit|dinner|lunch|breakfast|luncheon|press\s+conference|news\s+conference)
            (?:\s+(?:in|on|at|with)\s+(?:(?:the|a)\s+)?(?:[A-Z][\w.&'-]*\s*){{1,3}})?
      | (?:on|in|to)\s+(?:Twitter|X|Facebook|Instagram|Truth\s+Social|LinkedIn|YouTube|TikTok|television|TV|radio|camera|air|reporters|journalists|the\s+press|the\s+media|lawmakers|supporters|the\s+audience|the\s+crowd)
      | (?:in|on|during)\s+(?:early\s+|late\s+|mid-)?(?:{_MON})\.?(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?
      | (?:on\s+)?(?:{_MON})\.?\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?
      | in\s+(?:19|20)\d\d
      | (?:through|via)\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:spokes\w+|lawyers?|attorneys?|representatives?|aides?|manager|
            director|secretary|president|chair\w*|leader|head)(?:,\s+[A-Z][^,\ue000]{{1,40}},)?
      | (?:in|from|at)\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+(?:of\s+)?[A-Z][\w.'-]*){{0,3}}(?=\s*(?:[,.;:]|$|that\b|\ue000))
      | \d+\s+(?:days?|weeks?|months?|years?)\s+ago
      | to\s+(?:(?:a|an|the|his|her|its|their)\s+(?:[\w'-]+\s+){{0,3}}?[\w'-]+|[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){{0,3}})(?=\s*(?:,|that\b|\ue000|$|[.!?]\s*$))
      | (?:at|during|on|in|over|after|before)\s+(?:the|a|an|his|her|its|their|this|that)\s+(?:[\w'-]+\s+){{0,3}}?[\w'-]+(?=\s*(?:,|that\b|\ue000|$|[.!?]\s*$))
      | (?:outside|inside|near|beside|behind|at)\s+(?:the|a|an|his|her|its|their)\s+(?:[\w'-]+\s+){{0,5}}?[\w'-]+(?=\s+that\b)
      | on\s+(?:his|her|its|their|a|the)\s+(?:[\w'-]+\s+){{0,2}}?(?:Facebook|Twitter|Instagram|LinkedIn|TikTok|YouTube|Telegram|website|blog|
            (?:social\s+media\s+)?(?:page|account|feed|channel))(?:\s+(?:page|account|feed|channel))?
      | in\s+(?:all\s+)?(?:capital\s+letters|capitals|block\s+capitals|a\s+(?:brief|short|lengthy|long)\s+post)
    )(?![\w'-]))+""",
    re.X,
)
TOLD_OBJECT = re.compile(
    r"""\s+(?:
        (?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:hearing|conference|meeting|briefing|session|committee|panel|forum|rally|
           audience|gathering|summit|seminar|symposium|convention|parliament|congress|assembly|luncheon|dinner)
           (?:\s+(?:of|for|in|at|on|with|organi[sz]ed\s+by|hosted\s+by)\s+[^,;\ue000]*?(?=\s+that\b|\s*,|\s*\ue000))?(?=[\s,:.]|$)
      |
        (?:him|her|them|us|me|you|reporters|journalists|lawmakers|supporters|investigators|workers|staff|employees|members|
           residents|parents|students|shareholders|investors|clients|customers|colleagues|delegates|voters|police|officers|
           officials|analysts|viewers|listeners|readers|the\s+crowd|the\s+audience|the\s+court|
           the\s+jury|the\s+committee|the\s+panel|a\s+(?:crowd|rally|conference|committee|court|jury))
      | (?:(?:the|a|an)\s+)?(?:[A-Z][\w.&'\u2019-]*\s*){1,5}?(?:'s\s+[\w-]+(?:\s+[\w-]+)?)?
      | (?:(?:the|a|an|his|her|their|its)\s+)(?:(?!that\b)[\w-]+\s+){0,2}(?!that\b)[\w-]+
    )(?=\s|,|:|$|[.!?]\s*$)""",
    re.X,
)
# what a source declines to do: "declined to comment / say / disclose / go into ..."
_WITHHELD = r"(?:details|specifics|figures|numbers|a\s+timeline|a\s+figure|a\s+reason|reasons|names)"  # "would not give details"
_REFUSED_ACTS = (r"comment|elaborate|discuss|say|speak|respond|answer|provide|give|confirm|address|detail|be\s+interviewed|name|"
                 r"specify|offer|make|speculate|disclose|reveal|identify|release|publish|share|deny|explain|commit|go\s+into|"
                 r"be\s+drawn")
REFUSAL_RE = re.compile(
    r"""\b(?:
        (?:declined|refused|declines|refuses|decline|refuse)\s+(?:to\s+(?:immediately\s+)?(?:""" + _REFUSED_ACTS + r""")|(?:further\s+|immediate\s+)?comment)
      | (?:did|does|do|has|have|had)\s*(?:not|n't)\s+(?:immediately\s+)?(?:yet\s+)?(?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?|answer(?:ed)?)\s+(?:to\s+)?
            (?:a\s+|an\s+|multiple\s+|several\s+|repeated\s+|numerous\s+|two\s+|the\s+)?(?:[\w-]+\s+)?(?:request|requests|call|calls|email|emails|e-mail|e-mails|message|messages|inquiry|inquiries|query|queries|questions|question(?=\s+(?:about|on|whether|regarding|from|seeking|asking)\b))\b
      | (?:did|does|has|have|had)\s*(?:not|n't)\s+(?:immediately\s+)?(?:yet\s+)?(?:respond(?:ed)?|repl(?:y|ied))
            (?=\s*[.;]|\s*$|\s+when\s+(?:asked|contacted|approached|reached)\b)
      | (?:could|can|cannot)\s*(?:not|n't)?\s+(?:immediately\s+)?be\s+(?:reached|contacted)
      | (?:was|were|is|are)\s*(?:not|n't)\s+(?:immediately\s+)?(?:available|reachable)\s+(?:for|to)\s+comment
      | had\s+no\s+(?:immediate\s+|further\s+)?comment
      | (?:would|will|did|does|do|could)\s*(?:not|n't)\s+(?:immediately\s+)?comment
      | (?:would|did|could)\s*(?:not|n't)\s+(?:immediately\s+)?(?:say|disclose|reveal|specify|elaborate|discuss)
            (?=\s+(?:whether|if|how|why|what|who|when|where|which|exactly)\b|\s*[.,;]|\s*$)
      | (?:would|did|could)\s*(?:not|n't)\s+(?:give|provide|offer|go\s+into)\s+(?:any\s+|further\s+|more\s+)?""" + _WITHHELD + r"""\b
      | (?:would|will|could)\s*(?:not|n't)\s+be\s+drawn\s+(?:on|into|about)\b
      | (?:has|have|had)\s*(?:not|n['\u2019]t)\s+(?:yet\s+)?(?:publicly\s+)?(?:said|disclosed|revealed|specified|explained)
            (?=\s+(?:whether|if|how|why|what|who|when|where|which)\b)
      | (?:has|have|had)\s+yet\s+to\s+(?:comment|say|respond|disclose|reveal|confirm|explain)
            (?=\s+(?:whether|if|how|why|what|who|when|where|which|on)\b|\s*[.,;]|\s*$)
    )""",
    re.X,
)
CONTENT_REFUSAL = re.compile(
    r"^(?:that\s+)?(?:it|he|she|they|we|the\s+\w+)?\s*(?:would|will|could|can|did|does|do)\s*(?:not|n't)\s+comment\b"
    r"|^no\s+comment\b|\b(?:declined?|refused?)\s+to\s+comment\b|^(?:it|he|she|they|we)\s+(?:was|were|is|are)\s+not\s+(?:able|in\s+a\s+position)\s+to\s+comment",
    re.I,
)
# A second statement inside the content: ", but added that ...", ", adding ...".
CONTINUATION_RE = re.compile(
    r"(?:,?\s+(?:but|and|while)\s+(?:also\s+)?(?:(?:he|she|it|they|we)\s+)?(?P<v1>added|said|noted|stressed|warned|insisted|argued|acknowledged|conceded|cautioned|emphasized|emphasised|explained|maintained|predicted|claimed|suggested)\s+"
    r"|,\s*(?P<v2>adding|saying|noting|warning|arguing|insisting|explaining|stressing|claiming|suggesting|acknowledging|contending|asserting)\s+)"
)
_SUBORDINATE = re.compile(r"(?:while|although|though|as|because|since|when|after|before|if|even\s+though|whereas|but|and|so|yet|once|until|unless)\s+", re.I)
_CONT_AFTER = re.compile(r"\s*,?\s*(?:and\s+|but\s+)?(?P<v>adding|saying|noting|warning|arguing|insisting|explaining|stressing|claiming|suggesting|added|noted)(?:\s*,)?\s+")
_APPOSITIVE_START = re.compile(r"(?:a|an|the|who|whose|its|his|her|their|one|[a-z][\w-]*)\b", re.I)
_PARTICIPLE_TAIL = re.compile(r"\s*,\s*(?:[a-z]+ing|as|in|at|on|during|after|before|while|when|with|without|according)\b.*$")
_SPEAKING_PLURALS = {
    "officials", "analysts", "sources", "experts", "critics", "residents", "witnesses",
    "investigators", "authorities", "economists", "traders", "diplomats", "aides", "advisers",
    "advisors", "lawmakers", "leaders", "executives", "people", "observers", "supporters",
    "opponents", "democrats", "republicans", "members", "officers", "police", "prosecutors",
    "regulators", "researchers", "scientists", "doctors", "lawyers", "activists", "voters",
    "strategists", "allies", "insiders", "organizers", "spokesmen", "reporters", "polls", "surveys",
}
# '"A," he said on Tuesday, "B."': a quotation the cue introduces (with a comma or colon)
_QUOTE_GOES_ON = re.compile(r"[^" + MASK + r"]*?(?:[,:]\s*|^\s*)" + MASK)
# each word whole ("Ines", "Onur" and "Atticus" are names, not "in", "on", "at"); only the
# small words may be capitalised: "Fleming" is a name, "speaking" a participle
_INTERJECTION = re.compile(r"(?:(?i:when|while|after|before|as|in|at|on|during|speaking)\b|[a-z]+ing\b|[a-z]+ed\s+(?:about|over|by|to|at|in|on|for|with|if|whether)\b)")
_APPOSITIVE_AFTER = re.compile(r"(?!to\s)(?:\d|(?:a|an|the|his|her|its|who)\s|[a-z])")
# "A day earlier, after the defeat, Jane Roe said": a time opener, not a speaker with an aside
_TIME_OPENER = re.compile(r"(?:(?:only|just|barely|some|about|nearly)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"several|a\s+few|\d+)\s+(?:\w+\s+)?(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\s+"
                          r"(?:earlier|later|ago|before|after|on)|(?:last|this|next|earlier|later)\s+\w+", re.I)
_FINITE_START = re.compile(r"(?:[a-z]+(?<!ss)(?<!'s)s|[a-z]+ed|is|was|are|were|has|had|have|will|would|can|could)\s+(?!of\b|and\b|or\b)")
# an unnamed source after its content, with a relative clause: "..., a nurse who took part in the rescue said"
_SOURCE_WHO = re.compile(r"((?:a|an|one|another|two|three|several|some|many)\s+(?:[\w'\u2019-]+\s+){0,3}?[a-z][\w-]*)\s+who\s+([^,\ue000]{3,80})")
# a that-clause opening with a fronted phrase: "that at the meeting, ", "that if the tax goes ahead, "
_THAT_FRONTED = re.compile(r"that\s+(?:at|in|on|during|after|before|when|while|if|given|since|as|for|with|under|despite|once|unless|"
                           r"although|though|because|without|by|from|until|even\s+if|even\s+though)\b[^;\ue000]*?,\s*")
_DAY_THEN_PREP = re.compile(r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|again|repeatedly|publicly|also)\s+(?:for|on)\b")
_NEXT_VERB_WORD = re.compile(r"\s*(?:immediately\s+)?\w+")
_ASKED_LIKE = re.compile(r"(?:asked|pressed|reached|contacted|quoted|interviewed|questioned|approached|speaking|interrupted)\b")
_ENDS_IN_NAME = re.compile(r"(?:^|\s)[A-Z][\w.'\u2019-]+\s+[A-Z][\w.'\u2019-]+$")
_OPENER = re.compile(r"(?:after|before|when|while|as|in|on|at|for|with|by|from|during|since|following|despite|under|asked|unlike|like|among|although|though|because|if|[a-z]+ing|[a-z]+ed)\b", re.I)
# a time between the subject and its verb: "The bank earlier this month announced", "Jane Doe only last week said"
_PRE_VERB_TIME = re.compile(r"\s+(?:(?:just|only|also|again|first|then|as\s+recently\s+as)\s+)?(?:(?:earlier|later|late|early)\s+)?"
                            r"(?:this|last|that)\s+(?:week|month|year|weekend|morning|afternoon|evening|spring|summer|fall|autumn|winter)$")
_TRAILING_TIME = re.compile(
    r"(?:,?\s+(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:last|this|next)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)|\s+(?:earlier|later|yesterday|today|tonight))$")
_ADVERBIAL_TAIL = re.compile(r"\s*,?\s*(?:on|in|at|during|before|after|from|via|outside|inside|while|as|when)\s(?!(?:least|most|first|last|times|once)\b)")
# the last clause break before a subject: ", and", ";", ", but", ", while" (and what follows up to the subject)
_CLAUSE_CUT = re.compile(r"(?:;|,\s*(?:and|but|while|whereas|yet|so)?)(?=\s)[^,;" + MASK + r"]*$")
_TRAILING_SUBJECT = re.compile(
    r"\b(?:when|as|because|that|and|but|while|after|before|since|where|if|though|although|so|then|which|what|whom)\s+"
    r"((?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*|he|she|they|it|we|I"
    r"|(?:(?:the|many|some|most|several|two|three|other|senior|top|U\.S\.)\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*s"
    r"|(?:the|his|her|its|their)\s+(?:[\w.'\u2019-]+\s+){0,3}[a-z][\w-]*)$")
_POSSESSIVE_DET = re.compile(r"(?:the|his|her|its|their)\s")
_AND_BUT_END = re.compile(r"\b(?:and|but)\s*$")
_SUBJECT_WORD_BEFORE = re.compile(r"(?:\b[A-Z][\w.'\u2019-]*|\b(?:he|she|it|who|that|which))\s+$")
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:while|although|though|as|because|since|when|after|before|if|whereas)\s+$", re.I)
_SUBORDINATOR_BEFORE2 = re.compile(r"\b(?:while|although|though|as|because|since|when|after|before|if|whereas|once|until|unless)\s+$", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|should|must|to|did|do|does|not|also)\s+$")
_NUMBER_BEFORE = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty"
    r"|dozens?|hundreds?|thousands?|many|several|both|all|most|some|other|more)\s+$", re.I)
_RELATIVE_END = re.compile(r"\b(that|which|who)\s*$")
# where an object ends: a clause break, but not the commas of a list ("his parents, his wife and ...")
_TOPIC_END = re.compile(r"[;:(\u2014]|\s-\s|,(?!\s+(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+\s*(?:,|\s+and\s))")
# 'Said Ellis: "..."' -- the cue first, then the name, then the quotation
_INITIAL_CUE = re.compile(r"\s*(?P<cue>Said|Says|Added|Adds|Wrote|Writes|Asked|Asks|Continued|Continues)\s+(?P<who>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)\s*[:,]\s*(?=" + MASK + ")")
_ROLE_START = re.compile(r"(?:the|a|an)\s", re.I)
_ROLE_NOUNS = set(TITLES) | set(SPOKES_NOUNS) | set(ORG_NOUN_TYPES)
_THAT_TIME = re.compile(r"\s+(?:that|this|last)\s+(?:night|day|morning|evening|afternoon|week|month|year)$")
_COLON_QUOTE = re.compile(r":\s*(?=" + MASK + r"+[\s.]*$)")
_DASH_CREDIT = re.compile(r"\s*" + MASK + r"+[\s\u00a0]*(?P<dash>[\u2015\u2014\u2013-]{1,2})[\s\u00a0]*(?P<who>[A-Z][^" + MASK + r"\d]{1,80}?)[\s\u00a0.]*$")
_RELATIVE_TAIL = re.compile(r"(?:which|who|whose)\b")
_APPOSITIVE_TAIL = re.compile(r"(?:a|an|the|its|his|her|their)\s", re.I)
_PRONOUN_BEFORE = re.compile(r"(?:^|[\s,])(he|she|they|we|I)$")
_ENDS_WITH_CONJUNCTION = re.compile(r"\s(?:and|but)$")
_PARTY_LABEL = re.compile(r"\([A-Z][\w.,\s-]{0,20}\)")
_CONJUNCTION_START = re.compile(r"(?:but|and|or|while|although|though|because|so|yet|as|if|when)\b", re.I)
_REL_APPOSITIVE = re.compile(r"(?:(?:many|some|most|all|none|one|both|several|each|two|three)\s+of\s+)?(?:who|whom|which|whose)\b", re.I)
_STOP_IN_SPEAKER = {
    "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "can", "could",
    "should", "would", "will", "may", "might", "must", "shall", "has", "have", "had", "not",
    "that", "which", "because", "if", "when", "whether", "while", "although", "what", "where",
    "how", "why", "than", "so", "then", "there", "this", "these", "those", "it's", "i'm", "we're",
    "very", "just", "also", "said", "says", "told", "into", "despite", "unless", "until",
    "who", "whom", "whose", "cannot", "can't", "won't", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't",
    "weren't", "hasn't", "haven't", "wouldn't", "couldn't", "shouldn't",
}
_LEADING_JUNK = re.compile(
    r"^(?:(?:but|and|yet|so|still|however|meanwhile|instead|now|then|also|even|separately|earlier|later|of\s+course|what['\u2019]s\s+more|"
    r"indeed|in\s+fact|(?:quite\s+|more\s+|most\s+)?[a-z]{3,}(?:ally|ingly|edly|tely|ntly|ously|ively|ably|ibly|fully)(?=\s*,)|"
    r"(?:recently|lately|later|earlier|previously|subsequently)(?=\s+(?:he|she|they|we|I)\b)|"
    r"in\s+addition|in\s+response|(?:late|early)\s+on\s+\w+day|on\s+\w+day|last\s+\w+|this\s+\w+|in\s+\w+|at\s+the\s+time|"
    r"at\s+\w+|for\s+\w+\s+part|for\s+(?:its|his|her|their)\s+part|asked\s+about\s+[^,]+|"
    r"when\s+asked\s+[^,]+|speaking\s+[^,]+|in\s+a\s+\w+)\s*,?\s+)+",
    re.I,
)
# for _Unit._long_subject
_LONG_OPENER = re.compile(r"\s*(?:if|when|while|as|after|before|because|since|although|though|once|until|unless|in|on|at|for|with|by|from|during|following|despite|under|amid|asked|unlike|like|reached|contacted|pressed|interviewed|questioned|approached|[a-z]+ing)\b[^,]{0,120},\s*", re.I)
_LONG_SUBORDINATOR = re.compile(r"\b(?:after|before|when|while|because|since|although|though|once|until|unless|whereas|(?<!such\s)(?<!as\swell\s)as(?!\swell))\s+")
_LONG_ASIDE = re.compile(
    r"\s(?:\u2014|\u2013|--|-)\s[^\u2014\u2013" + MASK + r"]{1,120}?\s(?:\u2014|\u2013|--|-)(?=\s|$)|\u2014[^\u2014" + MASK + r"]{1,120}\u2014"
    r"|,\s*(?:for\s+example|for\s+instance|however|too|meanwhile|in\s+turn|in\s+fact|in\s+particular|by\s+contrast|of\s+course|at\s+least|though|also|for\s+(?:his|her|its|their)\s+part)\s*(?:,|$)"
    r"|,\s*(?:a|an|the|who|whose|which|\d|[a-z]+ing\b|in|at|on|from|when|after)[^,;" + MASK + r"]{0,120},?$"
    r"|,\s*(?:a|an|the|\d)[^,;" + MASK + r"]{0,80},")
_ENDS_RELATIVE = re.compile(r"\b(?:who|whom|whose|that|which)\s*$")
_LONE_DASH = re.compile(r"\s(?:\u2014|\u2013|--|-)\s|\u2014")
_LONG_RELATIVE = re.compile(r"\s(who|whose|whom|that|which)\s")
_STANCE_WORDS = {f.split()[0] for f in STANCE_FORMS}
_LONG_STOP = {
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "can", "could",
    "will", "would", "should", "may", "might", "must", "not", "if", "whether", "because", "although", "than",
    "it's", "i'm", "we're", "there", "then", "so", "what", "where", "how", "why", "i", "we", "you", "it", "he", "she", "they",
    "him", "them", "me", "us", "this",
}
_LONG_NOUNS = {"state", "states", "report", "reports", "support", "plan", "plans", "vote", "votes", "view", "views", "claim", "claims", "statement", "call", "calls", "note", "notes", "comment", "comments", "record", "records"}
# what a clause-pass content starts with when it is a clause, not an object
_CLAUSE_CONTENT = re.compile(r"\s*(?:that|to|whether|if|how|why|what|who|when|where|" + MASK + r"|:)", re.I)
_CLAUSE_INSIDE = re.compile(r"\s(?:to|that)\s")  # "urged residents to read it before they vote": the adjunct is the clause's
_CONTENT_MEDIUM = (r"(?:speech|interview|statement|letter|tweet|post|op-ed|column|rally|debate|appearance|event|address|remarks|"
                   r"video|ad|email|e-mail|meeting|conference|hearing|briefing|call|session|forum|town\s+hall|visit|campaign\s+stop|stop)")
_OBJECT_ADJUNCT = re.compile(
    r"\s(?:at|during|after|before|when|while|until|since|following|amid|despite)\s"
    r"|\s(?:on|in|last|this|earlier|later)\s+(?=" + TIME_START.pattern.lstrip("\\s*") + r")"
    r"|\s(?:in|on|via|through)\s+(?:(?:a|an|the|his|her|their|its|Sunday's|[A-Z]\w+'s)\s+)(?:[\w-]+\s+){0,3}?" + _CONTENT_MEDIUM + r"\b"
    r"|\s(?:here|there|yesterday|today|tonight)\b"
    r"|\sand\s+(?:he|she|they|it|we|I|then|also)\s")
# cues whose content is a clause of its own ("said the plan was dead"), whatever its first word
_CLAUSAL_CUES = {f for f in SPEECH_FORMS | THOUGHT_FORMS | EVIDENCE_FORMS if f.split()[0] in {
    "say", "said", "says", "saying", "tell", "told", "tells", "telling", "add", "added", "adds", "adding", "write", "wrote",
    "writes", "writing", "note", "noted", "notes", "noting", "state", "stated", "states", "argue", "argued", "argues",
    "arguing", "claim", "claimed", "claims", "insist", "insisted", "insists", "warn", "warned", "warns", "suggest",
    "suggested", "suggests", "predict", "predicted", "believe", "believed", "believes", "think", "thought", "thinks",
    "know", "knew", "knows", "fear", "feared", "fears", "hope", "hoped", "hopes", "expect", "expected", "expects",
    "show", "showed", "shows", "shown", "find", "found", "finds", "explain", "explained", "explains", "acknowledge",
    "acknowledged", "admit", "admitted", "concede", "conceded", "contend", "contended", "maintain", "maintained",
    "assert", "asserted", "stress", "stressed", "report", "reported", "reports", "announce", "announced", "confirm",
    "confirmed", "deny", "denied", "recall", "recalled", "reveal", "revealed", "indicate", "indicated", "estimate",
    "estimated", "forecast", "conclude", "concluded", "agree", "agreed", "complain", "complained", "worry", "worried",
    "see", "saw", "sees", "understand", "understood", "assume", "assumed", "suspect", "suspected", "doubt", "doubted",
    "ask", "asked", "asks", "asking", "wonder", "wondered", "reply", "replied", "respond", "responded", "answer",
    "answered", "observe", "observed", "remark", "remarked", "declare", "declared", "tweet", "tweeted", "testify",
    "testified", "learn", "learned", "realize", "realized", "recognize", "recognized", "consider", "considered"}}
_OBJECT_OR_INFINITIVE = re.compile(r"\s*(?!(?:that|whether|if|how|why|what|who|when|where)\b)(?:to\s+[a-z]|[A-Za-z\d$])")
_OBJECT_END = re.compile(
    r",\s+" + PARTICIPLE_CLAUSE + r"|\s+in\s+(?:the\s+)?hopes?\s+(?:of|that)\b|\s+on\s+the\s+condition\b")
# a stance's one-word object: "endorsed Cruz", "I support him"
_ONE_WORD_OBJECT = re.compile(r"[A-Z][\w.'\u2019-]+|him|her|them|me|us|it")
# a finite verb right after the subject: "The mayor defended ..., calling" (not "The report, citing")
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?:(?:on|last|this|early|late)\s+[A-Za-z]+\s+)?(?:" + _ADV + r"\s+|also\s+|then\s+|again\s+)*(?:[a-z]+ed|[a-z]+s|said|told|spoke|wrote|took|made|went|gave|sent|stood|held|led|met|came|won|lost|ran|struck|broke|fought|kept|left|paid|put|set|sought|brought|began|chose|drew|hit|quit|rose|saw|threw|tore|got|has|had|have|is|are|was|were|will|would|could|can|did|does|do|may|might|must|should)\b")
# "appeals court", "savings bank", "affairs committee": a noun in -s before the head noun it qualifies
_NOUN_COMPOUND_S = re.compile(r"\s+([a-z]+s)\s+([a-z]+)\b")
_COMPOUND_HEADS = set(ORG_NOUN_TYPES) | set(SPOKES_NOUNS)
_SUBORDINATE_OPEN = re.compile(r"\s*(?:Though|Although|While|When|If|As|After|Before|Because|Since|Once|Until|Unless|Whereas|Given|Despite|With)\b")
_DAY_PART = r"(?:morning|afternoon|evening|night)"
_TIME_LEAD = re.compile(rf"\s*(?:(?:Late|Early|Later|Earlier)\s+(?:on\s+|in\s+|that\s+)?|On\s+|Last\s+|This\s+)"
                        rf"(?:{_WD}|{_DAY_PART}|week|month|year|day)(?:\s+{_DAY_PART})?\s+(?=[a-z]|[A-Z][a-z]+\s+[a-z])")
_POSTING = {"posted", "posts", "post", "wrote", "writes", "tweeted", "tweets", "shared", "published", "added"}
# where and when before the colon, not words of the source's own ("... an impact that has been ignored: ...")
_POSTED_COLON = re.compile(r"(?:(?!\bthat\b|\bis\b|\bwas\b|\bhas\b|\bhad\b|\bmay\b|\bwill\b)[^:;\ue000]){0,90}?:\s*(?=\ue000)")
_NEVER_NOUN = {"said", "told", "says", "tells", "wrote", "added", "insisted", "argued", "warned", "explained", "stated"}
_OBJECT_HER = re.compile(r"\bher\s+$")
# "Moody's said", "McDonald's told", "He's said" (has): a name in 's, or a contraction, before a verb that is never a noun
_NAME_S_BEFORE = re.compile(r"[A-Za-z]['\u2019]s\s+$")
_NEVER_NOUN_AFTER_S = _NEVER_NOUN - {"stated"}  # "the government's stated policy"
_PRONOUN_HAS = re.compile(r"(?i:he|she|it|we|they)['\u2019]s")
# one lower-case word that names people who speak: "respondents said", "strategists say"
_PEOPLE_PLURAL = re.compile(r"(?:[^s]ers|ors|ists|ents|ants|ians|ees|ives|ites|aides|sources|insiders|experts|scholars|people|staff|police|officials"
                            r"|delegates|advocates|candidates|graduates|magistrates|associates|diplomats|[a-z]{3,}(?<!wo)men|[a-z]+women)$")
_PUT_IT = re.compile(r"\s*(?:(?:But|And|Or|So)\s+)?[Aa]s\s+(?P<who>[^,;:" + MASK + r"]{1,80}?)\s+(?P<cue>(?:(?:has|had|once|later|memorably)\s+)?(?:put|puts)\s+it)\b(?:\s+\w+ly)?\s*[,:]\s*")
_REFUSAL_REASON = re.compile(r",\s*(?:citing|pointing\s+to|referring|because|as|since|given)\b"
                             r"|(?<=comment)(?:\s+further)?\s+(?:when|while|as|after|before|outside|until)\b"
                             r"|\s+when\s+(?:reached|contacted|approached|asked|called|telephoned)\b")
_CITED_SOURCE = re.compile(
    r"\s*(?:(?:a|an|the|its|his|her|their|this|these|those|new|recent|internal|leaked|unnamed|anonymous|several|two|three|"
    r"government|official|court|police|federal|state|[A-Z][\w.&'\u2019-]*(?:['\u2019]s)?)\s+){0,4}"
    r"(?:stud(?:y|ies)|reports?|documents?|data|sources?|polls?|surveys?|figures|records|statistics|research|analys[ie]s|"
    r"articles?|stor(?:y|ies)|estimates?|e-?mails?|memos?|letters?|filings?|papers?|books?|interviews?|officials?|people)\b")
# "more than six in 10", "fewer than half", "those surveyed": quantities of people that speak
_QUANTITY_WORD = re.compile(r"(?:more|fewer|less|greater|rather) than [\w,.%-]+|those (?:surveyed|polled|asked|interviewed|questioned|responding)|(?:^|\S+ )those (?:surveyed|polled|asked|interviewed|questioned|responding)")
# a name with "of" inside it: "The Third District Court of Appeal"
_NAME_SUBJECT = re.compile(r"\s*((?:The\s+)?(?!(?:The|A|An|This|That|These|Those)\b)[A-Z][\w.'\u2019&-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?[A-Z][\w.'\u2019&-]*){0,7})")
_SAY_TOPICS = {"discussed", "discusses", "discuss", "mentioned", "mentions", "mention", "talked", "talks", "spoke", "speaks",
               "commented", "comments", "addressed", "addresses"}
_INFINITIVE_APPOSITIVE = re.compile(r"^\s*to\s+[a-z]|\bto\s*$")
_CLAUSE_START = re.compile(r"\s+(?:that|whether|if|how|why|what|he|she|it|they|we|I|you|there)\b")
_PHRASE_CUE_HEADS = {"make", "made", "makes", "making", "go", "went", "gone", "goes", "going"}
_PHRASE_CUE_CONTENT = re.compile(r"\s*(?:that\b|[:,]|" + MASK + r")")
# a transcript's speaker label opening a paragraph: "SMITH:", "JOEL ROE:", "SEN. JANE DOE:"
# "SMITH: ...", "RENATA SZABO, HOST: ...": a speaker label, with the speaker's role after a comma
_TRANSCRIPT_LABEL = re.compile(r"\s*(?P<who>(?:[A-Z][A-Z.'\u2019-]+\s+){0,3}[A-Z][A-Z.'\u2019-]+)(?:\s*,\s*(?:[A-Z][A-Z.'\u2019-]*\s*){1,4})?\s*:\s+(?=\S)")
# A factbox's speaker heading: a line of its own that names who the quotation under it is from
# ("RUTGER HALLENBERG, CHIEF ECONOMIST, NORTHGATE BANK:", "* Harbour Master Elin Quast, Port of Dravenna:")
_WHERE_ONLY = re.compile(r"(?:on|in|at|via|during|through|from)\s+(?:\S+\s+){0,4}\S+")
_INTRO_VERBS = {"said", "says", "wrote", "writes", "added", "adds", "told", "tells", "tweeted", "posted", "stated", "declared",
                "explained", "continued", "warned", "insisted", "argued", "replied", "responded", "answered", "recalled", "announced"}
_INTRO_CONTENT = re.compile(r"\b(?:that|whether|how|why|what|it|he|she|they|we|there)\b")
_COLON_DATELINE = re.compile(r"[ \t]*[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Z.'-]+){0,3}:[ \t]+(?=\S)")  # "NEW DELHI: India's ..."
_HEADING_CUE = re.compile(r"\b(?:said|says|told|tells|wrote|writes|added|adds|asked|asks|declared|announced|tweeted|posted)\b")
_SPEAKER_HEADING = re.compile(r"[ \t]*(?:[*\u2022\u25aa-][ \t]+)?(?P<who>[^\n:.!?\"\u201c\u201d]{3,110}?)[ \t]*(?P<colon>:?)[ \t]*$")
_SECTION_LABELS = {
    "the latest", "update", "updated", "watch", "related", "read", "read more", "note", "editor's note", "editor\u2019s note",
    "correction", "clarification", "photos", "photo", "video", "more", "also", "breaking", "exclusive", "analysis",
    "opinion", "source", "sources", "credit", "advertisement", "listen", "see also", "tags", "topics",
    "share", "comments", "full text", "transcript", "background", "context", "why it matters", "what's next", "bottom line",
    "published", "posted", "last updated", "first published", "notes", "note to editors",
}
# a one-word quotation that is a whole answer: '"No," he replied.'
_ANSWER_WORD = re.compile(r"(?:No|Yes|Absolutely|Never|Nope|Yep|Correct|Exactly|Definitely|Certainly|Sure|Maybe|Perhaps|Nothing|Thanks|Agreed|Wrong|Right|Fine|Okay|OK|Done)")
_APPOSITIVE_STOP = re.compile(r",\s*(?:when|while|after|before|as|in|on|at|during|adding|saying|noting|referring|speaking)\b")
# "the paper notes the ...", "the candidate claims his ...": a determiner and one noun, then a clause
_DET_NOUN_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}[a-z-]+(?<!s)\s+$")
_CLAUSE_NEXT = re.compile(r"\s+(?:that\b|(?:the|a|an|his|her|its|their|this|these|he|she|it|they|we|there)\s+[\w-]+(?:\s+[\w-]+)?\s+"
                          r"(?:(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must)\b"
                          r"|[a-z]+(?:s|ed)\s+(?:the|a|an|his|her|its|their|that|more|less|about|\d|\$)))")
_END_OF_SENTENCE = re.compile(r"[\s.!?]*$")
_TO_BEFORE = re.compile(r"\bto\s+$")
# "is expected to say", "plans to tell": what may be said, not what was
_NOT_SAYING = re.compile(r"\b(?:expected|likely|set|due|scheduled|plans?|planning|wants?|wanted|hopes?|hoped|going|refused|declined|unable|able|reluctant|afraid|is|are|was|were)\s+to\s+$")
_REFUSAL_CUE = re.compile(
    r"(?:declined|refused|declines|refuses|decline|refuse)\s+"
    r"|(?:has|have|had)\s+yet\s+to\s+\w+\s*"
    r"|\w+\s*(?:not|n't)\s+(?:immediately\s+)?(?:yet\s+)?(?!be\b)\w+\b\s*(?:to\s+)?")
# "The director of the agency, Jane Roe," / "Another delegate on the slate, Jim Poole,"
_ROLE_PHRASE = re.compile(r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.&'\u2019-]*['\u2019]s)\s")
_ROLE_HEADS = set(TITLES) | set(SPOKES_NOUNS) | {
    "director", "chairman", "chairwoman", "chair", "head", "leader", "member", "delegate", "president", "chief",
    "executive", "officer", "official", "founder", "owner", "partner", "manager", "adviser", "advisor", "aide",
    "lawyer", "attorney", "economist", "analyst", "professor", "researcher", "spokesman", "spokeswoman",
    "spokesperson", "committeeman", "committeewoman", "secretary", "minister", "governor", "mayor", "senator",
    "ambassador", "editor", "publisher", "commissioner", "superintendent", "principal", "treasurer", "organizer",
    "organiser", "strategist", "pollster", "candidate", "nominee", "opponent", "rival", "colleague", "friend",
    "neighbor", "neighbour", "son", "daughter", "wife", "husband", "mother", "father", "sister", "brother",
    "publicist", "agent", "representative", "promoter", "biographer", "assistant", "widow", "widower", "partner",
}
# "according to X, a pollster who ...", "according to three polls, including one from ...": X's, not content
_SOURCE_APPOSITIVE = re.compile(r"(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:who|which|that|whose)\b|(?:a|an)\s")
_INCLUDING = re.compile(r"(?:including|such\s+as|among\s+them|both|one\s+of)\b")
_NOT_MODIFIERS = {"while", "and", "but", "or", "as", "when", "after", "before", "because", "although", "though", "since",
                  "with", "which", "who", "that", "the", "a", "an", "to", "by", "from", "if", "so", "than"}


def _bare_role(tail: str) -> bool:
    """'head of the research centre', 'chief economist at a bank', 'senior fellow': a role without
    an article, as an appositive of the source before it."""
    m = re.match(r"((?:[a-z][\w-]*\s+){0,3}?)([a-z][\w-]*)(?=\s+(?:of|at|for|with|in|on)\b|\s*$|,)", tail)
    return bool(m) and m.group(2) in _ROLE_HEADS and not (set(m.group(1).split()) & _NOT_MODIFIERS)

# cues that carry words only with a clause or quotation after them
_NEEDS_CLAUSE = {"found", "find", "finds", "states", "state", "responded", "responds", "respond", "replied", "replies",
                 "known"}  # "known locally as": a name, not words
_WRITERS_CLAUSE = re.compile(r"\s*,\s*(?:though|although|whereas|even\s+as|even\s+though|despite|amid|as\s+(?:the|a|an|its|his|her|their)\b)")
_LEAD_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Still|Now|Meanwhile|However,?)\s+(?=[A-Z])")
# "reported a profit", "announced a merger", "reported revenue of": an object, not words
# (but "reported sales fell 3%": a clause)
_REPORTED_OBJECT = re.compile(
    r"\s+(?:a|an|its|their|his|her|net|record|higher|lower|quarterly|annual|first|second|third|fourth|full-year|\$|\d"
    r"|(?:revenue|revenues|sales|profits?|earnings|losses|income|turnover|results|deliveries|orders)\b"
    r"(?!\s+(?:had\s+|have\s+|has\s+)?(?:fell|rose|grew|jumped|slipped|dropped|declined|were|was|would|will|could|[a-z]+ed)\b))")
_SAID_TO_BE = re.compile(r"\s+to\s+(?:be|have\s+(?:been|[a-z]+ed|[a-z]+en))\b")
_FINITE = r"\b(?:had|has|have|is|was|were|are|will|would|could|did|[a-z]{3,}ed)\b"
_FINITE_VERB = re.compile(_FINITE)
# ... but "told a packed meeting that": a participle after an article describes the listeners
_FINITE_VERB_NOT_ADJ = re.compile(r"(?<!\ba )(?<!\ban )(?<!\bthe )" + _FINITE)
_RELATIVE_SUBJECT = re.compile(r"\b(?:whom|which)\s+(?:he|she|they|it|we|I)\s+$")
# what speaking is about: "spoke about", "spoke at length about", "talked publicly of"
_SPOKE_OF = re.compile(r"\s+(?:(?:at\s+length|publicly|briefly|openly|privately|candidly|repeatedly|often|passionately)\s+)?(?:about|on|of)\b")
_SPOKE = {"spoke", "speaks", "speak", "speaking", "talked", "talks", "talk"}
# "described the months since the arrest as 'a nightmare'": the words are the quoted description
_DESCRIBED = {"described", "describes", "describe", "describing", "characterized", "characterised", "characterizes",
              "characterises", "portrayed", "portrays", "branded", "brands", "labelled", "labeled", "labels", "dubbed", "dubs"}
_AS_QUOTE = re.compile(r"\sas\s+(?=" + MASK + ")")
# "City have conceded 27 goals", "the route adds nine days": an amount, not words
_AMOUNT_VERBS = {"conceded", "concedes", "concede", "added", "adds", "add"}
_ASKED_LEAD = re.compile(r"\s*(?:When\s+)?[Aa]sked\s+(?:whether|if|about|how|what|why|when|who)\b[^,;:" + MASK + r"]*$")
_UNNAMED_BECAUSE = re.compile(r"\b(?:anonymity|not\s+to\s+be\s+(?:named|identified)|not\s+authori[sz]ed\s+to\s+(?:speak|comment))\b[,\s]*(?:citing|cited)\s*$")
_ANONYMITY = re.compile(r"\s*(?:on\s+)?(?:the\s+)?(?:condition|understanding)\s+(?:of|that)\s+(?:anonymity|(?:they|he|she|it)\s+(?:not|would\s+not)\s+be\s+(?:named|identified))", re.I)
_ANONYMOUS_ASIDE = re.compile(r",\s+(?:speaking|who\s+spoke)\s+on\s+(?:the\s+)?(?:condition|understanding)\s+(?:of|that)\s+[^,\ue000]{3,160}$")
# "A bank official, contacted by telephone, said" / "The ministry, when asked, said": how the words were got
_CONTACT_ASIDE = re.compile(r",\s+(?:when\s+|after\s+being\s+)?(?:reached|contacted|interviewed|approached|asked|questioned|telephoned|phoned|"
                            r"emailed|called)(?:\s+(?:by|on|at|via|over|for|outside|in|after|later|again|about)\b[^,\ue000]{0,60})?$")
_UNNAMED_ASIDE = re.compile(r",\s+and\s+who\s+(?=[^,\ue000]{0,160}\b(?:named|identified|anonymity|quoted)\b)[^,\ue000]{3,160}$")
_PAREN_ASIDE = re.compile(r"\s*\([^()\ue000]{12,200}\)$")
_QUOTED_AS_SAYING = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<who>(?:an?|the|one|two|several|[A-Z])[^,;:\ue000]{1,120}?)\s+"
                               r"(?P<cue>as\s+(?:saying|telling\s+(?:\w+\s+){1,3}?(?=that\b)|having\s+said))\s*(?:that\s+)?")
_AS_REPORTED_BY = re.compile(r"\s*(?:[Aa]nd\s+|[Bb]ut\s+)?[Aa]s\s+(?P<cue>(?:(?:first|previously|earlier|widely|exclusively)\s+)?"
                             r"(?:reported|announced|stated|disclosed|revealed|noted)\s+(?:by|in))\s+(?P<who>[^,;\ue000]{2,80}?)\s*,\s*")
_AS_REPORTED_BY_TAIL = re.compile(r",\s+as\s+(?P<cue>(?:(?:first|previously|earlier|widely|exclusively)\s+)?(?:reported|announced|disclosed|revealed)\s+by)\s+"
                                  r"(?P<who>(?:the\s+)?[A-Z][^,;\ue000]{1,60}?)\s*[.!]?\s*$")
_FRONTED_SCENE = re.compile(rf"(?:(?:Late|Early)\s+(?:on\s+)?)?(?:On\s+)?(?:{_WD})(?:\s+{_DAY_PART})?"
                            r"\s+(?:in|at|during|while|on|outside|inside|before|after)\s")
_TITLED_TAIL = re.compile(r"\b(?:(?:former|then|U\.S\.|state)\s+)?(?:Sen|Rep|Gov|Gen|Sens|Reps|Dr|Mr|Mrs|Ms|Lt)\.\s+[A-Z][^,]*$|"
                          r"\b(?:former\s+)?(?:President|Senator|Governor|Mayor|Secretary|Minister|Prime\s+Minister|Chancellor)\s+[A-Z][^,]*$")
_NOT_NAMED = re.compile(r"to\s+be\s+(?:named|identified|quoted)(?:\s+by\s+name)?")  # "did not wish to be named"
_RECALLED_THING = re.compile(r"\s*(?:\d[\d,.]*|about|around|nearly|more\s+than|some|an?\s+(?:batch|lot|model)|(?:one|two|three|four|five|six|seven|"
                             r"eight|nine|ten|several|dozens|hundreds|thousands)\b|(?:its|their|the|his|her)\s+(?:\w+\s+){0,2}?"
                             r"(?:ambassador|envoy|ambassadors|diplomats|vehicles|cars|trucks|products|batch|batches|models|units|"
                             r"devices|drug|vaccine|lots|toys|phones|laptops|cars))", re.I)
_AMOUNT = re.compile(r"\s*(?:between|about|around|roughly|some|nearly|almost|more\s+than|less\s+than|up\s+to|an?\s+(?:extra|further|additional)|\$|\d)")
_EVIDENCE_SOURCE = re.compile(r"\b(?:polls?|surveys?|stud(?:y|ies)|reports?|analys[ie]s|investigators?|researchers?|audits?|reviews?|"
                              r"court|judge|jury|panel|committee|inspectors?|inquiry|investigation|data|scientists?|economists?)\b", re.I)
_AUTHORED = re.compile(r"\s*(?:(?:a|an)\s|(?:down|off)\s|the\s+(?:\w+\s+)?(?:introduction|foreword|book|article|letter|piece|column|op-ed|bill|law|"
                       r"legislation|memo|essay|review|story|script|song|music|lyrics|novel|preface|afterword|screenplay)\b)")
_CONTENT_FREE = re.compile(r"(?:the|that|this|these|those|such|their|his|her|its)\s+(?:[a-z]+\s+)?(?:allegations?|accusations?|claims?|"
                           r"criticisms?|characteri[sz]ations?|account|findings|charges?|sentiments?|outcome|suggestions?|"
                           r"assertions?|notion|comments?|remarks?|description|portrayal|interpretation|version|premise)"
                           r"(?:\s+(?:in|on|at|during|through)\s+(?:a|an|the|its|his|her|their)\s+[\w\s-]{1,30})?")  # ("... in a court filing")
_STANCE_ON_THING = {"defended", "defends", "questioned", "questions", "condemned", "condemns", "welcomed", "welcomes", "dismissed",
                    "dismisses", "echoed", "echoes", "praised", "praises", "hailed", "hails", "criticised", "criticized", "criticises",
                    "criticizes", "slammed", "slams", "rejected", "rejects", "disputed", "disputes", "denied", "denies", "applauded",
                    "blasted", "blasts", "celebrated", "celebrates", "repeated", "repeats", "reiterated", "reiterates", "mocked",
                    "ridiculed"}
_BARE_OBJECT = re.compile(r"(?:the|that|this|these|those|its|his|her|their|our|a|an)\s+(?:(?!(?:as|of|for|to|in|on|that|with)\s)[\w'\u2019-]+\s+){0,4}?"
                          r"[\w'\u2019-]+"  # (not "the allegations as baseless": that says something of them)
                          # where and when it was done: "echoed that threat on X", "repeated the point Monday"
                          r"(?:\s+(?:on|in|at|during|via|over)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w.'\u2019-]*|air|television|radio|camera|social\s+media|Instagram|Twitter)(?:\s+[A-Z][\w.'\u2019-]*){0,2})?"
                          r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|again|too))?")
_THAT_CLAUSE = re.compile(r"that\s+(?:there|it|he|she|they|we|I|you|the|a|an|this|his|her|its|their|no|none|[A-Z])\b")
_WROTE_TO = re.compile(r"to\s+(?:(?!that\b|saying\b|to\b)[\w'\u2019.-]+\s*){1,7}")
_PLEA = re.compile(r"(?:not\s+)?guilty\b")
_TRAILING_ASIDE = re.compile(r",\s*(?:however|too|though|also|meanwhile|in\s+turn|for\s+(?:his|her|its|their)\s+part|for\s+example|for\s+instance|in\s+fact|by\s+contrast|of\s+course"
                             # "Whitaker, in a post on X, said": where the words appeared
                             r"|in\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:post|statement|interview|letter|email|e-mail|tweet|video|speech|note|message)(?:\s+(?:on|to)\s+[\w.-]+(?:\s+[\w.-]+)?)?)\s*,?\s*$")
_PARTICIPLE_START = re.compile(PARTICIPLE)
_THAT_OR_WITH = re.compile(r"\s*(?:that|with|on|:|" + MASK + r")")
_NAME_THEN_APPOSITIVE = re.compile(r"(?:^|[,;]\s|\s)((?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w.'\u2019-]*),\s+(?:the|a|an)\s[^,;]{2,60}$")
_UNNAMED_THEN_RELATIVE = re.compile(r"((?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal)\s+[A-Za-z][^,]{2,80}?)(?:,\s*(?:and\s+)?who(?:se)?\b|\s+(?:reached|contacted|interviewed|speaking|who\s+spoke)\b)")
# "One post, which had been shared 300 times, said", "The report, which was published on Monday, said": the post, the report
_THING_THEN_WHICH = re.compile(r"((?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[^,]{2,80}?),\s*which\b")
_LETTER = re.compile(r"[^\W\d_]")
_REACHED_BY = re.compile(r"([^,]{3,60}?),?\s+(?:reached|contacted|interviewed|questioned)\s+(?:by|on|at|in|after|outside)\b")
_COORD_REFUSAL = re.compile(
    r",?\s+(?:but|and|though|although|while)\s+(?:(?P<pro>he|she|they|it|we)\s+)?(?:"
    r"(?P<v>(?:(?:has|have|had)\s+)?(?:declined|refused))\s+(?=to\s+(?:" + _REFUSED_ACTS + r")\b)"
    # "said A and would not say B" -- but "said workers would not give up": only verbs of speaking after a negation
    r"|(?P<v2>(?:would|did|could|has|had|have)\s+not|wouldn't|didn't|couldn't|hasn't|hadn't)\s+(?=(?:immediately\s+)?(?:say|comment|discuss|elaborate|speculate|answer|respond|reply)\b"
    r"|(?:give|provide|offer|go\s+into)\s+(?:any\s+|further\s+|more\s+)?" + _WITHHELD + r"\b))")
# a verb or an auxiliary before a lower-case word: what a name before an appositive does not hold
# ("Sales rose sharply, the company said" -- but "Newly elected Mayor Ana Roe, ...")
_CLAUSE_WORD_THEN_LOWER = re.compile(
    r"\b(?:[a-z]+ed|rose|fell|grew|rise|rises|falls|grows|is|are|was|were|has|have|had|will|would|can|could|"
    r"may|might|must|should|does|did|do|won|lost|made|took|gave|got|went|came|saw|said|told|paid|sold|"
    r"bought|spent|left|held|kept|met|ran|set|put|cut|hit|says|makes|takes|gets|goes|comes|needs|wants|"
    r"plans|expects|remains|stands|looks|seems)\b(?=\s+[a-z\d$]|\s*$)")
_REPORTING_WORD = re.compile(r"\b(?:said|says|told|tells|warned|warns|added|adds|argued|argues|insisted|insists|noted|notes|"
                             r"claimed|claims|stressed|explained|acknowledged|countered|replied|wrote|writes)\b")
_AND_CLAUSE = re.compile(r"\s*,\s*(?:and|but)\s+(?=(?:the|a|an|this|that|these|those|it|he|she|they|we|there|[A-Z])\b"
                         r"|[a-z]+\s+(?:said|say|says|told|warned|added|noted)\b)")  # (", and officials said ...")
# "said the investigation, which began after a complaint, had found ...": the verb after the
# aside is the content's own
_RELATIVE_ASIDE_BEFORE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*,\s*(?:[a-z]+ly\s+)?$")
_WHAT_SUBJECT = re.compile(r"\bwhat\s+((?:[\w'\u2019-]+\s+){1,5}?)$")
# "Retired postman Derek Roe", "Celebrated chef Ana Ruiz": an -ed adjective and a role before a name, not an opener
_ROLE_ADJECTIVE_NAME = re.compile(r"[A-Z][a-z]+ed\s+(?:[a-z]+\s+){1,2}[A-Z][\w'\u2019-]+\s+[A-Z]")
_AND_NEW_SUBJECT = re.compile(r"\s(?:and|but)\s+")
_AND_THAT = re.compile(r",\s+(?:and\s+)?that\s|\s+and\s+that\s")
_PLACE_APPOSITIVE_BEFORE = re.compile(r"\b(?:capital|city|town|village|port|province|region|state)\s*,\s*$")
# "a change he described as", "a move the union described as": a noun, then the subject of
# the relative clause it heads
_NOUN_THEN_PRONOUN = re.compile(r"(?:.*\s)?(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+[a-z][\w\s-]{0,40}?\s(he|she|they|we|I)"
                                r"|(?:[Aa]n?|[Tt]his|[Tt]hat)\s+(?!(?:spokes|person|source|official|member)\w*\s)[a-z]+\s(the\s+[a-z]+)"
                                # "..., a move executives said was meant to ...": the executives
                                r"|(?:[Aa]n?|[Tt]his|[Tt]hat)\s+(?!(?:few|couple|number|group|handful|lot|dozen|spokes|person|source|official|member)\w*\s)[a-z]+\s([a-z]+s)")
_LEAD_THEN_PRONOUN = re.compile(r"[^,]{1,60},\s+(he|she|they|we|I)")
_PRONOUN_THEN_VERB = re.compile(r"(He|She|They|We|I)\s+[a-z]+ed\b")
_HEAD_THEN_PARTICIPLE = re.compile(r"\b((?:a|an|the|its|his|her|their)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:filed|published|issued|released|"
                                   r"made|signed|sent|posted|seen|obtained|submitted|lodged|written|drafted|brought)\b[^,]*$")
_PREP_WHICH = re.compile(r"\s*(?:in|by|through|under|with|from|on|at)\s+(?:which|whom)\s+")
# "a court filing made public on Monday", "a poll released": the document; not "released by the White House"
# (the agent is the source) nor "documents he submitted" (a relative clause with its own subject)
_DOCUMENT_PARTICIPLE = re.compile(r"\s+(?:made\s+public|seen|published|obtained|filed|released|reviewed|posted|issued|submitted|lodged|shared)"
                                  r"(?=\s+(?:on|in|at|last|this|earlier|late|early|today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|\s*$)")
_SUBJECT_WORDS = {"he", "she", "they", "we", "i", "it", "her", "his", "their", "its", "our", "my", "that", "which", "who", "were", "was",
                  "had", "have", "has"}
_ALL_TOLD = re.compile(r"(?:^|\s)[Aa]ll\s+$")
# "told Peter Quist, the chairman, that ...": the listener's appositive, not the content
_WARN_LIKE = {"warned", "warns", "warn", "cautioned", "cautions", "caution", "promised", "promises", "promise"}
_TOLD_APPOSITIVE = re.compile(r",\s+(?:the|a|an|its|his|her|their)\s+[^,;:" + MASK + r"]{1,60},(?=\s+that\b)")
_ONLY_ADVERBS = re.compile(r"\s*[a-z]+ly(?:\s*(?:,|and|or)\s*[a-z]+ly)*[\s.,;]*")
_PAST_VERB_NEXT = re.compile(r"\s+(?:" + _ADV + r"\s+)?(?:[a-z]+ed|has|had|is|was|were|are|will|would|won|lost|met|took|made|gave|held|sent|sought|said|says|told|tells|wrote|spoke|saw|thought|felt|knew)\b")
_NEXT_NOUN = re.compile(r"\s+[a-z][a-z-]+(?=\s+[a-z])")
_LONG_CONNECTIVES = {"and", "or", "but", "when", "while", "as", "if", "after", "before", "nor"}
_LONG_QUANT = {"just", "only", "about", "nearly", "almost", "some", "many", "most", "few", "several", "both", "all", "other",
               "half", "more", "fewer", "two", "three", "four", "five", "another", "one", "each", "every", "no", "roughly", "the", "a", "an"}
_PREP_BREAK = {"by", "from", "to", "with", "in", "on", "at", "as", "than", "after", "before", "for", "of", "among", "including"}
_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "some", "many", "two", "three", "several", "most", "other"}
# a comma unless between digits ("1,000" is one number); starting every branch with a
# literal or a class lets the regex engine skip ahead
_PLACE_PAIR_BEFORE = re.compile(r"\b(?:in|of|from|near|at|outside)\s+(?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*$")
_PLACE_PAIR_AFTER = re.compile(r",\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?,")
_CLAUSE_BREAK = re.compile(r",(?!(?<=\d,)\d)|[;:\u2014\u2013(]|\s-\s|" + MASK)


def mask_quotes(text: str, unit: Unit) -> str:
    chars = list(text[unit.start:unit.end])
    for q in unit.quotes:
        for i in range(q.start, min(q.end, unit.end)):
            chars[i - unit.start] = MASK
    return "".join(chars)


def _words(s: str) -> list[str]:
    return re.findall(r"[\w'\u2019.&-]+", s)


# "This banker said", "that official said": the source a sentence before brought in
_ANAPHOR_SOURCES = {"banker", "official", "source", "dealer", "trader", "analyst", "diplomat", "delegate", "economist", "executive",
                    "person", "aide", "spokesman", "spokeswoman", "spokesperson", "expert", "lawyer", "resident", "man", "woman"}
# "Those close to him", "those familiar with the plan", "those in the room": people, as a speaker
_THOSE_WHO = {"close", "familiar", "involved", "briefed", "in", "at", "around", "inside", "near", "closest", "present", "knowledgeable"}


_HEAD_CONNECTORS = {"of", "at", "for", "and", "from", "in", "on", "to", "with", "the", "a", "an", "de", "van", "von", "der",
                    "la", "le", "del", "da", "y", "his", "her", "its", "their", "former", "acting", "deputy", "senior", "chief", "general"}


def _has_verb_word(head: str) -> bool:
    """A phrase before ', the company said' with a lower-case word that is no connector, title or role
    ('Metropolitan owns part of the stock'): a clause, not a name the appositive describes."""
    words = _words(head)
    if len(words) < 4:
        return False
    for i in range(1, len(words)):
        w = words[i]
        if not w.isalpha() or not w.islower() or w in _HEAD_CONNECTORS or w in TITLES or w in _ROLE_HEADS \
                or w.rstrip("s") in _ROLE_HEADS or w in ORG_NOUN_TYPES:
            continue
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if w.endswith(("s", "ed")) or _CLAUSE_WORD_THEN_LOWER.fullmatch(w) or nxt in _DETERMINERS or nxt[:1].isdigit():
            return True
    return False


_FINITE_AUX = {"has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "can", "did", "does", "do", "may",
               "might", "should", "must"}
_SUBJECT_VERB_WORD = re.compile(r"(?:[a-z]+ed|cut|set|put|hit|quit|said|told|made|took|gave|held|won|lost|met|ran|led|sent|kept|"
                                r"left|paid|sought|brought|began|chose|drew|rose|fell|saw|got|struck|broke|spoke|wrote|came|went)")


def _verbish(word: str) -> bool:
    """A finite verb by its form: an auxiliary, a past tense in -ed, a common irregular past."""
    return bool(_SUBJECT_VERB_WORD.fullmatch(word) or word in _FINITE_AUX or word.endswith("ed") and word.islower())


def _settle_subject(f: str, a: int, b: int, limit: int) -> tuple[int, int]:
    """Where a sentence's subject really ends: 'The Federal Reserve cut' is 'The Federal Reserve'
    (the verb was taken for the noun); 'The central' runs on to 'The central bank'."""
    words = f[a:b].split()
    if len(words) >= 3 and _SUBJECT_VERB_WORD.fullmatch(words[-1]) and words[-2][:1].isupper():
        return a, f.rindex(words[-1], a, b) - 1
    if len(words) == 2 and words[0].lower() in ("the", "a", "an") and words[1].islower():
        nx = re.match(r"\s+([a-z][\w-]*)(?=\s+[a-z])", f[b:limit])
        if nx is not None and not (_SUBJECT_VERB_WORD.fullmatch(nx.group(1)) or nx.group(1).endswith(("s", "ly", "ed"))
                                   or nx.group(1) in _STOP_IN_SPEAKER or nx.group(1) in _PREP_BREAK or nx.group(1) in _DETERMINERS):
            b += nx.end()  # "The central bank cut": the noun after its adjective
    return a, b


_TO_AUDIENCES = {"parliament", "congress", "lawmakers", "shareholders", "investors", "clients", "staff", "employees", "members",
                 "reporters", "legislators", "regulators", "customers", "creditors", "parliamentarians", "senators"}


def speaker_ok(phrase: str) -> bool:
    """Does this read as a noun phrase that can speak (name, pronoun, role, group)?"""
    if not phrase or MASK in phrase:
        return False
    core, _, appos = phrase.partition(",")
    words = _words(core)
    if not words or len(words) > 16:
        return False
    low = [w.lower().strip(".").replace("\u2019", "'") for w in words]
    if any(w in _STOP_IN_SPEAKER and not _QUANTITY_WORD.fullmatch(" ".join(low[max(0, i - 1):i + 2]))
           and not (i == 0 and w == "those" and len(low) > 2 and low[1] in _THOSE_WHO)
           and not (i == 0 and w in ("this", "that") and len(low) == 2 and (low[1] in _ROLE_HEADS or low[1] in _ANAPHOR_SOURCES))
           for i, w in enumerate(low)):
        return False
    if words[0].islower() and (low[0].endswith("ing") or all(w.endswith("ly") for w in low)) and not (
            len(words) >= 2 and words[1].islower() and (_PEOPLE_PLURAL.search(low[1]) or low[1] in _SPEAKING_PLURALS or low[1] in TITLES
                                                        or low[1].endswith(("ies", "ions", "ers", "ists")))
            or low[0] in ("ruling", "leading", "governing", "opposing", "visiting", "outgoing", "incoming", "acting", "founding",
                          "presiding", "reigning", "managing") and len(words) >= 3 and words[1][:1].isupper()):
        return False  # "remarking from New Hampshire he", "almost unilaterally": not a noun phrase (but "banking sources")
    for i, w in enumerate(low[:-1]):
        if w == "to" and not (words[i + 1][:1].isupper() or low[i + 1] in _DETERMINERS or low[i + 1] in ("him", "her", "them", "me", "us", "both")
                              or low[i + 1] in _TO_AUDIENCES):
            return False  # "plans to": an infinitive; "an adviser to the mayor", "close to her" are phrases
    if low[0] in _PREP_BREAK and low[0] != "of":
        return False
    if appos and (len(_words(appos)) > 16 or MASK in appos or _INFINITIVE_APPOSITIVE.search(appos)):
        return False  # "Margit Hal, to allow the jury to": an infinitive clause, not an appositive
    if len(words) == 1 and words[0].islower() and not _PEOPLE_PLURAL.search(low[0]) and low[0] not in {"he", "she", "they", "it", "we", "i", "you", "another", "one", "some", "many", "most", "both", "several", "few", "others", "officials", "analysts", "sources", "police", "prosecutors", "experts", "critics", "residents", "witnesses", "investigators", "authorities", "economists", "traders", "dealers", "diplomats", "others", "organizers", "organisers", "observers", "supporters", "opponents", "democrats", "republicans", "regulators", "researchers", "scientists", "doctors", "lawyers", "executives", "bankers", "activists", "protesters", "voters"}:
        return False
    if words[-1].lower() in {"the", "a", "an", "of", "and", "or", "to"}:
        return False
    return True


_TITLE_CUE = re.compile(r"(?<=\s)(?:Says|Said|Tells|Told|Warns|Warned|Claims|Claimed|Admits|Admitted|Denies|Denied|Insists|Vows|Urges|Calls|Blasts|Slams|Rips|Praises|Defends|Rejects|Accuses|Agrees|Argues|Suggests|Predicts|Wants|Thinks|Believes|Fears|Hopes|Expects|Endorses|Backs|Confirms|Announces|Explains|Reveals|Questions|Mocks|Attacks)(?=\s)")


def _is_title_case(s: str) -> bool:
    if len(s) > 300 or s.rstrip().endswith("."):
        return False
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", s)
    if len(words) < 4:
        return False
    caps = sum(1 for w in words if w[0].isupper() or w.lower() in {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at", "by", "with", "is"})
    return caps / len(words) >= 0.85 and not s.rstrip().endswith(".")


def _name_like(s: str) -> bool:
    """'Jane Doe', 'Mr. Smith', 'U.S. Steel Corp.': every word capitalised but connectors."""
    words = _words(s)
    if not words or len(words) > 6 or words[0].lower().strip(".") in NON_NAME_WORDS - {"the"}:
        return False
    return all(w[:1].isupper() or w.lower() in {"of", "the", "and", "de", "van", "von", "al", "bin", "for"} for w in words)


def trailing_np(phrase: str) -> str | None:
    """The noun phrase that ends a clause: '... a report by The Guardian' -> 'The Guardian'."""
    words = list(re.finditer(r"[\w'\u2019.&-]+", phrase))
    if not words:
        return None
    window = words[-7:]
    start = 0
    for i, w in enumerate(window):
        lw = w.group(0).lower()
        if lw in _PREP_BREAK:
            start = i + 1
        elif lw in _DETERMINERS and i >= start:
            start = i
    chosen = window[start:]
    if not chosen:
        return None
    s = phrase[chosen[0].start():chosen[-1].end()]
    return s if speaker_ok(s) else None


def _trim(frame: str, a: int, b: int) -> tuple[int, int]:
    junk = " \t\n,;:.\u2014\u2013-"
    while a < b and frame[a] in junk:
        a += 1
    while b > a and frame[b - 1] in junk:
        b -= 1
    return a, b


class _Unit:
    """A sentence being matched: its masked frame and helpers in unit-relative offsets."""

    def __init__(self, text: str, unit: Unit):
        self.text = text
        self.unit = unit
        self.base = unit.start
        self.frame = mask_quotes(text, unit)
        if _is_title_case(self.frame):
            # "Trump Says He Will Win": headline capitals are not names; lower the cue words
            self.frame = _TITLE_CUE.sub(lambda m: m.group(0).lower(), self.frame)
        self.words = set(_WORD_RE.findall(self.frame))
        self._breaks: list[tuple[int, int]] | None = None

    def clause_start(self, pos: int) -> int:
        """Where the clause that ends at pos begins: after the last comma, quote, dash..."""
        if self._breaks is None:  # found once per sentence: this is asked for many positions
            self._breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(self.frame)]
        last = 0
        f = self.frame
        for a, b in self._breaks:
            if b > pos:
                break
            if f[a] == "(" and _PARTY_LABEL.match(f, a, pos):
                continue  # "Sen. Jane Doe (D-Calif.) said": a label, not a new clause
            if f[a] == "," and _PLACE_PAIR_AFTER.match(f, a) and _PLACE_PAIR_BEFORE.search(f, max(0, a - 40), a):
                continue  # "a lawyer based in Austin, Texas, said": a city and its state, not a new clause
            last = b
        return last

    def left_speaker(self, cue_start: int) -> tuple[int, int] | None:
        """A speaker phrase ending at the cue: 'Jane Doe, an economist at X, said'."""
        f = self.frame
        seg_end = cue_start
        while seg_end > 0 and (f[seg_end - 1].isspace() or f[seg_end - 1] == ","):
            seg_end -= 1
        tm = _PRE_VERB_TIME.search(f, max(0, seg_end - 40), seg_end)
        if tm and tm.start() > 0 and f[:tm.start()].strip() and not _RELATIVE_END.search(f, max(0, tm.start() - 8), tm.start()):
            seg_end = tm.start()  # "The bank just this month announced": the time is not the speaker's
        an = _ANONYMOUS_ASIDE.search(f, 0, seg_end)
        if an and an.end() >= seg_end:
            seg_end = an.start()  # "An official, speaking on condition of anonymity because he was not authorised to ..., said"
        pa = _PAREN_ASIDE.search(f, max(0, seg_end - 220), seg_end)
        if pa and pa.start() > 0 and re.search(r"[A-Z][\w.'\u2019-]*$", f[:pa.start()]) and not _PARTY_LABEL.fullmatch(pa.group(0).strip()):
            seg_end = pa.start()  # "Sen. Chris Murphy (a Connecticut Democrat so boyish ...) says": the aside is not the speaker
        na = _UNNAMED_ASIDE.search(f, max(0, seg_end - 200), seg_end)
        if na and na.start() > 0 and "," in f[:na.start()]:
            seg_end = na.start()  # "A flight attendant, who has flown the route for years, and who asked not to be named, said"
        ca = _CONTACT_ASIDE.search(f, max(0, seg_end - 80), seg_end)
        if ca and ca.start() > 0 and f[:ca.start()].strip():
            seg_end = ca.start()
        ta = _TRAILING_ASIDE.search(f, max(0, seg_end - 40), seg_end)
        if ta and ta.start() > 0 and f[:ta.start()].strip():
            seg_end = ta.start()  # "She, however, declined": she
        if seg_end == 0:
            return None
        sp = self._speaker_shapes(seg_end)
        sp = sp if sp is not None else self._long_subject(seg_end)
        if sp is not None:
            tag = PARTY_TAG.match(f, sp[0])
            if tag and f[tag.end():tag.end() + 1] in (",", "") and f[:sp[0]].rstrip().endswith(","):
                pp = self.clause_start(f[:sp[0]].rstrip().rfind(","))
                name = self._np_from(pp, f[:sp[0]].rstrip().rfind(","))
                if name is not None and _name_like(f[name[0]:name[1]]):
                    sp = (name[0], sp[1])  # "Rep. Mitchell Dorsey, R-Farley Springs, a committee member,": the name
        if sp is not None and _FRONTED_SCENE.match(f, sp[0]):
            # "Tuesday in New York City, while on the campaign trail for his wife, former president Bill Roe said",
            # "Saturday at the party convention Sen. Elizabeth Roe said": where and when, then the speaker
            phrase = f[sp[0]:sp[1]]
            cut = phrase.rfind(", ")
            tail = _TITLED_TAIL.search(phrase) if cut < 0 else None
            start = sp[0] + cut + 2 if cut >= 0 else (sp[0] + tail.start() if tail else -1)
            if start > sp[0] and speaker_ok(f[start:sp[1]]) and re.search(r"\b[A-Z][a-z]", f[start:sp[1]]):
                sp = (start, sp[1])
        return sp

    def _long_subject(self, seg_end: int) -> tuple[int, int] | None:
        """A subject the comma-bounded shapes miss, read from the start of the sentence:
        'Aides to the mayor say', 'Just 28 percent of voters said', 'Jane Doe -- a teacher
        from Leeds -- says', 'Some voters who have heard him over the years, on television
        or at rallies, said', 'If costs keep rising, forecasters say'."""
        f = self.frame
        lo = max(f.rfind(MASK, 0, seg_end), f.rfind(";", 0, seg_end), f.rfind(":", 0, seg_end)) + 1
        phrase = f[lo:seg_end]
        lead = _LEADING_JUNK.match(phrase.lstrip() + " ")
        start = lo + (len(phrase) - len(phrase.lstrip())) + (lead.end() if lead and lead.end() <= len(phrase.lstrip()) else 0)
        opener = _LONG_OPENER.match(f, start, seg_end)
        if opener:
            start = opener.end()  # "If costs keep rising, forecasters say"
        sub = None
        for sub in _LONG_SUBORDINATOR.finditer(f, start, seg_end):
            pass
        if sub is not None:
            start = sub.end()  # "Shares fell after analysts at the bank said": the subject follows the subordinator
        core = _LONG_ASIDE.sub(lambda m: " " * len(m.group(0)), f[start:seg_end])
        rm = _LONG_RELATIVE.search(core)
        head, rel, tail = (core[:rm.start()], rm.group(1), core[rm.end():]) if rm else (core, "", "")
        words = head.split()
        if not words or len(words) > 12 or "," in head or MASK in core or _ENDS_RELATIVE.search(f, start, seg_end):
            return None
        if rel and (len(tail.split()) <= 3 and not (rel.lower() == "who" and tail.split()) or len(tail.split()) > 30):
            # "people who say", "a bond which dealers say": the relative is this cue's own clause
            # (but "One fund manager who holds the stock said": "who" is the relative's subject)
            return None
        if _LONE_DASH.search(head):
            return None  # "The bond -- which dealers say ...": an aside that opened and did not close
        low = [w.lower().strip(".,").replace("\u2019", "'") for w in words]
        for i in range(1, len(low) - 1):
            if words[i].islower() and low[i] not in _PREP_BREAK and low[i] not in _LONG_QUANT and (
                    low[i + 1] in _DETERMINERS or low[i + 1][:1].isdigit() or low[i + 1] in ("him", "them", "into", "up", "out")
                    or low[i].endswith("ly") and words[i - 1][:1].isupper()) and low[i] not in ("and", "or", "&"):
                return None  # "Jane Doe lent his ear", "Smith recently moved": a verb, so a clause
            if low[i] == "to" and words[i + 1].islower() and low[i + 1] not in _DETERMINERS:
                return None  # "needs votes to win": an infinitive
            if words[i].islower() and low[i].endswith("ed") and words[i - 1][:1].isupper() and low[i - 1] not in _LONG_QUANT:
                return None  # "Hughes balked at the terms": a name, then its verb
        lower = [w for i, w in enumerate(low) if i == 0 or not words[i][:1].isupper()]  # "Will Rogers" is a name
        if any(w in _LONG_STOP for w in lower) or any(
                (w in _CUE_FIRST or w in _STANCE_WORDS) and w not in _LONG_NOUNS and (i == 0 or low[i - 1] not in _DETERMINERS)
                and not (rel and i == len(low) - 1 and w.endswith("s"))  # "Patient advocates who ...": the noun before "who"
                for i, w in enumerate(low) if i == 0 or not words[i][:1].isupper()):
            return None  # a verb of its own: this is a clause, not a subject
        if low[-1] in _PREP_BREAK or low[-1] in _DETERMINERS or low[-1] in _LONG_CONNECTIVES:
            return None
        if not (words[0][:1].isupper() or words[0][:1].isdigit() or low[0] in _LONG_QUANT or low[0].endswith("s")):
            return None
        if words[0][:1].isupper() and low[0] in NON_NAME_WORDS - {"the", "a", "an"} and low[0] not in _LONG_QUANT:
            return None
        if tail and any(w in _CUE_FIRST for w in _words(tail.lower())):
            return None  # "Voters who said X and analysts who ..."
        a, b = _trim(f, start, seg_end)
        return (a, b) if b > a else None

    def _speaker_shapes(self, seg_end: int) -> tuple[int, int] | None:
        f = self.frame
        a = self.clause_start(seg_end)
        if a > 1 and f[a - 1] == "," and PARTY_TAG.fullmatch(f[a:seg_end].strip()):
            # "state Sen. Harold Amadi, D-Brennan, said": the party label belongs to the name before it
            inner = self._speaker_shapes(a - 1)
            return (inner[0], seg_end) if inner is not None else None
        if f[a:seg_end].strip().lower() in ("who", "which", "that", "whose"):
            return None  # "Jane Doe, who has criticized ...": the relative clause is this cue's own
        pw = _PREP_WHICH.match(f, a, seg_end)
        if pw and pw.end() < seg_end:
            # "a letter to the board, in which the union said": the subject after "in which"
            first = self._np_from(pw.end(), seg_end)
            return first if first is not None else None
        if _ENDS_WITH_CONJUNCTION.search(f, a, seg_end):
            return self._trailing_subject(a, seg_end)  # "Wealth-X keeps its books secret but says"
        first = self._np_from(a, seg_end)
        # "..., after the mayor stated": the subject follows the subordinator; no appositive to widen over
        wide = None if first is not None and _SUBORDINATE.match(f[a:seg_end].lstrip()) else self._wide_appositive(a, seg_end)
        if wide is not None:
            return wide
        if first is None and a > 0 and f[a - 1] == "," and len(f[a:seg_end].split()) > 1 and len(f[a:seg_end].split()) <= 25:
            # "Jane Doe, who chairs the panel, said" / "Zeke Doe, an oncologist who advised
            # the president, said": the speaker is the name before the appositive
            prev = self.clause_start(a - 1)
            head = self._np_from(prev, a - 1)
            appositive = _REL_APPOSITIVE.match(f, a + (len(f[a:seg_end]) - len(f[a:seg_end].lstrip())))
            if head is not None and (appositive or _name_like(f[head[0]:a - 1]) and MASK not in f[a:seg_end]
                                     and not _INFINITIVE_APPOSITIVE.search(f[a:seg_end])):
                return head[0], seg_end  # (not "the coroner, Jane Roe, to allow the jury to consider": a clause)
        if first is None and a > 0 and f[a - 1] == ",":
            rm = _SOURCE_WHO.fullmatch(f, a + len(f[a:seg_end]) - len(f[a:seg_end].lstrip()), seg_end)
            if rm and speaker_ok(rm.group(1)) and not _CUE_VERB_RE.search(rm.group(2)):
                return rm.start(), seg_end  # "..., a nurse who took part in the rescue said": the nurse, described
        if first is None:
            pm = _PRONOUN_BEFORE.search(f, a, seg_end)
            if pm:
                return pm.start(1), pm.end(1)  # "Although in September she said"
            return self._trailing_subject(a, seg_end)
        # "Name, role at Org, said": widen over the appositive when a name stands before it
        if a > 0 and f[a - 1] == "," and _APPOSITIVE_START.match(f[first[0]:seg_end]):
            prev = self.clause_start(a - 1)
            head = self._np_from(prev, a - 1)
            if head is not None and len(f[prev:head[0]].split()) > 1:
                head = None  # "Asked about his rival, Christie said": the name before the comma ends a phrase
            head_text = f[head[0]:a - 1] if head is not None else ""
            if head is not None and _LEADING_JUNK.match(head_text + ", "):
                head = None  # "Separately, Kelly said": an adverb, not a name before an appositive
            if head is not None and _PLACE_APPOSITIVE_BEFORE.search(f, max(0, head[0] - 30), head[0]):
                head = None  # "In the capital, Serrat, the government accused": a place, not the speaker
            if head is not None and f[seg_end:seg_end + 1] != "," and _has_verb_word(head_text):
                head = None  # "Metropolitan owns part of the stock, the company said": a clause, then its source
            if head is not None and (_name_like(head_text) or (
                    re.search(r"\b[A-Z]", head_text) and re.match(r"(?:the|a|an|one\s+of|among|part\s+of)\s", f[first[0]:seg_end], re.I)
                    and (_words(head_text)[0].lower() not in NON_NAME_WORDS - {"a", "an", "the"}
                         # "His lawyers at the Second Look Project, a legal clinic,": a role of someone's, at a named body
                         or _words(head_text)[0].lower() in ("his", "her", "their", "its") and len(_words(head_text)) > 1
                         and _words(head_text)[1].lower().rstrip("s") in _ROLE_HEADS)
                    and not _CLAUSE_WORD_THEN_LOWER.search(head_text))):
                # (not "Sales rose sharply, the company said": a clause, then its source)
                start = head[0]
                if prev > 1 and f[prev - 1] == "," and not _name_like(head_text):
                    # "Henrik Aas, a senior fellow at the Calloway Center, a research group in Oslo, said": the name first
                    pp = self.clause_start(prev - 1)
                    name = f[pp:prev - 1].strip()
                    if name and _name_like(name) and 2 <= len(name.split()) <= 4 and not _LEADING_JUNK.match(name + ", ") \
                            and not PARTY_TAG.search(name) and re.match(r"(?:a|an|the)\s", head_text, re.I):
                        start = pp + len(f[pp:prev - 1]) - len(f[pp:prev - 1].lstrip())
                return start, seg_end
        if first is not None and a > 1 and f[a - 1] == "," and _name_like(f[first[0]:first[1]]):
            # "The director of the agency, Jane Roe, said": the role before the name is part of the phrase
            prev = self.clause_start(a - 1)
            role = f[prev:a - 1].strip()
            role_head = re.split(r"\s(?:of|on|at|for|in|from|with|to)\s", role)[0].split()
            # (at the sentence's start, after an opener, or after a quotation: '"...," Granitewell's chief executive, Orla Roe, said')
            if (not f[:prev].strip() or f[prev - 1:prev] == "," and _LEADING_JUNK.match(f[:prev].strip() + " ")
                    or f[:prev].rstrip().endswith(MASK)) and _ROLE_PHRASE.match(role) \
                    and len(role.split()) <= 12 and role_head and role_head[-1].lower() in _ROLE_HEADS:
                return prev + (len(f[prev:a - 1]) - len(f[prev:a - 1].lstrip())), first[1]
        return first

    def _wide_appositive(self, a: int, seg_end: int) -> tuple[int, int] | None:
        """'Rachel Doe, a donor from Hull, Mass., said' / 'Tom Roe, 58, who lives in Leeds,
        says': a name, then an appositive with commas of its own, then the cue."""
        f = self.frame
        # "One member, Jane Roe, voted for a cut, the bank said": a finite verb, then the cue's own subject
        own_subject = bool(re.match(r"\s*(?:the|a|an|its|his|her|their)\s+[A-Za-z]", f[a:seg_end]))
        cur = a
        for depth in range(3):
            if cur == 0 or f[cur - 1] != ",":
                return None
            prev = self.clause_start(cur - 1)
            raw = f[prev:cur - 1]
            seg = raw.strip()
            if not seg or MASK in seg:
                return None
            after = f[cur:seg_end].lstrip()
            seg_start = prev + len(raw) - len(raw.lstrip())
            cj = _LEAD_CONJUNCTION.match(seg)
            if cj and len(seg) > cj.end():
                seg, seg_start = seg[cj.end():], seg_start + cj.end()  # "But Rutendo Gumbo, 29, who works ..., said"
            if depth == 0 and len(seg.split()) > 3 and _FINITE_START.match(seg) and not _ASKED_LIKE.match(seg):
                # "GNP, after ..., increased at a rate of 1.1 pct, the department said", "Intercon Security, employing
                # 850 people, provides security services, Jannock said": a clause with its verb, then the cue's subject
                return None
            if len(seg.split()) <= 5 and not _LEADING_JUNK.match(seg + ", ") and len(after.split()) <= 30:
                last_ok = depth == 0 or len(f[a:seg_end].split()) <= 3 or _INTERJECTION.match(f[a:seg_end].lstrip())
                if own_subject and re.match(r"[a-z]+ed\s", after):
                    return None  # "One member, Jane Roe, voted for a cut, the bank said": a clause, then the cue's subject
                if (_INTERJECTION.match(after) and (_name_like(seg) or _ENDS_IN_NAME.search(seg) or subject_ok(seg))
                        and not _OPENER.match(seg) and not _TIME_OPENER.fullmatch(seg) and last_ok):
                    # "Trump, speaking at a rally in Wilmington, N.C., warned" / "Powell's office,
                    # when contacted, said": the interjected phrase is not the speaker's
                    return seg_start, prev + len(raw.rstrip())
                if (depth > 0 or after[:1].isdigit() or _ENDS_IN_NAME.search(seg)) and (_name_like(seg) or _ENDS_IN_NAME.search(seg)) \
                        and (not _OPENER.match(seg) or _ROLE_ADJECTIVE_NAME.match(seg)) and _APPOSITIVE_AFTER.match(after):
                    return seg_start, seg_end
            if not (_INTERJECTION.match(seg) or _REL_APPOSITIVE.match(seg) or seg[:1].isdigit() or subject_ok(seg) or _name_like(seg)
                    or depth == 0 and re.match(r"(?:a|an)\s", seg) and _REL_APPOSITIVE.match(after)):
                # "Dr. Jane Roe, a paediatric eye specialist at St Anne's Hospital, who was not involved, said"
                return None  # a clause of its own ("said the plan was sound"): not an appositive
            cur = prev
        return None

    def _trailing_subject(self, a: int, b: int) -> tuple[int, int] | None:
        """'... a while back when she said': a pronoun or short name right before the cue,
        after a conjunction or subordinator."""
        m = _TRAILING_SUBJECT.search(self.frame, max(a, b - 120), b)
        if m and speaker_ok(m.group(1)) and (m.group(1)[:1].isupper() or _POSSESSIVE_DET.match(m.group(1)) or m.group(1).split()[-1].lower() in _SPEAKING_PLURALS
                                             or _PEOPLE_PLURAL.search(m.group(1).split()[-1].lower()) or m.group(1).lower() in ("he", "she", "they", "it", "we", "i")):
            return m.start(1), b
        # "Obama met the families and said ...": the subject that opens the sentence
        if _AND_BUT_END.search(self.frame, max(a, b - 8), b):
            if a > 0 and self.frame[:a].rstrip().endswith((",", MASK)) and self.frame[a:b].strip().lower() in ("and", "but"):
                # "The company's statement gave no value for this contract, but said ...": the sentence's subject
                ss = self._sentence_subject_of(a)
                if ss is not None:
                    return ss
            first_word = self.frame[a:b].split()[0] if self.frame[a:b].split() else ""
            if a > 0 and self.frame[:a].rstrip().endswith(",") and first_word not in _FINITE_AUX and (
                    _verbish(first_word) or first_word in ("became", "began", "stood", "sat", "spent", "joined", "returned")):
                # "Gary Roe, a former chairman, became a delegate and said ...": the subject with its appositive
                comma = len(self.frame[:a].rstrip()) - 1
                ss = self._speaker_shapes(comma)
                lead = _LEADING_JUNK.match(self.frame[:ss[0]]) if ss is not None else None
                if ss is not None and not self.frame[lead.end() if lead else 0:ss[0]].strip():
                    return ss
                ss = self._sentence_subject_of(a)
                if ss is not None:
                    return ss
            lead = _LEADING_JUNK.match(self.frame[a:b])
            sm = _SUBJECT_RE.match(self.frame, a + (lead.end() if lead else 0))
            if sm and speaker_ok(sm.group(1)):
                end = sm.end(1)
                for _ in range(2):  # "the appeals court overruled ... and said": the noun runs on to the verb
                    nx = _NEXT_NOUN.match(self.frame, end)
                    if nx is None or _PAST_VERB_NEXT.match(self.frame, end):
                        break
                    if _PAST_VERB_NEXT.match(self.frame, nx.end()):
                        end = nx.end()
                        break
                return sm.start(1), end
        return None

    def _sentence_subject_of(self, end: int) -> tuple[int, int] | None:
        """The subject opening the sentence, when a finite verb follows it before end."""
        f = self.frame
        stop = _before_quotation(f, end, allow_comma=False)  # (not "Within minutes of the vote, though, Jane Roe posted ...")
        if stop is None:
            return None
        end = stop
        dl = DATELINE.match(f)
        lead = _LEADING_JUNK.match(f, dl.end() if dl else 0)
        at = lead.end() if lead else (dl.end() if dl else 0)
        opener = _LONG_OPENER.match(f, at, end)
        if opener:
            at = opener.end()  # "Reached by phone, he said ...", "Under the EU's rules ..., the institutions may ..."
        sm = _SUBJECT_RE.match(f, at)
        if sm is None or sm.end(1) >= end or not speaker_ok(sm.group(1)) or sm.group(1).lower() in ("it", "there"):
            return None
        s_a = sm.start(1)
        # the subject runs to its verb: "Ministry officials declined ...", "Many traders and member firms also questioned ..."
        comma = f.find(",", s_a, end)
        toks = list(re.finditer(r"[\w.'\u2019()-]+", f[s_a:comma if comma > s_a else end]))
        if comma > s_a and len(toks) <= 6:
            # "The Police Conduct Authority, which investigated ..., but recommended": the phrase before the aside
            s_b = s_a + toks[-1].end() if toks else s_a
            if not any(_verbish(t.group(0)) for t in toks[1:]):
                return (s_a, s_b) if speaker_ok(f[s_a:s_b]) else None
        for i in range(1, min(len(toks), 9)):
            w = toks[i].group(0)
            nxt = toks[i + 1].group(0) if i + 1 < len(toks) else ""
            if _verbish(w) or w in ("also", "both", "all") or w.endswith("s") and not w.endswith(("'s", "\u2019s")) and w.islower() \
                    and not _verbish(nxt) and nxt not in ("and", "also"):
                s_b = s_a + toks[i - 1].end()
                return (s_a, s_b) if speaker_ok(f[s_a:s_b]) else None
        return None

    def _np_from(self, a: int, b: int) -> tuple[int, int] | None:
        phrase = self.frame[a:b]
        lead = len(phrase) - len(phrase.lstrip())
        m = _LEADING_JUNK.match(phrase[lead:])
        if m:
            lead += m.end()
        m = _SUBORDINATE.match(phrase[lead:])
        if m:
            lead += m.end()
        core = phrase[lead:].strip()
        if not speaker_ok(core):
            return None
        return a + lead, b

    def right_speaker(self, cue_end: int) -> tuple[int, int] | None:
        """Inverted speaker after the cue: 'said Jane Doe, chief economist at X.'"""
        rest = self.frame[cue_end:]
        m = re.match(r"\s+([^,;:\u2014" + MASK + r"]+?)(?=\s*(?:,|;|:|[.!?]\s*$|$|" + MASK + r"|\u2014))", rest)
        if not m:
            return None
        a, b = cue_end + m.start(1), cue_end + m.end(1)
        a2, b2 = a, b
        phrase = self.frame[a:b].strip()
        pw = phrase.split()
        if pw and pw[0].lower() in ("he", "she", "they", "we", "it", "i") and (len(pw) > 1 or self.frame[b:].lstrip()[:1] == MASK):
            return None  # 'Jane Doe, 71, said he "would rather ..."', '..., said they feared ...': the pronoun opens the content
        if self.frame[b:].lstrip()[:1] == MASK and len(pw) == 3 and pw[0].lower() in ("the", "a", "an") and pw[2].islower() \
                and pw[2] not in _ROLE_HEADS and pw[2] not in ORG_NOUN_TYPES and pw[2] not in SPOKES_NOUNS:
            return None  # 'Jane Doe said the bloc stood "ready to help"': a clause and its quotation, not a speaker
        rel = re.search(r",?\s+(?:who|whose)\s", phrase)
        if rel and not speaker_ok(phrase) and speaker_ok(phrase[:rel.start()]):
            # '"...," said one nurse who worked alongside her for six years.': the nurse
            head = self.frame[a:b].find(phrase) + rel.start()
            return a, a + head
        if not speaker_ok(phrase) or phrase.split()[0].lower() in {"that", "in", "on", "of", "about", "to", "from", "with", "at", "for"} \
                and not phrase[:1].isupper() \
                or phrase.split()[0] == "the" and not subject_ok(phrase):  # "said the speeches mattered"
            return None
        # take an appositive after the name up to the end of the sentence
        tail = self.frame[b:]
        am = re.match(r",\s*([^;:" + MASK + r"]{2,120}?)\s*[.!?]?\s*$", tail)
        if am and not re.search(r"\b(?:said|says|added|told)\b", am.group(1)) and not _CONJUNCTION_START.match(am.group(1)):
            b2 = b + am.end(1)
            cut = _APPOSITIVE_STOP.search(self.frame, b + am.start(1), b2)
            if cut:
                b2 = cut.start()  # "said Jane Doe, the chair, when asked": the circumstance is not hers
        return a2, b2


def _kind_for(text: str, a: int, b: int, quotes: list[Quote]) -> str:
    inside = 0
    for q in quotes:
        ia, ib = q.inner
        inside += max(0, min(b, ib) - max(a, ia))
    if inside == 0:
        return "indirect"
    if inside >= (b - a) - 3:
        return "direct"
    return "mixed"


def _strip_marks(text: str, a: int, b: int) -> tuple[int, int]:
    junk = " \t\n\"'\u201c\u201d\u2018\u2019,;:"
    while a < b and text[a] in junk:
        a += 1
    while b > a and text[b - 1] in junk + ".":
        if text[b - 1] == "." and b - a > 1 and text[b - 2].isupper() and b - 2 > a and text[b - 3] == ".":
            break  # "U.S." keeps its stop
        b -= 1
    return a, b


class Extractor:
    def __init__(self, text: str, published: date | None = None):
        self.text = text
        self.published = published
        self.out: list[RawStatement] = []

    # -- emitting ---------------------------------------------------------------------------
    def emit(self, u: _Unit, ca: int, cb: int, cue: str, sp: tuple[int, int] | None,
             kind: str | None = None, date_zone: str = "", one_word: bool = False) -> RawStatement | None:
        if kind in (None, "indirect", "mixed"):
            rm = _COORD_REFUSAL.search(u.frame, max(0, ca - 1), cb)
            if rm:
                # "She said stock would arrive within days, but declined to say how much it would cost":
                # a statement, then a refusal by the same speaker ("..., he said but did not elaborate": the refusal)
                verb = u.frame[rm.start("v"):rm.end("v")] if rm.group("v") else \
                    u.frame[rm.start("v2"):_NEXT_VERB_WORD.match(u.frame, rm.end("v2")).end()]  # "did not respond"
                st = self.emit(u, ca, rm.start(), cue, sp, kind, date_zone, one_word) if rm.start() > ca + 3 else None
                ref = self._coordinated_refusal(u, rm, cb, sp, date_zone)
                return st or ref
        if _ASKED_LEAD.match(u.frame[:ca]):
            return None  # "Asked whether he feared for his job, the 52-year-old was blunt": the question, not his words
        if cue.split()[-1:] and cue.split()[-1].startswith("cit") and (
                _CITED_SOURCE.match(u.frame, ca) or _UNNAMED_BECAUSE.search(u.frame, 0, ca)):
            # "cited leaked documents", "citing a study by X": where it comes from, not what is said; "spoke on
            # condition of anonymity, citing the sensitivity of the talks": why the source is unnamed
            return None
        last = cue.split()[-1].lower() if cue.split() else ""
        if last in ("agreed", "agrees", "agree") and not _THAT_OR_WITH.match(u.frame, ca):
            return None  # "agreed to buy its rival", "agrees takeover": an act, not words
        if last in _AMOUNT_VERBS and _AMOUNT.match(u.frame, ca):
            return None
        if _ANONYMITY.match(u.frame, ca) or _NOT_NAMED.fullmatch(self.text[u.base + ca:u.base + cb].strip(" .,")):
            return None  # "spoke on condition of anonymity because ...": why the source is unnamed, not what was said
        if {"recalled", "recalls", "recall"} & set(cue.lower().split()) and _RECALLED_THING.match(u.frame, ca):
            return None  # "recalled 200,000 cars", "recalled its ambassador": a recall, not a memory told
        if _ONLY_ADVERBS.fullmatch(u.frame, ca, cb):
            return None  # "she talks quickly and precisely": how, not what
        skip = ADVERBIAL.match(u.frame, ca)  # "found last year that ..."
        if last in _NEEDS_CLAUSE and kind != "no_comment" and not _CLAUSE_CONTENT.match(u.frame, skip.end() if skip else ca) and not (
                last in ("found", "find", "finds") and sp and _EVIDENCE_SOURCE.search(u.frame, sp[0], sp[1])):
            return None  # "Facebook found the posting", "responded enthusiastically", "swing states Ohio": no words
        if last in ("wrote", "writes", "written", "write") and _AUTHORED.match(u.frame, ca):
            return None  # "wrote the introduction to a book": authorship, not words
        verb = cue.split()[-1] if cue.split() else ""
        clause_end = min((x for x in (u.frame.find(",", ca, cb), u.frame.find(" and ", ca, cb)) if x >= 0), default=cb)
        aq = _AS_QUOTE.search(u.frame, ca, clause_end) if verb in _DESCRIBED else None
        if aq is not None:
            ca = aq.end()  # the quoted description, not its object
            qe = ca
            while qe < cb and u.frame[qe] == MASK:
                qe += 1
            cb = qe
        elif verb in OBJECT_VERBS and not _CLAUSE_CONTENT.match(u.frame, ca):
            # "endorsed Cruz at a rally on Sunday": an object's content ends where the adjuncts begin
            adj = _OBJECT_ADJUNCT.search(u.frame, ca + 1, cb)
            if adj and not _CLAUSE_INSIDE.search(u.frame, ca, adj.start()):
                cb = adj.start()
        if verb and verb not in _CLAUSAL_CUES and (kind is None or kind == "indirect") and _OBJECT_OR_INFINITIVE.match(u.frame, ca):
            # "pledged to rebuild the army, reversing decades of policy", "opposed it because ...":
            # an object or an infinitive ends where a clause of the writer's begins
            tail = _OBJECT_END.search(u.frame, ca + 2, cb)
            if tail:
                cb = tail.start()
        if verb in _POSTING:
            pc = _POSTED_COLON.match(u.frame, ca, cb)
            if pc:
                ca = pc.end()  # 'posted on Chirp, the social network: "..."': the post is the quotation
        ca, cb = _trim(u.frame, ca, cb)
        dl = (DATELINE.match(u.frame, ca) or _COLON_DATELINE.match(u.frame, ca)) if ca < 3 else None
        if dl is not None and dl.end() < cb:
            ca = dl.end()  # "VELSHAM — Three drug makers colluded ..., the commission ruled": the dateline is not content
        a, b = _strip_marks(self.text, u.base + ca, u.base + cb)
        if b - a < 2:
            return None
        k = kind or _kind_for(self.text, a, b, u.unit.quotes)
        if len(self.text[a:b].split()) < 2 and k != "no_comment" and aq is None and not (k == "direct" and any(c in ".!?" for c in self.text[b - 1:b + 1])) \
                and not (k == "direct" and _ANSWER_WORD.fullmatch(self.text[a:b].rstrip(",.!?"))) \
                and not (one_word and _ONE_WORD_OBJECT.fullmatch(self.text[a:b])):
            return None
        if k == "direct":
            a, b = _strip_marks(self.text, a, b)
        if k == "indirect" and (_CONTENT_FREE.fullmatch(self.text[a:b])
                                or last in _STANCE_ON_THING and _BARE_OBJECT.fullmatch(self.text[a:b])
                                and not _FINITE_VERB.search(self.text, a, b) and not _THAT_CLAUSE.match(self.text, a)):
            # "Quayside rejected the allegations", "echoed the sentiment", "defended the proposal": a stance
            # on words or a thing given elsewhere, with nothing said of it here
            return None
        if last in ("wrote", "writes", "write") and _WROTE_TO.fullmatch(self.text, a, b):
            return None  # "The forum wrote to him last week": a letter sent, its words not given
        if last in ("pleaded", "pleads", "plead") and _PLEA.match(self.text, a):
            return None  # "has pleaded not guilty to fraud": a plea in court, not a statement to report
        if k in ("indirect", "mixed") and CONTENT_REFUSAL.search(self.text[a:b]):
            k = "no_comment"
        spk_text, s_a, s_b, p_b = "", None, None, None
        if sp:
            s_a, s_b = u.base + sp[0], u.base + sp[1]
            p_b = s_b
            while s_b > s_a and self.text[s_b - 1] in " ,":
                s_b -= 1
            tm = _TRAILING_TIME.search(self.text, s_a, s_b)
            if tm and tm.start() > s_a:
                s_b = p_b = tm.start()  # "Jane Doe on Saturday criticized": the day is not the speaker's
            am = _TRAILING_ASIDE.search(self.text, s_a, s_b)
            if am and am.start() > s_a:
                s_b = p_b = am.start()  # "Mr. Trump, however, said": the aside is not the speaker's
            um = _UNNAMED_THEN_RELATIVE.match(self.text, s_a, s_b) or _REACHED_BY.match(self.text, s_a, s_b) \
                or _THING_THEN_WHICH.match(self.text, s_a, s_b)
            if um:
                s_b = s_a + len(um.group(1))  # "Another analyst, who asked not to be named because ...": the source
            pm = _PRONOUN_THEN_VERB.match(self.text, s_a, s_b)
            if pm:
                s_b = p_b = s_a + len(pm.group(1))  # "He paused, then added": the pronoun
            lp = _LEAD_THEN_PRONOUN.fullmatch(self.text, s_a, s_b)
            if lp:
                s_a = lp.start(1)  # "Boxers, she told the Review, ...", "Pressed, she said": the pronoun speaks
            pe = _NOUN_THEN_PRONOUN.fullmatch(self.text, s_a, s_b)
            if pe:
                s_a = next(pe.start(g) for g in (1, 2, 3) if pe.group(g))  # "..., a change he described as 'a compromise'": he
            if _PRONOUN_HAS.fullmatch(self.text, s_a, s_b):
                s_b = p_b = s_b - 2  # "He's said": the pronoun, with "has" contracted
            spk_text = self.text[s_a:s_b].strip()
        when = resolve_date(date_zone, self.published) if date_zone else None
        st = RawStatement(
            quote=self.text[a:b], quote_start=a, quote_end=b, kind=k, cue=cue.strip(),
            speaker_text=spk_text, speaker_start=s_a, speaker_end=s_b, phrase_end=p_b,
            stated_on=when[0] if when else None, stated_precision=when[1] if when else None,
            sentence_start=u.unit.start, sentence_end=u.unit.end,
        )
        self.out.append(st)
        return st

    def _coordinated_refusal(self, u: _Unit, rm: re.Match, end: int, sp, date_zone: str) -> RawStatement | None:
        """The refusal of "..., but declined to say B" / "..., though she would not say B": the speaker's own,
        or the pronoun's ("though she would not say") for the resolver to read."""
        f = u.frame
        verb = f[rm.start("v"):rm.end("v")] if rm.group("v") else f[rm.start("v2"):_NEXT_VERB_WORD.match(f, rm.end("v2")).end()]
        who = (rm.start("pro"), rm.end("pro")) if rm.group("pro") else sp
        return self.emit(u, rm.start("v") if rm.group("v") else rm.start("v2"), end, verb.strip(), who, kind="no_comment", date_zone=date_zone)

    def _named_elsewhere(self, name: str) -> bool:
        """Does the name stand in the text after a lower-case word, i.e. as a name, not as
        the capitalised first word of a heading?"""
        return bool(re.search(r"[a-z]\s+" + re.escape(name) + r"\b", self.text))

    # -- one sentence ------------------------------------------------------------------------
    def unit(self, u: _Unit) -> bool:
        f = u.frame
        # most sentences carry no cue word at all: look the words up once, skip the patterns
        words = u.words
        deferred = False
        rm = None
        if words & _REFUSAL_WORDS:
            # refusals first: "X declined to comment" is not reported speech -- but "X said A but
            # declined to say B" is both, and the cue makes them both
            rm = _COORD_REFUSAL.search(f)
            deferred = bool(rm and words & _SPEECH_SET and _CUE_VERB_RE.search(f, 0, rm.start())
                            and not REFUSAL_RE.search(f, 0, rm.start()))
            if not deferred and words & _SPEECH_SET:
                # "Chaffetz insisted he has other questions than the ones he refused to answer": the refusal is
                # inside what was said, in the same clause as the cue
                fr = REFUSAL_RE.search(f)
                cm = _CUE_VERB_RE.search(f, 0, fr.start()) if fr else None
                deferred = bool(cm and cm.group(0) in _SPEECH_SET and not re.search(r"[,;\ue000]", f[cm.end():fr.start()])
                                and not _RELATIVE_END.search(f, max(0, cm.start() - 12), cm.start())
                                and not re.match(r"\s+(?:that|it|he|she|they|we|the\s+\w+)\s+(?:would|will|could|did|does|do|had|has)\s+not\s+comment", f[cm.end():]))
            if not deferred and self._refusals(u):
                return True
        if ":" in f:
            hm = HEADLINE_RE.match(f)
            if hm and hm.group("who").lower() in _SECTION_LABELS:
                hm = None  # "The Latest:", "UPDATE:": a section label, not a speaker
            if hm and hm.group("who").isupper() and not hm.group("bullet") and len(f[hm.end():].split()) >= 12 \
                    and f[hm.end():hm.end() + 1] != MASK and not _is_title_case(f[hm.end():]):
                hm = None  # "DEVNAGAR: Talks between the ruling party and its ally ...": a dateline with a colon
            if hm and _name_like(hm.group("who")) and len(f) - hm.end() > 10 and (
                    len(hm.group("who").split()) > 1 and not hm.group("who").isupper()
                    or (hm.group("who").isupper() and len(hm.group("who")) > 2 and hm.start("who") == 0
                        and (_is_title_case(f[hm.end():]) or f[hm.end():hm.end() + 1] == MASK
                             or self._named_elsewhere(hm.group("who").split()[-1].title())))
                    or self._named_elsewhere(hm.group("who"))):
                # "Elizabeth Warren: Trump Is a Loser" -- a headline that gives a name, then its words
                self.emit(u, hm.end(), len(f), ":", (hm.start("who"), hm.end("who")))
                return True
        if MASK in f and _INITIAL_CUE.match(f):
            im = _INITIAL_CUE.match(f)
            if speaker_ok(im.group("who")) and _name_like(im.group("who")):
                self.emit(u, im.end(), len(f), im.group("cue"), (im.start("who"), im.end("who")))
                return True
        if MASK in f and _DASH_CREDIT.match(f):
            dm = _DASH_CREDIT.match(f)
            who = dm.group("who").rstrip(" .\u00a0")
            if speaker_ok(who) and _name_like(who.split(",")[0]):
                # '"QUOTE" -- Jane Doe': a quotation credited with a dash, as in a pull quote
                q = next((q for q in u.unit.quotes), None)
                if q is not None:
                    self.emit(u, q.start - u.base, q.end - u.base, dm.group("dash"), (dm.start("who"), dm.start("who") + len(who)), kind="direct")
                    return True
        if words & {"reported", "announced", "stated", "disclosed", "revealed", "noted"}:
            ar = _AS_REPORTED_BY.match(f)
            if ar and speaker_ok(ar.group("who")) and len(f) - ar.end() > 15:
                # "As reported by the Courier, the council ...": the clause is the outlet's report
                self.emit(u, ar.end(), len(f), ar.group("cue"), (ar.start("who"), ar.end("who")))
                return True
            at = _AS_REPORTED_BY_TAIL.search(f)
            if at and speaker_ok(at.group("who")) and at.start() > 15 and MASK not in f[:at.start()]:
                self.emit(u, 0, at.start(), at.group("cue"), (at.start("who"), at.end("who")))  # "..., as reported by the Courier."
                return True
        if words & {"quoted", "quotes", "quoting"}:
            qm = _QUOTED_AS_SAYING.search(f)
            if qm and speaker_ok(qm.group("who")) and len(f) - qm.end() > 10:
                # "The Times quoted one of his advisers as saying ...": the adviser's words, as the paper reports them
                self.emit(u, qm.end(), len(f), qm.group("cue"), (qm.start("who"), qm.end("who")), date_zone=f[:qm.end()])
                return True
        if "put" in words or "puts" in words:
            pm = _PUT_IT.match(f)
            if pm and speaker_ok(pm.group("who")) and len(f) - pm.end() > 10:
                # "As one resident put it, the buses never come."
                self.emit(u, pm.end(), len(f), pm.group("cue"), (pm.start("who"), pm.end("who")), date_zone=f[:pm.end()])
                return True
        if "view" in words or "opinion" in words:
            vm = _IN_THEIR_VIEW.match(f)
            if vm and len(f) - vm.end() > 15:
                # "In his view, the tax cut will pay for a third of itself": his words, reported
                self.emit(u, vm.end(), len(f), vm.group("cue"), (vm.start("who"), vm.end("who")))
                return True
        if "according" in words or "According" in words:
            acc = ACCORDING_RE.search(f)
            if acc and self._according(u, acc):
                return True
        if words & _SPEECH_SET:
            for m in iter_cues(f, words):
                made = len(self.out)
                if self._cue(u, m):
                    if rm and deferred and self.out[made:] and not any(st.kind == "no_comment" for st in self.out[made:]):
                        # '"QUOTE," he said, though he would not say B': the refusal too
                        last = self.out[-1]
                        self._coordinated_refusal(u, rm, len(f), (last.speaker_start - u.base, last.speaker_end - u.base)
                                                  if last.speaker_start is not None else None, f[:rm.start()])
                    return True
        if words & _PARTICIPLE_SET:
            pm = PARTICIPLE_RE.search(f)
            if pm and self._participle(u, pm):
                return True
        if words & _WEAK_SET:
            for m in _verb_first(WEAK_RE, f, words & _WEAK_SET):
                if self._weak(u, m):
                    return True
        if words & _TOPIC_SET:
            for m in _verb_first(TOPIC_RE, f, words & _TOPIC_SET):
                if self._topic(u, m):
                    return True
        if words & _NOMINAL_SET:
            for m in NOMINAL_RE.finditer(f):
                if self._nominal(u, m):
                    return True
        if deferred and self._refusals(u):
            return True  # "X posted a message thanking Y, but declined to comment further": no statement before it
        if ":" in f:
            cm = _COLON_QUOTE.search(f)
            if cm:
                # 'In a later interview, Trump went further: "..."' -- the subject introduces a quotation
                head = f[:cm.start()]
                tl = _TIME_LEAD.match(head)  # "Late on Monday he posted ... with the caption:": he
                sm = _SUBJECT_RE.match(head, tl.end() if tl else subject_start(head))
                who = sm.group(1) if sm else ""
                role = _ROLE_START.match(who) and who.split()[-1].lower() in _ROLE_NOUNS
                named = role or who.lower() in ("he", "she", "they", "we", "i") or (
                    _name_like(who) and who.lower() not in WEEKDAYS and who.lower() not in MONTHS
                    and (len(who.split()) > 1 and not who.startswith("The ") or self._named_elsewhere(who)))
                if named and speaker_ok(who) and MASK not in head and len(head[sm.end(1):].split()) <= 14 and "," not in head[sm.end(1):]:
                    self.emit(u, cm.end(), len(f), ":", (sm.start(1), sm.end(1)), kind="direct")
                    return True
        return False

    def _refusals(self, u: _Unit) -> bool:
        """Every refusal in the sentence: 'Feld declined to disclose the price and would not say
        whether ...' is two, each refused thing running to the next refusal."""
        f = u.frame
        # ("... potential new backers, whom he declined to name": a detail of the clause before, not a refusal to comment)
        found = [m for m in REFUSAL_RE.finditer(f) if not _RELATIVE_SUBJECT.search(f, max(0, m.start() - 20), m.start())]
        made = False
        for i, m in enumerate(found):
            back = _AUX_BACK_RE.search(f, max(0, m.start() - 80), m.start())
            sp = u.left_speaker(back.start() if back else m.start())
            if sp is None and made:
                sp = (self.out[-1].speaker_start - u.base, self.out[-1].speaker_end - u.base) \
                    if self.out[-1].speaker_start is not None else None  # "... and would not say": the same speaker
            if sp is None and _AND_BUT_END.search(f, max(0, m.start() - 12), back.start() if back else m.start()):
                # "Lisko posted a message thanking him "...", but declined to comment further": the subject
                q = f.find(MASK)
                sp = self._sentence_subject(u, q if 0 <= q < m.start() else m.start())
            if sp is None:
                continue
            # the cue is the refusing verb; the content the refusal itself, verb and what was refused
            # ("declined to comment on ...", "did not respond to a request for comment"): the words that stand
            # for the source in a list of what it said
            cm = _REFUSAL_CUE.match(f, m.start())
            if cm and cm.end() >= len(f.rstrip(" .")):
                cm = None  # "would not comment.": the refusal is all there is
            ca = cm.end() if cm else m.start()
            end = len(f)
            if i + 1 < len(found):
                jm = _AND_BUT_END.search(f, ca, found[i + 1].start())
                end = jm.start() if jm else found[i + 1].start()
            why = _REFUSAL_REASON.search(f, ca, end)
            if why:
                end = why.start()  # "declined to comment, citing the investigation": the reason is not what was refused
            cue = f[m.start():ca].strip() or f[m.start():m.end()].strip()  # "would not comment.": all of it
            if self.emit(u, m.start(), end, cue, sp, kind="no_comment", date_zone=f[:m.start()]) is not None:
                made = True
        return made

    def _nominal(self, u: _Unit, m: re.Match) -> bool:
        """"Trump's comments about the judge", "her claim that ...": a possessive source."""
        f = u.frame
        src = m.group("src")
        if src.lower() in ("the", "a", "an", "this", "that"):
            return False
        ca = m.start("prep") if m.group("prep") == "that" else m.end()
        nxt = re.search(r"[,;:(\u2014]|\s-\s", f[ca:])
        end = ca + nxt.start() if nxt else len(f)
        if end - ca < 3:
            return False
        st = self.emit(u, ca, end, f[m.start("noun"):m.end("prep")], (m.start("src"), m.end("src")), date_zone=f[:ca])
        return st is not None

    def _participle(self, u: _Unit, m: re.Match) -> bool:
        """'Mr. Trump struck a measured tone, saying he understood ...': the speaker is the
        subject that opens the sentence."""
        f = u.frame
        head = f[:m.start()]
        start = u.clause_start(m.start())
        # matched in the whole frame, so "The teachers, expressing ..." sees the comma after its subject
        dl = DATELINE.match(head)
        if dl and start == 0:
            start = dl.end()  # "WASHINGTON, Dec 20 - The Federal Reserve cut ..., saying": the Fed, not the dateline
        sm = _SUBJECT_RE.match(f, start)
        if not sm:
            base = dl.end() if dl else 0
            lead = _LEADING_JUNK.match(head, base)
            sm = _SUBJECT_RE.match(f, lead.end() if lead else base)
        if not sm:
            sm = _SUBJECT_RE.match(f, subject_start(head))  # "On the left, Jane Doe ..."
        if not sm or sm.end(1) > m.start():
            return False
        sp = _settle_subject(f, sm.start(1), sm.end(1), m.start())
        vm = _PAST_VERB_NEXT.search(head, sp[1])
        if vm is not None:
            wide = u.left_speaker(vm.start() + len(vm.group(0)) - len(vm.group(0).lstrip()))
            if wide is not None and wide[0] == sm.start(1) and wide[1] > sm.end(1):
                sp = wide  # "VTN's director general, Agnes Roe, backed ..., saying": the whole subject phrase
        ca = m.end()
        if m.group("verb") in ("telling", "calling", "urging", "asking", "accusing", "warning"):
            tm = TOLD_OBJECT.match(f, ca - 1) if m.group("verb") == "telling" else None
            if tm and MASK not in tm.group(0):
                ca = tm.end()
        st = self.emit(u, ca, len(f), m.group("verb"), sp, date_zone=f[:ca])
        return st is not None

    def _topic(self, u: _Unit, m: re.Match) -> bool:
        """'X endorsed Y', 'X spoke about Y': the object, to the end of its clause."""
        f = u.frame
        if m.group("verb")[:1].isupper() or noun_context(f, m.start()):
            return False
        vs, ve = m.start("verb"), m.end("verb")
        if vs and f[vs - 1] == "-" or not m.group("aux").strip() and NOUN_THEN_VERB.match(f, ve):
            return False  # "so-called"; "nomination questions are likely"
        if m.group("prep") and TIME_START.match(f, m.end("prep")):
            return False  # "campaigned on Friday in Ohio"
        if m.group("verb") in _SPOKE and not _SPOKE_OF.match(f, m.end("verb")):
            return False  # "spoke during public comment", "spoke to reporters": no words, no topic
        need = _TOPIC_OBJECTS.get(m.group("verb"))
        if need and not need.match(f, m.end("verb")):
            return False  # "raised its rate" is not "raised concerns"
        if m.group("verb").endswith("s") and not m.group("aux") and not _SUBJECT_WORD_BEFORE.search(f, max(0, m.start() - 60), m.start()):
            return False  # "sharp attacks over", "Brightwell shares fell": a noun, not a cue
        if m.group("verb").endswith("s") and _WHO_NEXT.match(f, m.end("verb")):
            return False  # "Patient advocates who packed the room said": a noun with its relative clause
        if passive_before(f, m.start("verb")):
            return False  # "the bill was criticized as costly": the bill is not the critic
        if NEGATION.search(m.group("aux") or "") and m.group("verb") in _SAY_TOPICS:
            return False  # "did not discuss the plan": nothing was said
        if m.group("verb").endswith("ed") and re.match(r"\s+by\b", f[m.end("verb"):]):
            return False  # "debt supported by letters of credit": a passive participle
        if m.group("verb").startswith("ask") and ANONYMITY.match(f, m.end("verb")):
            return False  # "asked not to be identified": a condition of speaking, not words
        sp = u.left_speaker(m.start())
        if sp is None:
            return False
        spoke = _SPOKE_OF.match(f, m.end("verb")) if m.group("verb") in _SPOKE else None
        ca = spoke.end() if spoke else m.end()  # "spoke at length about the budget": the topic after "about"
        dm = _DAY_THEN_PREP.match(f, ca)
        if dm:
            ca = dm.end()  # "called Friday for releasing the videos": when, then the topic
        nxt = _TOPIC_END.search(f, ca)
        end = nxt.start() if nxt else len(f)
        if len(f[ca:end].split()) < 1 or (end - ca) < 3:
            return False
        st = self.emit(u, ca, end, f[m.start():ca].strip(), sp, date_zone=f[:ca])
        return st is not None

    def _weak(self, u: _Unit, m: re.Match) -> bool:
        """'X believes (that) CLAUSE', 'polls show that CLAUSE', 'X wants to ACT'."""
        f = u.frame
        if noun_context(f, m.start()) or passive_before(f, m.start("verb") if m.group("verb") else m.start("verb2")):
            return False
        sp = u.left_speaker(m.start())
        if sp is None:
            return False
        verb_end = m.end("verb") if m.group("verb") else m.end("verb2")
        tail = m.group("tail") or m.group("tail2") or ""
        ca = verb_end
        end = len(f)
        sub = _SUBORDINATOR_BEFORE.search(f, max(0, sp[0] - 20), sp[0])
        if sub or tail.strip() == "to":
            comma = f.find(",", ca)
            if comma > ca:
                end = comma
        st = self.emit(u, ca, end, f[m.start():verb_end], sp, date_zone=f[:ca])
        return st is not None

    def _split_continuations(self, u: _Unit, ca: int, cb: int, cue: str, sp, zone: str) -> None:
        """Emit content [ca, cb) and any ', adding ...' statement it carries."""
        m = CONTINUATION_RE.search(u.frame, ca, cb)
        if m and m.start() - ca > 10 and cb - m.end() > 10:
            self.emit(u, ca, m.start(), cue, sp, date_zone=zone)
            self.emit(u, m.end(), cb, (m.group("v1") or m.group("v2")), sp, date_zone=zone)
        else:
            self.emit(u, ca, cb, cue, sp, date_zone=zone)

    def _according(self, u: _Unit, m: re.Match) -> bool:
        f = u.frame
        a = m.end()
        nm = re.match(r"((?:[^,;:" + MASK + r"]|(?<=\d),(?=\d))+?)(?=\s*(?:,(?!(?<=\d,)\d)|;|:|\.?\s*$|\s[-\u2013\u2014]|\u2014|" + MASK + "))", f[a:])
        if not nm:
            return False
        sp = (a + nm.start(1), a + nm.end(1))
        named_end = sp[1]
        tm = _TRAILING_TIME.search(f, sp[0], sp[1]) or _THAT_TIME.search(f, sp[0], sp[1])
        if tm and tm.start() > sp[0]:
            sp = (sp[0], tm.start())  # "according to the officer in charge that night"
        dm = _DOCUMENT_PARTICIPLE.search(f, sp[0], sp[1])
        if dm and len(f[sp[0]:dm.start()].split()) >= 2 and not _SUBJECT_WORDS & {w.lower() for w in f[sp[0]:dm.start()].split()[-2:]} \
                and " by " not in f[dm.start():sp[1]]:
            sp = (sp[0], dm.start())  # "according to a court filing made public on Monday": the filing
        if not speaker_ok(f[sp[0]:sp[1]]):
            rel = _LONG_RELATIVE.search(f, sp[0], sp[1])
            if rel is None or not speaker_ok(f[sp[0]:rel.start()]):
                return False  # "according to members who worked with her": the head must read as a source
        before = f[:m.start()].strip()
        if len(before) < 8:  # "According to X, content."
            self.emit(u, named_end, len(f), "according to", sp)
        else:  # "Content, according to X."
            cv = _CUE_VERB_RE.search(f, 0, m.start())
            if cv and cv.group(0) in ("said", "says", "told", "tells") and MASK not in f[cv.start():m.start()] \
                    and u.left_speaker(cv.start()) is not None:
                return False  # "Jane Doe said it was the ninth attack, according to the office's records, and ...": hers
            tail = f[named_end:].strip(" .,;")
            if tail[:1] in "-\u2013\u2014":
                tail = ""  # "CONTENT, according to X - despite ...": an aside, not more content
            elif _APPOSITIVE_TAIL.match(tail) and (subject_ok(tail) or _SOURCE_APPOSITIVE.match(tail)) or _INCLUDING.match(tail) \
                    or _bare_role(tail) or _name_like(tail) and len(tail.split()) <= 5:
                sp = (sp[0], len(f.rstrip(" .,;")))
                tail = ""  # "..., according to X, a research group" / "the scrutineer, Ballotwise Scrutiny": X's appositive
            elif _RELATIVE_TAIL.match(tail) or _PARTICIPLE_START.match(tail):
                tail = ""  # "..., according to the bank, which expects ..." / "..., dashing hopes": not from X
            end = len(f) if len(tail) > 15 else m.start()
            if len(tail) > 15:
                # "Content, according to X, more content." keeps both sides -- but "The rest, according to the
                # summary, went into the fund": a subject alone is no content of its own
                if len(before.split()) > 3 or _has_verb_word(before):
                    self.emit(u, 0, m.start(), "according to", sp)
                self.emit(u, named_end, end, "according to", sp)
            else:
                self.emit(u, 0, m.start(), "according to", sp)
        return True

    def _cue(self, u: _Unit, m: re.Match) -> bool:
        f = u.frame
        verb = m.group("verb")
        if f[m.start("verb"):m.end("verb")][:1].isupper() and m.start("verb") > 0:
            return False
        if noun_context(f, m.start()) and not (verb in _NEVER_NOUN and _OBJECT_HER.search(f, max(0, m.start() - 5), m.start())
                                                   or verb in _NEVER_NOUN_AFTER_S and _NAME_S_BEFORE.search(f, max(0, m.start() - 4), m.start())):
            return False  # "her claim" -- but "a source close to her said"
        if verb in _AMBIGUOUS_BASE and not _MODAL_BEFORE.search(f, max(0, m.start("verb") - 20), m.start("verb")):
            return False  # "amid light demand": a base form that is a noun unless a verb form leads it
        if verb in _AMBIGUOUS_S and not m.group("aux").strip() and (
                not (_SUBJECT_WORD_BEFORE.search(f, max(0, m.start() - 60), m.start())
                     or _DET_NOUN_BEFORE.search(f, max(0, m.start() - 40), m.start()) and _CLAUSE_NEXT.match(f, m.end())
                     or MASK in f[:m.start()] and _END_OF_SENTENCE.match(f, m.end()))
                or _NUMBER_BEFORE.search(f, max(0, m.start() - 30), m.start())):
            return False  # "Twelve states hold primaries": a noun
        cue_start, cue_end = m.start(), m.end()
        if verb.endswith("s") and not m.group("aux").strip() and NOUN_THEN_VERB.match(f, m.end("verb")):
            return False  # "Nomination questions are likely": a noun followed by its verb
        if verb in ("said", "reported", "thought", "believed", "rumoured", "rumored") and _SAID_TO_BE.match(f, m.end("verb")):
            return False  # "a deal said to be worth $1.5 million": what is said of it, by no one named
        if refused_before(f, m.start("verb")):
            return False
        if m.start("verb") and f[m.start("verb") - 1] == "-":
            return False  # "so-called", "oft-stated"
        cue_text = f[m.start():m.end()]
        # what follows the cue before the content: an object of "told", adverbials
        after = cue_end
        if verb in {"told", "tells", "tell"}:
            tm = TOLD_OBJECT.match(f, after)
            if tm and MASK not in tm.group(0):
                after = tm.end()
                ap = _TOLD_APPOSITIVE.match(f, after)
                if ap:
                    after = ap.end()
            else:
                # "told employees in an internal memo that ...": the object runs to "that"
                thm = re.match(r"(?:\s+[\w'\u2019.$-]+){1,12}?(?=\s+that\b)", f[after:])
                if thm and not re.search(r"[,;" + MASK + r"]", thm.group(0)) and not _FINITE_VERB_NOT_ADJ.search(thm.group(0)):
                    after += thm.end()
        elif verb in _WARN_LIKE:
            # "warned company executives that ...", "promised voters in March that ...": whom, not what
            thm = re.match(r"(?:\s+[\w'\u2019.$-]+){1,8}?(?=\s+that\b)", f[after:])
            if thm and not re.search(r"[,;" + MASK + r"]|\b(?:to|not)\b", thm.group(0)) and not _FINITE_VERB_NOT_ADJ.search(thm.group(0)):
                after += thm.end()  # (but "cautioned me not to make that speech": "that" is no clause there)
        am = ADVERBIAL.match(f, after)
        if am:
            after = am.end()
        zone_end = after
        rest = f[after:]
        if am and _MEDIUM_THEN_RELATIVE.search(f, am.start(), min(len(f), am.end() + 40)):
            rest = ""  # "..., the minister told lawmakers in a speech that lasted two hours": the speech's clause
        if verb in _NOT_BEFORE_TO and re.match(r"\s+to\b", f[cue_end:]):
            return False  # "responded to a report": the report is what was answered, not what was said
        if verb in _OBJECT_REPORTS and _REPORTED_OBJECT.match(f, cue_end):
            return False  # "reported a profit", "announced a merger": an object, not words
        before_cue = f[:cue_start].rstrip()
        if verb in INVERSION_FORMS and not m.group("aux").strip() and before_cue.endswith((",", MASK)) and not self._subject_phrase(u, cue_start):
            rsp = u.right_speaker(cue_end)
            if rsp and (_name_like(f[rsp[0]:rsp[1]].split(",")[0]) or _ENDS_IN_NAME.search(f[rsp[0]:rsp[1]].split(",")[0])
                        or re.match(r"(?:the|a|an|one|two|another)\s", f[rsp[0]:rsp[1]], re.I)):
                # '"QUOTE," said Jane Doe.' / 'CONTENT, said the minister.'
                self._left_content(u, cue_start, cue_text, rsp, f[cue_start:])
                return True
        if verb in _SPOKE and not _CLAUSE_CONTENT.match(rest) and not _SPOKE_OF.match(f, m.end("verb")):
            return False  # "spoke during public comment and described ...": no words here; the clause pass reads the rest
        pm = _PARTICIPLE_TAIL.match(rest)
        if pm and not _CONT_AFTER.match(rest):
            rest = ""  # '..., he said, referring to voters.' -- the participle adds no content
        if _PLACE_APPOSITIVE_TAIL.match(rest):
            rest = ""  # "..., a spokesman said by telephone from Milwaukee, site of the talks.": where, not what
        if verb in {"told", "tells", "tell"} and after == cue_end and MASK not in rest and _TOLD_TAIL_OBJECT.fullmatch(rest) \
                and not _FINITE_VERB.search(rest) and "," in f[:cue_start]:
            rest = ""  # "CONTENT, its vice-chancellor told staff on Wednesday.": whom, not what
        rest_stripped = rest.strip(" ,.;!?")
        if am and rest_stripped and " " not in rest_stripped and MASK not in rest_stripped:
            rest = rest_stripped = ""  # "said during his lunch break.": the adverbial ran one word past its noun
        before = f[:cue_start]
        if (verb.endswith("ed") or verb in ("said", "told")) and passive_before(f, m.start("verb")):
            return False  # "the bill was criticized", "is said to be": the subject is not the source
        if verb in ("agreed", "agree", "agrees") and re.match(r"\s+to\s+[a-z]", f[cue_end:]):
            return False  # "agreed to pay a fine": an act, not words
        if NEGATION.search(m.group("aux")) and not (QUOTE_NEXT.match(f, cue_end) or _CLAUSE_START.match(f, cue_end)):
            return False  # "He would not say no to a second term", "did not discuss the plan": nothing said
        if " " in verb and verb.split()[0] in _PHRASE_CUE_HEADS and not _PHRASE_CUE_CONTENT.match(f, cue_end):
            return False  # "made clear gains", "went on to say goodbye": not a phrase that introduces words
        if verb.startswith("continu") and not (MASK in before_cue or QUOTE_NEXT.match(f, cue_end)):
            return False  # "continues to grow": an aspect, not words -- but '"...," she continued'
        if verb == "told" and _ALL_TOLD.search(f, max(0, m.start() - 5), m.start()):
            return False  # "All told, 60,842 ballots were cast": an idiom
        if verb in ("asked", "asks", "ask") and ANONYMITY.match(f, cue_end):
            return False  # "asked not to be identified": a condition of speaking, not words
        if verb in ("asked", "told", "pressed", "questioned") and not m.group("aux").strip() and f[:cue_start].rstrip().endswith(",") \
                and re.match(r"\s+(?:about|whether|if|why|how|what|on|by|to)\b[^,]*,", f[cue_end:]):
            return False  # "Lisko, asked about the reports, denied ...": a passive aside; the verb after it is the cue
        sp = u.left_speaker(cue_start)
        if sp is None and verb in ("say", "tell") and _TO_BEFORE.search(f, max(0, cue_start - 4), cue_start) and not _NOT_SAYING.search(f, max(0, cue_start - 30), cue_start):
            sp = self._sentence_subject(u, cue_start)  # "He went out of his way to say that ...", "was quick to say"
        if sp:
            # "Three years after the board promised ...": the subject follows the subordinator
            sp = (sp[0] + subject_start(f[sp[0]:sp[1]]), sp[1])
        if (sp and sp[0] > 3 and f[:sp[0]].rstrip().endswith(",") and len(f[:sp[0]].split()) > 3
                and _ADVERBIAL_TAIL.match(rest) and not re.search(r"\b(?:that|to)\b", rest[:40])):
            rest = rest_stripped = ""  # 'CONTENT, he said on "Morning Joe."' -- a place or a time, not content
        if sp and f[:sp[0]].lstrip()[:1] == MASK and f[:sp[0]].rstrip().endswith((",", MASK)) and not _QUOTE_GOES_ON.match(f, cue_end) and not _CONT_AFTER.match(rest) and not re.match(r"\s*,?\s*that\b", rest):
            rest = ""
            rest_stripped = ""
        if sp:
            sub = _SUBORDINATOR_BEFORE2.search(f, max(0, sp[0] - 20), sp[0])
            zone = f[sp[0]:zone_end]
            quote_before = MASK in f[:sp[0]]
            if not rest_stripped.replace(MASK, ""):
                if rest_stripped and quote_before:
                    # '"QUOTE," he said, "MORE QUOTE."' -- an interrupted quotation
                    self._interrupted(u, sp, cue_text, zone_end)
                elif rest_stripped:
                    # 'X said: "QUOTE"'
                    self.emit(u, after, len(f), cue_text, sp, date_zone=f[:zone_end])
                elif sp[0] > 3:
                    # 'CONTENT, X said.' -- and '"QUOTE," the bank's chief executive, Jane Doe,
                    # said': a role between the quote and the name belongs to the speaker
                    end = sp[0]
                    last_q = f.rfind(MASK, 0, sp[0])
                    if last_q >= 0:
                        rm = _ROLE_BEFORE_NAME.match(f, last_q + 1, sp[0])
                        if rm:
                            sp, end = (rm.start(1), sp[1]), last_q + 1
                    self._left_content(u, end, cue_text, sp, zone)
                else:
                    return False
                return True
            cm = _CONT_AFTER.match(f, zone_end)
            if cm and sp[0] > 3 and f[:sp[0]].rstrip().endswith((",", MASK)):
                # 'CONTENT, X said, adding CONTENT2'
                self._left_content(u, sp[0], cue_text, sp, zone)
                self.emit(u, cm.end(), len(f), cm.group("v"), sp, date_zone=zone)
                return True
            rm = _COORD_REFUSAL.match(f, zone_end) if sp[0] > 3 and f[:sp[0]].rstrip().endswith(",") else None
            if rm:
                # "CONTENT, X said, but declined to say B" / "..., though she would not say B": both
                self._left_content(u, sp[0], cue_text, sp, zone)
                self._coordinated_refusal(u, rm, len(f), sp, zone)
                return True
            if sp[0] > 3 and f[:sp[0]].rstrip().endswith(",") and _WRITERS_CLAUSE.match(rest) and not _starts_clause(f, sp[0]):
                # "X reduced admissions, researchers reported on Saturday, though kidney problems ...":
                # the clause after the attribution is the writer's
                self._left_content(u, sp[0], cue_text, sp, zone)
                return True
            if (sp[0] > 3 and f[:sp[0]].rstrip().endswith(",") and rest.lstrip().startswith(",")
                    and not rest.lstrip(" ,").startswith(MASK)
                    and not _starts_clause(f, sp[0]) and len(f[:sp[0]].split()) >= 2):
                # "The editorial, sources said, nailed the narrative": the words around it
                cm = _AND_CLAUSE.match(f, zone_end)
                if cm and _REPORTING_WORD.search(f, cm.end()):
                    # "Inflation is easing, the governor said, but the central bank warned that ...": the
                    # governor's words end at the attribution; the next cue makes the bank's statement
                    self._left_content(u, sp[0], cue_text, sp, zone)
                    return False
                if cm and len(f[cm.end():].split()) >= 4:
                    # 'The company had acted "quickly", he argued, and the episode was unlikely to ...':
                    # two clauses on either side of the attribution, each the speaker's
                    self._left_content(u, sp[0], cue_text, sp, zone)
                    self.emit(u, cm.end(), len(f), cue_text, sp, date_zone=zone)
                    return True
                self.emit(u, 0, len(f), cue_text, sp, date_zone=zone)
                return True
            ca = after
            if f[ca:].lstrip().startswith(":"):
                ca = f.index(":", ca) + 1
            end = len(f)
            if sub:
                # 'While X said CONTENT, MAIN CLAUSE.' -- content ends with the subordinate clause
                comma = f.find(",", ca)
                if comma > ca:
                    end = comma
            self._split_continuations(u, ca, end, cue_text, sp, f[:zone_end])
            return True
        # relative clause: "a report by X that said ..." / "advocates who say ..."
        left = before.rstrip()
        rel = _RELATIVE_END.search(left, max(0, len(left) - 12))
        if rel and rel.group(1) in ("who", "which") and left[:rel.start()].rstrip().endswith(",") and _CUE_VERB_RE.search(f, cue_end):
            return False  # "Jane Doe, who first reported it, said ...": the main verb comes later
        if rel and rest_stripped:
            np_text = left[:rel.start()].rstrip(" ,")
            am = _NAME_THEN_APPOSITIVE.search(np_text, max(0, len(np_text) - 140))
            if am and _name_like(am.group(1)) and MASK not in am.group(0):
                # "Senator Curtis Roe, a moderate from the valley's eastern edge who has not said": the name
                self._split_continuations(u, after, len(f), cue_text, (am.start(1), am.end(1)), f[am.start(1):zone_end])
                return True
            tt = _TRAILING_TIME.search(np_text)
            if tt and tt.start() > 0:
                np_text = np_text[:tt.start()]  # "a report on Monday, which said": the report, not Monday
            hm = _HEAD_THEN_PARTICIPLE.search(np_text)
            np = hm.group(1) if hm else trailing_np(np_text)  # "a class action filed in 2022, which claims": the action
            if np:
                s = np_text.rfind(np)
                sp2 = (s, s + len(np)) if rel.group(1) != "who" else (rel.start(1), rel.end(1))
                if rel.group(1) == "who":
                    sp2 = (s, s + len(np))
                self._split_continuations(u, after, len(f), cue_text, sp2, f[s:zone_end])
                return True
        # inverted speaker after the cue: '"QUOTE," said Jane Doe.'
        if verb in INVERSION_FORMS and not m.group("aux").strip():
            b = before.rstrip()
            if b.endswith(",") or b.endswith(MASK):
                rsp = u.right_speaker(cue_end)
                if rsp:
                    self._left_content(u, cue_start, cue_text, rsp, f[cue_start:])
                    return True
        return False

    def _left_content(self, u: _Unit, end: int, cue: str, sp, zone: str) -> None:
        f = u.frame
        start = 0
        lead = _LEADING_JUNK.match(f[:end])
        if lead and lead.end() < end - 10 and not f[:lead.end()].strip().endswith(","):
            start = 0
        self.emit(u, start, end, cue, sp, date_zone=zone)

    def _colon_intro(self, u: _Unit) -> RawStatement | None:
        """'The group's secretary-general, Lotte Haverkamp, said in the statement:': who speaks the quotation
        in the next paragraph, and how (not itself a statement: its words come after)."""
        f = u.frame
        for m in iter_cues(f, u.words):
            if m.group("verb") not in _INTRO_VERBS or m.group("aux").strip() and NEGATION.search(m.group("aux")):
                continue
            tail = f[m.end():].rstrip()[:-1]
            if len(tail.split()) > 8 or _INTRO_CONTENT.search(tail):
                continue  # "said that the plan had three parts:": the words are here
            sp = u.left_speaker(m.start())
            if sp is None:
                continue
            a, b = u.base + sp[0], u.base + sp[1]
            while b > a and self.text[b - 1] in " ,":
                b -= 1
            while a < b and self.text[a] in "*\u2022\u2013\u2014- ":
                a += 1  # "* Opposition lawmaker Jane Doe wrote:": a list's bullet
            when = resolve_date(f[:m.end()], self.published)
            return RawStatement(quote="", quote_start=u.unit.end, quote_end=u.unit.end, kind="direct", cue=f[m.start():m.end()].strip(),
                                speaker_text=self.text[a:b].strip(), speaker_start=a, speaker_end=b, phrase_end=b,
                                stated_on=when[0] if when else None, stated_precision=when[1] if when else None,
                                sentence_start=u.unit.start, sentence_end=u.unit.end)
        return None

    def _speaker_heading(self, p: Paragraph) -> tuple[int, int, str] | None:
        """Where a factbox heading names its speaker, and the name in the case a sentence would give it."""
        if p.quotes or len(p.units) != 1:
            return None
        hm = _SPEAKER_HEADING.fullmatch(self.text, p.start, p.end)
        if hm is None:
            return None
        who = hm.group("who").strip()
        caps = mostly_capitals(who)
        if not 2 <= len(who.split()) <= 16 or not (caps or hm.group("colon")):
            return None
        head = re.split(r",\s*(?:WHO|who)\b", who)[0] if re.match(r"(?:A|AN|ONE|An?|One)\s", who) else who.split(",")[0]
        head = head.strip()
        if _HEADING_CUE.search(re.split(r",\s*(?:WHO|who)\b", who)[0].lower()):
            return None  # "THE MINISTER SAID:": a sentence, not a heading (but "..., WHO ASKED NOT TO BE NAMED" is one)
        if caps:
            head = heading_case(head)
        elif not _name_like(head) or not all(w[:1].isupper() or w in HEADING_SMALL for w in re.findall(r"[^\W\d_][\w'\u2019.-]*", who)):
            return None  # "Wait, it gets better:": a sentence that introduces a quotation
        if head.split()[0].lower() in _SPEECH_SET:
            return None  # "Stated Stone:": a cue and its speaker, which the clause pass reads
        if len(head) <= 2 or head.lower() in _SECTION_LABELS:
            return None
        a = hm.start("who") + (len(hm.group("who")) - len(hm.group("who").lstrip()))
        return a, a + len(head), head

    def _interrupted(self, u: _Unit, sp, cue: str, zone_end: int) -> None:
        for q in u.unit.quotes:
            qa, qb = q.start - u.base, q.end - u.base
            self.emit(u, qa, qb, cue, sp, kind="direct", date_zone=u.frame[sp[0]:zone_end])

    # -- whole article -----------------------------------------------------------------------
    def run(self) -> list[RawStatement]:
        paras = segment(self.text)
        pending_speaker: RawStatement | None = None
        labels = [_TRANSCRIPT_LABEL.match(self.text, p.start, p.end) for p in paras]
        labels = [lm if lm and lm.group("who").lower() not in _SECTION_LABELS else None for lm in labels]
        if sum(1 for lm in labels if lm) < 2:
            labels = [None] * len(paras)  # one "NEW DELHI:" or "FILE PHOTO:" is a dateline or a caption, not an interview
        heading: tuple[tuple[int, int, str], int] | None = None  # a factbox heading's speaker and the paragraph it reaches
        intro: tuple[RawStatement, int] | None = None  # 'Jane Doe said in a statement:' and its paragraph
        for pi, p in enumerate(paras):
            hd = self._speaker_heading(p) if pi else None
            if hd is not None and pi + 1 < len(paras) and paras[pi + 1].quotes \
                    and paras[pi + 1].quotes[0].start - paras[pi + 1].start <= 2:
                heading = (hd, pi)
                continue
            tm = labels[pi]
            if tm and len(self.text[tm.end():p.end].split()) >= 4 and p.units:
                # "SMITH: Well, I think ... ." -- a transcript's turn: the whole paragraph is the speaker's
                u = _Unit(self.text, Unit(p.start, p.end, pi, list(p.quotes)))
                st = self.emit(u, tm.end() - u.base, p.end - u.base, ":", (tm.start("who") - u.base, tm.end("who") - u.base), kind="direct")
                if st is not None:
                    st.sentence_end = p.units[-1].end
                    continue
            for ui, unit in enumerate(p.units):
                u = _Unit(self.text, unit)
                before = len(self.out)
                matched = self.unit(u)
                if matched and len(self.out) > before and not unit.quotes and ui == len(p.units) - 1 and u.frame.rstrip().endswith(":") \
                        and all(_WHERE_ONLY.fullmatch(st.quote) for st in self.out[before:]):
                    # 'Jane Doe wrote on social media:' then the post: the medium is not what she wrote
                    template = self._colon_intro(u)
                    if template is not None:
                        del self.out[before:]
                        intro = (template, pi)
                        continue
                if matched and len(self.out) > before:
                    last = self.out[-1]
                    if u.frame.rstrip().endswith(":") and last.quote_end <= unit.end:
                        pending_speaker = last
                    self._clauses(u, before)
                    continue
                if not unit.quotes and ui == len(p.units) - 1 and len(self.out) == before and u.frame.rstrip().endswith(":"):
                    template = self._colon_intro(u)
                    if template is not None:
                        intro = (template, pi)
                        continue
                if unit.quotes and self._quote_dominant(u) and intro is not None and intro[1] == pi - 1 and ui == 0 \
                        and unit.quotes[0].start - p.start <= 2:
                    # 'Jane Doe said in a statement:' then the quotation as a paragraph of its own
                    said = intro[0]
                    for q in unit.quotes:
                        st = self.emit(u, q.start - u.base, q.end - u.base, said.cue, None, kind="direct")
                        if st:
                            st.speaker_text, st.speaker_start, st.speaker_end = said.speaker_text, said.speaker_start, said.speaker_end
                            st.phrase_end, st.stated_on, st.stated_precision = said.phrase_end, said.stated_on, said.stated_precision
                    intro = None
                    continue
                if unit.quotes and self._quote_dominant(u) and heading is not None and heading[1] in (pi - 1, pi) and ui == 0 \
                        and unit.quotes[0].start - p.start <= 2:
                    # the quotation under a factbox heading is the heading's speaker's
                    for q in unit.quotes:
                        st = self.emit(u, q.start - u.base, q.end - u.base, "", None, kind="direct")
                        if st:
                            st.speaker_start, st.speaker_end, st.speaker_text = heading[0]
                    heading = (heading[0], pi + 1) if len(p.units) == 1 else None
                    continue
                if unit.quotes and self._quote_dominant(u):
                    prev = self._previous_speaker(unit, pi, paras)
                    prev = prev or pending_speaker
                    if prev is not None:
                        for q in unit.quotes:
                            st = self.emit(u, q.start - u.base, q.end - u.base, "", None, kind="direct")
                            if st:
                                st.speaker_text = prev.speaker_text
                                st.speaker_start, st.speaker_end = prev.speaker_start, prev.speaker_end
                                st.phrase_end = prev.phrase_end
                                st.continues = self.out.index(prev)
                                st.stated_on, st.stated_precision = prev.stated_on, prev.stated_precision
                        continue
                self._clauses(u, before)
        out = self._merge_quote_runs()
        hm = _HEADLINE.match(self.text)
        if hm and not _SENTENCE_END.search(hm.group(1)):
            # a headline ("Lorvane recalls drug", "Cobaltline says hackers stole data") is the editor's
            # summary; the story below carries the words and who said them
            out = [st for st in out if st.quote_start >= hm.end()]
        return out

    def _in_that_clause(self, u: _Unit, first: int, subject: int) -> bool:
        """'Fowler said that at the meeting, he supported ...': the subject opens the that-clause a
        statement already holds, after a fronted phrase with no verb of its own."""
        pos = u.base + subject
        for st in self.out[first:]:
            if st.quote_start < pos < st.quote_end and st.kind != "direct":
                lead = self.text[st.quote_start:pos]
                if _THAT_FRONTED.fullmatch(lead):
                    return True
        return False

    def _clauses(self, u: _Unit, first: int) -> None:
        """Stance predicates the cue patterns left: more statements in the same sentence."""
        hits = self._clause_hits(u, first)
        if not hits:
            return
        outer = [h for h in hits if h[0].outer]
        hits = [h for h in hits if not h[0].outer and not self._in_that_clause(u, first, h[1][0])]
        for p, sp, _ in outer:
            head = u.frame[:sp[0]].rstrip()
            if head.endswith(",") and len(head.split()) > 3 and (_name_like(u.frame[sp[0]:sp[1]]) or _ROLE_START.match(u.frame, sp[0])
                                                                   or u.frame[sp[0]:sp[1]].lower() in ("he", "she", "they", "we", "i")):
                # the outer attribution of a sentence that may hold an inner one of its own:
                # "A said B, CNN reported." -- B ends at the comma, and CNN reported all of it
                comma = u.base + len(head) - 1
                if self._in_that_clause(u, first, sp[0]):
                    continue  # "said that if X, the United States would respond.": the that-clause's own subject
                for st in self.out[first:]:
                    if st.quote_start < comma < st.quote_end and st.kind != "direct":
                        st.quote_end = comma
                        st.quote = self.text[st.quote_start:comma]
                self.emit(u, 0, len(head) - 1, p.cue, sp)
        self._cut_at_new_clauses(u, first, hits)
        f = u.frame
        for i, (p, sp, stop_at) in enumerate(hits):
            end = len(f)
            for q, qsp, _ in hits[i + 1:]:
                # the next predicate of the same subject, or of a new clause, ends this content;
                # one whose subject stands inside the content is nested in it ("said she believed")
                if q.coordinated is not None:
                    end = q.coordinated
                    break
                brk = _CLAUSE_CUT.search(f, p.content, qsp[0])
                if brk is not None:
                    end = brk.start()
                    break
            if stop_at is not None:
                end = min(end, stop_at)  # a relative clause ends at its comma
            stop = CONTENT_END.search(f, p.content, end)
            end = stop.start() if stop else end
            a, b = u.base + p.content, u.base + end
            if b - a < 3 or any(min(b, s.quote_end) - max(a, s.quote_start) > 0.5 * min(b - a, s.quote_end - s.quote_start)
                                for s in self.out[first:]):
                continue
            self.emit(u, p.content, end, p.cue, sp, date_zone=f[:p.content], one_word=True)

    def _clause_hits(self, u: _Unit, first: int) -> list:
        """(predicate, speaker span, where its content must stop) for each new predicate."""
        f = u.frame
        hits: list = []
        self._joined: dict[int, re.Match] = {}
        taken = [(s.quote_start - u.base, s.quote_end - u.base) for s in self.out[first:]]
        cues = [(s.speaker_end - u.base, s.cue.split()[-1]) for s in self.out[first:] if s.speaker_end is not None and s.cue]
        # '"...," said Jane Doe': between an inverted statement's content and its speaker
        inverted = [(s.quote_end - u.base, s.speaker_start - u.base) for s in self.out[first:]
                    if s.speaker_start is not None and s.speaker_start >= s.quote_end]
        found = predicates(f, u.words)
        if u.words & PARTICIPLE_WORDS:
            found = sorted(found + participles(f), key=lambda p: p.start)
        for p in found:
            if p.participle:
                if p.cue.startswith("cit") and (_CITED_SOURCE.match(f, p.content) or REFUSAL_RE.search(f, 0, p.start)):
                    # ", citing a study by X": the source of the words before, which stay whole; "declined
                    # to comment, citing the ongoing investigation": the reason for a refusal, not words
                    continue
                sp = self._participle_speaker(u, first, hits, p)
                if sp is not None:
                    hits.append((p, sp, None))
                continue
            joined = self._and_new_speaker(u, p) if p.coordinated is None else None
            if joined is not None and not any(ca <= joined.start() < cb for ca, cb in taken):
                joined = None  # "Unions and many lawmakers claim": one subject, no statement to split
            if joined is not None:
                self._joined[id(p)] = joined  # where _cut_at_new_clauses ends the statement it splits
            if p.coordinated is None and joined is None and any(
                    ca <= p.start < cb and (not _CLAUSE_CUT.search(f, ca, p.start) or _AND_THAT.search(f, ca, p.start)
                                            or _RELATIVE_ASIDE_BEFORE.search(f, ca, p.start))
                    for ca, cb in taken):
                continue  # nested in a statement's content ("said she believed", "said X, and that the firm expected")
            if any(end <= p.start <= end + 30 and word in p.cue for end, word in cues) or any(
                    qe <= p.start < ss for qe, ss in inverted):
                continue  # the cue of a statement the cue patterns made
            rel = relative_before(f, p.start)
            if rel is not None:
                named = next(((s.speaker_start - u.base, s.speaker_end - u.base) for s in self.out[first:]
                              if s.speaker_end is not None and 0 <= rel - (s.speaker_end - u.base) <= 2), None)
                if named is not None:
                    # "..., according to a person familiar with the talks, who said ...": that source
                    comma = f.find(",", p.content)
                    hits.append((p, named, comma if comma > 0 else None))
                    continue
                # "Jane Doe, who opposed the plan, ...": the speaker is the noun phrase before "who"
                am = _NAME_THEN_APPOSITIVE.search(f, max(0, rel - 140), rel)
                if am and _name_like(am.group(1)) and MASK not in am.group(0):
                    # "Siobhan Mwale, the MP for Harrowdale East, who called for ...": the name, not the place
                    comma = f.find(",", p.content)
                    hits.append((p, (am.start(1), am.end(1)), comma if comma > 0 else None))
                    continue
                np = trailing_np(f[:rel])
                if np and np.lower() in _DATE_WORDS:
                    continue  # "a report in June that found": the month is not who found it
                if np and MASK not in np and not np[:1].islower():
                    comma = f.find(",", p.content)
                    hits.append((p, (rel - len(np), rel), comma if comma > 0 else None))
                continue
            sp = u.left_speaker(p.start)
            wm = _WHAT_SUBJECT.search(f, max(0, p.start - 60), p.start)
            if wm is not None and speaker_ok(wm.group(1).strip()):
                sp = (wm.start(1), wm.start(1) + len(wm.group(1).rstrip()))  # "into what one of them described as": one of them
            if joined is not None:
                sp = (joined.end(), len(f[:p.start].rstrip()))  # "... and a doctor claimed": the doctor
            if p.coordinated is not None and sp is not None and any(
                    s.speaker_start is not None and s.speaker_start >= u.base and s.quote_start - u.base <= sp[0] for s in self.out[first:]):
                sp = None  # "the office said she supports the bill and believes ...": not "the bill"
            if sp is not None and p.coordinated is not None:
                # "Gullholm's mayor, Sigrun Aas, said ..., and urged ...", "Another parent, Dalia Roe, said she
                # supported it but questioned ...": the same subject, as the first verb in the sentence has it
                sp = next(((s.speaker_start - u.base, s.speaker_end - u.base) for s in reversed(self.out[first:])
                           if s.speaker_start is not None and s.speaker_start >= u.base and s.speaker_end <= s.quote_start
                           and sp[0] < s.speaker_end - u.base + 2 and s.speaker_end - u.base <= p.start), sp)
            if sp is None and p.coordinated is not None:
                sp = next((( s.speaker_start - u.base, s.speaker_end - u.base) for s in reversed(self.out[first:])
                           if s.speaker_start is not None and s.speaker_start >= u.base), None)
            if sp is not None:
                sp = (sp[0] + subject_start(f[sp[0]:sp[1]]), sp[1])
            if sp is not None and sp[1] <= p.start and MASK not in f[sp[0]:sp[1]] and subject_ok(f[sp[0]:sp[1]]):
                hits.append((p, sp, None))
        return hits

    def _subject_phrase(self, u: _Unit, cue_start: int) -> bool:
        """Is everything before the cue one speaker phrase ('John Roe, a former adviser who
        backed the plan, said ...')? Then 'said the mayor ...' is not an inverted speaker."""
        f = u.frame
        if MASK in f[:cue_start]:
            return False
        sp = u.left_speaker(cue_start)
        if sp is None:
            return False
        lead = _LEADING_JUNK.match(f[:sp[0]])
        if f[lead.end() if lead else 0:sp[0]].strip():
            return False
        if _CONTACT_ASIDE.fullmatch(f[sp[1]:cue_start].rstrip(" ,") ):
            return True  # "A spokesman for the bank, reached by telephone, said the bank ...": the subject, then how he was reached
        if _TRAILING_ASIDE.match(f, sp[1], cue_start):
            return True  # "Murphy, though, said he is with Clinton": the subject, then a discourse aside
        if f[sp[0]:sp[1]].count(",") == 0:
            return False
        parts = [p.strip() for p in f[sp[0]:sp[1]].split(",") if p.strip()]
        role = _words(re.split(r"\s(?:of|on|at|for|in|from|with|to)\s", parts[0].lower())[0])
        # "John Roe, a former adviser, said" / "The director of the agency, Jane Roe, said": a name with its role
        return _name_like(parts[0]) or len(parts) >= 2 and (_name_like(parts[-1]) and bool(role) and role[-1] in _ROLE_HEADS
                                                              or bool(_ENDS_IN_NAME.search(parts[0])))  # "Opposition leader Emeka Roe, whose ...

    def _participle_speaker(self, u: _Unit, first: int, hits: list, p) -> tuple[int, int] | None:
        """The subject a participle clause hangs on: the speaker of the statement before it in
        the sentence, else the subject that opens the sentence."""
        f = u.frame
        if any(s.quote_start - u.base <= p.start < s.quote_end - u.base and s.cue.split()[-1:] == p.cue.split()[:1]
               for s in self.out[first:]):
            return None  # the cue patterns have this participle already
        before = [(s.speaker_start - u.base, s.speaker_end - u.base) for s in self.out[first:]
                  if s.speaker_start is not None and u.base <= s.speaker_start and s.speaker_end - u.base <= p.coordinated]
        before += [sp for _, sp, _ in hits if sp[1] <= p.coordinated]
        if before:
            return max(before)
        return self._sentence_subject(u, p.coordinated)

    def _sentence_subject(self, u: _Unit, end: int) -> tuple[int, int] | None:
        """The subject that opens the sentence, when a verb follows it: 'The court on Thursday
        struck down ...' -> 'The court'."""
        f = u.frame
        stop = _before_quotation(f, end, allow_comma=True)  # ('Axelrod emailed her, ... and telling her, "..."')
        if stop is None:
            return None
        quoted = stop < end
        head = f[:stop]
        dl = DATELINE.match(head)
        lead = _LEADING_JUNK.match(head, dl.end() if dl else 0)
        at = lead.end() if lead else (dl.end() if dl else 0)
        opener = _LONG_OPENER.match(head, at)
        at = opener.end() if opener else at
        for rx in (_SUBJECT_RE, _NAME_SUBJECT):
            sm = rx.match(head, at)
            if sm is None or not subject_ok(sm.group(1)) or sm.group(1).lower() in ("it", "there"):
                continue
            end = sm.end(1)
            nx = _NOUN_COMPOUND_S.match(head, end)
            if nx and nx.group(2).lower() in _COMPOUND_HEADS:
                end = nx.end()  # "A state appeals court on Tuesday overturned": "appeals" is the court's, not a verb
            if quoted and not (_name_like(sm.group(1)) or sm.group(1).lower() in ("he", "she", "they", "we", "i")):
                continue  # with a quotation later in the sentence, only a name or a pronoun ("In his first YouTube videos, ...")
            if _VERB_AFTER_SUBJECT.match(head, end) is not None and _can_speak(head[sm.start(1):end]):
                return sm.start(1), end
        return None  # "The report, citing ...": no clause of its own for the subject

    def _and_new_speaker(self, u: _Unit, p) -> re.Match | None:
        """'The mayor said A and the council said B': a speech verb whose own subject follows a
        bare 'and'/'but' starts a second statement, not one the first speaker reports."""
        if p.cue.split()[-1].lower() not in SPEECH_FORMS:
            return None
        f = u.frame
        m = None
        for m in _AND_NEW_SUBJECT.finditer(f, max(0, p.start - 80), p.start):
            pass
        if m is None:
            return None
        subject = f[m.end():p.start].strip()
        if not subject or "," in subject or MASK in subject or len(subject.split()) > 6 or not subject_ok(subject) \
                or subject.split()[-1].lower() in _PREP_BREAK | {"to", "of", "and", "or"} \
                or not (subject[:1].isupper() or subject.split()[0].lower() in _DETERMINERS or subject.lower() in ("he", "she", "they")
                        or subject.split()[-1].lower() in _SPEAKING_PLURALS):
            return None
        return m

    def _cut_at_new_clauses(self, u: _Unit, first: int, hits: list) -> None:
        """End the statements the cue patterns made where a later predicate begins."""
        f = u.frame
        mine = self.out[first:]
        for p, sp, _ in hits:
            if p.coordinated is not None:
                # "X said A and warned B": the earlier statement's content ends at "and warned"
                cut = u.base + p.coordinated
            else:
                # "In May she said A, and this week she said B": a new clause with its own subject
                brk = _CLAUSE_CUT.search(f, 0, sp[0]) or self._joined.get(id(p))
                if brk is None or any(s.speaker_start == u.base + sp[0] for s in mine):
                    continue
                cut = u.base + brk.start()
            for st in mine:
                inside = st.speaker_start is not None and st.quote_start <= st.speaker_start < st.quote_end
                if st.speaker_start is not None and st.speaker_start >= st.quote_end:
                    continue  # "One member, Jane Roe, voted for a cut, the bank said": all of it is the bank's
                if st.kind != "direct" and not inside and st.quote_start + 2 < cut < st.quote_end - 5 and (
                        p.coordinated is not None or cut <= u.base + sp[0]):
                    st.quote_end = cut
                    st.quote = self.text[st.quote_start:cut]

    def _merge_quote_runs(self) -> list[RawStatement]:
        """Quotations that follow each other with nothing between ('"A." "B."') are one statement.
        A quotation the writer interrupts ('"A," she said. "B."') stays two: each statement's
        quote is the speaker's words as they stand, never the writer's attribution between them.
        Only within a paragraph: a new paragraph is a new statement."""
        out: list[RawStatement] = []
        new_index: dict[int, int] = {}
        for i, st in enumerate(self.out):
            prev = out[-1] if out else None
            same_speaker = prev is not None and (
                (st.continues is not None and new_index.get(st.continues) == len(out) - 1)
                or (st.speaker_start is not None and st.speaker_start == prev.speaker_start)
            )
            if (prev is not None and same_speaker and st.kind == "direct" and prev.kind in ("direct", "mixed")
                    and (not st.cue or st.cue == prev.cue)  # "said she supports X and believes 'Y'": two statements
                    and not _LETTER.search(self.text, prev.quote_end, st.quote_start)
                    and prev.quote_end <= st.quote_start and "\n" not in self.text[prev.quote_end:st.quote_start]
                    and st.quote_start - prev.quote_end < 160):
                prev.quote_end = st.quote_end
                prev.quote = self.text[prev.quote_start:prev.quote_end]
                prev.sentence_end = max(prev.sentence_end, st.sentence_end)
                if not prev.cue:
                    prev.cue = st.cue
                new_index[i] = len(out) - 1
                continue
            if st.continues is not None:
                st.continues = new_index.get(st.continues)
            new_index[i] = len(out)
            out.append(st)
        return out

    def _quote_dominant(self, u: _Unit) -> bool:
        inner = sum(min(q.end, u.unit.end) - q.start for q in u.unit.quotes)
        return inner >= 0.6 * (u.unit.end - u.unit.start)

    def _previous_speaker(self, unit: Unit, pi: int, paras: list[Paragraph]) -> RawStatement | None:
        """The statement a speaker-less quotation carries on: in this or the previous paragraph."""
        floor = paras[max(0, pi - 1)].start
        earlier = [st for st in self.out if st.quote_end <= unit.start and st.sentence_start >= floor]
        if not earlier:
            return None
        last_sentence = max(st.sentence_start for st in earlier)
        # the quoted speaker of the last sentence with statements, before any stance or clause in it
        # ('"A," Roe told the paper, after Doe stated an interest in B.' then '"C."' is Roe's)
        quoted = [st for st in earlier if st.sentence_start == last_sentence and st.kind in ("direct", "mixed")]
        st = quoted[-1] if quoted else max(earlier, key=lambda x: (x.sentence_start, x.quote_end))
        if st.kind == "indirect" and not any(q.start == unit.start for q in unit.quotes):
            return None
        if st.cue == "according to" or (st.kind == "indirect" and st.cue and not _ends_in_speech_form(st.cue)):
            return None  # "... according to two polls." / "X endorsed Y." then a quotation: not theirs to carry on
        return st


_AMBIGUOUS_S = {
    "states", "notes", "reports", "claims", "comments", "posts", "answers", "promises", "pledges",
    "vows", "demands", "estimates", "forecasts", "signals", "stresses", "charges", "protests",
    "objects", "jokes", "counters", "tweets", "blames", "praises", "replies", "remarks", "denies",
    "reveals", "cautions", "threatens", "urges", "proposes", "concludes", "continues", "describes",
    "highlights", "repeats", "specifies", "hints", "accuses", "criticizes", "criticises",
}
_AMBIGUOUS_BASE = {w[:-1] if not w.endswith("ies") else w[:-3] + "y" for w in _AMBIGUOUS_S} | {
    "stress", "charge", "repeat", "object", "protest", "post", "note", "state", "report", "claim",
    "comment", "answer", "promise", "pledge", "vow", "demand", "estimate", "forecast", "signal",
    "joke", "counter", "tweet", "blame", "praise", "reply", "remark", "caution", "hint", "recount",
}
_NOT_BEFORE_TO = {"responded", "responds", "replied", "replies", "reacted", "added", "adds", "answered", "pointed", "objected", "referred"}
_OBJECT_REPORTS = {"reported", "reports", "announced", "announces", "posted", "posts", "forecast", "forecasts", "estimated", "estimates", "predicted", "confirmed", "revealed", "disclosed", "unveiled", "promised", "pledged", "proposed", "demanded", "threatened", "denied", "described", "highlighted", "repeated", "stressed", "signalled", "signaled"}
_RAISE_OBJ = re.compile(r"\s+(?:(?:new|serious|fresh|further|more|many|some|similar|the)\s+)?(?:questions?|concerns?|doubts?|objections?|alarm|the\s+(?:issue|possibility|prospect|question|idea)|fears?|worries|the\s+alarm)\b")
_TOPIC_OBJECTS = {
    "raised": _RAISE_OBJ, "raises": _RAISE_OBJ,
    "pressed": re.compile(r"\s+(?:for|on|ahead)\b"), "pushed": re.compile(r"\s+(?:for|back|to)\b"),
    "pointed": re.compile(r"\s+(?:to|out)\b"), "addressed": re.compile(r"\s+(?:the\s+)?(?:issue|question|concerns?|criticism|reports?|claims?|allegations?|rumou?rs?)\b"),
    "voiced": _RAISE_OBJ, "backed": re.compile(r"\s+(?:[A-Z]|the\s+(?:plan|proposal|bill|idea|candidate|deal|measure))"),
    "backs": re.compile(r"\s+(?:[A-Z]|the\s+(?:plan|proposal|bill|idea|candidate|deal|measure))"),
    # "called for an inquiry", "called on X to", "called him a liar", 'called it "a disgrace"' -- not "called the police"
    # (and 'called the charges unsubstantiated', 'called Friday for', 'called her vote in favor of the war a mistake')
    **{v: re.compile(r"\s+(?:(?:[A-Z][a-z]+day|again|repeatedly|publicly|also)\s+)?(?:for|on|out)\b"
                     r"|\s+(?!(?:a|an)\s)(?:(?!(?:after|before|in(?!\s+(?:favou?r|support)\b)|on|at|for|to|with|when|while|because|as|and|but|by|from)\b)"
                     r"[\w.'\u2019-]+\s+){1,8}?(?:(?:a|an)\s|" + MASK + r")"
                     r"|\s+(?:the|this|that|these|those|his|her|its|their|such)\s+(?:(?!(?:in|on|at|for|to|with|a|an|the|from|by|of|into)\b)[\w'\u2019-]+\s+){0,3}?"
                     r"(?!(?:united|limited|based|owned|related|called|named|elected|appointed|scheduled|planned)\b)"
                     r"(?:un|in|il|ir|im)?[a-z]+(?:ed|ous|ful|ble|ive|ic|less|ent|ant|ary|ist|ish)(?:\s+and\s+[a-z]+)?(?=\s*[,.;]|\s+(?:by|because|since|as|and|but)\b|\s*$)")
       for v in ("called", "calls")},
    # to whom one spoke is not what was said: "spoke to reporters", "talked with aides"
    **{v: re.compile(r"(?!\s+(?:to|with)\b)") for v in ("spoke", "speaks", "talked", "talks")},
    # "campaigned for X" is a stance; "campaigned on his wife's behalf", "campaigned as a moderate" are not
    **{v: re.compile(r"\s+(?:for|against)\b") for v in ("campaigned", "campaigns")},
    # "described it as", "described the plan": not "described in blistering terms"
    **{v: re.compile(r"(?!\s+(?:in|with|by)\b)") for v in ("described", "describes")},
}
_ROLE_BEFORE_NAME = re.compile(r"\s*,?\s*((?:the|a|an|his|her|its|their)\s[^,\ue000]{1,60}),\s*$", re.I)


_DATE_WORDS = set(MONTHS) | set(WEEKDAYS)
_HEADLINE = re.compile(r"([^\n]{3,150})\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?\"\u201d]\s*$")


def _before_quotation(f: str, end: int, allow_comma: bool) -> int | None:
    """Where the search for the subject opening a sentence stops: end, or the first quotation
    when a verb of the subject's stands before it ('Jane Roe called the levy "a tax" and argued
    ...'); None when the quotation comes first ('"...," she said, and ...': the cue patterns'
    case), the sentence opens with a subordinator, or (unless allowed) a comma comes first."""
    mpos = f.find(MASK, 0, end)
    if mpos < 0:
        return end
    if not _VERB_AFTER_SUBJECT.search(f, 0, mpos) or not allow_comma and "," in f[:mpos] or _SUBORDINATE_OPEN.match(f):
        return None
    return mpos


def _starts_clause(frame: str, pos: int) -> bool:
    """Is the text before pos only an introductory phrase ('Last September, ')?"""
    head = frame[:pos].strip(" ,")
    return bool(_LEADING_JUNK.match(head + ", ")) and len(head.split()) <= 4


def _can_speak(phrase: str) -> bool:
    """A name, a pronoun, or a noun for people or an organisation: 'The school closed, citing
    the snow' has a speaker; 'The storm hit the coast, confirming the forecasts' has none."""
    words = phrase.split()
    if not words:
        return False
    if phrase.lower() in ("he", "she", "they", "we", "i") or any(w[:1].isupper() for w in words[1:]) or (
            len(words) == 1 and words[0][:1].isupper()):
        return True
    head = words[-1].lower().strip(".,")
    return head in _ROLE_HEADS or head in ORG_NOUN_TYPES or head.rstrip("s") in _ROLE_HEADS or bool(_PEOPLE_PLURAL.search(head))


def _ends_in_speech_form(cue: str) -> bool:
    """'has said', 'pointed out', 'made clear': does the cue end in a form of a speech verb?"""
    words = cue.split()
    return any(" ".join(words[-n:]) in SPEECH_FORMS for n in range(1, min(4, len(words)) + 1))


def extract(text: str, published: date | None = None) -> list[RawStatement]:
    """Every attributed statement in an article, in text order. Pure: no I/O."""
    return Extractor(text, published).run()
