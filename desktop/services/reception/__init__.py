"""群众接待室 (reception): visits and petitions. Importing the package registers its timeline entries and print
loaders."""

from desktop.services.reception import figures, print_loaders, timeline  # noqa: F401 - registers the room's pieces
