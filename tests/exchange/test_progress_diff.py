"""Comparing a returned sheet with the database, without a file or a database: which cells become
changes, which become problems, in file order, and which are not looked at."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from jnprojects.exchange.cell_values import (
    CellError,
    read_column,
    read_date,
    read_each,
    read_money,
    read_or_error,
    read_percent,
    read_text,
)
from jnprojects.exchange.layout import KEY_SHEET, KIND_PROGRESS, KIND_TEMPLATE
from jnprojects.exchange.progress_import import MilestoneNow, ProjectNow, diff, locate
from jnprojects.exchange.reader import Book, Sheet, code_text

HEADER = ["项目编号", "项目名称", "本期形象进度", "形象进度（%）", "本月完成投资（万元）", "存在问题"]


def _book(rows: list[list[object]], bad_cells: dict[tuple[int, int], tuple[str, str]]) -> Book:
    key = Sheet(KEY_SHEET, "veryhidden", [["jnprojects", ""], ["kind", KIND_TEMPLATE], ["period", "2026-11"]])
    sheet = Sheet("项目进展", "visible", [["2026年11月 项目进展填报表"], HEADER, *rows], bad_cells)
    return Book(Path("returned.xlsx"), "xlsx", "0" * 64, [sheet, key])


def _now(pid: int, code: str, name: str, **report: object) -> ProjectNow:
    return ProjectNow(pid, code, name, report=report, shown_problems="资金未到位", known_problems=("资金未到位",))


def test_each_cell_is_a_change_or_a_problem_in_file_order_and_rejected_rows_are_not_read():
    rows = [
        ["JN-1", "甲", "新进展", 0.5, 12, ""],          # row 3: 0.5 equals the stored 0.5 %, not 50 %
        ["ZZ-9", "乙", "x", "abc", -1, ""],            # row 4: unknown code: its cells are not read
        ["JN-2", "别的名字", "x", "abc", -1, ""],       # row 5: wrong name: its cells are not read
        ["JN-3", "丙", "长" * 4001, 150, "很多", ""],   # row 6: three unreadable cells
        [" jn-4 ", "丁", "", "", "", "资金未到位\n新问题"],  # row 7: code folded; one new ledger line
        ["JN-5", "戊", None, 0.85, 5],                 # row 8: formula without value; short row
    ]
    current = {
        "JN-1": _now(1, "JN-1", "甲", progress_pct=0.5), "JN-2": _now(2, "JN-2", "乙"),
        "JN-3": _now(3, "JN-3", "丙"), "JN-4": _now(4, "JN-4", "丁"),
        "JN-5": _now(5, "JN-5", "戊", progress_text="旧", invest_month=Decimal(5)),
    }
    located = locate(_book(rows, {(7, 2): ("formula_no_value", "=A1"), (3, 3): ("cell_error", "#N/A")}))
    changes, problems = diff(located, current)

    assert [(p.code, p.row, p.column, p.value) for p in problems] == [
        ("unknown_code", 4, "A", "ZZ-9"),
        ("name_mismatch", 5, "B", "别的名字"),
        ("text_too_long", 6, "C", "长" * 40 + "…"),
        ("percent_range", 6, "D", "150"),
        ("bad_money", 6, "E", "很多"),
        ("formula_no_value", 8, "C", "=A1"),
    ]
    assert [(c.row, c.code, c.field, c.old, c.new, c.value) for c in changes] == [
        (3, "JN-1", "progress_text", "（空）", "新进展", "新进展"),
        (3, "JN-1", "invest_month", "（空）", "12", Decimal(12)),
        (7, "JN-4", "problems", "资金未到位", "新问题", ("新问题",)),
        (8, "JN-5", "progress_pct", "（空）", "85", 85.0),
    ]
    assert {c.label for c in changes if c.field == "progress_text"} == {"本期形象进度"}
    assert {c.target for c in changes if c.entity == "report"} == {"2026-11"}


def test_a_column_is_read_in_one_pass_returning_each_cells_error():
    sheet = Sheet("s", "visible", [["1"], ["-2", "x"], [], ["3"]], {(3, 0): ("cell_error", "#REF!")})
    found = read_column(sheet, [0, 1, 2, 3], 0, read_money)
    assert found[0] == Decimal(1) and found[2] is None  # a short row reads as blank
    assert [(e.code, e.found) for e in found[1::2] if isinstance(e, CellError)] == [
        ("negative_money", "-2"), ("cell_error", "#REF!")]


def test_a_repeated_cell_read_once_reads_as_it_would_alone():
    # Equal to a dict but not read alike: TRUE, 1 and 1.0; -0.0 and 0.0 (money -0 vs 0).
    cells = [1.0, True, 1, "1", 1.0, -0.0, 0.0, -0.0, "x", "x", "", None, 2.5, "2025/6/30", "2025/6/30",
             datetime(2025, 1, 1), date(2025, 1, 1), datetime(2025, 1, 1), 1e20]

    def shown(values: list[object]) -> list[object]:
        return [(v.code, v.found) if isinstance(v, CellError) else (type(v), str(v)) for v in values]

    for read in (read_money, read_date, read_percent, read_text):
        assert shown(read_each(read, cells)) == shown([read_or_error(read, cell) for cell in cells]), read


def test_codes_are_folded_alike_with_or_without_non_ascii_characters():
    assert code_text(" jn-0001\t") == code_text("ｊｎ－０００１") == code_text("jn－0001") == "JN-0001"
    assert code_text("jn 00\x1c01\n") == code_text("jn　00\x1c01") == "JN0001"  # every space removed
    assert code_text(12.0) == "12"


def test_a_sheet_is_read_whole_only_when_every_line_has_its_own_code():
    plain = [["JN-1", "甲"], ["JN-2", "乙"], ["JN-3", "丙"]]
    lines = locate(_book(plain, {})).projects
    assert [(line.row, line.code) for line in lines] == [(2, "JN-1"), (3, "JN-2"), (4, "JN-3")]
    odd = {  # each breaks the rule once; the other lines are still read
        "duplicate_row": [["JN-1", "甲"], ["JN-2", "乙"], ["jn-1", "甲"]],
        "missing_code": [["JN-1", "甲"], ["", "乙", "新进展"], ["JN-3", "丙"]],
        None: [["JN-1", "甲"], ["小计", "", "", "", 5], ["JN-3", "丙"]],
    }
    for code, rows in odd.items():
        located = locate(_book(rows, {}))
        assert [p.code for p in located.problems] == ([code] if code else []), code
        kept = ["JN-1", "JN-2"] if code == "duplicate_row" else ["JN-1", "JN-3"]
        assert [line.code for line in located.projects] == kept


MILESTONE_HEADER = ["项目编号", "项目名称", "序号", "里程碑", "计划日期", "实际完成日期"]


def _milestone_book(rows: list[list[object]], bad_cells: dict[tuple[int, int], tuple[str, str]]) -> Book:
    key = Sheet(KEY_SHEET, "veryhidden", [["jnprojects", ""], ["kind", KIND_PROGRESS], ["period", "2026-11"]])
    sheet = Sheet("里程碑", "visible", [["重点项目里程碑"], MILESTONE_HEADER, *rows], bad_cells)
    return Book(Path("推进情况表.xlsx"), "xlsx", "0" * 64, [sheet, key])


def test_milestone_lines_as_exported_add_nothing_and_every_other_line_is_read_in_file_order():
    ms = (MilestoneNow(11, 1, "立项", date(2026, 1, 5), date(2026, 1, 9)),
          MilestoneNow(12, 2, "环评", date(2026, 2, 1), None),
          MilestoneNow(13, 3, "古老节点", date(1985, 1, 1), None))  # a stored date no cell may hold
    twins = (MilestoneNow(31, 1, "环评", date(2026, 2, 1), None),
             MilestoneNow(32, 2, "环 评", date(2026, 3, 1), None))  # folds as 环评: the first is found
    current = {"JN-1": ProjectNow(1, "JN-1", "甲", milestones=ms),
               "JN-2": ProjectNow(2, "JN-2", "乙", milestones=(MilestoneNow(21, 1, "立项", None, None),
                                                             MilestoneNow(22, 2, "开工", None, None))),
               "JN-3": ProjectNow(3, "JN-3", "丙", milestones=twins)}
    rows = [
        ["JN-1", "甲", 1, "立项", date(2026, 1, 5), None],                  # row 3: a date emptied
        ["JN-1", "甲", 2, "环评", date(2026, 2, 1), ""],                     # row 4: as exported
        ["JN-3", "丙", 2, "环 评", date(2026, 3, 1), None],                  # row 5: 环评's date moved
        ["JN-1", "甲", 3, "古老节点", date(1985, 1, 1), ""],                  # row 6: stored date refused
        ["JN-1", "甲", 9, " 立项 ", "2026-01-05", datetime(2026, 1, 9)],      # row 7: a duplicate line
        ["JN-2", "乙", 1, "立项", date(2026, 5, 6), None],                   # row 8: a date added
        ["JN-2", "别名", 2, "开工", None, None],                              # row 9: another name
        ["小计", "", "", "", "", ""],                                         # row 10: a subtotal
        ["", "", 2, "新增", date(2026, 6, 1), ""],                            # row 11: no code
        ["JN-2", "乙", 7, "新增", date(2026, 6, 1), ""],                      # row 12: an added milestone
        ["JN-2", "乙", 1, "立项 ", "", "不是日期"],                           # row 13: duplicate of row 8
        ["ZZ-9", "丁", 1, "立项", None, None],                               # row 14: unknown code
        ["JN-3", "丙", 1, "环评（新）", date(2026, 2, 1), None],              # row 15: renamed
    ]
    located = locate(_milestone_book(rows, {(3, 5): ("formula_no_value", "=F4")}))
    changes, problems = diff(located, current)

    assert [(p.code, p.row, p.column, p.value) for p in problems] == [
        ("duplicate_row", 7, "A", "JN-1"),
        ("missing_code", 11, "A", ""),
        ("duplicate_row", 13, "A", "JN-2"),
        ("formula_no_value", 4, "F", "=F4"),
        ("bad_date", 6, "E", "1985-01-01"),
        ("name_mismatch", 9, "B", "别名"),
        ("unknown_milestone", 12, "D", "新增"),
        ("unknown_code", 14, "A", "ZZ-9"),
        ("milestone_mismatch", 15, "D", "环评（新）"),
    ]
    assert [(c.row, c.code, c.field, c.old, c.new, c.target) for c in changes] == [
        (3, "JN-1", "actual_date", "2026-01-09", "（空）", 11),
        (5, "JN-3", "planned_date", "2026-02-01", "2026-03-01", 31),
        (8, "JN-2", "planned_date", "（空）", "2026-05-06", 21),
    ]
    # Every line with a code of its own: the sheet is taken whole, but a line twice is still found.
    located = locate(_milestone_book([rows[0], rows[1], ["JN-1", "甲", 5, "立 项", None, None]], {}))
    assert [(p.code, p.row) for p in located.problems] == [("duplicate_row", 5)]
    assert [line.row for line in located.milestones] == [2, 3]
    # Each line is compared with its own project's milestone of that name, not the line before's.
    current["JN-4"] = ProjectNow(4, "JN-4", "戊", milestones=(MilestoneNow(41, 1, "环评", date(2026, 2, 2), None),))
    located = locate(_milestone_book([rows[1], ["JN-4", "戊", 1, "环评", date(2026, 2, 1), ""]], {}))
    assert [(c.row, c.code, c.old, c.new, c.target) for c in diff(located, current)[0]] == [
        (4, "JN-4", "2026-02-02", "2026-02-01", 41)]
