"""Benchmark: ``python -m tests.bench.run [--size 10000] [--runs 5] [--db PATH] [OP …]``.

Generates the province-scale database (reproducibly) unless ``--db`` names one, then measures each
operation in fresh processes: the medians of ``--runs`` runs of our code and of the floor (the bare
library doing the same work) taken in turns, their ratio, and, from a process that runs our code
alone, its peak memory. Prints a table; asserts nothing (tests assert behaviour, this prints figures).
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
    """In this process: with ``side == "times"`` the medians of ``runs`` runs of our code and of the
    floor, taken in turns so a noisy machine slows both alike; with ``side == "ours"`` one run of
    our code alone, for its peak memory."""
    from tests.bench.ops import OPS, Elapsed

    ours, floor = OPS[op](db)
    ours()  # warm-up: first-use imports and caches are not what is measured (startup measures those)
    if side == "ours":
        who = resource.RUSAGE_CHILDREN if op == "startup" else resource.RUSAGE_SELF  # startup: the child worked
        return {"peak_mb": resource.getrusage(who).ru_maxrss / 1024}
    floor()
    times: dict[str, list[float]] = {"ours": [], "floor": []}
    for _ in range(runs):
        for name, fn in (("floor", floor), ("ours", ours)):
            start = time.perf_counter()
            result = fn()
            times[name].append(result if isinstance(result, Elapsed) else time.perf_counter() - start)
    return {f"{name}_ms": statistics.median(values) * 1000 for name, values in times.items()}


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
    print(f"{'operation':<14}{'ours (ms)':>12}{'floor (ms)':>12}{'ratio':>8}{'peak MB':>10}")
    for op in args.ops or list(OPS):
        r = {}
        for side in ("times", "ours"):
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
            ours, floor = r["times"]["ours_ms"], r["times"]["floor_ms"]
            ratio = ours / floor if floor else float("inf")
            print(f"{op:<14}{ours:>12.1f}{floor:>12.1f}{ratio:>8.2f}{r['ours']['peak_mb']:>10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
