"""Files that must be refused before any parser sees them, each with its own Chinese message."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from jnprojects.exchange.file_guard import Limits, inspect_xlsx
from jnprojects.exchange.problems import FileRefused, refusal_text
from jnprojects.exchange.reader import read_book

from .helpers import SHEET_HEAD, encrypted_ole, minimal_xlsx


def refused(path: Path, limits: Limits | None = None) -> FileRefused:
    with pytest.raises(FileRefused) as info:
        read_book(path, limits) if limits else read_book(path)
    return info.value


def test_csv_with_an_xlsx_extension_is_not_a_spreadsheet(tmp_path):
    path = tmp_path / "台账.xlsx"
    path.write_text("项目编号,项目名称\nJT-001,京雄商高铁济宁段\n", encoding="utf-8")
    error = refused(path)
    assert error.code == "not_spreadsheet"
    assert "不是Excel工作簿" in refusal_text(error) and "台账.xlsx" in refusal_text(error)


def test_random_bytes_and_empty_files_are_not_spreadsheets(tmp_path):
    noise = tmp_path / "noise.xls"
    noise.write_bytes(os.urandom(4096))
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert refused(noise).code == "not_spreadsheet"
    assert refused(empty).code == "not_spreadsheet"


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "文档.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    assert refused(path).code == "not_spreadsheet"


def test_an_encrypted_workbook_is_refused_with_the_password_message(tmp_path):
    path = encrypted_ole(tmp_path / "加密.xlsx")
    error = refused(path)
    assert error.code == "encrypted"
    assert "密码" in refusal_text(error)


def test_a_truncated_workbook_is_corrupt(tmp_path):
    good = minimal_xlsx(tmp_path / "good.xlsx", SHEET_HEAD + "<sheetData/></worksheet>")
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(good.read_bytes()[:200])
    error = refused(bad)
    assert error.code == "corrupt"
    assert "损坏" in refusal_text(error)


def test_a_zip_bomb_is_refused_before_inflating(tmp_path):
    # A sheet that inflates to 110 MB of blanks from a file of about 100 KB.
    filler = b" " * (110 * 1024 * 1024)
    path = minimal_xlsx(tmp_path / "bomb.xlsx", SHEET_HEAD.encode() + filler + b"<sheetData/></worksheet>", level=9)
    assert path.stat().st_size < 1024 * 1024
    error = refused(path)
    assert error.code == "zip_bomb"
    assert "疑似恶意文件" in refusal_text(error) and "sheet1.xml" in refusal_text(error)


def test_a_lying_size_is_caught_while_inflating(tmp_path):
    # Small declared limits make an ordinary part "too big" while streaming: the counter, not the
    # central directory, stops it.
    path = minimal_xlsx(tmp_path / "ok.xlsx", SHEET_HEAD + "<sheetData>" + "<row/>" * 5000 + "</sheetData></worksheet>")
    error = refused(path, Limits(max_part_bytes=64 * 1024 * 1024, max_total_bytes=20_000))
    assert error.code == "zip_bomb"


def test_billion_laughs_inside_a_workbook_is_refused(tmp_path):
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
              + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
              '<c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    path = minimal_xlsx(tmp_path / "laughs.xlsx", laughs)
    error = refused(path)
    assert error.code == "xml_entities"
    assert "实体" in refusal_text(error)


def test_entities_in_another_encoding_are_refused_too(tmp_path):
    laughs = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]>'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>')
    path = minimal_xlsx(tmp_path / "utf16.xlsx", laughs.encode("utf-16"))
    assert refused(path).code == "xml_entities"


def test_a_sheet_claiming_a_million_rows_is_refused(tmp_path):
    sheet = SHEET_HEAD + '<dimension ref="A1:Z1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>'
    path = minimal_xlsx(tmp_path / "huge.xlsx", sheet)
    error = refused(path)
    assert error.code == "too_many_cells"
    assert "A1:Z1048576" in refusal_text(error)


def test_rows_beyond_the_limit_are_refused_without_a_dimension(tmp_path):
    sheet = SHEET_HEAD + '<sheetData><row r="900000"><c r="A900000"><v>1</v></c></row></sheetData></worksheet>'
    assert refused(minimal_xlsx(tmp_path / "far.xlsx", sheet)).code == "too_many_cells"


def test_a_file_over_the_size_limit_is_refused(tmp_path):
    path = minimal_xlsx(tmp_path / "big.xlsx", SHEET_HEAD + "<sheetData/></worksheet>")
    error = refused(path, Limits(max_file_bytes=100))
    assert error.code == "too_large" and "过大" in refusal_text(error)


def test_formula_cells_without_cached_values_and_error_cells_are_flagged(tmp_path):
    sheet = (SHEET_HEAD + '<sheetData><row r="1"><c r="A1"><f>1+1</f></c><c r="B1"><f>1+2</f><v>3</v></c>'
             '<c r="C1" t="e"><f>NA()</f><v>#N/A</v></c><c r="D1" t="str"><f>""</f><v></v></c></row></sheetData></worksheet>')
    book = read_book(minimal_xlsx(tmp_path / "f.xlsx", sheet))
    cells = book.sheets[0].bad_cells
    assert cells == {(0, 0): ("formula_no_value", "=1+1"), (0, 2): ("cell_error", "#N/A")}
    assert book.sheets[0].rows[0][1] == 3


@pytest.mark.parametrize("before", ["", "<c r=\"A1\" t=\"inlineStr\"><is><t>" + "off " * 400 + "</t></is></c>"])
def test_a_formula_without_a_value_is_flagged_wherever_its_element_is_found(tmp_path, before):
    # The scan looks for formulas from the sheet's letters f: one is found after hundreds of
    # them, with a namespace prefix, and a data validation's <formula1> is no formula cell.
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
             f'<x:row r="1">{before.replace("<", "<x:").replace("<x:/", "</x:")}'
             '<x:c r="B1"><x:f>1+1</x:f></x:c></x:row></x:sheetData>'
             '<x:dataValidations count="1"><x:dataValidation sqref="C1"><x:formula1>0</x:formula1>'
             '</x:dataValidation></x:dataValidations></x:worksheet>')
    facts = inspect_xlsx(minimal_xlsx(tmp_path / "f.xlsx", sheet))
    assert facts.bad_cells == {"推进情况表": {(0, 1): ("formula_no_value", "=1+1")}}
    validation_only = SHEET_HEAD + ('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'
                                    '<dataValidations count="1"><dataValidation sqref="C1"><formula1>0</formula1>'
                                    '</dataValidation></dataValidations></worksheet>')
    assert inspect_xlsx(minimal_xlsx(tmp_path / "v.xlsx", validation_only)).bad_cells == {}
