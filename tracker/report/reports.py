"""pandas reports. Counting is done in SQL (grouped by day); pandas only rolls days into periods."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import text
from sqlalchemy.engine import Engine

from tracker.report.query import Filters, statements_sql

FREQS = {"D": "D", "W": "W", "M": "M", "Q": "Q", "Y": "Y"}


def daily_counts(engine: Engine, f: Filters, by: str = "speaker") -> pd.DataFrame:
    """Statements per (by, day) for the filtered statements."""
    with engine.connect() as conn:
        inner, params = statements_sql(conn, Filters(**{**vars(f), "limit": None}))
        inner = inner.rsplit(" ORDER BY", 1)[0]
        sql = (
            f"SELECT COALESCE(q.{by}, '(unresolved)') AS {by}, q.date AS day, COUNT(*) AS n "
            f"FROM ({inner}) q GROUP BY COALESCE(q.{by}, '(unresolved)'), q.date"
        )
        rows = conn.execute(text(sql), params).fetchall()
    df = pd.DataFrame(rows, columns=[by, "day", "n"])
    df["day"] = pd.to_datetime(df["day"], errors="coerce")
    return df


def speakers_report(engine: Engine, f: Filters, freq: str = "M") -> pd.DataFrame:
    """Statements per speaker per period: columns period, speaker, statements."""
    df = daily_counts(engine, f, "speaker")
    if df.empty:
        return pd.DataFrame(columns=["period", "speaker", "statements"])
    df = df.dropna(subset=["day"])
    df["period"] = df["day"].dt.to_period(FREQS[freq]).astype(str)
    out = df.groupby(["period", "speaker"], as_index=False)["n"].sum().rename(columns={"n": "statements"})
    return out.sort_values(["period", "statements", "speaker"], ascending=[True, False, True]).reset_index(drop=True)
