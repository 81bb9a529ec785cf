"""Generate a tracker database of synthetic statements for benchmarks (default 1,000,000).

    python bench/make_statements_db.py bench/out/statements-1m.db
    python bench/make_statements_db.py postgresql+psycopg://postgres@127.0.0.1:5432/bench --statements 1000000

The schema comes from the project's own migrations (tracker.store.db.upgrade), so the
database is exactly what `tracker` makes, FTS triggers included; rows are bulk-inserted.
The shape imitates news: speakers and subjects follow a Zipf law (a few speak very often),
10 statements per article, 300 outlets, five years, 10% of articles syndicated copies that
repeat their original's statements (with small edits), 2% rejected statements, a few
merged entities, people affiliated to organisations. Fixed seed: the same database each run.
Needs an empty database (a new SQLite file, or an empty PostgreSQL database).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracker.config import normalise_url, sqlite_path  # noqa: E402
from tracker.resolve.keys import entity_key  # noqa: E402
from tracker.store.db import upgrade  # noqa: E402

FIRST = ("Anna Ben Carla David Elena Farid Grace Hugo Irene Jonas Kofi Lena Marco Nadia Omar Paula Quinn Rosa "
         "Samir Tara Umar Vera Walter Xenia Yusuf Zoe Brad Maria Daniel Helen Thomas Angela James Priya Chen Ivan").split()
LAST = ("Smith Alvarez Okafor Park Lindqvist Brooks Whitfield Nakamura Rossi Novak Haddad Kowalski Mensah Dubois "
        "Schmidt Larsen Moreau Costa Silva Tanaka Ibrahim Petrov Walsh Fischer Keller Ortega Nilsson Varga Reyes Khan").split()
ORG_A = ("Northwind Contoso Fabrikam Meridian Harbor Summit Cobalt Granite Juniper Atlas Beacon Crescent Evergreen "
         "Falcon Horizon Ironwood Lakeside Maple Orion Pioneer Redwood Sterling Trident Vertex Willow").split()
ORG_B = ("Energy Bank Systems Health Logistics Airlines Pharma Capital Motors Foods Media Telecom Insurance Mining "
         "Ministry Agency Council Union Institute Foundation Authority Commission Partners Labs").split()
VOCAB = ("we will not comment on the report today but our position remains that the plan is safe and the region needs "
         "capacity jobs investment security data customers privacy immigration enforcement policy contract review court "
         "ruling appeal budget cuts transit workers union strike talks negotiations deal agreement merger shares market "
         "growth inflation rates prices energy pipeline climate emissions wetlands survey evidence investigation breach "
         "hackers systems passwords accounts families communities schools hospitals patients doctors nurses funding "
         "taxes reform election voters campaign council mayor governor minister president company government agency "
         "officials regulators lawmakers committee hearing testimony documents records statement response request "
         "deny confirm reject support oppose welcome expect hope believe continue cooperate comply respond").split()
KINDS = np.array(["direct", "indirect", "mixed", "no_comment"])
STATUSES = np.array(["auto", "confirmed", "corrected", "rejected"])


def zipf_choice(rng, n_items: int, size: int, s: float = 1.07) -> np.ndarray:
    """Indices 0..n_items-1 with P(i) ~ 1/(i+1)^s: a few items very often, most rarely."""
    w = 1.0 / np.arange(1, n_items + 1) ** s
    return rng.choice(n_items, size=size, p=w / w.sum())


def build(n_statements: int, seed: int):
    rng = np.random.default_rng(seed)
    n_articles = max(1, n_statements // 10)
    n_entities = max(50, n_statements // 50)
    n_outlets = 300

    # entities: people, organisations, a few groups; the named ones first (most frequent)
    named = [("Microsoft", "organization"), ("U.S. Immigration and Customs Enforcement", "organization"),
             ("Brad Smith", "person"), ("Federal Energy Regulatory Commission", "organization")]
    entities, keys = [], set()
    for name, kind in named:
        entities.append((name, kind))
        keys.add(entity_key(name))
    i = 0
    while len(entities) < n_entities:
        r = rng.random()
        if r < 0.6:
            name, kind = f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}", "person"
            if i >= len(FIRST) * len(LAST):
                name = f"{name} {i // (len(FIRST) * len(LAST))}"
        elif r < 0.95:
            name, kind = f"{ORG_A[i % len(ORG_A)]} {ORG_B[(i // len(ORG_A)) % len(ORG_B)]}", "organization"
            if i >= len(ORG_A) * len(ORG_B):
                name = f"{name} {i // (len(ORG_A) * len(ORG_B))}"
        else:
            name, kind = f"{VOCAB[i % len(VOCAB)].title()} group {i}", "group"
        i += 1
        if entity_key(name) not in keys:
            keys.add(entity_key(name))
            entities.append((name, kind))
    # shuffle all but the named ones, so Zipf ranks mix kinds; Microsoft ends up around rank 25
    rest = entities[len(named):]
    order = rng.permutation(len(rest))
    entities = [rest[j] for j in order[:20]] + named + [rest[j] for j in order[20:]]
    ent_ids = np.arange(1, len(entities) + 1)
    kinds = np.array([k for _, k in entities])

    start = datetime(2021, 1, 1)
    days = (datetime(2025, 12, 31) - start).days
    art_pub = rng.integers(0, days * 86400, size=n_articles)
    art_outlet = zipf_choice(rng, n_outlets, n_articles, 0.8) + 1
    # 10% of articles are syndicated copies of an earlier one
    is_copy = rng.random(n_articles) < 0.10
    is_copy[0] = False
    copy_of = np.zeros(n_articles, dtype=int)
    originals = np.flatnonzero(~is_copy)
    copies = np.flatnonzero(is_copy)
    n_earlier = np.searchsorted(originals, copies)  # originals published before each copy (by id)
    copy_of[copies] = originals[(rng.random(len(copies)) * n_earlier).astype(int)] + 1
    has_copies = np.zeros(n_articles, bool)
    has_copies[copy_of[is_copy] - 1] = True

    # statements: ~10 per original article; copies repeat their original's statements
    per_article = rng.poisson(10, size=n_articles).clip(1, 40)
    per_article[is_copy] = 0
    total = per_article.sum()
    scale = n_statements / total
    per_article = np.maximum((per_article * scale).round().astype(int), np.where(is_copy, 0, 1))
    st_article = np.repeat(np.arange(1, n_articles + 1), per_article)
    n_orig = len(st_article)
    speaker = ent_ids[zipf_choice(rng, len(entities), n_orig)]
    speaker[rng.random(n_orig) < 0.05] = 0  # unresolved
    kind = KINDS[rng.choice(4, size=n_orig, p=[0.45, 0.40, 0.05, 0.10])]
    lengths = rng.integers(6, 26, size=n_orig)
    words = rng.integers(0, len(VOCAB), size=lengths.sum())
    offs = np.concatenate([[0], np.cumsum(lengths)])
    vocab = np.array(VOCAB)
    quotes = [" ".join(vocab[words[offs[j]:offs[j + 1]]]) for j in range(n_orig)]
    for j in np.flatnonzero(kind == "no_comment"):
        quotes[j] = "declined to comment on " + " ".join(vocab[words[offs[j]:offs[j] + 3]])
    # copies: the original's statements again, a word dropped now and then
    copy_rows = []
    first_of = {}
    for j, a in enumerate(st_article):
        first_of.setdefault(int(a), []).append(j)
    for a in np.flatnonzero(is_copy):
        for j in first_of.get(int(copy_of[a]), []):
            q = quotes[j]
            if rng.random() < 0.2:
                q = q.rsplit(" ", 1)[0] if " " in q else q
            copy_rows.append((a + 1, j, q))
    st_article = np.concatenate([st_article, np.array([r[0] for r in copy_rows], dtype=int)])
    src = np.array([r[1] for r in copy_rows], dtype=int)
    speaker = np.concatenate([speaker, speaker[src]])
    kind = np.concatenate([kind, kind[src]])
    quotes += [r[2] for r in copy_rows]
    # trim or top up to exactly n_statements
    n = len(quotes)
    if n > n_statements:
        keep = np.sort(rng.choice(n, n_statements, replace=False))
        st_article, speaker, kind = st_article[keep], speaker[keep], kind[keep]
        quotes = [quotes[k] for k in keep]
    n = len(quotes)
    stated = np.where(rng.random(n) < 0.3, rng.integers(0, 4, size=n), -1)
    status = STATUSES[rng.choice(4, size=n, p=[0.90, 0.05, 0.03, 0.02])]
    n_about = rng.choice(4, size=n, p=[0.35, 0.40, 0.18, 0.07])
    about_st = np.repeat(np.arange(1, n + 1), n_about)
    about_ent = ent_ids[zipf_choice(rng, len(entities), len(about_st))]
    ok = about_ent != speaker[about_st - 1]
    about = np.unique(np.stack([about_st[ok], about_ent[ok]], axis=1), axis=0)

    persons = ent_ids[kinds == "person"]
    orgs = ent_ids[kinds == "organization"]
    aff_people = rng.choice(persons, size=len(persons) // 3, replace=False)
    affiliations = [(int(p), int(orgs[rng.integers(0, len(orgs))])) for p in aff_people]
    pos = {name: k + 1 for k, (name, _) in enumerate(entities)}
    affiliations.append((pos["Brad Smith"], pos["Microsoft"]))
    affiliations = list(dict.fromkeys(affiliations))
    return dict(
        entities=entities, kinds=kinds, outlets=[(f"Daily Ledger {i}", f"ledger{i}.example") for i in range(1, n_outlets + 1)],
        art_pub=[start + timedelta(seconds=int(x)) for x in art_pub], art_outlet=art_outlet,
        copy_of=[int(c) if is_copy[k] else (k + 1 if has_copies[k] else None) for k, c in enumerate(copy_of)],
        st_article=st_article, speaker=speaker, kind=kind, quotes=quotes, stated=stated, status=status,
        about=about, affiliations=affiliations,
    )


def rows(d):
    now = datetime(2026, 1, 1, 12, 0, 0)
    outlets = [(i + 1, name, dom) for i, (name, dom) in enumerate(d["outlets"])]
    entities = [(i + 1, name, entity_key(name), kind, now) for i, (name, kind) in enumerate(d["entities"])]
    aliases = [(i + 1, i + 1, name, entity_key(name)) for i, (name, _) in enumerate(d["entities"])]
    ice = next(i + 1 for i, (name, _) in enumerate(d["entities"]) if name.startswith("U.S. Immigration"))
    aliases.append((len(aliases) + 1, ice, "ICE", entity_key("ICE")))
    articles = []
    for k, pub in enumerate(d["art_pub"]):
        aid = k + 1
        text = f"Synthetic article {aid}."
        articles.append((aid, f"bench/{aid}.txt", f"https://ledger{int(d['art_outlet'][k])}.example/{aid}",
                         f"Synthetic story number {aid}", int(d["art_outlet"][k]), pub, None, "en", text,
                         hashlib.sha256(text.encode()).hexdigest(), now, None, d["copy_of"][k]))
    statements = []
    for j, q in enumerate(d["quotes"]):
        aid = int(d["st_article"][j])
        pub = d["art_pub"][aid - 1]
        stated = (pub.date() - timedelta(days=int(d["stated"][j]))) if d["stated"][j] >= 0 else None
        sp = int(d["speaker"][j]) or None
        statements.append((j + 1, aid, sp, "a spokesperson" if sp else "officials", q, str(d["kind"][j]), "said",
                           0, len(q), stated, "day" if stated else None, "1", now, str(d["status"][j])))
    about = [(int(s), int(e)) for s, e in d["about"]]
    affs = [(i + 1, p, o, "spokesperson", None, "text") for i, (p, o) in enumerate(d["affiliations"])]
    return outlets, entities, aliases, articles, statements, about, affs


COLS = {
    "outlets": "id, name, domain",
    "entities": "id, name, key, kind, created_at",
    "aliases": "id, entity_id, alias, key",
    "articles": "id, source, url, title, outlet_id, published, byline, language, text, content_hash, ingested_at, simhash, copy_of",
    "statements": "id, article_id, speaker_id, speaker_text, quote, kind, cue, quote_start, quote_end, stated_on, "
                  "stated_precision, engine_version, extracted_at, status",
    "statement_about": "statement_id, entity_id",
    "affiliations": "id, person_id, organization_id, role, article_id, origin",
}


def load_sqlite(path: Path, tables) -> None:
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA foreign_keys=OFF")
    fmt = lambda v: v.strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(v, datetime) else (v.isoformat() if hasattr(v, "isoformat") else v)  # noqa: E731
    with conn:
        for name, data in tables:
            cols = COLS[name]
            marks = ", ".join("?" * len(cols.split(",")))
            conn.executemany(f"INSERT INTO {name} ({cols}) VALUES ({marks})", ([fmt(v) for v in r] for r in data))
    conn.execute("ANALYZE")
    conn.close()


def load_postgres(url: str, tables) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo) as conn:
        with conn.cursor() as cur:
            for name, data in tables:
                with cur.copy(f"COPY {name} ({COLS[name]}) FROM STDIN") as cp:
                    for r in data:
                        cp.write_row([v.replace(tzinfo=None).isoformat() + "+00" if isinstance(v, datetime) else v for v in r])
                if name in ("outlets", "entities", "aliases", "articles", "statements", "affiliations"):
                    cur.execute(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT MAX(id) FROM {name}))")
        conn.execute("ANALYZE")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", help="SQLite file or database URL (must be new/empty)")
    ap.add_argument("--statements", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    url = normalise_url(args.db)
    path = sqlite_path(url)
    if path is not None and path.exists():
        sys.exit(f"{path}: exists; give a new file name")
    t0 = time.monotonic()
    upgrade(url)
    d = build(args.statements, args.seed)
    outlets, entities, aliases, articles, statements, about, affs = rows(d)
    tables = [("outlets", outlets), ("entities", entities), ("aliases", aliases), ("articles", articles),
              ("statements", statements), ("statement_about", about), ("affiliations", affs)]
    t1 = time.monotonic()
    if path is not None:
        load_sqlite(path, tables)
    else:
        load_postgres(url, tables)
    print(f"{len(statements):,} statements, {len(articles):,} articles, {len(entities):,} entities, "
          f"{len(about):,} statement_about rows; generated in {t1 - t0:.0f}s, loaded in {time.monotonic() - t1:.0f}s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
