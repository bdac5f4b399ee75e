"""Exporting the progress sheet from a demo database: content, units, status, and the round trip."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from jnprojects.domain.query import ProjectFilter
from jnprojects.exchange.problems import Cancelled
from jnprojects.services import status as status_service
from jnprojects.services.excel_common import ensure_database_id
from jnprojects.services.excel_export import export_progress_sheet
from jnprojects.services.excel_import import apply_import, preview_import
from jnprojects.services.workspace import open_workspace
from tests.exchange.helpers import demo_copy, dump

TODAY = date.today()


@pytest.fixture(scope="module")
def full_export(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    ws = open_workspace(demo_copy(folder), user="tester")
    ensure_database_id(ws)
    result = export_progress_sheet(ws, folder / "全部.xlsx", TODAY)
    yield ws, result
    ws.close()


def test_every_project_is_listed_once_under_its_category_with_subtotals_in_wan(full_export):
    ws, result = full_export
    book = openpyxl.load_workbook(result.path, read_only=True)
    rows = list(book["推进情况表"].iter_rows(values_only=True))
    assert rows[0][0] == f"济宁市新型城镇化重点项目推进情况表（截至{TODAY.year}年{TODAY.month}月{TODAY.day}日）"
    assert rows[1][15] == "金额单位：万元"
    codes = [r[1] for r in rows[4:] if r[1] and "-" in str(r[1])]
    total = ws.db.execute("SELECT count(*) FROM projects").fetchone()[0]
    assert len(codes) == len(set(codes)) == total == result.projects
    headings = [r[0] for r in rows[4:] if isinstance(r[0], str) and "、" in r[0] and "个项目）" in r[0]]
    assert headings[0].startswith("一、交通基础设施")
    sums = [(r[0], r[6]) for r in rows if isinstance(r[0], str) and r[0].startswith(("小计", "合计"))]
    assert len(sums) == len(headings) + 1
    expected = sum(Decimal(v) for (v,) in ws.db.execute("SELECT total_investment FROM projects WHERE total_investment IS NOT NULL"))
    assert Decimal(str(sums[-1][1])) == expected
    assert sum(Decimal(str(v)) for _label, v in sums[:-1]) == expected


def test_status_labels_and_reasons_match_the_status_service(full_export):
    ws, result = full_export
    sheet = openpyxl.load_workbook(result.path, read_only=True)["推进情况表"]
    labels = {"red": "红灯", "yellow": "黄灯", "green": "绿灯", "completed": "已竣工", "not_started": "未开工",
              "suspended": "暂停", "no_schedule": "无计划"}
    snaps = {s.code: s for s in status_service.snapshots(ws, TODAY, ProjectFilter())}
    seen = set()
    for row in sheet.iter_rows(min_row=5):
        code = row[1].value
        if code in snaps:
            light = str(snaps[code].status.light)
            assert row[13].value == labels[light]
            seen.add(light)
            if light in ("red", "yellow", "green"):
                assert row[13].fill.fgColor.rgb[-6:] in ("E53935", "FFD54F", "66BB6A")
            if light == "red":
                assert row[14].value  # the reasons are written beside the label
    assert {"red", "green", "completed"} <= seen


def test_milestones_and_indicators_sheets(full_export):
    ws, result = full_export
    book = openpyxl.load_workbook(result.path, read_only=True)
    milestone_rows = [r for r in book["里程碑"].iter_rows(min_row=3, values_only=True) if r[2] is not None]
    assert len(milestone_rows) == ws.db.execute("SELECT count(*) FROM milestones").fetchone()[0] == result.milestones
    assert any(str(r[7]).startswith("逾期") for r in milestone_rows)
    indicators = [r for r in book["规划指标"].iter_rows(min_row=3, values_only=True) if r[0] is not None]
    assert len(indicators) == 20


def test_the_whole_database_round_trips_without_change(full_export, tmp_path):
    ws, result = full_export
    before = dump(ws.path)
    preview = preview_import(ws, result.path)
    assert (preview.changes, preview.problems) == ([], [])
    apply_import(ws, preview)
    assert dump(ws.path) == before


def test_a_formula_like_name_is_written_as_text(tmp_path):
    ws = open_workspace(demo_copy(tmp_path), user="tester")
    ws.db.execute("UPDATE projects SET name = '=1+1' WHERE code = 'JT-001'")
    ws.db.conn.commit()
    path = export_progress_sheet(ws, tmp_path / "f.xlsx", TODAY, ProjectFilter(text="JT-001")).path
    ws.close()
    cell = openpyxl.load_workbook(path)["推进情况表"]["C6"]
    assert (cell.value, cell.data_type) == ("=1+1", "s")


def test_export_is_cancellable_and_leaves_no_file(full_export, tmp_path):
    ws, _result = full_export
    calls = []
    with pytest.raises(Cancelled):
        export_progress_sheet(ws, tmp_path / "cancelled.xlsx", TODAY, progress=lambda d, t: calls.append((d, t)),
                              cancel=lambda: len(calls) > 10)
    assert calls and calls[-1][1] > 200
    assert list(tmp_path.iterdir()) == []


def test_export_works_on_a_read_only_connection(full_export, tmp_path):
    ws, _result = full_export
    readonly = open_workspace(ws.path, readonly=True, user="tester")
    try:
        path = export_progress_sheet(readonly, tmp_path / "ro.xlsx", TODAY, ProjectFilter(location="qufu")).path
    finally:
        readonly.close()
    sheet = openpyxl.load_workbook(path, read_only=True)["推进情况表"]
    assert "建设地点：曲阜市" in next(sheet.iter_rows(min_row=2, max_row=2, values_only=True))[0]
