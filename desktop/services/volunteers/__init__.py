"""平安志愿者 (volunteers): the room's services. Importing the package registers its timeline entries and print
loaders."""

from desktop.services.volunteers import print_loaders, timeline  # noqa: F401 - registers the room's pieces
