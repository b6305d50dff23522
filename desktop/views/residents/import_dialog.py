"""Import residents from an Excel roster: the common import dialog with the register's check and import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.residents import importer as resident_import
from desktop.views.common import import_dialog
from desktop.views.context import ViewContext


class ImportDialog(import_dialog.ImportDialog):
    def __init__(self, ctx: ViewContext, parent=None):
        services, actor = ctx.services, ctx.actor
        spec = import_dialog.RosterImport(
            title=QCoreApplication.translate("ImportDialog", "Import residents from Excel"),
            template_name="实有人口导入模板.xlsx",
            check=lambda path, progress, cancelled: resident_import.validate_file(
                path, services.residents.registered_numbers, progress=progress, cancelled=cancelled
            ),
            run=lambda report, progress: resident_import.import_rows(
                services, actor, report, progress=progress
            ),
            refusal=resident_import.import_error,
            save_template=resident_import.save_template,
            imported=lambda result: QCoreApplication.translate("ImportDialog", "Imported %1 people.").replace(
                "%1", str(result.inserted)
            ),
        )
        super().__init__(ctx, spec, parent)
