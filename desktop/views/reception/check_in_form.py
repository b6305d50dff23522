"""The check-in form of a busy desk, built for the keyboard.

The focus starts in the lookup box: an ID number, a phone (or the last 4 digits of either) or a name finds a
returning visitor as it is typed; Enter takes the first match (↓ and Enter another) and fills the form, and the
focus goes on to the purpose, whose entries start with a digit to pick them with one key. Ctrl+Enter checks the
visitor in from any field; Esc starts over. A card in the reader (keyboard wedge or serial port) fills the form by
itself. Masked numbers stay masked: the service takes the full ones from the register or the earlier visit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.devices.id_reader import CardData
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import Perm
from desktop.services.reception.dto import GROUP_SIZE, ReceptionOptions, VisitDetail, VisitInput, VisitorMatch
from desktop.services.reception.reception_service import split_names
from desktop.services.residents.resident_service import validate_person
from desktop.views.common.form_helpers import debounced, named
from desktop.views.context import ViewContext
from desktop.views.reception.card_reader import WedgeFilter
from desktop.views.reception.labels import (
    ID_TYPES,
    MATCH_SOURCES,
    OUTCOMES,
    SEXES,
    URGENCIES,
    fill,
    select,
    show_error,
    time_text,
    tr_label,
)

LOOKUP_DELAY_MS = 150


class CheckInForm(QWidget):
    checked_in = Signal(object)  # VisitDetail
    lookup_done = Signal()  # matches on screen (tests wait on it)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(parent)
        self.setObjectName("check_in_form")
        self.ctx = ctx
        self.options: ReceptionOptions | None = None
        self.person_id: int | None = None
        self.from_visit_id: int | None = None
        self._matches: list[VisitorMatch] = []
        self._shown_text = ""  # the lookup whose matches are on screen
        self._seq = 0
        self._busy = False

        self.lookup = self._line("lookup", self.tr("ID number, phone or name (Enter takes the first match)"))
        self.lookup.setClearButtonEnabled(True)
        named(self, "matches", QListWidget())
        self.matches.setMaximumHeight(120)
        self.matches.setVisible(False)
        named(self, "found", QLabel(""))
        self.found.setStyleSheet("color: #1b5e20")
        self.found.setWordWrap(True)

        self.visitor_name = self._line("visitor_name")
        self.id_type = self._combo("id_type")
        fill(self.id_type, [(k, tr_label(ID_TYPES, k)) for k in ID_TYPES])
        self.visitor_id_number = self._line("visitor_id_number")
        self.sex = self._combo("sex")
        fill(self.sex, [(k, tr_label(SEXES, k)) for k in SEXES], blank=self.tr("—"))
        self.visitor_phone = self._line("visitor_phone")
        self.visitor_address = self._line("visitor_address", self.tr("Address or employer"))
        named(self, "register_person", QCheckBox(self.tr("Lives here: add to the residents register")))
        self.register_person.setVisible(ctx.can(Perm.RESIDENTS_EDIT))
        named(self, "people_count", QSpinBox())
        self.people_count.setRange(1, 10000)
        named(self, "group_flag", QLabel(""))
        self.group_flag.setStyleSheet(
            "color: white; background: #b35c00; padding: 2px 6px; font-weight: bold"
        )
        self.group_flag.setVisible(False)
        self.representatives = self._line(
            "representatives", self.tr("Group visit: up to 5 representatives, separated by 、")
        )
        self.purpose = self._combo("purpose")
        self.whom = self._line("whom", self.tr("Whom they came for"))
        named(self, "content", QPlainTextEdit())
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(self.tr("What they ask for (may be completed later)"))
        self.content.setMaximumHeight(90)
        self.handled_by = self._combo("handled_by")
        self.outcome = self._combo("outcome")
        fill(self.outcome, [(k, tr_label(OUTCOMES, k)) for k in OUTCOMES], blank=self.tr("(not yet)"))
        self.urgency = self._combo("urgency")
        fill(self.urgency, [(k, tr_label(URGENCIES, k)) for k in URGENCIES])
        self.notes = self._line("notes", self.tr("Follow-up, notes"))
        named(self, "save_button", QPushButton(self.tr("Check in (Ctrl+Enter)")))
        named(self, "clear_button", QPushButton(self.tr("New visitor (Esc)")))
        named(self, "error", QLabel(""))
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        named(self, "status", QLabel(""))
        self.status.setWordWrap(True)

        find = QGroupBox(self.tr("Find a returning visitor"))
        fv = QVBoxLayout(find)
        fv.addWidget(self.lookup)
        fv.addWidget(self.matches)
        fv.addWidget(self.found)
        who = QGroupBox(self.tr("Visitor"))
        wf = QFormLayout(who)
        wf.addRow(self.tr("Name"), self.visitor_name)
        idrow = QHBoxLayout()
        self.id_type.setMaximumWidth(150)
        self.visitor_id_number.setMinimumWidth(190)
        idrow.addWidget(self.id_type)
        idrow.addWidget(self.visitor_id_number, 1)
        wf.addRow(self.tr("Document"), idrow)
        wf.addRow(self.tr("Sex"), self.sex)
        wf.addRow(self.tr("Phone"), self.visitor_phone)
        wf.addRow(self.tr("Address"), self.visitor_address)
        wf.addRow("", self.register_person)
        visit = QGroupBox(self.tr("Visit"))
        vf = QFormLayout(visit)
        count = QHBoxLayout()
        count.addWidget(self.people_count)
        count.addWidget(self.group_flag)
        count.addStretch(1)
        vf.addRow(self.tr("People"), count)
        vf.addRow(self.tr("Representatives"), self.representatives)
        vf.addRow(self.tr("Purpose"), self.purpose)
        vf.addRow(self.tr("Came for"), self.whom)
        vf.addRow(self.tr("Content"), self.content)
        vf.addRow(self.tr("Handled by"), self.handled_by)
        vf.addRow(self.tr("Outcome"), self.outcome)
        vf.addRow(self.tr("Urgency"), self.urgency)
        vf.addRow(self.tr("Notes"), self.notes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addWidget(find)
        lay.addWidget(who)
        lay.addWidget(visit)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        lay.addWidget(self.status)
        lay.addStretch(1)
        self.setTabOrder(self.lookup, self.visitor_name)

        self._timer = debounced(self, LOOKUP_DELAY_MS, self.run_lookup)
        self.lookup.textEdited.connect(lambda _t: self._timer.start())
        self.lookup.returnPressed.connect(self._lookup_enter)
        self.matches.itemActivated.connect(lambda item: self.pick(self.matches.row(item)))
        self.people_count.valueChanged.connect(self._group_changed)
        self.visitor_id_number.textEdited.connect(
            lambda _t: self.visitor_id_number.setProperty("masked", False)
        )
        self.visitor_phone.textEdited.connect(lambda _t: self.visitor_phone.setProperty("masked", False))
        self.save_button.clicked.connect(self.submit)
        self.clear_button.clicked.connect(self.clear)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear)

        self.wedge = WedgeFilter(self)
        self.wedge.watch(self)
        self.matches.installEventFilter(self.wedge)
        self.lookup.installEventFilter(self)
        self.matches.installEventFilter(self)
        self.wedge.card_read.connect(self.apply_card)
        self.wedge.submit.connect(self.submit)
        self._load_options()

    # -- building ------------------------------------------------------------------------------------------------
    def _line(self, name: str, hint: str = "") -> QLineEdit:
        w = QLineEdit()
        w.setObjectName(name)
        w.setPlaceholderText(hint)
        return w

    def _combo(self, name: str) -> QComboBox:
        w = QComboBox()
        w.setObjectName(name)
        return w

    def _load_options(self) -> None:
        svc, actor = self.ctx.services.reception, self.ctx.actor
        self.ctx.tasks.run_read(lambda: svc.options(actor), self._set_options, self._failed)

    def _set_options(self, options: ReceptionOptions) -> None:
        self.options = options
        # "1 咨询", "2 求助" …: one key picks a purpose
        fill(
            self.purpose,
            [(c.code, f"{i} {c.label}" if i < 10 else c.label) for i, c in enumerate(options.purposes, 1)],
        )
        fill(self.handled_by, [(s.id, s.full_name) for s in options.staff])
        select(self.handled_by, self.ctx.actor.id)

    # -- keys ----------------------------------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if obj is self.lookup and key == Qt.Key.Key_Down and self.matches.count():
                self.matches.setFocus()
                self.matches.setCurrentRow(0)
                return True
            if obj is self.matches and key == Qt.Key.Key_Escape:
                self.lookup.setFocus()
                return True
        return False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.lookup.setFocus()

    # -- finding the visitor --------------------------------------------------------------------------------------
    def run_lookup(self) -> None:
        self._timer.stop()
        text = self.lookup.text().strip()
        self._seq += 1
        seq = self._seq
        if not text:
            self._show_matches(seq, [], "")
            return
        svc, actor = self.ctx.services.reception, self.ctx.actor
        self.ctx.tasks.run_read(
            lambda: svc.lookup(actor, text), lambda rows: self._show_matches(seq, rows, text), self._failed
        )

    def _show_matches(self, seq: int, rows: list[VisitorMatch], text: str = "") -> None:
        if seq != self._seq:
            return  # an older answer: the desk typed on meanwhile
        self._shown_text = text
        self._matches = rows
        self.matches.clear()
        for m in rows:
            where = tr_label(MATCH_SOURCES, m.source)
            last = (
                self.tr(", last visit %1").replace("%1", time_text(m.last_visit_at, True))
                if m.last_visit_at
                else ""
            )
            moved = self.tr(" (moved out)") if m.moved_out else ""
            item = QListWidgetItem(f"{m.name}{moved}  {m.id_number}  {m.phone}  {m.address}  [{where}{last}]")
            self.matches.addItem(item)
        self.matches.setVisible(bool(rows))
        if not rows and self.lookup.text().strip():
            self.found.setText(self.tr("Not found: a new visitor. Type the details below."))
        elif rows:
            self.found.setText("")
        self.lookup_done.emit()

    def _lookup_enter(self) -> None:
        text = self.lookup.text().strip()
        if self._timer.isActive() or self._shown_text != text:
            # Enter before the answer came: look up now and take the first match when it arrives
            self._timer.stop()
            self._seq += 1
            seq = self._seq
            svc, actor = self.ctx.services.reception, self.ctx.actor

            def arrived(rows):
                self._show_matches(seq, rows, text)
                if seq != self._seq:
                    return
                if rows:
                    self.pick(0)
                else:
                    self._new_visitor_from_lookup(text)

            self.ctx.tasks.run_read(lambda: svc.lookup(actor, text), arrived, self._failed)
            return
        if self._matches:
            self.pick(0)
        else:
            self._new_visitor_from_lookup(text)

    def _new_visitor_from_lookup(self, text: str) -> None:
        """Nothing found: what was typed goes where it belongs, and the focus to the name."""
        if not text:
            return
        compact = text.replace(" ", "")
        if compact.isdigit() and len(compact) == 11:
            self.visitor_phone.setText(compact)
        elif len(compact) in (15, 18) and compact[:-1].isdigit():
            self.visitor_id_number.setText(compact.upper())
        elif not compact.isascii():
            self.visitor_name.setText(compact)
            self.purpose.setFocus()
            return
        self.visitor_name.setFocus()

    def pick(self, row: int) -> None:
        if not 0 <= row < len(self._matches):
            return
        m = self._matches[row]
        self.person_id = m.person_id
        self.from_visit_id = m.visit_id
        self.visitor_name.setText(m.name)
        select(self.id_type, m.id_type or "resident_id")
        self.visitor_id_number.setText(m.id_number)
        self.visitor_id_number.setProperty("masked", bool(m.id_number))
        self.visitor_phone.setText(m.phone)
        self.visitor_phone.setProperty("masked", bool(m.phone))
        select(self.sex, m.sex)
        if m.sex not in SEXES:
            self.sex.setCurrentIndex(0)
        self.visitor_address.setText(m.address)
        self.register_person.setChecked(False)
        self.register_person.setEnabled(False)
        where = tr_label(MATCH_SOURCES, m.source)
        last = (
            self.tr(", last visit %1").replace("%1", time_text(m.last_visit_at, True))
            if m.last_visit_at
            else ""
        )
        self.found.setText(
            self.tr("Returning visitor: %1 (%2%3)")
            .replace("%1", m.name)
            .replace("%2", where)
            .replace("%3", last)
        )
        self.matches.setVisible(False)
        self.purpose.setFocus()

    def apply_card(self, card: CardData) -> None:
        """A card in the reader: the visitor is looked up by the number; a new one gets the card's details."""
        svc, actor = self.ctx.services.reception, self.ctx.actor
        self.clear(keep_status=True)
        self.lookup.setText(card.id_number)
        self._seq += 1
        seq = self._seq

        def arrived(rows: list[VisitorMatch]) -> None:
            if seq != self._seq:
                return
            exact = [m for m in rows if m.match in ("id_exact",)]
            self._show_matches(seq, exact, card.id_number)
            if exact:
                self.pick(0)
                return
            self.visitor_name.setText(card.name)
            select(self.id_type, "resident_id")
            self.visitor_id_number.setText(card.id_number)
            self.visitor_id_number.setProperty("masked", False)
            select(self.sex, card.sex)
            self.visitor_address.setText(card.address)
            self.found.setText(self.tr("Card read: a new visitor."))
            (self.purpose if card.name else self.visitor_name).setFocus()

        self.ctx.tasks.run_read(lambda: svc.lookup(actor, card.id_number), arrived, self._failed)

    # -- the group flag ----------------------------------------------------------------------------------------
    def _group_changed(self, n: int) -> None:
        group = n >= GROUP_SIZE
        self.group_flag.setText(self.tr("Group visit") if group else "")
        self.group_flag.setVisible(group)

    # -- saving ------------------------------------------------------------------------------------------------
    def visit_input(self) -> VisitInput:
        def masked(w: QLineEdit) -> str:
            text = w.text().strip()
            return text if not w.property("masked") else "*"

        return VisitInput(
            visitor_name=self.visitor_name.text().strip(),
            person_id=self.person_id,
            from_visit_id=self.from_visit_id,
            visitor_sex=self.sex.currentData(),
            visitor_id_type=self.id_type.currentData(),
            visitor_id_number=masked(self.visitor_id_number)
            if self.visitor_id_number.text().strip()
            else None,
            visitor_phone=masked(self.visitor_phone) if self.visitor_phone.text().strip() else None,
            visitor_address=self.visitor_address.text().strip() or None,
            people_count=self.people_count.value(),
            representatives=split_names(self.representatives.text()),
            purpose=self.purpose.currentData() or "",
            whom=self.whom.text().strip() or None,
            content=self.content.toPlainText().strip(),
            handled_by=self.handled_by.currentData(),
            outcome=self.outcome.currentData(),
            urgency=self.urgency.currentData() or "normal",
            notes=self.notes.text().strip() or None,
        )

    def submit(self) -> None:
        if self._busy:
            return
        try:
            inp = self.visit_input()
            register = None
            if self.register_person.isChecked() and self.person_id is None:
                register = validate_person(
                    {
                        "name": inp.visitor_name,
                        "id_type": inp.visitor_id_type,
                        "id_number": self.visitor_id_number.text().strip(),
                        "sex": inp.visitor_sex,
                        "phone": self.visitor_phone.text().strip() or None,
                    }
                )
        except ValidationError as exc:
            field = {"name": "visitor_name", "id_number": "visitor_id_number", "phone": "visitor_phone"}.get(
                exc.field or "", exc.field
            )
            show_error(self, self.error, ValidationError(field or "", exc.code, **exc.params))
            return
        svc, actor = self.ctx.services.reception, self.ctx.actor
        self._busy = True
        self.save_button.setEnabled(False)
        self.ctx.tasks.run_write(
            lambda: svc.check_in(actor, inp, register=register),
            self._saved,
            self._failed,
        )

    def _saved(self, v: VisitDetail) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        self.clear()
        group = self.tr(" (group of %1)").replace("%1", str(v.people_count)) if v.is_group else ""
        self.status.setText(
            self.tr("Checked in: %1 at %2%3")
            .replace("%1", v.visitor_name)
            .replace("%2", time_text(v.time_in))
            .replace("%3", group)
        )
        self.checked_in.emit(v)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        show_error(self, self.error, exc)

    def clear(self, keep_status: bool = False) -> None:
        self.person_id = self.from_visit_id = None
        self._matches = []
        self._shown_text = ""
        self.matches.clear()
        self.matches.setVisible(False)
        for w in (
            self.lookup,
            self.visitor_name,
            self.visitor_id_number,
            self.visitor_phone,
            self.visitor_address,
            self.representatives,
            self.whom,
            self.notes,
        ):
            w.clear()
            w.setStyleSheet("")
            w.setProperty("masked", False)
        self.content.clear()
        self.id_type.setCurrentIndex(0)
        self.sex.setCurrentIndex(0)
        self.people_count.setValue(1)
        self.purpose.setCurrentIndex(0)
        self.outcome.setCurrentIndex(0)
        self.urgency.setCurrentIndex(0)
        if self.options is not None:
            select(self.handled_by, self.ctx.actor.id)
        self.register_person.setChecked(False)
        self.register_person.setEnabled(True)
        self.found.setText("")
        self.error.setText("")
        if not keep_status:
            self.status.setText("")
        self.lookup.setFocus()
