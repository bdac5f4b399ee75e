"""Benchmark: ``python -m tests.bench.run [--size 10000] [--runs 5] [--db PATH] [OP …]``.

Generates the province-scale database (reproducibly) unless ``--db`` names one, then measures each
operation: median of ``--runs`` runs of our code and of the floor (the bare library doing the same
work), each side in a fresh process of its own so the peak memory printed is our code's alone,
and their ratio. Prints a table; asserts nothing (tests assert behaviour, this prints figures).
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


def measure(op: str, db: Path, runs: int, side: str) -> dict:
    """Run one side ("ours" or "floor") of one op in this process: median time and peak memory."""
    from tests.bench.ops import OPS

    fn = dict(zip(("ours", "floor"), OPS[op](db)))[side]
    fn()  # warm-up: first-use imports and caches are not what is measured (startup measures those)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    who = resource.RUSAGE_CHILDREN if op == "startup" else resource.RUSAGE_SELF  # startup: the child did the work
    return {"ms": statistics.median(times) * 1000, "peak_mb": resource.getrusage(who).ru_maxrss / 1024}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ops", nargs="*")
    parser.add_argument("--size", type=int, default=10_000, help="projects (milestones ×10, reports ×12)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--side", default="ours", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, args.db, args.runs, args.side)))
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
    print(f"{'operation':<14}{'ours (ms)':>12}{'floor (ms)':>12}{'ratio':>8}{'peak MB':>10}{'floor MB':>12}")
    for op in args.ops or list(OPS):
        r = {}
        for side in ("ours", "floor"):
            result = subprocess.run(
                [sys.executable, "-m", "tests.bench.run", "--child", op, "--side", side, "--db", str(db),
                 "--runs", str(args.runs)],
                capture_output=True, text=True, env=env, cwd=ROOT,
            )
            if result.returncode != 0:
                print(f"{op:<14} {side} failed: {result.stderr.strip().splitlines()[-1:]}")
                break
            r[side] = json.loads(result.stdout.strip().splitlines()[-1])
        else:
            ours, floor = r["ours"]["ms"], r["floor"]["ms"]
            ratio = ours / floor if floor else float("inf")
            print(f"{op:<14}{ours:>12.1f}{floor:>12.1f}{ratio:>8.2f}{r['ours']['peak_mb']:>10.0f}"
                  f"{r['floor']['peak_mb']:>12.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
