"""视频监控室 (video monitoring): the camera register and its health, the live wall's sources, the duty log and
handovers, the footage-access register. Importing the package registers its print loaders."""

from desktop.services.monitoring import figures, print_loaders  # noqa: F401 - registers the room's documents
