"""Import problems and refusals: codes with parameters, and the Chinese sentence for each.

The exchange and service layers report problems as :class:`Problem` records (a code plus where it
was found and what was expected) and refuse whole files with :class:`FileRefused` (a
``DomainError``). This module is Qt-free on purpose: the same sentences are printed by the CLI and
shown by the import dialogs, and the files the office exchanges are Chinese-only.

Invariants:

* every code a reader, importer or service raises or records has a template here (a test checks it);
* a :class:`Problem` with a ``row`` always names its ``sheet``; ``row`` is the 1-based Excel row
  number and ``column`` the Excel column letter, exactly as the user sees them in Excel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..domain.errors import DomainError


class FileRefused(DomainError):
    """The whole file cannot be imported (not a spreadsheet, encrypted, unsafe, wrong database …).

    Nothing has been written when this is raised. ``params`` fill :func:`refusal_text`.
    """


class Cancelled(DomainError):
    """The user cancelled a long export or import; nothing was written or replaced."""

    def __init__(self) -> None:
        super().__init__("cancelled")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one cell (or row, or sheet) of an imported file.

    ``value`` is the text found in the cell (shown verbatim); ``expected`` says what would have
    been accepted. ``params`` carry extra facts for the sentence (the first row of a duplicate …).
    """

    code: str
    sheet: str = ""
    row: int | None = None
    column: str = ""
    value: str = ""
    expected: str = ""
    header: str = ""
    params: tuple[tuple[str, Any], ...] = field(default_factory=tuple)

    @property
    def where(self) -> str:
        """'推进情况表 第12行 G列（总投资）' — the place in the terms Excel shows."""
        parts = [f"工作表“{self.sheet}”"] if self.sheet else []
        if self.row is not None:
            parts.append(f"第{self.row}行")
        if self.column:
            parts.append(f"{self.column}列" + (f"（{self.header}）" if self.header else ""))
        elif self.header:
            parts.append(f"“{self.header}”列")
        return " ".join(parts)


# Cell and row problems. {value}/{expected} come from the Problem; other names from params.
_PROBLEMS: dict[str, str] = {
    "unknown_code": "项目编号“{value}”在本数据库中不存在",
    "missing_code": "这一行填写了内容，但没有项目编号",
    "duplicate_row": "与第{first_row}行重复（同一项目或里程碑只能出现一次）",
    "end_before_start": "竣工日期{value}早于开工日期{start}",
    "bad_date": "“{value}”不是可识别的日期",
    "bad_money": "“{value}”不是可识别的金额",
    "negative_money": "金额“{value}”为负数，投资额不能为负",
    "bad_percent": "“{value}”不是可识别的百分比",
    "percent_range": "进度“{value}”不在0到100之间",
    "formula_no_value": "该单元格是公式“{value}”，但文件中没有保存计算结果",
    "cell_error": "单元格是错误值“{value}”",
    "name_mismatch": "项目名称与编号不符：文件中为“{value}”，本库中该编号的项目是“{expected}”",
    "unknown_milestone": "项目{code}没有名为“{value}”的里程碑",
    "milestone_mismatch": "里程碑名称与序号不符：文件中为“{value}”，本库中第{seq}个里程碑是“{expected}”",
    "missing_name": "这一行没有项目名称",
    "unknown_category": "类别“{value}”不存在",
    "unknown_location": "建设地点“{value}”中没有可识别的县（市、区）",
    "bad_level": "级别“{value}”无法识别",
    "bad_kind": "“{value}”无法识别为新开工或续建",
    "national_code_conflict": "投资项目代码“{value}”已属于另一个项目“{other}”",
    "text_too_long": "内容过长（{length}字），超过{limit}字的上限",
    "missing_column": "缺少必需的列“{value}”",
    "no_category": "未能确定新项目的类别：台账中没有“类别”列，请选择一个默认类别",
}

_EXPECTED_DEFAULTS: dict[str, str] = {
    "bad_date": "日期，如2025-06-30、2025/6/30、2025.6.30或2025年6月30日",
    "bad_money": "以万元计的数字（如1200）；列标题注明亿元的按亿元填写",
    "negative_money": "不小于0的金额",
    "bad_percent": "0到100之间的数字，如85或85%",
    "percent_range": "0到100之间的数字",
    "formula_no_value": "在Excel中打开并保存后再导入，或直接填写数值",
    "cell_error": "可识别的值（请修正公式或直接填写数值）",
    "unknown_code": "本库中已有的项目编号（请勿修改导出表中的编号）",
    "missing_code": "导出表或填报表中原有的项目编号",
}

# Whole-file refusals (FileRefused.code).
_REFUSALS: dict[str, str] = {
    "not_spreadsheet": "“{name}”不是Excel工作簿（.xlsx或.xls）。CSV、WPS、ODS等格式请先在Excel/WPS中另存为.xlsx。未导入任何内容。",
    "encrypted": "“{name}”设置了打开密码（已加密），程序无法读取。请在Excel中取消密码后另存，再导入。未导入任何内容。",
    "corrupt": "“{name}”已损坏或无法读取（{detail}）。未导入任何内容。",
    "too_large": "“{name}”过大（{size}），超过{limit}的上限。未导入任何内容。",
    "zip_bomb": "“{name}”中的“{part}”解压后过大或压缩比异常，疑似恶意文件，已拒绝。未导入任何内容。",
    "xml_entities": "“{name}”中的“{part}”含有XML实体或文档类型声明，疑似恶意文件，已拒绝。未导入任何内容。",
    "too_many_cells": "“{name}”的工作表“{sheet}”声明的范围{ref}过大（上限{limit}行），已拒绝，未导入任何内容。请删除多余的空行空列后另存再导入。",
    "unknown_layout": "“{name}”中没有可识别的工作表：应为本程序导出的推进情况表或生成的填报表（含“项目编号”列）。",
    "newer_format": "“{name}”由更新版本的程序生成（格式版本{found}，本程序支持{supported}），请升级程序后再导入。",
    "other_database": "“{name}”是为另一个数据库生成的（数据库标识{found}），不能导入当前数据库（{expected}）。",
    "other_period": "“{name}”对应{found}，当前为{expected}。如确需补录{found}的数据，请确认后再导入。",
    "no_period": "无法确定“{name}”对应的月份：缺少隐藏的识别信息，标题中也没有“截至某年某月某日”。",
    "has_problems": "文件中有{count}处问题，未导入任何内容。请修改后重新导入，或选择“跳过有错误的行”只导入无误的行。",
    "stale_preview": "预览之后数据库中的数据已被修改（{detail}），为避免覆盖，请重新预览后再导入。",
    "no_header": "“{name}”的工作表中未找到表头行（应含“{header}”）。",
    "no_name_column": "表头对应关系中没有“项目名称”，无法识别项目。",
    "readonly": "数据库以只读方式打开，不能导入。",
    "cancelled": "已取消，数据库未作任何修改。",
    "write_failed": "无法写入“{path}”（{detail}），原有文件未被改动。",
}


def problem_text(problem: Problem) -> str:
    """One Chinese sentence: place, what is wrong, what was found and what would be accepted."""
    params = {"value": problem.value, "expected": problem.expected, **dict(problem.params)}
    template = _PROBLEMS.get(problem.code, problem.code)
    try:
        body = template.format(**params)
    except (KeyError, IndexError):
        body = f"{problem.code}：{problem.value}"
    expected = problem.expected or _EXPECTED_DEFAULTS.get(problem.code, "")
    if expected and "{expected}" not in template:
        body += f"；应为：{expected}"
    where = problem.where
    return f"{where}：{body}。" if where else f"{body}。"


def refusal_text(error: DomainError) -> str:
    """The sentence for a :class:`FileRefused` / :class:`Cancelled` (or any import-related code)."""
    template = _REFUSALS.get(error.code)
    if template is None:
        return str(error)
    params = {k: _shown(v) for k, v in error.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


def size_text(size: int) -> str:
    """'12.3 MB' for refusal messages."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, size // 1024)} KB"


def known_codes() -> set[str]:
    """Every code with a sentence (for tests and for the UI to decide whom to ask)."""
    return set(_PROBLEMS) | set(_REFUSALS)
