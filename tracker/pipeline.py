"""The pipeline: inputs -> Documents -> statements -> entities -> database rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError

from tracker.extract.engine import extract
from tracker.ingest.document import Document, Failure
from tracker.ingest.sources import Overrides, iter_documents
from tracker.resolve.article import ResolvedArticle, resolve_article
from tracker.store.db import ensure_schema, session_scope
from tracker.store.writer import write_article


@dataclass
class IngestSummary:
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    skipped: int = 0
    statements: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0


def analyse(doc: Document) -> ResolvedArticle:
    """Extraction and in-article resolution for one document. Pure: no database."""
    published = doc.published.date() if doc.published else None
    return resolve_article(doc.text, extract(doc.text, published))


def ingest(
    paths: Iterable[str],
    url: str | None = None,
    fmt: str = "auto",
    overrides: Overrides | None = None,
    on_item: Callable[[Document | Failure, str], None] | None = None,
) -> IngestSummary:
    """Ingest every input; each article is committed alone, so a failure loses only itself."""
    engine = ensure_schema(url)
    summary = IngestSummary()
    try:
        for item in iter_documents(paths, fmt, overrides):
            if isinstance(item, Failure):
                if item.skipped:
                    summary.skipped += 1
                else:
                    summary.failed += 1
                    summary.failures.append(item)
                if on_item:
                    on_item(item, "skipped" if item.skipped else "failed")
                continue
            try:
                resolved = analyse(item)
            except Exception as exc:  # an engine bug must not sink the batch
                fail = Failure(item.source, f"extraction failed: {type(exc).__name__}: {exc}")
                summary.failed += 1
                summary.failures.append(fail)
                if on_item:
                    on_item(fail, "failed")
                continue
            try:
                with session_scope(engine) as session:
                    result = write_article(session, item, resolved)
            except (OperationalError, InterfaceError):
                raise  # the database is gone: stop rather than fail every article
            except SQLAlchemyError as exc:
                fail = Failure(item.source, f"not stored: {str(exc.orig if hasattr(exc, 'orig') else exc).splitlines()[0]}")
                summary.failed += 1
                summary.failures.append(fail)
                if on_item:
                    on_item(fail, "failed")
                continue
            if result.created:
                summary.new += 1
                summary.statements += result.statements
            else:
                summary.duplicate += 1
            if on_item:
                on_item(item, "new" if result.created else "duplicate")
    finally:
        engine.dispose()
    return summary


def preview(paths: Iterable[str], fmt: str = "auto", overrides: Overrides | None = None):
    """Extraction without a database: yields (Document, ResolvedArticle) or Failure."""
    for item in iter_documents(paths, fmt, overrides):
        if isinstance(item, Failure):
            yield item
        else:
            yield item, analyse(item)
