"""A person's fields as the user knows them: the labels of the person form, in one place. The form shows
them; the timeline names a change's fields with them, and shows coded values by their labels."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.core.codes import ETHNIC_GROUPS, RESIDENT_TYPES, SEXES
from desktop.services.core.id_numbers import ID_TYPES

_CTX = "PersonDialog"  # the form's context: its Chinese is in zh_CN.ts under "PersonDialog"

# PersonInput's field name -> the form's label (English source; translated in the context "PersonDialog").
# The ID type and number share one row of the form, "ID document".
PERSON_FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("PersonDialog", "Name"),
    "id_type": QT_TRANSLATE_NOOP("PersonDialog", "ID document"),
    "id_number": QT_TRANSLATE_NOOP("PersonDialog", "ID document"),
    "sex": QT_TRANSLATE_NOOP("PersonDialog", "Sex"),
    "ethnic_code": QT_TRANSLATE_NOOP("PersonDialog", "Ethnic group"),
    "birth_date": QT_TRANSLATE_NOOP("PersonDialog", "Birth date"),
    "phone": QT_TRANSLATE_NOOP("PersonDialog", "Phone"),
    "phone2": QT_TRANSLATE_NOOP("PersonDialog", "Second phone"),
    "resident_type": QT_TRANSLATE_NOOP("PersonDialog", "Resident type"),
    "address_id": QT_TRANSLATE_NOOP("PersonDialog", "Address"),
    "employer": QT_TRANSLATE_NOOP("PersonDialog", "Employer"),
    "hukou_address": QT_TRANSLATE_NOOP("PersonDialog", "Registered (hukou) address"),
    "permit_no": QT_TRANSLATE_NOOP("PersonDialog", "Residence permit no."),
    "permit_issued_on": QT_TRANSLATE_NOOP("PersonDialog", "Permit issued on"),
    "permit_endorse_due": QT_TRANSLATE_NOOP("PersonDialog", "Annual endorsement due"),
    "moved_in_on": QT_TRANSLATE_NOOP("PersonDialog", "Moved in on"),
    "moved_out_on": QT_TRANSLATE_NOOP("PersonDialog", "Moved out on"),
    "notes": QT_TRANSLATE_NOOP("PersonDialog", "Notes"),
}

# fields whose values are codes: code -> label (national code lists, Chinese by nature)
CODE_LABELS: dict[str, dict[str, str]] = {
    "sex": SEXES,
    "ethnic_code": ETHNIC_GROUPS,
    "resident_type": RESIDENT_TYPES,
    "id_type": ID_TYPES,
}


def field_label(field: str) -> str:
    """The form's label of a person field, in the user's language; an unknown field by its name."""
    text = PERSON_FIELD_LABELS.get(field)
    return QCoreApplication.translate(_CTX, text) if text else field


def field_value(field: str, value: str | None) -> str:
    """A stored value as the user reads it: a code by its label; empty as "(none)"."""
    if value is None or value == "":
        return QCoreApplication.translate("PersonDialog", "(none)")
    return CODE_LABELS.get(field, {}).get(value, value)
