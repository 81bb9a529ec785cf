"""Time report, who-said and search commands end to end (a fresh `tracker` process each run,
as a user runs them) on a generated database of 1,000,000 statements.

    python bench/make_statements_db.py bench/out/statements-1m.db      # once, about 2 minutes
    python bench/reports_bench.py bench/out/statements-1m.db           # prints a Markdown table

Each command runs --repeat times after one warm-up run (the database file in the page
cache, Python's bytecode compiled); the table gives the median and best wall-clock time
and the median CPU time of the process (on a busy machine wall time includes waiting
for a CPU; CPU time does not). The target (issue 5): `report timeline --freq M` and
`who-said` under 2 seconds on SQLite.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMANDS = [
    ("startup only", ["--version"]),
    ("report timeline --freq M", ["report", "timeline", "--freq", "M", "--format", "csv"]),
    ("who-said Microsoft (4,700 statements)", ["who-said", "Microsoft", "--format", "csv"]),
    ("who-said Microsoft --about ICE", ["who-said", "Microsoft", "--about", "ICE", "--format", "csv"]),
    ("who-said Microsoft --include-affiliated (table)", ["who-said", "Microsoft", "--include-affiliated"]),
    ("who-said {top} (most prolific speaker)", ["who-said", "{top}", "--format", "csv"]),
    ("report timeline --freq W --since 2025-01-01", ["report", "timeline", "--freq", "W", "--since", "2025-01-01", "--format", "csv"]),
    ("report timeline --freq M --by speaker", ["report", "timeline", "--freq", "M", "--by", "speaker", "--format", "csv"]),
    ("report timeline --freq M --about ICE --by speaker", ["report", "timeline", "--freq", "M", "--about", "ICE", "--by", "speaker", "--format", "csv"]),
    ("report speakers --freq Q", ["report", "speakers", "--freq", "Q", "--format", "csv"]),
    ("report about --freq Y", ["report", "about", "--freq", "Y", "--format", "csv"]),
    ("report outlets --freq all", ["report", "outlets", "--freq", "all", "--format", "csv"]),
    ("report refusals --freq Q", ["report", "refusals", "--freq", "Q", "--format", "csv"]),
    ("report repeats --speaker Microsoft", ["report", "repeats", "--speaker", "Microsoft", "--format", "csv"]),
    ("report changes --speaker Microsoft --about ICE", ["report", "changes", "--speaker", "Microsoft", "--about", "ICE", "--format", "csv"]),
    ("statements --search 'pipeline wetlands'", ["statements", "--search", "pipeline wetlands", "--limit", "50", "--format", "csv"]),
    ("export statements --speaker Microsoft (parquet)", ["export", "statements", "--speaker", "Microsoft", "--format", "parquet", "-o", "{tmp}/ms.parquet"]),
    ("report timeline --freq M --plot", ["report", "timeline", "--freq", "M", "--plot", "{tmp}/t.png", "--format", "csv"]),
]


def run(args: list[str], env: dict) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "tracker", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"tracker {' '.join(args)} failed:\n{proc.stderr.decode()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.stdout.count(b"\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", nargs="?", default="bench/out/statements-1m.db", help="database (file or URL)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", help="run only commands whose label contains this")
    args = ap.parse_args()
    url = args.db if "://" in args.db else f"sqlite:///{Path(args.db).resolve()}"
    if url.startswith("sqlite") and not Path(url.split(":///", 1)[1]).exists():
        raise SystemExit(f"{args.db}: no such database; make it with bench/make_statements_db.py {args.db}")
    env = {**os.environ, "TRACKER_DATABASE_URL": url, "COLUMNS": "200"}
    # as after `pip install`: bytecode cached (the test environment may switch that off)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "tracker-bench-pycache"))
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        n = conn.execute(text("SELECT COUNT(*) FROM statements")).scalar()
        top = conn.execute(text(
            "SELECT e.name FROM statements s JOIN entities e ON e.id = s.speaker_id GROUP BY e.name ORDER BY COUNT(*) DESC LIMIT 1"
        )).scalar()
    engine.dispose()
    with tempfile.TemporaryDirectory() as tmp:
        print(f"database: {args.db} ({n:,} statements); {args.repeat} runs after a warm-up; Python {sys.version.split()[0]}; "
              f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}\n")
        print("| command | median wall s | best wall s | median CPU s | output lines |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for label, cmd in COMMANDS:
            label = label.format(top=top)
            if args.only and args.only not in label:
                continue
            cmd = [c.format(top=top, tmp=tmp) for c in cmd]
            run(cmd, env)  # warm-up
            runs = [run(cmd, env) for _ in range(args.repeat)]
            print(f"| `tracker {' '.join(c if ' ' not in c else repr(c) for c in cmd).replace(tmp, '$TMP')}` "
                  f"| {statistics.median(r[0] for r in runs):.2f} | {min(r[0] for r in runs):.2f} "
                  f"| {statistics.median(r[1] for r in runs):.2f} | {runs[-1][2]:,} |",
                  flush=True)


if __name__ == "__main__":
    main()
