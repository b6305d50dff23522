"""The mediation room's form dialog: the common one, with the room's error texts."""

from __future__ import annotations

from desktop.views.common.form_dialog import FormDialog as _FormDialog
from desktop.views.mediation.labels import error_message


class FormDialog(_FormDialog):
    error_message = staticmethod(error_message)
