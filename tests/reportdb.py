"""A small news world for the report, export and SQL tests, written row by row through the
models into a real database (SQLite or PostgreSQL), so every number a report gives can be
checked against a count the test makes itself.

Corvane Systems (a software company) and the Federal Border Agency (FBA), Jan-Apr 2026:
three outlets, one wire story syndicated twice, an executive and a spokesman affiliated to
Corvane (the spokesman only until the end of February), an entity merged into Corvane, a
rejected statement, refusals to comment, and statements with and without a stated day.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import create_engine, text
from sqlmodel import Session

from tracker.store.db import ensure_schema
from tracker.store.models import Affiliation, Alias, Article, Entity, Outlet, Statement, StatementAbout
from tracker.resolve.keys import entity_key

NEVER_SHARED = "We have never shared customer data with the agency."
REVIEWING = "We are reviewing the contract and will say more when that review is finished."


@dataclass
class World:
    url: str
    ids: dict[str, int] = field(default_factory=dict)  # entity or outlet name -> id
    articles: dict[str, int] = field(default_factory=dict)  # slug -> id
    statements: dict[str, int] = field(default_factory=dict)  # label -> id

    def scalar(self, sql: str, **params):
        engine = create_engine(self.url)
        try:
            with engine.connect() as conn:
                return conn.execute(text(sql), params).scalar()
        finally:
            engine.dispose()

    def rows(self, sql: str, **params) -> list[tuple]:
        engine = create_engine(self.url)
        try:
            with engine.connect() as conn:
                return [tuple(r) for r in conn.execute(text(sql), params)]
        finally:
            engine.dispose()


ENTITIES = [
    ("Corvane Systems", "organization", ["Corvane"]),
    ("Federal Border Agency", "organization", ["FBA", "the agency"]),
    ("Lena Markovic", "person", ["Markovic"]),
    ("Tom Reyes", "person", ["Reyes"]),
    ("Priya Natarajan", "person", ["Natarajan"]),
    ("Harbor City Council", "organization", []),
    ("Corvane Software Group", "organization", []),  # merged into Corvane Systems below
    ("Digital Rights Watch", "group", []),
]

OUTLETS = [("Harbor Ledger", "harborledger.example"), ("Valley Courier", "valleycourier.example"),
           ("Northern Wire", "northernwire.example")]

# slug, outlet, published (UTC), title, copy_of slug
ARTICLES = [
    ("jan-contract", "Northern Wire", datetime(2026, 1, 10, 9, 0), "Corvane defends border agency contract", None),
    ("jan-contract-ledger", "Harbor Ledger", datetime(2026, 1, 10, 13, 0), "Corvane defends border agency contract", "jan-contract"),
    ("jan-contract-courier", "Valley Courier", datetime(2026, 1, 11, 7, 30), "Software maker defends border contract", "jan-contract"),
    ("jan-council", "Harbor Ledger", datetime(2026, 1, 28, 18, 0), "Council questions city's Corvane licence", None),
    ("feb-hearing", "Valley Courier", datetime(2026, 2, 2, 16, 0), "Corvane chief faces questions at hearing", None),
    ("feb-protest", "Harbor Ledger", datetime(2026, 2, 20, 11, 0), "Rights group protests outside Corvane offices", None),
    ("mar-end", "Northern Wire", datetime(2026, 3, 5, 8, 0), "Corvane ends border agency contract", None),
    ("apr-audit", "Valley Courier", datetime(2026, 4, 14, 10, 0), "Audit finds agency kept Corvane data", None),
    ("undated", "Harbor Ledger", None, "Corvane profile", None),
]

# label, article slug, speaker (None: unresolved), kind, quote, stated_on, about, status
STATEMENTS = [
    ("never1", "jan-contract", "Corvane Systems", "direct", f"{NEVER_SHARED} {REVIEWING}", None, ["Federal Border Agency"], "auto"),
    ("fba-nc1", "jan-contract", "Federal Border Agency", "no_comment", "declined to comment on the contract", None, ["Corvane Systems"], "auto"),
    ("never1-copy1", "jan-contract-ledger", "Corvane Systems", "direct", f"{NEVER_SHARED} {REVIEWING}", None, ["Federal Border Agency"], "auto"),
    ("fba-nc1-copy1", "jan-contract-ledger", "Federal Border Agency", "no_comment", "declined to comment on the contract", None, ["Corvane Systems"], "auto"),
    # the second copy trims the quote a little: nearly the same words
    ("never1-copy2", "jan-contract-courier", "Corvane Systems", "direct", f"{NEVER_SHARED} {REVIEWING[:-1]}, a spokesman added", None, ["Federal Border Agency"], "auto"),
    ("council1", "jan-council", "Harbor City Council", "indirect", "the city would review its licence for Corvane software", date(2026, 1, 27), ["Corvane Systems"], "auto"),
    ("council2", "jan-council", "Harbor City Council", "indirect", "the licence cost the city $90,000 a year", None, ["Corvane Systems"], "auto"),
    ("natarajan1", "jan-council", "Priya Natarajan", "direct", "Residents deserve to know where their data goes.", None, ["Corvane Systems", "Federal Border Agency"], "auto"),
    ("corvane-nc1", "jan-council", "Corvane Systems", "no_comment", "did not respond to a request for comment", None, ["Harbor City Council"], "auto"),
    ("markovic1", "feb-hearing", "Lena Markovic", "direct", f"{NEVER_SHARED} Our engineers built safeguards into every release.", date(2026, 2, 1), ["Federal Border Agency"], "confirmed"),
    ("reyes1", "feb-hearing", "Tom Reyes", "indirect", "the company had answered every question from lawmakers", None, ["Federal Border Agency"], "auto"),
    ("never2", "feb-hearing", "Corvane Systems", "direct", NEVER_SHARED, None, ["Federal Border Agency"], "auto"),
    ("rejected1", "feb-hearing", "Corvane Systems", "direct", "Read more about the hearing", None, ["Federal Border Agency"], "rejected"),
    ("drw1", "feb-protest", "Digital Rights Watch", "direct", "Corvane must publish the full contract.", None, ["Corvane Systems"], "auto"),
    ("reyes2", "feb-protest", "Tom Reyes", "direct", "We respect the right to protest.", date(2026, 2, 19), [], "auto"),
    ("inc1", "feb-protest", "Corvane Software Group", "indirect", "it had hired an outside auditor", None, ["Federal Border Agency"], "auto"),
    ("unresolved1", "feb-protest", None, "indirect", "the protest was peaceful", None, [], "auto"),
    ("ended1", "mar-end", "Corvane Systems", "direct", f"The contract has ended. {NEVER_SHARED}", None, ["Federal Border Agency"], "corrected"),
    ("fba-nc2", "mar-end", "Federal Border Agency", "no_comment", "declined to comment on the decision", None, ["Corvane Systems"], "auto"),
    ("reyes3", "mar-end", "Tom Reyes", "direct", "We are proud of the work our teams did.", None, ["Federal Border Agency"], "auto"),
    ("markovic2", "apr-audit", "Lena Markovic", "indirect", "the audit confirmed the company's account", None, ["Federal Border Agency"], "auto"),
    ("audit1", "apr-audit", "Corvane Systems", "direct", "We welcome the audit. The contract has ended.", date(2026, 4, 13), ["Federal Border Agency"], "auto"),
    ("never3", "apr-audit", "Corvane Systems", "direct", NEVER_SHARED, None, ["Federal Border Agency"], "auto"),
    ("fba-nc3", "apr-audit", "Federal Border Agency", "no_comment", "did not respond to questions about the audit", None, ["Corvane Systems"], "auto"),
    ("undated1", "undated", "Corvane Systems", "direct", "We build software for cities.", None, [], "auto"),
]

# person, organisation, role, start, end
AFFILIATIONS = [
    ("Lena Markovic", "Corvane Systems", "chief executive", None, None),
    ("Tom Reyes", "Corvane Systems", "spokesman", None, date(2026, 2, 28)),  # left at the end of February
]


def build(url: str) -> World:
    engine = ensure_schema(url)
    w = World(url)
    with Session(engine) as s:
        for name, domain in OUTLETS:
            o = Outlet(name=name, domain=domain)
            s.add(o)
            s.flush()
            w.ids[name] = o.id
        for name, kind, aliases in ENTITIES:
            e = Entity(name=name, key=entity_key(name), kind=kind)
            s.add(e)
            s.flush()
            w.ids[name] = e.id
            for a in [name, *aliases]:
                s.add(Alias(entity_id=e.id, alias=a, key=entity_key(a)))
        s.flush()
        for slug, outlet, published, title, copy_of in ARTICLES:
            quotes = [q for _, a, _, _, q, _, _, _ in STATEMENTS if a == slug]
            body = f"{title}.\n\n" + "\n\n".join(f"\u201c{q}\u201d" for q in quotes) + f"\n\n({slug})"
            a = Article(
                source=f"tests/{slug}.txt", url=f"https://{dict(OUTLETS)[outlet]}/{slug}", title=title,
                outlet_id=w.ids[outlet], published=published.replace(tzinfo=timezone.utc) if published else None,
                language="en", text=body, content_hash=hashlib.sha256(body.encode()).hexdigest(),
            )
            s.add(a)
            s.flush()
            w.articles[slug] = a.id
        for slug, *_, copy_of in ARTICLES:
            if copy_of:
                s.get(Article, w.articles[slug]).copy_of = w.articles[copy_of]
                s.get(Article, w.articles[copy_of]).copy_of = w.articles[copy_of]  # the original points at itself
        for label, slug, speaker, kind, quote, stated_on, about, status in STATEMENTS:
            a = s.get(Article, w.articles[slug])
            start = a.text.index(quote)
            st = Statement(
                article_id=a.id, speaker_id=w.ids[speaker] if speaker else None, speaker_text=speaker or "officials",
                quote=quote, kind=kind, cue="said", quote_start=start, quote_end=start + len(quote),
                stated_on=stated_on, status=status, engine_version="1",
            )
            s.add(st)
            s.flush()
            w.statements[label] = st.id
            for e in about:
                s.add(StatementAbout(statement_id=st.id, entity_id=w.ids[e]))
        for person, org, role, start, end in AFFILIATIONS:
            s.add(Affiliation(person_id=w.ids[person], organization_id=w.ids[org], role=role, start=start, end=end))
        s.get(Entity, w.ids["Corvane Software Group"]).merged_into = w.ids["Corvane Systems"]
        s.commit()
    engine.dispose()
    return w


# The same facts, counted independently of tracker's report code: statements_view (made by
# the migrations) gives each statement's date; merged speakers are followed by hand.
CANON_SPEAKER = "COALESCE(m.name, e.name)"
VIEW_FROM = ("statements_view v LEFT JOIN entities e ON e.id = v.speaker_id "
             "LEFT JOIN entities m ON m.id = e.merged_into")


# Shared fixtures: test modules import them by name (`from reportdb import world, engine`).
@pytest.fixture
def world(db_url):
    return build(db_url)


@pytest.fixture
def engine(world):
    e = ensure_schema(world.url)
    yield e
    e.dispose()
