"""The training ledger ``resources/samples/项目台账示例.xlsx``, shaped as offices keep theirs.

Project names are the plan's own (so the sample matches the seeded projects and shows updates);
one extra row shows how a project outside the plan is created. Every figure, date, code, unit
contact and phone number is FICTIONAL and the sheet says so in its title and in 备注, so the file
can never be mistaken for an office's facts. Headers deliberately use synonyms (工程名称, 总投资
（亿元）, 2026年计划投资（万元）) to exercise the mapping step.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .xlsx_writing import write_atomically

HEADERS = ("序号", "工程名称", "投资项目代码", "类别", "级别", "新开工/续建", "建设地点", "牵头单位", "配合单位",
           "联系人", "联系电话", "总投资（亿元）", "2026年计划投资（万元）", "计划开工", "计划竣工", "建设内容", "备注")
NOTE = "示例数据，数值均为虚构，仅供培训"

# (name, code, category, level, kind, place, lead, coop, person, phone, total 亿元, plan 万元, start, end, content)
ROWS = (
    ("济宁大安机场迁建工程", "2026-370800-56-01-900001", "交通基础设施", "省级", "续建", "任城区",
     "市交通运输局（示例）", "任城区人民政府（示例）", "王示例", "0537-0000001", 35.8, 52000,
     date(2023, 3, 1), date(2027, 12, 31), "新建跑道、航站楼及配套设施（示例描述）"),
    ("轨道交通1号线", "2026-370800-54-01-900002", "交通基础设施", "市级", "新开工", "任城区、济宁高新区",
     "市交通运输局（示例）", "市城投集团（示例）、济宁高新区管委会（示例）", "李示例", "0537-0000002", 120.5, 80000,
     "2026年5月", "2031年12月", "线路全长约20公里（示例描述）"),
    ("龙拱港", "2026-370800-55-01-900003", "交通基础设施", "市级", "续建", "微山县",
     "微山县人民政府（示例）", "市交通运输局（示例）", "张示例", "0537-0000003", 18.2, 30000,
     "2024/6/1", "2027.6.30", "建设泊位及堆场（示例描述）"),
    ("国网曲阜边缘计算数据中心", "2026-370881-65-01-900004", "大数据中心", "县级", "续建", "曲阜市",
     "曲阜市人民政府（示例）", "市大数据中心（示例）", "赵示例", "0537-0000004", 3.6, 12000,
     date(2024, 9, 1), date(2026, 12, 31), "机柜及配套设施（示例描述）"),
    ("兖州区颜店新城污水处理厂", "2026-370812-46-01-900005", "生态环保", "县级", "续建", "兖州区",
     "兖州区人民政府（示例）", "市生态环境局（示例）", "钱示例", "0537-0000005", 2.4, 8000,
     "2025年3月1日", "2026年10月31日", "日处理污水规模（示例描述）"),
    ("邹城鲁西电厂", "2026-370883-44-01-900006", "能源", "省级", "续建", "邹城市",
     "邹城市人民政府（示例）", "市能源局（示例）", "孙示例", "0537-0000006", 45.0, 60000,
     date(2023, 6, 1), date(2027, 6, 30), "机组建设（示例描述）"),
    ("尼山文化片区", "2026-370881-87-01-900007", "文化旅游", "市级", "续建", "曲阜市",
     "曲阜市人民政府（示例）", "市文化和旅游局（示例）", "周示例", "0537-0000007", 9.9, 15000,
     date(2024, 1, 1), date(2028, 12, 31), "文化设施提升（示例描述）"),
    ("地下综合管廊", "2026-370800-48-01-900008", "城市建设与更新", "市级", "新开工", "太白湖新区",
     "市住房城乡建设局（示例）", "市城投集团（示例）", "吴示例", "0537-0000008", 6.5, 20000,
     date(2026, 4, 1), date(2028, 10, 31), "综合管廊（示例描述）"),
    ("邹城大束乡村振兴齐鲁样板省级示范区", "2026-370883-05-01-900009", "乡村振兴与城乡融合", "省级", "续建", "邹城市",
     "邹城市人民政府（示例）", "", "郑示例", "0537-0000009", 4.2, 9000,
     date(2024, 3, 1), date(2026, 12, 31), "示范区基础设施（示例描述）"),
    ("（示例）某片区老旧小区改造工程", "2026-370811-47-01-900010", "城市建设与更新", "县级", "新开工", "任城区",
     "任城区人民政府（示例）", "市住房城乡建设局（示例）", "冯示例", "0537-0000010", 0.85, 3000,
     date(2026, 8, 1), date(2027, 7, 31), "规划外项目，示范新建（示例描述）"),
)


def write_sample_ledger(path: Path) -> None:
    """Write the sample ledger (dates written both as real dates and as typed text, on purpose)."""

    def fill(book) -> None:  # noqa: ANN001 - xlsxwriter.Workbook
        sheet = book.add_worksheet("项目台账")
        title = book.add_format({"bold": True, "font_size": 14})
        header = book.add_format({"bold": True, "border": 1, "bg_color": "#E2EFDA", "text_wrap": True,
                                  "align": "center", "valign": "vcenter"})
        cell = book.add_format({"border": 1, "text_wrap": True, "valign": "top"})
        day = book.add_format({"border": 1, "num_format": "yyyy-mm-dd", "valign": "top"})
        sheet.write_string(0, 0, f"XX县（市、区）重点项目台账（{NOTE}）", title)
        for col, text in enumerate(HEADERS):
            sheet.write_string(1, col, text, header)
            sheet.set_column(col, col, 22 if text in ("工程名称", "建设内容", "牵头单位", "配合单位") else 12)
        for offset, item in enumerate(ROWS):
            row = 2 + offset
            (name, code, category, level, kind, place, lead, coop, person, phone, total, plan, start, end,
             content) = item
            sheet.write_number(row, 0, offset + 1, cell)
            for col, text in enumerate((name, code, category, level, kind, place, lead, coop, person, phone), start=1):
                sheet.write_string(row, col, text, cell) if text else sheet.write_blank(row, col, None, cell)
            sheet.write_number(row, 11, total, cell)
            sheet.write_number(row, 12, plan, cell)
            for col, value in ((13, start), (14, end)):
                if isinstance(value, date):
                    sheet.write_datetime(row, col, value, day)
                else:
                    sheet.write_string(row, col, value, cell)
            sheet.write_string(row, 15, content, cell)
            sheet.write_string(row, 16, NOTE, cell)
        sheet.freeze_panes(2, 2)

    write_atomically(Path(path), fill)
