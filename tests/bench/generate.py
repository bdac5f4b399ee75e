"""Reproducible province-scale data for the benchmark (and, at a small size, for its smoke test).

The sizes default to the performance issue's: 10,000 projects, 100,000 milestones, 120,000 progress
reports and 5,000 units. Writing goes through sqlite-utils inside one ``db.atomic()`` so the
whole load is one transaction.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from jnprojects.domain.milestone_templates import template_for
from jnprojects.domain.model import Milestone
from jnprojects.domain.text_keys import search_text, sort_key
from jnprojects.services.workspace import open_workspace

WORDS = ("道路", "快速路", "污水处理厂", "数据中心", "产业园", "综合体", "高铁站", "港口", "公园", "学校", "医院",
         "管网", "变电站", "充电站", "体育馆", "博物馆", "保障房", "立交桥", "水库", "物流园")
PLACES = ("任城", "兖州", "曲阜", "邹城", "微山", "鱼台", "金乡", "嘉祥", "汶上", "泗水", "梁山", "高新区", "太白湖", "经开区")


@dataclass(frozen=True)
class Size:
    projects: int = 10_000
    milestones: int = 100_000
    reports: int = 120_000
    units: int = 5_000


def generate(path: Path, size: Size = Size(), seed: int = 7) -> Path:
    """Create a seeded database at ``path`` and add ``size`` worth of synthetic office data."""
    rng = random.Random(seed)
    ws = open_workspace(path, user="bench")
    db = ws.db
    categories = [r[0] for r in db.execute("SELECT code FROM categories ORDER BY sort_order")]
    prefixes = dict(db.execute("SELECT code, prefix FROM categories").fetchall())
    locations = [r[0] for r in db.execute("SELECT code FROM locations")]
    existing = db.execute("SELECT count(*) FROM projects").fetchone()[0]
    stages = ("planned", "preparation", "construction", "construction", "construction", "completed", "suspended")
    with db.atomic():
        db["units"].insert_all(
            ({"name": f"{rng.choice(PLACES)}第{i:04d}号责任单位", "contact_person": f"联系人{i}", "phone": "0537-0000000"}
             for i in range(size.units)),
            batch_size=2000,
        )
        unit_ids = [r[0] for r in db.execute("SELECT id FROM units")]
        projects = []
        for i in range(max(0, size.projects - existing)):
            category = rng.choice(categories)
            name = f"{rng.choice(PLACES)}{rng.choice(WORDS)}{rng.choice(WORDS)}工程{i:05d}"
            start = date(2022, 1, 1) + timedelta(days=rng.randrange(0, 1800))
            end = start + timedelta(days=rng.randrange(200, 1500))
            projects.append({
                "code": f"{prefixes[category]}-{10000 + i}", "name": name, "category_code": category,
                "content": f"新建{rng.choice(WORDS)}{rng.randrange(1, 50)}公里，配套{rng.choice(WORDS)}",
                "total_investment": str(rng.randrange(1000, 900000)), "planned_start": start.isoformat(),
                "planned_end": end.isoformat(), "stage": rng.choice(stages), "origin": "user",
                "sort_key": sort_key(name), "search_text": search_text(name),
            })
        db["projects"].insert_all(projects, batch_size=2000)
        rows = db.execute("SELECT id, category_code, planned_start, planned_end FROM projects").fetchall()
        fresh = {r[0] for r in db.execute("SELECT id FROM projects WHERE origin = 'user'")}
        db["project_locations"].insert_all(
            ({"project_id": pid, "location_code": rng.choice(locations)} for pid, *_ in rows if pid in fresh), batch_size=5000)
        db["project_units"].insert_all(
            ({"project_id": pid, "unit_id": rng.choice(unit_ids), "role": "lead"} for pid, *_ in rows), batch_size=5000)
        db["milestones"].insert_all(_milestones(rng, rows, size.milestones), batch_size=5000)
        db["progress_reports"].insert_all(_reports(rng, rows, size.reports), batch_size=5000)
    ws.close()
    return path


def _milestones(rng: random.Random, rows: list[tuple], total: int):
    per_project = max(1, total // max(1, len(rows)))
    made = 0
    for pid, category, start_text, end_text in rows:
        if made >= total:
            return
        start = date.fromisoformat(start_text) if start_text else date(2024, 1, 1)
        end = date.fromisoformat(end_text) if end_text else start + timedelta(days=720)
        nodes = template_for(category)
        nodes += [Milestone(f"阶段节点{n}") for n in range(len(nodes) + 1, per_project + 1)]
        nodes = nodes[:per_project]
        for seq, node in enumerate(nodes, start=1):
            planned = start + timedelta(days=(end - start).days * seq // (len(nodes) + 1))
            done = planned < date(2026, 6, 1) and rng.random() < 0.8
            yield {"project_id": pid, "seq": seq, "name": node.name, "planned_date": planned.isoformat(),
                   "actual_date": (planned + timedelta(days=rng.randrange(-10, 40))).isoformat() if done else None,
                   "weight": node.weight}
            made += 1


def _reports(rng: random.Random, rows: list[tuple], total: int):
    per_project = max(1, total // max(1, len(rows)))
    made = 0
    for pid, *_ in rows:
        since = 0
        for month in range(per_project):
            if made >= total:
                return
            year, mon = 2025 + month // 12, month % 12 + 1
            add = rng.randrange(0, 5000)
            since += add
            yield {"project_id": pid, "period": f"{year:04d}-{mon:02d}", "progress_text": f"完成第{month + 1}月计划工程量",
                   "progress_pct": min(100.0, 8.0 * (month + 1)), "invest_month": str(add), "invest_since_start": str(since),
                   "invest_ytd": str(since), "problems": "" if rng.random() < 0.8 else "征地拆迁进度滞后"}
            made += 1
