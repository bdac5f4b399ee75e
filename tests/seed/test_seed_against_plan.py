"""The seed data (resources/seed/*.json) checked against the PLAN TEXT itself.

Every quote must be the plan's own words, found in the section or box the record names; every
project named in the key-project boxes (专栏6, 8, 9, 10, 12, 13) must have a record, which this
test finds by parsing the boxes out of the plan file on its own; and every record of those boxes
must be needed (deleting any one of them makes the coverage check fail). The 20 indicators are
compared cell by cell with the table of 专栏2.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest

from jnprojects.domain.indicator_targets import parse_target

ROOT = Path(__file__).resolve().parents[2]
PLAN_PATH = ROOT / "resources" / "plan" / "jining-new-urbanization-plan-2022-2035.txt"
SEED_DIR = ROOT / "resources" / "seed"

KEY_BOXES = (6, 8, 9, 10, 12, 13)

CATEGORIES = {
    # code: (prefix, name_zh, name_en)
    "transport": ("JT", "交通基础设施", "Transport infrastructure"),
    "data_center": ("SJ", "大数据中心", "Data centres"),
    "digital_industry": ("SC", "数字产业", "Digital industry"),
    "environment": ("HB", "生态环保", "Environmental works"),
    "energy": ("NY", "能源", "Energy"),
    "culture_tourism": ("WL", "文化旅游", "Culture & tourism"),
    "urban": ("CS", "城市建设与更新", "Urban construction & renewal"),
    "public_service": ("GF", "公共服务", "Public services"),
    "rural": ("XC", "乡村振兴与城乡融合", "Rural revitalisation"),
}

LOCATIONS = {
    "任城区": "district", "兖州区": "district",
    "曲阜市": "city", "邹城市": "city",
    "微山县": "county", "鱼台县": "county", "金乡县": "county", "嘉祥县": "county",
    "汶上县": "county", "泗水县": "county", "梁山县": "county",
    "济宁高新区": "zone", "太白湖新区": "zone", "济宁经济技术开发区": "zone",
}

# Concrete projects of the running text (chapters 3–8) that must have a record:
# (words of the plan, what the record's name must contain).
RUNNING_TEXT_PROJECTS: tuple[tuple[str, str], ...] = (
    ("济宁北站高铁枢纽", "济宁北站高铁枢纽"),
    ("龙拱港、跃进港、太平港", "龙拱港"),
    ("龙拱港、跃进港、太平港", "跃进港"),
    ("龙拱港、跃进港、太平港", "太平港"),
    ("梁山港、主城港、微山港为主的亿吨大港", "梁山港"),
    ("梁山港、主城港、微山港为主的亿吨大港", "主城港"),
    ("梁山港、主城港、微山港为主的亿吨大港", "微山港"),
    ("规划布局通用机场", "通用机场"),
    ("尼山圣境二期", "尼山圣境二期"),
    ("济宁复兴之路文化科技项目", "济宁复兴之路文化科技项目"),
    ("南阳古镇旅游综合提升", "南阳古镇旅游综合提升"),
    ("推进水泊梁山、邹城两孟创建国家5A级旅游景区", "水泊梁山"),
    ("推进水泊梁山、邹城两孟创建国家5A级旅游景区", "邹城两孟"),
    ("大运河国家文化公园", "大运河国家文化公园"),
    ("“运河记忆”历史文化街区", "运河记忆历史文化街区"),
    ("尼山圣地·鲁源小镇", "尼山圣地·鲁源小镇"),
    ("城市云计算中心", "城市云计算中心"),
    ("鲁西南医养健康大数据中心", "鲁西南医养健康大数据中心"),
    ("兖州国际陆港交通物流大数据中心", "兖州国际陆港交通物流大数据中心"),
    ("京杭大数据产业中心", "京杭大数据产业中心"),
    ("京杭运河济宁段电子航道图", "京杭运河济宁段电子航道图"),
    ("全力打造京杭运河智慧航道", "京杭运河智慧航道"),
    ("全面建成城市运行管理服务平台", "城市运行管理服务平台"),
    ("全市建成各类充换电站630座、充电桩1.6万个", "充换电站"),
    ("30座城市生活污水处理厂完成提标改造", "污水处理厂提标改造"),
    ("实施南四湖湖东堤封闭工程", "南四湖湖东堤封闭工程"),
    ("湖东滞洪区等区域防洪工程", "湖东滞洪区"),
    ("开展洸府河、新万福河、梁济运河上段等河道治理", "洸府河河道治理"),
    ("开展洸府河、新万福河、梁济运河上段等河道治理", "新万福河河道治理"),
    ("开展洸府河、新万福河、梁济运河上段等河道治理", "梁济运河上段河道治理"),
    ("系统化推进海绵城市建设", "海绵城市"),
    ("济宁（矿大）能源科学技术研究院", "济宁（矿大）能源科学技术研究院"),
    ("济宁中科先进技术研究院", "济宁中科先进技术研究院"),
    ("济宁市能源大数据中心", "济宁市能源大数据中心"),
    ("打造济宁中科科技园", "济宁中科科技园"),
    ("济宁市文旅融合大数据中心", "济宁市文旅融合大数据中心"),
    ("邹城大束、泗水龙湾湖、金乡鱼山、曲阜尼山、兖州新兖", "邹城大束"),
    ("邹城大束、泗水龙湾湖、金乡鱼山、曲阜尼山、兖州新兖", "泗水龙湾湖"),
    ("邹城大束、泗水龙湾湖、金乡鱼山、曲阜尼山、兖州新兖", "金乡鱼山"),
    ("邹城大束、泗水龙湾湖、金乡鱼山、曲阜尼山、兖州新兖", "曲阜尼山"),
    ("邹城大束、泗水龙湾湖、金乡鱼山、曲阜尼山、兖州新兖", "兖州新兖"),
    ("市级乡村振兴示范片区300个左右", "市级乡村振兴示范片区"),
    ("加快济宁、邹城国家农业科技园", "济宁国家农业科技园"),
    ("加快济宁、邹城国家农业科技园", "邹城国家农业科技园"),
    ("金乡、嘉祥、泗水国家级现代农业产业园", "金乡国家级现代农业产业园"),
    ("金乡、嘉祥、泗水国家级现代农业产业园", "嘉祥国家级现代农业产业园"),
    ("金乡、嘉祥、泗水国家级现代农业产业园", "泗水国家级现代农业产业园"),
    ("实施农村公路路网提档升级工程", "农村公路路网提档升级工程"),
    ("推进城乡供水一体化巩固提升工程", "城乡供水一体化巩固提升工程"),
)


# ============================================================================ plan text helpers

_BOOKMARK_RE = re.compile(r"\[bookmark:[^\]]*\]")
_HEADING_RE = re.compile(r"^第([一二三四五六七八九十\d]+)([章节])\s")
_DIGITS = dict(zip("123456789", "一二三四五六七八九"))


def _clean(line: str) -> str:
    return _BOOKMARK_RE.sub("", line).strip()


@lru_cache(maxsize=1)
def plan_text() -> str:
    return PLAN_PATH.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def plan_lines() -> tuple[str, ...]:
    return tuple(plan_text().split("\n"))


def _heading(line: str) -> tuple[str, str] | None:
    match = _HEADING_RE.match(_clean(line))
    if not match:
        return None
    number = "".join(_DIGITS.get(ch, ch) for ch in match[1])  # the plan writes 第3节, 第4章 too
    return number, match[2]


@lru_cache(maxsize=1)
def section_texts() -> dict[str, str]:
    """'第三章第六节' -> the text of that section (up to the next section or chapter heading)."""
    lines = plan_lines()
    spans: dict[str, str] = {}
    chapter = None
    current: str | None = None
    buffer: list[str] = []
    for line in lines:
        head = _heading(line)
        if head:
            if current:
                spans[current] = "\n".join(buffer)
            number, kind = head
            if kind == "章":
                chapter, current = number, None
            else:
                current = f"第{chapter}章第{number}节"
            buffer = []
            continue
        buffer.append(line)
    if current:
        spans[current] = "\n".join(buffer)
    return spans


@lru_cache(maxsize=None)
def box_lines(number: int, lines: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The lines of 专栏N (stripped; an empty table cell gives ""): from its heading to two blank
    lines in a row or the next chapter/section heading. ``lines`` replaces the plan (self-tests)."""
    lines = plan_lines() if lines is None else lines
    heading_re = re.compile(rf"^专栏{number}\s")
    starts = [i for i, line in enumerate(lines) if heading_re.match(_clean(line))]
    assert len(starts) == 1, f"专栏{number} heading found {len(starts)} times"
    out: list[str] = []
    blank_run = 0
    for line in lines[starts[0] + 1:]:
        if _heading(line):
            break
        if not line.strip() and "\t" not in line:  # a lone tab is an empty table cell
            blank_run += 1
            if blank_run >= 2 and out:
                break
            continue
        blank_run = 0
        out.append(line.strip())
    assert out, f"专栏{number} is empty"
    return tuple(out)


def box_text(number: int) -> str:
    return "\n".join(box_lines(number))


def source_text(source: str) -> str:
    match = re.fullmatch(r"专栏(\d+)", source)
    if match:
        return box_text(int(match[1]))
    sections = section_texts()
    assert source in sections, f"unknown source {source!r}"
    return sections[source]


# ============================================================================ box item parsing

_QUOTES_RE = re.compile(r"[“”‘’\"《》\s]")
_COUNT_RE = re.compile(r"^\d+[个座项家]")
_RANGE_RE = re.compile(r"^(.*?)(\d+)—(\d+)(号线)$")
_PREFIXES = ("大力推进", "加快推进", "积极争取", "加快", "推进", "推动", "实施", "新建", "依托", "发挥", "建设", "以")
_SUFFIXES = ("建设与应用", "建设", "优势", "落地")
_PROTECT = {"、": "\ue000", "和": "\ue001"}  # separators inside names that must not split


def norm(text: str) -> str:
    return _QUOTES_RE.sub("", text)


def normalize_fragment(raw: str) -> str:
    text = norm(raw)
    changed = True
    while changed:
        changed = False
        for prefix in _PREFIXES:
            if text.startswith(prefix) and len(text) > len(prefix):
                text, changed = text[len(prefix):], True
        count = _COUNT_RE.match(text)
        if count:
            text, changed = text[count.end():], True
    if "等" in text:  # "…洸河路等干路改造", "…等6项污水处理工程", "…等科研机构"
        text = text[: text.index("等")]
    changed = True
    while changed:
        changed = False
        for suffix in _SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix):
                text, changed = text[: -len(suffix)], True
    return text


@dataclass(frozen=True)
class BoxRules:
    split_on_he: bool = False  # also split "A和B" (专栏10 joins facilities with 和)
    shared_suffixes: tuple[str, ...] = ()  # "机场、高铁连接线" -> 机场连接线, 高铁连接线
    keep_whole: tuple[str, ...] = ()  # phrases never split: one project, or a name with 和 in it
    non_projects: frozenset[str] = field(default_factory=frozenset)  # goals, not projects


BOX_RULES: dict[int, BoxRules] = {
    6: BoxRules(
        shared_suffixes=("连接线",),
        non_projects=frozenset({
            "构建都市区三横三纵高速网络",
            "实现内环高架与周边高速高连高",
            "高速高铁高快一体化",
            "打造城区井字形连续流主干道",
            "加强各组团城市的快速化联系",
            "都市区一体化",
            "打造都市区半小时交通圈",
        }),
    ),
    8: BoxRules(),
    9: BoxRules(),
    10: BoxRules(
        split_on_he=True,
        shared_suffixes=("智慧产业项目",),
        keep_whole=("区块链实验室、研发中心", "东方安和"),
        non_projects=frozenset({
            "做大做强自主安全高性能服务器",
            "网络设备",
            "大容量存储",
            "云服务终端",
            "支持信息技术企业向云计算产品",
            "服务提供商转型",
            "中国移动区块链技术储备",
            "生态体系",
            "引进培育一批区块链企业",
            "打造3个具有国家影响力的头部企业",
            "形成完整的卫星导航应用产业链",
        }),
    ),
    12: BoxRules(),
    13: BoxRules(),
}


def _expand_run(raw_elements: list[str], rules: BoxRules) -> list[str]:
    last = norm(raw_elements[-1])
    if "等" in last:
        head, tail = last.split("等", 1)
        for suffix in rules.shared_suffixes:
            if tail.startswith(suffix):
                return [normalize_fragment(e) + suffix for e in raw_elements[:-1]] + [
                    normalize_fragment(head) + suffix
                ]
    elements = [normalize_fragment(e) for e in raw_elements]
    for suffix in rules.shared_suffixes:
        if len(elements) > 1 and elements[-1].endswith(suffix):
            elements = [e if e.endswith(suffix) else e + suffix for e in elements[:-1]] + [elements[-1]]
    expanded: list[str] = []
    for element in elements:
        match = _RANGE_RE.match(element)  # 轨道交通1—5号线 -> 轨道交通1号线 … 5号线
        if match:
            first, last_no = int(match[2]), int(match[3])
            expanded.extend(f"{match[1]}{n}{match[4]}" for n in range(first, last_no + 1))
        else:
            expanded.append(element)
    return expanded


def box_fragments(number: int, lines: tuple[str, ...] | None = None) -> list[str]:
    """Every normalised fragment of the box: one per named item, plus the goal phrases."""
    rules = BOX_RULES[number]
    fragments: list[str] = []
    for line in box_lines(number, lines):
        body = line.split("：", 1)[1] if "：" in line else line  # drop the "高速公路：" label
        for phrase in rules.keep_whole:
            guarded = phrase
            for separator, placeholder in _PROTECT.items():
                guarded = guarded.replace(separator, placeholder)
            body = body.replace(phrase, guarded)
        for clause in re.split(r"[，；。]", body):
            if not clause.strip():
                continue
            parts = clause.split("和") if rules.split_on_he else [clause]
            for part in parts:
                run = [e for e in part.split("、") if e.strip()]
                if not run:
                    continue
                for fragment in _expand_run(run, rules):
                    for separator, placeholder in _PROTECT.items():
                        fragment = fragment.replace(placeholder, separator)
                    if fragment:
                        fragments.append(fragment)
    return fragments


def box_items(number: int, lines: tuple[str, ...] | None = None) -> list[str]:
    return [f for f in box_fragments(number, lines) if f not in BOX_RULES[number].non_projects]


# ============================================================================ seed loading


def _load(name: str) -> list[dict]:
    with (SEED_DIR / name).open(encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture(scope="module")
def categories() -> list[dict]:
    return _load("categories.json")


@pytest.fixture(scope="module")
def locations() -> list[dict]:
    return _load("locations.json")


@pytest.fixture(scope="module")
def projects() -> list[dict]:
    return _load("projects.json")


@pytest.fixture(scope="module")
def indicators() -> list[dict]:
    return _load("indicators.json")


def _counts(projects: list[dict]) -> str:
    counts = Counter(p["category"] for p in projects)
    return f"{len(projects)} records: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))


def _mentions(project: dict) -> list[tuple[str, str]]:
    return [(project["source"], project["quote"])] + [
        (extra["source"], extra["quote"]) for extra in project.get("also_in", [])
    ]


def _records_of_box(projects: list[dict], number: int) -> list[dict]:
    label = f"专栏{number}"
    return [p for p in projects if any(source == label for source, _ in _mentions(p))]


def _covers(project: dict, item: str) -> bool:
    name = norm(project["name"])
    return item in name or (len(name) >= 4 and name in item)


def _uncovered(items: list[str], records: list[dict]) -> list[str]:
    return [item for item in items if not any(_covers(r, item) for r in records)]


# ============================================================================ tests: plan parsing


def test_plan_file_is_the_expected_one() -> None:
    assert len(plan_lines()) in (667, 668)  # 667 lines (+ possibly an empty last element)
    assert "济宁市新型城镇化规划" in plan_text()


def test_sections_are_found() -> None:
    sections = section_texts()
    for chapter, count in (("三", 6), ("四", 4), ("五", 4), ("六", 3), ("七", 4), ("八", 5)):
        for n in "一二三四五六"[:count]:
            assert f"第{chapter}章第{n}节" in sections


@pytest.mark.parametrize("number", KEY_BOXES)
def test_box_parser_sees_items(number: int) -> None:
    items = box_items(number)
    assert items, f"no items parsed from 专栏{number}"
    # Every configured goal phrase must still be in the box, or the exclusion list is stale.
    stale = BOX_RULES[number].non_projects - set(box_fragments(number))
    assert not stale, f"专栏{number}: exclusions no longer in the plan: {sorted(stale)}"


def test_box_parser_on_known_items() -> None:
    assert "轨道交通3号线" in box_items(8)
    assert "机场连接线" in box_items(6) and "高铁连接线" in box_items(6)
    assert "火炬路" in box_items(6)
    assert "东方安和智慧产业项目" in box_items(10)
    assert len(box_items(9)) == 8


@pytest.mark.parametrize(
    ("number", "old", "new", "expected"),
    [
        (6, "实施济安桥路、火炬路、", "实施济安桥路、火炬路、红星路、", "红星路"),
        (8, "、复兴河航道建设。", "、复兴河航道建设、白马河航道建设。", "白马河航道"),
        (8, "轨道交通1—5号线", "轨道交通1—6号线", "轨道交通6号线"),
        (9, "、“航天智云”大数据中心。", "、“航天智云”大数据中心、汶上县大数据中心。", "汶上县大数据中心"),
        (10, "加快北航北斗卫星导航技术研发中心和", "加快北航北斗卫星导航技术研发中心、北斗时空大数据平台和", "北斗时空大数据平台"),
        (12, "新建1座餐厨垃圾处理厂。", "新建1座餐厨垃圾处理厂、1座建筑垃圾处理厂。", "建筑垃圾处理厂"),
        (13, "、华源热电厂，", "、华源热电厂、里彦电厂，", "里彦电厂"),
    ],
)
def test_checker_notices_an_item_added_to_a_box(
    projects: list[dict], number: int, old: str, new: str, expected: str
) -> None:
    """If the plan's box gained an item, the coverage check must name it as missing."""
    lines = plan_lines()
    index = next(i for i, line in enumerate(lines) if old in line and line.strip() in box_lines(number))
    edited = lines[:index] + (lines[index].replace(old, new),) + lines[index + 1:]
    missing = _uncovered(box_items(number, edited), _records_of_box(projects, number))
    assert missing == [expected]


# ============================================================================ tests: categories, locations


def test_categories(categories: list[dict], projects: list[dict]) -> None:
    got = {c["code"]: (c["prefix"], c["name_zh"], c["name_en"]) for c in categories}
    assert got == CATEGORIES
    assert sorted(c["sort_order"] for c in categories) == list(range(1, len(CATEGORIES) + 1))
    for c in categories:
        assert set(c) == {"code", "prefix", "name_zh", "name_en", "sort_order"}
    used = {p["category"] for p in projects}
    assert used == set(CATEGORIES), f"unused categories: {set(CATEGORIES) - used}; {_counts(projects)}"


def test_locations(locations: list[dict]) -> None:
    assert len(locations) == 14
    assert {loc["name"]: loc["kind"] for loc in locations} == LOCATIONS
    codes = [loc["code"] for loc in locations]
    assert len(set(codes)) == 14
    assert {"rencheng", "yanzhou", "gaoxin", "taibaihu", "jingkai"} <= set(codes)
    assert sorted(loc["sort_order"] for loc in locations) == list(range(1, 15))
    for loc in locations:
        assert set(loc) == {"code", "name", "short_name", "kind", "sort_order"}
        assert re.fullmatch(r"[a-z]+", loc["code"]), loc
        assert loc["name"] in plan_text(), loc
        assert loc["short_name"] in plan_text(), loc
        assert loc["short_name"] in loc["name"] or loc["name"].startswith("济宁经济"), loc
    short = {loc["code"]: loc["short_name"] for loc in locations}
    assert short["zoucheng"] == "邹城" and short["qufu"] == "曲阜"
    assert short["gaoxin"] == "高新区" and short["jingkai"] == "济宁经开区"


# ============================================================================ tests: projects


PROJECT_KEYS = {"code", "name", "category", "subcategory", "source", "quote", "target", "locations", "content"}


def test_project_shape(projects: list[dict]) -> None:
    assert len(projects) > 100, _counts(projects)
    for p in projects:
        assert PROJECT_KEYS <= set(p) <= PROJECT_KEYS | {"also_in"}, p
        assert p["name"].strip() == p["name"] and p["name"], p
        assert p["subcategory"], p
        assert isinstance(p["content"], str), p
        assert isinstance(p["locations"], list), p
        for extra in p.get("also_in", []):
            assert set(extra) == {"source", "quote"}, p


def test_codes_unique_and_prefixed(projects: list[dict]) -> None:
    codes = [p["code"] for p in projects]
    dupes = sorted(c for c, n in Counter(codes).items() if n > 1)
    assert not dupes, f"duplicate codes {dupes}; {_counts(projects)}"
    for p in projects:
        prefix = CATEGORIES[p["category"]][0]
        assert re.fullmatch(rf"{prefix}-\d{{3}}", p["code"]), f"{p['code']} vs {p['category']}; {_counts(projects)}"


def test_names_unique(projects: list[dict]) -> None:
    dupes = sorted(n for n, k in Counter(p["name"] for p in projects).items() if k > 1)
    assert not dupes, f"duplicate names {dupes}; {_counts(projects)}"


def test_references_exist(projects: list[dict], categories: list[dict], locations: list[dict]) -> None:
    category_codes = {c["code"] for c in categories}
    location_codes = {loc["code"] for loc in locations}
    for p in projects:
        assert p["category"] in category_codes, f"{p['code']}: {p['category']}; {_counts(projects)}"
        unknown = set(p["locations"]) - location_codes
        assert not unknown, f"{p['code']}: unknown locations {unknown}"
        assert len(p["locations"]) == len(set(p["locations"])), p["code"]


def test_quotes_are_the_plans_words(projects: list[dict]) -> None:
    text = plan_text()
    bad = [
        (p["code"], source, quote)
        for p in projects
        for source, quote in _mentions(p)
        if not quote or quote not in text
    ]
    assert not bad, f"not in the plan: {bad}"


def test_quotes_are_in_their_source(projects: list[dict]) -> None:
    bad = [
        (p["code"], source, quote)
        for p in projects
        for source, quote in _mentions(p)
        if quote not in source_text(source)
    ]
    assert not bad, f"quote not found in the section/box it names: {bad}"


def test_quotes_are_short(projects: list[dict]) -> None:
    # One clause or sentence, not a paragraph.
    long_ = [(p["code"], len(q)) for p in projects for _, q in _mentions(p) if len(q) > 160 or "\n" in q]
    assert not long_, long_


def test_targets(projects: list[dict]) -> None:
    text = plan_text()
    sentences = re.split(r"[。\n]", text)
    for p in projects:
        target = p["target"]
        if target is None:
            continue
        assert set(target) == {"text", "year", "value", "unit"}, p["code"]
        assert target["text"] and target["text"] in text, p["code"]
        if target["value"] is not None:
            Decimal(target["value"])
            assert target["value"] in target["text"], p["code"]
        if target["unit"] is not None:
            assert target["unit"] in target["text"], p["code"]
        if target["year"] is not None:
            assert isinstance(target["year"], int), p["code"]
            around = [s for s in sentences if target["text"] in s]
            assert any(str(target["year"]) in s for s in around), f"{p['code']}: year not stated with target"


def test_locations_are_placed_by_the_plan(projects: list[dict], locations: list[dict]) -> None:
    by_code = {loc["code"]: loc for loc in locations}
    for p in projects:
        words = p["name"] + "".join(q for _, q in _mentions(p))
        for code in p["locations"]:
            loc = by_code[code]
            assert loc["name"] in words or loc["short_name"] in words, (
                f"{p['code']} {p['name']}: the plan does not place it in {loc['name']}"
            )


def test_running_text_projects_have_records(projects: list[dict]) -> None:
    names = [norm(p["name"]) for p in projects]
    missing = []
    for words, name_part in RUNNING_TEXT_PROJECTS:
        assert words in plan_text(), words
        if not any(norm(name_part) in n for n in names):
            missing.append(name_part)
    assert not missing, f"no record for {missing}; {_counts(projects)}"


def test_specific_targets(projects: list[dict]) -> None:
    by_name = {p["name"]: p for p in projects}
    charging = next(p for p in projects if "充换电站" in p["name"])
    assert (charging["target"]["value"], charging["target"]["unit"], charging["target"]["year"]) == ("630", "座", 2025)
    sewage = by_name["城市生活污水处理厂提标改造"]
    assert (sewage["target"]["value"], sewage["target"]["unit"]) == ("30", "座")
    sponge = next(p for p in projects if "海绵城市" in p["name"])
    assert (sponge["target"]["value"], sponge["target"]["year"]) == ("50", 2025)
    for i in range(1, 6):
        assert by_name[f"轨道交通{i}号线"]["quote"] == "轨道交通：轨道交通1—5号线。"


@pytest.mark.parametrize("number", KEY_BOXES)
def test_every_box_item_has_a_record(projects: list[dict], number: int) -> None:
    records = _records_of_box(projects, number)
    missing = _uncovered(box_items(number), records)
    assert not missing, (
        f"专栏{number}: no record for {missing} "
        f"({len(records)} records cite the box; {_counts(projects)})"
    )


@pytest.mark.parametrize("number", KEY_BOXES)
def test_every_box_record_is_needed(projects: list[dict], number: int) -> None:
    """Deleting any single record of the box must leave some box item uncovered."""
    records = _records_of_box(projects, number)
    items = box_items(number)
    not_needed = [
        r["code"] + " " + r["name"]
        for r in records
        if not _uncovered(items, [other for other in records if other is not r])
    ]
    assert not not_needed, f"专栏{number}: records that cover no item of their own: {not_needed}"


def test_box_records_cite_the_box_they_come_from(projects: list[dict]) -> None:
    for number in KEY_BOXES:
        for p in _records_of_box(projects, number):
            for source, quote in _mentions(p):
                if source == f"专栏{number}":
                    assert quote in box_text(number), (p["code"], quote)


def test_no_invented_facts(projects: list[dict]) -> None:
    # The plan gives no dates, investments or responsible units: the seed must not either.
    for p in projects:
        for key in ("total_investment", "planned_start", "planned_end", "lead_units", "units"):
            assert key not in p, p["code"]
        if p["content"]:
            # Content is restated from the plan: its digits must be the plan's digits.
            for number in re.findall(r"\d+(?:\.\d+)?", p["content"]):
                assert number in plan_text(), (p["code"], number)


# ============================================================================ tests: indicators


def _box2_rows() -> list[list[str]]:
    lines = plan_lines()
    start = next(i for i, line in enumerate(lines) if re.match(r"^专栏2\s", _clean(line)))
    rows: list[list[str]] = []
    current: list[str] = []
    for line in lines[start + 1:]:
        if _clean(line).startswith("注："):
            break
        if not line.strip("\n") and current:
            rows.append(current)
            current = []
        elif line.strip("\n"):
            current.append(line.strip())
    if current:
        rows.append(current)
    header, *body = rows
    assert header == ["类别", "序号", "指标名称", "单位", "2021年", "2025年", "2035年"]
    return body


def _parsed(text: str) -> dict:
    target = parse_target(text)
    return {
        "comparator": target.comparator,
        "value": None if target.value is None else str(target.value),
        "cumulative": target.cumulative,
    }


def test_indicators_match_box2(indicators: list[dict]) -> None:
    rows = _box2_rows()
    assert len(rows) == 20
    assert [i["seq"] for i in indicators] == list(range(1, 21))
    group = None
    for row, ind in zip(rows, indicators):
        assert len(row) == 7, row
        group = row[0] or group
        assert ind["group"] == group
        assert (str(ind["seq"]), ind["name"], ind["unit"], ind["value_2021"], ind["target_2025"], ind["target_2035"]) == tuple(row[1:])
    block = box_text(2)
    for ind in indicators:
        for key in ("group", "name", "unit", "value_2021", "target_2025", "target_2035"):
            assert ind[key] in block, (ind["seq"], key)


def test_indicator_parsed_forms(indicators: list[dict]) -> None:
    for ind in indicators:
        for year, key in (("2021", "value_2021"), ("2025", "target_2025"), ("2035", "target_2035")):
            assert ind[f"parsed_{year}"] == _parsed(ind[key]), (ind["seq"], year)


def test_indicator_directions_and_special_cells(indicators: list[dict]) -> None:
    by_name = {i["name"]: i for i in indicators}
    assert [i["name"] for i in indicators if i["direction"] == "lower"] == ["城乡居民收入比"]
    assert all(i["direction"] in ("higher", "lower") for i in indicators)
    ratio = by_name["城乡居民收入比"]
    assert (ratio["unit"], ratio["target_2025"], ratio["target_2035"]) == ("/", "<1.98", "<1.8")
    training = by_name["农民工参加补贴性职业培训人次"]
    assert training["target_2025"] == "[7]"
    assert training["parsed_2025"] == {"comparator": "target", "value": "7", "cumulative": True}
    assert "带[]指标为2021—2025年累计值" in plan_text()
    assert by_name["5G用户普及率"]["parsed_2025"] == {"comparator": ">=", "value": "60", "cumulative": False}
    assert by_name["5G用户普及率"]["parsed_2035"] == {"comparator": "none", "value": None, "cumulative": False}
    cumulative = [i["seq"] for i in indicators for y in ("2021", "2025", "2035") if i[f"parsed_{y}"]["cumulative"]]
    assert cumulative == [18]
