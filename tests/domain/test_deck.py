"""The review deck's slide list for a known database: which slides, in which order, how lists split."""

from __future__ import annotations

from datetime import date

from jnprojects.domain.dashboard_data import ProjectSnapshot
from jnprojects.domain.deck import ROWS_PER_SLIDE, DeckProject, SlideKind, build_deck, split
from jnprojects.domain.model import Project, Stage
from jnprojects.domain.query import ProjectFilter
from jnprojects.domain.status import Light, ProjectStatus
from jnprojects.services import deck as deck_service
from jnprojects.services.monthly_close import close_period
from jnprojects.store import projects as project_store
from tests.services.small_db import D, make_small

K = SlideKind


def _outline(deck) -> list[tuple[str, str, int, int]]:
    return [(s.kind.value, s.title, s.part, s.parts) for s in deck.slides]


def test_slides_of_the_small_database_in_order(workspace) -> None:
    make_small(workspace)
    deck = deck_service.build(workspace, D)
    assert _outline(deck) == [
        ("cover", "", 1, 1),
        ("overview", "", 1, 1),
        ("category", "交通基础设施", 1, 1),
        ("category", "大数据中心", 1, 1),
        ("attention", "", 1, 1),
        ("milestones", "", 1, 1),
        ("indicators", "", 1, 2),
        ("indicators", "", 2, 2),
        ("changes", "", 1, 1),
    ]
    cover, overview, transport, data, attention, due, ind1, ind2, changes = deck.slides
    assert cover.total == 4
    assert (cover.count(Light.RED), cover.count(Light.YELLOW), cover.count(Light.NO_SCHEDULE),
            cover.count(Light.COMPLETED), cover.count(Light.GREEN)) == (1, 1, 1, 1, 0)
    assert [c.category_code for c in overview.categories] == ["transport", "data_center"]
    assert [p.code for p in transport.projects] == ["JT-901", "JT-902"]  # red, then yellow
    assert [p.code for p in data.projects] == ["SJ-901", "SJ-902"]  # no schedule before completed
    assert [p.code for p in attention.projects] == ["JT-901"]
    # The red project's overdue milestone is not "due"; the completed project's node is not chased.
    assert [(d.project_code, d.milestone_name, d.days_until) for d in due.due] == [("JT-902", "施工许可", 18)]
    assert [len(ind1.indicators), len(ind2.indicators)] == [10, 10]
    assert changes.comparison is None  # no month closed: the slide says so
    assert deck.projects[attention.projects[0].id].name == "测试快速路"


def test_filter_narrows_every_slide_and_names_the_scope(workspace) -> None:
    make_small(workspace)
    deck = deck_service.build(workspace, D, ProjectFilter(category="data_center"))
    assert [s.kind for s in deck.slides] == [K.COVER, K.OVERVIEW, K.CATEGORY, K.ATTENTION, K.MILESTONES,
                                            K.INDICATORS, K.INDICATORS, K.CHANGES]
    assert deck.slides[0].total == 2
    assert deck.slides[3].projects == ()  # no red project in scope: one slide saying so
    assert deck.scope.category == "大数据中心"


def test_a_long_category_continues_on_further_slides_red_and_yellow_first(workspace) -> None:
    ids = make_small(workspace)
    for n in range(10):  # ten transport projects without dates: "no schedule"
        project_store.save(workspace.db, Project(f"JT-95{n}", f"补充项目{n}", "transport", stage=Stage.PLANNED),
                           workspace.user)
    deck = deck_service.build(workspace, D)
    transport = [s for s in deck.slides if s.kind == K.CATEGORY and s.category_code == "transport"]
    per_slide = ROWS_PER_SLIDE[K.CATEGORY]
    assert [(s.part, s.parts, len(s.projects)) for s in transport] == [(1, 2, per_slide), (2, 2, 12 - per_slide)]
    assert all(s.total == 12 and s.count(Light.NO_SCHEDULE) == 10 for s in transport)
    first = [p.code for p in transport[0].projects]
    assert first[:2] == ["JT-901", "JT-902"]
    assert [p.code for s in transport for p in s.projects][2:] == [f"JT-95{n}" for n in range(10)]
    assert ids["JT-901"] in deck.projects


def test_changes_against_the_latest_closed_month(workspace) -> None:
    ids = make_small(workspace)
    close_period(workspace, "2026-06")  # on 30 June 主体完工 was 29 days late: yellow
    changes = deck_service.build(workspace, D).slides[-1].comparison
    assert changes is not None and changes.previous == "2026-06"
    assert [(c.project_id, c.before, c.after) for c in changes.new_reds] == [(ids["JT-901"], Light.YELLOW, Light.RED)]
    # A month counts once it has ended by the deck's date: on 30 June itself June is "the last closed".
    assert deck_service.build(workspace, date(2026, 6, 30)).slides[-1].comparison.previous == "2026-06"
    assert deck_service.build(workspace, date(2026, 6, 29)).slides[-1].comparison is None


def _red(n: int) -> DeckProject:
    snap = ProjectSnapshot(n, f"X-{n:03d}", f"项目{n}", "transport", "交通基础设施", None, None, None, None,
                           ProjectStatus(Light.RED, Light.RED))
    return DeckProject(snap, lead_units="市交通运输局", contact="张三 0537-1234567")


def test_attention_list_splits_at_a_fixed_number_of_rows() -> None:
    per_slide = ROWS_PER_SLIDE[K.ATTENTION]
    deck = build_deck(D, [_red(n) for n in range(per_slide * 2 + 1)], [], None, ["transport"])
    attention = [s for s in deck.slides if s.kind == K.ATTENTION]
    assert [(s.part, s.parts, len(s.projects)) for s in attention] == [
        (1, 3, per_slide), (2, 3, per_slide), (3, 3, 1)]
    assert [p.code for s in attention for p in s.projects] == [f"X-{n:03d}" for n in range(per_slide * 2 + 1)]


def test_split() -> None:
    assert split([], 3) == [()]
    assert split([1, 2, 3, 4], 3) == [(1, 2, 3), (4,)]
    assert split([1, 2, 3], 3) == [(1, 2, 3)]
