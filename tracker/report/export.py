"""Exports that can be traced: every file says which tracker and which schema revision made
it, from which filters. CSV and JSON lines get a sidecar FILE.meta.json (the stream itself
stays pure data, so any CSV/JSONL reader loads it); Parquet carries the same JSON in its
file metadata under the key "tracker". Files are written beside and renamed: a failed
export leaves nothing half-written."""

from __future__ import annotations

import csv
import json
import os
from datetime import date, datetime, timezone
from pathlib import Path
from typing import IO, Any, Iterable, Sequence

from tracker import ENGINE_VERSION, __version__
from tracker.config import database_url
from tracker.errors import TrackerError

FORMATS = ("csv", "jsonl", "json", "parquet")
META_KEY = b"tracker"

# Parquet column types; anything not listed is a string
_INT = {"id", "article_id", "quote_start", "quote_end", "speaker_id", "copy_of", "statements", "mentions", "merged_into",
        "articles", "outlets", "speakers", "independent", "copies", "wordings", "refusals", "rank", "outlet_statements"}
_DATE = {"stated_on", "date", "first_seen", "last_seen", "first_said", "last_said"}
_TIMESTAMP = {"published", "ingested_at", "extracted_at", "updated_at"}


def metadata(engine, what: str, fmt: str, filters: dict[str, Any] | None, columns: Sequence[str], rows: int | None = None,
             extra: dict[str, Any] | None = None) -> dict[str, Any]:
    from tracker.store.db import _redact, current_revision

    url = str(engine.url.render_as_string(hide_password=False)) if engine is not None else database_url()
    meta = {
        "tool": "tracker",
        "tool_version": __version__,
        "engine_version": ENGINE_VERSION,
        "schema_revision": current_revision(engine) if engine is not None else None,
        "database": _redact(url),
        "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "what": what,
        "format": fmt,
        "filters": filters or {},
        "columns": list(columns),
    }
    if rows is not None:
        meta["rows"] = rows
    if extra:
        meta.update(extra)
    return meta


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + ".meta.json")


def _missing(v: Any) -> bool:
    """None, NaN or NaT (pandas frames mark missing values so)."""
    return v is None or (isinstance(v, float) and v != v) or type(v).__name__ == "NaTType"


def _cell(v: Any) -> str:
    if type(v) is str:  # most cells: no checks needed
        return v
    if _missing(v):
        return ""
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return str(v)


def _json_default(v: Any):
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if hasattr(v, "item"):  # numpy scalars
        return v.item()
    return str(v)


def _jsonable(v: Any) -> Any:
    return None if _missing(v) else v


def write_text_rows(rows: Iterable[dict[str, Any]], columns: Sequence[str], fmt: str, out: IO[str]) -> int:
    n = 0
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(columns)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in columns])
            n += 1
    elif fmt == "jsonl":
        for r in rows:
            out.write(json.dumps({c: _jsonable(r.get(c)) for c in columns}, ensure_ascii=False, default=_json_default) + "\n")
            n += 1
    elif fmt == "json":
        data = [{c: _jsonable(r.get(c)) for c in columns} for r in rows]
        out.write(json.dumps(data, ensure_ascii=False, default=_json_default, indent=2) + "\n")
        n = len(data)
    else:
        raise TrackerError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    return n


def _arrow_schema(columns: Sequence[str]):
    import pyarrow as pa

    fields = []
    for c in columns:
        if c in _INT:
            t = pa.int64()
        elif c in _DATE:
            t = pa.date32()
        elif c in _TIMESTAMP:
            t = pa.timestamp("us", tz="UTC")
        else:
            t = pa.string()
        fields.append(pa.field(c, t))
    return pa.schema(fields)


def _typed(v: Any, c: str) -> Any:
    """A cell as the Python value of its Parquet type (the text formats keep ISO strings)."""
    if _missing(v):
        return None
    if c in _INT:
        return None if v == "" else int(v)
    if c in _DATE:
        if v == "":
            return None
        return v if isinstance(v, date) and not isinstance(v, datetime) else date.fromisoformat(str(v)[:10])
    if c in _TIMESTAMP:
        if v == "":
            return None
        dt = v if isinstance(v, datetime) else datetime.fromisoformat(str(v))
        return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)
    return v if isinstance(v, str) else str(v)


def write_parquet_rows(rows: Iterable[dict[str, Any]], columns: Sequence[str], path: Path, meta: dict[str, Any],
                       batch_size: int = 20_000) -> int:
    """Stream rows into a Parquet file in batches (constant memory for millions of rows)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema(columns).with_metadata({META_KEY: json.dumps(meta).encode()})
    n = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for r in rows:
            batch.append({c: _typed(r.get(c), c) for c in columns})
            if len(batch) >= batch_size:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def write_frame_parquet(df, path: Path, meta: dict[str, Any]) -> int:
    return write_parquet_rows(df.to_dict("records"), list(df.columns), path, meta)


def read_parquet_meta(path: Path) -> dict[str, Any]:
    import pyarrow.parquet as pq

    md = pq.read_schema(str(path)).metadata or {}
    return json.loads(md[META_KEY]) if META_KEY in md else {}


def export_rows(rows: Iterable[dict[str, Any]], columns: Sequence[str], fmt: str, output: Path | None,
                meta: dict[str, Any], stdout: IO[str] | None = None) -> int:
    """Write rows as fmt to output (stdout when None) and, for a file, its metadata.

    Returns the number of rows. A text file gets FILE.meta.json beside it; a Parquet file
    keeps the metadata inside. Parquet is binary: it needs a file."""
    if fmt not in FORMATS:
        raise TrackerError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    if output is None:
        if fmt == "parquet":
            raise TrackerError("--format parquet writes a binary file: give it a name with -o FILE.parquet")
        import sys

        out = stdout or sys.stdout
        n = write_text_rows(rows, columns, fmt, out)
        out.flush()
        return n
    if output.is_dir():
        raise TrackerError(f"-o {output}: is a directory; give a file name")
    if not output.parent.exists():
        raise TrackerError(f"-o {output}: folder {output.parent} does not exist")
    tmp = output.with_name(output.name + ".partial")
    side = sidecar_path(output)
    try:
        if fmt == "parquet":
            n = write_parquet_rows(rows, columns, tmp, {**meta, "format": fmt})
        else:
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                n = write_text_rows(rows, columns, fmt, fh)
        if fmt != "parquet":
            side_tmp = side.with_name(side.name + ".partial")
            side_tmp.write_text(json.dumps({**meta, "format": fmt, "rows": n, "file": output.name}, indent=2, ensure_ascii=False) + "\n",
                                encoding="utf-8")
            os.replace(side_tmp, side)
        os.replace(tmp, output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise TrackerError(f"-o {output}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        side.with_name(side.name + ".partial").unlink(missing_ok=True)
        raise
    return n
