"""Extraction throughput, one process (= one core): characters per second.

    python bench/extract_speed.py ../shared/corpora/reuters21578/reuters21578.jsonl
    python bench/extract_speed.py FILE.jsonl --limit 2000 --repeat 3

CPU time (process_time), so other load on the machine matters less. Measures the pure pipeline stages a worker runs per article: extract (sentences, quotes,
cues, speaker phrases) and in-article resolution. No database, no I/O in the timed loop.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from tracker.extract.engine import extract
from tracker.resolve.article import resolve_article


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("jsonl", type=Path, help="JSON lines with a 'text' field")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()
    texts = []
    with a.jsonl.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                texts.append(json.loads(line).get("text") or "")
            if a.limit and len(texts) >= a.limit:
                break
    chars = sum(len(t) for t in texts)
    best = {}
    for _ in range(a.repeat):
        t0 = time.process_time()
        raws = [extract(t) for t in texts]
        t1 = time.process_time()
        n = sum(len(resolve_article(t, r).statements) for t, r in zip(texts, raws))
        t2 = time.process_time()
        for k, v in (("extract", t1 - t0), ("resolve", t2 - t1), ("total", t2 - t0)):
            best[k] = min(best.get(k, v), v)
    print(f"{len(texts)} articles, {chars / 1e6:.1f} M chars, {n} statements")
    for k, v in best.items():
        print(f"{k:<8} {v:6.2f} s  {chars / v / 1e6:6.2f} M chars/s per core")


if __name__ == "__main__":
    main()
