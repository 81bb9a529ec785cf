"""Ingestion speed: a whole corpus into SQLite and PostgreSQL, as a user runs it.

    python bench/ingest_bench.py                       # Reuters-21578 into SQLite and PostgreSQL
    python bench/ingest_bench.py --input some.jsonl --jobs 2 --no-pg
    python bench/ingest_bench.py --pg postgresql+psycopg://postgres@127.0.0.1:5432/postgres

Each run is `python -m tracker ingest INPUT --jobs N` in a subprocess against a new, empty
database, then the same command again (every item a duplicate: what resuming costs). It
reports wall time, CPU time (all processes, and the main process alone: the serial part,
which bounds the wall time however many cores there are), articles per second, input MB per second, the peak resident memory of the whole
process tree (main process plus workers, sampled from /proc every 50 ms) and of its
largest process, and the counts the run printed. The PostgreSQL database is created from
the admin URL given with --pg and dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import resource
import re
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT.parent / "shared" / "corpora" / "reuters21578" / "reuters21578.jsonl"
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of one process so far (its own, not its children's)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except OSError:
            continue
    return out


def run(cmd: list[str], env: dict) -> dict:
    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = {"tree": 0, "largest": 0, "main_cpu": 0.0}

    def sample() -> None:
        while proc.poll() is None:
            sizes = [_rss_kb(p) for p in _tree(proc.pid)]
            peak["tree"] = max(peak["tree"], sum(sizes))
            peak["largest"] = max(peak["largest"], max(sizes, default=0))
            peak["main_cpu"] = max(peak["main_cpu"], _cpu_s(proc.pid))
            time.sleep(0.05)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    t.join()
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    summary = next((l for l in err.splitlines() if re.match(r"\d+ new, ", l)), err.strip()[-300:])
    return {"wall": wall, "cpu": cpu, "rc": proc.returncode, "summary": summary, **peak}


def bench(db_url: str, path: Path, jobs: int | None) -> list[dict]:
    env = {**os.environ, "TRACKER_DATABASE_URL": db_url}
    cmd = [sys.executable, "-m", "tracker", "ingest", str(path)] + (["--jobs", str(jobs)] if jobs else [])
    return [run(cmd, env), run(cmd, env)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    ap.add_argument("--jobs", type=int, default=None, help="worker processes (default: tracker's default, all cores)")
    ap.add_argument("--pg", default=DEFAULT_PG, help="admin URL of a PostgreSQL server (a database is created there)")
    ap.add_argument("--no-pg", action="store_true")
    ap.add_argument("--no-sqlite", action="store_true")
    args = ap.parse_args()

    size = args.input.stat().st_size
    with args.input.open("rb") as fh:
        items = sum(1 for line in fh if line.strip()) if args.input.suffix in (".jsonl", ".ndjson") else None
    print(f"input: {args.input} ({size / 1e6:.1f} MB{f', {items} records' if items else ''}); "
          f"cores: {os.cpu_count()}; jobs: {args.jobs or 'default'}; "
          f"load average before: {os.getloadavg()[0]:.1f} (other work on the machine inflates wall times)")
    results = []
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            results.append(("SQLite", bench(f"sqlite:///{Path(tmp) / 'bench.db'}", args.input, args.jobs)))
    if not args.no_pg:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
        name = f"tracker_bench_{uuid.uuid4().hex[:8]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            url = make_url(args.pg).set(database=name).render_as_string(hide_password=False)
            results.append(("PostgreSQL", bench(url, args.input, args.jobs)))
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            admin.dispose()

    print(f"load average after: {os.getloadavg()[0]:.1f}")
    print()
    print("| database | run | wall s | CPU s, all | CPU s, main | articles/s | MB/s | peak RSS, all processes | largest process | result |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for db, (first, again) in results:
        for label, r in (("first", first), ("again (all duplicates)", again)):
            n = items or 0
            print(f"| {db} | {label} | {r['wall']:.1f} | {r['cpu']:.1f} | {r['main_cpu']:.1f} | {n / r['wall']:.0f} | {size / 1e6 / r['wall']:.2f} | "
                  f"{r['tree'] / 1024:.0f} MB | {r['largest'] / 1024:.0f} MB | {r['summary']} |")


if __name__ == "__main__":
    main()
