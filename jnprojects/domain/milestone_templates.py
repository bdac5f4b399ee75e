"""Standard milestones (节点) per project category, as the office tracks them.

A project first goes through its approvals (前期手续: 立项/备案, 用地预审, 环评, 节能审查, 规划许可,
施工许可), then construction: 开工, 主体完工, 竣工验收. Some categories add a node of their own
(a data centre's equipment commissioning, an energy project's grid connection) or drop approvals
that do not apply (an old-neighbourhood renovation needs no land pre-examination).

Invariants of every template (checked by the tests):

* nodes carry no dates (the user fills them in) and ``seq`` runs 1, 2, 3 … in order;
* weights are set on every node and sum to exactly 100, so the weighted progress
  (``status.compute_status``) is a percentage; approvals weigh 0–5 each because paperwork is a
  small share of the work, construction nodes carry the rest;
* node names are the same words across categories, so a dashboard can compare them.

Approvals that lapse when work does not start in time (环评, 施工许可, 用地预审) are listed in
:data:`LAPSING`; the UI asks for their ``valid_until`` and can suggest it with
:func:`validity_months`.
"""

from __future__ import annotations

from .model import Milestone

# Canonical node names.
APPROVAL = "立项/备案"
LAND_PRE_EXAM = "用地预审"
EIA = "环评"
ENERGY_REVIEW = "节能审查"
PLANNING_PERMIT = "规划许可"
CONSTRUCTION_PERMIT = "施工许可"
START = "开工"
MAIN_WORKS_DONE = "主体完工"
EQUIPMENT_COMMISSIONED = "设备安装调试"
GRID_CONNECTED = "并网投运"
ACCEPTANCE = "竣工验收"

#: Approvals (前期手续) in their usual order.
APPROVALS: tuple[str, ...] = (APPROVAL, LAND_PRE_EXAM, EIA, ENERGY_REVIEW, PLANNING_PERMIT, CONSTRUCTION_PERMIT)

#: Approvals that lapse when construction does not start in time, with the usual validity in
#: months from approval: 施工许可 must be used within 3 months, an 环评 approval needs
#: re-examination after 5 years, a 用地预审 opinion is valid for 3 years.
_VALIDITY_MONTHS: dict[str, int] = {CONSTRUCTION_PERMIT: 3, EIA: 60, LAND_PRE_EXAM: 36}
LAPSING: frozenset[str] = frozenset(_VALIDITY_MONTHS)

#: Category codes that have a template of their own or share the generic one.
CATEGORY_CODES: tuple[str, ...] = (
    "transport", "data_center", "digital_industry", "environment", "energy",
    "culture_tourism", "urban", "public_service", "rural",
)

# (name, weight) per template. Approvals 20 + 开工 10 + 主体完工 50 + 竣工验收 20 = 100.
_GENERIC: tuple[tuple[str, float], ...] = (
    (APPROVAL, 3), (LAND_PRE_EXAM, 3), (EIA, 3), (ENERGY_REVIEW, 3), (PLANNING_PERMIT, 3),
    (CONSTRUCTION_PERMIT, 5), (START, 10), (MAIN_WORKS_DONE, 50), (ACCEPTANCE, 20),
)

# Data centres: 节能审查 is the hard approval (energy quota), and fitting out servers, power and
# cooling is a phase of its own after the building is up.
_DATA_CENTER: tuple[tuple[str, float], ...] = (
    (APPROVAL, 3), (LAND_PRE_EXAM, 2), (EIA, 3), (ENERGY_REVIEW, 5), (PLANNING_PERMIT, 3),
    (CONSTRUCTION_PERMIT, 4), (START, 10), (MAIN_WORKS_DONE, 35), (EQUIPMENT_COMMISSIONED, 15),
    (ACCEPTANCE, 20),
)

# Energy (power plants, grids, storage): grid connection is the milestone the province counts.
_ENERGY: tuple[tuple[str, float], ...] = (
    (APPROVAL, 3), (LAND_PRE_EXAM, 3), (EIA, 3), (ENERGY_REVIEW, 3), (PLANNING_PERMIT, 3),
    (CONSTRUCTION_PERMIT, 5), (START, 10), (MAIN_WORKS_DONE, 40), (GRID_CONNECTED, 10),
    (ACCEPTANCE, 20),
)

# Digital industry parks and factories mostly build on land already zoned industrial, but still
# need 节能审查 for their power use.
_DIGITAL_INDUSTRY: tuple[tuple[str, float], ...] = (
    (APPROVAL, 4), (EIA, 4), (ENERGY_REVIEW, 4), (PLANNING_PERMIT, 4), (CONSTRUCTION_PERMIT, 4),
    (START, 10), (MAIN_WORKS_DONE, 50), (ACCEPTANCE, 20),
)

# Urban renewal (城市更新, 老旧小区改造, pipe networks) works on existing urban land: no 用地预审,
# and 环评/节能审查 are usually exempt.
_URBAN: tuple[tuple[str, float], ...] = (
    (APPROVAL, 5), (PLANNING_PERMIT, 5), (CONSTRUCTION_PERMIT, 5),
    (START, 10), (MAIN_WORKS_DONE, 55), (ACCEPTANCE, 20),
)

# Rural projects (roads, water supply, villages): small, rarely need 用地预审 or 节能审查.
_RURAL: tuple[tuple[str, float], ...] = (
    (APPROVAL, 5), (EIA, 3), (PLANNING_PERMIT, 3), (CONSTRUCTION_PERMIT, 4),
    (START, 10), (MAIN_WORKS_DONE, 55), (ACCEPTANCE, 20),
)

_TEMPLATES: dict[str, tuple[tuple[str, float], ...]] = {
    "transport": _GENERIC,
    "data_center": _DATA_CENTER,
    "digital_industry": _DIGITAL_INDUSTRY,
    "environment": _GENERIC,
    "energy": _ENERGY,
    "culture_tourism": _GENERIC,
    "urban": _URBAN,
    "public_service": _GENERIC,
    "rural": _RURAL,
}


def template_for(category_code: str) -> list[Milestone]:
    """Fresh, undated milestones for a category (an unknown code gets the generic template).

    A new list of new ``Milestone`` objects each call, so the caller may edit them freely.
    """
    nodes = _TEMPLATES.get(category_code, _GENERIC)
    return [Milestone(name=name, weight=float(weight), seq=i) for i, (name, weight) in enumerate(nodes, start=1)]


def is_lapsing(name: str) -> bool:
    """Whether a node is an approval that lapses (so the UI should ask for ``valid_until``)."""
    return name.strip() in LAPSING


def validity_months(name: str) -> int | None:
    """Usual validity of a lapsing approval in months from its approval date, else ``None``.

    Only a suggestion for pre-filling ``valid_until``: the approval document's own date wins.
    """
    return _VALIDITY_MONTHS.get(name.strip())
