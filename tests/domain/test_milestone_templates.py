"""Standard milestone templates per category."""

from __future__ import annotations

import pytest

from jnprojects.domain.milestone_templates import (
    APPROVALS,
    CATEGORY_CODES,
    LAPSING,
    is_lapsing,
    template_for,
    validity_months,
)

ALL_CODES = [*CATEGORY_CODES, "no_such_category", ""]


@pytest.mark.parametrize("code", ALL_CODES)
def test_template_invariants(code: str) -> None:
    nodes = template_for(code)
    names = [m.name for m in nodes]
    assert len(names) == len(set(names))
    assert [m.seq for m in nodes] == list(range(1, len(nodes) + 1))
    assert all(m.planned_date is None and m.actual_date is None and m.valid_until is None for m in nodes)
    assert all(m.weight is not None for m in nodes)
    assert sum(m.weight or 0 for m in nodes) == pytest.approx(100)
    # Approvals are paperwork: 0-5 points each, always before construction starts.
    approvals = [m for m in nodes if m.name in APPROVALS]
    assert approvals and all(0 <= (m.weight or 0) <= 5 for m in approvals)
    assert names.index("开工") > max(names.index(m.name) for m in approvals)
    assert names[-1] == "竣工验收"
    assert {"立项/备案", "施工许可", "开工", "主体完工", "竣工验收"} <= set(names)


def test_unknown_code_gets_generic() -> None:
    generic = [m.name for m in template_for("no_such_category")]
    assert generic == ["立项/备案", "用地预审", "环评", "节能审查", "规划许可", "施工许可", "开工", "主体完工", "竣工验收"]
    assert [m.name for m in template_for("transport")] == generic


def test_category_specific_nodes() -> None:
    assert "设备安装调试" in [m.name for m in template_for("data_center")]
    assert "并网投运" in [m.name for m in template_for("energy")]
    assert "用地预审" not in [m.name for m in template_for("urban")]


def test_template_is_fresh_each_call() -> None:
    first = template_for("urban")
    first[0].name = "changed"
    assert template_for("urban")[0].name == "立项/备案"


def test_lapsing_approvals() -> None:
    assert LAPSING == {"环评", "施工许可", "用地预审"}
    assert is_lapsing(" 施工许可 ") and not is_lapsing("开工")
    assert validity_months("施工许可") == 3
    assert validity_months("环评") == 60
    assert validity_months("用地预审") == 36
    assert validity_months("主体完工") is None
