"""标识标牌: the signage page (centre plate, door plates, wall charts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def pages():
    from desktop import config
    from desktop.services.core.permissions import Perm
    from desktop.views.main_window import PageSpec

    def signage_page(ctx):
        from desktop.views.signage.signage_page import SignagePage

        # saving writes the config file: on the writer thread, not the GUI thread
        return SignagePage(
            ctx, on_save=lambda cfg: ctx.tasks.run_write(lambda: config.save_signage(cfg.to_dict()))
        )

    return [
        PageSpec(
            QCoreApplication.translate("App", "System"),
            QCoreApplication.translate("App", "Signs and wall charts"),
            Perm.SIGNAGE_PRINT,
            signage_page,
        )
    ]
