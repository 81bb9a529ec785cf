"""Regression floors on extraction quality (the eval gate).

The in-process gate scores our own gold set (tests/gold, articles written for this project).
When the shared evaluation kit sits beside the checkout (../shared, as in CI), the official
scorer is also run through the CLI on the seed article and the PolNeAR dev split.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.extract.engine import extract
from tracker.resolve.article import resolve_article

pytestmark = pytest.mark.db_independent

GOLD = Path(__file__).parent / "gold"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def _strip(text: str, a: int, b: int) -> set[int]:
    junk = " \t\n\"'\u201c\u201d\u2018\u2019,.;:-\u2014"
    while a < b and text[a] in junk:
        a += 1
    while b > a and text[b - 1] in junk:
        b -= 1
    return set(range(a, b))


def _name(s: str | None) -> str:
    s = re.sub(r"[^\w ]+", " ", (s or "").lower()).strip()
    return re.sub(r"^the ", "", re.sub(r"\s+", " ", s))


def score_gold() -> dict[str, float]:
    golds = [json.loads(line) for line in (GOLD / "gold.jsonl").read_text().splitlines() if line.strip()]
    tp_content = tp_attr = n_pred = n_gold = 0
    for doc in sorted({g["doc"] for g in golds}):
        text = (GOLD / "articles" / doc).read_text()
        resolved = resolve_article(text, extract(text))
        preds = [(_strip(text, s.raw.quote_start, s.raw.quote_end), s.speaker.name if s.speaker else (s.label or s.raw.speaker_text))
                 for s in resolved.statements]
        gl = [g for g in golds if g["doc"] == doc]
        gchars = []
        for g in gl:
            a = text.index(g["quote"])
            gchars.append(_strip(text, a, a + len(g["quote"])))
        pairs = sorted(
            ((2 * len(p & gc) / (len(p) + len(gc)), i, j) for i, (p, _) in enumerate(preds) for j, gc in enumerate(gchars) if p and gc),
            reverse=True,
        )
        used_p, used_g, ignored = set(), set(), set()
        for d, i, j in pairs:
            if d < 0.5 or i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            if gl[j].get("optional"):
                ignored.add(i)
                continue
            tp_content += 1
            names = {_name(gl[j]["speaker"]), *(_name(x) for x in gl[j].get("accept", []))}
            tp_attr += _name(preds[i][1]) in names
        for i, (p, _) in enumerate(preds):
            if i not in used_p and any(gl[j].get("optional") and p & gchars[j] for j in range(len(gl))):
                ignored.add(i)
        n_pred += len(preds) - len(ignored)
        n_gold += sum(1 for g in gl if not g.get("optional"))

    def f1(tp: int) -> float:
        p, r = tp / n_pred, tp / n_gold
        return 2 * p * r / (p + r) if p + r else 0.0

    return {"content": f1(tp_content), "attribution": f1(tp_attr)}


def test_own_gold_floor():
    # 610 articles written for this project, most by helpers who never saw the engine (each batch
    # scored once before any change for it); the newer rounds are harder than the first ones.
    # Content 0.945, attribution 0.889 when the floor was set (418 articles); 0.942 / 0.882 after
    # the eighth session's two rounds (72 articles) joined; 0.943 / 0.887 with the ninth session's
    # round 12 (36 articles, 526 in all); 0.944 / 0.891 with the tenth session's rounds 13-15
    # (60 articles, 586 in all), when the attribution floor rose to 0.885; 0.944 / 0.891 with round 16
    # (24 articles, 610 in all).
    got = score_gold()
    assert got["content"] >= 0.94, got
    assert got["attribution"] >= 0.885, got


def _official(args: list[str], tmp_path: Path) -> dict:
    out = tmp_path / "figures.json"
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), *args, "--json", str(out)],
        check=True, capture_output=True, text=True, env=env, timeout=600,
    )
    return json.loads(out.read_text())


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="shared evaluation kit not beside the checkout")
def test_seed_article_floor(tmp_path):
    got = _official(["--gold", str(SHARED / "eval" / "seed_gold.jsonl"), "--texts", str(SHARED / "corpora" / "seed")], tmp_path)
    assert got["attribution"]["f1"] >= 0.95, got


@pytest.mark.skipif(not (SHARED / "corpora" / "polnear" / "dev").exists(), reason="PolNeAR not beside the checkout")
def test_polnear_dev_floor(tmp_path):
    # the scorer expects DIR/data/dev; the corpus is laid out as polnear/dev
    root = tmp_path / "polnear"
    root.mkdir()
    (root / "data").symlink_to(SHARED / "corpora" / "polnear")
    got = _official(["--polnear", str(root), "--split", "dev"], tmp_path)
    # PolNeAR takes '"A," she said. "B."' as one content; the tracker stores the two quotations
    # (each the speaker's words as they stand), which costs about 0.025 here (0.702 -> 0.677)
    assert got["content"]["f1"] >= 0.66, got
    assert got["attribution"]["f1"] >= 0.60, got
