"""Word lists the engine reasons with. General English and newsroom usage only:
no names, sentences or file lists from any evaluation corpus belong here."""

from __future__ import annotations

import re

# Reporting verbs: base form -> irregular past forms. Regular ones get -ed/-s/-ing.
_SPEECH_VERBS = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "tweet": (), "add": (),
    "note": (), "state": (), "announce": (), "confirm": (), "deny": (), "warn": (), "argue": (),
    "insist": (), "claim": (), "acknowledge": (), "explain": (), "report": (), "declare": (),
    "comment": (), "remark": (), "reply": (), "respond": (), "answer": (), "ask": (),
    "suggest": (), "predict": (), "allege": (), "admit": (), "concede": (), "contend": (),
    "maintain": (), "assert": (), "stress": (), "emphasize": (), "emphasise": (), "testify": (),
    "promise": (), "pledge": (), "vow": (), "urge": (), "caution": (), "complain": (),
    "recall": (), "observe": (), "disclose": (), "reveal": (), "indicate": (), "signal": ("signalled", "signalling"),
    "boast": (), "quip": (), "joke": (), "counter": (), "retort": (), "conclude": (),
    "continue": (), "post": (), "estimate": (), "forecast": ("forecast",), "add on": (),
    "mention": (), "point out": (), "agree": (), "charge": (), "complain about": (),
    "reiterate": (), "repeat": (), "recount": (), "describe": (), "highlight": (),
    "underline": (), "underscore": (), "propose": (), "demand": (), "threaten": (),
    "announce on": (), "affirm": (), "specify": (), "clarify": (), "hint": (), "muse": (),
    "lament": (), "tout": (), "brag": (), "protest": (), "object": (), "accuse": (),
    "blame": (), "criticize": (), "criticise": (), "praise": (), "vow to": (), "testify that": (),
    # phrases that introduce words as a verb does: "made clear that", "went on to say"
    "make clear": ("made",), "make it clear": ("made",), "make the case": ("made",),
    "make the point": ("made",), "go on to say": ("went", "gone"),
}
# Verbs that report a thought or intention rather than an utterance.
_THOUGHT_VERBS = {
    "believe": (), "think": ("thought",), "expect": (), "hope": (), "fear": (), "feel": ("felt",),
    "know": ("knew", "known"), "worry": (), "doubt": (), "want": (), "wonder": (),
    "consider": (), "see": ("saw", "seen"), "understand": ("understood",), "suspect": (),
    "assume": (), "reckon": (), "anticipate": (), "calculate": (), "plan": (), "intend": (),
    "learn": ("learnt",), "find": ("found",), "recognize": (), "recognise": (), "realize": (),
    "realise": (),
}


_DOUBLING = {"admit", "regret", "commit", "omit", "refer", "prefer", "occur", "submit", "transmit"}


# Verbs by which a source shows evidence ("polls show that ...", "the study found that ...").
_EVIDENCE_VERBS = {
    "show": ("showed", "shown"), "find": ("found",), "suggest": (), "indicate": (), "reveal": (),
    "demonstrate": (), "conclude": (), "confirm": (),
}


# Verbs whose content is their object or topic: "X endorsed Y", "X spoke about Y", "X called for Y".
_TOPIC_VERBS = {
    "speak": ("spoke", "spoken"), "talk": (), "complain": (), "boast": (), "brag": (), "joke": (),
    "testify": (), "comment": (), "lie": ("lied",), "lecture": (), "muse": (), "push": (),
    "press": (), "advocate": (), "lobby": (), "campaign": (), "point": (), "refer": (),
    "allude": (), "object": (), "react": (), "appeal": (), "accuse": (), "criticize": (),
    "criticise": (), "praise": (), "blame": (), "attack": (), "slam": (), "blast": (),
    "question": (), "defend": (), "endorse": (), "support": (), "oppose": (),
    "reject": (), "dismiss": (), "welcome": (), "condemn": (), "denounce": (), "mock": (),
    "ridicule": (), "tout": (), "hail": (), "applaud": (), "decry": (), "lament": (),
    "champion": (), "back": (), "vow": (), "pledge": (), "promise": (), "propose": (),
    "demand": (), "urge": (), "call": (), "describe": (), "characterize": (), "label": (),
    "dub": (), "brand": (), "deny": (), "acknowledge": (), "admit": (), "confirm": (),
    "announce": (), "predict": (), "discuss": (), "address": (), "mention": (), "highlight": (),
    "emphasize": (), "stress": (), "raise": (), "express": (), "voice": (),
    "recount": (), "describe": (), "explain": (), "detail": (), "outline": (),
    "warn": (), "threaten": (), "insist": (), "argue": (), "ask": (), "question": (),
    "challenge": (), "disparage": (), "insult": (), "taunt": (), "thank": (), "congratulate": (),
    "apologize": (), "apologise": (), "concede": (), "claim": (), "suggest": (), "cite": (),
}


def _inflect(base: str, irregular: tuple[str, ...]) -> set[str]:
    head, _, tail = base.partition(" ")
    tail = (" " + tail) if tail else ""
    forms = {head}
    if head.endswith("ee"):
        ing = head + "ing"
        ed = head + "d"
    elif head.endswith("e"):
        stem = head[:-1]
        ing = stem + "ing"
        ed = head + "d"
    elif head.endswith("y") and head[-2] not in "aeiou":
        ing = head + "ing"
        ed = head[:-1] + "ied"
    elif (re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", head) and head not in {"post"}) or head in _DOUBLING:
        ing = head + head[-1] + "ing"
        ed = head + head[-1] + "ed"
    else:
        ing = head + "ing"
        ed = head + "ed"
    if head.endswith(("s", "sh", "ch", "x", "z")):
        third = head + "es"
    elif head.endswith("y") and head[-2] not in "aeiou":
        third = head[:-1] + "ies"
    else:
        third = head + "s"
    forms.update({ing, third})
    forms.update(irregular or (ed,))
    return {f + tail for f in forms}


def _forms(table: dict[str, tuple[str, ...]]) -> set[str]:
    out: set[str] = set()
    for base, irr in table.items():
        if base.endswith((" to", " on", " that", " about")):
            continue
        out |= _inflect(base, irr)
    return out


SPEECH_FORMS = _forms(_SPEECH_VERBS)
THOUGHT_FORMS = _forms(_THOUGHT_VERBS) | {"plans", "aims", "aim", "aimed", "seeks", "sought", "seek", "vowed", "pledged", "promised", "threatened", "urged"}
EVIDENCE_FORMS = _forms(_EVIDENCE_VERBS)
# Past forms only (plus the -s forms, which the engine takes only after a subject): "attacks",
# "shares", "calls" are nouns as often as verbs.
TOPIC_FORMS = {f for f in _forms(_TOPIC_VERBS) if not f.endswith("ing") and f not in {b for b in _TOPIC_VERBS}} - {"back", "point", "address", "share", "call", "raise", "press", "lie", "push", "campaign", "object", "question", "brand", "label", "detail", "voice", "support", "oppose"} | {
    "called", "calls", "raised", "raises", "pressed", "pushed", "pointed", "addressed", "voiced",
    "questioned", "branded", "labeled", "labelled", "detailed", "supported", "supports", "opposed", "opposes",
    "backed", "backs", "campaigned", "lied", "objected",
}
# Predicates of stance, intention and evaluation, by semantic class: what a source says,
# wants, supports or condemns is attributed to it as much as its words are ("X vowed to Y",
# "X endorsed Y", "X praised Y"). The clause pass (tracker.extract.clauses) takes these
# only with a subject before them, so several may stand in one sentence.
_STANCE_VERBS = {
    # asserting, informing, asking (the cue patterns have them first; the clause pass finds a
    # second one in a sentence: 'In May she said A; this week she said B')
    "say": ("said",), "write": ("wrote", "written"), "add": (), "state": (),
    # telling someone something: taken only with "that" after the person ("assured voters that")
    "tell": ("told",), "assure": (), "reassure": (), "remind": (), "inform": (), "notify": (),
    "persuade": (), "convince": (), "brief": (),
    "note": (), "announce": (), "confirm": (), "deny": (), "warn": (), "argue": (), "insist": (),
    "claim": (), "acknowledge": (), "explain": (), "report": (), "tweet": (), "retweet": (),
    "declare": (), "comment": (), "remark": (), "reply": (), "respond": (), "answer": (),
    "suggest": (), "predict": (), "allege": (), "admit": (), "concede": (), "contend": (),
    "maintain": (), "assert": (), "stress": (), "emphasize": (), "emphasise": (), "testify": (),
    "recall": (), "observe": (), "disclose": (), "reveal": (), "indicate": (), "signal": ("signalled", "signalling"),
    "mention": (), "describe": (), "highlight": (), "underscore": (), "reiterate": (),
    "repeat": (), "recount": (), "clarify": (), "hint": (), "proclaim": (), "inform": (),
    "shout": (),
    "chant": (), "discuss": (), "address": (),
    "express": (), "voice": (), "share": (), "publish": (),
    "characterize": (), "characterise": (), "label": (), "dub": (), "brand": (), "portray": (),
    "depict": (), "echo": (),
    "speak": ("spoke", "spoken"), "talk": (), "ask": (), "question": (), "wonder": (),
    "inquire": (), "query": (), "estimate": (), "forecast": ("forecast",), "project": (),
    "speculate": (), "theorize": (), "theorise": (), "compare": (), "liken": (), "equate": (),
    "unveil": (), "outline": (), "detail": (), "recommend": (), "advise": (),
    # wanting, planning, promising, refusing
    "want": (), "hope": (), "wish": (), "seek": ("sought",), "plan": (), "intend": (),
    "aim": (), "vow": (), "pledge": (),
    "promise": (), "threaten": (), "offer": (), "propose": (), "decide": (), "choose": ("chose", "chosen"),
    "prefer": (), "demand": (), "urge": (), "request": (), "invite": (), "order": (),
    "instruct": (), "encourage": (), "implore": (), "plead": (), "beg": (), "press": (),
    "push": (), "lobby": (), "campaign": (), "vote": (), "call": (), "rule": (),
    # believing, knowing, judging
    "believe": (), "think": ("thought",), "feel": ("felt",), "know": ("knew", "known"),
    "expect": (), "fear": (), "worry": (), "doubt": (), "suspect": (), "assume": (),
    "reckon": (), "consider": (), "regard": (), "view": (), "see": ("saw", "seen"),
    "deem": (), "judge": (), "find": ("found",), "learn": ("learnt",), "realize": (),
    "realise": (), "recognize": (), "recognise": (), "understand": ("understood",),
    "remember": (), "acknowledge that": (), "anticipate": (), "imagine": (), "agree": (),
    "disagree": (), "concur": (),
    # supporting and opposing, praising and condemning
    "support": (), "back": (), "endorse": (), "oppose": (), "favor": (), "favour": (),
    "advocate": (), "champion": (), "defend": (), "embrace": (), "welcome": (), "applaud": (),
    "praise": (), "hail": (), "commend": (), "laud": (), "extol": (), "tout": (), "celebrate": (),
    "thank": (), "congratulate": (), "apologize": (), "apologise": (), "criticize": (),
    "criticise": (), "condemn": (), "denounce": (), "decry": (), "deplore": (), "slam": (),
    "blast": (), "lambast": (), "lambaste": (), "assail": (), "attack": (), "chide": (),
    "scold": (), "rebuke": (), "mock": (), "ridicule": (), "deride": (), "dismiss": (),
    "reject": (), "rebuff": (), "refute": (), "dispute": (), "contest": (), "challenge": (),
    "disparage": (), "insult": (), "taunt": (), "accuse": (), "blame": (), "fault": (),
    "credit": (), "complain": (), "protest": (), "object": (), "lament": (), "bemoan": (),
    "rail": (), "boast": (), "brag": (), "joke": (), "quip": (),
    # showing (a poll, a report, a study)
    "show": ("showed", "shown"), "demonstrate": (), "illustrate": (),
}
# Forms the clause pass leaves alone without an auxiliary before them: as often nouns
# ("the campaign", "shares fell", "a record"), or verbs of a subject that is not a source.
STANCE_AMBIGUOUS = {
    "rule", "rules", "call", "calls", "campaign", "campaigns", "state", "states", "share", "shares", "note", "notes", "view", "views",
    "issue", "issues", "release", "releases", "order", "orders", "request", "requests", "plan",
    "plans", "back", "backs", "report", "reports", "claim", "claims", "answer", "answers",
    "question", "questions", "quote", "quotes", "text", "texts", "email", "emails", "hope",
    "hopes", "fear", "fears", "doubt", "doubts", "offer", "offers", "attack", "attacks",
    "credit", "credits", "challenge", "challenges", "echo", "echoes", "press", "push", "lobby",
    "charge", "charges", "protest", "protests", "object", "objects", "reply", "replies",
    "remark", "remarks", "comment", "comments", "praise", "promise", "promises", "pledge",
    "pledges", "demand", "demands", "wish", "wishes", "joke", "jokes", "brand", "brands",
    "label", "labels", "project", "projects", "detail", "details", "reference", "references",
    "order", "favor", "favour", "support", "supports", "study", "show", "shows", "find", "finds",
    "forecast", "forecasts", "estimate", "estimates", "address", "addresses", "blast", "blasts",
    "slam", "slams", "mock", "dispute", "disputes", "contest", "contests", "fault", "judge",
    "judges", "release", "cite", "talk", "talks", "speak", "see", "sees", "know", "try", "tries",
    "vow", "vows", "view", "invite", "invites", "rail", "rails", "insult", "insults", "taunt",
    "taunts", "quip", "quips", "tweet", "tweets", "post", "posts", "signal", "signals",
    "outline", "outlines", "raise", "raises", "voice", "voices", "reveal",
}
STANCE_FORMS = {f for f in _forms(_STANCE_VERBS) if not f.endswith("ing")}
# Attitudes said with an adjective: "X is critical of Y", "X was confident that ...".
ATTITUDE_ADJECTIVES = {
    "critical", "skeptical", "sceptical", "supportive", "opposed", "concerned", "worried", "confident",
    "optimistic", "pessimistic", "sure", "certain", "convinced", "proud", "eager", "willing",
    "unwilling", "determined", "committed", "keen", "happy", "unhappy", "angry", "furious",
    "upset", "wary", "hopeful", "adamant", "doubtful", "fearful", "afraid", "grateful",
    "disappointed", "frustrated", "dismissive", "enthusiastic", "hostile", "sympathetic",
    "receptive", "resistant", "reluctant", "vocal", "outspoken", "insistent", "unapologetic",
}
# "-ing" forms: predicates only in the progressive ("she is pledging to ...")
STANCE_ING = {f for f in _forms(_STANCE_VERBS) if f.endswith("ing")}


def stance_forms_of(*bases: str) -> set[str]:
    """The clause pass's forms of these stance verbs ("choose" -> choose, chooses, chose, chosen)."""
    return {f for b in bases for f in _inflect(b, _STANCE_VERBS[b])} & (STANCE_FORMS | STANCE_ING)

# Cues that may stand after the quote with the speaker inverted: '"...," said Jane Doe.'
INVERSION_FORMS = {
    "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "explained", "explains",
    "continued", "continues", "noted", "notes", "recalled", "recalls", "replied", "replies",
    "responded", "insisted", "argued", "observed", "warned", "tweeted", "declared", "concluded",
    "answered", "countered", "quipped", "joked", "stated", "remarked", "acknowledged",
}

AUXILIARIES = (
    "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
    "also", "previously", "repeatedly", "later", "earlier", "again", "once", "often", "has also",
    "later", "then", "just", "already", "reportedly", "publicly", "privately", "frequently",
    "recently", "separately", "further", "flatly", "firmly", "strongly", "quickly", "simply",
    "long", "initially", "originally", "first", "last", "subsequently", "elsewhere", "is",
    "was", "were", "are", "been", "be", "being", "did", "does", "do", "not", "never", "even",
    "still", "yet", "only", "clearly", "explicitly", "openly", "specifically", "directly",
    "told", "officially", "formally", "ominously", "bluntly", "candidly", "angrily", "calmly", "now",
    "in the past", "in recent days", "in recent weeks", "in recent months", "at times", "for years", "in public",
    "in private", "on occasion", "at the time",
)

# an adverb before a verb ("repeatedly said"), not a noun in -ly ("Scott's family has called on"): a regex fragment
ADVERB_LY = r"(?!(?:family|ally|rally|supply|assembly|monopoly|anomaly|bully|reply|daily|weekly|monthly|quarterly|italy)\b)[a-z]+ly"

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
# words that stand for a speaker without naming one: an unresolved statement with only these has no speaker to show
BARE_PRONOUNS = ("he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "his", "her", "their", "")
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}

# Nouns that make a phrase someone who speaks for an organisation, not the organisation's name.
SPOKES_NOUNS = {
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen",
    "representative", "representatives", "rep", "press office", "press secretary",
    "official", "officials", "source", "sources", "statement", "spokesperson's", "aide", "aides",
    "staff", "staffer", "staffers", "team", "campaign", "lawyer", "lawyers", "attorney",
    "attorneys", "counsel", "press officer", "communications director",
}
# Head nouns that refer back to the last organisation of a compatible type.
ORG_NOUN_TYPES = {
    "company": "company", "firm": "company", "corporation": "company", "group": "any",
    "conglomerate": "company", "business": "company", "startup": "company",
    "start-up": "company", "maker": "company", "manufacturer": "company", "retailer": "company",
    "automaker": "company", "carmaker": "company", "airline": "company", "carrier": "company",
    "insurer": "company", "lender": "company", "bank": "company", "producer": "company",
    "giant": "company", "chipmaker": "company", "developer": "company", "operator": "company",
    "utility": "company", "brewer": "company", "miner": "company", "supplier": "company",
    "agency": "government", "department": "government", "ministry": "government", "district": "any",
    "government": "government", "administration": "government", "regulator": "government",
    "authority": "government", "authorities": "government", "commission": "government",
    "office": "government", "bureau": "government", "service": "government", "court": "government",
    "committee": "government", "council": "government", "state": "government",
    "newspaper": "media", "paper": "media", "outlet": "media", "publication": "media",
    "magazine": "media", "broadcaster": "media", "network": "media", "daily": "media",
    "website": "media", "site": "media", "news agency": "media", "tabloid": "media",
    "organization": "any", "organisation": "any", "union": "any", "party": "any",
    "association": "any", "charity": "any", "campaign": "any", "coalition": "any",
    "alliance": "any", "foundation": "any", "institute": "any", "university": "any",
    "team": "any", "club": "any", "club's": "any", "body": "any", "watchdog": "any",
    "exchange": "company", "fund": "company", "trust": "any", "cooperative": "any",
    "league": "any", "federation": "any", "embassy": "government", "board": "any", "firm's": "company",
    "company's": "company", "school": "any", "bloc": "any", "movement": "any", "inspectorate": "government",
    "tribunal": "government", "panel": "any", "inquiry": "any", "hospital": "any", "church": "any", "studio": "company",
    "museum": "any", "gallery": "any", "library": "any", "collective": "any", "ombudsman": "government",
    "app": "company", "platform": "company", "chain": "company", "publisher": "company", "processor": "company",
    "chamber": "any", "forum": "any", "society": "any",
}

# Words inside a name that make it an organisation, and which kind.
GOV_WORDS = {
    "agency", "enforcement", "department", "ministry", "administration", "service", "services",
    "bureau", "office", "commission", "authority", "police", "army", "navy", "court",
    "government", "congress", "senate", "parliament", "council", "committee", "reserve",
    "treasury", "pentagon", "kremlin", "military", "forces", "force", "guard", "patrol",
    "protection", "security", "state", "house", "assembly", "cabinet", "secretariat",
    "directorate", "inspectorate", "tribunal", "board", "fed", "customs", "immigration", "coastguard", "coastguards",
}
MEDIA_WORDS = {
    "times", "post", "journal", "news", "guardian", "reuters", "press", "tribune", "herald",
    "telegraph", "gazette", "daily", "magazine", "radio", "tv", "television", "broadcasting",
    "observer", "independent", "economist", "chronicle", "mirror", "express", "standard",
    "inquirer", "sun", "star", "monitor", "review", "bulletin", "wire", "network", "media",
    "newsweek", "weekly", "politico", "axios", "bloomberg", "intercept",
}
COMPANY_WORDS = {
    "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.",
    "llc", "plc", "ag", "sa", "nv", "gmbh", "group", "holdings", "bank", "airlines",
    "airways", "motors", "systems", "technologies", "technology", "labs", "partners",
    "securities", "capital", "industries", "energy", "pharmaceuticals", "foods", "brands",
    "enterprises", "ventures", "investments", "financial", "insurance", "petroleum", "oil",
    "steel", "mining", "resources", "communications", "telecom", "software", "electric",
    "international", "global", "exchange", "fund", "trust", "management", "associates",
    "consulting", "solutions", "research", "economics", "analytics", "advisers", "advisors", "strategies", "oy", "oyj", "ab", "asa", "spa", "srl", "bv", "kk", "pte", "pty",
    "nv", "se", "sarl", "kg", "lp", "llp", "plc", "limited", "incorporated",
}
# industries firms name themselves after ("Corvane Semiconductor", "Halvern Logistics"): a
# company, when nothing else in the name says otherwise, but no sign of where a name ends
# ("Rochester Gas and Electric Co" is one name)
INDUSTRY_WORDS = {
    "semiconductor", "semiconductors", "microsystems", "electronics", "therapeutics", "biosciences", "biotech",
    "pharma", "robotics", "aerospace", "logistics", "shipping", "freight", "chemicals", "materials", "minerals",
    "metals", "textiles", "apparel", "retail", "stores", "supermarkets", "entertainment", "studios",
    "networks", "devices", "instruments", "dynamics", "automotive", "aviation", "maritime",
    "utilities", "solar", "renewables", "gas", "hotels", "resorts", "properties", "realty", "homes",
    "construction", "engineering", "infrastructure", "healthcare", "health", "medical", "diagnostics", "wealth",
    "asset", "assets", "payments", "lending", "bancorp", "insurers", "reinsurance", "agritech", "fintech",
    "transport", "transportation", "transit", "ferries", "lines", "railways", "railway", "rail", "airport", "ports",
}
OTHER_ORG_WORDS = {
    "university", "college", "school", "institute", "foundation", "association", "union",
    "party", "league", "federation", "organization", "organisation", "church", "hospital",
    "center", "centre", "council", "coalition", "alliance", "society", "club", "campaign",
    "movement", "network", "watch", "forum", "academy", "initiative", "project", "fund",
    "committee", "commission", "nations", "bank", "museum", "gallery", "collective", "ombudsman", "chamber",
    "fellowship", "front", "elementary", "preschool", "kindergarten", "seminary", "cooperative", "co-operative",
    # parties and movements named in their own languages
    "partido", "movimiento", "frente", "partei", "parti", "partito", "partij", "partia", "unidad",
}
LEGAL_SUFFIXES = {
    "inc", "corp", "co", "ltd", "llc", "plc", "ag", "sa", "nv", "gmbh", "corporation",
    "incorporated", "limited", "company", "holdings", "group", "lp", "llp", "se", "spa", "bv",
}

TITLES = {
    "president", "vice", "prime", "minister", "secretary", "senator", "sen", "sen.",
    "representative", "rep", "rep.", "gov", "gov.", "governor", "mayor", "mr", "mr.", "mrs",
    "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "judge", "justice",
    "chancellor", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo", "cto", "chief",
    "executive", "director", "general", "gen", "gen.", "lt", "lt.", "col", "col.", "sgt",
    "sgt.", "capt", "capt.", "captain", "commander", "admiral", "adm", "adm.", "pope", "king",
    "queen", "prince", "princess", "lord", "lady", "sir", "dame", "ambassador", "attorney",
    "speaker", "leader", "candidate", "nominee", "sheriff", "detective", "officer", "agent",
    "rev", "rev.", "reverend", "father", "rabbi", "imam", "bishop", "cardinal", "sister",
    "brother", "coach", "manager", "founder", "co-founder", "chancellor", "premier",
    "deputy", "assistant", "acting", "former", "then", "incoming", "outgoing", "interim",
    "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "strategist",
    "lawmaker", "congressman", "congresswoman", "delegate", "commissioner", "superintendent",
    "councilwoman", "councilman", "councillor", "councilor", "alderman", "alderwoman", "councilmember", "trustee",
    "assemblyman", "assemblywoman", "legislator", "chairperson", "registrar", "magistrate",
    "principal", "state", "u.s.", "us", "federal", "foreign", "defense", "defence", "finance",
    "economy", "trade", "health", "interior", "justice", "homeland", "security", "press",
    "house", "senate", "majority", "minority", "whip", "republican", "democrat",
    "democratic", "gop", "white", "national", "adviser", "advisor", "counselor",
    "attorney-general", "solicitor", "inspector", "treasurer", "comptroller", "auditor",
    "rep.", "sen.", "gov.", "lieutenant", "major", "private", "corporal", "sergeant",
    "colonel", "field", "marshal", "emir", "sheikh", "crown", "president-elect",
    "vice-president", "first", "board", "editor", "publisher", "correspondent", "reporter",
    "columnist", "host", "anchor", "author", "actor", "actress", "singer", "star", "champion",
    "pastor", "dean", "provost", "rector", "owner", "partner", "head", "boss", "mp",
    "senior", "top", "then-president", "then-candidate", "presidential", "nominee",
    "businessman", "businesswoman", "billionaire", "activist", "scientist", "researcher",
    "mayoral", "gubernatorial", "congressional", "parliamentary", "senatorial", "opposition", "campaign",
    "expert", "doctor", "nurse", "teacher", "student", "resident", "voter", "supporter",
    # roles a report puts before a name: "Goalkeeper Jonas Frey", "defence lawyer Niamh Roe"
    "goalkeeper", "keeper", "striker", "midfielder", "defender", "winger", "skipper", "quarterback", "pitcher",
    "referee", "lawyer", "historian", "novelist", "photographer", "surgeon", "physician", "engineer", "farmer",
    "constable", "coroner", "pathologist", "prosecutor", "magistrate", "ombudsman", "vice-chancellor",
}
# roles before a name that only people hold ("Administrator Tobias Frahm", "critic Derek Fallon"):
# titles here, and person titles in names.py
PERSON_ROLE_TITLES = {
    "administrator", "pollster", "commentator", "consultant", "campaigner", "secretary-general", "director-general",
    "supervisor", "selectman", "selectwoman", "provost", "warden",
    "critic", "reviewer", "curator", "producer", "filmmaker", "composer", "artist", "designer", "chef", "architect",
    "journalist", "broadcaster", "presenter", "pundit", "blogger", "novelist", "poet", "playwright",
    "prosecutor", "coroner", "pastor", "priest", "vicar", "chaplain", "deacon", "plaintiff", "claimant", "defendant", "td",
    "cr", "cllr", "collector", "magistrate",
}
TITLES |= PERSON_ROLE_TITLES
NATIONALITY_RE = re.compile(
    r"^(?:U\.S\.|US|U\.K\.|UK|E\.U\.|EU|U\.N\.|UN|[A-Z][a-z]+(?:an|ian|ese|ish|ic|i|ch))$"
)

# Sentence-initial capitalised words that are not names.
NON_NAME_WORDS = {
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "he", "she", "it", "they", "we",
    "i", "you", "this", "that", "these", "those", "there", "here", "as", "if", "when", "while",
    "after", "before", "since", "for", "with", "by", "from", "to", "of", "his", "her", "its",
    "their", "our", "my", "your", "last", "next", "this", "some", "many", "most", "all", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "no", "not", "so",
    "yet", "still", "also", "however", "meanwhile", "although", "though", "because", "what",
    "who", "why", "how", "where", "which", "whose", "whom", "both", "each", "every", "other",
    "another", "such", "more", "less", "much", "few", "several", "any", "now", "then", "today",
    "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
    "asked", "according", "earlier", "later", "once", "even", "only", "just", "instead",
    "despite", "during", "until", "among", "under", "over", "about", "against", "without",
    "within", "through", "across", "between", "into", "like", "unlike", "beyond", "amid",
    "inside", "outside", "behind", "around", "toward", "towards", "fewer", "most", "many",
    "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had",
    "will", "would", "can", "could", "should", "may", "might", "must", "shall", "let", "please",
    "thank", "thanks", "yes", "well", "oh", "okay", "ok", "sources", "officials", "people",
    "according", "said", "says", "told", "added", "reported", "editing", "reporting",
    "writing", "additional", "photo", "file", "update", "updated", "breaking", "watch", "read",
    "see", "click", "follow", "share", "sign", "subscribe", "advertisement", "related",
    "latest", "live", "video", "audio", "listen", "getty", "images", "ap", "afp", "via",
    "neighbouring", "neighboring",  # "Neighbouring Lirenia's ministry": an adjective opening the sentence
}
# Last words that make a capitalised run a place or an event, not a person ("Tollen Reservoir",
# "Northern Counties Cup"), first words of place names ("Port Avel"), and sports-club endings.
PLACE_LAST_WORDS = {
    "reservoir", "falls", "river", "lake", "valley", "bay", "park", "street", "road", "avenue", "square",
    "row", "lane", "terrace", "crescent", "drive", "boulevard", "quay", "wharf", "marina", "mall", "camp", "dam", "pier",
    "gardens", "green", "shire",
    "bridge", "stadium", "arena", "airport", "station", "island", "islands", "mountains", "hills", "heights",
    "county", "province", "region", "beach", "harbour", "harbor", "canal", "forest", "creek", "springs",
    "crossing", "estate", "peninsula", "strait", "gulf", "coast", "desert", "plain", "plains", "highway",
    "cup", "championship", "championships", "games", "olympics", "festival", "awards", "prize", "act", "bill",
    "correspondent", "editor", "reporter", "writer", "columnist",
}
PLACE_FIRST_WORDS = {"port", "fort", "mount", "lake", "saint", "st.", "san", "santa", "cape", "glen", "upper", "lower",
                     "avenida", "calle", "rua", "rue", "via", "piazza", "plaza", "praça", "jalan", "boulevard"}
CLUB_WORDS = {"united", "rovers", "wanderers", "athletic", "albion", "rangers", "fc", "hotspur", "harriers"}
# Capitalised words that stand alone without naming anyone: compass adjectives, time zones
NOT_ENTITY_WORDS = {"western", "eastern", "northern", "southern", "gmt", "utc", "bst", "cet", "cest", "est", "edt",
                    "pst", "pdt", "cst", "cdt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                    "nov", "dec",
                    # initialisms of things, not of organisations
                    "ai", "ipo", "ipos", "gdp", "ceo", "cfo", "coo", "cto", "vat", "tv", "hr", "dna", "hiv", "aids", "covid",
                    "gps", "suv", "suvs", "ev", "evs", "co2", "lng", "lgbtq", "lgbt", "faq", "atm", "atms", "id", "pc", "vpn"}
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
