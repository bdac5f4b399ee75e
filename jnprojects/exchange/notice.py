"""The supervision notice (督办通知单) as a printable .xlsx: A4 portrait, one page wide.

Either one problem (its facts as a form) or one unit's overdue problems (as a list), followed by
the requirement, a box for the unit's reply and signature/date lines. Plain data in, file out:
every text is a string cell (never a formula) and the file is written beside the target and moved
into place only when complete (:func:`~.xlsx_writing.write_atomically`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from ..domain.monthly_problems import LEVEL_ZH, STATE_ZH, NoticeItem
from .xlsx_writing import row_height, write_atomically, write_text

TITLE = "督办通知单"
WIDTHS = (6, 20, 26, 12, 10, 12)  # six columns, about one A4 portrait page wide
FONT_LINE = 16.0  # points per line of 11 pt CJK text
LAST = len(WIDTHS) - 1


def _zh(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else "未定"


def write_notice(out_path: Path, items: Sequence[NoticeItem], unit_name: str, as_of: date, reply_by: date,
                 issuer: str = "") -> None:
    """Write the notice for ``items`` (one problem, or a unit's overdue ones) addressed to ``unit_name``."""
    if not items:
        raise ValueError("a notice needs at least one problem")

    def fill(book) -> None:  # noqa: ANN001 - xlsxwriter.Workbook
        sheet = book.add_worksheet(TITLE)
        f = _formats(book)
        for col, width in enumerate(WIDTHS):
            sheet.set_column(col, col, width)
        sheet.set_paper(9)
        sheet.set_portrait()
        sheet.fit_to_pages(1, 0)
        sheet.set_margins(left=0.6, right=0.6, top=0.7, bottom=0.7)
        sheet.center_horizontally()
        sheet.set_footer("&C第 &P 页，共 &N 页")

        sheet.set_row(0, 36)
        sheet.merge_range(0, 0, 0, LAST, TITLE, f["title"])
        sheet.merge_range(1, 0, 1, 2, "编号：", f["plain"])
        sheet.merge_range(1, 3, 1, LAST, f"填发日期：{_zh(as_of)}", f["right"])
        sheet.set_row(2, 24)
        sheet.merge_range(2, 0, 2, LAST, f"{unit_name or '（责任单位）'}：", f["addressee"])
        if len(items) == 1:
            intro = ("你单位负责协调解决的下列项目问题" + ("已超过办结时限，" if items[0].overdue_days else "列入督办，")
                     + "请高度重视，抓紧推进。")
        else:
            intro = f"截至{_zh(as_of)}，你单位负责协调解决的下列{len(items)}个项目问题已超过办结时限，请高度重视，抓紧推进。"
        row = _paragraph(sheet, 3, "　　" + intro, f["para"])
        row = _single(sheet, row + 1, items[0], f) if len(items) == 1 else _listing(sheet, row + 1, items, f)
        demand = (f"请于{_zh(reply_by)}前办结，并将办理情况（已解决的附佐证材料；确需延期的说明原因和新的办结时限）"
                  "书面报送。逾期未办结的，将在月度调度通报中通报。")
        row = _paragraph(sheet, row + 1, "督办要求：" + demand, f["para"])
        sheet.merge_range(row + 1, 0, row + 1, LAST, "办理情况（由责任单位填写）：", f["label_left"])
        sheet.merge_range(row + 2, 0, row + 9, LAST, "", f["box"])
        row += 11
        sheet.set_row(row, 26)
        sheet.merge_range(row, 0, row, 2, f"督办单位（盖章）：{issuer}", f["sign"])
        sheet.merge_range(row, 3, row, LAST, "日期：　　　年　　月　　日", f["sign"])
        sheet.set_row(row + 1, 26)
        sheet.merge_range(row + 1, 0, row + 1, 2, "签收人：", f["sign"])
        sheet.merge_range(row + 1, 3, row + 1, LAST, "签收日期：　　　年　　月　　日", f["sign"])
        sheet.print_area(0, 0, row + 1, LAST)

    write_atomically(Path(out_path), fill)


def _formats(book) -> dict:  # noqa: ANN001
    base = {"font_size": 11, "valign": "vcenter"}
    return {
        "title": book.add_format({"bold": True, "font_size": 20, "align": "center", "valign": "vcenter"}),
        "plain": book.add_format(base),
        "right": book.add_format({**base, "align": "right"}),
        "addressee": book.add_format({**base, "bold": True, "font_size": 12}),
        "para": book.add_format({**base, "text_wrap": True, "valign": "top"}),
        "label": book.add_format({**base, "bold": True, "border": 1, "align": "center", "text_wrap": True,
                                  "bg_color": "#F2F2F2"}),
        "label_left": book.add_format({**base, "bold": True}),
        "cell": book.add_format({**base, "border": 1, "text_wrap": True}),
        "center": book.add_format({**base, "border": 1, "align": "center", "text_wrap": True}),
        "date": book.add_format({**base, "border": 1, "align": "center", "num_format": "yyyy-mm-dd"}),
        "int": book.add_format({**base, "border": 1, "align": "center", "num_format": "0"}),
        "box": book.add_format({"border": 1, "valign": "top", "text_wrap": True}),
        "sign": book.add_format({**base, "font_size": 12}),
    }


def _height(cells: list[tuple[str, float]], least: float = 22.0) -> float:
    """Row height for wrapped 11 pt text (``row_height`` counts 10 pt lines)."""
    lines = (row_height(cells) or 0) / 14.0
    return max(least, round(lines * FONT_LINE + 4, 1))


def _paragraph(sheet, row: int, text: str, fmt) -> int:  # noqa: ANN001
    sheet.merge_range(row, 0, row, LAST, "", fmt)
    write_text(sheet, row, 0, text, fmt)
    sheet.set_row(row, _height([(text, sum(WIDTHS) - 4)], 20))
    return row + 1


def _single(sheet, row: int, item: NoticeItem, f: dict) -> int:  # noqa: ANN001
    # Column 0 is narrow: labels take columns 0–1 merged, so each label fits.
    def line(label: str, value: object, height: float | None = None) -> None:
        nonlocal row
        sheet.merge_range(row, 0, row, 1, label, f["label"])
        sheet.merge_range(row, 2, row, LAST, "", f["cell"])
        write_text(sheet, row, 2, value, f["cell"])
        sheet.set_row(row, height or _height([(str(value), sum(WIDTHS[2:]) - 2)]))
        row += 1

    line("项目名称", item.project_name)
    line("项目编号", item.project_code)
    line("建设地点", "、".join(item.locations))
    line("存在问题", item.description, _height([(item.description, sum(WIDTHS[2:]) - 2)], 60))
    line("提出日期", _zh(item.raised_on))
    line("办结时限", _zh(item.deadline))
    line("责任单位", item.unit_name)
    line("责任人", item.responsible_person)
    line("协调层级", LEVEL_ZH[item.level])
    line("当前状态", STATE_ZH[item.state])
    line("逾期情况", f"已逾期{item.overdue_days}天" if item.overdue_days else "未逾期")
    return row


def _listing(sheet, row: int, items: Sequence[NoticeItem], f: dict) -> int:  # noqa: ANN001
    headers = ("序号", "项目名称", "存在问题", "办结时限", "逾期天数", "责任人")
    for col, header in enumerate(headers):
        sheet.write_string(row, col, header, f["label"])
    sheet.set_row(row, 22)
    for number, item in enumerate(items, start=1):
        r = row + number
        sheet.write_number(r, 0, number, f["int"])
        write_text(sheet, r, 1, f"{item.project_name}（{item.project_code}）", f["cell"])
        write_text(sheet, r, 2, item.description, f["cell"])
        write_text(sheet, r, 3, item.deadline.isoformat() if item.deadline else "未定", f["center"])
        sheet.write_number(r, 4, item.overdue_days, f["int"])
        write_text(sheet, r, 5, item.responsible_person, f["center"])
        sheet.set_row(r, _height([(f"{item.project_name}（{item.project_code}）", WIDTHS[1]),
                                  (item.description, WIDTHS[2])]))
    return row + len(items) + 1
