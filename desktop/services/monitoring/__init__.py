"""视频监控室 (video monitoring): the room's services. Importing the package registers its print loaders."""

from desktop.services.monitoring import figures, print_loaders  # noqa: F401 - registers the room's documents
