"""The sentences for status reasons: Chinese in the offices' own wording (the default), or English.

A :class:`~.status.Reason` is a code with parameters; :func:`reason_text` is the only place that
turns one into words, so the dashboard, the sheets, the deck and the snapshots say the same thing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from .status import Light, Reason
from .thresholds import plain_number

_LIGHT_ZH = {
    Light.GREEN: "绿灯",
    Light.YELLOW: "黄灯",
    Light.RED: "红灯",
    Light.COMPLETED: "已竣工",
    Light.NOT_STARTED: "未到开工时间",
    Light.SUSPENDED: "暂停",
    Light.NO_SCHEDULE: "无计划日期",
}
_LIGHT_EN = {
    Light.GREEN: "green",
    Light.YELLOW: "yellow",
    Light.RED: "red",
    Light.COMPLETED: "completed",
    Light.NOT_STARTED: "not started",
    Light.SUSPENDED: "suspended",
    Light.NO_SCHEDULE: "no schedule",
}
_BASIS_ZH = {"weights": "节点进度", "reported": "形象进度", "investment": "投资完成率"}
_BASIS_EN = {"weights": "Milestone progress", "reported": "Reported progress", "investment": "Investment completion"}


def _zh_date(value: object) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if isinstance(value, date) else str(value)


def _zh_month(value: object) -> str:
    return f"{value.year}年{value.month}月" if isinstance(value, date) else str(value)


def _iso(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _en_month(value: object) -> str:
    return value.strftime("%B %Y") if isinstance(value, date) else str(value)


def _pct(value: object) -> str:
    return plain_number(float(value)) if isinstance(value, (int, float, Decimal)) else str(value)


def _text_zh(r: Reason) -> str:
    p = r.param_dict
    c = r.code
    if c == "milestone_overdue":
        return f"里程碑‘{p['name']}’逾期{p['days']}天"
    if c == "milestone_due_soon":
        if p["days"] == 0:
            return f"里程碑‘{p['name']}’今天到期"
        return f"里程碑‘{p['name']}’将于{p['days']}天后到期"
    if c == "progress_behind":
        return (f"{_BASIS_ZH[str(p['basis'])]}落后序时进度{_pct(p['gap'])}个百分点"
                f"（实际{_pct(p['actual'])}%，序时{_pct(p['expected'])}%）")
    if c == "not_started_in_month":
        return f"计划{_zh_month(p['planned_start'])}开工，尚未开工"
    if c == "not_started_late":
        return f"计划开工已过{p['months']}个月仍未开工"
    if c == "past_planned_end":
        return f"已超过计划竣工日期{p['days']}天，尚未竣工"
    if c == "approval_expiring":
        if p["days"] == 0:
            return f"‘{p['name']}’将于{_zh_date(p['date'])}失效（今天到期）"
        return f"‘{p['name']}’将于{_zh_date(p['date'])}失效（剩{p['days']}天）"
    if c == "approval_expired":
        return f"‘{p['name']}’已于{_zh_date(p['date'])}失效（已过{p['days']}天）"
    if c == "no_schedule":
        return "无计划起止日期，无法判断序时进度"
    if c == "no_progress_data":
        return "无形象进度、节点权重或投资完成数据，无法对比序时进度"
    if c == "before_start":
        return f"计划{_zh_date(p['planned_start'])}开工，尚未到开工时间"
    if c == "completed":
        when = p.get("date")
        return f"已于{_zh_date(when)}竣工" if when else "已竣工"
    if c == "completed_late":
        return f"较计划竣工日期推迟{p['days']}天竣工"
    if c == "suspended":
        return "项目已暂停"
    if c == "open_problems":
        return f"存在未解决问题{p['count']}个" + (f"，其中逾期{p['overdue']}个" if p["overdue"] else "")
    if c == "override":
        return (f"人工认定：{_LIGHT_ZH[Light(str(p['light']))]}（理由：{p['justification']}；"
                f"设定人：{p['by']}；有效期至{_iso(p['expires'])}）")
    return c  # an unknown code still shows something rather than failing the dashboard


def _text_en(r: Reason) -> str:
    p = r.param_dict
    c = r.code
    if c == "milestone_overdue":
        return f"Milestone '{p['name']}' is {p['days']} days overdue"
    if c == "milestone_due_soon":
        if p["days"] == 0:
            return f"Milestone '{p['name']}' is due today"
        return f"Milestone '{p['name']}' is due in {p['days']} days"
    if c == "progress_behind":
        return (f"{_BASIS_EN[str(p['basis'])]} is {_pct(p['gap'])} points behind schedule "
                f"(actual {_pct(p['actual'])}%, schedule {_pct(p['expected'])}%)")
    if c == "not_started_in_month":
        return f"Planned to start in {_en_month(p['planned_start'])}, not started yet"
    if c == "not_started_late":
        return f"Not started {p['months']} months after the planned start"
    if c == "past_planned_end":
        return f"{p['days']} days past the planned completion date, not completed"
    if c == "approval_expiring":
        return f"'{p['name']}' lapses on {_iso(p['date'])} ({p['days']} days left)"
    if c == "approval_expired":
        return f"'{p['name']}' lapsed on {_iso(p['date'])} ({p['days']} days ago)"
    if c == "no_schedule":
        return "No planned start/end dates: schedule progress cannot be judged"
    if c == "no_progress_data":
        return "No reported progress, milestone weights or investment figures to compare with the schedule"
    if c == "before_start":
        return f"Planned to start on {_iso(p['planned_start'])}; not due yet"
    if c == "completed":
        when = p.get("date")
        return f"Completed on {_iso(when)}" if when else "Completed"
    if c == "completed_late":
        return f"Completed {p['days']} days after the planned completion date"
    if c == "suspended":
        return "Project suspended"
    if c == "open_problems":
        return f"{p['count']} open problems" + (f", {p['overdue']} of them overdue" if p["overdue"] else "")
    if c == "override":
        return (f"Set manually: {_LIGHT_EN[Light(str(p['light']))]} (reason: {p['justification']}; "
                f"by: {p['by']}; valid until {_iso(p['expires'])})")
    return c


def reason_text(reason: Reason, lang: str = "zh") -> str:
    """The sentence for one reason, in Chinese (``"zh"``, the office's wording) or English."""
    return _text_en(reason) if lang.lower().startswith("en") else _text_zh(reason)
