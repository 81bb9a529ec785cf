"""--plot: every report draws a real PNG that opens, at a readable size."""

from __future__ import annotations

from datetime import date

import matplotlib.image as mpimg
import pytest

from reportdb import build
from tracker.errors import TrackerError
from tracker.report import reports as R
from tracker.report.charts import plot
from tracker.report.query import Filters
from tracker.store.db import ensure_schema

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def assert_png(path, min_w: int = 600, min_h: int = 300) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE and len(data) > 10_000, f"{path}: not a PNG of substance"
    img = mpimg.imread(path)  # decodes the whole image
    h, w = img.shape[:2]
    assert min_w <= w <= 4000 and min_h <= h <= 4000, (w, h)
    assert img.std() > 0.01  # not a blank canvas
    assert not path.with_name(path.name + ".partial").exists()
    return w, h


@pytest.fixture
def engine(db_url):
    build(db_url)
    e = ensure_schema(db_url)
    yield e
    e.dispose()


@pytest.mark.parametrize("name, make", [
    ("timeline", lambda e: R.timeline(e, Filters(), "W")),
    ("timeline-speakers", lambda e: R.timeline(e, Filters(), "M", by="speaker", top=3)),
    ("timeline-one-period", lambda e: R.timeline(e, Filters(), "all", by="about")),
    ("speakers", lambda e: R.speakers(e, Filters(), "M")),
    ("about", lambda e: R.about(e, Filters(), "all")),
    ("outlets", lambda e: R.outlets(e, Filters(), "all")),
    ("repeats", lambda e: R.repeats(e, Filters(), "M")),
    ("refusals", lambda e: R.refusals(e, Filters(), "M")),
    ("changes", lambda e: R.changes(e, Filters(speaker="Corvane", about="FBA"), "D")),
])
def test_every_report_draws_a_png(engine, tmp_path, name, make):
    rep = make(engine)
    assert not rep.frame.empty
    path = plot(rep, tmp_path / f"{name}.png")
    assert_png(path)


def test_chart_errors_are_one_line(engine, tmp_path):
    with pytest.raises(TrackerError, match="PNG"):
        plot(R.timeline(engine, Filters(), "M"), tmp_path / "chart.jpg")
    with pytest.raises(TrackerError, match="no rows"):
        plot(R.timeline(engine, Filters(since=date(2030, 1, 1)), "M"), tmp_path / "empty.png")
    assert not (tmp_path / "empty.png").exists()
    with pytest.raises(TrackerError, match="cannot write"):
        plot(R.timeline(engine, Filters(), "M"), tmp_path / "no-such-folder" / "x.png")


def test_cli_plot(cli, db_url, tmp_path):
    build(db_url)
    png = tmp_path / "ice.png"
    res = cli("report", "timeline", "--by", "speaker", "--about", "FBA", "--plot", str(png), "--format", "csv", check=True)
    assert res.stdout.startswith("period,speaker,statements") and f"chart written to {png}" in res.stderr
    assert_png(png)
