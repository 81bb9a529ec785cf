"""Quality figures, produced by the official scorer through the CLI (as users run it).

    python bench/eval.py                       # seed, own gold, PolNeAR dev
    python bench/eval.py --shared ../shared --json bench/out/eval.json

PolNeAR is laid out as shared/corpora/polnear/{train,dev}; the scorer wants DIR/data/SPLIT,
so a temporary folder with a `data` link is handed to it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(score: Path, args: list[str]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "figures.json"
        subprocess.run([sys.executable, str(score), *args, "--json", str(out)], check=True, capture_output=True, text=True)
        return json.loads(out.read_text())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--split", default="dev", help="PolNeAR split (dev; train for pattern study)")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    score = a.shared / "eval" / "score.py"
    sets = {
        "seed": ["--gold", str(a.shared / "eval" / "seed_gold.jsonl"), "--texts", str(a.shared / "corpora" / "seed")],
        "own gold": ["--gold", str(ROOT / "tests" / "gold" / "gold.jsonl"), "--texts", str(ROOT / "tests" / "gold" / "articles")],
    }
    results = {}
    for name, args in sets.items():
        results[name] = run(score, args)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "data").symlink_to((a.shared / "corpora" / "polnear").resolve())
        results[f"PolNeAR {a.split}"] = run(score, ["--polnear", tmp, "--split", a.split])
    print(f"{'set':<14} {'gold':>5} {'pred':>5}  {'content F1':>10} {'exact F1':>9} {'attrib P':>8} {'attrib R':>8} {'attrib F1':>9}")
    for name, r in results.items():
        print(f"{name:<14} {r['gold']:>5} {r['predicted']:>5}  {r['content']['f1']:>10.3f} {r['exact_content']['f1']:>9.3f} "
              f"{r['attribution']['p']:>8.3f} {r['attribution']['r']:>8.3f} {r['attribution']['f1']:>9.3f}")
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
