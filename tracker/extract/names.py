"""Proper names in running text: people and organisations, with titles and roles peeled off."""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.extract.firstnames import FIRST_NAMES
from tracker.extract.lexicon import (
    COMPANY_WORDS, GOV_WORDS, INDUSTRY_WORDS, MEDIA_WORDS, NATIONALITY_RE, NON_NAME_WORDS, OTHER_ORG_WORDS, PERSON_ROLE_TITLES, TITLES,
)
from tracker.extract.segment import LOWER_INITIALS
from tracker.extract.types import Mention

# Capitals and letters beyond ASCII too: "Luka Petrović", "Tomás Ó Briain", "Ilić"
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_AL = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u017f"
# (an apostrophe inside a name: "O'Neil", "Fa'alogo", "Ng'ang'a" -- not a possessive "'s")
_CAP = rf"(?:(?:[A-Z][a-z]{{0,3}}\.){{2,}}|[{_UP}][{_AL}0-9&\-]*(?:['\u2019](?:[{_UP}]|(?!(?:s|ve|re|ll)\b)[a-z]{{2,}})[\w\-]*)*\.?(?=[\s,;:)'\u2019]|$)|[A-Z]{{2,}}[0-9]*)"
_CONNECT = r"(?:of|and|for|the|de|del|della|la|le|van|von|der|den|du|des|dos|das|di|da|al|bin|&|y|on|at)"
# The first _CAP with its leading capital factored out (and the lookbehind moved after it):
# the same matches, but a pattern that starts with a character class lets the regex engine
# skip straight to capital letters instead of trying the whole pattern at every position.
_CAP_FIRST = (
    rf"[{_UP}](?<![\w.][{_UP}])"
    r"(?:[a-z]{0,3}\.(?:[A-Z][a-z]{0,3}\.)+"
    rf"|[{_AL}0-9&\-]*(?:['\u2019](?:[{_UP}]|(?!(?:s|ve|re|ll)\b)[a-z]{{2,}})[\w\-]*)*\.?(?=[\s,;:)'\u2019]|$)"
    r"|[A-Z]+[0-9]*)"
)
# "Farmers' Union": a plural possessive inside a name joins its words
# "Moatasem al-Fitouri", "Abu Hamza al-Tihami": an Arabic article joined to the family name
_ARTICLE_NAME = rf"[ \t]+(?:al|el|ad|ar|as|ash|at|az|ud|ul)-[{_UP}][{_AL}\-]*"
NAME_RE = re.compile(rf"{_CAP_FIRST}(?:(?:(?<=s)['\u2019](?=[ \t]+(?:(?:and|of|for)[ \t]+)?[{_UP}]))?[ \t]+(?:{_CONNECT}[ \t]+){{0,2}}{_CAP}|{_ARTICLE_NAME})*")
_TOKEN_RE = re.compile(r"\S+")
_CONNECT_RE = re.compile(_CONNECT)
_DOTTED_RE = re.compile(r"(?:[A-Za-z]\.){2,}")

# Titles that mark the rest of the name as a person.
CORE_TITLES = {
    "president", "minister", "secretary", "senator", "sen", "rep", "representative", "gov",
    "governor", "mayor", "mr", "mrs", "ms", "dr", "prof", "professor", "judge", "justice", "cr", "cllr",
    "chancellor", "chairman", "chairwoman", "ceo", "cfo", "director", "general", "gen",
    "commander", "admiral", "pope", "king", "queen", "prince", "princess", "lord", "lady", "sir",
    "ambassador", "attorney", "speaker", "leader", "candidate", "nominee", "sheriff", "officer",
    "rev", "reverend", "rabbi", "bishop", "coach", "founder", "premier", "spokesman",
    "spokeswoman", "spokesperson", "congressman", "congresswoman", "commissioner", "lt",
    "councilwoman", "councilman", "councillor", "councilor", "alderman", "alderwoman", "councilmember",
    "assemblyman", "assemblywoman", "legislator", "magistrate",
    "col", "sgt", "capt", "captain", "lieutenant", "colonel", "sergeant", "emir", "sheikh",
    "businessman", "businesswoman", "billionaire", "economist", "analyst", "executive", "chief",
    "president-elect", "vice-president", "mp", "mep", "msp", "mla", "gp", "lawmaker", "dame", "editor", "activist",
}
# titles that only people hold (unlike "General" in "General Motors" or "State" in "State Bank")
_PERSON_TITLES = {
    "superintendent", "inspector", "detective", "sergeant", "constable", "captain", "commander", "councillor",
    "councilor", "councilman", "councilwoman", "councilmember", "trustee", "alderman", "senator", "congressman", "congresswoman", "governor",
    "mayor", "minister", "secretary", "chancellor", "ambassador", "judge", "justice", "professor", "dr", "mr", "mrs",
    "ms", "rev", "reverend", "rabbi", "imam", "bishop", "father", "sister", "coach", "manager", "chairman",
    "chairwoman", "chair", "chairperson", "president", "premier", "spokesman", "spokeswoman", "spokesperson", "commissioner", "sheriff",
    "lieutenant", "colonel", "major", "admiral", "dean", "principal", "treasurer", "director", "chief", "deputy",
    "goalkeeper", "keeper", "striker", "midfielder", "defender", "winger", "skipper", "quarterback", "pitcher",
    "referee", "lawyer", "historian", "novelist", "photographer", "surgeon", "physician", "engineer", "farmer",
} | PERSON_ROLE_TITLES
# "Shares of Halvern", "Residents of Tirza": a plural noun opening a sentence is not part of the name
# after it ("Friends of the Earth" and the like are names)
_BODY_ENDS = {"alliance", "association", "union", "federation", "council", "coalition", "league", "society", "institute",
              "foundation", "trust", "guild", "fund", "party", "front", "network", "forum", "campaign", "movement", "committee",
              "board", "executive", "authority", "commission", "agency", "administration", "directorate", "service"}
_PLURAL_LEADS = {"shares", "residents", "members", "officials", "supporters", "critics", "fans", "workers", "employees", "parts",
                 "citizens", "voters", "leaders", "executives", "investors", "analysts", "sources", "families", "students",
                 "teachers", "doctors", "nurses", "farmers", "owners", "customers", "users", "readers", "viewers", "people",
                 "representatives", "lawmakers", "staff", "villagers", "survivors", "relatives", "parents", "shareholders"}
ORG_WORDS = GOV_WORDS | COMPANY_WORDS | OTHER_ORG_WORDS | MEDIA_WORDS
_ACRONYM = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,5})$")
# a US party label after a name: "Sen. Harold Amadi, D-Brennan," ("R-Texas", "I-Vt.")
PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?")


@lru_cache(maxsize=65536)
def _low(tok: str) -> str:
    return tok.lower().rstrip(".").replace("\u2019", "'")


# "Kavari Microdevices", "Brightline Biotech", "Orrin Software": what firms' last words end in
_INDUSTRY_SUFFIX = re.compile(r"(?:devices|tech|works|software|hardware|tronics|onics|soft|systems|labs|pharma|foods|motors|lines|ways)$")


@lru_cache(maxsize=32768)
def org_type(name: str, industry: bool = True) -> str | None:
    """'government', 'media', 'company', 'other' when the words say so, else None.
    industry=False: only the words that make a name an organisation's wherever they stand."""
    words = [_low(t) for t in name.split()]
    if any(w in MEDIA_WORDS for w in words):
        return "media"
    if any(w in GOV_WORDS for w in words):
        return "government"
    if any(w in COMPANY_WORDS for w in words):
        return "company"
    if any(w in OTHER_ORG_WORDS for w in words):
        return "other"
    if industry and len(words) > 1 and words[0] not in FIRST_NAMES and (words[-1] in INDUSTRY_WORDS or _INDUSTRY_SUFFIX.search(words[-1])):
        return "company"
    return None


PLACE_WORDS = {
    "hall", "street", "avenue", "square", "park", "river", "county", "city", "island", "bay",
    "mountain", "valley", "beach", "road", "bridge", "airport", "station", "plaza", "lake",
    "coast", "state", "states", "district", "province", "region", "north", "south", "east", "west",
}


# the given name of a surname-first name ("Park Seo-yun"): two syllables, the second in lower case
SURNAME_FIRST_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


# ("N. Korea", "S. Africa": a compass point, then a place)
_PLACE_INITIALS = {"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "N.Y.", "L.A.", "S.F.", "N.Z.", "U.A.E."}


def classify(tokens: list[str], titled: bool) -> str:
    if titled:
        return "person"
    words = [_low(t) for t in tokens]
    if words[-1] in PLACE_WORDS and not org_type(" ".join(tokens)) and not (len(tokens) > 1 and words[0] in FIRST_NAMES):
        return "place"
    if org_type(" ".join(tokens)):
        return "organization"
    if len(tokens) == 1 and _ACRONYM.match(tokens[0]) and not NATIONALITY_RE.match(tokens[0]):
        return "organization"
    if 2 <= len(tokens) <= 4 and words[0] in FIRST_NAMES and all(t[:1].isupper() for t in tokens):
        return "person"
    if len(tokens) == 2 and SURNAME_FIRST_GIVEN.fullmatch(tokens[1]):
        return "person"  # "Park Seo-yun", "Kim Jae-myung": a family name, then a hyphenated given name
    if 2 <= len(tokens) <= 4 and re.fullmatch(r"(?:[A-Z]\.){1,3}", tokens[0]) and tokens[0] not in _PLACE_INITIALS \
            and not (tokens[0] in ("N.", "S.", "E.", "W.") and len(tokens) == 2) and all(
            t[:1].isupper() and t[1:].islower() and w not in ORG_WORDS and w not in PLACE_WORDS for t, w in zip(tokens[1:], words[1:])):
        return "person"  # "P. Lakshmi Narayanan", "K.R. Sundaravel": initials, then names
    return "unknown"


# what a story calls someone before naming them, capitalised at a sentence's start
_DESCRIPTORS = {
    "survivor", "passenger", "pensioner", "retiree", "resident", "residents", "neighbour", "neighbor", "witness", "commuter",
    "student", "pupil", "parent", "mother", "father", "widow", "widower", "grandmother", "grandfather", "nurse", "teacher",
    "driver", "farmer", "shopkeeper", "volunteer", "veteran", "fan", "worker", "miner", "fisherman", "trader", "patient",
    "victim", "activist", "protester", "organiser", "organizer", "homeowner", "tenant", "landlord", "owner", "gp", "midwife",
    "paramedic", "firefighter", "officer", "constable", "researcher", "scientist", "expert", "author", "writer", "singer",
    "comedian", "newcomer", "rapper", "actor", "actress", "producer", "filmmaker", "novelist", "presenter", "broadcaster",
    "chef", "designer", "playwright", "songwriter", "poet", "drummer", "influencer", "entrepreneur", "billionaire",
}
_BODIES_WITH_MEMBERS = {"council", "board", "assembly", "committee", "commission", "school", "city", "parliament", "cabinet", "party"}
_FACILITIES = {"stadium", "arena", "centre", "center", "hall", "park", "zone", "market", "station", "terminal", "tower", "building",
               "bridge", "road", "street", "square", "gardens", "house", "court", "club"}
# an occupation written as a title before a name: "Hydrogeologist", "Economist", "Pianist"
_OCCUPATION = re.compile(r"[A-Z][a-z]{2,}(?:ist|ologist|ician)")


def _looks_like_person(tail: list[str]) -> bool:
    """Two capitalised words, neither a word of organisations' names: 'Renata Halvorsen',
    'Augustin Mendel-Ferrara' (each part of a double-barrelled name capitalised)."""
    if len(tail) == 2 and re.fullmatch(r"(?:[A-Z]\.){1,3}", tail[0]):
        tail = tail[1:] * 2  # "R. Palanivel", "K.R. Sundaravel": initials, then a family name
    return len(tail) == 2 and all(all(p[:1].isupper() and p[1:].islower() for p in t.split("-")) and _low(t) not in ORG_WORDS
                                  and _low(t) not in TITLES for t in tail)


# British police ranks before a name, in capitals only ("DI Osei", "DCI Marguerite Osei"); "Miss" as Mrs and Ms
_POLICE_RANKS = {"DI", "DCI", "DSU", "DCS", "Supt", "Insp", "Miss"}  # (not DC, PC, DS: "DC United", "PC World")


# what someone was or is for now, before their title or their employer's name ("Former Ashdown striker Tom Lee")
_STATUS_WORDS = {"former", "acting", "interim", "outgoing", "incoming", "retired"}


def _after_portfolio(rest: list[str]) -> list[str] | None:
    """The name after a remit joined by 'and': 'for Housing and Estates Ong Kah Seng', 'for Housing and Estates
    Grace Lim Shu Fen', where a name of three or four words follows."""
    ks = [i for i, t in enumerate(rest) if t in ("for", "of")]
    i = ks[-1] + 1
    if i < len(rest) and rest[i] == "the":
        i += 1
    if i >= len(rest) or not rest[i][:1].isupper():
        return None
    i += 1
    joined = False
    while i + 1 < len(rest) and rest[i] in ("and", "&"):
        i += 2
        joined = True
    if not joined:
        return None  # "Minister for Economic Development Jane Roe": where the remit ends is a guess; the last two words decide
    name = rest[i:]
    if 2 <= len(name) <= 4 and all(t[:1].isupper() for t in name) and not org_type(" ".join(name)) \
            and not any(_low(t) in ORG_WORDS or _low(t) in TITLES for t in name):
        return name
    return None


def peel(tokens: list[str]) -> tuple[list[str], bool]:
    """Strip leading non-name words and titles; report whether a personal title was there."""
    i = 0
    while i < len(tokens) - 1 and (_low(tokens[i]) in NON_NAME_WORDS or _low(tokens[i]) in _STATUS_WORDS) and not (
        tokens[i] == "The" and org_type(" ".join(tokens[i + 1:]))
    ):
        i += 1
    if i == len(tokens) - 1 and _low(tokens[i]) in NON_NAME_WORDS:
        return [], False
    tokens = tokens[i:]
    j = 0
    core = False
    while j < len(tokens) - 1:
        w = _low(tokens[j])
        if w.endswith("s") and w[:-1] in CORE_TITLES and j + 1 < len(tokens) and _low(tokens[j + 1]) in FIRST_NAMES:
            w = w[:-1]  # "Councilmembers Rolf Haverkamp, Brenda Sizemore and ...": a title for each name
        if w in TITLES or tokens[j] in _POLICE_RANKS or w in ("pro", "tem") and j > 0 or (
                j > 0 and j + 1 < len(tokens) and _low(tokens[j + 1]) in ("officer", "executive") and _low(tokens[j - 1]) == "chief") or (
                NATIONALITY_RE.match(tokens[j]) and j + 1 < len(tokens) and _low(tokens[j + 1]) in TITLES):
            core = core or w in CORE_TITLES or tokens[j] in _POLICE_RANKS
            j += 1
            continue
        break
    if j <= 1 and 4 <= len(tokens) <= 5 and _low(tokens[1]) == "member" and _low(tokens[0]) in _BODIES_WITH_MEMBERS:
        return tokens[2:], True  # "Council Member Bram Oyelowo-Pratt", "Board Member Jane Roe"
    if j == 0 and len(tokens) >= 3 and _OCCUPATION.fullmatch(tokens[0]) and (_low(tokens[1]) in FIRST_NAMES or _looks_like_person(tokens[1:])):
        return tokens[1:], True  # "Hydrogeologist Nadia Farouk-Lindqvist", "Epidemiologist Tomas Ruiz"
    if j == 0 and 3 <= len(tokens) <= 4 and _low(tokens[0]) in _DESCRIPTORS and all(t[:1].isupper() for t in tokens[1:]) \
            and not org_type(" ".join(tokens[1:])) and (_low(tokens[1]) in FIRST_NAMES or _looks_like_person(tokens[-2:])
                                                         and _low(tokens[-1]) not in PLACE_WORDS | _FACILITIES):
        return tokens[1:], True  # "Survivor Jerome Alcantara", "Pensioner Wiremu Hohaia": who they are, then the name
    rest = tokens[j:]
    if core and rest and rest[0] in ("for", "of"):
        name = _after_portfolio(rest)
        if name is not None:
            return name, True  # "Minister for Housing and Estates Ong Kah Seng": the portfolio, then a name of three
        # "Minister for Education Rupert Caulfield": the portfolio, then the name; "Minister for Trade": a post
        if len(rest) >= 5 and re.fullmatch(r"[A-Z]\.", rest[-2]) and _looks_like_person([rest[-3], rest[-1]]):
            return rest[-3:], True  # "Secretary of State John F. Kerry": a middle initial
        return (rest[-2:], True) if len(rest) >= 4 and _looks_like_person(rest[-2:]) else (tokens, False)
    if core and rest and not org_type(" ".join(rest)) and len(rest) <= 4:
        return rest, True
    if j and (2 <= len(rest) <= 3 or len(rest) == 4 and _low(rest[0]) in FIRST_NAMES) and (_low(rest[0]) in FIRST_NAMES or _low(tokens[j - 1]) in _PERSON_TITLES) \
            and not org_type(" ".join(rest)) and all(t[:1].isupper() for t in rest):
        return rest, True  # "Superintendent Alan Pryce", "Superintendent Magda Roe": a title before a name
    # a title inside the run: "Harbor City Mayor James Whitfield" -> "James Whitfield" (not "Institute of General
    # Practice"); inside an organisation's name only before a given name ("Data Protection Commissioner Renata Roe")
    whole_org = org_type(" ".join(tokens)) is not None
    for k in range(len(tokens) - 2, -1 if whole_org else 0, -1):
        if _low(tokens[k]) in CORE_TITLES or _low(tokens[k]) in _PERSON_TITLES:
            tail = tokens[k + 1:]
            if (1 <= len(tail) <= 3 or len(tail) == 4 and _low(tail[0]) in FIRST_NAMES) and not org_type(" ".join(tail)) \
                    and all(t[:1].isupper() for t in tail) and (
                    not whole_org or _low(tail[0]) in FIRST_NAMES or _looks_like_person(tail)):
                return tail, True
            break
    return tokens, False


def _strip_dot(tok: str) -> str:
    """'ICE.' at a sentence end loses its full stop; 'U.S.' keeps its."""
    if tok.endswith(".") and not _DOTTED_RE.fullmatch(tok):
        return tok[:-1]
    return tok


_DATE_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
_DOTTED_OK = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "adm",
    "rev", "prof", "st", "jr", "sr", "corp", "inc", "co", "ltd", "mt", "ft", "hon", "messrs",
}


_COMPASS = {"north", "south", "east", "west", "central", "latin", "northern", "southern", "eastern", "western"}
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}[s\u2019']s?")


def _split_groups(toks: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Cut a capitalised run where it spans a sentence end or joins two names with 'and'."""
    groups: list[list[tuple[int, str]]] = [[]]
    for i, (off, w) in enumerate(toks):
        if _PLURAL_ACRONYM.fullmatch(w):
            groups.append([])  # "tells MPs Vireo pushed ...": a plural common noun ends a name
            continue
        groups[-1].append((off, w))
        if w.endswith(".") and i + 1 < len(toks):
            bare = w[:-1].lower()
            if not (bare in _DOTTED_OK or len(bare) == 1 or LOWER_INITIALS.fullmatch(bare)):
                groups.append([])
    out: list[list[tuple[int, str]]] = []
    for g in groups:
        words = [w for _, w in g]
        for k in range(1, len(words) - 1):
            if words[k] in ("on", "in", "at") and _low(words[k + 1]) in _DATE_WORDS:
                g, words = g[:k], words[:k]  # "the Court of Appeal on Thursday": the day is not the name's
                break
        if len(words) >= 3 and words[1] in ("at", "in", "on", "for", "to", "from", "with", "by") and words[0].endswith("ing"):
            g, words = g[2:], words[2:]  # "Arriving at the Treasury", "Speaking in Parliament": a participle opens the sentence
            if words and words[0] == "the" and len(words) > 1:
                g, words = g[1:], words[1:]
        if len(words) >= 3 and words[1] == "at" and words[0].endswith("s") and _low(words[0]) not in ORG_WORDS:
            g, words = g[2:], words[2:]  # "Teachers at Orchard Lane Elementary": who, then where
        if len(words) >= 3 and words[1] == "of" and _low(words[0]) in _PLURAL_LEADS:
            g, words = g[2:], words[2:]
            if words and words[0] == "the" and len(words) > 1:
                g, words = g[1:], words[1:]
        if "of" in words:
            k = words.index("of")
            left = words[:k]
            if len(left) >= 3 and _low(left[0]) == "the" and _low(left[1]) in TITLES:
                g, words, left, k = g[1:], words[1:], left[1:], k - 1  # "The Rev. Jane Roe of St Mark's Church"
            titled_left = 5 <= len(left) <= 7 and "and" not in left and peel(left)[1]  # "House Minority Leader Anita Roe of California"
            if (2 <= len(left) <= 4 or titled_left) and (titled_left or _low(left[0]) in FIRST_NAMES or _low(left[0]) in TITLES or org_type(" ".join(words[k + 1:]))
                                        or "&" in words[k + 1:]) and (titled_left or not org_type(" ".join(left))) and _low(left[0]) != "the":
                # "Amira Haddad of the Clean Money Coalition": a person, then her organisation
                rest = g[k + 1:]
                if rest and rest[0][1].lower() == "the":
                    rest = rest[1:]
                out.extend([g[:k], rest])
                continue
        if "and" in words:
            k = words.index("and")
            left = [w for w in words[:k] if not NATIONALITY_RE.match(w)]
            # "Donald Trump and Hillary Clinton", "the White House and the Fed": two names;
            # "Agricultural Stabilization and Conservation Service": one
            if words[k - 1].endswith(("'", "\u2019")):
                out.append(g)  # "Nurses' and Midwives' Union": one name with two possessors
                continue
            if "of" in [w.lower() for w in words[:k]] and words[k + 1:k + 2] and words[k + 1].lower() != "the" and org_type(" ".join(words[:k])):
                out.append(g)  # "Ministry of Trade and Industry", "Department of Health and Human Services": one name
                continue
            left_is_name = len(left) >= 2 and (_low(left[0]) in FIRST_NAMES or org_type(" ".join(left), industry=False) is not None
                                               or _low(left[0]) == "the")
            right = words[k + 1:]
            if left and right and right[0].lower() != "the" and _low(right[-1]) in _BODY_ENDS and _low(left[-1]) not in ORG_WORDS \
                    and (_low(left[0]) == "the" or _low(left[0]) not in FIRST_NAMES):
                out.append(g)  # "the Heart and Stroke Patients' Alliance", "Independent Authors and Publishers Alliance": one body
                continue
            titled_right = len(right) >= 2 and (_low(right[0]) in CORE_TITLES or _low(right[0])[:-1] in CORE_TITLES and _low(right[0]).endswith("s"))
            if left_is_name or titled_right or (k + 1 < len(words) and words[k + 1].lower() == "the"):
                # ("Maddox and Councilmembers Rolf Haverkamp": a surname, then a titled name)
                out.extend([g[:k], g[k + 1:]])
                continue
        out.append(g)
    return [g for g in out if g]


_ORG_DESCRIPTOR = re.compile(r"(?:Chip|Auto|Car|Drug|Steel|Plane|Toy|Phone|Game|Beer|Wine|Paper|Truck)maker|Retailer|Insurer|Lender|"
                             r"Airline|Grocer|Startup|Start-up|Conglomerate|Supermarket")


@lru_cache(maxsize=65536)
def _read_run(run: str) -> tuple[tuple[int, int, str, bool], ...]:
    """The names in one capitalised run, as (start, end, kind, titled) relative to the run.

    A pure function of the run's text, so cached: the same names recur across articles."""
    toks = [(t.start(), t.group(0)) for t in _TOKEN_RE.finditer(run)]
    out: list[tuple[int, int, str, bool]] = []
    for g in _split_groups(toks):
        while g and _CONNECT_RE.fullmatch(g[-1][1]):
            g = g[:-1]
        if not g:
            continue
        forced = None
        lead = 1 if g[0][1] in ("The", "the") else 0
        if len(g) >= lead + 2 and g[lead][1].endswith(("-based", "-owned", "-backed", "-listed", "-born")):
            g = g[lead + 1:]  # "the Westbury-based Coalition for Public Charter Schools": where it is, then its name
        if len(g) >= 2 and _ORG_DESCRIPTOR.fullmatch(g[0][1]) and _low(g[1][1]) not in FIRST_NAMES:
            g, forced = g[1:], "organization"  # "Chipmaker Corvane", "Retailer Brightway": what the firm is, then its name
        peeled, titled = peel([w for _, w in g])
        if not peeled:
            continue
        kept = g[len(g) - len(peeled):]
        a = kept[0][0]
        last = _strip_dot(kept[-1][1])
        b = kept[-1][0] + len(last)
        if len(kept) == 1 and _low(last) in NON_NAME_WORDS:
            continue
        if len(kept) == 2 and _low(kept[0][1]) in _COMPASS and NATIONALITY_RE.match(last):
            continue  # "of South Asian heritage", "East African": an adjective, not a name
        tokens = [w for _, w in kept[:-1]] + [last]
        out.append((a, b, forced or classify(tokens, titled), titled))
    return tuple(out)


# "St Aldric's Hospital Trust", "Saint Corentin Children's Hospital", "King's College": a possessive
# inside an organisation's name (not "Germany's Deutsche Bank")
_NUMBERED_WORDS = {"Local", "Unit", "Chapter", "District", "Lodge", "Division", "Precinct", "Branch", "Flight", "Battalion",
                   "Brigade", "Regiment", "Squadron", "Ward", "Route"}
_NUMBERED = re.compile(r" \d{1,5}\b(?![.,]\d)")
_NAME_POSSESSORS = {"children", "women", "men", "people", "king", "queen", "saint", "st", "st.", "lady", "our"}


def _joins_possessive(left: Mention, right: Mention, text: str) -> bool:
    if right.kind != "organization" or text[left.end:right.start] not in ("'s ", "\u2019s "):
        return False
    words = left.text.split()
    if _low(words[-1]) in TITLES and right.text.split()[0] in ("Office", "Department", "Bureau", "Division", "Unit", "Chambers"):
        return True  # "the U.S. Attorney's Office for the District of Delmont", "the Sheriff's Department"
    if _low(words[-1]).endswith(("men", "ers", "ists")) and len(words) >= 2 and left.kind != "person" and _low(words[0]) not in FIRST_NAMES:
        return True  # "the Cerdeira Fishermen's Cooperative", "the Valley Growers' Union": the members' own body
    return _low(words[-1]) in _NAME_POSSESSORS or _low(words[0]) in ("st", "st.", "saint")


# "Moody's said", "McDonald's told": a name in 's right before a verb is the firm's whole name, not a possessive
_NAME_S_VERB = re.compile(r"['\u2019]s\s+(?:also\s+)?(?:said|says|told|tells|added|adds|wrote|writes|stated|warned|insisted|argued|explained|"
                          r"announced|reported|estimated|predicted|noted|forecast)\b")


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    end = len(text) if end is None else end
    out: list[Mention] = []
    for m in NAME_RE.finditer(text, start, end):
        run = m.group(0)
        base = m.start()
        for a, b, kind, titled in _read_run(run):
            mention = Mention(run[a:b], base + a, base + b, kind, {"titled": titled})
            nm = _NUMBERED.match(text, mention.end) if mention.text.split()[-1] in _NUMBERED_WORDS else None
            if nm:
                # "United Mineworkers Local 214", "Flight 418": the number is part of the name
                mention = Mention(text[mention.start:nm.end()], mention.start, nm.end(), kind, mention.extra)
            if _NAME_S_VERB.match(text, mention.end) and not mention.extra["titled"]:
                mention = Mention(text[mention.start:mention.end + 2], mention.start, mention.end + 2, "organization", mention.extra)
            if out and _joins_possessive(out[-1], mention, text):
                left = out.pop()
                mention = Mention(text[left.start:mention.end], left.start, mention.end, "organization", {"titled": False})
            out.append(mention)
    return out


HEADING_SMALL = {"of", "the", "and", "for", "at", "on", "in", "to", "a", "an", "van", "von", "der", "de", "la", "le", "du", "da", "al"}
_HEADING_ACRONYMS = {"UN", "EU", "US", "UK", "UAE", "IMF", "NATO", "OPEC", "NGO", "CEO", "CFO", "WHO"}


def mostly_capitals(s: str) -> bool:
    """A line set in capitals ('RUTGER HALLENBERG, CHIEF ECONOMIST:'), a stray lower-case letter allowed."""
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def heading_case(words: str) -> str:
    """'FINANCE MINISTER JORIS VAN DEELEN' -> 'Finance Minister Joris van Deelen', spacing kept (offsets stay valid)."""
    if re.match(r"\s*(?:A|AN|ONE)\s", words):
        return words.lower()  # "A DELEGATE FROM ONE OF THE SMALLER STATES": a description, not a name
    first = True

    def word(m: re.Match) -> str:
        nonlocal first
        w, was_first = m.group(0), first
        first = False
        if w.rstrip(",:;") in _HEADING_ACRONYMS and not (w.startswith("WHO") and not was_first):
            return w
        if not was_first and w.lower() in HEADING_SMALL:
            return w.lower()
        return re.sub(r"[^\W\d_]+", lambda p: p.group(0)[:1].upper() + p.group(0)[1:].lower(), w)

    cased = re.sub(r"\S+", word, words)
    return cased if len(cased) == len(words) else words
