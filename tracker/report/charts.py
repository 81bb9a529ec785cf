"""Charts of reports as PNG files (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pandas as pd

from tracker.errors import TrackerError
from tracker.report.reports import OTHERS, Report

MAX_SERIES = 8  # more lines than this is unreadable: the rest are summed as "(others)"
MAX_BARS = 20


def _short(label: object, width: int = 48) -> str:
    s = " ".join(str(label).split())
    return s if len(s) <= width else s[: width - 1].rstrip() + "…"


def _top_series(df: pd.DataFrame, series: str, value: str) -> pd.DataFrame:
    totals = df.groupby(series)[value].sum().sort_values(ascending=False, kind="mergesort")
    keep = [s for s in totals.index if s != OTHERS][:MAX_SERIES]
    if len(totals) > len(keep):
        df = df.assign(**{series: [s if s in keep else OTHERS for s in df[series]]})
    return df


def plot(report: Report, path: Path) -> Path:
    """Draw the report to path (PNG). Raises TrackerError when there is nothing to draw."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    df = report.frame
    if df.empty:
        raise TrackerError(f"--plot {path}: the report has no rows, nothing to draw")
    if path.suffix.lower() != ".png":
        raise TrackerError(f"--plot {path}: charts are written as PNG; name the file *.png")
    from matplotlib.ticker import MaxNLocator

    fig, ax = plt.subplots(figsize=(11, 6), dpi=110)
    try:
        kind = report.chart
        if kind in ("lines", "bars") and df[report.x].nunique() <= 1:
            kind = "barh"  # one period: a line has nothing to join
        if kind == "bars":
            ax.bar(range(len(df)), df[report.value], color="#3b6ea8")
            _period_axis(ax, list(df[report.x]))
            ax.set_ylabel(report.value)
        elif kind == "lines":
            wide = _wide(df, report)
            for col in wide.columns:
                ax.plot(range(len(wide)), wide[col].values, marker="o" if len(wide) <= 40 else None, markersize=3,
                        linewidth=1.6, label=_short(col, 36), linestyle="--" if col == OTHERS else "-")
            _period_axis(ax, list(wide.index))
            ax.set_ylabel(report.value)
            if len(wide.columns) > 1 or report.series:
                ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), borderaxespad=0, frameon=False)
        elif kind == "barh":
            key = report.series or report.x
            totals = df.groupby(key)[report.value].sum().sort_values(ascending=False, kind="mergesort")
            totals = pd.concat([totals.drop(OTHERS, errors="ignore").head(MAX_BARS), totals.loc[totals.index == OTHERS]])
            labels = [_short(s) for s in totals.index][::-1]
            colors = ["#bbbbbb" if s == OTHERS else "#3b6ea8" for s in totals.index][::-1]
            ax.barh(labels, totals.values[::-1], color=colors)
            periods = list(dict.fromkeys(df[report.x])) if report.x in df else []
            span = f" ({periods[0]} to {periods[-1]})" if len(periods) > 1 else ""
            ax.set_xlabel(f"{report.value}, total{span}")
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
            fig.set_size_inches(11, max(3.5, 0.38 * len(labels) + 1.6))
        elif kind == "stacked":
            _stacked(ax, df, report)
            fig.set_size_inches(11, max(3.5, 0.42 * min(df[report.x].nunique(), MAX_BARS) + 1.8))
        elif kind == "repeats":
            top = df.head(MAX_BARS).iloc[::-1]
            labels = [_short(f"{sp}: {q}", 70) for sp, q in zip(top["speaker"], top["quote"])]
            ax.barh(labels, top["independent"], color="#3b6ea8", label="independent sources")
            ax.barh(labels, top["copies"], left=top["independent"], color="#a8c4e0", label="syndicated copies")
            ax.set_xlabel("articles")
            ax.legend(fontsize=8, loc="lower right", frameon=False)
            fig.set_size_inches(12, max(3.5, 0.38 * len(labels) + 1.6))
        elif kind == "changes":
            counts = df.groupby(["period", "change"]).size().unstack(fill_value=0)
            periods = list(dict.fromkeys(df["period"]))
            counts = counts.reindex(periods, fill_value=0)
            bottom = None
            colors = {"new": "#2e8b57", "repeated": "#3b6ea8", "dropped": "#c0504d"}
            for change in ("new", "repeated", "dropped"):
                if change in counts:
                    vals = counts[change].values
                    ax.bar(range(len(periods)), vals, bottom=bottom, color=colors[change], label=change)
                    bottom = vals if bottom is None else bottom + vals
            _period_axis(ax, periods)
            ax.set_ylabel("lines")
            ax.legend(fontsize=8, frameon=False)
        else:  # pragma: no cover - every report names its chart
            raise TrackerError(f"--plot: no chart for the {report.name} report")
        if kind in ("lines", "bars", "changes"):
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
            ax.set_ylim(bottom=0)
        elif kind in ("stacked", "repeats"):
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_title(textwrap.fill(report.title, 90), fontsize=11, loc="left")
        if report.subtitle:
            fig.text(0.01, 0.005, textwrap.fill(report.subtitle, 140), fontsize=8, color="#555555", va="bottom")
        ax.grid(axis="y" if kind not in ("barh", "stacked", "repeats") else "x", alpha=0.3)
        ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout(rect=(0, 0.03 if report.subtitle else 0, 1, 1))
        tmp = path.with_name(path.name + ".partial")
        try:
            fig.savefig(tmp, format="png")
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise TrackerError(f"--plot {path}: cannot write ({exc.strerror})") from None
    finally:
        plt.close(fig)
    return path


def _wide(df: pd.DataFrame, report: Report) -> pd.DataFrame:
    periods = list(dict.fromkeys(df[report.x]))
    if not report.series:
        return df.set_index(report.x)[[report.value]].reindex(periods)
    df = _top_series(df, report.series, report.value)
    wide = df.pivot_table(index=report.x, columns=report.series, values=report.value, aggfunc="sum", fill_value=0)
    wide = wide.reindex(periods, fill_value=0)
    order = wide.sum().sort_values(ascending=False, kind="mergesort").index
    order = [c for c in order if c != OTHERS] + ([OTHERS] if OTHERS in wide.columns else [])
    return wide[order]


def _period_axis(ax, labels: list[str]) -> None:
    n = len(labels)
    step = max(1, n // 24)  # at most ~24 tick labels, whatever the number of periods
    ticks = list(range(0, n, step))
    ax.set_xticks(ticks)
    ax.set_xticklabels([str(labels[i]).split("/")[0] for i in ticks], rotation=45 if n > 6 else 0,
                       ha="right" if n > 6 else "center", fontsize=8)
    ax.set_xlim(-0.6, n - 0.4)


def _stacked(ax, df: pd.DataFrame, report: Report) -> None:
    df = _top_series(df, report.series or "", report.value)
    wide = df.pivot_table(index=report.x, columns=report.series, values=report.value, aggfunc="sum", fill_value=0)
    wide = wide.loc[wide.sum(axis=1).sort_values(ascending=False, kind="mergesort").index[:MAX_BARS]].iloc[::-1]
    order = [c for c in wide.sum().sort_values(ascending=False, kind="mergesort").index if c != OTHERS]
    order += [OTHERS] if OTHERS in wide.columns else []
    left = None
    labels = [_short(i) for i in wide.index]
    cmap = __import__("matplotlib").colormaps["tab10"]
    for i, col in enumerate(order):
        vals = wide[col].values
        ax.barh(labels, vals, left=left, label=_short(col, 36), color="#bbbbbb" if col == OTHERS else cmap(i % 10))
        left = vals if left is None else left + vals
    ax.set_xlabel(report.value)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), borderaxespad=0, frameon=False)
