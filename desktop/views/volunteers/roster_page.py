"""The 花名册: volunteers with their team, approved hours and star level, a window at a time; the one chosen in
detail (skills with expiring certificates, hours waiting); enrolling, editing, leaving, skills, the photo, the
certificate of service, the card, and the roster printed, exported or imported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel

from desktop.changes import Kind
from desktop.services.core.permissions import Perm
from desktop.services.core.vocabulary import SEX, VOLUNTEER_STATUS
from desktop.services.volunteers.dto import RosterFilter, VolunteerDTO, VolunteerRow
from desktop.views.common.form_helpers import button, hbox, named, vbox
from desktop.views.common.import_dialog import ImportDialog, RosterImport
from desktop.views.common.labels import term, terms
from desktop.views.common.print_preview_dialog import preview
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import GREY, ORANGE, Column, KeysetTableModel, Window, field
from desktop.views.common.table_view import current_row, table_view
from desktop.views.context import ViewContext
from desktop.views.volunteers import dialogs
from desktop.views.volunteers.labels import error_message, hours_text, star_text

PAGE = 200


def _grey_if_left(r: VolunteerRow):
    return GREY if r.status == "left" else None


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RosterPage", "Number"), field("volunteer_no"), foreground=_grey_if_left),
    Column(QT_TRANSLATE_NOOP("RosterPage", "Name"), field("name"), foreground=_grey_if_left),
    Column(QT_TRANSLATE_NOOP("RosterPage", "Sex"), lambda r: term(SEX, r.sex), foreground=_grey_if_left),
    Column(QT_TRANSLATE_NOOP("RosterPage", "Phone"), field("phone"), foreground=_grey_if_left),
    Column(QT_TRANSLATE_NOOP("RosterPage", "Team"), field("team_label"), foreground=_grey_if_left),
    Column(
        QT_TRANSLATE_NOOP("RosterPage", "Status"),
        lambda r: term(VOLUNTEER_STATUS, r.status),
        foreground=_grey_if_left,
    ),
    Column(
        QT_TRANSLATE_NOOP("RosterPage", "Joined"), lambda r: r.joined_on.isoformat(), foreground=_grey_if_left
    ),
    Column(QT_TRANSLATE_NOOP("RosterPage", "Hours"), lambda r: hours_text(r.hours), foreground=_grey_if_left),
    Column(
        QT_TRANSLATE_NOOP("RosterPage", "Star level"), lambda r: star_text(r.star), foreground=_grey_if_left
    ),
    Column(
        QT_TRANSLATE_NOOP("RosterPage", "Certificates"),
        lambda r: "⚠" if r.certificates_due else "",
        foreground=lambda r: ORANGE if r.certificates_due else None,
        tooltip=lambda r: None,
    ),
)


def window_args(w: Window) -> dict:
    """A window of the roster as ``VolunteerService.roster`` takes it (``before_no=""``: from the end)."""
    return {
        "after_no": w.after,
        "before_no": "" if w.from_end else w.before,
        "offset": w.offset,
        "limit": w.limit,
    }


class RosterPage(RoomPage):
    kinds = frozenset({Kind.VOLUNTEER, Kind.PERSON, Kind.ATTENDANCE, Kind.CODE_ITEM})
    error_message = staticmethod(error_message)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "roster_page", parent, first=RosterFilter())
        self.options = None
        self.detail: VolunteerDTO | None = None
        box = self.search_box(self.tr("Name, pinyin initials, number, last digits of ID or phone"))
        named(self, "team_filter", QComboBox())
        self.team_filter.addItem(self.tr("All teams"), None)
        named(self, "status_filter", QComboBox())
        self.status_filter.addItem(self.tr("On the roster"), "current")
        for code, label in terms(VOLUNTEER_STATUS):
            self.status_filter.addItem(label, code)
        self.status_filter.addItem(self.tr("Everyone"), None)
        self.model = KeysetTableModel(
            COLUMNS, "RosterPage", self, key=lambda r: r.volunteer_no, page_size=PAGE
        )
        self.volunteer_list = table_view(
            "volunteer_list", self.model, (90, 80, 40, 100, 100, 70, 90, 60, 110)
        )
        named(self, "count_label", QLabel(""))
        named(self, "detail_label", QLabel(self.tr("Choose a volunteer.")))
        self.detail_label.setWordWrap(True)
        edit = ctx.can(Perm.VOLUNTEERS_EDIT)
        b = [
            button(self, "enrol_button", self.tr("Enrol…"), self.enrol, visible=edit),
            button(self, "edit_button", self.tr("Edit…"), self.edit, visible=edit),
            button(self, "status_button", self.tr("Pause / leave…"), self.change_status, visible=edit),
            button(self, "skill_button", self.tr("Add skill…"), self.add_skill, visible=edit),
            button(self, "photo_button", self.tr("Photo…"), self.choose_photo, visible=edit),
            button(
                self, "certificate_button", self.tr("Certificate of service…"), self.certificate, visible=edit
            ),
            button(self, "card_button", self.tr("Card"), self.print_card, visible=edit),
        ]
        lists = [
            button(self, "print_button", self.tr("Print roster"), self.print_roster, visible=edit),
            button(self, "cards_button", self.tr("Cards (A4, 10 a sheet)"), self.print_cards, visible=edit),
            button(self, "import_button", self.tr("Import…"), self.import_roster, visible=edit),
            button(self, "export_button", self.tr("Export…"), self.export),
        ]
        vbox(
            hbox(box, (self.team_filter, 0), (self.status_filter, 0), *lists),
            (self.volunteer_list, 1),
            hbox(self.count_label, 1, *b),
            self.detail_label,
            self.error,
            parent=self,
        )
        self.reload_on(self.team_filter, self.status_filter)
        self.volunteer_list.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        ctx.tasks.run_read(lambda: ctx.services.volunteers.options(ctx.actor), self._options, self.failed)

    def _options(self, options) -> None:
        self.options = options
        for c in options.teams:
            self.team_filter.addItem(c.label, c.code)

    # -- the list ------------------------------------------------------------------------------------------
    def filter(self) -> RosterFilter:
        text = self.search.text() if hasattr(self, "search") else ""
        team = self.team_filter.currentData() if hasattr(self, "team_filter") else None
        status = self.status_filter.currentData() if hasattr(self, "status_filter") else "current"
        return RosterFilter(text, team, status)

    def query(self, filt: RosterFilter):
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        return lambda: (svc.count_roster(actor, filt), svc.roster(actor, filt, limit=PAGE))

    def show_result(self, filt: RosterFilter, result) -> None:
        count, first = result
        svc, actor, tasks = self.ctx.services.volunteers, self.ctx.actor, self.ctx.tasks
        self.model.set_source(
            count,
            lambda w: svc.roster(actor, filt, **window_args(w)),
            lambda job, on_done: tasks.run_read(job, on_done, self.failed),
            first,
        )
        self.count_label.setText(self.tr("%n volunteers", "", count))
        self._chosen()

    def _chosen(self) -> None:
        row = current_row(self.volunteer_list)
        if row is None:
            self.detail = None
            self.detail_label.setText(self.tr("Choose a volunteer."))
            return
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        self.ctx.tasks.run_read(lambda: svc.get_volunteer(actor, row.id), self._show_detail, self.failed)

    def _show_detail(self, v: VolunteerDTO) -> None:
        self.detail = v
        skills = "、".join(
            k.label
            + (f"（{k.certificate_no}）" if k.certificate_no else "")
            + (
                self.tr(" expired")
                if k.expired
                else self.tr(" expires %1").replace("%1", k.expires_on.isoformat())
                if k.expiring
                else ""
            )
            for k in v.skills
        ) or self.tr("none")
        nxt = (
            self.tr("%1 h to the next star").replace("%1", hours_text(v.next_star_hours - v.hours_approved))
            if v.next_star_hours
            else ""
        )
        self.detail_label.setText(
            self.tr("%1 (%2), %3: %4 approved hours in %5 services, %6 waiting. %7 %8 Skills: %9.")
            .replace("%1", v.name)
            .replace("%2", v.volunteer_no)
            .replace("%3", v.id_number)
            .replace("%4", hours_text(v.hours_approved))
            .replace("%5", str(v.services))
            .replace("%6", hours_text(v.hours_pending))
            .replace("%7", star_text(v.star))
            .replace("%8", nxt)
            .replace("%9", skills)
        )

    # -- actions -------------------------------------------------------------------------------------------
    def _need(self) -> VolunteerDTO | None:
        if self.detail is None:
            self.error.setText(self.tr("Choose a volunteer first."))
        return self.detail

    def enrol(self) -> None:
        if self.options is not None:
            self.open_dialog(dialogs.EnrolDialog(self.ctx, self.options, self))

    def edit(self) -> None:
        if (v := self._need()) and self.options is not None:
            self.open_dialog(dialogs.VolunteerDialog(self.ctx, self.options, v, self))

    def change_status(self) -> None:
        if v := self._need():
            self.open_dialog(dialogs.StatusDialog(self.ctx, v, self))

    def add_skill(self) -> None:
        if (v := self._need()) and self.options is not None:
            self.open_dialog(dialogs.SkillDialog(self.ctx, self.options, v, self))

    def choose_photo(self) -> None:
        v = self._need()
        if v is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Photo"), "", self.tr("Pictures (*.jpg *.jpeg *.png)")
        )
        if path:
            self.set_photo(v, path)

    def set_photo(self, v: VolunteerDTO, path: str) -> None:
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        self.ctx.tasks.run_write(
            lambda: svc.set_photo(actor, v.id, v.version, Path(path).name, Path(path).read_bytes()),
            self._show_detail,
            self.failed,
        )

    def certificate(self) -> None:
        if v := self._need():
            self.open_dialog(dialogs.CertificateDialog(self.ctx, v, self), self._issued)

    def _issued(self, cert) -> None:
        self.open_dialog(preview(self.ctx, "volunteer_certificate", cert.id, title=cert.cert_no, parent=self))

    def print_card(self) -> None:
        if v := self._need():
            self.open_dialog(preview(self.ctx, "volunteer_card", v.id, parent=self))

    def print_roster(self) -> None:
        self.open_dialog(preview(self.ctx, "volunteer_roster", parent=self))

    def print_cards(self) -> None:
        """The cards of every active volunteer, 10 to an A4 sheet (one card: ``print_card``)."""
        self.open_dialog(preview(self.ctx, "volunteer_card_sheet", parent=self))

    def import_roster(self) -> None:
        """The roster from Excel through the common import dialog (the residents import's report and rule)."""
        from desktop.services.volunteers import importer

        services, actor = self.ctx.services, self.ctx.actor
        spec = RosterImport(
            title=QCoreApplication.translate("ImportDialog", "Import volunteers from Excel"),
            template_name="志愿者花名册导入模板.xlsx",
            check=lambda path, progress, cancelled: importer.validate_file(
                path, services, actor, progress=progress, cancelled=cancelled
            ),
            run=lambda report, progress: importer.import_rows(services, actor, report, progress=progress),
            refusal=importer.import_error,
            save_template=importer.save_template,
            imported=lambda n: QCoreApplication.translate("ImportDialog", "Enrolled %1 volunteers.").replace(
                "%1", str(n)
            ),
        )
        self.open_dialog(ImportDialog(self.ctx, spec, self))

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export roster"), "志愿者花名册.xlsx", "Excel (*.xlsx)"
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        svc, actor, filt = self.ctx.services.volunteers, self.ctx.actor, self.filter()
        self.ctx.tasks.run_read(
            lambda: Path(path).write_bytes(svc.export_xlsx(actor, filt)),
            lambda _n: self.error.setText(
                self.tr("Saved %1 (ID numbers and phones masked).").replace("%1", path)
            ),
            self.failed,
        )
