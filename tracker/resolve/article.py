"""Speaker text -> entity, within one article.

Names are gathered in text order into entities (full names first seen, later surnames,
acronyms and short forms folded in); then each statement's speaker phrase is read:
a name in it wins, a spokesperson speaks for the organisation named beside them,
"he"/"she" take the last person, "it" and "the company" the last organisation of a
compatible kind. What cannot be resolved keeps its text with kind "unknown".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from tracker.extract.firstnames import FEMALE_FIRST_NAMES, FIRST_NAMES, MALE_FIRST_NAMES
from tracker.extract.lexicon import (
    BARE_PRONOUNS, CLUB_WORDS, COMPANY_WORDS, GOV_WORDS, MEDIA_WORDS, MONTHS, NON_NAME_WORDS, NOT_ENTITY_WORDS, ORG_NOUN_TYPES, OTHER_ORG_WORDS, PLACE_FIRST_WORDS,
    PLACE_LAST_WORDS, SPOKES_NOUNS, TITLES, WEEKDAYS,
)
from tracker.extract.names import SURNAME_FIRST_GIVEN, NATIONALITY_RE, PARTY_TAG, find_mentions, heading_case, mostly_capitals, org_type
from tracker.extract.segment import BYLINE, DATELINE, DATELINE_LINE
from tracker.extract.types import Mention, RawStatement
from tracker.resolve.keys import entity_key, initials
from tracker.resolve.places import is_country, is_region, is_subdivision


@dataclass(eq=False)
class EntityRef:
    name: str
    kind: str  # person | organization | group | unknown
    aliases: set[str] = field(default_factory=set)
    org_type: str | None = None  # company | government | media | other
    first_pos: int = 0

    @property
    def key(self) -> str:
        return entity_key(self.name)


@dataclass
class Affiliation:
    person: EntityRef
    organization: EntityRef
    role: str


@dataclass
class ResolvedStatement:
    raw: RawStatement
    speaker: EntityRef | None
    about: list[EntityRef]
    # an unnamed source that a later pronoun or "the official" refers back to: the words that
    # introduced it ("a nurse who still works for the company"), where the speaker has no entity
    label: str | None = None


@dataclass
class ResolvedArticle:
    statements: list[ResolvedStatement]
    entities: list[EntityRef]
    affiliations: list[Affiliation]


# what a ministry, department or commission is for: "the transport ministry" is not the health ministry
_REMIT_WORDS = {"utility", "utilities", "transport", "transportation", "finance", "health", "education", "defence", "defense",
                "foreign", "interior", "justice", "trade", "labour", "labor", "energy", "environment", "environmental",
                "agriculture", "agricultural", "housing", "water", "transit", "elections", "election", "electoral", "planning",
                "tax", "revenue", "securities", "competition", "communications", "immigration", "fisheries", "mining",
                "treasury", "economy", "economic", "culture", "tourism", "highway", "highways", "aviation", "maritime",
                "state", "provincial", "regional", "county", "city", "municipal"}
_REMIT_BODIES = {"ministry", "department", "commission", "authority", "agency", "board", "office", "government", "council",
                 "committee", "bureau", "directorate", "service", "inspectorate", "tribunal", "regulator", "administration"}
_PEOPLE_WORDS = {"delegate", "aide", "analyst", "nurse", "diplomat", "economist", "strategist", "staffer", "insider", "resident",
                 "activist", "student", "parent", "veteran", "fellow", "scientist", "physician", "pharmacist", "geologist",
                 "technician", "specialist", "consultant", "attorney", "lawyer", "colleague", "executive", "source"}
_COUNTED_WORDS = {"a", "an", "one", "another", "two", "three", "four", "five", "several", "some", "many", "few", "other"}
# the person is named by what they are, with an organisation or place only as a modifier ("one Frankfurt dealer")
_COUNTED_PHRASE = re.compile(r"(?:a|an|one|another|two|three|four|five|several|some|many|few|other)\s+(?:[\w.&'\u2019-]+\s+){0,4}[a-z]+s?$")
_DISCOURSE_WORDS = {"likewise", "nevertheless", "nonetheless", "however", "meanwhile", "moreover", "furthermore", "instead", "still",
                    "separately", "similarly", "indeed", "overall", "ultimately", "yesterday", "today", "earlier", "later", "also",
                    "additionally", "elsewhere", "previously", "recently", "finally", "first", "second", "third", "then", "now"}
_ARTICLE_SURNAME = re.compile(r"(?:[Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]sh|[Aa]t|[Aa]z|[Aa]r)-[A-Z][\w-]+")
_SECTOR_WORDS = {"industry", "market", "trade", "diplomatic", "financial", "political", "western", "intelligence", "security",
                 "economic", "business", "congressional", "parliamentary", "military", "commodity", "money"}
_HEADLINE_LINE = re.compile(r"([^\n]{3,150})\n[ \t]*\n")
_SENTENCE_STOP = re.compile(r"[.!?\"\u201d]\s*$")


def _title_cased(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", line)
    small = {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at", "by", "with", "as", "is", "from", "over"}
    caps = sum(1 for w in words if w[0].isupper())
    return len(words) >= 4 and caps >= 3 and all(w[0].isupper() or w.lower() in small for w in words)


_ACRONYM_DEF = re.compile(r"\(\s*([A-Z][A-Za-z]{1,9})\s*\)")
_GROUP_HEAD = re.compile(
    r"\b(officials|analysts|sources|experts|critics|residents|witnesses|investigators|authorities|"
    r"economists|traders|dealers|diplomats|advocates|activists|protesters|voters|people|lawmakers|"
    r"legislators|leaders|executives|bankers|observers|supporters|opponents|democrats|republicans|"
    r"members|officers|police|prosecutors|regulators|researchers|scientists|doctors|lawyers|"
    r"organizers|organisers|campaigners|groups|companies|firms|banks|governments|aides|allies|"
    r"insiders|observers|spokespeople|workers|employees|students|parents|families|others|authors|scholars|pollsters|"
    r"teachers|nurses|residents|farmers|unions|respondents)\b",
    re.I,
)
# "Residents of Tirza reached by telephone", "Patient advocates who packed the hearing room": how the
# writer met them, not who they are
_GROUP_TAIL = re.compile(r"\s+(?:who|whom|whose|which|that)\b.*|\s+(?:reached|contacted|interviewed|polled|surveyed|questioned|"
                         r"quoted|cited|asked)\s+(?:by|on|in|at|about|for|outside)\b.*", re.I)
_LEADING_THE = re.compile(r"^the\s+", re.I)
# "<someone>'s <head>" that speaks for itself: a person's circle, a state's own bodies (not its
# government, which is the country's voice), a company's staff and their representatives
# what a sports or arts page calls someone it has just named: "the defender", "the 29-year-old"
_EPITHETS = {"defender", "guard", "forward", "striker", "midfielder", "goalkeeper", "keeper", "winger", "centre-back", "fullback",
             "quarterback", "pitcher", "batsman", "bowler", "veteran", "rookie", "teenager", "youngster", "actor", "actress",
             "singer", "rapper", "novelist", "playmaker", "sprinter", "swimmer", "skipper", "coach"}
_AGE_EPITHET = re.compile(r"\d{1,3}-year-old")
_BEHALF_LEAD = re.compile(r"(?:Representing|Acting\s+for|Speaking\s+for|Speaking\s+on\s+behalf\s+of|On\s+behalf\s+of)\s+[^,]{1,60},\s+")
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|in|for|of|from|on|with)\s+(?:the\s+)?$")
_TIMESTAMP_LABEL = re.compile(r"(?:^|\|)[ \t]*((?:First\s+|Last\s+)?(?:Published|Posted|Updated))\b:?", re.M)
_POSTNOMINALS = {"SC", "KC", "QC", "MP", "MSP", "MLA", "TD", "OBE", "MBE", "CBE"}
_WORKPLACE_BEFORE = re.compile(r"\b(?:at|for|of|with|from)\s+(?:the\s+)?$")
_POSSESSIVE_DOCUMENT = re.compile(r"((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[\w\s'-]{1,40}?|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})"
                                  r"['\u2019]s?\s+(?:own\s+|latest\s+|most\s+recent\s+|new\s+|annual\s+|internal\s+|official\s+|preliminary\s+){0,2}(?:calculations|figures|estimates?|analysis|data|report|statement|filing|"
                                  r"letter|survey|poll|study|website|records|accounts|submission|complaint|lawsuit|petition|memo|"
                                  r"budget\s+papers|board\s+papers)")
_PLACE_BODY = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})\s+(police|authorities|coast\s+guard|"
                         r"fire\s+service|fire\s+department|ambulance\s+service|stock\s+exchange|prosecutors?)")
_ASSOCIATES = {"allies", "supporters", "critics", "opponents", "rivals", "wife", "husband", "widow", "widower", "son", "daughter",
               "mother", "father", "brother", "sister", "family", "friends", "relatives", "neighbours", "neighbors", "colleagues",
               "partner", "children", "parents"}
_KIN = {"wife", "husband", "widow", "widower", "son", "daughter", "mother", "father", "brother", "sister", "family", "relatives",
        "partner", "children", "parents"}
_STATE_ONLY_BODIES = {"forces", "guard", "police", "army", "navy", "military", "ministry", "embassy", "parliament", "regulator", "watchdog"}
_STATE_BODIES = {"department", "office", "agency", "service", "authority", "court", "commission", "council"}
_STAFF_BODIES = {"union", "unions", "council", "workers", "employees", "staff", "shareholders", "investors", "creditors",
                 "bondholders", "pilots", "nurses", "doctors", "teachers", "customers", "members"}
# "the Marchetti campaign", "Kessling's campaign", "a spokesman for the Redfield campaign": the campaign
# speaks, not the candidate
_PRONOUN_CAMPAIGN = re.compile(r"([Hh]is|[Hh]er|[Tt]he)\s+(?:own\s+|presidential\s+|re-?election\s+|Senate\s+|mayoral\s+)?campaign")
_CAMPAIGN = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|press\s+secretary|official|aide)s?\s+"
                       r"(?:for|of|with|from)\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,2}?([A-Z][\w'\u2019-]*?)(?:['\u2019]s)?\s+campaign")


def _title_only(name: str) -> bool:
    """'Prime Minister', 'Health Secretary': a post, not a name ('White House', 'Senate' are bodies)."""
    words = [w.lower().strip(".,") for w in name.split()]
    # (one word alone is more often a surname or a firm's short form: "Singer", "Premier", "Bishop")
    return 2 <= len(words) <= 3 and all(w in TITLES for w in words) and words[-1] not in GOV_WORDS | MEDIA_WORDS | OTHER_ORG_WORDS


def _group_name(phrase: str) -> str:
    """An unnamed group as the writer counts it ('two officials familiar with the talks', 'several
    residents'), without the clause that only says how they were reached."""
    return _LEADING_THE.sub("", _GROUP_TAIL.sub("", phrase.split(",")[0].strip())) or phrase


# ", the Tallis Ridge managing partner", ", a spokeswoman for": a role after a name
_ROLE_APPOSITIVE = re.compile(
    r",\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w.'\u2019-]+\s+){0,5}?(?:" + "|".join(sorted(
        {"partner", "director", "chairman", "chairwoman", "chair", "president", "executive", "officer", "spokesman",
         "spokeswoman", "spokesperson", "minister", "secretary", "governor", "mayor", "senator", "founder", "owner",
         "manager", "adviser", "advisor", "analyst", "economist", "professor", "lawyer", "attorney", "researcher",
         "author", "editor", "leader", "head", "member", "chief", "deputy", "commissioner", "judge", "coach", "captain",
         "resident", "farmer", "teacher", "nurse", "doctor", "student", "worker", "official", "ambassador", "consultant",
         "strategist", "organizer", "organiser", "volunteer", "holder", "treasurer", "principal", "superintendent",
         "scientist", "engineer", "trader", "banker", "investor", "activist", "campaigner", "historian", "physician",
         "MP", "MEP", "lawmaker", "legislator", "candidate", "nominee", "delegate", "representative", "councillor",
         "councilor", "manager", "captain", "player", "striker", "superintendent", "inspector",
         "schoolteacher", "grower", "shopkeeper", "pensioner", "retiree", "widow", "widower", "mother", "father", "fisherman",
         "vendor", "driver", "survivor", "witness", "homeowner", "tenant", "labourer", "laborer", "mechanic", "electrician",
         "cleaner", "pharmacist", "surgeon", "midwife", "paramedic", "firefighter", "priest", "pastor", "imam", "artist",
         "musician", "singer", "actor", "actress", "writer", "poet", "photographer", "journalist", "accountant", "architect"},
        key=len, reverse=True)) + r"|\w+(?:teacher|worker|farmer))s?\b")
# "The Merrowan embassy in Kelsgrad": (the org phrase, its head noun) before a place
_ORG_HEAD_BEFORE_PLACE = re.compile(r"((?:[Tt]he|[Aa]n?)\s+(?:[\w'\u2019-]+\s+){0,3}?([a-z]+))\s+(?:in|at)\s+[A-Z]")
# "a senior Vastorian official": a country's adjective before the role
_DEMONYM_BEFORE_ROLE = re.compile(r"\b[A-Z][a-z]+(?:ian|ese|ish|ean|i)\s+(?:government\s+|military\s+|security\s+|intelligence\s+)?(?:officials?|sources?|diplomats?)\b")
# what follows a person's name: an appositive or a relative clause ("Ilse Marchetti, who ...")
_PERSON_AFTER = re.compile(r",\s+(?:who|whose|a|an|the|\d)\s|,?\s+(?:said|says|told|added)\b")
_IT_AFTER = re.compile(
    r",\s+which\s|\s+(?:said|says|told|announced|reported|confirmed|added)\s+(?:on\s+\w+\s+|in\s+a\s+statement\s+|last\s+\w+\s+)?(?:that\s+)?(?:it|its)\s")
_ROLE_THEN_NAME = re.compile(
    r"(?:(?:[Tt]he\s+)?[\w.&'\u2019-]+['\u2019]s|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){0,3}"
    r"(?:shareholder|owner|investor|partner|backer|parent|subsidiary|unit|lender|insurer|auditor|regulator|union|rival|"
    r"organi[sz]er|promoter|operator|sponsor|publisher|distributor|manufacturer|maker|developer|contractor|landlord|"
    r"biggest\s+\w+|largest\s+\w+)s?,\s+(?=(?:the|a|an)\s|[A-Z][\w'\u2019-]*\s+[A-Z])")
# (also inside an appositive: "Arvell Group, the consortium that owns Pennine Crossways")
_RELATIVE_IN_PHRASE = re.compile(r",\s*(?:who|which|whose)\s|,[^,]*?\s(?:that|who|which)\s")
# "An investor group led by New York investor George Soros": the group, not the place or the man who leads it
_LED_BY_IN_PHRASE = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+[a-z][\w\s-]{0,40}?\s(?:group|consortium|coalition|alliance|team|syndicate|"
                               r"bloc|panel|delegation|committee)\s+(?=(?:led|headed|formed|organi[sz]ed|backed|chaired)\s+by\s)")
_POSSESSIVE_IN = re.compile(r"\w(?:s['\u2019]|['\u2019]s)\s")
_POSSESSIVE_AT = re.compile(r"['\u2019]s?\s")
_PLACE_AS_ORG = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:said|says|announced|confirmed|sacked|fired|hired|signed|appointed|thanked|denied)\b"
    r"|,\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,4}(?:club|team|company|firm|group|side)\b")
_ROLE_BEFORE = re.compile(
    r"(?:\b(?:chief\s+executive|executive|director|chairman|chairwoman|chair|president|spokesman|spokeswoman|spokesperson|"
    r"minister|secretary|founder|partner|manager|adviser|advisor|analyst|economist|professor|researcher|editor|leader|"
    r"general|head|officer|official|governor|mayor|commissioner|judge|coach|lawyer|attorney|deputy|captain|manager|"
    r"superintendent|inspector|sergeant|detective|councillor|councilor|councilman|councilwoman|senator|representative|"
    r"ambassador|chancellor|principal|dean|striker|goalkeeper|midfielder|defender|player|owner|chief)),?\s+$")
# "Dunsley Athletic, the second-division football club": the organisation's kind as a noun
_ORG_APPOSITIVE = re.compile(r",\s+(?:the|a|an|its)\s+(?:[\w.'\u2019-]+\s+){0,5}?(" + "|".join(
    sorted((k for k in ORG_NOUN_TYPES if " " not in k and "'" not in k), key=len, reverse=True)) + r")\b"
    # the noun heads the appositive ("a customer support team lead" is a lead, not a team), and it is an
    # appositive, not the next clause's subject ("In the capital, Serrat, the government accused")
    r"(?=\s*(?:[,.;:)]|$|\s+(?:that|which|who|whose|based|in|of|with|founded|owned|run|known|and|it|he|she|they|its|at|for|from|"
    r"popular|best|used|behind|listed|headquartered|valued|backed|controlled|created|operating|serving)\b))")
_GROUP_OF = re.compile(
    r"(?:(?:at\s+least|some|many|several|dozens\s+of|hundreds\s+of|a\s+number\s+of|two|three|four|five|six|a\s+few|most)\s+)*"
    r"(?:members|supporters|opponents|voters|residents|critics|fans|students|parents|workers|employees|families|relatives|"
    r"lawmakers|delegates|shareholders|investors|customers|passengers)\s+of\b", re.I)
# "Clinton and Trump", "Protesting at Trump": two names, or a headline's words, not one person's name
_JOINED_NAMES = re.compile(r"\s(?:and|or|at|on|in|for|with|to|by|vs\.?|&)\s")
_LABEL_AFTER = re.compile(r":\s")
_LABEL_LINE = re.compile(r"(?:\s*,\s*(?:[A-Z][A-Z.'\u2019-]*\s*){1,4})?\s*:\s")
_SPOKES_TEXT = re.compile(r"spokes|press\s+secretary", re.I)
_THE_SPOKESPERSON = re.compile(r"[Tt]he\s+(?:spokes(?:man|woman|person)|press\s+secretary)")
_THE_DOCUMENT = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(statement|letter|memo|post|email|e-mail|note|message|"
                           r"release|tweet|blog\s+post)", re.I)
# nouns for a body that is named with the noun when it is named at all: no guess by type for them
_NAMED_BODIES = {"council", "court", "committee", "embassy", "tribunal", "chamber", "inquiry", "panel", "union", "museum", "university", "hospital", "school", "church"}
_UNION_NAME = re.compile(r"(?i)\b(?:\w*workers['\u2019]?|teamsters|guild|brotherhood|syndicate|local\s+\d+|metall|unite|unison|"
                         r"syndicat\w*|sindicat\w*|gewerkschaft)(?=\W|$)")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Sir|Dame)\s+$")
# "Former Obama spokesman Robert Gibbs": once someone's voice, now speaking as himself
_FORMER_STAFF_BETWEEN = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:spokes(?:man|woman|person)|press\s+secretary|aide|speechwriter)\s+(?=[A-Z])")
_ROLE_BETWEEN = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(sorted(
    {"captain", "coach", "manager", "striker", "goalkeeper", "midfielder", "defender", "winger", "chairman", "chairwoman",
     "chair", "president", "director", "executive", "minister", "secretary",
     "analyst", "economist", "lawyer", "attorney", "founder", "owner", "leader", "official", "adviser", "advisor",
     "candidate", "member", "player", "boss", "chief", "head", "professor", "editor", "commissioner", "aide",
     "strategist", "pollster", "governor", "senator", "mayor", "ambassador"},  # (not a spokesperson: "Cruz spokeswoman X" speaks for Cruz)
    key=len, reverse=True)) + r")(?:\s+of\s+[a-z]+)?\s+(?=[A-Z])")  # ("Former Reagan chief of staff Don Regan")
# speakers for a client who, when the story names them, are quoted as themselves
_COUNSEL_NOUNS = {"lawyer", "lawyers", "attorney", "attorneys", "counsel", "solicitor", "barrister", "aide", "adviser", "advisor"}
_MEDIUM_BEFORE = re.compile(r"\b(?:told|interview\s+with|(?:posted|posting|wrote|writing|published)\s+(?:on|to)|post\s+on|posts\s+on|"
                            r"(?:listed|traded|trade|trades|quoted)\s+on|(?:filed|lodged)\s+(?:with|at|in))"
                            r"\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$")
_WHO_AFTER = re.compile(r",\s+(?:who\s|\d{1,3},)")  # "Dmitri Roe, who runs a bakery", "Karen Janes, 67,": a person
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]|''|``")
_PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
# -er/-or nouns that name an organisation ("the Oil World newsletter"), beside ORG_NOUN_TYPES
# words before "official(s)" or "spokesman" that say nothing about whose ("a senior official")
_ONE_OF = {"a", "an", "one", "another"}
_UNNAMED_INSIDERS = {"official", "aide", "staffer", "insider", "leader", "figure", "member", "executive", "lawmaker", "mla", "mp",
                     "legislator", "councillor", "councilor", "delegate", "diplomat", "adviser", "advisor", "negotiator", "officer"}
_SPOKES_MODIFIERS = {"the", "senior", "top", "chief", "former", "other", "unnamed", "press", "deputy", "junior", "high-ranking",
                     "ranking", "leading", "official"}
_POSSESSIVE_WORDS = {"its", "their", "his", "her", "our"}
_ORG_AGENT_NOUNS = {"newsletter", "publisher", "exporter", "importer", "distributor", "refiner", "provider", "trader", "owner",
                    "buyer", "seller", "partner", "investor", "shipper", "processor"}
# a role noun for one person ("engineer", "analyst", "director", "economist", "worker")
_PERSON_ROLE = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|man|woman|person|director|chief|head|manager|executive|officer|adviser|advisor)$")
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w.'\u2019-]+,\s*$")  # "Sen. Harold Amadi, D-Brennan,": a party label
_SURNAME_HYPHEN = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+|[A-Z][a-z]*['\u2019][A-Z][a-z]+")  # "Adjoa-Frye", "O'Neill"
_DATE_CONTEXT = re.compile(r"\b(?:in|since|until|by|from|last|next|early|late|mid|through|before|after)[\s-]+$", re.I)
_PLACE_BEFORE = re.compile(r"\b(?:capital|city|town|village|port|province|region)(?:,| of)\s+$|\b(?:crossing|camp|border)\s+at\s+$", re.I)
# "Marlow Vale council said": a place, by the body or the people it has (a person has none of these)
_PLACES_PEOPLE_AFTER = re.compile(r"\s+(?:council|councillors|councilors|residents|voters|ratepayers)\b")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:camp|crossing|border|region|province|valley|district|airport|station|river|harbour|harbor|"
                               r"spaceport|airbase|base|mine|refinery|reservoir|estate|spa|resort|coast|peninsula|plateau|"
                               r"county|municipality|suburb|neighbourhood|neighborhood|end)\b")
# "Tierra Alta, a copper-mining region": what the appositive calls it
_PLACE_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:region|city|town|village|province|state|country|district|port|"
                               r"island|county|suburb|capital|municipality|enclave|territory)"
                               r"(?=\s*(?:[,.;]|$)|\s+(?:of|in|on|near|where|that|which|known|whose)\b)")  # the place noun heads it
_LEADING_ADVERBIAL = re.compile(r"\s*(?:[A-Z][a-z]+)(?:\s+[a-z][\w'\u2019-]*){0,5},\s+")  # "Outside the hearing, ", "Later, "
# "One of the final speakers was fifth-grader Mia Roe": a person brought in by the sentence
_COPULA_BEFORE = re.compile(r"(?<!who\s)(?<!which\s)\b(?:was|were)\s+"
                            r"(?:(?!(?:in|at|on|from|to|with|by|for|of|not)\s)(?![\w-]+ing\s)[\w'\u2019-]+\s+){0,3}$")
_IN_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|across|throughout|around|between)\s+$")
_SPEAKS_AFTER = re.compile(r",?\s+(?:said|says|told|announced|reported|added|declined|did\s+not)\b")
_GAVE_NAME_BEFORE = re.compile(r"\b(?:first|given)\s+name(?:\s+as)?,?\s+$|\bname\s+(?:only\s+)?as\s+$")  # "gave only his first name, Klaus"
_INTRODUCED = re.compile(r",\s+\d{1,3},")  # "Maureen Tolland, 71,": someone the story brings in
_POSSESSIVE_NOMINAL = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['\u2019]s\s+(?:[a-z-]+\s+){0,3}([a-z]+)")
_SPOKES_FOR_BODY = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+)?(?:spokes\w+|representative|press\s+officer)\s+(?:for|of|at)\s+"
                         r"((?:the\s+)?[A-Z].*)")
_LIST_AFTER = re.compile(r",\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)*,?\s+(?:and|or)\s+[a-z]")
_NUMBERED_THING = re.compile(r"Phase|Stage|Level|Tier|Category|Class|Grade|Section|Article|Chapter|Clause|Step|Schedule|Form|Rule|Part|Title")
_NUMBER_NEXT = re.compile(r"\s+(?:\d|[IVX]+\b)")
_CENTRAL_BANK_PHRASE = re.compile(r"\b(?:central|national|reserve)\s+bank", re.I)
_CENTRAL_BANK_NAME = re.compile(r"\b(?:Central|National|Reserve|People's)\s+Bank\b|\bBank\s+of\s+[A-Z]|Federal\s+Reserve|Monetary\s+Authority|Bundesbank")
_DOUBTFUL_BEFORE = re.compile(r"\b(?:[Tt]he|a|an|on|at|in|from|owns|owned|runs|run|of|to|into|near|outside|inside)\s+$")
_LOWER_NOUN_AFTER = re.compile(r"\s+[a-z]+(?:er|or|ist|ion|ment|ship|ure|ance|ence|ing)s?\b")
_NOUN_BEFORE_NAME = re.compile(r"\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he)\s+(?:[a-z-]+\s+)?([a-z]+),\s+$")
_APPOSITIVE_CLOSE = re.compile(r"\s*,")
_DEMONYM_BODY = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+(?:ian|ese|ish|ean|an|i)\s+(?:government|ministry|army|military|police|"
                           r"embassy|parliament|navy|cabinet|authorities|officials|foreign\s+ministry))")
_FAMILIAR_SOURCE = re.compile(r"(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[a-z]+\s+){0,2}?(?:person|source|official|insider|executive|diplomat|aide)\s+"
                              r"(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of)\b")
_COUNTED_MEMBERS = re.compile(r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|\d+|[Aa]\s+(?:number|handful|group)\s+of|"
                              r"[Dd]ozens\s+of|(?:[Oo]ne|[Tt]wo|[Ss]ome|[Mm]any|[Mm]ost|[Ee]ach|[Aa]ll|[Nn]one)\s+of\s+(?:the|its|their|his|her)\s+(?:\w+\s+)?)\s*(?:[A-Z][\w-]*\s+){1,3}(?:MPs|MEPs|lawmakers|legislators|members|councillors|"
                              r"councilors|senators|deputies|backbenchers|rebels|delegates)\b")
# "the official", "the source", "the former employee": a definite phrase for a source introduced unnamed
_THE_UNNAMED = re.compile(r"[Tt]he\s+(?:(?:former|senior|second|first|other)\s+)?(official|source|person|aide|employee|analyst|engineer|nurse|"
                          r"doctor|delegate|diplomat|executive|manager|worker|resident|officer|adviser|advisor|lawyer|insider|staffer|"
                          r"geotechnician|technician|contractor|driver|teacher|student|witness|investigator|banker|trader|dealer|strategist)")
_COUNTED_SOURCE = re.compile(r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|\d+)\s+[a-z]")
_UNNAMED_SOURCE = re.compile(r"(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+[a-z]")  # "a healthcare assistant", "one nurse"
_KIN_F = "wife|daughter|mother|sister|widow|granddaughter|aunt|niece"
_KIN_M = "husband|son|father|brother|widower|grandson|uncle|nephew"
_KIN_BEFORE = re.compile(rf"\b(?:(?P<f>{_KIN_F})|{_KIN_M})\b[^.,]{{0,30}},\s*$")
_SUBJECT_APPOSITIVE_LEAD = re.compile(r"(?:(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]*['\u2019]s|The|Her|His|Their|Its)\s+[a-z][^,.;]{0,40},\s")
# "the prime minister's spokesman", "the mayor's spokeswoman": the holder of a post speaks through them
_HOLDERS_OFFICE = re.compile(r"(?:[Tt]he|[Hh]is|[Hh]er)\s+((?:prime\s+)?(?:minister|premier|mayor|governor|president|chancellor|commissioner))['\u2019]s\s+office")
_OFFICE_HOLDER_SPOKES = re.compile(r"(?:the\s+)?((?:prime\s+)?(?:minister|president|mayor|governor|premier|chancellor|taoiseach|first\s+minister))"
                                   r"['\u2019]s\s+(?:[a-z]+\s+)?(?:spokes\w+|press\s+secretary|office)\b")
# the offices that speak for those posts, where an article names them
_OFFICES = {"prime minister": ("downing street", "no 10", "number 10", "no. 10"),
            "president": ("white house", "kremlin", "elysee", "elysee palace", "\u00e9lys\u00e9e", "\u00e9lys\u00e9e palace", "blue house"),
            "taoiseach": ("government buildings",)}
# nouns for which a country, as its government, is what they mean ("the government said")
_COUNTRY_NOUNS = {"government", "administration", "country", "nation", "state", "regime", "cabinet", "authorities"}
_ANAPHOR_ROLES = {"minister", "judge", "coroner", "constable", "governor", "mayor", "senator", "executive", "chairman",
                  "chairwoman", "president", "commissioner", "prosecutor", "premier", "chancellor", "secretary", "director",
                  "superintendent", "inspector", "councillor", "coach", "manager", "captain", "ambassador", "sheriff",
                  "bishop", "forward", "striker", "goalkeeper", "defender", "midfielder", "pilot", "professor", "lawyer",
                  "barrister", "solicitor", "priest", "rabbi", "imam", "pastor", "historian", "economist", "analyst", "chief",
                  "commander", "detective", "attorney", "auditor", "treasurer"}
_ROLE_AFTER = re.compile(r",\s+(?:the|a|an|its|his|her)\s[^,.;]{2,70}")
# "who gave only his first name, Petar,", "Her husband of 38 years, Walt,": a given name alone is a person
_FIRST_NAME_ONLY = re.compile(rf"\b(?:first|given)\s+name\b|\b(?:{_KIN_F}|{_KIN_M}|partner)\b[^.,]{{0,30}},\s*$")
_GENERIC_BODY = re.compile(
    r"(?:(?:Foreign|Defen[cs]e|Interior|Home|Finance|Justice|Health|Education|Trade|Economy|Economic|Transport|Environment|"
    r"Agriculture|Labou?r|Energy|Culture|Supreme|Constitutional|High|Central|National|State|Federal|Armed)\s+)*"
    r"(?:Ministry|Ministry\s+of\s+[A-Z][a-z]+|Department|Court|Bank|Parliament|Senate|Army|Navy|Police|Government|Cabinet|Forces|Office)")
_POSSESSOR_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['\u2019]s\s+$")
_LEADER_ROLES = {"executive", "chief", "president", "chairman", "chairwoman", "chairperson", "director", "ceo", "head",
                 "manager", "officer", "founder", "owner", "leader", "governor", "minister", "secretary", "commissioner"}
_GENDER_TITLE = re.compile(
    r"\b(?:(?P<f>Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|[Ss]pokeswoman|[Cc]hairwoman|[Cc]ongresswoman|[Cc]ouncilwoman|"
    r"[Bb]usinesswoman|[Aa]ssemblywoman|[Aa]lderwoman|[Aa]ctress|[Ss]ister)|(?:Mr|Sir|Lord|King|Prince|[Ss]pokesman|[Cc]hairman|"
    r"[Cc]ongressman|[Cc]ouncilman|[Bb]usinessman|[Aa]ssemblyman|[Aa]lderman|[Bb]rother|Father))\.?\s+$")
# words that make "X Association" a body of its own, not a longer name for X
_OTHER_BODY_WORDS = {"association", "union", "federation", "foundation", "trust", "council", "committee", "society",
                     "institute", "league", "club", "fund", "party", "alliance", "coalition", "guild", "board", "commission",
                     "network", "forum", "collective", "campaign", "chamber", "cooperative", "co-operative"}
_GENERIC_ORG_WORDS = {w.rstrip(".") for w in GOV_WORDS | COMPANY_WORDS | OTHER_ORG_WORDS | MEDIA_WORDS}
# Patterns used per mention or per statement, compiled once (re.search(r"...") pays a cache
# lookup on every call).
_DOTTED_OR_SHORT = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,3}")
_HYPHEN_LOWER = re.compile(r"-[a-z]")
_CAPS_2_8 = re.compile(r"[A-Z]{2,8}")
_DOTTED_OR_TWO = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2}")
_ACRONYM_BRACKET = re.compile(r"\b([A-Z]{2,8})\s*\(")
_ALL_CAPS = re.compile(r"[A-Z]{2,}")
_LAST_WORD = re.compile(r"(\w+)$")
_ORG_NOUN_BEFORE = re.compile(r"\b(?:group|company|firm|maker|bank|lender|insurer|carrier|airline|retailer|agency|ministry|unit|subsidiary|"
                              r"rival|competitor|conglomerate|giant|newspaper|broadcaster|operator|supplier|utility|producer|"
                              r"manufacturer|developer|publisher|chain|platform|provider|charity|union|regulator)\s+$"
                              r"|\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?$")
_ORG_WORDS_AFTER = re.compile(r"(?:['\u2019]s?)?\s+(?:[a-z]+\s+){0,2}?(?:spokes\w+|representative|officials?|press office|statement|shares|stock|chief|ceo|board|headquarters|employees|workers|staff|executives?)\b")
_MEDIA_BEFORE = re.compile(r"(?:report|story|investigation|article|interview)s?\s+(?:by|in|from|with)\s+$")
_MEDIA_AFTER = re.compile(r"\s+(?:reported|reports|newspaper)\b")
_WORD = re.compile(r"[\w'\u2019-]+")
_HEAD_SPLIT = re.compile(r"\b(?:for|of|at|from|with|in)\b")
_SPOKES_FOR = re.compile(r"\b(for|of|at|from|in)\s+((?:the|a|an)\s.*)$")
_LONE_CAP_WORD = re.compile(r"[A-Z][\w'\u2019.-]+")
_CAP_RUN = re.compile(r"(?:[A-Z][\w'\u2019.-]*\s+){1,3}[A-Z][\w'\u2019.-]*")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_ROLE_FILLER = re.compile(r"\b(?:at|of|for|with|from|the|a|an)\b", re.I)
_TITLE_ABBREV = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof", "rev", "st", "lt", "col", "sgt", "capt", "adm", "hon"}
# "met with Mr. Moore's family": no sentence ends at a title's full stop (nor at "Jr.", "Sr.")
_TITLE_DOT = re.compile(r"\b(?:" + "|".join(sorted(w.title() for w in _TITLE_ABBREV | {"jr", "sr"})) + r")\.")


@lru_cache(maxsize=65536)
def _not_a_name(s: str) -> bool:
    """Nationality adjectives and hyphenated modifiers ("Israeli", "AI-driven") are not entities."""
    if " " not in s and NATIONALITY_RE.match(s) and not _DOTTED_OR_SHORT.fullmatch(s):
        return True
    if s.lower() in NOT_ENTITY_WORDS:
        return True  # "a senior Western diplomat", "by 0915 GMT"
    return bool(_HYPHEN_LOWER.search(s)) and " " not in s


_NOUN_KIN = {"union": {"federation", "workers", "workers'", "brotherhood", "guild", "syndicate", "association"},
             "watchdog": {"commission", "authority", "office", "regulator", "agency", "ombudsman", "inspectorate"},
             "party": {"alliance", "front", "movement", "union", "league", "congress"},
             "court": {"tribunal"}, "ministry": {"department"}, "regulator": {"authority", "commission", "office", "watchdog"},
             "broadcaster": {"broadcasting", "broadcast", "radio", "television", "tv"},
             "corporation": {"broadcasting", "corp", "corp."}, "publisher": {"press", "books", "publishing", "media"},
             "newspaper": {"times", "post", "courier", "herald", "gazette", "journal", "tribune", "chronicle", "ledger"}}


def _has_noun(name: str, noun: str) -> bool:
    """'the bank' fits 'Pellnitz Bank' and, as a compound's end, 'Orlanda Kreditbank'; 'the union'
    fits the 'Federation of Rail and Transit Workers'."""
    kin = _NOUN_KIN.get(noun, ())
    return any(w == noun or w in kin or (len(noun) >= 4 and len(w) > len(noun) + 2 and w.endswith(noun))
               for w in name.lower().split())


@lru_cache(maxsize=65536)
def _key_words(name: str) -> tuple[str, int]:
    """A name's key and how many words it has (read for every known entity per mention)."""
    key = entity_key(name)
    return key, len(key.split())


@lru_cache(maxsize=65536)
def _last_word(name: str) -> str:
    return name.split()[-1]


class ArticleResolver:
    def __init__(self, text: str):
        self.text = text
        self.entities: list[EntityRef] = []
        self.by_key: dict[str, EntityRef] = {}
        self.mentions: list[tuple[Mention, EntityRef]] = []
        self.affiliations: list[Affiliation] = []
        self._speakers: list[tuple[int, EntityRef]] = []  # (position, entity) of resolved speakers
        self._doubtful: dict[EntityRef, bool] = {}
        self._genders: dict[EntityRef, str | None] = {}
        self._substantial_cache: dict[int, bool] = {}  # filled once the mentions are gathered
        self._gather()
        # mentions are in text order (find_mentions reads left to right): entity_at bisects
        self._starts = [m.start for m, _ in self.mentions]
        # where a story was told or posted ("told ANB Radio", "posted on its Facebook page"): no
        # one the story quotes, so no antecedent for "the company", "it" or "a spokesman"
        self._media_at = {m.start for m, _ in self.mentions if _MEDIUM_BEFORE.search(text, max(0, m.start - 40), m.start)}

    # -- entities ------------------------------------------------------------------------------
    def _new(self, name: str, kind: str, pos: int) -> EntityRef:
        e = EntityRef(name, kind, {name}, org_type(name) if kind == "organization" else None, pos)
        self.entities.append(e)
        self.by_key[entity_key(name)] = e
        return e

    def _match(self, m: Mention) -> EntityRef | None:
        key = entity_key(m.text)
        known = self.by_key.get(key)
        if known is not None:
            return known
        toks = m.text.split()
        if len(toks) == 2 and m.kind != "organization":
            # "El Khattabi" after "Youssef El Khattabi", "Arrieta Gómez" after "Felipe Arrieta Gómez": a two-word surname
            longer = [e for e in reversed(self.entities) if e.kind == "person" and len(e.name.split()) >= 3
                      and e.name.endswith(" " + m.text) and e.name.split()[0].lower() in FIRST_NAMES]
            if len(longer) == 1:
                return longer[0]
        # Each loop below keeps the original's "latest entity first" order.
        if len(toks) == 1:
            tok = toks[0]
            # a surname (or a full name's last word) after the full name; "FARROW:" heading a
            # transcript turn is Lucien Farrow
            label = tok.isupper() and len(tok) > 3 and bool(_LABEL_AFTER.match(self.text, m.end))
            tok_name = tok.title() if label else tok
            if m.kind != "organization" or label:
                unknown = None
                tm = _GENDER_TITLE.search(self.text, max(0, m.start - 16), m.start)
                want = ("f" if tm.group("f") else "m") if tm else None
                same = [e for e in reversed(self.entities) if e.kind == "person" and (_last_word(e.name) == tok_name or (
                    "-" in tok_name and _last_word(e.name).lower() == tok_name.lower()) or (
                    len(e.name.split()) == 2 and e.name.split()[0] == tok_name and SURNAME_FIRST_GIVEN.fullmatch(e.name.split()[1])))]
                if want and len(same) > 1:
                    # "Ms. Ambrose" after Ruth and Daniel Ambrose: the one the title fits
                    fit = [e for e in same if self._stated_gender(e) == want]
                    if fit:
                        same = fit
                if len(same) > 1:
                    # a bare surname two people share: the one named in full just before ("His mother,
                    # Lisa Harlow, said ... Harlow said"), else the one the article has named most so far;
                    # but not a relative named in passing in a story about a far more named one
                    counts = {id(e): 0 for e in same}
                    for _, ent in self.mentions:
                        if id(ent) in counts:
                            counts[id(ent)] += 1
                    top = max(same, key=lambda e: counts[id(e)])  # max keeps the latest on a tie
                    recent = [e for mm, e in self.mentions[-6:] if id(e) in counts and " " in mm.text and m.start - mm.end < 200]
                    if recent and not (counts[id(top)] >= 4 and counts[id(top)] >= 3 * counts[id(recent[-1])]):
                        return recent[-1]
                    return top
                if same:
                    return same[0]
                paternal = [e for e in reversed(self.entities) if e.kind == "person" and len(e.name.split()) == 3
                            and e.name.split()[1] == tok_name and tok_name.lower() not in FIRST_NAMES]
                if paternal:
                    return paternal[0]  # "Lucía Arancibia Ferrer ... Arancibia said": the first of two surnames
                firsts = [e for e in self.entities if e.kind == "person" and len(e.name.split()) >= 2 and e.name.split()[0] == tok]
                kin = len(firsts) == 1 and sum(1 for e in self.entities if e.kind == "person" and e is not firsts[0]
                                               and _last_word(e.name) == _last_word(firsts[0].name)) > 0
                if len(firsts) == 1 and _HONORIFIC_BEFORE.search(self.text, max(0, m.start - 7), m.start):
                    return firsts[0]  # "Sir Alistair Penhallow ... Sir Alistair said": a knight goes by his given name
                if kin and not m.extra.get("titled") and not _IT_AFTER.match(self.text, m.end):
                    return firsts[0]  # "Walter Haverkamp, his son Peter Haverkamp ... Walter said": a family, by given names
                if len(firsts) == 1 and tok.lower() in FIRST_NAMES and _POSSESSIVE_AT.match(self.text, m.end) and not m.extra.get("titled"):
                    return firsts[0]  # "Kieran Walsh, 17, ... Kieran's family": a young victim, by his given name
                for e in reversed(self.entities):
                    if unknown is None and e.kind == "unknown" and _last_word(e.name) == tok and 2 <= len(e.name.split()) <= 3 \
                            and not _JOINED_NAMES.search(e.name):
                        unknown = e
                if unknown is not None and org_type(unknown.name) is None:
                    unknown.kind = "person"  # "Ilse Marchetti, who inspected the mine ..." then "Marchetti told": a person
                    return unknown
            # an acronym of a known organisation: ICE <- Immigration and Customs Enforcement
            if _CAPS_2_8.fullmatch(tok):
                for e in reversed(self.entities):
                    if e.kind in ("organization", "unknown") and len(e.name.split()) > 1 and initials(e.name) == tok:
                        return e
                for e in reversed(self.entities):
                    words = e.name.split()
                    if e.kind == "organization" and len(words) > len(tok) and initials(" ".join(words[:len(tok)])) == tok \
                            and words[len(tok)].lower() not in ("and", "&"):
                        return e  # "UN" <- "United Nations Office for Displaced Persons"
            # the distinctive last word of a known organisation: "Penney" <- "J.C. Penney Co Inc"
            if m.kind != "person" and key not in _GENERIC_ORG_WORDS:
                tail = " " + key
                for e in reversed(self.entities):
                    if e.kind == "organization":
                        ek, ek_len = _key_words(e.name)
                        if ek_len >= 2 and ek.endswith(tail):
                            return e
            # a short form of a known organisation: "Microsoft" <- "Microsoft Corp"
            if _DOTTED_OR_TWO.fullmatch(tok):
                return None  # "U.S." is not a short form of "U.S. Congress"
        if len(toks) in (2, 3) and m.kind != "organization":
            for e in reversed(self.entities):
                if e.kind == "person" and " " not in e.name and e.name == toks[0]:
                    return e  # "her husband, Walt," then "Walt Caffery": the given name, then the full one
        if m.kind == "person" or not key:
            return None  # the loop below would skip every entity
        key_sp = key + " "
        key_len = len(key.split())
        fallback = None
        for e in reversed(self.entities):
            if e.kind == "person":
                continue
            ek, ek_len = _key_words(e.name)
            if ek and (ek.startswith(key_sp) or key.startswith(ek + " ")) and key_len <= ek_len + 2:
                if m.kind == "organization" or e.kind == "organization":
                    if ek.startswith(key_sp) and set(ek[len(key_sp):].split()) & _OTHER_BODY_WORDS:
                        fallback = fallback or e  # "Orvanne" is Orvanne Airways before the Orvanne Pilots' Association
                        continue
                    if key.startswith(ek + " ") and set(key[len(ek) + 1:].split()) & _OTHER_BODY_WORDS:
                        continue  # "the Dunsley Athletic Supporters' Trust" is not Dunsley Athletic
                    if key.startswith(ek + " ") and set(key[len(ek) + 1:].split()) & GOV_WORDS and not set(ek.split()) & GOV_WORDS:
                        continue  # "the Halvenport Maritime Authority" is not Halvenport, the port it is named after
                    if key.startswith(ek + " ") and e.kind != "organization" and set(key[len(ek) + 1:].split()) & MEDIA_WORDS:
                        continue  # "The New York Times" is not New York
                    return e
        return fallback

    def _gather(self) -> None:
        found = find_mentions(self.text)
        # "Marchetti", "Ryan", "Kasparian" look like nationality adjectives; as a known name's last word they are surnames
        name_heads = {m.text.split()[0] for m in found if " " in m.text} | {
            m.text.split()[-1] for m in found if " " in m.text and (
                m.kind == "person" or _PERSON_AFTER.match(self.text, m.end) or _ROLE_BEFORE.search(self.text, max(0, m.start - 60), m.start))}
        datelines = {d.start(1) for d in DATELINE.finditer(self.text)} | {
            d.start(1) for d in DATELINE_LINE.finditer(self.text, 0, min(len(self.text), 600)) if len(d.group(1)) > 1}
        bylines = [(b.start(), b.end()) for b in BYLINE.finditer(self.text, 0, min(len(self.text), 600))]
        # "Published: 3:15pm, 17 Mar 2025", "| Updated: ...": a web page's furniture, no one's name
        bylines += [(t.start(1), t.end(1)) for t in _TIMESTAMP_LABEL.finditer(self.text)]
        hl = _HEADLINE_LINE.match(self.text)
        if hl and not _SENTENCE_STOP.search(hl.group(1)) and _title_cased(hl.group(1)):
            # "FED CUTS DISCOUNT RATE TO 6 PCT", "Halvorsen Replaces Top Strategist as Campaign Braces":
            # a headline's capitals are not names; the story names its people and bodies again
            bylines.append((0, hl.end(1)))
        # "Park Seo-yun ... Park said": the family name of a surname-first name, alone, is the person
        family_first = {m.text.split()[0] for m in found if len(m.text.split()) == 2 and SURNAME_FIRST_GIVEN.fullmatch(m.text.split()[1])}
        for m in found:
            if m.text in family_first:
                m.kind = "person"
            if m.kind == "place" and _PLACE_AS_ORG.match(self.text, m.end):
                m.kind = "organization"  # "Marbury City sacked its manager", "Harbor City, the club, said"
        mentions = [m for m in found if m.kind != "place" and m.start not in datelines and len(m.text) > 1  # "Q:" in a transcript
                    and not _title_only(m.text)
                    and not any(a <= m.start < b for a, b in bylines)
                    and (m.text in name_heads or not _not_a_name(m.text))
                    and not (m.text.lower() in MONTHS and _DATE_CONTEXT.search(self.text, max(0, m.start - 12), m.start))
                    and not (PARTY_TAG.fullmatch(m.text) and _NAME_COMMA_BEFORE.search(self.text, max(0, m.start - 30), m.start))]
        for m in mentions:
            if m.kind == "unknown" and 2 <= len(m.text.split()) <= 3 and (
                    _ROLE_APPOSITIVE.match(self.text, m.end) or _WHO_AFTER.match(self.text, m.end)
                    or _ROLE_BEFORE.search(self.text, max(0, m.start - 60), m.start)) \
                    and not _PREPOSITION_BEFORE.search(self.text, max(0, m.start - 12), m.start):
                # (not "the cabinet member for resources at Marlow Vale": where the role is held)
                # "Simone Roe, the group's managing partner", "chief executive Anand Roe", "VTN's director
                # general, Agnes Roe": a role makes a person
                m.kind = "person"
        droppable = self._capitalised_words(mentions)
        guessed: set[int] = set()
        # "Full Name (ACR)": the acronym is an alias of the full name
        defs: dict[str, str] = {}
        for d in _ACRONYM_DEF.finditer(self.text):
            prev = [m for m in mentions if m.end <= d.start() and d.start() - m.end <= 2]
            if prev:
                defs[d.group(1)] = prev[-1].text
        # "DHS (Department of Homeland Security, ...)": the name in brackets expands the acronym
        for d in _ACRONYM_BRACKET.finditer(self.text):
            nxt = [m for m in mentions if m.start == d.end() and initials(m.text) == d.group(1)]
            if nxt:
                defs[nxt[0].text] = d.group(1)
        for m in mentions:
            if m.text.isupper() and 2 <= len(m.text.split()) <= 4 and _LABEL_LINE.match(self.text, m.end) \
                    and (m.start == 0 or self.text[m.start - 1] == "\n"):
                # "RENATA SZABO, HOST:" heading a transcript turn: a person, named in capitals
                m.text, m.kind = m.text.title(), "person"
        for m in mentions:
            target = self._match(m)
            if target is None and m.text in defs:
                target = self.by_key.get(entity_key(defs[m.text]))
            if target is None and m.start in droppable:
                continue
            if target is None:
                kind = m.kind
                if kind == "unknown":
                    kind = self._guess_kind(m)
                name = m.text
                if kind == "person" and len(name.split()) >= 3 and name.split()[-1] in _POSTNOMINALS:
                    name = name.rsplit(None, 1)[0]  # "Tobias Wren SC", "Priya Chandran KC": a rank after the name
                if name.startswith("The ") and self._sentence_initial(m.start):
                    name = name[4:]  # "The Financial Conduct Office fined ...": the capital is the sentence's
                pm = _POSSESSOR_BEFORE.search(self.text, max(0, m.start - 30), m.start) if kind == "organization" else None
                if pm and any(w.lower() in NON_NAME_WORDS or w.lower() in MONTHS for w in pm.group(1).split()):
                    pm = None  # "After Thursday's Supreme Court ruling": a day, not a country
                if pm and _GENERIC_BODY.fullmatch(name):
                    # "Valdessa's Foreign Ministry", "Korvath's Defence Ministry": two countries' ministries are two bodies
                    name = f"{pm.group(1)}'s {name}"
                target = self._new(name, kind, m.start)
                target.aliases.add(m.text)
                if m.kind == "unknown" and not (kind == "person" and self._named_alone(m)):
                    guessed.add(id(target))
            else:
                target.aliases.add(m.text)
                if m.kind == "person" and target.kind == "unknown":
                    target.kind = "person"
                # the fuller form becomes the name: "Trump" -> "Donald Trump"
                if len(m.text.split()) > len(target.name.split()) and not m.text.startswith("the ") and (
                        m.kind == target.kind or target.kind == "person" and m.text.startswith(target.name + " ")
                        # "Sagami Coastal line" in a headline, then "Sagami Coastal Railway": the firm's full name
                        or m.kind == "organization" and id(target) in guessed and m.text.startswith(target.name + " ")):
                    target.name = m.text
                    self.by_key[entity_key(m.text)] = target
                if target.kind == "organization" and target.org_type is None:
                    target.org_type = org_type(m.text)
            self.mentions.append((m, target))
        # a guessed person is an organisation if any mention says so ("a Harbor Lines spokeswoman")
        for m, e in self.mentions:
            if id(e) in guessed and e.kind in ("person", "unknown") and (m.kind == "organization" or self._org_evidence(m)):
                e.kind = "organization"
        # "Dunsley Athletic, the football club": the noun names what the organisation is ("the club")
        self.descriptors: dict[EntityRef, set[str]] = {}
        for m, e in self.mentions:
            pd = _NOUN_BEFORE_NAME.search(self.text, max(0, m.start - 40), m.start)
            if pd and pd.group(1).lower() in ORG_NOUN_TYPES and (e.kind != "person" or id(e) in guessed) \
                    and _APPOSITIVE_CLOSE.match(self.text, m.end):
                # "His publisher, Halloway & Finch, said": the noun names what the organisation is ("the publisher")
                self.descriptors.setdefault(e, set()).add(pd.group(1).lower())
                if (id(e) in guessed or e.kind == "unknown") and pd.group(1).lower() not in ("firm", "company", "group", "team"):
                    e.kind = "organization"  # (not "its law firm, Williams and Audley": a firm, but not "the company" of the story)
            dm = _ORG_APPOSITIVE.match(self.text, m.end)
            if dm and dm.group(1).lower() in ORG_NOUN_TYPES and (e.kind != "person" or id(e) in guessed):
                self.descriptors.setdefault(e, set()).add(dm.group(1).lower())
                if id(e) in guessed or e.kind == "unknown":
                    e.kind = "organization"
        self._link_surnames(guessed)
        self._link_short_forms(guessed)
        for e in self.entities:
            if e.kind == "organization" and e.org_type is None:
                e.org_type = self._infer_org_type(e)

    def _link_short_forms(self, guessed: set[int]) -> None:
        """'Nimbara Cloud' (guessed a person: two capitalised words) and later 'Nimbara, which is based
        in Amsterdam': the short form of a firm, not a person's given name -- one organisation."""
        orgs = {e.name: e for e in self.entities if e.kind == "organization" and " " not in e.name and e.name.lower() not in FIRST_NAMES}
        if not orgs:
            return
        person_words = {w for e in self.entities if e.kind == "person" and id(e) not in guessed for w in e.name.split()}
        moved: dict[int, EntityRef] = {}
        for e in self.entities:
            words = e.name.split()
            if id(e) in guessed and e.kind == "person" and len(words) == 2 and words[0] in orgs and words[0] not in person_words \
                    and len(words[1]) > 3 and words[0].lower() not in FIRST_NAMES and not self._titled(e) \
                    and e.first_pos < orgs[words[0]].first_pos and not words[0].isupper() and not self._is_country(orgs[words[0]]) \
                    and not is_subdivision(words[0]) and words[1] not in ("Democrats", "Republicans", "Democratic", "Republican"):
                # (named in full first, as a story introduces a firm; not "Trump ... Trump Tower", "IBM ... IBM Canada")
                short = orgs[words[0]]
                e.kind = "organization"
                e.aliases |= short.aliases
                moved[id(short)] = e
        if not moved:
            return
        self.mentions = [(m, moved.get(id(x), x)) for m, x in self.mentions]
        for old_id, full in moved.items():
            gone = next(x for x in self.entities if id(x) == old_id)
            self.by_key[entity_key(gone.name)] = full
        self.entities = [x for x in self.entities if id(x) not in moved]

    def _link_surnames(self, guessed: set[int]) -> None:
        """'The Pruitt family ...' then 'Gerald Pruitt': a lone surname guessed before the full
        name turned up is the person; 'Varga-Leclerc' after 'Simone Varga-Leclerc' too."""
        people: dict[str, list[EntityRef]] = {}
        for e in sorted(self.entities, key=lambda x: x.first_pos):
            if e.kind == "person" and len(e.name.split()) >= 2 and not _JOINED_NAMES.search(e.name):
                people.setdefault(_last_word(e.name), []).append(e)
        if not people:
            return
        moved: dict[int, EntityRef] = {}
        for e in self.entities:
            if " " not in e.name and (e.kind != "person" and (id(e) in guessed or org_type(e.name) is None)
                                      or e.kind == "person" and self._titled(e)) \
                    and e.name in people and not _ALL_CAPS.fullmatch(e.name):
                # several people share the surname ("Mr. Trump" before his brother Freddy Trump is named):
                # the one a gendered title allows, and of those the first the story named in full
                titled = self._stated_gender(e)
                fits = [p for p in people[e.name] if p is not e and (titled is None or self._stated_gender(p) in (titled, None))]
                if fits:
                    moved[id(e)] = fits[0]
        if not moved:
            return
        self.mentions = [(m, moved.get(id(e), e)) for m, e in self.mentions]
        for old_id, person in moved.items():
            gone = next(x for x in self.entities if id(x) == old_id)
            person.aliases |= gone.aliases
            self.by_key[entity_key(gone.name)] = person
        self.entities = [e for e in self.entities if id(e) not in moved]

    def _capitalised_words(self, mentions: list[Mention]) -> set[int]:
        """'Environmental groups said': a lone word capitalised only because it opens a
        sentence is not a new name unless it is written capitalised mid-sentence too."""
        initial = [self._sentence_initial(m.start) for m in mentions]  # once per mention
        mid = {m.text for m, ini in zip(mentions, initial) if not ini}
        out: set[int] = set()
        for m, ini in zip(mentions, initial):
            if " " not in m.text and m.text not in mid and ini:
                nxt = self.text[m.end:m.end + 2]
                if nxt[:1] == " " and nxt[1:2].islower() and not _ALL_CAPS.fullmatch(m.text):
                    out.add(m.start)
                elif nxt[:1] == "," and len(m.text) > 5 and m.text.endswith(("ly", "ing")):
                    out.add(m.start)  # "Biologically, ...", "Drowning, grief and land are my themes": not a name
                elif nxt[:1] == "," and m.text.endswith("s") and m.text[1:].islower() and _LIST_AFTER.match(self.text, m.end):
                    out.add(m.start)  # "Hospitals, care homes and fire stations are exempt": a list of things
                elif nxt[:1] == " " and nxt[1:2].isdigit() and m.text.endswith("ly"):
                    out.add(m.start)  # "Nearly 2 million households": an adverb
        for m in mentions:
            if _NUMBERED_THING.fullmatch(m.text) and _NUMBER_NEXT.match(self.text, m.end):
                out.add(m.start)  # "a Phase 3 trial", "Article 50", "Category 4": a numbered thing, not a name
        return out

    def _opens_sentence(self, m: Mention, person: bool = False) -> bool:
        """Is the mention the subject that opens its sentence (after a title or role)?"""
        j = m.start
        back = self.text[max(0, j - 80):j]
        dots = _TITLE_DOT.sub(lambda d: d.group(0)[:-1] + " ", back)  # "met with Mr. Moore's family": no sentence ends at "Mr."
        cut = max(dots.rfind(". "), dots.rfind("\n"), dots.rfind("? "), dots.rfind("! "))
        lead_text = back[cut + 1:] if cut >= 0 else back
        dl = DATELINE.match(lead_text)
        if dl and dl.end() == len(lead_text):
            return True  # "ARVENHOLM, June 3 (Northstar News) - Cobaltline Communications said"
        am = _LEADING_ADVERBIAL.match(lead_text)
        # ("Outside the hearing, Mr Ashworth's widow, Claire, read ...": after an adverbial too)
        if (cut >= 0 or j < 60) and (_SUBJECT_APPOSITIVE_LEAD.fullmatch(lead_text.strip() + " ")
                                     or am and _SUBJECT_APPOSITIVE_LEAD.fullmatch(lead_text[am.end():].strip() + " ")):
            return True  # "Caffery's husband of 38 years, Walt, has stayed out of it": the subject, named
        if person and am:
            lead_text = lead_text[am.end():]  # "Asked about those claims, Dr. Roe was blunt": she opens it
        lead = lead_text.split()
        return (cut >= 0 or j < 60) and len(lead) <= 4 and all(
            w[:1].isupper() or w.lower().strip(".,") in TITLES or w.lower() in ("member", "the", "board", "chair")
            or w in ("\u2014", "\u2013", "-", "--") for w in lead)  # "MARBURY — Marbury City ...": after a dateline

    def _sentence_initial(self, pos: int) -> bool:
        j = pos - 1
        while j >= 0 and self.text[j] in " \t\"'\u201c\u2018(":
            j -= 1
        if j >= 0 and self.text[j] == ".":
            word = _LAST_WORD.search(self.text[max(0, j - 6):j])
            if word and (word.group(1).lower() in _TITLE_ABBREV or len(word.group(1)) == 1):
                return False  # "Mr. Trump", "John F. Kennedy"
        if j > 0 and self.text[j] in "\u2014\u2013-":
            # "VALCARRA \u2014 Nearly two million ...", "LONDON (Reuters) - Shares ...": after a dateline
            head = re.sub(r"\([^)]*\)", "", self.text[self.text.rfind("\n", 0, j) + 1:j]).split(",")[0].strip()
            return bool(head) and head.upper() == head and any(c.isalpha() for c in head)  # ("WESTBRIDGE, Feb 12 -")
        return j < 0 or self.text[j] in ".!?\n:"

    def _org_evidence(self, m: Mention) -> bool:
        if _IT_AFTER.match(self.text, m.end):
            return True  # "Corvan Ferries said on Monday it would ...", "Corvan Ferries, which ...": not a person
        after = self.text[m.end:m.end + 40].lower()
        before = self.text[max(0, m.start - 25):m.start].lower()
        if _ORG_NOUN_BEFORE.search(before) or before.endswith("-based "):
            return True  # (a person is not "Calgary-based")
        return bool(_ORG_WORDS_AFTER.match(after))

    def _named_alone(self, m: Mention) -> bool:
        """'who gave only his first name, Petar,', 'her husband, Walt,': a given name on its own."""
        return " " not in m.text and bool(_FIRST_NAME_ONLY.search(self.text, max(0, m.start - 40), m.start))

    def _guess_kind(self, m: Mention) -> str:
        before = self.text[max(0, m.start - 30):m.start].lower()
        if self._named_alone(m) or " " not in m.text and _INTRODUCED.match(self.text, m.end):
            return "person"  # "Sahra, 34, a schoolteacher": a given name with an age (also "Chad, 41, a welder")
        if is_country(m.text):
            return "organization"  # "Germany said": its government
        if is_region(m.text):
            return "unknown"  # "Europe", "Latin America": no one speaks for them
        if _PLACE_BEFORE.search(self.text, max(0, m.start - 30), m.start) or _PLACE_APPOSITIVE.match(self.text, m.end) \
                or " " not in m.text and _PLACE_NOUN_AFTER.match(self.text, m.end) or _PLACES_PEOPLE_AFTER.match(self.text, m.end):
            return "unknown"  # "the capital, Serrat,", "the province of Tierra Alta", "the Torvek camp": a place
        if self._org_evidence(m):
            return "organization"
        n = len(m.text.split())
        if n == 1 and m.text.lower() in FIRST_NAMES and any(
                e.kind == "person" and e.name.split()[0] == m.text for e in self.entities):
            return "unknown"  # "Ivo Marchetti ... thank Ivo for his work": his given name, not an organisation
        if n == 1:
            return "unknown" if self._only_a_place(m.text) else "organization"
        words = m.text.lower().split()
        if words[-1] in CLUB_WORDS:
            return "organization"  # "Stenbury United", "Ashgrove Rovers"
        if words[-1] in PLACE_LAST_WORDS or words[0] in PLACE_FIRST_WORDS:
            return "unknown"  # "Tollen Reservoir", "Port Avel", "Northern Counties Cup": not a person
        if before.endswith(" the ") and self.text[m.start - 5:m.start - 4] != ".":
            return "unknown"  # "won the Golden Heron", "at the Blue Lagoon": people's names take no article
        if not _POSSESSIVE_AT.match(self.text, m.end) and (before.endswith(" in ") or before.endswith(" at ")
                                                             and _ROLE_BEFORE.search(self.text, max(0, m.start - 60), m.start)):
            # "Oil traders in New York", "the cabinet member for resources at Marlow Vale": where, not who
            # (but "an outage at Velmora Cloud" may be a firm)
            return "unknown"
        if 2 <= n <= 3 and all(t[:1].isupper() and (t.isalpha() or i == n - 1 and _SURNAME_HYPHEN.fullmatch(t)) for i, t in enumerate(m.text.split())) and not NATIONALITY_RE.match(m.text.split()[0]):
            return "person"
        return "unknown"

    def _only_a_place(self, word: str) -> bool:
        """Is a lone capitalised word only ever where places stand ('in Calgary', 'near Shrewton',
        'Calgary-based') and never where a speaker or a firm does?"""
        place = False
        text = self.text
        i = text.find(word)
        while i >= 0:  # (str.find, not a regex per word: this runs for every lone capitalised word)
            end = i + len(word)
            if (i == 0 or not text[i - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                if _IN_PLACE_BEFORE.search(text, max(0, i - 12), i) or text.startswith("-based", end):
                    place = True
                elif _IT_AFTER.match(text, end) or _ORG_WORDS_AFTER.match(text[end:end + 40].lower()) \
                        or _SPEAKS_AFTER.match(text, end) or _POSSESSIVE_AT.match(text, end):
                    return False
            i = text.find(word, end)
        return place

    @staticmethod
    def _is_country(e: EntityRef) -> bool:
        return any(is_country(alias) for alias in e.aliases)

    def _infer_org_type(self, e: EntityRef) -> str:
        for alias in e.aliases:
            t = org_type(alias)
            if t:
                return t
        if self._is_country(e):
            return "government"  # never "the company" of a later sentence
        for m, ent in self.mentions:
            if ent is not e:
                continue
            before = self.text[max(0, m.start - 30):m.start].lower()
            after = self.text[m.end:m.end + 20].lower()
            if _MEDIA_BEFORE.search(before) or _MEDIA_AFTER.match(after):
                return "media"
        return "company"

    def entity_at(self, a: int, b: int) -> list[tuple[Mention, EntityRef]]:
        out = []
        mentions = self.mentions
        for i in range(bisect_left(self._starts, a), len(mentions)):
            m, e = mentions[i]
            if m.start > b:
                break
            if m.end <= b:
                out.append((m, e))
        return out

    def _recent_person(self, pos: int, reach: int) -> EntityRef | None:
        """The person named last within reach before pos: whom a sports epithet or 'a representative for the
        singer' points back to."""
        return next((e for m, e in reversed(self.mentions) if pos - reach < m.start < pos and e.kind == "person"), None)

    def _surely_person(self, e: EntityRef) -> bool:
        """A speaker already, or named with a title or a given name ('The Salt Orchard' is only a guess)."""
        return any(sp is e for _, sp in self._speakers) or self._titled(e) or e.name.split()[0].lower() in FIRST_NAMES

    def _doubtful_person(self, e: EntityRef) -> bool:
        """A person only by guess, never the subject of a sentence nor a speaker, and never used as one:
        'owns Castle Cycles', 'on Capitol Hill', 'The Refinery Ledger', 'the rare Golden Heron winner'.
        Not who 'he' or 'she' is."""
        if any(sp is e for _, sp in self._speakers):
            return False
        if e in self._doubtful:
            return self._doubtful[e]
        words = e.name.split()
        out = False
        if len(words) >= 2 and words[0].lower() not in FIRST_NAMES and not self._titled(e):
            ms = [m for m, x in self.mentions if x is e]
            out = all(not self._opens_sentence(m, person=True) and (
                _DOUBTFUL_BEFORE.search(self.text, max(0, m.start - 12), m.start) or _LOWER_NOUN_AFTER.match(self.text, m.end))
                for m in ms)
        self._doubtful[e] = out
        return out

    def _gender(self, e: EntityRef) -> str | None:
        """'f', 'm' or None: what the names say (_stated_gender), else the first pronoun after one."""
        if e in self._genders:
            return self._genders[e]
        g = self._stated_gender(e)
        if g is None:
            g = self._gender_from_text(e)
        self._genders[e] = g
        return g

    def _gender_before(self, e: EntityRef, rx: re.Pattern, reach: int) -> str | None:
        """'f' or 'm' from the first mention so far with rx (a gendered title, a family role) before it."""
        for m, ent in self.mentions:
            if ent is e:
                tm = rx.search(self.text, max(0, m.start - reach), m.start)
                if tm:
                    return "f" if tm.group("f") else "m"
        return None

    def _titled(self, e: EntityRef) -> bool:
        """Is the entity written with a gendered title ('Mr. Orlov') somewhere so far?"""
        return self._gender_before(e, _GENDER_TITLE, 16) is not None

    def _stated_gender(self, e: EntityRef) -> str | None:
        """'f', 'm' or None from a gendered title before a mention so far, else a family role
        ("Caffery's husband of 38 years, Walt,"), else the given name. Safe while mentions are
        still being gathered: it reads only the ones so far and caches nothing."""
        g = self._gender_before(e, _GENDER_TITLE, 16) or self._gender_before(e, _KIN_BEFORE, 50)
        if g is not None:
            return g
        first = e.name.split()[0].lower().strip(".") if len(e.name.split()) > 1 else ""
        return "f" if first in FEMALE_FIRST_NAMES else "m" if first in MALE_FIRST_NAMES else None

    def _gender_from_text(self, e: EntityRef) -> str | None:
        """'Lorna Pietrangeli said ... She added': the first personal pronoun after a mention,
        before any other person is named, tells the gender of a given name no list has."""
        people = [(m, x) for m, x in self.mentions if x.kind == "person"]
        for i, (m, x) in enumerate(people):
            if x is not e:
                continue
            stop = next((n.start for n, y in people[i + 1:] if y is not e), len(self.text))
            window = self.text[m.end:min(stop, m.end + 300)]
            window = _QUOTE_MARK.split(window, 1)[0]  # a pronoun inside a quotation is someone else's
            pm = _PERSONAL_PRONOUN.search(window)
            if pm:
                return "f" if pm.group(0).lower() in ("she", "her", "hers", "herself") else "m"
        return None

    def _substantial(self, e: EntityRef) -> bool:
        """An organisation the text names as one, not a lone capitalised word that may open a
        sentence ('Nobody', 'Act'): a name of two words, with an organisation word, or met twice."""
        if e.kind != "organization":
            return False
        if " " in e.name or org_type(e.name) is not None or len(e.aliases) > 1:
            return True
        known = self._substantial_cache.get(id(e))
        if known is None:
            mine = [m for m, x in self.mentions if x is e]
            # met twice, or named with what it is ("Rail operator Westline", "Westline said it")
            known = self._substantial_cache[id(e)] = len(mine) > 1 or any(self._org_evidence(m) for m in mine)
        return known

    def _org_by_noun(self, pos: int, noun: str) -> EntityRef | None:
        """The last organisation before pos whose name has the noun ('the bank' -> Pellnitz Bank),
        else one an appositive described with it ('Dunsley Athletic, the football club')."""
        return self._last(pos, lambda e: e.kind == "organization" and _has_noun(e.name, noun)) \
            or self._last(pos, lambda e: noun in self.descriptors.get(e, ()))

    def _org_by_modifier(self, a: int, core_words: list[str]) -> EntityRef | None:
        """'the city's water utility': an organisation of the noun's type named before whose name has
        one of the modifying words (Valcarra Metropolitan Water Company)."""
        want = ORG_NOUN_TYPES.get(core_words[-1], "any")
        words = {w for w in core_words[1:-1] if len(w) > 3 and not w.endswith(("'s", "\u2019s"))}
        if not words or want == "any":
            return None
        return self._last(a, lambda e: e.kind == "organization" and e.org_type == want and bool(words & set(e.name.lower().split())))

    def _org_of_kind(self, a: int, head: str, st: RawStatement) -> EntityRef | None:
        """'the company', 'a ministry spokeswoman': the organisation named with that noun, else one
        of that type the story is about."""
        want = ORG_NOUN_TYPES[head]
        central = self._central_bank(a) if head == "bank" and _CENTRAL_BANK_PHRASE.search(st.speaker_text) else None
        if central is not None:
            return central  # "a central bank spokesperson": the monetary authority, not the last lender named
        named = self._org_by_noun(a, head)
        if named is not None:
            return named
        ahead = self._next(a, lambda e: e.kind == "organization" and head in e.name.lower().split())
        if ahead is not None:
            return ahead  # a lede's "the country's trade ministry said", named in the next paragraph
        if head == "union":
            # "United Mineworkers Local 214", "IG Metall": unions are often named without the word
            named = self._last(a, lambda e: e.kind == "organization" and bool(_UNION_NAME.search(e.name)))
            if named is not None:
                return named
        if head in _NAMED_BODIES:
            return None  # "the council", "the court": a body of that name, not any government body
        def fits(e: EntityRef) -> bool:
            # ("the ministry", "the agency": a body of the state, not the country the story names)
            return e.kind == "organization" and (want == "any" or e.org_type == want) \
                and (head in _COUNTRY_NOUNS or e.org_type != "government" or not self._is_country(e))

        found = self._last_subject(min(a, st.sentence_start or a), fits)
        if found is None and want == "company":
            # a firm the text says is one ("Norvale Foods Plc"), before any word only guessed to be a
            # firm ("The maker of Crumbleton biscuits and Valde chocolate bars": its brands)
            found = self._last(a, lambda e: e.kind == "organization" and any(org_type(x) == "company" for x in e.aliases))
        found = found or self._last(a, fits)
        if found is None and want == "company":
            found = self._last(a, lambda e: e.kind == "organization" and e.org_type in (None, "company", "other"))
        return found

    def _central_bank(self, pos: int) -> EntityRef | None:
        def fits(e: EntityRef) -> bool:
            return e.kind == "organization" and bool(_CENTRAL_BANK_NAME.search(e.name))
        return self._last(pos, fits) or self._next(pos, fits)

    def _named_around(self, pos: int, noun: str, also: set[str] | None = None) -> EntityRef | None:
        """The organisation named before pos, else just after, whose name has the noun (and,
        when given, one of the other words): 'the trade ministry' -> 'Ministry of Trade'."""
        def fits(e: EntityRef) -> bool:
            words = e.name.lower().split()
            return e.kind == "organization" and _has_noun(e.name, noun) and (also is None or bool(also & set(words)))
        return self._last(pos, fits) or self._next(pos, fits)

    def _next(self, pos: int, pred, reach: int = 800) -> EntityRef | None:
        """The first entity satisfying pred named after pos, within reach characters."""
        for i in range(bisect_left(self._starts, pos), len(self.mentions)):
            m, e = self.mentions[i]
            if m.start > pos + reach:
                break
            if pred(e):
                return e
        return None

    def _person_with_role(self, pos: int, role: list[str], near: str | None = None) -> EntityRef | None:
        """The latest person before pos named with the role as a title ('Transport Minister Henrik
        Solvay') or in an appositive ('Henrik Solvay, the transport minister,')."""
        for i in range(bisect_left(self._starts, pos) - 1, -1, -1):
            m, e = self.mentions[i]
            if e.kind != "person":
                continue
            title = []
            for w in reversed(self.text[max(0, m.start - 40):m.start].split()):
                if not (w[:1].isupper() or w.lower().strip(".,") in TITLES or w.lower() in _ANAPHOR_ROLES) or w.endswith((",", ".")):
                    break  # the title right before the name: "Foreign Minister Ana Roe", not "The minister told"
                title.append(w.lower())
            after = self.text[m.end:m.end + 90].lower()
            app = _ROLE_AFTER.match(after)
            if near is not None and near not in self.text[max(0, m.start - 120):m.end + 90].lower():
                continue  # "the Florida senator": one named with Florida around the name
            if all(r in title for r in role) or (app and all(r in app.group(0).split() for r in role)):
                return e
        return None

    def _last_subject(self, pos: int, pred, reach: int = 600) -> EntityRef | None:
        """The latest entity satisfying pred that opened a sentence not long before pos:
        'Marbury City sacked its manager after a defeat by Holmfirth Athletic. ... the club said'
        is Marbury City, the sentence's subject, not the last club named."""
        best = None
        for i in range(bisect_left(self._starts, max(0, pos - reach)), len(self.mentions)):
            m, e = self.mentions[i]
            if m.start >= pos:
                break
            if pred(e) and self._opens_sentence(m):
                best = e
        return best

    def _subject_before(self, pos: int, pred) -> EntityRef | None:
        """'The regulator said it was aware of an incident involving Stratavault. It declined to comment':
        the last speaker, not a name inside its words, unless that name opened a sentence of its own."""
        best = self._last(pos, pred)
        spoke = [(p, e) for p, e in self._speakers if p < pos and pos - p < 400 and pred(e)]
        if not spoke or best is None or best is spoke[-1][1]:
            return best
        last_p, last_e = spoke[-1]
        bm = max((m for m, e in self.mentions if e is best and m.start < pos), key=lambda m: m.start, default=None)
        if bm is not None and bm.start > last_p and not self._opens_sentence(bm):
            return last_e
        return best

    def _last(self, pos: int, pred) -> EntityRef | None:
        """The most recent entity satisfying pred before pos, speakers weighted over mentions."""
        recent_speakers = [e for p, e in self._speakers if p < pos and pos - p < 800 and pred(e)]
        best = None
        best_m = None
        for m, e in self.mentions:
            if m.start >= pos:
                break
            if pred(e) and not (m.start in self._media_at and e.kind != "person"):
                best, best_m = e, m
        best_subject = best_m is not None and self._opens_sentence(best_m, person=best.kind == "person")
        if best_m is not None and not best_subject and best.kind == "person":
            # "Valente reserved his strongest words for the referee, who ... a challenge from defender Piotr
            # Zalewski. '...,' he said": the subject of that sentence, not a name further along it
            cut = max(self.text.rfind(". ", 0, best_m.start), self.text.rfind("\n", 0, best_m.start))
            opener = next((e for m, e in self.mentions if cut < m.start < best_m.start and e is not best and pred(e)
                           and self._opens_sentence(m, person=True) and self._surely_person(e)), None)
            if opener is not None:
                return opener
        last_sp = max((p for p, e in self._speakers if p < pos and pred(e)), default=-1)
        if best is not None and best_subject and best not in recent_speakers[-1:] and max(
                (m.start for m, e in self.mentions if e is best and m.start < pos), default=-1) > last_sp:
            # "Board chair Tom Roe was more cautious. '...,' he said": a person brought in as
            # a sentence's subject after the last speaker is who "he" is
            return best
        if best is not None and best not in recent_speakers and best.kind == "person":
            fm = min(((m.start, m.end) for m, e in self.mentions if e is best), default=(pos, pos))
            first = fm[0]
            if last_sp < first and pos - first < 300 and (_INTRODUCED.match(self.text, fm[1])
                                                          or _COPULA_BEFORE.search(self.text, max(0, first - 60), first)
                                                          or _GAVE_NAME_BEFORE.search(self.text, max(0, first - 40), first)):
                # "Among those affected was Maureen Tolland, 71, ... She said": a person just brought
                # into the story, after the last speaker, is who the pronoun means
                return best
        if recent_speakers and (best is None or best not in recent_speakers[-2:]):
            # a speaker a sentence or two back is likelier to be "he" than a name in passing
            last_sp_pos = max(p for p, e in self._speakers if e is recent_speakers[-1])
            best_pos = max((m.start for m, e in self.mentions if e is best and m.start < pos), default=-1)
            if best is None or pos - last_sp_pos < 400 or best_pos < last_sp_pos:
                return recent_speakers[-1]
        return best

    # -- speakers ------------------------------------------------------------------------------
    def resolve_speaker(self, st: RawStatement) -> EntityRef | None:
        if not st.speaker_text.strip():
            return None
        a = st.speaker_start if st.speaker_start is not None else 0
        b = st.phrase_end or (st.speaker_end if st.speaker_end is not None else a)
        phrase = self.text[a:b].strip() if st.speaker_start is not None else st.speaker_text.strip()
        rel = _RELATIVE_IN_PHRASE.search(phrase)
        if rel is not None and st.speaker_start is not None:
            # "The Wildlife Trust, which backed Ostrowe's plan": names in the relative clause are not the speaker
            b = a + rel.start()
            phrase = phrase[:rel.start()]
        lb = _LED_BY_IN_PHRASE.match(phrase)
        if lb is not None and st.speaker_start is not None:
            b = a + lb.end()
            phrase = phrase[:lb.end()].rstrip()
        bm = _BEHALF_LEAD.match(phrase)
        if bm and st.speaker_start is not None and bm.end() < len(phrase):
            a, phrase = a + bm.end(), phrase[bm.end():]  # "Representing Follett, Priya Chandran KC": the lawyer
        dm = _POSSESSIVE_DOCUMENT.fullmatch(phrase.split(",")[0].strip())
        if dm and st.speaker_start is not None:
            # "the union's calculations", "Meridane's own figures": whose they are
            b = a + (len(phrase) - len(phrase.lstrip())) + dm.end(1)
            phrase = self.text[a:b].strip()
        rm = _ROLE_THEN_NAME.match(phrase)
        if rm and st.speaker_start is not None:
            # "Pellbrook's largest shareholder, the Tollund teachers' pension fund": the speaker is after the comma
            a = a + rm.end()
            phrase = phrase[rm.end():]
        ho = _HOLDERS_OFFICE.fullmatch(phrase.split(",")[0].strip())
        if ho:
            # "The minister's office said": the minister named before, for whom the office speaks
            holder = self._person_with_role(a, ho.group(1).lower().split())
            if holder is not None:
                return holder
        pc = _PRONOUN_CAMPAIGN.fullmatch(phrase.split(",")[0].strip())
        if pc:
            # "her campaign said": the campaign of the candidate she is; "the campaign": the one named last
            if pc.group(1).lower() in ("his", "her"):
                want = "f" if pc.group(1).lower() == "her" else "m"
                counts: dict[int, int] = {}
                for strict in (True, False):
                    for m, e in self.mentions:
                        last = e.name.split()[-1].lower()
                        if m.start < a and e.kind == "person" and len(e.name.split()) >= 2 and last not in WEEKDAYS and last not in MONTHS \
                                and (self._gender(e) == want if strict else self._gender(e) is None):
                            counts[id(e)] = counts.get(id(e), 0) + 1
                    if counts:
                        break
                # the candidate: the person of that gender the story has named most so far
                who = max((e for e in self.entities if id(e) in counts), key=lambda e: counts[id(e)], default=None)
                if who is not None:
                    return self._group(f"{who.name.split()[-1]} campaign", kind="organization")
            else:
                named = self._last(a, lambda e: e.name.endswith(" campaign"))
                if named is not None:
                    return named
        cm = _CAMPAIGN.match(phrase)
        if cm and not phrase.split(",")[0][cm.end():].strip():
            return self._group(f"{cm.group(1)} campaign", kind="organization")
        if cm and phrase[cm.end():cm.end() + 1] == " ":
            # "Trump campaign spokesman Jason Miller", "the Roe campaign's manager, Ann Lee": the named person
            named = [e for m, e in self.entity_at(a + cm.end(), b) if e.kind == "person"]
            if named:
                return named[-1]
        if _FAMILIAR_SOURCE.match(phrase):
            return None  # "a person familiar with Lumenvale's review": an unnamed source, not Lumenvale
        if _COUNTED_MEMBERS.match(phrase):
            return self._group(_group_name(phrase), kind="group")  # "Two Reform MPs": some of its people, not the party
        inside = self.entity_at(a, b)
        low = phrase.lower()
        words = _WORD.findall(low)
        core = phrase.split(",")[0].lower()
        core_words = _WORD.findall(core)
        head_words = _HEAD_SPLIT.split(core)[0].split()
        head_word = head_words[-1].strip(",'\u2019") if head_words else ""
        spokes = head_word in SPOKES_NOUNS or head_word.rstrip("s") in SPOKES_NOUNS or "press secretary" in core
        first_part = phrase.split(",")[0].strip()
        if core_words[:1] and core_words[0] in _ONE_OF and head_word in _UNNAMED_INSIDERS and "," not in phrase \
                and not any(e.kind == "person" for m, e in inside):
            # "A senior official of the Finance Department", "one commission official": one unnamed person there,
            # not the body's own voice (a spokesman is that); the words that describe them are the speaker
            return None
        head_m = _ORG_HEAD_BEFORE_PLACE.match(first_part)
        if head_m and head_m.group(2).lower() in ORG_NOUN_TYPES and not any(m.start < a + head_m.end(1) for m, e in inside):
            # "The Merrowan embassy in Kelsgrad": an organisation the article does not name, not the city
            return self._group(first_part.split(None, 1)[1], kind="organization")
        head_end = a + len(first_part)
        if (len(core_words) >= 3 and core_words[0] in {"the", "a", "an"} and core_words[-1] in ORG_NOUN_TYPES and not spokes
                and _POSSESSIVE_IN.search(core) and not any(m.end >= head_end - 1 for m, e in inside)
                and not any(e.kind == "person" for m, e in inside) and self._named_around(a, core_words[-1]) is None):
            # "the Tollund teachers' pension fund": an organisation the article does not name (Tollund only modifies it)
            kin = self._org_by_modifier(a, core_words)
            if kin is not None:
                return kin  # "the city's water utility": the Valcarra Water Company named before
            return self._group(" ".join(first_part.split()[1:]), kind="organization")
        gm = _GROUP_OF.match(first_part)
        if gm and not any(e.kind == "person" for m, e in inside):
            # "at least three members of her own Liberal Centre party": some of its people, not the party
            return self._group(_group_name(first_part), kind="group")
        sf = _SPOKES_FOR_BODY.fullmatch(first_part) if spokes else None
        body_part = sf.group(1) if sf else first_part  # "A spokesman for Hungary's energy ministry": the ministry speaks
        pn = _POSSESSIVE_NOMINAL.fullmatch(body_part)
        if pn and pn.group(2).lower() in ORG_NOUN_TYPES and len(inside) == 1:
            # "Tessaly's election watchdog": the commission of Tessaly named around here, not the country
            # (and not another body with that noun: "Apple's board" is not the Federal Reserve Board)
            named = self._named_around(a, pn.group(2).lower())
            if named is not None and pn.group(1).lower() in named.name.lower():
                return named
        if len(core_words) in (3, 4) and core_words[0] == "the" and core_words[-1] in _ANAPHOR_ROLES and not spokes \
                and inside and all(m.end <= a + len(core) for m, e in inside):
            # "The Vale manager said": the person named as the club's manager, not the club
            person = self._person_with_role(a, [core_words[-1]], near=core_words[-2])
            if person is not None:
                return person
        if pn and len(inside) == 1 and self._not_the_possessor(inside[0][1], pn.group(2).lower()):
            # "Libya's coast guard", "Vantris's works council", "Brennan's allies": their own voice
            owner = inside[0][1]
            if owner.kind == "person" and pn.group(2).lower() in _KIN:
                # "Mr. Ludvigsen's family", "Kieran's family": named by the person's full name
                return self._group(f"{owner.name}'s {first_part[pn.end(1) + 2:].strip()}", kind="group")
            body = body_part.removeprefix("the ").removeprefix("The ")
            if body.split()[0].lower() in NON_NAME_WORDS:
                body = body.split(None, 1)[1]  # "Neighbouring Lirenia's foreign ministry": Lirenia's
            return self._group(body,
                               kind="group" if pn.group(2).lower() in _ASSOCIATES or pn.group(2).lower().endswith("s") else "organization")
        pb = _PLACE_BODY.fullmatch(first_part)
        if pb and len(inside) == 1 and inside[0][1].kind in ("unknown", "place"):
            # "Westmere police", "the Oslo stock exchange": that place's body, not the place
            noun = pb.group(2).lower()
            named = self._named_around(a, noun.split()[-1])
            if named is not None and pb.group(1).lower() in named.name.lower():
                return named
            return self._group(f"{pb.group(1)} {noun}", kind="organization")
        people = [e for m, e in inside if e.kind == "person"]
        last = core_words[-1] if core_words else ""
        if core_words[:1] == ["former"] and last.endswith("s") and re.search(r"\b" + last + r"\b", first_part) and (
                last.rstrip("s") in SPOKES_NOUNS or _PERSON_ROLE.search(last.rstrip("s")) or last.rstrip("s") in _PEOPLE_WORDS
                or last == "operatives") and len(people) < 2:
            return self._group(_group_name(phrase), kind="group")  # "Former Carson advisers": no longer anyone's voice
        role_between = _ROLE_BETWEEN.match(self.text, inside[0][0].end) if inside else None
        if len(people) >= 2 and inside[0][1] is people[0] and (
                core_words[:1] == ["former"] and _FORMER_STAFF_BETWEEN.match(self.text, inside[0][0].end) or
                _POSSESSIVE_AT.match(self.text, inside[0][0].end)
                or role_between and "press secretary" not in role_between.group(0)  # a spokesperson speaks for the first
                or all(w.lower().strip(".,") in TITLES for w in inside[0][0].text.split())):
            # "Kovarik's agent, Marco Bellandi", "Former Vallemar captain Rui Roe", "The Health
            # Secretary, Malcolm Roe": the named person, not the client, the club or the title
            people = people[1:]
        orgs = [e for m, e in inside if e.kind == "organization"]
        someone = bool(core_words) and not spokes and head_word not in ORG_NOUN_TYPES and head_word not in _ORG_AGENT_NOUNS and (
            _PERSON_ROLE.search(head_word) or head_word in _PEOPLE_WORDS or head_word.rstrip("s") in _PEOPLE_WORDS
            or head_word.endswith("s") and _PERSON_ROLE.search(head_word[:-1]))
        if someone and head_word.endswith("s") and inside and not people and not orgs and head_word in phrase.split(",")[0] \
                and not _WORKPLACE_BEFORE.search(self.text, max(0, inside[0][0].start - 12), inside[0][0].start) \
                and not (_POSSESSIVE_AT.match(self.text, inside[0][0].end) and inside[0][0].start - a < core.find(head_word)):
            # "Commercial fishers on Victoria's south-west coast", "Helsinki bankers": people of a place, not the
            # place (but "analysts at Marlowe & Trent" are the firm's, however little else the text says of it)
            return None
        if (orgs and not people and not spokes and core_words and _PERSON_ROLE.search(head_word) and head_word not in ORG_NOUN_TYPES
                and head_word not in _ORG_AGENT_NOUNS
                and (core_words[0] in ("a", "an", "another", "one") or core_words[0] == "the" and head_word not in _LEADER_ROLES)):
            return None  # "a former Lumaris engineer", "an analyst at Sterholt": one of its people, not its voice
        if not people and someone and core_words[0] in _COUNTED_WORDS and _COUNTED_PHRASE.match(core):
            return None  # "one Frankfurt dealer", "a senior Gulf delegate", "Two former Halvard employees": unnamed people
        if len(orgs) >= 2 and inside and inside[0][1] is orgs[0] and _POSSESSIVE_AT.match(self.text, inside[0][0].end):
            orgs = orgs[1:]  # "Calvera's Ministry of Transport": the ministry, not the country
        if _LONE_CAP_WORD.fullmatch(first_part) and "," in phrase \
                and first_part.lower() not in NON_NAME_WORDS and first_part.lower() not in _DISCOURSE_WORDS \
                and not PARTY_TAG.fullmatch(first_part) and "-" not in first_part and re.match(r"\s*(?:a|an)\s", phrase.split(",", 1)[1]):
            # "Agrometeo, a private weather service based in Sao Paulo, said": the name the appositive describes
            own = next((e for m, e in inside if m.text == first_part), None)
            if own is not None:
                return own
            rest = _WORD.findall(phrase.split(",", 1)[1].lower())
            return self._group(first_part, kind="organization" if any(w in ORG_NOUN_TYPES for w in rest) else "unknown")
        named_counsel = head_word in _COUNSEL_NOUNS  # "Orrison's general counsel, Beatrix Roe": she speaks, by name
        if people and not (spokes and not named_counsel and not any(m.extra.get("titled") for m, e in inside if e.kind == "person")
                           and orgs and people[0] is not orgs[0] and self._org_first(inside)):
            person = people[0]
            others = [o for o in orgs if o is not person]
            if others:
                role = self._role(phrase, person, others[0])
                self._affiliate(person, others[0], role)
            return person
        if orgs:
            return orgs[0]
        named = [(m, e) for m, e in inside if not (e.kind == "unknown" and _IN_PLACE_BEFORE.search(self.text, max(0, m.start - 12), m.start))]
        if named:
            return named[0][1]
        inside = []  # only places were left ("London" in "a dealer for a German bank in London": where, not who)
        if len(words) == 1 and words[0] in ("his", "her", "their"):
            words = [{"his": "he", "her": "she", "their": "they"}[words[0]]]  # "In his view, ...": his
        if len(words) == 1 and words[0] in {"he", "she"}:
            want = "f" if words[0] == "she" else "m"
            return self._last(a, lambda e: e.kind == "person" and self._gender(e) in (want, None) and not self._doubtful_person(e))
        if len(words) == 1 and words[0] == "i":
            return self._last(a, lambda e: e.kind == "person")
        if len(words) == 1 and words[0] in {"it", "we"}:
            return self._subject_before(a, lambda e: e.kind == "organization")
        if len(words) == 1 and words[0] == "they":
            return self._last(a, lambda e: e.kind in ("organization", "group"))
        dg = _DEMONYM_BODY.fullmatch(first_part)
        if dg and not inside:
            # "the Dornavian government": that country's government, which the text does not name
            return self._group(dg.group(1), kind="organization")
        epithet = bool(core_words) and (core_words[-1] in _EPITHETS or _AGE_EPITHET.fullmatch(core_words[-1]) is not None)
        # ("The Portuguese coach, who replaced Alan Brisco in October,": a nationality, and names after the comma, name no one else)
        named_in_core = [e for m, e in inside if m.start < a + len(first_part) and not NATIONALITY_RE.fullmatch(m.text)]
        if len(core_words) in (2, 3) and core_words[0] == "the" and (core_words[-1] in _ANAPHOR_ROLES or epithet) and not named_in_core:
            # "the minister", "the chief constable", "the judge": the person last named with that role
            person = self._person_with_role(a, [w for w in core_words[1:] if not w.endswith(("'s", "\u2019s"))])
            if person is not None:
                return person
            if epithet:
                # "Marr ... was more measured. The defender said": a sports page's second name for the
                # person it has just been writing about
                recent = self._recent_person(a, 300)
                if recent is not None:
                    return recent
        # "the company", "the newspaper", "the agency"
        head = self._org_head(core_words)
        if head is not None and len(core_words) == 3 and core_words[1] in _REMIT_WORDS and core_words[2] in _REMIT_BODIES:
            # "the utility commission", "the transport ministry": a body with that remit, named so, or
            # one the article does not name -- not the last commission or ministry of another remit
            stem, noun = core_words[1][:5], core_words[2]
            named = self._last(a, lambda e: e.kind == "organization" and any(stem in x.lower() and noun in x.lower() for x in e.aliases))
            return named or self._group(" ".join(phrase.split(",")[0].split()[1:]), kind="organization")
        if head is not None:
            return self._org_of_kind(a, head, st)
        if head_word in ("source", "sources") and not people:
            return None  # "a government source", "sources at Ardley": unnamed by design; the text is the speaker
        if spokes and (NATIONALITY_RE.search(phrase.split(",")[0]) or _DEMONYM_BEFORE_ROLE.search(phrase.split(",")[0])):
            return None  # "a senior Vastorian official": of a country's government, which the text does not name
        if spokes:
            om = _OFFICE_HOLDER_SPOKES.match(core)
            if om:
                # "the prime minister's official spokesman": the office the article names for that post
                # (Downing Street, the White House), else the person named with the title, else no one
                role = om.group(1).split()
                office = next((e for e in self.entities if e.kind in ("organization", "unknown", "place")
                               and e.name.lower().removeprefix("the ") in _OFFICES.get(" ".join(role), ())), None)
                return office or self._person_with_role(a, role)
            pm = _SPOKES_FOR.search(core)
            if pm:
                # "a spokesperson for the commission" -> the commission, if it points back
                inner = _WORD.findall(pm.group(2))
                h = self._org_head(inner)
                if h is not None:
                    named = (self._central_bank(a) if h == "bank" and _CENTRAL_BANK_PHRASE.search(core) else None) or self._org_by_noun(a, h)
                    if named is None and pm.group(1) == "in":
                        # "officials in the finance ministry": the Ministry of Finance if the article
                        # names it, else an unnamed source -- not the last organisation of that kind
                        return self._named_around(a, h, {w for w in inner[1:-1] if len(w) > 3} or None)
                    return named or self._last(a, lambda e: self._substantial(e) and ORG_NOUN_TYPES[h] in ("any", e.org_type)
                                               and (h in _COUNTRY_NOUNS or not self._is_country(e)))
                if len(inner) == 2 and inner[0] == "the" and (inner[1] in _EPITHETS or inner[1] in _ANAPHOR_ROLES):
                    # "A representative for the singer", "a spokesperson for the actor": for the person the story is
                    # about, who speaks through them
                    person = self._person_with_role(a, [inner[1]]) or self._recent_person(a, 800)
                    if person is not None:
                        return person
                return None  # "a spokesman for the transit workers' union": unnamed, keep the text
            if len(core_words) == 2 and head_word.endswith("s") and (core_words[0].endswith("ing") or core_words[0] in _SECTOR_WORDS):
                return None  # "banking sources", "industry sources", "Western diplomats": of a trade or a milieu, not of one body
            if len(core_words) <= 2 and head_word.endswith("s") and not inside and not any(w in ORG_NOUN_TYPES for w in core_words):
                # "..., officials said": the organisation a recent sentence was about, or no one named
                return self._last_subject(min(a, st.sentence_start or a), self._substantial)
            mod = next((w for w in reversed(head_words[:-1]) if w in ORG_NOUN_TYPES), None)
            if mod is not None:
                # "a council spokesman", "a ministry spokeswoman": the organisation of that kind
                # (and when no organisation of that kind is named, not the last one of another kind)
                return self._org_of_kind(a, mod, st)
            if any(w not in _SPOKES_MODIFIERS and w not in _COUNTED_WORDS for w in head_words[:-1]) and not inside \
                    and not (head_words[0] in _POSSESSIVE_WORDS or "'s" in core or "\u2019s" in core or "police" in head_words):
                return None  # "coast guard officials", "health officials": of a body the text does not name
            return self._last(a, lambda e: e.kind == "organization")
        if len(core_words) >= 3 and core_words[0] in {"the", "a", "an"} and core_words[-1] in ORG_NOUN_TYPES \
                and not {"who", "which", "that", "whose", "for", "at", "with"} & set(core_words):
            # (not "a resident who works for the council": the council is not the speaker)
            # "the country's trade ministry": the Ministry of Trade named before or just after, if there is one
            named = self._named_around(a, core_words[-1], {w for w in core_words[1:-1] if len(w) > 3})
            if named is not None:
                return named
            kin = self._org_by_modifier(a, core_words)
            if kin is not None:
                return kin
            # "the state attorney general's office": an organisation the article does not name
            return self._group(" ".join(phrase.split(",")[0].split()[1:]), kind="organization")
        if _ARTICLE_SURNAME.fullmatch(phrase):
            # "al-Fitouri said": the family name, with its article, of the person named in full before
            named = self._last(a, lambda e: e.kind == "person" and _last_word(e.name).lower() == phrase.lower())
            if named is not None:
                return named
        if _LONE_CAP_WORD.fullmatch(phrase):
            # a lone capitalised word as the subject of a cue is a name even at a sentence start;
            # a given name ("One farmer, who gave only his first name, Petar,") is a person
            given = phrase.lower() not in MONTHS and (phrase.lower() in FEMALE_FIRST_NAMES or phrase.lower() in MALE_FIRST_NAMES) or bool(
                _FIRST_NAME_ONLY.search(self.text, max(0, a - 80), a))
            if phrase.endswith(("'s", "\u2019s")):
                return self._group(phrase, kind="organization")  # "Morrow's said": a firm named for its founder
            return self._group(phrase, kind="person" if given else "unknown")
        if _CAP_RUN.fullmatch(phrase.split(",")[0]):
            # a name inside a longer capitalised run (a title-case headline): read it on its own
            for m in find_mentions(phrase.split(",")[0]):
                found = self._match(m)
                if found is None:
                    found = self._new(m.text, m.kind, a)
                return found
        g = _GROUP_HEAD.search(core)
        if g:
            return self._group(_group_name(phrase))
        return None

    def _org_first(self, inside) -> bool:
        kinds = [e.kind for m, e in inside]
        return bool(kinds) and kinds[0] == "organization"

    def _org_head(self, words: list[str]) -> str | None:
        """'the company', 'the Swiss bank': a short nominal that points back to an organisation.
        One with more modifiers ('the transit workers' union') is a new, unnamed one."""
        if not words or words[0] not in {"the", "this", "that", "its", "our", "their"}:
            return None
        tail = " ".join(words[-2:]) if len(words) >= 2 else ""
        if tail in ORG_NOUN_TYPES and len(words) <= 3:
            return tail
        if len(words) <= 3 and words[-1] in ORG_NOUN_TYPES:
            return words[-1]
        return None

    def _group(self, name: str, kind: str = "group") -> EntityRef:
        key = entity_key(name)
        if key in self.by_key:
            return self.by_key[key]
        e = EntityRef(name, kind, {name})
        self.entities.append(e)
        self.by_key[key] = e
        return e

    def _role(self, phrase: str, person: EntityRef, org: EntityRef) -> str:
        s = phrase
        for alias in sorted(person.aliases | org.aliases, key=len, reverse=True):
            s = s.replace(alias, " ")
        s = _POSSESSIVE.sub(" ", s)
        s = _ROLE_FILLER.sub(" ", s)
        return " ".join(s.replace(",", " ").split())[:120]

    def _affiliate(self, person: EntityRef, org: EntityRef, role: str) -> None:
        for af in self.affiliations:
            if af.person is person and af.organization is org:
                if role and not af.role:
                    af.role = role
                return
        self.affiliations.append(Affiliation(person, org, role))

    def _not_the_possessor(self, owner: EntityRef, head: str) -> bool:
        """Does '<owner>'s <head>' speak with a voice of its own, not the owner's?"""
        if head in _ASSOCIATES:
            return owner.kind == "person"
        if head in _STATE_ONLY_BODIES:
            return owner.kind != "person"
        if (owner.kind in ("place", "unknown") or self._is_country(owner)) and head.endswith(("ers", "ists", "ants", "ents")) and head not in ORG_NOUN_TYPES:
            return True  # "Europe's carmakers", "Japan's exporters": people or firms of the place, not the place
        if owner.kind == "place" or self._is_country(owner):
            return head in _STATE_BODIES
        return owner.kind == "organization" and head in _STAFF_BODIES

    def _unnamed_antecedent(self, st: RawStatement, resolved: list[ResolvedStatement]) -> str | None:
        """'An official involved in the talks said ... the official said': the unnamed source a
        definite phrase with the same head noun (or 'they' after a counted group) refers back to."""
        text = st.speaker_text.strip()
        dm = _THE_UNNAMED.fullmatch(text)
        plural = text.lower() == "they"
        if (dm is None and not plural) or st.speaker_start is None:
            return None
        for r in reversed(resolved[-4:]):
            if r.speaker is not None or r.raw.speaker_start is None or not 0 < st.speaker_start - r.raw.speaker_start < 1500:
                continue
            phrase = r.label or r.raw.speaker_text.strip()
            head = _RELATIVE_IN_PHRASE.split(phrase, 1)[0].split(",")[0].lower().split()
            if dm is not None and head and _UNNAMED_SOURCE.match(phrase) and dm.group(1).lower() in head[1:5]:
                return phrase  # "An official involved in the talks" ... "the official"
            if plural and head and _COUNTED_SOURCE.match(phrase) and head[-1].endswith("s") \
                    and not self._person_between(r.raw.phrase_end or r.raw.speaker_start, st):
                return phrase
        return None

    def _person_between(self, a: int, st: RawStatement) -> bool:
        """Is a person named between a and this statement's speaker? Not one named in its own words
        or as a possessor ('"Our thoughts remain with Mr Ashworth's family," she said')."""
        return any(e.kind == "person" and not (st.quote_start <= m.start < st.quote_end) and not _POSSESSIVE_AT.match(self.text, m.end)
                   for m, e in self.entity_at(a, st.speaker_start))

    def about(self, st: RawStatement, speaker: EntityRef | None) -> list[EntityRef]:
        out: list[EntityRef] = []
        for m, e in self.entity_at(st.quote_start, st.quote_end):
            if e is speaker or e in out or e.kind not in ("person", "organization"):
                continue
            if NATIONALITY_RE.match(m.text) and len(m.text) <= 4:
                continue
            out.append(e)
        return out

    def resolve(self, statements: list[RawStatement]) -> ResolvedArticle:
        resolved: list[ResolvedStatement] = []
        for st in statements:
            label = None
            if st.continues is not None and st.continues < len(resolved):
                speaker = resolved[st.continues].speaker
                label = resolved[st.continues].label
            else:
                speaker = self.resolve_speaker(st)
                prev = resolved[-1] if resolved else None
                origin = prev  # "A spokeswoman said ... She declined ... 'X,' she said": the spokeswoman, still
                for r in reversed(resolved[:-1]):
                    if origin is None or origin.raw.speaker_text.lower() != st.speaker_text.lower() or r.speaker is not origin.speaker:
                        break
                    origin = r
                if prev is not None and prev.speaker is not None and st.speaker_text.lower() in ("he", "she") \
                        and st.speaker_start is not None and prev.raw.speaker_start is not None \
                        and 0 < st.speaker_start - prev.raw.speaker_start < 400 and _spokes_gender(origin.raw.speaker_text, st.speaker_text) \
                        and not self._person_between(prev.raw.phrase_end or prev.raw.speaker_start, st):
                    speaker = prev.speaker  # "a Corvid spokeswoman said ... She declined to say": the spokeswoman
                elif (prev is not None and prev.speaker is None and st.speaker_text.lower() in ("he", "she")
                      and prev.raw.speaker_text.lower() not in BARE_PRONOUNS and _UNNAMED_SOURCE.match(prev.raw.speaker_text)
                      and st.speaker_start is not None and prev.raw.speaker_start is not None
                      and 0 < st.speaker_start - prev.raw.speaker_start < 400
                      and not self._person_between(prev.raw.phrase_end or prev.raw.speaker_start, st)):
                    speaker = None  # "A healthcare assistant said ... 'Everyone is scared,' she said": her, not the last person named
                    label = prev.label or prev.raw.speaker_text.strip()
                elif prev is not None and prev.speaker is None and prev.label is not None and st.speaker_text.lower() == prev.raw.speaker_text.lower() \
                        and st.speaker_start is not None and prev.raw.speaker_start is not None and 0 < st.speaker_start - prev.raw.speaker_start < 600 \
                        and not self._person_between(prev.raw.phrase_end or prev.raw.speaker_start, st):
                    speaker, label = None, prev.label  # "'...,' she said. '...,' she said": the same unnamed source, still
                else:
                    ante = self._unnamed_antecedent(st, resolved)
                    if ante is not None:
                        speaker, label = None, ante
                if _THE_SPOKESPERSON.fullmatch(st.speaker_text.strip()):
                    # "The spokesman declined to say ...": the spokesperson who spoke last, for whomever they spoke
                    earlier = next((r for r in reversed(resolved) if r.speaker is not None and 0 <= st.quote_start - r.raw.quote_start < 2500
                                    and _SPOKES_TEXT.search(r.raw.speaker_text)), None)
                    speaker = earlier.speaker if earlier is not None else speaker
                dm = _THE_DOCUMENT.fullmatch(_RELATIVE_IN_PHRASE.split(st.speaker_text, 1)[0].strip())  # "the letter, which ..."
                if dm is not None:
                    # "Penhallow said in a statement ... 'I apologise,' the statement said": its author
                    noun = dm.group(1).lower()
                    author = next((r.speaker for r in reversed(resolved) if r.speaker is not None
                                   and 0 <= st.quote_start - r.raw.quote_start < 2500
                                   and noun in self.text[r.raw.sentence_start:r.raw.sentence_end].lower()
                                   and noun not in r.raw.speaker_text.lower()), None)
                    speaker = author or speaker
            if speaker is not None and st.speaker_start is not None:
                self._speakers.append((st.speaker_start, speaker))
            resolved.append(ResolvedStatement(st, speaker, self.about(st, speaker), label if speaker is None else None))
        used = {id(r.speaker) for r in resolved if r.speaker} | {id(e) for r in resolved for e in r.about}
        used |= {id(a.person) for a in self.affiliations} | {id(a.organization) for a in self.affiliations}
        return ResolvedArticle(resolved, [e for e in self.entities if id(e) in used], self.affiliations)


def _spokes_gender(phrase: str, pronoun: str) -> bool:
    """Does a spokesperson phrase agree with the pronoun that follows it?"""
    low = phrase.lower()
    if pronoun.lower() == "she":
        return bool(re.search(r"\bspokes(?:woman|person)\b", low))
    return bool(re.search(r"\bspokes(?:man|person)\b", low))


def _recase_headings(text: str, statements: list[RawStatement]) -> str:
    """A factbox's headings in capitals, in the case a sentence would give them, so that their names are read
    as names ("RUTGER HALLENBERG, CHIEF ECONOMIST, NORTHGATE BANK:", "ALDORIAN CHAMBER OF INDUSTRY:"): where a
    heading names the speaker of the quotation under it, the others name speakers too."""

    def caps_line(a: int) -> tuple[int, int] | None:
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        line = text[a:b]
        if 2 <= len(line.split()) <= 16 and mostly_capitals(line) and not _SENTENCE_STOP.search(line):
            return a, b
        return None

    if not any(st.speaker_start is not None and not st.cue and caps_line(text.rfind("\n", 0, st.speaker_start) + 1)
               for st in statements):
        return text
    first = text.find("\n")
    for m in re.finditer(r"(?m)^", text):
        span = caps_line(m.start()) if m.start() > first else None
        if span:
            text = text[:span[0]] + heading_case(text[span[0]:span[1]]) + text[span[1]:]
    return text


def resolve_article(text: str, statements: list[RawStatement]) -> ResolvedArticle:
    return ArticleResolver(_recase_headings(text, statements)).resolve(statements)
