"""矛盾纠纷调处室 (mediation): dispute cases. Importing the package registers its timeline entries and print
loaders."""

from desktop.services.mediation import figures, print_loaders, timeline  # noqa: F401 - registers the room's pieces
