"""The briefing pack: a PDF with one landscape page per slide, project names as text and the bundled
font embedded; PNG slides; cancel leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from jnprojects.domain.query import ProjectFilter
from jnprojects.exchange.problems import Cancelled
from jnprojects.services import deck as deck_service
from jnprojects.services.workspace import open_workspace
from jnprojects.ui.review.export import export_deck, write_pack
from jnprojects.ui.review.fonts import FAMILY, load_fonts
from tests.services.small_db import D, make_small

NAMES = ("测试快速路", "测试港口", "测试数据中心", "测试机房")


@pytest.fixture
def readonly_ws(qapp, workspace):
    make_small(workspace)
    ws = open_workspace(workspace.path, readonly=True, user="viewer")
    yield ws
    ws.close()


def test_pdf_has_a_landscape_page_per_slide_with_the_names_as_text(readonly_ws, tmp_path: Path) -> None:
    out = tmp_path / "汇报.pdf"
    result = export_deck(readonly_ws, out, D)
    reader = PdfReader(out)
    assert result.slides == len(reader.pages) == 9
    assert all(page.mediabox.width > page.mediabox.height for page in reader.pages)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for name in NAMES:
        assert name in text
    assert "9 / 9" in reader.pages[-1].extract_text().replace("\t", " ")  # the slide counter
    fonts = {f.get_object()["/BaseFont"] for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert any("NotoSansSCJN" in str(font) for font in fonts)
    assert not list(tmp_path.glob(".*.part"))


def test_the_filter_narrows_the_pack(readonly_ws, tmp_path: Path) -> None:
    out = tmp_path / "data.pdf"
    export_deck(readonly_ws, out, D, ProjectFilter(category="data_center"))
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "测试数据中心" in text and "测试快速路" not in text


def test_png_slides_and_cancel(readonly_ws, tmp_path: Path) -> None:
    deck = deck_service.build(readonly_ws, D)
    done: list[tuple[int, int]] = []
    result = write_pack(deck, tmp_path / "slides", lambda d, t: done.append((d, t)), png_size=(1366, 768))
    assert [p.name for p in result.files][:2] == ["slide-1.png", "slide-2.png"]
    assert len(list((tmp_path / "slides").glob("*.png"))) == 9 and done[-1] == (9, 9)
    calls = iter([False, False, True])
    with pytest.raises(Cancelled):
        write_pack(deck, tmp_path / "cancelled", cancel=lambda: next(calls))
    assert list((tmp_path / "cancelled").glob("*.png")) == []
    old = tmp_path / "old.pdf"
    old.write_bytes(b"older pack")
    with pytest.raises(Cancelled):
        write_pack(deck, old, cancel=lambda: True)
    assert old.read_bytes() == b"older pack" and not list(tmp_path.glob(".*.part"))


def test_the_bundled_font_is_used(qapp) -> None:
    assert load_fonts() == FAMILY


def test_a_pack_from_the_demo_database_says_demo_on_every_page(qapp, demo_ws, readonly_ws, tmp_path: Path) -> None:
    demo_pdf, office_pdf = tmp_path / "demo.pdf", tmp_path / "office.pdf"
    export_deck(demo_ws, demo_pdf, D, ProjectFilter(category="energy"))
    export_deck(readonly_ws, office_pdf, D)
    assert all("DEMO DATA" in page.extract_text().replace("\t", " ") for page in PdfReader(demo_pdf).pages)
    assert not any("DEMO" in page.extract_text() for page in PdfReader(office_pdf).pages)
