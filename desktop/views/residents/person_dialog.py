"""Register or edit a person: every field of the register, checked by the service, likely duplicates
pointed out before saving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from desktop.services.core.codes import ETHNIC_GROUPS, RESIDENT_TYPES
from desktop.services.core.errors import ValidationError
from desktop.services.core.id_numbers import ID_TYPES, parse_citizen_id
from desktop.services.residents.dto import LikelyDuplicate, PersonDTO
from desktop.services.residents.resident_service import validate_person
from desktop.views.common.form_dialog import FormDialog
from desktop.views.common.form_helpers import debounced, select
from desktop.views.context import ViewContext
from desktop.views.residents.forms import iso, resident_error_text
from desktop.views.residents.labels import field_label

TEXTS = ("name", "phone", "phone2", "employer", "hukou_address", "permit_no")
DATES = ("birth_date", "permit_issued_on", "permit_endorse_due", "moved_in_on")


class PersonDialog(FormDialog):
    error_message = staticmethod(resident_error_text)

    def __init__(self, ctx: ViewContext, person: PersonDTO | None = None, parent=None):
        title = self.tr("Edit person") if person else self.tr("Register a person")
        super().__init__(ctx, title, "person_dialog", parent)
        self.person = person
        self.duplicate_box: QMessageBox | None = None
        self._allow_duplicate = False
        p = person
        self.line("name", field_label("name"), p.name if p else "")
        with self.same_row(field_label("id_number")):
            self.combo("id_type", "", ID_TYPES.items(), p.id_type if p else None)
            self.line("id_number", "").setMinimumWidth(190)
        self.note("id_facts", "", label="")
        self.combo("sex", field_label("sex"), [("1", "男"), ("2", "女")], p.sex if p else None, blank="")
        self.combo(
            "ethnic_code",
            field_label("ethnic_code"),
            ETHNIC_GROUPS.items(),
            p.ethnic_code if p else None,
            blank="",
        )
        self.day("birth_date", field_label("birth_date"), p.birth_date if p else None, blank="")
        self.line("phone", field_label("phone"))
        self.line("phone2", field_label("phone2"))
        self.combo(
            "resident_type",
            field_label("resident_type"),
            RESIDENT_TYPES.items(),
            p.resident_type if p else None,
        )
        self.line(
            "address_search", field_label("address_id"), hint=self.tr("Type part of the address, e.g. 3幢302")
        )
        self.combo("address_id", "", [], blank=self.tr("(no address)"))
        if p is not None and p.address_id:
            self.address_id.addItem(p.address, p.address_id)
            self.address_id.setCurrentIndex(self.address_id.count() - 1)
        for name in ("employer", "hukou_address", "permit_no"):
            self.line(name, field_label(name), (getattr(p, name) or "") if p else "")
        for name in DATES[1:]:
            self.day(name, field_label(name), getattr(p, name) if p else None, blank="")
        self.text("notes", field_label("notes"), (p.notes or "") if p else "", height=60)
        self.notes.setMaximumHeight(60)
        if p is not None:
            self.id_number.setPlaceholderText(self.tr("Unchanged (%1)").replace("%1", p.id_number))
            self.phone.setPlaceholderText(self.tr("Unchanged (%1)").replace("%1", p.phone))
            self.phone2.setPlaceholderText(self.tr("Unchanged (%1)").replace("%1", p.phone2))

        self._address_timer = debounced(self, 200, self._find_addresses)
        self.address_search.textChanged.connect(lambda _t: self._address_timer.start())
        self.id_number.textChanged.connect(self._id_changed)
        self.id_type.currentIndexChanged.connect(self._id_changed)

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
        self.birth_date.set_value(c.birth_date)
        select(self.sex, c.sex)

    def _find_addresses(self) -> None:
        text = self.address_search.text().strip()
        if len(text) < 2:
            return
        svc, actor = self.ctx.services.addresses, self.ctx.actor
        self.ctx.tasks.run_read(lambda: svc.find_addresses(actor, text), self._show_addresses, self._failed)

    def _show_addresses(self, found) -> None:
        self.address_id.clear()
        self.address_id.addItem(self.tr("(no address)"), None)
        for a in found:
            self.address_id.addItem(a.full_text, a.id)
        if found:
            self.address_id.setCurrentIndex(1)

    def values(self) -> dict:
        v = {name: getattr(self, name).text() for name in (*TEXTS, "id_number")}
        v |= {name: self.day_of(getattr(self, name)) for name in DATES}
        for name in ("id_type", "sex", "ethnic_code", "resident_type", "address_id"):
            v[name] = getattr(self, name).currentData()
        v["notes"] = self.notes.toPlainText()
        if self.person is not None:
            v["moved_out_on"] = self.person.moved_out_on
        return v

    def job(self):
        values, allow = self.values(), self._allow_duplicate
        svc, actor, person = self.ctx.services.residents, self.ctx.actor, self.person
        if person is None:
            return lambda: svc.create_person(actor, validate_person(values), allow_likely_duplicate=allow)
        return lambda: svc.edit_person(actor, person.id, person.version, values, allow_likely_duplicate=allow)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, LikelyDuplicate) or not isValid(self):
            super()._failed(exc)
            return
        self.save_button.setEnabled(True)
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
            lambda result: result == QMessageBox.StandardButton.Yes and self._register_anyway()
        )
        self.duplicate_box = box
        box.open()

    def _register_anyway(self) -> None:
        self._allow_duplicate = True
        self.submit()
