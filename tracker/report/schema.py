"""What is in the database: tables, views and their columns, for `tracker schema`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from tracker.errors import TrackerError

# FTS5 keeps its index in shadow tables (statements_fts_data, ...): internals, not for queries
_HIDDEN_PREFIX = "statements_fts_"
FIELDS = ["object", "type", "column", "datatype", "nullable", "key", "references"]


def describe(engine: Engine, name: str | None = None) -> list[dict[str, Any]]:
    """One row per column of every table and view (or of the one named)."""
    insp = inspect(engine)
    tables = [t for t in insp.get_table_names() if not t.startswith(_HIDDEN_PREFIX)]
    views = insp.get_view_names()
    objects = [(t, "table") for t in sorted(tables)] + [(v, "view") for v in sorted(views)]
    if name is not None:
        objects = [(o, k) for o, k in objects if o == name]
        if not objects:
            known = ", ".join(sorted(tables + views))
            raise TrackerError(f"no table or view named {name!r}; there are: {known}")
    rows: list[dict[str, Any]] = []
    for obj, kind in objects:
        if obj == "statements_fts":  # an FTS5 virtual table: inspecting its columns is not supported everywhere
            rows.append({"object": obj, "type": "fts5", "column": "quote", "datatype": "TEXT", "nullable": True,
                         "key": "rowid = statements.id", "references": "statements.quote (full-text index)"})
            continue
        pk = set(insp.get_pk_constraint(obj).get("constrained_columns") or []) if kind == "table" else set()
        refs: dict[str, str] = {}
        uniq: set[str] = set()
        if kind == "table":
            for fk in insp.get_foreign_keys(obj):
                for c, rc in zip(fk["constrained_columns"], fk["referred_columns"]):
                    refs[c] = f"{fk['referred_table']}.{rc}"
            for u in insp.get_unique_constraints(obj):
                if len(u["column_names"]) == 1:
                    uniq.add(u["column_names"][0])
            for ix in insp.get_indexes(obj):
                if ix.get("unique") and len(ix.get("column_names") or []) == 1:
                    uniq.add(ix["column_names"][0])
        for col in insp.get_columns(obj):
            c = col["name"]
            rows.append({
                "object": obj, "type": kind, "column": c, "datatype": str(col["type"]),
                "nullable": bool(col.get("nullable", True)),
                "key": "primary key" if c in pk else ("unique" if c in uniq else ""),
                "references": refs.get(c, ""),
            })
    return rows
