"""Opening the database from the window: the questions a user must answer, asked in dialogs.

A database held by another session offers read-only or take-over; a damaged one offers the newest
good backup. Every refusal is a sentence, never a traceback.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import DomainError
from ..services.safety import Opening, open_safely, restore_backup
from ..services.workspace import Workspace
from ..store.lock import LockedError
from .messages import error_text

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("OpenDatabase", text)


def open_interactively(path: Path, *, demo: bool = False, readonly: bool = False,
                       parent: QWidget | None = None, begun: Opening | None = None) -> Workspace | None:
    """Open ``path``, asking the user what to do when it is locked or damaged; None if given up.

    ``begun``: the open the app started before it loaded Qt (see ``app.run_gui``), finished as the
    first attempt; the questions and any retry are the same as for an open started here.
    """
    take_over = False
    for _attempt in range(3):
        try:
            if begun is not None:
                opening, begun = begun, None
                return opening.finish()
            return open_safely(path, demo=demo, readonly=readonly, take_over=take_over)
        except LockedError as exc:
            choice = _ask_locked(exc, parent)
            if choice == "readonly":
                readonly = True
            elif choice == "take_over":
                take_over = True
            else:
                return None
        except DomainError as exc:
            if exc.code == "corrupt" and exc.params.get("backup") and _offer_restore(exc, parent):
                try:
                    restore_backup(path, exc.params["backup"])
                except Exception as restore_exc:  # shown, never raised at the user
                    log.exception("restore failed")
                    QMessageBox.critical(parent, _t("Cannot open the database"), error_text(restore_exc))
                    return None
                continue
            QMessageBox.critical(parent, _t("Cannot open the database"), error_text(exc))
            return None
        except Exception as exc:
            log.exception("opening %s failed", path)
            QMessageBox.critical(parent, _t("Cannot open the database"), error_text(exc))
            return None
    return None


def _ask_locked(exc: LockedError, parent: QWidget | None) -> str:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_t("Database in use"))
    box.setText(error_text(exc))
    read_only = box.addButton(_t("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    take = box.addButton(_t("Take over"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(_t("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return "readonly"
    if clicked is take:
        return "take_over"
    return "cancel"


def _offer_restore(exc: DomainError, parent: QWidget | None) -> bool:
    backup = exc.params.get("backup")
    created = exc.params.get("backup_created") or ""
    text = (error_text(exc) + "\n\n" + _t("Restore the newest good backup (%1)? The damaged file is kept aside.")
            .replace("%1", str(created or getattr(backup, "name", backup))))
    answer = QMessageBox.question(parent, _t("Database damaged"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
