"""群众接待室: the visitor log, petitions (信访) on their statutory deadlines, and the hand-off to the other rooms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def PETITIONS_TITLE() -> str:  # noqa: N802 - the page title the petitions badge attaches to
    return QCoreApplication.translate("App", "Petitions")


def pages():
    from desktop import config
    from desktop.services.core.permissions import Perm, Role
    from desktop.views.main_window import PageSpec, lazy_page

    def reception_page(ctx):
        from desktop.devices.id_reader import IdReaderConfig
        from desktop.views.reception.reception_page import ReceptionPage

        return ReceptionPage(
            ctx,
            reader_config=IdReaderConfig.from_dict(config.stored_id_reader()),
            # the reader's port belongs to this PC: saved in its config file, on the writer thread
            on_save_reader_config=lambda c: ctx.tasks.run_write(lambda: config.save_id_reader(c.to_dict())),
        )

    section = QCoreApplication.translate("App", "Reception")
    return [
        PageSpec(
            section,
            QCoreApplication.translate("App", "Visitor log"),
            Perm.VISITS_EDIT,
            reception_page,
            landing=frozenset({Role.RECEPTION}),
        ),
        PageSpec(
            section,
            PETITIONS_TITLE(),
            Perm.PETITIONS_EDIT,
            lazy_page("desktop.views.reception.petition_page", "PetitionPage"),
            lists=frozenset({"petitions"}),  # the director lands on the desk (views/dashboard), not here
        ),
    ]
