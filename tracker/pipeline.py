"""The pipeline: inputs -> Documents -> statements -> entities -> database rows.

`ingest` reads the inputs in this process (containers a record at a time), hands chunks of
units to worker processes that parse and analyse them (`analyse` is pure: no database),
and writes their results here, in input order, in batches (tracker.store.writer). Every
input item gets a row in the ledger (ingest_log) in the same transaction as its article.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sqlalchemy import bindparam, func, select
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError

from tracker.errors import InputError, TrackerError
from tracker.extract.engine import extract
from tracker.ingest.document import Document, Failure
from tracker.ingest.parallel import default_jobs, ordered_map
from tracker.ingest.simhash import simhash
from tracker.ingest.sources import (
    Overrides, Unit, expand_paths, input_size, is_skip, iter_documents, iter_units, parse_unit,
)
from tracker.ingest.tabular import FieldMap
from tracker.resolve.article import ResolvedArticle, resolve_article
from tracker.store.db import ensure_schema
from tracker.store.models import Article, IngestLog
from tracker.store.writer import BatchWriter, Item, Outcome

BATCH_SIZE = 200  # articles per transaction
BATCH_SECONDS = 1.0  # ... or whatever arrived in this long: slow inputs still commit often
MAX_KEPT_FAILURES = 1000


@dataclass
class IngestSummary:
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    skipped: int = 0
    statements: int = 0
    near_duplicates: int = 0
    failures: list[Failure] = field(default_factory=list)  # the first MAX_KEPT_FAILURES
    run_id: str = ""
    bytes: int = 0

    @property
    def ok(self) -> bool:
        return self.failed == 0

    @property
    def items(self) -> int:
        return self.new + self.duplicate + self.failed + self.skipped


class IngestInterrupted(TrackerError):
    """Ctrl-C: what was committed stays; the same command run again completes the job."""

    exit_code = 130

    def __init__(self, summary: IngestSummary):
        super().__init__(
            f"interrupted: {summary.new} new articles were stored before the stop; "
            "run the same command again to finish (stored articles are not duplicated)"
        )
        self.summary = summary


def analyse(doc: Document) -> ResolvedArticle:
    """Extraction and in-article resolution for one document. Pure: no database."""
    published = doc.published.date() if doc.published else None
    return resolve_article(doc.text, extract(doc.text, published))


# --- worker side -------------------------------------------------------------------------

_CTX: dict = {}


def _init(fieldmap: FieldMap, overrides: Overrides) -> None:
    _CTX.clear()
    _CTX.update(fieldmap=fieldmap, overrides=overrides)


def _with_expected_hashes(chunks: Iterable[list[Unit]], engine) -> Iterator[list[Unit]]:
    """Tell the workers which content each source had when it was last stored, so that an
    unchanged item is not analysed again: re-running an interrupted ingest skips the work
    already done. Read here, in the writing process, so no worker ever waits on a lock."""
    q = (
        select(IngestLog.source, Article.content_hash)
        .join(Article, Article.id == IngestLog.article_id)
        .where(IngestLog.source.in_(bindparam("sources", expanding=True)))
        .order_by(IngestLog.id)  # the latest stored content of a source wins
    )
    with engine.connect() as conn:
        for chunk in chunks:
            sources = [u.source for u in chunk if u.kind != "failure"]
            if sources:
                expected = dict(conn.execute(q, {"sources": sources}).all())
                conn.rollback()  # no read transaction may stay open between batches (SQLite locks)
                for u in chunk:
                    u.expect = expected.get(u.source)
            yield chunk


def _failure_item(unit: Unit, reason: str, skipped: bool = False) -> Item:
    return Item(unit.source, unit.fmt, failure=Failure(unit.source, reason, skipped=skipped, fmt=unit.fmt, location=unit.location),
                location=unit.location, progress=unit.progress)


def _work(units: list[Unit]) -> list[Item]:
    fieldmap: FieldMap = _CTX.get("fieldmap") or FieldMap()
    overrides: Overrides = _CTX.get("overrides") or Overrides()
    items: list[Item] = []
    for unit in units:
        if unit.kind == "failure":
            f: Failure = unit.payload
            items.append(Item(f.source, f.fmt or unit.fmt, failure=f, location=f.location or unit.location, progress=unit.progress))
            continue
        if overrides.url and not unit.url:
            unit.url = overrides.url
        try:
            doc = overrides.apply(parse_unit(unit, fieldmap))
        except InputError as exc:
            items.append(_failure_item(unit, exc.reason, skipped=is_skip(exc)))
            continue
        except Exception as exc:  # a parser bug on one odd input must not sink the batch
            items.append(_failure_item(unit, f"unparseable input ({type(exc).__name__}: {str(exc)[:200]})"))
            continue
        items.append(Item(unit.source, unit.fmt, doc=doc, location=unit.location, progress=unit.progress))
    for it, unit in zip(items, units):
        if it.doc is None or (unit.expect is not None and it.doc.content_hash == unit.expect):
            continue
        try:
            it.resolved = analyse(it.doc)
        except Exception as exc:  # an engine bug must not sink the batch
            it.failure = Failure(it.source, f"extraction failed: {type(exc).__name__}: {str(exc)[:200]}", fmt=it.fmt, location=it.location)
            it.doc = None
            continue
        it.simhash = simhash(it.doc.text)
    for it in items:
        if it.doc is not None and it.simhash is None:
            it.simhash = simhash(it.doc.text)
    return items


def _crashed(unit: Unit, reason: str) -> Item:
    return _failure_item(unit, reason)


def _chunks(units: Iterable[Unit], max_items: int = 24, max_bytes: int = 4 << 20) -> Iterator[list[Unit]]:
    chunk: list[Unit] = []
    size = 0
    for u in units:
        chunk.append(u)
        if isinstance(u.payload, (bytes, bytearray)):
            size += len(u.payload)
        if len(chunk) >= max_items or size >= max_bytes:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


# --- retrying failures -------------------------------------------------------------------


def _by_ctrl_c(exc: BaseException) -> bool:
    """Is a KeyboardInterrupt among the exceptions that led to this one?"""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        if isinstance(cur, KeyboardInterrupt):
            return True
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    return False


def failed_sources(engine) -> list[str]:
    """Sources whose latest ledger row says failed, oldest first."""
    latest = select(func.max(IngestLog.id).label("id")).group_by(IngestLog.source).subquery()
    q = (
        select(IngestLog.source)
        .join(latest, IngestLog.id == latest.c.id)
        .where(IngestLog.status == "failed")
        .order_by(IngestLog.id)
    )
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(q)]


def _container_of(source: str) -> tuple[str | None, bool]:
    """(file, whole) for a ledger source: 'x.jsonl#12' -> ('x.jsonl', False), 'x.txt' -> ('x.txt', True)."""
    if Path(source).is_file():
        return source, True
    pos = source.find("#")
    while pos != -1:
        if Path(source[:pos]).is_file():
            return source[:pos], False
        pos = source.find("#", pos + 1)
    return None, True


def retry_units(sources: list[str], fmt: str, fieldmap: FieldMap, within: set[str] | None) -> Iterator[Unit]:
    """The units behind failed ledger sources, each container read once."""
    plan: dict[str, set[str] | None] = {}
    for src in sources:
        container, whole = _container_of(src)
        if container is None:
            gone = src.split("#", 1)[0]
            reason = "standard input cannot be read again" if gone == "<stdin>" else "cannot retry: the file is gone"
            if within is None or gone in within:
                yield Unit(src, "", "failure", Failure(src, reason))
            continue
        if within is not None and container not in within:
            continue
        if whole:
            plan[container] = None
        elif container not in plan or plan[container] is not None:
            plan.setdefault(container, set())
            plan[container].add(src)  # type: ignore[union-attr]
    for container, select_ in plan.items():
        yield from iter_units([container], fmt, fieldmap, select_)


# --- the run -----------------------------------------------------------------------------


def ingest(
    paths: Iterable[str],
    url: str | None = None,
    fmt: str = "auto",
    overrides: Overrides | None = None,
    on_item: Callable[[Document | Failure, str], None] | None = None,
    *,
    jobs: int | None = None,
    mapping: dict[str, str] | None = None,
    retry_failed: bool = False,
    batch_size: int = BATCH_SIZE,
    on_progress: Callable[[int, int], None] | None = None,
    run_id: str | None = None,
) -> IngestSummary:
    """Ingest every input and record each item in the ledger.

    on_item(document_or_failure, "new"|"duplicate"|"failed"|"skipped") is called after the
    item's transaction commits; on_progress(bytes_done, items_done) likewise.
    KeyboardInterrupt becomes IngestInterrupted once the open batch is rolled back.
    """
    paths = list(paths)
    overrides = overrides or Overrides()
    fieldmap = FieldMap(dict(mapping or {}))
    engine = ensure_schema(url)
    with engine.connect() as conn:
        resuming = conn.execute(select(IngestLog.id).limit(1)).first() is not None
    summary = IngestSummary(run_id=run_id or str(uuid.uuid4()))
    jobs = default_jobs() if not jobs or jobs < 1 else jobs
    if retry_failed:
        within = {str(p) for p in expand_paths(paths)} if paths else None
        units: Iterable[Unit] = retry_units(failed_sources(engine), fmt, fieldmap, within)
    else:
        units = iter_units(paths, fmt, fieldmap)
    engine.dispose()  # no pooled connection may be inherited by the forked workers
    writer = BatchWriter(engine, summary.run_id, analyse=analyse)
    docs: dict[str, Document] = {}

    def report(outcomes: list[Outcome]) -> None:
        for out in outcomes:
            status = out.status
            if status == "stored":
                summary.new += 1
                summary.statements += out.statements
                summary.near_duplicates += out.near_duplicate_of is not None
            elif status == "duplicate":
                summary.duplicate += 1
            elif status == "skipped":
                summary.skipped += 1
            else:
                summary.failed += 1
                if len(summary.failures) < MAX_KEPT_FAILURES:
                    summary.failures.append(out.failure())
            summary.bytes = max(summary.bytes, out.progress)
            if on_item:
                doc = docs.pop(out.source, None)
                if status in ("stored", "duplicate"):
                    on_item(doc or Document(source=out.source, text=""), "new" if status == "stored" else "duplicate")
                else:
                    on_item(out.failure(), status)
            if on_progress:
                on_progress(out.progress, summary.items)
        docs.clear()

    chunks = _chunks(units)
    if resuming:
        chunks = _with_expected_hashes(chunks, engine)
    results = ordered_map(_work, chunks, jobs, _init, (fieldmap, overrides), crashed=_crashed)
    last = time.monotonic()
    try:
        for item in results:
            writer.add(item)
            if on_item and item.doc is not None:
                docs[item.source] = item.doc
            if len(writer.pending) >= batch_size or time.monotonic() - last >= BATCH_SECONDS:
                report(writer.flush())
                last = time.monotonic()
        report(writer.flush())
    except KeyboardInterrupt:
        raise IngestInterrupted(summary) from None
    except SQLAlchemyError as exc:
        if _by_ctrl_c(exc):
            # Ctrl-C landed inside a PostgreSQL round trip: the driver then refuses the rollback
            # ("can't change 'autocommit' now"), but the cause is the interrupt, not the database
            raise IngestInterrupted(summary) from None
        if isinstance(exc, (OperationalError, InterfaceError)):
            raise  # the CLI reports a lost database as such
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise TrackerError(f"database error, run stopped after {summary.items} items: {detail[:300]}") from exc
    finally:
        close = getattr(results, "close", None)
        if close:
            close()
        engine.dispose()
    return summary


def preview(paths: Iterable[str], fmt: str = "auto", overrides: Overrides | None = None,
            mapping: dict[str, str] | None = None):
    """Extraction without a database: yields (Document, ResolvedArticle) or Failure."""
    for item in iter_documents(paths, fmt, overrides, FieldMap(dict(mapping or {}))):
        if isinstance(item, Failure):
            yield item
        else:
            yield item, analyse(item)


def input_bytes(paths: Iterable[str]) -> int | None:
    return input_size(list(expand_paths(paths)))
