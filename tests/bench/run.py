"""Benchmark: ``python -m tests.bench.run [--size 10000] [--runs 5] [--db PATH] [OP …]``.

Generates the province-scale database (reproducibly) unless ``--db`` names one, then measures each
operation in a fresh process: median of ``--runs`` runs of our code and of the floor (the bare
library doing the same work), their ratio, and the peak memory of the process. Prints a table;
asserts nothing (tests assert behaviour, this prints figures).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def measure(op: str, db: Path, runs: int) -> dict:
    """Run one op in this process; return medians and peak memory."""
    from tests.bench.ops import OPS

    ours, floor = OPS[op](db)
    ours()  # warm-up: first-use imports and caches are not what is measured (startup measures those)
    floor()

    def median(fn) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    floor_s = median(floor)
    ours_s = median(ours)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if op == "startup":  # the children did the work; their peak is what matters
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"op": op, "ours_ms": ours_s * 1000, "floor_ms": floor_s * 1000, "peak_mb": peak_mb}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ops", nargs="*")
    parser.add_argument("--size", type=int, default=10_000, help="projects (milestones ×10, reports ×12)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, args.db, args.runs)))
        return 0

    from tests.bench.generate import Size, generate
    from tests.bench.ops import OPS

    db = args.db
    if db is None:
        db = Path(tempfile.mkdtemp(prefix="jnprojects-bench-")) / "bench.db"
        start = time.perf_counter()
        generate(db, Size(args.size, args.size * 10, args.size * 12, max(50, args.size // 2)))
        print(f"generated {args.size} projects in {time.perf_counter() - start:.1f} s: {db}")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    print(f"{'operation':<14}{'ours (ms)':>12}{'floor (ms)':>12}{'ratio':>8}{'peak MB':>10}")
    for op in args.ops or list(OPS):
        result = subprocess.run(
            [sys.executable, "-m", "tests.bench.run", "--child", op, "--db", str(db), "--runs", str(args.runs)],
            capture_output=True, text=True, env=env, cwd=ROOT,
        )
        if result.returncode != 0:
            print(f"{op:<14} failed: {result.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(result.stdout.strip().splitlines()[-1])
        ratio = r["ours_ms"] / r["floor_ms"] if r["floor_ms"] else float("inf")
        print(f"{op:<14}{r['ours_ms']:>12.1f}{r['floor_ms']:>12.1f}{ratio:>8.2f}{r['peak_mb']:>10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
