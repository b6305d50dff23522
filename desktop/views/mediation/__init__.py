"""矛盾纠纷调处室: the queue of dispute cases and each case from intake to archive."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def pages():
    from desktop.services.core.permissions import Perm, Role
    from desktop.views.main_window import PageSpec, lazy_page

    return [
        PageSpec(
            QCoreApplication.translate("App", "Mediation room"),
            QCoreApplication.translate("App", "Dispute cases"),
            Perm.CASES_EDIT,
            lazy_page("desktop.views.mediation.mediation_page", "MediationPage"),
            landing=frozenset({Role.MEDIATOR}),
            lists=frozenset({"cases"}),
        )
    ]
