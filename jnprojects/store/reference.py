"""Categories, locations and responsible units: the lists the filters and pickers offer."""

from __future__ import annotations

import sqlite3

from ..domain.errors import ConflictError, ValidationError
from ..domain.model import Category, Location, Unit
from . import history
from .connection import Database
from .history import Change


def categories(db: Database) -> list[Category]:
    return [
        Category(*r)
        for r in db.execute("SELECT code, prefix, name_zh, name_en, sort_order FROM categories ORDER BY sort_order, code")
    ]


def locations(db: Database) -> list[Location]:
    return [
        Location(*r)
        for r in db.execute("SELECT code, name, short_name, kind, sort_order FROM locations ORDER BY sort_order, code")
    ]


def units(db: Database) -> list[Unit]:
    return [
        Unit(id=r[0], name=r[1], contact_person=r[2], phone=r[3], notes=r[4])
        for r in db.execute("SELECT id, name, contact_person, phone, notes FROM units ORDER BY name")
    ]


def unit_choices(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every unit in :func:`units`' order: what a picker needs (5,000 units at
    province scale, where building whole ``Unit`` records cost more than the query)."""
    return db.execute("SELECT id, name FROM units ORDER BY name").fetchall()


def add_unit(db: Database, unit: Unit, user: str) -> int:
    name = unit.name.strip()
    if not name:
        raise ValidationError("required", "unit_name")
    try:
        with db.atomic():
            unit_id = db["units"].insert(
                {"name": name, "contact_person": unit.contact_person.strip(), "phone": unit.phone.strip(),
                 "notes": unit.notes}
            ).last_pk
            history.record(db, [Change("unit", str(unit_id), None, "insert", "name", None, name)], user)
    except sqlite3.IntegrityError as exc:
        raise ConflictError("duplicate_unit", "unit_name", {"unit": name}) from exc
    return int(unit_id)
