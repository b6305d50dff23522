"""Register or edit a person: every field of the register, checked by the service, likely duplicates
pointed out before saving."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.core.codes import ETHNIC_GROUPS, RESIDENT_TYPES
from desktop.services.core.errors import ValidationError
from desktop.services.core.id_numbers import ID_TYPES, parse_citizen_id
from desktop.services.residents.dto import LikelyDuplicate, PersonDTO
from desktop.services.residents.resident_service import validate_person
from desktop.views.context import ViewContext
from desktop.views.residents.forms import fill_combo, iso, select_data, show_error
from desktop.views.residents.labels import field_label

_DATE_HINT = "YYYY-MM-DD"


class PersonDialog(QDialog):
    saved = Signal(object)  # PersonDTO

    def __init__(self, ctx: ViewContext, person: PersonDTO | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("person_dialog")
        self.ctx = ctx
        self.person = person
        self.duplicate_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Register a person"))

        def line(name: str, hint: str = "") -> QLineEdit:
            w = QLineEdit()
            w.setObjectName(name)
            w.setPlaceholderText(hint)
            setattr(self, name, w)
            return w

        def combo(name: str) -> QComboBox:
            w = QComboBox()
            w.setObjectName(name)
            setattr(self, name, w)
            return w

        line("name")
        fill_combo(combo("id_type"), ID_TYPES)
        line("id_number").setMinimumWidth(190)
        self.id_facts = QLabel("")
        self.id_facts.setObjectName("id_facts")
        fill_combo(combo("sex"), {"1": "男", "2": "女"}, blank="")
        fill_combo(combo("ethnic_code"), ETHNIC_GROUPS, blank="")
        line("birth_date", _DATE_HINT)
        line("phone")
        line("phone2")
        fill_combo(combo("resident_type"), RESIDENT_TYPES)
        line("address_search", self.tr("Type part of the address, e.g. 3幢302"))
        combo("address_id")
        self.address_id.addItem(self.tr("(no address)"), None)
        line("employer")
        line("hukou_address")
        line("permit_no")
        line("permit_issued_on", _DATE_HINT)
        line("permit_endorse_due", _DATE_HINT)
        line("moved_in_on", _DATE_HINT)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(60)
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("buttons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        form = QFormLayout()
        form.addRow(field_label("name"), self.name)
        ids = QHBoxLayout()
        ids.addWidget(self.id_type)
        ids.addWidget(self.id_number, 1)
        form.addRow(field_label("id_number"), _wrap(ids))
        form.addRow("", self.id_facts)
        for name in ("sex", "ethnic_code", "birth_date", "phone", "phone2", "resident_type"):
            form.addRow(field_label(name), getattr(self, name))
        form.addRow(field_label("address_id"), self.address_search)
        form.addRow("", self.address_id)
        for name in (
            "employer",
            "hukou_address",
            "permit_no",
            "permit_issued_on",
            "permit_endorse_due",
            "moved_in_on",
            "notes",
        ):
            form.addRow(field_label(name), getattr(self, name))
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

        self._address_timer = QTimer(self)
        self._address_timer.setSingleShot(True)
        self._address_timer.setInterval(200)
        self._address_timer.timeout.connect(self._find_addresses)
        self.address_search.textChanged.connect(lambda _t: self._address_timer.start())
        self.id_number.textChanged.connect(self._id_changed)
        self.id_type.currentIndexChanged.connect(self._id_changed)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        if person is not None:
            self._load(person)

    def _load(self, p: PersonDTO) -> None:
        self.name.setText(p.name)
        select_data(self.id_type, p.id_type)
        self.id_number.setPlaceholderText(self.tr("Unchanged (%1)").replace("%1", p.id_number))
        select_data(self.sex, p.sex)
        select_data(self.ethnic_code, p.ethnic_code)
        self.birth_date.setText(iso(p.birth_date))
        self.phone.setPlaceholderText(self.tr("Unchanged (%1)").replace("%1", p.phone))
        self.phone2.setPlaceholderText(self.tr("Unchanged (%1)").replace("%1", p.phone2))
        select_data(self.resident_type, p.resident_type)
        if p.address_id:
            self.address_id.addItem(p.address, p.address_id)
            self.address_id.setCurrentIndex(self.address_id.count() - 1)
        for name in ("employer", "hukou_address", "permit_no"):
            getattr(self, name).setText(getattr(p, name) or "")
        for name in ("permit_issued_on", "permit_endorse_due", "moved_in_on"):
            getattr(self, name).setText(iso(getattr(p, name)))
        self.notes.setPlainText(p.notes or "")

    def _id_changed(self, *_a) -> None:
        """What a citizen ID says (birth date, sex, place) shows as it is typed."""
        if self.id_type.currentData() != "resident_id" or len(self.id_number.text().strip()) < 15:
            self.id_facts.setText("")
            return
        try:
            c = parse_citizen_id(self.id_number.text())
        except ValidationError:
            self.id_facts.setText("")
            return
        self.id_facts.setText(
            f"{c.birth_date.isoformat()} · {'男' if c.sex == '1' else '女'} · {c.region_name}"
        )
        self.birth_date.setText(c.birth_date.isoformat())
        select_data(self.sex, c.sex)

    def _find_addresses(self) -> None:
        text = self.address_search.text().strip()
        if len(text) < 2:
            return
        self.ctx.tasks.run_read(
            lambda: self.ctx.services.residents.find_addresses(self.ctx.actor, text),
            self._show_addresses,
            lambda e: show_error(self, self.error, e),
        )

    def _show_addresses(self, found) -> None:
        self.address_id.clear()
        self.address_id.addItem(self.tr("(no address)"), None)
        for a in found:
            self.address_id.addItem(a.full_text, a.id)
        if found:
            self.address_id.setCurrentIndex(1)

    def values(self) -> dict:
        v = {
            "name": self.name.text(),
            "id_type": self.id_type.currentData(),
            "id_number": self.id_number.text(),
            "sex": self.sex.currentData(),
            "ethnic_code": self.ethnic_code.currentData(),
            "birth_date": self.birth_date.text(),
            "phone": self.phone.text(),
            "phone2": self.phone2.text(),
            "resident_type": self.resident_type.currentData(),
            "address_id": self.address_id.currentData(),
            "employer": self.employer.text(),
            "hukou_address": self.hukou_address.text(),
            "permit_no": self.permit_no.text(),
            "permit_issued_on": self.permit_issued_on.text(),
            "permit_endorse_due": self.permit_endorse_due.text(),
            "moved_in_on": self.moved_in_on.text(),
            "notes": self.notes.toPlainText(),
        }
        if self.person is not None:
            v["moved_out_on"] = self.person.moved_out_on
        return v

    def submit(self, allow_likely_duplicate: bool = False) -> None:
        values = self.values()
        svc, actor, person = self.ctx.services.residents, self.ctx.actor, self.person

        def work():
            if person is None:
                inp = validate_person(values)
                return svc.create_person(actor, inp, allow_likely_duplicate=allow_likely_duplicate)
            return svc.edit_person(
                actor, person.id, person.version, values, allow_likely_duplicate=allow_likely_duplicate
            )

        self.save_button.setEnabled(False)
        self.ctx.tasks.run_write(work, self._saved, self._failed)

    def _saved(self, person: PersonDTO) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(person)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, LikelyDuplicate):
            hints = exc.params.get("hints", [])
            lines = "\n".join(f"· {h.name}  {iso(h.birth_date)}  {h.id_number}  {h.address}" for h in hints)
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Possible duplicate"),
                self.tr("Someone similar is already registered:\n%1\n\nRegister this person anyway?").replace(
                    "%1", lines
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            box.setObjectName("duplicate_box")
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.finished.connect(
                lambda result: (
                    result == QMessageBox.StandardButton.Yes and self.submit(allow_likely_duplicate=True)
                )
            )
            self.duplicate_box = box
            box.open()
            return
        show_error(self, self.error, exc)


def _wrap(layout) -> QWidget:
    w = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w
